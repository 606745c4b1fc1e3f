"""Running veille on gold documents (kept apart from the scorers, which only read document dicts)."""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from veille.eval.gold import GoldDocument, GoldError
from veille.ingest.article import Article

if TYPE_CHECKING:
    from veille.analyze.pipeline import Analyzer

log = logging.getLogger(__name__)


def to_article(doc: GoldDocument) -> Article:
    return Article(text=doc.text, id=doc.id, title=doc.title, published=doc.published,
                   language=doc.language, origin=doc.origin)


def predict(docs: Iterable[GoldDocument], analyzer: Analyzer) -> list[dict[str, Any]]:
    """One contract document dict per gold document, in order."""
    docs = list(docs)
    out: list[dict[str, Any]] = []
    for gold, document in zip(docs, analyzer.analyze_many(to_article(d) for d in docs)):
        if document.status != "ok":
            log.warning("%s: analysis status %s: %s", gold.origin, document.status,
                        "; ".join(document.warnings))
        out.append(document.to_dict())
    return out


def read_predictions(path: Path, docs: Iterable[GoldDocument]) -> list[dict[str, Any]]:
    """Documents already analysed (``veille analyze --format jsonl``), paired with the gold by ``id``,
    else by the sha256 of the text (``text_sha256``).

    A gold document without a prediction gets an empty one (everything a miss).
    """
    by_id: dict[str, Mapping[str, Any]] = {}
    by_hash: dict[str, Mapping[str, Any]] = {}
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise GoldError(f"{path}:{number}: not JSON: {exc}") from exc
                by_id[str(row.get("id"))] = row
                if row.get("text_sha256"):
                    by_hash[row["text_sha256"]] = row
    out: list[dict[str, Any]] = []
    for doc in docs:
        row = by_id.get(doc.id) or by_hash.get(hashlib.sha256(doc.text.encode("utf-8")).hexdigest())
        if row is None:
            log.warning("%s: no prediction for %s", path, doc.id)
            row = {"id": doc.id}
        out.append(dict(row))
    return out
