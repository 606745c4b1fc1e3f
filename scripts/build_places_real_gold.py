"""Build ``tests/gold/places_real.jsonl``, the toponyms of real articles of the shared sets (PolNeAR, TBAQ), from
``tests/gold/places_real.spec.txt``: for each article its id and shared file, then one line per toponym,
``SURFACE | REF`` (every case-sensitive whole-word occurrence not inside an earlier mark or an excluded phrase),
``SURFACE@N | REF`` (only the N-th occurrence) or ``-PHRASE`` (occurrences inside PHRASE are not toponyms: the
names of organisations). REF is one of the reference forms of ``build_local_news_gold.py``, whose points come
from the data veille ships. The gold keeps ids, offsets and points only: the texts stay in ``../shared/eval``
and the eval test joins them by id.

    .venv/bin/python scripts/build_places_real_gold.py [SHARED_DIR]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from build_local_news_gold import GOLD, ROOT, Points

SPEC = GOLD / "places_real.spec.txt"
OUT = GOLD / "places_real.jsonl"


def _occurrences(text: str, surface: str) -> list[tuple[int, int]]:
    pattern = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(start < span[1] and span[0] < end for start, end in spans)


def mark(text: str, lines: list[str], points: Points) -> list[dict]:
    """The gold places of ``text`` from its spec lines, in text order."""
    excluded: list[tuple[int, int]] = []
    places: list[dict] = []
    for line in lines:
        if line.startswith("-"):
            excluded += _occurrences(text, line[1:].strip())
            continue
        surface, _, ref = (part.strip() for part in line.partition("|"))
        surface, _, nth = surface.partition("@")
        spans = _occurrences(text, surface)
        if nth:
            spans = [spans[int(nth) - 1]]
        taken = excluded + [(p["start"], p["end"]) for p in places]
        kept = [span for span in spans if not _inside(span, taken)]
        if not kept:
            raise ValueError(f"{surface!r}: no occurrence left")
        places += [{"start": start, "end": end, "text": text[start:end], **points.of(ref)} for start, end in kept]
    return sorted(places, key=lambda p: p["start"])


def main(argv: list[str]) -> int:
    shared = Path(argv[0]) if argv else ROOT.parent / "shared"
    points = Points()
    lines_out = []
    for block in SPEC.read_text(encoding="utf-8").split("\n== ")[1:]:
        head, _, body = block.partition("\n")
        doc_id, source = (part.strip() for part in head.split("|"))
        lines = [line for line in body.splitlines() if line.strip() and not line.startswith("#")]
        with (shared / "eval" / f"{source}.jsonl").open(encoding="utf-8") as handle:
            row = next(json.loads(x) for x in handle if json.loads(x)["id"] == doc_id)
        places = mark(row["text"], lines, points)
        fields = {"id": doc_id, "language": row.get("language", "en"), "published": row["published"][:10]}
        lines_out.append(json.dumps({**fields, "gold": {"places": places}, "source": f"shared/eval/{source}.jsonl"},
                                    ensure_ascii=False))
    OUT.write_text("\n".join(lines_out) + "\n", encoding="utf-8")
    sys.stderr.write(f"{len(lines_out)} articles written to {OUT}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
