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


@pytest.mark.parametrize("words,first", [
    (["GENEVA", ",", "Oct", "1", "(", "AP", ")", "-", "Iran", "agreed"], 8),
    (["BAMAKO", ",", "11", "janvier", "(", "Reuters", ")", "-", "La", "France"], 8),
    (["Titre", "\n", "WASHINGTON", "--", "The", "Senate"], 4),
])
def test_the_words_after_a_dateline_open_a_sentence(words, first):
    doc = _doc(words, [w not in ("(", "\n") and words[i + 1:i + 2] not in ([","], [")"]) for i, w in
                       enumerate(words)])
    assert doc[first].is_sent_start is True


@pytest.mark.parametrize("words", [
    ["NATO", "ministers", "met", "-", "briefly", "-", "in", "Brussels"],  # a lower-case word: no dateline
    ["Le", "ministre", "-", "Jean", "Dupont"],  # no capitals: no dateline
    ["PARIS", "\n", "-", "La", "France"],  # the dash on another line
])
def test_no_dateline(words):
    doc = _doc(words, [True] * len(words))
    assert all(t.is_sent_start is not True for t in doc[1:] if not doc[t.i - 1].is_space)


@pytest.mark.model
def test_the_town_of_a_dateline_is_no_subject_of_the_lede():
    from veille.analyze.pipeline import load_pipeline

    doc = load_pipeline("en", stages=())("GENEVA, Oct 1 (AP) - Iran agreed on Thursday to open the plant.")
    subjects = [t.text for t in doc if t.dep_ == "nsubj" and t.head.text == "agreed"]
    assert subjects == ["Iran"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "ISLAMABAD, May 2 - U.S. special forces raided a compound on Monday.",
    "NEW YORK (AP) -- U.N. inspectors left the country on Friday.",
])
def test_a_dotted_abbreviation_after_a_dateline_opens_the_sentence(text):
    from veille.analyze.pipeline import load_pipeline

    doc = load_pipeline("en", stages=())(text)
    sents = [s.text.strip() for s in doc.sents]
    assert len(sents) == 2 and sents[1].split()[0] in ("U.S.", "U.N.") and sents[1].endswith("."), sents


@pytest.mark.model
@pytest.mark.parametrize("text, first", [
    ("BRUSSELS - European Union leaders agreed on Friday to extend the sanctions.", "European"),
    ("LONDON - British Prime Minister Gordon Brown flew to Kabul on Saturday.", "British"),
    ("DAKAR - West African leaders suspended Mali from the bloc on Tuesday.", "West"),
])
def test_the_second_word_after_a_dateline_starts_no_sentence(text, first):
    from veille.analyze.pipeline import load_pipeline

    doc = load_pipeline("en", stages=())(text)
    sents = [s.text.strip() for s in doc.sents]
    assert len(sents) == 2 and sents[1].split()[0] == first and sents[1].endswith("."), sents


def test_a_word_glued_to_the_word_before_starts_no_sentence():
    # « Le Royaume-Uni a ... »: the French parser made "-" and "Uni" sentences of their own
    doc = _doc(["Le", "Royaume", "-", "Uni", "a", "condamné"], [True, False, False, True, True, False])
    assert doc[2].is_sent_start is False and doc[3].is_sent_start is False
    doc = _doc(["fin", ".", "Début"], [False, False, False])
    assert doc[2].is_sent_start is None  # after a full stop, left to the parser


@pytest.mark.model
def test_a_hyphenated_name_opening_a_sentence_is_its_subject():
    from veille.analyze.pipeline import load_pipeline
    doc = load_pipeline("fr", stages=())("Le Royaume-Uni et la Suède ont condamné la Syrie.")
    assert len(list(doc.sents)) == 1
    assert doc[1].dep_ == "nsubj" and doc[1].head.text == "condamné"


def _tagged(words, pos):
    return mark_line_starts(Doc(Vocab(), words=words, pos=pos))


def test_a_clause_after_a_verbless_lead_and_a_colon_opens_a_sentence():
    # « Coup de théâtre au Moyen-Orient : Riyad et Téhéran ont renoué . »
    doc = _tagged(["Coup", "de", "théâtre", "au", "Moyen-Orient", ":", "Riyad", "et", "Téhéran", "ont", "renoué", "."],
                  ["NOUN", "ADP", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "AUX", "VERB",
                   "PUNCT"])
    assert doc[6].is_sent_start is True


@pytest.mark.parametrize("words, pos", [
    # a verb before the colon: what follows is what was said or listed
    (["Le", "ministre", "a", "déclaré", ":", "la", "guerre", "est", "finie", "."],
     ["DET", "NOUN", "AUX", "VERB", "PUNCT", "DET", "NOUN", "AUX", "ADJ", "PUNCT"]),
    # no verb after it: a label and its value
    (["Bilan", ":", "douze", "morts", "."], ["NOUN", "PUNCT", "NUM", "NOUN", "PUNCT"]),
    # a quotation after it
    (["Réaction", "du", "président", ":", "«", "Nous", "condamnons", "»"],
     ["NOUN", "ADP", "NOUN", "PUNCT", "PUNCT", "PRON", "VERB", "PUNCT"]),
])
def test_other_colons_open_no_sentence(words, pos):
    doc = _tagged(words, pos)
    colon = words.index(":")
    assert doc[colon + 1].is_sent_start is None


def test_a_bare_name_before_a_colon_stays_the_clause_s_frame():
    # « Mali : les militaires ont arrêté le président . »: the name tells where, as « Au Mali , » would
    doc = _tagged(["Mali", ":", "les", "militaires", "ont", "arrêté", "le", "président", "."],
                  ["PROPN", "PUNCT", "DET", "NOUN", "AUX", "VERB", "DET", "NOUN", "PUNCT"])
    assert doc[2].is_sent_start is None
