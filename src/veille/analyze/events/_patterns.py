"""Verb patterns imported from the field's dictionaries (``<lang>/events/petrarch_verbs.tsv``).

Each row codes a verb (with its particle) alone, or a verb with an object noun phrase, a subject noun
or a preposition and its noun (synonym sets already expanded by ``scripts/import_petrarch2.py``). The
rows are indexed by hash keys (verb, object head), (verb, preposition, noun head), (verb, subject head),
so a token costs a few dictionary look-ups whatever the size of the table.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from veille.analyze.events._lexicon import Sense
from veille.languages import LanguageSpec

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


@dataclass(slots=True)
class PatternIndex:
    """Hash look-ups from a verb token and its dependents to imported senses."""

    bare: dict[str, Sense] = field(default_factory=dict)
    objects: dict[tuple[str, str], list[_Entry]] = field(default_factory=dict)
    subjects: dict[tuple[str, str], list[_Entry]] = field(default_factory=dict)
    preps: dict[tuple[str, str, str], list[_Entry]] = field(default_factory=dict)
    rows: int = 0
    motion_modes: frozenset[str] = frozenset()  # senses whose subject travels: not with a direct object

    @classmethod
    def load(cls, spec: LanguageSpec, confidence: dict[str, float],
             motion_modes: frozenset[str] = frozenset()) -> PatternIndex:
        index = cls(motion_modes=motion_modes)
        if not spec.has(*FILE):
            return index
        bare_conf = confidence.get("imported_verb", 0.0)
        pattern_conf = confidence.get("imported_pattern", 0.65)
        for row in spec.tsv(*FILE):
            row = row + [""] * (10 - len(row))
            verbs, subject, obj, prep, prep_obj, _cameo, event, mode, context, _source = row[:10]
            index.rows += 1
            plain = not (subject or obj or prep)
            sense = Sense(event=event, mode=mode or None, context=tuple(c for c in context.split("|") if c),
                          confidence=bare_conf if plain else pattern_conf)
            for verb in verbs.split("|"):
                if plain:
                    if bare_conf > 0:  # a verb alone, without the noun that makes its sense: off at 0
                        index.bare.setdefault(verb, sense)
                    continue
                if prep:
                    for phrase in prep_obj.split("|") if prep_obj else [""]:
                        words = tuple(phrase.split())
                        head = words[-1] if words else ""
                        index.preps.setdefault((verb, prep, head), []).append(_Entry(words[:-1], sense))
                for phrase in obj.split("|") if obj else []:
                    words = tuple(phrase.split())
                    if words:
                        index.objects.setdefault((verb, words[-1]), []).append(_Entry(words[:-1], sense))
                for phrase in subject.split("|") if subject else []:
                    words = tuple(phrase.split())
                    if words:
                        index.subjects.setdefault((verb, words[-1]), []).append(_Entry(words[:-1], sense))
        return index

    def __len__(self) -> int:
        return self.rows

    def keys(self, tok: Token) -> list[str]:
        """The verb keys of ``tok``: lemma with its particle first ("call off"), then the lemma."""
        lemma = tok.lemma_.lower()
        out = [f"{lemma} {c.lower_}" for c in tok.children if c.dep_ in _PARTICLE_DEPS]
        out.append(lemma)
        return out

    def find(self, tok: Token) -> Sense | None:
        """The most specific imported sense of the verb ``tok``: a pattern naming one of its dependents,
        else the verb's own code."""
        keys = self.keys(tok)
        for key in keys:
            for c in tok.children:
                if c.dep_ in _OBJECT_DEPS:
                    found = _best(self.objects.get((key, c.lemma_.lower())), c)
                    if found is not None:
                        return found
                elif c.dep_ in _PREP_DEPS:
                    prep = c.lower_
                    for g in c.children:
                        if g.dep_ == "pobj":
                            found = _best(self.preps.get((key, prep, g.lemma_.lower())), g)
                            if found is not None and self._fits(found, tok):
                                return found
                elif c.dep_ in _SUBJECT_DEPS:
                    found = _best(self.subjects.get((key, c.lemma_.lower())), c)
                    if found is not None:
                        return found
            for c in tok.children:
                if c.dep_ in _PREP_DEPS:
                    entries = self.preps.get((key, c.lower_, ""))
                    if entries and self._fits(entries[0].sense, tok):
                        return entries[0].sense
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


def _best(entries: list[_Entry] | None, head: Token) -> Sense | None:
    """The entry whose whole noun phrase is there, the longest first."""
    if not entries:
        return None
    around = {c.lemma_.lower() for c in head.children if c.dep_ in _MODIFIER_DEPS}
    around |= {c.lower_ for c in head.children if c.dep_ in _MODIFIER_DEPS}
    best: _Entry | None = None
    for entry in entries:
        if all(w in around for w in entry.words) and (best is None or len(entry.words) > len(best.words)):
            best = entry
    return best.sense if best is not None else None
