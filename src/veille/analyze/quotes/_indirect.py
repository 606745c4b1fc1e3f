"""Indirect (reported) speech: "X a déclaré que ...", "X said (that) ...", "Selon X, ..."."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Token

from veille.analyze.extensions import doc_words

from ._cue_model import CueModel, cue_features
from ._cues import SUBJECT_DEPS, Cue, according_at
from ._lexicon import NOT_VERB_POS, QuoteLexicon
from ._speaker import (
    NOMINAL,
    SpeakerSpan,
    is_passive,
    is_relative_pronoun,
    phrase_after,
    phrase_before,
    speaker_span,
    subject_of,
)
from ._view import QUOTE_CHARS, SENTENCE_END, DocView

_MAX_GAP = 30  # tokens between the speech verb and its "que"/"that"
_PASSABLE = frozenset({"ADP", "DET", "NOUN", "PROPN", "ADJ", "ADV", "NUM", "PRON", "PUNCT", "SPACE", "PART"})
_QUESTION = frozenset({"si", "s'", "whether", "if", "comment", "pourquoi", "how", "why", "what", "quand", "when"})
_MIN_TOKENS = 2
_COMMENT_RELATIVE = frozenset({"ce", "which"})  # a comment on the whole report, not part of it


@dataclass(slots=True)
class IndirectCandidate:
    start: int
    end: int
    cue: Cue
    fragments: tuple[tuple[int, int], ...] = ()  # the pieces around an incise ("A, the mayor said, B")
    object_only: bool = False  # what the cue attributes is its object, not a clause ("endorsed X")
    final: bool = False  # the rules' boundaries are kept as they are ("said [yes]", an end before an agent)


def find_indirect(
    view: DocView, lex: QuoteLexicon, inside_direct: list[tuple[int, int]], cue_model: CueModel | None = None,
) -> list[IndirectCandidate]:
    """Reported clauses of speech verbs, and sentence-initial "Selon X, ..." sentences; with a
    ``cue_model``, also what the other verbs the model takes for cues govern."""
    out: list[IndirectCandidate] = []
    learned: list[IndirectCandidate] = []  # the cue model's, first (in the order of their verbs)
    lemmas = cue_model.lemmas if cue_model is not None else frozenset()
    doc = view.doc
    for ps, pe in view.paragraphs:
        lo, hi = view.token_from(ps), view.token_from(pe)
        sent_first = True
        for i in range(lo, hi):
            tok = doc[i]
            if tok.is_space:
                continue
            if sent_first:
                cand = _according_sentence(view, lex, i, lo, hi)
                if cand is not None:
                    out.append(cand)
            sent_first = tok.text in SENTENCE_END
            if tok.lower_ in lex.according_relatives:
                cand = _according_relative(view, lex, tok, hi)
                if cand is not None:
                    out.append(cand)
                continue
            pos, clause = tok.pos_, lex.clause_lemma(tok)  # (read once: each rule below asks)
            if pos in NOT_VERB_POS and clause is None:
                continue  # no adjective, no verb: neither a listed cue nor one the model looks at
            if (pos == "ADJ" and tok.lemma_.lower() in lex.clause_adjectives and clause is None
                    and not _covered(tok.idx, inside_direct)):
                cand = _adjective_clause(view, lex, tok, lo, hi)
                if cand is not None:
                    out.append(cand)
                continue
            listed = clause is not None and pos != "AUX"
            # a verb the model takes a look at (a VERB: the lexicon lists it exactly when ``listed``)
            modelled = pos == "VERB" and tok.lemma_.lower() in lemmas
            if not (listed or modelled) or _covered(tok.idx, inside_direct):
                continue
            if lex.is_negated(tok) and not lex.negated_reports:
                continue
            cand = _listed_report(view, lex, tok, lo, hi) if listed else None
            if cand is not None:
                out.append(cand)
            if cue_model is not None and modelled:
                other = _model_candidate(view, lex, tok, lo, hi, cand)
                if other is not None and cue_model.accepts(learned_features(view, tok, other)):
                    learned.append(other)
        if lex.source_closes_sentence:
            out.extend(_according_after(view, lex, lo, hi, inside_direct))
        cand = _source_colon_line(view, lex, lo, hi)
        if cand is not None:
            out.append(cand)
    return learned + out


def _listed_report(view: DocView, lex: QuoteLexicon, tok: Token, lo: int, hi: int) -> IndirectCandidate | None:
    """What a verb of the lexicon reports by the rules: its clause, a relative clause around it, the
    sentence around its incise, or (a verb that attributes its object) its object."""
    cand = _reported_clause(view, lex, tok, lo, hi) or _relative_report(view, lex, tok, lo)
    if cand is None and lex.speech_lemma(tok) is not None:
        cand = (_infinitive_report(view, lex, tok, lo, hi) or _answer_word(view, lex, tok, lo)
                or _reporting_incise(view, lex, tok, lo, hi) or _as_report(view, lex, tok, lo, hi))
    if cand is None and lex.clause_lemma(tok) in lex.object_verbs:
        cand = _attributed_object(view, lex, tok, lo, hi)
    return cand


def _answer_word(view: DocView, lex: QuoteLexicon, verb: Token, lo: int) -> IndirectCandidate | None:
    """ "Most members said [yes]", "the governor said [no], but", "half said [so]": an answer word right
    after a speech verb, ending its phrase (``answer_words``), is what the verb's subject said."""
    doc = view.doc
    k = verb.i + 1
    if k >= len(doc) or doc[k].lower_ not in lex.answer_words or doc[k].head.i != verb.i:
        return None
    if any(c.head.i == k for c in doc[k + 1:doc[k].right_edge.i + 1]) or doc[k].n_rights:
        return None  # "said no new taxes ...": the word opens a phrase
    sent_lo = view.sentence_start(verb.i, lo)
    subj = subject_of(verb, view, sent_lo, verb.i, lex)
    if subj is None:
        return None
    cue = Cue(verb.idx, verb.idx + len(verb.text), speaker_span(subj, sent_lo, verb.i), lemma=lex.speech_lemma(verb))
    return IndirectCandidate(doc[k].idx, doc[k].idx + len(doc[k].text), cue, object_only=True, final=True)


_INFINITIVE_DEPS = frozenset({"xcomp", "advcl", "ccomp"})  # how the parse hangs a reported infinitive on its cue
_ADDRESSEE_DEPS = frozenset({"obl:arg", "iobj"})  # « a demandé [à la cour] d'annuler »: who is asked


