"""Floors of the times stage on our own TimeML set (``tests/gold/timex_own.jsonl``, built from the marked source
``timex_own.src.txt`` by ``scripts/build_wire_times_gold.py``).

A first batch of 24 news articles in wire style (12 English, 12 French, 1998-2014: past narratives with dates in
other years, forward-looking pieces, weekly and annual sets, durations, ages, clock times with zones, vague
references, « la veille », « le lendemain », "the following day", quarters, fiscal years, decades, ranges « du 23 au
25 avril »), 283 TIMEX3 marked by hand by the TimeML 1.2.1 guidelines (English) and the French TimeML guidelines
before veille ran on them (issue 12, branch h/times7, 2026-12-06). One gold correction after the first run: « d'ici
2018 » marks « ici » (the French TimeBank marks it in « d'ici le 30 juin »).

First run: English strict F1 0.982, value F1 0.975; French strict 0.969, value 0.928 (with « ici » corrected:
strict 0.973, value 0.932; both languages 0.977 / 0.953). After the classes of
``tests/analyze/times/test_times_own_set_classes.py``: English strict 1.000, value 1.000; French strict 0.993,
value 0.973; both 0.996 / 0.986 (see docs/times-and-places.md).

Second batch (branch h/times8, 2026-12-06): 10 English and 10 French articles (1995-2015: court, election and
economic reporting, anniversaries, fiscal quarters, nights and mornings, clock times with zones, sets, ages,
names of laws with dates), 214 TIMEX3 by another writer, marked before veille ran on them. First run: English
strict 0.941, value 0.941; French strict 0.942, value 0.942 (three gold corrections of the writer's own
inconsistencies, listed in the source). After the classes of ``tests/analyze/times/test_times_classes_b2.py``:
whole set English strict 0.984, value 0.988; French strict 0.994, value 0.982.

Third batch (branch h/timex9, 2026-12-07): 15 real English GeoWebNews articles of 2018, 164 TIMEX3 marked before
veille ran on them; the texts are not ours, so the gold (``tests/gold/timex_gwn.jsonl``, ids and offsets) is joined
with ``../shared`` and pinned by ``test_own_timex_gwn.py`` beside this file. The classes of its first run
(``tests/analyze/times/test_times_real_copy.py``) leave this set's figures unchanged.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.eval.evaluate import evaluate

pytestmark = pytest.mark.model

GOLD = Path(__file__).resolve().parents[1] / "gold" / "timex_own.jsonl"
# documents, strict span F1 floor, value F1 floor per language: just under what the set measures
FLOORS = {"en": (22, 0.98, 0.98), "fr": (22, 0.99, 0.97)}


@pytest.mark.parametrize("lang", sorted(FLOORS))
def test_own_timeml_set_holds_its_floors(lang, tmp_path):
    documents, strict_floor, value_floor = FLOORS[lang]
    rows = [line for line in GOLD.read_text(encoding="utf-8").splitlines()
            if line.strip() and json.loads(line)["language"] == lang]
    part = tmp_path / f"timex_own_{lang}.jsonl"
    part.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = evaluate("timex", part).result
    assert result.documents == documents
    assert result.value("timex.strict.f1") >= strict_floor, result.figure("timex.strict.f1").detail
    assert result.value("timex.value.f1") >= value_floor, result.figure("timex.value.f1").detail
