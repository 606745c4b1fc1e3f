"""Title phrases ("le ministre japonais de la Défense", "Japan's defence minister") and their parts.

A title phrase is built around a role hit: extended left over determiners, national adjectives, state or
organisation names with a possessive, and modifiers ("former", "junior"); extended right over national
adjectives and the role's nominal complements in the dependency tree ("de la Défense", "de l'OTAN",
"for the Foreign Ministry").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from veille.analyze.actors._gazetteer import ADJ, CAPITAL, GROUP, ORG, REGION, STATE, Gazetteer, Hit

_STOP_DEPS = {"appos", "acl", "acl:relcl", "relcl", "conj", "cc", "parataxis", "punct", "advcl"}
_MAX_RIGHT = 7
_MAX_LEFT = 5


@dataclass(slots=True)
class Title:
    start: int  # token span of the whole phrase, determiner included
    end: int
    role_hit: Hit
    role_text: str  # the role as written, without determiner and national adjectives
    sectors: list[str]
    country: str | None = None  # ISO3, or an organisation's code
    affiliation: str | None = None
    rank: bool = False
    weak: bool = False
    home_official: bool = False  # a local or judicial official a domestic story need not name ("le préfet")
    plural: bool = False
    definite: bool = False
    modifier_country: bool = False  # the country comes from an adjective or a "<State>'s" before the role
    office_country: bool = False  # the country is the office's own ("the pope": the Holy See's)
    absorbed: set[int] = field(default_factory=set)  # token indices of hits used by the title

    @property
    def head(self) -> str:
        return self.role_hit.entry.code


def _in_subtree(token: Token, root: Token) -> bool:
    t = token
    for _ in range(12):
        if t == root:
            return True
        if t.head == t:
            return False
        t = t.head
    return False


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token indices of each sentence; the whole text when the Doc has no sentences."""
    if doc.has_annotation("DEP") or doc.has_annotation("SENT_START"):
        return [(s.start, s.end) for s in doc.sents]
    return [(0, len(doc))] if len(doc) else []


