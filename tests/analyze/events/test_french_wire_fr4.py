"""French wire copy, fourth round (issue 11): classes of misses found on a fresh batch of own articles
(tests/gold/realnews_own_fr.jsonl, batch 4), each with made-up sentences written before the rule: names
written without the accent on their capital as French wire copy writes them (« l'Egypte », « l'Equateur »);
« manoeuvre » spelt without the ligature; sanctions suspended or lifted (a concession, not a sanction), a
call or a strike suspended (no sanction); loans approved (AID), aid promised to someone (AGREE to the
dative); a counter-offensive launched; a conviction whose predicate the parser hangs on the convict's name;
a date naming a thing in a noun's « de » complement (« l'élection du 27 décembre ») does not move the narrative."""

from __future__ import annotations

import pytest
from events_helpers import coded_with, event_runner

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def analyze(fr_nlp):
    return event_runner({"fr": fr_nlp})


POSITIVES = [
    # a capital's accent dropped, as wire copy does (« Etats-Unis », « Egypte », « Equateur », « Ethiopie »)
    ("L'Egypte a condamné les frappes israéliennes contre le Liban.", "ACCUSE", "EGY", {"ISR"}),
    ("L'Equateur a expulsé un diplomate colombien.", "SANCTION", "ECU", {"COL"}),
    ("L'Ethiopie a envoyé des troupes en Somalie.", "MOBILIZE", "ETH", {"SOM"}),
    # « manoeuvre » spelt with o and e, as AFP writes it
    ("L'armée chinoise a entamé des manoeuvres militaires près de Taïwan.", "MOBILIZE", "CHN", set()),
    ("La Russie et la Biélorussie ont lancé des manoeuvres conjointes.", "MOBILIZE", "RUS", set()),
    # sanctions suspended, eased, lifted: a concession (CAMEO 081/085), like « lever les sanctions »
    ("Les Etats-Unis ont suspendu les sanctions visant la Syrie.", "CONCEDE", "USA", {"SYR"}),
    ("Le Canada a suspendu l'embargo sur les armes à destination de la Libye.", "CONCEDE", "CAN", {"LBY"}),
    # a loan or a credit approved is given (CAMEO 071); aid promised is a promise (CAMEO 033, AGREE) to the
    # one it is promised to (the dative of « promettre qc à qn »)
    ("La Banque mondiale a approuvé un crédit de 200 millions de dollars au Kenya.", "AID", "WB", {"KEN"}),
    ("Le Japon a promis une aide de 50 millions de dollars aux Philippines.", "AGREE", "JPN", {"PHL"}),
    ("Le Qatar a promis des livraisons de gaz à l'Egypte.", "AGREE", "QAT", {"EGY"}),
    # a counter-offensive launched is an attack
    ("L'armée tchadienne a lancé une contre-offensive contre les rebelles soudanais.", "ASSAULT", "TCD", set()),
    # the convict's name in apposition takes the secondary predicate (« coupable ») from the parser
    ("La cour a reconnu mardi l'ancien ministre tchadien Ali Mahamat coupable de corruption.", "SANCTION", "",
     {"TCD"}),
]


@pytest.mark.parametrize(("text", "event", "source", "targets"), POSITIVES)
def test_fourth_batch_classes_are_coded_with_their_sides(fr_sides, text, event, source, targets):
    found = fr_sides(text)
    assert coded_with(found, event, source, targets), found


@pytest.mark.parametrize(("text", "event"), [
    # a call or a strike suspended is no sanction; aid suspended still is one
    ("Le syndicat a suspendu son appel à la grève.", "SANCTION"),
    ("Les routiers ont suspendu leur mouvement de grève.", "SANCTION"),
    # approving a reform or promising to reform is no aid
    ("Le Parlement a approuvé la réforme des retraites.", "AID"),
    ("Le Japon a promis de réformer sa constitution.", "AID"),
])
def test_fourth_batch_near_misses(fr_sides, text, event):
    assert event not in [ev for ev, _s, _t in fr_sides(text)]


def test_suspended_aid_stays_a_sanction(fr_sides):
    assert "SANCTION" in [ev for ev, _s, _t in fr_sides("Le Canada a suspendu son aide au Mali.")]


def test_a_date_naming_a_thing_does_not_move_the_narrative(analyze):
    text = ("Les violences qui ont suivi l'élection présidentielle du 27 décembre ont fait des centaines de morts.\n"
            "Washington a condamné les violences commises par la police.")
    found = [e for e in analyze(text, "fr") if e.event == "ACCUSE"]
    assert found and all(e.date == "2024-03-14" for e in found), [(e.event, e.date) for e in found]


@pytest.mark.parametrize("background", [
    "La commission électorale malienne avait annoncé lundi la victoire de l'opposition.",
    "Le chef rebelle avait été arrêté lundi par l'armée malienne.",
])
def test_a_pluperfect_day_does_not_move_the_narrative(analyze, background):
    # the plus-que-parfait tells what happened before the day being told: its day is its own, and the next
    # undated sentence stays on the story's day (published Thursday 2024-03-14)
    text = "Le calme est revenu à Bamako.\n" + background + "\nLa France a appelé le Mali au calme."
    found = [e for e in analyze(text, "fr") if e.event == "REQUEST"]
    assert found and all(e.date == "2024-03-14" for e in found), [(e.event, e.date) for e in found]


def test_a_pluperfect_event_keeps_its_own_day(analyze):
    found = [e for e in analyze("Le chef rebelle avait été arrêté lundi par l'armée malienne.", "fr")
             if e.event == "COERCE"]
    assert found and found[0].date == "2024-03-11", [(e.event, e.date) for e in found]


def test_a_bailout_approved_is_aid(analyze):
    found = [(e.event, {r.code for r in e.recipient}) for e in analyze(
        "Le FMI a approuvé dimanche un plan de sauvetage de 30 milliards d'euros pour la Grèce.", "fr")]
    assert ("AID", {"GRC"}) in found, found
