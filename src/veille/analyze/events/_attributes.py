"""Status, date, place, amount and context of an event, from its clause."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from spacy.tokens import Span, Token

from veille.analyze.events._lexicon import ConditionalForms, Lexicon
from veille.analyze.events._state import DocState
from veille.analyze.events._syntax import (
    VERBAL_POS,
    complements,
    has_negation,
    indefinite,
    mandated_clause,
    nearest_verb,
    preps_of,
)
from veille.analyze.times import narrative_time, night_into_next_day, report_day
from veille.contract.models import Amount, Place, Time

Day = date  # (the type, for methods of a class whose own method is named date)

_VAGUE = re.compile(r"^(PRESENT_REF|PAST_REF|FUTURE_REF)$")
_DAYS_SPAN = re.compile(r"^P(\d{1,3})([DW])$")  # a span of days or weeks ("P2D", "P1W")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
# the entity labels of people and places (spaCy's English and French models): a date after their name may be a
# misattached adverbial (« s'est tenu à Alger du 12 au 14 mars »), never part of the name
_PERSON_OR_PLACE = frozenset({"PERSON", "PER", "GPE", "LOC", "FAC"})
_ORGANISATION = frozenset({"ORG"})  # the entity label of organisations (both models)
_DIGITS = re.compile(r"^\d{1,3}(?:[ ,.\u202f]\d{3})*(?:[.,]\d+)?$|^\d+(?:[.,]\d+)?$")
_RANGE_JOIN = re.compile(r"^\s*(?:et|and|to|au|à|till|until|-|–)\s*(?:le\s+|l'|the\s+)?$", re.IGNORECASE)
_RANGE_OPEN = frozenset({"entre", "between", "from", "du", "de", "d'"})
# a bare past participle describing a noun ("the reform, unveiled on January 10, ..."; "Elected in 2017, she
# ...") or a clause hung on a noun ("the first talks since fighting erupted three weeks ago"): what it dates is
# background to the narrative
_DESCRIBING = frozenset({"acl", "advcl"})


def precision_of(value: str, granularity: str | None = None) -> str:
    if granularity:
        return granularity
    if re.match(r"^\d{4}-\d{2}-\d{2}", value):
        return "day"
    if re.match(r"^\d{4}-W\d{2}$", value):
        return "week"
    if re.match(r"^\d{4}-\d{2}$", value):
        return "month"
    if re.match(r"^\d{4}$", value):
        return "year"
    return "unknown"


class Attributes:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        self._phrases_by_head: dict[str, list[tuple[str, ...]]] = {}  # « prise » of « prise d'otages »
        for words in lexicon.phrases:
            self._phrases_by_head.setdefault(words[0], []).append(words)
        # verbs whose content clause is only wished or allowed ("hopes the Senate can ratify")
        self._content_governors = frozenset(lexicon.status.modals) | lexicon.status.permitting

    # -- status -----------------------------------------------------------------------------
    def _reported(self, tok: Token, hops: int = 6) -> bool:
        """Whether ``tok`` lies in the content of a reporting verb, within ``hops`` heads."""
        t = tok
        for _ in range(hops):
            if t.head is t:
                return False
            if t.dep_ in ("ccomp", "parataxis") or t.dep_.startswith("advcl") or t.dep_ == "xcomp":
                if t.head.lemma_.lower() in self.lex.status.reporting:
                    return True
            t = t.head
        return False

    def _chain(self, tok: Token) -> list[Token]:
        """``tok`` and the words that govern it as a complement: verbs and adjectives of control ("was unable
        to sign"), verbs of the modal and permitting lists governing a content clause ("hopes the Senate can
        ratify", "won't allow Iraq's army to take"), the verb a gerund tells the manner of ("could start a
        war by attacking"), a noun of intent the lexicon lists with the modals, with the verb that has it
        ("has no plans to negotiate", « n'a pas l'intention de négocier »)."""
        chain = [tok]
        t = tok
        while t.head.i != t.i:
            if t.dep_ in ("xcomp", "acomp") and t.head.pos_ in VERBAL_POS | {"ADJ"}:
                t = t.head
            elif t.dep_ == "ccomp" and t.head.pos_ == "VERB" and not self._content_governors.isdisjoint(
                    self.lex.lemmas(t.head)):
                t = t.head  # "hopes (that) the Senate can ratify", "wants Washington to lift": wished, not done
            elif mandated_clause(t, self.lex.status.mandative):
                t = t.head  # "insisted that Iran release the tanker": asked for, not done
            elif (manner := self._manner_of(t)) is not None:
                t = manner  # "could start a war by attacking Jordan": as sure as starting it
            elif (aiming := self._aiming_verb(t)) is not None:
                t = aiming  # "the sanctions are aimed at punishing Russia": an aim, as the verb's modal says
            elif self._purpose_infinitive(t):
                t = t.head  # "will not lend its bases to assist": the aim as sure as the act it is the aim of
            elif (intent := self._intent_noun(t)) is not None:
                chain.append(intent)
                t = intent.head
                if intent.dep_ not in self.lex.args.object or t.pos_ not in VERBAL_POS:
                    break
            else:
                break
            chain.append(t)
        return chain

    @staticmethod
    def _purpose_infinitive(t: Token) -> bool:
        """``t`` is an infinitive of purpose with no subject of its own, hung on a verb ("sent troops *to help*",
        "did not travel to Geneva *to meet*"): what an act is for happens only if the act does, so it shares that
        act's negation and modality."""
        return t.dep_.startswith("advcl") and t.head.pos_ == "VERB" and _infinitive(t) and any(
            c.lower_ == "to" and c.dep_ in ("aux", "mark") for c in t.children) and not any(
            c.dep_.startswith("nsubj") or c.dep_ == "mark" and c.lower_ != "to" for c in t.children)

    def _manner_of(self, t: Token) -> Token | None:
        """The verb a gerund tells the manner of ("by attacking", « en attaquant »), or None."""
        marks = self.lex.status.manner_marks
        head = t.head
        if t.dep_ == "pcomp" and head.pos_ == "ADP" and head.lower_ in marks and head.head.pos_ in VERBAL_POS:
            return head.head
        if t.dep_.startswith("advcl") and head.pos_ in VERBAL_POS and any(
                c.dep_ in ("mark", "case") and c.lower_ in marks for c in t.children):
            return head
        return None

    def _aiming_verb(self, t: Token) -> Token | None:
        """The verb of aiming or alleging whose preposition has the gerund ``t`` ("aimed at punishing", "suspected
        of bombing"), or None."""
        head = t.head
        if t.dep_ == "pcomp" and head.pos_ == "ADP" and head.head.pos_ in VERBAL_POS and not (
                self.lex.status.aiming | self.lex.status.alleging).isdisjoint(self.lex.lemmas(head.head)):
            return head.head
        return None

    def _intent_noun(self, t: Token) -> Token | None:
        """The noun of intent whose complement ``t`` is ("plans to negotiate", "intention of negotiating")."""
        head = t.head
        if t.dep_ == "pcomp" and head.pos_ == "ADP" and head.head.i != head.i:
            head = head.head
        elif t.dep_ != "acl" and not (t.dep_ == "relcl" and _infinitive(t)):  # ("threats to close": relcl too)
            return None
        if head.pos_ == "NOUN" and self.lex.status.modals.get(head.lemma_.lower()):
            return head
        return None

    def _noun_purpose(self, top: Token) -> str | None:
        """Hypothetical for an infinitive that completes a noun: what the noun is for is not done ("a truce to
        evacuate the wounded", "efforts to free the hostages", « une trêve pour évacuer »). None (the
        governors decide) after a noun of decision ("the decision to expel", "an agreement to withdraw") and
        for the one who did it first, last or alone ("the first leader to visit Kyiv"). The parser labels some
        of these infinitives relative clauses ("rejected calls to step down"): one with no subject of its own
        completes the noun the same way."""
        head = top.head
        if head.pos_ not in ("NOUN", "PROPN") or not _infinitive(top):
            return None
        if top.dep_ != "acl" and not (top.dep_ == "relcl" and not any(
                c.dep_ in self.lex.args.subject or c.tag_.startswith("W") for c in top.children)):
            return None
        st = self.lex.status
        if not st.deciding.isdisjoint(self.lex.lemmas(head)) or any(
                c.dep_ in ("amod", "nummod", "det") and ("Ord" in c.morph.get("NumType", []) or c.tag_ == "JJS"
                                                       or c.lower_ in st.ranking) for c in head.children):
            return None
        return "hypothetical"

    def _abstained(self, chain: list[Token]) -> bool:
        """The act is a gerund held back by a governing verb of the ``abstaining`` list, as its complement
        ("stopped firing") or after a preposition ("refrained from condemning", "stopped short of
        criticising", with the adverb between)."""
        words = self.lex.status.abstaining
        if any(h.lemma_.lower() in words and c.tag_ == "VBG" for c, h in zip(chain, chain[1:])):
            return True
        top = chain[-1]
        if top.dep_ != "pcomp" or top.head.pos_ != "ADP":
            return False
        governor = top.head.head
        if governor.dep_ == "advmod" and governor.pos_ in ("ADV", "ADJ"):
            governor = governor.head
        return governor.lemma_.lower() in words

    def _failed(self, tok: Token) -> bool:
        """An adverb of failure on the verb ("vainly", "in vain", « sans succès »)."""
        words = self.lex.status.failure
        for child in tok.children:
            if child.lemma_.lower() in words or child.lower_ in words:
                return True
            if child.pos_ == "ADP" or child.dep_.startswith(("obl", "prep", "advmod")):
                if any(g.lower_ in words or g.lemma_.lower() in words for g in child.children):
                    return True
        return False

    def deliberated(self, tok: Token, *, itself: bool = False) -> bool:
        """The event is only weighed by a governing verb ("is considering sanctions", « songe à »), asked
        about, or named in a condition;
        ``itself``: ``tok`` is the verb governing a nominal event and counts too."""
        st = self.lex.status
        chain = self._chain(tok)
        if any(not (st.deliberation | st.alleging).isdisjoint(self.lex.lemmas(c)) for c in chain[0 if itself else 1:]):
            return True  # (an act only alleged, "men suspected of bombing the embassy": the accusation is told)
        if any(not st.allowing.isdisjoint(self.lex.lemmas(c)) and not has_negation(c, st.negation)
               for c in chain[1:]):
            return True  # "police allowed the students to march": no one's act yet, nor a threat
        if any(self._ordered(c) for c in chain):
            return True  # "ordered police to release the activists": the police's to do, not done
        top = chain[-1]  # an indirect question ("asked whether Israel would strike", « demande si »)
        if top.dep_ == "ccomp" and not st.questioning.isdisjoint(self.lex.lemmas(top.head)) and any(
                c.dep_ == "mark" and c.lower_ in st.question_marks for c in top.children):
            return True
        if _infinitive(tok) and any(c.lower_ in st.wh_words and c.i < tok.i for c in tok.children):
            return True  # "taught her how to shoot", "knew where to strike"
        # (an event in a condition, "if Iran attacks", « s'il était élu », is no one's act nor threat)
        return _direct_question(top) or self._in_condition(chain) or self._supposed(tok)

    def _ordered(self, tok: Token) -> bool:
        """``tok`` is the infinitive a court orders another to do: its complement, or the adverbial infinitive
        the parser makes of it after the ordered side ("ordered the prison service to free"). (A government
        ordering its police or troops acts through them, as CAMEO codes it: "ordered police to round up".)"""
        st, head = self.lex.status, tok.head
        if head.i == tok.i or st.directing.isdisjoint(self.lex.lemmas(head)) or not any(
                c.dep_ in self.lex.args.subject and c.lower_ in st.judicial for c in head.children):
            return False
        if tok.dep_ == "xcomp":
            return True
        return tok.dep_ == "advcl" and _infinitive(tok) and any(
            c.dep_ in self.lex.args.object and c.i < tok.i for c in head.children)

    def weighed_by_noun(self, noun: Token) -> bool:
        """A nominal event that is the complement of a noun of deliberation ("ordered a review of American aid
        to Egypt", "a debate over sanctions"): weighed, not done."""
        head = noun.head
        if head.pos_ == "ADP" and head.head.i != head.i:
            head = head.head
        return head.i != noun.i and head.pos_ == "NOUN" and not self.lex.status.deliberation.isdisjoint(
            self.lex.lemmas(head))

    def _negative_phrase(self, head: Token) -> bool:
        """A noun phrase of nobody or nothing: "no aid", « aucune aide », « ni le Chili ni le Pérou »."""
        words = self.lex.status.negative_subjects
        if head.lower_ in words and not any(c.dep_ == "det" for c in head.children):
            return True  # « personne n'a signé » (not « une personne »)
        for d in (head, *[c for c in head.children if c.dep_ == "conj"]):
            if any(c.dep_ in ("det", "cc", "preconj", "cc:preconj") and c.lower_ in words for c in d.children):
                return True
        return False

    def negative_noun(self, noun: Token) -> bool:
        """A nominal event that is denied where it is named: "no aid", "without talks", « sans négociation », or
        completes a noun of decision that names none: « aucun ordre de retrait »."""
        marks = self.lex.status.negation_marks
        if self._negative_phrase(noun):
            return True
        if any(c.dep_ == "case" and c.lower_ in marks for c in noun.children):
            return True
        # "no order of withdrawal", « aucun ordre de retrait »
        head = noun.head.head if noun.dep_ == "pobj" else noun.head
        if head.i != noun.i and noun.dep_ in ("pobj", "nmod") and self._no_decision(head):
            return True
        return noun.dep_ == "pobj" and noun.head.lower_ in marks

    def enabled(self, noun: Token) -> bool:
        """A nominal event named as what an opening makes possible ("cleared the way for air strikes", "paved
        the way to sanctions", "opened the door to talks"): not done."""
        while noun.dep_ == "compound" and noun.head.i != noun.i:  # ("air strikes": the phrase's head)
            noun = noun.head
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in self.lex.status.enabling_preps:
            return False
        words = self.lex.status.enabling
        # (the parser may hang the complement on the verb: "cleared | the way | for air strikes")
        return prep.head.lemma_.lower() in words or any(
            c.dep_ in self.lex.args.object and c.lemma_.lower() in words for c in prep.head.children)

    def _without(self, tok: Token) -> bool:
        """``tok`` heads the clause of "without", « sans » ("left without signing", « sans signer »)."""
        marks = self.lex.status.negation_marks
        if tok.dep_ == "pcomp" and tok.head.lower_ in marks:
            return True
        return any(c.dep_ in ("mark", "case") and c.lower_ in marks for c in tok.children)

    def _bare_conjunct(self, tok: Token) -> bool:
        """A verb coordinated to another without a subject or auxiliary of its own and not by an adversative
        conjunction: it shares the first verb's modality ("could recall ... and expel", « pourrait rappeler
        ... et expulser »)."""
        if tok.dep_ != "conj" or tok.head.pos_ not in VERBAL_POS or tok.head.i == tok.i:
            return False
        if "Fin" in tok.morph.get("VerbForm", []) and "Inf" in tok.head.morph.get("VerbForm", []) and (
                tok.lower_ != tok.lemma_.lower()):
            # "could no longer take in refugees and closed its border": a finite verb, no modal's (not a past
            # spelt as the base form, "hoped to capture the town and cut the road", which the tagger guesses)
            return False
        if tok.head.pos_ == "AUX" and tok.pos_ == "VERB":
            return False  # "said it was not enough and demanded ...": a copula's negation denies its predicate only
        subjects = self.lex.args.subject | self.lex.args.passive_subject
        adversative = self.lex.status.adversative
        for c in tok.children:
            if c.dep_ in subjects or c.dep_.startswith(("nsubj", "aux")) and c.pos_ == "AUX":
                return False
            if c.dep_ == "cc" and c.lower_ in adversative:
                return False
        # (the parser may hang the conjunction on the first verb: "did not recall X but summoned Y")
        return not any(c.dep_ == "cc" and c.lower_ in adversative and tok.head.i < c.i < tok.i
                       for c in tok.head.children)

    def governed_noun_status(self, noun: Token, verb: Token) -> str | None:
        """The status an event noun takes from the verb whose object phrase holds it, whatever actors the
        noun names itself: "foiled a Hamas attack" (negated), "is preparing an offensive" (future), "will not
        allow a US attack" (the verb's own status); None when the verb asserts the noun or does not govern it
        as its object ("the attack prevented the talks")."""
        st = self.lex.status
        lemma = verb.lemma_.lower()
        if lemma not in st.preventing | st.planning | st.permitting | st.directing:
            return None
        t = noun
        while t.head.i != verb.i:
            if t.head.i == t.i:
                return None
            t = t.head
        if t.dep_ not in self.lex.args.object:
            return None
        if lemma in st.preventing:
            return "negated"
        if lemma in st.planning:
            # what is proposed waits for the other side's consent ("proposed a meeting"): the modal's status
            return st.modals.get(lemma, "future")
        own = self.status(verb)  # (permitted or ordered: "has not ordered a pullout" is not done)
        return own if own != "actual" else None

    def occurrence_status(self, noun: Token) -> str | None:
        """The status of the verb of occurrence an event noun is the subject of, itself or through a relative
        pronoun, when it is not actual: "talks could be held in Cairo", "a summit that could take place next
        month", « un sommet qui pourrait avoir lieu » (the verb may be the infinitive of a modal)."""
        subjects = self.lex.args.subject | self.lex.args.passive_subject
        clauses = [noun.head] if noun.dep_ in subjects and noun.head.i != noun.i else []
        clauses += [c for c in noun.children if c.dep_ in ("relcl", "acl:relcl") and any(
            s.dep_ in subjects and (s.tag_.startswith("W") or "Rel" in s.morph.get("PronType", []))
            for s in c.children)]
        for clause in clauses:
            verb: Token | None = clause
            while verb is not None and not self._occurs(verb):
                verb = next((c for c in verb.children if c.dep_ == "xcomp"), None)
            if verb is not None and (own := self.status(verb)) != "actual":
                return own
        return None

    def _occurs(self, verb: Token) -> bool:
        """``verb`` is a verb of occurrence, alone or with its object ("take place", « avoir lieu »)."""
        words = self.lex.status.occurring
        lemmas = self.lex.lemmas(verb)
        return not words.isdisjoint(lemmas) or any(
            f"{lemma} {c.lemma_.lower()}" in words for lemma in lemmas for c in verb.children
            if c.dep_ in self.lex.args.object)

    def _negative_decision(self, top: Token) -> bool:
        """``top`` is an infinitive completing a noun of decision or intent that names none: "gave no order to
        pull out", « n'a donné aucun ordre de retirer »."""
        return top.dep_ in ("acl", "relcl") and _infinitive(top) and self._no_decision(top.head)

    def _no_decision(self, head: Token) -> bool:
        """``head`` is a noun of decision or intent with a negative determiner ("no order", « aucun ordre »)."""
        st, lemmas = self.lex.status, self.lex.lemmas(head)
        return head.pos_ == "NOUN" and (not st.deciding.isdisjoint(lemmas) or any(
            st.modals.get(w) for w in lemmas)) and self._negative_phrase(head)

    def status(self, tok: Token) -> str:
        own = self._own_status(tok)
        if own == "actual" and (first := self._stray_infinitive(tok)) is not None:
            return self.status(first)
        if own == "actual" and self._bare_conjunct(tok):
            return self.status(tok.head)
        return own

    def _stray_infinitive(self, tok: Token) -> Token | None:
        """The infinitive a bare infinitive is coordinated with when the parser hung it on the finite verb above
        ("plotted to kill a soldier and then *attack* a station", « a voulu enlever un juge puis *tirer* »): a
        base form with no subject or auxiliary cannot be coordinated with a past finite verb, it continues the
        last infinitive before it and shares its modality. None for any other verb."""
        if tok.dep_ != "conj" or "Inf" not in tok.morph.get("VerbForm", []) or tok.head.i == tok.i:
            return None
        head = tok.head
        if "Past" not in head.morph.get("Tense", []) or "Inf" in head.morph.get("VerbForm", []):
            return None
        if any(c.dep_ in self.lex.args.subject or c.dep_.startswith(("nsubj", "aux")) for c in tok.children):
            return None
        before = [t for t in head.subtree if head.i < t.i < tok.i and t.pos_ in VERBAL_POS
                  and "Inf" in t.morph.get("VerbForm", []) and t.dep_ == "xcomp"]
        return before[-1] if before else None

    def _own_status(self, tok: Token) -> str:
        st = self.lex.status
        chain = self._chain(tok)
        objects = self.lex.args.object
        for c in chain:
            if self._without(c):
                return "negated"
            for child in c.children:
                if child.dep_ in objects and child.pos_ in ("NOUN", "PROPN", "PRON") and self._negative_phrase(child):
                    return "negated"  # "received no aid", « n'a reçu aucune aide »
            litotes = c is not tok and c.lemma_.lower() in st.litotes  # "would not hesitate to strike": strikes
            for child in c.children:
                if (child.lemma_.lower() in st.negation or child.lower_ in st.negation) and not litotes:
                    if child.dep_ in ("advmod", "neg", "det", "advmod:neg") or child.pos_ in ("ADV", "PART"):
                        return "negated"
                if child.dep_.startswith("nsubj") and self._negative_phrase(child):
                    return "negated"
        top = chain[-1]
        if self._negative_decision(top):
            return "negated"  # "gave no order to pull out": nothing was ordered
        if top.dep_ == "ccomp" and not st.believing.isdisjoint(self.lex.lemmas(top.head)) and has_negation(
                top.head, st.negation):
            return "negated"  # "officials do not believe he was assisted", « n'a pas confirmé qu'il ait tiré »
        # ("foiled a plot to blow up aircraft": the parser hangs the infinitive on the verb of prevention)
        if any(c.lemma_.lower() in st.cancelling | st.preventing for c in chain[1:]) or any(
                self._failed(c) for c in chain):
            return "negated"
        if self._abstained(chain):
            return "negated"
        if any(ch.lower_ in st.pending for c in chain[1:] for ch in c.children if ch.pos_ == "ADV"):
            return "negated"  # "has yet to sign", "is yet to send": not done by the time of the report
        if self.deliberated(tok):
            return "hypothetical"
        if any(c.dep_ == "ccomp" and c.head in chain for c in chain):
            return "hypothetical"  # another's wish ("wants Washington to lift", « veut que Washington lève »)
        purpose = self._noun_purpose(chain[-1])
        if purpose is not None:
            return purpose
        if any(c.dep_ == "xcomp" and c.head.i == h.i and not st.scheduling.isdisjoint(self.lex.lemmas(h))
               and not any(x.dep_ in ("acomp", "attr", "expl") or x.dep_.startswith("nsubj") and x.lower_ == "it"
                           for x in h.children) for c, h in zip(chain, chain[1:])):
            return "future"  # "the governments are to agree": scheduled (not "it is valid to ask")
        for i, c in enumerate(chain):
            verbs = [c] if i else []
            verbs += [ch for ch in c.children if ch.dep_.startswith("aux")]
            for v in verbs:
                status = next((st.modals[w] for w in (*self.lex.lemmas(v), v.lower_) if w in st.modals), None)
                if status:
                    if v.lower_ in ("would", "'d") and not self._reported(tok):
                        return "hypothetical"
                    return status
        for c in chain:
            verbs = [c, *[ch for ch in c.children if ch.dep_.startswith("aux")]]
            for v in verbs:
                if "Fut" in v.morph.get("Tense", []):
                    return "future"
                if "Cnd" in v.morph.get("Mood", []) or _stem_conditional(v, self.lex.lemmas(v), st.conditional):
                    return "future" if self._reported(tok) else "hypothetical"
        if self._awaited(chain):
            return "hypothetical"  # awaited on a condition, no one's intent ("suspended until Gbagbo hands power")
        return "actual"

    def _awaited(self, chain: list[Token]) -> bool:
        """A clause of the chain is marked by "until" or "before" (``awaited_marks``) with its verb in the present
        ("will go on until Gbagbo hands power", « avant que la junte ne libère »): what it tells has not happened
        when the text is written ("fought until the rebels surrendered" did)."""
        marks = self.lex.status.awaited_marks
        return bool(marks) and any(
            any(ch.dep_ == "mark" and ch.lower_ in marks for ch in c.children)
            and any("Pres" in v.morph.get("Tense", []) or "Sub" in v.morph.get("Mood", [])
                    for v in (c, *(ch for ch in c.children if ch.dep_.startswith("aux"))))
            for c in chain)

    def _in_condition(self, chain: list[Token]) -> bool:
        """The clause at the top of ``chain`` is a condition ("if he attacked Iraq", « s'il était élu »), or lies
        inside one: a conjunct or an adverbial clause of its own with no subordinator ("if Russia invaded Estonia
        and bombed Tallinn"), a relative clause on an indefinite noun, which the condition supposes too ("if you
        had an army that was shelling villages"; on a definite noun it tells a known fact: "if the army that
        shelled the village is punished")."""
        marks = self.lex.status.hypothetical_marks
        clause: Token | None = chain[-1]
        while clause is not None and not any(ch.dep_ == "mark" and ch.lower_ in marks for ch in clause.children):
            if clause.dep_ in ("relcl", "acl:relcl"):
                if not indefinite(clause.head):
                    return False
                clause = nearest_verb(clause.head)
            elif clause.dep_ == "conj" or clause.dep_.startswith("advcl") and not any(
                    ch.dep_ == "mark" for ch in clause.children):
                clause = clause.head  # "if Russia invaded and bombed", "going around killing"
            else:
                return False
        return clause is not None

    def _supposed(self, tok: Token) -> bool:
        """The sentence opens with an imperative of supposition before ``tok`` ("Suppose Russia invaded Estonia",
        "Say Mexico demanded ...", « Supposons que ... »): what follows is supposed, no one's act. The parser often
        takes the imperative for an auxiliary or a name, so it is known by its place: the first word, with no
        subject nor object of its own ("Assuming office in May, the president expelled ..." takes office)."""
        first = next((t for t in tok.sent if not t.is_punct), None)
        words, args = self.lex.status.supposing, self.lex.args
        return first is not None and first.i < tok.i and first.lower_ in words and not any(
            c.dep_ in args.subject or c.dep_ in args.object for c in first.children)

    # -- dates ------------------------------------------------------------------------------
    def _usable(self, t: Time) -> bool:
        if t.type == "TIME":  # "Thursday night", « mardi soir »: the day it falls on dates the event
            return bool(_DAY_OF_TIME.match(t.value))
        return t.type == "DATE" and not _VAGUE.match(t.value or "") and bool(t.value)

    def times_in(self, state: DocState, tokens: list[Token], own: tuple[int, ...] = ()) -> list[Time]:
        seen: dict[int, Time] = {}
        for t in tokens:
            tm = state.time_at.get(t.i)
            if tm is not None and self._usable(tm) and tm.start not in seen and not self._names_a_thing(
                    state, t, own) and not self._since_of_noun(state, t):
                seen[tm.start] = tm
        return [seen[k] for k in sorted(seen)]

    def _since_of_noun(self, state: DocState, tok: Token) -> bool:
        """The time expression of ``tok`` opens a span (since, « depuis ») hung on a noun or an adjective: "for
        the first time since 2000", "the worst violence since 1990" compare with that time; they do not date
        the event."""
        tm = state.time_at.get(tok.i)
        top = tok
        while top.head.i != top.i and state.time_at.get(top.head.i) is tm:
            top = top.head
        if not preps_of(top) & self.lex.args.range_starts:
            return False
        gov = top.head.head if top.head.pos_ == "ADP" or top.head.dep_ == "prep" else top.head
        return gov.pos_ in ("NOUN", "ADJ") and gov.i not in state.time_at

    def _names_a_thing(self, state: DocState, tok: Token, own: tuple[int, ...]) -> bool:
        """The time expression of ``tok`` modifies a noun other than the event's own word that the lexicon says
        is named by its date, before it ("the April 6 Movement", "the 2015 nuclear agreement") or after it
        through "of" / « de » ("the law of 9 December 1905", « l'accord du 12 mars »). It dates that thing, not
        the event (whose words' indices are ``own``)."""
        if not own:
            return False
        tm = state.time_at.get(tok.i)
        t = tok
        while t.head.i != t.i and state.time_at.get(t.head.i) is tm:
            t = t.head  # the top of the time expression
        head = t.head
        after = False
        if head.pos_ == "ADP" and head.lower_ in self.lex.args.noun_of_preps and head.head.i != head.i:
            head, after = head.head, True  # English: "of" hangs the date on the noun
        elif t.dep_.startswith("nmod") and any(c.lower_ in self.lex.args.noun_of_preps for c in t.children
                                               if c.dep_ == "case"):
            after = True  # French: « du 12 mars » is a nominal modifier with its case word
        if head.i == t.i or head.i in own or head.pos_ not in ("NOUN", "PROPN") or head.i in state.time_at:
            return self._in_a_name(state, tok)
        if t.dep_ == "poss" and t.i < head.i:
            return True  # "pulled out of Friday's runoff on Sunday": a time's possession is a thing it dates
        if not (head.lemma_.lower() in self.lex.args.dated_names or head.lower_ in self.lex.args.dated_names):
            return self._in_a_name(state, tok)
        if after:
            return head.i < t.i
        return t.i < head.i and t.dep_ in ("compound", "nummod", "amod", "nmod", "npadvmod", "poss")

    def _in_a_name(self, state: DocState, tok: Token) -> bool:
        """The time expression of ``tok`` follows "of" / « de » right after the name of an organisation (« les
        rebelles de l'Alliance démocratique du 23 mai pour le changement », "the Democratic Alliance of 23 May for
        Change"): it is part of the name, whatever noun the parser hangs it on, and never an act's day (that is
        an adverbial of the clause, not a complement of a name). Read on the word order: the parser often hangs
        such a date on the noun before the name."""
        tm = state.time_at.get(tok.i)
        first = tok.i
        while first > 0 and state.time_at.get(first - 1) is tm:
            first -= 1
        if first < 2:
            return False
        doc = state.doc
        prep, name = doc[first - 1], doc[first - 2]
        return prep.lower_ in self.lex.args.noun_of_preps and (name.ent_type_ in _ORGANISATION or (
            name.pos_ == "PROPN" and name.ent_type_ not in _PERSON_OR_PLACE))

    def _narrative_times(self, state: DocState) -> list[Time]:
        """The time expressions that move the narrative on (computed once per document). Not one that looks
        back from the day being told: inside a bare past participle describing a noun ("the reform, unveiled on
        January 10, ...") or a clause hung on a noun ("the first talks since fighting erupted three weeks ago"),
        after since / « depuis », in a clause the told one is counted from ("came two days after rebels shelled the
        town on Sunday"), or dating a thing named in another noun's complement (« en représailles à l'attaque du
        1er octobre »). A relative clause does tell the narrative ("the government, which summoned
        the ambassador on October 21")."""
        if state.narrative_times is None:
            state.narrative_times = [tm for tm in state.times if not self._background_time(state, tm)]
        return state.narrative_times

    def _background_time(self, state: DocState, tm: Time) -> bool:
        span = state.doc.char_span(tm.start, tm.end, alignment_mode="expand")
        if span is None:
            return False
        top = span.root
        if preps_of(top) & self.lex.args.range_starts:
            return True  # "killed since April 15": where a span began, not where the narrative stands
        if top.dep_ == "poss":
            return True  # "against the victory in Sunday's election": the day of a thing named
        if top.lemma_.lower() in self.lex.args.event_relative_days and any(
                c.dep_.startswith("nmod") and preps_of(c) & self.lex.args.noun_of_preps for c in top.children):
            return True  # « au lendemain de l'enlèvement »: a day counted from the event named, not the last day told
        if top.dep_.startswith("nmod") and top.head.dep_.startswith(("obl", "nmod")) and self._event_noun(top.head):
            # « appelé ses partisans à une manifestation jeudi »: the day of the event a complement names (an
            # object, « a lancé une offensive mardi », is the clause's own event)
            return True
        verb = top if top.pos_ in VERBAL_POS else nearest_verb(top)
        if verb is not None and any(self._offset_measure(v) is not None for v in (verb, *verb.ancestors)
                                    if v.pos_ in VERBAL_POS):
            # "the strike came three days after the council condemned the launch, as missiles fell into the sea on
            # Monday": the day of an act the one being told is counted from, not where the narrative stands
            return True
        if verb is not None and "Part" in verb.morph.get("VerbForm", []) and any(
                c.dep_.startswith("aux") and "Imp" in c.morph.get("Tense", []) for c in verb.children):
            return True  # « avait annoncé jeudi »: a pluperfect tells what came before the day being told
        of_preps = self.lex.args.noun_of_preps
        for t in (top, *top.ancestors):
            if t.dep_ not in _DESCRIBING:
                continue
            if t.head.pos_ in ("NOUN", "PROPN") or "Part" in t.morph.get("VerbForm", []) and "Past" in t.morph.get(
                    "Tense", []) and not any(c.dep_.startswith(("aux", "nsubj")) for c in t.children):
                return True
        head, via_of = top.head, any(c.lower_ in of_preps for c in top.children if c.dep_ == "case")
        if head.pos_ == "ADP" and head.lower_ in of_preps:
            head, via_of = head.head, True
        # (the thing dated hangs on another noun: « les combats de la veille » that killed are the clause's own)
        above = head.head.head if head.head.pos_ == "ADP" else head.head
        subjects = self.lex.args.subject
        if via_of and head.pos_ == "NOUN" and head.i != top.i and (head.dep_ not in subjects or any(
                c.dep_ in subjects and c.i < head.i for c in head.head.children)):
            # a thing named by its date (« l'élection du 27 décembre », « la loi du 9 décembre 1905 ») outside
            # the subject (a second subject of one verb is the parser's slip): its name, not where the
            # narrative stands, wherever the clause hangs it
            return True
        return via_of and head.pos_ == "NOUN" and head.i != top.i and above.pos_ == "NOUN" and (
            head.dep_ in ("pobj", "nmod") or head.dep_.startswith("nmod:"))

    def _event_noun(self, tok: Token) -> bool:
        """A noun the lexicon lists as an event's word ("massacre", « prise » of « prise d'otages »), whatever
        its senses say here."""
        lemma = tok.lemma_.lower()
        if lemma in self.lex.nouns or tok.lower_ in self.lex.nouns:
            return True
        # a phrase's first word only with the rest of the phrase: "a state of emergency", not "an independent
        # state"; « la prise d'otages », not « la prise de la ville »
        doc = tok.doc
        return any(tok.i + len(words) <= len(doc) and all(
            doc[tok.i + k].lemma_.lower() == w or doc[tok.i + k].lower_ == w for k, w in enumerate(words))
            for first in {lemma, tok.lower_} for words in self._phrases_by_head.get(first, ()))

    def _other_event_noun(self, tok: Token) -> bool:
        """An event noun whose phrase's time is that event's, not the act's: any but an occasion the act is done at
        or during (``_occasion``)."""
        return self._event_noun(tok) and not self._occasion(tok)

    def _occasion(self, tok: Token) -> bool:
        """``tok`` names an occasion a verb's act is done at or during ("pledged aid *at a conference* on Tuesday",
        "signed *during talks* on Monday", « a promis *lors d'une conférence* mardi », « *en marge du sommet* »):
        the act happens inside the occasion, so a time the parser hangs on the occasion's noun is the act's too."""
        a = self.lex.args
        head = tok.head
        if head.pos_ == "ADP" and tok.dep_ == "pobj":
            head = head.head  # English: the noun hangs on its preposition
        words = preps_of(tok)
        if not words & a.occasion_preps:
            # « en marge du sommet », « au cours d'une visite », "on the sidelines of the summit": a noun framing it
            if not words & a.noun_of_preps or head.lemma_.lower() not in a.occasion_frames:
                return False
            tok, head = head, head.head
            if head.pos_ == "ADP" and tok.dep_ == "pobj":
                head = head.head
        if head.pos_ == "ADV" and head.lower_ in a.occasion_preps:
            head = head.head  # « lors d'une conférence »: the parser hangs the noun on « lors »
        return head.i != tok.i and head.pos_ in VERBAL_POS

    def date(self, state: DocState, root: Token, sent: Span, published: date | None,
             verbal: bool = False, trigger: Token | None = None,
             absorbed: tuple[int, ...] = ()) -> tuple[str | None, str | None, str, str]:
        """(date, enddate, precision, source) for an event whose clause is headed by ``root``; ``verbal``:
        the event is a speech act (an accusation, a demand), so one told in a report happened when said;
        ``trigger``: the event's own word, which a date may modify; ``absorbed``: the words of the events of its
        type it took in (« assister à la réunion ... plus tard cette semaine »), which are its own too."""
        value, end_value, precision, source = self._date(state, root, sent, published, verbal, trigger, absorbed)
        days = (self._offset_days(root) or self._days_from_named_day(trigger)) if source != "clause" else 0
        if days and value is not None and end_value is None and precision == "day":
            if "X" in value:
                # no publication date: the day told is a weekday of no known week (XXXX-WXX-2), and a day
                # counted from it is no day either
                return None, None, "unknown", "none"
            # "bombed Gaza on Thursday, a day after militants crossed the border": the day before
            value = (date.fromisoformat(value) + timedelta(days=days)).isoformat()
        return value, end_value, precision, source

    def _dated_with(self, root: Token) -> Token | None:
        """The verb whose act dates the act of ``root`` when ``root``'s clause has no time of its own: the verb a
        present participle adjunct hangs on ("..., accusing him of"); the verb ``root`` is coordinated with under
        one subject ("told the envoy to leave on Tuesday and expelled two diplomats": one subject, one stretch of
        the narrative; a coordinated clause with a subject of its own may be another day); the verb a clause
        measured from another hangs on ("closed the crossing, a day after militants attacked", counted by
        ``date``). None otherwise."""
        if _participle_adjunct(root):
            return root.head
        a = self.lex.args
        if root.dep_ == "conj" and root.head.i != root.i and root.head.pos_ in VERBAL_POS and not any(
                c.dep_ in a.subject or c.dep_ in a.passive_subject for c in root.children):
            return root.head
        if self._offset_measure(root) is None:
            return None
        verb = root
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head  # "a day after X crossed the border and killed": the first verb's clause
        head = verb.head
        if head.lemma_.lower() in a.span_days and head.head.i != head.i:
            head = head.head  # the parser may hang the clause on the measure ("the day after X crossed")
        return head if head.i != verb.i and head.pos_ in VERBAL_POS else None

    def _offset_days(self, root: Token) -> int:
        """The days between a clause measured from the one it hangs on ("a day after X crossed": -1, "two weeks
        before the vote": +14) and that clause; 0 when it is not so measured."""
        measure = self._offset_measure(root)
        if measure is None:
            return 0
        unit, mark = measure
        count = next((self.lex.numbers.get(c.lower_) or (float(c.text) if c.text.isdigit() else None)
                      for c in unit.children if c.dep_ == "nummod"), 1.0)
        return self.lex.args.offset_marks[mark.lower_] * int(count or 1) * self.lex.args.span_days[unit.lemma_.lower()]

    def _days_from_named_day(self, trigger: Token | None) -> int:
        """The days from the day the clause tells to an event its noun names as the complement of a day word
        counted from it (« mardi, au lendemain de l'attaque »: the attack is the day before, -1; « à la veille du
        sommet »: the day after, +1); 0 when the event's noun is no such complement."""
        if trigger is None or trigger.pos_ not in ("NOUN", "PROPN"):
            return 0
        of, head = self.lex.args.noun_of_preps, trigger.head
        if head.pos_ == "ADP" and head.lower_ in of:
            head = head.head  # English: "of" hangs the noun on the day word
        elif not any(c.dep_ == "case" and c.lower_ in of for c in trigger.children):
            return 0
        return -self.lex.args.event_relative_days.get(head.lemma_.lower(), 0)

    def _offset_measure(self, root: Token) -> tuple[Token, Token] | None:
        """The measure and the mark of a clause measured from the one it hangs on ("day" and "after" of "a day
        after X crossed", of "the day after X crossed"), on the clause's verb, on the verb it is coordinated with,
        or the measure the clause hangs from ("expelled ... on Thursday, the day after Britain expelled": the
        parser may hang the clause on "day"); None when the clause is not so measured. "The day after" is no day of
        the clause's own: the clause is the day before the one it hangs on."""
        a = self.lex.args
        verb = root
        while True:
            mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in a.offset_marks), None)
            unit = next((c for c in verb.children if c.dep_ in ("npadvmod", "obl:npmod")
                         and c.lemma_.lower() in a.span_days), None)
            if mark is not None and unit is None and verb.dep_ == "advcl" and verb.head.lemma_.lower() in a.span_days:
                unit = verb.head
            if mark is not None and unit is not None:
                return unit, mark
            if verb.dep_ != "conj" or verb.head.i == verb.i or any(
                    c.dep_ in a.subject or c.dep_ in a.passive_subject for c in verb.children):
                return None
            verb = verb.head  # "a day after X crossed the border and killed": the first verb's measure

    def _date(self, state: DocState, root: Token, sent: Span, published: Day | None, verbal: bool,
              trigger: Token | None, absorbed: tuple[int, ...]) -> tuple[str | None, str | None, str, str]:
        own_words = ((root.i,) if trigger is None else (root.i, trigger.i)) + absorbed
        if any(sent.start <= i < sent.end for i in state.time_at):
            moved = self._day_after_span(state, root, sent, published)
            if moved is not None:
                return moved, None, "day", "clause"
            clause, source = self._sentence_times(state, root, sent, own_words, published)
            partner = self._dated_with(root) if source == "governing" else None
            if partner is not None:
                # "ordered the ambassador to leave on Wednesday, accusing him of ...", "told the envoy to leave on
                # Tuesday and expelled two diplomats", "closed the crossing, a day after militants attacked": the
                # verb whose act this one goes with, follows or is counted from gives its day, as that act was dated,
                # rather than the time nearest to the trigger in the clauses around ("adopted a resolution on
                # Wednesday condemning the 1995 massacre and apologising": not 1995)
                value, end_value, precision, told = self._date(state, partner, sent, published, False, None, ())
                if told in ("clause", "governing"):
                    return value, end_value, precision, "governing"
        else:  # no time expression in the sentence: none of its words dates the event
            clause, source = [], "governing"
        if clause and absorbed:
            # « a appelé le soir même à une journée de grève le 31 janvier »: the event is the protest called
            # for, on the day its noun's phrase names, not the call's
            clause = self._of_absorbed(state, root, clause, absorbed) + clause
        if clause:
            first = clause[0]
            end: Time | None = None
            for nxt in clause[1:]:
                between = state.text[first.end:nxt.start]
                before = state.text[max(0, first.start - 12):first.start].split()
                if _RANGE_JOIN.match(between) and before and before[-1].lower() in _RANGE_OPEN:
                    end = nxt
                    break
            if source == "governing" and len(clause) > 1:
                # the time expression nearest to the trigger governs it
                first = min(clause, key=lambda t: abs(t.start - root.idx))
                end = None
            value = _event_day(state, first)
            return (value, _day_of(end) if end else None,
                    precision_of(value, first.granularity if value == first.value else "day"), source)
        if verbal and self._reported(root, hops=len(sent)):
            # "The court said she breached the code": an undated saying is on the report's day
            said = report_day(state.times, state.lead, published)
            if said is not None:
                return said.value, None, precision_of(said.value, said.granularity), "report"
            if published is not None:
                return published.isoformat(), None, "day", "publication"
        # the day the text last fixed, in a clause of the narrative
        narrative = narrative_time(self._narrative_times(state), sent.start_char, published)
        if narrative is not None:
            day = _event_day(state, narrative)
            return day, None, precision_of(day, narrative.granularity if day == narrative.value else "day"), "narrative"
        if published is not None:
            return published.isoformat(), None, "day", "publication"
        return None, None, "unknown", "none"

    def _of_absorbed(self, state: DocState, root: Token, clause: list[Time], absorbed: tuple[int, ...]) -> list[Time]:
        """The times of ``clause`` hung on the phrase of an event noun the clause took in as its own (the noun,
        the nouns it hangs from below ``root``: « une journée de grèves le 31 janvier »)."""
        phrase: set[int] = set()
        for i in absorbed:
            t = state.doc[i]
            while t.i != root.i and t.head.i != t.i and t.pos_ in ("NOUN", "PROPN"):
                phrase.add(t.i)
                t = t.head
        own = []
        for tm in clause:
            span = state.doc.char_span(tm.start, tm.end, alignment_mode="expand")
            top = span.root if span is not None else None
            head = top.head if top is not None else None
            if head is not None and head.pos_ == "ADP" and head.head.i != head.i:
                head = head.head  # English: "a strike on March 21" hangs on its preposition
            if head is not None and head.i in phrase and top is not None and top.i not in phrase:
                own.append(tm)
        return own

    def _day_after_span(self, state: DocState, root: Token, sent: Span, published: Day | None) -> str | None:
        """The day of an event its clause dates by a span of days or weeks from another day: "Two days later,
        rebels attacked" (the day the text last fixed, moved on), "bombed X on Thursday, two days after shelling
        Y" (the gerund after an ``offset_marks`` preposition: the governing clause's day, moved back, or on for
        "before"). None when the clause has no such span, or the day it counts from is not known. (A clause
        after such a mark, "a day after rebels ambushed a convoy", is moved by ``date`` with ``_offset_days``.)"""
        args = self.lex.args
        words = state.clause(root)
        prep = root.head if root.dep_ == "pcomp" and root.head.lower_ in args.offset_marks else None
        if prep is not None and prep.head.i != prep.i:
            # the span hangs on the preposition or above it
            words = [prep.head, *prep.children, *words]
        for t in words:
            tm = state.time_at.get(t.i)
            span = _DAYS_SPAN.match(tm.value or "") if tm is not None and tm.type == "DURATION" else None
            if span is None or not sent.start <= t.i < sent.end:
                continue
            days = int(span.group(1)) * (7 if span.group(2) == "W" else 1)
            top = t
            while top.head.i != top.i and state.time_at.get(top.head.i) is tm:
                top = top.head
            if prep is not None and (top.head.i == prep.i or top.i == prep.head.i and top.head.i != top.i):
                governing = prep.head if top.head.i == prep.i else top.head
                told = self.date(state, governing, sent, published)[0]
                sign = args.offset_marks[prep.lower_]
            elif top.head.lower_ in args.later_words and top.head.i != top.i and (
                    top.head.head.i == root.i or top.head.i == root.i):
                narrative = narrative_time(self._narrative_times(state), sent.start_char, published)
                told, sign = (_day_of(narrative) if narrative is not None else None), 1
            else:
                continue
            if told is None or not _DAY.match(told):
                return None
            return (date.fromisoformat(told[:10]) + timedelta(days=sign * days)).isoformat()
        return None

    def _sentence_times(self, state: DocState, root: Token, sent: Span, own_words: tuple[int, ...],
                        published: Day | None) -> tuple[list[Time], str]:
        """The times of ``sent`` that date the event whose clause is headed by ``root``, and where they were
        found ("clause": the event's own clause; "governing": the clauses around it)."""
        described = _dated_elsewhere(state.clause(root), own_words, self._other_event_noun)
        measure = self._offset_measure(root)
        if measure is not None:  # "the day after gunmen attacked": the measure and its mark, not the clause's day
            unit, mark = measure
            phrase = set(unit.subtree)
            if root in phrase:  # the clause hangs on the measure: its words stay its own
                phrase -= set(root.subtree)
            described |= phrase | {mark}
        own = set(_outside_sibling_clauses(root, sent, participles_only=True)) - described
        clause = self.times_in(state, [t for t in state.clause(root) if sent.start <= t.i < sent.end and t in own],
                               own_words)
        source = "clause"
        if not clause:
            clause = self.times_in(state, _closing_words(state.clause(root), sent), own_words)
        if not clause and published is not None:
            clause = self._past_day_of_ordered_act(state, root, sent, own_words, described, published)
        if not clause:
            # "were abducted and killed near Kidal on Saturday": a verb coordinated with the trigger's and
            # sharing its subject shares its time
            subjects = self.lex.args.subject | self.lex.args.passive_subject
            shared = [t for c in root.children if c.dep_ == "conj" and c.pos_ in VERBAL_POS and not any(
                g.dep_ in subjects for g in c.children) for t in state.clause(c) if sent.start <= t.i < sent.end]
            elsewhere = described | _other_events_dated(shared, own_words, self._other_event_noun)
            clause = self.times_in(state, [t for t in shared if t not in elsewhere], own_words)
        if not clause:
            # (« a accusé ... et appelé à une manifestation jeudi »: the day of another event's noun is that event's)
            around = _outside_sibling_clauses(root, sent)
            # (a noun the event's clause hangs from keeps its time: « la trêve signée le 3 février, par laquelle ... »)
            governing = {t.i for t in root.ancestors}
            elsewhere = described | _other_events_dated(
                [t for t in around if t.head.i not in governing], own_words, self._other_event_noun)
            clause = self.times_in(state, [t for t in around if t not in elsewhere], own_words)
            source = "governing"
        return clause, source

    def _past_day_of_ordered_act(self, state: DocState, root: Token, sent: Span, own_words: tuple[int, ...],
                                 described: set[Token], published: Day) -> list[Time]:
        """The past days in the infinitives the event's clause governs ("ordered the ambassador to leave the
        country on Tuesday", « a ordonné à l'ambassadeur de quitter le pays mardi »): news style ends the sentence
        with the day of the act told, where the parser hangs it on the infinitive. A day still to come ("agreed to
        hold talks next week") is the later act's alone, and stays out."""
        words = []
        for t in state.clause(root):
            if t in described and t.i not in own_words and _infinitive(t):
                # (the infinitive's own words: « menacé de sanctionner les entreprises impliquées dans la vente
                # annoncée la veille » dates the sale)
                told = state.clause(t)
                elsewhere = _dated_elsewhere(told, (*own_words, t.i), self._other_event_noun)
                words += [w for w in told if sent.start <= w.i < sent.end and w not in elsewhere]
        return [tm for tm in self.times_in(state, words, own_words)
                if _DAY.match(tm.value or "") and tm.value[:10] <= published.isoformat()]

    # -- places -----------------------------------------------------------------------------
    def location(self, state: DocState, root: Token, sent: Span, exclude: set[str],
                 own_codes: set[str] | None = None, event: str | None = None) -> Place | None:
        """The non-metonymic place named in the clause ("à Bruxelles") and not in the phrase of another kind of
        event (``_elsewhere``), else in a governing clause, else the nearest one before the trigger in the
        sentence."""
        locs = self.lex.args.location_preps
        anaphoric = self.lex.args.anaphoric_places

        def ok(tok: Token) -> Place | None:
            p = state.place_at.get(tok.i)
            if p is None or p.metonym or p.text in exclude or self._elsewhere(state, tok, root, event):
                return None
            preps = preps_of(tok)
            if preps & locs:
                return p
            frame = _framing_noun(tok) if preps & self.lex.args.noun_of_preps else (
                tok.head if tok.dep_ == "appos" and tok.head.pos_ == "NOUN" else None)
            # "inside the port city of Tartus", « dans la ville de Kano », "in the capital Bangui": the noun the
            # name specifies
            return p if frame is not None and frame.i not in state.place_at and preps_of(frame) & locs else None

        clause = [t for t in state.clause(root) if sent.start <= t.i < sent.end]
        for tok in clause:
            p = ok(tok)
            if p is not None:
                return p
        objects = self.lex.args.object
        for tok in clause:
            # "raided the coastal town of Barawe", "captured Kidal": the place the act was done on is its scene
            p = state.place_at.get(tok.i)
            if p is None or p.metonym or p.text in exclude:
                continue
            frame = _framing_noun(tok)
            held = frame if frame is not None and frame.i not in state.place_at else tok
            if held.dep_ in objects and held.head.i == root.i:
                return p
        t = root
        for _ in range(4):
            if t.head is t:
                break
            t = t.head
            if not sent.start <= t.i < sent.end:
                break
            for _words, n in complements(t):
                p = ok(n)
                if p is not None:
                    return p
        # "autour de l'île": a definite anaphoric noun points back to the last place named
        for tok in clause:
            if tok.lemma_.lower() not in anaphoric:
                continue
            before = {t.lower_ for t in tok.doc[max(sent.start, tok.i - 3):tok.i]}
            if (preps_of(tok) | before) & locs:
                p = self.antecedent_place(state, tok, own_codes or set())
                if p is not None:
                    return p
        # (not from a clause coordinated before it with a subject of its own: "X captured a leader in Tripoli
        # and SEALs raided a town" did not raid in Tripoli)
        own_subject = root.dep_ == "conj" and any(c.dep_ in self.lex.args.subject for c in root.children)
        sibling = root.head if own_subject else None
        best: Place | None = None
        for tok in sent:
            if tok.i >= root.i:
                break
            if sibling is not None and nearest_verb(tok) is sibling:
                continue
            p = ok(tok)
            if p is not None:
                best = p
        return best

    def _elsewhere(self, state: DocState, tok: Token, root: Token, event: str | None) -> bool:
        """``tok`` hangs, below ``root``, on the noun of another kind of event of the sentence, or of an act
        suffered (``suffered_acts``), in a prepositional phrase deeper than the act's own complements and that is
        no circumstance of it: where that event happened ("convicted for his role in murders committed *in
        Poland*", « condamné pour complicité dans des meurtres commis *en Pologne* »), not the act's scene
        ("killed during clashes in Homs" is). What the act is done on keeps its place ("demanded the release of
        workers held in Somalia", « a allégé le blocus imposé à Gaza », "withdrew from the talks in Geneva", « a
        formulé une demande d'aide à la France »)."""
        if event is None or root not in tok.ancestors:
            return False
        t = tok
        while t.head.i != root.i:
            t = t.head
            preps = preps_of(t) if t.pos_ == "NOUN" else set()
            owner = t.head.head if t.head.pos_ == "ADP" else t.head
            # (the act's own complement keeps its place, "withdrew from the talks in Geneva", and so does that of
            # the act's own noun, « a formulé une demande d'aide à la France »)
            direct = owner.i == root.i or state.event_words.get(owner.i) == event
            if not preps or direct or preps & self.lex.args.circumstantial:
                continue
            kind = state.event_words.get(t.i)
            if kind is None and (t.lemma_.lower() in self.lex.args.suffered_acts
                                 or t.lower_ in self.lex.args.suffered_acts):
                kind = ""  # (a crime or a measure someone suffers: "for murders committed in Poland")
            if kind is not None and kind != event:
                return True
        return False

    def antecedent_place(self, state: DocState, tok: Token, exclude: set[str]) -> Place | None:
        """The last place named before the anaphoric place noun ``tok`` ("the island", « la ville »), of a
        country not in ``exclude``; a town noun's is a populated place."""
        town = tok.lemma_.lower() in self.lex.args.anaphoric_towns or tok.lower_ in self.lex.args.anaphoric_towns
        best: Place | None = None
        for place in state.places:
            if place.end <= tok.idx and tok.idx - place.end < 600 and not place.metonym and place.country:
                if place.country in exclude or town and not (place.feature or "").startswith("PPL"):
                    continue
                if best is None or place.end > best.end:
                    best = place
        return best

    # -- amounts ----------------------------------------------------------------------------
    def _number(self, tok: Token) -> float | None:
        text = tok.text.replace("\u202f", " ")
        if _DIGITS.match(text):
            cleaned = re.sub(r"[ ,.](?=\d{3}\b)", "", text).replace(",", ".")
            try:
                return float(cleaned)
            except ValueError:
                return None
        return self.lex.numbers.get(tok.lower_)

    def amount(self, head: Token) -> Amount | None:
        """"101 camions et autres véhicules": a number modifying the object (or the trigger noun)."""
        for c in head.children:
            if c.dep_ in ("nummod", "nummod:gov") and c.pos_ == "NUM":
                count = self._number(c)
                if count is None:
                    continue
                for mult in c.children:  # "3 millions"
                    extra = self.lex.numbers.get(mult.lower_)
                    if extra and extra >= 1000:
                        count *= extra
                keep = [head]
                for g in head.children:
                    if g.dep_ == "conj":
                        keep.append(g)
                        keep.extend(x for x in g.children if x.dep_ in ("amod", "compound", "cc"))
                    elif g.dep_ in ("amod", "compound", "cc") and g.i > c.i:
                        keep.append(g)
                keep.sort(key=lambda t: t.i)
                doc = head.doc
                end = keep[-1].idx + len(keep[-1].text)
                of = doc[keep[0].i:keep[-1].i + 1].text
                return Amount(count=count, of=of, start=c.idx, end=end, text=doc[c.i:keep[-1].i + 1].text)
        return None

    # -- context ----------------------------------------------------------------------------
    def contexts(self, tokens: list[Token]) -> list[str]:
        found: list[str] = []
        cues = self.lex.context_cues
        for t in tokens:
            ctx = cues.get(t.lemma_.lower()) or cues.get(t.lower_)
            if ctx and ctx not in found:
                found.append(ctx)
        return found


