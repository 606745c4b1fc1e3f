"""Words thrown at someone: "lashed out at", "hit out at" (PETRARCH2 "LASH - * OUT" [111], criticism). The
import keeps the dictionary's particle as an object, which the parser never makes it, and reading every such row
as a particle cost more than it gave (WordNet's synonyms of "put", "set", "keep" with "up" or "down": "set up
roadblocks", "kept up strikes" coded as accusations and deployments): the hand lexicon names the two phrasal verbs.
Sentences written before the entries."""

from __future__ import annotations

import pytest
from events_helpers import codes

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "event", "sides"), [
    ("The Chinese foreign ministry lashed out at Japan on Tuesday.", "ACCUSE", ({"CHN"}, {"JPN"})),
    ("Venezuela's president hit out at the United States on Tuesday.", "ACCUSE", ({"VEN"}, {"USA"})),
])
def test_words_thrown_at_someone_are_criticism(run, text, event, sides):
    found = [(codes(e.actor), codes(e.recipient)) for e in run(text, "en") if e.event == event]
    assert sides in found, found


@pytest.mark.parametrize("text", [
    "Russian missiles hit Kyiv on Tuesday.",  # the other senses stay
    "The storm hit the coast of Mozambique on Tuesday.",
])
def test_hit_without_out_is_no_criticism(run, text):
    assert not [e for e in run(text, "en") if e.event == "ACCUSE"]
