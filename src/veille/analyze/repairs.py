"""``veille_repairs``: a parser error that every later stage would inherit, mended after the parser.

Two clauses joined by "and" / « et », the second opening with its subject ("Germany pledged aid and Turkey
flew in field hospitals", « l'Allemagne a promis une aide et la Turquie a dépêché deux hôpitaux »): the small
parsers often take the second subject for one more item of the first clause's object ("aid and Turkey"), and
its verb for a complement with no subject. The events then make Turkey the recipient of Germany's promise and
lose Turkey's own act. The mark of the error is in the tree itself: a coordinated noun phrase right after
"and" whose next word (past its auxiliaries) is a finite verb that has no subject and does not hang inside
that phrase. That noun phrase is the verb's subject, and the verb a clause coordinated with the first.

The same subject may be coordinated with the first clause's verb itself (« le Conseil s'est réuni en urgence et
les Etats-Unis ont réclamé des sanctions »: "réclamé" an adverbial clause with no subject): a noun coordinated
with a verb, right before a finite verb with no subject, is that verb's subject too.

A second error of the same kind: a verb given two subjects, one before it and one after, in the active voice
and with no object (« des militaires ont arrêté dimanche le président », the noun after the time word taken for
an inverted subject): the one after the verb is its object.

A third: a past participle coordinated with an infinitive it cannot be coordinated with (« a appelé X à
quitter le pouvoir et annoncé des sanctions »: "annoncé" hung on "quitter", so Assad announced the sanctions)
belongs with the nearest participle above, whose auxiliary and subject it shares. (English past forms are
left alone: the tagger's VBD/VBN/VB confusions make the form an unsafe sign there.)

A fourth: a name the English parser labels a predicate complement (``oprd``) of a verb that has no object
("Abe called President Xi Jinping on Friday") is the verb's object; a predicate needs an object to be said of
("called Obama a liar").

A fifth: a past participle the tagger took for an adjective or an adverb although it heads a tense auxiliary
(« le Canada *a gelé* les avoirs », « des soldats *ont violé* »; an adjective takes a copula, an adverb no
auxiliary at all, not ``aux:tense``): a verb.

A sixth: the verb's indefinite object hung on the bare day word right after the verb, as its « des »
complement (« ont entamé dimanche des manoeuvres navales »): the verb's object, and the day word an adjunct.

A seventh: a sentence whose subject has an apposition between commas ("China, the North's main ally, called on
both sides ..."): the English parser may make the name the root and the verb a participle describing the
apposition. A nominal root with an apposition, and after the apposition's closing comma a past form hung on it
as a modifier with no subject of its own: that verb is the root, and the name its subject.

An eighth, the English third: a past form that cannot be an infinitive (its word is not its lemma, "accused"
beside "accuse") coordinated with an infinitive ("defended the decision to close the border and accused
Brussels of hypocrisy": "accused" hung on "close") belongs with the nearest finite verb above, whose subject it
shares.

A ninth: a noun taking up a clause, with a relative clause of its own, after a comma ("Gemayel's supporters
accused Syria of the killing, a charge Damascus denied"): the parser may make the relative's verb the root, the
clause before the comma its content and the noun a second subject. The clause is the root, the noun in
apposition to the word before the comma, and the verb a relative clause on the noun.

A tenth: a first name opening the sentence that the tagger took for a preposition ("Barack Obama and Hu
Jintao met": "Barack" a preposition, "Obama" its object, the verb left without a subject): inside one
entity of people, before a verb with no subject, the name is the verb's subject and the first name a part of it.

An eleventh: a past form the tagger took for an adjective although it has both a subject and a direct object
("Egypt's army chief, Gen. Abdel Fattah el-Sisi, *removed* President Mohamed Morsi from power": an adjective takes
no object) is a verb, lemmatised again by the pipeline's rule lemmatizer when it has one ("remove").

A twelfth: a count given as a range before a finite verb that has no subject (« Entre 1,2 et 3,5 millions de
personnes ont manifesté », "Between 20 and 30 people were killed"): the parser reads the phrase as an adjunct
opened by its preposition. A number with a coordinated count, right before the verb (past its auxiliaries), hung
on that verb as an oblique: the count is the verb's subject, the first number its modifier.

A thirteenth, beside the sixth: a prepositional complement of the verb hung on the bare day word right after it
(« s'est rendu mercredi à Bamako »: « à Bamako » a complement of « mercredi », the visit left with no place): the
verb's complement.

A fourteenth: a verb of the language's ``unaccusative_verbs`` (``repairs.yaml`` in its data folder: French verbs
conjugated with « être » in the active voice, « le ministre est arrivé à Bagdad ») whose « être » the parser
labelled a passive auxiliary, with no « par » agent: the auxiliary is a tense auxiliary, the passive subject the
subject, and the participle active.

A fifteenth: a past participle after « et » with a complement of its own (an object or a content clause) that
the parser coordinated with the first verb's object (« le Pakistan a fermé samedi les routes de l'Otan *et exigé
que* les Etats-Unis quittent la base », « a rappelé son ambassadeur et exigé que »: "exigé" a conjunct of
"routes", often tagged an adjective) shares that verb's auxiliary and subject: a verb coordinated with it. No noun
is coordinated with a participle that takes a complement clause or an object; only when the first verb is itself
a participle with a tense auxiliary, and the second has neither auxiliary nor subject nor determiner. The
participle's complement may be an argument with its preposition (« et appelé *au calme* »), or the determined noun
phrase right after it that the parser hung on a word before it (« a condamné un coup d'Etat et exigé *le retour*
de »: "retour" a complement of "coup" with no preposition): that phrase is then its object. And a participle the
parser did coordinate with the first verb, with no complement, whose object it gave to that verb as a second
object (« a encerclé le palais et arrêté *le chef* »: a verb has one direct object) takes that object back.

A sixteenth, beside the thirteenth: the « par » agent of a passive verb hung on the bare day word or the place
right after the verb (« ont été interpellés *jeudi par la police turque* », « a été arrêté samedi soir *près de
Bruxelles par la police belge* »): the verb's agent, when the verb has none. Only through bare words (no
determiner: a day, « soir », « près ») and place names, so the agent of an event noun (« dans une attaque par »)
or of a participle further on (« un mandat délivré par la CPI ») stays theirs.

A seventeenth, the French counterpart of the seventh: a subject with an appositive relative clause between
commas (« Les services syriens, que l'opposition accuse d'avoir commandité l'attentat, ont évacué leurs
bureaux »): the parser may make the noun the root and the main verb an adjunct of the relative's verb. A nominal
root with a relative clause set off by a comma, and after the clause's closing comma a finite verb with no subject
hung inside that clause: that verb is the root, and the noun its subject.

An eighteenth, beside the seventeenth: a subject with a « dont » relative clause between commas (« L'Egypte,
dont le gouvernement accuse le Qatar de ..., a salué la décision »): the parser may give the relative's verb two
subjects, the noun and the relative's own, and hang the main verb after the closing comma on it with none. The
noun is the main verb's subject, and the relative's verb describes it.

A nineteenth: a subject of two coordinated names opening a clause (« La Russie et l'Ukraine ont signé un accord »)
that the parser split, the first name the clause's head, the verb its conjunct and the second name the verb's only
subject: no noun is coordinated with a finite verb that follows it with a subject of its own. When the first name
heads the sentence or a clause (not a noun's complement) and only its own phrase (a list of names) comes between it
and the « et » opening the second, the verb takes the first name's place, the first name is its subject and the
second one more item of it.

A twentieth, beside the nineteenth: the subject after a fronted adjunct closed by a comma (« Après dix jours de
combats, Israël et le Hamas ont conclu une trêve », « Dans un communiqué, Paris et Londres ont exigé »): the parser
may hang the names inside the adjunct, as more items of its noun, and leave the verb with no subject or with the
last name only. When only names joined by « et » or commas stand between the comma and a finite verb whose
subjects are among them, and the adjunct before the comma opens the sentence with no finite verb of its own, the
names are the verb's subject.

Four rules read words of the language, from its ``repairs.yaml`` (:class:`RepairWords`; a list it lacks turns the
rule off): the fourteenth its unaccusative verbs, the sixth its indefinite marks (« des », « de »), the sixteenth
its agent preposition (« par »), the eighteenth its relative pronoun of a complement (« dont »). The other rules
read dependency labels and morphology only (both languages' models use the Universal Dependencies features), so they
hold in any language with such a parser; the object's label is the parser's own (``dobj`` in English, ``obj`` in the
Universal Dependencies schemes).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from spacy.attrs import DEP, POS
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, MorphAnalysis, Token

from veille import languages
from veille.analyze.extensions import doc_words

_NOMINAL = frozenset({"PROPN", "NOUN"})
_COMPLEMENT_CLAUSES = frozenset({"ccomp", "advcl", "xcomp", "parataxis", "dep"})
_GOVERNING_NAMES = frozenset({"GPE", "ORG"})  # entity labels of names that may stand for a government
_REPAIRS_FILE = "repairs.yaml"  # a language's word lists of these repairs, in its data folder


@dataclass(frozen=True, slots=True)
class RepairWords:
    """The words of a language that some repairs read (its ``repairs.yaml``); a list left empty turns its
    repair off, as for a language without the file."""

    unaccusatives: frozenset[str] = frozenset()  # verbs conjugated with « être » in the active voice
    plural_indefinites: frozenset[str] = frozenset()  # the mark of an indefinite plural object (« des »)
    # the marks of an indefinite object before its adjective (« de nouvelles sanctions »)
    indefinite_marks: frozenset[str] = frozenset()
    agent_marks: frozenset[str] = frozenset()  # the preposition of a passive's agent (« par »)
    genitive_relatives: frozenset[str] = frozenset()  # the relative pronoun of a complement (« dont »)
    tense_auxiliaries: frozenset[str] = frozenset()  # the auxiliary of the compound past (« avoir »)
    reflexive_clitics: frozenset[str] = frozenset()  # the clitic of a pronominal verb (« se »)

    @classmethod
    def of(cls, language: str) -> RepairWords:
        """The words of ``language`` (a code of the language registry; none for an unknown one)."""
        if language not in languages.registry() or not languages.get(language).has(_REPAIRS_FILE):
            return cls()
        raw = languages.get(language).yaml(_REPAIRS_FILE)

        def words(key: str) -> frozenset[str]:
            return frozenset(str(w).lower() for w in raw.get(key) or ())

        return cls(words("unaccusative_verbs"), words("plural_indefinites"), words("indefinite_marks"),
                   words("agent_marks"), words("genitive_relatives"), words("tense_auxiliaries"),
                   languages.get(language).reflexive_clitics)


def _is_subject(dep: str) -> bool:
    return dep.startswith(("nsubj", "csubj", "expl"))


def _is_aux(dep: str) -> bool:
    return dep.startswith("aux")


def _finite(verb: Token) -> bool:
    """The verb or one of its auxiliaries is finite ("flew", "a dépêché", "would meet")."""
    if "Fin" in verb.morph.get("VerbForm", []):
        return True
    return any(_is_aux(c.dep_) and "Fin" in c.morph.get("VerbForm", []) for c in verb.children)


def _verb_after(doc: Doc, tok: Token) -> Token | None:
    """The verb that follows ``tok``'s phrase, past prepositional phrases the parser hung elsewhere ("gunmen
    from the group killed") and the verb's auxiliaries, when nothing else comes between."""
    i = tok.right_edge.i + 1
    while i < len(doc) and doc[i].pos_ == "ADP":
        head = doc[i].head  # the French "case" hangs on its noun, the English "prep" heads it
        i = max(doc[i].right_edge.i, head.right_edge.i if head.i > i else i) + 1
    while i < len(doc) and _is_aux(doc[i].dep_) and doc[i].head.i > i:
        i += 1
    if i >= len(doc) or doc[i].pos_ != "VERB":
        return None
    return doc[i]