def _infinitive_report(view: DocView, lex: QuoteLexicon, verb: Token, lo: int, hi: int) -> IndirectCandidate | None:
    """ « X a dit avoir reçu des menaces », « X a annoncé vouloir ... », « X a menacé de partir », « X a demandé
    à Y de retirer ... »: the infinitive a speech verb governs after it (bare, or after one of
    ``infinitive_marks``, the mark included) is what the verb's subject says (``infinitive_reports``). Not in
    the passive (« X a été accusé d'avoir ... »: a charge), not after another preposition (a purpose), not
    the marked infinitive of a commitment (``subject_control_verbs``: « a menacé de partir »)."""
    if not lex.infinitive_reports or is_passive(verb, lex):
        return None
    infinitive = _reported_infinitive(verb, lex)
    if infinitive is None:
        return None
    doc = view.doc
    start = infinitive.left_edge.i
    if start <= verb.i or start >= hi:
        return None
    words = start
    while words < infinitive.i and doc[words].dep_ == "mark":
        words += 1
    if doc[words].text in QUOTE_CHARS:
        return None  # « a accusé X de « jouer avec le feu » »: the quotation is the report
    end = _clause_end(view, lex, start, hi)
    end = min(end, _trim_back(doc, start, _infinitive_end(infinitive)))
    end = _before_cue_dependents(verb, start, end, lex)
    if end - start < _MIN_TOKENS:
        return None
    sent_lo = view.sentence_start(verb.i, lo)
    subj = subject_of(verb, view, sent_lo, start, lex)
    if subj is None:
        return None
    span = speaker_span(subj, sent_lo, verb.i if subj.i < verb.i else start)
    cue = Cue(verb.idx, verb.idx + len(verb.text), span, lemma=lex.speech_lemma(verb))
    last = doc[end - 1]
    return IndirectCandidate(doc[start].idx, last.idx + len(last.text), cue)


_OWN_CLAUSE_DEPS = frozenset({"advcl", "conj", "parataxis"})  # a clause hung on the infinitive, not part of it


def _infinitive_end(infinitive: Token) -> int:
    """Exclusive end of an infinitive's phrase: its right edge, taking in a closing quotation mark the phrase
    opened, and ending before a clause the parse hangs on it that has a nominal subject of its own (« ...
    d'une vidéo, Me X a soutenu ... »: the main clause misparsed under the infinitive)."""
    doc = infinitive.doc
    end = infinitive.right_edge.i + 1
    for tok in infinitive.subtree:
        if tok.i > infinitive.i and tok.dep_ in _OWN_CLAUSE_DEPS and any(
                c.dep_ in SUBJECT_DEPS and c.pos_ in ("NOUN", "PROPN") for c in tok.children):
            end = min(end, tok.left_edge.i)
    marks = sum(1 for t in doc[infinitive.left_edge.i:end] if t.text in QUOTE_CHARS)
    if marks % 2 and end < len(doc) and doc[end].text in QUOTE_CHARS:
        end += 1
    return end


def _reported_infinitive(verb: Token, lex: QuoteLexicon) -> Token | None:
    """The infinitive ``verb`` reports: its infinitive complement after it, or the infinitive the parse
    hangs on its addressee (« demandé à la cour d'appel d'annuler »), or None."""
    candidates = [c for c in verb.children if c.i > verb.i and c.dep_ in _INFINITIVE_DEPS]
    for addressee in (c for c in verb.children if c.i > verb.i and c.dep_ in _ADDRESSEE_DEPS):
        candidates += [c for c in addressee.children if c.i > addressee.i and c.dep_ == "acl"
                       and any(m.dep_ == "mark" for m in c.children)]
    for child in sorted(candidates, key=lambda c: c.i):
        if not _infinitive(child):
            continue
        marks = [m for m in child.children if m.dep_ == "mark" and m.i < child.i]
        if not all(m.lower_ in lex.infinitive_marks for m in marks):
            return None  # « a crié pour se faire entendre »: a purpose
        if marks and lex.speech_lemma(verb) in lex.subject_control_verbs:
            return None  # « a menacé de saisir la justice »: a commitment to act, not words reported
        if any(t.text in QUOTE_CHARS for t in verb.doc[verb.i + 1:child.left_edge.i]):
            return None  # « a qualifié X de « tentative » de ... »: the quoted words are the report
        return child
    return None


def _infinitive(verb: Token) -> bool:
    """An infinitive, or a participle with an infinitive auxiliary (« avoir reçu », « être entré »)."""
    if "Inf" in verb.morph.get("VerbForm", []):
        return True
    return any(c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm", []) for c in verb.children)


_AS_CLAUSE = 8  # tokens of "as the mayor said on Monday"


def _as_report(view: DocView, lex: QuoteLexicon, verb: Token, lo: int, hi: int) -> IndirectCandidate | None:
    """ "As the mayor said, A." / "A, as the mayor said." / « Comme l'a rappelé le ministre, A. »: a short
    clause of comparison around a speech verb with nothing to report of its own reports the sentence's
    main clause (``as_markers``). "As the mayor announced the plan, A" (an object: a time clause) is not."""
    doc = view.doc
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in lex.as_markers), None)
    if mark is None or verb.dep_ != "advcl" or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return None
    left, right = verb.left_edge.i, verb.right_edge.i
    while right > verb.i and doc[right].is_punct:
        right -= 1
    if left != mark.i or right - left > _AS_CLAUSE:
        return None
    subject_first = any(c.dep_ in SUBJECT_DEPS and c.i < verb.i for c in verb.children)
    if subject_first and any(t.pos_ in NOMINAL and t.ent_type_ not in ("DATE", "TIME")
                             and t.lower_ not in lex.time_words for t in doc[verb.i + 1:right + 1]):
        return None  # "as X announced the plan": after its subject, what follows the verb is its object
    first, stop = view.sentence_start(verb.i, lo), view.sentence_end(verb.i, hi)
    while first < left and doc[first].is_space:
        first += 1
    if left == first and right + 2 < stop and doc[right + 1].text == ",":
        start, end = right + 2, _clause_end(view, lex, right + 2, hi)  # "As X said, A."
    elif left - 1 > first and doc[left - 1].text == "," and right + 1 >= stop:
        start, end = first, _trim_back(doc, first, left - 1)  # "A, as X said."
    else:
        return None
    if end - start < _MIN_TOKENS + 1:
        return None
    subj = subject_of(verb, view, mark.i + 1, right + 1, lex, inverted=True)
    span = speaker_span(subj, mark.i + 1, right + 1) if subj is not None else None
    cue = Cue(verb.idx, verb.idx + len(verb.text), span, lemma=lex.speech_lemma(verb))
    return IndirectCandidate(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), cue)


def unlisted_cues(
    view: DocView, lex: QuoteLexicon, inside_direct: list[tuple[int, int]],
) -> Iterator[tuple[Token, IndirectCandidate]]:
    """Every verb with what ``_model_candidate`` gives it (outside direct quotations, not negated unless
    the language reports negated cues): what the trained cue model is trained on (``find_indirect``
    looks at the verbs of the model's lemmas only)."""
    doc = view.doc
    for ps, pe in view.paragraphs:
        lo, hi = view.token_from(ps), view.token_from(pe)
        for i in range(lo, hi):
            tok = doc[i]
            if tok.pos_ != "VERB":
                continue
            if _covered(tok.idx, inside_direct) or (lex.is_negated(tok) and not lex.negated_reports):
                continue
            listed = lex.clause_lemma(tok)
            reported = (_listed_report(view, lex, tok, lo, hi)
                        if listed is not None and listed not in lex.object_verbs else None)
            cand = _model_candidate(view, lex, tok, lo, hi, reported)
            if cand is not None:
                yield tok, cand


