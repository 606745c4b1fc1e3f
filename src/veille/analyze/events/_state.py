"""What the events stage knows about one document while it reads it: actors, places, times, quotes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from veille.analyze.actors.table import ActorTable
from veille.analyze.events._syntax import clause_tokens
from veille.analyze.extensions import doc_text
from veille.analyze.sentences import in_capitals
from veille.contract.models import Actor, ActorRef, Event, Place, Quote, Time
from veille.contract.models import Span as CSpan

_KIND_RANK = {"person": 0, "group": 1, "organization": 2, "country": 3}


@dataclass(slots=True)
class DocState:
    doc: Doc
    table: ActorTable | None
    places: list[Place]
    times: list[Time]
    quotes: list[Quote]
    place_at: dict[int, Place] = field(default_factory=dict)  # token index -> place
    time_at: dict[int, Time] = field(default_factory=dict)  # token index -> time
    sent: Span | None = None  # the sentence being read
    event_words: dict[int, str] = field(default_factory=dict)  # its trigger tokens -> their PLOVER types
    text: str = ""  # doc.text, built once (spaCy rebuilds it on every access)
    home: str | None = None  # the country the article is about, when one clearly dominates
    # the home country rests only on being the one country named: it is given to people and groups
    # (a judge, the police), not to named organisations (a forum, an association)
    home_weak: bool = False
    dateline: Place | None = None  # the wire dateline's town ("KABUL, March 3 -"): where the story is told from
    lead: tuple[int, int] = (0, 0)  # characters of the report's first body sentence (after the title)
    narrative_times: list[Time] | None = None  # the times that move the narrative on (Attributes, once)
    non_states: frozenset[str] = frozenset()  # actor codes that are no country a story is about (ontology)
    # the events made by a reprisal ("returned fire"): never the act a later "the attack" points back to
    reprisals: list[Event] = field(default_factory=list)
    _clauses: dict[int, list[Token]] = field(default_factory=dict)
    _place_spans: dict[tuple[int, int], Place] = field(default_factory=dict)
    _paragraph_homes: dict[int, tuple[str | None, bool]] = field(default_factory=dict)
    _at_token: dict[int, list[tuple[Actor, str]]] = field(default_factory=dict)  # actors_at_token, per token

    def clause(self, root: Token) -> list[Token]:
        """clause_tokens(root), computed once per document."""
        found = self._clauses.get(root.i)
        if found is None:
            found = self._clauses[root.i] = clause_tokens(root)
        return found

    @classmethod
    def build(cls, doc: Doc, non_states: frozenset[str] = frozenset(),
              national_bodies: Mapping[tuple[str, ...], str] | None = None) -> DocState:
        table = doc._.veille_actors
        places = [p for p in (doc._.veille_places or []) if p is not None]
        times = [t for t in (doc._.veille_times or []) if t is not None]
        quotes = [q for q in (doc._.veille_quotes or []) if q is not None]
        state = cls(doc, table if isinstance(table, ActorTable) else None, places, times, quotes,
                    non_states=non_states)
        state.text = doc_text(doc)
        for place in places:
            state._place_spans[(place.start, place.end)] = place
            span = doc.char_span(place.start, place.end, alignment_mode="expand")
            if span is not None:
                for t in span:
                    state.place_at.setdefault(t.i, place)
        actors = state.table.actors if state.table is not None else []
        mentions: list[tuple[CSpan | None, Actor]] = [(None, a) for a in actors if not a.mentions]
        mentions += [(m, a) for a in actors for m in a.mentions]
        state.home, state.home_weak = _home_country(places, mentions, non_states)
        national = _national_home(doc, national_bodies or {}, places, mentions, non_states)
        if national is not None:
            state.home, state.home_weak = national, False
        state.dateline = _dateline(places)
        title_end = getattr(doc._.veille_ctx, "title_end", None) or 0
        first = next((sent for sent in doc.sents if sent.start_char >= title_end), None)
        if first is not None:
            state.lead = (first.start_char, first.end_char)
        for time in times:
            span = doc.char_span(time.start, time.end, alignment_mode="expand")
            if span is not None:
                for t in span:
                    state.time_at.setdefault(t.i, time)
        return state

    def home_for(self, sent: Span) -> tuple[str | None, bool]:
        """The home country (and whether it is weak) for a sentence: the article's, unless the
        sentence's paragraph names countries and not the article's home. A digest of briefs tells one
        story per paragraph («Tony Blair a achevé ...» then «... condamné par un tribunal turc»): such a
        paragraph has no home (taking its own dominant country instead cost dev precision: a domestic
        story's paragraph about a foreign country is not that country's story)."""
        start = self.text.rfind("\n", 0, sent.start_char) + 1
        found = self._paragraph_homes.get(start)
        if found is None:
            end = self.text.find("\n", sent.end_char)
            end = len(self.text) if end < 0 else end
            if start == 0 and end == len(self.text):
                found = self.home, self.home_weak
            else:
                places = [p for p in self.places if start <= p.start < end]
                mentions = self.table.mentions_in(start, end) if self.table is not None else []
                counts, _scene = _country_counts(places, mentions, self.non_states)
                found = (self.home, self.home_weak) if not counts or self.home in counts else (None, False)
            self._paragraph_homes[start] = found
        return found

    # -- actors -----------------------------------------------------------------------------
    def actors_in(self, ranges: list[tuple[int, int]]) -> list[tuple[Actor, str]]:
        """Distinct actors with a mention inside the character ranges, in text order."""
        if self.table is None:
            return []
        seen: dict[str, tuple[Actor, str]] = {}
        for start, end in ranges:
            for span, actor in self.table.mentions_in(start, end):
                if self._elsewhere(span.start, span.end, actor):
                    continue
                # the mention must sit mostly inside the range, not merely touch it
                inside = min(end, span.end) - max(start, span.start)
                if inside * 2 < (span.end - span.start) and not (span.start <= start and span.end >= end):
                    continue
                seen.setdefault(actor.id, (actor, span.text))
        return list(seen.values())

    def _elsewhere(self, start: int, end: int, actor: Actor) -> bool:
        """The mention is a name the places stage put in another country than the actor's: "a Paris,
        Missouri, man" is no French government, Georgia the US state no Georgian state."""
        place = self._place_spans.get((start, end))
        return (place is not None and place.kind is None and place.country is not None
                and actor.kind in ("group", "country") and actor.country is not None and place.country != actor.country)

    def described(self, tok: Token) -> bool:
        """``tok`` heads a mention that names nobody by itself, whose actor the actors stage took from the
        discourse ("the president" for the office tied to a state before)."""
        at = tok.idx
        return self.table is not None and any(start <= at < end for start, end in self.table.described)

    def actors_at_token(self, tok: Token) -> list[tuple[Actor, str]]:
        """The actors mentioned at ``tok``, looked up once per token (the arguments' rules ask again and again
        for the same words; the table does not change during the events stage)."""
        found = self._at_token.get(tok.i)
        if found is None:
            found = self._at_token[tok.i] = self.actors_in([(tok.idx, tok.idx + len(tok.text))])
        return list(found)

    def mention_heads_before(self, start: int, stop: int) -> list[tuple[Token, Actor]]:
        """(syntactic head of the mention, actor) of the mentions in [stop, start), nearest first."""
        if self.table is None:
            return []
        found = []
        for span, actor in self.table.mentions_in(stop, start):
            if span.end > start or self._elsewhere(span.start, span.end, actor):
                continue
            tokens = self.doc.char_span(span.start, span.end, alignment_mode="expand")
            if tokens is not None and len(tokens):
                found.append((span.start, tokens.root, actor))
        found.sort(key=lambda x: -x[0])
        return [(head, actor) for _s, head, actor in found]

    def ref(self, actor: Actor, text: str) -> ActorRef:
        if self.table is not None:
            return self.table.ref(actor, text)
        return ActorRef(actor_id=actor.id, code=actor.country, sector=list(actor.sector), text=text)

    # -- quotes -----------------------------------------------------------------------------
    def quote_at(self, char: int) -> Quote | None:
        for q in self.quotes:
            if q.start <= char < q.end:
                return q
        return None


