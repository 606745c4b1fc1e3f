"""The ``veille_quotes`` spaCy component: who said what, direct and indirect, French and English.

Reads ``doc._.veille_ctx`` (language; may be None) and ``doc._.veille_actors`` (an ActorTable; when
the actors stage did not run, a minimal table is built from the model's named entities) and writes
``doc._.veille_quotes``: a list of :class:`~veille.contract.models.Quote` in text order.

- Direct quotations: « », “ ”, „ “, ‹ ›, straight double quotes, and dialogue lines opened by a dash,
  with the speech cue after ("», a déclaré X", "”, he said", "?” a protester asked"), before
  ("X said: “", "X a répondu :" ending the previous paragraph, "Pour X, « »", "Et d'ajouter : « »"),
  inside ("« ..., a-t-il ajouté, ... »") or "selon X"/"according to X". A same-kind opening mark
  followed by a speech cue closes a quotation (broken marks from scraping and machine translation); a
  quotation left open at a paragraph end continues when the next paragraph reopens it. "“A,” X said.
  “B.”" (B later in the paragraph, or opening the next one) is one attribution in fragments. Quoted titles
  and scare quotes (short and cue-less, announced by "so-called"/"le livre", or a determiner before a
  one- or two-word quotation) are left out. A cue-less quotation that opens a sentence keeps the
  speaker of the quotation just before it (same or previous paragraph), as news writing continues a
  speaker's words; otherwise ``speaker`` is None. A quotation inside a reported clause is the
  reporter's words ("X a estimé que la situation était « grave »"), with ``inside`` set to that clause.
- Indirect quotations: the clause after "que"/"that" (or the ccomp, in English) of a speech verb, up to
  the end of the sentence, an incise, a second report (", avant d'ajouter que", ", adding that"), a
  second predicate (", et a annoncé") or a comment (", ce que ..."); "Selon X, ..." / "According to
  X, ..." at the start of a sentence; where the language says so, the infinitive a speech verb governs
  (« a dit avoir reçu », ``infinitive_reports``). Not: negated verbs, questions ("si", "whether"), conjunctions
  ("ainsi que", "so that"), reflexive non-speech uses ("se poursuivre"), reports inside reports.
- Speakers: the verb's subject (inverted subject, the governing verb's subject for "avant d'ajouter"
  and "adding", the noun phrase before the verb when the parse has none, or the object of "selon"),
  looked up in the actor table by offsets; a singular pronoun goes to the actor the table gives for it,
  else to the last person mentioned whose mentions do not show the other gender, else (where the
  language says so) to the named speaker of the quotation before it; « Quant à X, il »: X.

Lexicons: ``<lang>/quotes/speech.yaml`` and ``morphology.yaml`` of each language folder, read through
:mod:`veille.languages` the first time a document of that language comes (once per instance). A
language without quotes data gets no quotes (logged once).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from veille import languages
from veille.analyze.actors.table import ActorTable
from veille.analyze.extensions import register_extensions
from veille.contract.models import Actor, Quote, Span, Speaker
from veille.errors import LanguageError

from ._boundaries import BOUNDARIES, BoundaryModel, Tokens, strip_edges
from ._cue_model import CUE_MODEL, CueModel
from ._cues import Cue
from ._direct import DirectCandidate, find_direct
from ._fallback import table_from_entities
from ._indirect import IndirectCandidate, find_indirect
from ._lexicon import QuoteLexicon, load_lexicon
from ._raised import raised_subject
from ._speaker import (
    SpeakerSpan,
    agent_of,
    behind_medium,
    gender_in,
    is_personal_pronoun,
    last_person_before,
    medium_after,
    passive_subject,
    pronoun_gender,
    relative_subject,
    resolve,
    topic_of,
)
from ._view import DocView

log = logging.getLogger(__name__)

_OWN_LETTERS = 2  # letters outside quotation marks that make a reported clause more than the quotation

register_extensions()


class QuotesComponent:
    """Finds the quotations of a Doc. A language's lexicon is read once, when first needed."""

    def __init__(self, default_language: str, use_models: bool = True) -> None:
        self.default_language = default_language
        self.use_models = use_models  # False: the rules' boundaries only (what the models are trained on)
        self._lexicons: dict[str, QuoteLexicon | None] = {}
        self._boundaries: dict[str, BoundaryModel | None] = {}
        self._cue_models: dict[str, CueModel | None] = {}

    def __call__(self, doc: Doc) -> Doc:
        doc._.veille_quotes = self.extract(doc)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    def lexicon(self, language: str) -> QuoteLexicon | None:
        """The cue lexicon of ``language`` (None when the language has no quotes data)."""
        if language not in self._lexicons:
            try:
                lex = load_lexicon(languages.get(language))
            except LanguageError:
                lex = None
            if lex is None:
                log.warning("quotes: no attribution cues for language %r; its quotes are not extracted", language)
            self._lexicons[language] = lex
        return self._lexicons[language]

    def boundaries(self, language: str) -> BoundaryModel | None:
        """The trained boundary model of ``language`` (``<lang>/quotes/boundaries.json``), or None."""
        if language not in self._boundaries:
            path = _model_path(language, BOUNDARIES)
            self._boundaries[language] = BoundaryModel.load(path) if path is not None else None
        return self._boundaries[language]

    def cue_model(self, language: str) -> CueModel | None:
        """The trained model of the cues the lexicon does not list (``<lang>/quotes/cue_model.json``), or None."""
        if language not in self._cue_models:
            path = _model_path(language, CUE_MODEL)
            self._cue_models[language] = CueModel.load(path) if path is not None else None
        return self._cue_models[language]

    def extract(self, doc: Doc) -> list[Quote]:
        ctx = doc._.veille_ctx
        language = getattr(ctx, "language", None) or self.default_language
        lex = self.lexicon(language)
        if lex is None:
            return []
        table = doc._.veille_actors
        if not isinstance(table, ActorTable):
            table = table_from_entities(doc)
        view = DocView(doc, getattr(ctx, "title_end", None))
        text = view.text

        found = find_direct(view, lex)
        direct = [c for c in found if not c.held]
        direct_spans = [(c.start, c.end) for c in direct]
        # the cues that follow their quotation ("“A,” she said")
        direct_cues = {c.cue.start for c in direct if c.cue is not None and c.end <= c.cue.start}
        indirect = _outermost([
            cand for cand in find_indirect(view, lex, direct_spans,
                                           self.cue_model(language) if self.use_models else None)
            if not _mostly_quoted(text, cand.start, cand.end, direct_spans)
            # "“A,” she said of the plan": the phrase after the quotation's cue belongs to the cue
            and not (cand.object_only and cand.cue.start in direct_cues)
        ])
        model = self.boundaries(language) if self.use_models else None
        if model is not None:
            toks = Tokens(doc)  # read once for all the clauses
            for clause in indirect:
                if not (clause.fragments or clause.final):
                    clause.start, clause.end = model.refine(view, clause.start, clause.end, clause.cue.start, toks)
        for clause in indirect:
            _take_in_quotations(clause, direct, view)
            _take_in_subject(clause, view, lex)
        direct = sorted(direct + [c for c in found if c.held and _reported_term(view, c, indirect)],
                        key=lambda c: c.start)
        quotes: list[tuple[Quote, bool, bool]] = []  # (quote, may inherit a speaker, weak)
        sources: list[tuple[Quote, Cue | None]] = []  # each quote with the cue that gave its speaker
        for cand in direct:
            cue = cand.cue
            # a partial quotation inside a reported clause: the words of that clause's speaker
            # (the clause may end before the quotation's final punctuation: "said A “B.”")
            inner = strip_edges(text, cand.start, cand.end)
            host = next((i for i in indirect if i.start <= inner[0] and inner[1] <= i.end), None)
            if host is not None:
                cue = host.cue
            speaker = self._speaker(cue, table, lex, view)
            inherit = cue is None and cand.sentence_initial
            quote = _quote(text, cand.start, cand.end, True, speaker, cue, lex, cand.fragments, _medium(view, cue, lex))
            if host is not None:  # part of the host's attribution (one attribution per cue)
                quote.inside = Span(host.start, host.end, text[host.start:host.end])
            quotes.append((quote, inherit, cand.weak))
            sources.append((quote, cue))
        for reported in indirect:
            speaker = self._speaker(reported.cue, table, lex, view)
            quote = _quote(text, reported.start, reported.end, False, speaker, reported.cue, lex,
                           reported.fragments, _medium(view, reported.cue, lex))
            quotes.append((quote, False, False))
            sources.append((quote, reported.cue))
        _pronouns_to_earlier_speakers(sources, view, lex)
        quotes.sort(key=lambda item: (item[0].start, -item[0].end))
        out = _join_interrupted(_inherit_speakers(quotes, view), view)
        log.debug("%d quotes (%d direct candidates, %d reported clauses)", len(out), len(direct), len(indirect))
        return out

    @staticmethod
    def _speaker(cue: Cue | None, table: ActorTable, lex: QuoteLexicon, view: DocView) -> Speaker | None:
        text = view.text
        if cue is None:
            return None
        if cue.speaker is None:
            if not cue.implied:
                return None
            actor = last_person_before(table, cue.start, text, lex)
            if actor is None:
                return None
            mention = max((m for m in actor.mentions if m.end <= cue.start), key=lambda m: m.end)
            return Speaker(name=actor.name, actor_id=actor.id, text=mention.text)
        span: SpeakerSpan | None = cue.speaker
        assert span is not None
        verb = view.doc[view.token_at(cue.start)]
        if cue.lemma in lex.raising_verbs and not any(
                c.dep_ == "xcomp" and lex.clause_lemma(c) is not None for c in verb.children):
            return None  # "X seems to": the writer's impression of X (but "X appeared to suggest": X's)
        if passive_subject(verb, span, lex):
            span = agent_of(verb)  # "X was accused by Y of": Y; "X is expected to": no one
            if span is None:
                return None
        if span.head.lower_ in lex.media:
            inner = behind_medium(span, lex)  # "a statement from the ministry said": the ministry
            if inner is None:
                return _issuer(span, table, view)
            span = inner
        if is_personal_pronoun(span.head, lex):
            taken_up = _topic_speaker(span, table, lex, text)
            if taken_up is not None:
                return taken_up
        speaker = resolve(span, table, lex, text)
        relative = relative_subject(view.doc[view.token_at(cue.start)], span)
        if speaker is not None and relative is not None:
            speaker.text = relative.text  # "X, who said": the source as the clause writes it
        return speaker


