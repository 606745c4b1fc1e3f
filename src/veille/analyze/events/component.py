"""The ``veille_events`` spaCy component: PLOVER events with their actors, status, date and place.

Reads ``doc._.veille_ctx``, ``doc._.veille_actors`` (ActorTable), ``doc._.veille_times``,
``doc._.veille_places`` and ``doc._.veille_quotes`` (each possibly None) and writes
``doc._.veille_events`` (list[Event]). Everything language-specific is in ``veille/data/lang/<code>/events``.
"""

from __future__ import annotations

import datetime
import logging
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from spacy.attrs import IS_SPACE, LEMMA, LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from veille import languages
from veille.analyze.events._arguments import ArgumentFinder, Side, Sides
from veille.analyze.events._attributes import Attributes
from veille.analyze.events._confidence import ConfidenceFactors, hand_confidence
from veille.analyze.events._lexicon import (
    MONEY_OBJECT,
    ArgumentRules,
    Lexicon,
    Ontology,
    TypeInfo,
    load_lexicon,
    load_ontology,
)
from veille.analyze.events._merge import codes, merge_mentions
from veille.analyze.events._patterns import PatternIndex
from veille.analyze.events._state import DocState, dedupe_refs
from veille.analyze.events._syntax import (
    AGENT_DEPS,
    REL_WORDS,
    VERBAL_POS,
    complements,
    counted_nouns,
    definite,
    determiner,
    free_relative_name,
    indefinite,
    is_passive,
    nearest_verb,
    phrase,
    preps_of,
    receiving_verb,
    runs,
)
from veille.analyze.events._triggers import Trigger, TriggerFinder, object_lemmas
from veille.analyze.extensions import doc_text, register_extensions
from veille.contract.models import ActorRef, Event, Place, Time
from veille.contract.models import Span as CSpan
from veille.countries import country_points
from veille.timex import day_range

log = logging.getLogger(__name__)
register_extensions()

_RELATIVE = frozenset({"acl:relcl", "relcl"})
_CLAUSE_BREAK = frozenset({"acl:relcl", "relcl", "advcl", "parataxis", "ccomp", "conj"})
# the dependency by which a complement hangs from a controlling trigger (promettre *que*, refuse *to*)
_COMPLEMENT = frozenset({"xcomp", "ccomp", "obj", "dobj", "iobj", "obl:arg", "prep", "acl", "dative", "attr",
                         "oprd", "nsubj:pass", "nsubjpass"})


@dataclass(slots=True)
class _Draft:
    trig: Trigger
    sides: Sides
    event: str
    mode: str | None
    status: str
    purpose: bool
    deliberated: bool = False  # only weighed by a governing verb: hypothetical, never a threat
    anaphoric: bool = False  # its subject is a nominal event of its type ("The raids hit ..."): told before
    context: list[str] = field(default_factory=list)
    amount_head: Token | None = None
    absorbed: list[_Draft] = field(default_factory=list)


class _Language:
    """The per-language machinery, built once."""

    def __init__(self, nlp: Language, lexicon: Lexicon, ontology: Ontology) -> None:
        self.lex = lexicon
        reciprocal = frozenset(name for name, info in ontology.types.items() if info.reciprocal)
        patterns = PatternIndex.load(languages.get(lexicon.language), ontology.confidence, reciprocal,
                                     ontology.motion_modes, lexicon.args.measure_nouns)
        self.triggers = TriggerFinder(nlp.vocab, lexicon, patterns)
        self.args = ArgumentFinder(lexicon, ontology)
        self.attrs = Attributes(lexicon)


def _citizens(side: Sequence[ActorRef], sectors: frozenset[str]) -> bool:
    """Every actor of ``side`` is people of a country in one of ``sectors`` (no state, no armed force)."""
    return bool(side) and all(r.code and r.sector and set(r.sector) <= sectors for r in side)


def _adopts_acting_text(t: Trigger, by_token: dict[int, Trigger], args: ArgumentRules) -> bool:
    """``t`` adopts or signs a text whose participle or relative clause is an event of another type (« a adopté
    une résolution condamnant X », "passed a resolution that condemns X"): the text acts for who adopts it (that
    clause's event has the adopter as its agent), and adopting it is no agreement of its own (vetoing it is a
    refusal all the same: "vetoed a resolution condemning Syria")."""
    if t.kind == "noun" or t.sense.event != "AGREE":
        return False
    return any(
        obj.dep_ in args.object and obj.lemma_.lower() in args.instrument_nouns and any(
            c.dep_.startswith("acl") and c.i in by_token and by_token[c.i].sense.event != t.sense.event
            for c in obj.children)
        for obj in t.token.children)


def _governing_verb(lang: _Language, noun: Token) -> Token | None:
    """The verb whose object the event noun ``noun`` is (« ont engagé *des discussions* »; the partitive article
    read as a preposition after a day word, « ont entamé mardi *des* négociations »), else None."""
    partitive = noun.dep_ == "obl:arg" and any(
        c.dep_ == "case" and c.lower_ in lang.lex.args.partitive_articles for c in noun.children)
    if (noun.dep_ in lang.lex.args.object or partitive) and noun.head.i != noun.i and noun.head.pos_ in VERBAL_POS:
        return noun.head
    return None


def _joined_by_people(lang: _Language, noun: Token) -> bool:
    """The event noun ``noun`` is the object or the complement of a verb of taking part (``joining_verbs``) whose
    subject names people only by what they are or how many ("hundreds of farmers joined a march", "2,000 people
    gathered at a rally", « des milliers de personnes ont participé à une manifestation »)."""
    args = lang.lex.args
    verb = noun.head.head if noun.head.pos_ == "ADP" else noun.head
    if verb.i == noun.i or verb.pos_ not in VERBAL_POS or noun.dep_ in args.subject:
        return False
    lemmas = lang.lex.lemmas(verb)
    seconds = [c.lower_ for c in verb.children if c.dep_ in ("prt", "compound:prt") or c.dep_ in args.object]
    if args.joining_verbs.isdisjoint(lemmas) and not any(f"{w} {p}" in args.joining_verbs
                                                         for w in lemmas for p in seconds):
        return False
    return any(c.dep_ in args.subject and lang.args.names_people(c) for c in verb.children)


def _drew_people(lang: _Language, noun: Token) -> bool:
    """The event noun ``noun`` is the subject of a verb of turnout (``turnout_verbs``) whose object names people by
    what they are or how many ("the march drew 40,000 people", « la journée de grève a réuni 500 000
    manifestants »): news of a protest told by its count, as "40,000 people marched" is; the noun may complete an
    undertaking or a span ("a day of strikes", « la journée de grève »). A concert drawing a crowd is no event
    noun, and "the protest drew criticism" names no people."""
    args = lang.lex.args
    up = noun.head.head if noun.head.pos_ == "ADP" else noun.head
    if noun.dep_ not in args.subject and up.i != noun.i and up.pos_ == "NOUN" and (
            up.lemma_.lower() in args.action_heads or up.lemma_.lower() in args.span_nouns):
        noun = up
    verb = noun.head
    if noun.dep_ not in args.subject or verb.i == noun.i or verb.pos_ not in VERBAL_POS:
        return False
    lemmas = lang.lex.lemmas(verb)
    particles = [c.lower_ for c in verb.children if c.dep_ in ("prt", "compound:prt") or c.lower_ == "together"]
    if args.turnout_verbs.isdisjoint(lemmas) and not any(f"{w} {p}" in args.turnout_verbs
                                                         for w in lemmas for p in particles):
        return False
    return any(c.dep_ not in args.subject and lang.args.names_people(c) for c in verb.children)


def _undergone(lang: _Language, noun: Token) -> bool:
    """The event noun ``noun`` is what the subject of its verb undergoes (« a essuyé des tirs », "came under
    attack")."""
    args = lang.lex.args
    return receiving_verb(noun, args.object, args.receiving_verbs, args.receiving_preps) is not None


def _in_subject(tok: Token, root: Token, subject_deps: frozenset[str]) -> bool:
    """``tok`` lies in the phrase of a subject (or of an apposition) on its way up to ``root``."""
    while tok.i != root.i and tok.head.i != tok.i:
        if tok.dep_ in subject_deps or tok.dep_ == "appos":
            return True
        tok = tok.head
    return False


def _in_exchange(tok: Token, phrases: frozenset[str]) -> bool:
    """The clause of ``tok`` (an infinitive's: its governing verb's too) opens a complement saying it is done in
    exchange ("In return, Cairo pledged ...", « En échange, Accra s'est engagé à ... », "in exchange for aid")."""
    clause = [tok, tok.head] if tok.dep_ == "xcomp" else [tok]
    for verb in clause:
        for c in verb.children:
            words = " ".join(t.lower_ for t in verb.doc[c.left_edge.i:c.right_edge.i + 1] if not t.is_punct)
            if any(words == p or words.startswith(p + " ") for p in phrases):
                return True
    return False


def _told_again(tok: Token) -> bool:
    """``tok`` may name a thing told before: definite or demonstrative, or plural with an indefinite determiner
    (« a dénoncé des sanctions injustes », « des mesures qui visent à »: French marks a plural of known things
    told again by its qualities with « des », not with the definite article)."""
    if definite(tok):
        return True
    det = determiner(tok)
    return indefinite(tok) and det is not None and det.morph.get("Number", []) == ["Plur"]


