"""Real English wire and broadcast copy of 1989-2000 nobody here wrote, coded by us: ``tests/gold/realnews_tbaq.jsonl``
holds PLOVER events for 20 articles of the shared TBAQ (TempEval-3) dev set that neither
``tests/gold/plover_tbaq.jsonl`` nor ``tests/gold/realnews_timebank.jsonl`` uses (AP, NYT, Xinhua, ABC, CBS, CNN,
VOA, PRI, San Jose Mercury News, Wall Street Journal): the embassy bombings of August 1998 (the blasts, the
ambassador's interrupted talks, the Surgeon General's aid team), the Kopp manhunt, Elian Gonzalez (the INS decision
and Cuba's rallies, his father's letters, Miami officials refusing help), Hungary's entry into NATO, Castro and the
Pope's visit, the Har-Shefi trial in Israel, Afghan women under the Taliban, Sununu pressed to resign, Keating's
convictions reinstated, duty-free watches, a Cambodian resistance commander searching for a kidnapped Briton; two
with no required event (Hong Kong's slump, the eve of the Pope's visit) and one with none at all (oil prices):
125 events, 28 required.

The gold was written before veille was run on them, by the coding of ``tests/gold/realnews_timebank.jsonl`` and
``tests/gold/realnews_gwn.jsonl``: a domestic actor and recipient both carry the country's code; a side the text
gives no country for (an NGO, "world opinion") is empty; Cuban exiles and Elian's relatives in Miami are USA, the
boy and his father CUB; the Khmer Rouge and Cambodia's factions are KHM; a charge is ACCUSE allege, a manhunt or
questioning ACCUSE investigate, a conviction SANCTION convict, a plea of innocence or a denial REJECT (alt ACCUSE);
joining NATO is AGREE (alt SUPPORT, COOPERATE) toward NATO; a promise or wish to help is AGREE (alt AID), help
given AID; refusing to help the federal authorities is REJECT assist; an announced visit is an optional CONSULT
with status future; every casualty restatement of the bombings is an optional ASSAULT. ``published`` is the
document creation time of the source (its day). The texts stay in ``../shared/eval`` and are joined by id
(``shared_text_join``), so the test skips where ../shared is absent.

First run (2026-12-07): precision 0.520 (13/25), recall 0.464 (13/28), dates 2/6 (at the 0.55 output threshold; at
0.0: 0.325 (13/40), 0.464 (13/28)).

Classes of the first run's errors. The 15 required misses: requests in forms the stage does not read (4: a wish that
another side act, "wants Cuban diplomats ... to meet", under a broken parse; a demand in a participle glued to a
comma, "week,demanding"; "asking them to" coordinated under "started calling"; funds requested from the
legislature); events told by nouns or by a weapon as agent (3: "the decision to return the boy", "Hungary's
accession to NATO", "the bomb ... shook furniture"); warnings and refusals of help (3: "warned ... they should
expect little help", "will not lend our resources ... to assist", read as AID; "would appeal the decision"); actors
(2: the Pope has no country, VAT; "a task force of US and Canadian officials"); single words (3: "forbidden them to
work", "sent a team to recover the remains", "approved duty-free treatment"). The 12 false positives: sides wrong
(3: a Havana rally against Washington read as CUB -> CUB, "the government" exhorting Cubans read as the U.S. one,
the Pope's invitation read as CUB -> CUB); acts only talked of or wished (2: "heard Amir talk about killing Rabin",
"prayed for him to ... die"); an appeal to one's own public (1); a negated act's purpose read as done (1, above);
and 5 where the gold is arguably short or the match one-to-one (the aid of guerrillas read as SUPPORT, gold
COOPERATE; Pol Pot's killings and the brothers' request left uncoded; a coup matched away; "presumed killed").
The rule of tests/analyze/events/test_purpose_of_a_negated_act.py (an infinitive of purpose shares the negation and
modality of the act it is the aim of) does not change the figures here: the parser hangs "to assist" on the
"whether" clause between them. With the rule of tests/analyze/events/test_forbidding.py (a side forbidding people
to act restricts them, COERCE restrict; a law's prohibition is a norm): 0.538 (14/26), 0.500 (14/28), dates 2/6.
FLOORS just under that.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_text_join import assert_realnews_floors

pytestmark = [pytest.mark.model, pytest.mark.shared]

GOLD = Path(__file__).resolve().parents[1] / "gold" / "realnews_tbaq.jsonl"
SOURCES = ("tbaq.dev.jsonl",)
FLOORS = {"realnews.precision": 0.53, "realnews.recall": 0.49, "realnews.date_accuracy": 0.33}


def test_tbaq_real_copy_set_is_whole_and_holds_its_floors(shared_dir, tmp_path):
    assert_realnews_floors(GOLD, [shared_dir / "eval" / name for name in SOURCES],
                           tmp_path / "realnews_tbaq.joined.jsonl", 20, FLOORS)
