import pytest
from eval_fixtures import document, gold

from veille.eval.quotes import score_quote_spans

TEXT = "« Nous resterons », a dit Mme Martin. Selon le ministre, la réforme passera. Rien d'autre."


def span(text, **kw):
    start = TEXT.index(text)
    return {"start": start, "end": start + len(text), "text": text, **kw}


def test_quote_spans_speaker_and_directness():
    golds = {"quotes": [
        span("Nous resterons", direct=True, speaker="Claire Martin"),
        span("la réforme passera", direct=False, speaker="le ministre"),
        span("Rien d'autre", direct=False, speaker=None),
    ]}
    preds = document(quotes=[
        span("« Nous resterons »", direct=True,
             speaker={"name": "Mme Martin", "actor_id": None, "text": "Mme Martin"}),
        span("la réforme passera", direct=True, speaker=None),
        span("a dit Mme", direct=False, speaker=None),
    ])
    result = score_quote_spans([(gold(golds, TEXT), preds)])
    assert result.value("quotes.recall") == pytest.approx(2 / 3)
    assert result.value("quotes.precision") == pytest.approx(2 / 3)
    assert result.value("quotes.speaker_accuracy") == 0.5
    assert result.value("quotes.direct_accuracy") == 0.5
