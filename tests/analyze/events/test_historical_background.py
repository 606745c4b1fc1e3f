"""An act its own clause dates years before the article's day is background, not the news: news copy recalls
old expulsions, attacks and deals to explain today's ("Nairobi had expelled two diplomats in 2019"), and the
gold of whole articles leaves such recalls optional. It weighs less (`historical` in the ontology's
confidence): a shaky recall (one side named) falls under the output threshold, a solid one (both sides named)
stays, and the same act dated this week, or "last year", or by a year that only qualifies a noun ("over the 2019
dispute"), is untouched; so is an article dating nothing near its own day, a story of the past. Made-up
sentences, published on 2024-03-14 (events_helpers)."""

from __future__ import annotations

import pytest
from events_helpers import described, event_runner

LEAD = {"en": "Kenya and Somalia signed a border accord on Monday. ",
        "fr": "Le Mali et le Niger ont signé un accord de défense lundi. "}


@pytest.fixture(scope="module")
def default_run(en_nlp, fr_nlp):
    """``run(text, language)`` at the default output threshold."""
    return event_runner({"en": en_nlp, "fr": fr_nlp}, min_confidence=None)


@pytest.mark.parametrize("recall, language", [
    ("Nairobi expelled two diplomats in 2019 over a maritime dispute.", "en"),
    ("Nairobi expelled two diplomats in March 2021 over a maritime dispute.", "en"),
    ("Bamako avait expulsé deux diplomates en 2019.", "fr"),
    ("Bamako a expulsé deux diplomates en juin 2020.", "fr"),
])
def test_a_shaky_act_dated_years_back_is_not_output(default_run, recall, language):
    events = default_run(LEAD[language] + recall, language)
    assert not [e for e in events if e.event == "SANCTION"], described(events)
    assert [e for e in events if e.event == "AGREE"], described(events)  # the news itself stays


@pytest.mark.parametrize("recall, language", [
    ("Nairobi expelled two diplomats on Friday over a maritime dispute.", "en"),
    ("Nairobi expelled two diplomats last year over a maritime dispute.", "en"),
    ("Bamako a expulsé deux diplomates vendredi.", "fr"),
    ("Bamako a expulsé deux diplomates l'année dernière.", "fr"),
    # a year that only qualifies a noun dates that thing, not the act
    ("Nairobi expelled two diplomats over the 2019 maritime dispute.", "en"),
])
def test_the_same_act_dated_this_week_or_last_year_is_output(default_run, recall, language):
    events = default_run(LEAD[language] + recall, language)
    assert [e for e in events if e.event == "SANCTION"], described(events)


def test_a_solid_old_act_stays_with_less_confidence(run):
    old = [e for e in run(LEAD["en"] + "Kenya expelled two Somali diplomats in 2019.", "en") if e.event == "SANCTION"]
    new = [e for e in run(LEAD["en"] + "Kenya expelled two Somali diplomats on Friday.", "en")
           if e.event == "SANCTION"]
    assert old and new, (old, new)
    assert 0.55 <= old[0].confidence < new[0].confidence


def test_a_story_of_the_past_keeps_its_acts(default_run):
    """An article that dates nothing near its own day tells the past as its story (a retrospective): its acts are
    no recall of anything."""
    text = "Kenyan police raided a mosque in Mombasa in March 2019. Nairobi expelled two diplomats in 2019 over a " \
           "maritime dispute."
    events = default_run(text, "en")
    assert [e for e in events if e.event == "SANCTION"], described(events)
