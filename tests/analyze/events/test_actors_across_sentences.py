"""Actors across sentences (issue 11): a side told again in a later sentence by a bare title (the president,
the prime minister, « le président », « la présidente ») stands for the person the article introduced with
that very title before a name ("President X", « le président X »), not for the nearest person of another
country told with a qualified title ("the Chinese president", « le président égyptien ») or by name alone. A
French « elle » agrees with the determiner of an epicene title (« la ministre »), not with the noun's tag.
Texts made up before the rule; each through the real pipeline.
"""

from __future__ import annotations

import pytest
from events_helpers import typed_sides

pytestmark = pytest.mark.model

BARE_TITLES = [
    ("en", "President Joe Biden spoke with the Chinese president on Tuesday. Xi Jinping defended his trade "
           "policy. The president accused Russia of blocking grain exports.", "ACCUSE", "USA", "RUS"),
    ("en", "Prime Minister Keir Starmer met the Indian prime minister in London on Monday. Narendra Modi praised "
           "the talks. The prime minister later condemned Iran over its missile tests.", "ACCUSE", "GBR", "IRN"),
    ("en", "President Emmanuel Macron received the Egyptian president in Paris. Abdel Fattah al-Sisi asked for "
           "more investment. The president urged Israel to open the crossings.", "REQUEST", "FRA", "ISR"),
    ("fr", "Le président Emmanuel Macron a reçu lundi le président égyptien à Paris. Abdel Fattah al-Sissi a "
           "défendu ses réformes. Le président a condamné les essais de missiles de l'Iran.", "ACCUSE", "FRA",
     "IRN"),
    ("fr", "Le Premier ministre Pedro Sanchez a rencontré mardi le Premier ministre portugais à Madrid. Antonio "
           "Costa a salué la qualité des échanges. Le Premier ministre a ensuite accusé le Maroc d'avoir fermé "
           "la frontière.", "ACCUSE", "ESP", "MAR"),
    ("fr", "La présidente Dilma Rousseff a reçu jeudi le président argentin à Brasilia. Mauricio Macri a vanté "
           "ses réformes. La présidente a exhorté le Venezuela à libérer les opposants.", "REQUEST", "BRA",
     "VEN"),
]


# the foreign holder named first by name alone, then by a title qualified by his country ("Xi Jinping ... the
# Chinese president"), which gives him that title too: the bare title later is still the unqualified holder's
QUALIFIED_LATER = [
    ("en", "President Joe Biden said he had called Xi Jinping on Tuesday. The Chinese president defended his "
           "trade policy. The president accused Russia of blocking grain exports.", "ACCUSE", "USA", "RUS"),
    ("en", "Prime Minister Keir Starmer spoke with Narendra Modi in London. The Indian prime minister praised the "
           "talks. The prime minister later condemned Iran over its missile tests.", "ACCUSE", "GBR", "IRN"),
    ("en", "President Emmanuel Macron received Abdel Fattah al-Sisi in Paris. The Egyptian president asked for "
           "more investment. The president urged Israel to open the crossings.", "REQUEST", "FRA", "ISR"),
    ("fr", "Le président Emmanuel Macron a reçu lundi Abdel Fattah al-Sissi à Paris. Le président égyptien a "
           "défendu ses réformes. Le président a condamné les essais de missiles de l'Iran.", "ACCUSE", "FRA",
     "IRN"),
    ("fr", "Le Premier ministre Pedro Sanchez a rencontré mardi Antonio Costa à Madrid. Le Premier ministre "
           "portugais a salué la qualité des échanges. Le Premier ministre a ensuite accusé le Maroc d'avoir "
           "fermé la frontière.", "ACCUSE", "ESP", "MAR"),
    ("fr", "Le président Lula a reçu jeudi Javier Milei à Brasilia. Le président argentin a vanté ses réformes. "
           "Le président a exhorté le Venezuela à libérer les opposants.", "REQUEST", "BRA", "VEN"),
]


# French epicene titles (« ministre », « secrétaire », « porte-parole ») are tagged masculine whatever their
# holder: the article says the gender (« la ministre »), which « elle » agrees with; a person named without a
# gender in the sentence before is no better antecedent than the woman who was the subject
EPICENE = [
    ("fr", "La ministre suédoise des Affaires étrangères, Ann Linde, a reçu lundi Sergueï Lavrov à Stockholm. Elle a "
     "accusé la Russie de violer le cessez-le-feu.", "ACCUSE", "SWE", "RUS"),
    ("fr", "La secrétaire d'État américaine, Madeleine Albright, a rencontré mardi Benyamin Netanyahou à Jérusalem. "
     "Elle a exhorté l'Iran à suspendre ses activités nucléaires.", "REQUEST", "USA", "IRN"),
    ("fr", "La porte-parole du gouvernement japonais, Yoko Tanaka, a reçu jeudi Kim Jong-nam à Tokyo. Elle a accusé "
     "la Chine d'avoir violé l'espace aérien du Japon.", "ACCUSE", "JPN", "CHN"),
]


@pytest.mark.parametrize(("lang", "text", "event", "source", "target"), BARE_TITLES + QUALIFIED_LATER + EPICENE)
def test_a_side_told_again_stands_for_its_antecedent(run, lang, text, event, source, target):
    found = typed_sides(run(text, lang))
    assert any(ev == event and source in src and target in tgt for ev, src, tgt in found), found
    assert not any(ev == event and src and source not in src for ev, src, _tgt in found), found
