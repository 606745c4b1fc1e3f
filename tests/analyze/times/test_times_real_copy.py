"""Classes of time expressions that real English news copy of the 2010s showed (issue 12, third batch of the own
TimeML set, ``tests/gold/timex_gwn.jsonl``), each from the TimeML 1.2.1 guidelines and, where the category exists
in French, from the French TimeML guidelines; the sentences are made up, written before the rules.

- Lists and ranges of days that put the day before the month ("7/8 April", "23 and 24 September", « 14-15
  juin »): each day is a DATE of its own, the first one too (TimeML marks "Aug. 24 and 25" as two TIMEX3).
- A modifier of approximation or bound before a single unit with its article ("more than a decade", "about a
  year", « plus d'une décennie », « près d'un an »): inside the DURATION (TimeML ``mod``), as it is before a
  count ("more than ten years", « plus de vingt ans »).
- The nearest explicit year (TempEval's reference time): a year right before a month in its sentence places it
  even when it is the publication's year and the clause is in the future ("will shape the market in 2024, in
  March"); a year that frames a sentence stops framing the next one when a later year of its own sentence has
  moved the narrative on ("In 2015, ..., and in 2019 it hired again. Elections were held in June.").
- The narrative's day (TempEval's reference time): a day and month without a year, told in the past some sentences
  after a full date of another year and shortly after that day, in that year ("found on July 1, 1999. ... It was
  on July 7 that ..."), with no other year between; a day before the full date, or far after it, keeps the
  publication's year.
- A window word that the clause uses as its verb ("the forecast is coming four months before the peak") is no
  part of the DURATION after it ("in coming months" keeps it); English only, French puts « prochains » after.
- The future with an adjective of nearness ("the near future", "the foreseeable future"): one FUTURE_REF with
  its determiner and adjective (TimeBank: "the near future"), as « dans un avenir proche » is one in French.
"""

from __future__ import annotations

import pytest
from times_helpers import found

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The festival will run on 7/8 July in Arles.", {"7": "2025-07-07", "8 July": "2025-07-08"}),
    ("en", "The club will play on 14-15 June in Leeds and on 21/22 June in York.",
     {"14": "2025-06-14", "15 June": "2025-06-15", "21": "2025-06-21", "22 June": "2025-06-22"}),
    ("en", "Voting will take place on 23 and 24 November.", {"23": "2024-11-23", "24 November": "2024-11-24"}),
    ("en", "The summit met on 2 and 3 October 2019 in Oslo.", {"2": "2019-10-02", "3 October 2019": "2019-10-03"}),
    ("fr", "Le festival aura lieu les 7/8 juillet à Arles.", {"les 7": "2025-07-07", "8 juillet": "2025-07-08"}),
    ("fr", "L'équipe jouera les 14-15 juin à Dijon et les 21/22 juin à Lyon.",
     {"les 14": "2025-06-14", "15 juin": "2025-06-15", "les 21": "2025-06-21", "22 juin": "2025-06-22"}),
    ("fr", "Calendrier : 3-4 août 2025, Brest.", {"3": "2025-08-03", "4 août 2025": "2025-08-04"}),
    ("fr", "Le salon s'est tenu les 5/6 octobre 2019 à Lille.",
     {"les 5": "2019-10-05", "6 octobre 2019": "2019-10-06"}),
])
def test_days_listed_before_their_month_are_each_a_date(comps, lang, text, expected):
    got = found(comps, lang, text)
    for span, value in expected.items():
        assert got.get(span) == value, (span, got)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    ("en", "Stocks rose 2/3 of a point on 5 May.", "2"),
    ("fr", "Les 2/3 des élus ont voté le 5 mai.", "2"),
])
def test_a_fraction_before_a_date_is_no_day(comps, lang, text, absent):
    assert absent not in found(comps, lang, text)


@pytest.mark.parametrize(("lang", "text", "span", "value"), [
    ("en", "The drought lasted more than a decade before the rains came back.", "more than a decade", "P10Y"),
    ("en", "Talks with the rebels took less than a week.", "less than a week", "P1W"),
    ("en", "The mayor waited almost a year for an answer.", "almost a year", "P1Y"),
    ("en", "The strike has gone on for about a month.", "about a month", "P1M"),
    ("fr", "La sécheresse a duré plus d'une décennie.", "plus d'une décennie", "P10Y"),
    ("fr", "Les négociations ont pris moins d’une semaine.", "moins d’une semaine", "P1W"),
    ("fr", "Le maire a attendu près d'un an avant de répondre.", "près d'un an", "P1Y"),
])
def test_a_modifier_before_one_unit_is_inside_the_duration(comps, lang, text, span, value):
    assert found(comps, lang, text).get(span) == value, found(comps, lang, text)


@pytest.mark.parametrize(("lang", "text", "span"), [
    ("en", "The law was passed in a year of crisis.", "a year"),
    ("en", "He was jailed for a month.", "a month"),
    ("fr", "Il a été emprisonné pendant un mois.", "un mois"),
])
def test_a_preposition_before_one_unit_stays_outside(comps, lang, text, span):
    got = found(comps, lang, text)
    assert not any(key != span and key.endswith(span) for key in got), got


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The plan that will guide the city in 2024, in March, was presented to voters.", {"March": "2024-03"}),
    ("en", "Officials said the reforms will take effect in 2024, in February and in March.",
     {"February": "2024-02", "March": "2024-03"}),
    ("fr", "Le plan qui guidera la ville en 2024, en mars, a été présenté aux électeurs.", {"mars": "2024-03"}),
])
def test_a_near_year_of_the_publication_places_a_month_whatever_the_tense(comps, lang, text, expected):
    got = found(comps, lang, text)
    for span, value in expected.items():
        assert got.get(span) == value, got


