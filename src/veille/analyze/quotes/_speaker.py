"""Who is speaking: the subject of a speech verb, or the object of "selon"/"according to",
resolved to an actor of the document's ActorTable."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from veille.analyze.actors.table import ActorTable
from veille.analyze.sentences import MAX_DATELINE, dateline_end
from veille.contract.models import Actor, Speaker

from ._lexicon import QuoteLexicon
from ._view import QUOTE_CHARS, SENTENCE_END, DocView

_SUBJECT_DEPS = ("nsubj", "nsubj:pass", "nsubjpass", "csubj", "expl:subj")
_RELATIVE = frozenset({"qui", "que", "lequel", "laquelle", "who", "which", "that", "whom", "dont"})
# how a gerund or infinitive cue hangs on the verb whose subject speaks ("sued ..., claiming", "a
# statement describing", "by saying", "avant d'ajouter")
_NONFINITE_DEPS = frozenset({"advcl", "xcomp", "conj", "acl", "pcomp"})
_CLITIC_T = frozenset({"-t", "t", "-t-"})
# children that are not part of a speaker's name
_CUT_DEPS = frozenset({
    "acl:relcl", "relcl", "acl", "advcl", "parataxis", "ccomp", "conj", "cc", "dep", "punct",
})
NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
_MEDIUM_WINDOW = 12  # tokens after a cue where its medium may come ("a indiqué X dans un communiqué")
_DETERMINERS = ("le ", "la ", "les ", "l'", "des ", "un ", "une ", "the ", "a ", "an ")


@dataclass(slots=True)
class SpeakerSpan:
    start: int  # character offsets
    end: int
    head: Token


def subject_of(
    verb: Token, view: DocView, lo: int, hi: int, lex: QuoteLexicon, inverted: bool = False
) -> Token | None:
    """The subject of speech verb ``verb`` inside token range ``[lo, hi)``, or None.

    ``inverted``: the verb follows a quotation, so a noun right after it is its subject
    ("», a ajouté Rutte").
    """
    clitic = _inverted_clitic(verb, lo, hi, lex)
    if clitic is not None:
        return clitic
    subj = _direct_subject(verb, lo, hi)
    if subj is not None:
        return subj
    controller = _object_controller(verb, lo, hi, lex)
    if controller is not None:
        return controller
    if _verb_taken_for_participle(verb, lo, hi):
        return verb.head
    # "X s'est entretenu avec Y et a déclaré que": the subject of the first conjunct
    if verb.dep_ == "conj" and lo <= verb.head.i < hi:
        subj = _direct_subject(verb.head, lo, hi)
        if subj is not None:
            return subj
    # "a indiqué que ..., avant d'ajouter que", "said ..., adding that": the governing verb's subject
    forms = verb.morph.get("VerbForm", [])
    if ("Inf" in forms or "Ger" in forms or verb.tag_ == "VBG") and verb.dep_ in _NONFINITE_DEPS:
        # prefer the nearest governing speech verb (the parser may hang "avant d'ajouter" lower)
        govs = [a for a in verb.ancestors if lo <= a.i < hi and a.pos_ in ("VERB", "AUX")]
        speech = [a for a in govs if lex.speech_lemma(a) is not None]
        for gov in speech[:1] + govs[:1]:
            subj = _direct_subject(gov, lo, hi)
            if subj is not None:
                return subj
        # "X issued a statement describing ...", "X sued, claiming ...", "by saying that": the
        # nearest governing verb that has a subject
        for gov in govs[1:4]:
            subj = _direct_subject(gov, lo, hi)
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
    if not inverted:
        return None
    # inverted subject right after the verb: "a ajouté Rutte", "said Foreign Minister Lavrov"
    in_pp = False
    for j in range(verb.i + 1, min(hi, verb.i + 10)):
        tok = doc[j]
        if tok.text in SENTENCE_END or tok.text in QUOTE_CHARS or tok.text == ",":
            break
        if tok.pos_ == "ADP":
            in_pp = True  # "a réagi sur X le chef ...": skip the prepositional phrase
            continue
        if in_pp:
            if tok.pos_ == "DET" and doc[j - 1].pos_ != "ADP":
                in_pp = False
            continue
        if tok.lower_ in lex.time_words or tok.ent_type_ in ("DATE", "TIME"):
            continue  # "a prévenu mercredi soir le ministre"
        if tok.pos_ in ("PROPN", "NOUN") or (tok.pos_ == "PRON" and tok.lower_ in lex.pronouns):
            return tok
        if tok.pos_ not in ("DET", "ADJ", "ADV", "AUX", "PART", "SPACE", "NUM"):
            break
    return None


def relative_subject(verb: Token, span: SpeakerSpan) -> Token | None:
    """The relative pronoun subject of ``verb`` when its speaker ``span`` is the noun the relative clause
    hangs on ("Senator X, who said ..."), else None."""
    if verb.dep_ not in ("acl:relcl", "relcl") or not span.start <= verb.head.idx < span.end:
        return None
    return next((c for c in verb.children if c.lower_ in _RELATIVE and c.dep_.startswith("nsubj")), None)


def _verb_taken_for_participle(verb: Token, lo: int, hi: int) -> bool:
    """ "X, the 2012 nominee, tweeted: ...": a clause the parser gave no main verb (the name is its root,
    or hangs on a verb inside the quotation after it), hanging the cue on the name before it as a
    participle after the comma that closes the name's apposition."""
    head = verb.head
    doc = verb.doc
    if verb.dep_ in ("appos", "conj") and verb.pos_ in ("NOUN", "PROPN") and verb.sent.root.pos_ in ("PROPN", "NOUN"):
        # « La maire de Nantes, X, juge que ... »: the verb taken for a noun in apposition to the name (or
        # conjoined with it), the sentence left without a verb
        return lo <= head.i < verb.i - 1 < hi and head.pos_ in ("PROPN", "NOUN") and doc[verb.i - 1].text == ","
    governed = head.head.i != head.i and not any(
        t.text in QUOTE_CHARS for t in doc[verb.i + 1:head.head.i])
    return verb.dep_ == "acl" and not governed and lo <= head.i < verb.i - 1 < hi \
        and head.pos_ in ("PROPN", "NOUN") and verb.doc[verb.i - 1].text == "," \
        and not any(c.dep_ in ("agent", "obl:agent") for c in verb.children)


