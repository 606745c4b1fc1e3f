"""Classes of time expressions that a batch of wire copy written for veille (issue 12, ``data/wire_times.src.txt``)
showed weak, each with sentences written for it (made up, not taken from a corpus) before its rule."""

from __future__ import annotations

from datetime import date

import pytest
from times_helpers import found

# A year that bounds a stretch of time (« depuis octobre 2009 », "since 1998", « d'ici à 2015 ») places no
# month or season of its sentence: the narrative's year is not a bound.
BOUNDING_YEARS = [
    ("fr", "2011-06-30", "Le Premier ministre, au pouvoir depuis octobre 2009, a promis un référendum à l'automne.",
     "l'automne", "2011-FA"),
    ("fr", "2011-06-30", "Le chômage, en hausse depuis 2008, a atteint en mai un record.", "mai", "2011-05"),
    ("en", "2011-06-30", "The company, in business since 1998, closed its factory in March.", "March", "2011-03"),
    ("en", "2011-06-30", "The prime minister, in office since 2009, promised a referendum in the autumn.",
     "autumn", "2011-FA"),
    ("fr", "2012-05-20", "Le plan prévoit des économies d'ici à 2015 et une réforme en mars.", "mars", "2013-03"),
]

# A year that qualifies a noun without a preposition ("the fiscal 1997 budget", « le budget 2000 ») is the
# noun's: it does not fix a month of the clause.
NOUN_YEARS = [
    ("en", "1996-01-15", "The fiscal 1997 budget is due in February.", "February", "1996-02"),
    ("en", "1996-01-15", "Congress will vote on the 1997 budget in February.", "February", "1996-02"),
    ("fr", "1999-11-22", "Le budget 2000 sera voté en décembre.", "décembre", "1999-12"),
    # a year with its preposition still fixes the date that follows it closely
    ("en", "1996-01-15", "He said in 1994 on Oct. 23 the plant closed.", "Oct. 23", "1994-10-23"),
]

# A clock time whose day is not in its sentence takes the day the text last named only if the clause's tense
# agrees: a past clause tells nothing after the report, a future one nothing before it.
CLOCK_ANCHORS = [
    ("en", "2009-02-02", "The Bank of England meets again on Thursday. The agency said most roads were clear by 6 a.m.",
     "6 a.m.", "2009-02-02T06:00"),
    ("fr", "2009-02-02", "La banque se réunira jeudi. Les routes étaient dégagées à 6 h.", "6 h", "2009-02-02T06:00"),
    ("en", "2009-02-02", "The strike began on Thursday. At 6 a.m. pickets blocked the gates.", "6 a.m.",
     "2009-01-29T06:00"),
    ("en", "2009-02-02", "Talks will open on Thursday. At 6 a.m. delegates will gather.", "6 a.m.", "2009-02-05T06:00"),
]

# A past participle qualifying a noun (a reduced relative: « le texte adopté en mars ») tells a done event: its
# time lies behind, whatever the main verb's tense.
REDUCED_RELATIVES = [
    ("fr", "1999-11-22", "Le Parlement examinera le budget 2000 en décembre et le texte adopté en mars.", "mars",
     "1999-03"),
    ("en", "2011-06-30", "Ministers will study on Monday the plan adopted in February.", "February", "2011-02"),
    # a verb of scheduling keeps its time ahead
    ("fr", "2011-06-30", "Le ministre présentera le projet prévu en septembre.", "septembre", "2011-09"),
]

# "a week after the vote", "a month before the election": an amount of time before a word of sequence, a
# DURATION (the word is a signal, outside); after an amount of money it stays a rate.
SEQUENCE_AMOUNTS = [
    ("en", "2002-04-03", "Tanks rolled into Bethlehem on Wednesday, a week after a bombing killed 29 people.",
     "a week", "P1W"),
    ("en", "2002-04-03", "He resigned a month before the election.", "a month", "P1M"),
    ("en", "2002-04-03", "In 2001, a year after the crash, the airline folded.", "a year", "P1Y"),
    ("en", "2002-04-03", "The firm earns $2 million a year after taxes.", "year", "P1Y"),
    ("fr", "2002-04-03", "Il a démissionné un mois avant l'élection.", "un mois", "P1M"),
]

# A time right after a verb of saying, before the subject of what is said, is the saying's ("Bush said on
# Thursday he would ..."), even where the parser hangs it on the reported verb.
SAYING_TIMES = [
    ("en", "2004-11-05", "Bush said on Thursday he would spend his political capital on Social Security.",
     "Thursday", "2004-11-04"),
    ("en", "2004-11-05", "Officials said on Thursday they would open the border.", "Thursday", "2004-11-04"),
    ("en", "2004-11-05", "He said the talks would resume on Tuesday.", "Tuesday", "2004-11-09"),
]

