"""The ontology (``veille/data/events``) and the trigger lexicons of the events stage (one per language,
``veille/data/lang/<code>/events/lexicon.yaml``, read through :mod:`veille.languages`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from spacy.tokens import Token

from veille import languages
from veille.analyze.actors._lexicon import load_lexicon as load_actors_lexicon

DATA_DIR = Path(__file__).resolve().parent.parent.parent / "data" / "events"


@dataclass(slots=True, frozen=True)
class TypeInfo:
    name: str
    modes: tuple[str, ...]
    cameo: str | None
    reciprocal: bool = False
    place_target: bool = False
    needs_target: bool = False
    intent_as: str | None = None
    domestic: bool = False
    domestic_modes: frozenset[str] = frozenset()  # modes domestic in that sense (a curfew, martial law)
    # modes done by a state's court on whoever stands before it: a side of no country of its own is the court's
    jurisdiction_modes: frozenset[str] = frozenset()
    # modes a state's own bodies do (a charge): an agentless passive of one is still the story's country's
    state_modes: frozenset[str] = frozenset()
    place_recipient: bool = False  # without a named recipient, the country where it happens is the recipient
    host_recipient: bool = False  # counterparts of no named country met abroad: the host country
    verbal: bool = False  # a speech act (accusing, demanding): one told in a report happened when it was said
    asked_of_agent: bool = False  # a request for this act is addressed to its agent (a release: the holder)
    # what its object or complement names does not happen ("rejected an invitation to attend the talks")
    undoes_content: bool = False
    # an agent the text does not name is the place's country, with this sector (UAF: an unidentified armed force)
    unnamed_agent_local: str | None = None
    # the same for some modes of a type that has none, (mode, sector) pairs (an arrest: the police, COP)
    unnamed_agent_modes: tuple[tuple[str, str], ...] = ()
    home_addressee: bool = False  # addressed to nobody named: to the country the story is about
    # addressed to a collective no actor code names (the language's open addressees): kept with no recipient
    open_addressee: bool = False
    # addressed to nobody named and read as aimed at its own side (at home, at its own territory): to the
    # other party of the story instead
    aimed_out: bool = False
    # its doer is who the language's perpetrator nouns name ("the attackers", « les ravisseurs »)
    perpetrated: bool = False
    reacts: bool = False  # a reaction: an event noun it names ("condemned the attack") may be one told before
    things_owned: bool = False  # the things it takes or destroys are someone's: the home country's by default
    judges: bool = False  # its object is what it judges: whose that is is whom it addresses ("blasted X's plan")

    def unnamed_agent(self, mode: str | None) -> str | None:
        """The sector of the agent the text does not name of an act of this type and ``mode`` (None: such an
        act keeps no agent)."""
        return next((sector for m, sector in self.unnamed_agent_modes if m == mode), self.unnamed_agent_local)


@dataclass(slots=True, frozen=True)
class Ontology:
    types: dict[str, TypeInfo]
    cameo_modes: dict[str, str]
    contexts: frozenset[str]
    multilateral_min: int
    confidence: dict[str, float]
    not_output: frozenset[str] = frozenset()  # statuses never output as events (negated, hypothetical)
    min_confidence: float = 0.0  # events below are not output (chosen on dev data, see docs/evaluation.md)
    # events at or above this are told ones a later sentence may refer back to (its antecedents)
    antecedent_confidence: float = 0.0
    # an actual act its own clause dates as ending more than this many days before the article's day is a recall
    # of the past (the `historical` confidence weight); 0: none
    historical_days: int = 0
    # modes whose agent is the one who travels (a visit): a verb of motion with a direct object is transport
    motion_modes: frozenset[str] = frozenset()
    # modes that leave an office (a resignation): coded only for a side that holds one, by its sector or as a
    # government or group; a company officer or a private person resigning is no political event
    office_modes: frozenset[str] = frozenset()
    office_sectors: frozenset[str] = frozenset()
    non_state_codes: frozenset[str] = frozenset()  # actor codes that are no country (NGO, IMG)
    # sectors of public life, and of civic life, that bear no arms: an attack word between them is words
    public_sectors: frozenset[str] = frozenset()
    civic_sectors: frozenset[str] = frozenset()
    # sectors of people who, calling for something from nobody named, call on their own government
    citizen_sectors: frozenset[str] = frozenset()
    # types of measures taken against a side: an accusation told beside one by a participle is an act of its own
    measure_types: frozenset[str] = frozenset()
    # acts a side decides not to do: the decision is a rejection (REJECT)
    refused_types: frozenset[str] = frozenset()
    yield_types: frozenset[str] = frozenset()  # yielding acts: one a side says it will not do is refused
    # sectors of a state's own rulers: one of no named country acting on a country named as a state is that
    # country's counterpart, never its own government
    ruler_sectors: frozenset[str] = frozenset()

    def cameo(self, event: str, mode: str | None) -> str | None:
        if mode and f"{event}/{mode}" in self.cameo_modes:
            return self.cameo_modes[f"{event}/{mode}"]
        info = self.types.get(event)
        return info.cameo if info else None


# the event of a sense that reads the word as no event at all ("declined to comment": a newsroom
# formula); it stops the search, so that neither a later sense nor the field's patterns code the word
NO_EVENT = "none"


@dataclass(slots=True, frozen=True)
class Sense:
    """One reading of a trigger word and the conditions under which it holds."""

    event: str
    mode: str | None = None
    context: tuple[str, ...] = ()
    status: str | None = None
    confidence: float | None = None
    with_: frozenset[str] = frozenset()
    not_with: frozenset[str] = frozenset()
    with_obj: frozenset[str] = frozenset()
    with_inf: frozenset[str] = frozenset()
    # one of these lemmas heads the grammatical subject, or is what a subject of measure counts ("rioters set
    # fire", "hundreds of fighters surrendered")
    with_subject: frozenset[str] = frozenset()
    # the word (a noun) is the subject or object of one of these verbs ("the lunar probe *landed*")
    with_head: frozenset[str] = frozenset()
    # one of these lemmas inside a complement introduced by one of ``under_marks``, however deep the parser
    # hung it (« condamné l'opposant à vingt ans de prison »: "ans" under the object)
    with_under: frozenset[str] = frozenset()
    under_marks: frozenset[str] = frozenset()
    # how deep below the trigger ``with_under`` looks (2: the complement's head or its own complement, « à la
    # grève », « à une journée de grève », not « à respecter le droit de grève »)
    under_depth: int = 4
    # no name (of the language's name labels) below the trigger, within ``under_depth``, in a complement introduced
    # by one of these marks: the sense holds only when nobody is addressed ("refused to give details", not
    # "refused to give details to the IAEA")
    unaddressed_by: frozenset[str] = frozenset()
    reflexive: bool = False
    controls: bool = False
    target_preps: frozenset[str] = frozenset()
    subject: str = "source"
    # whom the noun's "of" complement names: its agent (source), whom it is done to (target), or what it handles and
    # no side (theme: the prisoners of "an exchange of prisoners")
    of: str = "source"
    obligation: bool = False  # "X said that Y must ...": the target is the subject of the content clause
    intransitive: bool = False  # only without a direct object ("demonstrated" vs "demonstrated its range")
    no_clause: bool = False  # only without a content clause (« soutenir que » is saying, not supporting) or predicate
    # only with no subject of its own, no object and not passive: a participle that opens a condition ("provided
    # Israel lifted the blockade"), no act
    subjectless: bool = False
    active: bool = False  # only in the active voice ("called for unity" vs "police were called to the house")
    # a reprisal: with no target of its own, it is aimed at whoever last acted against its agent ("Moscow
    # vowed retaliation" after Britain expelled Russian diplomats)
    answers: bool = False
    # made to the victims of the act it is about ("Israel apologised for the raid": to the raid's recipients)
    to_victims: bool = False
    # a yielding word: negated, the side refuses to yield (« ne cédera pas », "will not back down": CAMEO 124, a
    # REJECT), not an act that did not happen
    negated_refuses: bool = False
    # negated, the sense is this type, done ("did not rule out the use of force", « n'exclut pas une intervention
    # militaire »: force held in reserve, a THREATEN), not a refusal that did not happen
    negated_as: str | None = None
    # only told as intended or conditional (future, hypothetical: "could use force", « pourrait recourir à la
    # force »), read through its type's intent_as: force a side holds in reserve threatens; force used is told by
    # what it did (dispersing a crowd, a strike), never by the verb "use"
    intended: bool = False
    # the direct object is what is sent (« dépêcher des soldats », « envoyer des avions »), never the recipient:
    # that is the destination, else the country the story is about
    theme_object: bool = False
    # a claim of a deed ("claimed responsibility"): the deed told before, the claimant its agent when the article
    # knew none
    claims: bool = False
    # one of these lemmas in a content clause told under a modal and not negated ("warned that any move would
    # lead to *war*", "warned that it would *respond*"), outside its subject
    with_content: frozenset[str] = frozenset()
    # only with a content clause that judges a state of things: its head the copula, with no modal ("agrees the
    # crisis is a major problem", "agreed that the situation was serious"), not what is to be done ("agreed that
    # talks would resume")
    judged_state: bool = False


@dataclass(slots=True, frozen=True)
class ArgumentRules:
    subject: frozenset[str]
    passive_subject: frozenset[str]
    object: frozenset[str]
    agent_preps: frozenset[str]
    target_preps: frozenset[str]
    location_preps: frozenset[str]
    noun_source_preps: frozenset[str]
    noun_target_preps: frozenset[str]
    noun_of_preps: frozenset[str]
    circumstantial: frozenset[str]
    purpose_marks: frozenset[str]
    generic_subjects: frozenset[str]
    anaphoric_places: frozenset[str]
    reflexive: frozenset[str]
    dative_preps: frozenset[str] = frozenset()  # "à" + article + country: the recipient (promettre à l'Ukraine)
    # the preposition of a predicate said of the object ("described the recount as a scam"), which the parser may
    # hang on the object
    predicate_preps: frozenset[str] = frozenset()
    # a conversation between two (« un entretien téléphonique ») told in an adjunct of time marked by one of the
    # during marks: between the clause's subject and whom its verb addresses
    # complements of opposition (« contre ») that the parser may hang on a place or time phrase of the verb
    # (« ont manifesté dans plusieurs villes contre le Japon »): the verb's all the same
    against_preps: frozenset[str] = frozenset()
    # acts suffered by the person their "of" complement names (« contre l'expulsion d'une collégienne kosovare »,
    # "against the arrest of a Chinese activist"): what is opposed is who does them, the person's country is no side
    suffered_acts: frozenset[str] = frozenset()
    exchange_nouns: frozenset[str] = frozenset()
    during_marks: frozenset[str] = frozenset()
    # an occasion an act is done at or during (« lors d'une conférence », "at a summit"), and the nouns that frame one
    # (« en marge du sommet », "on the sidelines of the summit"): the occasion's time is the act's
    occasion_preps: frozenset[str] = frozenset()
    occasion_frames: frozenset[str] = frozenset()
    # the ones of them that name a town: their antecedent is a populated place, never a country ("Backed by
    # Russia, Syrian forces shelled the city": not Russia)
    anaphoric_towns: frozenset[str] = frozenset()
    # nouns of a motive or a manner after the agent preposition (« par solidarité avec la Pologne », « par
    # précaution »): no agent
    motive_nouns: frozenset[str] = frozenset()
    # the words opening an object relative (« que »), which the parser may read as a conjunction after a comma
    # (« le gouvernement somalien, que Nairobi affirme avoir consulté »): empty, that reading is off
    object_relative_marks: frozenset[str] = frozenset()
    scene_preps: frozenset[str] = frozenset()  # "en Irak", "in Iraq": a place so introduced is a setting
    # pronouns that stand for a person only (he, she) or never for a person (it): their antecedent's kind
    person_pronouns: frozenset[str] = frozenset()
    nonperson_pronouns: frozenset[str] = frozenset()
    country_nouns: frozenset[str] = frozenset()  # "the country": its antecedent is a country
    # a country's missions abroad ("outside the US embassy", « devant l'ambassade de France »): a protest there is
    # addressed to that country
    representation_nouns: frozenset[str] = frozenset()
    # day words a French wire puts between the verb and its object (« a renversé mercredi le président »): the
    # parser may hang the object on them
    time_heads: frozenset[str] = frozenset()
    # possessive determiners of one owner ("its aircraft", « ses avions »): a subject so owned acts for that owner
    singular_possessives: frozenset[str] = frozenset()
    # verbs whose subject undergoes what a nominal complement names ("died in a strike": the victims)
    patient_verbs: frozenset[str] = frozenset()
    # the subject of these undergoes the event their object names ("drew criticism from Washington", « a essuyé
    # des critiques »): the event's target, never its agent
    receiving_verbs: frozenset[str] = frozenset()
    # the subject of the verb these introduce undergoes what their complement names ("came under attack")
    receiving_preps: frozenset[str] = frozenset()
    # nouns naming who did an attack ("the attackers", « les ravisseurs »): uncoded, they are the agent of the
    # article's last attack whose agent is known
    perpetrator_nouns: frozenset[str] = frozenset()
    # verbs (or verb and particle) of an event's onset: an event noun as their subject is a new event whose agent
    # the text does not name ("protests erupted in Cairo", "clashes broke out in Aden"), coded like "hundreds
    # of residents protested"
    onset_verbs: frozenset[str] = frozenset()
    # verbs (or verb and particle or object) of taking part: a protest noun as their object or complement, with a
    # subject naming people ("hundreds of farmers joined a march"), has those people as its protesters
    joining_verbs: frozenset[str] = frozenset()
    # verbs (or verb and particle) of a turnout: a protest noun as their subject, with an object naming people ("the
    # march drew 40,000 people", « la manifestation a rassemblé 30 000 personnes »), has those people as its
    # protesters (the news told by its count)
    turnout_verbs: frozenset[str] = frozenset()
    # verbs telling the toll of the event noun that is their subject, with a complement among ``casualty_nouns``
    # ("a bombing left 20 dead", "claimed 20 lives", « un attentat a fait douze morts »): the event is told as new
    toll_verbs: frozenset[str] = frozenset()
    casualty_nouns: frozenset[str] = frozenset()
    # verbs (or verb and particle) that act against an event: their subject is not the agent of the event noun they
    # govern ("moved to crush the protests": the government did not protest)
    suppressing_verbs: frozenset[str] = frozenset()
    # nouns of a span of time: an event noun counted by one is as circumstantial as the span ("after days of
    # protests" is when, like "after the protests")
    span_nouns: frozenset[str] = frozenset()
    # a clause after one of these marks, measured by a span noun before the mark ("a day after militants crossed",
    # "two weeks before the vote"), is that many units before (-1) or after (+1) the clause it hangs on
    offset_marks: dict[str, int] = field(default_factory=dict)
    # span nouns in days ("day": 1, "week": 7)
    span_days: dict[str, int] = field(default_factory=dict)
    # nouns of an ally's help: a complement they head names a helper, never the event's other side ("with
    # French support", « avec l'appui de la France »)
    ally_nouns: frozenset[str] = frozenset()
    # verbs of harm whose passive subject is the victim of the event a complement names ("were killed in an
    # ambush", « ont été tués dans une attaque »): the victims, never the attackers
    victim_passives: frozenset[str] = frozenset()
    # prepositions naming the party an event is fought or done with ("clashes with the army", « avec »)
    comitative_preps: frozenset[str] = frozenset()
    # collectives no actor code names that a call can be addressed to ("the international community", "donors",
    # « les bailleurs »): a request to them needs no coded recipient
    open_addressees: frozenset[str] = frozenset()
    # words of attack that, between people in public office, are words ("Trump attacked a federal judge")
    verbal_attacks: frozenset[str] = frozenset()
    # verbs of speech whose clause tells an attack as words ("launched an attack on him, calling him a liar")
    speech_complements: frozenset[str] = frozenset()
    # verbs whose event-noun subject reaches their object ("a missile strike hit Kharkiv": the target)
    impact_verbs: frozenset[str] = frozenset()
    # verbs of claiming or carrying out an act: an event noun as their passive subject was done by their agent
    # phrase ("the kidnapping was claimed by Hamas", « l'attentat a été revendiqué par le Hezbollah »)
    authoring_verbs: frozenset[str] = frozenset()
    # what an addressee owes: the « de » complement of such an object of a request is who is asked (« exiger des
    # excuses du Japon »)
    owed_nouns: frozenset[str] = frozenset()
    # verbs whose object noun tells the act and whose subject does it (« a effectué un déplacement », « a
    # entrepris une tournée »): the subject's words count as the noun's own for a sense's ``with``
    light_verbs: frozenset[str] = frozenset()
    # participles that make a modifier the agent of an event noun ("a Saudi-led strike", "US-backed")
    agent_participles: frozenset[str] = frozenset()
    # sectors whose agents belong where they sit ("a court in Abuja", "police in Karachi"): the place a
    # scene preposition gives such an agent noun names its country too (troops in a place need not be its)
    local_sectors: frozenset[str] = frozenset()
    # nouns a date after them names ("the law of 9 December 1905", « l'accord du 12 mars »): that date is the
    # thing's, not the date of the clause's event
    dated_names: frozenset[str] = frozenset()
    # the parser's reading of a plural indefinite object (« massacré des civils ») as a complement "des"
    partitive_objects: frozenset[str] = frozenset()
    # the partitive articles (« des », « du ») the parser reads as a preposition after a day word (« ont entamé
    # mardi des négociations »): the event noun so introduced is still the verb's object
    partitive_articles: frozenset[str] = frozenset()
    # the relative word of a complement (« dont »): a subject it owns (« L'Egypte, dont le gouvernement accuse X »)
    # is the antecedent's
    genitive_relatives: frozenset[str] = frozenset()
    # verbs with an object whose infinitive is still their subject's act ("promised Kiev to send arms"): every
    # other verb with an object and an infinitive makes its object the infinitive's agent (object control:
    # "prompting Israel to send troops", "forced Pakistan to close the border")
    subject_control: frozenset[str] = frozenset()
    # nouns naming a side's decision or move ("welcomed the decision", « a rejeté la résolution »): definite, as the
    # object of a reaction, they stand for the last act of another side the article told
    act_nouns: frozenset[str] = frozenset()
    # nouns appraising a move without naming it ("welcomed an important step", « a salué une étape décisive »):
    # whatever their determiner, as the object of a reaction, they stand for the last act of another side told
    appraisal_nouns: frozenset[str] = frozenset()
    # complements saying a clause is done in exchange ("in return", « en échange »): made to the bargain's partner
    exchange_phrases: frozenset[str] = frozenset()
    # endings of a past participle (« réunis », « réunies »): a capitalised opening word so ended that the parser
    # made the root, with the clause hung on it, is a participle phrase describing the subject
    participle_endings: tuple[str, ...] = ()
    # nouns naming what an accusation asserts ("accused Rwanda of backing the rebels, a charge Kigali denied"): a
    # reaction told in a relative clause on such a noun, put beside the accusation, answers the accuser
    claim_nouns: frozenset[str] = frozenset()
    # acts a country does at home (a vote, its result, a court's ruling): reacted to with no other side named, they
    # are the story's country's ("Russia backed the result")
    domestic_acts: frozenset[str] = frozenset()
    # verbs of deciding: a side's decision to act against another is that act ("EU ministers agreed to impose
    # sanctions on Belarus": SANCTION, no agreement with Belarus)
    decision_verbs: frozenset[str] = frozenset()
    # words that place a group beyond any one country ("Western nations", "foreign fighters", « les pays
    # occidentaux »): such a side is never the article's home country by default
    abroad: frozenset[str] = frozenset()
    # nouns of an undertaking whose event-noun modifier is the undertaking ("a mediation mission"); before
    # other nouns such a modifier names a kind of thing ("war reparations", "aid agency"): no event
    action_heads: frozenset[str] = frozenset()
    # nouns that count or group what their complement names ("the same number of Russian diplomats", « une
    # série d'attentats »): as objects, senses read that complement too
    measure_nouns: frozenset[str] = frozenset()
    # accidents and disasters: a harm told with one of these as its cause and no agent is no assault
    mishaps: frozenset[str] = frozenset()
    # people named by a sporting or artistic role ("the coach", « le club », "the singer"): as the subject of a
    # trigger, no political side acts, whatever the word ("praised his players", « a accusé l'arbitre »)
    private_roles: frozenset[str] = frozenset()
    # people abroad whom their own government advises ("urged travellers to avoid", « a appelé les voyageurs à »):
    # as the addressee of a request no code names, the requester's own people, not the country of the scene
    compatriot_nouns: frozenset[str] = frozenset()
    # words of the sports pages ("penalty", "innings", « mi-temps »): an article holding ``sports_page_cues`` of them
    # or more is a sports report, where a side that is only a place or a demonym is a team, not a state
    sports_cues: frozenset[str] = frozenset()
    sports_page_cues: int = 3
    # nouns that count people on their own ("thousands marched", « des centaines ont manifesté »): someone as a
    # subject, not a thing
    crowd_counts: frozenset[str] = frozenset()
    # nouns naming people by what they are or do ("residents", « un kamikaze »), besides the agent nouns the
    # field's dictionaries give: a subject that names people makes an unnamed agent (ontology unnamed_agent_local)
    people_nouns: frozenset[str] = frozenset()
    # prepositions opening a span at a date ("since April 15", « depuis le 15 avril »): no narrative time
    range_starts: frozenset[str] = frozenset()
    # day words counted from an event their complement names (« au lendemain de l'attaque »): no narrative time,
    # and the days from that event to the day they name (lendemain: 1: the attack is the day before)
    event_relative_days: dict[str, int] = field(default_factory=dict)
    # phrases naming together the parties the story has set against or beside each other ("urged both sides to
    # show restraint", « les deux pays ont signé »): lower-case word tuples a dependent's words start with
    both_sides: frozenset[tuple[str, ...]] = frozenset()
    # texts that act for whoever adopts them ("a bill imposing sanctions", « un décret interdisant »)
    instrument_nouns: frozenset[str] = frozenset()
    # verbs whose object is an act done on the subject's command ("ordered the withdrawal of troops", « a
    # ordonné l'arrêt des opérations »): the subject is the act's agent
    commanding: frozenset[str] = frozenset()
    # prepositions giving the deed a verb's object is judged, punished or thanked for ("punish North Korea for
    # sinking a warship", "thanked Pakistan for arresting him"): the object did the deed
    reason_preps: frozenset[str] = frozenset()
    # prefixes of a stance joined by a hyphen to a name ("anti-NATO", "pro-Syrian"): the name is not the group's
    # own side; after ``opposing_prefixes`` it is whom the group protests against
    stance_prefixes: frozenset[str] = frozenset()
    opposing_prefixes: frozenset[str] = frozenset()
    # besides modals, the only auxiliaries a past participle takes ("would be punished", "has been hit"): with
    # another ("to let wounded Palestinians through") the tagger's participle is an adjective (empty: no check)
    participle_auxiliaries: frozenset[str] = frozenset()
    # a span of days before one of these dates an event from the day the text last fixed: "two days later"
    later_words: frozenset[str] = frozenset()
    # the case words of a bare nominal complement that classifies its noun (« chambre d'accusation »)
    classifier_marks: frozenset[str] = frozenset()
    # subjects that point to the most recently named actor, past the previous subject (« ce dernier »), with
    # the gender the word carries ("" for none)
    latest_mention_subjects: dict[str, str] = field(default_factory=dict)
    # public bodies one country alone has (« la préfecture », « les CRS », « le tribunal correctionnel »: France's),
    # as lower-case word tuples -> that country: a text naming one of them and no other country is that
    # country's story (its home), though it never names the country
    national_bodies: dict[tuple[str, ...], str] = field(default_factory=dict)


@dataclass(slots=True, frozen=True)
class ConditionalForms:
    """How a conditional is built from the infinitive (a morphology table of the language's data)."""

    infinitive_endings: tuple[str, ...]
    drop: dict[str, int]  # infinitive ending -> letters dropped to get the stem ("re": 1)
    endings: tuple[str, ...]


@dataclass(slots=True, frozen=True)
class StatusRules:
    negation: frozenset[str]
    modals: dict[str, str]
    reporting: frozenset[str]
    hypothetical_marks: frozenset[str]
    obligation: frozenset[str] = frozenset()
    # subjects of an obligation that make it the speaker's own ("we must rebuild the army"): no demand on anyone
    own_obligation_subjects: frozenset[str] = frozenset()
    # verbs whose content clause in the bare form (the mandative subjunctive) is a demand: "insisted that Iran release"
    mandative: frozenset[str] = frozenset()
    # "X said that Y was responsible": the predicates of a content clause that lay blame on its subject
    blame: frozenset[str] = frozenset()
    # "X said the claims were false": the predicates of a content clause that deny its subject, a claim (the
    # ``claims`` noun class)
    denial: frozenset[str] = frozenset()
    negative_subjects: frozenset[str] = frozenset()  # "no party is ready to ...": nothing happens
    cancelling: frozenset[str] = frozenset()  # "postponed its visit", "failed to reach a deal"
    # verbs whose gerund is an act held back ("refrained from condemning", "stopped short of criticising",
    # "stopped firing"): not done
    abstaining: frozenset[str] = frozenset()
    # verbs whose negation affirms their infinitive ("would not hesitate to strike"): the negation is theirs only
    litotes: frozenset[str] = frozenset()
    # nouns of an opening whose "for"/"to" complement is an event made possible, not done ("cleared the way for
    # air strikes", "opened the door to sanctions")
    enabling: frozenset[str] = frozenset()
    enabling_preps: frozenset[str] = frozenset()  # the prepositions of that complement ("for", "to")
    # a governing verb that weighs the event ("contemplates a crackdown"): hypothetical, and no threat
    deliberation: frozenset[str] = frozenset()
    # verbs of asking and the subordinators of their indirect questions ("asked whether Israel would
    # strike", « a demandé si »): what is asked about is neither done nor threatened
    questioning: frozenset[str] = frozenset()
    # verbs of command and the courts that use them: what a court orders another to do is that side's to do,
    # not done ("the court ordered police to release the activists")
    directing: frozenset[str] = frozenset()
    judicial: frozenset[str] = frozenset()
    # words that single out who did a thing first, last or alone ("the first leader to visit"): the
    # infinitive after them is done, not a purpose
    ranking: frozenset[str] = frozenset()
    # nouns of decision: the infinitive completing them is what was decided ("the decision to expel"), not
    # a mere purpose ("a truce to evacuate")
    deciding: frozenset[str] = frozenset()
    # verbs whose infinitive complement is scheduled ("the governments are to agree"): future
    scheduling: frozenset[str] = frozenset()
    # subjects that stand for no side: an extraposed clause or nothing ("it was a mistake to ...", "there was")
    expletives: frozenset[str] = frozenset()
    question_marks: frozenset[str] = frozenset()
    # subordinators of an awaited act: in the present, what their clause tells has not happened ("until he hands")
    awaited_marks: frozenset[str] = frozenset()
    # imperatives of supposition that open a sentence ("Suppose Russia invaded", « Supposons que »): what follows
    # is supposed, not done
    supposing: frozenset[str] = frozenset()
    # verbs of belief and saying that do not make their content true: negated, they leave it unasserted
    believing: frozenset[str] = frozenset()
    # words that make an infinitive a question or a skill, never an act ("taught her how to shoot", « savoir
    # comment frapper »)
    wh_words: frozenset[str] = frozenset()
    # prepositions or subordinators of a gerund telling how the governing verb is done ("by attacking",
    # « en attaquant »): the gerund shares that verb's status
    manner_marks: frozenset[str] = frozenset()
    # verbs of aiming: a gerund after a preposition on one of them is the aim, with the verb's status ("the
    # sanctions are aimed at punishing Russia": the modal list says what an aim is)
    aiming: frozenset[str] = frozenset()
    # verbs of alleging: an act after a preposition on one of them, or their infinitive, is only alleged ("men
    # suspected of bombing the embassy", "is alleged to have shot"): the accusation is told, not the act
    alleging: frozenset[str] = frozenset()
    # verbs letting another do an act ("police allowed the students to march"): it is neither done nor threatened
    allowing: frozenset[str] = frozenset()
    # adverbs (or the noun of an adverbial phrase) saying an attempt failed ("tried in vain", « vainement »)
    failure: frozenset[str] = frozenset()
    # adverbs on a governing verb saying the event is still to come ("has yet to sign", "is yet to send")
    pending: frozenset[str] = frozenset()
    # a preposition or subordinator whose clause is an event that does not happen ("without", « sans »)
    negation_marks: frozenset[str] = frozenset()
    # conjunctions whose conjunct keeps a status of its own ("did not recall ... but expelled")
    adversative: frozenset[str] = frozenset()
    # verbs whose object event noun did not take place ("foiled an attack", « a déjoué un attentat »)
    preventing: frozenset[str] = frozenset()
    # verbs whose object event noun is still to come ("is preparing an offensive", « prépare une offensive »)
    planning: frozenset[str] = frozenset()
    # verbs whose object event noun happens only if they do ("will not allow a US attack"): the noun takes
    # the verb's status when that is not actual
    permitting: frozenset[str] = frozenset()
    # verbs of occurrence (a phrase: the verb's lemma and its object's, "take place", « avoir lieu »): an event
    # noun that is their subject takes their status when that is not actual ("a summit that could take place")
    occurring: frozenset[str] = frozenset()
    conditional: ConditionalForms | None = None


@dataclass(slots=True)
class Lexicon:
    """Everything the events stage knows about one language."""

    language: str
    verbs: dict[str, tuple[Sense, ...]]
    adjectives: dict[str, tuple[Sense, ...]]
    nouns: dict[str, tuple[Sense, ...]]  # single-word nouns
    phrases: dict[tuple[str, ...], tuple[Sense, ...]]  # multiword nouns, by lemma sequence
    context_cues: dict[str, str]
    args: ArgumentRules
    status: StatusRules
    numbers: dict[str, float] = field(default_factory=dict)
    # hyphenated verbs the tagger splits ("test-fired": test - fire), by lemma sequence
    verb_phrases: dict[tuple[str, ...], tuple[Sense, ...]] = field(default_factory=dict)
    # spaCy entity labels of names: a word inside a name of two words or more is no trigger
    # ("la Cité interdite", "Rapid Support Forces", "the April 6 Movement")
    name_labels: frozenset[str] = frozenset()
    # spaCy entity labels of people: a dependent so labelled is the `@person` of senses ("a Trump rally")
    person_labels: frozenset[str] = frozenset()
    # (form ending, infinitive ending): a verb the tagger left uninflected ("reproche" for "reprocher")
    # is looked up again with its ending so replaced
    lemma_endings: tuple[tuple[str, str], ...] = ()
    # (form ending, base ending): a verb whose tagger lemma is wrong ("fined" -> "fin", "staged" -> "stag")
    # is looked up again from its form with its ending so replaced ("fine", "stage")
    form_endings: tuple[tuple[str, str], ...] = ()
    # (letter as written, letter as the lexicon writes it): a verb spelt another accepted way (French rectified
    # spelling of the future and conditional, « cèdera », « libèrerait » for « cédera », « libérerait ») is looked
    # up again, after its ending is replaced, with the last such letter of its stem replaced
    respellings: tuple[tuple[str, str], ...] = ()
    # nouns of people and groups (the language's PETRARCH2 agent nouns, ``actors/petrarch_agents.tsv``,
    # singular and plural): a nominal subject that is none of them, nor an actor nor an event, is a thing
    # ("the storm killed"), the agent the text names, never the home country. Empty (no such file): off
    # (the sector each gives: a town or region modifying one names the group's country, "a Phuket court")
    agent_nouns: dict[str, str] = field(default_factory=dict)
    group_nouns: dict[str, str] = field(default_factory=dict)  # one-word group nouns -> sector (groups.yaml)
    # the kinds of object senses require (``noun_classes``: "weapon", "captive" ...), by name
    noun_classes: dict[str, frozenset[str]] = field(default_factory=dict)

    def lemmas(self, tok: Token) -> tuple[str, ...]:
        """``tok``'s lemma, then its form with each of the language's ``form_endings`` replaced: the tagger's
        lemma of "hopes", "hoped", "hoping" is "hop", which no status list holds."""
        lemma, lower = tok.lemma_.lower(), tok.lower_
        out = [lemma]
        for ending, base in self.form_endings:
            if lower.endswith(ending) and lower != lemma:
                out.append(lower[: len(lower) - len(ending)] + base)
        return tuple(out)


def _words(value: Any) -> frozenset[str]:
    if not value:
        return frozenset()
    if isinstance(value, str):
        value = [value]
    if any(isinstance(v, bool) for v in value):
        raise ValueError(f"unquoted yes/no/on/off in a word list (YAML reads it as a boolean): {value!r}")
    return frozenset(str(v).lower() for v in value)


# in a ``with_obj`` list: the object is a name (a proper noun: "struck Gaza", « a bombardé Alep »), or a sum
# of money ("withdrew $1,273")
NAMED_OBJECT = "@named"
MONEY_OBJECT = "@money"


def _objects(value: Any, classes: dict[str, frozenset[str]], where: str) -> frozenset[str]:
    """A ``with_obj`` word list with each ``@class`` of the lexicon's ``noun_classes`` spelled out."""
    out: set[str] = set()
    for word in _words(value):
        if word.startswith("@") and word not in (NAMED_OBJECT, MONEY_OBJECT):
            if word[1:] not in classes:
                raise ValueError(f"{where}: unknown noun class {word!r}")
            out |= classes[word[1:]]
        else:
            out.add(word)
    return frozenset(out)


# what a sense's grammatical subject is: the agent, the one who undergoes it, both sides of a fight, the parties
# of a deal, or makers acting together towards a third side ("joint": an offer, never split into two sides)
_SUBJECT_ROLES = frozenset({"source", "target", "mutual", "parties", "joint"})


def _sense(raw: Any, types: dict[str, TypeInfo], where: str,
           classes: dict[str, frozenset[str]] | None = None) -> Sense:
    if isinstance(raw, str):
        raw = {"event": raw}
    event = raw["event"]
    if event not in types and event != NO_EVENT:
        raise ValueError(f"{where}: unknown PLOVER type {event!r}")
    mode = raw.get("mode")
    if raw.get("subject", "source") not in _SUBJECT_ROLES:
        raise ValueError(f"{where}: unknown subject role {raw['subject']!r} (one of {sorted(_SUBJECT_ROLES)})")
    if raw.get("negated_as") not in (None, *types):
        raise ValueError(f"{where}: unknown PLOVER type {raw['negated_as']!r} in negated_as")
    return Sense(
        event=event,
        mode=mode,
        context=tuple(raw.get("context") or ()),
        status=raw.get("status"),
        confidence=raw.get("confidence"),
        with_=_words(raw.get("with")),
        not_with=_words(raw.get("not_with")),
        with_obj=_objects(raw.get("with_obj"), classes or {}, where),
        with_inf=_words(raw.get("with_inf")),
        with_subject=_objects(raw.get("with_subject"), classes or {}, where),
        with_head=_words(raw.get("with_head")),
        with_under=_words(raw.get("with_under")),
        under_marks=_words(raw.get("under_marks")),
        under_depth=int(raw.get("under_depth", 4)),
        unaddressed_by=_words(raw.get("unaddressed_by")),
        reflexive=bool(raw.get("reflexive", False)),
        controls=bool(raw.get("controls", False)),
        target_preps=_words(raw.get("target_preps")),
        subject=raw.get("subject", "source"),
        of=raw.get("of", "source"),
        intransitive=bool(raw.get("intransitive", False)),
        no_clause=bool(raw.get("no_clause", False)),
        subjectless=bool(raw.get("subjectless", False)),
        active=bool(raw.get("active", False)),
        answers=bool(raw.get("answers", False)),
        to_victims=bool(raw.get("to_victims", False)),
        negated_refuses=bool(raw.get("negated_refuses", False)),
        negated_as=raw.get("negated_as"),
        intended=bool(raw.get("intended", False)),
        theme_object=bool(raw.get("theme_object", False)),
        claims=bool(raw.get("claims", False)),
        with_content=_words(raw.get("with_content")),
        judged_state=bool(raw.get("judged_state", False)),
    )


def _senses(table: dict[str, Any] | None, types: dict[str, TypeInfo], where: str,
            classes: dict[str, frozenset[str]] | None = None) -> dict[str, tuple[Sense, ...]]:
    out: dict[str, tuple[Sense, ...]] = {}
    for key, raw in (table or {}).items():
        items = raw if isinstance(raw, list) else [raw]
        out[str(key).lower()] = tuple(_sense(item, types, f"{where}:{key}", classes) for item in items)
    return out


def _load_yaml(name: str) -> dict[str, Any]:
    with open(DATA_DIR / name, encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


@lru_cache(maxsize=1)
def load_ontology() -> Ontology:
    raw = _load_yaml("ontology.yaml")
    types = {
        name: TypeInfo(
            name=name,
            modes=tuple(spec.get("modes") or ()),
            cameo=spec.get("cameo"),
            reciprocal=bool(spec.get("reciprocal", False)),
            place_target=bool(spec.get("place_target", False)),
            needs_target=bool(spec.get("needs_target", False)),
            intent_as=spec.get("intent_as"),
            domestic=bool(spec.get("domestic", False)),
            domestic_modes=frozenset(str(m) for m in spec.get("domestic_modes") or ()),
            jurisdiction_modes=frozenset(str(m) for m in spec.get("jurisdiction_modes") or ()),
            state_modes=frozenset(str(m) for m in spec.get("state_modes") or ()),
            place_recipient=bool(spec.get("place_recipient", False)),
            host_recipient=bool(spec.get("host_recipient", False)),
            verbal=bool(spec.get("verbal", False)),
            asked_of_agent=bool(spec.get("asked_of_agent", False)),
            undoes_content=bool(spec.get("undoes_content", False)),
            unnamed_agent_local=spec.get("unnamed_agent_local") or None,
            unnamed_agent_modes=tuple((str(m), str(sector))
                                      for m, sector in (spec.get("unnamed_agent_modes") or {}).items()),
            things_owned=bool(spec.get("things_owned", False)),
            home_addressee=bool(spec.get("home_addressee", False)),
            open_addressee=bool(spec.get("open_addressee", False)),
            aimed_out=bool(spec.get("aimed_out", False)),
            perpetrated=bool(spec.get("perpetrated", False)),
            reacts=bool(spec.get("reacts", False)),
            judges=bool(spec.get("judges", False)),
        )
        for name, spec in raw["types"].items()
    }
    return Ontology(
        types=types,
        cameo_modes={str(k): str(v) for k, v in (raw.get("cameo_modes") or {}).items()},
        contexts=frozenset(raw.get("contexts") or ()),
        multilateral_min=int(raw.get("multilateral_min_participants", 3)),
        confidence={str(k): float(v) for k, v in (raw.get("confidence") or {}).items()},
        min_confidence=float(raw.get("min_confidence", 0.0)),
        antecedent_confidence=float(raw.get("antecedent_confidence", raw.get("min_confidence", 0.0))),
        historical_days=int(raw.get("historical_days", 0)),
        not_output=frozenset(raw.get("not_output") or ()),
        motion_modes=frozenset(raw.get("motion_modes") or ()),
        office_modes=frozenset(raw.get("office_modes") or ()),
        office_sectors=frozenset(raw.get("office_sectors") or ()),
        non_state_codes=frozenset(raw.get("non_state_codes") or ()),
        public_sectors=frozenset(raw.get("public_sectors") or ()),
        civic_sectors=frozenset(raw.get("civic_sectors") or ()),
        citizen_sectors=frozenset(raw.get("citizen_sectors") or ()),
        measure_types=frozenset(raw.get("measure_types") or ()),
        refused_types=frozenset(raw.get("refused_types") or ()),
        yield_types=frozenset(raw.get("yield_types") or ()),
        ruler_sectors=frozenset(raw.get("ruler_sectors") or ()),
    )


LEXICON = ("events", "lexicon.yaml")


def _conditional(raw: Any) -> ConditionalForms | None:
    if not raw:
        return None
    return ConditionalForms(
        infinitive_endings=tuple(str(e) for e in raw.get("infinitive_endings") or ()),
        drop={str(k): int(v) for k, v in (raw.get("drop") or {}).items()},
        endings=tuple(str(e) for e in raw.get("endings") or ()),
    )


def _with_variants(entries: dict[str, Any], variants: list[tuple[str, str]]) -> dict[str, Any]:
    """``entries`` with each word's other spelling (``variants``: pairs of endings, either way: "ize" and "ise",
    "mobilization" and "mobilisation") where the lexicon lists only one."""
    out = dict(entries)
    for key, senses in entries.items():
        for a, b in variants:
            for old, new in ((a, b), (b, a)):
                if key.endswith(old):
                    out.setdefault(key[: len(key) - len(old)] + new, senses)
    return out


@lru_cache(maxsize=8)
def load_lexicon(language: str) -> Lexicon:
    """The lexicon of ``language`` (a code of the language registry; :class:`LanguageError` for an
    unknown one). A language folder without ``events/lexicon.yaml`` has an empty lexicon (no events)."""
    spec = languages.get(language)
    raw = spec.yaml(*LEXICON) if spec.has(*LEXICON) else {}
    name = str(spec.path(*LEXICON))
    types = load_ontology().types
    # kinds of object a sense may require, named once ("with_obj: ['@military_target', '@named']")
    classes = {str(k): _words(v) for k, v in (raw.get("noun_classes") or {}).items()}
    variants = [(str(a), str(b)) for a, b in raw.get("spelling_variants") or ()]
    nouns_all = _with_variants(_senses(raw.get("nouns"), types, f"{name}:nouns", classes), variants)
    nouns = {k: v for k, v in nouns_all.items() if " " not in k}
    phrases = {tuple(k.split()): v for k, v in nouns_all.items() if " " in k}
    verbs_all = _with_variants(_senses(raw.get("verbs"), types, f"{name}:verbs", classes), variants)
    a = raw.get("arguments") or {}
    s = raw.get("status") or {}
    return Lexicon(
        language=language,
        noun_classes=classes,
        verbs={k: v for k, v in verbs_all.items() if " " not in k},
        verb_phrases={tuple(k.split()): v for k, v in verbs_all.items() if " " in k},
        adjectives=_senses(raw.get("adjectives"), types, f"{name}:adjectives", classes),
        nouns=nouns,
        phrases=phrases,
        context_cues={str(k).lower(): str(v) for k, v in (raw.get("context_cues") or {}).items()},
        args=ArgumentRules(
            subject=_words(a.get("subject")),
            passive_subject=_words(a.get("passive_subject")),
            object=_words(a.get("object")),
            agent_preps=_words(a.get("agent_preps")),
            target_preps=_words(a.get("target_preps")),
            location_preps=_words(a.get("location_preps")),
            noun_source_preps=_words(a.get("noun_source_preps")),
            noun_target_preps=_words(a.get("noun_target_preps")),
            noun_of_preps=_words(a.get("noun_of_preps")),
            circumstantial=_words(a.get("circumstantial")),
            against_preps=_words(a.get("against_preps")),
            suffered_acts=_words(a.get("suffered_acts")),
            exchange_nouns=_words(a.get("exchange_nouns")),
            during_marks=_words(a.get("during_marks")),
            occasion_preps=_words(a.get("occasion_preps")),
            occasion_frames=_words(a.get("occasion_frames")),
            purpose_marks=_words(a.get("purpose_marks")),
            generic_subjects=_words(a.get("generic_subjects")),
            anaphoric_places=_words(a.get("anaphoric_places")),
            anaphoric_towns=_words(a.get("anaphoric_towns")),
            motive_nouns=_words(a.get("motive_nouns")),
            object_relative_marks=_words(a.get("object_relative_marks")),
            reflexive=spec.reflexive_clitics,
            dative_preps=_words(a.get("dative_preps")),
            predicate_preps=_words(a.get("predicate_preps")),
            scene_preps=_words(a.get("scene_preps")),
            person_pronouns=_words(a.get("person_pronouns")),
            nonperson_pronouns=_words(a.get("nonperson_pronouns")),
            country_nouns=_words(a.get("country_nouns")),
            time_heads=_words(a.get("time_heads")),
            singular_possessives=_words(a.get("singular_possessives")),
            representation_nouns=_words(a.get("representation_nouns")),
            patient_verbs=_words(a.get("patient_verbs")),
            receiving_verbs=_words(a.get("receiving_verbs")),
            receiving_preps=_words(a.get("receiving_preps")),
            perpetrator_nouns=_words(a.get("perpetrator_nouns")),
            onset_verbs=_words(a.get("onset_verbs")),
            joining_verbs=_words(a.get("joining_verbs")),
            turnout_verbs=_words(a.get("turnout_verbs")),
            toll_verbs=_words(a.get("toll_verbs")),
            casualty_nouns=_words(a.get("casualty_nouns")),
            suppressing_verbs=_words(a.get("suppressing_verbs")),
            span_nouns=_words(a.get("span_nouns")),
            offset_marks={str(k).lower(): int(v) for k, v in (a.get("offset_marks") or {}).items()},
            span_days={str(k).lower(): int(v) for k, v in (a.get("span_days") or {}).items()},
            ally_nouns=_words(a.get("ally_nouns")),
            victim_passives=_words(a.get("victim_passives")),
            comitative_preps=_words(a.get("comitative_preps")),
            open_addressees=_words(a.get("open_addressees")),
            verbal_attacks=_words(a.get("verbal_attacks")),
            speech_complements=_words(a.get("speech_complements")),
            impact_verbs=_words(a.get("impact_verbs")),
            authoring_verbs=_words(a.get("authoring_verbs")),
            owed_nouns=_words(a.get("owed_nouns")),
            light_verbs=_words(a.get("light_verbs")),
            agent_participles=_words(a.get("agent_participles")),
            local_sectors=frozenset(str(v) for v in a.get("local_sectors") or ()),
            dated_names=_words(a.get("dated_names")),
            partitive_objects=_words(a.get("partitive_objects")),
            partitive_articles=_words(a.get("partitive_articles")),
            genitive_relatives=_words(a.get("genitive_relatives")),
            subject_control=_words(a.get("subject_control")),
            act_nouns=_words(a.get("act_nouns")),
            appraisal_nouns=_words(a.get("appraisal_nouns")),
            exchange_phrases=_words(a.get("exchange_phrases")),
            participle_endings=tuple(sorted(_words(a.get("participle_endings")))),
            claim_nouns=_words(a.get("claim_nouns")),
            domestic_acts=_words(a.get("domestic_acts")),
            decision_verbs=_words(a.get("decision_verbs")),
            abroad=_words(a.get("abroad")),
            action_heads=_words(a.get("action_heads")),
            measure_nouns=_words(a.get("measure_nouns")),
            mishaps=_words(a.get("mishaps")),
            private_roles=_words(a.get("private_roles")),
            compatriot_nouns=_words(a.get("compatriot_nouns")),
            sports_cues=_words(a.get("sports_cues")),
            sports_page_cues=int(a.get("sports_page_cues", 3)),
            crowd_counts=_words(a.get("crowd_counts")),
            people_nouns=_words(a.get("people_nouns")),
            range_starts=_words(a.get("range_starts")),
            event_relative_days={str(k).lower(): int(v) for k, v in (a.get("event_relative_days") or {}).items()},
            both_sides=frozenset(tuple(str(p).lower().split()) for p in a.get("both_sides") or ()),
            instrument_nouns=_words(a.get("instrument_nouns")),
            commanding=_words(a.get("commanding")),
            reason_preps=_words(a.get("reason_preps")),
            later_words=_words(a.get("later_words")),
            participle_auxiliaries=_words(a.get("participle_auxiliaries")),
            stance_prefixes=_words(a.get("stance_prefixes")),
            opposing_prefixes=_words(a.get("opposing_prefixes")),
            classifier_marks=_words(a.get("classifier_marks")),
            latest_mention_subjects={str(k).lower(): str(v or "") for k, v in
                                     (a.get("latest_mention_subjects") or {}).items()},
            national_bodies={tuple(str(w).lower().split()): str(country)
                             for country, words in (a.get("national_bodies") or {}).items() for w in words or ()},
        ),
        status=StatusRules(
            negation=_words(s.get("negation")),
            modals={str(k).lower(): str(v) for k, v in (s.get("modals") or {}).items()},
            reporting=_words(s.get("reporting")),
            hypothetical_marks=_words(s.get("hypothetical_marks")),
            obligation=_words(s.get("obligation")),
            own_obligation_subjects=_words(s.get("own_obligation_subjects")),
            mandative=_words(s.get("mandative")),
            blame=_words(s.get("blame")),
            denial=_words(s.get("denial")),
            negative_subjects=_words(s.get("negative_subjects")),
            cancelling=_words(s.get("cancelling")),
            abstaining=_words(s.get("abstaining")),
            litotes=_words(s.get("litotes")),
            enabling=_words(s.get("enabling")),
            enabling_preps=_words(s.get("enabling_preps")),
            deliberation=_words(s.get("deliberation")),
            questioning=_words(s.get("questioning")),
            directing=_words(s.get("directing")),
            judicial=_words(s.get("judicial")),
            ranking=_words(s.get("ranking")),
            deciding=_words(s.get("deciding")),
            scheduling=_words(s.get("scheduling")),
            expletives=_words(s.get("expletives")),
            question_marks=_words(s.get("question_marks")),
            awaited_marks=_words(s.get("awaited_marks")),
            supposing=_words(s.get("supposing")),
            wh_words=_words(s.get("wh_words")),
            believing=_words(s.get("believing")),
            manner_marks=_words(s.get("manner_marks")),
            aiming=_words(s.get("aiming")),
            alleging=_words(s.get("alleging")),
            allowing=_words(s.get("allowing")),
            failure=_words(s.get("failure")),
            pending=_words(s.get("pending")),
            negation_marks=_words(s.get("negation_marks")),
            adversative=_words(s.get("adversative")),
            preventing=_words(s.get("preventing")),
            planning=_words(s.get("planning")),
            permitting=_words(s.get("permitting")),
            occurring=_words(s.get("occurring")),
            conditional=_conditional(s.get("conditional_forms")),
        ),
        numbers=spec.number_words("cardinals", "approximate"),
        name_labels=frozenset(str(v) for v in raw.get("name_labels") or ()),
        person_labels=frozenset(str(v) for v in raw.get("person_labels") or ()),
        lemma_endings=tuple((str(k), str(v)) for k, v in (raw.get("lemma_endings") or {}).items()),
        form_endings=tuple((str(k), str(v)) for k, v in (raw.get("form_endings") or {}).items()),
        respellings=tuple((str(k), str(v)) for k, v in (raw.get("respellings") or {}).items()),
        agent_nouns=_agent_nouns(spec),
        group_nouns=_group_nouns(language),
    )


AGENTS = ("actors", "petrarch_agents.tsv")


def _agent_nouns(spec: languages.LanguageSpec) -> dict[str, str]:
    """The last word of each agent noun of the language, singular and plurals, with its sector (the first
    row naming a word wins: "suicide bomber" -> bomber)."""
    if not spec.has(*AGENTS):
        return {}
    out: dict[str, str] = {}
    for row in spec.tsv(*AGENTS):
        sector = row[2] if len(row) > 2 else ""
        for phrase in [row[0], *(row[1].split("|") if len(row) > 1 else [])]:
            words = phrase.split()
            if words:
                out.setdefault(words[-1].lower(), sector)
    return out


def _group_nouns(language: str) -> dict[str, str]:
    """The one-word group nouns of the language (the actors lexicon's, from ``actors/groups.yaml``: « tribunal »,
    « police », « autorités ») with their sectors."""
    return {noun: sector for noun, sector in load_actors_lexicon(language).group_nouns.items() if " " not in noun}
