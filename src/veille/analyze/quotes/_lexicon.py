"""The speech-cue lexicon of one language, read once from ``veille/data/quotes/speech.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

import yaml
from spacy.tokens import Token

_DATA_PACKAGE = "veille.data"  # a regular package: resources work the same installed or in place
_DATA_FILE = "quotes/speech.yaml"

# parts of speech a speech verb cannot have, whatever its form
_NOT_VERB_POS = frozenset({"NOUN", "PROPN", "DET", "ADP", "NUM", "PUNCT", "CCONJ", "SCONJ", "SPACE"})


@dataclass(frozen=True, slots=True)
class QuoteLexicon:
    language: str
    verbs: frozenset[str]  # lemmas
    forms: dict[str, str]  # inflected form -> lemma
    according: tuple[tuple[str, ...], ...]  # "selon", ("according", "to")
    complementizers: frozenset[str]
    title_cues: tuple[tuple[str, ...], ...]
    pronouns: frozenset[str]
    negations: frozenset[str]
    locution_heads: frozenset[str]  # words that make "que"/"that" part of a conjunction
    reflexive: frozenset[str]  # speech verbs also in their reflexive form ("s'exclamer")
    source_before_quote: frozenset[str]  # "Pour X, « ... »": a source only right before a quotation
    time_words: frozenset[str]  # "a prévenu mercredi soir le ministre": not the speaker
    female_pronouns: frozenset[str]
    female_cues: frozenset[str]
    male_cues: frozenset[str]
    implied_speaker_openers: tuple[tuple[str, ...], ...]  # "Et d'ajouter :"

    def speech_lemma(self, token: Token) -> str | None:
        """The speech-verb lemma ``token`` stands for, or None."""
        if token.pos_ in _NOT_VERB_POS:
            return None
        lemma = token.lemma_.lower()
        if not (token.pos_ in ("VERB", "AUX") and lemma in self.verbs):
            # the tagger's lemma can be off, and participles are often tagged ADJ: go by the form
            lemma = self.forms.get(token.lower_)
        if lemma is None or self._reflexive_non_speech(token, lemma):
            return None
        return lemma

    def _reflexive_non_speech(self, verb: Token, lemma: str) -> bool:
        """ "l'offensive se poursuivrait": a reflexive use that does not report speech."""
        if self.language != "fr" or lemma in self.reflexive:
            return False
        return any(c.lower_ in ("se", "s'") for c in verb.children)

    def is_negated(self, verb: Token) -> bool:
        return any(c.lower_ in self.negations for c in verb.children)


def _inflect_fr(lemma: str) -> dict[str, str]:
    """Regular French forms of a verb lemma (enough for news: participles, 3rd person, gerund)."""
    out: dict[str, str] = {}
    bare = lemma.removeprefix("s'").removeprefix("se ")
    if bare.endswith("er"):
        stem = bare[:-2]
        for end in ("é", "ée", "és", "ées", "e", "ent", "a", "èrent", "ait", "aient", "ant", "era", "erait"):
            out[stem + end] = lemma
        if stem.endswith("ét"):  # répéter -> répète
            out[stem[:-2] + "èt" + "e"] = lemma
    elif bare.endswith("ir"):
        stem = bare[:-2]
        for end in ("i", "ie", "is", "ies", "it", "issent", "issait", "issant", "ira"):
            out[stem + end] = lemma
    elif bare.endswith("re"):
        stem = bare[:-2]
        for end in ("u", "ue", "us", "ait", "ant", "ent"):
            out[stem + end] = lemma
    return out


def _inflect_en(lemma: str) -> dict[str, str]:
    """Regular English forms of a verb lemma."""
    out: dict[str, str] = {}
    if lemma.endswith("e"):
        out[lemma + "d"] = lemma
        out[lemma[:-1] + "ing"] = lemma
        out[lemma + "s"] = lemma
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        out[lemma[:-1] + "ied"] = lemma
        out[lemma[:-1] + "ies"] = lemma
        out[lemma + "ing"] = lemma
    else:
        out[lemma + "ed"] = lemma
        out[lemma + "ing"] = lemma
        out[lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x")) else "s")] = lemma
    return out


def _phrases(items: list[str]) -> tuple[tuple[str, ...], ...]:
    # "d'après" is one token in spaCy's French tokenizer only sometimes: keep apostrophes as splits
    out = []
    for item in items:
        words = item.lower().replace("'", "' ").split()
        out.append(tuple(words))
    return tuple(sorted(set(out), key=len, reverse=True))


def load_lexicon(language: str) -> QuoteLexicon:
    """The lexicon of ``language`` ("fr" or "en"); other languages get the English one."""
    text = resources.files(_DATA_PACKAGE).joinpath(_DATA_FILE).read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    entry = data.get(language) or data["en"]
    lang = language if language in data else "en"
    verbs = frozenset(v.lower() for v in entry["verbs"])
    forms: dict[str, str] = {}
    inflect = _inflect_fr if lang == "fr" else _inflect_en
    for verb in verbs:
        forms.update(inflect(verb))
        forms[verb] = verb
    forms.update({k.lower(): v.lower() for k, v in (entry.get("forms") or {}).items()})
    return QuoteLexicon(
        language=lang,
        verbs=verbs,
        forms=forms,
        according=_phrases(entry.get("according") or []),
        complementizers=frozenset(w.lower() for w in entry.get("complementizers") or []),
        title_cues=_phrases(entry.get("title_cues") or []),
        pronouns=frozenset(w.lower() for w in entry.get("pronouns") or []),
        negations=frozenset(w.lower() for w in entry.get("negations") or []),
        locution_heads=frozenset(w.lower() for w in entry.get("locution_heads") or []),
        reflexive=frozenset(w.lower() for w in entry.get("reflexive") or []),
        source_before_quote=frozenset(w.lower() for w in entry.get("source_before_quote") or []),
        time_words=frozenset(w.lower() for w in entry.get("time_words") or []),
        female_pronouns=frozenset(w.lower() for w in entry.get("female_pronouns") or []),
        female_cues=frozenset(w.lower() for w in entry.get("female_cues") or []),
        male_cues=frozenset(w.lower() for w in entry.get("male_cues") or []),
        implied_speaker_openers=tuple(
            tuple(w.lower() for w in seq) for seq in entry.get("implied_speaker_openers") or []
        ),
    )
