"""What consolidation asks a store for: the candidate rows of one decision, through indexed look-ups.

A backend implements :class:`CandidateSource` (SQLite: ``veille.store._candidates``); consolidation
never reads or writes a database itself, so another backend (PostgreSQL) reuses every decision.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Protocol

from veille.consolidate.actors import ActorFact, RegistryActor
from veille.consolidate.events import EventSignature, ReportFacts
from veille.consolidate.stories import StoryCard, StoryMember


@dataclass(frozen=True, slots=True)
class StoredPersonName:
    """A distinct person name stored in a bucket, the country one article gave it, and its id now."""

    key: str
    country: str | None
    actor_id: str


class CandidateSource(Protocol):
    def person_names(self, buckets: Collection[str]) -> list[StoredPersonName]:
        """Every distinct (person key, country, registry id) of proper-named people in these buckets."""
        ...

    def actor_facts(self, actor_id: str, *, articles: tuple[str, ...] = ()) -> list[ActorFact]:
        """What the articles naming this registry actor say of it (only ``articles``, text sha256s,
        when given)."""
        ...

    def registry_row(self, actor_id: str) -> RegistryActor | None:
        """The stored registry row."""
        ...

    def events(self, uids: Collection[str]) -> list[EventSignature]:
        """Stored event reports by uid."""
        ...

    def event_candidates(self, sig: EventSignature) -> list[EventSignature]:
        """Stored reports of other articles sharing an actor key and a compatible type with ``sig``,
        whose day range may overlap its own (one indexed range per key)."""
        ...

    def cluster_members(self, cluster_ids: Collection[str]) -> list[EventSignature]:
        ...

    def cluster_reports(self, cluster_id: str) -> list[ReportFacts]:
        """What every report of one cluster says (for the merged event's row)."""
        ...

    def story_cards(self, articles: Collection[str]) -> list[StoryCard]:
        """Stored story cards by article (text sha256)."""
        ...

    def story_candidates(self, card: StoryCard) -> list[StoryCard]:
        """Stored cards of other articles with the same lede day sharing a feature with ``card``."""
        ...

    def story_articles(self, story_ids: Collection[str]) -> list[StoryCard]:
        ...

    def story_members(self, story_id: str) -> list[StoryMember]:
        ...
