"""Tense of the verb that governs a time expression: decides last vs next weekday or month."""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

PAST, PRESENT, FUTURE = "past", "present", "future"

_FUTURE_WORDS = {"will", "shall", "'ll", "wo", "would"}  # "would": the future of a past report
_FUTURE_LEMMAS = {"aller", "devoir"}  # "va signer", "devrait signer", "doit signer"
_EN_PAST_AUX = {"has", "have", "had", "was", "were", "'ve", "'d"}


@dataclass(frozen=True, slots=True)
class TenseWords:
    """A language's verbs that bear on a clause's time (lemmas, from its times lexicon).

    ``etre_verbs``: verbs whose compound past takes the auxiliary a parser may label passive (« sont
    arrivées »: a past, not a present passive). ``prospective``: verbs whose infinitive complement lies
    ahead of them ("planned to leave on Saturday", « a promis de revenir lundi »). ``scheduling``: verbs
    whose own time adjunct is the time they set ("has scheduled a news conference Monday").
    ``postponing``: verbs that move an event to the time ``target_prepositions`` introduce ("postponed to
    Monday", « reporté à lundi »): a time ahead of them, whatever their tense. ``future_endings``: endings
    of the simple future and the conditional (« votera », « signeront », « annoncerait ») that no participle,
    imperfect or passé simple has, and ``future_words`` its short irregular forms (« sera », « aura »): a
    finite verb, or a participle without an auxiliary, so written is a future whatever tense a tagger gives
    it (the conditional as the future of a past report, as "would"); ``conditional_endings``: those of an
    auxiliary's conditional (« aurait voté », « serait arrivé »: a past the report relays, unless « serait »
    is a passive's auxiliary). ``simple_past_auxiliaries``: past
    auxiliaries that make no past before a past ("was held", "were named": a simple past passive, not a
    pluperfect; see ``before_past``). ``aim_adjectives``: adjectives whose time is the day something takes
    effect ("effective Feb. 1"): a time ahead of the report. ``pluperfect_auxiliaries``: the auxiliaries of a
    past before a past ("had"): a plan or deadline told with them lies before the report.
    ``modal_auxiliaries``: modals other than those of the future ("could", "may"): a verb with one is a clause
    of its own, not an infinitive that takes the tense of the verb above it ("officials said the bombing could
    continue through the summer": no past from "said"), and its time is the nearest one. ``effect_phrases``: a verb
    and the words after it that say something takes effect ("take effect", « entrer en vigueur »): in the present,
    the day it does lies ahead ("The rules take effect on Jan. 1"), as with "effective". ``recent_past_phrases``: a
    verb and the mark of its infinitive that tell a recent past (« venir de »: « il vient d'être nommé lundi »)."""

    etre_verbs: frozenset[str] = frozenset()
    prospective: frozenset[str] = frozenset()
    scheduling: frozenset[str] = frozenset()
    postponing: frozenset[str] = frozenset()
    target_prepositions: frozenset[str] = frozenset()
    future_endings: tuple[str, ...] = ()
    future_words: frozenset[str] = frozenset()
    conditional_endings: tuple[str, ...] = ()
    simple_past_auxiliaries: frozenset[str] = frozenset()
    aim_adjectives: frozenset[str] = frozenset()
    pluperfect_auxiliaries: frozenset[str] = frozenset()
    modal_auxiliaries: frozenset[str] = frozenset()
    effect_phrases: frozenset[tuple[str, str]] = frozenset()
    recent_past_phrases: frozenset[tuple[str, str]] = frozenset()


NO_WORDS = TenseWords()


def _verb_of(tok: Token) -> Token | None:
    seen = 0
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and seen < 12:
        tok = tok.head
        seen += 1
    return tok if tok.pos_ in ("VERB", "AUX") else None


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _compound_past(verb: Token, etre_verbs: frozenset[str]) -> bool:
    """A verb of the list, or a pronominal verb (a reflexive pronoun among its dependents: « se sont
    réunis »): their compound past is built on the auxiliary of the passive."""
    if verb.lemma_.lower() in etre_verbs:
        return True
    return any("Yes" in c.morph.get("Reflex", []) for c in verb.children if c.i < verb.i)


