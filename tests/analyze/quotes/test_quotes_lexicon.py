"""The attribution-cue lexicons read from data/lang/<code>/quotes/ through veille.languages."""

import shutil

import spacy
from spacy.tokens import Doc

from veille import languages
from veille.analyze.quotes import QuotesComponent
from veille.analyze.quotes._lexicon import load_lexicon as _load


def load_lexicon(code):
    return _load(languages.get(code))


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


def test_regular_forms_come_from_the_morphology_tables():
    fr, en = load_lexicon("fr"), load_lexicon("en")
    assert fr.forms["répète"] == "répéter" and fr.forms["exclamé"] in ("exclamer", "s'exclamer")
    assert fr.forms["avertissait"] == "avertir"
    assert en.forms["denied"] == "deny" and en.forms["stressed"] == "stress"
    assert en.forms["declared"] == "declare" and en.forms["warning"] == "warn"


def test_a_language_without_quotes_data_gets_no_quotes_and_no_other_lexicon(tmp_path):
    lang = tmp_path / "xx"
    lang.mkdir()
    (lang / "language.yaml").write_text("code: xx\nname: Test\nspacy: blank:xx\n", encoding="utf-8")
    spec = languages.registry([tmp_path])["xx"]
    assert _load(spec) is None
    assert QuotesComponent("xx").lexicon("zz") is None  # unknown code: no English stand-in


def test_a_new_language_folder_is_read_without_code(tmp_path):
    lang = tmp_path / "en2"
    shutil.copytree(languages.get("en").data_dir, lang)
    (lang / "language.yaml").write_text("code: en2\nname: Test\nspacy: blank:en\n", encoding="utf-8")
    lex = _load(languages.registry([tmp_path])["en2"])
    assert lex is not None and lex.language == "en2" and "say" in lex.verbs
