"""Classes of the second batch of French real copy (issue 11): the 40 FR-TimeBank articles added to
``tests/gold/realnews_timebank.jsonl``, most of them local news (accidents, rescues, fêtes) that test false
positives. Firefighters, rescuers and emergency doctors who rescue the victim of an accident or a fall do their
trade, no political actor gives aid (PLOVER AID is aid one side gives another: a state, an agency, an NGO); being
brought before a prosecutor or a judge (« déféré au parquet », « déféré devant le juge d'instruction ») is the
judicial step after police custody, an investigation of the suspect (CAMEO 09, PLOVER ACCUSE), while « déférer à
une demande » (to comply) is none; a person sentenced by one state's court whom no actor codes (« un militant
kurde a été condamné par un tribunal turc ») is of the court's country, not of the country a digest of foreign
news named before (an international court's convict is not its own). Sentences written before the rules, none
taken from the articles."""

from __future__ import annotations

import pytest
from events_helpers import codes, described

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Les pompiers de Paris ont secouru une septuagénaire tombée dans sa cuisine.",
    "Les secouristes ont secouru un cycliste renversé par une voiture à Strasbourg.",
    "Les sapeurs-pompiers ont secouru trois ouvriers blessés dans l'explosion d'une chaudière à Nantes.",
    "Le Samu a secouru un ouvrier tombé d'un échafaudage à Metz.",
    "Une fillette a été secourue par les pompiers après une chute dans la Moselle à Metz.",
])
def test_an_emergency_rescue_is_no_aid(run, text):
    events = [e for e in run(text, "fr") if e.event == "AID"]
    assert not events, described(events)


@pytest.mark.parametrize("text, target", [
    ("La France a secouru les sinistrés d'Haïti en envoyant des vivres et des médicaments.", "HTI"),
    ("Le Programme alimentaire mondial a secouru des milliers de réfugiés soudanais au Tchad.", "SDN"),
])
def test_aid_to_another_side_is_still_aid(run, text, target):
    events = [e for e in run(text, "fr") if e.event == "AID"]
    assert any(target in codes(e.recipient) for e in events), described(run(text, "fr"))


@pytest.mark.parametrize("text", [
    "L'ancien ministre de la Santé a été déféré au parquet de Paris mercredi soir.",
    "Le chauffeur du camion, un Belge, sera déféré devant un juge d'instruction de Nanterre.",
    "Après quarante-huit heures de garde à vue, le maire de Toulon a été déféré devant le procureur de la République.",
])
def test_being_brought_before_a_prosecutor_is_an_investigation(run, text):
    events = run(text, "fr")
    assert any(e.event == "ACCUSE" and e.mode == "investigate" for e in events), described(events)


@pytest.mark.parametrize("text", [
    "Le gouvernement italien a déféré à la demande de l'opposition et reporté le vote.",
    "Le ministre a déféré aux souhaits des syndicats sur le calendrier.",
])
def test_deferring_to_a_wish_is_no_investigation(run, text):
    events = [e for e in run(text, "fr") if e.event == "ACCUSE"]
    assert not events, described(events)


@pytest.mark.parametrize("text, court", [
    ("Le président tchèque a été hospitalisé à Prague. Un militant séparatiste kurde a été condamné à mort hier "
     "par un tribunal turc.", "TUR"),
    ("Le Premier ministre britannique a quitté Belfast. Un chef rebelle tamoul a été condamné à la prison à vie "
     "par un tribunal sri-lankais.", "LKA"),
    ("Le chancelier autrichien a démissionné hier à Vienne. Condamné hier à quinze ans de camp par un tribunal "
     "russe, un militant tchétchène a fait appel.", "RUS"),
])
def test_a_court_convicts_a_person_of_no_named_country_at_home(run, text, court):
    # the article tells of several countries: no home country fills the convicted one's, the court's does (an
    # active verb whose object no actor names, « un tribunal russe a condamné un militant tchétchène », is left
    # to the home: « a condamné la peine infligée à un opposant » has an object and convicts nobody)
    events = [e for e in run(text, "fr") if e.event == "SANCTION"]
    assert events, described(run(text, "fr"))
    assert all(codes(e.recipient) == {court} for e in events), described(events)


def test_an_international_court_does_not_make_its_convict_its_own(run):
    text = ("Le président tchèque a été hospitalisé à Prague. Un ancien chef de milice a été condamné hier à "
            "quinze ans de prison par la Cour pénale internationale.")
    events = [e for e in run(text, "fr") if e.event == "SANCTION"]
    assert all("ICC" not in codes(e.recipient) for e in events), described(events)
