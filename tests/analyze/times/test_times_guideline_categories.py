"""Time expressions by TimeML 1.2.1 category (issue 12), in both languages where the rule applies.

Each table is one class of the guidelines and of the error classes of the issue; every sentence was written
for its rule before the rule (none comes from a dev set). Published Thursday 17 October 2024 (ISO week 42)
unless the case says otherwise. What the rules do is told in docs/times-and-places.md.
"""

from __future__ import annotations

import pytest
from times_helpers import found

# a count of times before a rate is inside the SET (TimeML 1.2.1: "twice a week", value P1W, freq 2X)
RATES = [
    ('en', 'The council meets twice a year.', 'twice a year', 'P1Y'),
    ('en', 'Patrols pass three times a day along the border.', 'three times a day', 'P1D'),
    ('en', 'The committee will meet once a month until the vote.', 'once a month', 'P1M'),
    ('en', 'Inspectors visited the plant 4 times a week.', '4 times a week', 'P1W'),
    ('fr', 'Le conseil se réunit deux fois par an.', 'deux fois par an', 'P1Y'),
    ('fr', 'Les patrouilles passent trois fois par jour.', 'trois fois par jour', 'P1D'),
    ('fr', "Le comité se réunira une fois par mois jusqu'au vote.", 'une fois par mois', 'P1M'),
]

# a month of every year, every other unit
MONTH_SETS = [
    ('en', 'Orangemen march each July through the town.', 'each July', 'XXXX-07'),
    ('en', 'Every May, the town holds a fair.', 'Every May', 'XXXX-05'),
    ('en', 'The committee meets every other week.', 'every other week', 'P2W'),
    ('fr', 'La fête a lieu chaque mois de juillet.', 'chaque mois de juillet', 'XXXX-07'),
    ('fr', 'La commune organise une fête tous les mois de juin.', 'tous les mois de juin', 'XXXX-06'),
]

# a plural unit pointing ahead or back without a count: a vague duration
WINDOWS = [
    ('en', 'Talks are expected to resume in the weeks ahead.', 'the weeks ahead', 'PXW'),
    ('en', 'Prices will keep rising in the months to come.', 'the months to come', 'PXM'),
    ('fr', 'Les prix baisseront dans les mois à venir.', 'les mois à venir', 'PXM'),
    ('fr', 'Le gouvernement sera nommé dans les jours qui viennent.', 'les jours qui viennent', 'PXD'),
    ('fr', "Au cours des prochaines semaines, l'armée renforcera ses positions.", 'prochaines semaines', 'PXW'),
]

# one unit as the object of a verb of duration
VERB_OBJECTS = [
    ('en', 'The president spent a week in China.', 'a week', 'P1W'),
    ('en', 'The siege of the city lasted a month.', 'a month', 'P1M'),
    ('en', 'Rebuilding the bridge took a year.', 'a year', 'P1Y'),
]

# approximations, parts of the narrative's day, mid-afternoon, bare "coming weeks"
APPROXIMATIONS = [
    ('en', 'The plant should reopen in the next two years or so.', 'the next two years or so', 'P2Y'),
    ('en', 'Then, a week or so ago, the general resigned.', 'a week or so ago', '2024-10-10'),
    ('fr', 'Les tirs ont duré deux heures environ.', 'deux heures environ', 'PT2H'),
    ('en', 'Rebels attacked the base that night.', 'that night', '2024-10-17TNI'),
    ('en', 'The suspect appeared in court the next morning.', 'the next morning', '2024-10-18TMO'),
    ('en', 'Troops left the following evening.', 'the following evening', '2024-10-18TEV'),
    ('en', 'On Monday police made arrests; that afternoon, the mayor resigned.', 'that afternoon', '2024-10-14TAF'),
    ('en', 'By mid-afternoon, the protest was over.', 'mid-afternoon', '2024-10-17TAF'),
    ('en', 'The central bank may cut rates in coming weeks.', 'coming weeks', 'PXW'),
]

