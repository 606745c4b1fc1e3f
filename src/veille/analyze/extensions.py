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

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span

EXTENSIONS = (
    "veille_ctx",
    "veille_actors",
    "veille_times",
    "veille_places",
    "veille_quotes",
    "veille_events",
)


_TEXT_KEY = "veille_text"  # the key of ``doc.user_data`` under which doc_text keeps the joined text


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per document: spaCy joins the tokens' texts anew at every access (about
    0.1 ms for 200 tokens), and several stages read it. A Doc's text never changes (retokenizing merges
    or splits tokens, not characters), so the joined string stays right for the document's life."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def keep_text(doc: Doc, text: str) -> None:
    """Record ``text``, the string ``doc`` was tokenized from, as its text: spaCy's tokenizer loses no
    character (``doc.text == text``), so doc_text need not join the tokens again."""
    doc.user_data[_TEXT_KEY] = text


_WORDS_KEY = "veille_words"  # the key of ``doc.user_data`` under which doc_words keeps the tokens' texts


def doc_words(doc: Doc) -> list[str]:
    """The tokens' texts, read from their hashes once per document: a Token object per word costs more than the
    look-up, and several stages read them all (the line marks, the actors, the places). No stage merges or
    splits tokens, so the list stays right for the document's life. Callers read it and never change it."""
    words = doc.user_data.get(_WORDS_KEY)
    if words is None:
        strings = doc.vocab.strings
        words = doc.user_data[_WORDS_KEY] = [strings[h] for h in doc.to_array(ORTH).tolist()]
    return words


_ENTS_KEY = "veille_ents"  # the key of ``doc.user_data`` under which doc_ents keeps the entity spans


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per document: spaCy makes a new Span per entity at every access, and most
    stages read them. Only the NER sets entities, before veille's stages, which never change them."""
    ents = doc.user_data.get(_ENTS_KEY)
    if ents is None:
        ents = doc.user_data[_ENTS_KEY] = tuple(doc.ents)
    return ents


def drop_ents(doc: Doc) -> None:
    """Forget the spans doc_ents keeps: each refers to its Doc, a cycle that would keep the Doc alive
    until the cyclic garbage collector runs."""
    doc.user_data.pop(_ENTS_KEY, None)


def register_extensions() -> None:
    """Idempotently declare the Doc extensions (safe to call from every component module)."""
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register_extensions()
