"""The speech-cue lexicons read from veille/data/quotes/speech.yaml."""

from spacy.tokens import Doc
import spacy

from veille.analyze.quotes._lexicon import load_lexicon


def _token(word, pos, lemma):
    doc = Doc(spacy.blank("fr").vocab, words=[word], pos=[pos], lemmas=[lemma])
    return doc[0]


def test_both_languages_have_the_core_verbs():
    fr, en = load_lexicon("fr"), load_lexicon("en")
    assert {"déclarer", "dire", "ajouter", "affirmer", "estimer", "souligner", "prévenir"} <= fr.verbs
    assert {"say", "tell", "add", "state", "warn", "insist", "claim", "note"} <= en.verbs
    assert ("selon",) in fr.according and ("according", "to") in en.according


def test_forms_rescue_a_wrong_lemma_and_participles_tagged_adj():
    fr, en = load_lexicon("fr"), load_lexicon("en")
    assert fr.speech_lemma(_token("déclaré", "ADJ", "déclaré")) == "déclarer"
    assert fr.speech_lemma(_token("prévenu", "VERB", "prévenu")) == "prévenir"
    assert en.speech_lemma(_token("said", "VERB", "said")) == "say"
    assert en.speech_lemma(_token("told", "VERB", "tell")) == "tell"


def test_nouns_are_not_speech_verbs():
    en = load_lexicon("en")
    assert en.speech_lemma(_token("note", "NOUN", "note")) is None
    assert en.speech_lemma(_token("reports", "NOUN", "report")) is None


def test_unknown_language_falls_back_to_english():
    assert load_lexicon("de").language == "en"
