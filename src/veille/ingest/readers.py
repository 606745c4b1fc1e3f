"""Inputs to articles: files (txt, md, html, json, jsonl, RSS/Atom), folders, stdin.

:func:`read_inputs` yields an :class:`Article` per readable document and an :class:`InputError` per
unreadable one (empty, binary, undecodable, broken or too deeply nested JSON, over the size cap...), so
that one bad input never stops a batch. A whole-file article without an id of its own gets
``file:<path relative to the current folder>``, so that re-reading the same file finds the same article.
"""

from __future__ import annotations

import glob
import html as html_lib
import json
import logging
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from veille.errors import InputError, RecordError
from veille.ingest.article import Article
from veille.ingest.dates import check_published, date_from_name, plausible_published
from veille.ingest.decoding import decode
from veille.ingest.limits import limits

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
PARQUET_SUFFIXES = {".parquet"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES | PARQUET_SUFFIXES
_GLOB = re.compile(r"[*?\[]")

Item = Article | InputError


def read_inputs(
    paths: Iterable[str],
    *,
    published: str | None = None,
    language: str | None = None,
    stdin: BinaryIO | None = None,
    allow_private: bool = False,
    max_bytes: int | None = None,
) -> Iterator[Item]:
    """Articles (and input errors) from paths, folders (recursive) and ``-`` for stdin.

    ``published`` and ``language`` fill in what a record does not say itself. An article whose text is
    over ``max_bytes`` (UTF-8; default from data/limits) is an InputError, as is a text file over it.
    """
    cap = limits().max_bytes if max_bytes is None else max_bytes
    for raw in paths:
        if raw.startswith(("http://", "https://")):  # fetched by veille.watch (allow_private: for URLs)
            from veille.watch import read_url

            yield from _finish(read_url(raw, allow_private=allow_private), published, language, cap)
            continue
        if raw == "-":
            data = (stdin or sys.stdin.buffer).read()
            items = _read_bytes(data, "<stdin>", "<stdin>", ".txt", None)
            yield from _finish(items, published, language, cap)
            continue
        path = Path(raw)
        if not path.exists() and _GLOB.search(raw):  # a quoted glob: data/2024-*.jsonl, lake/**/*.parquet
            matches = sorted(Path(p) for p in glob.glob(raw, recursive=True) if Path(p).is_file())
            if not matches:
                yield InputError(raw, "no file matches this pattern")
            for file in matches:
                yield from _finish(_read_file(file, cap), published, language, cap)
            continue
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED)
            if not files:
                yield InputError(str(path), "folder holds no supported file (txt, md, html, json, jsonl)")
            for file in files:
                yield from _finish(_read_file(file, cap), published, language, cap)
        elif path.is_file():
            yield from _finish(_read_file(path, cap), published, language, cap)
        else:
            yield InputError(raw, "no such file or folder")


def file_id(path: Path) -> str:
    """``file:<path>``: relative to the current folder when under it (posix separators), else absolute."""
    resolved = path.resolve()
    try:
        name = resolved.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        name = resolved.as_posix()
    return f"file:{name}"


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n:,} bytes"


def _over_cap(origin: str, size: int, cap: int) -> InputError:
    return InputError(origin, f"too big: {_size(size)}, over the {_size(cap)} cap (--max-size)")


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")  # JSON's "\\ud800" escapes: not encodable text


def _replace_surrogates(article: Article) -> None:
    """Lone surrogates (JSON's "\\ud800" escapes) cannot be encoded, stored or printed: each becomes
    U+FFFD, one character for one, so that offsets into the text stay exact."""
    for name in ("text", "id", "title", "source", "url", "language"):
        value = getattr(article, name)
        if value and _LONE_SURROGATE.search(value):
            if name == "text":
                log.warning("%s: lone UTF-16 surrogates replaced by U+FFFD", article.origin)
            setattr(article, name, _LONE_SURROGATE.sub("\ufffd", value))


def _finish(items: Iterable[Item], published: str | None, language: str | None, cap: int) -> Iterator[Item]:
    for item in items:
        if isinstance(item, Article):
            _replace_surrogates(item)
            # a character is at most 4 UTF-8 bytes: encode only the texts that may be over
            if len(item.text) * 4 > cap and (size := len(item.text.encode("utf-8"))) > cap:
                yield _over_cap(item.origin, size, cap)
                continue
            if item.published is None and published:
                item.published = published
            if item.language is None and language:
                item.language = language
        yield item


def _read_file(path: Path, cap: int) -> Iterator[Item]:
    suffix = path.suffix.lower()
    if suffix in PARQUET_SUFFIXES:
        yield from _parquet(path)
        return
    try:
        size = path.stat().st_size
        if size > cap and suffix not in JSON_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES:
            yield _over_cap(str(path), size, cap)  # one article: no need to read it
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(str(path), f"cannot read: {exc.strerror or exc}")
        return
    yield from _read_bytes(data, str(path), path.name, suffix, file_id(path))


