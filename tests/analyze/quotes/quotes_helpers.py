"""Builds Docs with the real models and hand-made ActorTables (independent of the actors stage)."""

from __future__ import annotations

import re

from veille.analyze.actors.table import ActorTable
from veille.analyze.context import DocContext
from veille.analyze.quotes import QuotesComponent
from veille.contract.models import Actor, Quote, Span


def actor(actor_id: str, name: str, kind: str, *surfaces: str) -> tuple[Actor, tuple[str, ...]]:
    return Actor(id=actor_id, name=name, kind=kind), surfaces


def run(nlp, lang: str, text: str, *actors: tuple[Actor, tuple[str, ...]]) -> list[Quote]:
    """Quotes of ``text``; each actor gets a mention at every occurrence of its surfaces."""
    doc = nlp(text)
    table_actors = []
    for act, surfaces in actors:
        for surface in surfaces:
            for m in re.finditer(re.escape(surface), text):
                act.mentions.append(Span(m.start(), m.end(), surface))
        table_actors.append(act)
    doc._.veille_ctx = DocContext(lang, None)
    doc._.veille_actors = ActorTable(actors=table_actors) if actors else None
    return QuotesComponent(lang).extract(doc)


def only(quotes: list[Quote]) -> Quote:
    assert len(quotes) == 1, [q.text for q in quotes]
    return quotes[0]
