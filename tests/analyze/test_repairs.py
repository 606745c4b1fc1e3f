"""``veille_repairs``: the second subject of two coordinated clauses, misread as one more item of the first
clause's object, is made the subject of its own verb. Hand-built parses (the parser's error as the small
models make it); the events it changes are tested in tests/analyze/events."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from veille.analyze.repairs import ParseRepairs, RepairWords, repair_parse

FIN = "Tense=Past|VerbForm=Fin"


def _doc(words, heads, deps, pos, morphs=None):
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos,
               morphs=morphs or [""] * len(words), sent_starts=[True] + [False] * (len(words) - 1))


def test_the_second_subject_misread_as_an_object_item():
    # "Germany pledged aid and Turkey sent doctors ." parsed as "pledged [aid and Turkey]", "sent" a complement
    doc = _doc(["Germany", "pledged", "aid", "and", "Turkey", "sent", "doctors", "."],
               [1, 1, 1, 2, 2, 1, 5, 1],
               ["nsubj", "ROOT", "dobj", "cc", "conj", "ccomp", "dobj", "punct"],
               ["PROPN", "VERB", "NOUN", "CCONJ", "PROPN", "VERB", "NOUN", "PUNCT"],
               ["", FIN, "", "", "", FIN, "", ""])
    repair_parse(doc)
    assert (doc[4].dep_, doc[4].head.text) == ("nsubj", "sent")
    assert (doc[5].dep_, doc[5].head.text) == ("conj", "pledged")
    assert doc[2].dep_ == "dobj" and [c.text for c in doc[2].children] == []


def test_french_conjunction_under_the_conjunct_and_auxiliary():
    # « l'Allemagne a promis une aide et la Turquie a envoyé des médecins . »
    words = ["Allemagne", "a", "promis", "aide", "et", "la", "Turquie", "a", "envoyé", "médecins", "."]
    doc = _doc(words, [2, 2, 2, 2, 6, 6, 3, 8, 2, 8, 2],
               ["nsubj", "aux:tense", "ROOT", "obj", "cc", "det", "conj", "aux:tense", "advcl", "obj", "punct"],
               ["PROPN", "AUX", "VERB", "NOUN", "CCONJ", "DET", "PROPN", "AUX", "VERB", "NOUN", "PUNCT"],
               ["", "VerbForm=Fin", "VerbForm=Part", "", "", "", "", "VerbForm=Fin", "VerbForm=Part", "", ""])
    repair_parse(doc)
    assert (doc[6].dep_, doc[6].head.text) == ("nsubj", "envoyé")
    assert doc[4].head.text == "envoyé"


@pytest.mark.parametrize(("words", "heads", "deps", "pos", "morphs"), [
    # the verb already has a subject: "Germany pledged aid and Turkey doctors, officials said"
    (["Germany", "pledged", "aid", "and", "Turkey", "officials", "said", "."],
     [1, 1, 1, 2, 2, 6, 1, 1],
     ["nsubj", "ROOT", "dobj", "cc", "conj", "nsubj", "ccomp", "punct"],
     ["PROPN", "VERB", "NOUN", "CCONJ", "PROPN", "NOUN", "VERB", "PUNCT"],
     ["", FIN, "", "", "", "", FIN, ""]),
    # a participle, not a finite verb: "sent aid and doctors trained in Cuba"
    (["Germany", "sent", "aid", "and", "doctors", "trained", "."],
     [1, 1, 1, 2, 2, 4, 1],
     ["nsubj", "ROOT", "dobj", "cc", "conj", "ccomp", "punct"],
     ["PROPN", "VERB", "NOUN", "CCONJ", "NOUN", "VERB", "PUNCT"],
     ["", FIN, "", "", "", "VerbForm=Part", ""]),
    # a coordination opening the clause is its subject as a whole: "as Britain and France support rebels"
    (["Russia", "backs", "Assad", "as", "Britain", "and", "France", "support", "rebels", "."],
     [1, 1, 1, 4, 1, 4, 4, 1, 7, 1],
     ["nsubj", "ROOT", "dobj", "mark", "advcl", "cc", "conj", "ccomp", "dobj", "punct"],
     ["PROPN", "VERB", "PROPN", "SCONJ", "PROPN", "CCONJ", "PROPN", "VERB", "NOUN", "PUNCT"],
     ["", FIN, "", "", "", "", "", FIN, "", ""]),
])
def test_other_parses_are_left_alone(words, heads, deps, pos, morphs):
    doc = _doc(words, heads, deps, pos, morphs)
    before = [(t.dep_, t.head.i) for t in doc]
    repair_parse(doc)
    assert [(t.dep_, t.head.i) for t in doc] == before



def test_the_object_misread_as_a_second_subject():
    # « des militaires ont arrêté dimanche le président »: "président" parsed as an inverted subject
    words = ["militaires", "ont", "arrêté", "dimanche", "le", "président", "."]
    doc = _doc(words, [2, 2, 2, 2, 5, 2, 2],
               ["nsubj", "aux:tense", "ROOT", "obl:mod", "det", "nsubj", "punct"],
               ["NOUN", "AUX", "VERB", "NOUN", "DET", "NOUN", "PUNCT"])
    repair_parse(doc, "obj")
    assert [t.dep_ for t in doc][:6] == ["nsubj", "aux:tense", "ROOT", "obl:mod", "det", "obj"]


def test_an_inverted_subject_after_an_incise_is_left_alone():
    # « les experts estiment, selon lui, que ... »: something between the verb and the noun
    words = ["experts", "estiment", ",", "dit", "Paul", "."]
    doc = _doc(words, [1, 1, 1, 1, 1, 1],
               ["nsubj", "ROOT", "punct", "parataxis", "nsubj", "punct"],
               ["NOUN", "VERB", "PUNCT", "VERB", "PROPN", "PUNCT"])
    repair_parse(doc, "obj")
    assert doc[4].dep_ == "nsubj"


def test_a_participle_hung_on_an_infinitive_joins_the_participle_above():
    # « a appelé X à partir et annoncé des sanctions »: "annoncé" parsed as coordinated with "partir"
    words = ["Paul", "a", "appelé", "Marc", "à", "partir", "et", "annoncé", "sanctions", "."]
    part = "Tense=Past|VerbForm=Part"
    doc = _doc(words, [2, 2, 2, 2, 5, 3, 7, 5, 7, 2],
               ["nsubj", "aux:tense", "ROOT", "obj", "mark", "acl", "cc", "conj", "obj", "punct"],
               ["PROPN", "AUX", "VERB", "PROPN", "ADP", "VERB", "CCONJ", "VERB", "NOUN", "PUNCT"],
               ["", "VerbForm=Fin", part, "", "", "VerbForm=Inf", "", part, "", ""])
    repair_parse(doc, "obj")
    assert (doc[7].dep_, doc[7].head.text) == ("conj", "appelé")


def test_a_name_read_as_a_predicate_with_no_object_is_the_object():
    # "Abe called Xi on Friday ." with "Xi" labelled a predicate complement
    doc = _doc(["Abe", "called", "Xi", "on", "Friday", "."], [1, 1, 1, 1, 3, 1],
               ["nsubj", "ROOT", "oprd", "prep", "pobj", "punct"],
               ["PROPN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"], ["", FIN, "", "", "", ""])
    repair_parse(doc, "dobj")
    assert doc[2].dep_ == "dobj"


def test_a_predicate_said_of_an_object_stays():
    # "Putin called Obama Barack ." : an object and a predicate name (a nickname given)
    doc = _doc(["Putin", "called", "Obama", "Barack", "."], [1, 1, 1, 1, 1],
               ["nsubj", "ROOT", "dobj", "oprd", "punct"],
               ["PROPN", "VERB", "PROPN", "PROPN", "PUNCT"], ["", FIN, "", "", ""])
    repair_parse(doc, "dobj")
    assert doc[3].dep_ == "oprd"


def test_a_participle_tagged_adjective_with_a_tense_auxiliary_is_a_verb():
    # « le Canada a gelé les avoirs . »: "gelé" tagged ADJ, yet it heads the perfect auxiliary and an object
    words = ["Canada", "a", "gelé", "avoirs", "."]
    doc = _doc(words, [2, 2, 2, 2, 2],
               ["nsubj", "aux:tense", "ROOT", "obj", "punct"],
               ["PROPN", "AUX", "ADJ", "NOUN", "PUNCT"],
               ["", "VerbForm=Fin", "", "", ""])
    repair_parse(doc)
    assert doc[2].pos_ == "VERB"


def test_a_past_form_tagged_adjective_with_a_subject_and_an_object_is_a_verb():
    # "the general , a veteran , ousted the president .": "ousted" tagged ADJ, yet it has a subject and an object
    words = ["general", ",", "veteran", ",", "ousted", "president", "."]
    doc = _doc(words, [4, 0, 0, 2, 4, 4, 4],
               ["nsubj", "punct", "appos", "punct", "ROOT", "dobj", "punct"],
               ["NOUN", "PUNCT", "NOUN", "PUNCT", "ADJ", "NOUN", "PUNCT"])
    repair_parse(doc, "dobj")
    assert doc[4].pos_ == "VERB" and doc[4].tag_ == "VBD"


def test_an_adjective_with_a_subject_and_no_object_stays():
    # "the talks were fruitless ."
    words = ["talks", "were", "fruitless", "."]
    doc = _doc(words, [2, 2, 2, 2], ["nsubj", "cop", "ROOT", "punct"], ["NOUN", "AUX", "ADJ", "PUNCT"])
    repair_parse(doc, "dobj")
    assert doc[2].pos_ == "ADJ"


def test_an_indefinite_object_hung_on_the_day_word_is_the_verb_object():
    # « l'armée a arrêté mardi des militants . »: "militants" parsed as the « des » complement of "mardi"
    words = ["armée", "a", "arrêté", "mardi", "des", "militants", "."]
    doc = _doc(words, [2, 2, 2, 2, 5, 3, 2],
               ["nsubj", "aux:tense", "ROOT", "obl:mod", "case", "nmod", "punct"],
               ["NOUN", "AUX", "VERB", "NOUN", "ADP", "NOUN", "PUNCT"])
    repair_parse(doc, language="fr")
    assert (doc[5].dep_, doc[5].head.text) == ("obj", "arrêté")
    assert doc[3].dep_ == "obl:mod" and doc[4].dep_ == "det"


def test_a_determined_noun_keeps_its_complement():
    # « l'armée a pris la ville des rebelles . »: a noun with its determiner owns its « des » complement
    words = ["armée", "a", "pris", "la", "ville", "des", "rebelles", "."]
    doc = _doc(words, [2, 2, 2, 4, 2, 6, 4, 2],
               ["nsubj", "aux:tense", "ROOT", "det", "obj", "case", "nmod", "punct"],
               ["NOUN", "AUX", "VERB", "DET", "NOUN", "ADP", "NOUN", "PUNCT"])
    repair_parse(doc)
    assert (doc[6].dep_, doc[6].head.text) == ("nmod", "ville")


def _apposed(tag):
    # "Egypt , the mediator , called on Hamas ." with "called" hung on the apposition as a participle
    words = ["Egypt", ",", "the", "mediator", ",", "called", "on", "Hamas", "."]
    doc = Doc(Vocab(), words=words, heads=[0, 0, 3, 0, 3, 3, 5, 6, 0],
              deps=["ROOT", "punct", "det", "appos", "punct", "acl", "prep", "pobj", "punct"],
              pos=["PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "ADP", "PROPN", "PUNCT"],
              tags=["NNP", ",", "DT", "NN", ",", tag, "IN", "NNP", "."],
              morphs=["", "", "", "", "", "Tense=Past|VerbForm=Part", "", "", ""],
              sent_starts=[True] + [False] * 8)
    return repair_parse(doc, "dobj")


def test_a_verb_hung_on_the_apposition_of_a_nominal_root_is_the_root():
    doc = _apposed("VBN")
    assert doc[5].dep_ == "ROOT" and (doc[0].dep_, doc[0].head.text) == ("nsubj", "called")
    assert "Fin" in doc[5].morph.get("VerbForm")


def test_a_present_participle_after_an_apposition_stays_a_modifier():
    # "Egypt, the mediator, calling on Hamas": no past form, no clause of its own
    doc = _apposed("VBG")
    assert doc[5].dep_ == "acl" and doc[0].dep_ == "ROOT"


def _infinitive_with_past_conjunct(word, lemma):
    # "X defended the decision to close the border and <word> Y ." with "<word>" hung on "close"
    words = ["X", "defended", "the", "decision", "to", "close", "the", "border", "and", word, "Y", "."]
    return Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 5, 3, 7, 5, 5, 5, 9, 1],
               deps=["nsubj", "ROOT", "det", "dobj", "aux", "acl", "det", "dobj", "cc", "conj", "dobj", "punct"],
               pos=["PROPN", "VERB", "DET", "NOUN", "PART", "VERB", "DET", "NOUN", "CCONJ", "VERB", "PROPN", "PUNCT"],
               tags=["NNP", "VBD", "DT", "NN", "TO", "VB", "DT", "NN", "CC", "VBD", "NNP", "."],
               lemmas=["X", "defend", "the", "decision", "to", "close", "the", "border", "and", lemma, "Y", "."],
               morphs=["", FIN, "", "", "", "VerbForm=Inf", "", "", "", FIN, "", ""],
               sent_starts=[True] + [False] * 11)


def test_a_past_form_hung_on_an_infinitive_joins_the_finite_verb_above():
    doc = repair_parse(_infinitive_with_past_conjunct("accused", "accuse"))
    assert doc[9].head.text == "defended"


def test_a_past_form_that_may_be_the_infinitive_stays():
    doc = repair_parse(_infinitive_with_past_conjunct("set", "set"))  # "to close ... and set up": the tagger's slip
    assert doc[9].head.text == "close"


def test_a_relative_on_a_noun_after_a_comma_read_as_the_root():
    # "X accused Y of the killing , a charge Z denied ." parsed with "denied" as root, "accused" its content and
    # "charge" a second subject
    words = ["X", "accused", "Y", "of", "the", "killing", ",", "a", "charge", "Z", "denied", "."]
    doc = _doc(words, [1, 10, 1, 1, 5, 3, 10, 8, 10, 10, 10, 10],
               ["nsubj", "ccomp", "dobj", "prep", "det", "pobj", "punct", "det", "nsubj", "nsubj", "ROOT", "punct"],
               ["PROPN", "VERB", "PROPN", "ADP", "DET", "NOUN", "PUNCT", "DET", "NOUN", "PROPN", "VERB", "PUNCT"],
               ["", FIN, "", "", "", "", "", "", "", "", FIN, ""])
    repair_parse(doc)
    assert doc[1].dep_ == "ROOT"
    assert (doc[8].dep_, doc[8].head.text) == ("appos", "killing")
    assert (doc[10].dep_, doc[10].head.text) == ("relcl", "charge")
    assert (doc[9].dep_, doc[9].head.text) == ("nsubj", "denied")


def test_a_relative_on_a_noun_after_a_comma_read_as_the_root_with_its_subject_in_apposition():
    # "X accused Y of the killing , a charge Z denied ." parsed with "denied" as root, "accused" its content,
    # "charge" its subject and "Z" in apposition to "charge"
    words = ["X", "accused", "Y", "of", "the", "killing", ",", "a", "charge", "Z", "denied", "."]
    doc = _doc(words, [1, 10, 1, 1, 5, 3, 10, 8, 10, 8, 10, 10],
               ["nsubj", "ccomp", "dobj", "prep", "det", "pobj", "punct", "det", "nsubj", "appos", "ROOT", "punct"],
               ["PROPN", "VERB", "PROPN", "ADP", "DET", "NOUN", "PUNCT", "DET", "NOUN", "PROPN", "VERB", "PUNCT"],
               ["", FIN, "", "", "", "", "", "", "", "", FIN, ""])
    doc.ents = [Span(doc, 9, 10, label="GPE")]
    repair_parse(doc)
    assert doc[1].dep_ == "ROOT"
    assert (doc[10].dep_, doc[10].head.text) == ("relcl", "charge")
    assert (doc[9].dep_, doc[9].head.text) == ("nsubj", "denied")


def test_a_content_clause_before_a_verb_whose_subject_has_a_name_in_apposition_stays():
    # "X denied Y , the spokesman Z said ." is no relative clause: "said" has its content and one subject
    words = ["X", "denied", "Y", ",", "the", "spokesman", "Z", "said", "."]
    doc = _doc(words, [1, 7, 1, 7, 5, 7, 5, 7, 7],
               ["nsubj", "ccomp", "dobj", "punct", "det", "nsubj", "appos", "ROOT", "punct"],
               ["PROPN", "VERB", "PROPN", "PUNCT", "DET", "NOUN", "PROPN", "VERB", "PUNCT"],
               ["", FIN, "", "", "", "", "", FIN, ""])
    doc.ents = [Span(doc, 6, 7, label="PERSON")]
    repair_parse(doc)
    assert doc[7].dep_ == "ROOT" and (doc[1].dep_, doc[1].head.text) == ("ccomp", "said")


def test_a_first_name_read_as_a_preposition_before_a_verb_with_no_subject():
    # "Barack Obama and Hu Jintao met ." with "Barack" tagged a preposition and "Obama" its object
    doc = Doc(Vocab(), words=["Barack", "Obama", "and", "Hu", "Jintao", "met", "."],
              heads=[5, 0, 1, 4, 1, 5, 5], deps=["prep", "pobj", "cc", "compound", "conj", "ROOT", "punct"],
              pos=["ADP", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "PUNCT"],
              ents=["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O"],
              morphs=["", "", "", "", "", FIN, ""], sent_starts=[True] + [False] * 6)
    repair_parse(doc)
    assert (doc[1].dep_, doc[1].head.text) == ("nsubj", "met")
    assert (doc[0].dep_, doc[0].head.text, doc[0].pos_) == ("compound", "Obama", "PROPN")


def test_a_count_given_as_a_range_before_a_verb_without_subject_is_its_subject():
    # « Entre 1,2 et 3,5 millions de personnes ont manifesté . » parsed with the range as an adjunct
    words = ["Entre", "1,2", "et", "3,5", "millions", "de", "personnes", "ont", "manifesté", "."]
    doc = _doc(words, [1, 8, 4, 4, 1, 6, 4, 8, 8, 8],
               ["case", "obl:mod", "cc", "nummod", "conj", "case", "nmod", "aux:tense", "ROOT", "punct"],
               ["ADP", "NUM", "CCONJ", "NUM", "NOUN", "ADP", "NOUN", "AUX", "VERB", "PUNCT"],
               ["", "", "", "", "", "", "", "VerbForm=Fin", "VerbForm=Part", ""])
    repair_parse(doc)
    assert (doc[4].dep_, doc[4].head.text) == ("nsubj", "manifesté")
    assert (doc[1].dep_, doc[1].head.text) == ("nummod", "millions")
    assert doc[0].dep_ == "advmod"


def test_a_range_of_years_before_a_clause_with_its_subject_stays_an_adjunct():
    # « Entre 2001 et 2005 , la police a arrêté ... »: the verb has its subject
    words = ["Entre", "2001", "et", "2005", ",", "la", "police", "a", "arrêté", "."]
    doc = _doc(words, [1, 8, 3, 1, 1, 6, 8, 8, 8, 8],
               ["case", "obl:mod", "cc", "conj", "punct", "det", "nsubj", "aux:tense", "ROOT", "punct"],
               ["ADP", "NUM", "CCONJ", "NUM", "PUNCT", "DET", "NOUN", "AUX", "VERB", "PUNCT"],
               ["", "", "", "", "", "", "", "VerbForm=Fin", "VerbForm=Part", ""])
    repair_parse(doc)
    assert (doc[1].dep_, doc[1].head.text) == ("obl:mod", "arrêté")
    assert doc[0].dep_ == "case"


def test_a_subject_coordinated_with_the_first_verb_is_the_next_verb_subject():
    # « Le Conseil s'est réuni et la Chine a demandé une enquête . »: "Chine" coordinated with "réuni", and
    # "demandé" an adverbial clause with no subject
    words = ["Le", "Conseil", "s'", "est", "réuni", "et", "la", "Chine", "a", "demandé", "une", "enquête", "."]
    doc = _doc(words, [1, 4, 4, 4, 4, 7, 7, 4, 9, 4, 11, 9, 4],
               ["det", "nsubj", "expl:comp", "aux:tense", "ROOT", "cc", "det", "conj", "aux:tense", "advcl", "det",
                "obj", "punct"],
               ["DET", "NOUN", "PRON", "AUX", "VERB", "CCONJ", "DET", "PROPN", "AUX", "VERB", "DET", "NOUN", "PUNCT"],
               ["", "", "", "VerbForm=Fin", "VerbForm=Part", "", "", "", "VerbForm=Fin", "VerbForm=Part", "", "", ""])
    repair_parse(doc)
    assert (doc[7].dep_, doc[7].head.text) == ("nsubj", "demandé")
    assert (doc[9].dep_, doc[9].head.text) == ("conj", "réuni")
    assert (doc[5].dep_, doc[5].head.text) == ("cc", "demandé")



@pytest.mark.parametrize(("words", "heads", "deps", "pos", "head_of_object"), [
    # « L'UE a jugé « disproportionnée » la riposte . » parsed with « la riposte » the object of the adjective
    (["UE", "a", "jugé", "«", "disproportionnée", "»", "la", "riposte", "."],
     [2, 2, 2, 4, 2, 4, 7, 4, 2],
     ["nsubj", "aux:tense", "ROOT", "punct", "xcomp", "punct", "det", "obj", "punct"],
     ["PROPN", "AUX", "VERB", "PUNCT", "ADJ", "PUNCT", "DET", "NOUN", "PUNCT"], "jugé"),
    # the verb has its own object: the adjective's complement stays its own
    (["Il", "a", "jugé", "la", "loi", "contraire", "la", "constitution", "."],
     [2, 2, 2, 4, 2, 2, 7, 5, 2],
     ["nsubj", "aux:tense", "ROOT", "det", "obj", "xcomp", "det", "obj", "punct"],
     ["PRON", "AUX", "VERB", "DET", "NOUN", "ADJ", "DET", "NOUN", "PUNCT"], "contraire"),
])
def test_an_object_hung_on_a_predicative_adjective(words, heads, deps, pos, head_of_object):
    doc = _doc(words, heads, deps, pos, ["", "", FIN] + [""] * (len(words) - 3))
    repair_parse(doc, object_label="obj")
    assert doc[7].head.text == head_of_object


@pytest.mark.parametrize(("agent", "active"), [(False, True), (True, False)])
def test_a_verb_conjugated_with_etre_read_as_a_passive(agent, active):
    # « le ministre est arrivé à Bagdad . » (« ... arrivé par la route » keeps no agent either: « par X » as an
    # agent, obl:agent, is what only a passive has)
    words = ["ministre", "est", "arrivé", "à", "Bagdad", "."]
    deps = ["nsubj:pass", "aux:pass", "ROOT", "case", "obl:agent" if agent else "obl:arg", "punct"]
    doc = Doc(Vocab(), words=words, heads=[2, 2, 2, 4, 2, 2], deps=deps,
              pos=["NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
              lemmas=["ministre", "être", "arriver", "à", "Bagdad", "."],
              morphs=["", "VerbForm=Fin", "Tense=Past|VerbForm=Part|Voice=Pass", "", "", ""])
    ParseRepairs("obj", words=RepairWords(unaccusatives=frozenset({"arriver"})))(doc)
    assert (doc[0].dep_, doc[1].dep_) == (("nsubj", "aux:tense") if active else ("nsubj:pass", "aux:pass"))
    assert ("Pass" in doc[2].morph.get("Voice", [])) is not active


def test_a_definite_object_hung_on_the_day_word():
    # « le Brésil a reconnu vendredi l'État palestinien . »: « État » parsed as the object of « vendredi »
    words = ["Brésil", "a", "reconnu", "vendredi", "l'", "État", "palestinien", "."]
    doc = _doc(words, [2, 2, 2, 2, 5, 3, 5, 2],
               ["nsubj", "aux:tense", "ROOT", "obl:mod", "det", "obj", "amod", "punct"],
               ["PROPN", "AUX", "VERB", "NOUN", "DET", "NOUN", "ADJ", "PUNCT"])
    repair_parse(doc)
    assert (doc[5].dep_, doc[5].head.text) == ("obj", "reconnu")
    assert doc[3].dep_ == "obl:mod"


def test_a_bare_noun_keeps_its_de_complement():
    # « la police a fait usage de canons à eau . »: « usage de canons » is one phrase, no day word before an object
    words = ["police", "a", "fait", "usage", "de", "canons", "à", "eau", "."]
    doc = _doc(words, [2, 2, 2, 2, 5, 3, 7, 5, 2],
               ["nsubj", "aux:tense", "ROOT", "obj", "case", "nmod", "case", "nmod", "punct"],
               ["NOUN", "AUX", "VERB", "NOUN", "ADP", "NOUN", "ADP", "NOUN", "PUNCT"])
    repair_parse(doc)
    assert (doc[5].dep_, doc[5].head.text) == ("nmod", "usage")


def test_without_the_language_s_words_the_indefinite_object_stays_hung():
    # the repair reads the language's indefinite marks (repairs.yaml): with none, « des » marks no object
    words = ["armée", "a", "arrêté", "mardi", "des", "militants", "."]
    doc = _doc(words, [2, 2, 2, 2, 5, 3, 2],
               ["nsubj", "aux:tense", "ROOT", "obl:mod", "case", "nmod", "punct"],
               ["NOUN", "AUX", "VERB", "NOUN", "ADP", "NOUN", "PUNCT"])
    repair_parse(doc)
    assert doc[5].dep_ != "obj"  # (a complement of the verb all the same: the thirteenth repair's « à Bamako »)


def test_the_french_words_of_the_repairs_come_from_its_data():
    words = RepairWords.of("fr")
    assert "arriver" in words.unaccusatives and "des" in words.plural_indefinites
    assert {"de", "d'"} <= words.indefinite_marks and words.agent_marks == frozenset({"par"})
    assert words.genitive_relatives == frozenset({"dont"}) and words.tense_auxiliaries == frozenset({"avoir"})
    assert words.reflexive_clitics == frozenset({"se", "s'"})
    assert RepairWords.of("en") == RepairWords() and RepairWords.of("xx") == RepairWords()


@pytest.mark.parametrize("agent_marks, attached", [(frozenset({"par"}), True), (frozenset(), False)])
def test_an_agent_hung_on_the_day_word_after_a_passive(agent_marks, attached):
    # « le militant a été arrêté samedi par la police . »: « police » parsed as a complement of « samedi »
    words = ["militant", "a", "été", "arrêté", "samedi", "par", "la", "police", "."]
    doc = _doc(words, [3, 3, 3, 3, 3, 7, 7, 4, 3],
               ["nsubj:pass", "aux:tense", "aux:pass", "ROOT", "obl:mod", "case", "det", "nmod", "punct"],
               ["NOUN", "AUX", "AUX", "VERB", "NOUN", "ADP", "DET", "NOUN", "PUNCT"])
    ParseRepairs("obj", words=RepairWords(agent_marks=agent_marks))(doc)
    assert ((doc[7].dep_, doc[7].head.text) == ("obl:agent", "arrêté")) is attached


def test_a_verb_coordinated_with_the_first_subject_is_the_root():
    # « La Russie et l'Ukraine ont signé un accord . » parsed with « Russie » the root, « signé » its conjunct and
    # « Ukraine » the verb's only subject
    words = ["La", "Russie", "et", "l'", "Ukraine", "ont", "signé", "un", "accord", "."]
    doc = _doc(words, [1, 1, 6, 4, 6, 6, 1, 8, 6, 1],
               ["det", "ROOT", "cc", "det", "nsubj", "aux:tense", "conj", "det", "obj", "punct"],
               ["DET", "PROPN", "CCONJ", "DET", "PROPN", "AUX", "VERB", "DET", "NOUN", "PUNCT"],
               ["", "", "", "", "", "VerbForm=Fin", "VerbForm=Part", "", "", ""])
    repair_parse(doc)
    assert (doc[6].dep_, doc[6].head.text) == ("ROOT", "signé")
    assert (doc[1].dep_, doc[1].head.text) == ("nsubj", "signé")
    assert (doc[4].dep_, doc[4].head.text) == ("conj", "Russie")
    assert (doc[2].dep_, doc[2].head.text) == ("cc", "Ukraine")
    assert doc[9].head.text == "signé"


def test_a_coordinated_subject_in_an_adverbial_clause_keeps_the_clause():
    # « ..., tandis que Rome et Madrid ont envoyé des policiers . »: the clause's role passes to its verb
    words = ["Paris", "a", "promis", "des", "soldats", ",", "tandis", "que", "Rome", "et", "Madrid", "ont", "envoyé",
             "des", "policiers", "."]
    doc = _doc(words, [2, 2, 2, 4, 2, 8, 8, 6, 2, 12, 12, 12, 8, 14, 12, 2],
               ["nsubj", "aux:tense", "ROOT", "det", "obj", "punct", "mark", "fixed", "advcl", "cc", "nsubj",
                "aux:tense", "conj", "det", "obj", "punct"],
               ["PROPN", "AUX", "VERB", "DET", "NOUN", "PUNCT", "SCONJ", "SCONJ", "PROPN", "CCONJ", "PROPN", "AUX",
                "VERB", "DET", "NOUN", "PUNCT"],
               ["", "VerbForm=Fin", "VerbForm=Part", "", "", "", "", "", "", "", "", "VerbForm=Fin",
                "VerbForm=Part", "", "", ""])
    repair_parse(doc)
    assert (doc[12].dep_, doc[12].head.text) == ("advcl", "promis")
    assert (doc[8].dep_, doc[8].head.text) == ("nsubj", "envoyé")
    assert (doc[10].dep_, doc[10].head.text) == ("conj", "Rome")
    assert doc[6].head.text == "envoyé"


def test_a_noun_complement_before_a_coordinated_clause_stays():
    # « le déclin de l'industrie et les syndicats ont protesté »: a noun dependent (not a clause's head) with
    # the verb hung on it is left to the parser
    words = ["le", "déclin", "de", "l'", "industrie", "et", "les", "syndicats", "ont", "protesté", "."]
    doc = _doc(words, [1, 1, 4, 4, 1, 9, 7, 9, 9, 4, 1],
               ["det", "ROOT", "case", "det", "nmod", "cc", "det", "nsubj", "aux:tense", "conj", "punct"],
               ["DET", "NOUN", "ADP", "DET", "NOUN", "CCONJ", "DET", "NOUN", "AUX", "VERB", "PUNCT"],
               ["", "", "", "", "", "", "", "", "VerbForm=Fin", "VerbForm=Part", ""])
    repair_parse(doc)
    assert (doc[9].dep_, doc[9].head.text) == ("conj", "industrie")


def test_names_after_a_fronted_adjunct_are_the_subject_of_the_verb():
    # « A l'issue des discussions , l'Inde et le Pakistan ont signé un accord . » parsed with both names
    # conjuncts of « discussions », inside the fronted adjunct, and the verb left without a subject
    words = ["A", "l'", "issue", "des", "discussions", ",", "l'", "Inde", "et", "le", "Pakistan", "ont", "signé",
             "un", "accord", "."]
    doc = _doc(words, [2, 2, 12, 4, 2, 7, 7, 4, 10, 10, 4, 12, 12, 14, 12, 12],
               ["case", "det", "obl:mod", "case", "nmod", "punct", "det", "conj", "cc", "det", "conj", "aux:tense",
                "ROOT", "det", "obj", "punct"],
               ["ADP", "DET", "NOUN", "ADP", "NOUN", "PUNCT", "DET", "PROPN", "CCONJ", "DET", "PROPN", "AUX", "VERB",
                "DET", "NOUN", "PUNCT"],
               ["", "", "", "", "", "", "", "", "", "", "", "VerbForm=Fin", "VerbForm=Part", "", "", ""])
    repair_parse(doc)
    assert (doc[7].dep_, doc[7].head.text) == ("nsubj", "signé")
    assert (doc[10].dep_, doc[10].head.text) == ("conj", "Inde")
    assert (doc[8].dep_, doc[8].head.text) == ("cc", "Pakistan")
    assert doc[5].head.text == "issue"


def test_a_name_after_a_fronted_adjunct_joins_the_second_subject():
    # « Dans un communiqué , Paris et Londres ont exigé le retrait . »: « Paris » a complement of « communiqué »,
    # « Londres » the verb's only subject
    words = ["Dans", "un", "communiqué", ",", "Paris", "et", "Londres", "ont", "exigé", "le", "retrait", "."]
    doc = _doc(words, [2, 2, 8, 4, 2, 8, 8, 8, 8, 10, 8, 8],
               ["case", "det", "obl:mod", "punct", "nmod", "cc", "nsubj", "aux:tense", "ROOT", "det", "obj", "punct"],
               ["ADP", "DET", "NOUN", "PUNCT", "PROPN", "CCONJ", "PROPN", "AUX", "VERB", "DET", "NOUN", "PUNCT"],
               ["", "", "", "", "", "", "", "VerbForm=Fin", "VerbForm=Part", "", "", ""])
    repair_parse(doc)
    assert (doc[4].dep_, doc[4].head.text) == ("nsubj", "exigé")
    assert (doc[6].dep_, doc[6].head.text) == ("conj", "Paris")
    assert (doc[5].dep_, doc[5].head.text) == ("cc", "Londres")


def test_a_list_inside_a_fronted_adjunct_before_the_verb_s_own_subject_stays():
    # « Avec la France , l'Allemagne et l'Italie , l'UE a signé . »: the verb has its subject after the list
    words = ["Avec", "la", "France", ",", "l'", "Allemagne", "et", "l'", "Italie", ",", "l'", "UE", "a", "signé",
             "."]
    doc = _doc(words, [2, 2, 13, 5, 5, 2, 8, 8, 2, 13, 11, 13, 13, 13, 13],
               ["case", "det", "obl:mod", "punct", "det", "conj", "cc", "det", "conj", "punct", "det", "nsubj",
                "aux:tense", "ROOT", "punct"],
               ["ADP", "DET", "PROPN", "PUNCT", "DET", "PROPN", "CCONJ", "DET", "PROPN", "PUNCT", "DET", "PROPN",
                "AUX", "VERB", "PUNCT"],
               [""] * 12 + ["VerbForm=Fin", "VerbForm=Part", ""])
    repair_parse(doc)
    assert (doc[5].dep_, doc[5].head.text) == ("conj", "France")
    assert (doc[11].dep_, doc[11].head.text) == ("nsubj", "signé")


def test_a_participle_after_et_hung_on_the_first_object_takes_the_phrase_after_it():
    # « X a condamné le putsch et exigé le retour ... »: "exigé" a conjunct of "putsch", "retour" a complement of
    # "putsch" with no preposition: the participle shares the first verb's auxiliary and takes "retour" as object
    doc = _doc(["X", "a", "condamné", "le", "putsch", "et", "exigé", "le", "retour"],
               [2, 2, 2, 4, 2, 6, 4, 8, 4],
               ["nsubj", "aux:tense", "ROOT", "det", "obj", "cc", "conj", "det", "nmod"],
               ["PROPN", "AUX", "VERB", "DET", "NOUN", "CCONJ", "VERB", "DET", "NOUN"],
               ["", "", "Tense=Past|VerbForm=Part", "", "", "", "Tense=Past|VerbForm=Part", "", ""])
    ParseRepairs("obj")(doc)
    assert doc[6].head.i == 2
    assert (doc[8].head.i, doc[8].dep_) == (6, "obj")


def test_a_second_object_of_the_first_verb_after_a_coordinated_participle_is_the_participle_s():
    # « X a encerclé le palais et arrêté le chef »: "chef" a second object of "encerclé"
    doc = _doc(["X", "a", "encerclé", "le", "palais", "et", "arrêté", "le", "chef"],
               [2, 2, 2, 4, 2, 6, 2, 8, 2],
               ["nsubj", "aux:tense", "ROOT", "det", "obj", "cc", "conj", "det", "obj"],
               ["PROPN", "AUX", "VERB", "DET", "NOUN", "CCONJ", "VERB", "DET", "NOUN"],
               ["", "", "Tense=Past|VerbForm=Part", "", "", "", "Tense=Past|VerbForm=Part", "", ""])
    ParseRepairs("obj")(doc)
    assert doc[8].head.i == 6


def test_a_noun_phrase_after_the_participle_that_opens_a_clause_stays():
    # « X a condamné le putsch et exigé du retour »: a phrase with a preposition of its own is no object, and the
    # participle with no complement of its own is left where the parser hung it
    doc = _doc(["X", "a", "condamné", "le", "putsch", "et", "exigé", "de", "le", "retour"],
               [2, 2, 2, 4, 2, 6, 4, 9, 9, 4],
               ["nsubj", "aux:tense", "ROOT", "det", "obj", "cc", "conj", "case", "det", "nmod"],
               ["PROPN", "AUX", "VERB", "DET", "NOUN", "CCONJ", "VERB", "ADP", "DET", "NOUN"],
               ["", "", "Tense=Past|VerbForm=Part", "", "", "", "Tense=Past|VerbForm=Part", "", "", ""])
    ParseRepairs("obj")(doc)
    assert doc[6].head.i == 4
    assert doc[9].head.i == 4


@pytest.mark.parametrize("auxiliaries, rejoined", [(frozenset({"avoir"}), True), (frozenset(), False)])
def test_a_participle_cut_off_from_its_auxiliary_by_an_adjunct(auxiliaries, rejoined):
    # « le Chili a de son côté refusé l'offre . »: « a » read as the main verb, « refusé » a modifier of « côté »
    words = ["Chili", "a", "de", "son", "côté", "refusé", "l'", "offre", "."]
    doc = Doc(Vocab(), words=words, heads=[1, 1, 4, 4, 1, 4, 7, 1, 1],
              deps=["nsubj", "ROOT", "case", "det", "obl:arg", "acl", "det", "obj", "punct"],
              pos=["PROPN", "VERB", "ADP", "DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
              lemmas=["Chili", "avoir", "de", "son", "côté", "refuser", "le", "offre", "."],
              morphs=["", "VerbForm=Fin", "", "", "", "Tense=Past|VerbForm=Part", "", "", ""])
    ParseRepairs("obj", words=RepairWords(tense_auxiliaries=auxiliaries))(doc)
    if rejoined:
        assert (doc[5].dep_, doc[5].head.i) == ("ROOT", 5)
        assert (doc[1].dep_, doc[1].head.text) == ("aux:tense", "refusé")
        assert {(c.text, c.dep_) for c in doc[5].children} >= {
            ("Chili", "nsubj"), ("offre", "obj"), ("côté", "obl:mod")}
    else:
        assert (doc[5].dep_, doc[1].dep_) == ("acl", "ROOT")


def test_a_participle_modifying_a_noun_after_a_main_verb_avoir_stays():
    # « le Chili a un plan approuvé par l'ONU . »: « approuvé » modifies the object, no adjunct was inserted
    words = ["Chili", "a", "un", "plan", "approuvé", "par", "ONU", "."]
    doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 3, 6, 4, 1],
              deps=["nsubj", "ROOT", "det", "obj", "acl", "case", "obl:agent", "punct"],
              pos=["PROPN", "VERB", "DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"],
              lemmas=["Chili", "avoir", "un", "plan", "approuver", "par", "ONU", "."],
              morphs=["", "VerbForm=Fin", "", "", "Tense=Past|VerbForm=Part", "", "", ""])
    ParseRepairs("obj", words=RepairWords(tense_auxiliaries=frozenset({"avoir"})))(doc)
    assert (doc[4].dep_, doc[4].head.text, doc[1].dep_) == ("acl", "plan", "ROOT")


@pytest.mark.parametrize(("clitics", "active"), [(frozenset({"se", "s'"}), True), (frozenset(), False)])
def test_a_pronominal_participle_marked_passive_is_active(clitics, active):
    # « le Chili et le Pérou se sont mis d'accord . »: « mis » tagged passive although « se » makes it pronominal
    words = ["Chili", "et", "Pérou", "se", "sont", "mis", "d'", "accord", "."]
    doc = Doc(Vocab(), words=words, heads=[5, 2, 0, 5, 5, 5, 7, 5, 5],
              deps=["nsubj", "cc", "conj", "expl:comp", "aux:tense", "ROOT", "case", "obl:arg", "punct"],
              pos=["PROPN", "CCONJ", "PROPN", "PRON", "AUX", "VERB", "ADP", "NOUN", "PUNCT"],
              lemmas=["Chili", "et", "Pérou", "se", "être", "mettre", "de", "accord", "."],
              morphs=["", "", "", "Reflex=Yes", "VerbForm=Fin", "Tense=Past|VerbForm=Part|Voice=Pass", "", "", ""])
    ParseRepairs("obj", words=RepairWords(reflexive_clitics=clitics))(doc)
    assert ("Pass" in doc[5].morph.get("Voice", [])) is not active
    assert doc[0].dep_ == "nsubj"


def test_a_passive_with_its_agent_stays_passive_beside_a_clitic():
    # « le Chili s'est vu par l'ONU ... » (a made-up shape): an agent « par » keeps the passive reading
    words = ["Chili", "se", "est", "vu", "par", "ONU", "."]
    doc = Doc(Vocab(), words=words, heads=[3, 3, 3, 3, 5, 3, 3],
              deps=["nsubj:pass", "expl:comp", "aux:pass", "ROOT", "case", "obl:agent", "punct"],
              pos=["PROPN", "PRON", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
              lemmas=["Chili", "se", "être", "voir", "par", "ONU", "."],
              morphs=["", "Reflex=Yes", "VerbForm=Fin", "Tense=Past|VerbForm=Part|Voice=Pass", "", "", ""])
    ParseRepairs("obj", words=RepairWords(reflexive_clitics=frozenset({"se", "s'"})))(doc)
    assert (doc[0].dep_, doc[2].dep_) == ("nsubj:pass", "aux:pass")
