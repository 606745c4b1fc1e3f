"""Reading gold sets: the shared JSONL sets, own JSONL sets, and the seed ``*.gold.json`` files."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from veille.errors import VeilleError


class GoldError(VeilleError, ValueError):
    """A gold file that cannot be read or does not have the expected shape."""


@dataclass(slots=True)
class GoldDocument:
    """One gold document: its text as given to veille, and its gold annotations."""

    id: str
    text: str
    gold: dict[str, Any]
    language: str | None = None
    published: str | None = None
    title: str | None = None
    origin: str = ""  # file (and line) it came from
    extra: dict[str, Any] = field(default_factory=dict)


# what every scorer takes: gold documents paired with predicted contract document dicts
Pairs = Sequence[tuple[GoldDocument, Mapping[str, Any]]]


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load_jsonl(path: Path) -> list[GoldDocument]:
    """One JSON document a line: ``{"id", "language", "published", "text", "title"?, "gold": {...}}``."""
    docs: list[GoldDocument] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldError(f"{path}:{number}: not JSON: {exc}") from exc
            if not isinstance(row, dict) or "text" not in row or not isinstance(row.get("gold"), dict):
                raise GoldError(f"{path}:{number}: expected an object with 'text' and 'gold'")
            docs.append(GoldDocument(
                id=str(row.get("id") or f"{path.name}:{number}"),
                text=row["text"],
                gold=row["gold"],
                language=row.get("language"),
                published=row.get("published"),
                title=row.get("title"),
                origin=f"{path}:{number}",
            ))
    return docs


def seed_gold_files(path: Path) -> list[Path]:
    """A ``*.gold.json`` file, or every such file of a folder (sorted)."""
    if path.is_dir():
        files = sorted(path.glob("*.gold.json"))
        if not files:
            raise GoldError(f"{path}: no *.gold.json file")
        return files
    return [path]


def load_seed(path: Path) -> list[GoldDocument]:
    """Hand-made gold files: ``document.file`` is relative to the folder above the file's ``gold/``."""
    docs: list[GoldDocument] = []
    for file in seed_gold_files(path):
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
            meta = data["document"]
            text_path = file.resolve().parent.parent / meta["file"]
            text = text_path.read_text(encoding="utf-8")
        except (OSError, KeyError, TypeError, json.JSONDecodeError) as exc:
            raise GoldError(f"{file}: cannot read gold document: {exc}") from exc
        docs.append(GoldDocument(
            id=Path(meta["file"]).name,
            text=text,
            gold=data,
            language=meta.get("language"),
            published=meta.get("published"),
            title=meta.get("title"),
            origin=str(file),
        ))
    return docs


def load_any(path: Path) -> list[GoldDocument]:
    """JSONL by extension; otherwise seed gold (a ``.gold.json`` file or a folder of them)."""
    if not path.exists():
        raise GoldError(f"{path}: no such file or folder")
    if path.is_file() and path.suffix == ".jsonl":
        return load_jsonl(path)
    return load_seed(path)
