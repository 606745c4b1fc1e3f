"""The trained model of the cues the lexicon does not list (``en/quotes/cue_model.json``), and its
mechanics. Sentences written for these tests."""

import json

import pytest
from quotes_helpers import run

from veille.analyze.quotes import QuotesComponent
from veille.analyze.quotes._cue_model import NO_CUE, CueModel


def test_the_model_scores_against_no_cue_with_a_margin():
    model = CueModel({"l=dispute": 3.0, "subj=he": 1.0, NO_CUE: 1.5, "l=walk": -2.0}, margin=2.0)
    assert model.score(["l=dispute", "subj=he"]) == pytest.approx(2.5)
    assert model.accepts(["l=dispute", "subj=he"])
    assert not model.accepts(["l=dispute"])  # 3.0 - 1.5 does not beat the margin
    assert model.lemmas == frozenset({"dispute"})  # only lemmas leaning to a cue are looked at


def test_a_model_file_of_another_format_is_refused(tmp_path):
    path = tmp_path / "cue_model.json"
    path.write_text(json.dumps({"format": 99, "weights": {}}), encoding="utf-8")
    with pytest.raises(ValueError):
        CueModel.load(path)
    path.write_text(CueModel({"l=x": 1.0}, 2.0).to_json({"examples": 1}), encoding="utf-8")
    loaded = CueModel.load(path)
    assert loaded.weights == {"l=x": 1.0} and loaded.margin == 2.0


def test_english_ships_a_cue_model_and_french_none():
    component = QuotesComponent("en")
    assert component.cue_model("en") is not None
    assert component.cue_model("fr") is None


@pytest.mark.model
def test_a_verb_of_disagreement_outside_the_lexicon_reports_its_clause(en_nlp):
    quotes = run(en_nlp, "en", "The governor's aides dispute that the report was leaked by his office.")
    assert [q.text for q in quotes] == ["that the report was leaked by his office"]
    assert quotes[0].speaker is not None and quotes[0].speaker.text == "The governor's aides"


@pytest.mark.model
def test_the_model_is_off_without_models_and_on_ordinary_verbs(en_nlp):
    text = "The governor's aides dispute that the report was leaked by his office."
    doc = en_nlp(text)
    from veille.analyze.context import DocContext

    doc._.veille_ctx = DocContext("en", None)
    doc._.veille_actors = None
    assert QuotesComponent("en", use_models=False).extract(doc) == []
    assert run(en_nlp, "en", "The senator walked to the Capitol and opened the door of her office.") == []


@pytest.mark.model
def test_a_listed_verb_without_a_clause_reports_its_object_through_the_model(en_nlp):
    # "speak" is a speech verb of the lexicon, but not one that attributes its object by the rules
    quotes = run(en_nlp, "en", "The governor spoke about the budget crisis for an hour.")
    assert len(quotes) == 1 and quotes[0].text.startswith("the budget crisis")
    assert quotes[0].cue is not None and quotes[0].cue.text == "spoke"
    assert quotes[0].speaker is not None and quotes[0].speaker.text == "The governor"
