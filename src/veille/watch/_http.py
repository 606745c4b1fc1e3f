"""Fetching one URL politely and safely: the gate per host, caps, redirects, retries, conditional GET.

:class:`Fetcher` is shared by the worker threads of a pass. Every HTTP request (robots.txt, feed,
page, each redirect hop) waits for its host's gate: one request at a time per host, and a minimum
delay between two of them (robots.txt's Crawl-delay may raise it; Retry-After holds the host back).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import httpx

from veille.errors import FetchError, UnsafeURLError
from veille.watch._config import WatchConfig
from veille.watch._robots import RobotsCache
from veille.watch._safety import AddressPolicy, AddressRefused, GuardedTransport, check_scheme

log = logging.getLogger(__name__)

_REDIRECTS = {301, 302, 303, 307, 308}
_TRANSIENT = {408, 425, 429, 500, 502, 503, 504}
ROBOTS_MAX_BYTES = 512_000  # RFC 9309: parse at least 500 KiB


@dataclass(frozen=True, slots=True)
class Validators:
    """What the last response said, for the next conditional GET."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        out = {}
        if self.etag:
            out["If-None-Match"] = self.etag
        if self.last_modified:
            out["If-Modified-Since"] = self.last_modified
        return out


@dataclass(slots=True)
class Fetched:
    """One response: 200 with its body, or 304 (``not_modified``, empty body)."""

    url: str  # after redirects
    status: int
    body: bytes
    content_type: str
    charset: str | None
    validators: Validators

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class Stopped(FetchError):
    """The pass is stopping: the request was not sent (nothing to record against the URL)."""


def host_key(url: str) -> str:
    """``scheme://host[:port]``: what one gate, one robots.txt and one politeness delay cover."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    host = f"[{host}]" if ":" in host else host
    try:
        port = parts.port
    except ValueError:
        port = None
    return f"{parts.scheme.lower()}://{host}" + (f":{port}" if port else "")


class _Gate:
    """One host: one request at a time, ``delay`` seconds apart, none before ``not_before``."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.ready_at = 0.0
        self.delay: float | None = None  # None until robots.txt said (or not) a Crawl-delay


