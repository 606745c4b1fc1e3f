"""robots.txt per host (urllib.robotparser), cached in memory and kept in the database between runs."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.robotparser import RobotFileParser


@dataclass(slots=True)
class RobotsEntry:
    """One host's rules. ``status`` 2xx with ``body``: its rules; 4xx: no rules; 5xx/429: keep out."""

    host: str
    status: int
    body: str | None
    fetched_at: float  # time.time()
    reason: str | None = None  # why robots.txt could not be fetched
    _parser: RobotFileParser | None = field(default=None, repr=False)

    def _rules(self) -> RobotFileParser:
        if self._parser is None:
            parser = RobotFileParser()
            parser.parse((self.body or "").splitlines())
            self._parser = parser
        return self._parser

    def allows(self, agent: str, url: str) -> bool:
        if self.status >= 500 or self.status == 429:
            return False
        if self.status >= 400 or not self.body:
            return True
        return self._rules().can_fetch(_product(agent), url)

    def crawl_delay(self, agent: str) -> float | None:
        if self.status >= 400 or not self.body:
            return None
        delay = self._rules().crawl_delay(_product(agent))
        return float(delay) if delay is not None else None

    @property
    def lasting(self) -> bool:
        """Whether the entry is worth keeping between runs (an unreachable robots.txt is asked again)."""
        return self.status < 500 and self.status != 429


def _product(agent: str) -> str:
    """The product token robots.txt groups are matched against ("veille" in "veille/0.1 (...)")."""
    return agent.split("/", 1)[0].strip() or agent


UNREACHABLE_TTL = 600.0  # seconds before an unreachable robots.txt is asked again


class RobotsCache:
    """Thread-safe: one fetch per host at a time; entries older than ``ttl`` seconds are fetched again."""

    def __init__(self, ttl: float, entries: list[RobotsEntry] | None = None) -> None:
        self.ttl = ttl
        self._entries = {e.host: e for e in entries or []}
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()
        self.fetched: list[RobotsEntry] = []  # entries fetched by this process, to keep

    def entry(self, host: str, fetch: Callable[[str], tuple[int, str | None, str | None]]) -> RobotsEntry:
        with self._lock:
            lock = self._locks.setdefault(host, threading.Lock())
        with lock:
            entry = self._entries.get(host)
            ttl = self.ttl if entry is None or entry.lasting else min(self.ttl, UNREACHABLE_TTL)
            if entry is not None and time.time() - entry.fetched_at < ttl:
                return entry
            status, body, reason = fetch(host)
            entry = RobotsEntry(host, status, body, time.time(), reason)
            self._entries[host] = entry
            with self._lock:
                self.fetched.append(entry)
            return entry