# an amount hyphened to its unit before a temporal noun: the whole noun phrase
TEMPORAL_HEADS = [
    ('en', 'Prices were frozen for a three-year period.', 'a three-year period', 'P3Y'),
    ('en', 'The 90-day period expires on Friday.', 'The 90-day period', 'P90D'),
    ('en', 'The two-day visit ended.', 'two-day', 'P2D'),
]

# approximate counts back and ahead
APPROXIMATE_COUNTS = [
    ('fr', 'Il y a une quinzaine de jours, le maire a démissionné.', 'Il y a une quinzaine de jours', '2024-10-02'),
    ('fr', "Il y a une dizaine d'années, la région était en paix.", "Il y a une dizaine d'années", '2014'),
    ('en', 'The plant closed a dozen years ago.', 'a dozen years ago', '2012'),
    ('fr', 'Le chantier durera une quinzaine de jours.', 'une quinzaine de jours', 'P15D'),
    ('fr', 'Les deux prochaines années seront difficiles.', 'Les deux prochaines années', 'P2Y'),
    ('fr', 'Au cours des dernières années, la dette a augmenté.', 'dernières années', 'PXY'),
]

# positions in seasons and periods, years with their noun, « il y a tout juste »
POSITIONS = [
    ('en', 'Work will resume in early summer.', 'early summer', '2025-SU'),
    ('en', 'Repairs will go on until the end of the summer.', 'the end of the summer', '2025-SU'),
    ('en', 'The plant closed in late spring 2023.', 'late spring 2023', '2023-SP'),
    ('en', 'Orders rose from the low levels of the early summer.', 'the early summer', '2024-SU'),
    ('en', 'The talks collapsed late last summer.', 'late last summer', '2024-SU'),
    ('fr', "Les travaux dureront jusqu'à la fin de l'été.", "la fin de l'été", '2025-SU'),
    ('fr', "L'usine a fermé à la fin de l'automne 2003.", "la fin de l'automne 2003", '2003-FA'),
    ('fr', "La récolte a commencé à la fin de l'été dernier.", "la fin de l'été dernier", '2024-SU'),
    ('fr', 'Les deux hommes se sont affrontés en fin de semaine dernière.', 'fin de semaine dernière', '2024-W41'),
    ('fr', 'Le texte sera voté en début de semaine prochaine.', 'début de semaine prochaine', '2024-W43'),
    ('en', 'In the year 2000, the town had 500 inhabitants.', 'the year 2000', '2000'),
    ('fr', "En l'an 2000, la commune comptait 500 habitants.", "l'an 2000", '2000'),
    ('fr', 'Le chantier avait débuté il y a tout juste un an.', 'il y a tout juste un an', '2023'),
    ('fr', "L'usine a fermé il y a déjà trois ans.", 'il y a déjà trois ans', '2021'),
]

# the narrative's year carries on (TempEval's reference time)
NARRATIVE_YEARS = [
    ('fr', 'En 2003, les troupes sont entrées en Irak le 20 mars. Le 9 avril, Bagdad est tombée. Le 1er mai, '
           'le président a proclamé la fin des combats.', 'Le 1er mai', '2003-05-01'),
    ('en', 'In 2003, troops entered Iraq on March 20. On April 9, Baghdad fell. On May 1, the president '
           'declared the end of major combat.', 'May 1', '2003-05-01'),
    ('fr', 'En 2019, la croissance a atteint 3 %. Au premier trimestre, elle avait ralenti.',
     'premier trimestre', '2019-Q1'),
    ('en', 'In 2019, growth reached 3 percent. In the first quarter, it had slowed.', 'the first quarter', '2019-Q1'),
    ('fr', 'En 2015, la sécheresse a frappé le pays. Au printemps, les récoltes avaient déjà souffert.',
     'printemps', '2015-SP'),
]

