"""Same-story clustering across outlets and languages, from what does not depend on the language.

An article's *story card* holds its lede day (the first day-precise date of its first paragraph, else
its publication day) and language-independent features: people's surnames, places' GeoNames ids,
actors' codes, events (PLOVER type and actor codes), numbers, and capitalised words (names spelled
alike in both languages). Two articles tell the same story when their lede days are the same and the
weighted share of the features they have in common reaches ``threshold`` (one day apart:
``next_day_threshold``) with at least ``min_shared`` shared features beyond actor codes
(``data/consolidate/stories.yaml``; the rule is explained in docs/stories.md). Candidates come from an
index on (lede day, feature) over the day and the two around it, never from a scan.
Stories are the connected components of this relation; a story's id is the smallest of its
articles' own ids, so that the same articles give the same stories in any order.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources
from urllib.parse import urlsplit

import yaml

from veille.consolidate.actors import is_proper_name, surname_key
from veille.consolidate.dates import iso_day
from veille.contract.models import Document
from veille.snippets import first_paragraph_end

# a number: digits grouped by thousands with spaces ("80 000"), else digits with dots or commas
# ("1,27", "1.27", "80,000"); number_value() reads the separators the same way in every language
_NUMBER = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+(?:[.,]\d+)*)(?!\w)")
_CAPITALISED = re.compile(r"(?<=[^\s.!?…:«»\"“”])\s+([A-ZÀ-Ý][\w\-’']{3,})")


@dataclass(frozen=True, slots=True)
class StoryRules:
    weights: dict[str, float]
    threshold: float
    next_day_threshold: float
    min_shared: int
    min_number: float


@cache
def rules() -> StoryRules:
    path = resources.files("veille") / "data" / "consolidate" / "stories.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return StoryRules(weights={str(k): float(v) for k, v in data["weights"].items()},
                      threshold=float(data["threshold"]),
                      next_day_threshold=float(data["next_day_threshold"]), min_shared=int(data["min_shared"]),
                      min_number=float(data["min_number"]))


_ONE_DAY = timedelta(days=1)
_WEAK = ("c:", "w:")  # features too common to anchor a story: they only add to the score


def own_story_id(text_sha256: str) -> str:
    return "S" + text_sha256[:12]


@dataclass(frozen=True, slots=True)
class StoryCard:
    """What story clustering compares of one article."""

    article: str  # text sha256
    day: str | None  # lede day
    features: frozenset[str]
    story_id: str = ""

    @property
    def own_id(self) -> str:
        return own_story_id(self.article)

    @property
    def anchors(self) -> frozenset[str]:
        """The features a same-story candidate must share (all but codes and words): the keys looked up."""
        return frozenset(f for f in self.features if not f.startswith(_WEAK))


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


def number_value(text: str) -> float | None:
    """'1,27' -> 1.27, '1.27' -> 1.27, '80 000' -> 80000, '80,000' -> 80000 (language-neutral)."""
    digits = re.sub(r"[ \u00a0\u202f]", "", text)
    if re.fullmatch(r"\d+", digits):
        return float(digits)
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", digits):
        return float(re.sub(r"[.,]", "", digits))
    if m := re.fullmatch(r"(\d+)[.,](\d{1,2})", digits):
        return float(f"{m[1]}.{m[2]}")
    return None


def lede_day(doc: Document, text: str | None) -> str | None:
    """The first day-precise date of the first paragraph (a date, or a time of one day: "samedi soir",
    "Saturday morning"), else the publication day."""
    end = first_paragraph_end(text)
    for time in sorted(doc.times, key=lambda t: t.start):
        if time.end <= end and time.type in ("DATE", "TIME") and (day := iso_day(time.value)):
            return day
    return iso_day(doc.published)


def story_card(doc: Document, text: str | None) -> StoryCard:
    """The story card of an analysed article (``text``: the input text, when stored)."""
    feats: set[str] = set()
    for actor in doc.actors:
        if actor.kind == "person" and is_proper_name(actor.name) and (sk := surname_key(actor.name)):
            feats.add("p:" + sk)
        elif actor.country:
            feats.add("c:" + actor.country.upper())
    for place in doc.places:
        if place.geonameid and not (place.feature or "").startswith("PCL"):
            feats.add(f"g:{place.geonameid}")
        elif place.country:
            feats.add("c:" + place.country.upper())
    for event in doc.events:
        codes = sorted({r.code.upper() for r in (*event.actor, *event.recipient) if r.code})
        if codes:
            feats.add("e:" + event.event.upper() + ":" + "+".join(codes))
    if text:
        low = rules().min_number
        for m in _NUMBER.finditer(text):
            value = number_value(m.group())
            if value is not None and value >= low and not (1900 <= value <= 2100 and value.is_integer()):
                feats.add(f"n:{value:g}")
        feats.update("w:" + _fold(m[1]) for m in _CAPITALISED.finditer(text))
    return StoryCard(article=doc.text_sha256, day=lede_day(doc, text), features=frozenset(feats))


def _weight(feature: str) -> float:
    return rules().weights.get(feature.split(":", 1)[0], 1.0)


def similarity(a: StoryCard, b: StoryCard) -> float:
    """Weight of the shared features over the weight of the smaller card's."""
    shared = sum(_weight(f) for f in a.features & b.features)
    smaller = min(sum(_weight(f) for f in a.features), sum(_weight(f) for f in b.features))
    return shared / smaller if smaller else 0.0


def lede_days(day: str) -> tuple[str, str, str]:
    """The lede days a card's same-story candidates may have: the day before, the day, the day after."""
    one = date.fromisoformat(day)
    return ((one - _ONE_DAY).isoformat(), day, (one + _ONE_DAY).isoformat())


def same_story(a: StoryCard, b: StoryCard) -> bool:
    """Same lede day and enough in common; or lede days one day apart (a next-day follow-up on the
    news) and much in common (``next_day_threshold``), so that a sibling story of the next day, which
    shares the background but not the news, stays apart."""
    if a.article == b.article or a.day is None or b.day is None:
        return False
    if a.day == b.day:
        needed = rules().threshold
    elif b.day in lede_days(a.day):
        needed = rules().next_day_threshold
    else:
        return False
    strong = len(a.anchors & b.anchors)
    return strong >= rules().min_shared and similarity(a, b) >= needed


# -- the story row ----------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class StoryMember:
    """What a story row needs of one of its articles."""

    article: str  # text sha256
    title: str | None
    published: str | None
    day: str | None
    language: str | None
    source: str | None
    url: str | None


@dataclass(frozen=True, slots=True)
class Story:
    """One story: a title, the days it spans, its languages and outlets."""

    id: str
    title: str | None
    first_day: str | None
    last_day: str | None
    languages: tuple[str, ...]
    outlets: tuple[str, ...]
    articles: int


def outlet(member: StoryMember) -> str | None:
    if member.source:
        return member.source
    if member.url:
        return urlsplit(member.url).hostname
    return None


def story_row(story_id: str, members: Iterable[StoryMember]) -> Story | None:
    """The story's title is the earliest article's; its span runs from the first lede day to the last
    publication day."""
    members = sorted(members, key=lambda m: (m.published or "9999", m.article))
    if not members:
        return None
    days = sorted({d for m in members for d in (m.day, m.published) if d})
    return Story(
        id=story_id, title=next((m.title for m in members if m.title), None),
        first_day=days[0] if days else None, last_day=days[-1] if days else None,
        languages=tuple(sorted({m.language for m in members if m.language})),
        outlets=tuple(sorted({o for m in members if (o := outlet(m))})), articles=len(members))