_DAY_OF_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T")


def _day_of(t: Time) -> str:
    """A time's value as an event date: the day of a TIME ("2013-10-31TNI" -> "2013-10-31")."""
    if t.type == "TIME" and _DAY_OF_TIME.match(t.value):
        return t.value[:10]
    return t.value


def _event_day(state: DocState, t: Time) -> str:
    """The day an event told at ``t`` falls on: ``t``'s day, but the second day of a night between two days (« dans
    la nuit de mercredi à jeudi »: what is told of it happened in its small hours, on Thursday)."""
    value = _day_of(t)
    if night_into_next_day(state.doc, t) and _DAY.match(value):
        return (date.fromisoformat(value[:10]) + timedelta(days=1)).isoformat()
    return value


def _stem_conditional(v: Token, lemmas: tuple[str, ...], rules: ConditionalForms | None) -> bool:
    """A conditional the tagger read as an imperfect (« fournirait »: Tense=Imp), by the language's
    morphology table: the future stem (the infinitive, less what ``drop`` says) plus a conditional ending.
    Never true of a true imperfect (« entrait » is not « entrer » + « ait »). ``lemmas``: the tagger's lemma,
    then those read from the form (« libèrerait », lemmatised « libèrerer », is « libèrer » + « ait »)."""
    if rules is None or "Imp" not in v.morph.get("Tense", []):
        return False
    for lemma in lemmas:
        ending = next((e for e in rules.infinitive_endings if lemma.endswith(e)), None)
        if ending is None:
            continue
        stem = lemma[: len(lemma) - rules.drop.get(ending, 0)]
        if any(v.lower_ == stem + e for e in rules.endings):
            return True
    return False