def _conjunction_before(doc: Doc, tok: Token) -> Token | None:
    """The "and" / « et » that opens ``tok``'s phrase: its own child (French) or the word before (English)."""
    edge = tok.left_edge
    if edge.pos_ == "CCONJ":
        return edge
    return doc[edge.i - 1] if edge.i > 0 and doc[edge.i - 1].pos_ == "CCONJ" else None


def _subject_misread_as_conjunct(doc: Doc, tok: Token) -> Token | None:
    """The verb whose subject ``tok`` really is, or None."""
    if tok.dep_ != "conj" or tok.pos_ not in _NOMINAL or tok.head.i >= tok.i:
        return None
    if _conjunction_before(doc, tok) is None:
        return None
    if any(c.i > tok.i and not _prepositional(c) for c in tok.children):
        return None  # ("close loopholes Donald Trump used"): a relative clause without its pronoun
    verb = _verb_after(doc, tok)
    if verb is None or tok.is_ancestor(verb) or verb.head.i > verb.i:
        return None
    first = _governing_verb(tok.head)
    if first is None or first.i >= tok.head.i or first == verb:
        return None  # the coordination is not inside a clause that ends before the verb
    opening = tok.head.left_edge.i - 1
    if opening < tok.sent.start or any(doc[k].pos_ in ("PUNCT", "SCONJ") for k in range(opening, tok.head.i)):
        # ("..., Obama and Clinton call them", "as the United States and France support"): a coordination
        # opening a clause is that clause's subject as a whole
        return None
    if verb.dep_ not in _COMPLEMENT_CLAUSES and verb.dep_ not in ("conj", "ROOT"):
        return None
    if any(_is_subject(c.dep_) for c in verb.children) or not _finite(verb):
        return None
    return verb