def _topic_speaker(pronoun: SpeakerSpan, table: ActorTable, lex: QuoteLexicon, text: str) -> Speaker | None:
    """The actor a subject pronoun takes up from the head of its sentence (« Quant au chef du parti, il
    a estimé »), with the pronoun as written; None when the phrase names no actor (« Quant au budget, il »)
    or shows the other gender."""
    topic = topic_of(pronoun.head, lex)
    if topic is None:
        return None
    gender = gender_in(text[topic.start:topic.end], lex)
    if gender is not None and gender != pronoun_gender(pronoun.head, lex):
        return None
    named = resolve(topic, table, lex, text)
    if named is None or named.actor_id is None:
        return None
    return Speaker(name=named.name, actor_id=named.actor_id, text=text[pronoun.start:pronoun.end])


def _pronouns_to_earlier_speakers(sources: list[tuple[Quote, Cue | None]], view: DocView, lex: QuoteLexicon) -> None:
    """A personal pronoun no actor was found for (« a-t-il ajouté » after « a assuré le ministre », « ont-elles
    ajouté ») speaks for the speaker of the quotation before it, in its paragraph or the one before, when
    that speaker is named (no pronoun) and shows neither the other gender nor the other number
    (``pronoun_continues_speaker``)."""
    if not lex.pronoun_continues_speaker:
        return
    text = view.text
    named: list[tuple[Cue, Speaker, SpeakerSpan]] = []  # (cue, speaker, its span), in cue order
    spoken = [(q, c, c.speaker) for q, c in sources if c is not None and c.speaker is not None]
    for quote, cue, span in sorted(spoken, key=lambda item: item[1].start):
        head = span.head
        if not is_personal_pronoun(head, lex):
            if quote.speaker is not None:
                named.append((cue, quote.speaker, span))
            continue
        if quote.speaker is not None and quote.speaker.actor_id is not None:
            continue  # the pronoun found its person
        earlier = [item for item in named if item[0].start < cue.start]
        if not earlier or not _near(view, earlier[-1][0].end, cue.start):
            continue
        _cue, speaker, antecedent = earlier[-1]
        gender = gender_in(text[antecedent.start:antecedent.end], lex)
        number = antecedent.head.morph.get("Number", [])
        if (gender is not None and gender != pronoun_gender(head, lex)) or (
                number and ("Plur" in number) != (head.lower_ in lex.plural_pronouns)):
            continue
        quote.speaker = Speaker(name=speaker.name, actor_id=speaker.actor_id, text=text[span.start:span.end])
        named.append((cue, speaker, antecedent))  # « a-t-il ajouté. ... a-t-il conclu »: the same speaker goes on


