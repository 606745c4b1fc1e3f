"""Train the content-boundary model of reported clauses from an attribution corpus (re-runnable).

    .venv/bin/python scripts/train_quotes.py ../shared/eval/polnear.train.jsonl \
        --out src/veille/data/lang/en/quotes/boundaries.json

Each article goes through the language's pipeline with veille's actors and quotes stages, the quotes
stage using its rules only (``use_models=False``). Every reported clause the rules find (not a direct
quotation, one piece, with a cue) that overlaps a gold attribution's content by at least half of the
shorter one is a training example: its candidate starts and ends (veille.analyze.quotes._boundaries)
with, as the answer, the candidate whose edges equal the gold content's (edge punctuation and quotation
marks set aside, as the scorer does). An averaged perceptron learns one weight per feature for starts
and one for ends. Only feature weights are written (words at clause edges among them), never the
corpus text. Never train on the dev or test split: ``veille eval quotes`` on dev is how it is tuned.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from veille.analyze.context import DocContext
from veille.analyze.normalize import normalize
from veille.analyze.pipeline import load_pipeline
from veille.analyze.quotes import QuotesComponent
from veille.analyze.quotes._boundaries import BoundaryModel, candidates, strip_edges
from veille.analyze.quotes._cue_model import NO_CUE, CueModel
from veille.analyze.quotes._direct import find_direct
from veille.analyze.quotes._indirect import find_indirect, learned_features, unlisted_cues
from veille.analyze.quotes._view import DocView

Example = tuple[list[list[str]], int]  # features of each candidate, index of the right one


def _norm_index(normalized_map, n: int) -> dict[int, int]:
    """Original character offset -> normalised offset (first normalised character from it)."""
    out: dict[int, int] = {}
    for i in range(n):
        start, end = normalized_map.span(i, i + 1)
        if end > start:
            out.setdefault(start, i)
    return out


def _to_norm(index: dict[int, int], pos: int, limit: int) -> int:
    while pos < limit and pos not in index:
        pos += 1
    return index.get(pos, limit)


def parsed(path: Path, language: str) -> Iterator[tuple[dict[str, Any], Doc, dict[int, int]]]:
    """Each article of the corpus, analysed by the rules only (``use_models=False``), with the map of
    its original character offsets to the analysed text's."""
    nlp = load_pipeline(language, stages=("actors", "quotes"))
    quotes = nlp.get_pipe("veille_quotes")
    assert isinstance(quotes, QuotesComponent)
    quotes.use_models = False
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    for row in rows:
        normalized = normalize(row["text"])
        published = date.fromisoformat(row["published"][:10]) if row.get("published") else None
        doc = nlp.make_doc(normalized.text)
        doc._.veille_ctx = DocContext(language, published, normalized.title_end)
        doc = nlp(doc)
        yield row, doc, _norm_index(normalized.map, len(doc.text))


def examples(path: Path, language: str) -> Iterator[tuple[str, Example | None, Example | None]]:
    for row, doc, index in parsed(path, language):
        text = doc.text
        golds = []
        for q in row["gold"]["quotes"]:
            frags = q.get("content_fragments") or [[q["content_start"], q["content_end"]]]
            if len(frags) != 1:
                continue
            s, e = _to_norm(index, frags[0][0], len(text)), _to_norm(index, frags[0][1] - 1, len(text)) + 1
            golds.append(strip_edges(text, s, e))
        view = DocView(doc)
        for quote in doc._.veille_quotes:
            if quote.direct or quote.fragments or quote.cue is None:
                continue
            gold = _best(golds, quote.start, quote.end)
            if gold is None:
                continue
            cands = candidates(view, quote.start, quote.end, quote.cue.start)
            if cands is None:
                continue
            s_ok = [k for k, i in enumerate(cands.starts) if strip_edges(text, doc[i].idx, quote.end)[0] == gold[0]]
            e_ok = [k for k, e in enumerate(cands.ends)
                    if strip_edges(text, quote.start, doc[e - 1].idx + len(doc[e - 1].text))[1] == gold[1]]
            yield (row["id"], (cands.start_features, s_ok[0]) if s_ok else None,
                   (cands.end_features, e_ok[0]) if e_ok else None)


