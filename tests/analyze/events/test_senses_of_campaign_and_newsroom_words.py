"""Words of political campaigns and of the newsroom that look like events and are not: a candidate's rally
is no protest, an attack in a debate is criticism (ACCUSE), calling someone a name is no request, a speech
delivered or an assessment offered is no aid or agreement, a document released frees nobody, agreeing with
someone's view is no agreement, a direct question asserts nothing, and "asked not to be named" or "declined
to confirm or deny" is a newsroom formula with nothing inside it. Each reading is checked against the
political sense of the same word, which stays. An attack whose agent the text does not name is coded as
PLOVER's gold codes it: by the country where it struck, as an unidentified armed force. Sentences written for
these rules, not taken from any set."""

from __future__ import annotations

import pytest
from events_helpers import codes

pytestmark = pytest.mark.model


def types(events) -> list[str]:
    return [e.event for e in events]


@pytest.mark.parametrize(("text", "language", "event"), [
    ("The French president held a campaign rally in Lyon on Saturday.", "en", "PROTEST"),
    ("The Polish president thanked the crowd at his victory rally in Krakow.", "en", "PROTEST"),
    ("The Brazilian candidate rallied his supporters in Recife on Monday.", "en", "PROTEST"),
    ("Asian stocks rallied on Tuesday after the Japanese central bank cut rates.", "en", "PROTEST"),
    ("The Brazilian governor attacked his rival for his record on taxes.", "en", "ASSAULT"),
    ("The French senator attacked the president in a speech in Lyon on Monday.", "en", "ASSAULT"),
    ("The former Brazilian president called his rival a loser on Twitter.", "en", "REQUEST"),
    ("On Twitter, the former Brazilian president called the senator dishonest.", "en", "REQUEST"),
    ("The French senator delivered his campaign speech in Lyon on Monday.", "en", "AID"),
    ("The French senator offered his assessment of the race on Monday.", "en", "AGREE"),
    ("The Brazilian campaign released the senator's tax returns on Friday.", "en", "RETREAT"),
    ("The Brazilian ministry released the transcripts of the hearing on Friday.", "en", "RETREAT"),
    ("Most French voters agreed with the president on Sunday, the poll found.", "en", "AGREE"),
    ("The French senator sent an email to his donors on Monday.", "en", "AID"),
    ("The senator said that the plan conflicted with the Canadian treaty.", "en", "ASSAULT"),
    ("The French senator's speech was cut short by the protesters.", "en", "SANCTION"),
    ("Le président brésilien a livré lundi son analyse de la crise aux Argentins.", "fr", "AID"),
    ("Le Premier ministre hongrois a attaqué la Commission européenne dans un discours lundi.", "fr", "ASSAULT"),
    ("Attaqué par les députés à l'Assemblée nationale, le ministre français a défendu sa réforme.", "fr", "ASSAULT"),
])
def test_a_word_of_campaign_or_newsroom_talk_is_not_its_political_namesake(run, text, language, event):
    assert event not in types(run(text, language))


@pytest.mark.parametrize(("text", "event"), [
    ("Thousands of Egyptians rallied in Cairo against the military on Friday.", "PROTEST"),
    ("The opposition held a rally against the government in Minsk on Sunday.", "PROTEST"),
    ("Taliban gunmen attacked a police checkpoint in Kandahar on Monday.", "ASSAULT"),
    ("Iran called on the United States to lift the sanctions.", "REQUEST"),
    ("Russia called for an end to the fighting in Syria.", "REQUEST"),
    ("Japan delivered fuel and food to Ukraine on Monday.", "AID"),
    ("Hamas released two Israeli hostages on Friday.", "RETREAT"),
    ("Serbia agreed with Kosovo on a new border regime on Monday.", "AGREE"),
])
def test_the_political_sense_of_the_same_word_stays(run, text, event):
    assert event in types(run(text, "en"))


def test_a_verbal_attack_is_criticism(run):
    ev = run("The Hungarian prime minister attacked the European Commission for its migration policy.", "en")
    assert "ACCUSE" in types(ev)
    assert "ASSAULT" not in types(ev)


