"""French real copy, argument classes (issue 11): sides a parser puts out of the event's reach, each with made-up
sentences written before the rule, in both languages where the class exists.

- An event noun as the passive subject of a verb of claiming or carrying it out (« le rapt a été revendiqué par
  X », "the kidnapping was claimed by X"; `authoring_verbs`): the agent phrase names the event's source; a verb
  that only reacts to the event (« condamné par la France ») or a thing claimed (« le colis ») gives none.
- A trip taken with a light verb (« a effectué un déplacement en Chine », « a entrepris une tournée », « a fait un
  voyage »; `light_verbs`): the verb's subject is the traveller the trip noun asks for, and the place its host; a
  thing or a crowd moved (« les troupes ont effectué un déplacement ») stays none.
- A request for what the addressee owes (« exiger des excuses du Japon », `owed_nouns`): the « de » complement of
  the object noun is who is asked, whom the request is made to.
"""

from __future__ import annotations

import pytest
from events_helpers import coded_with, typed_sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "lang", "source", "target", "event"), [
    # claimed or carried out
    ("Le rapt de trois soldats israéliens a été revendiqué samedi par le Hamas.", "fr", "PSE", "ISR", "ASSAULT"),
    ("L'attentat contre l'ambassade d'Israël à Buenos Aires a été revendiqué par le Hezbollah.", "fr", "LBN", "ISR",
     "ASSAULT"),
    ("L'enlèvement de deux ingénieurs chinois a été orchestré par les talibans.", "fr", "AFG", "CHN", "ASSAULT"),
    ("The kidnapping of three Israeli soldiers was claimed by Hamas on Sunday.", "en", "PSE", "ISR", "ASSAULT"),
    ("The bombing of the Israeli embassy was masterminded by Hezbollah.", "en", "LBN", "ISR", "ASSAULT"),
    # a request for what the addressee owes
    ("La Chine a exigé des excuses du Japon.", "fr", "CHN", "JPN", "REQUEST"),
    ("Ankara exige des excuses officielles d'Israël après l'assaut.", "fr", "TUR", "ISR", "REQUEST"),
    ("Le gouvernement algérien a exigé des explications de la France.", "fr", "DZA", "FRA", "REQUEST"),
    ("Moscou a exigé des garanties écrites des Etats-Unis.", "fr", "RUS", "USA", "REQUEST"),
    ("China demanded an apology from Japan.", "en", "CHN", "JPN", "REQUEST"),
    ("Turkey has demanded a formal apology from Israel.", "en", "TUR", "ISR", "REQUEST"),
])
def test_the_side_a_claim_or_an_owed_thing_names(run, text, lang, source, target, event):
    found = typed_sides(run(text, lang))
    assert coded_with(found, event, source, {target}), found


@pytest.mark.parametrize(("text", "lang", "reactor"), [
    ("L'attentat contre l'ambassade d'Israël a été condamné par la France.", "fr", "FRA"),
    ("L'attaque contre la base a été filmée par un journaliste britannique.", "fr", "GBR"),
    ("The attack on the Israeli embassy was reported by British television.", "en", "GBR"),
])
def test_a_passive_that_only_reacts_to_an_event_names_no_agent_of_it(run, text, lang, reactor):
    events = run(text, lang)
    assert not any(e.event == "ASSAULT" and reactor in {a.code for a in e.actor} for e in events), events


def test_a_thing_claimed_is_no_event(run):
    assert not run("Le colis a été revendiqué par son propriétaire.", "fr")


def test_an_apology_accepted_is_no_request(run):
    found = typed_sides(run("La Chine a accepté mardi les excuses du Japon.", "fr"), ("actual", "future", "negated"))
    assert not any(ev == "REQUEST" for ev, _s, _t in found), found


@pytest.mark.parametrize(("text", "traveller", "host"), [
    ("Le Premier ministre japonais a effectué un déplacement officiel en Chine.", "JPN", "CHN"),
    ("Le ministre français des Affaires étrangères a fait un voyage en Algérie la semaine dernière.", "FRA", "DZA"),
    ("Le président russe a entrepris lundi une tournée en Egypte.", "RUS", "EGY"),
    ("Vladimir Poutine a effectué un séjour de trois jours en Inde.", "RUS", "IND"),
])
def test_a_trip_taken_with_a_light_verb_is_its_subjects_visit(run, text, traveller, host):
    found = typed_sides(run(text, "fr"))
    assert coded_with(found, "CONSULT", traveller, {host}), found


@pytest.mark.parametrize("text", [
    "Les troupes russes ont effectué un déplacement vers la frontière de l'Ukraine.",
    "Des milliers de réfugiés syriens ont fait le voyage jusqu'en Turquie.",
    "Le chanteur français a entrepris une tournée en Algérie.",
])
def test_a_trip_of_troops_refugees_or_a_singer_is_no_visit(run, text):
    assert not any(e.event == "CONSULT" for e in run(text, "fr")), run(text, "fr")
