import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from veille.analyze.sentences import mark_line_starts


def _doc(words, spaces):
    return mark_line_starts(Doc(Vocab(), words=words, spaces=spaces))


def test_line_after_final_punctuation_starts_a_sentence():
    doc = _doc(["a", "ajouté", "Rutte", ".", "\n", "Les", "ministres"], [True, True, False, False, False, True, False])
    assert doc[5].is_sent_start is True


def test_hard_wrapped_line_is_left_to_the_parser():
    doc = _doc(["les", "ministres", "\n", "de", "la"], [True, False, False, True, False])
    assert doc[3].is_sent_start is None


def test_blank_line_starts_a_sentence():
    doc = _doc(["titre", "\n\n", "Corps"], [False, False, False])
    assert doc[2].is_sent_start is True


def test_a_lower_case_word_after_a_word_on_its_line_starts_no_sentence():
    doc = _doc(["Pékin", "a", "exigé", "le", "retrait", ".", "les", "ministres"],
               [True, True, True, True, False, True, True, False])
    assert doc[1].is_sent_start is False and doc[2].is_sent_start is False
    assert doc[6].is_sent_start is None  # after a full stop, left to the parser


@pytest.mark.model
def test_the_parser_then_reads_the_opening_name_as_the_subject():
    from veille.analyze.pipeline import load_pipeline

    doc = load_pipeline("fr", stages=())("Pékin a exigé le retrait des navires américains.")
    assert doc[0].dep_ == "nsubj" and doc[0].head.text == "exigé"
    assert len(list(doc.sents)) == 1