def _pluperfect(tok: Token, words: TenseWords) -> bool:
    """Whether ``tok``, or the verb its adjective completes ("had been due"), has an auxiliary of a past before a
    past (``pluperfect_auxiliaries``: "had"; not "did", "was")."""
    for w in (tok, tok.head) if tok.dep_ in ("acomp", "xcomp") and tok.head.i != tok.i else (tok,):
        if any(c.dep_.startswith("aux") and c.lower_ in words.pluperfect_auxiliaries for c in w.children):
            return True
    return False


def _tense_of_verb(verb: Token, depth: int = 0, words: TenseWords = NO_WORDS) -> str | None:
    """``words``: the language's verbs that bear on the tense (see ``TenseWords``)."""
    etre_verbs = words.etre_verbs
    if _lemma(verb) in words.scheduling:
        # what a verb of scheduling sets lies ahead, whatever its tense; told in the pluperfect ("had been
        # scheduled for Friday") the plan lies before the report
        return PAST if _pluperfect(verb, words) else FUTURE
    auxes = [c for c in verb.children if c.dep_.startswith("aux") or _future_copula(c)]
    for w in (verb, *auxes):
        if w.lower_ in _FUTURE_WORDS or "Fut" in w.morph.get("Tense", []):
            return FUTURE
    # English "going to" + verb, "expected to" + verb
    if verb.tag_ == "VB" and any(c.lower_ == "to" for c in verb.children):
        head = verb.head
        if head.i != verb.i and head.lower_ in ("going", "expected", "due", "scheduled", "set", "planning", "plans",
                                                "plan"):
            return PAST if _pluperfect(head, words) else FUTURE  # "had been due to expire Friday": behind
    verbform = verb.morph.get("VerbForm", [])
    if "Inf" in verbform or verb.tag_ == "VB" or _infinitive_passive(verb, auxes, words):
        if any(a.lower_ in words.modal_auxiliaries for a in auxes):
            return None  # "could continue through the summer": a possibility, neither the saying's past nor ahead
        head = verb.head
        if head.i != verb.i and head.pos_ in ("VERB", "AUX") and depth < 3:
            if _lemma(head) in words.prospective:
                return PAST if _pluperfect(head, words) else FUTURE  # "planned to leave on Saturday"
            if any((_lemma(head), _lemma(c)) in words.recent_past_phrases
                   for c in verb.children if c.dep_ == "mark"):
                return PAST  # « il vient d'être nommé lundi »
            if head.lemma_ in _FUTURE_LEMMAS and "Imp" not in head.morph.get("Tense", []) \
                    and "Past" not in head.morph.get("Tense", []):
                return FUTURE
            return _tense_of_verb(head, depth + 1, words)
        return None
    if _future_form(verb, words) and not ("Part" in verbform and auxes):
        return FUTURE  # « Le Parlement votera mardi le budget »: a future the tagger took for a participle or
        # a past, « qu'il annoncerait mardi »: a conditional it took for an imperfect
    if "Part" in verbform or verb.tag_ in ("VBN",):
        for a in auxes:
            if _future_form(a, words) and not (a.lower_.endswith(words.conditional_endings) and (
                    a.dep_ != "aux:pass" or _compound_past(verb, etre_verbs))):
                return FUTURE  # « aura voté », « sera voté », « serait voté » (a passive); not « aurait
                # voté », « serait arrivé » (a past the report only relays)
            tense = a.morph.get("Tense", [])
            if a.dep_ == "aux:pass" and "Pres" in tense:
                return PAST if etre_verbs and _compound_past(verb, etre_verbs) else PRESENT
            if "Pres" in tense or "Imp" in tense or "Past" in tense or a.lower_ in _EN_PAST_AUX:
                if a.lower_ in ("is", "are", "am", "be", "being"):
                    return PRESENT
                return PAST
        if verb.tag_ == "VBN" and not auxes:
            return PAST
        head = verb.head
        if verb.dep_ == "advcl" and not auxes and "Prog" in verb.morph.get("Aspect", []) and head.i != verb.i \
                and head.pos_ in ("VERB", "AUX") and depth < 3:
            return _tense_of_verb(head, depth + 1, words)  # "has fluctuated, rising to $42 in June": a past
        return PAST if "Past" in verb.morph.get("Tense", []) and verb.dep_ not in ("amod", "acl") else None
    tense = verb.morph.get("Tense", [])
    if verb.tag_ == "VBD" or "Past" in tense or "Imp" in tense:
        return PAST
    if "Cnd" in verb.morph.get("Mood", []):
        return None
    if _base_form_past(verb, auxes):
        return PAST
    if "Pres" in tense or verb.tag_ in ("VBZ", "VBP"):
        for a in auxes:
            if "Past" in a.morph.get("Tense", []) or a.tag_ == "VBD":
                return PAST
        return PRESENT
    return None


