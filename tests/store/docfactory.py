"""Hand-built analysed documents for store, export and consolidation tests (no spaCy needed).

Offsets are found in the text, so every span is a real slice of it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from veille.contract.models import (
    Actor,
    ActorRef,
    Document,
    Event,
    Location,
    Place,
    Quote,
    Span,
    Speaker,
    Time,
)
from veille.ingest.article import Article


def span(text: str, part: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return Span(start, start + len(part), part)


@dataclass
class A:
    """An actor: id, name, kind, country, mention strings (each found in the text)."""

    id: str
    name: str
    kind: str
    country: str | None
    mentions: list[str]
    sector: list[str] = field(default_factory=list)
    role: str | None = None
    affiliation: str | None = None
    igo: bool = False


@dataclass
class E:
    """An event: type, actor ids, recipient ids, evidence string, date."""

    id: str
    event: str
    actor: list[str]
    recipient: list[str]
    evidence: str
    trigger: str
    date: str | None = None
    mode: str | None = None
    location: Location | None = None
    confidence: float = 0.8


def build(text: str, *, published: str | None, actors: list[A] = (), events: list[E] = (),
          quotes: list[tuple[str, str | None]] = (), times: list[tuple[str, str]] = (),
          places: list[tuple[str, str, str]] = (), title: str | None = None, doc_id: str | None = None,
          language: str = "en", url: str | None = None) -> tuple[Document, Article]:
    article = Article(text=text, id=doc_id, title=title, published=published, language=language,
                      url=url, origin="test")
    found_actors: dict[str, Actor] = {}
    for a in actors:
        mentions: list[Span] = []
        for m in a.mentions:
            for i in range(text.count(m)):
                s = span(text, m, i)
                if not any(o.start < s.end and s.start < o.end for o in mentions):
                    mentions.append(s)
        mentions.sort(key=lambda s: s.start)
        found_actors[a.id] = Actor(id=a.id, name=a.name, kind=a.kind, country=a.country,
                                   sector=list(a.sector), role=a.role, mentions=mentions,
                                   affiliation=a.affiliation, igo=a.igo)

    def ref(actor_id: str) -> ActorRef:
        act = found_actors[actor_id]
        return ActorRef(actor_id=act.id, code=act.country, sector=list(act.sector), text=act.name)

    doc_events = [
        Event(id=e.id, event=e.event, mode=e.mode, context=[], status="actual",
              actor=[ref(x) for x in e.actor], recipient=[ref(x) for x in e.recipient],
              date=e.date, enddate=None, date_precision="day" if e.date else "unknown",
              date_source="clause" if e.date else "none", location=e.location, amount=None,
              evidence=span(text, e.evidence), trigger=span(text, e.trigger), confidence=e.confidence)
        for e in events
    ]
    doc_quotes = []
    for quote_text, speaker_id in quotes:
        s = span(text, quote_text)
        speaker = None
        if speaker_id:
            act = found_actors[speaker_id]
            speaker = Speaker(name=act.name, actor_id=act.id, text=act.mentions[-1].text)
        doc_quotes.append(Quote(s.start, s.end, s.text, direct=True, speaker=speaker))
    doc_times = [Time(*_t(text, t), type="DATE", value=v) for t, v in times]
    doc_places = [Place(*_t(text, p), name=name, country=cc, lat=None, lon=None, geonameid=None,
                        feature="P") for p, name, cc in places]
    doc = Document(
        id=doc_id or article.doc_id, language=language, published=published, title=title,
        text_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), url=url,
        actors=list(found_actors.values()), events=doc_events, quotes=doc_quotes,
        times=doc_times, places=doc_places)
    return doc, article


def _t(text: str, part: str) -> tuple[int, int, str]:
    s = span(text, part)
    return s.start, s.end, s.text


# -- a small world: NATO and Japan meet in Brussels, reported twice; Rutte a year earlier ------------

NATO = A("a-nato", "NATO", "organization", "NATO", ["NATO"], igo=True)
JAPAN = A("a-jpn", "Japan", "country", "JPN", ["Japan"], sector=["GOV"])
BRUSSELS = Location("Brussels", "BEL", 50.85, 4.35, 2800866, "P")

REPORT_EN = (
    "NATO chief and Japan minister meet in Brussels\n"
    "NATO Secretary General Mark Rutte met Japan's defence minister Gen Nakatani in Brussels on "
    "Thursday. Japan and NATO agreed to deepen their cooperation on maritime security. "
    "\"We stand together with our partners in the Indo-Pacific,\" Rutte told reporters after the talks."
)


def report_en(text: str = REPORT_EN) -> tuple[Document, Article]:
    return build(
        text, published="2024-10-17", title=text.split("\n", 1)[0], doc_id="en-1",
        url="https://example.org/en-1",
        actors=[
            NATO, JAPAN,
            A("p1", "Mark Rutte", "person", "NATO", ["Mark Rutte", "Rutte"], ["GOV"],
              role="Secretary General", affiliation="NATO"),
            A("p2", "Gen Nakatani", "person", "JPN", ["Gen Nakatani"], ["GOV"],
              role="defence minister", affiliation="Ministry of Defense"),
        ],
        events=[
            E("E1", "CONSULT", ["p2"], ["p1"], "Mark Rutte met Japan's defence minister", "met",
              date="2024-10-17", location=BRUSSELS),
            E("E2", "AGREE", ["a-jpn", "a-nato"], [], "Japan and NATO agreed to deepen their cooperation",
              "agreed", date="2024-10-17", confidence=0.9),
        ],
        quotes=[("We stand together with our partners in the Indo-Pacific,", "p1")],
        times=[("Thursday", "2024-10-17")],
        places=[("Brussels", "Brussels", "BEL")],
    )


REPORT_FR = (
    "Le Japon et l'OTAN renforcent leur coopération\n"
    "Le secrétaire général de l'OTAN, Mark Rutte, a reçu jeudi à Bruxelles le ministre japonais de la "
    "Défense, Gen Nakatani. Le Japon a convenu avec l'OTAN d'intensifier leur coopération maritime, "
    "a indiqué M. Rutte vendredi."
)


def report_fr() -> tuple[Document, Article]:
    return build(
        REPORT_FR, published="2024-10-18", title=REPORT_FR.split("\n", 1)[0], doc_id="fr-1",
        language="fr",
        actors=[
            A("a1", "OTAN", "organization", "NATO", ["OTAN"], igo=True),
            A("a2", "Japon", "country", "JPN", ["Japon"], ["GOV"]),
            A("a3", "Mark Rutte", "person", "NATO", ["Mark Rutte", "M. Rutte"], ["GOV"],
              role="secrétaire général", affiliation="OTAN"),
            A("a4", "Gen Nakatani", "person", "JPN", ["Gen Nakatani"], ["GOV"],
              role="ministre de la Défense", affiliation="ministère de la Défense"),
        ],
        events=[
            # reported the other way round: NATO's chief received Japan's minister
            E("E1", "CONSULT", ["a3"], ["a4"], "a reçu jeudi à Bruxelles le ministre japonais", "a reçu",
              date="2024-10-17", location=BRUSSELS),
            E("E2", "AGREE", ["a2"], ["a1"], "Le Japon a convenu avec l'OTAN d'intensifier", "a convenu",
              date="2024-10-17"),
        ],
        places=[("Bruxelles", "Brussels", "BEL")],
    )


REPORT_2023 = (
    "Dutch government collapses\n"
    "The Dutch prime minister Mark Rutte offered the resignation of his cabinet to the king on Friday "
    "after the coalition failed to agree on migration policy."
)


def report_2023() -> tuple[Document, Article]:
    return build(
        REPORT_2023, published="2023-07-08", title="Dutch government collapses", doc_id="en-2023",
        actors=[
            A("x1", "Mark Rutte", "person", "NLD", ["Mark Rutte"], ["GOV"], role="prime minister",
              affiliation="government of the Netherlands"),
            A("x2", "Netherlands", "country", "NLD", ["Dutch"]),
        ],
        events=[E("E1", "RETREAT", ["x1"], [], "offered the resignation of his cabinet", "offered",
                  date="2023-07-07", mode="resign")],
    )


def populate(path) -> None:
    """A store with the 2023 Rutte article and the two reports of the Brussels meeting."""
    from veille.store import Store

    with Store.open(path) as store:
        for doc, article in (report_2023(), report_en(), report_fr()):
            store.save(doc, article)