class EventsComponent:
    def __init__(self, nlp: Language, name: str = "veille_events", min_confidence: float | None = None) -> None:
        self.name = name
        self.nlp = nlp
        self.onto = load_ontology()
        # events below this confidence are not output (default: the ontology's, chosen on dev data)
        self.min_confidence = self.onto.min_confidence if min_confidence is None else min_confidence
        self._langs: dict[str, _Language] = {}
        assert nlp.lang is not None  # a language's pipeline (spaCy's Language subclasses name theirs)
        self.lang: str = nlp.lang
        self._get(self.lang)

    def _get(self, language: str) -> _Language:
        lang = self._langs.get(language)
        if lang is None:
            lang = self._langs[language] = _Language(self.nlp, load_lexicon(language), self.onto)
        return lang

    # -- entry point ------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        ctx = doc._.veille_ctx
        language = getattr(ctx, "language", None) or self.lang
        published = getattr(ctx, "published", None)
        lang = self._get(language if language in languages.registry() else self.lang)
        if not doc.has_annotation("DEP") or not doc.has_annotation("LEMMA"):
            log.debug("no parse or lemmas: the events stage needs both")
            doc._.veille_events = []
            return doc
        state = DocState.build(doc, self.onto.non_state_codes, lang.lex.args.national_bodies)
        history: list[Side] = []
        events: list[Event] = []
        anaphoric: set[int] = set()  # indexes of events told again through a nominal subject
        phrase_starts = lang.triggers.phrase_starts(doc)
        for sent in segments(doc):
            state.sent = sent
            for draft in self._sentence(lang, state, sent, history, phrase_starts):
                event = self._event(lang, state, sent, draft, published, events)
                if event is not None:
                    if draft.anaphoric:
                        anaphoric.add(len(events))
                    events.append(event)
                    history.append(list(draft.sides.source) + list(draft.sides.target))
        if self._sports_page(lang.lex.args, doc):
            # "Australia crushed England", « les Belges ont capitulé », a player by his name: teams and people
            # coded by a country alone; an office or a body (a minister, the police, a court) still acts there
            events = [e for e in events if any(r.sector for r in e.actor)]
        events = merge_mentions(events, self.onto, anaphoric)
        self._inherit_location(events)
        events = [e for e in events if e.confidence >= self.min_confidence]
        for n, ev in enumerate(events, 1):
            ev.id = f"E{n}"
        doc._.veille_events = events
        return doc

    # -- one sentence -----------------------------------------------------------------------
    def _share_addressee(self, drafts: dict[int, _Draft], object_deps: frozenset[str]) -> None:
        """A bare speech act (no object, no content clause) that names nobody, coordinated with one of the same
        subject that does, is addressed to the same side (« Washington a vivement protesté et exigé des autorités
        serbes qu'elles ... »): the verbs share their complements. (One with an object of its own, "denounced the
        declaration and called on the Security Council", addresses whom its object makes it address.)"""
        for d in drafts.values():
            tok = d.trig.token
            if d.sides.target or d.trig.kind == "noun" or not self.onto.types[d.event].verbal or d.trig.sense.answers:
                continue  # (a denial answers whoever accused, not whom the next verb addresses)
            if any(c.dep_ in object_deps or c.dep_ in ("ccomp", "xcomp") for c in tok.children):
                continue
            partners = [tok.head] if tok.dep_ == "conj" else []
            partners += [c for c in tok.children if c.dep_ == "conj"]
            for p in partners:
                other = drafts.get(p.i)
                if other is not None and other.trig.kind != "noun" and other.sides.target and (
                        self.onto.types[other.event].verbal):
                    d.sides.target = list(other.sides.target)
                    break

    def _sentence(self, lang: _Language, state: DocState, sent: Span, history: list[Side],
                  phrase_starts: list[int] | None = None) -> list[_Draft]:
        triggers = lang.triggers.find(sent, phrase_starts)
        state.event_words = {t.token.i: t.sense.event for t in triggers}
        if not triggers:
            return []
        by_token = {t.token.i: t for t in triggers}
        args = lang.lex.args
        adopters = {t.token.i for t in triggers if _adopts_acting_text(t, by_token, args)}
        if adopters:
            triggers = [t for t in triggers if t.token.i not in adopters]
            by_token = {i: t for i, t in by_token.items() if i not in adopters}
        controller: dict[int, int] = {}  # trigger token -> controlling/absorbing trigger token
        for t in triggers:
            tok = t.token
            child = tok
            if t.kind != "noun" and tok.dep_.startswith("advcl") and tok.head.i in by_token and (
                self._purpose(lang, tok) or self._bare_participle(tok, args)
            ) and not (t.sense.event == "ACCUSE" and by_token[tok.head.i].sense.event in self.onto.measure_types):
                # "blocked roads to press their demands", "rioted, demanding ...": one event, the main one
                # (not a measure's grounds: "expelled two diplomats, accusing them of spying" is two acts)
                controller[tok.i] = tok.head.i
                continue
            first = self._first_conjunct(tok)
            if t.kind != "noun" and first is not tok and first.dep_.startswith("advcl") and (
                    first.head.i in by_token and by_token[first.head.i].sense.event == t.sense.event
                    and self._bare_participle(first, args) and self._bare_participle(tok, args)):
                # "shelled the island, killing two marines and setting houses ablaze": what the shelling did
                # (not "..., injuring dozens and arresting 40": another act)
                controller[tok.i] = first.head.i
                continue
            told = self._told_by_participle(t, by_token, args)
            if told is not None:
                controller[tok.i] = told
                continue
            circumstantial = t.kind == "noun" and lang.args.is_circumstantial(tok)
            crossed = False  # a relative or adverbial clause lies between the trigger and the outer one
            for anc in tok.ancestors:
                if anc.i in by_token:
                    above = by_token[anc.i]
                    if crossed or child.dep_ in _RELATIVE:
                        break
                    if above.sense.controls and not circumstantial and (child.dep_ in _COMPLEMENT or (
                            # « s'est engagé jeudi à verser »: the parser makes the complement an adverbial clause
                            # after the day word; the marker the sense asks for still heads it
                            child.dep_ == "advcl" and preps_of(child) & above.sense.with_)):
                        controller[tok.i] = anc.i
                    elif t.kind == "noun" and not circumstantial and child.dep_ not in _CLAUSE_BREAK and (
                        tok.dep_ not in args.subject and tok.dep_ not in args.passive_subject
                    ):
                        controller[tok.i] = anc.i
                    break
                if anc.pos_ in ("NOUN", "PROPN") and lang.args.is_circumstantial(anc):
                    circumstantial = True
                if child.dep_ in _RELATIVE or (t.kind == "noun" and child.dep_ in _CLAUSE_BREAK) or (
                        child.dep_ == "pcomp" and anc.lower_ in args.reason_preps) or self._starts_statement(
                        lang, anc):
                    # (a deed punished or thanked for, "vowed to punish X for sinking a warship", was done; a
                    # statement of its own conjoined to a demand's clause, "demanded that both sides restore
                    # deliveries, and the Czech prime minister said he would travel to Moscow", is no content of it)
                    crossed = True
                child = anc
        for t in triggers:
            first = self._first_conjunct(t.token)
            if t.kind != "noun" and t.token.i not in controller and first is not t.token and (
                    controller.get(first.i) is not None and by_token[controller[first.i]].sense.controls
                    and not any(c.dep_ in args.subject for c in t.token.children)):
                # "vowed to hunt down and bring to justice": a verb conjoined with a promised or demanded act, with
                # no subject of its own, is promised or demanded too
                controller[t.token.i] = controller[first.i]
        for t in triggers:
            if t.token.i not in controller:
                undoer = self._undoer(lang, t.token, by_token)
                if undoer is not None:
                    controller[t.token.i] = undoer
        for t in triggers:
            # "made a plea for the release of X", « a lancé un appel à la libération de X »: the parser hung
            # the content on the light verb; it belongs to the controlling noun that verb governs
            if t.kind != "noun" or t.token.i in controller:
                continue
            v = nearest_verb(t.token)
            if v is None or v.i in by_token:
                continue
            for child in v.children:
                ctl = by_token.get(child.i)
                if ctl is not None and child.i < t.token.i and ctl.kind == "noun" and ctl.sense.controls and (
                        child.dep_ in args.object) and t.token not in child.ancestors:
                    controller[t.token.i] = child.i
                    break
        drafts: dict[int, _Draft] = {}
        triggers_at = set(by_token)
        for t in triggers:
            if t.kind == "noun":
                sides = lang.args.for_noun(state, t, history, triggers_at)
            else:
                sides = lang.args.for_verb(state, t, history)
            status = self._status(lang, t, sides)
            if t.sense.status and status == "actual":
                status = t.sense.status
            drafts[t.token.i] = _Draft(
                trig=t, sides=sides, event=t.sense.event, mode=t.sense.mode, status=status,
                purpose=self._purpose(lang, t.token), context=list(t.sense.context),
                deliberated=lang.attrs.deliberated(self._status_head(t), itself=t.kind == "noun") or (
                    t.kind == "noun" and lang.attrs.weighed_by_noun(t.token)),
                amount_head=self._amount_head(t, lang),
                anaphoric=t.kind != "noun" and (not sides.source and any(
                    c.dep_ in args.subject and c.i in by_token and by_token[c.i].kind == "noun"
                    and by_token[c.i].sense.event == t.sense.event
                    for c in self._subject_holder(args, t.token).children) or self._signs_the_deal(t, by_token)
                    or t.sense.claims),
            )
        # lift the content of controlled clauses into their controller
        for inner_i, outer_i in sorted(controller.items(), key=lambda kv: -kv[0]):
            inner, outer = drafts[inner_i], drafts[outer_i]
            outer.absorbed.append(inner)
            if self._judges_told_act(lang, outer, inner) and inner.sides.source:
                # "condemned the Russian attack on Ukraine", « a dénoncé les frappes israéliennes sur le Liban »:
                # a judgement of an act whose doer the noun names is addressed to that doer, not to whom the act
                # struck (with no doer named, what it struck is kept: the article's convention so far)
                struck = {(r.actor_id, r.text) for r, _kind in inner.sides.target}
                kept = [(r, k) for r, k in outer.sides.target if (r.actor_id, r.text) not in struck]
                given = {(r.actor_id, r.text) for r, _kind in kept} | {r.code for r, _kind in outer.sides.source}
                outer.sides.target = kept + [(r, k) for r, k in inner.sides.source
                                             if (r.actor_id, r.text) not in given and r.code not in given]
            elif outer.trig.sense.controls and inner.trig.kind == "noun":
                # "a plea for the release of X": the addressee, not the X the verb's object phrase named
                content = {(r.actor_id, r.text) for r, _kind in inner.sides.target}
                # (parties agreeing among themselves address nobody: "Israel and Hamas agreed to a ceasefire
                # brokered by Egypt")
                among_themselves = self.onto.types[outer.event].reciprocal and len(
                    {r.code for r, _kind in outer.sides.source} - {None}) >= 2
                if not among_themselves and all((r.actor_id, r.text) in content for r, _kind in outer.sides.target):
                    outer.sides.target = list(self._addressee_of_content(inner, self.onto))
            elif outer.trig.sense.controls:
                addressee = self._addressee_of_clause(lang, outer, inner)
                if not outer.sides.target:
                    outer.sides.target = addressee or list(inner.sides.target)
                if not outer.sides.source and not outer.trig.sense.obligation and not addressee:
                    # (an obligation's content names its addressee, not who states it; so does a demand's
                    # clause with its own subject: "an ultimatum demanding that Iraq withdraw")
                    outer.sides.source = list(inner.sides.source)
                if outer.sides.location is None:
                    outer.sides.location = inner.sides.location
                if outer.amount_head is None:
                    outer.amount_head = inner.amount_head
            elif inner.trig.kind == "noun" and inner.event == outer.event:
                # "tués dans une frappe israélienne", "killed in a US drone strike": the nominal event
                # names the agent (and victim) the verb leaves implicit
                if not outer.sides.source:
                    outer.sides.source = list(inner.sides.source)
                if not outer.sides.source and outer.sides.passive and outer.sides.target:
                    # "killed in clashes with Israeli soldiers": the party fought with is the other side
                    outer.sides.source = lang.args.comitative(state, inner.trig.token)
                if not outer.sides.target:
                    outer.sides.target = list(inner.sides.target)
            elif inner.purpose and outer.event == "PROTEST" and not outer.sides.target and inner.sides.target:
                # "rallied in Tbilisi to denounce Russian aggression", « ont défilé pour dénoncer l'intervention
                # française »: the protest addresses whom its purpose denounces or makes demands of
                outer.sides.target = list(inner.sides.target)
            elif inner.event == outer.event and not outer.trig.sense.controls:
                # "carried out attacks in Jordan, killing four soldiers", "bombed the port, killing ten": the
                # participle's victims were the attacks'
                outer.sides.target += inner.sides.target
                # ("opened fire, killing 12 people": the participle's objects are people, the attack had victims)
                outer.sides.unknown_target = outer.sides.unknown_target and inner.sides.unknown_target
                if not outer.sides.source:
                    outer.sides.source = list(inner.sides.source)
            for c in inner.context:
                if c not in outer.context:
                    outer.context.append(c)
        for d in drafts.values():
            if d.trig.sense.controls and not d.sides.target and d.trig.kind != "noun":
                d.sides.target = self._complement_actors(lang, state, d)
        self._share_addressee(drafts, args.object)
        out: list[_Draft] = []
        for i, d in drafts.items():
            if i in controller:
                continue
            if not self._keep(lang, d):
                continue
            out.append(d)
        return self._merge_same_type(lang, out)

    def _undoer(self, lang: _Language, tok: Token, by_token: dict[int, Trigger]) -> int | None:
        """The trigger whose object or complement holds ``tok`` and whose type undoes what it holds (PLOVER
        REJECT: "rejected an invitation to attend talks", « a rejeté une invitation à participer aux
        pourparlers »: no talks), not across a relative clause; None when there is none."""
        held = lang.lex.args.object | {"xcomp", "ccomp"}
        child = tok
        for anc in tok.ancestors:
            if child.dep_ in _RELATIVE:
                return None
            above = by_token.get(anc.i)
            if above is not None and child.dep_ in held and self.onto.types[above.sense.event].undoes_content:
                return anc.i
            child = anc
        return None

    @staticmethod
    def _sideless_subjects(lang: _Language, state: DocState, clause: Token) -> list[Token]:
        """The subjects of ``clause`` that are common nouns whose phrase names no actor ("the speech")."""
        return [g for g in clause.children if g.dep_ in lang.lex.args.subject and g.pos_ == "NOUN"
                and not state.actors_in(runs(list(g.subtree)))]

    def _told_act_subject(self, lang: _Language, state: DocState, clause: Token) -> bool:
        """The subject of ``clause`` is a definite event noun naming no side in its phrase ("the arrests",
        "the attack"): an act the article told, whose sides are that act's, not the noun's neighbours."""
        return any(definite(g) and (g.lemma_.lower() in lang.lex.nouns or g.lower_ in lang.lex.nouns)
                   for g in self._sideless_subjects(lang, state, clause))

    @staticmethod
    def _starts_statement(lang: _Language, tok: Token) -> bool:
        """A reporting verb with a subject of its own conjoined into a clause ("demanded that both sides restore
        deliveries, and the Czech prime minister said he would travel to Moscow"): a new statement, whatever the
        parser hung it on."""
        return tok.dep_ == "conj" and tok.lemma_.lower() in lang.lex.status.reporting and any(
            c.dep_ in lang.lex.args.subject for c in tok.children)

    def _own_content(self, lang: _Language, clause: Token) -> list[Token]:
        """The tokens of ``clause`` without the statements of their own conjoined into it."""
        cut = {x.i for t in clause.subtree if t.i != clause.i and self._starts_statement(lang, t) for x in t.subtree}
        return [t for t in clause.subtree if t.i not in cut]

    def _complement_actors(self, lang: _Language, state: DocState, d: _Draft) -> Side:
        """"exhorter les dirigeants à lancer une invitation à rejoindre l'OTAN": the actors named in the
        content clause of a controlling verb, when its own complements named none."""
        tok = d.trig.token
        src = {r.code for r, _k in d.sides.source}
        out: Side = []
        if d.trig.sense.obligation:
            for c in tok.children:
                if c.dep_ == "ccomp":
                    if self._told_act_subject(lang, state, c) or (
                            d.trig.sense.mode == "disapprove" and self._sideless_subjects(lang, state, c)):
                        # "said the arrests were an outrage": the doer of the arrests told before; "said the
                        # speech was a disgrace": whose speech the clause does not say
                        continue
                    found, _ = lang.args.subject(state, c, [])
                    out += [(r, k) for r, k in found if r.code not in src]
            if out:
                return out
        wh_words = lang.lex.status.wh_words
        for c in tok.children:
            if any(free_relative_name(g, wh_words) for g in c.children):
                continue  # "condemned what he called an attack": a name for a deed, no one addressed
            if c.dep_ in ("xcomp", "ccomp") or (c.dep_ in lang.lex.args.object and c.pos_ in VERBAL_POS):
                for actor, text in state.actors_in(runs(self._own_content(lang, c))):
                    if actor.country not in src:
                        out.append((state.ref(actor, text), actor.kind))
        if not out:
            # an event noun the verb controls as its object is addressed to that event's agents: "demanded a
            # halt to Israeli air strikes" to the side whose strikes are to stop (not to whoever undergoes it:
            # "demanded the release of two journalists")
            objects = [c for c in tok.children if c.dep_ in lang.lex.args.object]
            nouns = [a for a in d.absorbed if a.trig.kind == "noun"]
            while nouns and not out:
                out = [(r, k) for a in nouns
                       if any(o.is_ancestor(a.trig.token) or o.i == a.trig.token.i for o in objects)
                       for r, k in a.sides.source if r.code not in src]
                # ("a halt to Israeli air strikes": the halt's own content, the strikes, names the agents)
                nouns = [inner for a in nouns for inner in a.absorbed if inner.trig.kind == "noun"]
        return out

    def _status(self, lang: _Language, t: Trigger, sides: Sides) -> str:
        if t.kind == "noun":
            if lang.attrs.negative_noun(t.token):
                return "negated"  # "no talks", "without aid", « sans négociation »
            if lang.attrs.enabled(t.token):
                return "hypothetical"  # "cleared the way for air strikes": made possible, not done
            v = nearest_verb(t.token)
            cancelling = lang.lex.status.cancelling
            if v is not None and v.lemma_.lower() in cancelling or t.token.head.lemma_.lower() in cancelling:
                # "postponed its visit": the visit did not take place (the word governing the noun, whatever
                # its tag: « avait violé le cessez-le-feu », "violé" tagged as an adverb)
                return "negated"
            governed = lang.attrs.governed_noun_status(t.token, v) if v is not None else None
            if governed is not None:
                return governed
            occurs = lang.attrs.occurrence_status(t.token)
            if occurs is not None:
                return occurs  # "a summit that could take place next month", « qui pourrait avoir lieu »
            if sides.own or v is None:
                return "actual"
            return lang.attrs.status(v)
        return lang.attrs.status(t.token)

    @staticmethod
    def _status_head(t: Trigger) -> Token:
        """The verb whose governors carry a trigger's status (a noun's nearest verb)."""
        if t.kind == "noun":
            return nearest_verb(t.token) or t.token
        return t.token

    def _purpose(self, lang: _Language, tok: Token) -> bool:
        marks = lang.lex.args.purpose_marks
        t = tok
        for _ in range(3):
            if t.pos_ in VERBAL_POS and t.dep_.startswith("advcl") and preps_of(t) & marks:
                return True
            if t.dep_ == "conj" and t.head.i != t.i:
                t = t.head
                continue
            break
        return False

    def _told_by_participle(self, t: Trigger, by_token: dict[int, Trigger], args) -> int | None:
        """The nominal event of the same type that a verb object of the clause names, when ``t`` is a bare
        participle adjunct telling what it did ("carried out a series of attacks in Jordan, killing four
        soldiers", « a mené des frappes, tuant dix civils »): one event, not two."""
        tok = t.token
        if t.kind == "noun" or not tok.dep_.startswith("advcl") or tok.head.i in by_token or (
                not self._bare_participle(tok, args)):
            return None
        for c in tok.head.children:
            if c.dep_ not in args.object:
                continue
            heads = [c]
            if c.lemma_.lower() in args.measure_nouns:  # "a series of attacks", « une série de frappes »
                heads += [g for p in c.children for g in (p, *p.children) if g.pos_ == "NOUN"]
            for h in heads:
                noun = by_token.get(h.i)
                if noun is not None and noun.kind == "noun" and noun.sense.event == t.sense.event:
                    return h.i
        return None

    def _signs_the_deal(self, t: Trigger, by_token: dict[int, Trigger]) -> bool:
        """A verb of a reciprocal type whose object is a definite event noun of its type ("signed the accord",
        « ont signé l'accord »): the deal told before, told again."""
        if not self.onto.types[t.sense.event].reciprocal:
            return False
        return any(c.i in by_token and by_token[c.i].kind == "noun" and by_token[c.i].sense.event == t.sense.event
                   and c.dep_ in ("dobj", "obj") and definite(c) for c in t.token.children)

    def _judges_told_act(self, lang: _Language, outer: _Draft, inner: _Draft) -> bool:
        """``outer`` judges (ontology ``judges``: blame, praise; not a refusal, whose content is not done) the act
        of another type that the event noun of ``inner`` tells inside its object, or inside its subject in the
        passive ("condemned the attack on Ukraine", "the attack was condemned by Britain")."""
        info = self.onto.types[outer.event]
        if inner.trig.kind != "noun" or inner.event == outer.event or outer.trig.kind == "noun" or (
                not info.judges or info.undoes_content):
            # (a refusal undoes what it names: "ruled out any bailout for Portugal" is addressed to Portugal)
            return False
        noun = inner.trig.token
        if noun.lemma_.lower() in outer.trig.sense.with_obj or noun.lower_ in outer.trig.sense.with_obj:
            return False  # the noun the verb's sense asks for is its own act ("lodged a protest"), none judged
        args = lang.lex.args
        deps = args.object | args.passive_subject if outer.sides.passive else args.object
        return any(c.dep_ in deps and (c.i == noun.i or c.is_ancestor(noun)) for c in outer.trig.token.children)

    @staticmethod
    def _first_conjunct(tok: Token) -> Token:
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        return tok

    @staticmethod
    def _bare_participle(tok: Token, args) -> bool:
        """A participle or gerund adjunct without a subject of its own ("..., demanding that ...")."""
        forms = tok.morph.get("VerbForm", [])
        if not ("Part" in forms or "Ger" in forms or tok.tag_ == "VBG"):
            return False
        if any(c.dep_ in AGENT_DEPS for c in tok.children):
            return False  # "Criticized by X, the government ...": another agent, another event
        return not any(c.dep_ in args.subject for c in tok.children)

    def _amount_head(self, t: Trigger, lang: _Language) -> Token | None:
        if t.kind == "noun":
            return t.token
        for c in t.token.children:
            if c.dep_ in lang.lex.args.object:
                return c
        return None

    def _keep(self, lang: _Language, d: _Draft) -> bool:
        src, tgt = d.sides.source, d.sides.target
        holder = self._subject_holder(lang.lex.args, d.trig.token)
        if self._disaster_subject(lang, d.trig.token):
            # "the earthquake killed", "the cyclone swept into the delta", « les orages devraient frapper la Corse »,
            # "a storm threatened the coast": no one's act of any type
            return False
        if any(c.lemma_.lower() in lang.lex.args.private_roles
               for c in self._raised_subjects(lang.lex.args, holder)):
            return False  # "the coach praised his players", « le club a accusé l'arbitre »: no political side
        if d.event == "ASSAULT" and (not src and self._mishap(lang, d.trig.token)
                                     or holder.i != d.trig.token.i and holder.lemma_.lower() in lang.lex.args.mishaps):
            # ("a boat caught fire and sank, killing 94 people": a harm told as what an accident did)
            return False  # "was killed in a car crash", « tué dans un accident de la route »
        predicate = d.trig.token if d.trig.kind != "noun" else _governing_verb(lang, d.trig.token)
        if not src and not tgt and predicate is not None and self._names_both_sides(
                lang, predicate, lang.lex.args.subject | (lang.lex.args.object if predicate is d.trig.token
                                                          else frozenset())):
            # « les deux hommes se sont entretenus », « les deux voisins ont entamé des consultations »: the sides
            # the article set together (_event)
            return True
        if not src and not tgt:
            # "hundreds of residents protested", "a suicide bomber killed 12 people", "two people were killed":
            # an agent nobody coded is the place's (_event), if the sentence or the article has one; only a
            # clause of its own whose subject names people tells it ("its involvement in killing", "observers
            # who were taken hostage", "the strike continued", "we struggled", "offices were raided" do not)
            tok, args = d.trig.token, lang.lex.args
            weapons = lang.lex.noun_classes.get("weapon", frozenset())
            # (an act of the same type as the subject, "a car bomb killed", stands for its agent: d.anaphoric; so
            # does a weapon subject of the clause a result participle tells, "a bomb tore through a bus, wounding
            # 21 people")
            if d.trig.kind == "noun":
                kind = self.onto.types[d.event]
                return bool(kind.unnamed_agent_local) and (
                    self._onset_subject(lang, tok) or kind.domestic and (
                        _joined_by_people(lang, tok) or _drew_people(lang, tok)))
            if self._people_undergoing(lang, d):
                return True  # "a 30-year-old man has been arrested": the place's police (_event)
            return bool(self.onto.types[d.event].unnamed_agent_local) and (
                not d.sides.unknown_agent) and tok.dep_ not in _RELATIVE and (d.anaphoric or any(
                    (c.dep_ in args.subject or c.dep_ in args.passive_subject) and lang.args.names_people(c)
                    for c in tok.children) or any(
                    c.dep_ in args.subject and c.lemma_.lower() in weapons for c in holder.children))
        if d.purpose and not (src and tgt):
            return False
        # (an attack its named target undergoes, « un convoi de l'ONU a essuyé des tirs », "a patrol came under
        # attack": an act told as new whose perpetrator the sentence does not name; not a protest one receives or
        # riots one provoked)
        kind = self.onto.types[d.event]
        return not (d.trig.kind == "noun" and not src and not (kind.unnamed_agent_local and (
            self._onset_subject(lang, d.trig.token) or tgt and kind.perpetrated and _undergone(lang, d.trig.token))))

    @staticmethod
    def _onset_subject(lang: _Language, tok: Token) -> bool:
        """An event noun as the subject of a verb of onset ("protests erupted in Cairo", "clashes broke out") or
        of a verb telling its toll ("a bombing left 20 dead", « un attentat a fait douze morts »): an event the
        sentence tells as new (not "the strike continued", "talks broke down")."""
        verb = tok.head
        if tok.dep_ not in lang.lex.args.subject or verb.i == tok.i or verb.pos_ not in VERBAL_POS:
            return False
        args = lang.lex.args
        words = args.onset_verbs
        lemmas = lang.lex.lemmas(verb)
        particles = [c.lower_ for c in verb.children if c.dep_ in ("prt", "compound:prt")]
        if not words.isdisjoint(lemmas) or any(f"{w} {p}" in words for w in lemmas for p in particles):
            return True
        # its toll told ("a bombing left 20 dead", « un attentat a fait douze morts »; "the bombing left 20 dead"
        # tells the toll of one told before)
        return not definite(tok) and not args.toll_verbs.isdisjoint(lemmas) and any(
            n.lemma_.lower() in args.casualty_nouns or n.lower_ in args.casualty_nouns
            for c in verb.children if c.dep_ not in args.subject for n in (c, *counted_nouns(c)))  # "dozens of dead"

    def _people_undergoing(self, lang: _Language, d: _Draft) -> bool:
        """An act with an unnamed agent of its mode (ontology ``unnamed_agent_modes``: an arrest) told in the passive
        with no agent, whose subject names people only by what they are ("a 30-year-old man has been arrested",
        « trois jeunes ont été placés en garde à vue »): the police of the place (else of the story's country)
        acting on that country's own people."""
        tok, args = d.trig.token, lang.lex.args
        return d.trig.kind != "noun" and self.onto.types[d.event].unnamed_agent(d.mode) is not None \
            and not self.onto.types[d.event].unnamed_agent_local and self._agentless_passive(lang, d) \
            and not d.sides.unknown_agent and tok.dep_ not in _RELATIVE \
            and any(c.dep_ in args.passive_subject and lang.args.names_people(c) for c in tok.children)

    def _scene_only(self, lang: _Language, d: _Draft, info: TypeInfo, mode: str | None) -> bool:
        """A passive naming no agent ("two engineers were released in Yemen", « trois otages ont été relâchés au
        Mali ») tells who underwent the act and where, not who did it: the country of the scene or of the story is
        not its agent. Not for modes a state's own bodies do by the house convention (an arrest: the place's
        police; a court's sentence; a curfew; a charge: the ontology's state modes), nor for types whose unnamed
        agent the ontology codes by the place."""
        return d.trig.kind == "verb" and self._agentless_passive(lang, d) and info.unnamed_agent(mode) is None \
            and mode not in info.domestic_modes | info.jurisdiction_modes | info.state_modes

    @staticmethod
    def _agentless_passive(lang: _Language, d: _Draft) -> bool:
        """The draft's verb is a passive that names no agent ("were arrested in Istanbul"), not one with a by-phrase
        its sides could not code ("were detained by soldiers")."""
        tok = d.trig.token
        return d.sides.passive and not d.sides.source and not any(c.dep_ in AGENT_DEPS for c in tok.children) \
            and not any(words & lang.lex.args.agent_preps for words, _n in complements(tok))

    @staticmethod
    def _will_not(lang: _Language, tok: Token) -> bool:
        """``tok`` is a verb negated under a modal of the future ("will not lift the embargo", "said it would not
        release the sailors", "won't withdraw"), in the sentence's own claim or one a reporting verb tells, with no
        condition of its own: a side saying what it will not do refuses it (CAMEO 12x, PLOVER REJECT). Not a
        past act that did not happen ("did not release"), an unreal past ("would not have"), a condition's
        consequence ("if the talks fail, Serbia would not withdraw") or someone else's fear ("feared that Iraq
        would not withdraw")."""
        rules = lang.lex.status
        children = list(tok.children)
        if not any(c.tag_ == "MD" and rules.modals.get(c.lemma_.lower(), rules.modals.get(c.lower_)) == "future"
                   for c in children) or not any(c.lower_ in rules.negation for c in children):
            return False
        if any(c.dep_.startswith("aux") and c.lemma_.lower() == "have" for c in children) or any(
                g.dep_ == "mark" and g.lower_ in rules.hypothetical_marks
                for c in children if c.dep_.startswith("advcl") for g in c.children):
            return False
        clause = tok
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        return clause.dep_ == "ROOT" or (clause.dep_ == "ccomp" and clause.head.lemma_.lower() in rules.reporting)

    @staticmethod
    def _decided_against(lang: _Language, tok: Token) -> bool:
        """``tok`` is the negated infinitive of a verb of deciding ("voted not to ratify", « a décidé de ne pas
        renouveler »): the negation its own, not the deciding verb's ("did not decide to ratify")."""
        return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in lang.lex.args.decision_verbs and any(
            c.lower_ in lang.lex.status.negation for c in tok.children)

    @staticmethod
    def _subject_holder(args: ArgumentRules, tok: Token) -> Token:
        """The verb whose subject is ``tok``'s: its own, or for a bare participle adjunct the governing verb's ("a
        truck bomb tore through a market, *killing* 130 people")."""
        if tok.dep_.startswith("advcl") and tok.head.i != tok.i and tok.head.pos_ in VERBAL_POS and not any(
                c.dep_ in args.subject or c.dep_ in args.passive_subject for c in tok.children):
            return tok.head
        return tok

    @staticmethod
    def _mishap(lang: _Language, tok: Token) -> bool:
        """A harm told with its cause, an accident or a disaster ("killed when his car crashed", « tué dans
        un accident »), and no agent."""
        words = lang.lex.args.mishaps
        # (a cause the parser hung on a coordinated verb is the cause of both: "was killed and five others
        # were injured when a tree fell")
        verbs = [tok, *(c for c in tok.children if c.dep_ == "conj" and c.pos_ in VERBAL_POS)]
        return any(w.lemma_.lower() in words for v in verbs for c in v.children
                   if c.dep_ in ("prep", "advcl", "agent") or c.dep_.startswith("obl") for w in c.subtree)

    @staticmethod
    def _disaster_subject(lang: _Language, tok: Token) -> bool:
        """A disaster as the subject, by its kind noun or a name that carries it ("the earthquake killed",
        "Typhoon Haiyan, which killed thousands", « le cyclone Nargis a tué »): no one's act, even when the
        actors stage took the name for someone."""
        args = lang.lex.args
        words = args.mishaps
        for c in EventsComponent._raised_subjects(args, tok):
            verb = c.head
            head = verb.head if c.lower_ in REL_WORDS and verb.dep_ in _RELATIVE else c
            if any(w.lemma_.lower() in words or w.lower_ in words for w in (head, *head.children)
                   if w is head or w.dep_ in ("compound", "flat", "flat:name", "nmod", "appos") and w.i < head.i + 3):
                return True
        return False

    @staticmethod
    def _compatriots(args: ArgumentRules, tok: Token) -> bool:
        """The object of ``tok`` names people abroad a government advises ("urged travellers to avoid the area",
        « a appelé les voyageurs à la prudence »): its own people."""
        return any(c.dep_ in args.object and c.lemma_.lower() in args.compatriot_nouns for c in tok.children)

    @staticmethod
    def _sports_page(args: ArgumentRules, doc: Doc) -> bool:
        """``doc`` is a sports report: it holds ``sports_page_cues`` distinct words of the sports pages or more."""
        if not args.sports_cues:
            return False
        # (the words' lemmas and lower forms read as hashes from the Doc's arrays: no Token made per word; a
        # lemma as the tagger wrote it, "Football", counts through the lower form of its word)
        strings = doc.vocab.strings
        found = set(doc.to_array([LEMMA, LOWER]).ravel().tolist())
        count = sum(1 for cue in args.sports_cues if strings[cue] in found)
        if count < args.sports_page_cues:  # (cues of several words or with a hyphen: "half-time", "world cup")
            text = doc_text(doc).lower()
            count += sum(1 for cue in args.sports_cues if not cue.isalpha() and cue in text)
        return count >= args.sports_page_cues

    @staticmethod
    def _raised_subjects(args: ArgumentRules, tok: Token) -> list[Token]:
        """The subjects of ``tok``, or for an infinitive without one those of the verb it completes (« les orages
        devraient frapper », "snow is expected to hit": the subject of the raising verb, active or passive)."""
        verb = tok
        for _ in range(2):
            found = [c for c in verb.children if c.dep_ in args.subject]
            if found or verb.dep_ != "xcomp" or verb.head.i == verb.i:
                return found
            verb = verb.head
            found = [c for c in verb.children if c.dep_ in args.passive_subject]
            if found:
                return found
        return [c for c in verb.children if c.dep_ in args.subject]

    def _merge_same_type(self, lang: _Language, drafts: list[_Draft]) -> list[_Draft]:
        """Two triggers of one type in one clause (discuter ... lors d'entretiens) are one event; two verbs
        each with a subject of its own are two ("warplanes bombed the airport a day after guerrillas
        captured two soldiers")."""
        subject = lang.lex.args.subject

        def own_subject(t: Token) -> bool:
            # (an object-controlled infinitive has its controller's object: "captured two soldiers, prompting
            # Israel to attack")
            return t.pos_ in VERBAL_POS and (any(c.dep_ in subject for c in t.children)
                                             or bool(lang.args.controlling_objects(t)))

        def subject_holder(t: Token) -> Token | None:
            # the verb whose subject ``t`` has: its own, else the one it is coordinated with ("a day after
            # guerrillas crossed the border and killed three soldiers": "killed" has the guerrillas)
            while not own_subject(t):
                if t.dep_ != "conj" or t.head.pos_ not in VERBAL_POS or t.head.i == t.i:
                    return None
                t = t.head
            return t

        out: list[_Draft] = []
        for d in drafts:
            tok = d.trig.token
            host = None
            if tok.dep_ == "pcomp" and tok.head.lower_ in lang.lex.args.offset_marks:
                out.append(d)  # "bombed X, two days after shelling Y": a deed before or after is another
                continue
            for o in out:
                if o.event != d.event or o.trig.sense.claims or d.trig.sense.claims:
                    continue  # (a claim is the deed told before, not the deed of its clause's other verbs)
                ot = o.trig.token
                holders = (subject_holder(ot), subject_holder(tok))
                if None not in holders and holders[0] != holders[1]:
                    continue
                if ot in tok.ancestors or tok in ot.ancestors:
                    host = o
                    break
            if host is None:
                out.append(d)
                continue
            # the clause's own verb holds the record, not a noun nor a background participle told before it
            # ("X, convicted of war crimes in 2010, was sentenced on Tuesday": the sentencing, dated Tuesday)
            noun_host = host.trig.kind == "noun" and d.trig.kind != "noun"
            background_host = host.sides.background and not d.sides.background and d.trig.kind != "noun"
            if noun_host or background_host:
                d.sides.source += host.sides.source
                d.sides.target += host.sides.target
                out[out.index(host)] = d
                host, d = d, host
            else:
                host.sides.source += d.sides.source
                host.sides.target += d.sides.target
            if host.sides.location is None:
                host.sides.location = d.sides.location
        return out

    def _addressee_of_clause(self, lang: _Language, outer: _Draft, inner: _Draft) -> Side:
        """Whom a demand or a threat whose content is a clause with its own subject is addressed to: that
        subject ("demanded that Iran release the journalist": Iran is asked, not the journalist; "warned that
        Iran would pay": Iran is threatened). Empty for other types, or when the clause has no subject of its
        own or its subject is the demander ("vowed that it would ...")."""
        if outer.event not in ("REQUEST", "THREATEN") or inner.trig.kind == "noun":
            return []
        if not any(c.dep_ in lang.lex.args.subject for c in inner.trig.token.children):
            return []
        own = {r.code for r, _k in outer.sides.source} | {r.actor_id for r, _k in outer.sides.source}
        return [(r, k) for r, k in inner.sides.source if r.code not in own and r.actor_id not in own]

    @staticmethod
    def _subject_venue(lang: _Language, state: DocState, root: Token, place: Place) -> bool:
        """The place is named in a participle phrase describing the subject of ``root``'s clause or of a verb
        governing it (« le Conseil de l'UA, réuni à Abuja, a décidé de refuser », « Réunis à Dakar, les chefs
        d'Etat ont exigé »): where the subject met, not a side of what it did."""
        span = state.doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        verbs = [root]
        while verbs[-1].dep_ in ("xcomp", "ccomp", "conj") and verbs[-1].head.i != verbs[-1].i and len(verbs) < 4:
            verbs.append(verbs[-1].head)  # (« a décidé de refuser »: the subject is the governing verb's)
        subjects = {c.i for v in verbs for c in v.children if c.dep_ in lang.lex.args.subject}
        for participle in span.root.ancestors:
            opening = participle.dep_ == "ROOT" and participle.i == participle.sent.start
            if participle.pos_ not in VERBAL_POS and not opening:
                continue
            past = "Part" in participle.morph.get("VerbForm", [])
            if participle.dep_ == "acl" and participle.head.i in subjects:
                return past
            if participle.dep_ == "advcl" and participle.head in verbs and participle.i < min(subjects, default=-1):
                return past and not any(c.dep_ in lang.lex.args.subject for c in participle.children)
            # « Réunis à Dakar, les chefs d'Etat ont décidé »: the parser made the opening participle the root
            # (a name by its capital) and the clause a parataxis hung on it
            return opening and participle.is_title and bool(lang.lex.args.participle_endings) and (
                participle.lower_.endswith(lang.lex.args.participle_endings)) and any(
                v.dep_ == "parataxis" and v.head.i == participle.i for v in verbs) and bool(subjects) and all(
                participle.i < i for i in subjects)
        return False

    @staticmethod
    def _clause_root(lang: _Language, d: _Draft, tok: Token) -> Token:
        """The verb of the clause the trigger heads (a noun's clause is its governing verb's)."""
        if d.trig.kind == "noun":
            return nearest_verb(tok) or tok if not d.sides.own else tok
        if tok.dep_ in lang.lex.args.subject and tok.head.pos_ in VERBAL_POS and tok.head.i != tok.i:
            return tok.head  # a gerund as subject: "Fighting between X and Y killed 300 people in Bangui on Thursday"
        return tok

    def _foreign_scene(self, lang: _Language, state: DocState, d: _Draft, tok: Token, home: str) -> str | None:
        """The one country other than ``home`` that the clause of a physical act done on people at a place (the
        ontology's ``place_target`` types that need a recipient, not words: an attack, an arrest) names as where
        it was done: a place after a preposition of location that does not name a recipient ("near Mosul", "in
        Ghana", « près de Gao », « en Belgique »; not "to", « à »)."""
        info = self.onto.types[d.event]
        if not (info.place_target and info.needs_target) or info.verbal:
            return None
        args = lang.lex.args
        scene_words = (args.location_preps - args.target_preps) | args.scene_preps
        root = self._clause_root(lang, d, tok)
        found = set()
        for t in state.clause(root):
            place = state.place_at.get(t.i)
            if place is not None and place.country and not place.metonym and preps_of(t) & scene_words and (
                    not _in_subject(t, root, args.subject | args.passive_subject)) and (
                    (place.feature or "").startswith("PCL") or any(
                        p.country == place.country and p.start != place.start for p in state.places)):
                # (a place inside the subject's phrase, "the U.S. ambassador in Libya", is where its holder
                # serves; a town whose country the article names nowhere else may be a namesake abroad)
                found.add(place.country)
        return next(iter(found)) if len(found) == 1 and home not in found else None

    @staticmethod
    def _scene_named(lang: _Language, state: DocState, sent: Span, ref: ActorRef) -> bool:
        """The sentence names the recipient's country after a preposition of the scene ("in Gabon", « en
        Guinée »): where the act was done, not an addressee ("apologised to the United States")."""
        for i in range(sent.start, sent.end):
            place = state.place_at.get(i)
            if place is not None and place.country == ref.code and place.text == ref.text:
                return bool(preps_of(state.doc[i]) & lang.lex.args.scene_preps)
        return False

    @staticmethod
    def _named_as_scene(lang: _Language, state: DocState, place: Place) -> bool:
        """The place is named after a preposition of the scene ("in Paris", « en France »), or without a
        preposition of its own (a dateline, a noun's modifier)."""
        for i, known in state.place_at.items():
            if known is place:
                preps = preps_of(state.doc[i])
                return not preps or bool(preps & lang.lex.args.scene_preps)
        return True

    def _words_between_officials(self, lang: _Language, tok: Token, source: list[ActorRef],
                                 target: list[ActorRef]) -> bool:
        """An attack word whose every agent is a named person of no armed role and whose every target is a
        person or a body of public or civic life: public figures attack each other with words (PLOVER ACCUSE).
        An attack told with what it said ("launched an attack on the president, calling him a liar", "attacks
        designed to paint him as a racist") is words too when each side is a person or a body of no armed role,
        not a state alone (a state's attack "saying militants hid there" may be armed)."""
        onto = self.onto
        # (the attack word is the trigger or the object it launches: "launched a fierce attack on")
        words = {*lang.lex.lemmas(tok), *(c.lemma_.lower() for c in _launched(lang, tok))}
        if not (source and target) or lang.lex.args.verbal_attacks.isdisjoint(words):
            return False
        unarmed = onto.public_sectors | onto.civic_sectors
        if self._attack_told_in_words(lang, tok) and all(
                ((r.actor_id or "").startswith("person:") or r.sector) and unarmed.issuperset(r.sector)
                for r in (*source, *target)):
            return True
        return all((r.actor_id or "").startswith("person:") and unarmed.issuperset(r.sector) for r in source) and all(
            ((r.actor_id or "").startswith("person:") or r.sector) and unarmed.issuperset(r.sector) for r in target)

    @staticmethod
    def _attack_told_in_words(lang: _Language, tok: Token) -> bool:
        """The attack word, the verb it is the object of or the attack noun it launches ("launched an attack")
        carries a clause of speech:
        a participle or a purpose clause of calling, saying, branding, portraying ("calling him a liar",
        "designed to paint him as a racist")."""
        speech, objects = lang.lex.args.speech_complements, lang.lex.args.object
        heads = [tok, *_launched(lang, tok)]
        if tok.dep_ in objects and tok.head.i != tok.i:
            heads.append(tok.head)
        for head in heads:
            for c in head.children:
                if c.dep_ not in ("advcl", "acl", "xcomp"):
                    continue
                if c.lemma_.lower() in speech or any(
                        g.dep_ == "xcomp" and g.lemma_.lower() in speech for g in c.children):
                    return True
        return False

    def _parties_of_told_event(self, lang: _Language, state: DocState, d: _Draft, earlier: Sequence[Event],
                               src_codes: set[str]) -> list[ActorRef]:
        """Whom a speech act or a welcome about an event the article told before is addressed to: its agent,
        and for a meeting or a deal its parties. "Britain condemned the attack", « l'UE a dénoncé ces
        frappes », "rejected the criticism", "welcomed the talks": a definite or demonstrative event noun
        naming no side of its own points back to the last event of its type."""
        for a in d.absorbed:
            tok = a.trig.token
            if a.trig.kind != "noun" or a.sides.source or a.sides.target:
                continue
            if not _told_again(tok) and not free_relative_name(tok, lang.lex.status.wh_words):
                continue
            told = next((e for e in reversed(earlier) if e.event == a.event
                         and e.confidence >= self.onto.antecedent_confidence), None)
            if told is not None:
                return self._parties(told, src_codes)
        # "Israeli warplanes struck ... Iran condemned the strikes": a definite object naming, by its word, an
        # event told before with that word, though the word alone is no trigger ("strikes" may be stoppages)
        trig = d.trig.token
        # (an adjective's complement is what it is said of: "was outraged by the test")
        said_of = [g for p in trig.children if p.dep_ in ("prep", "agent") for g in p.children if g.dep_ == "pobj"] if (
            trig.pos_ == "ADJ" or trig.tag_ == "VBN") else [c for c in trig.children if c.dep_ in lang.lex.args.object]
        if d.trig.kind == "noun" and trig.dep_ in lang.lex.args.object and (
                trig.head.lemma_.lower() in lang.lex.args.receiving_verbs):
            # "The bombardment drew condemnation from Tokyo": what drew it is the deed condemned, the last one
            # of its type when the noun is a trigger of its own ("The raid" after "jets bombed")
            drawers = [c for c in trig.head.children if c.dep_ in lang.lex.args.subject and definite(c)]
            said_of += drawers
            kinds = {sense.event for c in drawers for sense in lang.lex.nouns.get(c.lemma_.lower(), ())}
            told = next((e for e in reversed(earlier) if e.event in kinds
                         and e.confidence >= self.onto.antecedent_confidence), None)
            if told is not None:
                return self._parties(told, src_codes)
        if d.trig.sense.obligation:
            # "said the arrests were an act of terrorism": the content clause's subject is what is condemned
            said_of += [g for c in trig.children if c.dep_ == "ccomp" and self._told_act_subject(lang, state, c)
                        for g in c.children if g.dep_ in lang.lex.args.subject]
        # ("condemned what he called an outrageous attack": the name the free relative gives)
        said_of += [g for c in trig.children if c.dep_ == "ccomp" for g in c.children
                    if free_relative_name(g, lang.lex.status.wh_words)]
        for c in said_of:
            # (a gerund with its article is a noun: "called the shelling an act of aggression")
            if c.pos_ != "NOUN" and c.tag_ != "VBG" or not (
                    definite(c) or free_relative_name(c, lang.lex.status.wh_words)):
                continue
            for e in reversed(earlier):
                if e.confidence < self.onto.antecedent_confidence:
                    continue
                said = state.doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
                if said is not None and len(said) and said.root.lemma_.lower() == c.lemma_.lower():
                    return self._parties(e, src_codes)
        # "The Council gave Iran 60 days ... Iran rejected the resolution", "Poland welcomed the decision": a
        # definite noun naming a decision or a move points back to the last act of another side
        # ("Iran condemned the strikes, while Egypt called them a violation of international law": a pronoun
        # for things stands for the last deed, not a word, of another side)
        args = lang.lex.args
        for c in d.trig.token.children:
            # (or the subject of a passive: « le texte a été salué par Ban Ki-moon »)
            if c.dep_ not in args.object and not (d.sides.passive and c.dep_ in args.passive_subject):
                continue
            # ("welcomed an important step": an appraisal of a move names it whatever its determiner; in « a salué
            # un pas important » the parser makes « pas » an adverb of the adjective it takes for the object)
            named = c.lemma_.lower() in args.act_nouns and _told_again(c) or c.lemma_.lower() in args.appraisal_nouns \
                or c.pos_ == "ADJ" and any(m.dep_ == "advmod" and m.lower_ in args.appraisal_nouns for m in c.lefts)
            pronoun = c.pos_ == "PRON" and c.lower_ not in args.person_pronouns and c.lower_ not in args.reflexive
            if not (named or pronoun):
                continue
            for e in reversed(earlier):
                # (a decision or a move is an act done: not a threat or a plan told before it)
                if e.confidence >= self.onto.antecedent_confidence and codes(e.actor) \
                        and not codes(e.actor) & src_codes \
                        and (named and e.status == "actual" or not self.onto.types[e.event].verbal):
                    return self._parties(e, src_codes)
        return []

    def _parties(self, told: Event, src_codes: set[str]) -> list[ActorRef]:
        """The agent of an event told before, and for a meeting or a deal its parties, other than ``src_codes``."""
        parties = told.actor + (told.recipient if self.onto.types[told.event].reciprocal else [])
        return [r for r in parties if r.code and r.code not in src_codes]

    @staticmethod
    def _perpetrator(lang: _Language, ref: ActorRef) -> bool:
        """A reference naming its actor by the attack it did ("the attackers", « les ravisseurs »)."""
        words = ref.text.lower().replace("-", " ").split()
        nouns = lang.lex.args.perpetrator_nouns
        # (the head, last or before a trailing word, singular or with its plural -s: "the attackers")
        return any(w in nouns or w.endswith("s") and w[:-1] in nouns for w in words[-2:])

    def _last_attackers(self, earlier: Sequence[Event], others: set[str]) -> list[ActorRef]:
        """The agent of the article's last confident attack whose agent has a code, none of ``others`` (the
        event's other side: "Kenyatta vowed that the attackers would be punished" are not Kenya's)."""
        for e in reversed(earlier):
            if self.onto.types[e.event].perpetrated and e.confidence >= self.onto.antecedent_confidence and any(
                    r.code for r in e.actor) and not codes(e.actor) & others:
                return list(e.actor)
        return []

    def _promises_addressed(self, lang: _Language, d: _Draft, event_type: str) -> bool:
        """An intent (AGREE) to do an act of a type addressed home when nobody is named ("Britain pledged 10
        million pounds in aid", "offered $100,000", "offered assistance"): PLOVER codes the promise to whom the
        act would go."""
        types = self.onto.types
        # (the type an intent to do an act addressed home is coded as: AGREE, the intent of AID)
        if not any(t.home_addressee and t.intent_as == event_type for t in types.values()):
            return False
        if any(types[a.event].home_addressee and types[a.event].intent_as == event_type for a in d.absorbed):
            return True
        tok = d.trig.token
        # a sum as the object or inside it ("offered $100,000", "pledged a loan of 8 billion dollars")
        return d.trig.kind == "verb" and (MONEY_OBJECT in object_lemmas(tok, lang.lex.args) or any(
            t.ent_type_ == "MONEY" for c in tok.children if c.dep_ in lang.lex.args.object for t in c.subtree))

    def _partner(self, earlier: Sequence[Event], src_codes: set[str]) -> list[ActorRef]:
        """The other side of the last event the article told with ``src_codes`` on one side."""
        for e in reversed(earlier):
            if e.confidence < self.onto.antecedent_confidence:
                continue
            sides = (e.actor, e.recipient) if codes(e.actor) & src_codes else (e.recipient, e.actor)
            if codes(sides[0]) & src_codes:
                other = [r for r in sides[1] if r.code and r.code not in src_codes]
                if other:
                    return other
        return []

    @staticmethod
    def _told_to(lang: _Language, state: DocState, tok: Token, src_codes: set[str]) -> list[ActorRef]:
        """Whom the reporting verb whose content clause holds ``tok`` was told to ("warned Syria that ...")."""
        clause = tok
        while clause.dep_ not in ("ccomp", "xcomp") and clause.head.i != clause.i and clause.pos_ != "VERB":
            clause = clause.head
        verb = clause.head
        if clause.dep_ != "ccomp" or verb.lemma_.lower() not in lang.lex.status.reporting:
            return []
        told = [c for c in verb.children if c.dep_ in lang.lex.args.object and c.i < clause.i]
        return [r for c in told for r, _k in lang.args.actors(state, c) if r.code and r.code not in src_codes]

    def _claimant(self, lang: _Language, d: _Draft, earlier: Sequence[Event], src_codes: set[str]) -> list[ActorRef]:
        """"Pakistan accused India of sheltering the bombers, a charge New Delhi denied": a reaction told in a
        relative clause on a claim noun (``claim_nouns``) hung on the verb of an event told (the accusation) is
        addressed to that event's agent."""
        tok = d.trig.token
        claim = tok.head
        if tok.dep_ not in ("relcl", "acl") or claim.lemma_.lower() not in lang.lex.args.claim_nouns:
            return []
        verb = claim.head
        while verb.pos_ not in VERBAL_POS and verb.head.i != verb.i:
            verb = verb.head  # "blamed X for stoking the clashes, a charge Y denied": hung on the last noun
        for e in reversed(earlier):
            if e.trigger.start == verb.idx and e.confidence >= self.onto.antecedent_confidence:
                return [r for r in e.actor if r.code and r.code not in src_codes]
        return []

    def _victims_of_told_act(self, lang: _Language, d: _Draft, earlier: Sequence[Event], src_codes: set[str]
                             ) -> list[ActorRef]:
        """"Israel apologised for the raid": the recipients of the last event of the type of the definite event
        noun the act is about (its reason complement), other than ``src_codes``; else the country it was done in."""
        for words, n in complements(d.trig.token):
            if not words & lang.lex.args.reason_preps or not definite(n):
                continue
            kinds = {sense.event for sense in lang.lex.nouns.get(n.lemma_.lower(), ())}
            told = next((e for e in reversed(earlier) if e.event in kinds
                         and e.confidence >= self.onto.antecedent_confidence), None)
            if told is None:
                continue
            victims = [r for r in told.recipient if r.code and r.code not in src_codes]
            where = told.location
            if not victims and where is not None and where.country and where.country not in src_codes:
                # (an act on its own side's people abroad wrongs the country it was done in: "bombed a rebel
                # camp inside Ecuador ... apologised for the incursion")
                victims = [ActorRef(actor_id=None, code=where.country, sector=[], text=where.name)]
            return victims
        return []

    @staticmethod
    def _domestic_act_reacted(lang: _Language, d: _Draft, home: str) -> list[ActorRef]:
        """"Russia backed the result", "Sharif welcomed the ruling": a vote, its result or a court's ruling
        (``domestic_acts``) reacted to as a definite object, with no earlier act of another side to point back to,
        is the act of the country the story is about."""
        if any(c.dep_ in lang.lex.args.object and c.lemma_.lower() in lang.lex.args.domestic_acts and definite(c)
               for c in d.trig.token.children):
            return [ActorRef(actor_id=None, code=home, sector=[], text="")]
        return []

    def _answered(self, earlier: Sequence[Event], src_codes: set[str]) -> list[ActorRef]:
        """The agent of the last act the article told against ``src_codes``: whom a reprisal is aimed at."""
        for e in reversed(earlier):
            if e.confidence >= self.onto.antecedent_confidence and codes(e.recipient) & src_codes \
                    and not codes(e.actor) & src_codes:
                return [r for r in e.actor if r.code]
        return []

    @staticmethod
    def _represented(lang: _Language, state: DocState, clause: list[Token], src_codes: set[str]) -> list[ActorRef]:
        """The country whose mission abroad the clause names (`representation_nouns`), other than the source's."""
        for t in clause:
            if t.lemma_.lower() in lang.lex.args.representation_nouns:
                for actor, text in state.actors_in(runs(phrase(t))):
                    if actor.country and actor.country not in src_codes:
                        return [state.ref(actor, text)]
        return []

    @staticmethod
    def _names_both_sides(lang: _Language, tok: Token, deps: frozenset[str]) -> bool:
        """Whether a dependent of ``tok`` by one of ``deps`` opens with a phrase of the language's
        ``both_sides`` ("urged *both sides* to", « *les deux pays* ont signé »)."""
        phrases = lang.lex.args.both_sides
        for c in tok.children:
            if c.dep_ in deps:
                words = tuple(t.lower_ for t in (c.subtree if c.dep_ != "prep" else
                                                 (x for g in c.children for x in g.subtree)))
                if any(words[:len(p)] == p for p in phrases):
                    return True
        return False

    def _both_sides(self, lang: _Language, tok: Token, earlier: Sequence[Event], src_codes: set[str]
                    ) -> list[ActorRef]:
        """Whom "both sides", « les deux parties » name: the two countries or organisations the article's
        confident events so far set against or beside each other most often (on a tie, the pair told first:
        the story's lead, not a side request), less the source's own. "Israeli jets bombed Beirut ...
        Hezbollah fired rockets ... Syria warned Israel ... the EU urged both sides": Israel and Lebanon;
        "Russian jets bombed Gori ... Georgia called on the United States to help ... NATO urged both sides":
        Russia and Georgia."""
        pairs: dict[frozenset[str], tuple[int, int]] = {}
        for n, e in enumerate(earlier):
            if e.confidence < self.onto.antecedent_confidence:
                continue
            # (in the order the text names them, not a set's: a tie goes to the pair named first, whatever the
            # interpreter's hash seed)
            actors = [c for c in dict.fromkeys(r.code for r in e.actor) if c is not None]
            recipients = [c for c in dict.fromkeys(r.code for r in e.recipient) if c is not None]
            for a in actors:
                # (a side against or beside another; two named together with nobody else, "Obama and Putin met")
                for b in (c for c in recipients or actors if c != a):
                    if {a, b} <= src_codes:
                        continue  # (a pair the source belongs to wholly is not whom it addresses)
                    count, first = pairs.get(frozenset((a, b)), (0, -n))
                    pairs[frozenset((a, b))] = (count + 1, first)
        if not pairs:
            return []
        best = max(pairs, key=lambda p: pairs[p])
        return [ActorRef(actor_id=None, code=c, sector=[], text="") for c in sorted(best) if c not in src_codes]

    @staticmethod
    def _addressee_of_content(inner: _Draft, onto: Ontology) -> Side:
        """Whom a request for a nominal act is addressed to. An act the ontology marks ``asked_of_agent`` (a
        release, CAMEO 1056 "demand that target release persons") is asked of its agent, the holder ("the
        release of X by the junta"), never of X; left empty when the text names no holder (the home country
        may then fill it). Other acts: the one they are about ("a call for sanctions against X")."""
        if onto.types[inner.event].asked_of_agent:
            return list(inner.sides.source)
        return list(inner.sides.target)

    # -- building the Event -------------------------------------------------------------------
    def _event(self, lang: _Language, state: DocState, sent: Span, d: _Draft, published,
               earlier: Sequence[Event] = ()) -> Event | None:
        onto = self.onto
        tok = d.trig.token
        source = dedupe_refs(d.sides.source)
        target = dedupe_refs(d.sides.target)
        # "Obama and Putin agreed that the bloodshed in Syria must stop": the pair agrees with each other; the
        # content clause's names are what they agreed on, not a party
        parties = d.trig.sense.subject == "parties" or onto.types[d.event].reciprocal and d.trig.kind == "verb" and any(
            c.dep_ == "ccomp" and c.pos_ in VERBAL_POS for c in tok.children)
        # (two sides named together as the subject of a meeting or a deal with nobody else: "Obama and Hu met";
        # not of a promise, a sense that forces the future: « le Nigeria et le Niger ont promis d'envoyer des
        # troupes » is each one's pledge, no deal between them; nor of a joint offer: "the United States and
        # Britain offered assistance" is both sides' offer to a third)
        # (the verb governing an event noun as its object, « ont engagé des discussions », holds the parties as
        # the event's own verb would: « l'Inde et le Pakistan ont entamé des négociations »)
        predicate = tok if d.trig.kind == "verb" else _governing_verb(lang, tok)
        mutual = d.trig.sense.subject == "mutual" or onto.types[d.event].reciprocal and not codes(target) - {None} and (
            d.trig.sense.status != "future" and d.trig.sense.subject != "joint" and predicate is not None and (any(
                c.dep_ in lang.lex.args.subject and any(g.dep_ == "conj" for g in c.children)
                for c in predicate.children) or (predicate is not tok and self._names_both_sides(
                    lang, predicate, lang.lex.args.subject))))
        if (mutual or parties) and len(codes(source) - {None}) >= 2 and (parties or codes(target) <= codes(source)):
            # "India and Pakistan exchanged fire", "Armenia and Azerbaijan fought (in Karabakh)": the first
            # against the others; the parties of a deal or talks the subject names (« la Russie et la Géorgie
            # ont conclu une trêve sous l'égide de la France »): the first with the others, a venue or a
            # mediator among the complements is no party
            first = source[0].code
            source, target = [r for r in source if r.code == first], [r for r in source if r.code != first]
        elif parties and len({(r.actor_id, r.text) for r, _kind in d.sides.source}) >= 2:
            # « le gouvernement et les rebelles ont ouvert des pourparlers »: two parties of one country
            lead, *others = [r for r, _kind in d.sides.source]
            source, target = [lead], [r for r in others if (r.actor_id, r.text) != (lead.actor_id, lead.text)][:1]
        # ("the two leaders" may stand as an actor of no country: the pair it names)
        uncoded_source = not codes(source) - {None}
        # (« les deux pays » as the subject of talks, read back as the one side that spoke last: still the pair)
        lone_pair = onto.types[d.event].reciprocal and len(codes(source) - {None}) == 1 and not codes(
            target) - {None} and self._names_both_sides(lang, predicate or tok, lang.lex.args.subject)
        if lone_pair:
            both = self._both_sides(lang, tok, earlier, set())
            if len(both) >= 2:
                source, target = both[:1], both[1:]
        elif not target or uncoded_source and onto.types[d.event].reciprocal:
            both = self._both_sides(lang, tok, earlier, codes(source))
            if both and not target and self._names_both_sides(lang, tok, lang.lex.args.object | frozenset({"prep"})):
                target = both
            elif both and uncoded_source and onto.types[d.event].reciprocal and self._names_both_sides(
                    lang, predicate or tok, lang.lex.args.subject):
                source, target = both[:1], both[1:] + [r for r in target if r.code not in codes(both)]
        homed = False
        home, home_weak = state.home_for(sent)
        # "The air strikes hit ...": an event told again through its noun has the agent of the event it tells
        told_again = d.anaphoric and any(e.event == d.event for e in earlier)
        # recipients none of which has a country of its own ("met officials"): a host abroad may claim them
        uncoded_target = bool(target) and all(r.code is None for r in target)
        for refs in (source, target):
            for k, r in enumerate(refs):
                if r.code is None and self._perpetrator(lang, r):
                    opposite = codes(target if refs is source else source) - {None}
                    refs[k] = next((x for x in self._last_attackers(earlier, opposite) if x.code), r)
        # the doers of no country of an act coded by where it happened ("In Tunis, police fired tear gas",
        # "protesters in Khartoum stormed ..."): the place's, when the clause has one (below), before the home's
        # (not for other acts: "troops sent to Aleppo arrested ..." are not Syria's)
        placed = [k for k, r in enumerate(source) if r.code is None and (r.actor_id or "group:").startswith(
            "group:")] if onto.types[d.event].unnamed_agent_local else []
        court = {r.code for r in source if r.code in country_points()}  # a state's court (not the ICC's)
        if d.mode in onto.types[d.event].jurisdiction_modes and len(court) == 1:
            # a sentence passed by one country's court on a passive's subject that no actor names (« un militant
            # kurde a été condamné par un tribunal turc »): who stands before it is of that country, not of the
            # article's home. Not a named person of unknown country, who may be a foreigner tried there ("found
            # guilty by a Phuket court", an Australian); not an active verb with no recipient (« a condamné la
            # peine infligée à un opposant » blames, convicts nobody)
            if not target and is_passive(tok, lang.lex.args.passive_subject):
                target = [ActorRef(actor_id=None, code=next(iter(court)), sector=[], text="")]
        # an attack or an arrest whose clause names its scene abroad ("struck militants near Mosul", « arrêté en
        # Belgique »): its sides of no country are the scene's, not the article's (below)
        # (looked for only when a side is left without a country or no source is named: most events have neither)
        abroad_scene = self._foreign_scene(lang, state, d, tok, home) if home is not None and (
            not source or any(r.code is None for r in target)) else None
        if home is not None:
            # an actor of unknown country in a domestic story (a minister, "the Government", a party)
            # belongs to the country the article is about; not one addressing that very country by its name
            # (« le président du Congrès a présenté ses excuses aux Etats-Unis »: no American apologising to
            # his own country)
            # (not the country named as where the act was done: "army officers seized power in Gabon" are Gabon's)
            home_addressed = any(r.code == home and r.actor_id == home and not self._scene_named(lang, state, sent, r)
                                 for r in target)
            # (the home country named as a state on the receiving side, "expelled the French ambassador", "accused
            # Paris": the rulers of no named country acting on it are another country's)
            home_state_addressed = any(r.code == home and self._the_state(state, r) for r in target)
            for refs in (source, target):
                for k, r in enumerate(refs):
                    if refs is source and r.code is None and home_state_addressed and (
                            onto.ruler_sectors.intersection(r.sector)) and self._rulers_described(lang, state, sent, r):
                        other = self._other_country(state, sent, home)
                        if other is not None:
                            refs[k] = ActorRef(actor_id=r.actor_id, code=other, sector=r.sector, text=r.text)
                            homed = True
                        continue
                    if r.code is None and not (home_weak and self._organisation(state, r)) \
                            and not _abroad(r.text, lang.lex.args.abroad) and not (refs is source and k in placed) \
                            and not (refs is source and home_addressed):
                        here = abroad_scene if refs is target and abroad_scene is not None else home
                        refs[k] = ActorRef(actor_id=r.actor_id, code=here, sector=r.sector, text=r.text)
                        homed = True
        src_codes = codes(source)
        if target and src_codes - {None} and not onto.types[d.event].judges and all(
                r.code in src_codes and (r.code, r.text) in d.sides.owned for r in target):
            # "Obama offered American help", « Moscou a exigé la libération des officiers russes »: the source's own
            # country named only as the owner of the thing acted with or on is no recipient; who it is addressed to
            # is found below, or nobody (a wrong side costs more than a missing one). Not for a judgement, whose
            # object's owner is whom it judges ("criticised the FBI's investigation")
            target = []
        src_ids = {r.actor_id for r in source if r.actor_id}
        itself = [r for r in target if r.actor_id is not None and r.actor_id in src_ids]
        if itself:
            # an actor is not its own recipient ("Straw demanded their release", their = his): the other party
            # of the last event it took part in, else (nobody yet) the self-directed reading below
            target = [r for r in target if r not in itself] or self._partner(earlier, src_codes) or itself
        pruned = [r for r in target if r.code not in src_codes]
        if pruned or not src_codes:
            target = pruned  # "Nakatani ... aux Forces d'autodéfense à Kiev": Japan does not aid itself
        # else every recipient shares the source's code: a self-directed event (a government and its opposition)
        named_target = any(kind != "place" for _r, kind in d.sides.target)  # a recipient the text names
        people_undergoing = not source and not target and self._people_undergoing(lang, d)
        if not source and not target and not self.onto.types[d.event].unnamed_agent_local and not people_undergoing:
            return None
        event_type = d.event
        mode = d.mode
        info = onto.types[event_type]
        status = d.status
        if d.deliberated:
            return None  # "is considering a crackdown": weighed, neither done nor threatened
        if d.trig.sense.intended and status not in ("future", "hypothetical"):
            return None  # "police used force": the force used is told by what it did, not by "use"
        if info.intent_as and (status == "future" or status == "hypothetical" and info.intent_as == "THREATEN"
                               and source):
            # (a conditional act of nobody named is the writer's speculation, no one's threat)
            # PLOVER: an intent to help is AGREE; an announced or conditional hostile act is THREATEN
            event_type, mode = info.intent_as, None
            info = onto.types[event_type]
        elif event_type == "AGREE" and d.trig.sense.status == "future" and any(
            onto.types[a.event].intent_as == "THREATEN" for a in d.absorbed if a.trig.kind != "noun"
        ):
            event_type, mode = "THREATEN", None  # "prêt à imposer la loi martiale": an intent to coerce
            info = onto.types[event_type]
        elif event_type == "AGREE" and status == "actual" and tok.lemma_.lower() in lang.lex.args.decision_verbs and (
                decided := next((
                a for a in d.absorbed if a.trig.kind != "noun" and a.status == "actual"
                and onto.types[a.event].intent_as == "THREATEN" and codes([r for r, _k in a.sides.source]) <= src_codes
        ), None)) is not None:
            # "EU ministers agreed to impose sanctions on Belarus": a side's decision to act against another is
            # that act, no agreement with its target
            event_type, mode = decided.event, decided.mode
            info = onto.types[event_type]
        elif status == "negated" and d.trig.sense.negated_as:
            # "did not rule out the use of force": force held in reserve, a threat (negated_as)
            event_type, mode, status = d.trig.sense.negated_as, None, "actual"
            info = onto.types[event_type]
        elif status == "negated" and event_type in onto.refused_types and (
                self._decided_against(lang, tok) or d.trig.sense.negated_refuses
                or event_type in onto.yield_types and self._will_not(lang, tok)):
            # "the parliament voted not to recognise Kosovo's independence", « ne cédera pas », "said it would not
            # release the sailors": a refusal, no act that did not happen
            event_type, mode, status = "REJECT", None, "actual"
            info = onto.types[event_type]
        protesters = onto.types["PROTEST"].unnamed_agent_local
        if event_type == "COERCE" and mode == "restrict" and source and all(protesters in r.sector for r in source):
            event_type, mode = "PROTEST", "obstruct"  # "protesters besieged the embassy": an obstruction, a protest
            info = onto.types[event_type]
        if event_type == "ASSAULT" and mode is None and self._words_between_officials(lang, tok, source, target):
            event_type, mode = "ACCUSE", "disapprove"  # "Trump attacked a federal judge": words, not force
            info = onto.types[event_type]
        if status in onto.not_output and not (status == "hypothetical" and event_type == "THREATEN"):
            return None  # a negated or merely supposed event did not happen: it is not output
        if mode in onto.office_modes and not any(
                onto.office_sectors.intersection(r.sector) or not (r.actor_id or "person:").startswith("person:")
                for r in source):
            return None  # "the company's chief financial officer resigned": no office of state left
        root = self._clause_root(lang, d, tok)
        clause = state.clause(root)
        date, enddate, precision, date_source = lang.attrs.date(state, root, sent, published, info.verbal,
                                                                 trigger=tok,
                                                                 absorbed=tuple(a.trig.token.i for a in d.absorbed
                                                                                if a.event == d.event))
        if status == "actual" and date_source == "clause" and published is not None:
            days = day_range(date)
            if days is not None and days[0] > published:
                status = "future"  # a report cannot tell as done what its own clause dates after its day
        location = d.sides.location
        if location is None:
            exclude = {r.text for r in source + target}
            location = lang.attrs.location(state, root, sent, exclude, src_codes, d.event)
        # (where the subject met, « le Conseil, réuni à Abuja, a décidé de », is the event's place but names
        # neither side: it codes nobody below and is given back for the record)
        met_at = location if location is not None and self._subject_venue(lang, state, root, location) else None
        if met_at is not None:
            location = None
        # (a place the recipient was coded by is where it happened too: "police fired tear gas at demonstrators
        # in Tunis")
        where = location.country if location is not None and location.country else next(
            (r.code for r, kind in d.sides.target if kind == "place" and r.code), home)
        for k in placed:
            r = source[k]
            if r.code is None and where is not None and not _abroad(r.text, lang.lex.args.abroad) and (
                    where != home or not (home_weak and self._organisation(state, r))):
                source[k] = ActorRef(actor_id=r.actor_id, code=where, sector=r.sector, text=r.text)
                homed = True
        src_codes = codes(source)
        unidentified = bool(source) and all(r.code is None and (r.actor_id or "").startswith("group:") for r in source)
        sector = info.unnamed_agent(mode)
        # (an arrest's unnamed agent is the police only where the text names no agent at all: "troops sent to
        # Aleppo arrested ...", "troops in Karachi" are no police of the place)
        if sector is not None and ((not source or unidentified) if sector == info.unnamed_agent_local
                                   else self._agentless_passive(lang, d)) \
                and not d.sides.unknown_agent and not told_again:
            # PLOVER codes the attacker the text does not name by the country where it struck, as an unidentified
            # armed force ("a roadside bomb near Samarra killed a U.S. soldier": IRQ UAF -> USA; "gunmen attacked
            # ... in northern Mali": MLI UAF); protesters of no named country are the place's civilians; without
            # a place, the article's own country's; an arrest, the place's police ("were arrested in Istanbul")
            local = location.country if location is not None and location.country else (
                home if target or not home_weak or people_undergoing else None)
            if local is not None:
                text = source[0].text if source else ""
                source = [ActorRef(actor_id=None, code=local, sector=[sector], text=text)]
                homed = True
                if people_undergoing and not target:
                    # the arrested, named only by what they are, are the place's own people (PLOVER: X -> X)
                    target = [ActorRef(actor_id=None, code=local, sector=[], text="")]
        if not target and info.place_target:
            anaphor = self._anaphoric_target(lang, state, clause, src_codes)
            if anaphor is not None:
                target = [anaphor[0]]
                if location is None:
                    location = anaphor[1]
        if info.domestic and all(r.actor_id is None for r in target):
            # "protested outside the US embassy in Beijing", « devant l'ambassade des États-Unis à Pékin »: the
            # mission's country, not the town's
            target = self._represented(lang, state, clause, src_codes) or target
        if (info.place_recipient or onto.types[d.event].place_recipient) and location is not None and (
                location.country and all(r.code is None for r in target)):
            # (recipients of no known country, "deux civils tués ... en Ukraine", are the place's; an act announced,
            # "would pull its troops back to eastern Lebanon", has the place its act would have)
            if location.country not in src_codes or d.trig.kind == "verb":
                target = [ActorRef(actor_id=None, code=location.country, sector=[], text=location.text)]
                kind = onto.types[d.event]
                if not (kind.place_target or kind.domestic) and not self._named_as_scene(lang, state, location):
                    # "sanctions on Moscow", "curbs on exports to Seoul": the capital a measure is aimed at stands
                    # for its government, the recipient; it is not where the act is done (a protest's place is)
                    location = None
        if (not target or uncoded_target) and info.host_recipient and location is not None and location.country and (
                location.country not in src_codes and src_codes) and d.trig.kind == "verb" and (any(
                c.dep_ in lang.lex.args.object and c.pos_ in ("NOUN", "PROPN") for c in tok.children)
                or mode in onto.motion_modes):
            # "met officials in Colombo": the officials of no named country are the host's; "arrived in Israel
            # for a visit": the host is who is visited
            target = [ActorRef(actor_id=None, code=location.country, sector=[], text=location.text)]
        if not target and (info.domestic or mode in info.domestic_modes or (
                info.home_addressee and _citizens(source, onto.citizen_sectors)) or (
                info.home_addressee and self._compatriots(lang.lex.args, tok))):
            # (people of a country, its opposition or its unions, calling for something from nobody named call on
            # their own government: "Thai protesters called for the prime minister's resignation")
            target = [ActorRef(actor_id=None, code=r.code, sector=[], text=r.text) for r in source
                      if r.code and len(r.code) == 3 and r.code.isupper() and r.code.isalpha()]
        if not target and d.trig.sense.claims:
            # "A faction of the Taliban claimed responsibility": for the article's last deed of its type, on its victims
            claimed = next((e for e in reversed(earlier) if e.event == d.event
                            and e.confidence >= onto.min_confidence), None)
            if claimed is not None:
                target = [r for r in claimed.recipient if r.code not in src_codes] or list(claimed.recipient)
        if not target and info.reacts:
            target = self._claimant(lang, d, earlier, src_codes)
        if not target and d.trig.sense.to_victims:
            target = self._victims_of_told_act(lang, d, earlier, src_codes)
        if not target and info.reacts:
            reprisals = {id(r) for r in state.reprisals}
            told = [e for e in earlier if id(e) not in reprisals]
            target = self._parties_of_told_event(lang, state, d, told, src_codes)
        if not target and info.reacts and home is not None and not home_weak:
            target = self._domestic_act_reacted(lang, d, home)
        if not target and event_type != d.event and info.verbal:
            # "Turkey warned Syria that it would retaliate": an act announced to someone is a threat (or a
            # promise) made to whom it was told
            target = self._told_to(lang, state, tok, src_codes)
        if not target and src_codes - {None} and _in_exchange(tok, lang.lex.args.exchange_phrases):
            # "The IMF granted Ghana a loan. In exchange, Accra pledged to cut spending": a promise or an act done in
            # exchange is made to the bargain's partner, the other side of the last act its author took part in
            target = self._partner(earlier, src_codes)
        if event_type == "REJECT" and src_codes - {None} and codes(target) <= src_codes and not any(
                c.dep_ in lang.lex.args.object for c in tok.children) and tok.dep_ not in ("acl", "acl:relcl", "relcl"):
            # « X a demandé à Y de ..., mais Y a refusé »: a refusal with no object of its own answers the request
            # made to its agent, not the agent itself through the complement the coordinated request shares (a
            # relative's verb has its object in the antecedent: "a charge Damascus has denied")
            target = self._answered([e for e in earlier if e.event == "REQUEST"], src_codes) or target
        if not target and d.trig.sense.answers:
            if d.trig.sense.intransitive:
                # a bare "declined" answers a request made to its agent, or is no refusal at all ("the number of
                # refugees declined")
                target = self._answered([e for e in earlier if e.event == "REQUEST"], src_codes)
                if not target:
                    return None
            else:
                target = self._answered(earlier, src_codes)
        # a state's reaction that names nobody, in a story where it has dealt with a foreign party ("Turkey
        # recalled its ambassador from Israel. Ankara also demanded an apology"), answers that party: it is not
        # addressed to the state's own country, as the story's country would have it below
        if not target and source and info.reacts and home is not None and not home_weak and codes(source) <= {home} \
                and all(self._the_state(state, r) for r in source):
            target = self._partner(earlier, codes(source))
        if home is not None and not home_weak and not info.reciprocal and (source or target):
            # a domestic story: the side the sentence leaves implicit is the article's own country
            # ("praised the Government", "we reject it")
            # (a physical act on a thing, "killed off the siesta", has no implicit victim; criticising "the
            # use of pencils" is still addressed to the home authorities: the ontology's verbal types)
            if not target and source and codes(source) <= {home} and (
                    (info.verbal and event_type == d.event) or not d.sides.unknown_target or info.things_owned):
                # (an intended act on a thing, "hoping to kill off the siesta", threatens nobody either)
                target = [ActorRef(actor_id=None, code=home, sector=[], text="")]
                homed = True
            elif not target and source and info.home_addressee:
                # a call nobody is named to answer, in a story about a country, is made to that country
                # ("the African Union demanded the release of the president", « ont appelé au calme »)
                target = [ActorRef(actor_id=None, code=home, sector=[], text="")]
                homed = True
            elif not target and source and info.place_target and info.needs_target and not info.verbal and (
                    not codes(source) & {home, None}) and (d.trig.kind == "verb" or definite(tok)):
                # a foreign agent's attack or seizure on nobody named, in a story about a country, is on that
                # country ("al Shabaab claimed responsibility for the attack" in a story about Kenya)
                target = [ActorRef(actor_id=None, code=home, sector=[], text="")]
                homed = True
            elif not source and codes(target) <= {home} and not d.sides.unknown_agent and not told_again and not (
                    self._scene_only(lang, d, info, mode)):
                # (an agent the text names but nobody could code is not the country by default; an event told
                # again through its noun, "The air strikes hit ...", has the agent of the event it tells; one done
                # abroad, "was arrested in Ghana", the scene's)
                source = [ActorRef(actor_id=None, code=abroad_scene or home, sector=[], text="")]
                homed = True
        if not target and source and self._promises_addressed(lang, d, event_type):
            if home is not None and not home_weak and not codes(source) <= {home}:
                target = [ActorRef(actor_id=None, code=home, sector=[], text="")]
                homed = True
            else:
                # no story country: to the other party of its agent's last event ("Xi met Berdymukhamedov ...
                # Beijing also pledged a loan of 8 billion dollars")
                target = self._partner(earlier, codes(source))
        if not target and source and d.trig.sense.theme_object and state.home is not None and not state.home_weak \
                and state.home not in codes(source):
            # troops or aid sent from abroad with no destination named (« ont dépêché 5 000 soldats pour
            # sécuriser l'aéroport »): to the country the story is about, even from a paragraph naming only the
            # sender
            target = [ActorRef(actor_id=None, code=state.home, sector=[], text="")]
            homed = True
        if info.aimed_out and not named_target and target and codes(target) <= codes(source):
            # a threat nobody is named to receive, voiced at home or about one's own territory ("Tehran threatened
            # to close the Strait of Hormuz"), is made to the other party of the story
            target = self._partner(earlier, codes(source)) or target
        if not target and info.needs_target and not (
                info.open_addressee and lang.args.open_addressee(tok)) \
                or not source and not target:
            # (a call addressed to a collective nobody can code, "appealed to the international community", is
            # made all the same)
            return None
        participants = codes(source) | codes(target)
        if event_type == "CONSULT" and mode is None and len(participants) >= onto.multilateral_min:
            mode = "multilateral"
        context = list(d.context)
        for c in lang.attrs.contexts(clause + [t for a in d.absorbed for t in phrase(a.trig.token)]):
            if c not in context and c in onto.contexts:
                context.append(c)
        amount = lang.attrs.amount(d.amount_head) if d.amount_head is not None else None
        if amount is None:
            for a in d.absorbed:
                if a.amount_head is not None:
                    amount = lang.attrs.amount(a.amount_head)
                    if amount is not None:
                        break
        base = d.trig.sense.confidence
        if base is None:
            base = onto.confidence.get("noun" if d.trig.kind == "noun" else "verb", 0.7)
        one_side = (not source or not target) and not (info.reciprocal and len(codes(source) | codes(target)) >= 2)
        factors = ConfidenceFactors(
            base=base, kind=d.trig.kind, one_side_only=one_side,
            reciprocal_one_party=one_side and info.reciprocal and len(codes(source) | codes(target)) < 2,
            resolved=d.sides.resolved, passive=d.sides.passive, background=d.sides.background, homed=homed,
            # (an agent phrase naming nobody the actors stage could code is an uncoded side too)
            uncoded_side=any(r.code is None for r in source + target) or (d.sides.unknown_agent and not source),
            # (a promise or a threat is made now: AGREE and THREATEN read from an intent are actual acts)
            not_actual=status != "actual" and event_type == d.event and not d.trig.sense.status,
            no_actor=one_side and not source,
            # (the title and the lead tell the story's news; a one-sentence report is its own lead)
            lead=sent.start_char < state.lead[1],
            historical=status == "actual" and self._historical(state, sent, date, date_source, published))
        conf = hand_confidence(factors, onto.confidence)
        doc, text = sent.doc, state.text
        s_start, s_end = sent.start_char, sent.end_char
        while s_end > s_start and text[s_end - 1].isspace():
            s_end -= 1
        evidence = CSpan(s_start, s_end, text[s_start:s_end])
        t_start = doc[d.trig.start].idx
        t_end = doc[d.trig.end - 1].idx + len(doc[d.trig.end - 1].text)
        trigger = CSpan(t_start, t_end, text[t_start:t_end])
        quote = state.quote_at(t_start)
        said_by = quote.speaker.actor_id if quote is not None and quote.speaker is not None else None
        event = Event(
            id="",
            event=event_type,
            mode=mode,
            context=context,
            status=status,
            actor=source,
            recipient=target,
            date=date,
            enddate=enddate,
            date_precision=precision,
            date_source=date_source,
            location=_location(location or met_at),
            amount=amount,
            evidence=evidence,
            trigger=trigger,
            confidence=round(max(0.05, min(1.0, conf)), 3),
            mentions=[CSpan(evidence.start, evidence.end, evidence.text)],
            said_by=said_by,
            cameo=onto.cameo(event_type, mode),
        )
        if d.trig.sense.answers:
            state.reprisals.append(event)
        return event

    def _historical(self, state: DocState, sent: Span, date: str | None, date_source: str,
                    published: datetime.date | None) -> bool:
        """The event's own clause (or the clause governing it) dates it as over more than the ontology's
        ``historical_days`` before the article's day: a recall of the past that explains the news ("had expelled
        two diplomats in 2019"), not the news. A date the narrative carries over is not the clause's word and
        counts for nothing here, nor is a year put before a noun to qualify it ("criticized Obama's 2011
        intervention", "ties to the 1960 signing"): it dates that thing, maybe not the event. (A date after a noun,
        "in 1975", « en 1975 », is as often the clause's adverbial the parser hung on a noun.)"""
        if not self.onto.historical_days or published is None or date_source not in ("clause", "governing"):
            return False
        days = day_range(date)
        if days is None or (published - days[1]).days <= self.onto.historical_days:
            return False
        if not any(self._near_publication(tm, published) for tm in state.times):
            return False  # a story of the past (a retrospective) tells no present for its past to be a recall of
        for t in sent:
            tm = state.time_at.get(t.i)
            if tm is None or tm.value != date:
                continue
            top = t
            while top.head.i != top.i and state.time_at.get(top.head.i) is tm:
                top = top.head
            if top.i < top.head.i and top.dep_ in ("compound", "amod", "nummod", "nmod", "nmod:poss", "poss") \
                    and top.head.pos_ in ("NOUN", "PROPN") and top.head.i not in state.time_at:
                return False
        return True

    def _near_publication(self, tm: Time, published: datetime.date) -> bool:
        """A calendar date of the text within ``historical_days`` of the article's day, either side: the present
        the article tells."""
        days = day_range(tm.value) if tm.type == "DATE" and tm.resolved else None
        return days is not None and abs((published - days[1]).days) <= self.onto.historical_days

    @staticmethod
    def _rulers_described(lang: _Language, state: DocState, sent: Span, ref: ActorRef) -> bool:
        """``ref`` is a group named in ``sent`` by one of the language's generic nouns alone, with no modifier nor
        complement and not indefinite ("the government", "the junta", « le gouvernement »; not "business leaders",
        "a rebel spokesman", « des militaires »): a description whose country the discourse, not the phrase, gives."""
        if not (ref.actor_id or "").startswith("group:") or " " in ref.text.strip() or state.table is None:
            return False
        actor = state.table.by_id(ref.actor_id or "")
        for m in actor.mentions if actor is not None else []:
            if sent.start_char <= m.start < sent.end_char and m.text == ref.text:
                span = state.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None or not len(span):
                    return False
                tok = span.root
                words = lang.lex.args.generic_subjects
                bare = not any(c.dep_ in ("amod", "compound", "poss", "nmod:poss", "flat", "flat:name", "appos")
                               or c.dep_.startswith("nmod") or c.dep_ == "prep" for c in tok.children)
                return bare and (tok.lemma_.lower() in words or tok.lower_ in words) and not indefinite(tok)
        return False

    @staticmethod
    def _other_country(state: DocState, sent: Span, home: str) -> str | None:
        """The country other than ``home`` the article named last before ``sent`` (as an actor or a place, a
        dateline's town included): whose rulers a description of no country ("the government", « la junte »)
        acting on ``home`` stands for. None when the article named no other country before."""
        found: list[tuple[int, str]] = [(p.start, p.country) for p in state.places if p.start < sent.start_char
                                        and p.country and p.country != home]
        for span, actor in (state.table.mentions_in(0, sent.start_char) if state.table is not None else []):
            code = actor.country
            if code and code != home and not actor.igo and code not in state.non_states and code in country_points():
                found.append((span.start, code))
        return max(found)[1] if found else None

    @staticmethod
    def _the_state(state: DocState, ref: ActorRef) -> bool:
        """A country named as such: by its name, its capital or its government ("Turkey", "Ankara", « le
        gouvernement roumain »), not a person, a party, an organisation or a group lent the story's country."""
        if not ref.code or not ref.actor_id:
            return False
        actor = state.table.by_id(ref.actor_id) if state.table is not None else None
        return actor is not None and actor.kind == "country" or ref.actor_id == f"group:{ref.code}:GOV"

    @staticmethod
    def _organisation(state: DocState, ref: ActorRef) -> bool:
        actor = state.table.by_id(ref.actor_id) if state.table is not None and ref.actor_id else None
        return actor is not None and actor.kind == "organization"

    def _anaphoric_target(self, lang: _Language, state: DocState, clause: list[Token], src_codes: set[str]):
        words = lang.lex.args.anaphoric_places
        for t in clause:
            if t.lemma_.lower() in words or t.lower_ in words:
                place = lang.attrs.antecedent_place(state, t, src_codes)
                if place is not None and place.country:
                    ref, _kind = lang.args.place_ref(place)
                    return ref, place
        return None

    def _inherit_location(self, events: list[Event]) -> None:
        """A sentence elaborating the lead event happens where it happened ("Nakatani a appelé..."). The lead
        is one of the first events at the ontology's calibrated threshold, whatever threshold the output
        uses, so that an event's place does not depend on ``--min-confidence``."""
        confident = [e for e in events if e.confidence >= self.onto.antecedent_confidence]
        lead = next((e for e in confident[:3] if e.location is not None), None)
        if lead is None:
            return
        lead_codes = codes(lead.actor) | codes(lead.recipient)
        for ev in events:
            if ev.location is not None or ev is lead or ev.status != "actual":
                continue
            if ev.date != lead.date or not (codes(ev.actor) | codes(ev.recipient)) & lead_codes:
                continue
            ev.location = lead.location