def cue_examples(path: Path, language: str) -> Iterator[tuple[str, bool, list[str]]]:
    """Every verb the lexicon does not list that has a clause or an object the rules would extract
    (``unlisted_cues``), not inside a clause the lexicon's cues report, with its features; it is a cue
    when a gold attribution has it in its cue and shares at least half of the shorter content with what
    the rules extract."""
    lex = QuotesComponent(language, use_models=False).lexicon(language)
    if lex is None:
        return
    for row, doc, index in parsed(path, language):
        text = doc.text
        golds = []
        for q in row["gold"]["quotes"]:
            if q.get("cue_start") is None:
                continue
            frags = q.get("content_fragments") or [[q["content_start"], q["content_end"]]]
            golds.append(((_to_norm(index, q["cue_start"], len(text)), _to_norm(index, q["cue_end"], len(text))),
                          [(_to_norm(index, s, len(text)), _to_norm(index, e, len(text))) for s, e in frags]))
        view = DocView(doc)
        inside = [(c.start, c.end) for c in find_direct(view, lex)]
        # a content inside a clause the lexicon's cues report is dropped at analysis (the outermost wins)
        reported = [(c.start, c.end) for c in find_indirect(view, lex, inside)]
        for verb, cand in unlisted_cues(view, lex, inside):
            if any(s <= cand.start and cand.end <= e for s, e in reported):
                continue
            cue = any(cs <= verb.idx < ce and _shares_half(frags, cand.start, cand.end) for (cs, ce), frags in golds)
            yield row["id"], cue, learned_features(view, verb, cand)