def _base_form_past(verb: Token, auxes: list[Token]) -> bool:
    """An English verb whose past is its base form ("hurt", "cut", "put") tagged a present without auxiliary
    after a singular noun subject: its present would end in -s ("Weakness hurts"), so it is the past ("Weakness
    in bank shares hurt the index on Friday")."""
    if verb.tag_ != "VBP" or auxes or verb.lower_ != verb.lemma_.lower():
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return len(subjects) == 1 and subjects[0].tag_ in ("NN", "NNP") \
        and not any(c.dep_ == "conj" for c in subjects[0].children)


def _future_copula(tok: Token) -> bool:
    """A copula in the future (« seront » of « seront lâchés », a participle the parser made an adjective)."""
    return tok.dep_ == "cop" and "Fut" in tok.morph.get("Tense", [])


def _infinitive_passive(verb: Token, auxes: list[Token], words: TenseWords) -> bool:
    """A participle whose auxiliary is an infinitive (« pourrait être transféré », "expected to be released"):
    it has no tense of its own and takes the one of the verb above it, as an infinitive does. A modal beside
    the infinitive ("could be moved") is no finite auxiliary here: the infinitive branch reads it."""
    if not ("Part" in verb.morph.get("VerbForm", []) or verb.tag_ == "VBN"):
        return False
    infinitive = [a for a in auxes if "Inf" in a.morph.get("VerbForm", []) or a.tag_ in ("VB", "TO")]
    finite = [a for a in auxes if a not in infinitive and a.lower_ not in words.modal_auxiliaries]
    return bool(infinitive) and not finite


def _future_form(verb: Token, words: TenseWords) -> bool:
    """A French future or conditional by its written form (see ``TenseWords``)."""
    word = verb.lower_
    return bool(words.future_endings) and (word.endswith(words.future_endings) or word in words.future_words)


def _parsed_span(doc: Doc, start: int, end: int, parsed: bool | None) -> Span | None:
    """The tokens of characters ``[start, end)`` when ``doc`` has a parse (None otherwise)."""
    if not (doc.has_annotation("DEP") if parsed is None else parsed):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _finite(verb: Token) -> bool:
    """A verb with a tense of its own: neither an infinitive nor a participle without its auxiliary."""
    form = verb.morph.get("VerbForm", [])
    if "Inf" in form or verb.tag_ in ("VB", "TO"):
        return False
    if "Part" in form or verb.tag_ == "VBN":  # "was held": finite through a finite auxiliary, unlike "to be
        if any(c.dep_.startswith("aux") for c in verb.children):  # published"
            return any(c.dep_.startswith("aux") and _finite(c) for c in verb.children)
        return verb.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in verb.children)  # "The factory reopened
        # in August": a simple past the tagger read as a participle; a participle has no subject of its own
    return True


