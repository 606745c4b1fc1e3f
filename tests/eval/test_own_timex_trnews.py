"""Floors of the times stage on international English news of 2012-2017: the TR-News batch of the own TimeML set,
``tests/gold/timex_trnews.jsonl``, 15 TR-News dev articles (BBC, CNN, Reuters, CBC and a Chinese wire: Castro's
death, the Wisconsin recount, the Kayseri and Karak attacks, the Ludwigshafen bomb plot, Rome's city hall, Eta's
arms, a BA strike, a Tunisian court, a Shiraz blast, a Shenzhen knife attack, the 2012 Tabriz earthquakes, Aleppo,
Starbucks' China buyout, Obama on Russian hacking) whose 86 TIMEX3 were marked by hand by the TimeML 1.2.1
guidelines and the conventions of the own set and of the TBAQ gold before veille ran on them (issue 12, branch
h/timexreal, 2026-12-07). The gold stores ids, ``published`` and offsets only: the texts stay in
``../shared/eval/trnews.dev.jsonl`` and are joined by id (``shared_text_join``), so the test skips where
../shared is absent. ``published`` is the day ``tests/gold/realnews_trnews.jsonl`` gives each article (TR-News
carries a day, a clock time or nothing).

First run: strict span F1 0.816, value F1 0.897 (88 predicted, 71 strict, 82 relaxed, 78 values right). After
the classes of ``tests/analyze/times/test_times_wire_zones_and_kinds.py`` (a clock time's zone inside its TIMEX3,
a decimal number no date, a holiday before an object noun no day, "a ... future" no FUTURE_REF, an approximation
inside a clock time, a position inside a part of the day, a modifier inside "half a century"): strict 0.906,
value 0.929. Floors just under that;
the error classes of the first run are in docs/evaluation.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_text_join import assert_timex_floors

pytestmark = [pytest.mark.model, pytest.mark.shared]

GOLD = Path(__file__).resolve().parents[1] / "gold" / "timex_trnews.jsonl"
# documents, strict span F1 floor, value F1 floor: just under what the batch measures
FLOORS = (15, 0.90, 0.92)


def test_international_english_copy_batch_holds_its_floors(shared_dir, tmp_path):
    assert_timex_floors(GOLD, [shared_dir / "eval" / "trnews.dev.jsonl"], tmp_path / "timex_trnews.joined.jsonl",
                        FLOORS)
