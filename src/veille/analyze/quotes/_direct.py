"""Direct quotations: text between quotation marks, or a dialogue line opened by a dash."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Token

from ._cues import TITLE, Cue, cue_after, cue_before, cue_inside
from ._lexicon import QuoteLexicon
from ._marks import TYPEWRITER, Marked, find_marked
from ._speaker import SpeakerSpan
from ._view import DocView

_TRIM_END = " \t\n,;:"
_DASHES = "—–-"
_MAX_TITLE_WORDS = 6  # longer capitalised runs are headlines or shouting, not titles
_MIN_UNCUED_TOKENS = 5  # a quotation without a speech cue must read as a statement


@dataclass(slots=True)
class DirectCandidate:
    start: int  # content offsets, marks excluded
    end: int
    cue: Cue | None
    sentence_initial: bool
    weak: bool = False  # short and cue-less: kept only if it continues a speaker's words
    fragments: tuple[tuple[int, int], ...] = ()  # "“A,” he said, “B.”": one quotation in two pieces
    held: bool = False  # a short term after a determiner ("la « réforme »"): kept only inside what its cue reports


def find_direct(view: DocView, lex: QuoteLexicon) -> list[DirectCandidate]:
    out: list[DirectCandidate] = []
    text = view.text
    carry: Marked | None = None  # an unclosed quotation waiting for the next paragraph
    carry_tokens = (0, 0)
    for ps, pe in view.paragraphs:
        lo, hi = view.token_from(ps), view.token_from(pe)

        def closes(pos: int, _hi: int = hi) -> bool:
            return cue_after(view, lex, view.token_from(pos + 1), _hi, pos) is not None

        marked = find_marked(text, ps, pe, closes, lex.elisions)
        if carry is not None and marked and marked[0].open == _first_char(text, ps, pe) \
                and marked[0].mark == text[carry.open]:
            # a quotation over several paragraphs: each one reopens it, the last one closes it
            first = marked.pop(0)
            carry = Marked(carry.open, first.close, carry.mark, first.closed)
            if not first.closed:
                continue
            cand = _from_marks(view, lex, carry, carry_tokens[0], hi)
            if cand is not None:
                out.append(cand)
            carry = None
        elif carry is not None:
            cand = _from_marks(view, lex, carry, *carry_tokens)
            if cand is not None:
                out.append(cand)
            carry = None
        if marked and not marked[-1].closed:
            carry = marked.pop()
            carry_tokens = (lo, hi)
        for m in marked:
            cand = _from_marks(view, lex, m, lo, hi)
            if cand is not None:
                out.append(cand)
        if not marked and carry is None:
            cand = _dialogue_line(view, lex, ps, pe, lo, hi)
            if cand is not None:
                out.append(cand)
    if carry is not None:
        cand = _from_marks(view, lex, carry, *carry_tokens)
        if cand is not None:
            out.append(cand)
    labelled = [_labelled(view, c) for cand in out for c in _split_labelled(view, cand)]
    return _join_interrupted(view, [_signed(view, c) for c in labelled])


# a transcript's speaker label opening a quotation: "WALLACE: ...", "M. MACRON : ..." (capitals, a colon)
_LABEL = re.compile(r"[^\S\n]*([A-ZÀ-Þ][A-ZÀ-Þ.'’ -]{0,38}[A-ZÀ-Þ.])[^\S\n]?:[^\S\n]+")


_NEXT_LABEL = re.compile(r"\n\s*[\"“«]?(?=" + _LABEL.pattern + ")")
_PIECE_END = " \t\n\"“”«»"


def _split_labelled(view: DocView, cand: DirectCandidate) -> list[DirectCandidate]:
    """A transcript quoted over several paragraphs, each opening with its speaker's label: one
    quotation per paragraph."""
    if cand.fragments or _LABEL.match(view.text, cand.start, cand.end) is None:
        return [cand]
    text = view.text
    out: list[DirectCandidate] = []
    start = cand.start
    for m in _NEXT_LABEL.finditer(text, cand.start, cand.end):
        end = m.start()
        while end > start and text[end - 1] in _PIECE_END:
            end -= 1
        out.append(replace(cand, start=start, end=end))
        start = m.end()
    out.append(replace(cand, start=start))
    return [c for c in out if c.end > c.start]


def _labelled(view: DocView, cand: DirectCandidate) -> DirectCandidate:
    """A quotation that opens with a transcript speaker label: the label is its speaker (whatever
    introduced the transcript) and the words after it its content."""
    if cand.fragments:
        return cand
    m = _LABEL.match(view.text, cand.start, cand.end)
    if m is None or sum(ch.isalpha() for ch in m.group(1)) < 2 or m.end() >= cand.end:
        return cand
    doc = view.doc
    first, last = view.token_at(m.start(1)), view.token_at(m.end(1) - 1)
    head = next((t for t in reversed(doc[first:last + 1]) if t.is_alpha), doc[last])
    speaker = SpeakerSpan(m.start(1), m.end(1), head)
    colon = m.end(1) + view.text[m.end(1):m.end()].index(":")
    return replace(cand, start=m.end(), cue=Cue(m.start(1), colon + 1, speaker), weak=False)


# a quotation signed on its own line: "“...” ― Pamela Padilla", "« ... » — Martine Lebrun"
# (the name may hold initials, "Julie A. Diaz", and end with a full stop)
_SIGNATURE = re.compile(
    r"[^\S\n]*[\"”»'’]{1,2}[^\S\n]*[―—–][^\S\n]*([A-ZÀ-Þ](?:\b[A-ZÀ-Þ]\.|[^\n.!?;:,“”«»\"]){1,58}?)"
    r"[^\S\n]*\.?[^\S\n]*(?:\n|$)")
_MAX_SIGNATURE_WORDS = 6


def _signed(view: DocView, cand: DirectCandidate) -> DirectCandidate:
    """A cue-less quotation followed on its line by a dash and a name: that name is its speaker."""
    if cand.cue is not None:
        return cand
    m = _SIGNATURE.match(view.text, cand.end)
    if m is None or len(m.group(1).split()) > _MAX_SIGNATURE_WORDS:
        return cand
    doc = view.doc
    first, last = view.token_at(m.start(1)), view.token_at(m.end(1) - 1)
    words = [t for t in doc[first:last + 1] if t.is_alpha]
    if not words or not all(w.text[0].isupper() for w in words):
        return cand  # a name: every word capitalised
    speaker = SpeakerSpan(m.start(1), m.end(1), words[-1])
    dash = len(view.text[:m.start(1)].rstrip()) - 1
    return replace(cand, cue=Cue(dash, dash + 1, speaker), weak=False)


_INTERRUPTION_END = ",:—–"  # what closes a reporting clause that the quotation goes on after


def _join_interrupted(view: DocView, cands: list[DirectCandidate]) -> list[DirectCandidate]:
    """ "“A,” he said, “B.”": a quotation whose reporting clause sits between two quoted pieces of one
    sentence is one quotation with two fragments (the words between are the reporting clause's)."""
    out: list[DirectCandidate] = []
    for cand in cands:
        prev = out[-1] if out else None
        if prev is not None and prev.cue is not None and _interrupts(view, prev, cand):
            pieces = prev.fragments or ((prev.start, prev.end),)
            out[-1] = DirectCandidate(prev.start, cand.end, prev.cue, prev.sentence_initial, False,
                                      (*pieces, (cand.start, cand.end)))
            continue
        out.append(cand)
    return out


def _interrupts(view: DocView, prev: DirectCandidate, cand: DirectCandidate) -> bool:
    cue = prev.cue
    if cue is None or not (prev.end <= cue.start and cue.end <= cand.start):
        return False  # the cue must lie between the two pieces
    if cand.cue is not None and cand.cue.start != cue.start and cand.cue.start < cand.end:
        return False  # the second piece has a reporting clause of its own before it ("adding, “B”")
    between = view.text[prev.end:cand.start]
    if "\n" in between or _sentence_break(view, prev.end + 1, cand.start):
        return False  # a new sentence: a second quotation of the same speaker, not a fragment
    opening = between.lstrip(" \t»”\"'’")
    if cand.cue is not None and cand.cue.start != cue.start and not opening.startswith(tuple(_INTERRUPTION_END)):
        return False  # "On “Show” Tuesday, he said, “B.”": the first piece is no sentence of the speaker's
    closing = between.rstrip(" \t«“„\"'")
    # a reporting clause that the quotation goes on after is the cue of both pieces, whatever cue the
    # finder saw after the second one ("“A,” X said, “B.” Later, Y said ...")
    return bool(closing) and closing[-1] in _INTERRUPTION_END


def _sentence_break(view: DocView, start: int, end: int) -> bool:
    """A mark that ends a sentence in ``[start, end)``: not the period of an abbreviation, which the
    tokenizer keeps in its word ("Mr. X said", "Sen. X said")."""
    doc = view.doc
    for k in range(start, end):
        if view.text[k] in ".!?…;":
            tok = doc[view.token_at(k)]
            if not (tok.is_alpha or tok.text[:-1].replace(".", "").isalpha()) or len(tok.text) < 2:
                return True
    return False


def _first_char(text: str, start: int, end: int) -> int:
    k = start
    while k < end and text[k] in " \t":
        k += 1
    return k


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in _TRIM_END:
        end -= 1
    return start, end


def _from_marks(view: DocView, lex: QuoteLexicon, marked: Marked, lo: int, hi: int) -> DirectCandidate | None:
    text = view.text
    open_, close, closed = marked.open, marked.close, marked.closed
    start, end = _trim(text, *marked.content)
    if end - start < 2:
        return None
    doc = view.doc
    open_tok = view.token_at(open_)
    c_lo, c_hi = view.token_from(start), view.token_from(end)
    after = cue_after(view, lex, view.token_from(close + marked.width), hi, close) if closed else None
    if closed and _complementizer_follows(view, lex, close + marked.width, hi):
        return None  # "She told “Morning Roundup” that ...": a name, the report comes after it
    k = open_ - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    if k >= 0 and text[k] == ":" and "\n" in text[k:open_]:
        lo = view.para_tokens(k)[0]  # "X a répondu :\n« ... »": the cue ends the paragraph before
    before = cue_before(view, lex, open_tok, lo)
    words = [t for t in doc[c_lo:c_hi] if not (t.is_punct or t.is_space)]
    if lex.titles_capitalized and _title(words) and _after_title_cue(view, lex, open_tok, lo, before):
        return None  # "the movie “Bridge of Spies”", "his memoir, “A Time for Truth,” recounts": a title
    if before is TITLE:
        if after is None:
            return None
        before = None
    cue = after or before
    if after is not None and after.speaker is None and before is not None and before.speaker is not None:
        cue = before  # "X said: “A,” adding that B": the participle after has no subject of its own
    if cue is None and marked.mark in ("«", "“", "„", TYPEWRITER):
        cue = cue_inside(view, lex, c_lo, c_hi, end)
    initial = _sentence_initial(view, open_, lo)
    weak = held = False
    if after is None and cue is not None and len(words) <= 2 and open_tok > lo \
            and doc[open_tok - 1].pos_ == "DET":
        if not lex.quoted_terms_in_reports:
            return None  # "the "reform"", "la « réforme »": a term held at a distance, not words said
        held = True  # « a dénoncé la « trahison » »: the cue's words when it reports them
    if after is None and lex.titles_capitalized and _title(words):
        return None  # "told “Fox News Sunday”", "the “Contract with America.”": a title, not words said
    if lex.titles_capitalized and open_tok > lo and _names_a_work(doc[open_tok - 1], words):
        return None  # "on ABC's “This Week”", "on “Hannity,” he said": a programme named, cue or not
    if cue is None:
        has_verb = any(t.pos_ in ("VERB", "AUX") for t in words)
        # a verbless sentence may continue a speaker's words ("Every house, every school.")
        closes_sentence = text[start:end].rstrip()[-1:] in (".", "!", "?", "…")
        if not (initial and len(words) >= 2 and (has_verb or closes_sentence)):
            return None  # a title, a name or a scare-quoted term
        weak = len(words) < _MIN_UNCUED_TOKENS or not has_verb
    if not closed and cue is None:
        return None
    return DirectCandidate(start, end, cue, initial, weak, held=held)


def _after_title_cue(view: DocView, lex: QuoteLexicon, open_tok: int, lo: int, before: Cue | None) -> bool:
    """The opening mark comes right after a word announcing a title ("the movie", "so-called"), or
    after that word and a comma ("his memoir, “...”")."""
    if before is TITLE:
        return True
    doc = view.doc
    k = open_tok - 1
    while k > lo and doc[k].is_space:
        k -= 1
    return k > lo and doc[k].text == "," and cue_before(view, lex, k, lo) is TITLE


def _title(words: list[Token]) -> bool:
    """A short run of words each capitalised but for function words: a title or a name."""
    if not 2 <= len(words) <= _MAX_TITLE_WORDS or not words[0].text[:1].isupper():
        return False
    content = [t for t in words if not t.is_stop]
    return len(content) >= 2 and all(t.text[:1].isupper() for t in content if t.is_alpha or "'" in t.text)


def _names_a_work(before: Token, words: list[Token]) -> bool:
    """A capitalised name of one to a few words, verbless, right after a preposition or a possessive
    marker: the title of a programme or a work, not a quotation."""
    if not words or before.pos_ != "ADP" and before.dep_ != "case":
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in words):
        return False
    if len(words) > _MAX_TITLE_WORDS or not words[0].text[:1].isupper():
        return False
    return any(t.pos_ in ("PROPN", "NOUN") for t in words) and all(
        t.text[:1].isupper() for t in words if t.is_alpha and not t.is_stop)