def _model_candidate(
    view: DocView, lex: QuoteLexicon, tok: Token, lo: int, hi: int, reported: IndirectCandidate | None,
) -> IndirectCandidate | None:
    """What the cue model decides on for the verb ``tok``: for a verb the lexicon does not list, the
    reported clause or the object the rules would extract if it were a cue; for a verb it lists that
    reports nothing by the rules (``reported``, its ``_listed_report``, is None), its object ("X backed
    Cruz", "X spoke about A"); in both cases only when a source is found for it."""
    listed = lex.clause_lemma(tok)
    if listed is None:
        cand = _reported_clause(view, lex, tok, lo, hi) or _attributed_object(view, lex, tok, lo, hi)
    elif listed in lex.object_verbs or reported is not None:
        return None
    else:
        cand = _attributed_object(view, lex, tok, lo, hi)
    if cand is None or cand.cue.speaker is None:  # an attribution the model adds has a source
        return None
    cand.cue = replace(cand.cue, lemma=tok.lemma_.lower())
    return cand


def learned_features(view: DocView, verb: Token, cand: IndirectCandidate) -> list[str]:
    """The cue model's features of ``verb`` as the cue of ``cand``."""
    first = view.token_at(cand.start)
    return cue_features(verb, view.doc[first], view.token_at(cand.end - 1) + 1 - first, cand.object_only)


_SUBJECT_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "PUNCT", "PART", "ADP", "CCONJ", "SPACE"})
_MAX_SUBJECT = 14  # tokens of a reporting clause's subject ("a senior official of the ministry")
_MAX_ADJUNCT = 10  # tokens after its verb ("said on Tuesday in a statement")


def _reporting_incise(view: DocView, lex: QuoteLexicon, verb: Token, lo: int, hi: int) -> IndirectCandidate | None:
    """A reporting clause set off by commas after (or inside) what it reports: "The budget will
    shrink, the mayor said." / "The budget, the mayor said, will shrink." / "..., a affirmé X.".

    The content is the rest of the sentence: before the clause, and after it when it is an incise.
    """
    doc = view.doc
    if _non_finite(verb):
        return None  # "“A,” he said, referring to B": a participle adds to a clause, it reports none
    if _relative_subject(verb):
        return None  # "the council, which announced the plan, will vote": a relative clause
    stop = view.sentence_end(verb.i, hi)
    first = view.sentence_start(verb.i, lo)
    comma = _clause_comma(doc, verb, first, lex)
    if comma is None or comma - first < _MIN_TOKENS or _own_object(verb, lex, comma):
        return None
    closes_quotation = any(doc[k].text in QUOTE_CHARS for k in range(comma - 1, min(comma + 2, stop)))
    if closes_quotation and not _runs_into_quotation(doc, first, comma):
        return None  # a direct quotation's cue: the quotation finder has it
    # after the verb: adjuncts, then the sentence end (a tail) or a comma (an incise)
    k = verb.i + 1
    while k < stop and k < verb.i + _MAX_ADJUNCT and doc[k].text != ",":
        if doc[k].pos_ in ("VERB", "SCONJ") or doc[k].lower_ in lex.complementizers or doc[k].text in QUOTE_CHARS:
            return None
        k += 1
    if k < stop and doc[k].text != ",":
        return None
    if closes_quotation and k < stop:
        return None  # "“A,” he said, “B”": the quotation finder joins the pieces
    head_start = first
    while head_start < comma and (doc[head_start].is_space or doc[head_start].pos_ in ("CCONJ",)):
        head_start += 1
    pieces = [(head_start, _trim_back(doc, head_start, comma))]
    clause_end = stop
    rest = k + 1
    while rest < stop and doc[rest].is_space:
        rest += 1
    if k < stop and any(doc[m].pos_ in ("VERB", "AUX") for m in range(k + 1, stop)):
        clause_end = k  # an incise: the report goes on after the second comma
    about_speaker = _has_finite_verb(doc, head_start, comma) and _describes_speaker(doc, comma, rest, stop)
    if clause_end < stop and not about_speaker:
        end = _clause_end(view, lex, rest, hi)
        if end - rest >= _MIN_TOKENS:
            pieces.append((rest, end))
    # else what follows the comma is an apposition of the speaker (", affirme le porte-parole, X.")
    fragments = tuple((doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)) for a, b in pieces if b > a)
    if not fragments:
        return None
    subj = subject_of(verb, view, comma + 1, clause_end, lex, inverted=True)
    span = speaker_span(subj, comma + 1, clause_end) if subj is not None else None
    cue = Cue(verb.idx, verb.idx + len(verb.text), span, lemma=lex.speech_lemma(verb))
    return IndirectCandidate(fragments[0][0], fragments[-1][1], cue, fragments if len(fragments) > 1 else ())


_SPEAKER_DESCRIPTIONS = frozenset({"appos", "relcl", "acl:relcl"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "DET", "ADJ", "NUM"})


def _has_finite_verb(doc, start: int, end: int) -> bool:
    """A finite verb among the tokens (the piece before a reporting incise is a clause of its own; without
    one, "Proposals to raise taxes, X said, amount to ...", the incise interrupts the clause, which goes on
    after it whatever the tagger makes of its next word)."""
    return any("Fin" in doc[k].morph.get("VerbForm", []) for k in range(start, end))


def _describes_speaker(doc, comma: int, rest: int, stop: int) -> bool:
    """What follows a reporting clause's second comma tells who the speaker is, not what was reported:
    the phrase heading it is an apposition or a relative clause on a word of the reporting clause
    ("..., said X, a city engineer who oversees ...", "..., said X, who runs ..."; ``comma`` opens the
    clause) or a noun phrase (« ..., a déclaré X, une ingénieure qui ... », which the parser may take
    for the verb's object) with no copula or auxiliary. A report goes on in a predicate ("The budget,
    the mayor said, will shrink"; « ..., a expliqué le maire, sera réduit »;
    "the stadium, which, X said, is full": a relative clause of the first piece)."""
    if rest >= stop:
        return False
    top = doc[rest]
    while rest <= top.head.i < stop and top.head.i != top.i:
        top = top.head
    if top.dep_ in _SPEAKER_DESCRIPTIONS and comma < top.head.i < rest:
        return True
    # a noun or adjective with a copula or an auxiliary is a predicate (« sera réduit », "is too high")
    return top.pos_ in _NOMINAL and not any(c.dep_.startswith(("cop", "aux")) for c in top.children)


def _relative_subject(verb: Token) -> bool:
    """The subject of ``verb`` is a relative pronoun ("the council, which announced the plan, will
    vote"): a relative clause, never a reporting clause set off by commas."""
    return any(c.dep_ in SUBJECT_DEPS and is_relative_pronoun(c) for c in verb.children)


