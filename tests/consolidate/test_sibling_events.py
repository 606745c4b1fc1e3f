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


# Two meetings of the same two countries on consecutive days ("the ministers met on Sunday, the presidents
# on Monday"), each told by the outlets that cover the visit: each outlet tells the two days apart, so the
# one-day tolerance never joins one outlet's Sunday with another's Monday.
def visit(doc_id: str, published: str, text: str, first: tuple[str, str], second: tuple[str, str] | None) -> tuple:
    reports = [f.E("E1", "CONSULT", ["k"], ["s"], text, first[0], date=first[1])]
    if second:
        reports.append(f.E("E2", "CONSULT", ["k"], ["s"], text, second[0], date=second[1]))
    return f.build(text, published=published, doc_id=doc_id, actors=ACTORS, events=reports)


VISIT = [
    visit("visit-a", "2025-05-12", "Kenya and Somalia held ministerial talks on Sunday; on Monday the "
          "presidents of Kenya and Somalia met in Nairobi.", ("held ministerial talks", "2025-05-11"),
          ("met in Nairobi", "2025-05-12")),
    visit("visit-b", "2025-05-13", "The presidents of Kenya and Somalia met on Monday in Nairobi, a day after "
          "their ministers had talks.", ("had talks", "2025-05-11"), ("met on Monday", "2025-05-12")),
    visit("visit-c", "2025-05-13", "Kenya's president received the president of Somalia on Monday.",
          ("received", "2025-05-12"), None),
]


def reports_by_event(corpus, order, location) -> set[frozenset[tuple[str, str]]]:
    with Store.open(location) as store:
        for i in order:
            store.save(*corpus[i])
        by_cluster: dict[str, set[tuple[str, str]]] = {}
        for e in store.events():
            by_cluster.setdefault(e.cluster_id, set()).add((e.article_id, e.date or ""))
        return {frozenset(v) for v in by_cluster.values()}


def test_two_meetings_on_consecutive_days_stay_two_events(tmp_path):
    for k, order in enumerate(orders(len(VISIT))):
        got = reports_by_event(VISIT, order, str(tmp_path / f"v{k}.db"))
        assert got == {frozenset({("visit-a", "2025-05-11"), ("visit-b", "2025-05-11")}),
                       frozenset({("visit-a", "2025-05-12"), ("visit-b", "2025-05-12"),
                                  ("visit-c", "2025-05-12")})}, order


def test_a_report_one_day_off_still_joins_when_no_article_tells_the_days_apart(tmp_path):
    a_day_later = visit("visit-d", "2025-05-13", "Kenya and Somalia held talks in Nairobi, officials said.",
                        ("held talks", "2025-05-13"), None)
    corpus = [VISIT[2], a_day_later]
    for order in ((0, 1), (1, 0)):
        got = reports_by_event(corpus, order, str(tmp_path / f"d{order[0]}.db"))
        assert got == {frozenset({("visit-c", "2025-05-12"), ("visit-d", "2025-05-13")})}, order
