"""--db values: SQLite paths and URLs are told apart, unknown URL schemes refused clearly."""

import pytest

from veille.errors import StoreError
from veille.store.location import default_location, parse_location


@pytest.mark.parametrize(("value", "kind", "target"), [
    ("veille.db", "sqlite", "veille.db"),
    ("data/team.db", "sqlite", "data/team.db"),
    ("sqlite:////tmp/x.db", "sqlite", "/tmp/x.db"),
    ("sqlite:///rel.db", "sqlite", "rel.db"),
    ("postgresql://analyst@db.example/veille", "postgresql", "postgresql://analyst@db.example/veille"),
    ("postgres://u@h/d", "postgresql", "postgres://u@h/d"),
])
def test_locations(value, kind, target):
    location = parse_location(value)
    assert (location.kind, location.target) == (kind, target)


@pytest.mark.parametrize("value", ["mysql://u@h/d", "http://example.org/db", "file2://x"])
def test_unknown_schemes_are_refused(value):
    with pytest.raises(StoreError, match="unsupported database URL scheme"):
        parse_location(value)


def test_environment_names_the_default(monkeypatch):
    monkeypatch.delenv("VEILLE_DB", raising=False)
    assert default_location() == "veille.db"
    monkeypatch.setenv("VEILLE_DB", "team.db")
    assert default_location() == "team.db"
