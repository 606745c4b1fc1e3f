"""Does a trained calibration rank events better than the hand-set confidence sum? (issue 11; re-runnable)

    # 1. every event at confidence >= 0 on a gold set, with the factors of its hand confidence
    .venv/bin/python scripts/confidence_study.py build own_en tests/gold/realnews_own_en.jsonl /tmp/c/own_en.jsonl
    # (also own_fr, realcopy and trnews -- the gold of tests/gold/realnews_timebank.jsonl and realnews_trnews.jsonl
    # joined with ../shared texts by tests/eval/shared_text_join.py --, rn_dev = ../shared/eval/real-news.dev.jsonl,
    # stories = ../shared/eval/stories.dev.jsonl)
    # 2. held-out comparison (two folds by set group, then leave one real-copy set out)
    .venv/bin/python scripts/confidence_study.py compare /tmp/c/*.jsonl
    # 3. the hand sum with some adjustments changed (no training)
    .venv/bin/python scripts/confidence_study.py variants /tmp/c/*.jsonl

Every predicted event is labelled with the eval's own matcher (``veille.eval.events.match_events``): right (a
required gold event), optional (neither counted, as in the eval's precision) or false. The model is an L2
logistic regression (numpy, Newton steps) on features the events stage has when it builds the record: the hand
sum, its adjustment flags (``veille.analyze.events._confidence.ConfidenceFactors``), the trigger's kind, sides
missing, where the date came from, in a quote or not, lead or not, language. Scorers are compared on the test
sets by re-matching the events kept at each threshold: precision at equal recall, recall at equal precision and
the best F1 each allows. The factors are read by wrapping the component's ``hand_confidence`` (outputs are
unchanged); events merged after they were built are matched by their trigger span.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

import numpy as np

from veille.analyze.events._confidence import ConfidenceFactors, hand_confidence
from veille.analyze.events._lexicon import load_ontology
from veille.eval.codes import CodeNormalizer
from veille.eval.events import GoldEvent, PredEvent, match_events, pred_events
from veille.eval.tasks import load_gold

FLAGS = ("one_side_only", "reciprocal_one_party", "resolved", "passive", "background", "homed", "uncoded_side",
         "not_actual")
MODEL_FEATURES = ("hand", "no_actor", "no_recipient", "uncoded_side", "date_clause", "date_pub", "quote", "lead",
                  "noun", "fr", "passive", "background", "not_actual", "homed", "one_side_only", "mode")
L2 = 10.0
OWN = frozenset({"own_en", "own_fr", "trnews"})
REAL = frozenset({"realcopy", "stories", "rn_dev"})
CODES = CodeNormalizer()


def build(set_name: str, gold_path: Path, out: Path) -> None:
    import veille.analyze.events.component as component
    from veille.analyze.pipeline import Analyzer
    from veille.eval.runner import predict

    built: list[tuple[int, int, str, ConfidenceFactors]] = []
    real_hand, real_event = component.hand_confidence, component.Event
    last: list[ConfidenceFactors] = []

    def recording_hand(f: ConfidenceFactors, weights: Mapping[str, float]) -> float:
        last[:] = [f]
        return real_hand(f, weights)

    def recording_event(**kw: Any) -> Any:
        built.append((kw["trigger"].start, kw["trigger"].end, kw["event"], last[0]))
        return real_event(**kw)

    component.hand_confidence, component.Event = recording_hand, recording_event  # type: ignore[assignment]
    analyzer = Analyzer(min_confidence=0.0)
    with out.open("w") as fh:
        for gold in load_gold("real-news", gold_path):
            built.clear()
            document = predict([gold], analyzer)[0]
            by_span: dict[tuple[Any, ...], ConfidenceFactors] = {}
            for start, end, event, f in built:
                by_span[(start, end, event)] = f
                by_span.setdefault((start, end), f)
            factors = []
            for ev in document["events"]:
                span = (ev["trigger"]["start"], ev["trigger"]["end"])
                f = by_span.get((*span, ev["event"])) or by_span.get(span)
                factors.append(asdict(f) if f else None)
            fh.write(json.dumps({"set": set_name, "gold": str(gold_path), "id": gold.id, "language": gold.language,
                                 "doc": document, "factors": factors}) + "\n")


def features(ev: Mapping[str, Any], f: Mapping[str, Any] | None, language: str | None) -> dict[str, float]:
    f = f or {"base": ev["confidence"], "kind": "verb", **{k: False for k in FLAGS}}
    sides = ev["actor"] + ev["recipient"]
    x = {"hand": ev["confidence"], "noun": f["kind"] == "noun", "fr": language == "fr", "mode": bool(ev.get("mode")),
         "quote": ev.get("said_by") is not None, "lead": ev["evidence"]["start"] < 400,
         "no_actor": not ev["actor"], "no_recipient": not ev["recipient"],
         "sector": any(r.get("sector") for r in sides),
         "date_clause": ev.get("date_source") == "clause",
         "date_pub": ev.get("date_source") in ("publication", "none"), **{k: f[k] for k in FLAGS}}
    return {k: float(v) for k, v in x.items()}


def load(paths: Sequence[str]) -> list[dict[str, Any]]:
    golds: dict[str, dict[str, Any]] = {}
    docs = []
    for path in paths:
        for line in open(path):
            r = json.loads(line)
            if r["gold"] not in golds:
                golds[r["gold"]] = {g.id: g for g in load_gold("real-news", Path(r["gold"]))}
            gold = golds[r["gold"]][r["id"]]
            gevents = [GoldEvent.from_real_news(e, k, CODES) for k, e in enumerate(gold.gold.get("events") or [])]
            preds = pred_events(r["doc"], CODES)
            m = match_events(preds, gevents)
            docs.append({"set": r["set"], "golds": gevents, "preds": preds, "factors": r["factors"],
                         "feats": [features(ev, f, r["language"]) for ev, f in zip(r["doc"]["events"], r["factors"])],
                         "labels": [1 if i in m.hits else None if i in m.optional else 0 for i in range(len(preds))]})
    return docs


Scores = list[list[float]]


def pr_at(docs: Sequence[dict[str, Any]], scores: Scores, t: float) -> tuple[float, float]:
    hits = scored = required = 0
    for d, sc in zip(docs, scores):
        kept = [p for p, s in zip(d["preds"], sc) if s >= t]
        kept = [PredEvent(k, p.event, p.actor, p.recipient, p.date, p.location, p.evidence, p.span, p.confidence)
                for k, p in enumerate(kept)]
        m = match_events(kept, d["golds"])
        hits += len(m.hits)
        scored += len(kept) - len(m.optional)
        required += sum(1 for g in d["golds"] if g.required)
    return (hits / scored if scored else 1.0), hits / required


def curve(docs: Sequence[dict[str, Any]], scores: Scores) -> list[tuple[float, float, float]]:
    values = sorted({round(s, 4) for sc in scores for s in sc})
    grid = sorted(set(np.quantile(values, np.linspace(0, 1, 60)).round(4)) | {0.5})
    return [(float(t), *pr_at(docs, scores, float(t))) for t in grid]


def summary(cv: list[tuple[float, float, float]]) -> str:
    def f1(c: tuple[float, float, float]) -> float:
        return 2 * c[1] * c[2] / (c[1] + c[2]) if c[1] + c[2] else 0.0
    best = max(cv, key=f1)
    at_r = " ".join(f"{max([c[1] for c in cv if c[2] >= r] or [0]):.3f}" for r in (0.40, 0.50, 0.55))
    at_p = " ".join(f"{max([c[2] for c in cv if c[1] >= p] or [0]):.3f}" for p in (0.7, 0.8))
    head = f"best F1 {f1(best):.3f} (P {best[1]:.3f} R {best[2]:.3f})"
    return f"{head} | P at R>=.40/.50/.55 {at_r} | R at P>=.7/.8 {at_p}"


def fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    mu, sd = x.mean(0), x.std(0) + 1e-9
    z = np.hstack([np.ones((len(x), 1)), (x - mu) / sd])
    w = np.zeros(z.shape[1])
    penalty = L2 * np.diag(np.r_[0.0, np.ones(len(w) - 1)])
    for _ in range(50):
        p = 1 / (1 + np.exp(-z @ w))
        w -= np.linalg.solve((z * (p * (1 - p))[:, None]).T @ z + penalty, z.T @ (p - y) + penalty @ w)
    return w, mu, sd


def compare(docs: list[dict[str, Any]]) -> None:
    every = {d["set"] for d in docs}
    folds = [(OWN, REAL), (REAL, OWN)] + [(every - {s}, frozenset({s})) for s in sorted(REAL | {"trnews"})]
    for train_sets, test_sets in folds:
        train = [d for d in docs if d["set"] in train_sets]
        test = [d for d in docs if d["set"] in test_sets]
        rows = [(f, y) for d in train for f, y in zip(d["feats"], d["labels"]) if y is not None]
        x = np.array([[f[n] for n in MODEL_FEATURES] for f, _ in rows])
        y = np.array([y for _, y in rows], dtype=float)
        w, mu, sd = fit(x, y)
        model = [list(1 / (1 + np.exp(-(w[0] + ((np.array([[f[n] for n in MODEL_FEATURES] for f in d["feats"]])
                                                   - mu) / sd) @ w[1:])))) if d["feats"] else [] for d in test]
        hand = [[f["hand"] for f in d["feats"]] for d in test]
        print(f"train {'+'.join(sorted(train_sets))} ({len(y)} labelled) -> test {'+'.join(sorted(test_sets))}")
        print(f"  hand  {summary(curve(test, hand))}")
        print(f"  model {summary(curve(test, model))}")


def variants(docs: list[dict[str, Any]], changes: Mapping[str, Mapping[str, float]]) -> None:
    weights = dict(load_ontology().confidence)

    def clip(v: float) -> float:
        return round(max(0.05, min(1.0, v)), 3)

    def rescored(d: dict[str, Any], over: Mapping[str, float]) -> list[float]:
        out = []
        for f, x in zip(d["factors"], d["feats"]):
            if f is None:
                out.append(x["hand"])
                continue
            factors = ConfidenceFactors(**f)
            merged = x["hand"] - clip(hand_confidence(factors, weights))  # a merge's bonus, kept
            out.append(clip(hand_confidence(factors, {**weights, **over}) + merged))
        return out

    groups: dict[str, Callable[[str], bool]] = {"own+trnews": lambda s: s in OWN, "realcopy+stories+rn_dev":
                                                lambda s: s in REAL}
    for name, member in groups.items():
        test = [d for d in docs if member(d["set"])]
        for label, over in changes.items():
            print(f"{name:24} {label:22} {summary(curve(test, [rescored(d, over) for d in test]))}")
    for label, over in changes.items():
        cells = []
        for s in sorted(every := {d["set"] for d in docs}):
            test = [d for d in docs if d["set"] == s]
            p, r = pr_at(test, [rescored(d, over) for d in test], 0.5)
            cells.append(f"{s} P {p:.3f} R {r:.3f}")
        print(f"at 0.5 {label:22} " + " | ".join(cells) + f" ({len(every)} sets)")


def main(argv: Sequence[str]) -> None:
    if argv[0] == "build":
        build(argv[1], Path(argv[2]), Path(argv[3]))
    elif argv[0] == "compare":
        compare(load(argv[1:]))
    elif argv[0] == "variants":
        variants(load(argv[1:]), {"current": {}, "one_side_only -0.3": {"one_side_only": -0.3},
                                  "uncoded_side -0.5": {"uncoded_side": -0.5},
                                  "not_actual -0.3": {"not_actual": -0.3}})
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main(sys.argv[1:])