def _country_counts(places: list[Place], mentions: Sequence[tuple[CSpan | None, Actor]],
                    non_states: frozenset[str]) -> tuple[Counter[str], set[str]]:
    """How often each country is named, once per mention (places, countries, people of a known country; a
    country's name the places stage took as a place, « s'est réfugié en Arabie saoudite », is not counted
    again as an actor), and the countries named as places, by their own name or a town's or a region's (the
    scene)."""
    counts: Counter[str] = Counter()
    named: set[tuple[int, int]] = set()
    dateline = _dateline(places)
    for place in places:
        if place.country and not place.metonym:  # a demonym or a capital for its government is an actor
            # a wire dateline's town ("BANGUI (Reuters) -") counts twice: the story is told from there
            counts[place.country] += 2 if place is dateline else 1
            named.add((place.start, place.end))
    scene = set(counts)  # "across France", « à Toronto »: where the story happens
    for span, actor in mentions:
        if span is not None and (span.start, span.end) in named:
            continue
        if actor.country and len(actor.country) == 3 and actor.country.isalpha() and not actor.igo and (
                actor.country not in non_states):
            counts[actor.country] += 1
    return counts, scene


def _dateline(places: list[Place]) -> Place | None:
    """The wire dateline's town: the first place of the text, of a country, written in capitals."""
    first = min((p for p in places if p.country and not p.metonym), key=lambda p: p.start, default=None)
    return first if first is not None and in_capitals(first.text) else None