def _subject_misread_as_verb_conjunct(doc: Doc, tok: Token) -> Token | None:
    """The verb whose subject ``tok`` really is when the parser coordinated the noun with the first clause's verb
    (« le Conseil s'est réuni en urgence et les Etats-Unis ont réclamé »: no noun is coordinated with a verb), or
    None."""
    first = tok.head
    if tok.dep_ != "conj" or tok.pos_ not in _NOMINAL or first.pos_ != "VERB" or first.i >= tok.i:
        return None
    if _conjunction_before(doc, tok) is None or any(c.i > tok.i and not _prepositional(c) for c in tok.children):
        return None
    verb = _verb_after(doc, tok)
    if verb is None or verb == first or tok.is_ancestor(verb) or verb.head.i > verb.i:
        return None
    if any(_is_subject(c.dep_) for c in verb.children) or not _finite(verb):
        return None
    return verb


def _subject_split_by_verb_conjunct(doc: Doc, verb: Token) -> tuple[Token, Token, Token] | None:
    """(first name, second name, « et ») when the parser made ``verb`` a conjunct of the first name of its own
    coordinated subject and the second name its only subject (« La Russie et l'Ukraine ont signé »), else None."""
    first = verb.head
    if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX") or first.pos_ not in _NOMINAL or first.i >= verb.i:
        return None
    if first.dep_ != "ROOT" and first.dep_ not in _COMPLEMENT_CLAUSES or not _finite(verb):
        return None
    subjects = [c for c in verb.children if _is_subject(c.dep_) and first.i < c.i < verb.i]
    if len(subjects) != 1 or any(_is_subject(c.dep_) for c in first.children):
        return None
    second = subjects[0]
    cc = _conjunction_before(doc, second)
    if cc is None or cc.i <= first.i:
        return None
    between = doc[first.i + 1:cc.i]
    if any(t.pos_ in ("VERB", "AUX", "SCONJ") or verb.is_ancestor(t) or not first.is_ancestor(t) for t in between):
        return None  # (only the first name's own phrase, a list of names with their commas)
    return first, second, cc


def _names_hung_in_fronted_adjunct(doc: Doc, verb: Token, commas: list[int]) -> tuple[list[Token], Token] | None:
    """(the names, the adjunct's closing comma) when the parser hung ``verb``'s subject inside the adjunct fronted
    before it (« Après dix jours de combats, Israël et le Hamas ont conclu »), else None. ``commas``: the
    positions of the document's commas, in order."""
    before = bisect_left(commas, verb.i)
    if before == 0 or verb.pos_ not in ("VERB", "AUX") or not _finite(verb):
        return None
    sent = verb.sent
    comma = doc[commas[before - 1]]
    if comma.i <= sent.start:
        return None
    region = range(comma.i + 1, verb.i)
    tops = [doc[k] for k in region if doc[k].head.i not in region and not (doc[k].head == verb and _is_aux(
        doc[k].dep_))]
    names = [t for t in tops if t.pos_ in _NOMINAL]
    joiners = [t for t in tops if t.pos_ == "CCONJ" or t.text == ","]
    if not names or len(names) + len(joiners) != len(tops) or tops[0] != names[0] or tops[-1] != names[-1]:
        return None
    if any(t.left_edge.i < comma.i or t.right_edge.i >= verb.i for t in names):
        return None
    if not any(t.head.i < comma.i for t in names):
        return None  # (the error's mark: a name hung inside the adjunct)
    if any(_is_subject(c.dep_) and c not in names for c in verb.children):
        return None
    fronted = doc[sent.start:comma.i]
    if any(t.pos_ in ("VERB", "AUX") and _finite(t) or not verb.is_ancestor(t) for t in fronted):
        return None  # (the adjunct is a phrase hanging on the verb, not a clause of its own)
    return names, comma


def _prepositional(tok: Token) -> bool:
    """A modifier after a noun introduced by a preposition ("the minister of defence", « le ministre de la
    Défense »)."""
    return tok.dep_ == "prep" or any(c.dep_ == "case" for c in tok.children)


