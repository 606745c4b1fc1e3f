"""Speech cues around a quotation: the verb after it ("», a déclaré X"), before it ("X said: “"),
inside it ("« ..., a-t-il ajouté, ... »"), or "selon X" / "according to X"."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ._lexicon import QuoteLexicon
from ._speaker import SpeakerSpan, phrase_after, phrase_before, speaker_span, subject_of
from ._view import QUOTE_CHARS, SENTENCE_END, DocView, ends_sentence

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass"})  # a verb's subject (both parsers' labels)
_SEPARATORS = frozenset({",", "—", "–", "-"})
_MAX_BEFORE_VERB = 14  # tokens between a closing mark and its speech verb ("X, a Y Republican, said")
_MAX_BEFORE_QUOTE = 30  # tokens between a speech verb and the quotation it introduces


@dataclass(slots=True, frozen=True)
class Cue:
    start: int  # character span of the verb or of "selon"/"according to"
    end: int
    speaker: SpeakerSpan | None
    speech: bool = True  # False: a colon after a verb that is not a speech verb ("X a été clair :")
    implied: bool = False  # no subject by grammar: the person last mentioned ("Et d'ajouter : « »")
    lemma: str | None = None  # the cue verb's lemma, which says what is attributed (speech, belief...)


TITLE = Cue(-1, -1, None, False)  # marker: the quotation is a name or a term ("so-called", "le livre")


def according_at(doc: Doc, i: int, hi: int, lex: QuoteLexicon) -> int | None:
    """Index just past an "according to"/"selon" phrase starting at token ``i``, else None."""
    first: str | None = None  # token i's lower-case form, read once for every phrase
    for phrase in lex.according:
        n = len(phrase)
        if i + n > hi:
            continue
        if not phrase:
            return i
        if first is None:
            first = doc[i].lower_
        if first == phrase[0] and all(doc[i + k].lower_ == phrase[k] for k in range(1, n)):
            return i + n
    return None


def cue_after(
    view: DocView, lex: QuoteLexicon, i: int, hi: int, content_end: int, inverted_only: bool = False
) -> Cue | None:
    """A cue that starts at token ``i``, just after a closing mark (or after a comma for an incise)."""
    doc = view.doc
    j = i
    had_sep = False
    while j < hi and (doc[j].is_space or doc[j].text in _SEPARATORS):
        had_sep = had_sep or not doc[j].is_space
        j += 1
    if j >= hi:
        return None
    first = doc[j]
    past = according_at(doc, j, hi, lex)
    if past is not None:
        last = doc[past - 1]
        return Cue(first.idx, last.idx + len(last.text), phrase_after(view, past, hi))
    if first.text in SENTENCE_END or first.text in QUOTE_CHARS or first.text in (":", ")"):
        return None
    if inverted_only and first.pos_ not in ("AUX", "VERB") and lex.speech_lemma(first) is None:
        return None
    tail = view.text[:content_end].rstrip()
    # "?" and "!" close a quoted sentence but not the reporting one ("“Why?” a protester asked")
    closes_sentence = bool(tail) and tail[-1] in ".…"
    if closes_sentence and not had_sep and first.pos_ in ("PROPN", "NOUN", "DET", "NUM"):
        return None  # "« ... . » Rutte a ajouté" starts a new sentence
    stop = view.sentence_end(j, hi)
    ends_question = bool(tail) and tail[-1] in "?!"
    # a subject with long appositions ("X, the governor of Y, one of the states suing Z, said") opens
    # the clause: its verb may lie further than the usual window
    far = _verb_of_subject_at(doc, j, stop)
    for k in ([far.i] if far is not None else range(j, min(stop, j + _MAX_BEFORE_VERB))):
        tok = doc[k]
        if lex.speech_lemma(tok) is not None and not lex.is_negated(tok):
            if ends_question and not had_sep and not _ends_incise(doc, k, stop):
                return None  # "“Who is Q?” The Daily Beast reported that ...": a new sentence
            if (closes_sentence or ends_question) and not had_sep and _introduces_next(view, k, hi):
                return None  # "“A.” He added, “B.”": a new sentence that introduces the next quotation
            subj = subject_of(tok, view, j, stop, lex, inverted=True)
            span = speaker_span(subj, j, stop) if subj is not None else None
            if span is None and first.pos_ == "PROPN" and k > j and doc[k - 1].text == ",":
                span = phrase_after(view, j, k)  # "” Flynn, a surrogate, said" parsed without a subject
            return Cue(tok.idx, tok.idx + len(tok.text), span, lemma=lex.speech_lemma(tok))
        if tok.text in QUOTE_CHARS or tok.text in (":", ";") or tok.pos_ in ("CCONJ", "SCONJ"):
            return None
        if tok.pos_ == "VERB" and tok.dep_ not in ("acl", "amod") and not _name_taken_for_verb(tok, j, had_sep):
            return None
        if tok.text == "," and lex.incise_verb_first and k > j:
            return None  # the verb comes first ("», a déclaré X"): "» Kiev, et a annoncé" is no cue
    return None


def cue_before(view: DocView, lex: QuoteLexicon, open_tok: int, lo: int) -> Cue | None:
    """A cue in the same sentence before the opening mark at token ``open_tok``."""
    doc = view.doc
    start = open_tok
    while start > lo and start > open_tok - _MAX_BEFORE_QUOTE:
        prev = doc[start - 1]
        if ends_sentence(doc, start - 1) or prev.text in QUOTE_CHARS:
            break
        start -= 1
    if start == open_tok:
        return None
    last = open_tok - 1
    while last >= start and doc[last].is_space:
        last -= 1
    if last < start:
        return None
    if _ends_with_title_cue(doc, start, last + 1, lex):
        return TITLE
    for k in range(last, start - 1, -1):
        tok = doc[k]
        if lex.speech_lemma(tok) is not None and tok.pos_ != "AUX" and not lex.is_negated(tok):
            subj = subject_of(tok, view, start, open_tok, lex)
            span = speaker_span(subj, start, open_tok) if subj is not None else phrase_before(tok, start, lex)
            if span is None and _opens_sentence(doc, start, k):
                span = phrase_after(view, k + 1, open_tok)  # "Said Ellis: “...”": the subject after the verb
            implied = span is None and _opens_with(doc, start, k, lex.implied_speaker_openers)
            return Cue(tok.idx, tok.idx + len(tok.text), span, implied=implied, lemma=lex.speech_lemma(tok))
    for k in range(start, last + 1):
        past = according_at(doc, k, last + 1, lex)
        if past is not None:
            end_tok = doc[past - 1]
            return Cue(doc[k].idx, end_tok.idx + len(end_tok.text), phrase_after(view, past, open_tok))
    if doc[last].text == "," and doc[start].lower_ in lex.source_before_quote:
        # "Pour le chef de l'État, « ... »"
        span = phrase_after(view, start + 1, last)
        if span is not None:
            return Cue(doc[start].idx, doc[start].idx + len(doc[start].text), span)
    if doc[last].text == ":":
        for k in range(last - 1, start - 1, -1):
            tok = doc[k]
            if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "aux:tense", "aux:pass"):
                subj = subject_of(tok, view, start, open_tok, lex)
                span = speaker_span(subj, start, open_tok) if subj is not None else phrase_before(tok, start, lex)
                if span is not None:
                    return Cue(tok.idx, tok.idx + len(tok.text), span, False)
    return None


def cue_inside(view: DocView, lex: QuoteLexicon, lo: int, hi: int, content_end: int) -> Cue | None:
    """An incise inside the marks: "« Nous ..., a-t-il ajouté, mais ... »"."""
    doc = view.doc
    for k in range(lo, hi):
        if doc[k].text != ",":
            continue
        cue = cue_after(view, lex, k + 1, hi, content_end, inverted_only=True)
        if cue is not None:
            return cue
    return None


def _name_taken_for_verb(tok: Token, j: int, had_sep: bool) -> bool:
    """A capitalised "verb" opening the phrase after ",”" is a name the tagger missed ("Tulsa police
    Chief X said"): the sentence does not start there, and no verb of speech is capitalised mid-sentence."""
    doc = tok.doc
    after_comma = had_sep or (j >= 2 and doc[j - 1].text in QUOTE_CHARS and doc[j - 2].text == ",")
    return tok.i == j and after_comma and tok.is_title and j + 1 < len(doc) and doc[j + 1].pos_ in ("NOUN", "PROPN")


def _verb_of_subject_at(doc: Doc, j: int, stop: int) -> Token | None:
    """The verb whose subject phrase starts at token ``j`` and runs up to it (only commas between the
    phrase and the verb, however long its appositions: "X, the governor of Y and a candidate, told"),
    else None."""
    node = doc[j]
    while node.dep_ not in SUBJECT_DEPS:
        if node.head.i == node.i or node.head.left_edge.i != j:
            return None
        node = node.head
    verb = node.head
    if node.left_edge.i != j or not node.i < verb.i < stop:
        return None
    if any(not (t.is_punct or t.is_space) for t in doc[node.right_edge.i + 1:verb.i]):
        return None
    return verb


_CLAUSE_TAIL = ("PROPN", "NOUN", "DET", "ADJ", "PRON", "PART", "NUM", "SPACE")  # "asked one analyst", "a-t-il"


def _tail_end(doc: Doc, k: int, stop: int) -> int:
    """Index of the first token after the speech verb at ``k`` (before ``stop``) that is not part of
    its short reporting clause's tail ("asked one analyst", "a-t-il demandé")."""
    nxt = k + 1
    while nxt < stop and doc[nxt].pos_ in _CLAUSE_TAIL:
        nxt += 1
    return nxt


def _ends_incise(doc: Doc, k: int, stop: int) -> bool:
    """The speech verb at ``k`` closes a short reporting clause ("... a protester asked.")."""
    nxt = _tail_end(doc, k, stop)
    return nxt >= stop or doc[nxt].text in (",", ";") or doc[nxt].pos_ in ("ADP", "ADV")


def _introduces_next(view: DocView, k: int, hi: int) -> bool:
    """The reporting clause of the speech verb at ``k`` ends with a comma or a colon right before a
    quotation that opens a sentence of its own (capitalised): it introduces that quotation."""
    doc = view.doc
    nxt = _tail_end(doc, k, hi)
    if nxt + 1 >= hi or doc[nxt].text not in (",", ":") or doc[nxt + 1].text not in QUOTE_CHARS:
        return False
    first = next((ch for ch in view.text[doc[nxt + 1].idx:doc[hi - 1].idx + len(doc[hi - 1].text)] if ch.isalpha()),
                 "")
    return first.isupper()


def _opens_sentence(doc: Doc, start: int, k: int) -> bool:
    return all(t.is_space for t in doc[start:k])


def _opens_with(doc: Doc, start: int, stop: int, seqs: tuple[tuple[str, ...], ...]) -> bool:
    words = [t.lower_ for t in doc[start:stop] if not t.is_space]
    return any(tuple(words[:len(seq)]) == seq for seq in seqs if seq)


def _ends_with_title_cue(doc: Doc, start: int, stop: int, lex: QuoteLexicon) -> bool:
    cues = lex.title_cues
    if not cues:
        return False
    # the lower-case forms of the last words, read once for every phrase
    lowers = tuple(t.lower_ for t in doc[max(start, stop - max(3, max(len(p) for p in cues))):stop])
    joined = "".join(lowers[-3:])
    for phrase in cues:
        n = len(phrase)
        if stop - n >= start and lowers[len(lowers) - n:] == phrase:
            return True
        # "the so-called" tokenised as so / - / called
        if " " not in phrase[0] and n == 1 and joined.endswith(phrase[0]) and "-" in phrase[0]:
            return True
    return False
