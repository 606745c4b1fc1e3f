"""Sentence snippets: the sentence around a span, as stored beside a role, shown for an event, or listed
beside an evaluation miss. The one home of "the sentence holding this span" on raw text."""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[.!?…]\s+|\n+")
SNIPPET_MAX = 320


def _is_boundary(text: str, m: re.Match[str]) -> bool:
    """A sentence ends here unless what follows continues it ("cour. » a déclaré", "M. Rutte")."""
    if "\n" in m.group():
        return True
    nxt = text[m.end():m.end() + 1]
    if not nxt or nxt in "»”’),;:" or nxt.islower():
        return False
    before = text[max(0, m.start() - 3):m.start()].split()[-1:] or [""]
    return len(before[0]) > 1 or not before[0].isupper()  # "M." or "J." is an initial, not an end


def sentence_around(text: str | None, start: int, end: int, fallback: str = "", limit: int = SNIPPET_MAX) -> str:
    """The sentence holding ``text[start:end]`` (cut to ``limit`` characters), else ``fallback``."""
    if not text or not 0 <= start <= end <= len(text):
        return fallback
    lo = max(0, start - limit)
    left = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        if _is_boundary(text, m):
            left = m.end()
    right = min(len(text), end + limit)
    for m in _SENTENCE_END.finditer(text, end, right):
        if _is_boundary(text, m):
            right = m.start() + (1 if text[m.start()] in ".!?…" else 0)
            break
    snippet = text[left:right].strip()
    if len(snippet) > limit:  # keep the mention in view
        keep_from = max(left, start - limit // 2)
        snippet = "…" + text[keep_from:keep_from + limit].strip() + "…"
    return snippet or fallback


def first_paragraph_end(text: str | None, limit: int = 600) -> int:
    """Where an article's lede ends: its first non-empty paragraph, cut at ``limit`` characters."""
    if not text:
        return 0
    start = len(text) - len(text.lstrip())
    cut = text.find("\n", start)
    end = len(text) if cut < 0 else cut
    return min(end, start + limit)
