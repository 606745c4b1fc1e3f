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
from itertools import repeat
from pathlib import Path
from typing import NamedTuple

from spacy.tokens import Doc

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
    start_rule: int  # the index of the rules' start among ``starts`` (the one marked "rule")
    end_rule: int  # ... and of the rules' end among ``ends``


def _bucket(n: int) -> str:
    if -3 <= n <= 3:
        return str(n)
    return ("-" if n < 0 else "+") + ("far" if abs(n) > 8 else "mid")


class _Tok(NamedTuple):
    """What the features read of one token (read once per clause: spaCy builds a Token at every access)."""

    i: int
    lower: str
    pos: str
    dep: str
    head: int
    left: int
    right: int
    skip: bool  # punctuation or space


class Tokens:
    """The tokens of one document as :class:`_Tok`, built when first read (one instance may serve all the
    clauses of its document)."""

    __slots__ = ("doc", "n", "_cache")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.n = len(doc)
        self._cache: dict[int, _Tok] = {}

    def __getitem__(self, i: int) -> _Tok:
        tok = self._cache.get(i)
        if tok is None:
            t = self.doc[i]
            tok = _Tok(i, t.lower_, t.pos_, t.dep_, t.head.i, t.left_edge.i, t.right_edge.i, t.is_punct or t.is_space)
            self._cache[i] = tok
        return tok


def candidates(view: DocView, start: int, end: int, cue_start: int | None,
               toks: Tokens | None = None) -> Candidates | None:
    """The candidate boundaries of the clause the rules put at characters [start, end) (``toks``: the
    document's tokens as read for an earlier clause, if any)."""
    doc = view.doc
    if not len(doc) or end <= start:
        return None
    s_tok, e_tok = view.token_at(start), view.token_at(end - 1) + 1
    if e_tok <= s_tok:
        return None
    if toks is None:
        toks = Tokens(doc)
    sent_start = doc[s_tok].sent.start
    sent_end = doc[e_tok - 1].sent.end
    cue_i = view.token_at(cue_start) if cue_start is not None else None
    root = _root(toks, s_tok, e_tok)
    # the content never takes in its own cue: it starts after a cue before it, ends before one after it
    lo = max(sent_start, s_tok - _WINDOW_START, cue_i + 1 if cue_i is not None and cue_i < s_tok else 0)
    starts = [i for i in range(lo, min(s_tok + _WINDOW_START, e_tok - 1) + 1) if not toks[i].skip]
    if s_tok not in starts:
        starts.append(s_tok)
    hi = min(sent_end, e_tok + _WINDOW_END, cue_i if cue_i is not None and cue_i >= e_tok else len(doc))
    ends = [e for e in range(max(s_tok + 1, e_tok - _WINDOW_END), hi + 1) if not toks[e - 1].skip]
    if cue_i is not None and cue_i < s_tok and toks[cue_i].right < e_tok:
        # what a cue before the content reports is what it governs: where the rules stop with the cue's
        # phrase ("Voters who said [A] were divided"), the content ends there
        ends = [e_tok]
    if e_tok not in ends:
        ends.append(e_tok)
    child_edges = {c.left_edge.i for c in doc[cue_i].rights} if cue_i is not None else set()
    edges: dict[int, _Tok] = {}  # right edge -> the widest subtree (from the clause's head on) ending there
    for k in range(root.i, hi):
        t = toks[k]
        best = edges.get(t.right)
        if best is None or t.left < best.left:
            edges[t.right] = t
    opens = _openings(toks, lo, hi)
    last_word = _last_word(toks, sent_end)
    cue = _CueInfo(cue_i, doc[cue_i].lemma_.lower()) if cue_i is not None else None
    return Candidates(
        starts, [_start_features(toks, i, s_tok, cue, root, child_edges, opens.get(i)) for i in starts],
        ends, [_end_features(toks, e, e_tok, cue, root, e > last_word, edges.get(e - 1),
                             opens.get(_word_from(toks, e))) for e in ends],
        starts.index(s_tok), ends.index(e_tok),
    )


class _CueInfo(NamedTuple):
    i: int
    lemma: str


def _last_word(toks: Tokens, sent_end: int) -> int:
    """The last token of the sentence that is no punctuation (an end after it reaches the sentence end)."""
    k = sent_end - 1
    while k >= 0 and toks[k].skip:
        k -= 1
    return k


def _word_from(toks: Tokens, i: int) -> int:
    """The first token from ``i`` on that is no punctuation (what an end before ", and ..." cuts off)."""
    while i < toks.n and toks[i].skip:
        i += 1
    return i


