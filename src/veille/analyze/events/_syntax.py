"""Small dependency-tree helpers shared by the events stage (French UD and English ClearNLP labels)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

# dependents that open another clause: a phrase or a clause stops there
CLAUSAL = frozenset({
    "acl:relcl", "relcl", "advcl", "ccomp", "xcomp", "parataxis", "csubj", "csubj:pass", "advcl:cleft",
})
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X"})
VERBAL_POS = frozenset({"VERB", "AUX"})
# the dependency of a passive verb's agent phrase (spaCy English, Universal Dependencies)
AGENT_DEPS = frozenset({"agent", "obl:agent"})


def determiner(tok: Token) -> Token | None:
    """The first determiner of the noun ``tok``, if any."""
    return next((c for c in tok.children if c.dep_ == "det"), None)


def definite(tok: Token) -> bool:
    """``tok`` has a definite or demonstrative determiner ("the attack", « ces frappes »)."""
    det = determiner(tok)
    return det is not None and (det.morph.get("Definite", []) == ["Def"] or det.morph.get("PronType", []) == ["Dem"])


def indefinite(tok: Token) -> bool:
    """``tok`` has an indefinite article ("a", « un », « des »): a referent the text introduces."""
    det = determiner(tok)
    return det is not None and det.morph.get("Definite", []) == ["Ind"]


def has_negation(tok: Token, words: frozenset[str]) -> bool:
    """A dependent of ``tok`` is one of the language's negation ``words``, by lemma or form ("did not believe",
    « n'a pas confirmé »)."""
    return any(c.lemma_.lower() in words or c.lower_ in words for c in tok.children)


def free_relative_name(tok: Token, wh_words: frozenset[str]) -> bool:
    """``tok`` is the name a free relative gives the thing it stands for ("condemned what he called an outrageous
    attack"): as definite as "the attack", and the one who calls it so is no side of it."""
    return tok.dep_ == "oprd" and any(c.lower_ in wh_words and c.pos_ == "PRON" for c in tok.head.children)


def _cut_elision(c: Token) -> bool:
    """``c`` is an elided word the tokenizer cut from its apostrophe (« d » then « ' » before a quotation mark)."""
    nxt = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None
    return nxt is not None and not c.whitespace_ and nxt.text in ("'", "’") and c.is_alpha and len(c) <= 2


_PREPS_KEY = "veille_preps"  # the key of ``doc.user_data`` under which preps_of keeps its answers, by token


def preps_of(tok: Token) -> set[str]:
    """The prepositions/markers introducing ``tok`` ("à", "avec", "lors de", "to", "with"...); a new set
    (callers may add to it). Worked out once per token: the argument and attribute rules ask it again for
    each trigger whose phrase holds the token, and the parse no longer changes once the events stage runs."""
    known: dict[int, frozenset[str]] = tok.doc.user_data.setdefault(_PREPS_KEY, {})
    words = known.get(tok.i)
    if words is None:
        words = known[tok.i] = frozenset(_preps_of(tok))
    return set(words)


def _preps_of(tok: Token) -> set[str]:
    out: set[str] = set()
    for c in tok.children:
        if c.dep_ in ("case", "mark") or c.dep_.startswith("case:"):
            out.add(c.lower_)
            out.add(c.lemma_.lower())
            if _cut_elision(c):
                out.add(c.lower_ + "'")  # « qualifié d'« illégal » »: the tokenizer cut « d' » before the quote
            fixed = [f.lower_ for f in c.children if f.dep_ == "fixed"]
            if fixed:
                out.add(" ".join([c.lower_, *fixed]))
        elif c.dep_ == "aux" and c.lower_ == "to" and tok.pos_ in VERBAL_POS:  # English infinitive marker
            out.add("to")
        elif c.dep_ == "advmod" and c.pos_ == "ADV" and c.i < tok.i and any(
                g.dep_ == "case" and c.i < g.i < tok.i for g in tok.children):
            out.add(c.lower_)  # « près de Gao » parsed with « près » under the name: près de, autour de
    head = tok.head
    if head.i != tok.i:
        if tok.dep_ == "pobj" and head.dep_ in ("prep", "agent"):
            out.add(head.lower_)
            if head.dep_ == "agent":
                out.add("by")
        if head.pos_ == "ADV" and (tok.dep_.startswith("obl") or tok.dep_.startswith("nmod") or tok.dep_ == "dep"):
            out.add(head.lower_)  # lors de, autour de, près de
    return out