_OBJECT_DEPS = frozenset({"dobj", "obj"})


def _object_controller(verb: Token, lo: int, hi: int, lex: QuoteLexicon) -> Token | None:
    """The object of the verb an infinitive cue of a clause complements, who is the one speaking or
    believing ("forced the banker to admit that", "led many voters to fear that", « a poussé le
    gouverneur à annoncer que »), unless that verb's own subject does ("promised voters to",
    `subject_control_verbs`). An infinitive with an object ("rules permit members to appoint proxies")
    is what the governing verb attributes, not a report of its own."""
    if verb.dep_ != "xcomp" or "Inf" not in verb.morph.get("VerbForm", []) \
            or not any(c.dep_ == "ccomp" for c in verb.children):
        return None
    gov = verb.head
    if gov.lemma_.lower() in lex.subject_control_verbs:
        return None
    return next((c for c in gov.children if c.dep_ in _OBJECT_DEPS and c.i < verb.i and lo <= c.i < hi
                 and c.pos_ in NOMINAL), None)


def _inverted_clitic(verb: Token, lo: int, hi: int, lex: QuoteLexicon) -> Token | None:
    """ "a-t-il ajouté", "ajouta-t-elle": a hyphenated subject pronoun next to the verb or its auxiliary."""
    doc = verb.doc
    for j in range(max(lo, verb.i - 3), min(hi, verb.i + 3)):
        tok = doc[j]
        if tok.text.startswith("-") and tok.lower_ in lex.pronouns:
            return tok
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
            if not (lo <= child.i < hi):
                continue
            if child.dep_ in _CUT_DEPS and not _apposition_like(child) and not _inner_hyphen(child):
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
    begin = doc[first].idx
    if doc[first].text.startswith("-") and first == last:
        begin += len(doc[first].text) - len(doc[first].text.lstrip("-t"))  # "-il" -> "il"
    return SpeakerSpan(begin, doc[last].idx + len(doc[last].text), head)


