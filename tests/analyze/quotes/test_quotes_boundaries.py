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


def test_a_language_without_a_model_keeps_the_rules(fr_nlp, en_nlp):
    # no language ships a model today (the English one trained on PolNeAR did not beat the rules on dev)
    for code, nlp, text, content in (
        ("fr", fr_nlp, "Le maire a affirmé que le budget baisserait l'an prochain.",
         "le budget baisserait l'an prochain"),
        ("en", en_nlp, "The minister said the talks had failed because the other side refused to compromise.",
         "the talks had failed because the other side refused to compromise"),
    ):
        assert not languages.get(code).has(*BOUNDARIES)
        component = QuotesComponent(code)
        assert component.boundaries(code) is None
        assert [q.text for q in component.extract(_doc(nlp, code, text))] == [content]


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