_ADJUNCT_CLAUSES = frozenset({"advcl", "acl", "acl:relcl", "relcl", "ccomp", "xcomp", "parataxis", "conj"})


def _framing_noun(tok: Token) -> Token | None:
    """The common noun whose "of" complement ``tok`` is ("the city of *Kano*", « la ville de *Kano* »)."""
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":  # English: noun -prep-> of -pobj-> name
        head = head.head
    elif not tok.dep_.startswith("nmod"):
        return None
    return head if head.pos_ == "NOUN" and head.i != tok.i else None


def _closing_words(clause: list[Token], sent: Span) -> list[Token]:
    """The words right after the clause, up to the next punctuation, conjunction or verb: in "struck the
    depot on Tuesday night, an official said" the parser may hang "Tuesday night" from "said", but the word
    order puts it in the strike's clause."""
    inside = [t.i for t in clause if sent.start <= t.i < sent.end]
    if not inside:
        return []
    out: list[Token] = []
    for t in sent.doc[max(inside) + 1:sent.end]:
        if t.is_punct or t.pos_ in VERBAL_POS or t.pos_ in ("CCONJ", "SCONJ", "PRON"):
            break
        out.append(t)
    return out


def _outside_sibling_clauses(root: Token, sent: Span, *, participles_only: bool = False) -> list[Token]:
    """The tokens of ``sent`` outside the clauses that do not contain ``root`` ("Expelled from the party in
    July 2012, X was arrested": July 2012 dates the expulsion, not the arrest). ``participles_only``: only
    past-participle adjuncts are left out (a gerund adjunct, "..., killing three on Monday", is the same
    action)."""
    above = {t.i for t in root.ancestors} | {root.i}
    skip: set[int] = set()
    tokens = list(sent)  # (a Span makes its Token objects anew at each pass)
    for t in tokens:  # a relative clause dates what it describes ("his request, which he raised in May")
        if t.dep_ in ("relcl", "acl:relcl") and t.i not in above and not participles_only:
            skip.update(d.i for d in t.subtree)
    for t in tokens:
        if t.i in above or t.i in skip or t.dep_ not in _ADJUNCT_CLAUSES or t.head.i not in above:
            continue
        if t.pos_ not in VERBAL_POS and t.dep_ != "acl":
            continue
        if participles_only and not _past_participle_adjunct(t):
            continue
        if t.dep_ == "acl" and t.head.pos_ not in VERBAL_POS:
            continue  # it describes a noun the event's clause hangs from ("the truce signed on May 3, under which")
        skip.update(d.i for d in t.subtree)
    return [t for t in tokens if t.i not in skip]