def dateline_dash(doc, lo: int) -> int | None:
    """The dash closing a dateline that opens the sentence at ``lo`` ("WASHINGTON --", "PARIS (AFP) —",
    "LOS ANGELES, Sept. 28 —"): the sentences' rule (``veille.analyze.sentences.dateline_end``)."""
    k = lo
    while k < len(doc) and doc[k].is_space:
        k += 1
    end = dateline_end([t.text for t in doc[k:k + MAX_DATELINE + 1]], 0)
    return None if end is None else k + end


def _past_dateline(head: Token, lo: int, hi: int) -> SpeakerSpan | None:
    """A speaker the parser found in the dateline: the noun phrase after the dash instead."""
    dash = dateline_dash(head.doc, lo)
    if dash is None or head.i > dash:
        return None
    return _phrase_from(head.doc, dash + 1, hi)


def speaker_span(subj: Token, lo: int, hi: int) -> SpeakerSpan:
    """The subject's phrase, joined with a second subject the parser split off after a comma
    ("Le président du Sénat, Gérard Larcher, a souligné" with two nsubj); a dateline taken for the
    subject ("WASHINGTON -- President Obama, ..., said") gives way to the phrase after its dash."""
    past = _past_dateline(subj, lo, hi)
    if past is not None:
        return past
    span = noun_phrase(subj, lo, hi)
    doc = subj.doc
    nxt = doc[_token_index_after(doc, subj.i, span.end)]
    if nxt.text == "," and nxt.i + 1 < hi:
        other = doc[nxt.i + 1]
        for sib in subj.head.children:
            if sib.i > nxt.i and sib.dep_ in _SUBJECT_DEPS and sib.i >= other.i and sib.pos_ == "PROPN":
                extra = noun_phrase(sib, lo, hi)
                if extra.start == other.idx:
                    return SpeakerSpan(span.start, extra.end, subj)
                break
    return span


def _token_index_after(doc, i: int, char: int) -> int:
    for k in range(i, len(doc)):
        if doc[k].idx >= char:
            return k
    return len(doc) - 1


def phrase_before(verb: Token, lo: int, lex: QuoteLexicon) -> SpeakerSpan | None:
    """When the parse gives the verb no subject: the noun phrase right before it (and its
    auxiliaries), back to a comma or the sentence start ("L'Organisation mondiale de la santé
    avertit que", "Le Premier ministre indien Narendra Modi a lancé :")."""
    doc = verb.doc
    k = verb.i - 1
    while k >= lo and (doc[k].pos_ in ("AUX", "ADV") or doc[k].lower_ in ("ne", "n'", "se", "s'")):
        k -= 1
    if k < lo or doc[k].pos_ not in ("NOUN", "PROPN") or doc[k].lower_ in lex.time_words:
        # "PORTSMOUTH -- Mayor X, opening the terminal, said": the phrase after a dateline
        dash = dateline_dash(doc, lo)
        return _phrase_from(doc, dash + 1, verb.i) if dash is not None and dash < verb.i else None
    head = doc[k]
    first = k
    while first - 1 >= lo and doc[first - 1].pos_ in ("NOUN", "PROPN", "ADJ", "DET", "ADP", "NUM") \
            and doc[first - 1].text != ",":
        first -= 1
    while first < k and doc[first].pos_ in ("ADP",):
        first += 1
    return SpeakerSpan(doc[first].idx, head.idx + len(head.text), head)


