"""Canonical URLs: one spelling per page, so that the same story linked twice is recognised."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit


def canonical_url(url: str, tracking: tuple[str, ...] = ()) -> str:
    """Lower-case scheme and host, no default port, no fragment, no tracking parameters.

    ``tracking`` holds parameter names, and prefixes ending in ``*`` ("utm_*").
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _tracking(k, tracking)]
    return urlunsplit((scheme, host, parts.path or "/", urlencode(query), ""))


def _tracking(name: str, tracking: tuple[str, ...]) -> bool:
    name = name.lower()
    return any(name.startswith(t[:-1]) if t.endswith("*") else name == t for t in tracking)


def absolute(base: str, link: str | None) -> str | None:
    """``link`` made absolute against ``base``; None for empty links and non-web schemes."""
    if not link or not link.strip():
        return None
    url = urljoin(base, link.strip())
    return url if urlsplit(url).scheme in ("http", "https") else None
