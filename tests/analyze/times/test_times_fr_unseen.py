"""French TimeML classes that the held-back French TimeBank half showed weak (issue 12), with sentences
written for them in the style of French wire copy (made up, not taken from a corpus). Published on
Thursday 17 October 2024."""

from __future__ import annotations

import pytest
from times_helpers import PUB, found, run, values


def _run(fr, text):
    """The times ``fr`` (pipeline, times component) finds in ``text``, published ``PUB``."""
    nlp, comp = fr
    return run(nlp, comp, text, PUB, "fr")

# A French future the tagger reads as a past participle (« votera » tagged Tense=Past|VerbForm=Part, no
# auxiliary): the ending of the simple future says the tense.
FUTURE_FORMS = [
    ("Le Parlement votera mardi le budget.", ("mardi", "2024-10-22")),
    ("Le Sénat examinera lundi le projet de loi.", ("lundi", "2024-10-21")),
    ("La commission rendra mardi ses conclusions.", ("mardi", "2024-10-22")),
    ("Les délégués signeront mardi l'accord.", ("mardi", "2024-10-22")),
    ("Le syndicat organisera mardi une marche.", ("mardi", "2024-10-22")),
    ("L'Assemblée adoptera en février le texte.", ("février", "2025-02")),
]

# A participle or adjective the parser made the head of its clause, with its auxiliary (« seront
# connus »): the auxiliary's tense places the time.
AUXILIARY_HEADS = [
    ("Les résultats seront connus courant avril.", ("courant avril", "2025-04")),
    ("Les résultats seront connus en avril.", ("avril", "2025-04")),
    ("Le bilan sera disponible en février.", ("février", "2025-02")),
    ("Le stade sera prêt en mars.", ("mars", "2025-03")),
    ("Les candidats seront reçus mardi à la préfecture.", ("mardi", "2024-10-22")),
]

# A weekday fronted before the clause, that the parser split off as a tree of its own (« Samedi vers
# 23 h, ... »): the verb of the sentence gives the tense.
FRONTED_WEEKDAYS = [
    ("Samedi vers 23 h, deux jeunes ont été interpellés.", ("Samedi", "2024-10-12")),
    ("Samedi vers 23 h, deux jeunes ont été interpellés.", ("23 h", "2024-10-12T23:00")),
    ("Dimanche vers midi, les secours ont retrouvé le randonneur.", ("Dimanche", "2024-10-13")),
    ("Lundi vers 15 h, le suspect a été remis en liberté.", ("Lundi", "2024-10-14")),
    ("Mardi soir, vers 22 h, un incendie a ravagé un entrepôt.", ("Mardi soir", "2024-10-15TEV")),
    ("Samedi en fin de matinée, un automobiliste a été blessé.", ("Samedi", "2024-10-12")),
]

# A part of the day of a named weekday (« la nuit de mardi », « la soirée de vendredi »): one TIME, as
# « mardi soir » is (French TimeML: the part of day with its day).
PARTS_OF_WEEKDAYS = [
    ("Le ministre a été hospitalisé dans la nuit de mardi.", ("la nuit de mardi", "2024-10-15TNI")),
    ("Les cambrioleurs ont agi dans la nuit de dimanche.", ("la nuit de dimanche", "2024-10-13TNI")),
    ("Le conseil se réunira dans la matinée de lundi.", ("la matinée de lundi", "2024-10-21TMO")),
    ("Les manifestants se sont rassemblés dans la soirée de mardi.", ("la soirée de mardi", "2024-10-15TEV")),
    ("Le corps a été découvert dans l'après-midi de samedi.", ("l'après-midi de samedi", "2024-10-12TAF")),
    ("La grève prendra fin dans la soirée de mercredi.", ("la soirée de mercredi", "2024-10-23TEV")),
]