_COMPLEMENT_DEPS = frozenset({"obj", "dobj", "iobj", "obl:arg", "xcomp", "ccomp", "attr", "oprd"})  # both parsers


def _reported_term(view: DocView, cand: DirectCandidate, indirect: list[IndirectCandidate]) -> bool:
    """A quoted term after a determiner (``held``) that its cue reports: it lies inside a reported clause,
    or it heads a complement of the cue's verb (« a dénoncé la « trahison » de X », not « a annoncé un plan
    pour la « cité radieuse » »)."""
    if any(i.start <= cand.start and cand.end <= i.end for i in indirect):
        return True
    cue = cand.cue
    if cue is None or cue.lemma is None or cue.start > cand.start:
        return False
    doc = view.doc
    verb = view.token_at(cue.start)
    words = doc[view.token_at(cand.start):view.token_from(cand.end)]
    roots = [t for t in words if not (words.start <= t.head.i < words.end) or t.head.i == t.i]
    return len(roots) == 1 and roots[0].head.i == verb and roots[0].dep_ in _COMPLEMENT_DEPS


def _model_path(language: str, where: tuple[str, ...]) -> Path | None:
    """The file of a trained model in ``language``'s data folder, or None (no such file or language)."""
    try:
        spec = languages.get(language)
    except LanguageError:
        return None
    return spec.path(*where) if spec.has(*where) else None