def _own_object(verb: Token, lex: QuoteLexicon, comma: int) -> bool:
    """``verb``, with its subject between the clause's comma and itself, has a direct object after it
    that is not the addressee of an addressee verb ("Late on Monday, the ministry confirmed [the
    deaths]": the cue reports its object, not the phrase set before its clause; "..., she told
    [reporters]" is still a reporting clause; in an inverted one, ", a expliqué le maire", the parser
    may take the subject after the verb for an object)."""
    if verb.lemma_.lower() in lex.addressee_verbs:
        return False
    if not any(c.dep_ in SUBJECT_DEPS and comma < c.i < verb.i for c in verb.children):
        return False
    return any(c.dep_ in _DIRECT_OBJECT_DEPS and c.i > verb.i for c in verb.children)


def _adjective_clause(view: DocView, lex: QuoteLexicon, adj: Token, lo: int, hi: int) -> IndirectCandidate | None:
    """ "X was confident that A", "X made (it) clear that A": a that-clause right after an adjective of
    knowledge or feeling is the words or belief of the subject of the adjective's clause (never "it is
    clear that A", the writer's)."""
    doc = view.doc
    j = adj.i + 1
    if j < hi and doc[j].text == ",":
        j += 1
    if j >= hi or doc[j].lower_ not in lex.complementizers or doc[j].pos_ != "SCONJ":
        return None
    governor = adj.head if adj.dep_ in ("acomp", "ccomp", "oprd", "xcomp") else adj
    if governor.lemma_.lower() in lex.raising_verbs:
        return None  # "the senators appear confident that": the writer's impression (the raising cue's)
    subjects = [c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < adj.i]
    if not subjects or subjects[0].lower_ in lex.expletives:
        return None
    start = j + 1
    end = _clause_end(view, lex, start, hi)
    if end - start < _MIN_TOKENS:
        return None
    sent_lo = view.sentence_start(adj.i, lo)
    span = speaker_span(subjects[0], sent_lo, adj.i)
    cue = Cue(adj.idx, adj.idx + len(adj.text), span, lemma=adj.lemma_.lower())
    first = j if lex.content_has_complementizer else start
    last = doc[end - 1]
    return IndirectCandidate(doc[first].idx, last.idx + len(last.text), cue)


def _non_finite(verb: Token) -> bool:
    """A gerund, present participle or infinitive ("referring", "en ajoutant", "to add")."""
    forms = verb.morph.get("VerbForm", [])
    return "Ger" in forms or "Inf" in forms or ("Part" in forms and "Pres" in verb.morph.get("Tense", []))


def _closing_comma(words: Sequence[str], k: int, first: int) -> bool:
    """Token ``k`` is a quotation mark closing right after a comma ("…money,” the mayor said"); ``words`` are the
    tokens' texts (``doc_words``: asked at every word of a paragraph, a Token object each would cost more)."""
    return k > first and words[k] in QUOTE_CHARS and words[k - 1] == ","


def _runs_into_quotation(doc, first: int, comma: int) -> bool:
    """The sentence before a reporting clause opens with the writer's words and runs into a quotation
    ("He was a “respected manager,” X said"): PolNeAR's content is the whole of it."""
    marks = [k for k in range(first, comma) if doc[k].text in QUOTE_CHARS]
    if not marks:
        return False
    words = [t for t in doc[first:marks[0]] if not (t.is_punct or t.is_space or t.pos_ == "CCONJ")]
    return len(words) >= _MIN_TOKENS


def _clause_comma(doc, verb: Token, first: int, lex: QuoteLexicon) -> int | None:
    """The comma opening the reporting clause of ``verb``: right before its subject ("..., the mayor
    said") or before the verb itself and its auxiliaries ("..., said the mayor", "..., a déclaré X")."""
    k = verb.i - 1
    while k > first and (doc[k].pos_ in ("AUX", "ADV", "PART") or doc[k].lower_ in lex.pronouns
                         or doc[k].text.startswith("-")):
        k -= 1
    if _closing_comma(doc_words(doc), k, first):
        k -= 1  # the comma inside the closing mark: "…money,” said the mayor"
    if doc[k].text == ",":
        closed = _subject_closed_at(verb, k)
        if closed is not None:
            # the comma closes an apposition of the subject before the verb ("..., X, the governor of Y,
            # said"): the clause opens before the subject
            k = closed.left_edge.i - 1
        else:
            mark = _name_after_quotation(doc, k, first)
            if mark is None:
                return k  # inverted: ", said the mayor", ", a-t-il ajouté"
            k = mark  # "“A,” Flynn, a surrogate, said" (the parser hung the name elsewhere)
        if _closing_comma(doc_words(doc), k, first):
            k -= 1
        return k if k > first and doc[k].text == "," else None
    if lex.incise_verb_first:
        return None  # « Selon elle, la loi menace ... »: an incise puts its verb first (« , a dit X »)
    subject = 0
    while k > first and doc[k].text != "," and subject < _MAX_SUBJECT:
        if _closing_comma(doc_words(doc), k, first):
            k -= 1
            break
        if doc[k].pos_ not in _SUBJECT_POS or doc[k].text in QUOTE_CHARS:
            return None
        subject += 1
        k -= 1
    if doc[k].text != "," or subject == 0:
        return None
    if not any(doc[j].pos_ in ("NOUN", "PROPN", "PRON") for j in range(k + 1, verb.i)):
        return None
    return k


def _name_after_quotation(doc, comma: int, first: int) -> int | None:
    """The closing quotation mark right before a name phrase (with appositions) that ends at ``comma``
    ("“A,” Flynn, a top surrogate, said"), else None."""
    j = comma - 1
    while j > first and comma - j <= _MAX_SUBJECT:
        tok = doc[j]
        if tok.text in QUOTE_CHARS:
            return j if doc[j + 1].pos_ == "PROPN" and doc[j - 1].text == "," else None
        if tok.pos_ not in _SUBJECT_POS:
            return None
        j -= 1
    return None


def _subject_closed_at(verb: Token, comma: int) -> Token | None:
    """The subject of ``verb`` before it whose phrase the comma at ``comma`` closes, else None."""
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and child.left_edge.i < comma \
                and child.i < comma <= child.right_edge.i + 1 and child.doc[comma].head.i != verb.i:
            return child
    return None


_DIRECT_OBJECT_DEPS = frozenset({"dobj", "obj"})
_OBJECT_DEPS = frozenset({"dobj", "obj", "xcomp", "prep", "dative", "oprd", "obl", "iobj"})
_NOT_OBJECT_DEPS = frozenset({"punct", "cc", "conj", "advcl", "parataxis", "npadvmod", "advmod", "mark"})


