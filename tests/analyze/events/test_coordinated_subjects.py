"""A subject of two coordinated names opening a French sentence (« La Russie et l'Ukraine ont signé »): the
French parser may make the first name the root, the verb its conjunct and the second name the verb's only
subject, so the first side of the act was lost. After a fronted adjunct closed by a comma (« Après dix jours de
combats, Israël et le Hamas ont conclu »), it may hang the names inside the adjunct. Parse repairs
(``veille_repairs``, the nineteenth and twentieth) give the verb both. Sentences written before the repairs; run
through the whole analysis, as the line-structure component before the parser changes where such sentences
start."""

from __future__ import annotations

import pytest
from events_helpers import codes

from veille.analyze.pipeline import Analyzer
from veille.ingest.article import Article

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer(min_confidence=0.0)


@pytest.mark.parametrize("text, event_type, first, second", [
    ("La Russie et l'Ukraine ont signé vendredi à Istanbul un accord sur les exportations de céréales.", "AGREE",
     "RUS", "UKR"),
    ("Paris et Berlin ont rappelé mardi leurs ambassadeurs en poste à Minsk.", "SANCTION", "FRA", "DEU"),
    ("Israël et le Hamas ont conclu jeudi soir une trêve négociée par le Qatar.", "RETREAT", "ISR", "PSE"),
    ("Le Mali et le Niger ont expulsé lundi les ambassadeurs de France.", "SANCTION", "MLI", "NER"),
    ("Washington et Séoul ont condamné le tir d'un missile balistique nord-coréen.", "ACCUSE", "USA", "KOR"),
    # after a fronted adjunct
    ("Après dix jours de combats, Israël et le Hamas ont conclu une trêve.", "RETREAT", "ISR", "PSE"),
    ("Malgré les pressions de Washington, la Turquie et la Hongrie ont bloqué l'adhésion de la Suède.", "REJECT",
     "TUR", "HUN"),
    ("A l'issue de deux jours de discussions, l'Inde et le Pakistan ont signé un accord.", "AGREE", "IND", "PAK"),
    ("Dans un communiqué commun, Paris et Londres ont exigé le retrait des troupes russes.", "REQUEST", "FRA",
     "GBR"),
    ("Lors d'une réunion à Bruxelles, la France et l'Allemagne ont condamné l'annexion de la Crimée.", "ACCUSE",
     "FRA", "DEU"),
])
def test_both_coordinated_subjects_are_sides_of_the_act(analyzer, text, event_type, first, second):
    doc = analyzer.analyze(Article(text=text, id="t", published="2024-05-10", language="fr"))
    events = [e for e in doc.events if e.event == event_type and e.status == "actual"]
    assert events, [e.event for e in doc.events]
    sides = set().union(*(codes(e.actor) | codes(e.recipient) for e in events))
    assert first in set().union(*(codes(e.actor) for e in events)) and second in sides, [
        (codes(e.actor), codes(e.recipient)) for e in events]
