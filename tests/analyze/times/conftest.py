"""Fixtures of the times tests: each language's spaCy pipeline with a times component of its own."""

from __future__ import annotations

import pytest

from veille.analyze.times import TimesComponent


@pytest.fixture(scope="module")
def fr(fr_nlp):
    return fr_nlp, TimesComponent(fr_nlp)


@pytest.fixture(scope="module")
def en(en_nlp):
    return en_nlp, TimesComponent(en_nlp)


@pytest.fixture(scope="module")
def comps(fr_nlp, en_nlp):
    """Both languages' (pipeline, times component), by language code."""
    return {"fr": (fr_nlp, TimesComponent(fr_nlp)), "en": (en_nlp, TimesComponent(en_nlp))}
