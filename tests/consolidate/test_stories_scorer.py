"""The stories scorer says why each gold cross-article link was lost (made-up reports, no model)."""

from __future__ import annotations

from veille.eval.stories import GoldStoryEvent, score_stories
from veille.store.stories import EventReport


def gold(article: str, event_id: str, etype: str = "AGREE") -> GoldStoryEvent:
    return GoldStoryEvent(article, event_id, etype, frozenset({"JPN"}), frozenset({"KOR"}), -1, -1)


def report(article: str, uid: str, cluster: str, etype: str = "AGREE") -> EventReport:
    return EventReport(article, uid, etype, frozenset({"JPN"}), frozenset({"KOR"}), 0, 1, cluster)


def test_lost_links_are_counted_and_listed_by_cause():
    stories = {"a": "s", "b": "s", "c": "s", "d": "s"}
    golds = [gold("a", "deal"), gold("b", "deal"), gold("c", "deal"), gold("d", "deal"),
             gold("c", "talks", "CONSULT"), gold("d", "talks", "CONSULT")]
    reports = [report("a", "a1", "C1"), report("b", "b1", "C1"),  # found
               report("c", "c1", "C2"),  # c's deal alone: not merged with a and b
               # d has no deal report (not extracted); the talks of c and d are one event
               report("c", "c2", "C3", "CONSULT"), report("d", "d2", "C3", "CONSULT")]
    result = score_stories(stories, {k: "S" for k in stories}, reports, golds)
    assert result.value("links.found_and_merged") == 2 / 7
    assert result.value("links.lost.not_extracted") == 3  # a-d, b-d, c-d of the deal
    assert result.value("links.lost.not_merged") == 2  # a-c, b-c of the deal
    assert result.value("links.lost.wrong_event") == 0
    misses = [i.what for i in result.issues if i.kind == "miss"]
    assert "link deal with c: not merged" in misses and "link deal with d: not extracted" in misses
    # c's deal report merged into the cluster of the talks instead
    result = score_stories(stories, {k: "S" for k in stories}, [*reports[:2], report("c", "c1", "C3"),
                           *reports[3:]], golds)
    assert result.value("links.lost.wrong_event") == 2  # a-c and b-c: c's deal sits with the talks
