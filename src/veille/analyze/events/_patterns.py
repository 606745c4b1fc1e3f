"""Verb patterns imported from the field's dictionaries (``<lang>/events/petrarch_verbs.tsv``).

Each row codes a verb (with its particle) alone, or a verb with an object noun phrase, a subject noun
or a preposition and its noun (synonym sets already expanded by ``scripts/import_petrarch2.py``). The
rows are indexed by hash keys (verb, object head), (verb, preposition, noun head), (verb, subject head),
so a token costs a few dictionary look-ups whatever the size of the table.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import TypeVar

from spacy.tokens import Token

from veille.analyze.events._lexicon import Sense
from veille.analyze.events._syntax import counted_nouns
from veille.languages import LanguageSpec

K = TypeVar("K")
FILE = ("events", "petrarch_verbs.tsv")
_OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass", "nsubj:pass", "attr", "oprd", "dative"})
_DIRECT_OBJECT_DEPS = frozenset({"dobj", "obj"})
_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
_PARTICLE_DEPS = frozenset({"prt", "compound:prt"})
_PREP_DEPS = frozenset({"prep", "agent"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "nummod", "poss", "flat"})


@dataclass(frozen=True, slots=True)
class _Entry:
    words: tuple[str, ...]  # the noun phrase's words before its head, all required
    sense: Sense
    # the pattern's other parts, required too ("- * &WEAPON (ON EXERCISE)": the object and "on exercise";
    # "- GUERRILLA * &WEAPON": the subject and the object): the preposition with its noun heads (empty:
    # any), the subject heads
    prep: tuple[str, frozenset[str]] | None = None
    subjects: frozenset[str] | None = None


@dataclass(frozen=True, slots=True)
class _Row:
    """One row of the table, read; indexed under each of its verbs when that verb is first looked up."""

    sense: Sense
    plain: bool  # the verb alone
    obj: str
    prep: str
    prep_obj: str
    subject: str
    required_prep: tuple[str, frozenset[str]] | None
    subject_heads: frozenset[str] | None


@dataclass(slots=True)
class PatternIndex:
    """Hash look-ups from a verb token and its dependents to imported senses.

    The rows are read at load; the look-up tables of a verb are built the first time that verb is looked up
    (most of the table's tens of thousands of keys are never needed by a run, and building them all took
    about a second of each start)."""

    bare: dict[str, Sense] = field(default_factory=dict)
    objects: dict[tuple[str, str], list[_Entry]] = field(default_factory=dict)
    subjects: dict[tuple[str, str], list[_Entry]] = field(default_factory=dict)
    preps: dict[tuple[str, str, str], list[_Entry]] = field(default_factory=dict)
    rows: int = 0
    motion_modes: frozenset[str] = frozenset()  # senses whose subject travels: not with a direct object
    measure_nouns: frozenset[str] = frozenset()  # "dozens": a pattern's object is what they count
    bare_on: bool = False  # verbs alone have a sense (the confidence of imported verbs is above 0)
    _pending: dict[str, list[_Row]] = field(default_factory=dict)  # verb -> its rows not yet indexed

    @classmethod
    def load(cls, spec: LanguageSpec, confidence: dict[str, float],
             reciprocal: frozenset[str] = frozenset(),
             motion_modes: frozenset[str] = frozenset(),
             measure_nouns: frozenset[str] = frozenset()) -> PatternIndex:
        """``reciprocal``: the meeting types of the ontology (AGREE, CONSULT, COOPERATE); a verb with a bare
        preposition ("- * (TO)" on LEAD, TURN) makes none of them ("led to the collapse" is no meeting; the
        hand lexicon has meet, visit, talk), except the subject's travel (``motion_modes``: "flew to Kabul",
        "rushed to Nepal"), which a direct object turns into transport ("rushed the man to hospital")."""
        index = cls(motion_modes=motion_modes, measure_nouns=measure_nouns)
        if not spec.has(*FILE):
            return index
        bare_conf = confidence.get("imported_verb", 0.0)
        pattern_conf = confidence.get("imported_pattern", 0.65)
        motion_conf = confidence.get("imported_motion", pattern_conf)
        index.bare_on = bare_conf > 0  # a verb alone, without the noun that makes its sense: off at 0
        for row in spec.tsv(*FILE):
            row = row + [""] * (10 - len(row))
            verbs, subject, obj, prep, prep_obj, _cameo, event, mode, context, _source = row[:10]
            index.rows += 1
            plain = not (subject or obj or prep)
            travel = mode in motion_modes and not (prep_obj or obj or subject)  # "flew to", "returned from"
            # a preposition the pattern names without its noun ("- * AT" on FIRE, "- * (TO)" on RUSH)
            # introduces whom or where the act is directed at: the recipient ("fired mortars *at* X")
            sense = Sense(event=event, mode=mode or None, context=tuple(c for c in context.split("|") if c),
                          confidence=bare_conf if plain else motion_conf if travel else pattern_conf,
                          target_preps=frozenset({prep}) if prep and not prep_obj else frozenset())
            prep_heads = frozenset(p.split()[-1] for p in prep_obj.split("|") if p.split())
            subject_heads = frozenset(p.split()[-1] for p in subject.split("|") if p.split()) or None
            # a row is indexed once, under its most specific part (object, else preposition, else subject);
            # its other parts are required at match time
            required_prep = (prep, prep_heads) if prep else None
            if prep and not (prep_obj or obj or subject) and event in reciprocal and mode not in motion_modes:
                continue
            read = _Row(sense, plain, obj, prep, prep_obj, subject, required_prep, subject_heads)
            for verb in verbs.split("|"):
                index._pending.setdefault(verb, []).append(read)
        return index

    def _index(self, verb: str) -> None:
        """Build the look-up tables of ``verb`` from its rows, in the table's order."""
        for row in self._pending.pop(verb, ()):
            if row.plain:
                if self.bare_on:
                    self.bare.setdefault(verb, row.sense)
                continue
            if row.obj:
                for phrase in row.obj.split("|"):
                    words = tuple(phrase.split())
                    if words:
                        self.objects.setdefault((verb, words[-1]), []).append(
                            _Entry(words[:-1], row.sense, row.required_prep, row.subject_heads))
            elif row.prep:
                for phrase in row.prep_obj.split("|") if row.prep_obj else [""]:
                    words = tuple(phrase.split())
                    head = words[-1] if words else ""
                    self.preps.setdefault((verb, row.prep, head), []).append(
                        _Entry(words[:-1], row.sense, None, row.subject_heads))
            else:
                for phrase in row.subject.split("|"):
                    words = tuple(phrase.split())
                    if words:
                        self.subjects.setdefault((verb, words[-1]), []).append(_Entry(words[:-1], row.sense))

    def __len__(self) -> int:
        return self.rows

    def keys(self, tok: Token) -> list[str]:
        """The verb keys of ``tok``: lemma with its particle first ("call off"), then the lemma."""
        lemma = tok.lemma_.lower()
        out = [f"{lemma} {c.lower_}" for c in tok.children if c.dep_ in _PARTICLE_DEPS]
        out.append(lemma)
        return out

    def find(self, tok: Token) -> Sense | None:
        """The most specific imported sense of the verb ``tok``: a pattern naming one of its dependents
        (and every other part the pattern names), else the verb's own code."""
        keys = self.keys(tok)
        for key in keys:
            if key in self._pending:
                self._index(key)
        for key in keys:
            for c in tok.children:
                found = None
                if c.dep_ in _OBJECT_DEPS and any(x.dep_ == "xcomp" and x.i > c.i for x in tok.children):
                    continue  # "ordered police to round up activists": the police do the infinitive's act
                if c.dep_ in _OBJECT_DEPS:
                    # "fired dozens of rockets": the pattern's object is what the measure counts
                    heads = [c, *counted_nouns(c)] if c.lemma_.lower() in self.measure_nouns else [c]
                    for head in heads:
                        found = found or _best(_first(self.objects, [(key, w) for w in _forms(head)]), head, tok)
                elif c.dep_ in _PREP_DEPS:
                    prep = c.lower_
                    for g in c.children:
                        if g.dep_ == "pobj" and found is None:
                            found = _best(_first(self.preps, [(key, prep, w) for w in _forms(g)]), g, tok)
                            if found is not None and not self._fits(found, tok):
                                found = None
                elif c.dep_ in _SUBJECT_DEPS:
                    found = _best(_first(self.subjects, [(key, w) for w in _forms(c)]), c, tok)
                if found is not None:
                    return self._with_targets(found, key, tok)
            for c in tok.children:
                if c.dep_ in _PREP_DEPS:
                    for entry in self.preps.get((key, c.lower_, "")) or ():
                        if _parts_there(entry, tok) and self._fits(entry.sense, tok):
                            return entry.sense
        for key in keys:
            sense = self.bare.get(key)
            if sense is not None:
                return sense
        return None

    def _fits(self, sense: Sense, tok: Token) -> bool:
        """A pattern of a verb and a preposition names no object: where its sense is the subject's travel, a
        direct object makes the verb one of transport ("rushed the man to hospital") and the sense fails."""
        if sense.mode not in self.motion_modes:
            return True
        return not any(c.dep_ in _DIRECT_OBJECT_DEPS for c in tok.children)

    def _with_targets(self, sense: Sense, key: str, tok: Token) -> Sense:
        """A sense found by its object ("fired *mortars*") also takes as recipient's the prepositions the
        verb's patterns of the same type name alone ("- * AT" [190]: "fired mortars *at* X")."""
        extra = set()
        for c in tok.children:
            if c.dep_ in _PREP_DEPS and c.lower_ not in sense.target_preps and any(
                    e.sense.event == sense.event for e in self.preps.get((key, c.lower_, "")) or ()):
                extra.add(c.lower_)
        return replace(sense, target_preps=sense.target_preps | extra) if extra else sense


