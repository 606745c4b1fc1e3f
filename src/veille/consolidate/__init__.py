"""Consolidation across articles: same-story clustering, event deduplication, actor registry ids.

The store calls these at save time, incrementally (indexed look-ups, no pass over the whole database).
"""

from veille.consolidate.actors import name_key, registry_id, surname_key
from veille.consolidate.dates import bound_range, event_range, timex_range
from veille.consolidate.events import (
    SYMMETRIC_TYPES,
    EventSignature,
    dates_compatible,
    same_event,
    sides_match,
)
from veille.consolidate.stories import StorySketch, StorySketcher

__all__ = [
    "SYMMETRIC_TYPES",
    "EventSignature",
    "StorySketch",
    "StorySketcher",
    "bound_range",
    "dates_compatible",
    "event_range",
    "name_key",
    "registry_id",
    "same_event",
    "sides_match",
    "surname_key",
    "timex_range",
]