@pytest.mark.parametrize(("text", "language"), [
    ("A Kenyan police officer, who asked not to be named, said the talks had failed.", "en"),
    ("The Pakistani army declined to confirm or deny reports of the raid.", "en"),
    ("L'armée pakistanaise a refusé de confirmer ou de démentir l'information sur le raid.", "fr"),
    ("Un policier kényan, qui a demandé à ne pas être nommé, a confirmé l'arrestation de deux suspects.", "fr"),
])
def test_a_newsroom_formula_holds_no_event(run, text, language):
    assert [e for e in run(text, language) if e.event in ("REQUEST", "REJECT", "ASSAULT")] == []


@pytest.mark.parametrize(("text", "language"), [
    ("The Iraqi prime minister conceded that his government had made mistakes.", "en"),
    ("Le Premier ministre irakien a concédé que son gouvernement avait commis des erreurs.", "fr"),
])
def test_conceding_that_something_is_true_is_no_concession(run, text, language):
    assert "CONCEDE" not in types(run(text, language))


def test_conceding_defeat_is_a_concession(run):
    assert "CONCEDE" in types(run("The Ivorian president conceded defeat to his rival on Sunday.", "en"))


@pytest.mark.parametrize(("text", "language"), [
    ("Siemens received German antitrust clearance for the deal on Monday.", "en"),
    ("The German chancellor received a letter from the Turkish president.", "en"),
    ("La chancelière allemande a reçu une lettre du président turc.", "fr"),
])
def test_receiving_a_thing_is_no_visit(run, text, language):
    assert "CONSULT" not in types(run(text, language))


@pytest.mark.parametrize(("text", "language"), [
    ("The German chancellor received the Turkish prime minister in Berlin on Monday.", "en"),
    ("La chancelière allemande a reçu lundi le Premier ministre turc à Berlin.", "fr"),
])
def test_receiving_a_visitor_is_a_visit(run, text, language):
    assert "CONSULT" in types(run(text, language))


@pytest.mark.parametrize(("text", "language"), [
    ("Will Germany send tanks to Ukraine?", "en"),
    ("Le Japon va-t-il envoyer des véhicules en Ukraine ?", "fr"),
])
def test_a_direct_question_asserts_no_event(run, text, language):
    assert "AID" not in types(run(text, language))


def test_an_attacker_the_text_does_not_name_is_the_country_where_it_struck(run):
    # PLOVER's gold codes him as an unidentified armed force of that country, not the victims' country
    ev = [e for e in run("A roadside bomb near Kandahar killed two American soldiers on Monday.", "en")
          if e.event == "ASSAULT"]
    assert ev and codes(ev[0].actor) == {"AFG"} and codes(ev[0].recipient) == {"USA"}
    assert ev[0].actor[0].sector == ["UAF"]


def test_an_arrest_by_no_one_named_is_still_the_home_authorities(run):
    ev = [e for e in run("Five Egyptian journalists were arrested in Cairo on Monday.", "en") if e.event == "COERCE"]
    assert ev and codes(ev[0].actor) == {"EGY"}


@pytest.mark.parametrize(("text", "language"), [
    ("Donald Trump attacked Senator John McCain on Saturday.", "en"),
    ("Former Mexican president Vicente Fox fired back at Donald Trump over the proposal.", "en"),
    ("Le président Nicolas Sarkozy a attaqué François Hollande samedi.", "fr"),
])
def test_public_figures_attack_each_other_with_words(run, text, language):
    events = types(run(text, language))
    assert "ACCUSE" in events and "ASSAULT" not in events


@pytest.mark.parametrize(("text", "language"), [
    ("President Putin attacked Ukraine in February.", "en"),
    ("Taliban commander Mullah Omar attacked the Afghan president.", "en"),
    ("Anders Breivik attacked the Norwegian youth camp on Utoya.", "en"),
])
def test_an_attack_by_an_armed_man_or_on_a_country_or_place_stays_an_assault(run, text, language):
    assert "ASSAULT" in types(run(text, language))
