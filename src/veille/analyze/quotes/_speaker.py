"""Who is speaking: the subject of a speech verb, or the object of "selon"/"according to",
resolved to an actor of the document's ActorTable."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from veille.analyze.actors.table import ActorTable
from veille.contract.models import Actor, Speaker

from ._lexicon import QuoteLexicon
from ._view import SENTENCE_END, QUOTE_CHARS, DocView

_SUBJECT_DEPS = ("nsubj", "nsubj:pass", "nsubjpass", "csubj", "expl:subj")
_RELATIVE = frozenset({"qui", "que", "lequel", "laquelle", "who", "which", "that", "whom", "dont"})
_CLITIC_T = frozenset({"-t", "t", "-t-"})
# children that are not part of a speaker's name
_CUT_DEPS = frozenset({
    "acl:relcl", "relcl", "acl", "advcl", "parataxis", "ccomp", "conj", "cc", "dep", "punct",
})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
_DETERMINERS = ("le ", "la ", "les ", "l'", "the ")


@dataclass(slots=True)
class SpeakerSpan:
    start: int  # character offsets
    end: int
    head: Token


def subject_of(verb: Token, view: DocView, lo: int, hi: int, lex: QuoteLexicon) -> Token | None:
    """The subject of speech verb ``verb`` inside token range ``[lo, hi)``, or None."""
    subj = _direct_subject(verb, lo, hi)
    if subj is not None:
        return subj
    # "X s'est entretenu avec Y et a déclaré que": the subject of the first conjunct
    if verb.dep_ == "conj" and lo <= verb.head.i < hi:
        subj = _direct_subject(verb.head, lo, hi)
        if subj is not None:
            return subj
    # a relative clause "le ministre, qui a déclaré": the noun it hangs on
    if verb.dep_ in ("acl:relcl", "relcl") and any(
        c.lower_ in _RELATIVE and c.dep_.startswith("nsubj") for c in verb.children
    ):
        return verb.head
    # the parser sometimes hangs the real subject under a clause of the verb
    # ("Le président X, qui était à Y pour présenter Z, a déclaré que"): take the first subject
    # before the verb whose clause lies under the verb, skipping relative pronouns
    doc = verb.doc
    start = view.sentence_start(verb.i, lo)
    for j in range(start, verb.i):
        tok = doc[j]
        if tok.dep_ in _SUBJECT_DEPS and tok.lower_ not in _RELATIVE and tok.lower_ not in _CLITIC_T:
            if _is_ancestor(verb, tok.head):
                return tok
    # inverted subject right after the verb: "a ajouté Rutte", "said Foreign Minister Lavrov"
    for j in range(verb.i + 1, min(hi, verb.i + 8)):
        tok = doc[j]
        if tok.text in SENTENCE_END or tok.text in QUOTE_CHARS or tok.text == ",":
            break
        if tok.pos_ in ("PROPN", "NOUN") or (tok.pos_ == "PRON" and tok.lower_ in lex.pronouns):
            return tok
        if tok.pos_ not in ("DET", "ADJ", "ADV", "AUX", "PART", "SPACE"):
            break
    return None


def _direct_subject(verb: Token, lo: int, hi: int) -> Token | None:
    best: Token | None = None
    for child in verb.children:
        if not (lo <= child.i < hi) or child.dep_ not in _SUBJECT_DEPS:
            continue
        if child.lower_ in _CLITIC_T or child.lower_ in _RELATIVE:
            continue
        if best is None or (best.dep_ == "expl:subj" and child.dep_ != "expl:subj"):
            best = child
    return best


def _is_ancestor(node: Token, tok: Token) -> bool:
    if tok == node:
        return True
    for anc in tok.ancestors:
        if anc == node:
            return True
    return False


def noun_phrase(head: Token, lo: int, hi: int) -> SpeakerSpan:
    """The name-like span around ``head``: its subtree without clauses, conjuncts or punctuation."""
    keep = {head.i}
    stack = [head]
    while stack:
        node = stack.pop()
        for child in node.children:
            if child.dep_ in _CUT_DEPS or not (lo <= child.i < hi):
                # keep the comma of an apposition ("le secrétaire général de l'OTAN, Mark Rutte")
                continue
            keep.add(child.i)
            stack.append(child)
    first = last = head.i
    doc = head.doc
    while first - 1 in keep or (first - 1 >= lo and doc[first - 1].text == "," and first - 2 in keep
                                and _appos_follows(doc, first - 1, keep)):
        first -= 1
    while last + 1 in keep or (last + 1 < hi and doc[last + 1].text == "," and last + 2 in keep):
        last += 1
    while first < last and (doc[first].is_punct or doc[first].is_space):
        first += 1
    while last > first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return SpeakerSpan(doc[first].idx, doc[last].idx + len(doc[last].text), head)


def _appos_follows(doc, comma: int, keep: set[int]) -> bool:
    return comma + 1 in keep


def phrase_after(view: DocView, i: int, hi: int) -> SpeakerSpan | None:
    """The noun phrase starting at token ``i`` ("selon [le ministre russe], ..."), up to a comma."""
    doc = view.doc
    j = i
    head: Token | None = None
    while j < hi and j < i + 14:
        tok = doc[j]
        if tok.text in SENTENCE_END or tok.text in QUOTE_CHARS or tok.text in (",", ":", "\n") or tok.is_space:
            break
        if head is None and tok.pos_ in _NOMINAL:
            head = tok
        j += 1
    if head is None or j == i:
        return None
    # the syntactic head of the phrase: the token whose head lies outside it
    for k in range(i, j):
        tok = doc[k]
        if tok.pos_ in _NOMINAL and not (i <= tok.head.i < j):
            head = tok
            break
    last = doc[j - 1]
    return SpeakerSpan(doc[i].idx, last.idx + len(last.text), head)


def resolve(
    span: SpeakerSpan, table: ActorTable | None, lex: QuoteLexicon, text: str
) -> Speaker | None:
    """The Speaker for ``span``, through the actor table when there is one."""
    head = span.head
    surface = text[span.start:span.end]
    is_pronoun = head.pos_ == "PRON" or head.lower_ in lex.pronouns
    if table is not None:
        pairs = table.mentions_in(span.start, span.end)
        if is_pronoun:
            pairs = [p for p in pairs if p[0].start <= head.idx < p[0].end]
        actor = _choose(pairs, head)
        if actor is None and is_pronoun and head.lower_.lstrip("-") in _singular(lex):
            actor = _last_person_before(table, head.idx)
        if actor is not None:
            return Speaker(name=actor.name, actor_id=actor.id, text=surface)
    if is_pronoun:
        return None
    return Speaker(name=_strip_determiner(surface), actor_id=None, text=surface)


def _singular(lex: QuoteLexicon) -> frozenset[str]:
    return frozenset(p.lstrip("-").removeprefix("t-") for p in lex.pronouns)


def _choose(pairs, head: Token) -> Actor | None:
    if not pairs:
        return None
    for mention, actor in pairs:
        if mention.start <= head.idx < mention.end:
            if actor.kind != "person":
                # "le secrétaire général de l'OTAN, Mark Rutte": a person named in the phrase wins
                person = next((a for _m, a in pairs if a.kind == "person"), None)
                if person is not None and head.pos_ != "PROPN":
                    return person
            return actor
    person = next((a for _m, a in pairs if a.kind == "person"), None)
    if person is not None:
        return person
    return pairs[0][1] if len(pairs) == 1 else None


def _last_person_before(table: ActorTable, pos: int) -> Actor | None:
    best: tuple[int, Actor] | None = None
    for actor in table.actors:
        if actor.kind != "person":
            continue
        for m in actor.mentions:
            if m.end <= pos and (best is None or m.end > best[0]):
                best = (m.end, actor)
    return best[1] if best else None


def _strip_determiner(surface: str) -> str:
    low = surface.lower()
    for det in _DETERMINERS:
        if low.startswith(det) and len(surface) > len(det) + 1:
            return surface[len(det):]
    return surface
