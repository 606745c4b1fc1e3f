"""The Doc's text and its tokens' texts kept once per document (veille.analyze.extensions)."""

import spacy

from veille.analyze.extensions import doc_text, doc_words, keep_text


def test_doc_text_joins_the_tokens_when_nothing_is_kept():
    doc = spacy.blank("en").make_doc("Talks resumed\n\nin Geneva  on Monday.")
    assert doc_text(doc) == "Talks resumed\n\nin Geneva  on Monday."


def test_kept_text_is_the_text_the_tokenizer_read():
    nlp = spacy.blank("fr")
    for text in ("Le ministre a déclaré : « Non. »\n", "  deux espaces\u00a0insécables ", "a\tb\r\nc"):
        doc = nlp.make_doc(text)
        keep_text(doc, text)
        assert doc_text(doc) == text == doc.text


def test_doc_words_are_the_tokens_texts_read_once():
    doc = spacy.blank("fr").make_doc("Les ministres se sont réunis lundi à Bruxelles.\n\nLe Royaume-Uni a voté contre.")
    words = doc_words(doc)
    assert words == [t.text for t in doc]
    assert doc_words(doc) is words  # the second stage to ask reads the same list


def test_doc_words_of_an_empty_doc():
    assert doc_words(spacy.blank("en").make_doc("")) == []
