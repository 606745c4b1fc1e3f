"""The scorers on the real shared sets, fed the gold itself as prediction: every figure must be perfect.

This checks the loaders and the scorers against the sets' actual shapes without running any model.
"""

import pytest

from veille.eval.gold import load_jsonl, load_seed
from veille.eval.plover import gold_type, score_plover
from veille.eval.tasks import score, set_digest
from veille.eval.timex import score_timex
from veille.eval.toponyms import Gazetteer, score_toponyms

pytestmark = pytest.mark.shared


def _perfect(result, skip=()):
    for fig in result.figures:
        if fig.name in skip or fig.value is None or not fig.percent:
            continue
        assert fig.value == pytest.approx(1.0), (fig.name, fig.value, fig.detail)


def test_timex_gold_as_prediction(shared_dir):
    docs = load_jsonl(shared_dir / "eval" / "fr-timebank.dev.jsonl")
    assert docs and all(d.published for d in docs)
    result = score_timex([(d, {"times": d.gold["times"]}) for d in docs])
    _perfect(result)
    assert result.value("timex.strict.recall") == 1.0


def test_places_gold_as_prediction(shared_dir):
    gaz = Gazetteer()
    docs = load_jsonl(shared_dir / "eval" / "gwn.dev.jsonl")
    preds = [{"places": [dict(p, country=gaz.country_of.get(str(p["geonameid"]))) for p in d.gold["places"]]}
             for d in docs]
    result = score_toponyms(list(zip(docs, preds)), gazetteer=gaz)
    _perfect(result)
    assert result.value("places.adjective_gold") > 50  # GWN has many "Russian", "Chinese"...


def test_plover_gold_as_prediction(shared_dir):
    docs = load_jsonl(shared_dir / "eval" / "plover-gsr.dev.jsonl")
    preds = []
    for d in docs:
        sides = {}
        actors = []
        for side in ("source", "target"):
            refs = []
            for k, a in enumerate(d.gold[side] or []):
                actor_id = f"{side}{k}"
                igo = a["code"] == "IGO"
                actors.append({"id": actor_id, "kind": "organization" if igo else "country",
                               "country": "UN" if igo else a["code"], "igo": igo})
                refs.append({"actor_id": actor_id, "code": "UN" if igo else a["code"], "sector": [], "text": ""})
            sides[side] = refs
        preds.append({"actors": actors, "events": [{"event": gold_type(d.gold["event"]), "actor": sides["source"],
                                                    "recipient": sides["target"]}]})
    result = score_plover(list(zip(docs, preds)))
    _perfect(result)
    assert result.value("plover.other_type_per_sentence") == 0


def test_seed_events_gold_as_prediction(shared_dir):
    docs = load_seed(shared_dir / "gold")
    assert docs and docs[0].text.startswith(docs[0].gold["document"].get("title", "")[:10])
    preds = []
    for d in docs:
        events = [{"event": e["event"], "actor": [{"code": c} for c in e["actor"]],
                   "recipient": [{"code": c} for c in e["recipient"]], "date": e.get("date"),
                   "location": e.get("location")} for e in d.gold["events"] if e.get("required", True)]
        preds.append({"events": events})
    result = score("events", list(zip(docs, preds)))
    for name in ("events.precision", "events.recall", "events.date_accuracy", "events.place_accuracy"):
        assert result.value(name) == 1.0, name


def test_set_digests_are_stable(shared_dir):
    assert set_digest(shared_dir / "gold") == set_digest(shared_dir / "gold")
    assert len(set_digest(shared_dir / "eval" / "gwn.dev.jsonl")) == 64