@pytest.mark.parametrize(("lang", "text", "span", "value"), [
    ("en", "In 2015, the council cut its budget, and in 2019 it hired again. Elections were held in June.",
     "June", "2019-06"),
    ("en", "In 2012 the firm opened a plant; it moved to Ohio in 2024. Sales fell in March.", "March", "2024-03"),
    ("en", "With the 2017 season still fresh, the question is what 2024 will bring. The season starts in June.",
     "June", "2025-06"),
    ("fr", "En 2015, le conseil a réduit son budget, et en 2019 il a recruté à nouveau. "
     "Les élections ont eu lieu en juin.",
     "juin", "2019-06"),
    ("fr", "En 2012, l'usine a ouvert, puis en 2017 elle a déménagé. Les ventes ont chuté en mars.", "mars", "2017-03"),
    ("fr", "Avec la saison 2017 en mémoire, on se demande ce que réservera l'année 2024. Les ventes ont chuté en mars.",
     "mars", "2024-03"),
])
def test_a_frame_year_followed_by_another_year_frames_no_next_sentence(comps, lang, text, span, value):
    assert found(comps, lang, text).get(span) == value, found(comps, lang, text)


@pytest.mark.parametrize(("lang", "text", "span", "value"), [
    ("en", "In 2015, the council cut its budget. Elections were held in June.", "June", "2015-06"),
    ("fr", "En 2015, le conseil a réduit son budget. Les élections ont eu lieu en juin.", "juin", "2015-06"),
])
def test_a_frame_year_alone_in_its_sentence_still_frames_the_next(comps, lang, text, span, value):
    assert found(comps, lang, text).get(span) == value, found(comps, lang, text)


@pytest.mark.parametrize(("lang", "text", "span"), [
    ("en", "Prices are not expected to fall in the near future.", "the near future"),
    ("en", "I don't see anything in the immediate future that would change that.", "the immediate future"),
    ("en", "The base will stay open for the foreseeable future, the minister said.", "the foreseeable future"),
    ("en", "Humans may reach Mars in the not-too-distant future.", "the not-too-distant future"),
    ("fr", "Rien ne changera dans un avenir proche, selon le ministre.", "dans un avenir proche"),
    ("fr", "La base restera ouverte dans un proche avenir.", "dans un proche avenir"),
])
def test_the_near_future_is_one_future_ref(comps, lang, text, span):
    assert found(comps, lang, text).get(span) == "FUTURE_REF", found(comps, lang, text)


@pytest.mark.parametrize(("lang", "text", "span", "value"), [
    ("en", "The bodies were found on July 1, 1999. Police searched the house. It was on July 7 that the brothers "
     "were arrested.", "July 7", "1999-07-07"),
    ("en", "Fighting broke out on March 3, 2011. The army entered the city. On March 20 the rebels withdrew.",
     "March 20", "2011-03-20"),
    ("en", "The dam burst on Sept. 28, 2016. Rescuers worked for days. The last survivor was found on Oct. 9.",
     "Oct. 9", "2016-10-09"),
    ("fr", "Les corps ont été découverts le 1er juillet 1999. La police a fouillé la maison. C'est le 7 juillet "
     "que les frères ont été arrêtés.", "le 7 juillet", "1999-07-07"),
    ("fr", "Les combats ont éclaté le 3 mars 2011. L'armée est entrée dans la ville. Le 20 mars, les rebelles se "
     "sont retirés.", "Le 20 mars", "2011-03-20"),
    ("fr", "La digue a cédé le 28 septembre 2016. Les secours ont travaillé sans relâche. Le dernier survivant a "
     "été retrouvé le 9 octobre.", "le 9 octobre", "2016-10-09"),
])
def test_a_day_told_shortly_after_a_full_date_is_in_its_year(comps, lang, text, span, value):
    assert found(comps, lang, text).get(span) == value, found(comps, lang, text)


@pytest.mark.parametrize(("lang", "text", "span", "value"), [
    ("en", "He resigned on June 3, 2015. His party lost the next election. He announced his return on March 5.",
     "March 5", "2024-03-05"),
    ("en", "The plant opened on May 2, 2010. It was sold in 2019. Workers went on strike on May 20.",
     "May 20", "2024-05-20"),
    ("en", "The war ended on Jan. 5, 2003. Many soldiers came home. The general said on Aug. 30 that he had no "
     "regrets.", "Aug. 30", "2024-08-30"),
    ("fr", "Il a démissionné le 3 juin 2015. Son parti a perdu les élections. Il a annoncé son retour le 5 mars.",
     "le 5 mars", "2024-03-05"),
    ("fr", "La guerre a pris fin le 5 janvier 2003. Beaucoup de soldats sont rentrés. Le général a dit le 30 août "
     "ne rien regretter.", "le 30 août", "2024-08-30"),
])
def test_a_day_before_or_far_from_the_full_date_keeps_the_publication_year(comps, lang, text, span, value):
    assert found(comps, lang, text).get(span) == value, found(comps, lang, text)


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The forecast is coming four months before the peak of the season.", "four months", "P4M"),
    ("Help was coming two days after the flood, residents said.", "two days", "P2D"),
    ("The report is coming three weeks late, the auditors admitted.", "three weeks", "P3W"),
])
def test_a_window_word_used_as_the_verb_is_outside_the_duration(comps, text, span, value):
    got = found(comps, "en", text)
    assert got.get(span) == value, got


def test_a_window_word_before_its_noun_stays_inside(comps):
    assert "coming months" in found(comps, "en", "Rates will rise in coming months, the bank said.")
