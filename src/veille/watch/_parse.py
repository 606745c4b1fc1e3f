"""Fetched bodies to items and articles: RSS/Atom feeds, sitemaps (news, index), HTML and text pages.

XML is first parsed by defusedxml, which refuses DTD entity declarations and external references
(no entity expansion, no XXE); only then does feedparser read a feed.
"""

from __future__ import annotations

import io
import time
from dataclasses import dataclass
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from veille.errors import FetchError, InputError
from veille.ingest.article import Article
from veille.ingest.dates import iso_date
from veille.ingest.decoding import decode
from veille.watch._http import Fetched
from veille.watch._urls import absolute, canonical_url

_FEED_ROOTS = {"rss", "feed", "rdf"}
_SITEMAP_ROOTS = {"urlset", "sitemapindex"}
_XML_TYPES = {"application/xml", "text/xml", "application/rss+xml", "application/atom+xml",
              "application/rdf+xml"}


@dataclass(frozen=True, slots=True)
class Entry:
    """One item a feed or a sitemap lists."""

    url: str
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    updated: str | None = None  # as the source says it; a change means the item was updated
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Listing:
    """What a feed or sitemap lists: its items, and the sitemaps a sitemap index points to."""

    kind: str  # feed | sitemap
    entries: tuple[Entry, ...]
    sitemaps: tuple[str, ...] = ()
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Page:
    """An article page: its article, and what only the page says (author)."""

    article: Article
    canonical: str
    author: str | None = None


def _local(tag: object) -> str:
    name = str(tag)
    return name.rsplit("}", 1)[-1].rsplit(":", 1)[-1].lower()


def safe_xml(body: bytes, url: str) -> Element:
    """The parsed XML root, or FetchError for malformed XML and any entity or external reference."""
    try:
        return fromstring(body, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise FetchError(url, f"XML refused: {type(exc).__name__} (entity declarations and external"
                              " references are not parsed)") from exc
    except ParseError as exc:
        raise FetchError(url, f"malformed XML ({exc})") from exc


def kind_of(fetched: Fetched) -> str:
    """page, feed or sitemap, from the content type and, for XML, the root element."""
    if fetched.content_type not in _XML_TYPES:
        head = fetched.body[:512].lstrip().lower()
        if not head.startswith(b"<?xml") and not head.startswith((b"<rss", b"<feed", b"<urlset")):
            return "page"
    root = safe_xml(fetched.body, fetched.url)
    name = _local(root.tag)
    if name in _FEED_ROOTS:
        return "feed"
    if name in _SITEMAP_ROOTS:
        return "sitemap"
    raise FetchError(fetched.url, f"XML document <{name}> is neither a feed nor a sitemap")


def listing(fetched: Fetched, kind: str) -> Listing:
    """Items of a feed or sitemap; FetchError when the body is not one."""
    root = safe_xml(fetched.body, fetched.url)
    if kind == "sitemap":
        return _sitemap(root, fetched.url)
    return _feed(fetched)


def _feed(fetched: Fetched) -> Listing:
    import feedparser

    parsed = feedparser.parse(io.BytesIO(fetched.body), response_headers={
        "content-location": fetched.url,
        "content-type": f"{fetched.content_type}; charset={fetched.charset}" if fetched.charset
        else fetched.content_type})
    if parsed.get("bozo") and not parsed.entries:
        raise FetchError(fetched.url, f"unreadable feed: {parsed.get('bozo_exception')}")
    language = parsed.feed.get("language")
    entries = []
    for item in parsed.entries:
        url = absolute(fetched.url, item.get("link"))
        if url is None:
            continue
        entries.append(Entry(
            url=url,
            title=item.get("title"),
            published=_day(item.get("published_parsed") or item.get("updated_parsed")),
            updated=_stamp(item.get("updated_parsed")) or item.get("updated"),
            language=(item.get("language") or language or None),
        ))
    return Listing("feed", tuple(entries), title=parsed.feed.get("title"))


def _sitemap(root: Element, url: str) -> Listing:
    name = _local(root.tag)
    if name == "sitemapindex":
        children = []
        for node in root:
            loc = _child_text(node, "loc")
            child = absolute(url, loc)
            if child:
                children.append((_child_text(node, "lastmod") or "", child))
        children.sort(reverse=True)  # most recently changed first
        return Listing("sitemap", (), tuple(c for _, c in children))
    entries = []
    for node in root:
        if _local(node.tag) != "url":
            continue
        loc = absolute(url, _child_text(node, "loc"))
        if loc is None:
            continue
        news = next((n for n in node if _local(n.tag) == "news"), None)
        title = _child_text(news, "title") if news is not None else None
        published = _child_text(news, "publication_date") if news is not None else None
        language = None
        if news is not None:
            publication = next((n for n in news if _local(n.tag) == "publication"), None)
            language = _child_text(publication, "language") if publication is not None else None
        lastmod = _child_text(node, "lastmod")
        entries.append(Entry(loc, title, iso_date(published or lastmod), lastmod or published, language))
    return Listing("sitemap", tuple(entries))


def _child_text(node: Element | None, name: str) -> str | None:
    if node is None:
        return None
    for child in node:
        if _local(child.tag) == name and child.text and child.text.strip():
            return child.text.strip()
    return None


def _day(parsed: time.struct_time | None) -> str | None:
    return "{:04d}-{:02d}-{:02d}".format(*parsed[:3]) if parsed else None


def _stamp(parsed: time.struct_time | None) -> str | None:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed) if parsed else None


def page(fetched: Fetched, *, language: str | None = None, published: str | None = None,
         source: str | None = None, tracking: tuple[str, ...] = ()) -> Page:
    """The article of an HTML or plain-text page: main text, title, date, author, canonical URL.

    ``language``, ``published`` and ``source`` fill in what the page itself does not say.
    """
    text = _text(fetched)
    if fetched.content_type == "text/plain":
        first = text.strip().split("\n", 1)[0].strip()
        canonical = canonical_url(fetched.url, tracking)
        article = Article(text=text, id=canonical, title=first[:200] or None, published=published,
                          source=source, url=canonical, language=language, origin=fetched.url)
        return Page(article, canonical)
    import trafilatura  # heavy: imported when a page is read

    doc = trafilatura.bare_extraction(text, url=fetched.url, with_metadata=True, include_comments=False)
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        raise FetchError(fetched.url, "HTML page without extractable main text")
    found = absolute(fetched.url, getattr(doc, "url", None))
    canonical = canonical_url(found or fetched.url, tracking)
    article = Article(
        text=body,
        id=canonical,
        title=getattr(doc, "title", None),
        published=iso_date(getattr(doc, "date", None)) or published,
        source=source or getattr(doc, "sitename", None) or getattr(doc, "hostname", None),
        url=canonical,
        language=language,
        origin=fetched.url,
    )
    return Page(article, canonical, getattr(doc, "author", None))


def _text(fetched: Fetched) -> str:
    if fetched.charset:
        try:
            return fetched.body.decode(fetched.charset)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return decode(fetched.body, fetched.url)
    except InputError as exc:
        raise FetchError(fetched.url, exc.reason) from exc
