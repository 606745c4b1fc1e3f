"""Compare veille's reported contents with an attribution corpus's, by class of boundary mismatch.

    .venv/bin/python scripts/quote_boundaries.py ../shared/eval/polnear.train.jsonl \
        [--predictions preds.jsonl] [--save preds.jsonl] [--show CLASS]

For every gold attribution matched by a prediction (they share half of the shorter content, as
``veille eval quotes`` counts), the two contents are compared once edge punctuation and quotation marks
are set aside; a mismatch is classed by what differs at the start and at the end ("that" in or out,
a trailing adjunct, a coordinated clause, ...). Use it on the train split only: it is how boundary rules
are studied, never dev.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from veille.eval.quotes import _MIN_SHARE, _gold_fragments, _length, _normalized, _pred_fragments, _shared
from veille.eval.runner import predict, read_predictions
from veille.eval.tasks import load_gold

_WORD = re.compile(r"\S+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _side(extra: str, missing: str, where: str) -> str:
    """A class for what one side of the content has too much (``extra``) or too little (``missing``)."""
    if not extra.strip() and not missing.strip():
        return "ok"
    piece, sign = (extra, "+") if extra.strip() else (missing, "-")
    words = _words(piece.strip(" ,.;:\"'“”‘’"))
    if not words:
        return f"{where}{sign}punct"
    low = [w.lower().strip(",.;:\"'“”‘’") for w in words]
    if where == "start":
        first = low[0]
        if len(low) == 1 and first in ("that",):
            return f"start{sign}that"
        return f"start{sign}{first}" if len(low) <= 2 else f"start{sign}long({first}..)"
    last = low[0]
    return f"end{sign}{last}" if len(low) <= 2 else f"end{sign}long({last}..)"


def classify(text: str, gold: Sequence[tuple[int, int]], pred: Sequence[tuple[int, int]]) -> tuple[str, str, str]:
    g, p = _normalized(text, gold), _normalized(text, pred)
    if g == p:
        return "ok", "ok", "ok ok"
    if len(g) != 1 or len(p) != 1:
        key = f"frags g{len(g)} p{len(p)}"
        return key, key, key
    (gs, ge), (ps, pe) = g[0], p[0]
    start = _side(text[ps:gs] if ps < gs else "", text[gs:ps] if gs < ps else "", "start")
    end = _side(text[ge:pe] if pe > ge else "", text[pe:ge] if pe < ge else "", "end")
    return start, end, f"{start} {end}"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--predictions", type=Path)
    parser.add_argument("--save", type=Path)
    parser.add_argument("--show", default="")
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args(argv)
    docs = load_gold("quotes", args.gold)
    if args.predictions:
        preds = read_predictions(args.predictions, docs)
    else:
        from veille.analyze.pipeline import Analyzer

        preds = predict(docs, Analyzer())
        if args.save:
            with args.save.open("w", encoding="utf-8") as out:
                for p in preds:
                    out.write(json.dumps(p, ensure_ascii=False) + "\n")
    starts: Counter[str] = Counter()
    ends: Counter[str] = Counter()
    both: Counter[str] = Counter()
    shown = 0
    exact = matched = 0
    for doc, pred in zip(docs, preds):
        text = doc.text
        golds = [_gold_fragments(q) for q in doc.gold.get("quotes") or []]
        ps = [_pred_fragments(q) for q in pred.get("quotes") or []]
        for g in golds:
            best, share = None, 0.0
            for p in ps:
                common = _shared(g, p)
                shorter = min(_length(g), _length(p))
                if shorter and common >= _MIN_SHARE * shorter and common / shorter > share:
                    best, share = p, common / shorter
            exact_p = [p for p in ps if _normalized(text, p) == _normalized(text, g)]
            if exact_p:
                best = exact_p[0]
            if best is None:
                continue
            matched += 1
            s, e, key = classify(text, g, best)
            if key == "ok ok":
                exact += 1
                continue
            starts[s] += 1
            ends[e] += 1
            both[key] += 1
            if args.show and args.show in key and shown < 60:
                shown += 1
                lo = min(g[0][0], best[0][0])
                hi = max(g[-1][1], best[-1][1])
                print(f"--- {key}\n  GOLD {[text[a:b] for a, b in g]}\n  PRED {[text[a:b] for a, b in best]}"
                      f"\n  CTX  {' '.join(text[max(0, lo - 80):hi + 40].split())}")
    print(f"matched {matched}, exact {exact}")
    for title, counter in (("start", starts), ("end", ends), ("both", both)):
        print(f"== {title}")
        for key, n in counter.most_common(args.top):
            print(f"{n:5d} {key}")


if __name__ == "__main__":
    main()
