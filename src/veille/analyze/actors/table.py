"""ActorTable: a document's actors and the way downstream stages look them up by offset."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from veille.contract.models import Actor, ActorRef, Span

_REACH = 400  # characters before a span where a mention overlapping it may start


@dataclass(slots=True)
class ActorTable:
    """The actors of one document. Mentions are character offsets into ``doc.text``."""

    actors: list[Actor] = field(default_factory=list)
    # mentions that name nobody by themselves, whose actor the discourse gave ("the president" for the office tied
    # to a state before), as (start, end) characters: a side read from one is a resolved one
    described: frozenset[tuple[int, int]] = frozenset()
    _index: list[tuple[int, int, int]] = field(default_factory=list, repr=False)  # (start, end, actor#)
    _starts: list[int] = field(default_factory=list, repr=False)  # the index's starts, for bisect
    _reach: int = field(default=0, repr=False)  # how far before a span an overlapping mention may start

    def __post_init__(self) -> None:
        self.reindex()

    def reindex(self) -> None:
        self._index = sorted(
            (m.start, m.end, i) for i, actor in enumerate(self.actors) for m in actor.mentions
        )
        self._starts = [s for s, _e, _i in self._index]
        # mentions are short; any overlapping one starts at most ~200 chars before `start` (400 kept as the
        # bound), and no earlier than the longest mention's length before it
        self._reach = min(_REACH, max((e - s for s, e, _i in self._index if e > s), default=0))

    def add(self, actor: Actor) -> Actor:
        self.actors.append(actor)
        self.reindex()
        return actor

    def by_id(self, actor_id: str) -> Actor | None:
        for actor in self.actors:
            if actor.id == actor_id:
                return actor
        return None

    def mentions_in(self, start: int, end: int) -> list[tuple[Span, Actor]]:
        """Mentions overlapping ``[start, end)``, in text order, with their actor."""
        out: list[tuple[Span, Actor]] = []
        index = self._index
        for k in range(bisect_left(self._starts, start - self._reach), len(index)):
            m_start, m_end, i = index[k]
            if m_start >= end:
                break
            if m_end > start:
                actor = self.actors[i]
                span = next(m for m in actor.mentions if m.start == m_start and m.end == m_end)
                out.append((span, actor))
        return out

    def at(self, start: int, end: int) -> list[Actor]:
        """Distinct actors with a mention overlapping ``[start, end)``, in text order."""
        seen: dict[str, Actor] = {}
        for _span, actor in self.mentions_in(start, end):
            seen.setdefault(actor.id, actor)
        return list(seen.values())

    def best_at(self, start: int, end: int) -> Actor | None:
        """The one actor that a span ``[start, end)`` (an entity, a speaker, a subject) stands for: the
        actor of a mention with exactly these offsets, else of the longest mention overlapping it."""
        best: tuple[int, int, Actor] | None = None
        for span, actor in self.mentions_in(start, end):
            if span.start == start and span.end == end:
                return actor
            overlap = min(end, span.end) - max(start, span.start)
            key = (overlap, span.end - span.start)
            if best is None or key > best[:2]:
                best = (key[0], key[1], actor)
        return best[2] if best is not None else None

    def ref(self, actor: Actor, text: str | None = None) -> ActorRef:
        """The actor as one side of an event."""
        return ActorRef(actor_id=actor.id, code=actor.country, sector=list(actor.sector),
                        text=text if text is not None else actor.name)