def _read_bytes(data: bytes, origin: str, name: str, suffix: str, id_: str | None) -> Iterator[Item]:
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
        yield _html(text, origin, name, id_)
    elif suffix in FEED_SUFFIXES:
        yield from _feed(text, origin)
    else:
        yield _plain(text, origin, name, id_)


def _plain(text: str, origin: str, name: str, id_: str | None) -> Item:
    first = text.strip().split("\n", 1)[0].strip().lstrip("#").strip()
    title = first if first and len(first) <= 200 and first[-1] not in ".!?" else None
    return Article(text=text, id=id_, title=title, published=date_from_name(name), origin=origin)


def _html(html: str, origin: str, name: str, id_: str | None) -> Item:
    import trafilatura  # imported here: it is heavy and only HTML needs it

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        return InputError(origin, "HTML page without extractable main text")
    return Article(
        text=text,
        id=id_,
        title=getattr(doc, "title", None),
        published=plausible_published(getattr(doc, "date", None)) or date_from_name(name),
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
    published, wrong = check_published(obj.get("published"))
    if wrong:
        log.warning("%s: 'published' %s; ignored", origin, wrong)
    article = Article(
        text=text,
        id=str(obj["id"]) if obj.get("id") is not None else None,
        title=obj.get("title") if isinstance(obj.get("title"), str) else None,
        published=published,
        source=obj.get("source") if isinstance(obj.get("source"), str) else None,
        url=obj.get("url") if isinstance(obj.get("url"), str) else None,
        language=obj.get("language") if isinstance(obj.get("language"), str) else None,
        origin=origin,
    )
    return article


def _parquet(path: Path) -> Iterator[Item]:
    """Records of a Parquet file with the JSON record's columns (``text``, optional ``id``, ``title``,
    ``published``, ``source``, ``url``, ``language``), read a row group at a time."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        table = pq.ParquetFile(path)
        if "text" not in table.schema_arrow.names:
            yield RecordError(str(path), "Parquet file has no 'text' column")
            return
        row = 0
        for batch in table.iter_batches(batch_size=1024):
            for record in batch.to_pylist():
                row += 1
                day = record.get("published")
                if hasattr(day, "isoformat"):  # a date or timestamp column
                    record["published"] = day.isoformat()[:10]
                yield _record(record, f"{path}:{row}")
    except (OSError, pa.ArrowException) as exc:
        yield InputError(str(path), f"cannot read as Parquet: {exc}")


def _load_json(text: str) -> Any:
    """json.loads, with a nesting too deep for the parser reported as a JSONDecodeError."""
    try:
        return json.loads(text)
    except RecursionError:
        raise json.JSONDecodeError("nested too deeply", text, 0) from None


def _jsonl(text: str, origin: str) -> Iterator[Item]:
    # JSON Lines ends records with \n only: U+2028, U+0085... are legal inside strings
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            obj = _load_json(line)
        except json.JSONDecodeError as exc:
            yield RecordError(where, f"broken JSON line ({exc.msg} at column {exc.colno})")
            continue
        yield _record(obj, where)


def _json(text: str, origin: str) -> Iterator[Item]:
    try:
        obj = _load_json(text)
    except json.JSONDecodeError as exc:
        yield RecordError(origin, f"broken JSON ({exc.msg} at line {exc.lineno} column {exc.colno})")
        return
    records = obj if isinstance(obj, list) else [obj]
    for i, record in enumerate(records):
        yield _record(record, f"{origin}[{i}]" if isinstance(obj, list) else origin)


def _feed_language(feed: Any, entry: Any) -> str | None:
    """The language an entry or its feed declares (xml:lang, <language>), as a two-letter code."""
    for detail in ("content", "summary_detail", "title_detail"):
        value = entry.get(detail)
        if isinstance(value, list):
            value = value[0] if value else None
        declared = value.get("language") if value else None
        if declared:
            return str(declared)[:2].lower()
    declared = feed.feed.get("language")
    return str(declared)[:2].lower() if declared else None


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
            published = plausible_published("{:04d}-{:02d}-{:02d}".format(*entry["published_parsed"][:3]))
        yield Article(text=text_, id=entry.get("id"), title=title, published=published,
                      source=feed.feed.get("title"), url=entry.get("link"),
                      language=_feed_language(feed, entry), origin=f"{origin}#{i}")


def _strip_tags(html: str) -> str:
    """The text of a feed summary: tags dropped, entities (``&amp;``) unescaped, with or without markup."""
    from lxml import html as lxml_html

    if "<" not in html:
        return html_lib.unescape(html)
    return lxml_html.fromstring(f"<div>{html}</div>").text_content()
