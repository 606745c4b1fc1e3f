"""Who acts on whom: source and recipient sides of a trigger, read off the dependency parse."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from veille.analyze.events._lexicon import Lexicon, Ontology, Sense
from veille.analyze.events._state import DocState
from veille.analyze.events._syntax import (
    AGENT_DEPS,
    REL_WORDS,
    VERBAL_POS,
    complements,
    counted_nouns,
    free_relative_name,
    indefinite,
    is_passive,
    is_reduced_passive,
    is_relative_word,
    nearest_verb,
    phrase,
    preps_of,
    receiving_verb,
    relative_antecedent,
    runs,
)
from veille.analyze.events._triggers import Trigger
from veille.analyze.sentences import DATELINE_DASHES
from veille.contract.models import ActorRef, Place

Side = list[tuple[ActorRef, str]]  # (reference, actor kind)
_RELATIVE_HOSTS = frozenset({"acl", "acl:relcl", "advcl"})  # how the parser hangs an appositive relative clause


def _objectrelative_antecedent(verb: Token, marks: frozenset[str]) -> Token | None:
    """The noun phrase before the comma that an appositive object relative opened by one of ``marks`` (« que »)
    takes up, when the parser read that « que » as a conjunction marking ``verb``'s clause (« les services
    syriens, *que* l'opposition accuse d'avoir commandité l'attentat », « le gouvernement somalien, que Nairobi
    affirme avoir consulté »: the verb, or the infinitive a reporting verb governs, has no object of its own), or
    None."""
    clause = verb
    while clause.dep_ == "xcomp" and clause.head.i != clause.i and clause.head.pos_ == "VERB":
        clause = clause.head
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in marks and c.i < clause.i),
                None)
    if mark is None or mark.i < 2 or verb.doc[mark.i - 1].text != "," or clause.dep_ not in _RELATIVE_HOSTS:
        return None
    if not any(c.dep_.startswith("nsubj") and mark.i < c.i < clause.i for c in clause.children):
        return None
    if clause.dep_ != "advcl" and clause.head.pos_ in ("NOUN", "PROPN") and clause.head.i < mark.i:
        return clause.head
    before = [t for t in verb.doc[verb.sent.start:mark.i - 1] if t.pos_ in ("NOUN", "PROPN")
              and t.right_edge.i in (mark.i - 2, mark.i - 1)]
    return before[0] if before else None


def _governing_clause_verb(participle: Token, marks: frozenset[str]) -> Token | None:
    """The verb whose subject a subjectless participle's unspoken subject is: the verb it is an adjunct of
    ("ambushed near Kidal, the convoy turned back"), or the one a preposition of circumstance hangs it on ("is dead
    after being stabbed", "in hospital since being beaten"), not a preposition of means or place."""
    head = participle.head
    if participle.dep_ == "advcl" and head.pos_ in VERBAL_POS:
        return head
    if participle.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in marks and head.head.pos_ in VERBAL_POS:
        return head.head
    return None


def _case_words(tok: Token) -> set[str]:
    """The case markers of ``tok`` as written (« des », not its lemma « de »)."""
    return {c.lower_ for c in tok.children if c.dep_ == "case"}


@dataclass(slots=True)
class Sides:
    source: Side = field(default_factory=list)
    target: Side = field(default_factory=list)
    location: Place | None = None
    resolved: bool = False  # a side came from a pronoun / generic noun / earlier sentence
    passive: bool = False
    own: bool = True  # the sides come from the trigger's own dependents
    unknown_agent: bool = False  # a by/par phrase names an agent whose actor is unknown ("par des inconnus")
    unknown_target: bool = False  # the objects name a thing ("killed off the siesta"): no home recipient
    background: bool = False  # a participle without agent describing a noun ("X, accused of fraud, ..."): a state
    # (code, text) of the countries the recipients name only as the owner of a thing the event is done with or
    # to ("offered American help", « a exigé la libération des officiers russes »): see ArgumentFinder.owned
    owned: set[tuple[str | None, str]] = field(default_factory=set)


def _nominal_descendants(n: Token) -> list[Token]:
    """The words below ``n`` not inside a clause of their own (no verb on the way down)."""
    out: list[Token] = []
    stack = [c for c in n.children if c.pos_ not in VERBAL_POS]
    while stack:
        c = stack.pop()
        out.append(c)
        stack.extend(g for g in c.children if g.pos_ not in VERBAL_POS)
    return out


class ArgumentFinder:
    def __init__(self, lexicon: Lexicon, ontology: Ontology) -> None:
        self.lex = lexicon
        self.onto = ontology
        self.args = lexicon.args
        # the nouns that name events: single words and the last words of multiword ones ("car bomb")
        self._event_nouns = frozenset(lexicon.nouns) | {k[-1] for k in lexicon.phrases}
        # the common words that open them ("suicide", "car"): capitalised first in a sentence, no name
        self._phrase_openers = frozenset(k[0] for k in lexicon.phrases)

    # -- phrases ----------------------------------------------------------------------------
    def actors(self, state: DocState, tok: Token, stop: set[int] | None = None, *, around: bool = True) -> Side:
        # a place named as the setting ("homologues ... à Bruxelles", "réunion ... en Italie") is no actor
        # and neither is a place nested in a modifier ("exercices de grande ampleur autour de Taïwan")
        stop = set(stop or ())
        event_noun = tok.lemma_.lower() in self.lex.nouns or tok.lower_ in self.lex.nouns
        # and a circumstance inside the phrase ("une adhésion ... lors du sommet de Vilnius") names none
        a = self.args
        for t in tok.subtree:
            if t.i == tok.i:
                continue
            words = preps_of(t)
            if t.i in state.place_at and not state.place_at[t.i].metonym:
                if (event_noun or words & a.scene_preps) and words & a.location_preps and not words & a.noun_of_preps:
                    stop.add(t.i)  # "l'aviation turque en Irak": Iraq is the scene, not a participant
                    continue
            if (t.pos_ == "ADV" and t.lower_ in a.circumstantial) or (
                words & a.circumstantial and not words & a.location_preps
            ):
                stop.add(t.i)
            elif self._after_stance(t):
                stop.add(t.i)  # "anti-NATO demonstrators", "pro-Syrian militias": X is whom they oppose or back
            elif not around and t.pos_ == "ADV" and t.lower_ in a.location_preps:
                stop.add(t.i)  # "(exercices) de grande ampleur autour de X": X is no participant
            elif (t.head.dep_ == "acl" and "Part" in t.head.morph.get("VerbForm", [])
                  and "Past" in t.head.morph.get("Tense", []) and words & a.location_preps
                  and any(d.i in state.place_at for d in t.subtree)):
                stop.add(t.i)  # "les dirigeants ..., réunis ... en Italie": where they met, not who they are
        if any(a.country for a, _text in state.actors_at_token(tok)):
            # "China, the junta's main ally, urged restraint": an apposition describes a named actor, it names
            # no second one
            stop |= {c.i for c in tok.children if c.dep_ == "appos" and c.left_edge.i > 0
                     and c.doc[c.left_edge.i - 1].text == ","}
        toks = phrase(tok, stop=stop)
        found = [(state.ref(a, text), a.kind) for a, text in state.actors_in(runs(toks))]
        if not any(r.code for r, _k in found):
            local = self._local_group(state, tok)
            if local is not None:
                return [local]
        elif len(found) > 1:
            found = self._members_of_owner(state, tok, toks, found)
        return found

    def _after_stance(self, t: Token) -> bool:
        """``t`` follows a stance prefix and its hyphen ("anti - NATO", "pro - Syrian")."""
        doc = t.doc
        return t.i >= 2 and doc[t.i - 1].text == "-" and doc[t.i - 2].lower_ in self.args.stance_prefixes

    def opposed(self, state: DocState, subject: Token) -> Side:
        """Whom the "anti-" groups of a subject phrase oppose ("anti-NATO demonstrators": NATO)."""
        doc = subject.doc
        return [(state.ref(a, text), a.kind) for t in subject.subtree if self._after_stance(t)
                and doc[t.i - 2].lower_ in self.args.opposing_prefixes for a, text in state.actors_at_token(t)]

    def _members_of_owner(self, state: DocState, tok: Token, toks: list[Token], found: Side) -> Side:
        """People of no known country named by the phrase's head, with an actor of a known one elsewhere in
        the phrase but not coordinated with them, are that actor's ("deux journalistes de Radio France
        Internationale", "soldiers of the Malian army"; not "two journalists and three French soldiers")."""
        own = {r.actor_id for r, _k in self.actors_at_token(state, tok) if r.code is None and r.actor_id}
        if not own:
            return found
        coordinated = {t.i for c in tok.children if c.dep_ == "conj" for t in c.subtree}
        rest = [t for t in toks if t.i not in coordinated and t.i != tok.i]
        if not any(a.country for a, _text in state.actors_in(runs(rest))):
            return found
        return [(r, k) for r, k in found if r.actor_id not in own]

    def _local_group(self, state: DocState, head: Token) -> tuple[ActorRef, str] | None:
        """An agent noun ("court", "police"; a one-word group noun of the language, « le tribunal de Munich »)
        modified by a town or region ("a Phuket provincial court", "Aleppo police", "the police of Aleppo"; for
        the ``local_sectors``, "a court in Abuja"): a group of that place's country. Not a place the phrase
        sends it to ("troops sent to Aleppo") nor, for other agents, the scene ("troops in Aleppo")."""
        words = (head.lemma_.lower(), head.lower_)
        sector = next((n[w] for n in (self.lex.agent_nouns, self.lex.group_nouns) for w in words if w in n), None)
        if sector is None or head.pos_ != "NOUN":
            return None
        local = sector in self.args.local_sectors
        for c in head.children:
            m = c
            placing = c.lower_ in self.args.noun_of_preps or (local and c.lower_ in self.args.scene_preps)
            if c.dep_ == "prep" and placing:
                m = next((g for g in c.children if g.dep_ == "pobj"), c)
            elif c.dep_ not in ("compound", "nmod", "npadvmod", "poss", "nmod:poss"):
                continue
            place = self.place(state, m)
            if place is not None and place.country:
                text = state.text[head.left_edge.idx:head.idx + len(head.text)]
                return ActorRef(actor_id=None, code=place.country, sector=[sector], text=text), "group"
        return None

    def owned(self, state: DocState, head: Token, found: Side) -> set[tuple[str | None, str]]:
        """The countries, and unnamed groups of a country, of ``found`` (the actors of ``head``'s phrase) that the
        phrase names only as the owner of a thing: its head is a common noun naming nobody ("American help", "a halt
        to Russia's operation", « la libération des officiers russes »: the help, the operation, the release), so a
        country inside it is whose thing it is, not whom the event is done to. Not a phrase naming people ("Syrian
        civilians", "dozens of Chinese dissidents"), which are acted on."""
        if self._names_someone(state, head):
            return set()
        # (a named organisation or person owning it is someone else of the country, whose thing is acted on:
        # "criticised the Democratic Party's platform", "blasted the FBI's investigation")
        return {(r.code, r.text) for r, kind in found if kind == "country" or (r.actor_id or "").startswith("group:")}

    def _names_someone(self, state: DocState, head: Token) -> bool:
        """``head`` is a name, a pronoun, part of an actor's mention ("Syrian civilians"), or a noun of people or
        groups of the language, or of a crowd ("dozens of rebels"; not any noun with people in its complement: "the
        protection of nationals"). (The agent nouns imported from the dictionaries hold things too: "operation",
        "budget"; the actors stage has read those that name someone here.)"""
        if head.pos_ != "NOUN" or state.actors_at_token(head):
            return True
        a = self.args
        words = {head.lemma_.lower(), head.lower_}
        return any(w in self.lex.group_nouns for w in words) or bool(words & (
            a.people_nouns | a.crowd_counts | a.generic_subjects))

    def _direct_participant(self, state: DocState, o: Token) -> bool:
        """The object itself names a participant, possibly through a quantity ("ten rebels", "dozens of
        rebels"), not a noun given a preposition of its own inside it ("des véhicules aux Forces ...")."""
        for t in o.subtree:
            if not state.actors_at_token(t):
                continue
            x = t
            while x.i != o.i and not (preps_of(x) - self.args.noun_of_preps) and x.head.i != x.i:
                x = x.head
            if x.i == o.i:
                return True
        return False

    def is_dative(self, state: DocState, n: Token, words: set[str]) -> bool:
        """A country named with its article after a dative preposition ("promet à l'Ukraine"): a recipient,
        not the setting (a country as a setting takes "en"/"au": "en Ukraine")."""
        if not words & self.args.dative_preps:
            return False
        if not any(c.dep_ == "det" and "Art" in c.morph.get("PronType", []) for c in n.children):
            return False
        return any(a.kind == "country" for a, _t in state.actors_at_token(n))

    def open_addressee(self, verb: Token) -> bool:
        """The verb's object or addressee phrase (or its object's: "made an appeal to") names a collective no
        actor code names ("appealed to the international community", "asked donors", "called on Western
        countries", « a appelé les bailleurs »)."""
        a = self.args
        objects = [c for c in verb.children if c.dep_ in a.object]
        heads = objects + [n for h in (verb, *objects) for words, n in complements(h) if words & a.target_preps]
        # (the addressee of an appeal made, « a lancé un appel à la communauté internationale »)
        return any(n.lemma_.lower() in a.open_addressees or n.lower_ in a.open_addressees for n in heads)

    def actors_at_token(self, state: DocState, tok: Token) -> Side:
        return [(state.ref(a, text), a.kind) for a, text in state.actors_at_token(tok)]

    def place(self, state: DocState, tok: Token) -> Place | None:
        place = state.place_at.get(tok.i)
        if place is None or place.metonym:
            return None
        return place

    def place_ref(self, place: Place) -> tuple[ActorRef, str]:
        return ActorRef(actor_id=None, code=place.country, sector=[], text=place.text), "place"

    def _passive_subject_actors(self, state: DocState, subj: Token, verb: Token) -> Side:
        """The actors a passive's subject names; a relative word of a clause that names its agent stands for its
        antecedent, which undergoes the event ("the delegates, who were invited to Moscow by Russia": the delegates
        are invited). (With no agent named, the other side would only be guessed: nothing.)"""
        if is_relative_word(subj) and verb.head.i != verb.i and any(c.dep_ in AGENT_DEPS for c in verb.children):
            return self.actors(state, relative_antecedent(verb), stop={verb.i})
        return self.actors(state, subj)

    # -- subjects ---------------------------------------------------------------------------
    def subject(self, state: DocState, verb: Token, history: list[Side], depth: int = 0) -> tuple[Side, bool]:
        """The source side of a clause: its subject, else the subject it shares or inherits."""
        if depth > 4:
            return [], False
        a = self.args
        subj = [c for c in verb.children if c.dep_ in a.subject]
        if subj:
            s = subj[0]
            if is_relative_word(s) and verb.head.i != verb.i:
                antecedent = relative_antecedent(verb)
                found = self.actors(state, antecedent, stop={verb.i})
                if not found and preps_of(antecedent) and antecedent.head.pos_ in ("NOUN", "PROPN"):
                    # « les forces de l'ordre, qui ont répliqué »: the relative hung on the name's complement
                    found = self.actors(state, antecedent.head, stop={verb.i})
                outer = nearest_verb(antecedent) if antecedent.lemma_.lower() in a.instrument_nouns else None
                if not found and outer is not None and antecedent.dep_ in a.object:
                    # « a adopté une résolution qui condamne X »: who adopted the text does what it says
                    return self.subject(state, outer, history, depth + 1)
                return found, False
            if verb.head.i != verb.i and any(c.lower_ in a.genitive_relatives for c in s.children):
                # « L'Egypte, dont le gouvernement accuse X »: the subject the relative word owns is the antecedent's
                found = self.actors(state, relative_antecedent(verb), stop={verb.i})
                if found:
                    return found, False
            found = self.actors(state, s, stop=self._struck_complements(s))
            if found:
                # (a description the actors stage gave its actor from the discourse, "the president": resolved)
                return found, state.described(s)
            if self._one_of_the_weapons(s, verb):
                # "fired 40 rockets at Israel, one of which killed an Israeli": the weapon stands for who fired it
                return self.subject(state, verb.head, history, depth + 1)
            owner = next((c for c in s.children if c.lower_ in a.singular_possessives
                          and "Yes" in c.morph.get("Poss", [])), None)
            if owner is not None:
                # "its aircraft had hit", « ses avions ont frappé »: the owner the possessive takes up
                found = self._antecedent(state, owner)
                if found:
                    return found, True
            latest = a.latest_mention_subjects.get(s.lower_, a.latest_mention_subjects.get(s.lemma_.lower()))
            if latest is not None:
                return self._latest_mention(state, s, latest), True
            speaker = self._quoted_speaker(state, s)
            if speaker:
                return speaker, True
            if s.pos_ == "PRON" or (s.lemma_.lower() in a.generic_subjects
                                    and not any(c.lower_ in a.abroad for c in s.children)
                                    and not self._named_owner(s)):
                # ("Western countries", « les pays occidentaux »: nobody named before; « le chef d'Ansar Dine »:
                # the group the name tells, not the last actor, even when nobody could code it)
                return self._fallback(state, s, verb, history, depth), True
            return [], False
        if verb.dep_ == "conj" and verb.head.pos_ in VERBAL_POS:
            return self.subject(state, verb.head, history, depth + 1)
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in VERBAL_POS and not (
                verb.head.lower_ in self.lex.status.manner_marks
                and any(c.tag_ == "MD" for c in verb.head.head.children)):
            # "walked out after rejecting the resolution", "responded by expelling two diplomats": a gerund after
            # a preposition has its verb's subject (not one of manner under a modal, "could start a war by
            # attacking Jordan": only its governor's supposed act)
            governor = verb.head.head
            if verb.head.lower_ in a.reason_preps:
                # "vowed to punish North Korea for sinking a warship": the one punished for a deed did it
                for c in governor.children:
                    if c.dep_ in a.object and c.i < verb.i:
                        found = self.actors(state, c)
                        if found:
                            return found, True
            return self.subject(state, governor, history, depth + 1)
        if verb.dep_ in ("xcomp", "advcl", "acomp", "attr", "oprd") and verb.head.i != verb.i:
            head = verb.head
            described = self._described_object(verb)
            if described is not None:
                # « la CPI accuse ces miliciens, venus soutenir le président »: a past participle detached right
                # after the object describes the object, whose act its complement is
                return self.actors(state, described), False
            for c in self.controlling_objects(verb):
                found = self.actors(state, c)
                if found:
                    return found, True
            if head.pos_ in VERBAL_POS or head.pos_ == "ADJ":
                return self.subject(state, head, history, depth + 1)
            return self.actors(state, head, stop={verb.i}), False
        if verb.dep_ in ("acl",) and verb.head.pos_ in ("NOUN", "PROPN"):
            outer = nearest_verb(verb.head)
            if (verb.i > 0 and verb.doc[verb.i - 1].is_punct and (preps_of(verb.head) or verb.head.dep_ in a.object)
                    and outer is not None and not (verb.head.i < outer.i)):
                # « un raid dans le camp de réfugiés de Jénine, tuant trois Palestiniens », « a bombardé une
                # position de l'armée française, tuant neuf soldats »: a participle detached by a comma after a
                # noun inside a prepositional phrase or the object tells what the clause's subject did; that
                # noun is no agent
                return self.subject(state, outer, history, depth + 1)
            if outer is not None and verb.head.lemma_.lower() in a.instrument_nouns:
                # "the Senate passed a bill imposing sanctions", « a signé un décret interdisant »: who passed
                # or signed the text does what it says
                return self.subject(state, outer, history, depth + 1)
            return self.actors(state, verb.head, stop={verb.i}), False
        if "Fin" in verb.morph.get("VerbForm", []) or any(c.dep_.startswith("aux") for c in verb.children):
            # a finite clause whose subject the parser attached elsewhere: the nearest bare nominal before it
            sent = state.sent if state.sent is not None else verb.sent
            for t in reversed(list(verb.doc[sent.start:verb.i])):
                if t.pos_ in ("PROPN", "NOUN") and not preps_of(t) and t.dep_ not in ("obj", "dobj"):
                    found = self.actors_at_token(state, t)
                    if found:
                        return found, True
        return [], False

    def _means(self, n: Token) -> bool:
        """``n`` names a weapon or an event ("a roadside bomb", "a landmine", "an explosion"), not someone."""
        words = {n.lemma_.lower(), n.lower_}
        return bool(words & (self.lex.noun_classes.get("weapon", frozenset()) | self._event_nouns))

    def _one_of_the_weapons(self, s: Token, verb: Token) -> bool:
        """``s`` is "one (some, two) of which" and ``verb``'s clause hangs on a verb whose object is a weapon."""
        relative = any(g.lower_ in REL_WORDS or "Rel" in g.morph.get("PronType", [])
                       for p in s.children if p.dep_ == "prep" for g in p.children)
        weapons = self.lex.noun_classes.get("weapon", frozenset())
        return relative and verb.head.i != verb.i and any(
            c.dep_ in self.args.object and (c.lemma_.lower() in weapons or any(
                n.lemma_.lower() in weapons for n in counted_nouns(c)))  # ("dozens of rockets")
            for c in verb.head.children)

    def _described_object(self, verb: Token) -> Token | None:
        """The object of the governing verb that ``verb``, a past participle with no auxiliary nor subject
        detached by a comma right after that object, describes (« accuse ces miliciens, venus soutenir X »), or
        None."""
        if verb.dep_ != "advcl" or "Part" not in verb.morph.get("VerbForm", []) or "Past" not in verb.morph.get(
                "Tense", []) or verb.i < 2 or verb.doc[verb.i - 1].text != ",":
            return None
        if any(c.dep_.startswith(("aux", "nsubj")) for c in verb.children):
            return None
        return next((c for c in verb.head.children if c.dep_ in self.args.object and c.i < verb.i
                     and c.right_edge.i in (verb.i - 2, verb.i - 1)), None)

    def controlling_objects(self, verb: Token) -> list[Token]:
        """The nominal objects of the verb whose infinitive complement ``verb`` is, when they are its agents
        (object control: "prompting Israel to send troops", "forced Pakistan to close the border"; not after
        the language's ``subject_control`` verbs, "promised Kiev to send arms")."""
        head, a = verb.head, self.args
        if verb.dep_ != "xcomp" or head.i == verb.i or head.pos_ not in VERBAL_POS or (
                head.lemma_.lower() in a.subject_control) or "Inf" not in verb.morph.get("VerbForm", []):
            return []
        return [c for c in head.children if c.dep_ in a.object and c.i < verb.i and c.pos_ in ("PROPN", "NOUN")]

    @staticmethod
    def _named_owner(s: Token) -> bool:
        """A generic head with a name in its « de » complement (« le chef d'Ansar Dine », « les dirigeants du
        MNLA »): the name is whose it is."""
        return any(c.dep_.startswith("nmod") and c.pos_ == "PROPN" and preps_of(c) for c in s.children)

    def _struck_complements(self, s: Token) -> set[int]:
        """The complements of an event noun that is a verb's subject which name what the event struck or
        where, not who did it ("the bombings at U.S. embassies killed 200 people": the embassies were hit);
        its agent phrases (by, from; "of" when the noun's "of" is its agent) stay."""
        senses = self.lex.nouns.get(s.lower_) or self.lex.nouns.get(s.lemma_.lower())
        if not senses:
            return set()
        agentive = set(self.args.noun_source_preps)
        if all(sense.of == "source" for sense in senses):
            agentive |= self.args.noun_of_preps
        out = set()
        for c in s.children:
            words = {c.lower_} if c.dep_ in ("prep", "agent") else preps_of(c)  # "at", "by"; « contre »
            if words and not words & agentive:
                out.add(c.i)
        return out

    def _fallback(self, state: DocState, s: Token, verb: Token, history: list[Side], depth: int) -> Side:
        """A pronoun or generic subject ("il", "les ministres", "they") without an actor of its own; never an
        indefinite one ("an opposition activist", « un haut dirigeant »), which names someone new."""
        if s.pos_ in ("NOUN", "PROPN") and indefinite(s):
            return []
        st = self.lex.status
        # reported speech: "X a déclaré qu'il ..." -> X
        t = verb
        while t.dep_ in ("conj", "xcomp") and t.head.i != t.i:
            t = t.head
        if t.dep_ in ("ccomp", "acl:relcl", "acl", "parataxis") and t.head.lemma_.lower() in st.reporting:
            found, _ = self.subject(state, t.head, history, depth + 1)
            if found:
                return found
        plural = "Plur" in s.morph.get("Number", []) or s.lower_ in ("they", "ils", "elles")
        if s.pos_ == "PRON" and not plural:
            return self._antecedent(state, s)
        if not plural:
            # a definite description ("the ministry", « le ministère »): the earlier subject it agrees with
            found = self._antecedent(state, s)
            if found:
                return found
        if history:
            return list(history[-1])
        return []

    @staticmethod
    def _quoted_speaker(state: DocState, pron: Token) -> Side:
        """« Nous exigeons ... », a affirmé le ministre: a first-person pronoun inside a direct quote is the speaker
        the quotes stage found for it."""
        if pron.pos_ != "PRON" or "1" not in pron.morph.get("Person", []) or state.table is None:
            return []
        quote = state.quote_at(pron.idx)
        if quote is None or not quote.direct or quote.speaker is None or quote.speaker.actor_id is None:
            return []
        actor = next((x for x in state.table.actors if x.id == quote.speaker.actor_id), None)
        return [(state.ref(actor, quote.speaker.text), actor.kind)] if actor is not None else []

    def _antecedent(self, state: DocState, pron: Token) -> Side:
        """The actor a singular pronoun subject stands for: the nearest earlier actor that was itself the
        subject of its clause and agrees with the pronoun (kind, gender), else the nearest agreeing one
        ("The junta expelled the French ambassador. It also ...": the junta, not France)."""
        sent = state.sent if state.sent is not None else pron.sent
        stop = max(0, sent.start_char - 300)
        nearest: Side = []
        nearest_at = pron.i
        for head, actor in state.mention_heads_before(pron.idx, stop):
            if not self._agrees(pron, head, actor.kind):
                continue
            found: Side = [(state.ref(actor, actor.name), actor.kind)]
            if self._is_subject(head):
                return found
            if not nearest:
                nearest, nearest_at = found, head.i
        if nearest and pron.pos_ == "PRON" and self._unknown_name_subject(state, pron.doc[nearest_at + 1:pron.i]):
            # "After meeting X, Garcia raised funds. She ...": a name no actor holds, the subject after the one
            # found in an adjunct or an object, may be whom the pronoun takes up (two candidates: nobody)
            return []
        return nearest

    def _unknown_name_subject(self, state: DocState, span: Span) -> bool:
        """A proper name in ``span`` is a subject that no actor's mention holds (someone the tagger did not know)."""
        return any(t.pos_ == "PROPN" and t.text[:1].isupper() and self._is_subject(t) and not state.actors_at_token(t)
                   for t in span)

    def _latest_mention(self, state: DocState, word: Token, gender: str) -> Side:
        """« ce dernier », « celui-ci »: the nearest earlier actor of the word's gender (the lexicon's, the
        tagger misreads « Celui-ci »), whatever its role in its clause."""
        sent = state.sent if state.sent is not None else word.sent
        stop = max(0, sent.start_char - 300)
        for head, actor in state.mention_heads_before(word.idx, stop):
            if actor.kind not in ("person", "country", "organization", "group"):
                continue
            other = self._gender(self._phrase_head(head))
            if gender and other and gender not in other:
                continue
            return [(state.ref(actor, actor.name), actor.kind)]
        return []

    def _agrees(self, pron: Token, head: Token, kind: str) -> bool:
        a = self.args
        if kind not in ("person", "country", "organization", "group"):
            return False
        word = pron.lower_
        if word in a.person_pronouns and kind != "person":
            return False
        if word in a.nonperson_pronouns and kind == "person":
            return False
        if pron.pos_ == "NOUN" and pron.lemma_.lower() in a.country_nouns and (
                kind != "country" or head.pos_ == "ADJ" or head.ent_type_ == "NORP"):
            return False  # "the country" is no leader's or group's, nor the nationality of a named leader
        gendered = bool(pron.morph.get("Gender", []))
        if kind == "group" and pron.pos_ == "PRON" and not (word in a.nonperson_pronouns or gendered):
            return False  # a group is "it" / « il, elle », never "he" or "she"
        gender = set(pron.morph.get("Gender", []))
        other = self._gender(self._phrase_head(head))
        return not (gender and other and not gender & other)

    @staticmethod
    def _gender(noun: Token) -> set[str]:
        """The gender of a noun phrase: its determiner's when it shows one (« la ministre », whose epicene noun
        the tagger reads as masculine), else the noun's."""
        for c in noun.children:
            if c.dep_ == "det" and c.i < noun.i and c.morph.get("Gender", []):
                return set(c.morph.get("Gender", []))
        return set(noun.morph.get("Gender", []))

    @staticmethod
    def _phrase_head(tok: Token) -> Token:
        """The noun a modifier or name part belongs to ("Malian" in "the Malian junta")."""
        t = tok
        for _ in range(4):
            if t.dep_ in ("amod", "compound", "flat", "flat:name", "fixed", "nmod:poss", "poss") and t.head.i != t.i:
                t = t.head
            else:
                break
        return t

    def _is_subject(self, head: Token) -> bool:
        noun = self._phrase_head(head)
        return noun.dep_ in self.args.subject or noun.dep_ in self.args.passive_subject

    # -- verb triggers ----------------------------------------------------------------------
    def for_verb(self, state: DocState, trig: Trigger, history: list[Side]) -> Sides:
        a = self.args
        v = trig.token
        sense = trig.sense
        info = self.onto.types[sense.event]
        out = Sides()
        reduced = trig.kind == "verb" and is_reduced_passive(v, a.subject)
        passive = (reduced or is_passive(v, a.passive_subject)) and trig.kind == "verb"
        out.passive = passive
        if passive:
            for c in v.children:
                if c.dep_ in a.passive_subject or (reduced and c.dep_ in a.subject):
                    if sense.theme_object:
                        # « des casques bleus de la Minustah ont été dépêchés »: what a sending verb sends is its
                        # theme, as its object is in the active; whose troops they are sent them
                        out.source += self.actors(state, c)
                    elif not (found := self._passive_subject_actors(state, c, v)) and info.place_target and (
                            place := self.place(state, c) or self._place_of(state, c)) is not None \
                            and place is not state.dateline:  # where the story is told from
                        out.target.append(self.place_ref(place))  # "Kharkiv was hit", "the port of Odesa was hit"
                    else:
                        out.target += found
            if not out.target and v.dep_ == "conj" and v.head.pos_ in VERBAL_POS and not any(
                    c.dep_ in a.passive_subject or c.dep_ in a.subject for c in v.children):
                # "is appealing the verdict and has been granted bail": the first verb's subject
                for c in v.head.children:
                    if c.dep_ in a.passive_subject or c.dep_ in a.subject:
                        out.target += self.actors(state, c)
            out.background = v.dep_ in ("acl", "advcl") and not any(
                c.dep_ in AGENT_DEPS or c.dep_.startswith("aux") for c in v.children)
            if not any(c.dep_ in a.passive_subject for c in v.children) and v.head.i != v.i:
                # a participle: what it modifies undergoes the event ("the convoy, ambushed by X")
                if v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN"):
                    out.target += self.actors(state, v.head, stop={v.i})
                elif (governing := _governing_clause_verb(v, a.circumstantial)) is not None:
                    # "ambushed near Kidal, the convoy ...", "is dead after being stabbed": the governing clause's
                    # subject undergoes it
                    found, resolved = self.subject(state, governing, history)
                    out.target += found
                    out.resolved = out.resolved or resolved
        else:
            out.source, out.resolved = self.subject(state, v, history)
            # "the storm killed ten people in X": the text names the agent, a thing; not the home country
            out.unknown_agent = not out.source and (self._thing_subject(v) or self._named_subject(v))
            if info.domestic:
                # "anti-NATO demonstrators marched": the protest is against NATO
                out.target += [x for c in v.children if c.dep_ in a.subject for x in self.opposed(state, c)]
        objects = [c for c in v.children if c.dep_ in a.object]
        if not objects and a.partitive_objects and not sense.with_ & a.partitive_objects:
            # « ont massacré des civils »: an indefinite plural object the parser took for a "des" complement
            objects = [c for c in v.children if c.dep_ == "obl:arg" and _case_words(c)
                       and _case_words(c) <= a.partitive_objects]
        if not objects:
            # "found the tourist guilty", "declared the vote void": the parser makes the object the subject of
            # a small clause whose predicate is an adjective or a noun
            objects = [g for c in v.children if c.dep_ in ("ccomp", "xcomp", "oprd") and c.pos_ in ("ADJ", "NOUN")
                       for g in c.children if g.dep_ in a.subject]
        objects += self._under_time(state, v)
        if not objects and not passive and (antecedent := _objectrelative_antecedent(
                v, a.object_relative_marks)) is not None:
            objects = [antecedent]
        # the object (or a passive's subject: "journalists were abducted near Kidal") named a participant: a
        # place adjunct is then the scene
        object_actors = passive and bool(out.target)
        for o in objects:
            if o.lower_ in REL_WORDS and v.head.i != v.i:
                out.target += self.actors(state, v.head, stop={v.i})
                continue
            found = self.actors(state, o)
            if not found and o.pos_ == "PRON" and v.dep_ == "advcl" and v.head.pos_ in VERBAL_POS:
                # "expelled two diplomats, accusing them of spying": a pronoun object of a participle adjunct
                # stands for the governing verb's object
                found = [x for c in v.head.children if c.dep_ in a.object for x in self.actors(state, c)]
            if not sense.theme_object and (self.actors_at_token(state, o) or not self._has_dative(state, v, sense)):
                out.target += found  # else the object is the theme given to the dative: "un prêt ... russes"
                out.owned |= self.owned(state, o, found)
            direct = self._direct_participant(state, o)
            object_actors = object_actors or direct
            place = self.place(state, o)
            if place is None and not found and info.place_target:
                place = self._place_of(state, o)  # "bombed the port of Tyre", « bombardé le port de Tyr »
            if not found and place is not None and info.place_target:
                out.target.append(self.place_ref(place))
            if info.place_target and not direct:  # "101 camions ... en Ukraine" / "véhicules ... à Kiev"
                out.target += self._places_inside(state, o)
        # "killed off the siesta": the objects name things, not the home country
        out.unknown_target = bool(objects) and not out.target and all(self._is_thing(o) for o in objects)
        if sense.target_preps and not self._has_dative(state, v, sense):
            # "livrer du carburant à la Corée du Nord": the parser hung the recipient on the theme
            themes = [c for c in v.children if c.dep_ in a.object or c.dep_ == "obl:arg"]
            for o in themes:
                # (or on what the theme counts: « une aide de 50 millions de dollars aux Philippines »)
                held = [o, *(n for words, n in complements(o) if words and words <= a.noun_of_preps)]
                for words, n in (c for h in held for c in complements(h)):
                    if words & sense.target_preps and not words & a.noun_of_preps:
                        # "recalled its ambassador from Kabul": the place stands for its country
                        out.target += self._actors_or_place(state, n, self.place(state, n))
        target_preps = a.target_preps | sense.target_preps
        for words, n in [*complements(v), *self._time_complements(state, v)]:
            if words & a.agent_preps and passive:
                if n.lemma_.lower() in a.motive_nouns or n.lower_ in a.motive_nouns:
                    continue  # « par solidarité avec la Pologne »: a motive, no agent
                found = self.actors(state, n)
                out.source += found
                # (a weapon or an event as the agent, "killed by a roadside bomb", names no one unknown)
                out.unknown_agent = out.unknown_agent or not (found or self._means(n))
                continue
            if words & a.circumstantial and not words & sense.target_preps:
                continue
            if words & a.comitative_preps and (n.lemma_.lower() in a.ally_nouns or n.lower_ in a.ally_nouns):
                continue  # "retook Konna with French support": an ally's help, not the other side
            place = self.place(state, n)
            if place is None and info.place_target and words & a.location_preps:
                place = self._place_of(state, n)  # "near the coast of Norway", "aux abords de Kiev"
            if place is not None and words & a.location_preps and not self.is_dative(state, n, words):
                if (info.place_target and not object_actors) or words & sense.target_preps:
                    # ("killed ten rebels near Homs": Homs is where, the rebels are whom)
                    out.target += self._actors_or_place(state, n, place)
                elif out.location is None:
                    out.location = place
                continue
            if words & target_preps:
                # a place the sense names as its recipient stands for its country ("recalled X from Kabul")
                found = self._actors_or_place(state, n, place if words & sense.target_preps else None)
                if words & a.against_preps and (n.lemma_.lower() in a.suffered_acts or n.lower_ in a.suffered_acts):
                    # "protested against the deportation of a Nigerian student": the student is no side
                    victims = {m.i for w, m in complements(n) if w & a.noun_of_preps}
                    found = self.actors(state, n, stop=victims)
                if not found and info.place_target:
                    # "airlifted food to villages cut off in northern Pakistan": the villages' country
                    found = self._places_inside(state, n)
                out.target += found
        if not out.target:
            out.target += self._owers(state, v)
        if info.domestic and not out.target:
            # « ont manifesté dans plusieurs villes contre le Japon »: the parser hung the opposed side on a place
            # or time phrase; it is whom the protest addresses
            out.target += [r for words, n in complements(v) if not words & target_preps
                           for m in _nominal_descendants(n) if preps_of(m) & a.against_preps
                           for r in self.actors(state, m)]
        if sense.subject == "target" and not passive:
            out.source, out.target = out.target, out.source
        return out

    def _owers(self, state: DocState, v: Token) -> Side:
        """Who owes what the verb's object names (``owed_nouns``), by that object's « de » complement: « exiger des
        excuses du Japon » is made to Japan."""
        a = self.args
        return [x for c in v.children if (c.dep_ in a.object or c.dep_ == "obl:arg") and (
                c.lemma_.lower() in a.owed_nouns or c.lower_ in a.owed_nouns)
                for g in c.children if g.dep_.startswith("nmod") and preps_of(g) & a.noun_of_preps
                for x in self.actors(state, g)]

    def _thing_subject(self, verb: Token) -> bool:
        """The verb's subject is a thing or a force of nature ("the storm", "a landslide"): see _is_thing."""
        subj = next((c for c in verb.children if c.dep_ in self.args.subject), None)
        return subj is not None and self._is_thing(subj)

    def _named_subject(self, verb: Token) -> bool:
        """The verb's subject is a name nobody could code ("Navy SEALs raided"): someone the text names, not an
        unidentified force to be coded by the place."""
        subj = next((c for c in verb.children if c.dep_ in self.args.subject), None)
        if subj is None or subj.lower_ in REL_WORDS:
            return False
        # (a word of the event lexicon capitalised as the sentence's first, after a dateline's dash, is no name:
        # "AMMAN (Reuters) - Suicide bombers attacked"; "Navy SEALs raided" names)
        names = (c for c in subj.children if c.dep_ in ("compound", "flat", "flat:name") and not (
            c.lower_ in self._phrase_openers and (c.i == c.sent.start or c.doc[c.i - 1].text in DATELINE_DASHES)))
        return any(t.pos_ == "PROPN" for t in (subj, *names))

    def names_people(self, head: Token) -> bool:
        """A common noun phrase naming people by what they are or how many ("a suicide bomber", "hundreds of
        residents", « des milliers de personnes »): one of the language's agent nouns or crowd counts in it."""
        if head.pos_ != "NOUN":
            return False
        agents, people, counts = self.lex.agent_nouns.keys(), self.args.people_nouns, self.args.crowd_counts
        return any(t.pos_ == "NOUN" and ({t.lemma_.lower(), t.lower_} & agents or t.lemma_.lower() in people
                                         or t.lemma_.lower() in counts) for t in head.subtree)

    def _is_thing(self, head: Token) -> bool:
        """A common noun phrase naming no person or group (the language's agent nouns, looked for in the
        whole phrase: "thousands of people"), no event of the lexicon ("the attack", "a car bomb"), no name
        and no pronoun. Never, for a language without agent nouns."""
        agents = self.lex.agent_nouns.keys()
        if not agents or head.pos_ != "NOUN" or head.lower_ in REL_WORDS:
            return False
        for t in head.subtree:
            if t.pos_ not in ("NOUN", "PROPN"):
                continue
            if t.pos_ == "PROPN":
                return False  # a name the actors stage could not code is still someone
            words = {t.lemma_.lower(), t.lower_}
            if words & agents or words & self.args.generic_subjects or words & self._event_nouns or (
                    words & self.args.crowd_counts):
                return False
        return True

    def _place_of(self, state: DocState, n: Token) -> Place | None:
        """The place named in the "of" complement of a non-place noun (the coast of Norway)."""
        for words, m in complements(n):
            if words & self.args.noun_of_preps:
                return self.place(state, m)
        return None

    @staticmethod
    def _time_nouns(state: DocState, v: Token) -> list[Token]:
        return [c for c in v.children if c.i in state.time_at and c.pos_ in ("NOUN", "PROPN")]

    def _under_time(self, state: DocState, v: Token) -> list[Token]:
        """Nominals the parser hung from a time adjunct ("a rencontré mercredi son homologue": the object)."""
        out = []
        for t in self._time_nouns(state, v):
            for g in t.children:
                if g.dep_.startswith("nmod") and g.pos_ in ("NOUN", "PROPN") and g.i > t.i and not preps_of(g):
                    out.append(g)
        return out

    def _time_complements(self, state: DocState, v: Token) -> list[tuple[set[str], Token]]:
        """Prepositional complements the parser hung from a time adjunct ("autour de Taïwan lundi")."""
        out = []
        for t in self._time_nouns(state, v):
            out += [(w, m) for w, m in complements(t) if (w - self.args.noun_of_preps) & self.args.location_preps]
        return out

    def _has_dative(self, state: DocState, v: Token, sense) -> bool:
        """The verb names its recipient in a prepositional complement ("accorder à l'Ukraine un prêt")."""
        for words, n in complements(v):
            if words & self.args.circumstantial:
                continue
            if (words & sense.target_preps or self.is_dative(state, n, words)) and self.actors_at_token(state, n):
                return True
        return any(c.dep_ in ("dative", "iobj") and self.actors_at_token(state, c) for c in v.children)

    # -- noun triggers ----------------------------------------------------------------------
    def is_circumstantial(self, tok: Token) -> bool:
        words = preps_of(tok)
        if words & self.args.circumstantial:
            return True
        span = tok.head.head
        # "after days of mass protests": the span's preposition is the noun's
        return bool(words & self.args.noun_of_preps) and span.lemma_.lower() in self.args.span_nouns and bool(
            preps_of(span) & self.args.circumstantial)

    def _suppresses(self, verb: Token) -> bool:
        """``verb`` acts against the event its object names ("crush the protests", "broke up the rally")."""
        words = self.args.suppressing_verbs
        lemma = verb.lemma_.lower()
        return lemma in words or any(f"{lemma} {c.lower_}" in words for c in verb.children
                                     if c.dep_ in ("prt", "compound:prt"))

    def for_noun(self, state: DocState, trig: Trigger, history: list[Side], triggers_at: set[int]) -> Sides:
        a = self.args
        n = trig.token
        sense = trig.sense
        out = Sides()
        of_side: Side = []
        has_agent = False
        for c in n.children:
            if c.dep_ == "poss" or (c.dep_ == "det" and "Yes" in c.morph.get("Poss", [])) or c.dep_ == "nmod:poss":
                if c.pos_ in ("PRON", "DET"):
                    v = nearest_verb(n)
                    if v is not None:
                        found, _ = self.subject(state, v, history)
                        out.source += found
                        out.resolved = True
                else:
                    out.source += self.actors(state, c)
            elif c.dep_ in ("amod", "compound") and c.i not in range(trig.start, trig.end):
                out.source += [(state.ref(act, t), act.kind) for act, t in state.actors_in(
                    [(c.idx, c.idx + len(c.text))])]
                if c.lemma_.lower() in a.agent_participles or c.lower_ in a.agent_participles:
                    # "a Saudi-led strike", "a US-backed offensive": the participle's modifier is the agent
                    out.source += [(state.ref(act, t), act.kind) for act, t in state.actors_in(
                        runs([g for g in c.subtree if g.i != c.i]))]
        nxt = n.doc[n.i + 1] if n.i + 1 < len(n.doc) else None
        if not out.source and nxt is not None and nxt.pos_ == "ADJ" and nxt.head.i != n.i and (
                nxt.head.pos_ in VERBAL_POS):
            # « tués dans une frappe israélienne » with the adjective hung on the verb: the word order says it
            # qualifies the noun
            out.source += [(state.ref(act, t), act.kind) for act, t in state.actors_in(
                [(nxt.idx, nxt.idx + len(nxt.text))])]
        # "a mediation mission between A and B": a trigger noun modifying another noun shares its complements
        host = [*complements(n.head)] if n.dep_ == "compound" and n.head.i != n.i else []
        for words, m in [*complements(n), *host]:
            if words & a.noun_source_preps:
                out.source += self.actors(state, m)
                has_agent = True
            elif words & a.noun_of_preps and not (words - a.noun_of_preps) & a.location_preps:
                # ("autour de Taïwan" is where, not whose)
                venue = state.place_at.get(m.i)
                is_town = venue is not None and (venue.feature or "").startswith("PPL")
                if is_town and self.onto.types[sense.event].reciprocal:
                    # "le sommet de Vilnius", "la conférence de Paris": the venue, not a participant
                    if out.location is None:
                        out.location = self.place(state, m)
                    continue
                found = self.actors(state, m, around=False)
                of_side += found
                out.owned |= self.owned(state, m, found)
            elif words & (a.noun_target_preps | sense.target_preps):
                destination = self.place(state, m) if words & sense.target_preps else None
                found = self._target_complement(state, m, destination)
                out.target += found
                out.owned |= self.owned(state, m, found)
            place = self.place(state, m)
            if place is not None and words & a.location_preps and out.location is None:
                out.location = place
        if not out.target and sense.target_preps:
            # « la visite du président chinois en France »: the parser hangs the destination on the visitor
            out.target += self._destinations(state, n, sense)
        agents = self._nominal_agents(state, n, triggers_at)
        if agents:
            # "l'arrestation d'un opposant par la police": the agent phrase names the source wherever the
            # parser hung it inside the event noun's phrase
            ids = {r.actor_id or r.code for r, _k in agents}
            of_side = [(r, k) for r, k in of_side if (r.actor_id or r.code) not in ids]
            out.target = [(r, k) for r, k in out.target if (r.actor_id or r.code) not in ids]
            out.source += agents
            has_agent = True
        authors = self._authors(state, n, triggers_at) if n.dep_ in a.passive_subject | a.subject else []
        if authors and not out.source:
            # « le rapt a été revendiqué par le Hamas »: who claimed or carried out the act did it
            out.source += authors
            has_agent = True
        patient = self._passive_patient(state, n, history)
        if patient is not None:
            # « visés par des tirs palestiniens »: the event is the agent of the passive verb, whose subject
            # undergoes it; its source is named inside its own phrase or not at all
            out.target += [(r, k) for r, k in patient if (r, k) not in of_side]
            if of_side and not out.source:
                out.source, of_side = of_side, []
        if of_side and sense.of != "theme":
            if sense.of == "target" or has_agent or out.source:
                out.target += of_side
            else:
                out.source += of_side
        receiver = receiving_verb(n, a.object, a.receiving_verbs, a.receiving_preps)
        if receiver is not None and receiver.i not in triggers_at:
            # "drew criticism from Washington", "faced sanctions": who drew or faced it undergoes it; who obtained
            # a release its noun's complement undergoes (« a obtenu la libération des otages ») did not release
            out.own = False
            if not out.target:
                out.target += self.subject(state, receiver, history)[0]
            if not out.source:
                # (the parser may hang the giver on the verb: "drew condemnation | from Tokyo")
                for words, m in complements(receiver):
                    if words & a.noun_source_preps:
                        out.source += self.actors(state, m)
        elif patient is None and not out.source and not self.is_circumstantial(n) and n.dep_ not in a.subject:
            v = nearest_verb(n)
            if v is not None and (self._suppresses(v) or free_relative_name(n, self.lex.status.wh_words)):
                # "moved to crush the protests": who crushed them did not protest; "condemned what he called an
                # attack": who called it so did not attack
                v = None
            if v is not None and v.i not in triggers_at:  # a light verb: "mener des exercices", "hold talks"
                found, resolved = self.subject(state, v, history)
                if self._undergoes(v):
                    # "ten civilians died in a strike", "two soldiers were killed in an ambush": the victims
                    out.target += self._patients(state, v) or found
                else:
                    out.source += found
                    out.resolved = out.resolved or resolved
                out.own = False
                for words, m in complements(v):
                    if words & a.noun_target_preps and m.i != n.i:
                        out.target += self.actors(state, m)
        elif patient is None and out.source and all(r.code is None for r, _k in out.source) and (
                n.dep_ not in a.subject):
            self._owner_country(state, n, triggers_at, history, out)
        if patient is None and not out.target and sense.target_preps and n.dep_ in a.object and (
                n.head.pos_ in VERBAL_POS and n.head.i not in triggers_at):
            # "voiced its solidarity | with Lebanon": the noun's own preposition, hung by the parser on the light
            # verb whose object the noun is, names its recipient even when a possessive named its agent
            for words, m in complements(n.head):
                if words & sense.target_preps and m.i != n.i:
                    out.target += self.actors(state, m)
        if n.dep_ in a.subject and not out.target:
            self._impact_target(state, n, triggers_at, out)
        if not out.target and self.onto.types[sense.event].place_target:
            # "des exercices militaires autour de Taïwan": the place around which it happens
            heads = [n]
            light_verb = nearest_verb(n)
            if not out.own and light_verb is not None:
                heads.append(light_verb)
            for h in heads:
                extra = self._time_complements(state, h) if h.i != n.i else []
                for words, m in [*complements(h), *extra]:
                    p = self.place(state, m)
                    if p is not None and words & a.location_preps and m.i != n.i:
                        out.target.append(self.place_ref(p))
        head = n.head
        if n.dep_ in a.object and head.pos_ in VERBAL_POS and head.lemma_.lower() in a.commanding:
            # "ordered the withdrawal of troops from Georgia": who ordered it withdraws; what the noun's phrase
            # named on the source side (the place left) is its other side
            found, resolved = self.subject(state, head, history)
            if found:
                given = {r.code for r, _k in found}
                out.target += [(r, k) for r, k in out.source if r.code not in given and (r, k) not in out.target]
                out.source, out.resolved, out.own = found, out.resolved or resolved, False
        if not out.source and out.target and self.onto.types[sense.event].reciprocal and (
                {w for words, _m in [*complements(n), *host] for w in words} & sense.target_preps):
            out.source, out.target = out.target, []  # "les pourparlers entre A et B": both take part
        if (not out.target or not out.source) and n.lemma_.lower() in a.exchange_nouns and (
                preps_of(n) & a.during_marks) and self.onto.types[sense.event].reciprocal:
            self._exchange_sides(state, n, history, out)
        return out

    def _exchange_sides(self, state: DocState, n: Token, history: list[Side], out: Sides) -> None:
        """« Lors d'un entretien téléphonique, Obama a averti son homologue russe »: a conversation told in an
        adjunct of time is between the subject of the clause it dates and whom that clause's verb addresses (its
        direct object); a clause addressing nobody (« a condamné l'attaque ») names no second party, unless the
        noun names it ("during a telephone call with the Indian prime minister, X raised ...")."""
        v = n.head
        if v.pos_ not in VERBAL_POS and v.lower_ in self.args.during_marks:
            v = v.head  # (the parser may hang the noun on its mark, « Lors », and the mark on the verb)
        if v.pos_ not in VERBAL_POS:
            return
        addressed = [side for c in v.children if c.dep_ in self.args.object for side in self.actors(state, c)]
        if not addressed and not out.target:
            return
        if not out.source:
            out.source += self.subject(state, v, history)[0]
        if not out.target:
            out.target += addressed

    def _places_inside(self, state: DocState, head: Token) -> Side:
        """The places a location complement inside ``head``'s phrase names, as recipients."""
        a = self.args
        out: Side = []
        for n in head.subtree:
            p = self.place(state, n) if n.i != head.i else None
            words = preps_of(n)
            if p is not None and words & a.location_preps and not words & a.noun_of_preps:
                out.append(self.place_ref(p))
        return out

    def _destinations(self, state: DocState, n: Token, sense: Sense) -> Side:
        """The places introduced by one of the sense's own target prepositions anywhere in the event noun ``n``'s
        phrase, not inside a clause: where the event goes, though the parser hung it on who does it (« du
        vice-président Joe Biden en Israël »); a capital the actors stage took for its government stands for it
        (« la fermeture de son ambassade à Téhéran »)."""
        out: Side = []
        for c in _nominal_descendants(n):
            if preps_of(c) & sense.target_preps:
                p = self.place(state, c)
                out += [self.place_ref(p)] if p is not None else self.actors(state, c) if c.pos_ == "PROPN" else []
        return out

    def _target_complement(self, state: DocState, m: Token, place: Place | None) -> Side:
        """The actors of a noun's target complement ``m``; where ``m`` is a ``place`` of a country no actor
        there has (« la visite de la chancelière allemande au Japon », the chancellor's phrase running over
        « au Japon »), that place's country."""
        found = self.actors(state, m)
        if place is not None and place.country and all(r.code != place.country for r, _k in found):
            return [self.place_ref(place)]
        return found

    def _actors_or_place(self, state: DocState, n: Token, place: Place | None) -> Side:
        """The actors of the phrase headed by ``n``, else ``place`` as a reference to its country."""
        found = self.actors(state, n)
        return found or ([self.place_ref(place)] if place is not None else [])

    def _owner_country(self, state: DocState, n: Token, triggers_at: set[int], history: list[Side],
                       out: Sides) -> None:
        """"The Pentagon announced the deployment of 3,000 troops", « Moscou a ordonné le retrait de ses
        soldats »: agents of no country named inside the event noun's phrase belong to the one country the
        subject of the governing verb names."""
        v = nearest_verb(n)
        if v is None or v.i in triggers_at or self._undergoes(v):
            return  # « tués dans une attaque de jihadistes »: the victims' country is not the attackers'
        owners, _ = self.subject(state, v, history)
        coded = {r.code for r, _k in owners if r.code}
        if len(coded) != 1:
            return
        code = coded.pop()
        out.source = [(replace(r, code=code), k) for r, k in out.source]

    def comitative(self, state: DocState, n: Token) -> Side:
        """The actors a nominal event names with a comitative preposition ("clashes with the army")."""
        return [x for words, m in complements(n) if words & self.args.comitative_preps for x in self.actors(state, m)]

    def _undergoes(self, v: Token) -> bool:
        """The subject of ``v`` undergoes what its complements tell: a verb of dying, or a verb of harm in the
        passive ("were killed in an ambush"; not "were engaged in ethnic cleansing")."""
        lemma = v.lemma_.lower()
        return lemma in self.args.patient_verbs or (
            lemma in self.args.victim_passives and is_passive(v, self.args.passive_subject))

    def _patients(self, state: DocState, v: Token) -> Side:
        """The actors of the passive subjects of ``v``."""
        return [x for c in v.children if c.dep_ in self.args.passive_subject for x in self.actors(state, c)]

    def _impact_target(self, state: DocState, n: Token, triggers_at: set[int], out: Sides) -> None:
        """"A missile strike hit Kharkiv", « des bombardements ont endommagé un hôpital à Kherson »: the event
        noun is the subject of a verb of impact, whose object is what the event struck (an actor, or the
        place named as object or as the object's setting); the verb's clause dates and places it."""
        v = n.head
        if v.i == n.i or v.pos_ not in VERBAL_POS or v.i in triggers_at or (
                v.lemma_.lower() not in self.args.impact_verbs):
            return
        out.own = False
        for c in v.children:
            if c.dep_ not in self.args.object:
                continue
            found = self.actors(state, c)
            if found:
                out.target += found
                continue
            p = self.place(state, c)
            if p is not None:
                out.target.append(self.place_ref(p))
        if not out.target:  # a place right after the verb that the parser hung elsewhere ("a touché Kharkiv lundi")
            bare = [t for t in v.subtree if t.i > v.i and t.i in state.place_at and not preps_of(t)]
            p = self.place(state, bare[0]) if bare else None
            if p is not None:
                out.target.append(self.place_ref(p))
        for words, m in complements(v):
            p = self.place(state, m)
            if p is not None and words & self.args.location_preps and out.location is None:
                out.location = p

    def _passive_patient(self, state: DocState, n: Token, history: list[Side]) -> Side | None:
        """The side that undergoes a passive verb whose agent phrase is the event noun ``n`` (None when ``n``
        is no such agent): the verb's passive subject, else the subject it shares with a coordinated verb,
        else the noun the participle describes."""
        v = n.head
        if v.i == n.i or v.pos_ not in VERBAL_POS:
            return None
        if not (n.dep_ in AGENT_DEPS or preps_of(n) & self.args.agent_preps) or not is_passive(
                v, self.args.passive_subject):
            return None
        subjects = [c for c in v.children if c.dep_ in self.args.passive_subject]
        if subjects:
            return [x for s in subjects for x in self.actors(state, s)]
        if v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN"):
            return self.actors(state, v.head, stop={v.i})
        if v.dep_ == "conj" and v.head.pos_ in VERBAL_POS:
            found, _ = self.subject(state, v.head, history)
            return found
        return []

    def _authors(self, state: DocState, n: Token, triggers_at: set[int]) -> Side:
        """Actors of the agent phrase of the verb of claiming or carrying out (``authoring_verbs``, no trigger of its
        own) whose passive subject is the event noun ``n`` ("the kidnapping was claimed by Hamas")."""
        v = n.head
        if v.i == n.i or v.i in triggers_at or v.pos_ not in VERBAL_POS or (
                v.lemma_.lower() not in self.args.authoring_verbs) or not is_passive(v, self.args.passive_subject):
            return []
        return [x for words, m in complements(v) if words & self.args.agent_preps for x in self.actors(state, m)]

    def _counting_noun(self, n: Token) -> Token | None:
        """The noun of time or measure (``span_nouns``, ``measure_nouns``) whose "of" complement the event noun
        ``n`` is ("the second day *of* an offensive", « une série *d'*attentats »), else None."""
        a = self.args
        if n.dep_ == "pobj" and n.head.lower_ in a.noun_of_preps:
            head = n.head.head
        elif preps_of(n) & a.noun_of_preps and n.dep_.startswith("nmod"):
            head = n.head
        else:
            return None
        lemma = head.lemma_.lower()
        return head if head.pos_ == "NOUN" and (lemma in a.span_nouns or lemma in a.measure_nouns) else None

    def _nominal_agents(self, state: DocState, n: Token, triggers_at: set[int]) -> Side:
        """Actors of the agent phrases (by / par) inside the phrase of the event noun ``n``, not those of another
        event's participle describing it ("the withdrawal, demanded by the Arab League": the League demanded it)."""
        out: Side = []
        for t in n.subtree:
            if t.i == n.i or t.head.i != n.i and t.head.i in triggers_at and t.head.pos_ in VERBAL_POS:
                continue
            if t.dep_ == "obl:agent" or (t.dep_.startswith(("nmod", "obl")) and preps_of(t) & self.args.agent_preps):
                out += self.actors(state, t)
            elif t.dep_ == "agent":
                for g in t.children:
                    if g.dep_ == "pobj":
                        out += self.actors(state, g)
        counter = self._counting_noun(n)
        if counter is not None:
            # "the second day of an offensive by the security forces", "a wave of raids by the army": the parser
            # hangs the agent phrase after the event noun on the noun of time or measure that counts it
            for words, m in complements(counter):
                if m.i > n.right_edge.i and words & self.args.agent_preps:
                    out += self.actors(state, m)
        phrase = counter if counter is not None else n
        verb = phrase.head
        if phrase.dep_ in self.args.object and verb.pos_ in VERBAL_POS and not is_passive(
                verb, self.args.passive_subject):
            # "to escape an offensive by Myanmar's army", "suffered a series of raids by the army": the parser hangs
            # the noun's agent phrase, right after it, on the active verb, which has no agent phrase of its own
            for c in verb.children:
                if c.i == phrase.right_edge.i + 1 and c.lower_ in self.args.agent_preps:
                    out += [a for g in c.children if g.dep_ == "pobj" for a in self.actors(state, g)]
        return out
