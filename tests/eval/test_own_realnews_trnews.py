"""Real English news copy of the 2010s nobody here wrote, coded by us: ``tests/gold/realnews_trnews.jsonl`` holds
PLOVER events for 80 articles of the shared TR-News dev set (international news of 2012-2017 from the BBC, CNN, AP,
Reuters, the CBC and regional outlets: the Ankara ambassador killing, the Aleppo evacuation, the Kayseri and Karak
attacks, the Cairo cathedral bombing, US hacking claims, Castro's death, an ETA arms cache, CETA, a pastor held in
Turkey, and 60 more listed below; twelve with no political event). The gold was written before veille was run on
them and stores only ids, ``published`` (a day; estimated from the content where the source gives none or a
truncated one) and events: the texts stay in ``../shared/eval`` and are joined by id (``shared_text_join``), so
the test skips where ../shared is absent.

First run (2026-12-07): precision 0.481 (26/54), recall 0.531 (26/49), dates 8/11. With the rules of
tests/analyze/events/test_real_copy_en2.py 0.509 (28/55), 0.571; with the morning's other rules (agentless arrests
by the place's police among them) 0.528 (28/53), 0.571 (28/49), dates 8/11.

Second batch (2026-12-07), 20 more articles appended, coded the same way before veille ran on them (a white
nationalist's campus talk, the San Antonio Four exonerated, the Wisconsin recount, Trump's unity address and
cabinet picks, an Alberta MLA's speech on misogyny, Uber defying California, Paris's mayor and Aleppo, France's
state of emergency, Qatar denying Amnesty, Canada's health-transfer talks, the Steele dossier, a Shenzhen knife
attack, the "Prince of Pot" arrested, a Site C expropriation, a Kenyan doctors' strike, the Champs-Elysees
shooting, Montreal mayors on right turns; three with no political event: Obama's turkey pardon, an airline's
apology, a gas explosion in Shiraz): 129 events, 29 required. First run of the 20 alone: precision 0.462 (12/26),
recall 0.414 (12/29), dates 5/6; whole file 0.506 (40/79), 0.513 (40/78), dates 13/17. With the rules of
tests/analyze/events/test_real_copy_en3.py the 20 alone 0.500 (12/24), 0.414 (12/29), dates 5/6; whole file 0.519
(40/77), 0.513 (40/78), dates 13/17.

Third batch (2026-12-07), 20 more articles appended, coded the same way before veille ran on them (officers shot
in West Virginia after a North Carolina couple was killed, Tillerson for secretary of state, Manitoba's premier in
Costa Rica, an Alberta carbon-levy town hall and rally, liquor stores on the cannabis report, BA and Swissport
strikes, a Spanish chancellor accused of plagiarism, a Winnipeg trafficking arrest, a Queensland murder verdict,
arrests in Kentucky's Adair County and London, an Edmonton (London) brawl, fraud charges and a stabbing sentence,
Miami schools after Castro's death, US guidelines on phones in cars, an Alberta trade mission; three with no
political event: a Chinese landslide, Starbucks' China buyout, "three-parent" babies): 102 events, 20 required.
First run of the 20 alone: precision 0.450 (9/20), recall 0.450 (9/20), dates 5/5; whole file 0.505 (49/97),
0.500 (49/98), dates 18/22. With the rules of tests/analyze/events/test_real_copy_en4.py the 20 alone 0.524
(11/21), 0.550 (11/20), dates 5/7; whole file 0.520 (51/98), 0.520 (51/98),
dates 18/24.

Fourth batch (2026-12-07), 20 more articles appended, coded the same way before veille ran on them (mostly local
copy: abductions in California and Queensland, arrests and charges in Connecticut, Iowa, Missouri, Regina, London
(Ontario) and Toronto, youth crime in Cairns, an arson inquiry in Kentucky, Vancouver's and London's drug crises,
Torrington's partner against drug paraphernalia, Phoenix pay claims, Spain's clocks, a liver donor's extortion;
three with no political event: Mario Cuomo's death, a Hangzhou gas explosion, a school superintendent): 56
events, 20 required. First run of the 20 alone: precision 0.353 (6/17), recall 0.300 (6/20), dates 1/1; whole
file 0.525 (62/118), 0.525 (62/118), dates 20/26. With the rules of tests/analyze/events/test_real_copy_en5.py
the 20 alone 0.500 (6/12), 0.300 (6/20), dates 1/1; whole file 0.549 (62/113), 0.525 (62/118), dates 20/26.
FLOORS just under that; the classes of its errors are in docs/evaluation.md.
Output threshold of 2026-12-07 afternoon (0.5 -> 0.55 with a +0.05 weight for the title and the lead, chosen on
every development set of whole articles pooled; docs/events.md, "Confidence"): whole file precision 0.549 -> 0.588
(60/102), recall 0.525 -> 0.508 (60/118), dates 20/25: the recall floor moves from 0.52 to 0.50 with it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_text_join import assert_realnews_floors

pytestmark = [pytest.mark.model, pytest.mark.shared]

GOLD = Path(__file__).resolve().parents[1] / "gold" / "realnews_trnews.jsonl"
SOURCES = ("trnews.dev.jsonl",)
FLOORS = {"realnews.precision": 0.58, "realnews.recall": 0.50, "realnews.date_accuracy": 0.79}


def test_trnews_real_copy_set_is_whole_and_holds_its_floors(shared_dir, tmp_path):
    assert_realnews_floors(GOLD, [shared_dir / "eval" / name for name in SOURCES],
                           tmp_path / "realnews_trnews.joined.jsonl", 80, FLOORS)