def _complementizer_follows(view: DocView, lex: QuoteLexicon, pos: int, hi: int) -> bool:
    k = view.token_from(pos)
    while k < hi and view.doc[k].is_space:
        k += 1
    if k >= hi:
        return False
    tok = view.doc[k]
    return tok.lower_ in lex.complementizers and (not lex.complementizer_is_sconj or tok.pos_ == "SCONJ")


def _sentence_initial(view: DocView, open_: int, lo: int) -> bool:
    text = view.text
    k = open_ - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    if k < 0 or text[k] == "\n":
        return True
    if view.title_end is not None and k < view.title_end <= open_:
        return True
    return text[k] in ".!?…:"


def _dialogue_line(
    view: DocView, lex: QuoteLexicon, ps: int, pe: int, lo: int, hi: int
) -> DirectCandidate | None:
    """ "— Nous ne céderons pas, a prévenu X." : the line up to its speech incise."""
    text = view.text
    if text[ps] not in _DASHES or ps + 1 >= pe or text[ps + 1] != " ":
        return None
    doc = view.doc
    for k in range(lo, hi):
        if doc[k].text != ",":
            continue
        cue = cue_after(view, lex, k + 1, hi, doc[k].idx, inverted_only=True)
        if cue is not None:
            start, end = _trim(text, ps + 1, doc[k].idx)
            if end - start >= 2:
                return DirectCandidate(start, end, cue, True)
            return None
    return None
