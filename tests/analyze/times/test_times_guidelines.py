"""Time expressions category by category, after the TimeML 1.2.1 TIMEX3 guidelines (English) and
Bittar's French TimeML guidelines, in both languages. Sentences written for these tests.

Each case: (language, text, expected span text, expected value) or, for non-markables, None value.
"""

from __future__ import annotations

import pytest
from times_helpers import found

pytestmark = pytest.mark.model


# (language, text, span, value); value None: the span is no time expression at all
CASES = [
    # years used as modifiers: "1975 World Series" is a DATE (TIDES / TimeML); quantities are not years
    ("en", "The 1996 election changed the party.", "1996", "1996"),
    ("en", "Both sides signed a 2015 peace deal in Algiers.", "2015", "2015"),
    ("fr", "Le budget 2023 a été voté en décembre.", "2023", "2023"),
    ("en", "The army sent 2000 soldiers to the border.", "2000", None),
    ("fr", "Plus de 1500 manifestants ont défilé.", "1500", None),
    # durations: fractions, and bare plural units after a duration preposition (TIMEX3 PX<unit>)
    ("en", "The hearing lasted 5 1/2 hours.", "5 1/2 hours", "PT5H30M"),
    ("en", "Rebels have held the town for years.", "years", "PXY"),
    ("en", "The talks dragged on for weeks.", "weeks", "PXW"),
    ("en", "Negotiators worked for hours without a break.", "hours", "PTXH"),
    ("en", "The ceasefire held for 1.5 days.", "1.5 days", "P1DT12H"),
    ("fr", "Les rebelles tiennent la ville depuis des années.", "des années", "PXY"),
    ("fr", "Les négociations ont duré des semaines.", "des semaines", "PXW"),
    # narrative year: a year that frames a sentence fixes the year-less months and days after it
    ("fr", "En 2003, le gouvernement a changé. En mars, il a lancé une réforme.", "mars", "2003-03"),
    ("en", "In 2011, the company was founded. In March, it opened its first office.", "March", "2011-03"),
    ("en", "In 1998 the strike began on Oct. 23 and ended a month later.", "Oct. 23", "1998-10-23"),
    # ... a year inside the sentence before frames nothing: the publication date and tense decide
    ("en", "The plant, built in 1987, was sold. In March, it closed.", "March", "2024-03"),
    # ... nor does the publication year
    ("en", "Prices rose in 2024. Elections will be held in March.", "March", "2025-03"),
    # dates inside names of laws, movements and organisations are not time expressions
    ("fr", "La loi du 9 décembre 1905 sépare les Églises et l'État.", "9 décembre 1905", None),
    ("en", "Leaders of the April 6 Movement were arrested.", "April 6", None),
    ("fr", "Le Mouvement du 23 mars a pris les armes.", "23 mars", None),
    # holidays fixed by a weekday rule (nth weekday of a month)
    ("en", "Families gathered on Thanksgiving Day 2023.", "Thanksgiving Day 2023", "2023-11-23"),
    ("en", "The strike ended before Labor Day 2024.", "Labor Day 2024", "2024-09-02"),
    # sequencing adverbs order events, they are no time expressions
    ("en", "The talks shortly collapsed and eventually ended.", "shortly", None),
    ("en", "The talks shortly collapsed and eventually ended.", "eventually", None),
    ("en", "The minister previously served as ambassador.", "previously", None),
    ("en", "Talks will soon resume; lately they stalled.", "soon", None),
    ("en", "Talks will soon resume; lately they stalled.", "lately", None),
    # a month with a year phrase is one expression
    ("en", "In January this year, police closed the case.", "January this year", "2024-01"),
    ("en", "But in June last year, the leadership split.", "June last year", "2023-06"),
    ("fr", "En juin l'an dernier, le parti s'est divisé.", "juin l'an dernier", "2023-06"),
    # "the weekend": the clause's tense says which one
    ("en", "The evidence arrived over the weekend.", "the weekend", "2024-W41-WE"),
    ("en", "The evidence will arrive over the weekend.", "the weekend", "2024-W42-WE"),
    # a night between two weekdays is one TIME on the first day
    ("fr", "Les combats ont repris dans la nuit de jeudi à vendredi.", "la nuit de jeudi à vendredi",
     "2024-10-10TNI"),
    ("fr", "Les combats reprendront dans la nuit de vendredi à samedi.", "la nuit de vendredi à samedi",
     "2024-10-18TNI"),
    ("en", "Shelling went on the night of Monday to Tuesday.", "the night of Monday to Tuesday",
     "2024-10-14TNI"),
    # a century with a position, the past decade
    ("fr", "Au début du XXe siècle, la ville comptait peu d'habitants.", "début du XXe siècle", "19"),
    ("en", "Prices have doubled over the past decade.", "the past decade", "P10Y"),
    # business news: "the quarter" is the fiscal quarter last named, "year-earlier" that quarter a year back
    ("en", "Third-quarter profit fell. The quarter was hurt by costs.", "The quarter", "2024-Q3"),
    ("en", "Sales in the fourth quarter rose from the year-earlier quarter.", "the year-earlier quarter",
     "2023-Q4"),
    ("en", "Net income rose 5% from the year-ago period.", "the year-ago period", "2023-Q3"),
    ("en", "Police sealed off the quarter after the blast.", "the quarter", None),
    ("en", "It posted a 1998 third-quarter loss, against a profit a year earlier.", "a year earlier", "1997-Q3"),
    # a day without a year: the clause's tense, unless that way is far and the other near
    ("en", "He was last seen March 3, police said.", "March 3", "2024-03-03"),
    ("en", "The company has set Nov. 10 as the deadline.", "Nov. 10", "2024-11-10"),
    ("en", "Investigators searched the house after the March 3 shooting.", "March 3", "2024-03-03"),
    ("en", "The summit will be held on April 24.", "April 24", "2025-04-24"),
    # a month without a year: a past clause looks back unless the month is just ahead
    ("en", "Commander Collins will be named for a mission in December.", "December", "2024-12"),
    ("en", "NATO has decided to admit the three countries in early November.", "early November", "2024-11"),
    ("en", "He became the subject of a manhunt in January when police named him.", "January", "2024-01"),
    ("fr", "Les troupes ont attaqué la ville en janvier.", "janvier", "2024-01"),
    # a quarter with its year before it
    ("en", "It took a charge in the 1988 second quarter.", "the 1988 second quarter", "1988-Q2"),
    # anaphoric years: from the year the narrative last fixed
    ("en", "On May 22, 1995, he was promoted, and the following year he was appointed attache.",
     "the following year", "1996"),
    ("en", "The war ended in 1975. That year, the economy collapsed.", "That year", "1975"),
    ("fr", "Le 22 mai 1995, il a été promu ; l'année suivante, il a été nommé attaché.", "l'année suivante",
     "1996"),
    # a bare plural unit as the object of a verb of duration
    ("en", "The talks lasted hours.", "hours", "PTXH"),
    ("en", "Talks could take months.", "months", "PXM"),
    ("en", "Rescuers spent days searching the rubble.", "days", "PXD"),
    ("en", "The days of the old regime are over.", "days", None),
    # a year inside the name of a law is no time expression
    ("en", "The Patriot Act of 2001 expanded surveillance.", "2001", None),
    # a day and a clock time of that day are one expression in English TimeML (not in the French TimeBank)
    ("fr", "Les combats ont repris jeudi à 6 h.", "6 h", "2024-10-17T06:00"),
    ("en", "The blast happened at 09:30 GMT Sunday.", "09:30 GMT Sunday", "2024-10-13T09:30"),
    ("en", "Police arrived on Sunday at 9:30 a.m.", "Sunday at 9:30 a.m.", "2024-10-13T09:30"),
    # sets of a part of day
    ("en", "The meeting happens every evening.", "every evening", "XXXX-XX-XXTEV"),
    ("fr", "Le conseil se réunit chaque soir.", "chaque soir", "XXXX-XX-XXTEV"),
    # anaphoric shifts from the narrative's day: a DATE (TimeML anchors it on the reference time)
    # "later" is a SIGNAL outside the TIMEX3; the quantity before it is a DURATION (TimeML 1.2.1)
    ("en", "The talks began on October 2. A week later, they resumed.", "A week", "P1W"),
    # a shift in years counts from the year its sentence fixed (h/times8; it counted from the publication)
    ("en", "Profits rose in 2023 from a year earlier.", "a year earlier", "2022"),
    # anaphoric references to a past time
    ("en", "Back then, the town was poor.", "Back then", "PAST_REF"),
    ("fr", "À cette époque-là, la ville était pauvre.", "À cette époque-là", "PAST_REF"),
    # a year pair with a two-digit second year
    ("en", "The 2001-02 season was cut short.", "2001", "2001"),
]


@pytest.mark.parametrize("lang,text,span,value", CASES)
def test_guideline_category(comps, lang, text, span, value):
    got = found(comps, lang, text)
    if value is None:
        assert span not in got
    else:
        assert got.get(span) == value
