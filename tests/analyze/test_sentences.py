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