# halves of a year with their year
HALVES = [
    ('en', 'Growth will pick up in the second half of the year.', 'the second half of the year', '2024-H2'),
    ('en', 'The plant will reopen in the second half of next year.', 'the second half of next year', '2025-H2'),
    ('en', 'Profit fell in the latter half of 1989.', 'the latter half of 1989', '1989-H2'),
    ('en', 'Profit rose in the third quarter of fiscal 1990.', 'the third quarter of fiscal 1990', '1990-Q3'),
    ('en', "Third-quarter revenue fell. German revenue for last year's quarter was close to $8 million.",
     "last year's quarter", '2023-Q3'),
    ('fr', "Les ventes ont chuté au cours de la première moitié de l'année.",
     "la première moitié de l'année", '2024-H1'),
    ('fr', "L'usine rouvrira dans la seconde moitié de 2025.", 'la seconde moitié de 2025', '2025-H2'),
    ('fr', "Le déficit a été réduit au second semestre de l'année dernière.",
     "second semestre de l'année dernière", '2023-H2'),
]

# weeks named by a day, ordinal weekdays of a relative month, "this coming"
WEEKS_AND_NTH_DAYS = [
    ('en', 'The meeting is scheduled for the week of March 6.', 'the week of March 6', '2025-W10'),
    ('en', 'Shares fell sharply in the week of Oct. 7.', 'the week of Oct. 7', '2024-W41'),
    ('fr', 'Les négociations reprendront la semaine du 4 novembre.', 'la semaine du 4 novembre', '2024-W45'),
    ('en', 'The strike will begin on the first Monday of next month.', 'the first Monday of next month', '2024-11-04'),
    ('fr', 'La grève commencera le premier lundi du mois prochain.', 'le premier lundi du mois prochain', '2024-11-04'),
    ('fr', "Le conseil s'est réuni le dernier vendredi du mois dernier.",
     'le dernier vendredi du mois dernier', '2024-09-27'),
    ('en', 'The vote is set for this coming Sunday.', 'this coming Sunday', '2024-10-20'),
    ('en', 'The vote took place this past Sunday.', 'this past Sunday', '2024-10-13'),
]

# periods placed from the narrative
ANAPHORIC_PERIODS = [
    ('en', 'On March 3, the minister resigned. The following week, the government fell.',
     'The following week', '2024-W10'),
    ('en', 'In March, the company received an offer. The following month, it put itself up for sale.',
     'The following month', '2024-04'),
    ('en', 'On March 3, the minister resigned. The previous month, he had been questioned.',
     'The previous month', '2024-02'),
    ('fr', 'Le 3 mars, le ministre a démissionné. La semaine suivante, le gouvernement est tombé.',
     'La semaine suivante', '2024-W10'),
    ('fr', 'Le 3 mars, le ministre a démissionné. Le mois suivant, des élections ont été convoquées.',
     'Le mois suivant', '2024-04'),
    ('fr', 'Le 3 mars, le ministre a démissionné. Cette semaine-là, la bourse a chuté.',
     'Cette semaine-là', '2024-W09'),
    ('en', 'The government will fall the following week, officials said.', 'the following week', '2024-W43'),
    ('fr', 'Le PIB a progressé au troisième trimestre par rapport au trimestre précédent.',
     'trimestre précédent', '2024-Q2'),
    ('fr', 'La décennie écoulée a été marquée par la crise.', 'La décennie écoulée', 'P10Y'),
    ('fr', "L'année écoulée a été difficile pour le club.", "L'année écoulée", '2023'),
]