def _home_country(places: list[Place], mentions: Sequence[tuple[CSpan | None, Actor]],
                  non_states: frozenset[str]) -> tuple[str | None, bool]:
    """The country named most often, when it is named at least twice and at least twice as often as
    any other, or as often as any other when a wire dateline names one of its towns: the scene of a domestic
    story. When it is the only country named at all, it is a home
    too, a weak one (second value True) unless it is named as a place (« à Toronto », "in Texas",
    "across France": the scene), not only through its people ("Chilean officials")."""
    counts, scene = _country_counts(places, mentions, non_states)
    ranked = counts.most_common(2)
    if not ranked:
        return None, False
    # a wire story told from a town of the country it names most, tied or not ("BAMAKO (Reuters) - French jets
    # struck ... in Mali"): the dateline settles it
    dateline = _dateline(places)
    if dateline is not None and dateline.country and counts[dateline.country] >= 2 and (
            counts[dateline.country] == ranked[0][1]):
        return dateline.country, False
    if len(ranked) == 1:
        # the only country named: "à Toronto" (a scene), "Chilean officials" (weak)
        return ranked[0][0], ranked[0][0] not in scene and ranked[0][1] < 2
    if ranked[0][1] < 2 or ranked[0][1] < 2 * ranked[1][1]:
        return None, False
    return ranked[0][0], False


def _national_home(doc: Doc, bodies: Mapping[tuple[str, ...], str], places: list[Place],
                   mentions: Sequence[tuple[CSpan | None, Actor]], non_states: frozenset[str]) -> str | None:
    """The country whose own public bodies the text names (« la préfecture », « les gendarmes »: France's), when
    the text names that country alone or no country at all: a regional paper's story never names its country."""
    if not bodies:
        return None
    longest = max(len(words) for words in bodies)
    firsts = {words[0] for words in bodies}
    strings = doc.vocab.strings  # (the words' lower forms by their hashes: no Token object made per word)
    lowers = [strings[h] for h in doc.to_array(LOWER).tolist()]
    found = {country for i in range(len(lowers)) if lowers[i] in firsts for n in range(1, longest + 1)
             if (country := bodies.get(tuple(lowers[i:i + n]))) is not None}
    if len(found) != 1:
        return None
    country = next(iter(found))
    counts, _scene = _country_counts(places, mentions, non_states)
    return country if set(counts) <= {country} else None


def dedupe_refs(refs: list[tuple[ActorRef, str]]) -> list[ActorRef]:
    """One reference per actor code (the most specific actor kind wins), in first-seen order."""
    best: dict[str, tuple[int, int, ActorRef]] = {}
    order: list[str] = []
    for n, (ref, kind) in enumerate(refs):
        key = ref.code or ref.actor_id or ref.text
        rank = _KIND_RANK.get(kind, 4)
        if key not in best:
            order.append(key)
            best[key] = (rank, n, ref)
        elif rank < best[key][0]:
            best[key] = (rank, best[key][1], ref)
    return [best[k][2] for k in order]
