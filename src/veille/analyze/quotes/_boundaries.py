"""Where a reported clause starts and ends: a small trained linear model over the parse.

The rules find a reported clause and its cue; this model then picks, among the token positions near the
rules' start and end (within the sentence), the start and the end that the annotated news of the language
would draw ("that" in or out, a trailing adjunct or a second clause in or out). Each side is a linear
score over sparse features of the parse (words, parts of speech and dependencies at the boundary, the
subtree edges of the clause's head, the distance to the rules' choice); the weights are an averaged
perceptron's, trained by ``scripts/train_quotes.py`` and shipped as language data
(``<lang>/quotes/boundaries.json``). A language without that file keeps the rules' boundaries.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Token

from ._view import DocView

FORMAT = 1
BOUNDARIES = ("quotes", "boundaries.json")  # where a language keeps its model
_WINDOW_START = 8  # tokens either side of the rules' start that may start the content
_WINDOW_END = 16  # tokens either side of the rules' end that may end it
EDGE = " \t\n\u00a0.,;:!?\"'“”«»„‘’`-—–"  # what the scorer sets aside at a content's edges


@dataclass(frozen=True, slots=True)
class Candidates:
    """The possible starts (token indices) and ends (exclusive token indices) of one clause, with the
    features of each."""

    starts: list[int]
    start_features: list[list[str]]
    ends: list[int]
    end_features: list[list[str]]


def _bucket(n: int) -> str:
    if -3 <= n <= 3:
        return str(n)
    return ("-" if n < 0 else "+") + ("far" if abs(n) > 8 else "mid")


def candidates(view: DocView, start: int, end: int, cue_start: int | None) -> Candidates | None:
    """The candidate boundaries of the clause the rules put at characters [start, end)."""
    doc = view.doc
    if not len(doc) or end <= start:
        return None
    s_tok, e_tok = view.token_at(start), view.token_at(end - 1) + 1
    if e_tok <= s_tok:
        return None
    sent = doc[s_tok].sent
    last_sent = doc[e_tok - 1].sent
    cue_i = view.token_at(cue_start) if cue_start is not None else None
    root = _root(doc, s_tok, e_tok)
    # the content never takes in its own cue: it starts after a cue before it, ends before one after it
    lo = max(sent.start, s_tok - _WINDOW_START, cue_i + 1 if cue_i is not None and cue_i < s_tok else 0)
    starts = [i for i in range(lo, min(s_tok + _WINDOW_START, e_tok - 1) + 1)
              if not doc[i].is_space and not doc[i].is_punct]
    if s_tok not in starts:
        starts.append(s_tok)
    hi = min(last_sent.end, e_tok + _WINDOW_END, cue_i if cue_i is not None and cue_i >= e_tok else len(doc))
    ends = [e for e in range(max(s_tok + 1, e_tok - _WINDOW_END), hi + 1)
            if not doc[e - 1].is_space and not doc[e - 1].is_punct]
    if e_tok not in ends:
        ends.append(e_tok)
    child_edges = {c.left_edge.i for c in doc[cue_i].rights} if cue_i is not None else set()
    edges: dict[int, Token] = {}  # right edge -> the widest subtree (from the clause's head on) ending there
    for t in doc[root.i:hi]:
        best = edges.get(t.right_edge.i)
        if best is None or t.left_edge.i < best.left_edge.i:
            edges[t.right_edge.i] = t
    return Candidates(
        starts, [_start_features(doc, i, s_tok, cue_i, root, child_edges) for i in starts],
        ends, [_end_features(doc, e, e_tok, cue_i, root, last_sent.end, edges.get(e - 1)) for e in ends],
    )


def _root(doc: Doc, a: int, b: int) -> Token:
    """The clause's head: its first token whose head lies outside it (or is itself)."""
    for i in range(a, b):
        head = doc[i].head
        if head.i == i or not a <= head.i < b:
            return doc[i]
    return doc[a]


