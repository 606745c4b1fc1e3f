"""Real English political news of September-October 2016 nobody here wrote, coded by us:
``tests/gold/realnews_polnear.jsonl`` holds PLOVER events for 14 whole articles of the shared PolNeAR dev set
(``polnear.dev.jsonl``, of which only the quotes were used before; no event rule was written from it), from six
outlets (Washington Post, New York Times, USA Today, Politico, Huffington Post, Western Journal): the world's
condemnation of North Korea's fifth nuclear test, Aung San Suu Kyi at the White House and the end of the Burma
sanctions, the E.U. summit in Bratislava on defence, Russia's probing of NATO's eastern flank, an assessment of the
U.N.'s record, Mexico's trade history with the United States, Russia's state media in America, a congressman asking
for retaliation against Russia's hacking, the veto threat on the 9/11 lawsuit bill, the IMF's forecast, and four US
domestic ones (the appeals court on Ohio's voter rolls, the Clean Power Plan in court, a judge refusing to unseal
Trump's divorce file, a House panel holding a Clinton aide in contempt): 207 events, 53 required; one article (the
IMF's) has no required event.

The gold was written before veille was run on them, by the coding of ``tests/gold/realnews_tbaq.jsonl`` and
``tests/gold/realnews_gwn.jsonl``: a domestic actor and recipient both carry the country's code with a sector
(``USA:GOV``, ``USA:LEG``, ``USA:JUD``); a side the text gives no country for (human rights groups, an NGO, "world
leaders") is empty; a U.N. body is ``UN`` with its own acronym (``UNSC``, ``UNHRC``); a court ruling against a party
is REJECT (alt SANCTION, ACCUSE), a lawsuit or challenge in court ACCUSE allege or REQUEST change, a contempt vote
SANCTION (alt ACCUSE, COERCE), a refusal to testify REJECT; a veto threat THREATEN (alt REJECT); condemnation and
labelling ("branded", "called ... reckless") ACCUSE disapprove; a government's backing of another or of rebels
SUPPORT (alt AID, COOPERATE); military probing, interceptions and incursions MOBILIZE (alt THREATEN); an annexation
COERCE seize (alt ASSAULT); media restrictions COERCE censor; announced or planned acts are optional with status
future; conditionals, hypotheticals ("Say Mexico demanded ...") and negated acts ("declined to threaten", "avoids
condemning") are not gold. ``published`` is the source's day. The texts stay in ``../shared/eval`` and are joined
by id (``shared_text_join``), so the test skips where ../shared is absent.

First run (2026-12-07, code of main 3a765b7a): precision 0.435 (20/46), recall 0.377 (20/53), dates 7/15 (at the
0.55 output threshold; at 0.0: 0.212 (22/104), 0.415 (22/53)).

Classes of the first run's errors. The 33 required misses: a side known only from the discourse, not from the
sentence (9: a deed whose author was named sentences before, "condemned Friday's test"; "the government" of a
country named elsewhere in the sentence; a person or a group the stage gives no country, the congressman, the 9/11
widow, Suu Kyi, "European leaders"); acts told by a noun, an idiom or a light verb (9: "threats to wall off",
"backed out", "slapped tariffs", "accepted the request to cooperate", "invited him to a meeting", "end a national
emergency against", "will seek new sanctions", "unveiled a proposal for cooperation", "gathered to discuss");
accusations and repression in verbs the lexicon does not read (5: "can be traced to", "linked the breach to",
"spar over", "exerted control over news coverage", "forced CNN to cease transmitting"); judgements in a quote or a
label (5: "what X called ... reckless", "branded ... an outlaw nation", "said North Korea had displayed complete
disregard", "cannot be left without consequences", "admires"); military probing, scrambling and incursions (3);
an IGO as the passive's agent (1); a demand in the mandative subjunctive (1: "insisted that Pyongyang stop"). The 26
false events: sides wrong (9: Suu Kyi's visit read as American, a call to counter Russia read as a demand on Russia,
a headline's threats, peacekeepers read as Mali, Schiff with no side); acts supposed, conditional or negated read as
done (7: "Say Mexico demanded", "if you throw obstacles ... you would be", "declined to threaten", "may not enforce",
"could result in ... measures", "deploy them on missiles", "avoids condemning" under a parse that makes "Trump" a
noun); not events (5: a state's funding of its own network read as AID twice, "despite their protests", a
legislature's rule read as SANCTION, "overruled a decision" read as CONCEDE); military activity typed THREATEN or
ASSAULT where the gold says MOBILIZE (2); and 3 the gold arguably misses (the G-20 summit, the committee's demand
that the aide appear, Republicans opposing Obama's outreach to Cuba and Iran).

With the rule of tests/analyze/events/test_mandative_subjunctive.py (a content clause in the bare form after
"insist" is a demand, and the act demanded is not done): 0.447 (21/47), 0.396 (21/53), dates 7/16; with the names
of contempt for a state of tests/analyze/events/test_names_of_contempt_for_states.py ("branded Iran a rogue state",
"an outlaw nation", "a pariah"): 0.458 (22/48), 0.415 (22/53), dates 7/17 (both matched events dated by the Monday
of an earlier sentence, not the test's Friday). No other set's listing moved. FLOORS just under that.

2026-12-08: with tests/analyze/events/test_counted_clause_dates.py (a time in a clause the told event is counted from,
"came three days after the council condemned the launch, as missiles fell on Monday", does not move the narrative)
dates 8/17 -> 12/17, the Friday's reactions no longer dated by that Monday; with test_supposed_acts.py ("Say Mexico
demanded ...") P 0.468 (22/47), R 0.415 (22/53). The dates FLOOR raised to just under.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_text_join import assert_realnews_floors

pytestmark = [pytest.mark.model, pytest.mark.shared]

GOLD = Path(__file__).resolve().parents[1] / "gold" / "realnews_polnear.jsonl"
SOURCES = ("polnear.dev.jsonl",)
FLOORS = {"realnews.precision": 0.46, "realnews.recall": 0.41, "realnews.date_accuracy": 0.68}


def test_polnear_dev_news_set_is_whole_and_holds_its_floors(shared_dir, tmp_path):
    assert_realnews_floors(GOLD, [shared_dir / "eval" / name for name in SOURCES],
                           tmp_path / "realnews_polnear.joined.jsonl", 14, FLOORS)
