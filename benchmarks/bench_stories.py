"""Cost of consolidation (person ids, event coreference, stories) per saved article, at 1k and 10k
stored articles. Generated documents (no spaCy): stories of 1 to 4 articles over a year, 60
countries, 600 people, 12 event types, one event in ten dated by its month.

    .venv/bin/python benchmarks/bench_stories.py            # 1k and 10k
    .venv/bin/python benchmarks/bench_stories.py --sizes 1000 --probe 200

Prints, at each size, the time per saved article (the whole save) and the part spent deciding
(consolidation: candidate look-ups and rules), averaged over ``--probe`` more articles.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from veille.consolidate import Consolidator
from veille.contract.models import Actor, ActorRef, Document, Event, Place, Span, Time
from veille.ingest.article import Article
from veille.store import Store

TYPES = ["CONSULT", "AGREE", "ACCUSE", "SUPPORT", "SANCTION", "THREATEN", "PROTEST", "ASSAULT",
         "AID", "REQUEST", "REJECT", "MOBILIZE"]
FIRST = ["Anna", "Boris", "Carla", "David", "Elena", "Farid", "Gen", "Hana", "Ivan", "Jorge", "Kofi", "Lena"]
LAST = ["Adler", "Bakr", "Costa", "Dumas", "Eriksen", "Fischer", "Garcia", "Haddad", "Ito", "Jensen", "Kim",
        "Lopez", "Moreau", "Novak", "Okafor", "Petrov", "Quinn", "Rossi", "Sato", "Tanaka", "Ueda", "Vidal",
        "Wong", "Xu", "Yilmaz", "Zhou", "Abe", "Brun", "Chen", "Diaz", "Evans", "Fontaine", "Gomez", "Huber",
        "Ivanova", "Jung", "Kovac", "Lindqvist", "Mendes", "Nagy", "Olsen", "Park", "Reyes", "Silva", "Torres",
        "Unger", "Vogel", "Weber", "Young", "Zima"]


class TimedConsolidator(Consolidator):
    """Counts the time spent in decisions (candidate look-ups included)."""

    def __init__(self) -> None:
        self.seconds = 0.0

    def _timed(name: str):  # type: ignore[misc]
        def wrap(self, *args, **kwargs):
            t0 = time.perf_counter()
            try:
                return getattr(Consolidator, name)(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - t0
        return wrap

    person_ids = _timed("person_ids")
    registry = _timed("registry")
    clusters = _timed("clusters")
    stories = _timed("stories")
    story_rows = _timed("story_rows")


class World:
    def __init__(self, seed: int = 1) -> None:
        self.rng = random.Random(seed)
        self.countries = [f"C{i:02d}" for i in range(60)]
        self.people = [(f"{FIRST[i % len(FIRST)]} {LAST[(i * 7) % len(LAST)]}{'' if i < 50 else i}",
                        self.countries[i % 60]) for i in range(600)]
        self.start = date(2024, 1, 1)
        self.n = 0
        self.story: list[tuple] = []

    def article(self) -> tuple[Document, Article]:
        rng = self.rng
        if not self.story or rng.random() < 0.4:  # a new story
            day = self.start + timedelta(days=rng.randrange(365))
            people = rng.sample(self.people, 2)
            events = [(rng.choice(TYPES), rng.choice(self.countries), rng.choice(self.countries))
                      for _ in range(3)]
            self.story = [day, people, events, rng.randint(100, 99999), rng.randrange(10**6)]
        day, people, events, number, place = self.story
        self.n += 1
        (n1, c1), (n2, c2) = people
        text = (f"{day.isoformat()} report {self.n}. {n1} met {n2} on that day; {number} people took part. "
                f"Further details followed in article {self.n}.")
        actors = [Actor(id="p1", name=n1, kind="person", country=c1, mentions=[Span(0, 1, text[0])]),
                  Actor(id="p2", name=n2, kind="person", country=c2, mentions=[Span(0, 1, text[0])])]
        evs = []
        for k, (etype, a, b) in enumerate(events):
            if rng.random() < 0.8:
                month = rng.random() < 0.1  # "in March": a coarse date, checked against its days
                evs.append(Event(id=f"E{k}", event=etype, mode=None, context=[], status="actual",
                                 actor=[ActorRef(None, a, [], a)], recipient=[ActorRef(None, b, [], b)],
                                 date=day.isoformat()[:7] if month else day.isoformat(), enddate=None,
                                 date_precision="month" if month else "day", date_source="clause",
                                 location=None, amount=None, evidence=Span(0, 10, text[:10]),
                                 trigger=Span(0, 4, text[:4]), confidence=0.8))
        times = [Time(0, 10, text[:10], "DATE", day.isoformat())]
        places = [Place(0, 1, text[0], "Town", c1, None, None, place, "PPL")]
        doc = Document(id=f"gen-{self.n}", language="en", published=day.isoformat(), title=f"Report {self.n}",
                       text_sha256=hashlib.sha256(text.encode()).hexdigest(), actors=actors, events=evs,
                       times=times, places=places)
        return doc, Article(text=text, id=doc.id, published=doc.published)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="stored articles to measure at")
    parser.add_argument("--probe", type=int, default=200, help="articles saved and timed at each size")
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    world = World()
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "bench.db") as store:
        timed = TimedConsolidator()
        store._writer.consolidator = timed  # noqa: SLF001 (measuring the library's own decisions)
        stored = 0
        print(f"{'stored':>8}  {'save ms/article':>16}  {'consolidation ms/article':>25}  {'events':>7}"
              f"  {'stories':>8}")
        for size in sizes:
            while stored < size:
                store.save(*world.article())
                stored += 1
            timed.seconds = 0.0
            t0 = time.perf_counter()
            for _ in range(args.probe):
                store.save(*world.article())
            total = time.perf_counter() - t0
            stored += args.probe
            summary = store.summary()
            print(f"{stored:>8}  {1000 * total / args.probe:>16.2f}  {1000 * timed.seconds / args.probe:>25.2f}"
                  f"  {summary.event_clusters:>7}  {summary.stories:>8}")


if __name__ == "__main__":
    main()
