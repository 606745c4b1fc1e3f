"""``veille_lines``: line structure as sentence starts, set before the parser.

News text puts one paragraph a line; the French parser sometimes glues a paragraph to the one before
("..., a ajouté Rutte.\\nLes ministres ..."). A line break starts a sentence when the previous line ends
with sentence-final punctuation, or when a blank line separates them. Hard-wrapped text (lines cut
mid-sentence) is left to the parser.

The other way round, a sentence never starts at a lower-case word that follows a word on the same line: the
French parser makes a sentence of a name opening one (« Pékin | a exigé le retrait ... », "Washington | a
protesté"), which leaves the verb without its subject; marked as no sentence start, the name is parsed as the
subject.

Nor does a sentence start inside a capitalised name the tokenizer cut at a hyphen (no space around it): the
French parser made « - » and « Uni » of « Le Royaume-Uni a condamné » sentences of their own, and
the verb lost its subject.

A lead phrase with no verb and a colon before a clause (« Coup de théâtre au Moyen-Orient : Riyad et Téhéran ont
annoncé ... », "Exclusive: Russia and Ukraine agree ...") is a heading: the clause after the colon is a sentence
of its own. The parser otherwise makes the heading's noun the root and hangs the clause's verb and subject inside
it. (Not after a verb, « a déclaré : », nor before a quotation or a phrase with no verb, « Bilan : douze morts »;
nor after a bare name, « Mali : les militaires ont ... », which frames the clause as « Au Mali, » would.)
The words' parts of speech come from the tagger, which runs before this component.

A wire dateline ("GENEVA, Oct 1 (AP) - Iran agreed", « BAMAKO, 11 janvier (Reuters) - La France a lancé ») is a
sentence of its own: the English parser otherwise takes the town for a second subject of the lede's verb.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.attrs import POS, SENT_START, SPACY, TAG
from spacy.language import Language
from spacy.tokens import Doc

from veille.analyze.extensions import doc_words

_FINAL = (".", "!", "?", "…", "»", '"', "”", ":")
DATELINE_DASHES = frozenset({"—", "--", "―", "–", "-"})  # what closes a dateline before the story
_JOINERS = frozenset({"-", "‐", "‑"})
MAX_DATELINE = 8  # words of "LOS ANGELES, Sept. 28 (AP)" before the dash
MAX_HEADING = 10  # words of a heading before its colon (« Coup de théâtre diplomatique au Moyen-Orient »)
_QUOTES = frozenset({"«", '"', "“", "'", "‘", "‹"})


def dateline_end(words: Sequence[str], k: int) -> int | None:
    """The index of the dash closing a dateline that opens a line at word ``k`` ("WASHINGTON --", "PARIS
    (AFP) —", "LOS ANGELES, Sept. 28 —", « BAMAKO, 11 janvier (Reuters) - »): a place in capitals, maybe a
    date and an agency, then a dash on the same line; None when the line opens otherwise (a lower-case word
    other than a month after its day is prose: "NATO ministers met - briefly")."""
    first = words[k] if k < len(words) else ""
    if not (first.isupper() and first.isalpha() and len(first) > 1):
        return None
    for j in range(k + 1, min(len(words), k + MAX_DATELINE + 1)):
        word = words[j]
        if word in DATELINE_DASHES:
            return j
        if word.isspace() or word[:1].islower() and not words[j - 1][:1].isdigit():
            return None
    return None


def in_capitals(name: str) -> bool:
    """A name written in capitals as a wire dateline writes its town ("BANGUI", "LOS ANGELES"; not an
    abbreviation: "U.S.", "UK")."""
    letters = name.replace(" ", "").replace("-", "")
    return len(letters) > 3 and letters.isalpha() and letters.isupper()


def _dotted_abbreviation(word: str) -> bool:
    """"U.S.", "U.N.", "E.U.": capitals each followed by a full stop."""
    return len(word) >= 4 and word.endswith(".") and all(
        ch.isupper() if k % 2 == 0 else ch == "." for k, ch in enumerate(word))


def _inside_hyphenated_name(words: Sequence[str], spaced: Sequence[int], i: int) -> bool:
    """Word ``i`` is the hyphen, or the capitalised part after it, of a name the tokenizer cut at a hyphen with
    no space around it (« Royaume-Uni », « Guinée-Bissau »)."""
    k = i if words[i] in _JOINERS else i - 1  # the hyphen
    return 0 < k < len(words) - 1 and words[k] in _JOINERS and not spaced[k - 1] and not spaced[k] and (
        words[k - 1][:1].isupper() and words[k + 1][:1].isupper())


def _heading_colons(doc: Doc, words: Sequence[str]) -> list[int]:
    """The colons closing a heading that a clause follows on its line (see the module's docstring)."""
    colons = [i for i, w in enumerate(words) if w == ":" and 0 < i < len(words) - 1]
    if not colons:
        return []
    pos = doc.to_array(POS).tolist()
    tags = doc.to_array(TAG).tolist()
    strings = doc.vocab.strings
    verbal = {strings.add("VERB"), strings.add("AUX")}

    def verb(i: int) -> bool:
        return pos[i] in verbal or strings[tags[i]].startswith(("VB", "MD")) if tags[i] else pos[i] in verbal

    common = strings.add("NOUN")

    def noun(i: int) -> bool:
        return pos[i] == common or strings[tags[i]] in ("NN", "NNS") if tags[i] else pos[i] == common

    found = []
    for c in colons:
        s = c
        while s > 0 and c - s <= MAX_HEADING and "\n" not in words[s - 1] and not words[s - 1].endswith(_FINAL):
            s -= 1
        if c - s > MAX_HEADING or s == c or not words[s][:1].isupper() or words[c + 1] in _QUOTES:
            continue
        if any(verb(i) for i in range(s, c)) or not any(noun(i) for i in range(s, c)):
            continue  # (a bare name, « Mali : les militaires ont ... », frames the clause as « Au Mali, » would)
        e = c + 1
        while e < len(words) and "\n" not in words[e] and not words[e].endswith(_FINAL):
            e += 1
        if any(verb(i) for i in range(c + 1, e)):
            found.append(c)
    return found


@Language.component("veille_lines")
def mark_line_starts(doc: Doc) -> Doc:
    if len(doc) < 2:
        return doc
    words = doc_words(doc)  # (a Token object per word costs more than the rule itself)
    marks: Any = doc.to_array(SENT_START)  # per word: 1 a start, 0 unknown, -1 (as unsigned) no start
    start, no_start = marks.dtype.type(1), ~marks.dtype.type(0)
    line_starts = [0]
    for i in range(1, len(words) - 1):
        word = words[i]
        if "\n" in word and word.isspace():
            line_starts.append(i + 1)
            if word.count("\n") > 1 or words[i - 1].endswith(_FINAL):
                marks[i + 1] = start
    for k in line_starts:
        dash = dateline_end(words, k)
        if dash is not None and dash + 1 < len(words) and not words[dash + 1].isspace():
            marks[dash + 1] = start  # "GENEVA, Oct 1 (AP) - | Iran agreed"
            if dash + 2 < len(words) and not words[dash + 2].isspace() and (
                    _dotted_abbreviation(words[dash + 1]) or not words[dash + 1].endswith(_FINAL)):
                # "ISLAMABAD - | U.S. special forces": "U.S." is no sentence; nor is the lede's second word
                # ("BRUSSELS - European | Union foreign ministers agreed": the parser cut the name after the start)
                marks[dash + 2] = no_start
    spaced = doc.to_array(SPACY).tolist()  # per word: a space after it
    for i in range(1, len(words)):
        # (a start set above, or by an earlier component, stays)
        if words[i][:1].islower() and words[i - 1][-1:].isalnum() and marks[i] == 0:
            marks[i] = no_start  # « Pékin a exigé »: one sentence
        elif marks[i] == 0 and _inside_hyphenated_name(words, spaced, i):
            marks[i] = no_start  # « Le Royaume-Uni a »: no sentence inside a name the tokenizer cut
    for c in _heading_colons(doc, words):
        if marks[c + 1] == 0 or marks[c + 1] == no_start:
            marks[c + 1] = start  # « Coup de théâtre au Moyen-Orient : | Riyad et Téhéran ont annoncé »
    doc.from_array([SENT_START], marks.reshape(-1, 1))
    return doc
