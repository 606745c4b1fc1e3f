"""Reporting clauses set off by commas (issue 18, exact content boundaries): what follows the clause's
second comma goes on with the report only when it is a predicate; a noun phrase or a relative clause there
tells who the speaker is ("..., said X, a city engineer who ...", « ..., a déclaré X, une ingénieure
qui ... »). Sentences written for these tests, before the rule."""

import pytest
from quotes_helpers import only, run

pytestmark = pytest.mark.model


def _pieces(q) -> list[str]:
    return [f.text for f in q.fragments] or [q.text]


@pytest.mark.parametrize("text, content", [
    ("The new bridge will open in May, said Maria Lopez, a city engineer who oversees the project.",
     "The new bridge will open in May"),
    ("Rents will rise again next year, said John Carter, the head of a tenants' group that tracks prices.",
     "Rents will rise again next year"),
    ("The harvest was the worst in a decade, says Ana Ruiz, an economist who studies farm incomes.",
     "The harvest was the worst in a decade"),
    ("Prices will keep rising, said Tom Berg, who runs a bakery in the town.", "Prices will keep rising"),
])
def test_what_describes_the_speaker_after_the_clause_is_not_reported(en_nlp, text, content):
    q = only(run(en_nlp, "en", text))
    assert _pieces(q) == [content]


@pytest.mark.parametrize("text, content", [
    ("Le pont ouvrira en mai, a déclaré Marie Dubois, une ingénieure qui suit le chantier.",
     "Le pont ouvrira en mai"),
    ("Les loyers vont encore augmenter, affirme Jean Martin, le président d'une association qui suit les prix.",
     "Les loyers vont encore augmenter"),
])
def test_what_describes_the_speaker_after_a_french_clause_is_not_reported(fr_nlp, text, content):
    q = only(run(fr_nlp, "fr", text))
    assert _pieces(q) == [content]


@pytest.mark.parametrize("text, pieces", [
    ("The budget, the mayor said, will shrink next year.", ["The budget", "will shrink next year"]),
    ("The old mill, its owner said, would become a museum.", ["The old mill", "would become a museum"]),
])
def test_an_incise_inside_the_clause_still_splits_it(en_nlp, text, pieces):
    q = only(run(en_nlp, "en", text))
    assert _pieces(q) == pieces


def _reported(quotes):
    return [q for q in quotes if not q.direct]


@pytest.mark.parametrize("text, first, second", [
    ("The plan does “far too little,” the mayor said on Tuesday. “We need a real budget for the schools.”",
     "The plan does “far too little", "We need a real budget for the schools."),
    ("Rents will rise again next year, the housing minister said. “Families will feel it first.”",
     "Rents will rise again next year", "Families will feel it first."),
    ("The river had never been so low, a farmer told reporters. “My wells are dry and my cows are thirsty.”",
     "The river had never been so low", "My wells are dry and my cows are thirsty."),
])
def test_a_quotation_right_after_a_trailing_reporting_clause_goes_on_with_its_report(en_nlp, text, first, second):
    quotes = run(en_nlp, "en", text)
    reported = only(_reported(quotes))
    assert _pieces(reported) == [first, second]
    assert not [q for q in quotes if q.direct and second in q.text and q is not reported and not q.inside]


@pytest.mark.parametrize("text", [
    "Rents will rise again next year, the housing minister said. The opposition walked out. “This is a disgrace.”",
    ("Rents will rise again next year, the housing minister said. “This is a disgrace,” an opposition "
     "leader replied."),
    ("Rents will rise again next year, the housing minister said.\n\nThe opposition walked out.\n\n"
     "“This is a disgrace.”"),
])
def test_a_quotation_with_its_own_cue_or_after_other_words_is_no_continuation(en_nlp, text):
    reported = only(_reported(run(en_nlp, "en", text)))
    assert _pieces(reported) == ["Rents will rise again next year"]


def test_a_quotation_after_a_french_trailing_reporting_clause_goes_on_with_its_report(fr_nlp):
    text = "Les loyers vont encore augmenter, a déclaré le ministre du Logement. « Les familles le sentiront d'abord. »"
    reported = only(_reported(run(fr_nlp, "fr", text)))
    assert _pieces(reported) == ["Les loyers vont encore augmenter", "Les familles le sentiront d'abord."]
