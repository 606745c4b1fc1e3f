"""English time expressions: span text and TIMEX3 value, relative to the publication date."""

from __future__ import annotations

from datetime import date

import pytest
from times_helpers import run, values

from veille.analyze.times import TimesComponent, ranges

PUB = date(2024, 10, 17)  # a Thursday


@pytest.fixture(scope="module")
def comp(en_nlp):
    return TimesComponent(en_nlp)


CASES = [
    ("The agreement was signed on October 15, 2024.", "October 15, 2024", "2024-10-15", "DATE"),
    ("The agreement was signed on 17 October 2024.", "17 October 2024", "2024-10-17", "DATE"),
    ("The treaty took effect on June 1.", "June 1", "2024-06-01", "DATE"),
    ("Talks resumed on Oct. 3 in Geneva.", "Oct. 3", "2024-10-03", "DATE"),
    ("Japan sent trucks to Ukraine between May 2023 and March 2024.", "May 2023", "2023-05", "DATE"),
    ("NATO has invited Asian leaders to its summits since 2022.", "2022", "2022", "DATE"),
    ("The ceasefire collapsed in March.", "March", "2024-03", "DATE"),
    ("Elections will be held in March.", "March", "2025-03", "DATE"),
    ("Prices rose last May.", "last May", "2024-05", "DATE"),
    ("In the 1960s, the country was poor.", "the 1960s", "196", "DATE"),  # TimeML 1.2.1: a decade is "196"
    ("NATO defence ministers met on Thursday in Brussels.", "Thursday", "2024-10-17", "DATE"),
    ("The minister resigned on Tuesday.", "Tuesday", "2024-10-15", "DATE"),
    ("The minister said last Thursday that talks would resume.", "last Thursday", "2024-10-10", "DATE"),
    ("The president will travel to Paris on Monday.", "Monday", "2024-10-21", "DATE"),
    ("The summit is scheduled for Monday.", "Monday", "2024-10-21", "DATE"),
    ("Troops must withdraw by Friday.", "Friday", "2024-10-18", "DATE"),
    ("The vote was held next Sunday.", "next Sunday", "2024-10-20", "DATE"),
    ("Rebels attacked the town on Saturday night.", "Saturday night", "2024-10-12TNI", "TIME"),
    ("The minister spoke yesterday.", "yesterday", "2024-10-16", "DATE"),
    ("The court will rule tomorrow.", "tomorrow", "2024-10-18", "DATE"),
    ("The attack happened yesterday morning.", "yesterday morning", "2024-10-16TMO", "TIME"),
    ("A car bomb exploded last night in Kabul.", "last night", "2024-10-16TNI", "TIME"),
    ("The president will speak tonight.", "tonight", "2024-10-17TNI", "TIME"),
    ("Police arrived at 10:30 p.m. on Wednesday.", "10:30 p.m.", "2024-10-16T22:30", "TIME"),
    ("The meeting starts at 9 am.", "9 am", "2024-10-17T09:00", "TIME"),
    ("He will attend the G7 meeting later this week in Italy.", "later this week", "2024-W42", "DATE"),
    ("China held drills earlier this week around Taiwan.", "earlier this week", "2024-W42", "DATE"),
    ("The ceasefire collapsed last month.", "last month", "2024-09", "DATE"),
    ("Fighting resumed this year.", "this year", "2024", "DATE"),
    ("Growth will recover next year.", "next year", "2025", "DATE"),
    ("Officials met two days ago.", "two days ago", "2024-10-15", "DATE"),
    ("Floods hit the region last summer.", "last summer", "2024-SU", "DATE"),
    ("Profits fell in the second quarter.", "the second quarter", "2024-Q2", "DATE"),
    ("Growth in the first half of 2023 was weak.", "the first half of 2023", "2023-H1", "DATE"),
    # the half of a century or a decade is no half of the publication year
    ("The party in the first half of the 20th century backed the law.", "the 20th century", "19", "DATE"),
    ("Years ago, the town was poor.", "Years ago", "PAST_REF", "DATE"),
    ("He was born on August 14 1984.", "August 14 1984", "1984-08-14", "DATE"),
    # the year phrase belongs to the expression (TimeML: one TIMEX3 for "June last year")
    ("The deal was signed March 26 last year.", "March 26 last year", "2023-03-26", "DATE"),
    ("Prices will rise in the coming weeks.", "the coming weeks", "PXW", "DURATION"),
    ("The climb took 1,170 seconds.", "1,170 seconds", "PT1170S", "DURATION"),
    ("He was arrested on Easter Monday.", "Easter Monday", "2024-04-01", "DATE"),
    ("Shops will close at Christmas.", "Christmas", "2024-12-25", "DATE"),
    ("The talks lasted three days.", "three days", "P3D", "DURATION"),
    ("The war has lasted more than two years.", "more than two years", "P2Y", "DURATION"),
    ("The outage lasted 24 hours.", "24 hours", "PT24H", "DURATION"),
    ("Casualties rose in the past three days.", "the past three days", "P3D", "DURATION"),
    ("Elections are held every four years.", "every four years", "P4Y", "SET"),
    ("He visits the region every Monday.", "every Monday", "XXXX-WXX-1", "SET"),
    ("The company reports quarterly results.", "quarterly", "P3M", "SET"),
    # English TimeML types the vague references as DATE (the French TimeBank as TIME)
    ("Ukraine will become a member in the future.", "the future", "FUTURE_REF", "DATE"),  # TimeBank: "in" is a signal
    ("The economy is now stronger.", "now", "PRESENT_REF", "DATE"),
    ("Today, the economy is stronger.", "Today", "PRESENT_REF", "DATE"),
    ("The president spoke today in Kyiv.", "today", "2024-10-17", "DATE"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,span,value,typ", CASES)
def test_english_expression(en_nlp, comp, text, span, value, typ):
    items = run(en_nlp, comp, text, PUB, "en")
    hits = [t for t in items if t.text == span]
    assert hits, f"{span!r} not found in {values(items)}"
    assert (hits[0].value, hits[0].type) == (value, typ)


NEGATIVE = [
    ("You may go home.", "may"),
    ("A 45-year-old man was arrested.", "45-year"),
    ("The protesters will march to the palace.", "march"),
    ("The army deployed 2000 troops.", "2000"),
    ("Officials may decide in May.", "may"),
    ("The party in the first half of the 20th century backed the law.", "the first half"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,span", NEGATIVE)
def test_english_non_times(en_nlp, comp, text, span):
    items = run(en_nlp, comp, text, PUB, "en")
    assert not any(t.text == span for t in items), values(items)


@pytest.mark.model
def test_english_range(en_nlp, comp):
    doc = en_nlp("Japan sent 101 trucks to Ukraine between May 2023 and March 2024.")
    items = comp.find(doc, lang="en", published=PUB)
    assert [(a.value, b.value) for a, b in ranges(items, doc)] == [("2023-05", "2024-03")]


@pytest.mark.model
def test_english_clock_anchors_on_named_day(en_nlp, comp):
    items = run(en_nlp, comp, "On Tuesday, the blast happened at 3:15 pm near the embassy.", PUB, "en")
    assert dict(values(items))["3:15 pm"] == "2024-10-15T15:15"


@pytest.mark.model
def test_english_without_publication_date(en_nlp, comp):
    items = run(en_nlp, comp, "The vote was held yesterday, on October 17.", None, "en")
    got = {t.text: (t.value, t.resolved) for t in items}
    assert got["yesterday"] == ("XXXX-XX-XX", False)
    assert got["October 17"] == ("XXXX-10-17", False)


def test_dateparser_fallback_on_entity_text():
    from veille.analyze.times._fallback import DateparserFallback
    from veille.analyze.times._lexicon import load_lexicon

    fb = DateparserFallback(load_lexicon("en"))
    assert fb.worth_trying("the 3rd of March")
    assert not fb.worth_trying("a 45-year-old")
    assert not fb.worth_trying("21")
    assert fb.parse("3rd of March 2023", PUB) == ("DATE", "2023-03-03", "day")
    assert fb.parse("3rd of March 2023", PUB) is fb.parse("3rd of March 2023", PUB)  # cached