def _object_misread_as_subject(doc: Doc, verb: Token, object_label: str) -> Token | None:
    """The noun after ``verb`` that the parser made a second subject, or None."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) < 2 or not any(c.i < verb.i for c in subjects):
        return None
    if any(c.dep_ in (object_label, "obj", "dobj") or "pass" in c.dep_ for c in verb.children):
        return None
    after = next((c for c in subjects if c.i > verb.i), None)
    if after is None or after.pos_ not in _NOMINAL:
        return None
    if any(doc[k].pos_ in ("PUNCT", "SCONJ", "VERB") for k in range(verb.i + 1, after.left_edge.i)):
        return None  # (an incise or another clause between them)
    return after


def _object_hung_on_bare_noun(doc: Doc, verb: Token, object_label: str,
                              words: RepairWords) -> tuple[Token, Token] | None:
    """(the bare noun, the object) when the parser hung the verb's object on the bare noun right after the verb
    (« ont entamé *dimanche des manoeuvres* », « ont arrêté *mardi des militants* », « a imposé *jeudi de nouvelles
    sanctions* »: the day word, with no determiner nor preposition, taken for the verb's complement and the object
    for its « des » complement; « a reconnu *vendredi l'État palestinien* »: the object with its article taken for
    the day word's object), else None. Only with no other object, and the object's « des », « de » or article
    right after the bare noun."""
    if verb.i + 2 >= len(doc) or any(c.dep_ in (object_label, "obj", "dobj") and c.i != verb.i + 1
                                     for c in verb.children):
        return None
    bare = doc[verb.i + 1]
    if bare.head.i != verb.i or bare.pos_ != "NOUN" or bare.dep_ not in ("obl:mod", object_label) or any(
            c.dep_ in ("det", "case") for c in bare.children):
        return None
    opening = doc[bare.i + 1]
    obj = opening.head
    if obj.head.i != bare.i or obj.pos_ != "NOUN" or obj.i <= bare.i:
        return None
    # (« de » only before an adjective of the object, « de nouvelles sanctions »: « fait usage de canons » keeps its
    # complement)
    after = doc[opening.i + 1]
    mark = opening.text.lower()
    indefinite = opening.dep_ == "case" and obj.dep_.startswith("nmod") and (mark in words.plural_indefinites or (
        mark in words.indefinite_marks and after.pos_ == "ADJ" and after.head.i == obj.i))
    definite = opening.dep_ == "det" and obj.dep_ in (object_label, "obj") and not any(
        c.dep_ == "case" for c in obj.children)
    return (bare, obj) if indefinite or definite else None


def _complements_hung_on_bare_noun(doc: Doc, verb: Token, object_label: str) -> list[Token]:
    """The verb's prepositional complements that the parser hung on the bare day word right after the verb
    (« s'est rendu *mercredi à Bamako* », « sont arrivés *dimanche soir à Goma* »: the place taken for a complement
    of the day word), else none. The day word is an adjunct with neither determiner nor preposition (not the
    verb's object: « rendre *hommage à* X »); a complement of its own bare word (« soir », « matin ») counts too."""
    if verb.i + 1 >= len(doc):
        return []
    bare = doc[verb.i + 1]
    if bare.head.i != verb.i or bare.pos_ != "NOUN" or bare.dep_ == object_label or not bare.dep_.startswith(
            ("obl", "xcomp")) or any(c.dep_ in ("det", "case") for c in bare.children):
        return []
    holders = [bare, *(c for c in bare.children if c.pos_ == "NOUN" and c.i == bare.i + 1 and not any(
        g.dep_ in ("det", "case") for g in c.children))]
    return [c for h in holders for c in h.children if c.dep_.startswith("nmod") and c.i > h.i and c.pos_ in _NOMINAL
            and any(g.dep_ == "case" and g.pos_ == "ADP" and g.i < c.i for g in c.children)]


_PARTICIPLE_COMPLEMENTS = frozenset({"obj", "dobj", "ccomp", "xcomp", "dep", "obl:arg"})


def _object_hung_before(doc: Doc, tok: Token) -> Token | None:
    """The head of the determined noun phrase opening right after the participle ``tok`` when the parser hung it on
    a word before ``tok`` (« a condamné un coup d'Etat et exigé *le retour* », "retour" a complement of "coup" with no
    preposition; « a présenté ses condoléances et promis *une enquête* », "enquête" a second object of the first
    verb): the participle's object, or None. Not a phrase with a preposition of its own, nor the subject of a verb
    that follows it (« ... et la police a ... »: a clause of its own)."""
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].dep_ != "det":
        return None
    noun = doc[tok.i + 1].head
    if noun.pos_ not in _NOMINAL or noun.i <= tok.i or noun.head.i >= tok.i or _is_subject(noun.dep_):
        return None
    if any(c.dep_ == "case" for c in noun.children):
        return None
    after = noun.right_edge.i + 1
    return None if after < len(doc) and doc[after].pos_ in ("VERB", "AUX") else noun


def _participle_misread_as_object_conjunct(doc: Doc, tok: Token) -> Token | None:
    """The participle whose auxiliary and subject ``tok``, a past participle coordinated with that participle's
    object, shares (« a fermé les routes et exigé que ... »), or None."""
    if tok.dep_ != "conj" or tok.pos_ not in ("VERB", "ADJ") or tok.head.pos_ not in _NOMINAL or tok.head.i >= tok.i:
        return None
    if _conjunction_before(doc, tok) is None:
        return None
    children = list(tok.children)
    if any(_is_subject(c.dep_) or _is_aux(c.dep_) or c.dep_ in ("det", "nummod", "case") for c in children):
        return None
    if tok.pos_ == "ADJ":  # (the tagger's adjective has no verb form: an object or a content clause of its own)
        if not any(c.dep_ in ("obj", "dobj", "ccomp") and c.i > tok.i for c in children):
            return None
    elif _form(tok) != "Part" or "Past" not in tok.morph.get("Tense", []):
        return None
    elif not any(c.dep_ in _PARTICIPLE_COMPLEMENTS and c.i > tok.i for c in children) and _clause_opened_after(
            doc, tok) is None and _object_hung_before(doc, tok) is None:
        return None
    first = _governing_verb(tok.head)
    if first is None or first.pos_ != "VERB" or _form(first) != "Part" or first.i >= tok.head.i:
        return None
    return first if any(c.dep_ == "aux:tense" for c in first.children) else None


def _second_object_of_first_verb(doc: Doc, tok: Token, object_label: str) -> Token | None:
    """The object of the past participle ``tok``, coordinated with the participle above it by « et », when the
    parser gave it to that first verb as a second object (« a encerclé le bâtiment et arrêté *le chef* »: a verb
    has one direct object), or None."""
    first = tok.head
    if tok.dep_ != "conj" or tok.pos_ != "VERB" or _form(tok) != "Part" or "Past" not in tok.morph.get("Tense", []):
        return None
    if first.pos_ != "VERB" or first.i >= tok.i or _conjunction_before(doc, tok) is None:
        return None
    if any(_is_subject(c.dep_) or _is_aux(c.dep_) or c.dep_ in _PARTICIPLE_COMPLEMENTS for c in tok.children):
        return None
    noun = _object_hung_before(doc, tok)
    if noun is None or noun.head != first or noun.dep_ != object_label:
        return None
    return noun if any(c.dep_ == object_label and c.i < tok.i for c in first.children) else None


def _clause_opened_after(doc: Doc, tok: Token) -> Token | None:
    """The verb of the content clause whose « que » comes right after ``tok`` when the parser hung that clause on
    the verb above (« a fermé les routes et exigé *que* les Etats-Unis *quittent* »), or None."""
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].dep_ != "mark" or doc[tok.i + 1].pos_ != "SCONJ":
        return None
    verb = doc[tok.i + 1].head
    return verb if verb.i > tok.i and verb.dep_ == "ccomp" and verb.head.i < tok.i else None


