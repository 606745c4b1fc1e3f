"""Argument rules of the events stage on real parses (issue 5): datives, themes, circumstances, venues,
conditional promises and the place-country fallback."""

from __future__ import annotations

import pytest
from events_helpers import codes, event_runner

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def analyze(fr_nlp, en_nlp):
    run = event_runner({"fr": fr_nlp, "en": en_nlp}, min_confidence=None)
    return lambda text, language="fr": run(text, language)


def _one(events, event_type):
    found = [e for e in events if e.event == event_type]
    assert found, [(e.event, [r.code for r in e.actor]) for e in events]
    return found[0]


def test_article_dative_country_is_the_recipient_not_the_setting(analyze):
    ev = _one(analyze("L'Union européenne promet à la Moldavie une aide lors du sommet de Bruxelles."), "AGREE")
    assert codes(ev.recipient) == {"MDA"}
    assert "BEL" not in codes(ev.actor) | codes(ev.recipient)


def test_no_recipient_from_the_place_for_a_promise(analyze):
    ev = _one(analyze("Le Canada a promis une aide supplémentaire lors d'une réunion à Varsovie."), "AGREE")
    assert "POL" not in codes(ev.recipient)


def test_object_actors_are_the_theme_when_a_dative_names_the_recipient(analyze):
    text = ("Les ministres de l'Union européenne ont décidé d'accorder à la Moldavie un prêt de cinq milliards "
            "d'euros garanti par les revenus des avoirs russes gelés.")
    ev = _one(analyze(text), "AID")
    assert codes(ev.recipient) == {"MDA"}


def test_conditional_under_announce_is_a_promise(analyze):
    ev = _one(analyze("Le ministre a annoncé que l'Espagne fournirait au Maroc de nouveaux équipements."), "AGREE")
    assert ev.status == "future"
    assert codes(ev.actor) == {"ESP"}


def test_around_place_in_a_modifier_is_not_the_source(analyze):
    events = analyze("La marine russe a mené des exercices militaires de grande ampleur autour de la Norvège.")
    ev = _one(events, "MOBILIZE")
    assert codes(ev.actor) == {"RUS"}


def test_participle_setting_is_not_part_of_the_subject(analyze):
    events = analyze("Les ministres de l'OTAN, réunis lundi à Rome, en Italie, ont convenu de renforcer la défense.")
    ev = _one(events, "AGREE")
    assert "ITA" not in codes(ev.actor)


def test_venue_of_a_summit_is_no_participant(analyze):
    events = analyze("Le Brésil et l'Argentine ont signé un accord lors de la conférence de Genève.")
    assert all("CHE" not in codes(e.actor) | codes(e.recipient) for e in events)


def test_reflexive_accorder_is_agreement(analyze):
    ev = _one(analyze("Les Vingt-Sept s'accordent sur un prêt à la Moldavie."), "AGREE")
    assert ev.event == "AGREE"


def test_near_the_coast_of_country_is_the_target(analyze):
    ev = _one(analyze("China deployed destroyers near the coast of Japan.", "en"), "MOBILIZE")
    assert codes(ev.recipient) == {"JPN"}
