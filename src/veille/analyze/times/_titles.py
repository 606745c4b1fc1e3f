"""Time words inside a name: English writes its units of time and "today" in lower case, so such a word
written with a capital inside a sentence of running text belongs to a title (CBS's "60 Minutes", ABC's "This
Week", NBC's Today show), not to a time expression. The first word of a sentence or of a quotation, a holiday
("Christmas Day") and a line written in title case (a headline) keep their capitals for other reasons."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection

from veille.analyze.times._lexicon import norm
from veille.contract.models import Time

_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
_OPENERS = "\"'\u201c\u2018`(:\u2014\u2013-"  # a capital after one of these may open a quotation or a clause
# a sentence with at least this share of capitalised words of four letters or more (its first word and the time
# expression left out) is a headline
TITLE_CASE_SHARE = 0.75


def in_a_title(item: Time, text: str, sent_starts: list[int], lowercase_words: Collection[str],
               holidays: Collection[str]) -> bool:
    """Whether ``item`` holds a word of ``lowercase_words`` written with a capital that neither opens its
    sentence or a quotation nor belongs to a holiday, in a sentence that is no title-case headline."""
    if not lowercase_words or any(h in norm(item.text) for h in holidays):
        return False
    i = bisect_right(sent_starts, item.start) - 1
    start = sent_starts[i] if i >= 0 else 0
    end = sent_starts[i + 1] if i + 1 < len(sent_starts) else len(text)
    for m in _WORD.finditer(text, item.start, item.end):
        word = m.group()
        if not word[:1].isupper() or norm(word) not in lowercase_words:
            continue
        before = text[start:m.start()].rstrip()
        if not before or before[-1] in _OPENERS:
            continue  # the first word of its sentence, of a quotation or of a clause after a colon or a dash
        return not _title_case(text, start, end, item)
    return False


def _title_case(text: str, start: int, end: int, item: Time) -> bool:
    """The sentence at ``start:end`` has its longer words capitalised, but for its first word and ``item``: a
    headline ("Rebels Agree To Hold Talks Next Week")."""
    words = [m.group() for m in _WORD.finditer(text, start, end)
             if len(m.group()) >= 4 and m.start() > start and not item.start <= m.start() < item.end]
    return bool(words) and sum(w[:1].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)
