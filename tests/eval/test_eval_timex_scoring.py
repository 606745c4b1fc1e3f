import pytest
from eval_fixtures import document, gold

from veille.eval.timex import score_timex

TEXT = "Il est venu mardi vers 21 h 45 et repart dans trois jours."


def t(text, type_, value, start=None):
    start = TEXT.index(text) if start is None else start
    return {"start": start, "end": start + len(text), "text": text, "type": type_, "value": value}


def test_tempeval_figures():
    golds = {"times": [t("mardi", "DATE", "1999-05-18"), t("21 h 45", "TIME", "1999-05-18T21:45"),
                       t("trois jours", "DURATION", "P3D")]}
    preds = document(times=[
        t("mardi", "DATE", "1999-05-18"),  # strict, right value
        t("vers 21 h 45", "TIME", "1999-05-18T21:00"),  # relaxed only, wrong value
        t("dans trois jours", "DATE", "P3D"),  # relaxed only, right value, wrong type
        t("Il", "DATE", "X"),  # false positive
    ])
    result = score_timex([(gold(golds, TEXT), preds)])
    assert result.value("timex.strict.precision") == pytest.approx(1 / 4)
    assert result.value("timex.strict.recall") == pytest.approx(1 / 3)
    assert result.value("timex.relaxed.precision") == pytest.approx(3 / 4)
    assert result.value("timex.relaxed.recall") == 1.0
    assert result.value("timex.relaxed.f1") == pytest.approx(2 * 0.75 / 1.75)
    assert result.value("timex.value.precision") == pytest.approx(2 / 4)
    assert result.value("timex.value.recall") == pytest.approx(2 / 3)
    assert result.value("timex.value_accuracy") == pytest.approx(2 / 3)
    assert result.value("timex.type_accuracy") == pytest.approx(2 / 3)
    assert sorted(i.kind for i in result.issues) == ["fp", "wrong"]


def test_one_prediction_matches_one_gold_only():
    golds = {"times": [t("mardi", "DATE", "a"), t("21 h 45", "TIME", "b")]}
    preds = document(times=[{"start": 0, "end": len(TEXT), "text": TEXT, "type": "DATE", "value": "a"}])
    result = score_timex([(gold(golds, TEXT), preds)])
    assert result.value("timex.relaxed.recall") == 0.5