def _start_features(doc: Doc, i: int, rule: int, cue: int | None, root: Token, child_edges: set[int]) -> list[str]:
    tok = doc[i]
    prev = doc[i - 1] if i > 0 else None
    pw, pp, pd = (prev.lower_, prev.pos_, prev.dep_) if prev is not None else ("<s>", "<s>", "<s>")
    out = [
        "bias", f"off={_bucket(i - rule)}", f"w={tok.lower_}", f"p={tok.pos_}", f"d={tok.dep_}",
        f"pw={pw}", f"pp={pp}", f"pd={pd}", f"p|pp={tok.pos_}|{pp}", f"w|pw={tok.lower_}|{pw}",
        f"rootle={i == root.left_edge.i}", f"roothead={tok.head.i == root.i}",
    ]
    if i == rule:
        out.append("rule")
    if cue is not None:
        out += [f"cue={_bucket(i - cue)}", f"cuehead={tok.head.i == cue}",
                f"cuelemma|w={doc[cue].lemma_.lower()}|{tok.lower_}"]
        out.append(f"childle={i in child_edges}")
    return out


def _end_features(doc: Doc, e: int, rule: int, cue: int | None, root: Token, sent_end: int,
                  edge: Token | None) -> list[str]:
    last = doc[e - 1]
    nxt = doc[e] if e < len(doc) else None
    nw, np_, nd = (nxt.lower_, nxt.pos_, nxt.dep_) if nxt is not None else ("</s>", "</s>", "</s>")
    after = doc[e + 1] if e + 1 < len(doc) else None
    ap = after.pos_ if after is not None else "</s>"
    out = [
        "bias", f"off={_bucket(e - rule)}", f"lw={last.lower_}", f"lp={last.pos_}", f"ld={last.dep_}",
        f"nw={nw}", f"np={np_}", f"nd={nd}", f"np|ap={np_}|{ap}", f"lp|nw={last.pos_}|{nw}",
        f"sentend={_to_sentence_end(doc, e, sent_end)}", f"rootre={e - 1 == root.right_edge.i}",
        f"edge={edge.dep_ if edge is not None else '-'}", f"edgehead={edge is not None and edge.head.i == root.i}",
    ]
    if e == rule:
        out.append("rule")
    if cue is not None:
        out.append(f"cue={'before' if cue < e else 'after'}")
        out.append(f"cuelemma|nw={doc[cue].lemma_.lower()}|{nw}")
    return out


def _to_sentence_end(doc: Doc, e: int, sent_end: int) -> bool:
    """Only punctuation and quotation marks between ``e`` and the end of the sentence."""
    return all(doc[k].is_punct or doc[k].is_space for k in range(e, sent_end))


class BoundaryModel:
    """Linear scores of starts and ends (averaged perceptron weights)."""

    def __init__(self, start: Mapping[str, float], end: Mapping[str, float], margin: float = 0.0) -> None:
        self.start = dict(start)
        self.end = dict(end)
        self.margin = margin  # how much better than the rules' boundary another must score to win

    @classmethod
    def load(cls, path: Path) -> BoundaryModel:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            raise ValueError(f"{path}: boundary model format {data.get('format')!r}, expected {FORMAT}")
        return cls(data["start"], data["end"], float(data.get("margin") or 0.0))

    def to_json(self, meta: Mapping[str, object]) -> str:
        return json.dumps({"format": FORMAT, **meta, "margin": self.margin, "start": self.start, "end": self.end},
                          ensure_ascii=False, sort_keys=True)

    @staticmethod
    def best(weights: Mapping[str, float], features: Sequence[Iterable[str]], margin: float | None = None) -> int:
        """The best-scoring candidate; with a ``margin``, the rules' one unless another beats it by more."""
        scores = [sum(weights.get(f, 0.0) for f in feats) for feats in features]
        top = max(range(len(scores)), key=scores.__getitem__)
        if margin is None:
            return top
        rule = next((k for k, feats in enumerate(features) if "rule" in feats), top)
        return top if scores[top] - scores[rule] > margin else rule

    def refine(self, view: DocView, start: int, end: int, cue_start: int | None) -> tuple[int, int]:
        """The content's character span as the model draws it (the rules' one when no better)."""
        doc = view.doc
        cands = candidates(view, start, end, cue_start)
        if cands is None:
            return start, end
        a = cands.starts[self.best(self.start, cands.start_features, self.margin)]
        b = cands.ends[self.best(self.end, cands.end_features, self.margin)]
        if b <= a:
            return start, end
        return doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)


def strip_edges(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without the edge characters the scorer ignores."""
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return start, end
