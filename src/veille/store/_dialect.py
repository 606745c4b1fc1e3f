"""What differs between the SQL of SQLite and PostgreSQL, in one small object each: placeholders,
inserts that ignore or replace a conflicting row, ids of inserted rows, full-text search, the schema
version, the write lock. The reader, writer and candidates write every query once, in SQLite's
``?`` style, and ask the dialect for these few pieces.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

# the advisory lock every PostgreSQL writer takes in its save transaction: consolidation decides
# across rows (clusters, stories, people), so two writers must not decide on the same rows at once
WRITE_LOCK = 0x7665696C6C65  # "veille"

_FTS_TOKEN = re.compile(r'"(?P<phrase>[^"]*)"|(?P<op>AND|OR|NOT)\b|(?P<paren>[()])|(?P<word>[^\s()"]+)')


@dataclass(frozen=True, slots=True)
class Dialect:
    name: str  # "sqlite" or "postgresql"

    @property
    def postgresql(self) -> bool:
        return self.name == "postgresql"

    # -- statements --------------------------------------------------------------------------------
    @property
    def begin(self) -> str:
        """Start a write transaction (SQLite: take the file's write lock at once)."""
        return "BEGIN" if self.postgresql else "BEGIN IMMEDIATE"

    def ignore(self, insert: str) -> str:
        """``INSERT INTO ...`` that skips a row breaking a unique constraint."""
        if self.postgresql:
            return insert + " ON CONFLICT DO NOTHING"
        return insert.replace("INSERT INTO", "INSERT OR IGNORE INTO", 1)

    def replace(self, table: str, columns: Sequence[str], key: str) -> str:
        """Insert a row, replacing the one with the same ``key``."""
        cols = ", ".join(columns)
        marks = ",".join("?" for _ in columns)
        if not self.postgresql:
            return f"INSERT OR REPLACE INTO {table} ({cols}) VALUES ({marks})"
        sets = ", ".join(f"{c}=excluded.{c}" for c in columns if c != key)
        return f"INSERT INTO {table} ({cols}) VALUES ({marks}) ON CONFLICT ({key}) DO UPDATE SET {sets}"

    def insert_id(self, conn: Any, insert: str, params: Sequence[object]) -> int:
        """Run ``insert`` (one row into a table with an ``id`` key) and return the new row's id."""
        if self.postgresql:
            return int(conn.execute(insert + " RETURNING id", params).fetchone()[0])
        row_id = conn.execute(insert, params).lastrowid
        assert row_id is not None
        return int(row_id)

    def insert_rows(self, conn: Any, table: str, columns: Sequence[str], rows: Sequence[Sequence[object]], *,
                    ignore: bool = False, tail: str = "") -> None:
        """Insert ``rows`` (one value per column) into ``table``, in order; ``ignore``: skip a row breaking
        a unique constraint; ``tail``: an ``ON CONFLICT`` clause. PostgreSQL: one statement for all the
        rows (``veille.store._pg``), so ``tail`` must not update one row twice (distinct keys)."""
        if not rows:
            return
        if self.postgresql:
            conn.insert_rows(table, columns, rows, tail=(" ON CONFLICT DO NOTHING" if ignore else "") + tail)
            return
        verb = "INSERT OR IGNORE INTO" if ignore else "INSERT INTO"
        conn.executemany(f"{verb} {table} ({_names(columns)})"
                         f" VALUES ({','.join('?' for _ in columns)}){tail}", rows)

    def insert_ids(self, conn: Any, table: str, columns: Sequence[str], rows: Sequence[Sequence[object]]) -> list[int]:
        """Insert ``rows`` into ``table`` (with an ``id`` key); the new rows' ids, in order.
        PostgreSQL: one statement for all the rows."""
        if not rows:
            return []
        if self.postgresql:
            return list(conn.insert_rows(table, columns, rows, returning=True))
        insert = f"INSERT INTO {table} ({_names(columns)}) VALUES ({','.join('?' for _ in columns)})"
        return [self.insert_id(conn, insert, row) for row in rows]

    def upsert_rows(self, conn: Any, table: str, columns: Sequence[str], key: str,
                    rows: Sequence[Sequence[object]], *, replace: bool = False) -> None:
        """Insert rows (distinct ``key`` values), each updating the stored row with its ``key``
        (``replace``: SQLite deletes that row and inserts a new one, ``INSERT OR REPLACE``)."""
        if not rows:
            return
        sets = ", ".join(f"{c}=excluded.{c}" for c in columns if c != key)
        tail = f" ON CONFLICT ({key}) DO UPDATE SET {sets}"
        if self.postgresql:
            conn.insert_rows(table, columns, rows, tail=tail)
        elif replace:
            conn.executemany(self.replace(table, columns, key), rows)
        else:
            conn.executemany(f"INSERT INTO {table} ({_names(columns)}) VALUES ({','.join('?' for _ in columns)})"
                             + tail, rows)

    def bare(self, expr: str) -> str:
        """A column of a grouped query that is not grouped on: SQLite takes it from one of the group's
        rows; PostgreSQL wants an aggregate (the smallest)."""
        return f"MIN({expr})" if self.postgresql else expr

    @property
    def place_group(self) -> str:
        """What places are grouped by: their GeoNames id, else their name (PostgreSQL: as text)."""
        if self.postgresql:
            return "COALESCE(CAST(p.geonameid AS TEXT), p.name, p.text)"
        return "COALESCE(p.geonameid, p.name, p.text)"

    @property
    def update_ignore(self) -> str:
        return "UPDATE" if self.postgresql else "UPDATE OR IGNORE"

    # -- full text -----------------------------------------------------------------------------
    def search_insert(self, conn: Any, rows: Sequence[tuple[int, str, str, int]], language: str | None) -> None:
        """Index (rowid, body, kind, article id) rows of one article, in its language."""
        if not rows:
            return
        if self.postgresql:
            conn.insert_rows("search_index", ("rowid", "body", "kind", "article_id"), rows,
                             computed=search_computed(language))
        else:
            conn.executemany("INSERT INTO search_index (rowid, body, kind, article_id) VALUES (?,?,?,?)", rows)

    def match(self, query: str) -> tuple[str, list[object]]:
        """A condition on ``search_index`` rows for an FTS5 query (as ``veille.query.search`` writes
        them: quoted phrases, AND, OR, parentheses), and its parameters."""
        if not self.postgresql:
            return "search_index MATCH ?", [query]
        template, phrases = _tsquery(query)
        clauses: list[str] = []
        params: list[object] = []
        for config in TEXT_CONFIGS.values():
            clauses.append(f"(config = '{config}' AND tsv @@ ({template.format(cfg=config)}))")
            params += phrases
        return "(" + " OR ".join(clauses) + ")", params


def _names(columns: Sequence[str]) -> str:
    """Quoted column names (``end`` is a keyword)."""
    return ", ".join(f'"{c}"' for c in columns)


SQLITE = Dialect("sqlite")
POSTGRESQL = Dialect("postgresql")

# the text search configuration of each article language (stemmed, accents removed: see the
# PostgreSQL migrations); other languages use the unstemmed one
TEXT_CONFIGS = {"fr": "veille_french", "en": "veille_english", "": "veille_simple"}


def text_config(language: str | None) -> str:
    return TEXT_CONFIGS.get((language or "").lower()[:2], TEXT_CONFIGS[""])


def search_computed(language: str | None) -> tuple[tuple[str, str], ...]:
    """PostgreSQL: the columns of a search row computed from its body (``u."body"``), in the text search
    configuration of ``language``."""
    config = text_config(language)
    return (("config", f"'{config}'"), ("tsv", f"to_tsvector('{config}', u.\"body\")"))


@lru_cache(maxsize=256)
def _tsquery(query: str) -> tuple[str, list[str]]:
    """An FTS5 query as a tsquery expression (``{cfg}`` standing for the configuration) and the
    phrases it binds, each through ``phraseto_tsquery`` so that no user text is parsed as syntax."""
    out: list[str] = []
    phrases: list[str] = []
    pending_operand = False
    for m in _FTS_TOKEN.finditer(query):
        op, paren = m["op"], m["paren"]
        if op:
            out.append({"AND": "&&", "OR": "||", "NOT": "&& !!"}[op])
            pending_operand = False
            continue
        if paren == ")":
            out.append(")")
            pending_operand = True
            continue
        if pending_operand:  # FTS5: words side by side must all appear
            out.append("&&")
        if paren == "(":
            out.append("(")
            pending_operand = False
            continue
        phrases.append(m["phrase"] if m["phrase"] is not None else m["word"])
        out.append("phraseto_tsquery('{cfg}', ?)")
        pending_operand = True
    if not phrases:
        return "phraseto_tsquery('{cfg}', ?)", [""]
    return " ".join(out), phrases