# the relations of a predicate that heads a clause of its own under another verb (a reported clause, an adverbial)
CLAUSE_DEPS = ("ccomp", "advcl", "csubj")


def _governing_verb(span: Span) -> Token | None:
    """The verb an expression is an adjunct of ("on Thursday" through its preposition), None when it
    modifies a noun."""
    root = span.root
    head = root.head
    if head.i != root.i and head.dep_ in ("prep", "agent") and head.head.i != head.i:
        head = head.head  # English: "on Thursday" hangs on the preposition
        if head.dep_ == "prep" and head.head.i != head.i and head.head.pos_ in ("VERB", "AUX"):
            head = head.head  # "rising ... from $29 in March": a preposition on the verb's preposition
    if root.pos_ in ("VERB", "AUX"):
        return root
    if head.i != root.i and head.pos_ in ("VERB", "AUX"):
        return head
    if head.i != root.i and head.pos_ == "ADJ" and head.dep_ in CLAUSE_DEPS \
            and root.dep_.startswith(("obl", "advmod")) \
            and (copula := next((c for c in head.children if c.dep_ == "cop"), None)) is not None:
        return copula  # « il a indiqué que la situation était calme depuis ce matin »: the reported clause's verb
    if head.i != root.i and head.pos_ == "ADJ" and head.head.pos_ in ("VERB", "AUX") \
            and root.dep_.startswith(("obl", "advmod", "npadvmod", "pobj")):
        return head.head  # "results are due on Monday"
    if head.i != root.i and head.pos_ == "ADJ" and any(c.dep_.startswith("aux") or _future_copula(c)
                                                       for c in head.children):
        return head  # « les résultats seront connus courant avril », « ils seront lâchés dimanche »: a participle
        # the parser took for an adjective
    if root.dep_ == "ROOT":  # « le président sera lundi à Berlin »: the parser made the day the root
        own = next((c for c in root.children if c.dep_.startswith(("aux", "cop"))), None)
        return own if own is not None else _next_root_verb(span)
    return None


SPLIT_ROOT_TOKENS = 30  # tokens after a fronted time to the verb of its sentence


def _written_future(span: Span, words: TenseWords) -> Token | None:
    """In a sentence the parser found no verb in (« Mardi, le préfet visitera l'usine », « Le préfet visitera
    l'usine mardi »: « visitera » read as a noun or an adjective, the day split off as a root or hung on a
    noun), the first word without a determiner written as a future (``_future_form``): the verb the
    expression is an adjunct of. The sentence runs to its final punctuation, across the roots of a split parse."""
    doc = span.doc
    start = span.sent.start
    end = start
    while end < min(start + SPLIT_ROOT_TOKENS, len(doc)) and doc[end].text not in (".", "!", "?", ";"):
        end += 1
    clause = doc[start:end]
    if any(t.pos_ in ("VERB", "AUX") for t in clause):
        return None
    return next((t for t in clause if t.is_lower and t.is_alpha and not span.start <= t.i < span.end
                 and not any(c.dep_ == "det" for c in t.children) and _future_form(t, words)), None)


def _next_root_verb(span: Span) -> Token | None:
    """The root verb of the rest of the sentence, when the parser split a fronted time off as a tree of
    its own (« Samedi vers 23 h, deux jeunes ont été interpellés »: « Samedi » a root without a verb)."""
    doc = span.doc
    for tok in doc[span.end:min(span.end + SPLIT_ROOT_TOKENS, len(doc))]:
        if tok.text in (".", "!", "?", ";", ":") or "\n" in tok.text:
            return None
        if tok.dep_ == "ROOT" and tok.head.i == tok.i:
            return tok if tok.pos_ in ("VERB", "AUX") else None
        if "\n" in tok.whitespace_:
            return None  # the paragraph ends ("à 21 h.\n": a full stop the tokenizer left inside "h.")
    return None


