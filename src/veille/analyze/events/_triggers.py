"""Trigger detection: lexicon look-ups on lemmas, a Matcher for multiword event nouns."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from spacy.attrs import LEMMA, LOWER
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from veille.analyze.events._lexicon import MONEY_OBJECT, NAMED_OBJECT, NO_EVENT, ArgumentRules, Lexicon, Sense
from veille.analyze.events._patterns import PatternIndex
from veille.analyze.events._syntax import (
    VERBAL_POS,
    counted_nouns,
    indefinite,
    is_passive,
    is_reflexive,
    is_relative_word,
    mandated_clause,
    preps_of,
    relative_antecedent,
)

_CLAUSE_DEPS = ("acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis", "conj", "relcl")
_OBJ_DEPS = frozenset({"obj", "dobj", "iobj", "dative", "nsubj:pass", "nsubjpass", "attr", "oprd"})


@dataclass(slots=True)
class Trigger:
    token: Token  # syntactic head of the trigger words
    start: int  # token range of the trigger words
    end: int
    sense: Sense
    kind: str  # verb, noun, adj


_PREPOSITION_DEPS = ("prep", "mark", "case")  # a participle so attached is a preposition ("provided")


# stands in a sense's `with` for a dependent naming a person ("a Trump rally", « le meeting de Macron »)
PERSON_WORD = "@person"


def frame(tok: Token, measures: frozenset[str] = frozenset(), persons: frozenset[str] = frozenset(),
          predicates: frozenset[str] = frozenset()) -> set[str]:
    """Words around a trigger that senses can require: its dependents' lemmas (through a noun of
    ``measures``, what it counts: « une série d'attentats ») and the markers of its complements (convenir
    *de*, mettre en *garde*, call *on*, step *down*), with the ``predicates`` prepositions the parser hung on
    the object ("described the recount of votes *as* a scam")."""
    out: set[str] = preps_of(tok)  # "on alert", "en garde"
    counter = tok.head.head if tok.dep_ == "pobj" else tok
    if counter.i != tok.i and counter.lemma_.lower() in measures:
        # "a series of raids by the police": the phrases after the counted noun that the parser hung on the noun
        # counting it are its own
        out.update(g.lemma_.lower() for p in counter.children if p.dep_ in ("prep", "agent") and p.i > tok.i
                   for g in p.children if g.dep_ == "pobj")
    for c in tok.children:
        if c.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children):
            continue  # a time ("called in sick for three days"), no complement a sense asks for
        if c.lemma_.lower() in measures:
            out |= _counted(c)
        out.add(c.lemma_.lower())
        out.add(c.lower_)
        if c.ent_type_ in persons:  # (the language's entity labels of people)
            out.add(PERSON_WORD)
        out |= preps_of(c)
        if c.dep_ in ("prep", "agent"):
            for g in c.children:
                out.add(g.lemma_.lower())
        if c.pos_ == "ADV":  # lors de / autour de: the noun below
            for g in c.children:
                out.add(g.lemma_.lower())
        if c.dep_ in ("obj", "dobj"):
            # « a reconnu le touriste coupable »: the parser hangs the secondary predicate on the object,
            # or on the name in apposition to it (« l'ancien président Charles Taylor coupable »)
            names = [a for a in c.children if a.dep_ == "appos"]
            for holder in (c, *names, *(f for a in names for f in a.children if f.dep_.startswith("flat"))):
                out.update(g.lemma_.lower() for g in holder.children if g.dep_ == "amod" and g.i > holder.i)
            out.update(g.lower_ for g in c.children if g.dep_ == "prep" and g.lower_ in predicates)
    return out


def _counted(noun: Token) -> set[str]:
    """The lemmas of what a noun of measure counts (« tonnes de cocaïne », "tons of marijuana")."""
    return {g.lemma_.lower() for g in counted_nouns(noun)}


def _predicate(tok: Token) -> bool:
    """``tok`` says something of its object: an object and a predicate complement ("called Obama a liar"), or
    an indefinite description after the object's own description, which the parser hangs on it as a second
    apposition ("called Erdogan, his Turkish counterpart, a traitor")."""
    deps = {c.dep_ for c in tok.children}
    if "oprd" in deps and bool(deps & {"dobj", "obj"}):
        return True
    return any(indefinite(second) for o in tok.children if o.dep_ in ("dobj", "obj", "oprd")
               for first in o.children if first.dep_ == "appos"
               for second in first.children if second.dep_ == "appos")


def object_lemmas(tok: Token, args: ArgumentRules) -> set[str]:
    """The lemmas of ``tok``'s objects and complements (with their compounds, but a people noun's, and modifiers;
    through a noun of the language's ``measure_nouns``, what it counts), plus ``NAMED_OBJECT`` when its direct object is
    a name and ``MONEY_OBJECT`` when it is a sum of money. A complement opened by a ``circumstantial``
    preposition sets the scene, it is none (« arrêté après des frappes »: the strikes are not what was
    stopped)."""
    measures, datives = args.measure_nouns, args.dative_preps
    out: set[str] = set()
    for c in tok.children:
        if c.dep_.startswith("obl") and preps_of(c) & args.circumstantial:
            continue
        if c.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass") and c.pos_ == "PROPN":
            out.add(NAMED_OBJECT)
        if c.dep_ in ("obj", "dobj") and c.ent_type_ == "MONEY":
            out.add(MONEY_OBJECT)
        if c.dep_ in _OBJ_DEPS or c.dep_.startswith("obl") or c.dep_ == "xcomp" and c.pos_ not in VERBAL_POS:
            out.add(c.lemma_.lower())
            if c.dep_ in ("nsubj:pass", "nsubjpass") and is_relative_word(c) and tok.head.i != tok.i:
                # "troops who were dispatched": what the relative word stands for is what undergoes the verb
                out.add(relative_antecedent(tok).lemma_.lower())
            if c.lemma_.lower() in args.time_heads:
                # « a renversé mercredi le président »: the object the parser hung on the day word
                out |= {g.lemma_.lower() for g in c.children
                        if g.dep_.startswith("nmod") and g.i > c.i and g.pos_ in ("NOUN", "PROPN") and not preps_of(g)}
            if c.lemma_.lower() in measures or c.pos_ == "NUM":
                # "the same number of diplomats", « une série d'attentats », "one of its warships"
                out |= _counted(c)
            people = c.lemma_.lower() in args.people_nouns
            for g in c.children:
                if g.dep_ in ("conj", "compound", "fixed", "flat") and not (people and g.dep_ == "compound"):
                    # (a compound before a noun naming people says what they are: "released two aid workers"
                    # releases people, not aid)
                    out.add(g.lemma_.lower())
                if g.dep_ == "amod" or g.dep_ == "compound":  # "loi martiale", "martial law"
                    out.add(f"{c.lemma_.lower()} {g.lemma_.lower()}")
                    out.add(f"{g.lemma_.lower()} {c.lemma_.lower()}")
                    if g.i + 2 == c.i and g.doc[g.i + 1].text == "-":
                        out.add(f"{g.lower_}-{c.lower_}")  # "a sit-in", "a cease-fire": the tokenizer split the word
                elif g.dep_ == "acl" and g.pos_ == "ADJ":
                    out.add(g.lemma_.lower())  # "called the arrest politically motivated": the predicate on the object
                elif c.dep_ in ("obj", "dobj") and g.dep_ == "prep" and g.lower_ in args.predicate_preps:
                    # "described the recount of votes as a scam": the parser hangs the predicate said of the
                    # object on the object, not on the verb
                    out |= {p.lemma_.lower() for p in g.children if p.dep_ == "pobj"}
                elif g.dep_.startswith("nmod") and preps_of(g):  # « état d'urgence »: "état urgence"
                    out.add(f"{c.lemma_.lower()} {g.lemma_.lower()}")
                    if c.dep_ in ("obj", "dobj") and preps_of(g) & datives:
                        # « a appelé les partis à la responsabilité »: the parser hangs the verb's second
                        # complement on its object
                        out.add(g.lemma_.lower())
            if any(g.dep_ == "nummod" for g in c.children):
                # a counted measure names what it counts: « huit tonnes de cocaïne », "tons of marijuana"
                out |= _counted(c)
        if c.dep_ == "prep":
            for g in c.children:
                if g.dep_ == "pobj" or g.dep_ in ("amod", "acomp") and g.pos_ == "ADJ":
                    # ("described the shelling as outrageous": the parser hangs the adjective on "as")
                    out.add(g.lemma_.lower())
                elif g.dep_ == "prep":  # "walked out of the Assembly": a compound preposition
                    out |= {x.lemma_.lower() for x in g.children if x.dep_ == "pobj"}
        elif c.dep_ in _OBJ_DEPS:
            # "called the raid an act of war": the noun with what it is of
            out |= {f"{c.lemma_.lower()} of {g.lemma_.lower()}" for p in c.children if p.dep_ == "prep"
                    and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"}
    return out


def has_infinitive(tok: Token, marks: frozenset[str], depth: int = 3) -> bool:
    """An infinitive below ``tok`` (not across a finite verb) introduced by one of ``marks``. A clause under a
    modal is finite whatever its head ("told the envoy he *would* be glad to visit": the infinitive is the glad
    side's, no "told X to")."""
    stack = [(c, 1) for c in tok.children]
    while stack:
        t, d = stack.pop()
        if t.pos_ in VERBAL_POS:
            if "Fin" in t.morph.get("VerbForm", []) and t.dep_ != "aux" or any(c.tag_ == "MD" for c in t.children):
                continue
            if preps_of(t) & marks:
                return True
        if d < depth:
            stack.extend((c, d + 1) for c in t.children)
    return False


def _found_under(tok: Token, marks: frozenset[str], depth: int, hit: Callable[[Token, bool], bool]) -> bool:
    """A token below ``tok`` (within ``depth``, not across a clause) for which ``hit(token, marked)`` holds, where
    ``marked`` says one of ``marks`` introduces it or a phrase above it; an infinitive is part of the complement it
    completes (« ordonné à l'ambassadeur de quitter le pays »)."""
    stack = [(c, 1, False) for c in tok.children]
    while stack:
        t, d, marked = stack.pop()
        if t.pos_ in VERBAL_POS and t.dep_.startswith(_CLAUSE_DEPS) and "Inf" not in t.morph.get("VerbForm", []):
            continue  # (a noun the tagger took for a participle, « l'opposant », is no clause)
        # (a gerund hangs on its preposition as pcomp: "charged them *with* monitoring the truce")
        marked = marked or bool(preps_of(t) & marks) or t.dep_ == "pcomp" and t.head.lower_ in marks
        if hit(t, marked):
            return True
        if d < depth:
            stack.extend((c, d + 1, marked) for c in t.children)
    return False


def has_under(tok: Token, words: frozenset[str], marks: frozenset[str], depth: int = 4) -> bool:
    """One of ``words`` below ``tok`` inside a complement introduced by one of ``marks`` (:func:`_found_under`)."""
    return _found_under(tok, marks, depth, lambda t, marked: marked and t.lemma_.lower() in words)


def name_under(tok: Token, labels: frozenset[str], marks: frozenset[str], depth: int) -> bool:
    """A name (an entity of one of ``labels``) below ``tok`` that one of ``marks`` introduces itself ("to the
    IAEA", « aux inspecteurs de l'AIEA ») (:func:`_found_under`)."""
    return _found_under(tok, marks, depth, lambda t, _marked: t.ent_type_ in labels and bool(preps_of(t) & marks))


_TRIGGER_POS = VERBAL_POS | {"ADJ", "NOUN", "PROPN"}  # the parts of speech ``find`` reads senses for


class TriggerFinder:
    """Finds trigger words in a sentence; built once per component instance."""

    def __init__(self, vocab: Vocab, lexicon: Lexicon, patterns: PatternIndex | None = None) -> None:
        self.lex = lexicon
        self.patterns = patterns or PatternIndex()
        # speech verbs alone are not events; verbs that cancel an event are not events of their own
        self._not_imported = lexicon.status.reporting | lexicon.status.cancelling
        self.matcher = Matcher(vocab)
        self._phrases: dict[str, tuple[Sense, ...]] = {}
        self._request = Sense(event="REQUEST", mode="change", controls=True, obligation=True, confidence=0.6)
        # "X said Y was responsible for / behind the attack": X accuses Y (the content clause's subject)
        self._blame = Sense(event="ACCUSE", mode="allege", controls=True, obligation=True, confidence=0.6)
        # "X said Y's decision was a disgrace": X condemns Y (the content clause's subject), as calling it one does
        self._condemn = Sense(event="ACCUSE", mode="disapprove", controls=True, obligation=True, confidence=0.55)
        self._condemnation = lexicon.noun_classes.get("condemnation", frozenset())
        # "X said the claims were false": X rejects them, and the side whose claims they are (CAMEO 12, a denial)
        self._deny = Sense(event="REJECT", controls=True, obligation=True, confidence=0.6)
        self._claims = lexicon.noun_classes.get("claims", frozenset())
        self._verb_phrases: set[str] = set()
        for words, senses in [*lexicon.phrases.items(), *lexicon.verb_phrases.items()]:
            key = "_".join(words)
            self._phrases[key] = senses
            if words in lexicon.verb_phrases:
                self._verb_phrases.add(key)
            self.matcher.add(key, [[{"LEMMA": w} for w in words], [{"LOWER": w} for w in words]])
        # the phrases' first two words as the patterns read them (lemmas or lower-case forms), by hash
        phrases = [*lexicon.phrases, *lexicon.verb_phrases]
        self._openings = frozenset((vocab.strings.add(words[0]), vocab.strings.add(words[1]))
                                   for words in phrases if len(words) > 1)
        self._first_words = np.array(sorted({first for first, _second in self._openings}), dtype=np.uint64)
        self._filtered = all(len(words) > 1 for words in phrases)  # (a phrase is two words or more)
        self._longest = max((len(words) for words in phrases), default=0)  # words of the longest phrase

    def phrase_starts(self, doc: Doc) -> list[int] | None:
        """The tokens of ``doc`` where a phrase may start: their lemmas, or their lower-case forms, and the
        next token's are a phrase's first two words. A sentence holding none has no phrase match, and
        ``find`` given this list skips the matcher there (it tries every pattern at every token)."""
        firsts = self._first_words
        if not self._filtered:
            return None
        if not len(doc) or not firsts.size:
            return []
        words = doc.to_array([LOWER, LEMMA])
        at = np.minimum(np.searchsorted(firsts, words), firsts.size - 1)  # (a sorted look-up, faster than isin)
        openings, last = self._openings, len(doc) - 1
        out: list[int] = []
        for i in np.flatnonzero((firsts[at] == words).any(axis=1)).tolist():
            lower, lemma = words[i].tolist()
            after_lower, after_lemma = words[i + 1].tolist() if i < last else (None, None)
            if (lower, after_lower) in openings or (lemma, after_lemma) in openings:
                out.append(i)
        return out

    def _choose(self, tok: Token, senses: tuple[Sense, ...]) -> Sense | None:
        around: set[str] | None = None
        objects: set[str] | None = None
        for sense in senses:
            if sense.with_ or sense.not_with:
                if around is None:
                    around = frame(tok, self.lex.args.measure_nouns, self.lex.person_labels,
                                   self.lex.args.predicate_preps) | self._light_verb_subject(tok)
                if sense.with_ and not (sense.with_ & around):
                    continue
                if sense.not_with & around:
                    continue
            if sense.with_obj:
                objects = object_lemmas(tok, self.lex.args) if objects is None else objects
                if not (sense.with_obj & objects):
                    continue
            if sense.with_inf and not has_infinitive(tok, sense.with_inf):
                continue
            if sense.with_subject and not (sense.with_subject & self._subject_lemmas(tok)):
                continue
            if sense.with_head and not (sense.with_head & self._head_lemmas(tok)):
                continue
            if sense.with_under and not has_under(tok, sense.with_under, sense.under_marks, sense.under_depth):
                continue
            if sense.unaddressed_by and name_under(tok, self.lex.name_labels, sense.unaddressed_by, sense.under_depth):
                continue
            if sense.with_content and not self._content_has(tok, sense.with_content):
                continue
            if sense.judged_state and not self._judges_state(tok):
                continue
            if sense.reflexive and not is_reflexive(tok, self.lex.args.reflexive):
                continue
            if sense.intransitive and any(c.dep_ in ("obj", "dobj") and c.is_alpha and not self._time_object(c)
                                          for c in tok.children):
                # (an object that is no word is a split name's hyphen: « à Tel - Aviv »)
                continue
            if sense.active and is_passive(tok, self.lex.args.passive_subject):
                continue
            if sense.subjectless and (is_passive(tok, self.lex.args.passive_subject) or any(
                    c.dep_ in self.lex.args.subject or c.dep_ in ("obj", "dobj") for c in tok.children)):
                continue
            if sense.no_clause and (_predicate(tok) or any(
                    c.dep_ in ("ccomp", "xcomp") and c.pos_ in VERBAL_POS for c in tok.children)):
                continue  # a content clause, or a predicate said of the object ("called Obama a liar")
            return sense
        return None

    def _time_object(self, obj: Token) -> bool:
        """A time word the parser took for the direct object (« ont manifesté *la veille* devant le Parlement »,
        « ont défilé *dimanche soir* »): no object, unless the parser hung the true object on it (« a manifesté la
        veille *son soutien* », the noun with no preposition after the time word)."""
        return obj.lemma_.lower() in self.lex.args.time_heads and not any(
            g.dep_.startswith("nmod") and g.i > obj.i and g.pos_ in ("NOUN", "PROPN") and not preps_of(g)
            for g in obj.children)

    def _head_lemmas(self, tok: Token) -> set[str]:
        """The lemma of the verb ``tok`` depends on and, when ``tok`` is its subject, of the verbs coordinated
        with it, which share that subject ("the probe, launched in May, is racing to Mars"); for the complement
        of a preposition, the preposition's and that of the word it completes ("the collapse *of* the truce")."""
        head = tok.head
        if head.i == tok.i:
            return set()
        out = {head.lemma_.lower()}
        if tok.dep_ == "pobj" and head.head.i != head.i:
            out.add(head.head.lemma_.lower())
        if tok.dep_ in self.lex.args.subject:
            out |= {c.lemma_.lower() for c in head.children if c.dep_ == "conj" and c.pos_ in VERBAL_POS}
        return out

    def _light_verb_subject(self, tok: Token) -> set[str]:
        """The lemmas of the subject of the light verb (``light_verbs``) whose object is the noun ``tok``, with
        ``PERSON_WORD`` for a person's name: « le ministre a effectué un déplacement » is the minister's trip."""
        args, head = self.lex.args, tok.head
        if tok.pos_ != "NOUN" or tok.dep_ not in args.object or head.i == tok.i or (
                head.lemma_.lower() not in args.light_verbs):
            return set()
        out: set[str] = set()
        for c in head.children:
            if c.dep_ in args.subject:
                out.add(c.lemma_.lower())
                if c.ent_type_ in self.lex.person_labels:
                    out.add(PERSON_WORD)
        return out

    def _subject_lemmas(self, tok: Token) -> set[str]:
        """The lemmas of ``tok``'s subjects (of the verb it is coordinated with when it has none: "gathered and
        set fire"; of the verb whose infinitive it is: "NATO decided to admit"), and through a noun of measure or a
        number, what they count."""
        args = self.lex.args
        verb = tok
        while (not any(c.dep_ in args.subject for c in verb.children) and verb.dep_ in ("conj", "xcomp")
               and verb.head is not verb):
            verb = verb.head
        out: set[str] = set()
        for c in verb.children:
            if c.dep_ in args.subject:
                out.add(c.lemma_.lower())
                if c.lemma_.lower() in args.measure_nouns or c.pos_ == "NUM":
                    out |= _counted(c)
        return out

    def find(self, sent: Span, phrase_starts: Sequence[int] | None = None) -> list[Trigger]:
        """The triggers of ``sent``; ``phrase_starts`` (``phrase_starts(sent.doc)``, computed once per
        document) lets a sentence where no phrase can start skip the matcher."""
        lex = self.lex
        found: dict[int, Trigger] = {}
        blocked: set[int] = set()  # words a phrase reads as no event
        silenced: list[Token] = []  # no-event readings that hold their complements ("declined to confirm or deny")
        for match_id, start, end in self._phrase_matches(sent, phrase_starts):
            key = sent.doc.vocab.strings[match_id]
            span = sent[start:end]
            head = span.root
            kind = "verb" if key in self._verb_phrases else "noun"
            if kind == "verb" and head.pos_ not in VERBAL_POS:
                continue  # a verb phrase needs a verb head ("test-fired")
            if kind == "noun" and head.pos_ == "VERB" and any(c.dep_ in lex.args.subject for c in head.children):
                continue  # lemmas of a noun phrase read across a clause ("missiles struck": no "missile strike")
            sense = self._choose(head, self._phrases[key])
            if sense is not None and sense.event == NO_EVENT:
                blocked.add(head.i)
            elif sense is not None:
                prev = found.get(head.i)
                if prev is None or (prev.end - prev.start) < (span.end - span.start):
                    found[head.i] = Trigger(head, span.start, span.end, sense, kind)
        reporting: list[Token] = []  # verbs of reporting, read for a request, a blame or a condemnation below
        for tok in sent:
            pos = tok.pos_
            if pos == "VERB" and tok.lemma_.lower() in lex.status.reporting:
                reporting.append(tok)
            if pos not in _TRIGGER_POS or tok.i in found or tok.i in blocked or self._in_name(tok):
                continue  # (a word of another part of speech has no senses here)
            lemma = tok.lemma_.lower()
            lower = tok.lower_
            senses: tuple[Sense, ...] | None = None
            kind = ""
            if pos in VERBAL_POS or pos == "ADJ":
                senses = lex.adjectives.get(lower) or lex.adjectives.get(lemma)
                kind = "adj"
                if senses is None and pos in VERBAL_POS:
                    if lex.args.participle_auxiliaries and tok.tag_ == "VBN" and any(
                            c.dep_ == "aux" and c.pos_ == "AUX" and c.tag_ != "MD"
                            and c.lemma_.lower() not in lex.args.participle_auxiliaries for c in tok.children):
                        continue  # "to let wounded Palestinians through": an adjective the parser made a verb
                    if tok.dep_ in _PREPOSITION_DEPS:
                        continue  # a participle used as a preposition or conjunction: "provided (that)", "given"
                    senses = lex.verbs.get(lemma) or lex.verbs.get(lower) or self._repaired(lemma, lower)
                    kind = "verb"
                    if pos == "AUX" and tok.dep_.startswith("aux"):
                        continue
                    if senses is None and pos == "VERB" and lemma not in self._not_imported:
                        # the field's dictionaries, for verbs the hand lexicon does not know
                        imported = self._imported(tok)
                        if imported is not None:
                            found[tok.i] = Trigger(tok, tok.i, tok.i + 1, imported, "verb")
                        continue
            elif pos in ("NOUN", "PROPN"):
                if self._classifies(tok):
                    continue  # a modifier naming a kind of thing: "war reparations", « chambre d'accusation »
                senses = lex.nouns.get(lower) or lex.nouns.get(lemma)
                kind = "noun"
            if not senses:
                continue
            sense = self._choose(tok, senses)
            if sense is not None and sense.event == NO_EVENT:
                if sense.controls:
                    silenced.append(tok)
                continue
            if sense is None and kind == "verb" and pos == "VERB" and lemma not in self._not_imported:
                # none of the hand senses fits ("rule" against X): the field's patterns may ("rule out")
                sense = self._imported(tok)
            if sense is not None:
                found[tok.i] = Trigger(tok, tok.i, tok.i + 1, sense, kind)
        for quiet in silenced:
            for t in quiet.subtree:
                found.pop(t.i, None)
        for tok in reporting:
            if tok.i not in found:
                clause = self._obligation(tok)
                if clause is not None:
                    found[tok.i] = Trigger(tok, tok.i, tok.i + 1, self._request, "verb")
                elif self._blames(tok):
                    found[tok.i] = Trigger(tok, tok.i, tok.i + 1, self._blame, "verb")
                elif self._denies(tok):
                    found[tok.i] = Trigger(tok, tok.i, tok.i + 1, self._deny, "verb")
                elif self._condemns(tok):
                    found[tok.i] = Trigger(tok, tok.i, tok.i + 1, self._condemn, "verb")
        return sorted(found.values(), key=lambda t: t.token.i)

    def _phrase_matches(self, sent: Span, phrase_starts: Sequence[int] | None) -> list[tuple[int, int, int]]:
        """The matcher's matches in ``sent`` (offsets in ``sent``). Given ``phrase_starts``, the matcher reads only
        the words from the sentence's first phrase start to the end of a phrase at its last: it tries every pattern
        at every word it reads, and no match starts elsewhere or runs further (the patterns are fixed sequences of
        words, so the matches and their order are those of the whole sentence)."""
        if phrase_starts is None:
            return self.matcher(sent)
        k = bisect_left(phrase_starts, sent.start)
        if k == len(phrase_starts) or phrase_starts[k] >= sent.end:
            return []
        first, last = phrase_starts[k], phrase_starts[bisect_left(phrase_starts, sent.end) - 1]
        shift = first - sent.start
        stretch = sent.doc[first:min(sent.end, last + self._longest)]
        return [(key, start + shift, end + shift) for key, start, end in self.matcher(stretch)]

    def _imported(self, tok: Token) -> Sense | None:
        """The field's pattern for the verb ``tok``, unless its object is a noun the hand lexicon reads, there,
        as no event: the pattern "hold a rally" is no protest when the rally is a campaign's."""
        for c in tok.children:
            if c.dep_ in self.lex.args.object and c.pos_ == "NOUN":
                senses = self.lex.nouns.get(c.lower_) or self.lex.nouns.get(c.lemma_.lower())
                chosen = self._choose(c, senses) if senses else None
                if chosen is not None and chosen.event == NO_EVENT:
                    return None
        return self.patterns.find(tok)

    def _repaired(self, lemma: str, lower: str) -> tuple[Sense, ...] | None:
        """The senses of a verb whose lemma is its own inflected form ("reproche"): the lemma with the
        language's infinitive ending; a verb whose lemma is wrong ("fined" -> "fin"): its form with the
        base ending ("fine")."""
        endings = self.lex.lemma_endings if lemma == lower else self.lex.form_endings
        for ending, infinitive in endings:
            if lower.endswith(ending):
                base = lower[: len(lower) - len(ending)] + infinitive
                senses = self.lex.verbs.get(base) or self._respelt(base)
                if senses:
                    return senses
        return None

    def _respelt(self, base: str) -> tuple[Sense, ...] | None:
        """The senses of ``base`` spelt the way the lexicon writes it: the last letter of its stem that the
        language also writes another way replaced (« cèder » from « cèdera » is « céder »)."""
        for written, listed in self.lex.respellings:
            k = base.rfind(written)
            if k >= 0:
                senses = self.lex.verbs.get(base[:k] + listed + base[k + len(written):])
                if senses:
                    return senses
        return None

    def _classifies(self, tok: Token) -> bool:
        """``tok`` modifies a noun to name a kind of thing: an English compound ("war reparations", "protest
        movement") or a bare complement after a classifier mark (« la chambre d'accusation », « un crime de
        guerre »), unless that noun is itself an event's or an undertaking's ("a mediation mission", « une
        journée de grève »)."""
        head, args = tok.head, self.lex.args
        if head.pos_ != "NOUN" or head.i == tok.i:
            return False
        # (the first of coordinated English modifiers is labelled nmod: "bombing and evidence specialists")
        compound = tok.dep_ == "compound" or tok.dep_ == "nmod" and tok.i < head.i and not any(
            c.dep_ in ("case", "det") for c in tok.children)
        bare = tok.dep_.startswith("nmod") and not any(c.dep_ == "det" for c in tok.children) and any(
            c.dep_ == "case" and c.lower_ in args.classifier_marks for c in tok.children)
        if not (compound or bare):
            return False
        lemma = head.lemma_.lower()
        return not (lemma in self.lex.nouns or head.lower_ in self.lex.nouns or lemma in args.action_heads)

    def _in_name(self, tok: Token) -> bool:
        """A word of a multiword name (an organisation, a place, a law, a work)."""
        if tok.ent_type_ not in self.lex.name_labels or tok.ent_iob_ not in ("B", "I"):
            return False
        if tok.ent_iob_ == "I":
            return True
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        return nxt is not None and nxt.ent_iob_ == "I"

    def _negated(self, clause: Token) -> bool:
        """``clause`` carries a negation ("was not responsible", "would never respond")."""
        return any(g.dep_ == "neg" or g.lower_ in self.lex.status.negation for g in clause.children)

    def _blames(self, tok: Token) -> bool:
        """A content clause of a reporting verb that lays the blame on its subject ("that the army was
        responsible", "were behind the attack", « que le régime était responsable »), not negated."""
        words = self.lex.status.blame
        for c in tok.children:
            if c.dep_ != "ccomp" or self._negated(c):
                continue
            if c.lemma_.lower() in words and any(g.dep_ == "cop" for g in c.children) and self._for_acts(c):
                return True  # « était responsable de l'attaque »
            if c.pos_ == "AUX" and any(g.dep_ in ("acomp", "attr", "prep") and g.lower_ in words and self._for_acts(g)
                                       for g in c.children):
                return True  # "were responsible", "was behind the attack"
        return False

    def _content_has(self, tok: Token, words: frozenset[str]) -> bool:
        """A content clause of ``tok`` under a modal ("would", "will"), not negated, holds one of ``words``
        outside its subject ("that any move would lead to war", "that it would respond")."""
        for c in tok.children:
            if c.dep_ != "ccomp" or not any(g.tag_ == "MD" for g in c.children) or self._negated(c):
                continue
            subject = {t.i for g in c.children if g.dep_ in self.lex.args.subject for t in g.subtree}
            if any(t.i not in subject and t.lemma_.lower() in words for t in c.subtree):
                return True
        return False

    @staticmethod
    def _judges_state(tok: Token) -> bool:
        """A content clause of ``tok`` headed by the copula with no modal: a state of things judged so ("agrees
        the crisis is a major problem", "that the situation was serious"), not an act to come ("that talks would
        resume", "that the border is to reopen")."""
        return any(c.dep_ == "ccomp" and c.pos_ == "AUX" and c.lemma_.lower() == "be"
                   and not any(g.tag_ == "MD" or g.dep_ == "xcomp" for g in c.children) for c in tok.children)

    def _denies(self, tok: Token) -> bool:
        """A content clause of a reporting verb that calls its subject, a claim, false ("that the reports were
        false", "the allegations were unfounded"), not negated."""
        for c in tok.children:
            if c.dep_ != "ccomp" or c.pos_ != "AUX" or self._negated(c):
                continue  # (the copula heads its clause, as in ``_blames``)
            if not any(g.dep_ in self.lex.args.subject and g.lemma_.lower() in self._claims for g in c.children):
                continue
            if any(word.lemma_.lower() in self.lex.status.denial or word.lower_ in self.lex.status.denial
                   for g in c.children if g.dep_ in ("attr", "acomp") for word in (g, *g.conjuncts)):
                return True
        return False

    def _condemns(self, tok: Token) -> bool:
        """A content clause of a reporting verb that calls its subject a crime or a disgrace ("that Y's decision
        was a disgrace", "was unjust and hasty", "was an act of aggression"), not negated, and not said of an
        extraposed clause ("it was a mistake to expect ...": the subject stands for no side)."""
        words = self._condemnation
        for c in tok.children:
            if c.dep_ != "ccomp" or c.pos_ != "AUX" or self._negated(c):
                continue  # (the copula heads its clause, as in ``_blames``: "was a disgrace")
            subjects = [g for g in c.children if g.dep_ in self.lex.args.subject]
            if not subjects or any(g.lower_ in self.lex.status.expletives for g in subjects):
                continue
            for pred in (g for g in c.children if g.dep_ in ("attr", "acomp")):
                for word in (pred, *pred.conjuncts):
                    if word.lemma_.lower() in words or word.lower_ in words or any(
                            f"{word.lemma_.lower()} of {p.lemma_.lower()}" in words
                            for g in word.children if g.lower_ == "of" for p in g.children):
                        return True
        return False

    def _for_acts(self, predicate: Token) -> bool:
        """The blame is for acts: the predicate's complements, if any, name events ("responsible for the
        attack", not "responsible for security"; "behind the bombing", not "behind the wheel")."""
        nouns = [g for g in predicate.subtree if g.i != predicate.i and g.pos_ == "NOUN"]
        return not nouns or any(g.lemma_.lower() in self.lex.nouns or g.lower_ in self.lex.nouns for g in nouns)

    def _obligation(self, tok: Token) -> Token | None:
        """The content clause of a reporting verb that states an obligation ("that China must ...", or in the
        mandative subjunctive "insisted that China withdraw"), not one the speaker's side owes itself ("we must
        rebuild the army")."""
        words = self.lex.status.obligation
        own = self.lex.status.own_obligation_subjects
        for c in tok.children:
            if c.dep_ != "ccomp" or any(s.dep_ in self.lex.args.subject and s.lower_ in own for s in c.children):
                continue
            if c.lemma_.lower() in words and "Cnd" not in c.morph.get("Mood", []):  # « doit »
                return c
            if any(a.dep_.startswith("aux") and a.lemma_.lower() in words for a in c.children) and not self._perfect(c):
                return c
            if mandated_clause(c, self.lex.status.mandative):  # "insisted that Iran release": as "must release"
                return c
        return None

    def _perfect(self, verb: Token) -> bool:
        """A participle with a tense auxiliary besides the modal ("must have left", "should have known"): the modal
        guesses or regrets a past, it asks no one to act."""
        words = self.lex.status.obligation
        return "Part" in verb.morph.get("VerbForm", []) and any(
            a.dep_ == "aux" and a.lemma_.lower() not in words for a in verb.children)