# A day that dates a noun under a future verb ("will vote six weeks after the election on May 6") may be a
# day gone by, as a noun's day under a past verb may lie ahead.
NOUN_DAYS = [
    ("en", "2012-05-23",
     "Voters will return to the polls on June 17, six weeks after an inconclusive election on May 6.",
     "May 6", "2012-05-06"),
    ("fr", "2012-05-23",
     "Les électeurs retourneront aux urnes le 17 juin, six semaines après les élections du 6 mai.",
     "6 mai", "2012-05-06"),
    ("en", "2012-05-23", "The committee will examine the May 2 report next week.", "May 2", "2012-05-02"),
    ("en", "2012-05-23", "The new team will play the Oct. 3 final.", "Oct. 3", "2012-10-03"),
]

# A decade that qualifies a noun leaves the article to the noun ("the 1980s war", as "the <14-day> waiting
# period"); alone it keeps it.
DECADE_ARTICLES = [
    ("en", "2006-10-19", "The invasion came years after the 1980s war with Iran.", "1980s", "198"),
    ("en", "2006-10-19", "In the 1980s, deficits tripled.", "the 1980s", "198"),
    ("en", "2006-10-19", "Prices were higher in the late 1990s than now.", "the late 1990s", "199"),
]

CASES = (BOUNDING_YEARS + NOUN_YEARS + CLOCK_ANCHORS + REDUCED_RELATIVES + SEQUENCE_AMOUNTS + SAYING_TIMES
         + NOUN_DAYS + DECADE_ARTICLES)


@pytest.mark.parametrize(("lang", "pub", "text", "expr", "value"), CASES)
def test_wire_class(comps, lang, pub, text, expr, value):
    assert found(comps, lang, text, date.fromisoformat(pub)).get(expr) == value


# An age is no time expression: after a person named in apposition, at the end of the sentence too (« la
# directrice, Margaret Chan, 62 ans. »), and after a noun of persons with a bound (« des jeunes de moins de 26
# ans »); a sentence of prison or a stretch of work stays a duration.
AGES = [
    ("fr", "Un vaccin sera prêt en octobre, a indiqué la directrice générale, Margaret Chan, 62 ans.", "62 ans"),
    ("fr", "Le contrat, destiné aux jeunes de moins de 26 ans, prévoit une période d'essai.", "moins de 26 ans"),
]
NOT_AGES = [
    ("fr", "Il a été condamné à une peine de plus de 10 ans.", "plus de 10 ans", "P10Y"),
    ("fr", "Le contrat prévoit une période d'essai de deux ans.", "deux ans", "P2Y"),
]


@pytest.mark.parametrize(("lang", "text", "expr"), AGES)
def test_age_in_apposition_or_after_a_bound(comps, lang, text, expr):
    assert expr not in found(comps, lang, text)


@pytest.mark.parametrize(("lang", "text", "expr", "value"), NOT_AGES)
def test_durations_near_ages_stay(comps, lang, text, expr, value):
    assert found(comps, lang, text).get(expr) == value


# A clock time of the small hours anchored on a night is the next morning's (« dans la nuit de samedi à
# dimanche ... à 4 h »: Sunday); an evening hour stays on the night's first day.
NIGHT_CLOCKS = [
    ("fr", "1997-08-31", "La princesse est morte dans la nuit de samedi à dimanche à Paris. Elle a été déclarée "
     "morte à 4 h à l'hôpital.", "4 h", "1997-08-31T04:00"),
    ("fr", "1997-08-31", "Les combats ont repris dans la nuit de samedi à dimanche. Vers 23 h, les tirs ont cessé.",
     "23 h", "1997-08-30T23:00"),
]

# A reduced relative's done event lies behind even when the month is just ahead (« entamées en février »
# said in December); a finite past verb with its own tense keeps the near deadline ahead.
NEAR_DONE = [
    ("fr", "2000-12-08", "Les négociations, entamées en février, pourraient se prolonger.", "février", "2000-02"),
    ("en", "2001-03-20", "Trade is likely to top the agenda of a G7 meeting set for Ottawa in April.", "April",
     "2001-04"),
]


@pytest.mark.parametrize(("lang", "pub", "text", "expr", "value"), NIGHT_CLOCKS + NEAR_DONE)
def test_night_clocks_and_near_done_events(comps, lang, pub, text, expr, value):
    assert found(comps, lang, text, date.fromisoformat(pub)).get(expr) == value


