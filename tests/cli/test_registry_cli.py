"""Issue 4's registry through the real CLI: one person, two dated roles from two articles."""

from __future__ import annotations

import json

import pytest
from test_analyze_cli import veille

pytestmark = pytest.mark.model


def test_actors_name_shows_each_dated_role_with_evidence(tmp_path):
    (tmp_path / "2023-07-08-cabinet.en.txt").write_text(
        "Dutch cabinet resigns\nDutch Prime Minister Mark Rutte offered the resignation of his cabinet "
        "to the king on Saturday.\n", encoding="utf-8")
    (tmp_path / "2024-10-17-otan.fr.txt").write_text(
        "L'OTAN réunit ses ministres\n« Nous devons agir ensemble », a déclaré jeudi le secrétaire général "
        "de l'OTAN, Mark Rutte, à Bruxelles.\n", encoding="utf-8")
    db = tmp_path / "v.db"
    run = veille("analyze", str(tmp_path), "--db", str(db), "--format", "jsonl")
    assert run.returncode == 0, run.stderr.decode()
    out = veille("actors", "--db", str(db), "--name", "Rutte", "--format", "json")
    assert out.returncode == 0, out.stderr.decode()
    [rutte] = json.loads(out.stdout)
    assert rutte["id"] == "person:mark-rutte"
    roles = sorted(rutte["roles"], key=lambda r: r["first_seen"])
    assert [r["first_seen"] for r in roles] == ["2023-07-08", "2024-10-17"]
    assert roles[0]["country"] == "NLD" and "Prime Minister" in roles[0]["role"]
    assert roles[1]["country"] == "NATO" and "secrétaire général" in roles[1]["role"]
    assert all("Mark Rutte" in r["evidence"] for r in roles)
    quotes = veille("quotes", "--db", str(db), "--speaker", "Rutte", "--since", "2024-10-01", "--format", "json")
    [quote] = json.loads(quotes.stdout)
    assert quote["text"] == "Nous devons agir ensemble" and quote["speaker_id"] == "person:mark-rutte"
