"""The full analysis of one sentence on a hand-fed Doc, for the events tests: the language's spaCy pipeline,
then every veille stage, published on Thursday 2024-03-14."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from datetime import date

from spacy.language import Language

from veille.analyze.context import DocContext
from veille.analyze.normalize import normalize
from veille.contract.models import Event

STAGES = ("actors", "times", "places", "quotes", "events")
PUBLISHED = date(2024, 3, 14)


def event_runner(nlps: Mapping[str, Language], min_confidence: float | None = 0.0,
                 published: date | None = PUBLISHED) -> Callable[[str, str], list[Event]]:
    """``run(text, language)``: the events of ``text``; ``min_confidence`` None keeps the default threshold;
    ``published`` None for an article without a publication date."""
    pipes = {}
    importlib.import_module("veille.analyze.repairs")
    for lang, nlp in nlps.items():
        comps = [nlp.create_pipe("veille_repairs")]
        for stage in STAGES:
            importlib.import_module(f"veille.analyze.{stage}.component")
            config = {"min_confidence": min_confidence} if stage == "events" else {}
            comps.append(nlp.create_pipe(f"veille_{stage}", config=config))
        pipes[lang] = (nlp, comps)

    def run(text: str, language: str) -> list[Event]:
        nlp, comps = pipes[language]
        norm = normalize(text)
        doc = nlp.make_doc(norm.text)
        doc._.veille_ctx = DocContext(language, published, norm.title_end)
        for _name, proc in nlp.pipeline:
            doc = proc(doc)
        for comp in comps:
            doc = comp(doc)
        return list(doc._.veille_events)

    return run


def codes(refs) -> set:
    """The country or organisation codes of one side of an event."""
    return {r.code for r in refs}


def sides_of(events: list[Event], event_type: str) -> list[tuple[set, set]]:
    """(actor codes, recipient codes) of each event of ``event_type``."""
    return [(codes(e.actor), codes(e.recipient)) for e in events if e.event == event_type]


def event_of(events: list[Event], event_type: str) -> Event:
    """The last event of ``event_type`` (failing with every event found when there is none)."""
    found = [e for e in events if e.event == event_type]
    assert found, [(e.event, codes(e.actor), codes(e.recipient), e.date) for e in events]
    return found[-1]


def typed_sides(events: list[Event], statuses: tuple[str, ...] = ("actual", "future")) -> list[tuple[str, set, set]]:
    """(type, actor codes, recipient codes) of each event of one of ``statuses``."""
    return [(e.event, codes(e.actor), codes(e.recipient)) for e in events if e.status in statuses]


def coded_with(found: list[tuple[str, set, set]], event: str, source: str, targets: set) -> bool:
    """One of ``found`` (``typed_sides``) is ``event`` by ``source`` (any when empty) to at least ``targets``."""
    return any(ev == event and (not source or source in src) and targets <= tgt for ev, src, tgt in found)


def described(events: list[Event]) -> list[tuple]:
    """Each event's type, mode, status and sides: what an assertion shows when it fails."""
    return [(e.event, e.mode, e.status, codes(e.actor), codes(e.recipient)) for e in events]


def has_event(events: list[Event], event_type: str, mode: str | None = None, actor: set | None = None) -> bool:
    """An event of ``event_type`` (and ``mode``) whose actor codes hold ``actor``."""
    return any(e.event == event_type and (mode is None or e.mode == mode)
               and (actor is None or actor <= codes(e.actor)) for e in events)


def has_between(events: list[Event], event_type: str, pair: tuple[set, set], mode: str | None = None) -> bool:
    """An event of ``event_type`` (and ``mode``) whose actor codes hold ``pair[0]`` and recipients ``pair[1]``."""
    return any(e.event == event_type and (mode is None or e.mode == mode) and pair[0] <= codes(e.actor)
               and pair[1] <= codes(e.recipient) for e in events)


def assert_not_read(events: list[Event], event_type: str) -> None:
    """No event of ``event_type`` among ``events``."""
    wrong = [e for e in events if e.event == event_type]
    assert not wrong, described(wrong)


def assert_read(events: list[Event], event_type: str, mode: str | None, actor: str | None, sides: set | None) -> None:
    """An event of ``event_type`` (and ``mode``) among ``events`` whose actor holds the code ``actor`` and whose two
    sides hold the codes ``sides`` together (None: not asserted)."""
    assert any(e.event == event_type and (mode is None or e.mode == mode)
               and (actor is None or actor in codes(e.actor))
               and (sides is None or codes(e.actor) | codes(e.recipient) >= sides)
               for e in events), described(events)
