"""Our own story set, scored as `veille eval stories` scores the shared one, with floors just under the
figures measured: a change that joins sibling stories or sibling events, or loses cross-article links,
fails here.

``tests/gold/stories_own.jsonl``: 11 French and English articles in 5 stories of 2023, as different outlets
would write them (Blinken in Beijing, Yellen in Beijing three weeks later as its sibling, the Wagner
mutiny, the Israeli defence minister fired and the night of protests, Finland joining NATO), with an
event recalled in the sibling story under its own event id. Written with its gold before veille was run
on it; first run (2026-12-06): story B-cubed P/R/F1 1.000/0.909/0.952, merge precision 0.714 (15/21: the
one-day tolerance joined Blinken's talks with Qin on Sunday and with Xi on Monday), merge recall 1.000
(15/15), links found and merged 11/23. After the rule that an article telling two days apart keeps them
apart (docs/stories.md): merge precision 1.000 (14/14), recall 0.933 (14/15; the lost pair is a report
of Yellen's Saturday talks that the scorer matches to the Friday meeting), links 11/23. After a time of one
day (« samedi soir ») became a lede day as a date is (the French Wagner article stood alone, its lede day
the publication day): 5 stories for 5, B-cubed 1.000/1.000/1.000. Both rules were found on this set: it
is no longer unseen text. With the output threshold of 2026-12-07 afternoon (0.55 with a
+0.05 weight for the title and the lead; docs/events.md, "Confidence") one report of a linked pair falls below
it: links 11/23 -> 10/23, and the links floor moves from 0.45 to 0.43.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from veille.eval.evaluate import evaluate

pytestmark = pytest.mark.model

GOLD = Path(__file__).resolve().parents[1] / "gold" / "stories_own.jsonl"
FLOORS = {"stories.bcubed.precision": 0.99, "stories.bcubed.f1": 0.99, "merge.precision": 0.99,
          "merge.recall": 0.9, "links.found_and_merged": 0.43}


@pytest.fixture(scope="module")
def own_stories():
    return evaluate("stories", GOLD).result


def test_own_story_set_is_whole_and_holds_its_floors(own_stories):
    assert own_stories.documents == 11
    for name, floor in FLOORS.items():
        assert own_stories.value(name) >= floor, (name, own_stories.figure(name).detail)


def test_sibling_stories_and_sibling_meetings_stay_apart(own_stories):
    assert not [i for i in own_stories.issues if i.kind in ("wrong", "fp")]
