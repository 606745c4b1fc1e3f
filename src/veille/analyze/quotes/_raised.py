"""The subject of a cue that is no source of it: part of what is reported.

"The senator is expected to announce ...", "The tax seemed to worry ...", "Smith was announced the
winner": the subject of a passive cue (not an experiencer's: "farmers are convinced that") or of a
raising verb is what the attribution is about, and PolNeAR draws the content in two pieces around the
cue: [The senator] is expected [to announce ...] (PolNeAR train: 106 of 125 such contents without a
source, and 42 of 45 raising cues, take the subject in).
"""

from __future__ import annotations

from spacy.tokens import Token

from ._lexicon import QuoteLexicon
from ._speaker import is_passive
from ._view import QUOTE_CHARS, DocView

_PASSIVE_SUBJECTS = frozenset({"nsubjpass", "nsubj:pass"})
_ACTIVE_SUBJECTS = frozenset({"nsubj"})
_MAX_SUBJECT = 25  # tokens


def raised_subject(view: DocView, lex: QuoteLexicon, verb: Token, content_start: int) -> tuple[int, int] | None:
    """The character span of the subject of ``verb`` when it belongs to the content that starts at
    character ``content_start`` after the verb, else None."""
    doc = view.doc
    if content_start <= verb.idx:
        return None
    lemma = verb.lemma_.lower()
    passive = is_passive(verb, lex)
    if passive:
        if lemma in lex.experiencer_verbs:
            return None  # "farmers are convinced that": the subject believes
        if lemma in lex.addressee_verbs:
            return None  # "the actress was asked whether": the subject is who was spoken to
        deps = _PASSIVE_SUBJECTS
    elif lemma in lex.raising_verbs and not any(
            c.dep_ == "xcomp" and lex.clause_lemma(c) is not None for c in verb.children):
        deps = _ACTIVE_SUBJECTS  # but "X appeared to suggest that": X speaks
    else:
        return None
    subj = next((c for c in verb.children if c.dep_ in deps and c.i < verb.i), None)
    if subj is None or subj.lower_ in lex.expletives or subj.dep_ == "expl":  # "it was announced"
        return None
    first, last = subj.left_edge.i, subj.right_edge.i
    if last - first >= _MAX_SUBJECT or any(doc[k].text in QUOTE_CHARS for k in range(first, last + 1)):
        return None
    if doc[first].sent.start != verb.sent.start:
        return None
    start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
    return (start, end) if end <= verb.idx else None