# the whole set of expressions a sentence has (nothing more: the words around stay out)
EXACT = [
    ("en", "The club meets on Tuesday nights.", {"Tuesday nights": "XXXX-WXX-2TNI"}),
    ("en", "The attack came on Tuesday night.", {"Tuesday night": "2024-10-15TNI"}),
    ('fr', "À la fin du mois de mai, l'armée s'est retirée.", {'la fin du mois de mai': '2024-05'}),
    ('fr', 'Les pluies ont commencé au début du mois de juin.', {'début du mois de juin': '2024-06'}),
    ('fr', 'Le mois de juillet a été le plus chaud.', {'Le mois de juillet': '2024-07'}),
    ('fr', "La ville se vide au mois d'août.", {"mois d'août": '2024-08'}),
    ('fr', 'Le traité a été signé au mois de mars 1998.', {'mois de mars 1998': '1998-03'}),
    ('fr', 'Le texte sera voté à la fin de la semaine.', {'la fin de la semaine': '2024-W42'}),
    ('fr', "Le texte a été voté au début de l'année.", {"début de l'année": '2024'}),
    ('fr', "Le texte sera voté en fin d'année.", {"fin d'année": '2024'}),
    ('fr', 'Le texte a été voté au début du mois dernier.', {'début du mois dernier': '2024-09'}),
    ('fr', "Le salon s'est tenu du lundi 7 au vendredi 11 octobre.",
     {'lundi 7': '2024-10-07', 'vendredi 11 octobre': '2024-10-11'}),
    ('fr', 'Les matchs se sont joués les samedi 5 et dimanche 6 octobre.',
     {'les samedi 5': '2024-10-05', 'dimanche 6 octobre': '2024-10-06'}),
    ('en', 'The curfew starts at midnight.', {'midnight': '2024-10-17T24:00'}),
]

# no time expression at all: a count, a share, a half of a game, a modal, a pronoun, a name
NO_TIME = [
    ("en", "The September 11 Commission issued its report."),
    ("en", "Visitors flocked to the October 7 Memorial."),
    ('en', 'Officials said that morale was low.'),
    ('en', 'A dozen or so soldiers were wounded.'),
    ('en', 'A late fall in prices hurt farmers.'),
    ('en', 'He scored twice in the first half of the match.'),
    ('fr', 'Il a marqué deux buts dans la première moitié du match.'),
    ('en', 'Each may vote for one candidate.'),
    ('fr', 'Une quinzaine de manifestants ont été interpellés.'),
]

# no expression of that extent
ABSENT = [
    ('en', 'He was arrested three times a decade ago.', 'three times a decade'),
    ('fr', 'Il a été élu trois fois en dix ans.', 'trois fois en dix ans'),
    ('en', 'Officials described a week of talks as useful.', 'a week'),
]

CASES = [*RATES, *MONTH_SETS, *WINDOWS, *VERB_OBJECTS, *APPROXIMATIONS, *TEMPORAL_HEADS, *APPROXIMATE_COUNTS,
         *POSITIONS, *NARRATIVE_YEARS, *HALVES, *WEEKS_AND_NTH_DAYS, *ANAPHORIC_PERIODS]


@pytest.mark.parametrize(("lang", "text", "span", "value"), CASES)
def test_expression(comps, lang, text, span, value):
    got = found(comps, lang, text)
    assert got.get(span) == value, got


@pytest.mark.parametrize(("lang", "text", "expected"), EXACT)
def test_exact_expressions(comps, lang, text, expected):
    assert found(comps, lang, text) == expected


@pytest.mark.parametrize(("lang", "text"), NO_TIME)
def test_no_time(comps, lang, text):
    assert found(comps, lang, text) == {}


@pytest.mark.parametrize(("lang", "text", "span"), ABSENT)
def test_absent(comps, lang, text, span):
    assert span not in found(comps, lang, text)


def test_last_summer_keeps_its_own_year(comps):
    got = found(comps, "en", "In 2015, drought hit the country. Last summer, the harvest was good.")
    assert got.get("Last summer") == "2024-SU", got


def test_french_clock_time_leaves_the_space_out(comps):
    got = found(comps, "fr", "L'explosion a eu lieu vers 15 h (14 h à Londres).")
    assert "15 h" in got, got


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Violence flared over the past three summers.", {}),
    ("en", "In the past, such attacks were rare.", {"the past": "PAST_REF"}),
    ("fr", "Il est actuellement un des favoris.", {"actuellement": "PRESENT_REF"}),
])
def test_vague_past_before_a_count(comps, lang, text, expected):
    """"the past" before a count is the article of the counted noun, no vague past."""
    assert found(comps, lang, text) == expected
