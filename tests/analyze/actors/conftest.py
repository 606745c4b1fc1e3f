"""Fixtures of the actors tests: one actors component per language, built once and never added to the
shared model pipelines (the components are called on the model's output directly)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def fr_actors(fr_nlp):
    from veille.analyze.actors import ActorsComponent

    component = ActorsComponent(fr_nlp)

    def run(text: str):
        return component(fr_nlp(text))._.veille_actors

    return run


@pytest.fixture(scope="session")
def en_actors(en_nlp):
    from veille.analyze.actors import ActorsComponent

    component = ActorsComponent(en_nlp)

    def run(text: str):
        return component(en_nlp(text))._.veille_actors

    return run
