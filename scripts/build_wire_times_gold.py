"""Build ``tests/analyze/times/data/wire_times.dev.jsonl`` from its marked source ``wire_times.src.txt``
(French and English wire copy written for veille, time expressions marked ``{text|TYPE|value}`` by hand).
The file has the shape of the shared TimeML sets (``fr-timebank.dev.jsonl``): ``veille eval timex`` reads it.

    .venv/bin/python scripts/build_wire_times_gold.py
    .venv/bin/python scripts/build_wire_times_gold.py tests/gold/timex_own.src.txt tests/gold/timex_own.jsonl

The second form builds another set marked the same way (the own TimeML set of ``tests/gold``).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "tests" / "analyze" / "times" / "data" / "wire_times.src.txt"
OUT = SOURCE.with_name("wire_times.dev.jsonl")
_MARK = re.compile(r"\{([^{}|]+)\|(DATE|TIME|DURATION|SET)\|([^{}|]+)\}")
_TYPES = ("DATE", "TIME", "DURATION", "SET")


def articles(source: str) -> list[tuple[str, str, str, str]]:
    """(id, language, published, marked text) of each article of ``source``."""
    found: list[tuple[str, str, str, str]] = []
    head: tuple[str, str, str] | None = None
    lines: list[str] = []
    for line in source.splitlines():
        if line.startswith("#"):
            continue
        if line.startswith("== "):
            if head is not None:
                found.append((*head, "\n".join(lines)))
            doc_id, lang, published = (part.strip() for part in line[3:].split("|"))
            head, lines = (doc_id, lang, published), []
        elif head is not None:
            lines.append(line)
    if head is not None:
        found.append((*head, "\n".join(lines)))
    return found


def unmark(marked: str) -> tuple[str, list[dict]]:
    """The plain text of ``marked`` and its time expressions with their offsets in it."""
    parts: list[str] = []
    times: list[dict] = []
    pos = 0
    length = 0
    for n, match in enumerate(_MARK.finditer(marked), 1):
        before = marked[pos:match.start()]
        parts.append(before)
        length += len(before)
        text, kind, value = match.groups()
        times.append({"start": length, "end": length + len(text), "text": text, "type": kind, "value": value,
                      "tid": f"t{n}"})
        parts.append(text)
        length += len(text)
        pos = match.end()
    parts.append(marked[pos:])
    plain = "".join(parts)
    if "{" in plain or "}" in plain:
        raise ValueError(f"a badly written mark is left in: {plain[:80]!r}")
    return plain, times


def build(source: Path, out: Path) -> None:
    """Write the JSONL of the marked articles of ``source`` to ``out``."""
    rows = []
    for doc_id, lang, published, marked in articles(source.read_text(encoding="utf-8")):
        text, times = unmark(marked.strip() + "\n")
        rows.append({"id": doc_id, "language": lang, "published": published, "text": text,
                     "gold": {"times": times}, "source": "veille-wire-times"})
    out.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")


def main(argv: list[str]) -> None:
    if argv:
        build(Path(argv[0]), Path(argv[1]))
    else:
        build(SOURCE, OUT)


if __name__ == "__main__":
    main(sys.argv[1:])
