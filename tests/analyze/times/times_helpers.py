"""Shared helpers for the times tests (not a test module)."""

from __future__ import annotations

from datetime import date

from veille.analyze.times import TimesComponent
from veille.contract.models import Time

PUB = date(2024, 10, 17)  # the publication most times tests assume: a Thursday of ISO week 42


def run(nlp, comp: TimesComponent, text: str, published: date | None, lang: str) -> list[Time]:
    return comp.find(nlp(text), lang=lang, published=published)


def values(items: list[Time]) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in items]


def found(comps, lang: str, text: str, pub: date | None = PUB) -> dict[str, str]:
    """{text: value} of the time expressions of ``text`` as the ``comps[lang]`` (pipeline, times component)
    pair finds them, published ``pub`` (``PUB`` by default)."""
    nlp, comp = comps[lang]
    return {t.text: t.value for t in run(nlp, comp, text, pub, lang)}