def governing_tense(doc: Doc, start: int, end: int, parsed: bool | None = None,
                    words: TenseWords = NO_WORDS) -> str | None:
    """past / present / future of the verb governing the characters ``[start, end)``, or None.

    ``parsed``: whether ``doc`` has a dependency parse (pass it when known: checking costs a pass
    over the tokens).
    """
    span = _parsed_span(doc, start, end, parsed)
    if span is None:
        return None
    if span.root.head.lower_ in words.aim_adjectives and span.root.dep_ in ("npadvmod", "pobj", "obl", "nmod"):
        return FUTURE  # "effective Feb. 1": the day it takes effect
    verb = _governing_verb(span)
    if verb is None:
        verb = _written_future(span, words)
    if verb is None:
        return None  # a noun's modifier ("le recensement de mars"): its own time, not the verb's
    verb = reporting_verb(span, verb)
    if span.end <= verb.i and any(c.dep_.startswith("nsubj") and span.end <= c.i < verb.i for c in verb.children):
        # fronted before the subject ("On Friday, the government planned ...", « Vendredi, le conseil a
        # programmé ... »): the time of the planning itself, not of what it sets
        words = replace(words, scheduling=frozenset())
    if _lemma(verb) in words.postponing and _preposition(span) in words.target_prepositions:
        return FUTURE  # "was postponed to Monday": the time the event was moved to
    tense = _tense_of_verb(verb, words=words)
    if tense == PRESENT and _takes_effect(verb, words):
        return FUTURE  # "The new rules take effect on Jan. 1": the day they will
    return tense


EFFECT_PHRASE_TOKENS = 3  # words after the verb that may complete a phrase of taking effect


def _takes_effect(verb: Token, words: TenseWords) -> bool:
    """The verb and the words right after it are a phrase of ``effect_phrases`` ("take effect", « entre en
    vigueur »)."""
    if not words.effect_phrases:
        return False
    after = verb.doc[verb.i + 1:verb.i + 1 + EFFECT_PHRASE_TOKENS]
    text = " ".join(t.lower_ for t in after)
    return any(_lemma(verb) == lemma and (text == rest or text.startswith(rest + " "))
               for lemma, rest in words.effect_phrases)


def reporting_verb(span: Span, verb: Token) -> Token:
    """The verb of saying a time stands after, when the parser hung the time on the reported clause though it
    comes before that clause's subject ("Bush said on Thursday he would spend ...": Thursday is the saying's
    time); ``verb`` otherwise."""
    head = verb.head
    if verb.dep_ == "ccomp" and head.i != verb.i and head.i < span.start and span.end <= verb.i \
            and any(c.dep_.startswith("nsubj") and span.end <= c.i < verb.i for c in verb.children):
        return head
    return verb


def governing_lemma(doc: Doc, start: int, end: int, parsed: bool | None = None) -> str | None:
    """The lemma of the verb governing the characters ``[start, end)`` (the verb of saying a time stands after:
    ``reporting_verb``), None without one."""
    span = _parsed_span(doc, start, end, parsed)
    verb = _governing_verb(span) if span is not None else None
    return None if span is None or verb is None else _lemma(reporting_verb(span, verb))


def describes_a_noun(doc: Doc, start: int, end: int, parsed: bool | None = None) -> bool:
    """Whether the characters ``[start, end)`` date a bare past participle describing a noun ("the reform,
    unveiled on January 10", « la loi, adoptée le 3 mars »; the parser often hangs it on the main verb as an
    adverbial clause): no auxiliary, no subject. Such a day looks back at the thing named; the narrative
    does not stand on it."""
    span = _parsed_span(doc, start, end, parsed)
    verb = _governing_verb(span) if span is not None else None
    if verb is None or verb.head.i == verb.i or verb.dep_ not in ("acl", "advcl"):
        return False
    past_participle = verb.tag_ == "VBN" or "Part" in verb.morph.get("VerbForm", []) and "Past" in verb.morph.get(
        "Tense", [])
    return past_participle and not any(c.dep_.startswith(("aux", "nsubj")) for c in verb.children)


