"""Consolidation across articles: person ids, event coreference, same-story clustering.

Consolidation decides and the store writes: :class:`Consolidator` takes an article's analysis and
the candidate rows it asks a :class:`CandidateSource` for (indexed look-ups, never a pass over the
whole store) and returns typed rows to write. Nothing here touches a database.
"""

from veille.consolidate.actors import (
    ActorFact,
    PersonName,
    RegistryActor,
    name_key,
    person_ids,
    registry_actor,
    registry_id,
    surname_key,
)
from veille.consolidate.consolidator import Consolidator, Regrouping
from veille.consolidate.dates import bound_range, event_range, timex_range
from veille.consolidate.events import (
    SYMMETRIC_TYPES,
    EventSignature,
    dates_compatible,
    own_cluster_id,
    same_event,
    sides_match,
)
from veille.consolidate.rowids import SearchKind, search_rowid
from veille.consolidate.source import CandidateSource, StoredPersonName
from veille.consolidate.stories import Story, StoryCard, StoryMember, same_story, story_card
from veille.snippets import sentence_around

__all__ = [
    "SYMMETRIC_TYPES",
    "ActorFact",
    "CandidateSource",
    "Consolidator",
    "EventSignature",
    "PersonName",
    "Regrouping",
    "RegistryActor",
    "SearchKind",
    "Story",
    "StoryCard",
    "StoryMember",
    "StoredPersonName",
    "bound_range",
    "dates_compatible",
    "event_range",
    "name_key",
    "own_cluster_id",
    "person_ids",
    "registry_actor",
    "registry_id",
    "same_event",
    "same_story",
    "search_rowid",
    "sentence_around",
    "sides_match",
    "story_card",
    "surname_key",
    "timex_range",
]
