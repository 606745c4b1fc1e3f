"""A decade or century counted back from now with its determiner (« la dernière décennie », "the past
decade") is one DURATION of that length (TimeML), in both languages; a week or day with « dernier » stays
out of this rule. Sentences written for the rule (issue 12)."""

from __future__ import annotations

import pytest
from times_helpers import found

CASES = [
    ("fr", "Au cours de la dernière décennie, la ville a changé.", "la dernière décennie", "P10Y"),
    ("fr", "Le pays s'est enrichi pendant la dernière décennie.", "la dernière décennie", "P10Y"),
    ("en", "The city changed over the past decade.", "the past decade", "P10Y"),
]


@pytest.mark.parametrize(("lang", "text", "span", "value"), CASES)
def test_past_decade_is_one_duration(comps, lang, text, span, value):
    got = found(comps, lang, text)
    assert span in got, got
    assert got[span] == value


def test_last_week_of_a_month_is_untouched(comps):
    got = found(comps, "fr", "La dernière semaine de mars, les prix ont baissé.")
    assert not any(v.startswith("P") for v in got.values()), got
