"""Keyset pages on a hand-built table: every row once, in order, in both directions, whatever the page size."""

import random
import sqlite3

import pytest

from veille.serve._keyset import BadCursor, Groups, Order, encode_cursor, row_page

ORDER = Order("t.day", (("t.id", True),))


@pytest.fixture()
def conn():
    rng = random.Random(7)
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, day TEXT, grp TEXT)")
    # ties on the day, rows without a day, groups spread over the order
    rows = [(i, rng.choice([None, "2024-01-01", "2024-01-02", "2024-02-10", "2023-12-31"]), f"g{rng.randrange(12)}")
            for i in range(1, 61)]
    db.executemany("INSERT INTO t VALUES (?, ?, ?)", rows)
    return db


def _expected(conn, order: Order) -> list[int]:
    """The ids in ``order`` by a plain sort, not by the keyset code."""
    rows = conn.execute("SELECT id, day FROM t").fetchall()
    dated = sorted((r for r in rows if r[1]), key=lambda r: (r[1], r[0]), reverse=order.day_descending)
    undated = sorted((r for r in rows if not r[1]), key=lambda r: r[0], reverse=order.keys[0][1])
    parts = [undated, dated] if order.undated_first else [dated, undated]
    return [r[0] for part in parts for r in part]


def _all_rows(conn, order: Order, size: int) -> list[int]:
    out, cursor = [], None
    while True:
        rows, cursor = row_page(conn, "SELECT t.day, t.id FROM t WHERE {where}", [], [], order, (int,), size, cursor)
        out += [r[1] for r in rows]
        if cursor is None:
            return out


@pytest.mark.parametrize("size", [1, 4, 7, 59, 60, 100])
@pytest.mark.parametrize("order", [ORDER, ORDER.reversed()], ids=["newest-first", "oldest-first"])
def test_row_pages_read_every_row_once_in_order(conn, order, size):
    assert _all_rows(conn, order, size) == _expected(conn, order)


@pytest.mark.parametrize("size", [1, 3, 5, 20])
@pytest.mark.parametrize("order", [ORDER, ORDER.reversed()], ids=["newest-first", "oldest-first"])
def test_group_pages_give_each_group_once_where_its_first_row_sits(conn, order, size):
    groups = Groups("t", "t.grp", [], [], order)
    out, cursor = [], None
    while True:
        found, cursor = groups.page(conn, size, cursor)
        assert len(found) <= size
        out += found
        if cursor is None:
            break
    grp = dict(conn.execute("SELECT id, grp FROM t").fetchall())
    assert out == list(dict.fromkeys(grp[i] for i in _expected(conn, order)))


def test_at_or_before_is_the_complement_of_after(conn):
    ids = _expected(conn, ORDER)
    for position in (0, 17, 45, len(ids) - 1):
        day, row_id = conn.execute("SELECT day, id FROM t WHERE id = ?", (ids[position],)).fetchone()
        phase = 0 if day else 1
        clause, params = ORDER.at_or_before(phase, ORDER.key(phase, day, [row_id]))
        before = {r for (r,) in conn.execute(f"SELECT t.id FROM t WHERE {clause}", params)}
        assert before == set(ids[:position + 1])


@pytest.mark.parametrize("cursor", ["not base64 at all!", encode_cursor([5, "", 1]), encode_cursor([0, "", "x"]),
                                    encode_cursor([True, "", 1]), encode_cursor([0, "", 1, 2])])
def test_cursors_not_handed_out_are_refused(cursor):
    with pytest.raises(BadCursor):
        ORDER.start(cursor, (int,))
