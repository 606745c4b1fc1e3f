"""Watching the news: sources (feeds, sitemaps, pages) polled politely and safely, items analysed as
they come, state kept in the store so that an interrupted pass loses nothing (docs/watch.md).

Public surface:

- :func:`fetch` one URL into an :class:`~veille.ingest.article.Article` (``veille analyze URL``);
- :func:`load_config` and :class:`WatchConfig` (TOML, packaged defaults);
- :class:`WatchState` (the sources and items tables) and :class:`Watcher` (passes).
"""

from __future__ import annotations

from collections.abc import Iterator

from veille.errors import FetchError, InputError, UnsafeURLError
from veille.ingest.article import Article
from veille.watch._config import ConfigError, SourceSpec, WatchConfig, load_config, parse_duration
from veille.watch._http import Fetcher, Validators
from veille.watch._parse import kind_of, page
from veille.watch._scheduler import PassCounts, PassReport, SourceReport, Watcher
from veille.watch._state import SourceError, SourceStats, WatchState

__all__ = [
    "ConfigError",
    "FetchError",
    "Fetcher",
    "PassCounts",
    "PassReport",
    "SourceError",
    "SourceReport",
    "SourceSpec",
    "SourceStats",
    "UnsafeURLError",
    "Validators",
    "WatchConfig",
    "WatchState",
    "Watcher",
    "fetch",
    "load_config",
    "parse_duration",
    "read_url",
]


def fetch(url: str, config: WatchConfig | None = None) -> Article:
    """Fetch one article page (HTML or plain text) and extract it; raise FetchError naming the URL."""
    config = config or load_config()
    fetcher = Fetcher(config)
    try:
        fetched = fetcher.get(url)
        kind = kind_of(fetched)
        if kind != "page":
            raise FetchError(url, f"a {kind}, not an article page: add it with `veille sources add {url}`")
        return page(fetched, tracking=config.tracking_params).article
    finally:
        fetcher.close()


def read_url(url: str, *, allow_private: bool = False) -> Iterator[Article | InputError]:
    """The article at ``url``, or the error saying why not (the shape ``read_inputs`` yields)."""
    try:
        yield fetch(url, load_config().with_overrides(allow_private=allow_private or None))
    except InputError as exc:
        yield exc