def _issuer(span: SpeakerSpan, table: ActorTable, view: DocView) -> Speaker | None:
    """The speaker of "the statement said" (a definite medium naming no source): the actor mentioned
    last before it, in its paragraph or the one before ("X issued a statement. The statement said"),
    with the medium as written."""
    doc = view.doc
    first = doc[view.token_at(span.start)]
    if not (first.morph.get("Definite", []) == ["Def"] or first.morph.get("PronType", []) == ["Dem"]):
        return None  # "a statement said": no one known
    lo = view.paragraph(span.start)[0]
    before = view.paragraph(lo - 1)[0] if lo > 0 else lo
    best: tuple[int, Actor] | None = None
    for actor in table.actors:
        if actor.kind not in ("person", "organization", "group", "country"):
            continue
        for m in actor.mentions:
            if before <= m.start and m.end <= span.start and (best is None or m.end > best[0]):
                best = (m.end, actor)
    if best is None:
        return None
    return Speaker(name=best[1].name, actor_id=best[1].id, text=view.text[span.start:span.end])


def _quote(
    text: str, start: int, end: int, direct: bool, speaker: Speaker | None, cue: Cue | None,
    lex: QuoteLexicon, fragments: tuple[tuple[int, int], ...] = (), medium: bool = False,
) -> Quote:
    cue_span = Span(cue.start, cue.end, text[cue.start:cue.end]) if cue is not None else None
    kind = None
    if cue is not None:
        kind = lex.kind_of(cue.lemma)
        if kind == "speech" and medium:
            kind = "writing"  # "said in a statement", "a indiqué dans un communiqué"
        elif kind == "speech" and cue.speaker is not None and cue.speaker.head.lemma_.lower() in lex.evidence:
            kind = "finding"  # "according to a poll", "d'après un rapport de la Cour des comptes"
    return Quote(start=start, end=end, text=text[start:end], direct=direct, speaker=speaker, cue=cue_span,
                 kind=kind,
                 fragments=[Span(s, e, text[s:e]) for s, e in fragments])