def _attributed_object(view: DocView, lex: QuoteLexicon, verb: Token, lo: int, hi: int) -> IndirectCandidate | None:
    """What a cue without a clause attributes: its object and complements ("X endorsed [Cruz]",
    "X called for [a special prosecutor]", "X refused [to give ...]"), when it has a subject."""
    doc = view.doc
    right = [c for c in verb.children if c.i > verb.i and c.dep_ not in _NOT_OBJECT_DEPS]
    agent = next((c for c in right if c.dep_ == "agent"), None)
    if agent is not None:  # "considered [unclean] by many groups": the passive's agent is its source
        right = [c for c in right if c.i < agent.i]
    lemma = lex.clause_lemma(verb)
    if lemma in lex.addressee_verbs:  # "told [reporters] ...", "urged [the judge] to ...": not what is said
        right = [c for c in right if c.dep_ not in ("dobj", "obj", "dative", "iobj")]
    if not right or right[0].dep_ not in _OBJECT_DEPS:
        return None
    first = right[0]
    reach = max(c.right_edge.i for c in right) + 1  # what the cue governs, circumstances included
    if first.dep_ in ("dobj", "obj"):
        right = _before_circumstances(right, lex)
    start = first.left_edge.i
    if first.dep_ in ("prep", "obl"):
        # "called for X", "talked about X": the preposition belongs to the cue; other phrases right
        # after the verb ("said at a news conference") are circumstances
        if first.i != verb.i + 1 or first.lower_ not in lex.object_prepositions:
            return None
        objects = [c for c in first.children if c.i > first.i]
        if not objects or objects[0].lower_ in lex.media:
            return None
        start = objects[0].left_edge.i
    stop = view.sentence_end(verb.i, hi)
    end = min(stop, max(c.right_edge.i for c in right) + 1)
    # a medium ends the object, and the boundary model may not run it on ("mocked [X] in a tweet")
    medium = _medium_in(doc, lex, start + 1, min(stop, reach))
    end = _trim_back(doc, start, min(end, medium) if medium is not None else end)
    words = [doc[k] for k in range(start, end)]
    if not words or start <= verb.i or all(t.ent_type_ in ("DATE", "TIME") or t.pos_ in ("PRON", "DET", "ADP")
                                           for t in words):
        return None  # "said on Friday", "said it", "told them"
    sent_lo = view.sentence_start(verb.i, lo)
    subj = subject_of(verb, view, sent_lo, verb.i, lex)
    if subj is None:
        return None
    cue = Cue(verb.idx, verb.idx + len(verb.text), speaker_span(subj, sent_lo, verb.i), lemma=lex.clause_lemma(verb))
    # an end before the agent is the rules' to keep: the boundary model would run on into the source
    return IndirectCandidate(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), cue, object_only=True,
                             final=agent is not None or medium is not None)


def _medium_in(doc, lex: QuoteLexicon, start: int, end: int) -> int | None:
    """The first circumstance preposition in ``[start, end)`` whose noun is a medium with an indefinite
    article ("in a statement", "in a tweet", "in an open letter"): what the cue spoke through, whatever
    word the parser hangs it on; None without one ("the lies in his statement" stays). Occasions
    ("in a speech", "during an interview") are not: PolNeAR keeps them as often ("present [her proposals
    in a speech Friday]")."""
    for k in range(start, end):
        prep = doc[k]
        if prep.lower_ not in lex.circumstance_prepositions or prep.pos_ != "ADP":
            continue
        for noun in prep.children:
            if noun.i > k and noun.lower_ in lex.media and any(
                    d.dep_ == "det" and "Ind" in d.morph.get("Definite", []) for d in noun.children):
                return k
    return None


def _before_circumstances(right: list[Token], lex: QuoteLexicon) -> list[Token]:
    """The complements of a cue after its object, up to the first circumstance ("praised [the budget]
    in a radio interview on Tuesday": where, when or how the cue spoke is no part of what it attributes)."""
    for k, child in enumerate(right[1:], start=1):
        if child.dep_ == "npadvmod" or (child.dep_ in ("prep", "obl")
                                        and child.lower_ in lex.circumstance_prepositions):
            return right[:k]
    return right


_MAX_LINE_SOURCE = 6  # tokens of the name opening a "Name: words" line


def _source_colon_line(view: DocView, lex: QuoteLexicon, lo: int, hi: int) -> IndirectCandidate | None:
    """A headline-style line "Graham: Trump's rhetoric destroys the party" / "Macron : l'Europe doit
    ..." / "Poll: ...": a short name (a proper noun, or a capitalised common noun the tagger took for
    one: "Survey"), a colon, then that source's words up to the end of the line."""
    doc = view.doc
    first = lo
    while first < hi and doc[first].is_space:
        first += 1
    colon = next((k for k in range(first, min(hi, first + _MAX_LINE_SOURCE + 1)) if doc[k].text == ":"), None)
    if colon is None or colon == first:
        return None
    name = doc[first:colon]
    if not any(t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.text[:1].isupper()) for t in name) or any(
        t.pos_ not in ("PROPN", "NOUN", "DET", "ADJ", "PUNCT", "PART", "ADP") or t.text in QUOTE_CHARS for t in name
    ):
        return None
    start = colon + 1
    while start < hi and doc[start].is_space:
        start += 1
    end = _trim_back(doc, start, hi)
    while end > start and doc[end - 1].text in SENTENCE_END:
        end -= 1
    if end - start < _MIN_TOKENS + 1 or doc[start].text in QUOTE_CHARS:
        return None  # a quotation after the colon is the quotation finder's
    head = next((t for t in name if not (first <= t.head.i < colon)), name[-1])
    if head.lemma_.lower() in lex.note_labels or head.lower_ in lex.note_labels:
        return None  # "Editor's note: ...", "CORRECTION: ...": the paper's own note, no one's words
    speaker = SpeakerSpan(name[0].idx, name[-1].idx + len(name[-1].text), head)
    cue = Cue(doc[colon].idx, doc[colon].idx + 1, speaker)
    return IndirectCandidate(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), cue)


def _according_after(
    view: DocView, lex: QuoteLexicon, lo: int, hi: int, inside_direct: list[tuple[int, int]],
) -> list[IndirectCandidate]:
    """ "<statement>, according to X." / "<statement>, selon X.": the source closes the sentence. With
    ``source_after_report_is_medium``, not a statement that narrates speech itself (a cue or a talk verb
    outside quotation marks: « X a déclaré A, selon un communiqué », « ils ont discuté de A, selon l'OTAN »):
    the source tells where that speech was heard or read, it is no second speaker."""
    doc = view.doc
    out: list[IndirectCandidate] = []
    words = doc_words(doc)
    for i in range(lo + 1, hi):
        comma = i - 2 if _closing_comma(words, i - 1, lo) else i - 1  # "..., according to" or ",” according to"
        if words[comma] != ",":
            continue
        found = _closing_source(view, lex, i, hi)
        if found is None:
            continue
        speaker, past = found
        first = view.sentence_start(i, lo)
        while first < i and doc[first].is_space:
            first += 1
        if comma < i - 1 and not _runs_into_quotation(doc, first, comma):
            continue  # "“A,” according to X": the quotation finder has it
        end = _trim_back(doc, first, i - 1)
        if end - first < _MIN_TOKENS + 1:
            continue
        if lex.source_after_report_is_medium and _narrates_speech(doc, lex, first, end, inside_direct):
            continue
        last = doc[past - 1]
        cue = Cue(doc[i].idx, last.idx + len(last.text), speaker)
        out.append(IndirectCandidate(doc[first].idx, doc[end - 1].idx + len(doc[end - 1].text), cue))
    return out


