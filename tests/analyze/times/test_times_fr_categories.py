"""French TimeML categories (Bittar's French TimeML guidelines), sentences written for them, not taken from
a corpus: each case is one category the held-back French TimeBank showed missed or mis-resolved (issue 12)."""

from __future__ import annotations

from datetime import date

import pytest
from times_helpers import run, values

PUB = date(2024, 10, 17)  # a Thursday

CASES = [
    # a date without a year that opens its sentence continues the narrative of the year the sentence
    # before gave (TimeML: anchored on the reference time, not on the publication date)
    ("La crise a éclaté en 1998. Le 12 mars, le président a démissionné.", ("Le 12 mars", "1998-03-12")),
    ("La crise a éclaté en 1998. En mars, le président a démissionné.", ("mars", "1998-03")),
    ("L'usine a fermé en 2019. En juin, les ouvriers ont manifesté devant le siège.", ("juin", "2019-06")),
    # vague future references with their preposition (as « à l'avenir »)
    ("Dans un avenir proche, la loi changera.", ("Dans un avenir proche", "FUTURE_REF")),
    ("La loi changera dans un proche avenir.", ("dans un proche avenir", "FUTURE_REF")),
    # sets written as adverbs of frequency
    ("Le bulletin est publié quotidiennement.", ("quotidiennement", "P1D")),
    ("Les loyers sont versés mensuellement.", ("mensuellement", "P1M")),
    # a clock time with its half of the day (« du matin », « du soir ») is one TIME, on the 24-hour clock
    ("L'armée a tiré vers 3 heures du matin.", ("3 heures du matin", "2024-10-17T03:00")),
    ("Le couvre-feu commence à 8 heures du soir.", ("8 heures du soir", "2024-10-17T20:00")),
    ("Il était 2 heures du matin quand l'incendie a éclaté.", ("2 heures du matin", "2024-10-17T02:00")),
    # an approximate count of years (TimeML: DURATION of that count), whatever the ten
    ("Il a vécu à Lyon pendant une vingtaine d'années.", ("une vingtaine d'années", "P20Y")),
    ("Le conflit dure depuis une trentaine d'années.", ("une trentaine d'années", "P30Y")),
    # the first months of a period: a duration of that many months (as "the first nine months")
    ("Le chiffre d'affaires a progressé sur les neuf premiers mois de l'année.",
     ("les neuf premiers mois", "P9M")),
    ("Les trois premières semaines du mandat ont été agitées.", ("Les trois premières semaines", "P3W")),
    # a weekday named with its day and month fixes the year (TimeML: the date the text names)
    ("La réunion du mardi 14 novembre a été houleuse.", ("mardi 14 novembre", "2023-11-14")),
    ("Le premier ministre a été reçu le lundi 3 mars.", ("le lundi 3 mars", "2025-03-03")),
    # a date with its part of the day is one TIME (as « mardi soir »)
    ("Le 2 octobre au soir, un incendie s'est déclaré.", ("Le 2 octobre au soir", "2024-10-02TEV")),
    ("Les blindés sont entrés dans la ville le 14 septembre au matin.",
     ("le 14 septembre au matin", "2024-09-14TMO")),
    # the night between two days of a month is one TIME on the first day (as « la nuit de jeudi à vendredi »)
    ("Les combats ont repris dans la nuit du 2 au 3 octobre.", ("la nuit du 2 au 3 octobre", "2024-10-02TNI")),
    ("La tempête a frappé la nuit du 31 décembre au 1er janvier 2020.",
     ("la nuit du 31 décembre au 1er janvier 2020", "2019-12-31TNI")),
    ("L'incendie s'est déclaré dans la nuit du 30 septembre au 1er octobre.",
     ("la nuit du 30 septembre au 1er octobre", "2024-09-30TNI")),
    # « ce matin-là », « ce soir-là »: the part of the day the narrative stands on, not of the publication
    ("Le 12 octobre, la foule s'est rassemblée. Ce soir-là, la police a chargé.", ("Ce soir-là", "2024-10-12TEV")),
    ("Le 3 octobre, il a quitté Paris. Ce matin-là, il pleuvait.", ("Ce matin-là", "2024-10-03TMO")),
    # a position in the current period with a demonstrative (« en ce début d'année »): that period
    ("En ce début d'année, les soldes commencent.", ("ce début d'année", "2024")),
    ("Le trafic sera dense en cette fin de semaine.", ("cette fin de semaine", "2024-W42")),
    # « le lundi suivant », « le mardi précédent »: the weekday after or before the narrative's day
    ("Le 2 octobre, il a été inculpé. Le lundi suivant, il a été écroué.", ("Le lundi suivant", "2024-10-07")),
    ("Le vote a eu lieu le 10 octobre. Le mardi précédent, les députés avaient débattu.",
     ("Le mardi précédent", "2024-10-08")),
    # a set of the nth weekday of every month, in the plural after « tous les » as in the singular
    ("Les militants se réunissent tous les premiers mardis du mois.",
     ("tous les premiers mardis du mois", "XXXX-WXX-2")),
    ("Le conseil siège tous les derniers vendredis du mois.", ("tous les derniers vendredis du mois", "XXXX-WXX-5")),
    # a season after its preposition keeps its « dernier » or « prochain » (as « l'été dernier »)
    ("Au printemps prochain, la loi sera votée.", ("printemps prochain", "2025-SP")),
    ("Les incendies ont ravagé la région en été dernier.", ("été dernier", "2024-SU")),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fr_category(fr, text, expected):
    nlp, comp = fr
    assert expected in values(run(nlp, comp, text, PUB, "fr"))


NEGATIVE = [
    # the year before does not reach a date inside a later sentence that does not open it
    ("La crise a éclaté en 1998. Le président a démissionné le 12 mars.", ("le 12 mars", "1998-03-12")),
    # ... nor does a year of a subordinate clause or an apposition of the sentence before
    ("L'usine, construite en 1987, a été vendue. En mars, elle a fermé.", ("mars", "1987-03")),
    # an age given as an approximate count of years is no duration
    ("Un homme d'une cinquantaine d'années a été interpellé.", ("une cinquantaine d'années", "P50Y")),
    # nor a count of people
    ("Une vingtaine de manifestants ont été interpellés.", ("Une vingtaine", "P20Y")),
    # two days that do not follow each other make no night
    ("Les combats ont repris dans la nuit du 2 au 5 octobre.", ("la nuit du 2 au 5 octobre", "2024-10-02TNI")),
    # a newspaper called a daily is no set
    ("Le quotidien a publié l'entretien.", ("quotidien", "P1D")),
]


@pytest.mark.parametrize(("text", "unexpected"), NEGATIVE)
def test_fr_category_rejects(fr, text, unexpected):
    nlp, comp = fr
    assert unexpected not in values(run(nlp, comp, text, PUB, "fr"))