# A year inside the adverbial phrase that opens the sentence (« Lors des élections de 2002, ... ») frames
# the whole sentence, as « En 2002, ... » does: a month or day without a year in it is of that year.
FRONTED_YEARS = [
    ("Lors des élections de 2002, le candidat de l'extrême droite avait créé la surprise le 21 avril.",
     ("le 21 avril", "2002-04-21")),
    ("Au lendemain de la tempête de 1999, les forestiers ont déblayé les routes en janvier.",
     ("janvier", "1999-01")),
    ("À l'issue des longues négociations salariales de 1997, la direction a signé l'accord le 2 juin.",
     ("le 2 juin", "1997-06-02")),
    ("Pour la saison sportive 2001, le club de football de la ville avait recruté en juillet trois joueurs.",
     ("juillet", "2001-07")),
    ("Lors de la Coupe du monde de football de 1998, la France a battu le Brésil en finale le 12 juillet.",
     ("le 12 juillet", "1998-07-12")),
]

# A day of the month alone that opens its sentence (« Le 15, ... ») is that day of the month the
# narrative last fixed (French TimeML: an anaphoric DATE on the reference time).
NARRATIVE_DAYS = [
    ("Le 12 mars 2003, les troupes ont franchi la frontière. Le 15, elles étaient à Bassora.",
     ("Le 15", "2003-03-15")),
    ("En mai 1968, les étudiants ont occupé la Sorbonne. Le 30, de Gaulle a dissous l'Assemblée.",
     ("Le 30", "1968-05-30")),
    ("La grève a commencé le 4 décembre 1995. Le 1er, les cheminots avaient déposé un préavis.",
     ("Le 1er", "1995-12-01")),
    ("Le procès s'est ouvert le 2 juin. Le 9, la défense a plaidé l'acquittement.", ("Le 9", "2024-06-09")),
    ("Les pluies ont commencé en septembre 2001. Le 21, la rivière a débordé.", ("Le 21", "2001-09-21")),
]

# A year in a clause of its own (a participle, an apposition: « fondé en 1901 ») does not place a month or
# a day of the main clause, however near.
CLAUSE_YEARS_NOT = [
    ("Le club, fondé en 1901, a remporté le championnat en mai.", ("mai", "1901-05")),
    ("Né en 1950 à Lyon, il a été élu maire en mars.", ("mars", "1950-03")),
    ("La société, créée en 1985, a fermé le 3 juin.", ("le 3 juin", "1985-06-03")),
    ("Le pont, inauguré en 1962, sera fermé en février.", ("février", "1962-02")),
    ("L'église, bâtie en 1890, a brûlé le 2 avril.", ("le 2 avril", "1890-04-02")),
]

CASES = FUTURE_FORMS + AUXILIARY_HEADS + FRONTED_WEEKDAYS + PARTS_OF_WEEKDAYS + FRONTED_YEARS + NARRATIVE_DAYS


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fr_unseen_class(fr, text, expected):
    assert expected in values(_run(fr, text))


NEGATIVE = CLAUSE_YEARS_NOT + [
    # a day number without a month the text fixed before is no date; nor an address
    ("Le 15, les troupes étaient à Bassora.", ("Le 15", "2024-10-15")),
    ("Le sommet a eu lieu le 3 mai. Le 15, rue des Lilas, abrite la permanence du parti.",
     ("Le 15", "2024-05-15")),
    # a year after « depuis » or « jusqu'en » bounds a stretch of time, it frames no month of the sentence
    ("Depuis 1998, le chômage a baissé régulièrement dans la région, et il a atteint en mars son plus bas niveau.",
     ("mars", "1998-03")),
    ("Jusqu'en 2001, le franc circulait dans tout le pays, et le ministre a annoncé en mars une réforme.",
     ("mars", "2001-03")),
    # a year inside a clause with its own verb does not frame the main clause (« construite en 1987, »)
    ("Construite dans les faubourgs de la ville en 1987, l'usine textile de la vallée a fermé ses portes en mars.",
     ("mars", "1987-03")),
    # a part of day before a weekday that is not its day (« la nuit de mardi à mercredi » stays one night)
    ("Les combats ont repris dans la nuit de mardi à mercredi.", ("la nuit de mardi", "2024-10-15TNI")),
    # a past participle in a compound past stays past
    ("Le Parlement a voté mardi le budget.", ("mardi", "2024-10-22")),
]


