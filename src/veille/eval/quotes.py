"""Scoring quotes on a JSONL set with offsets: ``gold.quotes: [{start, end, text, direct, speaker}]``.

Quotes are matched one-to-one by span overlap (largest first). Precision and recall count matched
spans; ``speaker_accuracy`` (the predicted speaker names the gold one, surname rule; a gold speaker of
null wants no speaker) and ``direct_accuracy`` are measured on matched quotes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import partial
from typing import Any

from veille.eval.gold import GoldDocument, Pairs
from veille.eval.matching import span_pairs
from veille.eval.results import Issue, TaskResult, accuracy, prf
from veille.eval.seed import speaker_names
from veille.eval.text import names_match, overlap
from veille.snippets import sentence_around


def _share(g_frags: Sequence[Any], p_frags: Sequence[Any], gi: int, pi: int) -> float:
    """The share of the shorter of gold ``gi`` and prediction ``pi`` that they have in common, when it is
    enough to call them one attribution; else 0."""
    common = _shared(g_frags[gi], p_frags[pi])
    shorter = min(_length(g_frags[gi]), _length(p_frags[pi]))
    return common / shorter if shorter and common >= _MIN_SHARE * shorter else 0.0


def score_quote_spans(pairs: Pairs, *, gold_name: str = "") -> TaskResult:
    n_gold = n_pred = hits = speaker_ok = direct_ok = 0
    issues: list[Issue] = []
    for gold_doc, document in pairs:
        golds = list(gold_doc.gold.get("quotes") or [])
        preds = list(document.get("quotes") or [])
        actors = {a["id"]: a for a in document.get("actors") or [] if a.get("id")}
        n_gold += len(golds)
        n_pred += len(preds)
        matched = span_pairs(golds, preds)
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


# --- PolNeAR: every attribution (speech, writing, belief, finding), direct, mixed or indirect ---------

ATTRIBUTION_TYPES = ("direct", "mixed", "indirect")
_MIN_SHARE = 0.5  # a match: the contents share at least half of the shorter one
_DIRECT_SHARE = 0.95  # share of a content's letters inside quotation marks that makes it direct
# quotation marks that open/close; straight and typewriter ('' ... '') ones toggle
_OPEN = "“«„"
_CLOSE = "”»"
_EDGE = " \t\n\u00a0.,;:!?\"'“”«»„‘’`-—–"


def is_polnear(docs: Sequence[GoldDocument]) -> bool:
    """A gold set in the PolNeAR shape (``content_start``/``content_fragments``, ``source_text``)."""
    return any("content_start" in q for d in docs for q in d.gold.get("quotes") or [])


def quoted_mask(text: str) -> list[bool]:
    """Per character of ``text``: inside quotation marks (reset at each paragraph)."""
    mask = [False] * len(text)
    depth = 0
    straight = typewriter = False
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\n":
            depth, straight, typewriter = 0, False, False
        elif ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch == '"':
            straight = not straight
        elif text.startswith("''", i) or text.startswith("``", i):
            typewriter = not typewriter if ch == "'" else True
            mask[i] = mask[i + 1] = True
            i += 2
            continue
        mask[i] = mask[i] or depth > 0 or straight or typewriter or ch in _OPEN + _CLOSE + '"'
        i += 1
    return mask


def attribution_type(text: str, mask: list[bool], fragments: Sequence[Sequence[int]]) -> str:
    """direct (its words inside quotation marks), indirect (none of them) or mixed."""
    letters = quoted = 0
    for start, end in fragments:
        for k in range(start, min(end, len(text))):
            if text[k].isalnum():
                letters += 1
                quoted += mask[k]
    if not quoted:
        return "indirect"
    return "direct" if quoted >= _DIRECT_SHARE * letters else "mixed"


def _normalized(text: str, fragments: Sequence[Sequence[int]]) -> tuple[tuple[int, int], ...]:
    """Fragments without the quotation marks, spaces and punctuation at their edges."""
    out = []
    for start, end in fragments:
        while start < end and text[start] in _EDGE:
            start += 1
        while end > start and text[end - 1] in _EDGE:
            end -= 1
        if end > start:
            out.append((start, end))
    return tuple(out)


def _gold_fragments(q: Mapping[str, Any]) -> list[tuple[int, int]]:
    frags = q.get("content_fragments") or [[q["content_start"], q["content_end"]]]
    return [(int(s), int(e)) for s, e in frags]


def _pred_fragments(q: Mapping[str, Any]) -> list[tuple[int, int]]:
    frags = q.get("fragments")
    if frags:
        return [(int(f["start"]), int(f["end"])) for f in frags]
    return [(int(q["start"]), int(q["end"]))]


def _shared(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> int:
    return sum(overlap(s1, e1, s2, e2) for s1, e1 in a for s2, e2 in b)


def _length(frags: Sequence[tuple[int, int]]) -> int:
    return sum(e - s for s, e in frags)


def _speaker_right(gold: Mapping[str, Any], pred: Mapping[str, Any], actors: Mapping[str, Any]) -> bool:
    want = gold.get("source_text")
    speaker = pred.get("speaker")
    if not want:
        return not speaker
    if not speaker:
        return False
    names = [*speaker_names(pred, actors), speaker.get("text") or ""]
    return any(names_match(want, n) or names_match(n, want) for n in names if n)


def score_polnear(pairs: Pairs, *, gold_name: str = "") -> TaskResult:
    """PolNeAR attributions: a gold and a predicted content match when they share at least half of the
    shorter one. Recall counts the gold attributions matched by a prediction (the speaker is judged on
    the prediction sharing most), precision the predictions matching a gold one (a quotation nested in a
    reported clause matches the same attribution as its host).

    Rows: all, and by the gold type (direct, mixed, indirect; a prediction is typed the same way from
    the text), each with precision, recall, F1 and the share of matched attributions whose speaker names
    the gold source; then exact content boundaries (fragments equal once quotation marks, spaces and
    edge punctuation are set aside).
    """
    counts = {t: {"gold": 0, "pred": 0, "hit": 0, "pred_hit": 0, "speaker": 0} for t in ("all", *ATTRIBUTION_TYPES)}
    exact_pred = exact_gold = n_gold = n_pred = 0
    issues: list[Issue] = []
    for gold_doc, document in pairs:
        text = gold_doc.text
        mask = quoted_mask(text)
        golds = list(gold_doc.gold.get("quotes") or [])
        # every quotation output counts, ``inside`` or not: an outside scorer reading the analysis JSON sees
        # them all (a nested one matches the same gold attribution as its host)
        preds = list(document.get("quotes") or [])
        actors = {a["id"]: a for a in document.get("actors") or [] if a.get("id")}
        g_frags = [_gold_fragments(g) for g in golds]
        p_frags = [_pred_fragments(p) for p in preds]
        g_types = [attribution_type(text, mask, f) for f in g_frags]
        p_types = [attribution_type(text, mask, f) for f in p_frags]
        n_gold += len(golds)
        n_pred += len(preds)

        share = partial(_share, g_frags, p_frags)

        # recall: a gold attribution is found when a prediction shares enough with it (its speaker is
        # judged on the best one); precision: a prediction is right when it shares enough with a gold one
        best_pred = {gi: max(range(len(preds)), key=partial(share, gi))
                     for gi in range(len(golds)) if any(share(gi, pi) for pi in range(len(preds)))}
        right_preds = {pi for pi in range(len(preds)) if any(share(gi, pi) for gi in range(len(golds)))}
        matched = sorted(best_pred.items())
        for kind in g_types:
            counts["all"]["gold"] += 1
            counts[kind]["gold"] += 1
        for pi, kind in enumerate(p_types):
            for row in ("all", kind):
                counts[row]["pred"] += 1
                counts[row]["pred_hit"] += pi in right_preds
        gold_exact = {_normalized(text, f) for f in g_frags}
        exact_pred += sum(1 for f in p_frags if _normalized(text, f) in gold_exact)
        pred_exact = {_normalized(text, f) for f in p_frags}
        exact_gold += sum(1 for f in g_frags if _normalized(text, f) in pred_exact)
        for gi, pi in matched:
            right = _speaker_right(golds[gi], preds[pi], actors)
            for row in ("all", g_types[gi]):
                counts[row]["hit"] += 1
                counts[row]["speaker"] += right
            if not right:
                issues.append(Issue("wrong", gold_doc.id, f"speaker: {speaker_names(preds[pi], actors) or '-'} "
                                    f"(gold {golds[gi].get('source_text')})", _excerpt(text, g_frags[gi])))
        for gi, g in enumerate(golds):
            if gi not in best_pred:
                issues.append(Issue("miss", gold_doc.id, f"{g_types[gi]} of {g.get('source_text')} "
                                    f"(cue {g.get('cue')!r})", _excerpt(text, g_frags[gi])))
        for pi in range(len(preds)):
            if pi not in right_preds:
                issues.append(Issue("fp", gold_doc.id, p_types[pi], _excerpt(text, p_frags[pi])))
    figures = []
    for row, c in counts.items():
        # precision of a row: its predictions (typed from the text) matched to a gold one of any type
        figures += prf(f"quotes.{row}.", c["pred_hit"], c["pred"], c["hit"], c["gold"])
        figures.append(accuracy(f"quotes.{row}.speaker_right", c["speaker"], c["hit"]))
    figures += prf("quotes.exact.", exact_pred, n_pred, exact_gold, n_gold)
    return TaskResult("quotes", gold_name, len(pairs), figures, issues)


def _excerpt(text: str, frags: Sequence[tuple[int, int]], width: int = 160) -> str:
    start, end = frags[0][0], frags[-1][1]
    body = text[start:end]
    if len(body) > width:
        body = body[: width // 2] + " … " + body[-width // 2:]
    return " ".join(body.split())
