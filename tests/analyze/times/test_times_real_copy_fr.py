"""Classes of time expressions that real French news copy showed (issue 12, the WMT14 batch of the own TimeML set,
``tests/gold/timex_wmt_fr.jsonl``), each from the French TimeML guidelines (Bittar) and, where the category exists
in English, from the TimeML 1.2.1 guidelines; the sentences are made up, written before the rules. Published
Thursday 17 October 2024 (``PUB``).

- « à la veille de », « au lendemain de » followed by the event they count from (« à la veille du vote »): the
  expression is the day of its own clause (Bittar: anchored on the event named), the day its sentence names
  (« Mardi, la ministre a démissionné à la veille du vote » : mardi), not a day before or after it.
- The narrative's day (TempEval's reference time) named inside a clause reported by a verb of saying, whose
  predicate is an adjective with its copula (« un habitant a indiqué que la situation était calme depuis ce
  matin »): that day belongs to the reported clause, not to the saying, and « la veille » counts from it.
- A clock time after « peu après » (« peu après 10 heures »): a time of day, as after « avant » or « à », not a
  duration.
- « aujourd'hui » set off by a comma but told against « hier » or « demain » in its own sentence or the next or
  previous one (« Hier, nous avons pris la colline. Aujourd'hui, ... »): the day, not PRESENT_REF (Bittar: the
  day when it contrasts with the days around it); the same in English ("Yesterday ... Today, ...").
- « Le premier, ... », a pronoun heading its sentence, is no day of the month (« Le 15, ... » is).
"""

from __future__ import annotations

import pytest
from times_helpers import found

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Mardi, la ministre a démissionné à la veille du vote de confiance.", "la veille", "2024-10-15"),
    ("Le syndicat a appelé mercredi à la grève au lendemain de l'annonce du plan social.", "lendemain",
     "2024-10-16"),
    ("Au lendemain des élections, lundi, les partis ont entamé des négociations.", "lendemain", "2024-10-14"),
    ("Les députés ont voté samedi, à la veille de l'ouverture du sommet.", "la veille", "2024-10-12"),
])
def test_eve_and_morrow_of_an_event_are_the_day_of_their_clause(comps, text, span, value):
    assert found(comps, "fr", text).get(span) == value


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Le maire est parti en vacances lundi. Le lendemain, la mairie a fermé.", "Le lendemain", "2024-10-15"),
    ("Le ministre est arrivé dimanche. La veille, il avait rencontré le roi.", "La veille", "2024-10-12"),
])
def test_eve_and_morrow_without_an_event_still_count_from_the_narrative(comps, text, span, value):
    assert found(comps, "fr", text).get(span) == value


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Samedi, les combats ont repris. Le maire a expliqué que la ville était calme depuis dimanche soir. "
     "Deux blessés ont été évacués la veille.", "la veille", "2024-10-12"),
    ("Lundi, l'usine a fermé. Un ouvrier a assuré que le site était vide depuis mardi. "
     "La police est venue le lendemain.", "le lendemain", "2024-10-16"),
    ("Un témoin a affirmé que le quartier était désert mercredi matin. Des tirs avaient éclaté la veille.",
     "la veille", "2024-10-15"),
    ("Lundi, des pluies ont touché la ville. Un habitant a indiqué que la route était coupée depuis mardi. "
     "Les secours sont arrivés le lendemain.", "le lendemain", "2024-10-16"),
])
def test_a_day_of_a_reported_clause_is_the_narratives(comps, text, span, value):
    assert found(comps, "fr", text).get(span) == value


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Les pompiers sont arrivés peu après 10 heures.", "10 heures", "2024-10-17T10:00"),
    ("La séance a été levée peu après 23 heures mardi.", "23 heures mardi", "2024-10-15T23:00"),
    ("Le train est reparti peu après 8 heures, a indiqué la SNCF.", "8 heures", "2024-10-17T08:00"),
])
def test_a_clock_time_after_peu_apres(comps, text, span, value):
    assert found(comps, "fr", text).get(span) == value


def test_hours_after_apres_with_a_noun_stay_a_duration(comps):
    assert found(comps, "fr", "Il a été libéré après 48 heures de garde à vue.").get("48 heures", "").startswith("P")


@pytest.mark.parametrize(("lang", "text", "span", "value"), [
    ("fr", "Hier, nous avons pris la colline. Aujourd'hui, nous attaquerons le port.", "Aujourd'hui", "2024-10-17"),
    ("fr", "Aujourd'hui, les négociations reprennent. Demain, les ministres se réuniront.", "Aujourd'hui",
     "2024-10-17"),
    ("fr", "Hier soir, le maire a démissionné et aujourd'hui, son adjoint assure l'intérim.", "aujourd'hui",
     "2024-10-17"),
    ("en", "Yesterday we took the hill. Today, the town should fall.", "Today", "2024-10-17"),
    ("en", "Today, talks resume in Geneva. Tomorrow, the ministers meet.", "Today", "2024-10-17"),
])
def test_today_told_against_yesterday_or_tomorrow_is_the_day(comps, lang, text, span, value):
    assert found(comps, lang, text).get(span) == value


@pytest.mark.parametrize(("lang", "text", "span"), [
    ("fr", "Aujourd'hui, les jeunes lisent moins qu'autrefois.", "Aujourd'hui"),
    ("en", "Today, young people watch less television.", "Today"),
])
def test_today_set_off_alone_stays_the_present(comps, lang, text, span):
    assert found(comps, lang, text).get(span) == "PRESENT_REF"


@pytest.mark.parametrize("text", [
    "Deux candidats restent en lice. Le premier, c'est le maire sortant.",
    "Il a fixé deux objectifs. Le premier, la baisse du chômage, reste loin.",
    "Trois pistes sont à l'étude. Le premier, dit-on, serait retenu.",
])
def test_le_premier_as_a_pronoun_is_no_day(comps, text):
    assert "Le premier" not in found(comps, "fr", text)


def test_a_day_of_the_month_heading_its_sentence_still_is_one(comps):
    assert found(comps, "fr", "Les troupes sont entrées en ville le 3 mars 2024. Le 15, elles étaient à Lyon.").get(
        "Le 15") == "2024-03-15"


def test_the_eve_of_an_event_in_english_is_the_day_of_its_clause(comps):
    text = "On Monday, on the eve of the vote, the minister resigned."
    assert found(comps, "en", text).get("the eve") == "2024-10-14"