def build_title(doc: Doc, role_hit: Hit, hit_at: dict[int, Hit], gaz: Gazetteer, name_tokens: set[int],
                sent: tuple[int, int]) -> Title:
    lex = gaz.lexicon
    fw = lex.words  # the language's function words (data/lang/<code>/actors/words.yaml)
    preps, dets, definite_words = fw.complement_preps, fw.determiners, fw.definite
    possessive = fw.possessives
    # modifiers left out of the role text ("former"/"ancien" stay: they change what the role says)
    temporal = fw.temporal
    role = gaz.role(role_hit.entry)
    root = doc[role_hit.start:role_hit.end].root
    sent_start, sent_end = sent
    country: str | None = None
    org_country: str | None = None
    affiliation: str | None = None
    absorbed: set[int] = set()
    sectors = list(role.sector)
    excluded: set[int] = set()  # tokens left out of the role text

    modifier = False
    affiliation_start: list[int] = []

    def take(hit: Hit, left: bool = False) -> None:
        nonlocal country, org_country, affiliation, modifier
        if left or hit.entry.kind == ADJ:
            modifier = True
        if hit.entry.kind in (ADJ, STATE, REGION, CAPITAL):
            if country is None:
                country = hit.entry.code
            if hit.entry.kind == ADJ:
                excluded.update(range(hit.start, hit.end))
        elif hit.entry.kind == ORG:
            org = lex.orgs[hit.entry.code]
            if org_country is None:
                org_country = org.country
                affiliation = doc[hit.start:hit.end].text
        absorbed.update(range(hit.start, hit.end))

    # --- right extension
    end = role_hit.end
    i = role_hit.end
    while i < sent_end and i - role_hit.end < _MAX_RIGHT and i not in name_tokens:
        tok = doc[i]
        hit = hit_at.get(i)
        if hit is not None and hit.start == i:
            if hit.entry.kind in (ADJ,) or (hit.entry.kind in (STATE, ORG, REGION, CAPITAL) and i > role_hit.end
                                            and doc[i - 1].lower_ in preps | dets):
                take(hit)
                i = end = hit.end
                continue
            if hit.entry.kind == GROUP and i > role_hit.end and doc[i - 1].lower_ in preps | dets:
                # "porte-parole du ministère", "spokesman for the Foreign Ministry"
                if affiliation is None:
                    affiliation_start.append(hit.start)
                if hit.entry.code not in sectors and hit.entry.code != "NGO":  # "porte-parole de l'armée"
                    sectors.append(hit.entry.code)
                i = end = hit.end
                continue
            break
        if tok.lower_ in preps or tok.lower_ in dets:
            i += 1
            continue
        if tok.pos_ in ("NOUN", "PROPN", "ADJ") and tok.dep_ not in _STOP_DEPS and _in_subtree(tok, root) \
                and (tok.pos_ == "ADJ" or doc[i - 1].lower_ in preps | dets or tok.pos_ == "PROPN"):
            extra = lex.roles.portfolios.get(tok.lower_)
            if extra:
                sectors.extend(s for s in extra if s not in sectors)
            i = end = i + 1
            continue
        break

    # --- left extension
    start = role_hit.start
    j = role_hit.start - 1
    definite = False
    while j >= sent_start and role_hit.start - j <= _MAX_LEFT and j not in name_tokens:
        tok = doc[j]
        hit = hit_at.get(j)
        if hit is not None:
            if hit.entry.kind in (ADJ, STATE, REGION, ORG, CAPITAL):
                if hit.start > 0 and doc[hit.start - 1].text.endswith("-"):  # "anti-Syria journalist"
                    break
                take(hit, left=True)
                start = hit.start
                j = hit.start - 1
                continue
            if hit.entry.kind == GROUP:
                # "White House press secretary", "Foreign Ministry spokesman"
                start = hit.start
                j = hit.start - 1
                continue
            break  # another title or a name: the phrase starts after it
        if tok.text in possessive and j - 1 >= sent_start and hit_at.get(j - 1) is not None:
            j -= 1
            continue
        if tok.lower_ in dets:
            definite = tok.lower_ in definite_words
            start = j
            break
        if tok.pos_ == "ADJ" or (tok.dep_ == "amod" and tok.text[:1].islower()):
            # "former", "junior", "top"; a portfolio adjective adds its sector
            extra = lex.roles.portfolios.get(tok.lower_)
            if extra:
                sectors.extend(s for s in extra if s not in sectors)
            start = j
            j -= 1
            continue
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("compound", "amod", "nmod") \
                and (tok.text[:1].isupper() or tok.dep_ == "compound"):
            # "Foreign Ministry spokesman", "Arab League Secretary General"
            start = j
            j -= 1
            continue
        break
    # portfolios inside the role phrase itself ("defence minister")
    for k in range(role_hit.start, role_hit.end):
        extra = lex.roles.portfolios.get(doc[k].lower_)
        if extra:
            sectors.extend(s for s in extra if s not in sectors)

    # role text: from the role word to the end, national adjectives left out
    while end > role_hit.end and doc[end - 1].lower_ in preps | dets:
        end -= 1
    # lower-case modifiers written before the role belong to it ("foreign policy chief"), except
    # temporal ones ("former", "new", "ancien")
    role_start = role_hit.start
    while role_start > start \
            and doc[role_start - 1].lower_ not in temporal and doc[role_start - 1].lower_ not in dets \
            and doc[role_start - 1].pos_ in ("NOUN", "ADJ", "PROPN") and (role_start - 1) not in absorbed:
        role_start -= 1
    words = [t for t in doc[role_start:end] if t.i not in excluded]
    role_text = "".join(t.text_with_ws for t in words).strip() if words else doc[role_hit.start:role_hit.end].text
    if affiliation is None and affiliation_start:
        affiliation = doc[affiliation_start[0]:end].text
    return Title(
        start=start,
        end=end,
        role_hit=role_hit,
        role_text=role_text,
        sectors=sectors,
        country=role.country or org_country or country,
        affiliation=affiliation,
        rank=role.rank,
        weak=role.weak,
        home_official=role.home_official,
        plural=role_hit.entry.plural,
        definite=definite,
        modifier_country=modifier,
        office_country=role.country is not None,
        absorbed=absorbed,
    )


__all__ = ["Title", "build_title", "sentence_bounds"]