class Fetcher:
    """Polite, safe HTTP GETs. ``sleep`` waits and returns early (True) when the pass is stopping."""

    def __init__(self, config: WatchConfig, *, robots: RobotsCache | None = None,
                 sleep: Callable[[float], bool] | None = None) -> None:
        self.config = config
        self.policy = AddressPolicy(config.allow_private, config.allow_networks)
        self.robots = robots or RobotsCache(config.robots_ttl)
        self._sleep = sleep or _plain_sleep
        self._gates: dict[str, _Gate] = {}
        self._gates_lock = threading.Lock()
        self.requests = 0  # HTTP requests sent (all hosts)
        self._count_lock = threading.Lock()
        timeout = httpx.Timeout(connect=config.connect_timeout, read=config.read_timeout,
                                write=config.read_timeout, pool=config.total_timeout)
        self.client = httpx.Client(
            transport=GuardedTransport(self.policy, max_connections=max(4, config.concurrency * 2)),
            timeout=timeout, follow_redirects=False, trust_env=False,
            headers={"User-Agent": config.agent, "Accept-Encoding": "gzip, deflate"})

    def close(self) -> None:
        self.client.close()

    # -- gates -----------------------------------------------------------------------------------
    def _gate(self, key: str) -> _Gate:
        with self._gates_lock:
            gate = self._gates.get(key)
            if gate is None:
                gate = self._gates[key] = _Gate()
            return gate

    def ready_at(self, key: str) -> float:
        """When the host ``key`` (see :func:`host_key`) may next be asked (monotonic clock)."""
        return self._gate(key).ready_at

    def hold_host(self, url: str, seconds: float) -> None:
        """No request to this URL's host for ``seconds`` (Retry-After)."""
        gate = self._gate(host_key(url))
        gate.ready_at = max(gate.ready_at, time.monotonic() + seconds)

    # -- public ----------------------------------------------------------------------------------
    def get(self, url: str, validators: Validators | None = None) -> Fetched:
        """GET ``url`` (conditional if ``validators``), following redirects; raise FetchError.

        Transient failures (timeouts, 5xx, 429) are tried again ``retries`` times with exponential
        back-off, honouring Retry-After up to ``max_retry_after``.
        """
        attempt = 0
        while True:
            try:
                return self._follow(url, validators)
            except FetchError as exc:
                if not exc.transient or attempt >= self.config.retries:
                    raise
                wait = self.config.backoff * 2 ** attempt
                if exc.retry_after is not None:
                    if exc.retry_after > self.config.max_retry_after:
                        raise
                    wait = max(wait, exc.retry_after)
                attempt += 1
                log.info("%s: %s; retry %d in %.1fs", url, exc.reason, attempt, wait)
                if self._sleep(wait):
                    raise Stopped(url, "stopped while waiting to retry") from exc

    def check_robots(self, url: str) -> None:
        """Raise unless robots.txt of the URL's host lets veille fetch it (fetching robots.txt if needed)."""
        key = host_key(url)
        try:
            entry = self.robots.entry(key, self._fetch_robots)
        except UnsafeURLError as exc:
            raise UnsafeURLError(url, exc.reason) from exc
        gate = self._gate(key)
        if gate.delay is None:
            crawl = entry.crawl_delay(self.config.agent)
            gate.delay = min(max(self.config.min_delay, crawl or 0.0), self.config.max_crawl_delay)
        if not entry.lasting:
            raise FetchError(url, f"robots.txt unreachable ({entry.reason or f'HTTP {entry.status}'}):"
                                  " the host is left alone for now", transient=True)
        if not entry.allows(self.config.agent, url):
            raise UnsafeURLError(url, "disallowed by robots.txt")

    # -- internals -------------------------------------------------------------------------------
    def _follow(self, url: str, validators: Validators | None) -> Fetched:
        seen = [url]
        current = url
        for _hop in range(self.config.max_redirects + 1):
            headers = validators.headers() if validators and current == url else {}
            try:
                check_scheme(current)
                self.check_robots(current)
                response, body = self._request(current, headers, self.config.max_bytes)
                if response.status_code not in _REDIRECTS:
                    return self._result(current, response, body)
            except FetchError as exc:
                if current == url:
                    raise
                raise type(exc)(url, f"redirected to {current}: {exc.reason}", transient=exc.transient,
                                retry_after=exc.retry_after) from exc
            target = response.headers.get("location")
            if not target:
                raise FetchError(current, f"HTTP {response.status_code} redirect without a Location")
            target = urljoin(current, target)
            if target in seen:
                raise FetchError(url, f"redirect loop ({' -> '.join([*seen, target])})")
            seen.append(target)
            current = target
        raise FetchError(url, f"more than {self.config.max_redirects} redirects (last: {current})")

    def _result(self, final: str, response: httpx.Response, body: bytes) -> Fetched:
        status = response.status_code
        validators = Validators(response.headers.get("etag"), response.headers.get("last-modified"))
        if status == 304:
            return Fetched(final, 304, b"", "", None, validators)
        if status >= 400:
            retry_after = _retry_after(response.headers.get("retry-after"))
            if retry_after is not None:
                self.hold_host(final, retry_after)
            reason = f"HTTP {status} {response.reason_phrase}".rstrip()
            if retry_after is not None:
                reason += f" (Retry-After {retry_after:.0f}s)"
            raise FetchError(final, reason, transient=status in _TRANSIENT,
                             retry_after=retry_after)
        if status != 200:
            raise FetchError(final, f"unexpected HTTP {status}")
        content_type, charset = _content_type(response.headers.get("content-type", ""))
        if content_type not in self.config.content_types:
            raise FetchError(final, f"content type {content_type or 'missing'!r} refused"
                                    " (only HTML, XML and plain text)")
        return Fetched(final, status, body, content_type, charset, validators)

    def _request(self, url: str, headers: dict[str, str], max_bytes: int) -> tuple[httpx.Response, bytes]:
        """One request through the host's gate, body read up to ``max_bytes`` within total_timeout."""
        gate = self._gate(host_key(url))
        with gate.lock:
            wait = gate.ready_at - time.monotonic()
            if wait > self.config.max_retry_after:  # held back by a long Retry-After: not this pass
                raise FetchError(url, f"host asked to wait {wait:.0f}s more (Retry-After)", transient=True,
                                 retry_after=wait)
            if wait > 0 and self._sleep(wait):
                raise Stopped(url, "stopped before the request", transient=True)
            with self._count_lock:
                self.requests += 1
            try:
                return self._send(url, headers, max_bytes)
            finally:
                delay = gate.delay if gate.delay is not None else self.config.min_delay
                gate.ready_at = max(gate.ready_at, time.monotonic() + delay)

    def _send(self, url: str, headers: dict[str, str], max_bytes: int) -> tuple[httpx.Response, bytes]:
        deadline = time.monotonic() + self.config.total_timeout
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > max_bytes:
                    raise FetchError(url, f"body of {int(declared)} bytes is over the {max_bytes}-byte cap")
                chunks: list[bytes] = []
                size = 0
                if response.status_code in _REDIRECTS or response.status_code == 304:
                    return response, b""
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        raise FetchError(url, f"body over the {max_bytes}-byte cap")
                    if time.monotonic() > deadline:
                        raise FetchError(url, f"response not complete after {self.config.total_timeout:g}s",
                                         transient=True)
                    chunks.append(chunk)
                return response, b"".join(chunks)
        except AddressRefused as exc:
            raise UnsafeURLError(url, f"refused: {exc} (--allow-private allows it)") from exc
        except httpx.TimeoutException as exc:
            what = "connecting" if isinstance(exc, httpx.ConnectTimeout) else "waiting for the response"
            limit = self.config.connect_timeout if isinstance(exc, httpx.ConnectTimeout) else self.config.read_timeout
            raise FetchError(url, f"timed out {what} (after {limit:g}s)", transient=True) from exc
        except httpx.DecodingError as exc:
            raise FetchError(url, f"undecodable compressed body: {exc}") from exc
        except httpx.HTTPError as exc:
            raise FetchError(url, f"connection failed: {exc}", transient=True) from exc

    def _fetch_robots(self, key: str) -> tuple[int, str | None, str | None]:
        """(status, body, failure) of robots.txt: 4xx means no rules, 5xx or no answer means keep out."""
        current = f"{key}/robots.txt"
        for _hop in range(5):
            check_scheme(current)
            try:
                response, body = self._request(current, {}, ROBOTS_MAX_BYTES)
            except (UnsafeURLError, Stopped):
                raise
            except FetchError as exc:  # RFC 9309: unreachable robots.txt, crawl nothing for now
                return 503, None, exc.reason
            if response.status_code in _REDIRECTS and response.headers.get("location"):
                current = urljoin(current, response.headers["location"])
                continue
            if response.status_code >= 400:  # 4xx: no rules; 5xx and 429: keep out (RobotsEntry)
                return response.status_code, None, None
            return response.status_code, body.decode("utf-8", errors="replace"), None
        return 404, None, None


def _plain_sleep(seconds: float) -> bool:
    time.sleep(seconds)
    return False


def _content_type(header: str) -> tuple[str, str | None]:
    main, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, value = param.strip().partition("=")
        if name.lower() == "charset" and value:
            charset = value.strip('"\' ').lower()
    return main.strip().lower(), charset


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (a number of seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - time.time())
