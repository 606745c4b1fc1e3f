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

from spacy.language import Language
from spacy.tokens import Doc

_FINAL = (".", "!", "?", "…", "»", '"', "”", ":")


@Language.component("veille_lines")
def mark_line_starts(doc: Doc) -> Doc:
    for tok in doc[1:-1]:
        if "\n" not in tok.text or not tok.text.isspace():
            continue
        before = doc[tok.i - 1].text
        if tok.text.count("\n") > 1 or before.endswith(_FINAL):
            doc[tok.i + 1].is_sent_start = True
    for tok in doc[1:]:
        if tok.text[:1].islower() and tok.is_sent_start is None and doc[tok.i - 1].text[-1:].isalnum():
            tok.is_sent_start = False  # « Pékin a exigé »: one sentence
    return doc
