"""Actors stage: states, international organisations, groups and people of a document.

``veille_actors`` (a spaCy factory registered by importing this package) writes ``doc._.veille_actors``.
"""

from veille.analyze.actors.component import ActorsComponent, make_actors_component
from veille.analyze.actors.table import ActorTable

__all__ = ["ActorTable", "ActorsComponent", "make_actors_component"]
