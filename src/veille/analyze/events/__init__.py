"""Events stage: PLOVER 2.0 coding of French and English news.

Public surface: :class:`EventsComponent` (spaCy factory ``veille_events``), the data loaders
:func:`load_lexicon` / :func:`load_ontology`.
"""

from veille.analyze.events._lexicon import Lexicon, Ontology, load_lexicon, load_ontology
from veille.analyze.events.component import EventsComponent

__all__ = ["EventsComponent", "Lexicon", "Ontology", "load_lexicon", "load_ontology"]