def _other_events_dated(words: list[Token], own_words: tuple[int, ...],
                        event_noun: Callable[[Token], bool]) -> set[Token]:
    """The phrases among ``words`` headed by another event's noun in a prepositional phrase ("for the massacre
    at Srebrenica in 1995", « appelé à une manifestation jeudi »), and the words before an event noun that is an
    object ("condemning the 1995 massacre"): a time there dates that event."""
    out: set[Token] = set()
    for t in words:
        if t.i in own_words or t.pos_ != "NOUN" or not event_noun(t):
            continue
        if t.dep_.startswith(("obl", "nmod", "pobj")) and not any(w.i in own_words for w in t.subtree):
            out.update(t.subtree)
        elif t.dep_ in ("dobj", "obj"):
            # "condemning the 1995 massacre", "denounced Sunday's bombing": a time before the object's event noun
            # is that event's (one after it may be the act's: "signed the deal on Monday")
            out.update(w for left in t.lefts for w in left.subtree)
    return out


def _dated_elsewhere(clause: list[Token], own_words: tuple[int, ...],
                     event_noun: Callable[[Token], bool]) -> set[Token]:
    """The words of the event's clause whose time dates something else:
    - participle clauses describing a complement other than the event's own word ("condemned the attacks
      carried out in January", « les attaques remontant à 2019 ») or a subject that is no event ("X,
      convicted in 2010, was sentenced on Tuesday"): the time dates that noun. The event noun's own participle
      and an event subject's ("the attack carried out on Monday killed ten": the killing is that attack) date
      the event and stay;
    - infinitives and gerunds the event governs ("agreed to hold talks next week", "threatened to cut gas in
      January", "accused him of rigging last week's election",
      « afin de le juger pour ... 1975 »): the talks, the cut and the trial are later or earlier acts; the
      agreement and the threat are made when the clause says, else on the report's day;
    - another event's noun in a prepositional phrase ("wants him tried for the massacre at Srebrenica in
      1995", « pour la prise d'otages de Vienne en 1975 »): the time dates that event."""
    out = _other_events_dated(clause, own_words, event_noun)
    for t in clause:
        if t.i in own_words or t in out:
            continue
        if t.pos_ not in VERBAL_POS:
            continue
        if t.dep_ == "acl" and t.head.pos_ in ("NOUN", "PROPN") and t.head.i not in own_words \
                and not (t.head.dep_.startswith("nsubj") and event_noun(t.head)):
            out.update(t.subtree)
        elif t.dep_ != "acl" and t.head.i != t.i and (_infinitive(t) or _gerund_complement(t)):
            out.update(t.subtree)
    return out


