"""Sibling events (the same two countries, the same kind of event, other days) stay apart, and a coarse
date (a week, a month) joins the one event it points at, never two: made-up reports saved in a real
store, in several orders."""

from __future__ import annotations

import itertools
import random

import docfactory as f
import pytest

from veille.store import Store

ACTORS = [f.A("k", "Kenya", "country", "KEN", ["Kenya"]), f.A("s", "Somalia", "country", "SOM", ["Somalia"])]


def talks(doc_id: str, date: str, published: str, when: str) -> tuple:
    text = f"Kenya and Somalia held talks on the border {when}, officials said."
    return f.build(text, published=published, doc_id=doc_id, actors=ACTORS, events=[
        f.E("E1", "CONSULT", ["k"], ["s"], text, "held talks", date=date)])


FIRST = [talks("first-a", "2025-03-04", "2025-03-04", "on Tuesday"),
         talks("first-b", "2025-03-04", "2025-03-05", "on Tuesday, March 4")]
SECOND = [talks("second-a", "2025-03-20", "2025-03-20", "on Thursday"),
          talks("second-b", "2025-03-20", "2025-03-21", "on Thursday, March 20")]
IN_MARCH = talks("in-march", "2025-03", "2025-03-28", "in March")
ALSO_IN_MARCH = talks("also-in-march", "2025-03", "2025-03-29", "twice in March")
THAT_WEEK = talks("that-week", "2025-W10", "2025-03-08", "this week")


def events(corpus, order, location) -> set[frozenset[str]]:
    with Store.open(location) as store:
        for i in order:
            store.save(*corpus[i])
        by_cluster: dict[str, set[str]] = {}
        for e in store.events():
            by_cluster.setdefault(e.cluster_id, set()).add(e.article_id)
        return {frozenset(v) for v in by_cluster.values()}


def orders(n: int, count: int = 6) -> list[tuple[int, ...]]:
    every = list(itertools.permutations(range(n)))
    return random.Random(n).sample(every, min(count, len(every)))


def test_two_rounds_of_talks_stay_two_events_and_a_month_joins_neither(tmp_path):
    corpus = [*FIRST, *SECOND, IN_MARCH, ALSO_IN_MARCH]
    for k, order in enumerate(orders(len(corpus))):
        got = events(corpus, order, str(tmp_path / f"v{k}.db"))
        assert got == {frozenset({"first-a", "first-b"}), frozenset({"second-a", "second-b"}),
                       frozenset({"in-march"}), frozenset({"also-in-march"})}, order


def test_a_week_joins_the_one_event_of_its_days(tmp_path):
    corpus = [*FIRST, *SECOND, THAT_WEEK]
    for k, order in enumerate(orders(len(corpus))):
        got = events(corpus, order, str(tmp_path / f"v{k}.db"))
        assert got == {frozenset({"first-a", "first-b", "that-week"}), frozenset({"second-a", "second-b"})}, order


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 2, 0)])
def test_a_month_joins_the_only_event_it_contains(tmp_path, order):
    corpus = [*FIRST, IN_MARCH]
    assert events(corpus, order, str(tmp_path / "v.db")) == {frozenset({"first-a", "first-b", "in-march"})}


def test_two_months_alone_are_one_event_until_they_contain_two_days(tmp_path):
    location = str(tmp_path / "v.db")
    with Store.open(location) as store:
        store.save(*IN_MARCH)
        store.save(*ALSO_IN_MARCH)
        assert len({e.cluster_id for e in store.events()}) == 1
        store.save(*FIRST[0])
        assert len({e.cluster_id for e in store.events()}) == 1  # one day: still one event
        store.save(*SECOND[0])  # now the month points at two days: it joins neither
        clusters: dict[str, set[str]] = {}
        for e in store.events():
            clusters.setdefault(e.cluster_id, set()).add(e.article_id)
        assert sorted(map(sorted, clusters.values())) == [["also-in-march"], ["first-a"], ["in-march"],
                                                          ["second-a"]]
