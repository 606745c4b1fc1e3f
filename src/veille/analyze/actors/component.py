"""The ``veille_actors`` spaCy component: who is who in one document.

What it writes: ``doc._.veille_actors``, an :class:`ActorTable` whose actors carry every mention
(character offsets into ``doc.text``).

Modelling choices (ids are stable across documents; the store merges on them):

- **States** (``kind="country"``, ``id`` = ISO 3166-1 alpha-3, ``sector=[]``, ``name`` = the CLDR name in
  the display language, English by a stated choice (``data/places/sources.yaml``), whatever the document's
  language): names, short names and aliases (CLDR/pycountry + ``data/places/country_names.tsv``),
  adjectives and demonyms in every inflection (``data/lang/<code>/actors/adjectives.tsv`` and
  ``morphology.yaml``) when they do not qualify a person or a group, and regions that stand for a state.
- **Governments as metonyms**: a capital or seat of government used as an actor ("Pékin revendique",
  "Moscow said") is the group ``group:<ISO3>:GOV`` (``kind="group"``, ``country=<ISO3>``,
  ``sector=["GOV"]``). After a locative preposition ("à Pékin", "in Moscow") a capital is a place, not an
  actor. The same group id collects "le gouvernement chinois", "Chinese authorities", "the Khartoum
  government": a state's government is distinct from the state itself.
- **International organisations** (``kind="organization"``, ``igo=True``): ``id`` = ``country`` = English
  acronym (NATO, EU, UN, UNSC, G7, IAEA ...). Anaphors ("l'Alliance", "the Union", "the bloc") resolve to an
  organisation only when the document names it: of the organisations sharing one, the one named last before it.
- **NGOs** (``kind="organization"``, ``igo=False``): ``id`` = their usual acronym (ICRC, AMNESTY, MSF),
  ``country="NGO"`` (the PLOVER code for non-governmental organisations), sector by field (MED ...).
- **Named armed/political groups** (Hamas, Taliban, Houthis ...): ``kind="organization"``, ``id`` = their
  name in capitals, ``country`` = ISO3 of their base (``IMG`` for international militant groups),
  sector REB/PTY/PRM.
- **Groups without a name** ("l'armée russe", "Israeli troops", "des manifestants"): ``kind="group"``,
  ``id="group:<ISO3 or org code or X>:<SECTOR>"``.
- **People** (``kind="person"``, ``id="person:<slug of the full name>"``): name from the NER, role,
  country and affiliation from a title phrase linked by position and parse ("le ministre japonais de la
  Défense, le général X", "X, Japan's defence minister", "President X"). An explicit title outranks a bare
  rank word next to the name (the rank may be a translation artefact: "le général Nakatani" for the
  minister Gen Nakatani). Later mentions (surname, "le ministre" with the same title, "il"/"he" when a
  single person is in reach) join the same actor. A title with a country but no name ("a Russian
  official", "Montenegro's prime minister") becomes the group ``group:<ISO3>:<SECTOR>``; a bare local official
  (« le préfet », "the mayor": ``home_officials`` in roles.yaml) the group ``group:X:<SECTOR>``, which the events
  stage gives the article's home country.
"""

from __future__ import annotations

import logging
from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from veille.analyze.actors._gazetteer import (
    ADJ,
    ANAPHOR,
    CAPITAL,
    GROUP,
    ORG,
    REGION,
    ROLE,
    STATE,
    Gazetteer,
    Hit,
)
from veille.analyze.actors._lexicon import Lexicon, cameo_country_codes, load_lexicon, load_yaml
from veille.analyze.actors._phoenix import role_on
from veille.analyze.actors._titles import Title, build_title, sentence_bounds
from veille.analyze.actors.table import ActorTable
from veille.analyze.extensions import doc_ents, doc_text, doc_words, register_extensions
from veille.analyze.places import person_or_place
from veille.contract.models import Actor, Span
from veille.ids import person_id

log = logging.getLogger(__name__)

register_extensions()

_PERSON_LABELS = {"PER", "PERSON"}
# entity labels a tagger gives a famous surname alone by mistake ("Trump" ORG, "Erdogan" GPE)
_NAME_LABELS_OF_SURNAMES = {"ORG", "GPE"}
_SURNAME_LETTERS = 4  # a shorter surname alone ("Abe", "Un", "Yi") names too many other things
_FREE_GROUP_SECTORS = {"NGO", "CVL", "REB", "REF", "PRM", "LAB", "AGR", "OPP", "JRN", "MED", "EDU", "PTY"}
# the state's agents ("police", "the court", "the army", "the government", "the Senate"): an actor even without
# a country when the noun heads its phrase (not "the police station"); the events stage gives such actors the
# article's home country
_STATE_GROUP_SECTORS = {"COP", "JUD", "MIL", "GOV", "LEG"}
# labels of PLOVER sectors, in the display language (data/actors/context_words.yaml; read-only)
_SECTOR_LABELS: dict[str, str] = dict(load_yaml("context_words.yaml")["sector_labels"])


@dataclass(slots=True)
class _Draft:
    actor: Actor
    first: int  # char offset of the first mention, for ordering
    role_head: str | None = None  # role entry index of a person's title
    bare_title_at: int | None = None  # char offset of the first name given that title with no country ("President X")
    name_tokens: tuple[str, ...] = ()
    spans: set[tuple[int, int]] = field(default_factory=set)