_PLACE_NAMES = frozenset({"LOC", "GPE"})


def _agent_hung_on_adjunct(tok: Token, agent_marks: frozenset[str]) -> Token | None:
    """The passive verb whose « par » agent ``tok`` is when the parser hung it on the bare day word or place after
    the verb, or None."""
    if tok.pos_ not in _NOMINAL or not any(c.dep_ == "case" and c.text.lower() in agent_marks for c in tok.children):
        return None
    holder = tok.head
    while holder.pos_ != "VERB":
        if holder.i >= tok.i or holder.pos_ not in ("NOUN", "PROPN", "ADV") or holder.head.i == holder.i:
            return None
        if any(c.dep_ == "det" for c in holder.children) and holder.ent_type_ not in _PLACE_NAMES:
            return None
        holder = holder.head
    if holder == tok.head or not any(c.dep_ == "aux:pass" for c in holder.children):
        return None
    return None if any(c.dep_ == "obl:agent" for c in holder.children) else holder


def _root_after_subject_relative(doc: Doc, verb: Token) -> Token | None:
    """The nominal root that is the subject of ``verb`` when the parser hung ``verb`` inside the root's relative
    clause (« Les services syriens, que X accuse ..., ont évacué »), or None."""
    relative = verb.head
    root = relative.head
    if verb.dep_ not in ("advcl", "conj", "parataxis") or relative.dep_ not in ("acl", "acl:relcl") or (
            root.dep_ != "ROOT" or root.pos_ not in _NOMINAL or not root.i < relative.i < verb.i):
        return None
    opening = relative.left_edge.i
    if opening == 0 or doc[opening - 1].text != "," or doc[verb.left_edge.i].text != ",":
        return None
    if any(_is_subject(c.dep_) for c in verb.children) or not _finite(verb):
        return None
    return root


def _subject_before_dont_relative(doc: Doc, verb: Token, relatives: frozenset[str]) -> tuple[Token, Token] | None:
    """(subject, main verb) when the parser gave the verb of a « dont » relative set off by commas two subjects,
    the noun it describes and its own (« L'Egypte, dont le gouvernement accuse X, a salué »), and left the main
    verb after the closing comma with none, hung on the relative's verb or holding it; else None."""
    subjects = [c for c in verb.children if _is_subject(c.dep_) and c.i < verb.i]
    if len(subjects) < 2 or subjects[0].pos_ not in _NOMINAL:
        return None
    dont = next((t.i for t in doc[subjects[0].i:verb.i] if t.text.lower() in relatives), None)
    if dont is None or doc[dont - 1].text != "," or not dont < subjects[1].i:
        return None
    clauses = ("advcl", "conj", "parataxis")
    mains = [verb.head] if verb.dep_ in clauses and verb.i < verb.head.i else []
    mains += [c for c in verb.children if c.dep_ in clauses and c.i > verb.i]
    for main in mains:
        if _finite(main) and not any(_is_subject(c.dep_) for c in main.children) and any(
                t.text == "," and t.head in (main, verb) for t in doc[verb.i:main.i]):
            return subjects[0], main
    return None


def _form(verb: Token) -> str:
    forms = verb.morph.get("VerbForm", [])
    return forms[0] if forms else ""


def _conjunct_of_other_form(verb: Token) -> Token | None:
    """The participle above that a past participle hung on an infinitive is really coordinated with, or
    None."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or _form(verb.head) != "Inf" or _form(verb) != "Part":
        return None
    if "Past" not in verb.morph.get("Tense", []):
        return None  # (a present form may be a bare infinitive the tagger misread: "needs to tell and lay out")
    if any(_is_subject(c.dep_) or _is_aux(c.dep_) for c in verb.children):
        return None
    return next((a for a in verb.head.ancestors if a.pos_ == "VERB" and _form(a) == _form(verb)), None)


def _past_conjunct_of_infinitive(verb: Token) -> Token | None:
    """The finite verb above that a past form hung on an infinitive is coordinated with, or None."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.tag_ != "VBD" or _form(verb.head) != "Inf":
        return None
    if verb.text.lower() == verb.lemma_.lower() or any(_is_subject(c.dep_) or _is_aux(c.dep_) for c in verb.children):
        return None  # ("to cut taxes and set up a fund": "set" may be the infinitive the tagger misread)
    return next((a for a in verb.head.ancestors if a.pos_ == "VERB" and _form(a) == "Fin"), None)


def _relative_on_apposition_read_as_root(doc: Doc, verb: Token) -> tuple[Token, Token] | None:
    """(the clause before the comma, the noun after it) when the parser made ``verb``, the relative clause of a
    noun taking up that clause, the root ("..., a charge Damascus denied"), or None."""
    if verb.dep_ != "ROOT" or verb.pos_ != "VERB":
        return None
    subjects = [c for c in verb.children if _is_subject(c.dep_)]
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and c.pos_ == "VERB"]
    if len(subjects) == 1:
        # (or the relative clause's subject, a place or an organisation's name, hung on the noun in apposition:
        # "a charge Kigali has denied"; not a person's, "the spokesman Wang said")
        subjects += [c for c in subjects[0].children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i < verb.i
                     and c.ent_type_ in _GOVERNING_NAMES]
    if len(subjects) != 2 or len(clauses) != 1:
        return None
    noun, subject = subjects
    clause = clauses[0]
    start = noun.left_edge.i
    if not (clause.i < start and noun.i < subject.i < verb.i) or noun.pos_ != "NOUN" or start == 0 or (
            doc[start - 1].text != ",") or not any(c.dep_ == "det" for c in noun.children):
        return None
    return clause, noun


