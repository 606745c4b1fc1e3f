"""The trained content-boundary model: its file format, how its weights redraw a reported clause, and
the rules' boundaries for a language without a model."""

from __future__ import annotations

import pytest

from veille import languages
from veille.analyze.context import DocContext
from veille.analyze.quotes import QuotesComponent
from veille.analyze.quotes._boundaries import BOUNDARIES, BoundaryModel, candidates
from veille.analyze.quotes._view import DocView

pytestmark = pytest.mark.model

SENTENCE = "The mayor said that the budget will shrink next year, and the council agreed."


def _doc(nlp, lang: str, text: str):
    doc = nlp(text)
    doc._.veille_ctx = DocContext(lang, None)
    doc._.veille_actors = None
    return doc


def test_a_model_round_trips_through_its_file(tmp_path):
    model = BoundaryModel({"rule": 1.0, "pw=that": 0.5}, {"rule": 1.0}, margin=0.25)
    path = tmp_path / "boundaries.json"
    path.write_text(model.to_json({"trained_on": "hand-built"}), encoding="utf-8")
    loaded = BoundaryModel.load(path)
    assert (loaded.start, loaded.end, loaded.margin) == (model.start, model.end, 0.25)
    path.write_text('{"format": 99, "start": {}, "end": {}}', encoding="utf-8")
    with pytest.raises(ValueError):
        BoundaryModel.load(path)


def test_a_language_without_a_model_keeps_the_rules(fr_nlp):
    # French has no annotated corpus, hence no model: the rules' boundaries stay
    text = "Le maire a affirmé que le budget baisserait l'an prochain."
    assert not languages.get("fr").has(*BOUNDARIES)
    component = QuotesComponent("fr")
    assert component.boundaries("fr") is None
    assert [q.text for q in component.extract(_doc(fr_nlp, "fr", text))] == ["le budget baisserait l'an prochain"]


def test_english_ships_a_model_trained_on_polnear_train(en_nlp):
    assert languages.get("en").has(*BOUNDARIES)
    component = QuotesComponent("en")
    model = component.boundaries("en")
    assert model is not None and model.start and model.end
    text = "The minister said the talks had failed because the other side refused to compromise."
    assert [q.text for q in component.extract(_doc(en_nlp, "en", text))] == [
        "the talks had failed because the other side refused to compromise"]
    # without the models, the same clause by the rules alone
    rules = QuotesComponent("en", use_models=False)
    assert [q.text for q in rules.extract(_doc(en_nlp, "en", text))] == [
        "the talks had failed because the other side refused to compromise"]


def test_the_weights_decide_the_boundaries(en_nlp):
    doc = _doc(en_nlp, "en", SENTENCE)
    view = DocView(doc)
    start, end = SENTENCE.index("that"), SENTENCE.index(", and")
    cue = SENTENCE.index("said")
    cands = candidates(view, start, end, cue)
    assert cands is not None and len(cands.starts) > 1 and len(cands.ends) > 1
    keep = BoundaryModel({"rule": 1.0}, {"rule": 1.0})
    assert keep.refine(view, start, end, cue) == (start, end)
    # weights preferring a start after "that" and an end at the sentence's last word
    other = BoundaryModel({"pw=that": 2.0, "rule": 1.0}, {"lw=agreed": 2.0, "rule": 1.0})
    a, b = other.refine(view, start, end, cue)
    assert SENTENCE[a:b] == "the budget will shrink next year, and the council agreed"


def test_what_a_boundary_opens_or_cuts_off_is_a_feature(en_nlp):
    # an end before ", and the council agreed" cuts off the conjunction hanging on the cue; a start at
    # "that" opens the cue's reported clause; an end inside a phrase cuts off no subtree
    doc = _doc(en_nlp, "en", SENTENCE)
    view = DocView(doc)
    start, end = SENTENCE.index("that"), SENTENCE.index(", and")
    cands = candidates(view, start, end, SENTENCE.index("said"))
    assert cands is not None
    ends = {doc[e - 1].text: feats for e, feats in zip(cands.ends, cands.end_features, strict=True)}
    starts = {doc[i].text: feats for i, feats in zip(cands.starts, cands.start_features, strict=True)}
    assert {"cutopen=cc", "cutopen|on=cc|cue", "cutopen|w=cc|and"} <= set(ends["year"])
    assert "cutopen=-" in ends["next"]
    assert {"open=ccomp", "open|on=ccomp|cue", "open|w=ccomp|that"} <= set(starts["that"])