def _shares_half(frags: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    common = sum(max(0, min(end, e) - max(start, s)) for s, e in frags)
    shorter = min(end - start, sum(e - s for s, e in frags))
    return shorter > 0 and common >= 0.5 * shorter


def _cue_data(rows: Sequence[tuple[str, bool, list[str]]]) -> list[Example]:
    return [([feats, [NO_CUE]], 0 if cue else 1) for _, cue, feats in rows]


def cross_validate(rows: Sequence[tuple[str, bool, list[str]]], folds: int, epochs: int, seed: int,
                   seeds: int, margins: Sequence[float]) -> None:
    """Precision and count of the cues accepted at each margin, trained on the other folds (by article)."""
    ids = sorted({r[0] for r in rows})
    fold_of = {doc_id: k % folds for k, doc_id in enumerate(ids)}
    accepted = {m: [0, 0] for m in margins}  # margin -> [accepted, right]
    positives = sum(1 for r in rows if r[1])
    for k in range(folds):
        train = [r for r in rows if fold_of[r[0]] != k]
        model = CueModel(_seed_average(_cue_data(train), epochs, seed, seeds))
        for _, cue, feats in (r for r in rows if fold_of[r[0]] == k):
            score = model.score(feats)
            for m in margins:
                if score > m:
                    accepted[m][0] += 1
                    accepted[m][1] += cue
    for m in margins:
        n, right = accepted[m]
        sys.stderr.write(f"margin {m:+.2f}: {n} accepted, {right} right ({right / max(n, 1):.1%}), "
                         f"{right / max(positives, 1):.1%} of {positives} cues\n")


def _best(golds: Sequence[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    best, share = None, 0.0
    for gs, ge in golds:
        common = max(0, min(end, ge) - max(start, gs))
        shorter = min(end - start, ge - gs)
        if shorter > 0 and common >= 0.5 * shorter and common / shorter > share:
            best, share = (gs, ge), common / shorter
    return best


def perceptron(data: list[Example], epochs: int, seed: int) -> dict[str, float]:
    """Averaged perceptron over candidate rankings (weights averaged over every update step)."""
    weights: dict[str, float] = defaultdict(float)
    totals: dict[str, float] = defaultdict(float)
    stamps: dict[str, int] = defaultdict(int)
    step = 0
    rng = random.Random(seed)
    order = list(range(len(data)))
    for _ in range(epochs):
        rng.shuffle(order)
        for k in order:
            feats, gold = data[k]
            step += 1
            guess = BoundaryModel.best(weights, feats)
            if guess == gold:
                continue
            for f, delta in [*((f, 1.0) for f in feats[gold]), *((f, -1.0) for f in feats[guess])]:
                totals[f] += (step - stamps[f]) * weights[f]
                stamps[f] = step
                weights[f] += delta
    averaged = {}
    for f, w in weights.items():
        total = totals[f] + (step - stamps[f]) * w
        value = round(total / max(step, 1), 4)
        if value:
            averaged[f] = value
    return averaged


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("train", type=Path, help="the train split (polnear.train.jsonl), never dev or test")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--margin", type=float, default=0.0,
                        help="score by which a boundary must beat the rules' one (tuned on dev)")
    parser.add_argument("--cues", action="store_true",
                        help="train the model of the cues the lexicon does not list (cue_model.json) instead")
    parser.add_argument("--seeds", type=int, default=1,
                        help="with --cues: average the weights of this many shuffles of the examples")
    parser.add_argument("--folds", type=int, default=0,
                        help="with --cues: cross-validate on the train split and print precision by margin")
    args = parser.parse_args(argv)
    began = time.monotonic()
    if args.cues:
        return _train_cues(args, began)
    starts: list[Example] = []
    ends: list[Example] = []
    for _, start, end in examples(args.train, args.lang):
        if start is not None:
            starts.append(start)
        if end is not None:
            ends.append(end)
    parsed = time.monotonic() - began
    model = BoundaryModel(perceptron(starts, args.epochs, args.seed), perceptron(ends, args.epochs, args.seed),
                          args.margin)
    meta = {"trained_on": args.train.name, "start_examples": len(starts), "end_examples": len(ends),
            "epochs": args.epochs, "seed": args.seed}
    args.out.write_text(model.to_json(meta) + "\n", encoding="utf-8")
    sys.stderr.write(f"{len(starts)} start and {len(ends)} end examples; parse {parsed:.0f} s, "
                     f"total {time.monotonic() - began:.0f} s; {len(model.start) + len(model.end)} weights\n")
    return 0


def _seed_average(data: list[Example], epochs: int, seed: int, seeds: int) -> dict[str, float]:
    """The perceptron's weights averaged over ``seeds`` shuffles (seed, seed + 1, ...): one order of the
    examples alone moves the cross-validated precision of the added cues by several points."""
    total: dict[str, float] = defaultdict(float)
    for k in range(seeds):
        for f, w in perceptron(data, epochs, seed + k).items():
            total[f] += w / seeds
    return {f: round(w, 4) for f, w in total.items() if round(w, 4)}


def _train_cues(args: argparse.Namespace, began: float) -> int:
    rows = list(cue_examples(args.train, args.lang))
    parsed_s = time.monotonic() - began
    if args.folds > 1:
        cross_validate(rows, args.folds, args.epochs, args.seed, args.seeds,
                       [-1.0, 0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0])
    model = CueModel(_seed_average(_cue_data(rows), args.epochs, args.seed, args.seeds), args.margin)
    meta = {"trained_on": args.train.name, "examples": len(rows), "cues": sum(1 for r in rows if r[1]),
            "epochs": args.epochs, "seed": args.seed, "seeds": args.seeds}
    args.out.write_text(model.to_json(meta) + "\n", encoding="utf-8")
    sys.stderr.write(f"{len(rows)} verbs, {meta['cues']} cues; parse {parsed_s:.0f} s, "
                     f"total {time.monotonic() - began:.0f} s; {len(model.weights)} weights\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
