"""The stored people of a batch of new articles' name buckets, read once for the batch and kept as the
batch's writes change them (PostgreSQL: no round trip per article for its person ids)."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from veille.consolidate.source import StoredPersonName

# one row of article_actors as person ids read it: (bucket, person key, country, registry id)
PersonRow = tuple[str, str, str | None, str]


class KnownPeople:
    """The distinct people rows of ``buckets``, as ``article_actors`` holds them: the rows the batch's
    articles write are added (``add``), a re-pointed name's rows take their new id (``repoint``), as the
    writer does in the database."""

    def __init__(self, buckets: Collection[str], rows: Iterable[PersonRow]) -> None:
        self.buckets = frozenset(buckets)
        self._rows = set(rows)

    def covers(self, buckets: Collection[str]) -> bool:
        return self.buckets.issuperset(buckets)

    def names(self, buckets: Collection[str]) -> list[StoredPersonName]:
        """What ``SELECT DISTINCT person_key, country, actor_id ... WHERE bucket IN (buckets)`` gives."""
        wanted = set(buckets)
        return [StoredPersonName(key, country, actor_id)
                for key, country, actor_id in sorted({(k, c, a) for b, k, c, a in self._rows if b in wanted},
                                                     key=lambda row: (row[0], row[1] or "", row[2]))]

    def add(self, rows: Iterable[PersonRow]) -> None:
        self._rows.update(rows)

    def repoint(self, key: str, actor_id: str) -> None:
        """Every row of the person name ``key`` now names ``actor_id``."""
        moved = {row for row in self._rows if row[1] == key}
        self._rows -= moved
        self._rows |= {(b, k, c, actor_id) for b, k, c, _old in moved}
