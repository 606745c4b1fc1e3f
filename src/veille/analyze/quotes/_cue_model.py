"""Cues the lexicon does not list: a small trained linear model over the parse.

The rules report what the verbs of the language's lexicon govern. Many attributions in news have other
verbs as cues, whose reading depends on the sentence ("aides hope that", "X wants to", "the group backs
X"). For every other verb with a reported clause or an object that the rules would extract, this model
scores sparse features of the parse (the verb's lemma, its form, its subject's kind, the first word of what
it governs, the words around it) and keeps the cue when the score beats that of "no cue" by the model's
margin. The weights are an averaged perceptron's, trained by ``scripts/train_quotes.py --cues`` and shipped
as language data (``<lang>/quotes/cue_model.json``); a language without that file has the lexicon's cues
only.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path

from spacy.tokens import Token

from ._cues import SUBJECT_DEPS

FORMAT = 1
CUE_MODEL = ("quotes", "cue_model.json")  # where a language keeps its model
NO_CUE = "__no_cue__"  # the feature of the other choice: the verb attributes nothing
_LONG = 12  # tokens of a long content
_LEMMA = "l="  # the prefix of the verb's lemma feature


class CueModel:
    """Linear score of "this verb is a cue" against "it is not" (averaged perceptron weights)."""

    def __init__(self, weights: Mapping[str, float], margin: float = 0.0) -> None:
        self.weights = dict(weights)
        self.margin = margin  # how much the cue must outscore "no cue"
        # the verbs worth a look (their lemma leans to a cue): the others are not scored, which keeps
        # the model cheap (most verbs of a text)
        self.lemmas = frozenset(f[len(_LEMMA):] for f, w in self.weights.items()
                                if f.startswith(_LEMMA) and "|" not in f and w > 0)

    @classmethod
    def load(cls, path: Path) -> CueModel:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            raise ValueError(f"{path}: cue model format {data.get('format')!r}, expected {FORMAT}")
        return cls(data["weights"], float(data.get("margin") or 0.0))

    def to_json(self, meta: Mapping[str, object]) -> str:
        return json.dumps({"format": FORMAT, **meta, "margin": self.margin, "weights": self.weights},
                          ensure_ascii=False, sort_keys=True)

    def score(self, features: Sequence[str]) -> float:
        """How much the cue outscores "no cue"."""
        weights = self.weights
        return sum(weights.get(f, 0.0) for f in features) - weights.get(NO_CUE, 0.0)

    def accepts(self, features: Sequence[str]) -> bool:
        return self.score(features) > self.margin


def cue_features(verb: Token, first: Token, length: int, object_only: bool) -> list[str]:
    """Features of ``verb`` as the cue of the content that starts at token ``first`` and runs
    ``length`` tokens (its object when ``object_only``, else its reported clause)."""
    doc = verb.doc
    lemma = verb.lemma_.lower()
    shape = "obj" if object_only else "clause"
    prev = doc[verb.i - 1].lower_ if verb.i > 0 else "<s>"
    nxt = doc[verb.i + 1].lower_ if verb.i + 1 < len(doc) else "</s>"
    subject = _subject_kind(verb)
    opener = first.lower_ if first.pos_ in ("ADP", "SCONJ", "PART", "DET", "PRON") else first.pos_
    size = "long" if length >= _LONG else "short" if length <= 2 else "mid"
    return [
        f"l={lemma}", f"l={lemma}|{shape}", f"shape={shape}", f"tag={verb.tag_}", f"dep={verb.dep_}",
        f"l={lemma}|tag={verb.tag_}", f"l={lemma}|dep={verb.dep_}", f"subj={subject}", f"l={lemma}|subj={subject}",
        f"{shape}|subj={subject}", f"first={opener}", f"l={lemma}|first={opener}", f"{shape}|first={opener}",
        f"prev={prev}", f"next={nxt}", f"l={lemma}|next={nxt}", f"size={size}", f"{shape}|size={size}",
        f"head={verb.head.pos_}|dep={verb.dep_}",
    ]


def _subject_kind(verb: Token) -> str:
    """What the verb's subject is: a pronoun (its word), a kind of named entity, a part of speech, or none."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return "none"
    if subject.pos_ == "PRON":
        return subject.lower_
    return subject.ent_type_ or subject.pos_