def _apposition_like(child: Token) -> bool:
    """A name after a comma the parser took for a conjunct: "La présidente de X, Ursula von der Leyen"."""
    return (
        child.dep_ == "conj"
        and child.pos_ == "PROPN"
        and child.i > 0
        and child.doc[child.i - 1].text == ","
        and not any(c.dep_ == "cc" for c in child.children)
    )


def _inner_hyphen(tok: Token) -> bool:
    """A hyphen inside a compound word ("the 43-year-old"), part of the name around it."""
    doc = tok.doc
    return tok.text == "-" and 0 < tok.i < len(doc) - 1 and not doc[tok.i - 1].whitespace_ \
        and not tok.whitespace_


def _appos_follows(doc, comma: int, keep: set[int]) -> bool:
    return comma + 1 in keep


def phrase_after(view: DocView, i: int, hi: int) -> SpeakerSpan | None:
    """The noun phrase starting at token ``i`` ("selon [le ministre russe], ..."), up to a comma,
    without a participle or relative clause that follows the noun ("des sources [citées par X]")."""
    return _phrase_from(view.doc, i, hi)


def _phrase_from(doc, i: int, hi: int) -> SpeakerSpan | None:
    j = i
    head: Token | None = None
    while j < hi and j < i + 14:
        tok = doc[j]
        if tok.text in SENTENCE_END or tok.text in QUOTE_CHARS or tok.text in (",", ":", "\n") or tok.is_space:
            break
        if head is not None and (tok.pos_ in ("VERB", "AUX") or tok.lower_ in _RELATIVE):
            break
        if head is None and tok.pos_ in NOMINAL:
            head = tok
        j += 1
    if head is None or j == i:
        return None
    # the syntactic head of the phrase: the token whose head lies outside it
    for k in range(i, j):
        tok = doc[k]
        if tok.pos_ in NOMINAL and not (i <= tok.head.i < j):
            head = tok
            break
    last = doc[j - 1]
    return SpeakerSpan(doc[i].idx, last.idx + len(last.text), head)


def behind_medium(span: SpeakerSpan, lex: QuoteLexicon) -> SpeakerSpan | None:
    """The source of a medium taken for a speaker ("a statement [from the ministry]", "le communiqué
    [du parti]"), or None when the phrase names none: a statement does not speak."""
    head = span.head
    for child in head.children:
        if child.pos_ in ("NOUN", "PROPN") and span.start <= child.idx < span.end and any(
            c.dep_ == "case" or c.pos_ == "ADP" for c in child.children
        ):
            return noun_phrase(child, child.left_edge.i, child.right_edge.i + 1)
        if child.pos_ == "ADP" and child.lower_ in lex.medium_sources:
            for obj in child.children:
                if obj.pos_ in ("NOUN", "PROPN") and span.start <= obj.idx < span.end:
                    return noun_phrase(obj, obj.left_edge.i, obj.right_edge.i + 1)
    return None


_PASSIVE_SUBJECTS = frozenset({"nsubjpass", "nsubj:pass"})
_PASSIVE_AUX = frozenset({"auxpass", "aux:pass"})


def passive_subject(verb: Token, span: SpeakerSpan, lex: QuoteLexicon) -> bool:
    """``span`` is the subject of ``verb`` in the passive ("the mayor was accused of", "the levy is
    expected to"): what is reported, not its source, unless the verb's object is who believes
    ("farmers are convinced that")."""
    head = span.head
    if head.i > verb.i or verb.lemma_.lower() in lex.experiencer_verbs:
        return False
    # a passive auxiliary ("was", "est"): the parser may call the subject of "a répondu" passive
    if not is_passive(verb, lex):
        return False
    return head.dep_ in _PASSIVE_SUBJECTS or head.dep_ not in _SUBJECT_DEPS


def is_passive(verb: Token, lex: QuoteLexicon) -> bool:
    """``verb`` has a passive auxiliary, but not a clitic of "has" before a verb with a direct object ("he's
    predicted big wins": the parser may take it for a passive "is"; ``has_clitics`` in speech.yaml)."""
    aux = [c for c in verb.children if c.dep_ in _PASSIVE_AUX]
    if not aux:
        return False
    return not (all(a.lower_ in lex.has_clitics for a in aux)
                and any(c.dep_ in ("dobj", "obj") for c in verb.children))