def _first_name_read_as_preposition(tok: Token) -> Token | None:
    """The name whose first name ``tok`` is, when the tagger made ``tok`` a preposition heading it before a verb
    with no subject, or None."""
    if tok.pos_ != "ADP" or tok.ent_type_ != "PERSON" or tok.ent_iob_ != "B" or not tok.text[:1].isupper():
        return None
    verb = tok.head
    name = next((c for c in tok.children if c.dep_ == "pobj" and c.ent_type_ == "PERSON" and c.ent_iob_ == "I"), None)
    if name is None or verb.pos_ != "VERB" or not tok.i < verb.i or any(_is_subject(c.dep_) for c in verb.children):
        return None
    return name


def _verb_misread_as_modifier(doc: Doc, verb: Token) -> Token | None:
    """The nominal root whose verb ``verb`` is, when the parser hung it on the root's apposition as a participle
    ("China, the North's main ally, called on ..."), or None."""
    if verb.dep_ != "acl" or verb.pos_ != "VERB" or verb.tag_ not in ("VBN", "VBD"):
        return None
    appos = verb.head
    root = appos.head
    if appos.dep_ != "appos" or root.dep_ != "ROOT" or root.pos_ not in _NOMINAL or not (
            root.i < appos.i < verb.i and doc[verb.i - 1].text == ","):
        return None
    if any(_is_subject(c.dep_) for c in verb.children):
        return None
    return root


def _count_misread_as_adjunct(doc: Doc, tok: Token) -> Token | None:
    """The verb whose subject the range ``tok`` opens (« Entre 1,2 et 3,5 millions de personnes ont manifesté »),
    or None."""
    verb = tok.head
    if tok.pos_ != "NUM" or not tok.dep_.startswith("obl") or verb.pos_ != "VERB" or verb.i < tok.i:
        return None
    if not any(c.dep_ == "conj" for c in tok.children) or any(_is_subject(c.dep_) for c in verb.children):
        return None
    return verb if _verb_after(doc, tok) == verb and _finite(verb) else None


def _participle_split_by_adjunct(aux: Token, auxiliaries: frozenset[str]) -> Token | None:
    """The past participle an adjunct inserted after the tense auxiliary cut off from it (« la Turquie a, pour sa
    part, menacé de », « le Brésil a de son côté rejeté les accusations »): the auxiliary, read as the main verb,
    with a subject and a prepositional adjunct right after it on which the participle hangs as a modifier."""
    if aux.lemma_.lower() not in auxiliaries or aux.pos_ != "VERB" or not any(
            _is_subject(c.dep_) for c in aux.children):
        return None
    for adjunct in aux.rights:
        if not adjunct.dep_.startswith("obl") or adjunct.pos_ not in _NOMINAL:
            continue
        for part in adjunct.rights:
            if part.dep_ == "acl" and part.pos_ == "VERB" and "Part" in part.morph.get("VerbForm", []) and (
                    "Past" in part.morph.get("Tense", [])) and not any(c.dep_.startswith("aux") for c in part.children):
                return part
        return None  # (only the first adjunct after the auxiliary)
    return None


def _pronominal(verb: Token, clitics: frozenset[str]) -> bool:
    """A verb with its reflexive clitic (« se sont mis d'accord », « s'est rendu »): a pronominal verb, conjugated
    with « être » in the active voice."""
    return any(c.text.lower() in clitics and c.i < verb.i and (c.dep_.startswith("expl") or c.dep_ in ("obj", "iobj"))
               for c in verb.children)


def _make_active(verb: Token, pronominal: bool = False) -> None:
    """A verb conjugated with « être » in the active voice that the parser read as a passive (no « par » agent):
    its auxiliary a tense one, its passive subject the subject, its participle active (for a pronominal verb,
    even when the parser marked only the participle passive)."""
    children = list(verb.children)
    aux = [c for c in children if c.dep_ == "aux:pass"]  # (the list's verbs take « être », never « avoir été »)
    if not (aux or pronominal and "Pass" in verb.morph.get("Voice", [])) or any(
            c.dep_ == "obl:agent" for c in children):
        return
    for c in aux:
        c.dep_ = "aux:tense"
    for c in children:
        if c.dep_ == "nsubj:pass":
            c.dep_ = "nsubj"
    features = [f for f in str(verb.morph).split("|") if f and f != "Voice=Pass"]
    verb.morph = MorphAnalysis(verb.vocab, "|".join(features))


def _tokens_where(doc: Doc, attr: int, value: str) -> list[Token]:
    """The tokens of ``doc`` whose ``attr`` (``POS`` or ``DEP``) is ``value`` now, in order: one array read
    instead of a Token object made for every word of the document."""
    return _tokens_among(doc, ((attr, value),))


def _tokens_among(doc: Doc, wanted: tuple[tuple[int, str], ...]) -> list[Token]:
    """The tokens of ``doc`` whose ``attr`` is ``value`` now for any ``(attr, value)`` of ``wanted``, in order."""
    mask = np.zeros(len(doc), dtype=bool)
    for attr, value in wanted:
        mask |= doc.to_array(attr) == doc.vocab.strings[value]
    return [doc[i] for i in np.flatnonzero(mask).tolist()]


def _governing_verb(tok: Token) -> Token | None:
    """The verb whose clause ``tok`` is in."""
    while tok.pos_ not in ("VERB", "AUX"):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return tok