class _DocActors:
    """Accumulates actors and mentions for one document."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.drafts: dict[str, _Draft] = {}
        self.covered: set[int] = set()  # tokens already part of a mention
        self.persons: list[_Draft] = []
        self.linked_titles: set[int] = set()  # role-hit starts of titles tied to a name
        # mentions that name nobody by themselves, given their actor by the discourse ("the president": the office
        # tied to a state before), as (start, end) characters
        self.described: set[tuple[int, int]] = set()
        self.sents = sentence_bounds(doc)
        self.sent_of = [0] * len(doc)
        for k, (s, e) in enumerate(self.sents):
            for i in range(s, e):
                self.sent_of[i] = k

    def mention(self, actor: Actor, start_tok: int, end_tok: int, cover: bool = True) -> _Draft:
        draft = self.drafts.get(actor.id)
        span = self.doc[start_tok:end_tok]
        if draft is None:
            draft = _Draft(actor=actor, first=span.start_char)
            self.drafts[actor.id] = draft
        key = (span.start_char, span.end_char)
        inner = [k for k in draft.spans if key[0] <= k[0] and k[1] <= key[1] and k != key]
        if inner:  # a longer mention of the same actor replaces the ones it contains
            draft.spans.difference_update(inner)
            draft.actor.mentions = [m for m in draft.actor.mentions if (m.start, m.end) not in inner]
        if not any(k[0] <= key[0] and key[1] <= k[1] for k in draft.spans):
            draft.spans.add(key)
            draft.actor.mentions.append(Span(start=span.start_char, end=span.end_char, text=span.text))
            draft.first = min(draft.first, span.start_char)
        if cover:
            self.covered.update(range(start_tok, end_tok))
        return draft

    def table(self) -> ActorTable:
        actors = []
        for draft in sorted(self.drafts.values(), key=lambda d: d.first):
            draft.actor.mentions.sort(key=lambda m: (m.start, m.end))
            actors.append(draft.actor)
        return ActorTable(actors=actors, described=frozenset(self.described))


def _group_modifier(doc: Doc, hit: Hit, hit_at: dict[int, Hit]) -> Hit | None:
    """A group noun compounded right before the group noun of ``hit`` ("Government troops", "Army soldiers",
    "Rebel fighters"): one group with it, named by the head noun."""
    if hit.start == 0:
        return None
    mod = hit_at.get(hit.start - 1)
    if mod is None or mod.entry.kind != GROUP or mod.end != hit.start:
        return None
    tok = doc[mod.end - 1]
    return mod if tok.dep_ == "compound" and tok.head.i in range(hit.start, hit.end) else None


class ActorsComponent:
    """Finds the actors of a document (see the module docstring for the model)."""

    def __init__(self, nlp: Language, name: str = "veille_actors", lang: str | None = None) -> None:
        self.name = name
        self.lang = lang or nlp.lang
        # names the NER called people that are places ("near Goma"): the places stage's rule, shared
        self.person_or_place = person_or_place(self.lang)
        self.lexicon: Lexicon = load_lexicon(self.lang)  # a registry language; its own words only
        self.words = self.lexicon.words
        self.gaz = Gazetteer(nlp, self.lexicon)
        # one-word titles as written, abbreviations included ("Sen.", "Rep.", which the phrase matcher, reading
        # them tokenized alone, does not find)
        self.title_words = frozenset(r.phrase.lower() for r in self.lexicon.roles.roles if " " not in r.phrase)

    # --- entry point -----------------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        doc._.veille_actors = self.analyse(doc)
        return doc

    def pipe(self, docs, batch_size: int = 128):  # noqa: ANN001, ANN201 - spaCy protocol
        for doc in docs:
            yield self(doc)

    def analyse(self, doc: Doc) -> ActorTable:
        if not doc.has_annotation("DEP"):
            log.debug("veille_actors: document without a parse; titles are linked by position only")
        hits = self.gaz.find(doc)
        hit_at: dict[int, Hit] = {}
        for hit in hits:
            for i in range(hit.start, hit.end):
                hit_at[i] = hit
        acc = _DocActors(doc)
        names = self._person_names(doc, hit_at)
        name_tokens = {i for s, e in names for i in range(s, e)}
        titles = {
            hit.start: build_title(doc, hit, hit_at, self.gaz, name_tokens, acc.sents[acc.sent_of[hit.start]])
            for hit in hits
            if hit.entry.kind == ROLE and self._is_nominal(doc, hit)
        }
        self._people(doc, names, titles, hit_at, acc)
        self._groups(doc, hits, hit_at, acc)
        self._unnamed_titles(doc, titles, hit_at, acc)
        self._names(doc, hits, hit_at, acc)
        self._compass_shorthands(doc, acc)
        self._later_mentions(doc, acc)
        return acc.table()

    def _compass_shorthands(self, doc: Doc, acc: _DocActors) -> None:
        """"the North", "the South": the country whose name opens with the word, named last before it ("South
        Korea suspended aid to the North": North Korea); never a word of a longer name ("the North Atlantic")."""
        words = self.words.compass_words
        if not words:
            return
        # (the words by their hashes, one array per document: no Token object per token of the text)
        strings = doc.vocab.strings
        wanted = {strings[w] for w in words if w in strings}
        lower = doc.to_array(LOWER).tolist()
        for i in [i for i, h in enumerate(lower) if h in wanted]:
            tok = doc[i]
            if not tok.text[:1].isupper() or i in acc.covered or i == 0 or doc[i - 1].lower_ not in self.words.definite:
                continue
            if tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper():
                continue
            prefix = tok.lower_ + " "
            best: tuple[int, Actor] | None = None
            for draft in acc.drafts.values():
                actor = draft.actor
                if actor.kind != "country" or not actor.name.lower().startswith(prefix):
                    continue
                before = [m.start for m in actor.mentions if m.end <= tok.idx]
                if before and (best is None or max(before) > best[0]):
                    best = (max(before), actor)
            if best is not None:
                acc.mention(best[1], tok.i, tok.i + 1)

    @staticmethod
    def _is_nominal(doc: Doc, hit: Hit) -> bool:
        """A title word used as a noun ("the official said"), not as an adjective ("the official agency")."""
        root = doc[hit.start:hit.end].root
        return root.pos_ in ("NOUN", "PROPN", "X") or root.text[:1].isupper()

    # --- people ----------------------------------------------------------------------------------

    def _person_names(self, doc: Doc, hit_at: dict[int, Hit]) -> list[tuple[int, int]]:
        """Token spans of person names: NER persons trimmed of titles, plus capitalised words after a title."""
        honorifics = self.lexicon.roles.honorifics
        out: list[tuple[int, int]] = []
        words: list[str] | None = None
        for ent in doc_ents(doc):
            if ent.label_ not in _PERSON_LABELS:
                continue
            if words is None:  # (the strings by their hashes: a Token object per word costs more)
                words = doc_words(doc)
            s, e = ent.start, ent.end
            while s < e and (s in hit_at or doc[s].lower_ in honorifics or not doc[s].text[:1].isupper()) \
                    and not self._given_name(doc, hit_at, s, e):
                s += 1
            while e > s and (doc[e - 1].text in self.words.possessives or doc[e - 1].is_punct):
                e -= 1
            if s >= e:
                continue
            if any(doc[i].is_digit or doc[i].is_punct and doc[i - 1].whitespace_ for i in range(s + 1, e)):
                continue  # "Oct 4 - European Union" (a dateline): a name holds no number and no spaced dash
            # a person name that is wholly a state, capital or organisation name is not a person
            if all(i in hit_at and hit_at[i].entry.kind != ROLE for i in range(s, e)):
                continue
            if self.person_or_place.at_mention(words, s, e, doc[s:e].text):
                continue  # "near Goma": a place
            out.append((s, e))
        out += self._surnames_taken_for_names(doc, hit_at, words)
        # capitalised words right after a title that the NER missed ("President Obama")
        taken = {i for s, e in out for i in range(s, e)}
        for i in range(len(doc)):
            hit = hit_at.get(i)
            if hit is None or hit.entry.kind != ROLE or hit.end != i + 1 or hit.entry.plural \
                    or not self._is_nominal(doc, hit):
                continue
            j = hit.end
            while j < len(doc) and (doc[j].lower_ in honorifics
                                    or (j in hit_at and hit_at[j].entry.kind == ADJ and doc[j].text[:1].islower())):
                j += 1  # "son homologue chinois Wang Yi"
            # a state's name that is a given name before a name particle (« le Premier ministre Dominique de
            # Villepin »): the name's start, not the state
            k = j + 3 if self._given_name(doc, hit_at, j, j + 3) and j + 2 not in hit_at else j
            while k < len(doc) and self._name_word(doc, k, hit_at, taken) and (k > j or not doc[k].is_sent_start):
                k += 1
            if k > j:
                # the tagger's person name right after the run is the rest of it ("le chef de l'Etat Ilham" +
                # "Heydar Aliyev")
                rest = next(((s, e) for s, e in out if s == k), None)
                if rest is not None and all(doc[i].text.istitle() and doc[i].text[-1].isalpha() for i in range(j, k)):
                    # (words written as a given name: not an acronym, « l'UDF Philippe Douste-Blazy »)
                    out.remove(rest)
                    k = rest[1]
                out.append((j, k))
                taken.update(range(j, k))
        return sorted(set(out))

    def _name_word(self, doc: Doc, k: int, hit_at: dict[int, Hit], taken: set[int]) -> bool:
        """A capitalised word of a name after a title: a proper noun, or a capitalised word the tagger took for
        another part of speech inside the name ("Tayyip" of « Recep Tayyip Erdogan ») when a proper noun of
        the name follows it."""
        def free_capital(i: int) -> bool:
            return i < len(doc) and doc[i].text[:1].isupper() and i not in hit_at and i not in taken \
                and doc[i].lower_ not in self.words.institution_nouns and not doc[i].is_punct
        if not free_capital(k):
            return False
        if doc[k].pos_ == "PROPN":
            return True
        return doc[k].pos_ in ("ADJ", "NOUN", "X") and free_capital(k + 1) and doc[k + 1].pos_ == "PROPN" \
            and not doc[k].is_sent_start

    def _surnames_taken_for_names(self, doc: Doc, hit_at: dict[int, Hit], words: list[str] | None
                                  ) -> list[tuple[int, int]]:
        """Token spans of a well-known public figure's name (data/actors/people.tsv) that the NER took for an
        organisation or a place, or left out of every entity ("Trump threatened China", "Erdogan accused Greece",
        "Carly Fiorina endorsed Cruz" tagged ORG or GPE; "Rubio praised Cruz" untagged): the surname, a proper
        noun of _SURNAME_LETTERS letters or more heading its phrase, with the person's listed given name before
        it when the text writes one, the whole of its entity if it has one, that no state, capital or
        organisation of the registry names and that stands in no place's position ("near Goma")."""
        out: list[tuple[int, int]] = []
        ent_at = {i: ent for ent in doc_ents(doc) for i in range(ent.start, ent.end)}
        for tok in doc:
            ent = ent_at.get(tok.i)
            if ent is not None and (ent.label_ not in _NAME_LABELS_OF_SURNAMES or ent.end != tok.i + 1):
                continue
            if tok.i in hit_at or tok.dep_ == "compound" or not tok.is_title or len(tok.text) < _SURNAME_LETTERS \
                    or tok.text not in self.lexicon.people or (ent is None and tok.pos_ != "PROPN"):
                continue
            start = tok.i - 1 if self._listed_given_name(doc, tok, ent_at) else tok.i
            if ent is not None and ent.start != start:
                continue
            if ent is None and start == tok.i and tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN" \
                    and doc[tok.i - 1].is_title:
                continue  # the last word of another name the NER missed ("Santa Cruz")
            if words is None:
                words = doc_words(doc)
            if self.person_or_place.at_mention(words, start, tok.i + 1, doc[start:tok.i + 1].text):
                continue
            out.append((start, tok.i + 1))
        return out

    def _listed_given_name(self, doc: Doc, surname: Token, ent_at: dict[int, TokenSpan]) -> bool:
        """The word before a listed surname is a given name people.tsv lists with it ("Carly" of "Carly Fiorina"),
        in the surname's entity or in none."""
        i = surname.i - 1
        return i >= 0 and ent_at.get(i) is ent_at.get(surname.i) and any(
            doc[i].text in full[:-1] for full, _iso3 in self.lexicon.people[surname.text])

    def _given_name(self, doc: Doc, hit_at: dict[int, Hit], s: int, e: int) -> bool:
        """The one-word state name opening a person's name is a given name when a name particle follows it in
        the name and no article precedes it (« Dominique de Villepin »; Dominica is « la Dominique »)."""
        hit = hit_at.get(s)
        return hit is not None and hit.entry.kind == STATE and hit.end == s + 1 < e - 1 \
            and doc[s + 1].lower_ in self.words.genitive and doc[s + 2].text[:1].isupper() \
            and not (s > 0 and doc[s - 1].lower_ in self.words.definite)

    def _title_before(self, doc: Doc, name_start: int, titles: dict[int, Title]) -> tuple[Title | None, Title | None]:
        """(explicit title, rank) written just before a name: "le ministre X, le général Y", "President Y"."""
        honorifics = self.lexicon.roles.honorifics
        by_end = {t.end: t for t in titles.values()}
        j = name_start
        while j > 0 and doc[j - 1].lower_ in honorifics:
            j -= 1
        rank: Title | None = None
        explicit: Title | None = None
        title = by_end.get(j)
        if title is not None and title.rank:
            rank = title
            j = title.start
            title = by_end.get(j)
        if title is None and j > 0 and doc[j - 1].text == ",":
            title = by_end.get(j - 1)
        if title is not None and not title.rank and not title.plural:
            explicit = title
        elif title is not None and title.rank and rank is None:
            rank = title
        return explicit, rank

    def _title_after(self, doc: Doc, name_end: int, titles: dict[int, Title], linked: set[int]) -> Title | None:
        """An appositive title after the name: "X, Japan's defence minister"."""
        if name_end >= len(doc) or doc[name_end].text != ",":
            return None
        for title in titles.values():
            if title.start in (name_end + 1, name_end + 2) and title.role_hit.start not in linked \
                    and not title.plural and not title.rank:
                return title
        return None

    def _people(self, doc: Doc, names: list[tuple[int, int]], titles: dict[int, Title],
                hit_at: dict[int, Hit], acc: _DocActors) -> None:
        linked: set[int] = set()  # role-hit starts of titles tied to a name
        # (mention start, mention end, title, name span): a name with the title before it, and an
        # appositive title after a name as a mention of its own
        entries: list[tuple[int, int, Title | None, tuple[int, int]]] = []
        for s, e in names:
            explicit, rank = self._title_before(doc, s, titles)
            title = explicit
            if title is None:
                title = self._title_after(doc, e, titles, linked)
            if title is None:
                title = rank
            if title is not None and title.weak and title.country is None and title.end != s:
                title = None
            start = s
            for t in (explicit, rank):
                if t is not None and t.end <= s:
                    start = min(start, t.start)
                    linked.add(t.role_hit.start)
            if title is not None:
                linked.add(title.role_hit.start)
            entries.append((start, e, title, (s, e)))
            if title is not None and title.start >= e:
                entries.append((title.start, title.end, title, (s, e)))
        acc.linked_titles = linked
        persons: list[_Draft] = []
        owner_of: dict[tuple[int, int], _Draft] = {}
        for start, end, title, name_span in sorted(entries, key=lambda x: (x[0], x[1])):
            if start >= name_span[1]:  # the appositive title after its name
                draft = owner_of.get(name_span)
                if draft is not None:
                    acc.mention(draft.actor, start, end)
                continue
            s, e = name_span
            tokens = tuple(t.text for t in doc[s:e])
            draft = self._match_person(tokens, persons)
            if draft is None:
                full = doc[s:e].text
                actor = Actor(id=person_id(full), name=full, kind="person")
                draft = acc.mention(actor, start, end)
                draft.name_tokens = tokens
                persons.append(draft)
            else:
                acc.mention(draft.actor, start, end)
            owner_of[name_span] = draft
            if title is not None and draft.actor.role is None:
                self._apply_title(draft, title)
            if title is not None and title.country is None and title.head == draft.role_head \
                    and draft.bare_title_at is None:
                draft.bare_title_at = doc[start].idx
            elif title is not None and draft.actor.country is None and title.country is not None:
                # "President X ... Colombian President X": the later title says whose president
                draft.actor.country = title.country
                draft.actor.affiliation = draft.actor.affiliation or title.affiliation
        when = getattr(doc._.veille_ctx, "published", None)
        for draft in persons:
            if draft.actor.country is None:
                self._party_label(doc, draft)
            if draft.actor.country is None:
                draft.actor.country = self._party_before(doc, draft, hit_at)
            if draft.actor.country is None:
                draft.actor.country = self._known_country(draft.name_tokens)
            if draft.actor.country is None:
                # (only a name of one word may be a surname: the mentions are checked for those alone)
                one_word = " " not in draft.actor.name.strip()
                self._dated_role(draft.actor, when, surname=one_word and self._named_as_person(doc, draft))
        acc.persons = persons

    def _party_label(self, doc: Doc, draft: _Draft) -> None:
        """A person whose name is followed by a legislator's party-and-state label ("Sen. X (D-Iowa)", "Rep. Y,
        R-Texas,") is that country's legislator."""
        text = doc_text(doc)  # (not doc.text: spaCy joins the tokens anew at every access, here once per person)
        for country, pattern in self.words.party_labels:
            if any(pattern.match(text, end) for _start, end in draft.spans):
                draft.actor.country = country
                if not draft.actor.sector:
                    draft.actor.sector = ["LEG"]
                return

    def _party_before(self, doc: Doc, draft: _Draft, hit_at: dict[int, Hit]) -> str | None:
        """The country of a party whose name opens the title before a person's name ("Republican presidential
        nominee X", "Democratic Sen. Y"): at most three title words between, the sentence naming no other
        country, and no capitalised word opening a longer name with the party's ("Social Democratic leader X";
        "Republican Guard commander X" stops at "Guard")."""
        for start, end in draft.spans:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or len(span) < len(draft.name_tokens):
                continue
            first, sent = span.end - len(draft.name_tokens), span.sent
            i = first - 1
            while i >= sent.start and first - i <= 3 and self._title_word(doc[i], hit_at.get(i)):
                i -= 1
            if i < sent.start or i == first - 1:
                continue
            country = next((c for c, words in self.words.party_words.items() if doc[i].text in words), None)
            if country is None or (i > sent.start and doc[i - 1].text[:1].isupper() and doc[i - 1].pos_ != "DET"):
                continue
            if not any(h is not None and h.entry.kind in (STATE, ADJ) and h.entry.code != country
                       for h in (hit_at.get(k) for k in range(sent.start, sent.end))):
                return country
        return None

    def _title_word(self, tok: Token, hit: Hit | None) -> bool:
        """A word of a title before a name: a role ("Sen.", "senator") or a lower-case noun or adjective
        ("presidential", "nominee")."""
        return (hit is not None and hit.entry.kind == ROLE) or tok.lower_ in self.title_words or (
            tok.is_lower and tok.pos_ in ("ADJ", "NOUN"))

    def _named_as_person(self, doc: Doc, draft: _Draft) -> bool:
        """Every mention of ``draft`` is a person for the tagger, heads its phrase and is placed nowhere: a word
        taken for a person that names a place ("in Kent") or qualifies a noun ("the Haqqani network") is no
        surname to look up."""
        words = doc_words(doc)
        found = [doc.char_span(start, end, alignment_mode="expand") for start, end in draft.spans]
        spans = [span for span in found if span is not None and len(span)]
        return bool(spans) and all(
            span[-1].ent_type_ in _PERSON_LABELS and span[-1].dep_ != "compound"
            and not self.person_or_place.placed(words, span.start, span.end) for span in spans)

    def _dated_role(self, actor: Actor, when, surname: bool = True) -> None:  # noqa: ANN001 - a date or None
        """Country and sector of a person listed in the Phoenix dictionaries, by the role held on the
        article's date (``AUSGOV`` -> AUS, GOV); a role in a listed organisation gives its code
        (``IGOUNOIAE`` -> IAEA), one in an international militant group the groups' ``IMG``. ``surname``: a
        name of one word may be looked up as the surname of a listed person in office."""
        code = role_on(actor.name, when, surname=surname)
        if code is None:
            return
        country = cameo_country_codes().get(code[:3], code[:3])
        if country not in self.lexicon.states:
            # a role in an organisation ("IGOUNOIAE": the IAEA's) or in a militant group ("IMGMUSALQ")
            org = self.lexicon.org_of_code(code)
            if org is not None:
                actor.country = org.country
                actor.affiliation = actor.affiliation or org.name
            elif country in self.lexicon.non_state_codes:
                actor.country = country
            return
        actor.country = country
        sector = code[3:6]
        if not actor.sector and sector.isalpha() and len(sector) == 3:
            actor.sector = [sector]

    def _known_country(self, tokens: tuple[str, ...]) -> str | None:
        """The country of a well-known person (data/actors/people.tsv) named without a national title."""
        if not tokens:
            return None
        words = " ".join(tokens).replace(" - ", "-").replace(" -", "-").replace("- ", "-").split()
        cands = self.lexicon.people.get(words[-1], [])
        if len(words) > 1:
            cands = [c for c in cands if words[0] in c[0][:-1]]
        if not cands and len(words[-1]) >= 6:
            # transliteration variants of a surname ("Bouteflicka", "Kadhafi"), with the same first name
            from rapidfuzz import fuzz

            cands = [c for key, items in self.lexicon.people.items() if key[:1] == words[-1][:1]
                     and fuzz.ratio(key, words[-1]) >= 88 for c in items
                     if len(words) > 1 and len(c[0]) > 1 and c[0][0] == words[0]]
        countries = {iso3 for _words, iso3 in cands}
        return countries.pop() if len(countries) == 1 else None

    @staticmethod
    def _match_person(tokens: tuple[str, ...], persons: list[_Draft]) -> _Draft | None:
        for p in persons:
            if tokens == p.name_tokens:
                return p
        # a particle opening a later mention is capitalised ("Karel van Damme" ... "Van Damme")
        folded = tuple(t.lower() for t in tokens)
        cands = [p for p in persons if len(tokens) < len(p.name_tokens)
                 and folded == tuple(t.lower() for t in p.name_tokens[-len(tokens):])]
        if not cands and len(tokens) == 1:  # a first name alone ("Maceo") when one person bears it
            cands = [p for p in persons if len(p.name_tokens) > 1 and p.name_tokens[0] == tokens[0]]
        # a fuller name after a surname alone ("Rutte" ... "Mark Rutte"); two full names that share an
        # ending are different people ("Hamdan bin Mohammed bin Rashid" vs "Mohammed bin Rashid")
        cands += [p for p in persons if len(p.name_tokens) == 1 and len(tokens) > 1 and p.name_tokens == tokens[-1:]]
        if len(cands) == 1:
            cand = cands[0]
            if len(tokens) > len(cand.name_tokens):  # a fuller name seen later becomes the name
                cand.name_tokens = tokens
                cand.actor.name = " ".join(tokens)
            return cand
        return None

    def _apply_title(self, draft: _Draft, title: Title) -> None:
        actor = draft.actor
        actor.role = title.role_text
        actor.sector = list(title.sectors)
        actor.country = title.country
        actor.affiliation = title.affiliation
        draft.role_head = title.head

    # --- titles without a name -------------------------------------------------------------------

    def _unnamed_titles(self, doc: Doc, titles: dict[int, Title], hit_at: dict[int, Hit], acc: _DocActors) -> None:
        tied: list[tuple[str, str, str]] = []  # (role head, country, sector) of the titles tied to a state so far
        for start_key in sorted(titles):
            title = titles[start_key]
            if title.role_hit.start in acc.linked_titles:
                continue
            if any(i in acc.covered for i in range(title.role_hit.start, title.role_hit.end)):
                continue
            if not title.plural and title.definite:
                # "le ministre", "the minister": the latest person with this title
                prior = [p for p in acc.persons if p.role_head == title.head and p.first < doc[title.start].idx
                         and (title.country is None or title.country == p.actor.country)]
                if title.country is None:
                    # "President X ... Y ... the Russian president ... the president": a title qualified by a
                    # country sets its holder apart; the bare title is the holder named before with it bare
                    at = doc[title.start].idx
                    prior = [p for p in prior if p.bare_title_at is not None and p.bare_title_at < at] or prior
                if prior:
                    acc.mention(prior[-1].actor, title.start, title.end)
                    continue
                untitled = [p for p in acc.persons if p.role_head is None and title.country is not None
                            and p.actor.country == title.country and p.first < doc[title.start].idx]
                if len(untitled) == 1 and not title.weak:
                    # "Tony Blair ... le Premier ministre britannique"
                    self._apply_title(untitled[0], title)
                    acc.mention(untitled[0].actor, title.start, title.end)
                    continue
                offices = {(country, sector) for head, country, sector in tied if head == title.head}
                if title.country is None and len(offices) == 1 and self._bare_title(doc, title):
                    # "Colombia's president ... The president accused": the office the article tied to one state
                    # (two states' holders before: nobody)
                    country, sector = offices.pop()
                    acc.mention(self._group_actor(country, sector), title.start, title.end)
                    acc.described.add((doc[title.start].idx, doc[title.end - 1].idx + len(doc[title.end - 1])))
                    continue
            if title.home_official and title.definite and not title.plural and title.country is None:
                # « le préfet a interdit », "the mayor condemned": the story's own official, of no country
                # here (the events stage gives the article's home country)
                sector = title.sectors[0] if title.sectors else "GOV"
                acc.mention(self._group_actor(None, sector), title.start, title.end)
                continue
            if title.country is None and title.affiliation is not None and not title.plural \
                    and any(hit_at.get(i) is not None and hit_at[i].entry.kind == GROUP
                            for i in range(title.role_hit.end, title.end)):
                # "a spokesman for the Foreign Ministry": a government, state unknown
                sector = title.sectors[0] if title.sectors else "GOV"
                acc.mention(self._group_actor(None, sector), title.start, title.end)
                continue
            if title.country is not None and (title.modifier_country or title.office_country):
                # "a Russian official", "Montenegro's prime minister" -> a group of the state's sector; "the
                # pope" -> the Holy See's
                sector = title.sectors[0] if title.sectors else "GOV"
                acc.mention(self._group_actor(title.country, sector), title.start, title.end)
                if not title.plural:
                    tied.append((title.head, title.country, sector))

    def _bare_title(self, doc: Doc, title: Title) -> bool:
        """The title is a definite determiner and the role alone ("the president", « le Premier ministre »): nothing
        of its own (not "the former president", "the president of the commission") says whose office it is."""
        hit = title.role_hit
        return title.end == hit.end and title.start == hit.start - 1 and doc[title.start].lower_ in self.words.definite

    # --- groups ----------------------------------------------------------------------------------

    def _group_actor(self, country: str | None, sector: str) -> Actor:
        if sector == "NGO":  # "a human rights group": an unnamed NGO
            return Actor(id="group:NGO", name="non-governmental organisation", kind="group", country="NGO")
        code = country or "X"
        if country in self.lexicon.states:
            place = self.lexicon.states[country].name
        elif country in self.lexicon.orgs:
            place = self.lexicon.orgs[country].name
        else:
            place = country or "unidentified"
        name = f"{place} {_SECTOR_LABELS.get(sector, sector)}"
        igo = bool(country in self.lexicon.orgs and self.lexicon.orgs[country].igo)
        return Actor(id=f"group:{code}:{sector}", name=name, kind="group", country=country, sector=[sector], igo=igo)

    def _groups(self, doc: Doc, hits: list[Hit], hit_at: dict[int, Hit], acc: _DocActors) -> None:
        heads = {m.start: h for h in hits if h.entry.kind == GROUP and (m := _group_modifier(doc, h, hit_at))}
        for hit in hits:
            if hit.entry.kind != GROUP or any(i in acc.covered for i in range(hit.start, hit.end)):
                continue
            if hit.start in heads and hit.entry.code in _STATE_GROUP_SECTORS:
                continue  # "Malian government troops": the head noun's group, with the country before it
            sector = hit.entry.code
            country, start, end = self._group_country(doc, hit, hit_at, acc)
            if sector == "NGO":
                country = None
            noun = doc[hit.start:hit.end].text.lower()
            modifier = _group_modifier(doc, hit, hit_at)  # "Government troops", "Rebel fighters"
            if modifier is not None and modifier.start in acc.covered:
                modifier = None  # a group of its own ("Opposition protesters": the opposition's)
            if modifier is not None and country is None:
                start = modifier.start
            bare = country is None and self._bare_state_agent(doc, hit, hit_at, noun, sector, modifier)
            definite = hit.start > 0 and doc[hit.start - 1].lower_ in self.words.definite
            if definite and (bare or country is None and sector in _FREE_GROUP_SECTORS and modifier is None):
                # "the Russian foreign ministry ... The ministry", "FARC rebels ... the rebels": the nearest
                # earlier one of its sector
                country = self._earlier_group_country(doc, hit, sector, acc)
            if country is None:
                # "government forces", "forces gouvernementales", "Rebel fighters"
                specific = " " in noun or "-" in noun or modifier is not None
                generic = noun in self.words.generic_group_nouns and modifier is None \
                    and not (definite and self._sector_named_before(doc, hit, sector, acc))
                if not bare and (generic or not (sector in _FREE_GROUP_SECTORS or specific)):
                    continue
            acc.mention(self._group_actor(country, sector), start, end)
            # "French and Egyptian warships", "US and British forces": each coordinated modifier
            k = start
            while country is not None and k >= 2 and doc[k - 1].lower_ in self.words.coordinators:
                h = hit_at.get(k - 2)
                if h is None or h.entry.kind not in (ADJ, STATE) or h.end != k - 1 or h.start in acc.covered:
                    break
                acc.mention(self._group_actor(h.entry.code, sector), h.start, h.end)
                k = h.start

    def _bare_state_agent(self, doc: Doc, hit: Hit, hit_at: dict[int, Hit], noun: str, sector: str,
                          modifier: Hit | None = None) -> bool:
        """A state agent noun heading its own phrase: "police arrested", "the court sentenced" (a noun too
        generic alone, "court", "forces", only after a definite determiner: "the court"; a definite plural,
        "the leaders", is left to the events stage, which takes it for the participants named before). A phrase with
        another name or demonym in it ("les dirigeants européens") is left to the other passes."""
        head = doc[hit.end - 1]
        if sector not in _STATE_GROUP_SECTORS or head.dep_ == "compound" or head.pos_ not in ("NOUN", "PROPN"):
            return False
        own = range(modifier.start if modifier is not None else hit.start, hit.end)
        if any(t.i in hit_at and t.i not in own for t in head.subtree):
            return False
        if any(c.dep_ in ("poss", "nmod:poss") or "Poss=Yes" in str(c.morph) for c in head.children):
            return False  # "the two countries' top diplomats", "its army": the owner is named elsewhere
        if any(c.dep_ in ("amod", "nmod", "prep") and c.i > head.i for c in head.children):
            # a following adjective or complement may name an owner the lexicon lacks ("les dirigeants
            # européens", "the leaders of the Pacific states")
            return False
        definite = hit.start > 0 and doc[hit.start - 1].lower_ in self.words.definite
        if definite and "Plur" in head.morph.get("Number", []) and noun not in self.words.force_plurals:
            return False  # "the leaders agreed": the participants named before (the events stage's reading)
        return definite or noun not in self.words.generic_group_nouns

    @staticmethod
    def _sector_named_before(doc: Doc, hit: Hit, sector: str, acc: _DocActors) -> bool:
        """Whether a group of this sector is mentioned before the hit: "Dock workers walked out ... the union"
        (a definite generic noun then names that group's body, not some other union)."""
        at = doc[hit.start].idx
        return any(draft.actor.kind == "group" and sector in draft.actor.sector
                   and any(m.end <= at for m in draft.actor.mentions) for draft in acc.drafts.values())

    @staticmethod
    def _earlier_group_country(doc: Doc, hit: Hit, sector: str, acc: _DocActors) -> str | None:
        """The country of the nearest group of this sector mentioned before the hit, if any."""
        at = doc[hit.start].idx
        best: tuple[int, str] | None = None
        for draft in acc.drafts.values():
            a = draft.actor
            if a.kind != "group" or a.country is None or sector not in a.sector:
                continue
            for m in a.mentions:
                if m.end <= at and (best is None or m.start > best[0]):
                    best = (m.start, a.country)
        return best[1] if best else None

    def _group_country(self, doc: Doc, hit: Hit, hit_at: dict[int, Hit],
                       acc: _DocActors) -> tuple[str | None, int, int]:
        """The state (or organisation) a group noun belongs to, and the span of the group mention."""
        start, end = hit.start, hit.end
        sent_start, sent_end = acc.sents[acc.sent_of[hit.start]]
        country: str | None = None

        def code_of(h: Hit) -> str | None:
            if h.entry.kind in (ADJ, STATE, REGION, CAPITAL):
                return h.entry.code
            if h.entry.kind == ORG:
                return self.lexicon.orgs[h.entry.code].country
            return None

        # left: "l'armée" <- no; "Israeli troops", "Algerian government forces", "Russia's army", "NATO troops"
        j = hit.start - 1
        while j >= sent_start and hit.start - j <= 4:
            h = hit_at.get(j)
            tok = doc[j]
            if h is not None and h.entry.kind in (ADJ, STATE, REGION, CAPITAL, ORG) and j not in acc.covered:
                if h.start > 0 and doc[h.start - 1].text.endswith("-"):  # "anti-Syria protesters"
                    break
                country = code_of(h)
                start = h.start
                break
            if tok.text in self.words.possessives or (tok.pos_ == "ADJ" and tok.text[:1].islower()) or \
                    (h is not None and h.entry.kind == GROUP):
                j -= 1
                continue
            if tok.pos_ in ("PROPN", "NOUN") and tok.dep_ in ("compound", "amod"):
                j -= 1
                continue
            break
        if country is None:
            # right: "l'armée russe", "les rebelles houthis", "le gouvernement de la Russie", "forces of Iraq"
            k = hit.end
            while k < sent_end and k - hit.end <= 3:
                h = hit_at.get(k)
                tok = doc[k]
                if h is not None and h.entry.kind in (ADJ, STATE, REGION, CAPITAL, ORG) and k not in acc.covered:
                    via_prep = k > hit.end and any(doc[m].lower_ in self.words.genitive
                                                   for m in range(hit.end, k))
                    # "les rebelles houthis"; "les rebelles des FARC" (a group of the organisation's own kind)
                    named = h.entry.kind == ORG and (
                        k == hit.end or via_prep and hit.entry.code in self.lexicon.orgs[h.entry.code].sector)
                    if h.entry.kind == ADJ or (via_prep and h.entry.kind != ORG) or named:
                        country = code_of(h)
                        end = h.end
                    break
                if tok.lower_ in self.words.genitive or tok.lower_ in self.words.definite or \
                        (tok.pos_ == "ADJ" and tok.text[:1].islower()):
                    k += 1
                    continue
                break
        return country, start, end

    # --- names of states, organisations, capitals ------------------------------------------------

    def _names(self, doc: Doc, hits: list[Hit], hit_at: dict[int, Hit], acc: _DocActors) -> None:
        lex = self.lexicon
        org_spans = [(e.start + _leading_determiners(e), e.end) for e in doc_ents(doc) if e.label_ == "ORG"]
        persons = [(e.start, e.end) for e in doc_ents(doc) if e.label_ in _PERSON_LABELS]
        # (a name's leading article is no part of it: "The White House" is the seat of government itself, "The
        # Washington Post" still a longer name than "Washington")
        longer = [(e.start + _leading_determiners(e), e.end) for e in doc_ents(doc) if e.label_ not in ("GPE", "LOC")]
        anaphors: list[Hit] = []
        # the surnames of the people named in full: "Hollande" after "François Hollande" is him, not Holland
        surnames = {p.name_tokens[-1] for p in acc.persons if len(p.name_tokens) > 1 and p.name_tokens[-1].istitle()}
        for hit in hits:
            kind = hit.entry.kind
            if kind in (ROLE, GROUP):
                continue
            if any(i in acc.covered for i in range(hit.start, hit.end)):
                continue
            if hit.end - hit.start == 1 and doc[hit.start].text in surnames:
                continue
            if kind == ANAPHOR:
                anaphors.append(hit)
                continue
            if kind in (STATE, CAPITAL, REGION) and any(
                    s <= hit.start and hit.end <= e and (e - s) > (hit.end - hit.start) for s, e in persons):
                continue  # "George Washington", "Maurice Dupont"
            if kind in (STATE, REGION, ADJ):
                iso3 = hit.entry.code
                actor = Actor(id=iso3, name=lex.states[iso3].name, kind="country", country=iso3)
                acc.mention(actor, hit.start, hit.end)
            elif kind == CAPITAL:
                if any(s <= hit.start and hit.end <= e and (e - s) > (hit.end - hit.start) for s, e in longer):
                    continue  # "Paris Saint-Germain", "The Washington Post"
                if self._is_metonym(doc, hit):
                    actor = self._group_actor(hit.entry.code, hit.entry.sector or "GOV")
                    acc.mention(actor, hit.start, hit.end)
            elif kind == ORG:
                org = lex.orgs[hit.entry.code]
                if doc[hit.start:hit.end].text.lower() in org.namesakes and _national_body(
                        doc, hit, hit_at, org_spans, None if org.igo else org.country, self.words.genitive):
                    continue
                actor = Actor(id=org.id, name=org.name, kind="organization", country=org.country,
                              sector=list(org.sector), igo=org.igo)
                acc.mention(actor, hit.start, hit.end)
        named_at: dict[str, list[int]] = {}
        for h in hits:
            if h.entry.kind == ORG:
                named_at.setdefault(h.entry.code, []).append(h.start)
        for hit in anaphors:
            org_id = _antecedent(lex.org_anaphors[hit.entry.code], hit.start, named_at)
            if org_id is not None:
                org = lex.orgs[org_id]
                actor = Actor(id=org.id, name=org.name, kind="organization", country=org.country,
                              sector=list(org.sector), igo=org.igo)
                acc.mention(actor, hit.start, hit.end)

    def _is_metonym(self, doc: Doc, hit: Hit) -> bool:
        """A capital used as an actor: not after a locative preposition, not a modifier of a place noun."""
        first = doc[hit.start]
        locatives, place_nouns = self.words.locatives, self.words.place_nouns
        if hit.start > 0 and doc[hit.start - 1].lower_ in locatives:
            return False
        if hit.start > 1 and doc[hit.start - 2].lower_ in locatives and doc[hit.start - 1].pos_ in ("ADJ", "DET"):
            return False
        if hit.start > 1 and doc[hit.start - 1].lower_ in self.words.genitive and (
                doc[hit.start - 2].lower_ in place_nouns or doc[hit.start - 2].lemma_.lower() in place_nouns):
            return False  # "place de Londres", "la cour d'appel de Paris", "the mayor of Kyiv", "les rues de Paris"
        if hit.end < len(doc) and doc[hit.end].pos_ == "PROPN" and doc[hit.end].text[:1].isupper():
            return False  # part of a longer name: "Paris Saint-Germain", "Moscow State University"
        if hit.end < len(doc) and doc[hit.end].lower_ in place_nouns:
            return False  # "Paris region", "Kabul airport"
        root = doc[hit.start:hit.end].root
        if any(c.dep_ == "case" and c.lower_ in locatives for c in root.children):
            return False
        if root.dep_ == "pobj" and root.head.lower_ in locatives:
            return False
        return first.text[:1].isupper()

    # --- later mentions --------------------------------------------------------------------------

    def _later_mentions(self, doc: Doc, acc: _DocActors) -> None:
        persons = acc.persons
        if not persons:
            return
        # surnames and full names repeated without NER
        by_last: dict[str, list[_Draft]] = {}
        for p in persons:
            if p.name_tokens:
                by_last.setdefault(p.name_tokens[-1], []).append(p)
        # the tokens are compared by their strings' hashes (one array per document), not one by one:
        # a Token object per token of the text was most of this step's time
        strings = doc.vocab.strings
        orth, lower = (column.tolist() for column in doc.to_array([ORTH, LOWER]).T)
        surnames = {strings[name]: cands[0] for name, cands in by_last.items()
                    if len(cands) == 1 and name[:1].isupper()}
        for i in [i for i, h in enumerate(orth) if h in surnames] if surnames else ():
            if i not in acc.covered:
                acc.mention(surnames[orth[i]].actor, i, i + 1)
        # pronouns: one person in reach (same sentence before the pronoun, else the previous sentence)
        pronouns = {strings[word] for word in self.words.pronouns}
        at = [i for i, h in enumerate(lower) if h in pronouns]
        if not at:
            return
        spans_by_person = {p.actor.id: sorted((m.start, m.end) for m in p.actor.mentions) for p in persons}
        sents = [doc[s:e] for s, e in acc.sents]
        for idx, sent in enumerate(sents):
            for i in at[bisect_left(at, sent.start):bisect_left(at, sent.end)]:
                tok = doc[i]
                if tok.i in acc.covered:
                    continue
                if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in self.words.impersonal_next:
                    continue
                if not tok.dep_.startswith("nsubj") and tok.dep_ not in ("expl:subj",):
                    continue
                found = self._persons_between(spans_by_person, sent.start_char, tok.idx)
                if not found and idx > 0:
                    found = self._persons_between(spans_by_person, sents[idx - 1].start_char, sents[idx - 1].end_char)
                    if len(found) == 1 and self._unknown_name_subject(sents[idx - 1], acc):
                        continue  # "After meeting X, Garcia raised funds. She ...": the name no actor holds competes
                if len(found) == 1:
                    draft = acc.drafts[found[0]]
                    acc.mention(draft.actor, tok.i, tok.i + 1)

    @staticmethod
    def _unknown_name_subject(sent: TokenSpan, acc: _DocActors) -> bool:
        """The subject of the sentence's main verb is a proper name that no actor's mention holds: someone the
        tagger did not know as a person ("Garcia has raised funds"), whom a pronoun in the next sentence may take
        up as well as the person named elsewhere in it."""
        return any(c.dep_.startswith("nsubj") and c.pos_ == "PROPN" and c.text[:1].isupper()
                   and not any(start <= c.idx < end for d in acc.drafts.values() for start, end in d.spans)
                   for c in sent.root.children)

    @staticmethod
    def _persons_between(spans_by_person: dict[str, list[tuple[int, int]]], lo: int, hi: int) -> list[str]:
        return [pid for pid, spans in spans_by_person.items() if any(lo <= s and e <= hi for s, e in spans)]


def _antecedent(candidates: tuple[str, ...], at: int, named_at: dict[str, list[int]]) -> str | None:
    """The organisation an anaphor ("the bloc", « l'Alliance ») stands for: of the ones it may stand for, the one
    named last before it; else the only one the document names."""
    before = [(max(s for s in named_at[c] if s < at), c) for c in candidates
              if c in named_at and min(named_at[c]) < at]
    if before:
        return max(before)[1]
    named = [c for c in candidates if c in named_at]
    return named[0] if len(named) == 1 else None


def _national_body(doc: Doc, hit: Hit, hit_at: dict[int, Hit], org_spans: list[tuple[int, int]],
                   own: str | None = None, genitive: frozenset[str] = frozenset()) -> bool:
    """An organisation's namesake naming a state's own body: closing a longer organisation name that opens with
    capitalised words of its own ("Iran's Supreme National Security Council", "Liberal Democrats"), owned by a
    state ("Russia's Security Council"), qualified by a state's adjective or name before it ("Russian Security
    Council", "Sweden Democrats") or after it (« le Conseil de sécurité russe »), or followed by a genitive
    naming a state ("Democratic Party of Japan"). A qualifying state that is the organisation's own country
    (`own`: "U.S. Republicans") keeps it."""
    for s, e in org_spans:
        if s < hit.start and hit.end == e and all(
                doc[i].text[:1].isupper() and i not in hit_at for i in range(s, hit.start)):
            return True
    if own is not None and _opened_by_another_name(doc, hit, hit_at):
        return True
    owner = hit_at.get(hit.start - 2) if hit.start > 1 and doc[hit.start - 1].tag_ == "POS" else None
    before = hit_at.get(hit.start - 1) if own is not None and hit.start > 0 else None
    after = hit_at.get(hit.end + 1) if (own is not None and hit.end + 1 < len(doc)
                                        and doc[hit.end].lower_ in genitive) else None
    qualifier = hit_at.get(hit.end)
    states = [h for h in (owner, before, after) if h is not None and h.entry.kind in (STATE, ADJ)]
    if qualifier is not None and qualifier.entry.kind == ADJ:
        states.append(qualifier)
    return any(h.entry.code != own for h in states)


def _opened_by_another_name(doc: Doc, hit: Hit, hit_at: dict[int, Hit]) -> bool:
    """A national organisation's namesake that a capitalised word no lexicon knows opens, not the sentence's
    first word nor a determiner ("the Liberal Democrats", "Christian Democrats"; not "{The Democrats"): another
    body's longer name."""
    if hit.start == 0:
        return False
    prev = doc[hit.start - 1]
    return (prev.text[:1].isupper() and prev.is_alpha and not prev.is_sent_start and prev.pos_ != "DET"
            and hit.start - 1 not in hit_at)


def _leading_determiners(ent: TokenSpan) -> int:
    """How many determiners open a named entity's span ("The" of "The White House")."""
    count = 0
    while count < len(ent) and ent[count].pos_ == "DET":
        count += 1
    return count


@Language.factory("veille_actors", default_config={"lang": None})
def make_actors_component(nlp: Language, name: str, lang: str | None) -> ActorsComponent:
    return ActorsComponent(nlp, name=name, lang=lang)


__all__ = ["ActorsComponent", "make_actors_component"]
