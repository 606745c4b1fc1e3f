#!/usr/bin/env python3
"""List the verbatim excerpts of the shared dev texts (``../shared/eval/*.jsonl``) that the repository holds.

The shared README forbids copying those texts into the repository: own gold written on them keeps ids and offsets
and ``tests/eval/shared_text_join.py`` rebuilds the texts. This script finds what slipped through. It indexes every
run of ``SHINGLE`` consecutive words of every shared document, then reads every text file under ``tests/``,
``examples/`` and ``docs/`` (each string value of a JSON line on its own, with its key path; any other file line by
line, and a Python file's string literals that span several lines once more whole, adjacent literals joined, so that
a sentence split over two source lines is found) and reports each stretch of at least ``--min-words`` words
(default 12, longer than a short quotation) that also occurs, word for word, in one shared document.

    .venv/bin/python scripts/find_shared_excerpts.py                 # summary per file and field
    .venv/bin/python scripts/find_shared_excerpts.py --list          # one line per excerpt
    .venv/bin/python scripts/find_shared_excerpts.py --shared ../shared/eval --min-words 20

Words are compared lower-cased, punctuation and spacing ignored, so a sentence re-quoted with other quotation
marks is still found. The evidence fields of the real-news gold (``sentence``, ``trigger``), which the scorer
matches against the joined text, are expected hits: the summary shows them apart.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHINGLE = 8
SCANNED = ("tests", "examples", "docs")
SUFFIXES = {".jsonl", ".json", ".py", ".md", ".txt", ".tsv", ".yaml", ".yml", ".csv"}
EVIDENCE_FIELDS = {"sentence", "trigger"}
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Excerpt:
    """``words`` words of a repository string (``path``, ``line``, JSON ``field``) found in shared ``document``."""

    path: str
    line: int
    field: str
    words: int
    document: str
    start: str


def words(text: str) -> list[str]:
    """The lower-cased words of ``text``."""
    return [word.lower() for word in _WORD.findall(text)]


def shingles(tokens: list[str]) -> Iterator[tuple[str, ...]]:
    """Every run of ``SHINGLE`` consecutive tokens, in order."""
    for i in range(len(tokens) - SHINGLE + 1):
        yield tuple(tokens[i:i + SHINGLE])


def shared_index(folder: Path) -> dict[tuple[str, ...], set[str]]:
    """Each word shingle of the shared documents (``text`` and ``title``) with the ids of those holding it."""
    index: dict[tuple[str, ...], set[str]] = {}
    for source in sorted(folder.glob("*.jsonl")):
        with source.open(encoding="utf-8") as handle:
            for line in handle:
                if not line.strip():
                    continue
                row = json.loads(line)
                name = f"{source.name}:{row.get('id', '?')}"
                for key in ("text", "title"):
                    for shingle in shingles(words(row.get(key) or "")):
                        index.setdefault(shingle, set()).add(name)
    return index


def matches(tokens: list[str], index: dict[tuple[str, ...], set[str]],
            min_words: int) -> Iterator[tuple[int, int, str]]:
    """(first word, word count, document) of each maximal stretch of ``tokens`` found in one shared document, the
    longest first where stretches found in several documents overlap, then in the order of ``tokens``."""
    found = [index.get(shingle, set()) for shingle in shingles(tokens)]
    runs: list[tuple[int, int, str]] = []
    active: dict[str, int] = {}
    for i, documents in enumerate([*found, set()]):
        for document in [name for name in active if name not in documents]:
            runs.append((active[document], i, document))
            del active[document]
        for document in sorted(documents):
            active.setdefault(document, i)
    kept: list[tuple[int, int, str]] = []
    for start, end, document in sorted(runs, key=lambda run: (run[0] - run[1], run[2])):
        if all(end <= other[0] or start >= other[1] for other in kept):
            kept.append((start, end, document))
    for start, end, document in sorted(kept):
        if end - start + SHINGLE - 1 >= min_words:
            yield start, end - start + SHINGLE - 1, document


def strings(value: object, path: str = "") -> Iterator[tuple[str, str]]:
    """(key path, string) of every string inside a JSON value."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for item in value:
            yield from strings(item, f"{path}[]")


def python_literals(text: str) -> Iterator[tuple[int, str]]:
    """(first line, value) of each string literal of Python source ``text`` that spans several lines (adjacent
    literals joined, as Python joins them); nothing when the source does not parse."""
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.end_lineno != node.lineno:
            yield node.lineno, node.value


def file_strings(path: Path) -> Iterator[tuple[int, str, str]]:
    """(line number, field, string) of a repository file: JSON lines by field, other files by line, and a Python
    file's multi-line string literals once more whole (field ``literal``)."""
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix == ".py":
        for number, value in python_literals(text):
            yield number, "literal", value
    for number, line in enumerate(text.splitlines(), 1):
        if path.suffix == ".jsonl" and line.strip():
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                yield number, "", line
                continue
            for field, value in strings(row):
                yield number, field, value
        else:
            yield number, "", line


def repository_files(root: Path) -> Iterable[Path]:
    """The text files of the scanned folders."""
    for folder in SCANNED:
        for path in sorted((root / folder).rglob("*")):
            if path.is_file() and path.suffix in SUFFIXES and ".venv" not in path.parts:
                yield path


def excerpts(root: Path, index: dict[tuple[str, ...], set[str]], min_words: int) -> Iterator[Excerpt]:
    """Every stretch of ``min_words`` or more words of the repository's files found in a shared document."""
    for path in repository_files(root):
        for number, field, value in file_strings(path):
            tokens = words(value)
            for first, length, document in matches(tokens, index, min_words):
                yield Excerpt(str(path.relative_to(root)), number, field, length, document,
                              " ".join(tokens[first:first + min(length, 10)]))


def _field_kind(field: str) -> str:
    last = field.rsplit(".", 1)[-1].rstrip("[]")
    return f"{field} (evidence)" if last in EVIDENCE_FIELDS else field or "(line)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--min-words", type=int, default=12)
    parser.add_argument("--list", action="store_true", help="one line per excerpt")
    args = parser.parse_args(argv)
    if not args.shared.is_dir():
        print(f"no shared folder at {args.shared}", file=sys.stderr)
        return 2
    index = shared_index(args.shared)
    found = list(excerpts(ROOT, index, max(args.min_words, SHINGLE)))
    if args.list:
        for item in found:
            print(f"{item.path}:{item.line}\t{item.field or '-'}\t{item.words} words\t{item.document}\t{item.start}")
    summary = Counter((item.path, _field_kind(item.field), item.document.split(":")[0]) for item in found)
    for (path, field, source), count in sorted(summary.items()):
        print(f"{count:5d}  {path}  {field}  <- {source}")
    print(f"{len(found)} excerpts of {max(args.min_words, SHINGLE)} words or more")
    return 0


if __name__ == "__main__":
    sys.exit(main())
