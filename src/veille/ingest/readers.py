"""Inputs to articles: files (txt, md, html, json, jsonl, RSS/Atom), folders, stdin.

:func:`read_inputs` yields an :class:`Article` per readable document and an :class:`InputError` per
unreadable one (empty, binary, undecodable, broken JSON line...), so that one bad input never stops a batch.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from veille.errors import InputError, RecordError
from veille.ingest.article import Article
from veille.ingest.dates import date_from_name, iso_date
from veille.ingest.decoding import decode

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES

Item = Article | InputError


def read_inputs(
    paths: Iterable[str],
    *,
    published: str | None = None,
    language: str | None = None,
    stdin: BinaryIO | None = None,
    allow_private: bool = False,
) -> Iterator[Item]:
    """Articles (and input errors) from paths, folders (recursive) and ``-`` for stdin.

    ``published`` and ``language`` fill in what a record does not say itself.
    """
    for raw in paths:
        if raw.startswith(("http://", "https://")):  # fetched by veille.watch (allow_private: for URLs)
            from veille.watch import read_url

            yield from _finish(read_url(raw, allow_private=allow_private), published, language)
            continue
        if raw == "-":
            data = (stdin or sys.stdin.buffer).read()
            yield from _finish(_read_bytes(data, "<stdin>", "<stdin>", ".txt"), published, language)
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED)
            if not files:
                yield InputError(str(path), "folder holds no supported file (txt, md, html, json, jsonl)")
            for file in files:
                yield from _finish(_read_file(file), published, language)
        elif path.is_file():
            yield from _finish(_read_file(path), published, language)
        else:
            yield InputError(raw, "no such file or folder")


def _finish(items: Iterable[Item], published: str | None, language: str | None) -> Iterator[Item]:
    for item in items:
        if isinstance(item, Article):
            if item.published is None and published:
                item.published = published
            if item.language is None and language:
                item.language = language
        yield item


def _read_file(path: Path) -> Iterator[Item]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(str(path), f"cannot read: {exc.strerror or exc}")
        return
    yield from _read_bytes(data, str(path), path.name, path.suffix.lower())


def _read_bytes(data: bytes, origin: str, name: str, suffix: str) -> Iterator[Item]:
    try:
        text = decode(data, origin)
    except InputError as exc:
        yield exc
        return
    if suffix in JSONL_SUFFIXES:
        yield from _jsonl(text, origin)
    elif suffix in JSON_SUFFIXES:
        yield from _json(text, origin)
    elif suffix in HTML_SUFFIXES:
        yield _html(text, origin, name)
    elif suffix in FEED_SUFFIXES:
        yield from _feed(text, origin)
    else:
        yield _plain(text, origin, name)


def _plain(text: str, origin: str, name: str) -> Item:
    first = text.strip().split("\n", 1)[0].strip().lstrip("#").strip()
    title = first if first and len(first) <= 200 and first[-1] not in ".!?" else None
    return Article(text=text, title=title, published=date_from_name(name), origin=origin)


def _html(html: str, origin: str, name: str) -> Item:
    import trafilatura  # imported here: it is heavy and only HTML needs it

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        return InputError(origin, "HTML page without extractable main text")
    return Article(
        text=text,
        title=getattr(doc, "title", None),
        published=iso_date(getattr(doc, "date", None)) or date_from_name(name),
        source=getattr(doc, "sitename", None) or getattr(doc, "hostname", None),
        url=getattr(doc, "url", None),
        language=None,
        origin=origin,
    )


def _record(obj: Any, origin: str) -> Item:
    if not isinstance(obj, dict):
        return RecordError(origin, "record is not a JSON object")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        return RecordError(origin, "record has no 'text'")
    published = obj.get("published")
    article = Article(
        text=text,
        id=str(obj["id"]) if obj.get("id") is not None else None,
        title=obj.get("title") if isinstance(obj.get("title"), str) else None,
        published=iso_date(published),
        source=obj.get("source") if isinstance(obj.get("source"), str) else None,
        url=obj.get("url") if isinstance(obj.get("url"), str) else None,
        language=obj.get("language") if isinstance(obj.get("language"), str) else None,
        origin=origin,
    )
    if published and article.published is None:
        log.warning("%s: 'published' %r is not a YYYY-MM-DD date; ignored", origin, published)
    return article


def _jsonl(text: str, origin: str) -> Iterator[Item]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield RecordError(where, f"broken JSON line ({exc.msg} at column {exc.colno})")
            continue
        yield _record(obj, where)


def _json(text: str, origin: str) -> Iterator[Item]:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        yield RecordError(origin, f"broken JSON ({exc.msg} at line {exc.lineno} column {exc.colno})")
        return
    records = obj if isinstance(obj, list) else [obj]
    for i, record in enumerate(records):
        yield _record(record, f"{origin}[{i}]" if isinstance(obj, list) else origin)


def _feed(text: str, origin: str) -> Iterator[Item]:
    import feedparser

    feed = feedparser.parse(text)
    if not feed.entries:
        yield InputError(origin, "not an RSS/Atom feed, or a feed without entries")
        return
    for i, entry in enumerate(feed.entries):
        body = entry.get("summary") or ""
        if entry.get("content"):
            body = entry["content"][0].get("value", body)
        body = _strip_tags(body)
        title = entry.get("title")
        if not body.strip() and not title:
            yield RecordError(f"{origin}#{i}", "feed entry without text")
            continue
        text_ = f"{title}\n{body}" if title else body
        published = None
        if entry.get("published_parsed"):
            published = "{:04d}-{:02d}-{:02d}".format(*entry["published_parsed"][:3])
        yield Article(text=text_, id=entry.get("id"), title=title, published=published,
                      source=feed.feed.get("title"), url=entry.get("link"), origin=f"{origin}#{i}")


def _strip_tags(html: str) -> str:
    from lxml import html as lxml_html

    if "<" not in html:
        return html
    return lxml_html.fromstring(f"<div>{html}</div>").text_content()
