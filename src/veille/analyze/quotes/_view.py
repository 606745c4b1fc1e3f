"""A light index over a parsed Doc: paragraphs, token look-up by character, clause limits."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from spacy.attrs import IDX
from spacy.tokens import Doc

from veille.analyze.extensions import doc_text

_PARAGRAPH = re.compile(r"[^\n]+")
SENTENCE_END = frozenset({".", "!", "?", "…", ";"})
QUOTE_CHARS = frozenset([*"«»“”„‹›\"", "''", "``"])  # token texts that are quotation marks


_CLOSING_BRACKETS = frozenset({")", "]"})


def ends_sentence(doc: Doc, j: int) -> bool:
    """Token ``j`` closes a sentence: a final mark, but not the period of an abbreviation the tokenizer
    split off, right before a closing bracket ("Sen. X (I-Vt.) said") or tagged as part of a name ("the
    No. 2 Democrat", "Col. X")."""
    tok = doc[j]
    if tok.text not in SENTENCE_END:
        return False
    if tok.text != "." or j == 0 or doc[j - 1].whitespace_ or not doc[j - 1].is_alpha:
        return True
    if not tok.whitespace_ and j + 1 < len(doc) and doc[j + 1].text in _CLOSING_BRACKETS:
        return False
    return tok.pos_ == "PUNCT"


class DocView:
    """Paragraph and token look-ups for one document (built once per document, O(n))."""

    __slots__ = ("doc", "text", "_starts", "_paras", "_para_starts", "title_end")

    def __init__(self, doc: Doc, title_end: int | None = None) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self._starts: list[int] = doc.to_array(IDX).tolist()  # the tokens' offsets, without a Token each
        self._paras = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(self.text)]
        self._para_starts = [p[0] for p in self._paras]
        self.title_end = title_end

    @property
    def paragraphs(self) -> list[tuple[int, int]]:
        return self._paras

    def paragraph(self, char: int) -> tuple[int, int]:
        """The paragraph holding ``char`` (or the closest one before it)."""
        k = bisect_right(self._para_starts, char) - 1
        if k < 0:
            return (0, 0)
        return self._paras[k]

    def token_from(self, char: int) -> int:
        """Index of the first token starting at or after ``char`` (len(doc) when none)."""
        return bisect_left(self._starts, char)

    def token_at(self, char: int) -> int:
        """Index of the token covering ``char`` (or the one before it)."""
        return max(0, bisect_right(self._starts, char) - 1)

    def sentence_end(self, i: int, limit: int) -> int:
        """Index of the token ending the sentence that holds token ``i`` (exclusive bound ``limit``).

        Returns the index of the final punctuation token, or ``limit`` when the paragraph ends first.
        """
        doc = self.doc
        for j in range(i, limit):
            if ends_sentence(doc, j):
                return j
        return limit

    def sentence_start(self, i: int, floor: int) -> int:
        """Index of the first token of the sentence holding token ``i`` (not before ``floor``)."""
        doc = self.doc
        for j in range(i - 1, floor - 1, -1):
            if ends_sentence(doc, j):
                return j + 1
        return floor

    def para_tokens(self, char: int) -> tuple[int, int]:
        """Token index range ``[lo, hi)`` of the paragraph holding ``char``."""
        ps, pe = self.paragraph(char)
        return self.token_from(ps), self.token_from(pe)
