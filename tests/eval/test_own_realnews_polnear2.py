"""Real English political news of September 2016 nobody here wrote, coded by us: ``tests/gold/realnews_polnear2.jsonl``
holds PLOVER events for 14 more whole articles of the shared PolNeAR dev set (``polnear.dev.jsonl``) that no gold file
used, from six outlets (Washington Post, New York Times, USA Today, Politico, Huffington Post, Western Journal). Few
international stories were left, so most are domestic acts with clear verbs: the police shootings in Charlotte and
Tulsa and the protests, curfew, Guard and demands for the videos after them (three articles), the EB-5 visa
program's fraud charges, settlement and the senators' letter, the Clinton aides' immunity deals with the Justice
Department meeting, threat and the Pagliano contempt vote, the Senate's grilling of the Wells Fargo chief and the
bank's fine, Cruz's and a flight attendants' union's endorsements, the Congressional Black Caucus on Trump's
birtherism, Axelrod asking Dean to apologise, Flynn and Mook on Trump's "rubble" remark, Obama and a Gold Star mother,
Obama's call to take in refugees (the U.S. had accepted 11,491 from Syria), Giuliani's op-ed on terror (the New York
and New Jersey bombings, 1993 and 2000): 174 events, 36 required.

The gold was written before veille was run on them (commit "gold: realnews_polnear2.jsonl ..." precedes this test),
by the coding of ``tests/gold/realnews_polnear.jsonl``: a domestic actor and recipient both carry the country's code
with a sector (``USA:GOV``, ``USA:LEG``, ``USA:COP``, ``USA:PTY``; the candidates, their aides, companies and
protesters ``USA``); a side the text gives no country for (the "alleged terrorist", a union) is empty; a charge or
complaint is ACCUSE allege, a grilling or questioning ACCUSE investigate, a fine SANCTION, a contempt vote SANCTION (alt
ACCUSE, COERCE), a refusal to appear REJECT, a settlement AGREE (alt CONCEDE), an endorsement SUPPORT, labelling
("a disgrace", "a disgusting fraud") ACCUSE disapprove, a demand that police release videos REQUEST, a march or rally
PROTEST, the Guard called out MOBILIZE, a curfew imposed COERCE curfew and lifted CONCEDE (alt RETREAT), refugees
accepted AID (PLOVER: asylum given); a police shooting is an optional ASSAULT, every historical act (the 1993 and 2000
attacks, the primaries' insults) optional; conditionals and negated acts ("didn't apologize", "stopped short of
calling") are not gold. ``published`` is the source's day. The texts stay in ``../shared/eval`` and are joined by id
(``shared_text_join``), so the test skips where ../shared is absent.

First run (2026-12-08, code of main d1c53ed0): precision 0.694 (25/36), recall 0.694 (25/36), dates 18/21 (at the
0.55 output threshold; at 0.0: 0.492 (30/61), 0.833 (30/36)). The figures are far above the first batch's (0.435,
0.377) because the stories are domestic: the scorer compares only countries, so any ACCUSE USA -> USA of an article
matches any gold ACCUSE USA -> USA of it, and the required events were chosen among clear verbs.

Classes of the first run's errors (told with made-up examples, not the articles' sentences). The 11 required
misses: sides known only from the discourse or with no country (4: "the panel held the witness in contempt", "one
Democrat threatened to make the envoy testify" read with no actor, "the city lifted its curfew", a firm "was fined
$5 million" in an agentless passive whose agent comes later in an apposition); judgements (2: "the senator's crusade
is an insult to all farmers, lawmakers said", read under the threshold; "called the bank's conduct outrageous", the
bank having no country); verbs and phrases the lexicon lacks or reads in another sense (2: "troops called to service
by the governor"; "the country had accepted 9,000 refugees" read as AGREE, a promise, where PLOVER's AID gives
asylum); an accusation told as a claim about a rival's deed (1: "claimed that his rival was the one who started the
feud"); a parse (1: "the mayor, the governor's rival in the race, called Monday for releasing the files", whose verb
the parser hangs on "race"); one-to-one matching (1: a request matched to another gold request whose own reading fell
under the threshold). The 11 false events: word senses (5: refugees accepted read as AGREE, twice; "also receiving
legal protection was the aide" read as a visit received; "since he suspended his own campaign" read as a sanction;
"before police arrived on the scene" read as a deployment); a headline's quoted label ("Governor Calls Senator 'A
Fraud'") read as a phone call (1); an act inside a hypothetical told in a quote read as done (1); a refusal to name a
group read as a rejection of a side (1); and 3 the gold arguably misses (backing for changes lawmakers consider, a
country's years of fighting a militia, a suspect's refusal to obey an officer). The 3 wrong dates: an act dated by
the day of the report that tells it (2: an aide's Thursday for the candidate's Wednesday remark, the sentence's day
for a tweet of two days before) and a match pairing another event (1).
With the entries of tests/analyze/events/test_refugees_taken_in.py (refugees, migrants or asylum seekers accepted,
admitted, taken in or resettled are given asylum, AID, as « accueillir des réfugiés » reads; promised, AGREE):
0.743 (26/35), 0.722 (26/36), dates 18/21; the two false AGREE are gone and the required AID found. The rule of
tests/analyze/events/test_supposed_acts.py (a relative clause on an indefinite noun, a conjunct or an adverbial clause
inside a condition is supposed with it; a sentence opened by "Suppose", "Say", "Imagine", « Supposons » supposes what
follows) moves nothing here (the false act of the hypothetical above is read in a quote the speaker imagines, after
the condition's own clause) and takes one false REQUEST off the first PolNeAR batch (P 0.458 -> 0.468, 22/47; one
more event under the threshold there). No other set's listing moved. FLOORS just under that.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_text_join import assert_realnews_floors

pytestmark = [pytest.mark.model, pytest.mark.shared]

GOLD = Path(__file__).resolve().parents[1] / "gold" / "realnews_polnear2.jsonl"
SOURCES = ("polnear.dev.jsonl",)
FLOORS = {"realnews.precision": 0.74, "realnews.recall": 0.72, "realnews.date_accuracy": 0.85}


def test_polnear2_dev_news_set_is_whole_and_holds_its_floors(shared_dir, tmp_path):
    assert_realnews_floors(GOLD, [shared_dir / "eval" / name for name in SOURCES],
                           tmp_path / "realnews_polnear2.joined.jsonl", 14, FLOORS)
