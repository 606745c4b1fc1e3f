"""Words of conquest, reprisal and crowds (issue 11, classes 1 and 4). Texts written for these tests, before the
lexicon entries: taking control of a town is conquest by arms, of a company a takeover; hitting back with a measure
is a sanction, else force; a missile fired at no named target is a show of force (as "test-fired"); soldiers or
fans who parade do not protest; "thousands" as a subject are people, and "the streets of Paris" are a place."""

from __future__ import annotations

import pytest
from events_helpers import codes, event_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,lang,event,source,target", [
    ("M23 rebels took control of the city of Goma.", "en", "ASSAULT", {"COD"}, {"COD"}),
    ("Les rebelles du M23 ont pris le contrôle de la ville de Goma.", "fr", "ASSAULT", {"COD"}, {"COD"}),
    ("China retaliated with tariffs on American soybeans.", "en", "SANCTION", {"CHN"}, {"USA"}),
    ("Israel retaliated against Hezbollah.", "en", "ASSAULT", {"ISR"}, {"LBN"}),
    ("The Kremlin dismissed the allegations as baseless.", "en", "REJECT", {"RUS"}, set()),
    ("Thousands marched through the streets of Paris against the pension reform.", "en", "PROTEST", {"FRA"},
     {"FRA"}),
    ("Des milliers de personnes ont défilé dans les rues de Paris contre la réforme des retraites.", "fr",
     "PROTEST", {"FRA"}, {"FRA"}),
])
def test_the_event_and_its_sides(run, text, lang, event, source, target):
    found = event_of(run(text, lang), event)
    assert codes(found.actor) == source and codes(found.recipient) == target


@pytest.mark.parametrize("text,lang,event", [
    ("Vivendi took control of the company in 2019.", "en", "ASSAULT"),
    ("Le groupe a pris le contrôle de la société en 2019.", "fr", "ASSAULT"),
    ("Des milliers de supporters ont défilé jusqu'au stade de Marseille.", "fr", "PROTEST"),
    ("Thousands of fans marched to the stadium in Madrid.", "en", "PROTEST"),
])
def test_no_conquest_nor_protest(run, text, lang, event):
    assert event not in [e.event for e in run(text, lang)]


def test_a_missile_fired_at_no_target_is_a_show_of_force(run):
    events = run("La Corée du Nord a tiré un missile balistique lundi.", "fr")
    assert codes(event_of(events, "MOBILIZE").actor) == {"PRK"}
    assert "ASSAULT" not in [e.event for e in events]


@pytest.mark.parametrize("text,lang", [
    ("Three Syrian soldiers were killed in an Israeli missile strike near Damascus.", "en"),
    ("Trois soldats syriens ont été tués dans une frappe israélienne près de Damas.", "fr"),
])
def test_the_agent_of_the_strike_is_the_attacker_not_the_scene(run, text, lang):
    found = event_of(run(text, lang), "ASSAULT")
    assert codes(found.actor) == {"ISR"} and codes(found.recipient) == {"SYR"}


def test_a_strike_with_no_weapon_is_no_attack(run):
    assert "ASSAULT" not in [e.event for e in run("The strike paralysed rail traffic in Paris on Monday.", "en")]


@pytest.mark.parametrize("text,lang,event,source,target", [
    ("The United States passed a bill on Thursday imposing sanctions on Chinese officials.", "en", "SANCTION",
     {"USA"}, {"CHN"}),
    ("Le gouvernement malien a signé un décret interdisant les activités des partis politiques au Mali.", "fr",
     "COERCE", {"MLI"}, {"MLI"}),
    ("Japan protested to China over the incursion.", "en", "ACCUSE", {"JPN"}, {"CHN"}),
])
def test_who_adopts_a_text_does_what_it_says_and_a_protest_to_a_state_is_a_complaint(run, text, lang, event,
                                                                                     source, target):
    found = event_of(run(text, lang), event)
    assert codes(found.actor) == source and codes(found.recipient) == target


def test_an_institution_after_a_title_is_no_person(run):
    events = run("The Justice Department indicted three Russian hackers.", "en")
    assert not [e for e in events if "RUS" in codes(e.actor)]