def agent_of(verb: Token) -> SpeakerSpan | None:
    """The agent of a passive verb ("accused [by the auditors]", "critiqué [par l'opposition]")."""
    for child in verb.children:
        if child.dep_ == "obl:agent":
            return noun_phrase(child, child.left_edge.i, child.right_edge.i + 1)
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.pos_ in NOMINAL:
                    return noun_phrase(obj, obj.left_edge.i, obj.right_edge.i + 1)
    return None


def medium_after(verb: Token, lex: QuoteLexicon, hi: int) -> bool:
    """ "said in a statement", "a indiqué dans un communiqué", « Dans un communiqué, X a précisé »: the cue
    reports written words."""
    doc = verb.doc
    for child in verb.children:  # a medium the verb governs, wherever it stands
        if child.lower_ in lex.media and any(g.dep_ == "case" for g in child.children):
            return True
        if child.pos_ == "ADP" and any(g.lower_ in lex.media for g in child.children):
            return True
    for j in range(verb.i + 1, min(hi, verb.i + _MEDIUM_WINDOW)):
        tok = doc[j]
        if tok.lower_ in lex.media:
            return True
        if tok.pos_ not in ("ADP", "DET", "ADJ", "ADV", "PRON", "PROPN", "NOUN", "NUM") or tok.text in SENTENCE_END:
            return False
    return False


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
            actor = last_person_before(table, head.idx, text, lex, pronoun_gender(head, lex))
        if actor is not None:
            return Speaker(name=actor.name, actor_id=actor.id, text=surface)
    if is_pronoun:
        # "they said", "it said", "some believe", "those close to him say", « certains estiment »: the
        # source as written, unresolved (no actor), rather than an attribution without a source; a
        # person's pronoun ("he", "-il") that found no person is left without a speaker, and so is a
        # relative or interrogative pronoun the parse left without its noun
        if head.lower_.lstrip("-") in _singular(lex) or not _is_source_pronoun(head):
            return None
        return Speaker(name=surface, actor_id=None, text=surface)
    return Speaker(name=_plain_name(span, text), actor_id=None, text=surface)


_NOT_SOURCE_PRONOUNS = frozenset({"Rel", "Int"})


def is_relative_pronoun(tok: Token) -> bool:
    """A relative pronoun or determiner ("which", "who", "that" opening a relative clause, « qui »)."""
    return "Rel" in tok.morph.get("PronType", []) or tok.tag_ in ("WDT", "WP")


def _is_source_pronoun(head: Token) -> bool:
    """A pronoun that can stand for a source as written: personal ("they"), indefinite ("some",
    "someone", « certains »), demonstrative ("those") or of quantity ("all", "both"); not a relative
    or interrogative pronoun ("who", "what") nor a clitic "-t"."""
    kinds = set(head.morph.get("PronType", []))
    return head.pos_ == "PRON" and not kinds & _NOT_SOURCE_PRONOUNS and head.lower_ not in _RELATIVE \
        and head.tag_ not in ("WP", "WDT") and head.lower_.lstrip("-") not in _CLITIC_T


def _plain_name(span: SpeakerSpan, text: str) -> str:
    """A name for a speaker no actor stands for: the proper name around the head ("Vivians, an
    All-American" -> "Vivians"), else the phrase up to a comma, without its determiner."""
    head = span.head
    if head.pos_ == "PROPN":
        doc = head.doc
        first = last = head.i
        while first - 1 >= 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].idx >= span.start:
            first -= 1
        while last + 1 < len(doc) and doc[last + 1].pos_ == "PROPN" and doc[last + 1].idx < span.end:
            last += 1
        return text[doc[first].idx:doc[last].idx + len(doc[last].text)]
    # "le quotidien Haaretz", "the newspaper Haaretz": the name in apposition to a common noun
    for child in head.children:
        if child.pos_ == "PROPN" and child.dep_ in ("appos", "flat", "flat:name", "nmod", "compound") \
                and span.start <= child.idx < span.end and child.i > head.i \
                and not any(c.dep_ == "case" for c in child.children):
            return _plain_name(SpeakerSpan(span.start, span.end, child), text)
    surface = text[span.start:span.end].split(",")[0].strip()
    return _strip_determiner(surface)


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


