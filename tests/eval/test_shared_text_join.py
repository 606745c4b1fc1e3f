"""The join of an ids-only gold file with the texts of a shared set, on small files written here."""

from __future__ import annotations

import json

import pytest
from shared_text_join import MissingTextError, join_gold_with_texts


def _write(path, rows):
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def test_join_adds_text_and_keeps_the_gold_fields(tmp_path):
    source = _write(tmp_path / "src.jsonl", [
        {"id": "a", "language": "fr", "published": "2001-02-03T10:00", "text": "Texte A.", "gold": {"times": []}},
        {"id": "b", "language": "en", "published": "2001-02-04", "text": "Text B.", "gold": {"times": []}},
    ])
    gold = _write(tmp_path / "gold.jsonl", [{"id": "b", "published": "2001-02-04", "gold": {"events": []}},
                                             {"id": "a", "published": "2001-02-03", "gold": {"events": [1]}}])
    out = tmp_path / "joined.jsonl"
    assert join_gold_with_texts(gold, [source], out) == 2
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [row["id"] for row in rows] == ["b", "a"]
    assert rows[1] == {"id": "a", "language": "fr", "published": "2001-02-03", "text": "Texte A.",
                       "gold": {"events": [1]}}


def test_join_refuses_an_id_without_text(tmp_path):
    source = _write(tmp_path / "src.jsonl", [{"id": "a", "text": "Texte.", "gold": {}}])
    gold = _write(tmp_path / "gold.jsonl", [{"id": "z", "published": "2001-02-03", "gold": {"events": []}}])
    with pytest.raises(MissingTextError, match="z"):
        join_gold_with_texts(gold, [source], tmp_path / "out.jsonl")