def _closing_source(view: DocView, lex: QuoteLexicon, i: int, hi: int) -> tuple[SpeakerSpan, int] | None:
    """The source named by an "according to"/"selon" phrase at token ``i`` that closes its sentence (with
    nothing after it but a comma or the source's own phrase), and the index past "according to"; else None."""
    found = _according_source(view, lex, i, hi)
    if found is None:
        return None
    doc, (speaker, past) = view.doc, found
    stop = view.sentence_end(i, hi)
    after = view.token_from(speaker.end)
    if after < stop and doc[after].text != "," and not _source_goes_on(doc, speaker.head, after, stop):
        return None
    return speaker, past


def _narrates_speech(doc, lex: QuoteLexicon, first: int, end: int, inside_direct: list[tuple[int, int]]) -> bool:
    """Tokens ``first``..``end`` hold, outside quotation marks, a verb that reports speech or narrates a talk."""
    for tok in doc[first:end]:
        if _covered(tok.idx, inside_direct):
            continue
        if tok.pos_ == "VERB" and tok.lemma_.lower() in lex.talk_verbs:
            return True
        if tok.pos_ != "AUX" and lex.clause_lemma(tok) is not None:
            return True
    return False


def _source_goes_on(doc, head: Token, after: int, stop: int) -> bool:
    """What follows the source's phrase up to the sentence end is that source's own (a participle or a
    phrase on it: "according to a survey [released on Monday]", "figures [compiled by the county]")."""
    last = _trim_back(doc, after, stop)
    while last > after and doc[last - 1].is_punct:
        last -= 1
    return head.right_edge.i + 1 >= last and all(t.pos_ not in ("AUX",) for t in doc[after:last])


def _covered(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _reported_clause(view: DocView, lex: QuoteLexicon, verb: Token, lo: int, hi: int) -> IndirectCandidate | None:
    doc = view.doc
    start_tok = _after_complementizer(view, lex, verb, hi)
    parsed = _ccomp_start(verb, hi, lex)
    if lex.clause_from_parse and parsed is not None:
        start_tok = parsed if start_tok is None or parsed <= start_tok else start_tok
    elif start_tok is None:
        start_tok = parsed
    if start_tok is None or start_tok >= hi:
        return None
    if (doc[start_tok].lower_ in _QUESTION and doc[start_tok - 1].lower_ not in lex.complementizers
            and lex.clause_lemma(verb) not in lex.question_verbs and not _opens_adverbial(doc[start_tok], verb)):
        return None  # "said whether ...", not "asked whether ...", "said (that) if A, B"
    end_tok = _clause_end(view, lex, start_tok, hi)
    end_tok = _before_cue_dependents(verb, start_tok, end_tok, lex)
    governor = _governor_after(verb)
    if (governor is not None or verb.dep_ in _RELATIVE) and start_tok < verb.right_edge.i + 1 < end_tok:
        # "After saying that A, X left", "Voters who said A were divided": the clause of the cue ends
        # before the main clause it hangs on
        end_tok = _trim_back(doc, start_tok, verb.right_edge.i + 1)
    second = _before_second_report(doc, lex, verb, start_tok, end_tok)
    cut_main = second < end_tok  # a cut the boundary model does not redraw
    end_tok = second
    if governor is None and verb.dep_ not in _RELATIVE and _subordinate(verb, lex):
        # "While X claimed that A, experts affirm B" parsed as one clause: A ends before the main one
        # (a cut the boundary model does not redraw)
        main = _before_main_clause(doc, start_tok, end_tok)
        cut_main, end_tok = cut_main or main < end_tok, main
    if end_tok - start_tok < _MIN_TOKENS:
        return None
    if lex.content_has_complementizer and doc[start_tok - 1].lower_ in lex.complementizers:
        start_tok -= 1  # "said [that the budget will shrink]", as PolNeAR draws the content
    first, last = doc[start_tok], doc[end_tok - 1]
    sent_lo = view.sentence_start(verb.i, lo)
    host = _reporting_ancestor(verb, lex) if verb.dep_ == "conj" and not any(
        c.dep_ in SUBJECT_DEPS for c in verb.children) else None
    # "X said A and said that B", the second cue hung on A's verb: X says B too (not A's subject)
    subj = subject_of(host if host is not None else verb, view, sent_lo, start_tok, lex)
    # a subject before its verb ends there (« X, juge que »: the parse hangs the verb on the name)
    span = speaker_span(subj, sent_lo, verb.i if subj.i < verb.i else start_tok) if subj is not None else None
    if subj is None and governor is not None:
        # "After saying that A, X left": the subject of the clause the cue's phrase hangs on
        stop = view.sentence_end(governor.i, hi)
        subj = subject_of(governor, view, end_tok, stop, lex)
        span = speaker_span(subj, end_tok, stop) if subj is not None else None
    if subj is None and "Inf" in verb.morph.get("VerbForm", []):
        return None  # "pour soutenir X ainsi que": an infinitive with no speaker is no report
    if span is None:
        span = phrase_before(verb, sent_lo, lex)
    cue = Cue(verb.idx, verb.idx + len(verb.text), span, lemma=lex.clause_lemma(verb))
    return IndirectCandidate(first.idx, last.idx + len(last.text), cue, final=cut_main)


def _opens_adverbial(tok: Token, verb: Token) -> bool:
    """``tok`` ("if", "when") opens an adverbial clause of the verb's reported clause ("said [if A, B]"):
    a condition or a time of the report, not a question."""
    head = tok.head
    return head.dep_ == "advcl" and head.head.dep_ == "ccomp" and head.head.head.i == verb.i \
        and tok.dep_ in ("mark", "advmod")


_RELATIVE = frozenset({"relcl", "acl:relcl"})  # a relative clause (English, UD)
_CUE_CIRCUMSTANCES = frozenset({"advcl", "prep", "npadvmod", "agent"})  # after the clause: the report's


def _before_cue_dependents(verb: Token, start: int, end: int, lex: QuoteLexicon) -> int:
    """The clause ends before what hangs on its cue after it ("said that A before leaving", "says A and
    says B", "said A on Twitter"): those are the report's circumstances, not what is reported."""
    doc = verb.doc
    for k in range(start + 1, end):
        tok = doc[k]
        if tok.head.i != verb.i or tok.left_edge.i <= start:
            continue
        second_report = tok.dep_ == "conj" and lex.speech_lemma(tok) is not None
        if tok.dep_ in _CUE_CIRCUMSTANCES or second_report:
            cut = tok.left_edge.i
            if second_report:
                cut = min([c.i for c in verb.children if c.dep_ == "cc" and start < c.i < tok.i] + [cut])
            return max(start + 1, _trim_back(doc, start, cut))
    return end


_SECOND_REPORT_GAP = frozenset({"AUX", "PART", "ADV"})  # "and [did not / also] said": between subject and verb
_MAX_SECOND_SUBJECT = 12  # tokens of the second report's subject ("more than four in ten voters")


def _before_second_report(doc, lex: QuoteLexicon, cue: Token, start: int, end: int) -> int:
    """The end of a reported clause before a coordinated second report (``report_coordinators``): "said A,
    and most voters said B", "said A but did not say B", "said A and said that B". The second clause is
    an attribution of its own (its cue is the speech verb heading the conjunct, its subject the
    conjunct's own or, with none, the first cue's), not part of the first one's content; else ``end``."""
    if not lex.report_coordinators:
        return end
    for k in range(start + 1, end - 1):
        word = doc[k]
        if word.lower_ not in lex.report_coordinators or word.pos_ not in ("CCONJ", "SCONJ"):
            continue
        if _heads_second_report(doc, lex, cue, k, end):
            return max(start + 1, _trim_back(doc, start, k))
    return end


def _heads_second_report(doc, lex: QuoteLexicon, cue: Token, k: int, end: int) -> bool:
    """The words after the coordinator at ``k`` are a report: [its subject] [auxiliaries] speech verb, the
    verb heading the conjunct (it hangs on a word before the coordinator). Without a subject of its own,
    the verb must be the first cue's again or govern a clause ("and said that", "but argued it")."""
    m = k + 1
    while m < end and doc[m].is_space:
        m += 1
    for v in range(m, min(end, m + _MAX_SECOND_SUBJECT + 3)):
        verb = doc[v]
        if lex.speech_lemma(verb) is None or verb.pos_ not in ("VERB", "AUX"):
            continue
        if not verb.head.i < k and verb.head.i != verb.i:
            return False  # inside the conjunct (a relative clause of its subject): no report heads it
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < v]
        if subjects:
            first = subjects[0].left_edge.i
            rest = doc[subjects[0].right_edge.i + 1:v]
            return first == m and all(t.pos_ in _SECOND_REPORT_GAP for t in rest)
        if not all(t.pos_ in _SECOND_REPORT_GAP for t in doc[m:v]):
            return False
        return lex.speech_lemma(verb) == lex.speech_lemma(cue) or any(c.dep_ == "ccomp" for c in verb.children)
    return False


