"""Classes of real English news copy nobody here wrote (issue 11), fourth TR-News batch (``tests/gold/
realnews_trnews.jsonl``, the 20 articles appended third on 2026-12-07: mostly local crime and city politics). An
appeal to anyone who knows something, or to witnesses, to call the police is a newsroom and police formula: it asks
no side of anything (CAMEO 10 wants a demand of an actor). A side that agrees a state of things is so ("agrees the
crisis is a major problem", "agreed that the situation was serious") shares a judgement, it makes no deal; agreeing
that something will be done, or to do it, stays AGREE. A person released from hospital, or treated and released, is
discharged: nobody held them (CAMEO 0841 is a release by a holder). Being arraigned is being charged before a court
(CAMEO 112, PLOVER ACCUSE allege), and an arrest told with "apprehended" is an arrest, the agentless one by the
police of its place as any other. A victim told dead or in hospital "after being" stabbed, shot or attacked
undergoes the attack: the participle's unspoken subject is the main clause's. Killing off a custom, a currency or
shops ends them, where killing off people or fighters stays an attack. Sentences written before the rules, none
taken from the articles."""

from __future__ import annotations

import pytest
from events_helpers import assert_not_read, assert_read

pytestmark = pytest.mark.model


# (text, the type it must not be read as)
NOT_READ = [
    # an appeal for witnesses or information asks no side of anything
    ("Anyone with information about the robbery is asked to contact Ohio police.", "REQUEST"),
    ("Anyone who saw the crash is urged to call Manchester police on 101.", "REQUEST"),
    ("Texas police are asking anyone with information to call Crime Stoppers.", "REQUEST"),
    ("Anybody who recognises the Belgian suspect is asked to call the hotline.", "REQUEST"),
    ("Kenyan police urged witnesses to come forward.", "REQUEST"),
    # agreeing that a state of things is so shares a judgement
    ("The German chancellor agrees the crisis in Syria is a major problem.", "AGREE"),
    ("The Mexican minister agreed that the situation on the border was serious.", "AGREE"),
    ("Chinese officials agree corruption is a threat to the party.", "AGREE"),
    ("Both Indian and Pakistani experts agree that the drought is the worst in decades.", "AGREE"),
    # a patient released from hospital, or treated and released, is discharged
    ("The French journalist was released from hospital on Monday.", "RETREAT"),
    ("Two Israeli soldiers wounded in the attack were treated and released.", "RETREAT"),
    ("The Kenyan runner was treated at the scene and released.", "RETREAT"),
    # a harm an accident did, told after its victim, is nobody's attack
    ("The Kenyan runner died after being hit by a car in Nairobi.", "ASSAULT"),
    ("The Brazilian singer is recovering after being hurt in a car crash.", "ASSAULT"),
    # killing off a custom, a currency or shops ends them: nobody is attacked, nor threatened
    ("Spain's government wants to kill off the siesta.", "THREATEN"),
    ("Amazon's rise has killed off hundreds of American bookshops.", "ASSAULT"),
    ("Italy hopes to kill off the old pension system.", "THREATEN"),
]


@pytest.mark.parametrize("text, kind", NOT_READ)
def test_not_read_as_that_event(en_events, text, kind):
    assert_not_read(en_events(text, "en"), kind)


# (text, type, mode, a code the actor holds, codes both sides hold together; None: not asserted)
READ = [
    # asking or urging a side stays a request
    ("The American president urged Israel to halt the bombing of Gaza.", "REQUEST", None, "USA", {"USA", "ISR"}),
    ("Germany asked Russia to release the jailed journalist.", "REQUEST", None, "DEU", {"DEU", "RUS"}),
    ("The UN asked Syria to let anyone who wants to leave Aleppo go.", "REQUEST", None, "UN", {"UN", "SYR"}),
    # agreeing that something will be done, or to do it, stays a deal or a promise
    ("Iran and the European Union agreed that talks would resume next week.", "AGREE", None, "IRN", {"IRN", "EU"}),
    ("Japan agreed that it would lift the tariffs on American beef.", "AGREE", None, "JPN", None),
    ("Russia agreed to release the Ukrainian sailors.", "AGREE", None, "RUS", {"RUS", "UKR"}),
    # a holder releasing people, from prison included, stays a release
    ("Hamas released two Israeli hostages on Monday.", "RETREAT", "release", "PSE", {"PSE", "ISR"}),
    ("Iran released the British sailors from prison after two weeks.", "RETREAT", "release", "IRN", {"IRN", "GBR"}),
    # arraigned on charges: charged before a court; apprehended: arrested
    ("A Kenyan court arraigned the opposition activist on charges of incitement.", "ACCUSE", "allege", "KEN", None),
    ("The British man was arraigned in a New York court on terrorism charges.", "ACCUSE", "allege", None, {"GBR"}),
    ("Turkish police apprehended a Russian national near the border.", "COERCE", "arrest", "TUR", {"TUR", "RUS"}),
    ("Two Syrian suspects were apprehended in Germany on Friday.", "COERCE", "arrest", "DEU", {"DEU", "SYR"}),
    # a victim told dead, wounded or in hospital "after being" attacked undergoes the attack (the main clause's
    # subject is the participle's), by the place's unnamed force as any agentless attack
    ("A Texas nurse is dead after being stabbed on Friday.", "ASSAULT", None, "USA", {"USA"}),
    ("The Nigerian pastor died in hospital after being shot in Kaduna.", "ASSAULT", None, "NGA", {"NGA"}),
    ("Two Afghan students are in hospital after being attacked in Kabul.", "ASSAULT", None, "AFG", {"AFG"}),
    # killing off people or armed men stays an attack
    ("Syrian troops killed off the last rebel fighters in Homs.", "ASSAULT", None, "SYR", None),
    ("Boko Haram gunmen killed off dozens of Nigerian villagers.", "ASSAULT", None, None, {"NGA"}),
]


@pytest.mark.parametrize("text, kind, mode, actor, sides", READ)
def test_read_as_that_event(en_events, text, kind, mode, actor, sides):
    assert_read(en_events(text, "en"), kind, mode, actor, sides)
