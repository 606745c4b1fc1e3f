"""Real English wire and broadcast copy of 1990-2000 nobody here wrote, coded by us: ``tests/gold/realnews_tbaq2.jsonl``
holds PLOVER events for 20 more whole articles of the shared TBAQ (TempEval-3) dev set (AP, NYT news and editorials,
Xinhua, CNN): NATO's enlargement of March 1999 (two articles: the three accessions, Russia's objection), Elian
Gonzalez (seven: the INS ruling and Reno's opinion, the rallies in Havana and Miami, the father's visit, the relatives'
demands and appeal, the April raid and the outcry at it), the Slepian killing, Kopp's charging and the Rudolph manhunt
(five, with the anti-abortion web site shut down after a civil verdict), the embassy bombings' toll on East African
tourism, a Hungarian astronaut's recall from Washington (no required event), Iraq and the U.N. weapons inspectors,
Russia and Ukraine's economic plan, a car bomb seized and riots in Northern Ireland, Israel's offer to leave southern
Lebanon: 194 events, 41 required.

Sixteen articles are used by no other gold. Four (TimeBank APW19980306.1001, APW19980227.0494, APW19980322.0749,
APW19980301.0720) each have two to eight sentences in the sentence-level set ``tests/gold/plover_tbaq.jsonl``, which
rules may have been written from; the figures below are given with and without them.

The gold was written before veille was run on them, by the coding of ``tests/gold/realnews_tbaq.jsonl``: a domestic
actor and recipient both carry the country's code; a side the text gives no country for is empty; Elian's Miami
relatives, the exiles and their lawyers' opponents are USA, the boy and his father CUB (a lawyer acting for the father
has no side: empty); Northern Ireland's parties, police and the IRA are GBR, the police of the Irish Republic IRL,
Hezbollah LBN, the Security Council ``UN, UNSC`` and the inspectors UN; a charge is ACCUSE allege, a manhunt, a
warrant to question or an inspection ACCUSE investigate, a verdict SANCTION convict, an announced appeal REJECT (alt
ACCUSE, THREATEN); joining NATO is AGREE (alt SUPPORT, COOPERATE) toward NATO, a stated willingness to withdraw AGREE
(alt RETREAT, CONCEDE); a refusal of the local police to help is REJECT assist; a rally demanding something of another
country is PROTEST toward it; every restatement of an earlier killing or bombing is an optional ASSAULT. ``published``
is the document creation time (its day). The texts stay in ``../shared/eval`` and are joined by id
(``shared_text_join``), so the test skips where ../shared is absent.

First run (2026-12-07, at the 0.55 output threshold): precision 0.432 (16/37), recall 0.390 (16/41), dates 10/13; at
0.0: 0.225 (18/80), 0.439 (18/41). The sixteen articles no gold had used: 0.368 (7/19), 0.259 (7/27), dates 2/5; the
four with sentences in plover_tbaq: 0.500 (9/18), 0.643 (9/14). After the one coding slip the run showed was mended
(the Security Council was coded UN alone; the project codes it ``UN, UNSC``): 0.444 (16/36), 0.390 (16/41), 10/13.

Classes of the first run's errors. The 25 required misses: events told by a noun (7: "the raid", "the INS decision
... in ruling", "a manhunt ... continues", "a ... verdict", "with full cooperation of Iraqi authorities", "issued
statement of support", "resumed work"); verbs or phrases the lexicon lacks (7: a site "closed" by its host, "became
full-fledged members of NATO", "blocked intersections and cut off access", "use tear gas to clear them", "lifted dire
travel warnings", "subpoenaed", "assured ... that Ukraine would not join NATO"); sides (5: an agentless passive
charge; "Government officials" with no country, and the whole Little Havana article gave no event, none of its sides
having a country; a visa "asked for" whose recipient comes in the next clause; the Irish police of Dundalk read as
Northern Ireland's, twice); judgments a rule can hardly read (4: "Reno ruled ... the only proper venue is federal
court", "would have no role in taking the boy", "treating the raid ... as though it were a Nazi SS operation", "calls
extending NATO membership ... a movement in the wrong direction"); a rally read as a REQUEST toward its own country
(1); a court appeal ("plan to appeal") read as a request (1). The 21 false events: sides (8: a rally or demand for
the boy's return aimed at Cuba itself, Iraq's and Israel's offers aimed at themselves, "soldiers have been killed
fighting Hezbollah" turned round, the U.N. resolution's actor given to Netanyahu's words, Iraq's charge against
Ritter aimed at the Security Council); a verb of sending read as
aid where nothing is given (3: "sent a fax to local police", "sending American travelers on ... safaris for 13
years", "sends prospective immigrants back"); word senses (2: "charged the inspectors with verifying", tourists
"visiting Kenya" read as a visit); a code (1: the Security Council, above); and 7 where the gold is arguably short or
the match one-to-one ("travel warnings ... that urged Americans to stay away", "would continue to protest American
laws" read as ACCUSE, sites "placed off-limits" read as SANCTION, a second THREATEN on one sentence, a joint venture
read as CONSULT, "attempts to kill President Fidel Castro", "accept the guarantee").
With the lexicon data of tests/analyze/events/test_sending_without_giving.py (a fax, memo or cable sent is said,
travellers a firm sends on trips are its customers, migrants sent back are deported): 0.500 (17/34), 0.415 (17/41),
dates 10/13; the three false AID of sending are gone, and the one recall gained is no real find: the deportation now
read in "sends prospective immigrants back" (a habit the gold leaves uncoded) is matched, by type and sides anywhere in
the article, to Reno's ruling (REJECT, alt COERCE). With that of tests/analyze/events/test_charged_with_a_task.py as
well (a side charged with monitoring or verifying is given a task, not accused, and what it is to verify is not told
as done): 0.531 (17/32), 0.415 (17/41), dates 10/13 (the sixteen unseen articles: 0.471 (8/17), 0.296 (8/27));
"charged the inspectors with verifying" is no longer an accusation, and Iraq's charge that Ritter was a spy, whose
recipient was the last event's actor, now finds its gold. FLOORS just under the figures before that data.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_text_join import assert_realnews_floors

pytestmark = [pytest.mark.model, pytest.mark.shared]

GOLD = Path(__file__).resolve().parents[1] / "gold" / "realnews_tbaq2.jsonl"
SOURCES = ("tbaq.dev.jsonl",)
FLOORS = {"realnews.precision": 0.43, "realnews.recall": 0.38, "realnews.date_accuracy": 0.75}


def test_tbaq2_real_copy_set_is_whole_and_holds_its_floors(shared_dir, tmp_path):
    assert_realnews_floors(GOLD, [shared_dir / "eval" / name for name in SOURCES],
                           tmp_path / "realnews_tbaq2.joined.jsonl", 20, FLOORS)