def _object_hung_on_predicate(adj: Token, object_label: str) -> Token | None:
    """The verb's object when the parser hung it on the verb's predicative adjective (« a jugé « *disproportionnée* »
    *la riposte* »: the quoted adjective read as the head of a small clause), else None. Only an adjective that
    completes a verb with no object of its own, and an object after the adjective."""
    verb = adj.head
    if adj.pos_ != "ADJ" or adj.dep_ != "xcomp" or verb.i == adj.i or verb.pos_ != "VERB" or any(
            c.dep_ == object_label for c in verb.children):
        return None
    return next((c for c in adj.children if c.dep_ == object_label and c.i > adj.i), None)


def _rejoin_split_subjects(doc: Doc) -> None:
    """The nineteenth repair on ``doc`` (:func:`_subject_split_by_verb_conjunct`): the verb takes the first name's
    place in the tree, the first name is its subject and the second one more item of it."""
    split = [(verb, trio) for verb in _tokens_where(doc, DEP, "conj") if (
        trio := _subject_split_by_verb_conjunct(doc, verb)) is not None]
    for verb, (first, second, cc) in split:
        verb.head, verb.dep_ = (verb, "ROOT") if first.dep_ == "ROOT" else (first.head, first.dep_)
        for c in [c for c in first.children if c.i > verb.i or c.dep_ == "mark"]:
            c.head = verb  # (the sentence's full stop, « tandis que »: the clause's, now the verb's)
        first.head, first.dep_ = verb, second.dep_
        second.head, second.dep_ = first, "conj"
        cc.head, cc.dep_ = second, "cc"


def _free_fronted_subjects(doc: Doc) -> None:
    """The twentieth repair on ``doc`` (:func:`_names_hung_in_fronted_adjunct`): the first name is the verb's
    subject, the others its conjuncts, their « et » and commas theirs, and the adjunct keeps its comma."""
    commas = [i for i, word in enumerate(doc_words(doc)) if word == ","]
    if not commas:
        return
    found = [(verb, pair) for verb in _tokens_among(doc, ((POS, "VERB"), (POS, "AUX"))) if (
        pair := _names_hung_in_fronted_adjunct(doc, verb, commas)) is not None]
    for verb, (names, comma) in found:
        label = next((c.dep_ for c in verb.children if _is_subject(c.dep_)),
                     "nsubj:pass" if any(c.dep_ == "aux:pass" for c in verb.children) else "nsubj")
        adjunct = next(t for t in doc[verb.sent.start:comma.i] if t.head == verb)
        for k in range(comma.i + 1, names[-1].i):
            word = doc[k]
            if word.head.i not in range(comma.i + 1, verb.i) and (word.pos_ == "CCONJ" or word.text == ","):
                word.head, word.dep_ = next(t for t in names if t.i > k), "cc" if word.pos_ == "CCONJ" else "punct"
        names[0].head, names[0].dep_ = verb, label
        for name in names[1:]:
            name.head, name.dep_ = names[0], "conj"
        if comma.head in names:
            comma.head = adjunct


