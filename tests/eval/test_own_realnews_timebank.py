"""Real news copy nobody here wrote, coded by us: ``tests/gold/realnews_timebank.jsonl`` holds PLOVER events for
98 articles of the dev halves of the shared time-expression sets (all 63 French FR-TimeBank articles of 1999-2003,
regional and national press; 35 English TBAQ wire and broadcast stories of 1998-2000: AP, Xinhua, VOA, PRI, CNN),
politics, conflict, diplomacy, protest and justice, with a few articles of no political event. The gold was
written before veille was run on them and stores only ids, ``published`` and events: the texts stay in
``../shared/eval`` and are joined by id (``shared_text_join``), so the test skips where ../shared is absent.

First run (2026-12-07): precision 0.450 (27/60), recall 0.466 (27/58), dates 17/17; English 0.513/0.741, French
0.333/0.226. With one gold correction to the set's conventions (an announced protest may be THREATEN, CAMEO 134:
three optional events) the same code scores 0.458 (27/59), 0.466; with the rules of
tests/analyze/events/test_real_copy.py 0.475 (28/59), 0.483 (28/58), dates 17/17; English 0.526/0.741, French
0.381/0.258. With the French domestic-press rules (tests/analyze/events/test_french_domestic.py: French unions
in the registry) 0.475 (29/61), 0.500 (29/58), dates 17/18 (the one new match, a present-tense headline, dated by
the publication day); French 0.391/0.290. With the titles and the French trigger families of the same night
(test_bare_titles.py, test_broken_talks.py): 0.484 (30/62), 0.517 (30/58), dates 17/18; English 0.526/0.741,
French 0.417/0.323.

Second French batch (the 40 other FR-TimeBank dev articles, 28 of them with no political event; 30 events, 9
required; gold written before veille ran on them). First run on the 40: precision 0.333 (3/9), recall 0.333
(3/9), dates 1/2; whole file (78 articles) 0.465 (33/71), 0.493 (33/67), dates 18/20; English 0.526/0.741,
French 0.394/0.325. With the rules of tests/analyze/events/test_real_copy_fr2.py: the 40 0.375 (3/8),
0.333 (3/9); the whole file 0.471 (33/70), 0.493 (33/67), dates 18/20 (the date floor drops: « au lendemain de la
démission » is dated on the report's day); English 0.526/0.741, French 0.406 (13/32) / 0.325 (13/40). With the
morning's other rules (weapons as agents, agentless arrests, the bloc's antecedent, the eve of an event dated
by its sentence): 0.479 (34/71), 0.507 (34/67), dates 19/21; English 0.526/0.741, French 0.424 (14/33) / 0.350
(14/40). Floors just under that; the classes of its errors are in docs/evaluation.md.

Second English batch (20 more TBAQ articles of 1998-2000: the embassy bombings' reactions and arrests, NATO
enlargement, the Kopp warrant, Elian, a Puerto Rico kidnapping, a German party fined, two with no political event;
gold written before veille ran on them). First run on the 20: precision 0.343 (12/35), recall 0.444 (12/27), dates
9/10; whole file (98 articles) 0.465 (47/101), 0.500 (47/94), dates 28/31; English 0.464 (32/69) / 0.593 (32/54),
French 0.469 (15/32) / 0.375 (15/40). With the rules of tests/analyze/events/test_real_copy_en6.py: the 20 0.457
(16/35), 0.593 (16/27); the whole file 0.505 (51/101), 0.543 (51/94), dates 30/33; English 0.522 (36/69) / 0.667
(36/54), French unchanged. The English recall floor moves from 0.72 to 0.66 because the English part grew from 27
to 54 required events (the 15 first stories still score 20/27), not because a figure fell; every other floor rises
or stays.
Output threshold of 2026-12-07 afternoon (0.5 -> 0.55 with a +0.05 weight for the title and the lead, chosen on
every development set of whole articles pooled; docs/events.md, "Confidence"): whole file precision 0.505 -> 0.581
(50/86), recall 0.543 -> 0.532 (50/94), dates 30/33; English 0.522 -> 0.565 (35/62) / 0.667 -> 0.648 (35/54), French
0.469 -> 0.625 (15/24) / 0.375: the recall floors move from 0.54 to 0.53 and from 0.66 to 0.64 with it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_text_join import assert_realnews_floors

pytestmark = [pytest.mark.model, pytest.mark.shared]

GOLD = Path(__file__).resolve().parents[1] / "gold" / "realnews_timebank.jsonl"
SOURCES = ("fr-timebank.dev.jsonl", "tbaq.dev.jsonl")
FLOORS = {"realnews.precision": 0.58, "realnews.recall": 0.53, "realnews.date_accuracy": 0.90,
          "realnews.en.precision": 0.56, "realnews.en.recall": 0.64,
          "realnews.fr.precision": 0.62, "realnews.fr.recall": 0.37}


def test_real_copy_set_is_whole_and_holds_its_floors(shared_dir, tmp_path):
    assert_realnews_floors(GOLD, [shared_dir / "eval" / name for name in SOURCES],
                           tmp_path / "realnews_timebank.joined.jsonl", 98, FLOORS)
