"""Scoring quotes on a JSONL set with offsets: ``gold.quotes: [{start, end, text, direct, speaker}]``.

Quotes are matched one-to-one by span overlap (largest first). Precision and recall count matched
spans; ``speaker_accuracy`` (the predicted speaker names the gold one, surname rule; a gold speaker of
null wants no speaker) and ``direct_accuracy`` are measured on matched quotes.
"""

from __future__ import annotations

from veille.eval.gold import Pairs
from veille.eval.matching import greedy_pairs
from veille.eval.results import Issue, TaskResult, accuracy, prf
from veille.eval.seed import speaker_names
from veille.eval.text import names_match, overlap, sentence_around


def score_quote_spans(pairs: Pairs, *, gold_name: str = "") -> TaskResult:
    n_gold = n_pred = hits = speaker_ok = direct_ok = 0
    issues: list[Issue] = []
    for gold_doc, document in pairs:
        golds = list(gold_doc.gold.get("quotes") or [])
        preds = list(document.get("quotes") or [])
        actors = {a["id"]: a for a in document.get("actors") or [] if a.get("id")}
        n_gold += len(golds)
        n_pred += len(preds)
        matched = greedy_pairs(len(golds), len(preds), lambda gi, pi: overlap(
            golds[gi]["start"], golds[gi]["end"], preds[pi]["start"], preds[pi]["end"]))
        hits += len(matched)
        text = gold_doc.text
        for gi, pi in matched:
            g, p = golds[gi], preds[pi]
            names = speaker_names(p, actors)
            want = g.get("speaker")
            if (not want and not names) or (want and any(names_match(want, n) for n in names)):
                speaker_ok += 1
            else:
                issues.append(Issue("wrong", gold_doc.id, f"speaker: {names or '-'} (gold {want})",
                                    sentence_around(text, g["start"], g["end"])))
            if bool(p.get("direct")) == bool(g.get("direct")):
                direct_ok += 1
            else:
                issues.append(Issue("wrong", gold_doc.id, f"direct={p.get('direct')} (gold {g.get('direct')})",
                                    sentence_around(text, g["start"], g["end"])))
        got_g = {gi for gi, _ in matched}
        got_p = {pi for _, pi in matched}
        for gi, g in enumerate(golds):
            if gi not in got_g:
                issues.append(Issue("miss", gold_doc.id, f"quote of {g.get('speaker')}: {g.get('text', '')[:60]!r}",
                                    sentence_around(text, g["start"], g["end"])))
        for pi, p in enumerate(preds):
            if pi not in got_p:
                issues.append(Issue("fp", gold_doc.id, f"quote {p.get('text', '')[:60]!r}",
                                    sentence_around(text, p["start"], p["end"])))
    figures = prf("quotes.", hits, n_pred, hits, n_gold)
    figures += [accuracy("quotes.speaker_accuracy", speaker_ok, hits),
                accuracy("quotes.direct_accuracy", direct_ok, hits)]
    return TaskResult("quotes", gold_name, len(pairs), figures, issues)
