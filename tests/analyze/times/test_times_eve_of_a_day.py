"""An anaphoric day linked to a day the text names (« la veille de Noël », « au lendemain du 1er mai », "on the
eve of the March 3 vote") counts from that day: the eve is the day before it, the morrow the day after, not the
named day itself. Sentences made up for the rule before it was written; published on Wednesday 13 March 2019."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from times_helpers import found

PUB = date(2019, 3, 13)

CASES = [
    ("fr", "La veille de Noël, les magasins ferment plus tôt.", "La veille", "Noël", -1),
    ("fr", "Le lendemain de Noël, les soldes ont commencé.", "Le lendemain", "Noël", 1),
    ("fr", "La veille du 14 juillet, un feu d'artifice a été tiré sur le port.", "La veille", "14 juillet", -1),
    ("fr", "Au lendemain du 1er mai, les syndicats se sont réunis.", "lendemain", "1er mai", 1),
    ("fr", "Le surlendemain de la Toussaint, la neige est tombée.", "Le surlendemain", "la Toussaint", 2),
    ("en", "On the eve of the March 3 vote, the candidate held a rally.", "the eve", "March 3", -1),
    ("en", "Riots broke out on the eve of the May 1 rally.", "the eve", "May 1", -1),
]


@pytest.mark.parametrize(("lang", "text", "anaphor", "day", "offset"), CASES)
def test_an_anaphoric_day_counts_from_the_day_it_is_linked_to(comps, lang, text, anaphor, day, offset):
    times = found(comps, lang, text, PUB)
    named = date.fromisoformat(times[day])
    assert times[anaphor] == (named + timedelta(days=offset)).isoformat()


def test_an_event_noun_after_the_link_still_places_the_anaphor_by_its_clause(comps):
    """« Mardi, la ministre a démissionné à la veille du vote »: the eve is Tuesday, the day its clause names."""
    times = found(comps, "fr", "Mardi, la ministre a démissionné à la veille du vote.", PUB)
    assert times["la veille"] == "2019-03-12"
