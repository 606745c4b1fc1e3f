"""A minimal ActorTable built from the model's named entities, for when no actors stage ran.

Persons are grouped by surname ("Mark Rutte" ... "Rutte") and named by their longest form;
organisations keep their text. Ids are built by :mod:`veille.ids`, as every stage builds them.
"""

from __future__ import annotations

from spacy.tokens import Doc

from veille.analyze.actors import ActorTable
from veille.analyze.extensions import doc_ents
from veille.contract.models import Actor, Span
from veille.ids import org_id, person_id

_PERSON = frozenset({"PER", "PERSON"})
_ORG = frozenset({"ORG", "NORP"})


def table_from_entities(doc: Doc) -> ActorTable:
    persons: dict[str, Actor] = {}  # surname -> actor
    orgs: dict[str, Actor] = {}
    for ent in doc_ents(doc):
        text = ent.text.strip()
        if not text or "\n" in text:
            continue
        span = Span(ent.start_char, ent.end_char, ent.text)
        if ent.label_ in _PERSON:
            surname = text.split()[-1].lower()
            actor = persons.get(surname)
            if actor is None:
                actor = Actor(id="", name=text, kind="person")
                persons[surname] = actor
            elif len(text) > len(actor.name):
                actor.name = text
            actor.mentions.append(span)
        elif ent.label_ in _ORG:
            actor = orgs.setdefault(text.lower(), Actor(id=org_id(text), name=text, kind="organization"))
            actor.mentions.append(span)
    for actor in persons.values():
        actor.id = person_id(actor.name)
    return ActorTable(actors=[*persons.values(), *orgs.values()])
