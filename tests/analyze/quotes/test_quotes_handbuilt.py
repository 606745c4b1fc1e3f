"""The component on hand-built Docs (no model): offsets, speaker through the ActorTable."""

import spacy
from spacy.tokens import Doc

from veille.analyze.actors.table import ActorTable
from veille.analyze.context import DocContext
from veille.analyze.quotes import QuotesComponent
from veille.contract.models import Actor, Span


def _doc():
    # « Nous resterons unis », a déclaré Mark Rutte .
    words = ["«", "Nous", "resterons", "unis", "»", ",", "a", "déclaré", "Mark", "Rutte", "."]
    spaces = [True, True, True, True, False, True, True, True, True, False, False]
    heads = [2, 2, 2, 2, 2, 7, 7, 2, 7, 8, 2]
    deps = ["punct", "nsubj", "ROOT", "xcomp", "punct", "punct", "aux:tense", "parataxis", "nsubj",
            "flat:name", "punct"]
    pos = ["PUNCT", "PRON", "VERB", "ADJ", "PUNCT", "PUNCT", "AUX", "VERB", "PROPN", "PROPN", "PUNCT"]
    lemmas = ["«", "nous", "rester", "uni", "»", ",", "avoir", "déclarer", "Mark", "Rutte", "."]
    return Doc(spacy.blank("fr").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def test_direct_quote_with_inverted_subject_resolves_to_the_actor():
    doc = _doc()
    start = doc.text.index("Mark")
    rutte = Actor(id="person:mark-rutte", name="Mark Rutte", kind="person", country="NATO",
                  mentions=[Span(start, start + 10, "Mark Rutte")])
    doc._.veille_ctx = DocContext("fr", None)
    doc._.veille_actors = ActorTable(actors=[rutte])
    quotes = QuotesComponent("fr").extract(doc)
    assert len(quotes) == 1
    q = quotes[0]
    assert q.text == "Nous resterons unis" and doc.text[q.start:q.end] == q.text
    assert q.direct is True
    assert q.speaker is not None and q.speaker.actor_id == "person:mark-rutte"
    assert q.speaker.name == "Mark Rutte" and q.speaker.text == "Mark Rutte"
    assert q.cue is not None and q.cue.text == "déclaré"


def test_without_an_actor_table_the_named_entities_serve():
    doc = _doc()
    start = doc.text.index("Mark")
    doc.ents = [doc.char_span(start, start + 10, label="PER")]
    doc._.veille_ctx = None  # no context: the component uses its own language
    doc._.veille_actors = None
    quotes = QuotesComponent("fr").extract(doc)
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Mark Rutte"
    assert quotes[0].speaker.actor_id == "person:mark-rutte"


def test_empty_and_blank_documents_have_no_quotes():
    vocab = spacy.blank("en").vocab
    for words in ([], ["\n", " "]):
        doc = Doc(vocab, words=words, spaces=[False] * len(words))
        doc._.veille_ctx = None
        doc._.veille_actors = None
        assert QuotesComponent("en").extract(doc) == []


def test_factory_sets_the_doc_extension():
    nlp = spacy.blank("fr")
    nlp.add_pipe("veille_quotes")
    doc = nlp("Rien ici.")
    assert doc._.veille_quotes == []