def _medium(view: DocView, cue: Cue | None, lex: QuoteLexicon) -> bool:
    if cue is None or cue.lemma is None:
        return False
    if cue.speaker is not None and cue.speaker.head.lower_ in lex.media:
        return True  # « Le communiqué de la préfecture indique que »: the medium's source wrote it
    return medium_after(view.doc[view.token_at(cue.start)], lex, len(view.doc))


def _take_in_quotations(clause: IndirectCandidate, direct: list[DirectCandidate], view: DocView) -> None:
    """A reported clause that ends inside a quotation it opens ("said that “A. B.”": the sentence
    ended inside the marks) goes on to the quotation's end, in the same paragraph, unless the quotation
    has a reporting clause of its own after the clause's cue ("that ..., X said, “B.”")."""
    if clause.fragments:
        return
    for cand in direct:
        if cand.cue is not None and cand.cue.start > clause.cue.start:
            continue
        for start, end in cand.fragments or ((cand.start, cand.end),):
            if clause.start <= start < clause.end < end and view.paragraph(start) == view.paragraph(end):
                clause.end = end


def _take_in_subject(clause: IndirectCandidate, view: DocView, lex: QuoteLexicon) -> None:
    """A clause whose cue's subject is no source ("X is expected to ...", "X seems to ...") starts with
    that subject, in a piece of its own before the cue."""
    if clause.fragments:
        return
    verb = view.doc[view.token_at(clause.cue.start)]
    subject = raised_subject(view, lex, verb, clause.start)
    if subject is not None:
        clause.fragments = (subject, (clause.start, clause.end))
        clause.start = subject[0]


def _outermost(cands: list[IndirectCandidate]) -> list[IndirectCandidate]:
    """Drop a report whose speech verb lies inside another report ("X said it was unfair to say
    that ..."): the outer clause already holds it."""
    out: list[IndirectCandidate] = []
    for cand in sorted(cands, key=lambda c: (c.start, -c.end)):
        if any(o.start <= cand.cue.start < o.end for o in out):
            continue
        out.append(cand)
    return out


