"""Classes of real English news copy nobody here wrote (issue 11), third TR-News batch (``tests/gold/
realnews_trnews.jsonl``, the 20 articles appended second on 2026-12-07). A side jailed or imprisoned *for* a term
("for five years", "for life") has been sentenced (PLOVER SANCTION convict, CAMEO 1721 is the arrest), where
jailing people without a term still arrests them. Killing a deal, a bill, a plan or a proposal ends it: no violence
(CAMEO 18x wants people or things attacked). A side that expresses, voices or reiterates concern about or over what
another does disapproves of it (CAMEO 111, as "concerned about"), not a side that expresses concern for victims
(concerns raised stay CAMEO's consultation, 040). Telling a side one would be glad, willing or honoured to do
something asks nothing of it: the infinitive belongs to a clause of its own under a modal, not to "told X to".
Sentences written before the rules, none taken from the articles."""

from __future__ import annotations

import pytest
from events_helpers import assert_not_read, assert_read

pytestmark = pytest.mark.model


# (text, the type it must not be read as)
NOT_READ = [
    # a deal, a bill, a plan, a resolution or a proposal killed is ended, nobody is attacked
    ("The senator's filibuster killed the immigration bill.", "ASSAULT"),
    ("China's veto killed the Security Council resolution on Myanmar.", "ASSAULT"),
    ("Britain's exit from the union has all but killed the trade agreement with Canada.", "ASSAULT"),
    ("The Hungarian government killed the proposal to admit refugees from Syria.", "ASSAULT"),
    ("The Italian parliament killed the pension reform plan on Thursday.", "ASSAULT"),
    # concern for victims or their safety is sympathy, no criticism; jailing with no term is no sentence
    ("The Pope expressed concern for the victims of the earthquake in Turkey.", "ACCUSE"),
    ("The Canadian prime minister voiced his concern for the safety of the hostages.", "ACCUSE"),
    ("Chinese police jailed dozens of activists ahead of the anniversary.", "SANCTION"),
    ("Russian police jailed the protest leaders overnight in Moscow.", "SANCTION"),
    # telling a side what one would be glad or willing to do under a modal asks nothing of it
    ("The Iraqi prime minister told the American envoy he would be glad to visit Washington.", "REQUEST"),
    ("The Saudi foreign minister told his Qatari counterpart he would be willing to reopen the border.", "REQUEST"),
    ("Mexico's president has told the American president-elect he would be honored to host him.", "REQUEST"),
]


@pytest.mark.parametrize("text, kind", NOT_READ)
def test_not_read_as_that_event(en_events, text, kind):
    assert_not_read(en_events(text, "en"), kind)


# (text, type, mode, a code the actor holds, codes both sides hold together; None: not asserted)
READ = [
    # jailed or imprisoned for a term: sentenced
    ("A Russian court jailed the opposition activist for five years on Tuesday.", "SANCTION", "convict", "RUS",
     None),
    ("The Egyptian journalist was jailed for life by a Cairo court.", "SANCTION", "convict", "EGY", None),
    ("An Iranian court has imprisoned the British aid worker for five years.", "SANCTION", "convict", "IRN",
     {"IRN", "GBR"}),
    ("A Turkish court jailed two Greek soldiers for eighteen months for spying.", "SANCTION", "convict", "TUR",
     {"TUR", "GRC"}),
    # jailing people with no term still arrests them
    ("Chinese police jailed dozens of activists ahead of the anniversary.", "COERCE", "arrest", "CHN", None),
    # troops killing people stay an attack
    ("Israeli troops killed two Palestinian gunmen in Jenin.", "ASSAULT", None, "ISR", {"ISR", "PSE"}),
    # telling a side to do something still asks it
    ("The Russian president told the Ukrainian leader to withdraw his troops.", "REQUEST", None, "RUS",
     {"RUS", "UKR"}),
    ("The American president has told Israel to stop the bombing of Gaza.", "REQUEST", None, "USA", {"USA", "ISR"}),
    # concern expressed, voiced or raised about or over a side's deed disapproves of it
    ("Germany's foreign minister expressed concern about the Russian troop build-up.", "ACCUSE", "disapprove",
     "DEU", {"DEU", "RUS"}),
    ("Japan voiced concerns over China's military exercises near Taiwan.", "ACCUSE", "disapprove", "JPN",
     {"JPN", "CHN"}),
    ("The European Union reiterated its concerns about Hungary's new media law.", "ACCUSE", "disapprove", "EU",
     {"EU", "HUN"}),
]


@pytest.mark.parametrize("text, kind, mode, actor, sides", READ)
def test_read_as_that_event(en_events, text, kind, mode, actor, sides):
    assert_read(en_events(text, "en"), kind, mode, actor, sides)