@pytest.mark.parametrize(("text", "unexpected"), NEGATIVE)
def test_fr_unseen_class_rejects(fr, text, unexpected):
    assert unexpected not in values(_run(fr, text))


# A weekday naming the time of a noun that is the subject of a past verb (« La manifestation de samedi a
# rassemblé 10 000 personnes »): the event told is over, the last such weekday even two days ahead.
SUBJECT_EVENTS = [
    ("fr", "La manifestation de samedi a rassemblé 10 000 personnes.", "samedi", "2024-10-12"),
    ("fr", "Le vote de samedi a confirmé la victoire de la gauche.", "samedi", "2024-10-12"),
    ("fr", "L'incendie de samedi a détruit trois hectares de forêt.", "samedi", "2024-10-12"),
    ("fr", "Le concert de vendredi a attiré 5 000 spectateurs.", "vendredi", "2024-10-11"),
    ("fr", "La réunion de samedi a abouti à un accord.", "samedi", "2024-10-12"),
    ("en", "Saturday's demonstration drew 10,000 people.", "Saturday", "2024-10-12"),
    # a future verb keeps it ahead
    ("fr", "La manifestation de samedi rassemblera des milliers de personnes.", "samedi", "2024-10-19"),
]


@pytest.mark.parametrize(("lang", "text", "expr", "value"), SUBJECT_EVENTS)
def test_weekday_of_a_subject_event(comps, lang, text, expr, value):
    assert found(comps, lang, text).get(expr) == value


# « le samedi » in a clause that tells one past event (passé composé) is that Saturday, a DATE; in a
# present or an imperfect (a habit) it stays the SET of Saturdays.
ONE_PAST_WEEKDAY = [
    ("Le président est arrivé le samedi à Paris.", "le samedi", ("DATE", "2024-10-12")),
    ("Les négociateurs se sont retrouvés le lundi à Genève.", "le lundi", ("DATE", "2024-10-14")),
    ("Le corps a été découvert le dimanche par un promeneur.", "le dimanche", ("DATE", "2024-10-13")),
    ("Les grévistes ont repris le travail le mercredi.", "le mercredi", ("DATE", "2024-10-16")),
    ("Le ministre a démissionné le mardi.", "le mardi", ("DATE", "2024-10-15")),
    ("Le marché a lieu le samedi.", "le samedi", ("SET", "XXXX-WXX-6")),
    ("Les militants se réunissaient le samedi.", "le samedi", ("SET", "XXXX-WXX-6")),
    ("Le musée est fermé le lundi.", "le lundi", ("SET", "XXXX-WXX-1")),
    ("Le conseil se réunira le jeudi.", "le jeudi", ("SET", "XXXX-WXX-4")),
]


@pytest.mark.parametrize(("text", "expr", "expected"), ONE_PAST_WEEKDAY)
def test_weekday_with_article(fr, text, expr, expected):
    got = {t.text: (t.type, t.value) for t in _run(fr, text)}
    assert got.get(expr) == expected


# A French unit written with a capital inside a sentence belongs to a name (« les 24 Heures du Mans », « le
# 13 Heures de TF1 »): no duration; written in lower case it is one.
NAMED_UNITS = [
    ("Les 24 Heures du Mans ont débuté samedi.", "Les 24 Heures", None),
    ("Le 13 Heures de TF1 a consacré un sujet à la grève.", "Le 13 Heures", None),
    ("Les 12 Heures de Sebring ont été annulées.", "Les 12 Heures", None),
    ("Le circuit accueille les 24 Heures Motos en avril.", "24 Heures", None),
    ("Les Cent Jours ont marqué la fin de l'Empire.", "Les Cent Jours", None),
    ("Les 24 heures de garde à vue ont expiré.", "Les 24 heures", "PT24H"),
    ("GRÈVE : LE SITE FERMÉ DEUX SEMAINES.", "DEUX SEMAINES", "P2W"),  # a headline in capitals
]