class ParseRepairs:
    """The pipeline component; ``object_label`` is the parser's label of a direct object."""

    def __init__(self, object_label: str, lemmatize: Callable[[Token], list[str]] | None = None,
                 words: RepairWords = RepairWords()) -> None:
        self.object_label = object_label
        self.lemmatize = lemmatize
        self.words = words

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP"):
            return doc
        # (each repair below reads only tokens of one part of speech or label: those are found once by array)
        _rejoin_split_subjects(doc)
        _free_fronted_subjects(doc)
        found = [(tok, verb) for tok in _tokens_where(doc, DEP, "conj") if (
            verb := _subject_misread_as_conjunct(doc, tok) or _subject_misread_as_verb_conjunct(doc, tok)) is not None]
        for tok, verb in found:
            first = _governing_verb(tok.head)
            cc = _conjunction_before(doc, tok)
            tok.head, tok.dep_ = verb, "nsubj"
            if cc is not None:
                cc.head, cc.dep_ = verb, "cc"
            if verb.dep_ in _COMPLEMENT_CLAUSES and first is not None and not verb.is_ancestor(first):
                verb.head, verb.dep_ = first, "conj"
        shared = [(tok, first) for tok in _tokens_where(doc, DEP, "conj") if (
            first := _participle_misread_as_object_conjunct(doc, tok)) is not None]
        for tok, first in shared:
            clause = _clause_opened_after(doc, tok)
            hung = None if any(c.dep_ in _PARTICIPLE_COMPLEMENTS for c in tok.children) else _object_hung_before(
                doc, tok)
            tok.head = first
            if hung is not None:
                hung.head, hung.dep_ = tok, self.object_label
            if tok.pos_ == "ADJ":
                self._make_verb(tok, "Tense=Past|VerbForm=Part")
            if clause is not None and clause.head == first:
                clause.head = tok
        for tok, obj in [(t, obj) for t in _tokens_where(doc, DEP, "conj") if (
                obj := _second_object_of_first_verb(doc, t, self.object_label)) is not None]:
            obj.head = tok
        for tok in [t for t in _tokens_where(doc, POS, "NOUN") + _tokens_where(doc, POS, "PROPN")
                    if t.dep_ in ("obl:agent", "nmod")]:
            if (passive := _agent_hung_on_adjunct(tok, self.words.agent_marks)) is not None:
                tok.head, tok.dep_ = passive, "obl:agent"
        verbs = _tokens_where(doc, POS, "VERB")  # (no later repair before the first-name one changes a part of speech)
        if self.words.tense_auxiliaries:
            for aux in verbs:
                if (part := _participle_split_by_adjunct(aux, self.words.tense_auxiliaries)) is not None:
                    self._rejoin_auxiliary(aux, part)
        if self.words.unaccusatives:
            for verb in verbs:
                if verb.lemma_.lower() in self.words.unaccusatives:
                    _make_active(verb)
        if self.words.reflexive_clitics:
            for verb in verbs:
                if _pronominal(verb, self.words.reflexive_clitics):
                    _make_active(verb, pronominal=True)
        for verb in verbs:
            if (obj := _object_misread_as_subject(doc, verb, self.object_label)) is not None:
                obj.dep_ = self.object_label
        for verb in verbs:
            if (pair := _object_hung_on_bare_noun(doc, verb, self.object_label, self.words)):
                bare, obj = pair
                bare.dep_, obj.head, obj.dep_ = "obl:mod", verb, self.object_label
                doc[bare.i + 1].dep_ = "det"
            for complement in _complements_hung_on_bare_noun(doc, verb, self.object_label):
                complement.head, complement.dep_ = verb, "obl:mod"
        for verb in verbs:
            if (other := _conjunct_of_other_form(verb) or _past_conjunct_of_infinitive(verb)) is not None:
                verb.head = other
        for verb in verbs:
            if (root := _verb_misread_as_modifier(doc, verb)) is not None:
                verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
                verb.morph = MorphAnalysis(verb.vocab, "Tense=Past|VerbForm=Fin")
                root.head, root.dep_ = verb, "nsubj"
        for verb in verbs:
            if (pair := _subject_before_dont_relative(doc, verb, self.words.genitive_relatives)) is not None:
                owner, main = pair
                if main.head == verb:  # (the main verb hung on the relative's: it takes the relative's place)
                    main.head, main.dep_ = (main, "ROOT") if verb.head == verb else (verb.head, verb.dep_)
                owner.head, owner.dep_ = main, "nsubj"
                verb.head, verb.dep_ = owner, "acl:relcl"
        for verb in verbs:
            if (subject := _root_after_subject_relative(doc, verb)) is not None:
                verb.head, verb.dep_ = verb, "ROOT"
                for c in [c for c in subject.children if c.dep_ == "punct" and c.i > verb.i]:
                    c.head = verb
                subject.head, subject.dep_ = verb, "nsubj"
        for verb in verbs:
            if (found_pair := _relative_on_apposition_read_as_root(doc, verb)) is not None:
                clause, noun = found_pair
                before = doc[noun.left_edge.i - 2]  # the word before the comma
                clause.head, clause.dep_ = clause, "ROOT"
                for c in [c for c in verb.children if c.i < noun.left_edge.i and c.dep_ == "punct"]:
                    c.head = clause
                for named in [c for c in noun.children if c.dep_ == "appos" and noun.i < c.i < verb.i]:
                    named.head, named.dep_ = verb, "nsubj"
                noun.head, noun.dep_ = before, "appos"
                verb.head, verb.dep_ = noun, "relcl"
        for tok in _tokens_where(doc, POS, "ADP"):
            if (name := _first_name_read_as_preposition(tok)) is not None:
                name.head, name.dep_ = tok.head, "nsubj"
                tok.head, tok.dep_, tok.pos_, tok.tag_ = name, "compound", "PROPN", "NNP"
        for tok in [t for t in _tokens_where(doc, POS, "NUM") if _count_misread_as_adjunct(doc, t) is not None]:
            verb, count = tok.head, next(c for c in tok.children if c.dep_ == "conj")
            for c in tok.children:
                if c.dep_ == "case":
                    c.dep_ = "advmod"  # « entre », "between": the range's mark, no preposition of a complement
            if count.pos_ in _NOMINAL:  # « 3,5 millions de personnes »: the count heads the subject
                count.head, count.dep_ = verb, "nsubj"
                tok.head, tok.dep_ = count, "nummod"
            else:
                tok.dep_ = "nsubj"
        # (each test below reads a predicate label or an adjective or adverb; a test changes only its own token's
        # part of speech, so the tokens are chosen once, before the loop)
        for tok in _tokens_among(doc, ((DEP, "oprd"), (POS, "ADJ"), (POS, "ADV"))):
            if tok.dep_ == "oprd" and tok.pos_ == "PROPN" and not any(
                    c.dep_ in (self.object_label, "obj", "dobj") for c in tok.head.children):
                tok.dep_ = self.object_label
            if tok.pos_ in ("ADJ", "ADV") and any(c.dep_ == "aux:tense" for c in tok.children):
                tok.pos_ = "VERB"
            elif tok.pos_ == "ADJ" and any(_is_subject(c.dep_) for c in tok.children) and any(
                    c.dep_ == self.object_label for c in tok.children):
                self._make_past_verb(tok)
            elif (obj := _object_hung_on_predicate(tok, self.object_label)) is not None:
                obj.head = tok.head
        return doc

    @staticmethod
    def _rejoin_auxiliary(aux: Token, part: Token) -> None:
        """The participle takes the auxiliary's place in the tree; the auxiliary, the adjunct and every other
        dependent of the auxiliary (its subject, the object after the participle) hang on the participle."""
        dependents = [c for c in aux.children if c.i != part.i]
        if aux.head.i == aux.i:
            part.head, part.dep_ = part, "ROOT"
        else:
            part.head, part.dep_ = aux.head, aux.dep_
        aux.head, aux.dep_, aux.pos_ = part, "aux:tense", "AUX"
        for c in dependents:
            c.head = part
            if c.dep_.startswith("obl:arg"):
                c.dep_ = "obl:mod"  # (the inserted adjunct: « de son côté » is no complement of the verb)

    def _make_past_verb(self, tok: Token) -> None:
        tok.tag_ = "VBD"
        self._make_verb(tok, "Tense=Past|VerbForm=Fin")

    def _make_verb(self, tok: Token, features: str) -> None:
        tok.pos_ = "VERB"
        tok.morph = MorphAnalysis(tok.vocab, features)
        if self.lemmatize is not None:
            lemmas = self.lemmatize(tok)
            if lemmas:
                tok.lemma_ = lemmas[0]


@Language.factory("veille_repairs")
def make_repairs(nlp: Language, name: str) -> ParseRepairs:
    labels: tuple[str, ...] = ()
    if "parser" in nlp.pipe_names:
        labels = tuple(getattr(nlp.get_pipe("parser"), "labels", ()))
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    lemmatize = None
    if isinstance(lemmatizer, Lemmatizer) and lemmatizer.mode == "rule":
        lemmatize = lemmatizer.rule_lemmatize
    return ParseRepairs("dobj" if "dobj" in labels else "obj", lemmatize, RepairWords.of(nlp.lang or ""))


def repair_parse(doc: Doc, object_label: str = "obj", language: str = "") -> Doc:
    """The repairs on one parsed ``Doc`` (for a pipeline, use the ``veille_repairs`` component), with the
    words of ``language`` (none by default: the repairs that read words are off)."""
    return ParseRepairs(object_label, words=RepairWords.of(language))(doc)