def segments(doc: Doc):
    """The sentences of ``doc``, also cut at line breaks (a headline or paragraph end is a sentence end)."""
    if not len(doc):
        return
    sents = doc.sents if doc.has_annotation("DEP") or doc.has_annotation("SENT_START") else [doc[:]]
    # the line breaks, found once by array (a Token object made for every word costs more than the test)
    breaks = [i for i in np.flatnonzero(doc.to_array(IS_SPACE)).tolist() if "\n" in doc[i].text]
    for sent in sents:
        start = sent.start
        for i in breaks[bisect_left(breaks, start):bisect_left(breaks, sent.end)]:
            if i > start:
                yield doc[start:i]
            start = i + 1
        if start < sent.end and not all(t.is_space for t in doc[start:sent.end]):
            yield doc[start:sent.end]


def _location(place):
    if place is None:
        return None
    from veille.contract.models import Location

    return Location(name=place.name or place.text, country=place.country, lat=place.lat, lon=place.lon,
                    geonameid=place.geonameid, feature=place.feature)


def _abroad(text: str, words: frozenset[str]) -> bool:
    """A side whose words place it beyond any one country ("Western countries", « des combattants
    étrangers »), unless they are part of a name ("the Department of Foreign Affairs")."""
    tokens = text.split()
    return sum(w[:1].isupper() for w in tokens) < 2 and not words.isdisjoint(w.lower() for w in tokens)


@Language.factory("veille_events", default_config={"min_confidence": None})
def make_events(nlp: Language, name: str, min_confidence: float | None) -> EventsComponent:
    return EventsComponent(nlp, name, min_confidence)


def _launched(lang: _Language, tok: Token) -> list[Token]:
    """The objects of ``tok`` and the nouns they measure ("launched a round *of attacks*")."""
    objects = [c for c in tok.children if c.dep_ in lang.lex.args.object]
    return objects + [g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj"]
