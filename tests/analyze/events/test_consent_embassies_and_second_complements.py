"""Issue 11, classes 1 to 5, on texts written for these tests before the rules: giving one's consent is agreeing;
dispersing students is crowd control; the parser's second complement hung on the object still fixes the sense
(« appeler les autorités à la retenue »); a protest outside a country's embassy is addressed to that country; a
sentence's only verb is no reduced passive; a time in a subordinate clause with a finite auxiliary dates that
clause."""

from __future__ import annotations

import pytest
from events_helpers import PUBLISHED, codes, event_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,lang", [
    ("Bagdad a donné hier son feu vert au renouvellement du programme de l'ONU.", "fr"),
    ("Iraq gave its approval to the renewal of the UN programme.", "en"),
])
def test_giving_one_s_consent_is_agreeing(run, text, lang):
    found = event_of(run(text, lang), "AGREE")
    assert codes(found.actor) == {"IRQ"} and "AID" not in [e.event for e in run(text, lang)]


@pytest.mark.parametrize("text,lang", [
    ("La police indonésienne a dispersé plusieurs milliers d'étudiants à Djakarta.", "fr"),
    ("Indonesian police dispersed thousands of students in Jakarta.", "en"),
])
def test_dispersing_students_is_crowd_control(run, text, lang):
    assert event_of(run(text, lang), "ASSAULT").mode == "crowd-control"


def test_a_second_complement_hung_on_the_object_fixes_the_sense(run):
    found = event_of(run("Washington a appelé les autorités indonésiennes à la retenue.", "fr"), "REQUEST")
    assert codes(found.actor) == {"USA"} and codes(found.recipient) == {"IDN"}


@pytest.mark.parametrize("text,lang", [
    ("Des milliers de Chinois ont manifesté samedi devant l'ambassade des États-Unis à Pékin.", "fr"),
    ("Thousands of Chinese protested outside the U.S. embassy in Beijing on Saturday.", "en"),
])
def test_a_protest_outside_an_embassy_is_addressed_to_its_country(run, text, lang):
    found = event_of(run(text, lang), "PROTEST")
    assert codes(found.actor) == {"CHN"} and codes(found.recipient) == {"USA"}


def test_a_protest_outside_one_s_own_embassy_is_still_domestic(run):
    found = event_of(run("Thousands of Chinese protested outside the Chinese embassy in Beijing.", "en"), "PROTEST")
    assert codes(found.recipient) == {"CHN"}


def test_a_time_in_a_subordinate_clause_with_a_finite_auxiliary_dates_that_clause(run):
    text = ("La Russie a demandé à l'OTAN l'arrêt des bombardements, tandis que son émissaire est attendu jeudi à "
            "Belgrade.")
    assert event_of(run(text, "fr"), "REQUEST").date == PUBLISHED.isoformat()
