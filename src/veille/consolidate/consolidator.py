"""Consolidation decides, the store writes: one article's analysis plus the candidate rows asked of
the store in, typed rows to write out (registry actors, re-pointed person ids, event clusters, stories).

Every decision is a function of the set of stored articles, not of their order: person ids come from
the set of names of a bucket, and clusters and stories are connected components named after their
smallest member. Work stays incremental: only the candidates of the new article (and the members of
clusters or stories it left) are read.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from veille.consolidate._graph import components
from veille.consolidate.actors import PersonName, RegistryActor, as_facts, person_ids, registry_actor
from veille.consolidate.events import (
    EventSignature,
    MergedEvent,
    day_precise,
    linked,
    merged_event,
    same_event,
)
from veille.consolidate.source import CandidateSource
from veille.consolidate.stories import Story, StoryCard, same_story, story_row

T = TypeVar("T")


@dataclass(slots=True)
class Regrouping:
    """New group ids: of single members (by their key) and of whole groups (by their old id)."""

    members: dict[str, str] = field(default_factory=dict)
    groups: dict[str, str] = field(default_factory=dict)
    left: set[str] = field(default_factory=set)  # old groups of the members that moved

    @property
    def touched(self) -> set[str]:
        """Every group id that gained or lost a member."""
        return set(self.members.values()) | set(self.groups) | set(self.groups.values()) | self.left


@dataclass(slots=True)
class _Item(Generic[T]):
    key: str
    own_id: str
    group: str
    value: T


def _regroup(dirty: list[_Item[T]], candidates: dict[str, list[_Item[T]]], broken: list[_Item[T]],
             same: Callable[[T, T], bool]) -> Regrouping:
    """Connected components over the dirty items, their candidates and the members of broken groups.

    A group untouched by the change stays connected: it enters as one node, named by its id (the
    smallest own id of its members). Broken groups (one lost or changed a member) are re-linked pair
    by pair.
    """
    broken_ids = {b.group for b in broken} | {d.group for d in dirty}
    individuals: dict[str, _Item[T]] = {}
    for item in (*broken, *dirty):
        individuals[item.key] = item
    nodes: dict[str, str] = {k: it.own_id for k, it in individuals.items()}  # node -> smallest own id
    edges: list[tuple[str, str]] = []
    for d in dirty:
        for c in candidates.get(d.key, []):
            if c.key in individuals:
                node = c.key
            elif c.group in broken_ids:
                individuals[c.key] = c
                nodes[c.key] = c.own_id
                node = c.key
            else:
                node = "group:" + c.group
                nodes[node] = c.group
            if same(d.value, c.value):
                edges.append((d.key, node))
    pool = sorted(individuals.values(), key=lambda it: it.key)
    for i, a in enumerate(pool):
        for b in pool[i + 1:]:
            if a.key != b.key and same(a.value, b.value):
                edges.append((a.key, b.key))
    out = Regrouping()
    for comp in components(nodes, edges):
        new_id = min(nodes[n] for n in comp)
        for n in comp:
            if n.startswith("group:"):
                old = n[len("group:"):]
                if old != new_id:
                    out.groups[old] = new_id
            elif individuals[n].group != new_id:
                out.members[n] = new_id
                out.left.add(individuals[n].group)
    return out


def _rows(ids: Iterable[str], make: Callable[[str], T | None]) -> tuple[list[T], list[str]]:
    """The row of each id (sorted), and the ids without one."""
    rows: list[T] = []
    gone: list[str] = []
    for key in sorted(set(ids)):
        row = make(key)
        if row is None:
            gone.append(key)
        else:
            rows.append(row)
    return rows, gone


class Consolidator:
    """Decisions across articles; see the module docstring. Stateless: one per store is enough."""

    # -- actors --------------------------------------------------------------------------------
    @staticmethod
    def person_ids(new: Iterable[PersonName], buckets: Collection[str],
                   source: CandidateSource) -> tuple[dict[str, str], dict[str, str]]:
        """(person key -> registry id for every name of these buckets, the stored names whose id
        changes: person key -> new id)."""
        stored = source.person_names(buckets)
        names: dict[str, set[str]] = {}
        for n in stored:
            names.setdefault(n.key, set()).update({n.country} if n.country else set())
        for name in new:
            names.setdefault(name.key, set()).update(name.countries)
        ids = person_ids(PersonName(k, frozenset(c)) for k, c in names.items())
        repoint = {n.key: ids[n.key] for n in stored if ids[n.key] != n.actor_id}
        return ids, repoint

    @staticmethod
    def registry(actor_ids: Iterable[str], source: CandidateSource, *, added: Collection[str] = (),
                 articles: tuple[str, ...] = ()) -> tuple[list[RegistryActor], list[str]]:
        """Registry rows to write, and ids no article names any more (to delete).

        The actors in ``added`` only gained the facts of ``articles`` (text sha256s: one article, or a
        batch saved together, each of which only added them): their stored row is merged with those (a
        few rows read, however many articles name them; a row merged with new facts is the row of all
        the facts, so merging the facts of several articles at once gives the row of merging them one
        after the other); the others are recomputed from every article naming them."""
        def row(rid: str) -> RegistryActor | None:
            if rid in added and articles:
                stored = source.registry_row(rid)
                if stored is not None and stored.latest:
                    return registry_actor(rid, [*as_facts(stored), *source.actor_facts(rid, articles=articles)])
            return registry_actor(rid, source.actor_facts(rid))

        return _rows(actor_ids, row)

    # -- events --------------------------------------------------------------------------------
    @staticmethod
    def clusters(dirty_uids: Collection[str], broken: Collection[str], source: CandidateSource) -> Regrouping:
        """Cluster ids after the reports ``dirty_uids`` were added or changed and the clusters
        ``broken`` lost a report. ``members`` maps a report uid, ``groups`` an old cluster id."""
        def item(sig: EventSignature) -> _Item[EventSignature]:
            return _Item(sig.uid, sig.own_id, sig.cluster_id, sig)

        matches: dict[str, list[EventSignature]] = {}

        def precise_matches(sig: EventSignature) -> list[EventSignature]:
            """The stored day-precise reports a container matches (one indexed look-up, cached)."""
            if sig.uid not in matches:
                matches[sig.uid] = [c for c in source.event_candidates(sig)
                                    if day_precise(c) and same_event(sig, c)]
            return matches[sig.uid]

        dirty = [item(s) for s in source.events(dirty_uids)]
        candidates = {d.key: [item(c) for c in source.event_candidates(d.value)] for d in dirty}
        groups = set(broken) | {d.group for d in dirty}
        # a container matching a new day-precise report may now point at two days: its event is
        # linked again, pair by pair
        for d in dirty:
            if day_precise(d.value):
                groups |= {c.group for c in candidates[d.key]
                           if not day_precise(c.value) and same_event(d.value, c.value)}
        members = [item(s) for s in source.cluster_members(groups)] if groups else []
        return _regroup(dirty, candidates, members, lambda a, b: linked(a, b, precise_matches))

    @staticmethod
    def merged_events(cluster_ids: Iterable[str], source: CandidateSource) -> tuple[list[MergedEvent], list[str]]:
        """Merged-event rows to write, and cluster ids without a report any more (to delete)."""
        return _rows(cluster_ids, lambda cid: merged_event(cid, source.cluster_reports(cid)))

    # -- stories -------------------------------------------------------------------------------
    @staticmethod
    def stories(dirty_articles: Collection[str], broken: Collection[str],
                source: CandidateSource) -> Regrouping:
        """Story ids after the articles ``dirty_articles`` (text sha256) were added or changed and the
        stories ``broken`` lost an article."""
        def item(card: StoryCard) -> _Item[StoryCard]:
            return _Item(card.article, card.own_id, card.story_id, card)

        dirty = [item(c) for c in source.story_cards(dirty_articles)]
        candidates = {d.key: [item(c) for c in source.story_candidates(d.value)] for d in dirty}
        groups = set(broken) | {d.group for d in dirty}
        members = [item(c) for c in source.story_articles(groups)] if groups else []
        return _regroup(dirty, candidates, members, same_story)

    @staticmethod
    def story_rows(story_ids: Iterable[str], source: CandidateSource) -> tuple[list[Story], list[str]]:
        """Story rows to write, and ids no article has any more (to delete)."""
        return _rows(story_ids, lambda sid: story_row(sid, source.story_members(sid)))
