"""Phrase matchers over every actor name, adjective, title and group noun of one language.

Built once per component instance; ``Gazetteer.find(doc)`` returns non-overlapping hits (longest first,
then by kind priority) and a token -> hit index.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from veille.analyze.actors._lexicon import Lexicon, RoleEntry

# kinds of hits, by priority when two entries cover the same tokens
ORG = "org"
STATE = "state"
REGION = "region"
ADJ = "adj"
CAPITAL = "capital"
ROLE = "role"
GROUP = "group"
ANAPHOR = "anaphor"
AREA = "area"  # an area of several states ("Latin America"): it takes its tokens and names no actor
_PRIORITY = {ORG: 0, STATE: 1, REGION: 2, ADJ: 3, CAPITAL: 4, ROLE: 5, GROUP: 6, ANAPHOR: 7, AREA: 8}


@dataclass(slots=True, frozen=True)
class Entry:
    kind: str
    code: str  # iso3, org id, sector (groups), role index or an anaphor's surface (Lexicon.org_anaphors)
    sector: str | None = None  # capitals: the sector of the metonym
    plural: bool = False  # roles: a plural title ("les ministres") names no single person


@dataclass(slots=True)
class Hit:
    start: int  # token indices
    end: int
    entry: Entry


def _case_variants(text: str) -> list[str]:
    out = [text]
    if text[:1].islower():
        out.append(text[:1].upper() + text[1:])
    bare = _bare_capital(text)
    if bare != text:
        out.append(bare)
    return out


def _bare_capital(text: str) -> str:
    """The name with its capitals written without their accents, as French wire copy and many newspapers
    write capitals (« l'Egypte », « l'Equateur », « les Etats-Unis », « l'Elysée »), also inside a name
    (« l'Organisation des Etats américains »)."""
    return "".join(unicodedata.normalize("NFD", c)[0] if c.isupper() else c for c in text)


def _word_acronym(text: str) -> list[str]:
    """An acronym read as a word is also written as one ("CEDEAO" -> "Cedeao", "OTAN" -> "Otan", "NATO" ->
    "Nato": French and British press style); from four letters, so that no short word is taken for one."""
    return [text[0] + text[1:].lower()] if len(text) >= 4 and text.isalpha() and text.isupper() else []


class Gazetteer:
    """All surface forms of one language, compiled into two PhraseMatchers (case-sensitive names,
    case-insensitive titles and group nouns)."""

    def __init__(self, nlp: Language, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._entries: dict[str, Entry] = {}
        self._names = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._words = PhraseMatcher(nlp.vocab, attr="LOWER")
        names: dict[str, list[str]] = {}
        words: dict[str, list[str]] = {}

        def add(table: dict[str, list[str]], entry: Entry, surfaces: list[str]) -> None:
            key = f"{entry.kind}|{entry.code}|{entry.sector}|{entry.plural}"
            self._entries[key] = entry
            table.setdefault(key, []).extend(surfaces)

        for surface, iso3 in lexicon.state_names.items():
            add(names, Entry(STATE, iso3), _case_variants(surface))
        for surface, iso3 in lexicon.region_names.items():
            add(names, Entry(REGION, iso3), _case_variants(surface))
        add(names, Entry(AREA, ""), [v for n in lexicon.supranational_names for v in _case_variants(n)])
        for surface, iso3 in lexicon.adjectives.items():
            add(names, Entry(ADJ, iso3), _case_variants(surface))
        for surface, (iso3, sector) in lexicon.capitals.items():
            add(names, Entry(CAPITAL, iso3, sector), _case_variants(surface))
        for surface, org_id in lexicon.org_names.items():
            add(names, Entry(ORG, org_id), _case_variants(surface) + _word_acronym(surface))
        for surface in lexicon.org_anaphors:
            add(names, Entry(ANAPHOR, surface), _case_variants(surface))

        group_nouns = lexicon.group_nouns
        for i, role in enumerate(lexicon.roles.roles):
            add(words, Entry(ROLE, str(i)), [role.phrase])
            plural = lexicon.morphology.title_plural(role.phrase)
            if plural and plural.lower() not in group_nouns and plural != role.phrase:
                add(words, Entry(ROLE, str(i), plural=True), [plural])
        for phrase, sector in group_nouns.items():
            add(words, Entry(GROUP, sector), [phrase])

        tokenizer = nlp.tokenizer  # Language types it as a callable (Tokenizer.pipe is this same loop)
        for key, surfaces in names.items():
            self._names.add(key, [tokenizer(s) for s in dict.fromkeys(surfaces)])
        for key, surfaces in words.items():
            self._words.add(key, [tokenizer(s) for s in dict.fromkeys(s.lower() for s in surfaces)])

    def role(self, entry: Entry) -> RoleEntry:
        return self.lexicon.roles.roles[int(entry.code)]

    def find(self, doc: Doc) -> list[Hit]:
        """Non-overlapping hits in text order."""
        raw = []
        vocab = doc.vocab
        for match_id, start, end in [*self._names(doc), *self._words(doc)]:
            entry = self._entries[vocab.strings[match_id]]
            raw.append((start, end, entry))
        # among identical spans keep the highest-priority entry
        best: dict[tuple[int, int], Entry] = {}
        for start, end, entry in raw:
            key = (start, end)
            if key not in best or _PRIORITY[entry.kind] < _PRIORITY[best[key].kind]:
                best[key] = entry
        # longest first; among equally long overlapping spans, the higher-priority kind
        order = sorted(best, key=lambda se: (se[0] - se[1], _PRIORITY[best[se].kind], se[0]))
        taken: set[int] = set()
        out: list[Hit] = []
        for start, end in order:
            if any(i in taken for i in range(start, end)):
                continue
            taken.update(range(start, end))
            if best[(start, end)].kind != AREA:
                out.append(Hit(start, end, best[(start, end)]))
        out.sort(key=lambda h: h.start)
        return out
