"""Settings of `veille watch`: packaged defaults, then a TOML file, then command-line flags."""

from __future__ import annotations

import ipaddress
import re
import tomllib
from dataclasses import dataclass, field, fields, replace
from importlib import resources
from pathlib import Path
from typing import Any

from veille import __version__
from veille.errors import InputError

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$")
_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0, None: 1.0}
KINDS = ("auto", "feed", "sitemap", "page")


class ConfigError(InputError):
    """A configuration file or value that cannot be used (names the file or the key)."""


def parse_duration(value: str | int | float, where: str = "duration") -> float:
    """Seconds in "500ms", "30s", "15m", "6h", "1d" or a plain number of seconds."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if value < 0:
            raise ConfigError(where, f"negative duration {value!r}")
        return float(value)
    m = _DURATION.match(str(value))
    if m is None:
        raise ConfigError(where, f"not a duration: {value!r} (use 500ms, 30s, 15m, 6h or 1d)")
    return float(m[1]) * _UNITS[m[2]]


@dataclass(frozen=True, slots=True)
class SourceSpec:
    """A source as a configuration file (or `veille sources add`) gives it."""

    url: str
    kind: str = "auto"
    name: str | None = None
    language: str | None = None
    every: float | None = None  # seconds; None: the default interval


@dataclass(frozen=True, slots=True)
class WatchConfig:
    """Every setting of the fetcher and the scheduler; durations in seconds."""

    every: float
    contact: str
    user_agent: str
    concurrency: int
    min_delay: float
    max_crawl_delay: float
    connect_timeout: float
    read_timeout: float
    total_timeout: float
    max_bytes: int
    max_redirects: int
    retries: int
    backoff: float
    max_retry_after: float
    max_backoff: float
    item_attempts: int
    robots_ttl: float
    sitemap_children: int
    batch_size: int
    allow_private: bool
    allow_networks: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]
    content_types: frozenset[str]
    tracking_params: tuple[str, ...]
    sources: tuple[SourceSpec, ...] = field(default=())

    @property
    def agent(self) -> str:
        """The User-Agent header: honest name, version and the configured contact."""
        contact = self.contact or "no contact configured"
        return self.user_agent.format(version=__version__, contact=contact)

    def with_overrides(self, **changes: Any) -> WatchConfig:
        """This configuration with the given settings replaced (None values are ignored)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


_DURATIONS = {"every", "min_delay", "max_crawl_delay", "connect_timeout", "read_timeout", "total_timeout",
              "backoff", "max_retry_after", "max_backoff", "robots_ttl"}
_INTS = {"concurrency", "max_bytes", "max_redirects", "retries", "item_attempts", "sitemap_children",
         "batch_size"}


def _defaults() -> dict[str, Any]:
    text = resources.files("veille").joinpath("data/watch/defaults.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)["watch"]


def load_config(path: str | Path | None = None) -> WatchConfig:
    """The packaged defaults, overridden by the ``[watch]`` table and ``[[sources]]`` of ``path``."""
    values = _defaults()
    sources: list[SourceSpec] = []
    if path is not None:
        where = str(path)
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except OSError as exc:
            raise ConfigError(where, f"cannot read: {exc.strerror or exc}") from exc
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(where, f"not valid TOML: {exc}") from exc
        unknown = set(data) - {"watch", "sources"}
        if unknown:
            raise ConfigError(where, f"unknown table(s): {', '.join(sorted(unknown))}")
        own = data.get("watch", {})
        unknown = set(own) - set(values)
        if unknown:
            raise ConfigError(where, f"unknown key(s) in [watch]: {', '.join(sorted(unknown))}")
        values.update(own)
        sources = [_source(entry, f"{where}: sources[{i}]") for i, entry in enumerate(data.get("sources", []))]
    return _build(values, sources)


def _source(entry: Any, where: str) -> SourceSpec:
    if not isinstance(entry, dict) or not isinstance(entry.get("url"), str):
        raise ConfigError(where, "each [[sources]] entry needs a url")
    unknown = set(entry) - {"url", "kind", "name", "language", "every"}
    if unknown:
        raise ConfigError(where, f"unknown key(s): {', '.join(sorted(unknown))}")
    kind = entry.get("kind", "auto")
    if kind not in KINDS:
        raise ConfigError(where, f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    every = entry.get("every")
    return SourceSpec(entry["url"], kind, entry.get("name"), entry.get("language"),
                      parse_duration(every, f"{where}.every") if every is not None else None)


def _build(values: dict[str, Any], sources: list[SourceSpec]) -> WatchConfig:
    kwargs: dict[str, Any] = {}
    for f in fields(WatchConfig):
        if f.name == "sources":
            continue
        value = values[f.name]
        if f.name in _DURATIONS:
            value = parse_duration(value, f"[watch] {f.name}")
        elif f.name in _INTS:
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ConfigError(f"[watch] {f.name}", f"expected a whole number >= 0, not {value!r}")
        elif f.name == "allow_networks":
            value = tuple(parse_network(v) for v in value)
        elif f.name == "content_types":
            value = frozenset(str(v).lower() for v in value)
        elif f.name == "tracking_params":
            value = tuple(str(v).lower() for v in value)
        elif f.name == "allow_private":
            value = bool(value)
        else:
            value = str(value)
        kwargs[f.name] = value
    if kwargs["concurrency"] < 1 or kwargs["batch_size"] < 1:
        raise ConfigError("[watch]", "concurrency and batch_size must be at least 1")
    return WatchConfig(**kwargs, sources=tuple(sources))


def parse_network(value: str) -> ipaddress.IPv4Network | ipaddress.IPv6Network:
    try:
        return ipaddress.ip_network(str(value), strict=False)
    except ValueError as exc:
        raise ConfigError("[watch] allow_networks", f"not a network: {value!r}") from exc