def _gerund_complement(t: Token) -> bool:
    """A gerund after a preposition ("accused him of rigging last week's election"): an act the event is
    about, with its own time."""
    return t.tag_ == "VBG" and t.dep_ == "pcomp"



def _participle_adjunct(tok: Token) -> bool:
    """A present participle adjunct of a verb ("..., accusing him of", « ..., l'accusant de »)."""
    return tok.dep_ == "advcl" and tok.head.i != tok.i and tok.head.pos_ in VERBAL_POS \
        and "Part" in tok.morph.get("VerbForm", []) and "Pres" in tok.morph.get("Tense", [])

def _infinitive(t: Token) -> bool:
    return "Inf" in t.morph.get("VerbForm", []) or (t.tag_ == "VB" and any(c.lower_ == "to" for c in t.children))


def _past_participle_adjunct(t: Token) -> bool:
    if t.dep_ not in ("advcl", "acl") or any(c.dep_.startswith("aux") for c in t.children):
        return False
    return t.tag_ == "VBN" or ("Part" in t.morph.get("VerbForm", []) and "Past" in t.morph.get("Tense", []))


def _direct_question(top: Token) -> bool:
    """``top`` heads a clause that ends with a question mark ("Will Germany send tanks?", « Le Japon va-t-il
    envoyer des véhicules ? »): a direct question asserts nothing."""
    if top.dep_ not in ("ROOT", "ccomp", "parataxis"):
        return False
    doc = top.doc
    end = top.right_edge.i
    return any(doc[i].text == "?" for i in range(end, min(end + 2, len(doc))))