def _forms(head: Token) -> tuple[str, ...]:
    """A pattern noun's keys: its lemma, then its form; the dictionaries name some nouns in the plural
    ("- * SLOGANS" on CHANT, "- * SUPPLIES" on DISTRIBUTE), which no lemma matches."""
    lemma = head.lemma_.lower()
    return (lemma,) if head.lower_ == lemma else (lemma, head.lower_)


def _first(index: Mapping[K, list[_Entry]], keys: list[K]) -> list[_Entry] | None:
    """The entries under the first of ``keys`` that ``index`` has."""
    for k in keys:
        found = index.get(k)
        if found is not None:
            return found
    return None


def _parts_there(entry: _Entry, verb: Token, head: Token | None = None) -> bool:
    """The pattern's other parts are among the verb's dependents: its subject, and its preposition (with
    one of its noun heads, when it names any) on the verb or on the matched object ``head``."""
    if entry.subjects is not None and not any(
            c.dep_ in _SUBJECT_DEPS and c.lemma_.lower() in entry.subjects for c in verb.children):
        return False
    if entry.prep is not None:
        prep, heads = entry.prep
        for c in [*verb.children, *(head.children if head is not None else ())]:
            if c.dep_ in _PREP_DEPS and c.lower_ == prep and (
                    not heads or any(g.dep_ == "pobj" and g.lemma_.lower() in heads for g in c.children)):
                return True
        return False
    return True


def _best(entries: list[_Entry] | None, head: Token, verb: Token) -> Sense | None:
    """The entry whose whole noun phrase is there with the pattern's other parts, the longest first."""
    if not entries:
        return None
    around = {c.lemma_.lower() for c in head.children if c.dep_ in _MODIFIER_DEPS}
    around |= {c.lower_ for c in head.children if c.dep_ in _MODIFIER_DEPS}
    best: _Entry | None = None
    for entry in entries:
        if all(w in around for w in entry.words) and (best is None or len(entry.words) > len(best.words)) and (
                _parts_there(entry, verb, head)):
            best = entry
    return best.sense if best is not None else None
