"""spaCy ``Doc`` extensions through which veille's pipeline components pass their results.

Order of the components and what each reads and writes:

- ``veille_actors``  reads ``doc.ents``            writes ``doc._.veille_actors`` (an ActorTable)
- ``veille_times``   reads ``doc._.veille_ctx``     writes ``doc._.veille_times`` (list[Time])
- ``veille_places``  reads actors                    writes ``doc._.veille_places`` (list[Place])
- ``veille_quotes``  reads actors                    writes ``doc._.veille_quotes`` (list[Quote])
- ``veille_events``  reads all of the above          writes ``doc._.veille_events`` (list[Event])

All offsets in these results are character offsets into ``doc.text`` (the normalised text); the
pipeline maps them back to the original input afterwards.
"""

from __future__ import annotations

from spacy.tokens import Doc

EXTENSIONS = (
    "veille_ctx",
    "veille_actors",
    "veille_times",
    "veille_places",
    "veille_quotes",
    "veille_events",
)


def register_extensions() -> None:
    """Idempotently declare the Doc extensions (safe to call from every component module)."""
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register_extensions()