def last_person_before(
    table: ActorTable, pos: int, text: str, lex: QuoteLexicon, gender: str | None = None
) -> Actor | None:
    """The person mentioned last before ``pos`` whose mentions do not show another gender."""
    candidates: list[tuple[int, Actor]] = []
    for actor in table.actors:
        if actor.kind != "person":
            continue
        ends = [m.end for m in actor.mentions if m.end <= pos]
        if ends:
            candidates.append((max(ends), actor))
    for _end, actor in sorted(candidates, key=lambda c: c[0], reverse=True):
        if gender is None or _gender_of(actor, text, lex) in (None, gender):
            return actor
    return None


_WORD = re.compile(r"[\w.'-]+")


def _gender_of(actor: Actor, text: str, lex: QuoteLexicon) -> str | None:
    """ "f", "m" or None, from the words of a mention and those just before it in its sentence."""
    for m in actor.mentions:
        lo = max(0, m.start - 40)
        cut = max(text.rfind(".", lo, m.start), text.rfind("\n", lo, m.start))
        gender = gender_in(text[max(lo, cut + 1):m.end], lex)
        if gender is not None:
            return gender
    return None


def gender_in(words: str, lex: QuoteLexicon) -> str | None:
    """ "f", "m" or None: the gender the last word of ``words`` that shows one shows (``female_cues``,
    ``male_cues``)."""
    for word in reversed(_WORD.findall(words.lower())):
        if word in lex.female_cues:
            return "f"
        if word in lex.male_cues:
            return "m"
    return None


def pronoun_gender(pronoun: Token, lex: QuoteLexicon) -> str:
    """ "f" or "m": the gender of a personal pronoun ("elle", "-elles": ``female_pronouns``)."""
    low = pronoun.lower_
    return "f" if low in lex.female_pronouns or low.lstrip("-").removeprefix("t-") in lex.female_pronouns else "m"


def is_personal_pronoun(token: Token, lex: QuoteLexicon) -> bool:
    """A personal pronoun that stands for a person or a group named before (``pronouns``,
    ``plural_pronouns``)."""
    return token.pos_ == "PRON" and (token.lower_ in lex.pronouns or token.lower_ in lex.plural_pronouns)


def topic_of(pronoun: Token, lex: QuoteLexicon) -> SpeakerSpan | None:
    """The phrase a subject pronoun takes up from the head of its sentence: « Quant au chef du parti,
    il a estimé »: a nominal of the pronoun's verb opened by one of ``topic_markers`` and closed by a
    comma right before the pronoun; the phrase without its marker."""
    if not lex.topic_markers or not pronoun.dep_.startswith("nsubj"):
        return None
    doc = pronoun.doc
    for child in pronoun.head.children:
        if child.i >= pronoun.i or child.pos_ not in NOMINAL or child.right_edge.i + 2 != pronoun.i:
            continue
        if doc[child.right_edge.i + 1].text != ",":
            continue
        first = child.left_edge.i
        words = tuple(t.lower_ for t in doc[first:child.i])
        marker = next((m for m in lex.topic_markers if words[:len(m)] == m), None)
        if marker is not None and first + len(marker) <= child.i:
            return noun_phrase(child, first + len(marker), child.right_edge.i + 1)
    return None


def _strip_determiner(surface: str) -> str:
    low = surface.lower()
    for det in _DETERMINERS:
        if low.startswith(det) and len(surface) > len(det) + 1:
            return surface[len(det):]
    return surface