# An amount after another one is not the age the first one is (« un homme de 42 ans à trois ans de prison »:
# the sentence is a duration); a clock time takes a day named later in its sentence only if the clause's
# tense agrees (a past "won ... before 8 p.m." is not on a day to come).
AFTER_AN_AGE_AND_LATER_DAYS = [
    ("fr", "2010-09-23", "Le tribunal a condamné un homme de 42 ans à trois ans de prison.", "trois ans", "P3Y"),
    ("en", "2010-02-15", "Bilodeau won the moguls shortly before 8 p.m., and the Games close Feb. 28.", "8 p.m.",
     "2010-02-15T20:00"),
    ("en", "2010-02-15", "The final starts at 8 p.m. on Feb. 28.", "8 p.m.", "2010-02-28T20:00"),
]


@pytest.mark.parametrize(("lang", "pub", "text", "expr", "value"), AFTER_AN_AGE_AND_LATER_DAYS)
def test_amount_after_an_age_and_clock_before_a_later_day(comps, lang, pub, text, expr, value):
    assert found(comps, lang, text, date.fromisoformat(pub)).get(expr) == value


def test_age_before_another_amount_stays_no_time(comps):
    assert "42 ans" not in found(comps, "fr", "Le tribunal a condamné un homme de 42 ans à trois ans de prison.")


def test_saying_time_is_in_the_main_clause(comps):
    # the year of a relative clause does not reach the time of the saying the parser hung on the reported verb
    got = found(comps, "en", "The minister, who took office in 2003, said in March he would resign.", date(2005, 3, 10))
    assert got.get("March") == "2005-03"


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("Polls will open at 9 a.m. EST Tuesday.", "9 a.m. EST Tuesday", "2000-04-04T09:00"),
    ("Polls opened at 9 a.m. EST on Tuesday.", "9 a.m. EST on Tuesday", "2000-03-28T09:00"),
    ("The polls open at 9 a.m. Tuesday.", "9 a.m. Tuesday", "2000-04-04T09:00"),
])
def test_a_clock_time_keeps_its_own_day_whatever_the_tense(comps, text, expr, value):
    # the day right after a clock time is its own (one TIME), not a day named elsewhere in the sentence
    assert found(comps, "en", text, date(2000, 4, 3)).get(expr) == value


# A participle clause without an auxiliary tells a done event, bare weekday too (« Battus dimanche à Sedan,
# les joueurs terminent ... », « selon un bilan publié samedi »), but not one of expecting (« un verdict
# attendu samedi »); an age after a noun of persons in apposition closes its sentence (« du maire, 61 ans. »).
PARTICIPLE_CLAUSES = [
    ("fr", "1999-05-25", "Battus dimanche à Sedan, les joueurs terminent la saison à la 12e place.", "dimanche",
     "1999-05-23"),
    ("fr", "2005-03-10", "Les rebelles ont attaqué la ville vendredi, selon un bilan publié samedi.", "samedi",
     "2005-03-05"),
    ("fr", "2005-03-10", "La cour statuera, avec un verdict attendu samedi.", "samedi", "2005-03-12"),
]


@pytest.mark.parametrize(("lang", "pub", "text", "expr", "value"), PARTICIPLE_CLAUSES)
def test_participle_clauses(comps, lang, pub, text, expr, value):
    assert found(comps, lang, text, date.fromisoformat(pub)).get(expr) == value


def test_age_after_a_noun_of_persons_at_a_sentence_end(comps):
    assert "61 ans" not in found(comps, "fr", "Le conseil s'est réuni sous la présidence du maire, 61 ans.")
    assert found(comps, "fr", "Le conseil a voté le budget pour la période, 10 ans.").get("10 ans") == "P10Y"


def test_a_sentence_ending_in_a_clock_abbreviation_ends_there(comps):
    # « 15 h. » keeps its full stop inside the token, and the parser runs the two sentences together: the
    # sentence starts of the times stage split them, so the next sentence's day does not anchor the clock time
    from veille.analyze.times._lexicon import load_lexicon
    from veille.analyze.times._resolve import _sentence_starts

    nlp, _comp = comps["fr"]
    text = ("TEMPÊTE. La tempête qui a balayé la Lorraine dimanche a fait trois morts. Les vents ont atteint "
            "150 km/h vers 15 h. Plus de 100 000 foyers étaient toujours privés d'électricité ce lundi matin.")
    starts = _sentence_starts(nlp(text), text, load_lexicon("fr").final_abbreviations)
    assert text.index("Plus") in starts
    assert found(comps, "fr", text, date(1999, 12, 27)).get("15 h") == "1999-12-26T15:00"
    assert text.replace("h. Plus", "h.\nPlus").index("Plus") in _sentence_starts(
        nlp(text.replace("h. Plus", "h.\nPlus")), text, load_lexicon("fr").final_abbreviations)  # a paragraph's end