def _mostly_quoted(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """An indirect clause that is a direct quotation already found: fewer than ``_OWN_LETTERS`` of its
    letters are outside it (else the clause is a mixed attribution, "he said the cuts “hurt”")."""
    own = _letters(text, start, end) - sum(_letters(text, max(s, start), min(e, end))
                                           for s, e in spans if s < end and start < e)
    return own < _OWN_LETTERS


def _letters(text: str, start: int, end: int) -> int:
    return sum(1 for ch in text[start:end] if ch.isalnum())


def _inherit_speakers(quotes: list[tuple[Quote, bool, bool]], view: DocView) -> list[Quote]:
    """A cue-less quotation opening a sentence continues the words of the previous speaker.

    Short cue-less ones (``weak``) are kept only when they do (else they are likely slogans or titles).
    """
    out: list[Quote] = []
    last: Quote | None = None
    for quote, inherit, weak in quotes:
        if inherit and quote.speaker is None and last is not None and last.speaker is not None:
            if _near(view, last.end, quote.start):
                sp = last.speaker
                quote.speaker = Speaker(name=sp.name, actor_id=sp.actor_id, text=sp.text)
        if weak and quote.speaker is None:
            continue
        out.append(quote)
        if quote.speaker is not None:
            last = quote
    return out


def _join_interrupted(quotes: list[Quote], view: DocView) -> list[Quote]:
    """“A,” he said. “B.” is one attribution in fragments: a cue-less quotation that opens the sentence
    right after the reporting clause of the quotation before it, in the same paragraph or the next one,
    and each cue-less quotation opening the paragraph after those (PolNeAR's convention)."""
    out: list[Quote] = []
    for quote in quotes:
        if quote.direct and quote.cue is None:
            report = _trailing_report(out, view, quote)
            last = report if report is not None else _last_direct(out)
            if last is not None and (report is not None or _goes_on(view, last, quote)):
                text = view.text
                pieces = last.fragments or [Span(last.start, last.end, last.text)]
                pieces += quote.fragments or [Span(quote.start, quote.end, quote.text)]
                last.end = quote.end
                last.text = text[last.start:last.end]
                last.fragments = pieces
                continue
        out.append(quote)
    return out


def _trailing_report(out: list[Quote], view: DocView, quote: Quote) -> Quote | None:
    """The reported clause a cue-less quotation goes on with: "A, the minister said. “B.”" (or "The plan
    does “too little,” she said. “B.”", through the quotation inside the clause): the clause's
    reporting clause follows it and ends the sentence right before the quotation (which may open the
    next paragraph); else None."""
    if not out:
        return None
    last = out[-1]
    if last.direct and last.inside is not None:
        last = next((q for q in reversed(out) if not q.direct and q.start == last.inside.start), last)
    cue = last.cue
    if last.direct or last.fragments or cue is None or cue.start < last.end:
        return None
    if not _goes_on(view, last, quote):
        return None
    return last if _sentence_ends_before(view, cue, quote) else None


def _last_direct(out: list[Quote]) -> Quote | None:
    """The last quotation kept, past the reported phrases after it that hang on its reporting clause
    ("“A,” X said, referring to [the debate]. “B.”": the phrase is no interruption of the quotation)."""
    skipped: list[Quote] = []
    for quote in reversed(out):
        if quote.direct:
            cue = quote.cue
            if skipped and (cue is None or any(q.start < cue.end or q.fragments for q in skipped)):
                return None
            return quote
        skipped.append(quote)
    return None


_OPENING = " \t\n«“„\"'‘"


def _goes_on(view: DocView, last: Quote, quote: Quote) -> bool:
    """``quote`` continues ``last``: ``last``'s cue (a reporting verb) comes after its first piece, and
    ``quote`` is in the same paragraph, or opens the next one right after the cue's sentence or after
    a continuation."""
    cue = last.cue
    first_end = last.fragments[0].end if last.fragments else last.end
    if cue is None or not first_end <= cue.start <= cue.end <= quote.start:
        return False
    if not _near(view, last.end, quote.start):
        return False
    text = view.text
    if not any(ch.isalpha() for ch in text[cue.start:cue.end]):
        return False  # a signature ("” ― Name") ends its own quotation
    if view.paragraph(last.end) == view.paragraph(quote.start):
        return True
    gap = text[max(last.end, cue.end):quote.start]
    if gap.count("\n\n") > 1:
        return False
    if last.end > cue.end:  # after a continuation: only marks and the paragraph break
        return not gap.strip(_OPENING + "»”’")
    return _sentence_ends_before(view, cue, quote)


def _sentence_ends_before(view: DocView, cue: Span, quote: Quote) -> bool:
    """The sentence of the reporting clause ``cue`` ends right before ``quote`` (or the paragraph ends)."""
    doc = view.doc
    cue_tok = view.token_at(cue.start)
    stop = view.sentence_end(cue_tok, len(doc))
    first = view.token_at(quote.start)
    return all(doc[k].is_space or doc[k].is_punct for k in range(min(stop, first), first)) and (
        stop < first or "\n" in view.text[cue.end:quote.start])


def _near(view: DocView, end: int, start: int) -> bool:
    """Same paragraph, or the paragraph right after."""
    paras = view.paragraphs
    a, b = view.paragraph(end), view.paragraph(start)
    if a == b:
        return True
    try:
        return paras.index(b) - paras.index(a) == 1
    except ValueError:
        return False


@Language.factory("veille_quotes")
def make_quotes(nlp: Language, name: str) -> QuotesComponent:
    assert nlp.lang is not None, "a spaCy pipeline always has a language"
    return QuotesComponent(nlp.lang)