def complements(head: Token) -> Iterator[tuple[set[str], Token]]:
    """(prepositions, nominal head) for each prepositional complement of ``head``."""
    children = list(head.children)
    for c in list(children):
        if c.dep_ == "prt":  # "kidnapped up to 16 advisers": the preposition hangs from the particle
            children.extend(g for g in c.children if g.dep_ == "prep")
    for c in children:
        if c.dep_ in ("prep", "agent") or (c.dep_ == "dative" and c.pos_ == "ADP"):  # "granted X *to* Y"
            for g in c.children:
                if g.dep_ == "pobj":
                    words = {c.lower_}
                    if c.dep_ == "agent":
                        words.add("by")
                    yield words, g
                    for gc in g.children:  # "to Iran, Libya and Cuba": conjuncts share the preposition
                        if gc.dep_ == "conj":
                            yield words, gc
                    if c.lower_ == "by" and g.tag_ == "NN" and not any(d.dep_ == "det" for d in g.children):
                        # "spoke by telephone with Obama": a bare means noun; the parser hangs the verb's
                        # complements on it
                        yield from complements(g)
                elif g.dep_ == "pcomp" and g.tag_ == "VBG":
                    # "opened fire on protesters marching to the square": the parser makes the noun the subject
                    # of the participle; the noun is the complement
                    for s in g.children:
                        if s.dep_ == "nsubj" and s.pos_ in NOMINAL_POS and s.i < g.i:
                            yield {c.lower_}, s
        elif c.pos_ == "ADV" and c.dep_ in ("advmod", "dep"):
            for g in c.children:
                if g.dep_.startswith("obl") or g.dep_.startswith("nmod") or (
                    g.dep_ == "dep" and g.pos_ in NOMINAL_POS and preps_of(g)
                ):  # "autour de Taïwan": the parser often leaves the nominal as a bare dep
                    yield preps_of(g) | {c.lower_}, g
        elif (c.dep_.startswith("obl") or c.dep_.startswith("nmod") or c.dep_ in ("iobj", "dep")) and (
            c.pos_ in NOMINAL_POS
        ):
            words = preps_of(c)
            if words:
                yield words, c


