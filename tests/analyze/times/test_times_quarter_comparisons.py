"""Business news compares the quarter just reported with the same quarter a year before: "a year ago",
"a year earlier" in the sentence of a fiscal quarter or the next one are that quarter a year back
(TimeML: anchored on the reference period, the quarter the narrative last named); further on they are
the year. Sentences written for these tests."""

from __future__ import annotations

import pytest
from times_helpers import found

pytestmark = pytest.mark.model


CASES = [
    ("en", "Third-quarter profit fell 10% to $5 million from $6 million a year ago.", "a year ago", "2023-Q3"),
    ("en", "Third-quarter profit fell 10%. Sales were $40 million, up from $35 million a year ago.",
     "a year ago", "2023-Q3"),
    ("en", "Net income rose in the second quarter. A year earlier, the company lost $2 million.",
     "A year earlier", "2023-Q2"),
    ("en", "Profit fell in the third quarter. The firm employs 200 people. Its plant opened a year ago.",
     "a year ago", "2023"),
    ("en", "The plant opened a year ago.", "a year ago", "2023"),
]


@pytest.mark.parametrize("lang,text,span,value", CASES)
def test_quarter_comparison(comps, lang, text, span, value):
    assert found(comps, lang, text).get(span) == value