def before_past(doc: Doc, start: int, end: int, parsed: bool | None = None,
                words: TenseWords = NO_WORDS) -> bool:
    """Whether the verb governing the characters ``[start, end)`` tells a past before a past: a pluperfect
    ("had named", « avait désigné », « était restée ») or an imperfect (« ignoraient »). A bound set with
    "until", "by", « jusqu'à » then lies behind the report ("Until Tuesday, the police had not named a
    suspect"), not ahead."""
    span = _parsed_span(doc, start, end, parsed)
    verb = _governing_verb(span) if span is not None else None
    if verb is None:
        return False
    if "Imp" in verb.morph.get("Tense", []) and "Fin" in verb.morph.get("VerbForm", []):
        return True
    if "Part" not in verb.morph.get("VerbForm", []) and verb.tag_ != "VBN":
        return False
    return any(c.dep_.startswith("aux") and ("Imp" in c.morph.get("Tense", []) or c.tag_ == "VBD")
               and c.lower_ not in words.simple_past_auxiliaries for c in verb.children)


def _preposition(span: Span) -> str:
    """The preposition introducing ``span`` ("" when none): the English head preposition of its root, or
    the French « case » dependents of its root."""
    root = span.root
    if root.dep_ == "pobj" and root.head.i != root.i and root.head.dep_ in ("prep", "agent"):
        return root.head.lower_  # English: "on Thursday" hangs on the preposition
    return " ".join(c.lower_ for c in root.children if c.dep_ == "case" or c.dep_.startswith("case:"))


def introducing_preposition(doc: Doc, start: int, end: int, parsed: bool | None = None) -> str | None:
    """The preposition that introduces the characters ``[start, end)``, an adjunct of a finite verb, in the
    parse ("on" in "was held on Dec. 12", « en » in « en novembre », « pour » in « pour le 3 novembre »),
    lower case; "" when none does (« le 12 décembre », "Dec. 12" bare); None without a parse, or when the
    characters hang on a noun or an infinitive."""
    span = _parsed_span(doc, start, end, parsed)
    if span is None:
        return None
    verb = _governing_verb(span)
    if verb is None or not _finite(verb):
        return None  # an infinitive's or a participle's time is not placed by its head's tense ("invited him
        # to testify on Feb. 10", "a summit set for Washington in April")
    return _preposition(span)


def reduced_relative_preposition(doc: Doc, start: int, end: int, parsed: bool | None = None,
                                 words: TenseWords = NO_WORDS) -> str | None:
    """The preposition introducing the characters ``[start, end)`` ("" when bare) when they are an adjunct of
    a past participle without an auxiliary that qualifies a noun or opens its sentence (« le texte adopté en
    mars », « l'homme arrêté le 3 juin », « Battus dimanche à Sedan, les joueurs ... »: a participle clause
    telling a done event); None otherwise, and for a participle of expecting or planning (`prospective`:
    « un verdict attendu samedi »)."""
    span = _parsed_span(doc, start, end, parsed)
    if span is None:
        return None
    verb = _governing_verb(span)
    if verb is None or verb.dep_ not in ("acl", "advcl") or "Part" not in verb.morph.get("VerbForm", []) \
            or "Past" not in verb.morph.get("Tense", []) or any(c.dep_.startswith("aux") for c in verb.children) \
            or _lemma(verb) in words.prospective:
        return None
    return _preposition(span)


def sentence_tense(doc: Doc, start: int, end: int, parsed: bool | None = None,
                   words: TenseWords = NO_WORDS) -> str | None:
    """past / present / future of the verb nearest above ``[start, end)`` in the parse, through the
    nouns it modifies, or None: for an expression that modifies a noun ("the Oct. 23 slaying")."""
    span = _parsed_span(doc, start, end, parsed)
    if span is None:
        return None
    verb = _verb_of(span.root.head) if span.root.head.i != span.root.i else None
    return _tense_of_verb(verb, words=words) if verb is not None else None
