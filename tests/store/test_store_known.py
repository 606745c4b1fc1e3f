"""The reports and story cards a batch of new articles wrote, held by the writer so that the batch's
decisions read them from memory: found by key and by group, the others left for the server, and the
rows of both in the order the server gives its own (by key)."""

from __future__ import annotations

from datetime import date

from veille.consolidate.events import EventSignature
from veille.consolidate.stories import StoryCard
from veille.store._known import written_cards, written_reports


def _report(uid: str, cluster: str) -> EventSignature:
    day = date(2024, 5, 2)
    return EventSignature("CONSULT", frozenset({"NOR"}), frozenset({"ISL"}), day, day, uid=uid,
                          article=uid.split(":")[0], cluster_id=cluster)


def test_held_reports_answer_their_uids_and_own_clusters_and_leave_the_others():
    first, second = _report("bbb:E1", "c:bbb:E1"), _report("aaa:E2", "c:aaa:E2")
    held = written_reports([first, second])
    found, rest = held.by_keys(["bbb:E1", "zzz:E9", "aaa:E2"])
    assert (found, rest) == ([first, second], ["zzz:E9"])
    members, other = held.by_groups(["c:aaa:E2", "c:stored"])
    assert (members, other) == ([second], ["c:stored"])


def test_held_and_read_rows_come_in_the_order_of_their_key():
    held = written_reports([_report("ccc:E1", "c:ccc:E1"), _report("aaa:E1", "c:aaa:E1")])
    read = [_report("bbb:E1", "c:bbb:E1")]
    found, _rest = held.by_keys(["ccc:E1", "aaa:E1"])
    assert [sig.uid for sig in held.merged(found, read)] == ["aaa:E1", "bbb:E1", "ccc:E1"]
    assert held.merged([], read) is read  # nothing held: the server's rows as they came


def test_nothing_held_leaves_every_key_to_the_server():
    empty = written_cards(())
    assert not empty
    assert empty.by_keys(["sha-a", "sha-b"]) == ([], ["sha-a", "sha-b"])
    assert empty.by_groups({"s:sha-a"}) == ([], ["s:sha-a"])


def test_held_cards_answer_their_articles_and_own_stories():
    card = StoryCard(article="sha-b", day="2024-05-02", features=frozenset({"p:haugland"}), story_id="s:sha-b")
    held = written_cards([card])
    assert held.by_keys({"sha-b"}) == ([card], [])
    assert held.by_groups(["s:sha-b", "s:sha-a"]) == ([card], ["s:sha-a"])
