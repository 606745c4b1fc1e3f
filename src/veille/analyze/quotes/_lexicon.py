"""The attribution-cue lexicon of one language: ``<lang>/quotes/speech.yaml`` and ``morphology.yaml``
of its folder, read through :mod:`veille.languages`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Token

from veille.languages import LanguageSpec

from ._view import QUOTE_CHARS

_FOLDER = "quotes"
_SPEECH = "speech.yaml"
_MORPHOLOGY = "morphology.yaml"
_DERIVED = "cues.tsv"  # cue lemmas counted in annotated news (scripts/derive_quote_cues.py)
_KINDS = "kinds.yaml"
KINDS = ("speech", "writing", "belief", "finding")

# parts of speech a speech verb cannot have, whatever its form
NOT_VERB_POS = frozenset({"NOUN", "PROPN", "DET", "ADP", "NUM", "PUNCT", "CCONJ", "SCONJ", "SPACE"})  # never a cue


@dataclass(frozen=True, slots=True)
class QuoteLexicon:
    language: str
    verbs: frozenset[str]  # lemmas of speech verbs: cues of quotations and of reported clauses
    forms: dict[str, str]  # inflected form -> lemma
    clause_verbs: frozenset[str]  # more lemmas that attribute the clause they govern (cues.tsv)
    clause_forms: dict[str, str]
    addressee_verbs: frozenset[str]  # "told reporters": the first object is who is spoken to
    object_prepositions: frozenset[str]  # "called for X", "talked about X": a cue's own preposition
    circumstance_prepositions: frozenset[str]  # "praised X [in an interview]": where or when, not what
    answer_words: frozenset[str]  # "said [yes]", "said [so]": a one-word answer is what is said
    object_verbs: frozenset[str]  # cues whose object is what they attribute ("endorsed X")
    according: tuple[tuple[str, ...], ...]  # "selon", ("according", "to")
    complementizers: frozenset[str]
    title_cues: tuple[tuple[str, ...], ...]
    pronouns: frozenset[str]
    plural_pronouns: frozenset[str]  # « ils », « -elles »: a group named before (no actor lookup by gender)
    topic_markers: tuple[tuple[str, ...], ...]  # « quant à X, il »: the phrase the pronoun takes up
    negations: frozenset[str]
    experiencer_verbs: frozenset[str]  # "farmers are convinced": a passive whose subject holds the belief
    question_verbs: frozenset[str]  # "asked whether A", "explained why A": an indirect question is reported
    clause_adjectives: frozenset[str]  # "X is confident that", "X made clear that": the clause is X's
    raising_verbs: frozenset[str]  # "X seems to": the subject is what is described, not a source
    subject_control_verbs: frozenset[str]  # "X promised Y to say": X, not the object Y, says
    locution_heads: frozenset[str]  # words that make "que"/"that" part of a conjunction
    reflexive: frozenset[str]  # speech verbs also in their reflexive form ("s'exclamer")
    reflexive_marks: frozenset[str]  # clitics of a reflexive use ("se", "s'"); empty: no such use
    source_before_quote: frozenset[str]  # "Pour X, « ... »": a source only right before a quotation
    time_words: frozenset[str]  # "a prévenu mercredi soir le ministre": not the speaker
    female_pronouns: frozenset[str]
    female_cues: frozenset[str]
    male_cues: frozenset[str]
    implied_speaker_openers: tuple[tuple[str, ...], ...]  # "Et d'ajouter :"
    kinds: Mapping[str, str]  # cue lemma -> writing, belief, finding (speech when absent)
    evidence: frozenset[str]  # "poll", "rapport": a source whose words are findings
    media: frozenset[str]  # "statement", "communiqué": what carries words, never a speaker
    note_labels: frozenset[str]  # "Editor's note:", "Correction:": a line of the paper's own, no source
    as_markers: frozenset[str]  # "as" / « comme »: "As X said, A" reports A
    expletives: frozenset[str]  # "it was announced that", "it is clear that": a subject standing for nobody
    has_clitics: frozenset[str]  # "he's predicted": a clitic of "has" the parser may read as a passive "is"
    medium_sources: frozenset[str]  # "a statement [from] the ministry": the preposition of its source
    according_relatives: frozenset[str] = frozenset()  # « un rapport selon LEQUEL ... »: the antecedent is the source
    according_non_sources: frozenset[str] = frozenset()  # « selon le calendrier », "according to plan": no source
    infinitive_marks: frozenset[str] = frozenset()  # « a demandé DE partir »: marks of a reported infinitive
    quoted_terms_in_reports: bool = False  # « a dénoncé la « trahison » »: a quoted term the cue reports is its words
    pronoun_continues_speaker: bool = False  # « a-t-il ajouté » with no actor: the speaker of the quotation before
    elisions: str = ""  # apostrophes after which a straight mark may open a quotation (« d'"inacceptable" »)
    subject_pronouns: frozenset[str] = frozenset()  # « il », « elle », « ils »: only ever a verb's subject
    infinitive_reports: bool = False  # « a dit avoir vu », « a menacé de partir »: a speech verb reports its infinitive
    incise_verb_first: bool = False  # "», a déclaré X": a comma before the verb ends an incise
    complementizer_is_sconj: bool = False  # "that" opens a report only when tagged SCONJ
    clause_from_parse: bool = False  # the parser's ccomp start wins over the complementizer scan
    bare_clause_needs_complementizer: bool = False  # a ccomp without "que" is the parser's guess
    source_closes_sentence: bool = False  # "<statement>, according to X." attributes the statement
    source_after_report_is_medium: bool = False  # « X a déclaré A, selon un communiqué »: no second source
    talk_verbs: frozenset[str] = frozenset()  # « ont discuté de »: a talk narrated, no statement reported
    content_has_complementizer: bool = False  # a reported clause's content starts at its "that"
    titles_capitalized: bool = False  # titles capitalise every content word ("Fox News Sunday")
    negated_reports: bool = False  # "X did not say that A" still attributes A (PolNeAR annotates it)
    report_coordinators: frozenset[str] = frozenset()  # "said A, and B said C": a second report ends the first

    def speech_lemma(self, token: Token) -> str | None:
        """The speech-verb lemma ``token`` stands for, or None."""
        return self._lemma(token, self.verbs, self.forms)

    def clause_lemma(self, token: Token) -> str | None:
        """The lemma of a verb that attributes its clausal complement (speech verbs and more), or None."""
        if not self._may_be_verb(token):
            return None  # (told once for both word lists: most tokens stop here)
        return (self._listed_lemma(token, self.verbs, self.forms)
                or self._listed_lemma(token, self.clause_verbs, self.clause_forms))

    def _lemma(self, token: Token, verbs: frozenset[str], forms: dict[str, str]) -> str | None:
        if not self._may_be_verb(token):
            return None
        return self._listed_lemma(token, verbs, forms)

    def _may_be_verb(self, token: Token) -> bool:
        return token.pos_ not in NOT_VERB_POS or self._verb_by_context(token)

    def _listed_lemma(self, token: Token, verbs: frozenset[str], forms: dict[str, str]) -> str | None:
        """The lemma of ``token`` (a verb or a word that may be one) in ``verbs``, or by its form in ``forms``."""
        lemma: str | None = token.lemma_.lower()
        if not (token.pos_ in ("VERB", "AUX") and lemma in verbs):
            # the tagger's lemma can be off, and participles are often tagged ADJ: go by the form
            lemma = forms.get(token.lower_)
        if lemma is None or self._reflexive_non_speech(token, lemma):
            return None
        return lemma

    def _verb_by_context(self, token: Token) -> bool:
        """A verb form the tagger took for a noun, that grammar shows to be a verb: it has a tense
        auxiliary (« a tweeté », tagged a name), it comes right after a subject pronoun (« Elle juge
        « scandaleuses » ... »: a pronoun determines no noun), or, bare of any determiner or preposition,
        it is followed by a complementizer (« X, juge que ... », tagged a noun)."""
        if token.pos_ not in ("NOUN", "PROPN"):
            return False
        if any(c.dep_.startswith("aux") for c in token.children):
            return True
        prev = token.doc[token.i - 1] if token.i > 0 else None
        if token.pos_ == "NOUN" and prev is not None and prev.pos_ == "PRON" and prev.lower_ in self.subject_pronouns:
            return True
        nxt = token.i + 1
        return (token.pos_ == "NOUN" and nxt < len(token.doc) and token.doc[nxt].lower_ in self.complementizers
                and token.head.pos_ != "ADP"
                and not any(c.dep_ in ("det", "case", "poss", "nummod", "amod") for c in token.children))

    def _reflexive_non_speech(self, verb: Token, lemma: str) -> bool:
        """ "l'offensive se poursuivrait": a reflexive use that does not report speech."""
        if not self.reflexive_marks or lemma in self.reflexive:
            return False
        return any(c.lower_ in self.reflexive_marks for c in verb.children)

    def kind_of(self, lemma: str | None) -> str:
        """What a cue of this lemma attributes: speech, writing, belief or finding."""
        return self.kinds.get(lemma or "", "speech")

    def is_negated(self, verb: Token) -> bool:
        """A negation of the verb in its own clause: not one across a quotation mark ("“... Probably
        not,” she said", where the parser may hang the quoted "not" on "said")."""
        return any(c.lower_ in self.negations and not _across_mark(c, verb) for c in verb.children)


def _across_mark(a: Token, b: Token) -> bool:
    lo, hi = sorted((a.i, b.i))
    return any(t.text in QUOTE_CHARS for t in a.doc[lo + 1:hi])


@dataclass(frozen=True, slots=True)
class _Rule:
    suffix: str
    endings: tuple[str, ...]
    also: bool = False
    after: str = ""
    not_after: str = ""

    def matches(self, lemma: str) -> bool:
        if not lemma.endswith(self.suffix) or len(lemma) <= len(self.suffix):
            return False
        before = lemma[-len(self.suffix) - 1] if self.suffix else lemma[-1]
        return (not self.after or before in self.after) and before not in self.not_after


def _inflector(table: Mapping[str, Any]) -> Callable[[str], dict[str, str]]:
    """The regular forms of a verb lemma, by the rules of the language's ``morphology.yaml``."""
    prefixes = tuple(table.get("strip_prefixes") or ())
    rules = tuple(
        _Rule(str(r.get("suffix") or ""), tuple(r["endings"]), bool(r.get("also")),
              str(r.get("after") or ""), str(r.get("not_after") or ""))
        for r in table.get("rules") or ()
    )

    def inflect(lemma: str) -> dict[str, str]:
        bare = lemma
        for prefix in prefixes:
            bare = bare.removeprefix(prefix)
        out: dict[str, str] = {}
        for rule in rules:
            if rule.matches(bare):
                stem = bare[: len(bare) - len(rule.suffix)]
                out.update((stem + ending, lemma) for ending in rule.endings)
                if not rule.also:
                    break
        return out

    return inflect


def _phrases(items: list[str]) -> tuple[tuple[str, ...], ...]:
    # "d'après" is one token in spaCy's French tokenizer only sometimes: keep apostrophes as splits
    out = []
    for item in items:
        words = item.lower().replace("'", "' ").split()
        out.append(tuple(words))
    return tuple(sorted(set(out), key=len, reverse=True))


def load_lexicon(spec: LanguageSpec) -> QuoteLexicon | None:
    """The cue lexicon of a language (``<lang>/quotes/speech.yaml`` and ``morphology.yaml``), or None
    when the language has no quotes data."""
    if not spec.has(_FOLDER, _SPEECH):
        return None
    entry = spec.yaml(_FOLDER, _SPEECH) or {}
    morphology = spec.yaml(_FOLDER, _MORPHOLOGY) if spec.has(_FOLDER, _MORPHOLOGY) else {}
    inflect = _inflector(morphology or {})
    verbs = frozenset(v.lower() for v in entry.get("verbs") or []) | _derived_verbs(
        spec, float(entry.get("derived_speech_share") or 1.01))
    irregular = {k.lower(): v.lower() for k, v in (entry.get("forms") or {}).items()}
    forms = _forms(verbs, inflect, irregular)
    listed = frozenset(v.lower() for v in entry.get("clause_verbs") or [])
    clause_verbs = (listed | _derived_verbs(spec)) - verbs
    clause_forms = _forms(clause_verbs, inflect, irregular)
    syntax = entry.get("syntax") or {}
    return QuoteLexicon(
        language=spec.code,
        verbs=verbs,
        forms=forms,
        clause_verbs=clause_verbs,
        clause_forms=clause_forms,
        addressee_verbs=_words(entry, "addressee_verbs"),
        object_prepositions=_words(entry, "object_prepositions"),
        circumstance_prepositions=_words(entry, "circumstance_prepositions"),
        answer_words=_words(entry, "answer_words"),
        object_verbs=_derived_verbs(spec, float(entry.get("derived_object_share") or 1.01))
        - _words(entry, "not_object_verbs"),
        according=_phrases(entry.get("according") or []),
        according_relatives=_words(entry, "according_relatives"),
        according_non_sources=_words(entry, "according_non_sources"),
        infinitive_marks=_words(entry, "infinitive_marks"),
        infinitive_reports=bool(syntax.get("infinitive_reports")),
        subject_pronouns=_words(entry, "subject_pronouns"),
        elisions="".join(str(c) for c in syntax.get("elisions") or []),
        pronoun_continues_speaker=bool(syntax.get("pronoun_continues_speaker")),
        quoted_terms_in_reports=bool(syntax.get("quoted_terms_in_reports")),
        complementizers=_words(entry, "complementizers"),
        title_cues=_phrases(entry.get("title_cues") or []),
        pronouns=_words(entry, "pronouns"),
        plural_pronouns=_words(entry, "plural_pronouns"),
        topic_markers=_phrases(entry.get("topic_markers") or []),
        negations=_words(entry, "negations"),
        experiencer_verbs=_words(entry, "experiencer_verbs"),
        clause_adjectives=_words(entry, "clause_adjectives"),
        question_verbs=_words(entry, "question_verbs"),
        raising_verbs=_words(entry, "raising_verbs"),
        subject_control_verbs=_words(entry, "subject_control_verbs"),
        locution_heads=_words(entry, "locution_heads"),
        reflexive=_words(entry, "reflexive"),
        reflexive_marks=frozenset(w.lower() for w in syntax.get("reflexive_marks") or []),
        source_before_quote=_words(entry, "source_before_quote"),
        time_words=_words(entry, "time_words"),
        note_labels=_words(entry, "note_labels"),
        as_markers=_words(entry, "as_markers"),
        expletives=_words(entry, "expletives"),
        has_clitics=_words(entry, "has_clitics"),
        female_pronouns=_words(entry, "female_pronouns"),
        female_cues=_words(entry, "female_cues"),
        male_cues=_words(entry, "male_cues"),
        implied_speaker_openers=tuple(
            tuple(w.lower() for w in seq) for seq in entry.get("implied_speaker_openers") or []
        ),
        kinds=_kinds(spec),
        evidence=_evidence(spec),
        media=_words(entry, "media"),
        medium_sources=_words(entry, "medium_sources"),
        incise_verb_first=bool(syntax.get("incise_verb_first")),
        complementizer_is_sconj=bool(syntax.get("complementizer_is_sconj")),
        clause_from_parse=bool(syntax.get("clause_from_parse")),
        bare_clause_needs_complementizer=bool(syntax.get("bare_clause_needs_complementizer")),
        source_closes_sentence=bool(syntax.get("source_closes_sentence")),
        source_after_report_is_medium=bool(syntax.get("source_after_report_is_medium")),
        talk_verbs=_words(entry, "talk_verbs"),
        content_has_complementizer=bool(syntax.get("content_has_complementizer")),
        titles_capitalized=bool(syntax.get("titles_capitalized")),
        negated_reports=bool(syntax.get("negated_reports")),
        report_coordinators=_words(entry, "report_coordinators"),
    )


def _forms(verbs: frozenset[str], inflect: Callable[[str], dict[str, str]],
           irregular: Mapping[str, str]) -> dict[str, str]:
    forms: dict[str, str] = {}
    for verb in sorted(verbs):  # deterministic when two lemmas share a form ("exclamé")
        forms.update(inflect(verb))
        forms[verb] = verb
    forms.update((form, lemma) for form, lemma in irregular.items() if lemma in verbs)
    return forms


def _derived_verbs(spec: LanguageSpec, min_share: float = 0.0) -> frozenset[str]:
    """Verb lemmas of ``cues.tsv`` that are cues in at least ``min_share`` of their occurrences."""
    if not spec.has(_FOLDER, _DERIVED):
        return frozenset()
    return frozenset(row[0].lower() for row in spec.tsv(_FOLDER, _DERIVED)
                     if len(row) > 4 and row[1] == "VERB" and float(row[4]) >= min_share)


def _kinds_table(spec: LanguageSpec) -> dict[str, Any]:
    return dict(spec.yaml(_FOLDER, _KINDS) or {}) if spec.has(_FOLDER, _KINDS) else {}


def _evidence(spec: LanguageSpec) -> frozenset[str]:
    return frozenset(str(w).lower() for w in _kinds_table(spec).get("evidence_sources") or [])


def _kinds(spec: LanguageSpec) -> dict[str, str]:
    table = {k: v for k, v in _kinds_table(spec).items() if k != "evidence_sources"}
    out: dict[str, str] = {}
    for kind, lemmas in table.items():
        if kind not in KINDS:
            raise ValueError(f"{spec.path(_FOLDER, _KINDS)}: unknown kind {kind!r} (known: {', '.join(KINDS)})")
        out.update((str(lemma).lower(), kind) for lemma in lemmas or [])
    return out


def _words(entry: Mapping[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in entry.get(key) or [])
