"""Scoring time expressions as TempEval-3 does (UzZaman et al. 2013).

- strict span match: same start and end; relaxed match: the spans overlap (one-to-one, largest
  overlap first). Precision, recall and F1 for both.
- value F1: relaxed matches whose TIMEX3 value is exactly the gold value, counted against all predicted
  (precision) and all gold (recall) expressions; likewise type F1. ``value_accuracy`` and
  ``type_accuracy`` are the same counts over relaxed matches only.
"""

from __future__ import annotations

from veille.eval.gold import Pairs
from veille.eval.matching import span_pairs
from veille.eval.results import Issue, TaskResult, accuracy, prf
from veille.snippets import sentence_around


def score_timex(pairs: Pairs, *, gold_name: str = "") -> TaskResult:
    n_gold = n_pred = strict = relaxed = value_ok = type_ok = 0
    issues: list[Issue] = []
    for gold_doc, document in pairs:
        golds = list(gold_doc.gold.get("times") or [])
        preds = list(document.get("times") or [])
        n_gold += len(golds)
        n_pred += len(preds)
        strict += len({(g["start"], g["end"]) for g in golds} & {(p["start"], p["end"]) for p in preds})
        matched = span_pairs(golds, preds)
        relaxed += len(matched)
        text = gold_doc.text
        for gi, pi in matched:
            g, p = golds[gi], preds[pi]
            if p.get("value") == g.get("value"):
                value_ok += 1
            else:
                issues.append(Issue("wrong", gold_doc.id, f"value of {g['text']!r}: {p.get('value')} "
                                    f"(gold {g.get('value')})", sentence_around(text, g["start"], g["end"])))
            if p.get("type") == g.get("type"):
                type_ok += 1
        got_g = {gi for gi, _ in matched}
        got_p = {pi for _, pi in matched}
        for gi, g in enumerate(golds):
            if gi not in got_g:
                issues.append(Issue("miss", gold_doc.id, f"{g['text']!r} {g.get('type')} {g.get('value')}",
                                    sentence_around(text, g["start"], g["end"])))
        for pi, p in enumerate(preds):
            if pi not in got_p:
                issues.append(Issue("fp", gold_doc.id, f"{p.get('text')!r} {p.get('type')} {p.get('value')}",
                                    sentence_around(text, p["start"], p["end"])))
    figures = prf("timex.strict.", strict, n_pred, strict, n_gold)
    figures += prf("timex.relaxed.", relaxed, n_pred, relaxed, n_gold)
    figures += prf("timex.value.", value_ok, n_pred, value_ok, n_gold)
    figures += prf("timex.type.", type_ok, n_pred, type_ok, n_gold)
    figures += [accuracy("timex.value_accuracy", value_ok, relaxed),
                accuracy("timex.type_accuracy", type_ok, relaxed)]
    return TaskResult("timex", gold_name, len(pairs), figures, issues)
