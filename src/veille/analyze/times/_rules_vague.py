"""Time rules, vague family. Vague references: PRESENT_REF / PAST_REF / FUTURE_REF words, "jusqu'ici".

Each handler turns one match of a rule of its family into ``Time`` records (or none)."""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

from veille.analyze.times._calendar import day_value
from veille.analyze.times._lexicon import norm
from veille.analyze.times._tools import Candidate, Ref, Tools
from veille.contract.models import Time


def vague(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    if c.match.groupdict().get("mvo"):
        return _before_a_verb(r, c, doc)
    prev = r.prev_words(c.match.string, c.start, 20).split(" ")
    word = norm(c.match.group("vg"))
    after = norm(c.match.string[c.end:c.end + 12]).split(" ")[0]
    if prev and (f"{prev[-1]} {word}" in r.lex.vague_rejected
                 or f"{prev[-1]} {word} {after}" in r.lex.vague_rejected):
        return []  # « sans précédent », "as recently as February"
    if word in r.lex.vague_complemented and _complemented(r, c, doc, word):
        return []  # "at the time of the flood", « à l'époque où le mur est tombé »
    if word.split(" ")[0] in r.lex.articles and _counts_on(r, c.match.string, c.end):
        return []  # "over the past three summers": the article's noun is counted, no vague past
    if _attributive(r, c, doc):
        return []  # "future earnings": a property of the noun, no time
    if _kind_of(r, c, doc):
        return []  # "a freer future": a kind of state, no time
    return [r.item(c, r.lex.vague_type, r.lex.vague[word], None, True, _without_signal(r, c))]


def _before_a_verb(r: Tools, c: Candidate, doc: Doc) -> list[Time]:
    """"could one day join", "to one day return": a vague word of ``modal_vague`` after a modal or "to" (group
    ``mvo``, outside the TIMEX3) is a time only when a verb follows ("agreed to one day of talks", "limited to
    one day.": none). The tagger often reads that bare verb as a noun ("to one day return"), so any word but a
    preposition, determiner, pronoun, number, conjunction or punctuation counts."""
    span = doc.char_span(c.match.start("vg"), c.match.end("vg"), alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return []
    nxt = doc[span.end]
    if not nxt.is_lower or nxt.pos_ in ("ADP", "DET", "PRON", "NUM", "CCONJ", "SCONJ", "PUNCT", "PART"):
        return []
    value = r.lex.modal_vague[norm(c.match.group("vg"))]
    return [r.item(c, r.lex.vague_type, value, None, True, (c.match.start("vg"), c.match.end("vg")))]


def _complemented(r: Tools, c: Candidate, doc: Doc, word: str) -> bool:
    """The word after the vague words opens a complement ("at the time of", « à l'époque où ») or, for those
    of ``vague_conjunctions``, is the subject of a clause of their own ("at the time he was captured")."""
    span = doc.char_span(c.match.start("vg"), c.match.end("vg"), alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    if norm(nxt.text) in r.lex.vague_complement_openers:
        return True
    # a subject starting right after them, its verb after it: the clause they introduce
    return word in r.lex.vague_conjunctions and any(
        t.dep_ in ("nsubj", "nsubjpass") and t.left_edge.i == span.end and t.head.i > t.i
        for t in doc[span.end:span.sent.end])


def _attributive(r: Tools, c: Candidate, doc: Doc) -> bool:
    """A vague word of ``attributive_vague_words`` that modifies a noun other than a unit of time ("future
    earnings", "its future strategy"; not "future quarters")."""
    word = norm(c.match.group("vg"))
    if word not in r.lex.attributive_vague_words:
        return False
    span = doc.char_span(c.match.start("vg"), c.match.end("vg"), alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    if r.modifies_object(doc, c.match.start("vg"), c.match.end("vg")):
        return True
    tok = span[0]
    # « Le précédent traité » with the noun read as a participle hung on the adjective: the word between its
    # determiner and the next word
    nxt = tok.nbor(1) if tok.i + 1 < len(doc) else None
    return tok.i > 0 and doc[tok.i - 1].pos_ == "DET" and nxt is not None and nxt.head.i == tok.i \
        and nxt.dep_ in ("acl", "amod") and nxt.is_alpha and r.not_a_unit(nxt)


def _kind_of(r: Tools, c: Candidate, doc: Doc) -> bool:
    """A word of ``kind_vague_words`` after an indefinite article ("a freer future", "a future in which ..."):
    a kind of state, no reference to the time."""
    if norm(c.match.group("vg")) not in r.lex.kind_vague_words:
        return False
    span = doc.char_span(c.match.start("vg"), c.match.end("vg"), alignment_mode="expand")
    return span is not None and any(child.dep_ == "det" and norm(child.text) in r.lex.indefinite_articles
                                    for child in span[-1].children)


def _counts_on(r: Tools, text: str, end: int) -> bool:
    """A number or a vague count right after the expression ("the past three summers", "the past several
    quarters")."""
    words = norm(text[end:end + 24]).split(" ")
    first = words[0] if words else ""
    return bool(first) and (first[:1].isdigit() or first in r.lex.numbers or first in r.lex.vague_numbers)


def _without_signal(r: Tools, c: Candidate) -> tuple[int, int] | None:
    """The span after an opening preposition when a determiner follows it ("in <the future>", « à <cette
    époque-là> »): TIMEX3 leaves signals out; a fixed adverb ("at present", « à présent ») keeps it."""
    text = c.match.group("vg")
    m = re.match(r"(\S+)\s+", text)
    if m is None or norm(m.group(1)) not in r.lex.vague_signals:
        return None
    rest = norm(text[m.end():])
    if not any(rest.startswith(d) and (d.endswith("'") or rest[len(d):len(d) + 1] in ("", " "))
               for d in r.lex.vague_determiners):
        return None
    start = c.match.start("vg") + m.end()
    return start, c.match.end("vg")


def untilnow(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    span = (c.match.start("ici"), c.match.end("ici"))
    after = c.match.string[c.end:c.end + 30]
    if norm(c.match.group("next")) == "à" and re.match(r"\s+à\s+(?:\d|\w+\s+(?:ans|mois|jours|semaines))", after):
        return [r.item(c, r.lex.vague_type, "PRESENT_REF", None, True, span)]
    if pub is None:
        return [r.item(c, "DATE", "XXXX-XX-XX", "day", False, span)]
    return [r.item(c, "DATE", day_value(pub), "day", True, span)]