@pytest.mark.parametrize(("text", "expr", "value"), NAMED_UNITS)
def test_capitalised_unit_is_a_name(fr, text, expr, value):
    items = _run(fr, text)
    if value is not None:
        assert {t.text: t.value for t in items}.get(expr) == value
    else:
        start = text.index(expr)
        assert not [t for t in items if t.start < start + len(expr) and start < t.end]


# « une semaine sur deux », « un jour sur deux »: every other such unit, a SET (as "every other week", P2W);
# « six jours sur sept » recurs every seven days.
EVERY_OTHER = [
    ("Les salariés travaillent une semaine sur deux.", ("une semaine sur deux", "P2W")),
    ("Il pleut un jour sur deux dans la région.", ("un jour sur deux", "P2D")),
    ("Le journal paraît six jours sur sept.", ("six jours sur sept", "P7D")),
    ("Le festival se tient une année sur deux.", ("une année sur deux", "P2Y")),
    ("Le conseil se réunit un mois sur deux.", ("un mois sur deux", "P2M")),
]


@pytest.mark.parametrize(("text", "expected"), EVERY_OTHER)
def test_every_other_unit(fr, text, expected):
    assert expected in values(_run(fr, text))


# The French future and conditional by their endings, whatever tense the tagger gives the verb (« rendra »
# tagged Tense=Past, « annoncerait » tagged an imperfect): both place a weekday ahead of the report (the
# conditional is the future of a past report, as "would"); an imperfect or a passé simple stays past.
FUTURE_ENDINGS = [
    ("Le ministre, qui se rendra mardi à Metz, a annoncé un plan.", ("mardi", "2024-10-22")),
    ("Le ministre a indiqué qu'il annoncerait mardi sa décision.", ("mardi", "2024-10-22")),
    ("Le syndicat a assuré qu'il appellerait lundi à la grève.", ("lundi", "2024-10-21")),
    ("Les enquêteurs, qui entendront mardi le suspect, attendent les analyses.", ("mardi", "2024-10-22")),
    ("Le président a promis que le texte serait voté mardi.", ("mardi", "2024-10-22")),
    ("Le maire, qui prendra mardi ses fonctions, a remercié ses électeurs.", ("mardi", "2024-10-22")),
]
PAST_ENDINGS = [
    ("Le ministre déclara mardi que la réforme était enterrée.", ("mardi", "2024-10-15")),
    ("Le ministre ignorait mardi encore tout du dossier.", ("mardi", "2024-10-15")),
]


@pytest.mark.parametrize(("text", "expected"), FUTURE_ENDINGS + PAST_ENDINGS)
def test_french_future_by_ending(fr, text, expected):
    assert expected in values(_run(fr, text))


# « Aujourd'hui encore, ... », « Aujourd'hui plus que jamais, ... »: nowadays, set off at the head of a
# present clause with its adverb (PRESENT_REF), as « Aujourd'hui, ... »; before a past verb, the day.
TODAY_WITH_ADVERB = [
    ("Aujourd'hui encore, les habitants se souviennent de la catastrophe.", ("Aujourd'hui", "PRESENT_REF")),
    ("Aujourd'hui encore, la région vit de la pêche.", ("Aujourd'hui", "PRESENT_REF")),
    ("Aujourd'hui plus que jamais, l'Europe doit s'unir.", ("Aujourd'hui", "PRESENT_REF")),
    ("Aujourd'hui encore, le village compte trois écoles.", ("Aujourd'hui", "PRESENT_REF")),
    ("Aujourd'hui plus que jamais, les prix pèsent sur les ménages.", ("Aujourd'hui", "PRESENT_REF")),
    ("Aujourd'hui encore, le ministre a refusé de répondre.", ("Aujourd'hui", "2024-10-17")),
]


@pytest.mark.parametrize(("text", "expected"), TODAY_WITH_ADVERB)
def test_today_set_off_with_adverb(fr, text, expected):
    assert expected in values(_run(fr, text))
