"""Fixtures of the places tests: the bare spaCy pipelines followed by veille's places stage."""

from __future__ import annotations

import pytest

import veille.analyze.places.component  # noqa: F401  (registers the factory)


@pytest.fixture(scope="module")
def fr(fr_nlp):
    """``fr(text)``: the bare French pipeline then veille's places stage (the shared pipeline is left as it is)."""
    places = fr_nlp.create_pipe("veille_places")
    return lambda text: places(fr_nlp(text))


@pytest.fixture(scope="module")
def en(en_nlp):
    """The same in English."""
    places = en_nlp.create_pipe("veille_places")
    return lambda text: places(en_nlp(text))
