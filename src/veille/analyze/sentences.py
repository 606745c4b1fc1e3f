"""``veille_lines``: line structure as sentence starts, set before the parser.

News text puts one paragraph a line; the French parser sometimes glues a paragraph to the one before
("..., a ajouté Rutte.\\nLes ministres ..."). A line break starts a sentence when the previous line ends
with sentence-final punctuation, or when a blank line separates them. Hard-wrapped text (lines cut
mid-sentence) is left to the parser.

The other way round, a sentence never starts at a lower-case word that follows a word on the same line: the
French parser makes a sentence of a name opening one (« Pékin | a exigé le retrait ... », "Washington | a
protesté"), which leaves the verb without its subject; marked as no sentence start, the name is parsed as the
subject.
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

_FINAL = (".", "!", "?", "…", "»", '"', "”", ":")


@Language.component("veille_lines")
def mark_line_starts(doc: Doc) -> Doc:
    if len(doc) < 2:
        return doc
    # the words by their hashes, once (a Token object per word costs more than the rule itself)
    strings = doc.vocab.strings
    words = [strings[h] for h in doc.to_array(ORTH).tolist()]
    marks: Any = doc.to_array(SENT_START)  # per word: 1 a start, 0 unknown, -1 (as unsigned) no start
    start, no_start = marks.dtype.type(1), ~marks.dtype.type(0)
    unknown = [not m for m in marks.tolist()]
    for i in range(1, len(words) - 1):
        word = words[i]
        if "\n" in word and word.isspace() and (word.count("\n") > 1 or words[i - 1].endswith(_FINAL)):
            marks[i + 1] = start
            unknown[i + 1] = False
    for i in range(1, len(words)):
        if unknown[i] and words[i][:1].islower() and words[i - 1][-1:].isalnum():
            marks[i] = no_start  # « Pékin a exigé »: one sentence
    doc.from_array([SENT_START], marks.reshape(-1, 1))
    return doc
