"""The reports and story cards a batch of new articles wrote, as consolidation reads them back: kept by
the writer (PostgreSQL), so that the batch's clusters and stories decisions read only the stored rows
from the server (each read a round trip, waiting for every write sent before it).

A new article's report is in its own cluster and its card in its own story until the batch's decision
(a group is named after the smallest own id of its members, and no stored row is a member of a new
row's own group), so the members of such a group are the new rows alone.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from typing import Generic, TypeVar

from veille.consolidate.events import EventSignature
from veille.consolidate.stories import StoryCard

_Row = TypeVar("_Row")


class WrittenRows(Generic[_Row]):
    """Rows by their key (a report's uid, a card's article) and by their group (cluster, story)."""

    def __init__(self, rows: Iterable[_Row], key: Callable[[_Row], str], group: Callable[[_Row], str]) -> None:
        self.key: Callable[[_Row], str] = key
        self._by_key: dict[str, _Row] = {key(row): row for row in rows}
        self._by_group: dict[str, list[_Row]] = {}
        for row in self._by_key.values():
            self._by_group.setdefault(group(row), []).append(row)

    def __bool__(self) -> bool:
        return bool(self._by_key)

    def rows(self) -> list[_Row]:
        return list(self._by_key.values())

    def by_keys(self, keys: Collection[str]) -> tuple[list[_Row], list[str]]:
        """The rows of ``keys`` held here, and the keys that are not."""
        if not self._by_key:
            return [], list(keys)
        return [self._by_key[k] for k in keys if k in self._by_key], [k for k in keys if k not in self._by_key]

    def by_groups(self, groups: Collection[str]) -> tuple[list[_Row], list[str]]:
        """The rows of the ``groups`` held here (the whole group), and the groups that are not."""
        if not self._by_key:
            return [], list(groups)
        return ([row for g in groups for row in self._by_group.get(g, ())],
                [g for g in groups if g not in self._by_group])

    def merged(self, held: list[_Row], read: list[_Row]) -> list[_Row]:
        """``held`` and the rows ``read`` from the server, in the order of the key (as the server gives
        them)."""
        return sorted([*held, *read], key=self.key) if held else read


def written_reports(reports: Iterable[EventSignature]) -> WrittenRows[EventSignature]:
    return WrittenRows(reports, lambda sig: sig.uid, lambda sig: sig.cluster_id)


def written_cards(cards: Iterable[StoryCard]) -> WrittenRows[StoryCard]:
    return WrittenRows(cards, lambda card: card.article, lambda card: card.story_id)
