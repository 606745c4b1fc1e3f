"""Where veille may connect: http(s) only, public addresses only, checked after DNS resolution.

The check lives in the network backend of the HTTP client: every connection (the first request and
each redirect hop alike) resolves the host name once, refuses it if any address is loopback, private,
link-local, multicast or otherwise not global, and connects to the address it checked, so that a
second DNS answer cannot slip another address in.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpcore
import httpx

from veille.errors import UnsafeURLError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


class AddressRefused(Exception):  # noqa: N818 (internal signal, turned into UnsafeURLError)
    """Raised inside the HTTP client when a resolved address is refused; says which and why."""


@dataclass(frozen=True, slots=True)
class AddressPolicy:
    """``allow_private`` lets every address through; ``allow_networks`` only the ones listed."""

    allow_private: bool = False
    allow_networks: tuple[IPNetwork, ...] = ()

    def refusal(self, address: IPAddress) -> str | None:
        """Why ``address`` is refused ("a loopback address"), or None when veille may connect to it."""
        if self.allow_private or any(address in net for net in self.allow_networks):
            return None
        mapped = getattr(address, "ipv4_mapped", None)
        if mapped is not None:
            address = mapped
        for attribute, what in (("is_unspecified", "unspecified"), ("is_loopback", "loopback"),
                                ("is_link_local", "link-local"), ("is_multicast", "multicast"),
                                ("is_private", "private"), ("is_reserved", "reserved")):
            if getattr(address, attribute):
                return f"a {what} address"
        if not address.is_global:
            return "not a public address"
        return None


def check_scheme(url: str) -> None:
    """Refuse anything but http and https before any work."""
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise UnsafeURLError(url, f"only http and https URLs are fetched, not {scheme or 'a relative URL'!r}")


def resolve(host: str, port: int) -> list[IPAddress]:
    """Every address ``host`` resolves to (a literal address resolves to itself)."""
    try:
        return [ipaddress.ip_address(host.strip("[]"))]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
    seen: dict[str, IPAddress] = {}
    for info in infos:
        text = str(info[4][0]).split("%", 1)[0]
        seen.setdefault(text, ipaddress.ip_address(text))
    return list(seen.values())


class _GuardedBackend(httpcore.SyncBackend):
    """httpcore's socket backend, resolving and checking the address itself before connecting."""

    def __init__(self, policy: AddressPolicy) -> None:
        self.policy = policy

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: Iterable[tuple] | None = None) -> httpcore.NetworkStream:
        addresses = resolve(host, port)
        for address in addresses:
            why = self.policy.refusal(address)
            if why is not None:
                literal = host.strip("[]") == str(address)
                said = f"{address} is {why}" if literal else f"{host} resolves to {address}, {why}"
                raise AddressRefused(said)
        error: Exception | None = None
        for address in addresses:  # TLS still uses the URL's host name (SNI, certificate)
            try:
                return super().connect_tcp(str(address), port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc
        assert error is not None
        raise error


class GuardedTransport(httpx.HTTPTransport):
    """httpx's transport whose connection pool connects through :class:`_GuardedBackend`.

    httpx has no public argument for the network backend; the pool is rebuilt with the same
    settings httpx would use (no proxy: a proxy would hide the address actually reached).
    """

    def __init__(self, policy: AddressPolicy, *, max_connections: int = 32) -> None:
        super().__init__(trust_env=False)
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            max_connections=max_connections,
            max_keepalive_connections=max_connections,
            keepalive_expiry=5.0,
            network_backend=_GuardedBackend(policy),
        )