def phrase(tok: Token, *, stop: set[int] | None = None) -> list[Token]:
    """``tok`` and its dependents, without clauses hanging from it (relatives, verbal adjuncts)."""
    out: list[Token] = []
    stack = [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            if stop and c.i in stop:
                continue
            if c.dep_ in CLAUSAL:
                continue
            if c.dep_ == "conj" and c.pos_ in VERBAL_POS:
                continue
            if c.dep_ == "acl" and c.pos_ in VERBAL_POS and (
                    "Part" not in c.morph.get("VerbForm", []) or c.i > 0 and c.doc[c.i - 1].text == ","):
                # a participle ("restrictions imposées aux importations grecques") stays, unless set off by a
                # comma: « L'Ouganda, accusé par des experts de l'ONU, a démenti » describes, it names nobody
                continue
            if c.dep_ == "punct":
                continue
            stack.append(c)
    out.sort(key=lambda t: t.i)
    return out


def runs(tokens: list[Token]) -> list[tuple[int, int]]:
    """Character ranges of the contiguous runs of ``tokens`` (sorted by position)."""
    out: list[tuple[int, int]] = []
    prev: Token | None = None
    for t in tokens:
        if prev is not None and t.i == prev.i + 1:
            out[-1] = (out[-1][0], t.idx + len(t.text))
        else:
            out.append((t.idx, t.idx + len(t.text)))
        prev = t
    return out


def clause_tokens(root: Token) -> list[Token]:
    """The tokens of the clause headed by ``root``: its subtree without conjoined or embedded clauses, nor
    adverbial clauses with a finite verb and a subject of their own ("bombed Gaza *after militants fired rockets
    on Sunday*": the Sunday is the rockets')."""
    out: list[Token] = []
    stack = [root]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            if c.dep_ in ("ccomp", "parataxis", "acl:relcl", "relcl"):
                continue
            if c.dep_ == "conj" and c.pos_ in VERBAL_POS:
                continue
            if c.dep_.startswith("advcl") and any(g.dep_.startswith("nsubj") for g in c.children) and (
                    "Fin" in c.morph.get("VerbForm", []) or any(
                        g.dep_.startswith("aux") and "Fin" in g.morph.get("VerbForm", []) for g in c.children)):
                continue
            stack.append(c)
    out.sort(key=lambda t: t.i)
    return out


def nearest_verb(tok: Token) -> Token | None:
    """The closest verbal ancestor of ``tok`` (not ``tok`` itself)."""
    t = tok
    while t.head.i != t.i:
        t = t.head
        if t.pos_ in VERBAL_POS:
            return t
    return None


def receiving_verb(noun: Token, objects: frozenset[str], verbs: frozenset[str], preps: frozenset[str]
                   ) -> Token | None:
    """The verb whose subject undergoes what ``noun`` names: one of ``verbs`` whose object (a dependency of
    ``objects``) it is ("drew criticism", « a essuyé des tirs »), or any verb whose complement one of ``preps``
    introduces ("came under attack"); else None."""
    if noun.dep_ in objects and noun.head.i != noun.i and noun.head.lemma_.lower() in verbs:
        return noun.head
    if preps and preps_of(noun) & preps:
        return nearest_verb(noun)
    return None


def is_reflexive(tok: Token, words: frozenset[str]) -> bool:
    for c in tok.children:
        if c.pos_ == "PRON" and ("Yes" in c.morph.get("Reflex", []) or c.lower_ in words):
            return True
    return False


def mandated_clause(clause: Token, verbs: frozenset[str]) -> bool:
    """``clause`` is a content clause in the mandative subjunctive under one of ``verbs`` ("insisted that Iran
    *release* the tanker", "that North Korea *be held* to account"): an act asked for, not a fact. Its finite word
    (the verb, or its first auxiliary) is the bare form, neither past nor the third person's "-s", and its subject
    would show a tense if it had one: a singular subject, or any subject under a past verb ("insisted that the
    rebels withdraw": after "insisted" a fact would be told in the past)."""
    head = clause.head
    if clause.dep_ != "ccomp" or head.i == clause.i or head.lemma_.lower() not in verbs:
        return False
    auxes = [c for c in clause.children if c.dep_.startswith("aux") and c.i < clause.i]
    finite = auxes[0] if auxes else clause
    if (finite.pos_ not in VERBAL_POS or finite.tag_ == "MD" or finite.lower_ != finite.lemma_.lower()
            or "Past" in finite.morph.get("Tense", [])):
        return False
    subject = next((c for c in clause.children if c.dep_.startswith("nsubj")), None)
    if subject is None:
        return False
    singular = "Sing" in subject.morph.get("Number", []) and not {"1", "2"} & set(subject.morph.get("Person", []))
    return singular or "Past" in head.morph.get("Tense", [])


def is_passive(tok: Token, passive_deps: frozenset[str]) -> bool:
    if "Pass" in tok.morph.get("Voice", []):
        return True
    if any(c.dep_ in passive_deps or c.dep_ in ("aux:pass", "auxpass") for c in tok.children):
        return True
    if _passive_conjunct(tok, passive_deps):
        return True
    return is_participial_passive(tok)


def _passive_conjunct(tok: Token, passive_deps: frozenset[str]) -> bool:
    """A bare past participle coordinated with a passive verb shares its auxiliaries and its voice (« ont été
    enlevés puis *tués* », "were abducted and *killed*")."""
    if tok.dep_ != "conj" or tok.head.i == tok.i or not _past_participle(tok) or any(
            c.dep_.startswith("aux") or c.dep_.startswith("nsubj") or c.dep_ in ("obj", "dobj") for c in tok.children):
        return False
    head = tok.head
    return "Pass" in head.morph.get("Voice", []) or any(
        c.dep_ in passive_deps or c.dep_ in ("aux:pass", "auxpass") for c in head.children)


def _past_participle(tok: Token) -> bool:
    return tok.tag_ == "VBN" or ("Part" in tok.morph.get("VerbForm", []) and "Past" in tok.morph.get("Tense", []))


def is_participial_passive(tok: Token) -> bool:
    """A past participle modifying a noun or a clause without an auxiliary ("Attacked by X, the convoy",
    « le Kenya, attaqué par X »), or any verb with an agent phrase: passive."""
    if any(c.dep_ in AGENT_DEPS for c in tok.children):
        # (not a clause with an active subject and a tense auxiliary: « qui ont répliqué par des gaz »,
        # the parser's agent label on a means)
        return not (any(c.dep_ == "nsubj" for c in tok.children)
                    and any(c.dep_ in ("aux", "aux:tense") for c in tok.children))
    if tok.dep_ not in ("acl", "advcl") or any(c.dep_.startswith("aux") for c in tok.children):
        return False
    past_participle = tok.tag_ == "VBN" or (
        "Part" in tok.morph.get("VerbForm", []) and "Past" in tok.morph.get("Tense", []))
    return past_participle and not any(c.dep_ in ("obj", "dobj") for c in tok.children)


def is_reduced_passive(tok: Token, subject_deps: frozenset[str]) -> bool:
    """A past participle with a subject, no auxiliary and no object ("A Sydney woman *sentenced* to 15 days
    ... is appealing", the parser's root): no finite active clause is built so; a reduced relative whose
    subject undergoes the act."""
    if not _past_participle(tok) or any(c.dep_.startswith("aux") or c.dep_ in ("obj", "dobj") for c in tok.children):
        return False
    if tok.dep_ == "ROOT" and not any(t.i != tok.i and t.pos_ in VERBAL_POS and "Fin" in t.morph.get("VerbForm", [])
                                      for t in tok.sent):
        return False  # the sentence's only verb: a finite one the tagger took for a participle ("Thousands protested")
    return any(c.dep_ in subject_deps for c in tok.children)


def sentence_of(doc_sents: list[Span], i: int) -> int:
    """Index of the sentence holding token ``i`` (``doc_sents`` in order)."""
    lo, hi = 0, len(doc_sents) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if doc_sents[mid].start <= i:
            lo = mid
        else:
            hi = mid - 1
    return lo


def counted_nouns(noun: Token) -> list[Token]:
    """What a noun of measure counts: its nominal complements (« tonnes de cocaïne ») and the objects of its
    prepositions ("dozens of rockets")."""
    out = [g for g in noun.children if g.dep_.startswith("nmod")]
    out += [x for g in noun.children if g.dep_ == "prep" for x in g.children if x.dep_ == "pobj"]
    return out


REL_WORDS = frozenset({"qui", "que", "lequel", "laquelle", "lesquels", "who", "which", "that", "whom"})
_RELATIVE_CLAUSE = frozenset({"relcl", "acl:relcl"})


def is_relative_word(tok: Token) -> bool:
    """A relative pronoun ("who", "which", « qui »)."""
    return tok.lower_ in REL_WORDS or "Rel" in tok.morph.get("PronType", [])


def relative_antecedent(verb: Token) -> Token:
    """What a relative pronoun subject of ``verb`` stands for: the noun its relative clause describes, past the
    attribution the writer put inside the clause ("an attack that Washington says killed 1,400": the attack
    killed, not Washington; the parser makes "killed" the complement of "says")."""
    clause = verb
    while clause.dep_ == "ccomp" and clause.head.i != clause.i:
        clause = clause.head
    return clause.head if clause.dep_ in _RELATIVE_CLAUSE else verb.head
