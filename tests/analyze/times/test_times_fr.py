"""French time expressions: span text and TIMEX3 value, relative to the publication date."""

from __future__ import annotations

from datetime import date

import pytest
from times_helpers import run, values

from veille.analyze.times import TimesComponent, ranges

PUB = date(2024, 10, 17)  # a Thursday


@pytest.fixture(scope="module")
def comp(fr_nlp):
    return TimesComponent(fr_nlp)


CASES = [
    # absolute dates
    ("Le sommet s'est tenu le 30 juin.", PUB, "le 30 juin", "2024-06-30", "DATE"),
    ("Ils se sont mariés le 1er mai 1962.", PUB, "le 1er mai 1962", "1962-05-01", "DATE"),
    ("Les attentats du 11 septembre ont frappé le tourisme.", date(2002, 2, 9), "11 septembre", "2001-09-11", "DATE"),
    ("Les élections auront lieu le 13 avril prochain.",
      date(2003, 2, 24), "le 13 avril prochain", "2003-04-13", "DATE"),
    ("Le recensement du 8 mars dernier est publié.", PUB, "8 mars dernier", "2024-03-08", "DATE"),
    ("Le salon ouvrira le jeudi 23 mai.", date(2002, 5, 11), "le jeudi 23 mai", "2002-05-23", "DATE"),
    ("Il a été arrêté le 10 novembre 93 sur l'autoroute.",
      date(2002, 1, 21), "le 10 novembre 93", "1993-11-10", "DATE"),
    ("Rendez-vous le 05/03/2024 à la mairie.", PUB, "05/03/2024", "2024-03-05", "DATE"),
    # months and years
    ("Le Japon a livré des camions en mai 2023.", PUB, "mai 2023", "2023-05", "DATE"),
    ("Les violences ont commencé fin septembre 2000.", PUB, "fin septembre 2000", "2000-09", "DATE"),
    ("Les ventes ont chuté en mars.", PUB, "mars", "2024-03", "DATE"),
    ("Les élections auront lieu en mars.", PUB, "mars", "2025-03", "DATE"),
    ("Il a signé en septembre dernier.", date(2002, 2, 9), "septembre dernier", "2001-09", "DATE"),
    ("Il est né en 1943 à Kinston.", PUB, "1943", "1943", "DATE"),
    ("L'OTAN invite ces dirigeants à ses sommets depuis 2022.", PUB, "2022", "2022", "DATE"),
    ("Au début des années 60, il jouait du saxophone.", PUB, "début des années 60", "196X", "DATE"),
    ("Pendant les années 1990, la ville a grandi.", PUB, "les années 1990", "199X", "DATE"),
    ("Au XXe siècle, la ville a grandi.", PUB, "XXe siècle", "19", "DATE"),
    # weekdays and tense
    ("Les ministres se sont réunis jeudi à Bruxelles.", PUB, "jeudi", "2024-10-17", "DATE"),
    ("Le ministre a démissionné mercredi.", PUB, "mercredi", "2024-10-16", "DATE"),
    ("Le ministre a démissionné mardi dernier.", PUB, "mardi dernier", "2024-10-15", "DATE"),
    ("Le ministre a démissionné jeudi dernier.", PUB, "jeudi dernier", "2024-10-10", "DATE"),
    ("Le président se rendra lundi à Paris.", PUB, "lundi", "2024-10-21", "DATE"),
    ("Le ministre devrait signer l'accord vendredi.", PUB, "vendredi", "2024-10-18", "DATE"),
    ("Il sera opéré lundi prochain à Strasbourg.", date(2002, 9, 13), "lundi prochain", "2002-09-16", "DATE"),
    ("Le président souffre depuis mardi d'une grippe.", PUB, "mardi", "2024-10-15", "DATE"),
    ("Ils ont été tués mardi soir dans la piscine.", PUB, "mardi soir", "2024-10-15TEV", "TIME"),
    ("Ils auront rendez-vous dimanche matin à la gare.", PUB, "dimanche matin", "2024-10-20TMO", "TIME"),
    # relative days and parts of day
    ("Le ministre a confirmé hier l'accord.", PUB, "hier", "2024-10-16", "DATE"),
    ("Le conseil a voté avant-hier.", PUB, "avant-hier", "2024-10-15", "DATE"),
    ("La commission rendra son avis demain.", PUB, "demain", "2024-10-18", "DATE"),
    ("Le ministre se rend aujourd'hui à Lyon.", PUB, "aujourd'hui", "2024-10-17", "DATE"),
    ("Il a été hospitalisé hier soir.", PUB, "hier soir", "2024-10-16TEV", "TIME"),
    ("Il est décédé hier matin.", date(1999, 5, 20), "hier matin", "1999-05-19TMO", "TIME"),
    ("Lionel Jospin reçoit ce soir les ministres.", PUB, "ce soir", "2024-10-17TEV", "TIME"),
    ("Plus tôt dans la journée, il s'est entretenu avec son homologue.", PUB,
     "Plus tôt dans la journée", "2024-10-17", "DATE"),
    # clock times
    ("Le bal commence à 22 h sur la place.", PUB, "22 h", "2024-10-17T22:00", "TIME"),
    ("Le corps a été découvert hier vers 21 h 45.", PUB, "21 h 45", "2024-10-16T21:45", "TIME"),
    ("Hier, vers midi, une femme est tombée.", PUB, "midi", "2024-10-16T12:00", "TIME"),
    # weeks, months, years relative to publication
    ("La Chine a mené plus tôt dans la semaine des exercices.", PUB, "plus tôt dans la semaine", "2024-W42", "DATE"),
    ("Il assistera plus tard cette semaine à la réunion.", PUB, "plus tard cette semaine", "2024-W42", "DATE"),
    ("La semaine dernière, le président a parlé.", PUB, "La semaine dernière", "2024-W41", "DATE"),
    ("Le mois dernier, les ventes ont chuté.", PUB, "Le mois dernier", "2024-09", "DATE"),
    ("L'an prochain, les impôts baisseront.", PUB, "L'an prochain", "2025", "DATE"),
    ("Cette année, la croissance est faible.", PUB, "Cette année", "2024", "DATE"),
    ("Les résultats seront affinés d'ici la fin de l'année.", PUB, "la fin de l'année", "2024", "DATE"),
    ("Des législatives anticipées à l'automne sont possibles.", date(1999, 5, 21), "l'automne", "1999-FA", "DATE"),
    ("Il a été arrêté il y a trois jours.", PUB, "il y a trois jours", "2024-10-14", "DATE"),
    ("Le PIB a reculé au deuxième trimestre.", PUB, "deuxième trimestre", "2024-Q2", "DATE"),
    ("Les ventes du premier semestre 2023 sont en hausse.", PUB, "premier semestre 2023", "2023-H1", "DATE"),
    ("Il est venu en fin d'année.", PUB, "fin d'année", "2024", "DATE"),  # « en »: a signal
    ("La réunion aura lieu mi-novembre.", PUB, "mi-novembre", "2024-11", "DATE"),
    ("Il y a quelques années, la ville était pauvre.", PUB, "Il y a quelques années", "PAST_REF", "DATE"),
    ("Depuis le début de l'année, les prix montent.", PUB, "le début de l'année", "2024", "DATE"),
    # durations
    ("Les combats ont repris ces derniers jours.", PUB, "ces derniers jours", "PXD", "DURATION"),
    ("Les prix augmenteront dans les prochaines semaines.", PUB, "les prochaines semaines", "PXW", "DURATION"),
    ("Les combats ont duré trois jours.", PUB, "trois jours", "P3D", "DURATION"),
    ("Il devance son coéquipier de 30,4 secondes.", PUB, "30,4 secondes", "PT30.4S", "DURATION"),
    ("Il a été condamné à deux ans de prison.", PUB, "deux ans", "P2Y", "DURATION"),
    ("L'Alliance a opéré 790 sorties ces dernières 24 heures.", PUB, "ces dernières 24 heures", "PT24H", "DURATION"),
    ("Leur association durera plus de vingt ans.", PUB, "plus de vingt ans", "P20Y", "DURATION"),
    ("Le sous-marin échappe depuis plusieurs jours aux recherches.", PUB, "plusieurs jours", "PXD", "DURATION"),
    ("Il a plaidé pour un quinquennat de cohérence.", PUB, "quinquennat", "P5Y", "DURATION"),
    ("Les travaux dureront environ deux mois.", PUB, "environ deux mois", "P2M", "DURATION"),
    ("Il a perdu vingt-quatre heures.", PUB, "vingt-quatre heures", "PT24H", "DURATION"),
    ("Il a attendu une demi-heure.", PUB, "une demi-heure", "PT30M", "DURATION"),
    # holidays and anaphora
    ("Le village inaugurera sa nouvelle salle en cette fête de Pentecôte.",
      date(2005, 5, 10), "Pentecôte", "2005-05-15", "DATE"),
    ("Les magasins seront ouverts à Noël.", PUB, "Noël", "2024-12-25", "DATE"),
    ("À l'époque, il vivait à Paris.", PUB, "À l'époque", "PAST_REF", "TIME"),
    ("Il est arrivé le 3 mars 2024. La veille au soir, il était à Lyon.", PUB,
     "La veille au soir", "2024-03-02TEV", "TIME"),
    # sets
    ("Le comité se réunit chaque semaine.", PUB, "chaque semaine", "P1W", "SET"),
    ("Les inscriptions ont lieu tous les jeudis.", PUB, "tous les jeudis", "XXXX-WXX-4", "SET"),
    ("La croissance est de 0,4 % par an.", PUB, "an", "P1Y", "SET"),
    ("Des millions de personnes visitent chaque année les parcs.", PUB, "chaque année", "P1Y", "SET"),
    ("Le dîner annuel du CRIF a eu lieu.", PUB, "annuel", "P1Y", "SET"),
    # vague references
    ("Les diplomates doivent maintenant agir.", PUB, "maintenant", "PRESENT_REF", "TIME"),
    ("L'Ukraine deviendra membre de l'alliance à l'avenir.", PUB, "à l'avenir", "FUTURE_REF", "TIME"),
    ("Autrefois, la ville était prospère.", PUB, "Autrefois", "PAST_REF", "TIME"),
    ("Aujourd'hui, la situation est différente.", PUB, "Aujourd'hui", "PRESENT_REF", "TIME"),
    ("Actuellement, la taxe pèse sur les entreprises.", PUB, "Actuellement", "PRESENT_REF", "TIME"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,pub,span,value,typ", CASES)
def test_french_expression(fr_nlp, comp, text, pub, span, value, typ):
    items = run(fr_nlp, comp, text, pub, "fr")
    hits = [t for t in items if t.text == span]
    assert hits, f"{span!r} not found in {values(items)}"
    assert hits[0].value == value
    assert hits[0].type == typ
    assert text[hits[0].start:hits[0].end] == span


NEGATIVE = [
    ("Une fillette de 6 ans s'est noyée.", "6 ans"),
    ("Un jeune Britannique de 15 ans est soigné.", "15 ans"),
    ("L'armée a mobilisé 2000 soldats.", "2000"),
    ("Le Groupe des Sept se réunira en Italie.", "Sept"),
    ("Le robot a exploré la planète Mars.", "Mars"),
    ("Il a été élu au premier tour.", "été"),
    ("Il faut recevoir une seconde fois les Blazers.", "une seconde"),
    ("Il a tenu sept ans à la tête du club.", "sept"),
    ("Un renforcement sans précédent de la sécurité.", "précédent"),
    ("L'accord du Vendredi saint est menacé.", "Vendredi"),
    ("Les moins de 17 ans ont gagné.", "moins de 17 ans"),
    ("Une fête de fin d'année a eu lieu.", "fin d'année"),
    ("Le bilan fait état de 1.170 morts en 2000 jours.", "1.170"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,span", NEGATIVE)
def test_french_non_times(fr_nlp, comp, text, span):
    items = run(fr_nlp, comp, text, PUB, "fr")
    assert not any(t.text == span for t in items), values(items)


@pytest.mark.model
def test_anaphoric_day_and_clock_follow_the_last_date(fr_nlp, comp):
    text = ("Samedi 24 juillet à 15 h 45, Boris Grüner épousera Anne Muller. "
            "Le même jour à 14 h 15, Paul épousera Marie.")
    items = run(fr_nlp, comp, text, date(1999, 7, 23), "fr")
    got = dict(values(items))
    assert got["Samedi 24 juillet"] == "1999-07-24"
    assert got["15 h 45"] == "1999-07-24T15:45"
    assert got["Le même jour"] == "1999-07-24"
    assert got["14 h 15"] == "1999-07-24T14:15"


@pytest.mark.model
def test_clock_takes_a_day_named_later_in_the_sentence(fr_nlp, comp):
    items = run(fr_nlp, comp, "Vers 0 h 40, jeudi, deux voitures se sont percutées.", date(2003, 2, 22), "fr")
    assert dict(values(items))["0 h 40"] == "2003-02-20T00:40"


@pytest.mark.model
def test_range_pairs(fr_nlp, comp):
    text = "Le Japon a envoyé 101 camions en Ukraine entre mai 2023 et mars 2024."
    doc = fr_nlp(text)
    items = comp.find(doc, lang="fr", published=PUB)
    pairs = ranges(items, doc)
    assert [(a.value, b.value) for a, b in pairs] == [("2023-05", "2024-03")]


@pytest.mark.model
def test_day_list_and_ranges(fr_nlp, comp):
    doc = fr_nlp("Le centre sera ouvert du 19 au 23 juillet. Les élections auront lieu les 6 et 13 avril prochains.")
    items = comp.find(doc, lang="fr", published=date(1999, 7, 16))
    got = values(items)
    assert ("19", "1999-07-19") in got and ("23 juillet", "1999-07-23") in got
    assert ("les 6", "2000-04-06") in got and ("13 avril prochains", "2000-04-13") in got
    pairs = [(a.value, b.value) for a, b in ranges(items, doc)]
    assert pairs == [("1999-07-19", "1999-07-23")]  # a list is not a range


@pytest.mark.model
def test_year_range_gives_two_dates(fr_nlp, comp):
    doc = fr_nlp("Par rapport à la période 1982-1990, la croissance ralentit.")
    items = comp.find(doc, lang="fr", published=PUB)
    assert values(items) == [("1982", "1982"), ("1990", "1990")]
    assert len(ranges(items, doc)) == 1


class TestWithoutPublicationDate:
    @pytest.mark.model
    @pytest.mark.parametrize("text,span,value,resolved", [
        ("Le sommet aura lieu le 17 octobre.", "le 17 octobre", "XXXX-10-17", False),
        ("Le sommet a eu lieu le 17 octobre 2024.", "le 17 octobre 2024", "2024-10-17", True),
        ("Il est arrivé hier.", "hier", "XXXX-XX-XX", False),
        ("Ils se sont réunis jeudi.", "jeudi", "XXXX-WXX-4", False),
        ("Les combats ont duré trois jours.", "trois jours", "P3D", True),
        ("La semaine dernière, il a parlé.", "La semaine dernière", "XXXX-WXX", False),
        ("Les ventes ont chuté en mars.", "mars", "XXXX-03", False),
        ("Il est venu à 22 h.", "22 h", "XXXX-XX-XXT22:00", False),
    ])
    def test_unresolved(self, fr_nlp, comp, text, span, value, resolved):
        items = run(fr_nlp, comp, text, None, "fr")
        hit = next(t for t in items if t.text == span)
        assert (hit.value, hit.resolved) == (value, resolved)