def _openings(toks: Tokens, lo: int, hi: int) -> dict[int, _Tok]:
    """Left edge -> the widest subtree starting there (what a boundary at that token opens or cuts off:
    a relative clause, a prepositional phrase, a conjoined clause ...)."""
    out: dict[int, _Tok] = {}
    for k in range(lo, min(hi + 1, toks.n)):
        t = toks[k]
        best = out.get(t.left)
        if best is None or t.right > best.right:
            out[t.left] = t
    return out


def _opened(toks: Tokens, tok: _Tok | None, root: _Tok, cue: _CueInfo | None) -> list[str]:
    """Features of the subtree a boundary opens: its relation, its first word, and what it hangs on."""
    if tok is None:
        return ["open=-"]
    on = "root" if tok.head == root.i else "cue" if cue is not None and tok.head == cue.i else (
        "self" if tok.head == tok.i else "other")
    return [f"open={tok.dep}", f"open|on={tok.dep}|{on}", f"open|w={tok.dep}|{toks[tok.left].lower}"]


def _root(toks: Tokens, a: int, b: int) -> _Tok:
    """The clause's head: its first token whose head lies outside it (or is itself)."""
    for i in range(a, b):
        head = toks[i].head
        if head == i or not a <= head < b:
            return toks[i]
    return toks[a]


def _start_features(toks: Tokens, i: int, rule: int, cue: _CueInfo | None, root: _Tok, child_edges: set[int],
                    opened: _Tok | None) -> list[str]:
    tok = toks[i]
    prev = toks[i - 1] if i > 0 else None
    pw, pp, pd = (prev.lower, prev.pos, prev.dep) if prev is not None else ("<s>", "<s>", "<s>")
    out = [
        "bias", f"off={_bucket(i - rule)}", f"w={tok.lower}", f"p={tok.pos}", f"d={tok.dep}",
        f"pw={pw}", f"pp={pp}", f"pd={pd}", f"p|pp={tok.pos}|{pp}", f"w|pw={tok.lower}|{pw}",
        f"rootle={i == root.left}", f"roothead={tok.head == root.i}",
    ]
    out += _opened(toks, opened, root, cue)
    if i == rule:
        out.append("rule")
    if cue is not None:
        out += [f"cue={_bucket(i - cue.i)}", f"cuehead={tok.head == cue.i}", f"cuelemma|w={cue.lemma}|{tok.lower}"]
        out.append(f"childle={i in child_edges}")
    return out


def _end_features(toks: Tokens, e: int, rule: int, cue: _CueInfo | None, root: _Tok, sent_end: bool,
                  edge: _Tok | None, cut: _Tok | None) -> list[str]:
    last = toks[e - 1]
    nxt = toks[e] if e < toks.n else None
    nw, np_, nd = (nxt.lower, nxt.pos, nxt.dep) if nxt is not None else ("</s>", "</s>", "</s>")
    ap = toks[e + 1].pos if e + 1 < toks.n else "</s>"
    out = [
        "bias", f"off={_bucket(e - rule)}", f"lw={last.lower}", f"lp={last.pos}", f"ld={last.dep}",
        f"nw={nw}", f"np={np_}", f"nd={nd}", f"np|ap={np_}|{ap}", f"lp|nw={last.pos}|{nw}",
        f"sentend={sent_end}", f"rootre={e - 1 == root.right}",
        f"edge={edge.dep if edge is not None else '-'}", f"edgehead={edge is not None and edge.head == root.i}",
    ]
    out += ["cut" + f for f in _opened(toks, cut, root, cue)]
    if e == rule:
        out.append("rule")
    if cue is not None:
        out.append(f"cue={'before' if cue.i < e else 'after'}")
        out.append(f"cuelemma|nw={cue.lemma}|{nw}")
    return out


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
    def best(weights: Mapping[str, float], features: Sequence[Iterable[str]], margin: float | None = None,
             rule: int | None = None) -> int:
        """The best-scoring candidate; with a ``margin`` and the rules' candidate (``rule``), that one unless
        another beats it by more."""
        weight = weights.get
        scores = [sum(map(weight, feats, repeat(0.0))) for feats in features]
        top = max(range(len(scores)), key=scores.__getitem__)
        if margin is None or rule is None:
            return top
        return top if scores[top] - scores[rule] > margin else rule

    def refine(self, view: DocView, start: int, end: int, cue_start: int | None,
               toks: Tokens | None = None) -> tuple[int, int]:
        """The content's character span as the model draws it (the rules' one when no better)."""
        doc = view.doc
        cands = candidates(view, start, end, cue_start, toks)
        if cands is None:
            return start, end
        a = cands.starts[self.best(self.start, cands.start_features, self.margin, cands.start_rule)]
        b = cands.ends[self.best(self.end, cands.end_features, self.margin, cands.end_rule)]
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