def _reporting_ancestor(verb: Token, lex: QuoteLexicon) -> Token | None:
    """The speech verb whose reported clause holds the conjunct ``verb`` (the parser hangs "and said that
    B" of "X said A and said that B" on A's verb), or None."""
    tok = verb
    for _ in range(4):
        if tok.dep_ == "ccomp" and lex.speech_lemma(tok.head) is not None:
            return tok.head
        if tok.head.i == tok.i or tok.dep_ not in ("conj", "ccomp"):
            return None
        tok = tok.head
    return None


def _governor_after(verb: Token) -> Token | None:
    """The word after the cue's whole phrase that the phrase hangs on, through prepositions and
    conjunctions ("After saying that A, X left" -> left), or None (a main verb, or one governed from
    before)."""
    tok = verb
    while tok.head.i != tok.i and tok.dep_ in ("advcl", "pcomp", "prep", "pobj", "xcomp"):
        tok = tok.head
        if tok.i > verb.right_edge.i:
            return tok
    return None


def _subordinate(verb: Token, lex: QuoteLexicon) -> bool:
    """The cue opens with a subordinating conjunction ("While X claimed", "Because X warned"; not the
    complementizer of a clause it is itself reported in)."""
    return any(c.dep_ == "mark" and c.i < verb.i and c.lower_ not in lex.complementizers for c in verb.children)


_SUBJECT_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"})


def _before_main_clause(doc, start: int, end: int) -> int:
    """The end of a reported clause inside a subordinate one, before the first comma followed by a
    subject and its verb (the main clause the parser hung inside the report), else ``end``."""
    for k in range(start + 1, end - 1):
        if doc[k].text != ",":
            continue
        m = k + 1
        while m < end and doc[m].pos_ in _SUBJECT_PHRASE_POS:
            tok = doc[m]
            if tok.dep_ in SUBJECT_DEPS and tok.head.i > tok.i \
                    and all(t.pos_ in _SUBJECT_PHRASE_POS for t in doc[k + 1:tok.head.i] if not t.is_space):
                return _trim_back(doc, start, k)
            m += 1
    return end


def _relative_report(view: DocView, lex: QuoteLexicon, verb: Token, lo: int) -> IndirectCandidate | None:
    """A report inside a relative clause ("the rules, which officials said will take effect"): the
    reported clause's subject is the relative pronoun before the cue, and the content is the relative
    clause from that pronoun, in two pieces around the reporting words (as PolNeAR draws it)."""
    doc = view.doc
    for child in verb.children:
        if child.dep_ != "ccomp" or child.i <= verb.i:
            continue
        first = doc[child.left_edge.i]
        if first.i >= verb.i or not is_relative_pronoun(first):
            return None
        if first.head.i != child.i or (lex.is_negated(verb) and not lex.negated_reports):
            return None
        end = _trim_back(doc, first.i, child.right_edge.i + 1)
        rest = min(t.i for t in child.subtree if t.i > verb.i)
        if end <= rest:
            return None
        subj = subject_of(verb, view, first.i + 1, verb.i, lex)
        span = speaker_span(subj, first.i + 1, verb.i) if subj is not None else None
        cue = Cue(verb.idx, verb.idx + len(verb.text), span, lemma=lex.clause_lemma(verb))
        last = doc[end - 1]
        # two pieces around the reporting words: "which || will take effect in May"
        fragments = ((first.idx, first.idx + len(first.text)), (doc[rest].idx, last.idx + len(last.text)))
        return IndirectCandidate(first.idx, fragments[1][1], cue, fragments)
    return None


def _after_complementizer(view: DocView, lex: QuoteLexicon, verb: Token, hi: int) -> int | None:
    """Token index just after the "que"/"that" that opens the verb's reported clause."""
    doc = view.doc
    for j in range(verb.i + 1, min(hi, verb.i + _MAX_GAP)):
        tok = doc[j]
        if tok.lower_ in lex.complementizers and (not lex.complementizer_is_sconj or tok.pos_ == "SCONJ"):
            if j > verb.i + 1 and doc[j - 1].lower_ in lex.locution_heads:
                return None  # "ainsi que", "alors que", "so that": not a reported clause
            return j + 1
        if tok.text in SENTENCE_END or tok.text in QUOTE_CHARS or tok.text in (":", ";"):
            return None
        if tok.pos_ not in _PASSABLE and not (tok.pos_ == "VERB" and tok.dep_ in ("acl", "amod")):
            return None
        if lex.speech_lemma(tok) is not None:
            return None
    return None


