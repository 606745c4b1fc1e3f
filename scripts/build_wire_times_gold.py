"""Build ``tests/analyze/times/data/wire_times.dev.jsonl`` from its marked source ``wire_times.src.txt``
(French and English wire copy written for veille, time expressions marked ``{text|TYPE|value}`` by hand).
The file has the shape of the shared TimeML sets (``fr-timebank.dev.jsonl``): ``veille eval timex`` reads it.

    .venv/bin/python scripts/build_wire_times_gold.py
"""

from __future__ import annotations

import json
import re
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


def main() -> None:
    rows = []
    for doc_id, lang, published, marked in articles(SOURCE.read_text(encoding="utf-8")):
        text, times = unmark(marked.strip() + "\n")
        rows.append({"id": doc_id, "language": lang, "published": published, "text": text,
                     "gold": {"times": times}, "source": "veille-wire-times"})
    OUT.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
