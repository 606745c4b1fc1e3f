"""Join a gold file that stores only ids, ``published`` and ``gold`` with the texts of the shared sets.

The texts of public sets stay in ``../shared/eval`` (the project must not copy them); an own gold file written on
them keeps the document ids, and this join rebuilds a scorable JSONL file (``id, language, published, text,
gold``) from both. A gold file of one-sentence documents cut from shared articles
(``tests/gold/plover_polnear.jsonl``) keeps instead each sentence's ``article`` id and its offsets ``start``,
``end`` in that article's text: ``join_excerpts_with_texts`` rebuilds the sentence from them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from veille.eval.evaluate import evaluate


class MissingTextError(LookupError):
    """A gold id whose text none of the shared sets holds."""


def shared_texts(sources: Iterable[Path]) -> dict[str, dict[str, str]]:
    """Each document of the source files by id: its text, language and title."""
    texts: dict[str, dict[str, str]] = {}
    for source in sources:
        with source.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    row = json.loads(line)
                    texts[row["id"]] = {key: row[key] for key in ("text", "language", "title") if row.get(key)}
    return texts


def join_gold_with_texts(gold: Path, sources: Iterable[Path], out: Path) -> int:
    """Write ``out`` with every gold line completed by its text; return the number of documents written.

    The gold line's own fields win over the source's (its ``published`` is a day, the source's may carry a time).
    """
    return _write_joined(gold, sources, out, "id", lambda source, row: {**source, **row})


def join_excerpts_with_texts(gold: Path, sources: Iterable[Path], out: Path) -> int:
    """Write ``out`` with every gold line's ``text`` cut from its ``article``'s text at ``start:end``; return the
    number of documents written. The article's language and title stay behind (the excerpt is the document)."""
    return _write_joined(gold, sources, out, "article", lambda source, row: {
        "text": source["text"][row["start"]:row["end"]], "language": source.get("language", "en"), **row})


def _write_joined(gold: Path, sources: Iterable[Path], out: Path, key: str,
                  complete: Callable[[Mapping[str, str], dict[str, Any]], dict[str, Any]]) -> int:
    """Write ``out`` with ``complete(source, row)`` for every gold line, its source document found by ``row[key]``."""
    texts = shared_texts(sources)
    written = 0
    with gold.open(encoding="utf-8") as handle, out.open("w", encoding="utf-8") as sink:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            source = texts.get(row[key])
            if source is None:
                raise MissingTextError(f"{gold.name}: no shared text for {row[key]}")
            sink.write(json.dumps(complete(source, row), ensure_ascii=False) + "\n")
            written += 1
    return written


def assert_timex_floors(gold: Path, sources: Iterable[Path], out: Path, floors: tuple[int, float, float]) -> None:
    """Join ``gold`` with the texts of ``sources`` into ``out`` and check the times stage holds ``floors``
    (documents, strict span F1 floor, value F1 floor) on it."""
    documents, strict_floor, value_floor = floors
    assert join_gold_with_texts(gold, sources, out) == documents
    result = evaluate("timex", out).result
    assert result.documents == documents
    assert result.value("timex.strict.f1") >= strict_floor, result.figure("timex.strict.f1").detail
    assert result.value("timex.value.f1") >= value_floor, result.figure("timex.value.f1").detail


def assert_realnews_floors(gold: Path, sources: Iterable[Path], out: Path, documents: int,
                           floors: Mapping[str, float]) -> None:
    """Join ``gold`` with the texts of ``sources`` into ``out`` and check the events stage holds each real-news
    figure of ``floors`` on its ``documents`` articles."""
    assert_task_floors("real-news", gold, sources, out, documents, floors)


def assert_task_floors(task: str, gold: Path, sources: Iterable[Path], out: Path, documents: int,
                       floors: Mapping[str, float],
                       join: Callable[[Path, Iterable[Path], Path], int] = join_gold_with_texts) -> None:
    """Join ``gold`` with the texts of ``sources`` into ``out`` (by ``join``) and check ``veille eval TASK`` holds
    each figure of ``floors`` on its ``documents`` articles."""
    assert join(gold, sources, out) == documents
    result = evaluate(task, out).result
    assert result.documents == documents
    for name, floor in floors.items():
        assert result.value(name) >= floor, (name, result.figure(name).detail)