def _ccomp_start(verb: Token, hi: int, lex: QuoteLexicon) -> int | None:
    for child in verb.children:
        if child.dep_ == "ccomp" and verb.i < child.i < hi:
            j = child.left_edge.i
            if j <= verb.i:
                return None
            doc = verb.doc
            if lex.bare_clause_needs_complementizer and doc[j].lower_ not in lex.complementizers:
                return None  # the language reports speech with "que": a bare ccomp is the parser's guess
            while j < child.i and (doc[j].lower_ in lex.complementizers or doc[j].is_punct):
                j += 1
            subjects = [c for c in child.children if c.dep_.startswith("nsubj")]
            if j == child.left_edge.i and not subjects:
                j = _stray_subject_start(doc, j, verb.i)
            elif j == child.left_edge.i and subjects and subjects[0].left_edge.i > j:
                # "said on Thursday it has ...": a time phrase before the subject goes with "said"
                lead = doc[j:subjects[0].left_edge.i]
                if any(t.ent_type_ in ("DATE", "TIME") for t in lead) and all(
                    t.ent_type_ in ("DATE", "TIME") or t.pos_ in ("ADP", "DET", "PUNCT") for t in lead
                ):
                    j = subjects[0].left_edge.i
            return j
    return None


def _stray_subject_start(doc, j: int, floor: int) -> int:
    """ "said on Tuesday Germany would": the clause's subject was parsed into the previous phrase.

    Take back the entity (or noun) right before the clause when the clause has no subject.
    """
    k = j - 1
    if k <= floor:
        return j
    tok = doc[k]
    if tok.ent_type_ and tok.pos_ in ("PROPN", "NOUN"):
        while k - 1 > floor and doc[k - 1].ent_iob_ == "I" and doc[k].ent_iob_ == "I":
            k -= 1
        return k
    if tok.pos_ in ("NOUN", "PROPN", "PRON"):
        while k - 1 > floor and doc[k - 1].pos_ in ("DET", "ADJ", "NOUN", "NUM"):
            k -= 1
        return k
    return j


def _clause_end(view: DocView, lex: QuoteLexicon, start: int, hi: int, speaker_is_subject: bool = True) -> int:
    """Exclusive end of the reported clause: the sentence end, or before what follows it in the same
    sentence: an incise (", a-t-il ajouté"), another report (", avant d'ajouter que", ", adding that")
    or a second predicate of the speaker (", et a annoncé ..."; none when the speaker is no subject of
    the sentence: "Selon X, A, mais B" reports all of it)."""
    doc = view.doc
    stop = view.sentence_end(start, hi)
    for k in range(start, stop):
        if doc[k].text != "," or k + 1 >= stop:
            continue
        nxt = doc[k + 1]
        if speaker_is_subject and nxt.pos_ == "CCONJ" and k + 2 < stop and doc[k + 2].pos_ in ("AUX", "VERB"):
            return _trim_back(doc, start, k)
        if nxt.lower_ in _COMMENT_RELATIVE:
            return _trim_back(doc, start, k)  # ", ce que l'armée n'a pas confirmé", ", which ..."
        if lex.source_after_report_is_medium and _closing_source(view, lex, k + 1, hi) is not None:
            return _trim_back(doc, start, k)  # « ..., selon un communiqué. »: where the report was read
        for m in range(k + 1, min(stop, k + 5)):
            if lex.speech_lemma(doc[m]) is not None:
                return _trim_back(doc, start, k)
            if doc[m].pos_ not in ("AUX", "PRON", "ADV", "ADP", "SCONJ", "PART", "SPACE"):
                break
    return _trim_back(doc, start, stop)


def _trim_back(doc, start: int, end: int) -> int:
    while end > start and (doc[end - 1].is_space or doc[end - 1].text in (",", ":", "-", "—")):
        end -= 1
    return end


def _according_sentence(view: DocView, lex: QuoteLexicon, i: int, lo: int, hi: int) -> IndirectCandidate | None:
    """ "Selon X, <statement>." at the start of a sentence."""
    found = _according_source(view, lex, i, hi)
    if found is None:
        return None
    doc, (speaker, past) = view.doc, found
    comma = view.token_from(speaker.end)
    while comma < hi and comma < past + 20 and doc[comma].text not in (",", ".", ";", ":"):
        comma += 1
    if comma >= hi or doc[comma].text != ",":
        return None
    start = comma + 1
    while start < hi and doc[start].is_space:
        start += 1
    end = _clause_end(view, lex, start, hi, speaker_is_subject=False)
    if end - start < _MIN_TOKENS + 1:
        return None
    last = doc[past - 1]
    cue = Cue(doc[i].idx, last.idx + len(last.text), speaker)
    return IndirectCandidate(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), cue)


def _according_source(view: DocView, lex: QuoteLexicon, i: int, hi: int) -> tuple[SpeakerSpan, int] | None:
    """The source an "according to"/"selon" phrase at token ``i`` names and the index past its words, or None
    (no such phrase, or « selon » meaning "in keeping with")."""
    past = according_at(view.doc, i, hi, lex)
    if past is None:
        return None
    speaker = phrase_after(view, past, hi)
    if speaker is None or _no_source(speaker, lex):
        return None
    return speaker, past


def _no_source(speaker: SpeakerSpan, lex: QuoteLexicon) -> bool:
    """ "selon le calendrier prévu", "according to plan": "selon" means "in keeping with", not a source."""
    return speaker.head.lemma_.lower() in lex.according_non_sources or speaker.head.lower_ in lex.according_non_sources


def _according_relative(view: DocView, lex: QuoteLexicon, pron: Token, hi: int) -> IndirectCandidate | None:
    """ « un rapport selon lequel la pauvreté a reculé »: the relative clause is what the antecedent
    says. The parse must hang the clause on the antecedent, its verb being the first after the pronoun."""
    doc = view.doc
    i = pron.i
    if i < 2 or according_at(doc, i - 1, i, lex) != i:
        return None
    verb = pron.head
    if verb.dep_ not in _RELATIVE or not verb.head.i < i - 1 or verb.head.pos_ not in NOMINAL:
        return None
    first_verb = next((t for t in doc[i + 1:verb.i + 1] if t.pos_ == "VERB"), None)
    if first_verb is None or first_verb.i != verb.i:
        return None  # « des rumeurs selon lesquelles X démissionnerait circulent »: the parse went astray
    start = i + 1
    end = _trim_back(doc, start, min(verb.right_edge.i + 1, hi))
    if end - start < _MIN_TOKENS:
        return None
    antecedent = verb.head
    speaker = speaker_span(antecedent, antecedent.left_edge.i, i - 1)
    if _no_source(speaker, lex):
        return None
    cue = Cue(doc[i - 1].idx, pron.idx + len(pron.text), speaker)
    return IndirectCandidate(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), cue)
