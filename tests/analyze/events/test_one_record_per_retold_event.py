"""One record per real event in an article (issue 11, class 6), two ways a retelling escaped the merge:

- an attack told by its agent, then from its victims' end by an agentless passive whose agent is coded as the
  unidentified force of the scene (UAF: "twelve fighters were killed in Syria"): one attack, the named agent kept;
- a deal told again by one party with the other as its recipient ("Ethiopia said it had agreed to the truce with
  Eritrea") after a first report whose recipient was the broker: a deal's parties are interchangeable (PLOVER
  AGREE), so the retelling names no one the deal did not have;
- one sentence told twice in the same words (a pull quote, then the text), each with the day the narrative had
  reached.

And the near cases that must stay apart: a second attack dated in its own clause, another party agreeing to a
proposal, a second deal with a new party, talks between two parties of a multilateral meeting, two releases
told in other words on two days. Texts written for these tests, before the rule."""

from __future__ import annotations

import pytest
from events_helpers import codes

pytestmark = pytest.mark.model


def _actual(events, event_type):
    return [e for e in events if e.event == event_type and e.status == "actual"]


def _show(events):
    return [(e.event, codes(e.actor), codes(e.recipient), e.trigger.text, e.date_source) for e in events]


@pytest.mark.parametrize("text,lang,agent,victim", [
    ("Israeli jets struck a weapons convoy near Damascus on Tuesday. Twelve fighters were killed in Syria, a "
     "monitoring group said.", "en", "ISR", "SYR"),
    ("North Korean gunners shelled a South Korean island on Tuesday, killing two marines. Two marines were killed "
     "on the island, officials in Seoul said.", "en", "PRK", "KOR"),
    ("L'aviation israélienne a frappé mardi un convoi d'armes près de Damas. Douze combattants ont été tués en "
     "Syrie, selon une ONG.", "fr", "ISR", "SYR"),
    ("L'artillerie nord-coréenne a bombardé mardi une île sud-coréenne, tuant deux soldats. Deux soldats ont été "
     "tués sur l'île, selon Séoul.", "fr", "PRK", "KOR"),
])
def test_an_attack_told_from_its_victims_end_is_the_same_attack(run, text, lang, agent, victim):
    found = _actual(run(text, lang), "ASSAULT")
    assert len(found) == 1, _show(found)
    assert codes(found[0].actor) == {agent}  # the named agent, not the scene's unidentified force
    assert victim in codes(found[0].recipient)
    assert len(found[0].mentions) == 2


@pytest.mark.parametrize("text,lang", [
    ("Israeli jets struck a weapons convoy near Damascus on Tuesday. In Aleppo, six soldiers were killed on Tuesday "
     "by a roadside bomb.", "en"),
    ("L'aviation israélienne a frappé mardi un convoi d'armes près de Damas. A Alep, six soldats ont été tués mardi "
     "dans l'explosion d'une bombe.", "fr"),
])
def test_an_agentless_attack_dated_in_its_own_clause_is_another_attack(run, text, lang):
    found = _actual(run(text, lang), "ASSAULT")
    assert len(found) == 2, _show(found)


@pytest.mark.parametrize("text,lang", [
    ("Ethiopia and Eritrea agreed on Sunday to a truce brokered by Kenya. Ethiopia said it had agreed to the truce "
     "with Eritrea to end the border war.", "en"),
])
def test_a_deal_told_again_by_one_party_with_the_other_is_the_same_deal(run, text, lang):
    found = _actual(run(text, lang), "AGREE")
    assert len(found) == 1, _show(found)
    assert len(found[0].mentions) == 2
    # the other party joins no second side: it is already a party of the deal
    assert not codes(found[0].actor) & codes(found[0].recipient)


@pytest.mark.parametrize("text,lang", [
    ("Ethiopia agreed on Sunday to a truce proposed by Kenya. Eritrea agreed to the Kenyan truce on Sunday "
     "evening.", "en"),
    ("L'Ethiopie a accepté dimanche une trêve proposée par le Kenya. L'Erythrée a accepté la trêve kényane "
     "dimanche soir.", "fr"),
    ("Ethiopia and Eritrea agreed on Sunday to a truce brokered by Kenya. Ethiopia also agreed on Sunday with Sudan "
     "to reopen a border crossing.", "en"),
])
def test_another_party_agreeing_or_another_deal_stays_apart(run, text, lang):
    found = _actual(run(text, lang), "AGREE")
    assert len(found) == 2, _show(found)


def test_talks_between_two_parties_of_a_multilateral_meeting_are_another_meeting(run):
    text = ("Japan, Australia and India held multilateral talks with the Philippines in Manila on Monday. Japan also "
            "discussed maritime security with Australia in separate talks, officials said.")
    found = _actual(run(text, "en"), "CONSULT")
    assert len(found) == 2, _show(found)


@pytest.mark.parametrize("text,lang", [
    ("Kenya's president met his ministers on Monday. \"Kenya has freed hundreds of political prisoners.\" On Tuesday, "
     "parliament approved the budget. Kenya has freed hundreds of political prisoners.", "en"),
    ("Le président kényan a réuni ses ministres lundi. « Le Kenya a libéré des centaines de prisonniers politiques. » "
     "Mardi, le Parlement a approuvé le budget. Le Kenya a libéré des centaines de prisonniers politiques.", "fr"),
])
def test_a_sentence_told_twice_in_the_same_words_is_one_event(run, text, lang):
    found = _actual(run(text, lang), "RETREAT")
    assert len(found) == 1, _show(found)
    assert len(found[0].mentions) == 2


def test_two_releases_told_in_other_words_on_two_days_stay_two(run):
    text = ("Kenya's president met his ministers on Monday. Kenya freed two hundred political prisoners. On Tuesday, "
            "parliament approved the budget. Kenya freed three hundred political prisoners.")
    found = _actual(run(text, "en"), "RETREAT")
    assert len(found) == 2, _show(found)
