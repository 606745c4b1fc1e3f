"""Helpers of the places tests: a document's places by their text, and the figures of an own toponym set."""

from __future__ import annotations

from pathlib import Path


def by_text(doc):
    """The places veille found in ``doc``, by their text."""
    return {p.text: p for p in doc._.veille_places}


def own_set_figures(path: Path) -> dict[str, float]:
    """`veille eval places` figures of an own toponym set, analysed by the whole pipeline."""
    from veille.analyze.pipeline import Analyzer
    from veille.eval.gold import load_any
    from veille.eval.runner import predict
    from veille.eval.toponyms import score_toponyms

    docs = load_any(path)
    result = score_toponyms(list(zip(docs, predict(docs, Analyzer()), strict=True)), gold_name=path.name)
    return result.to_dict()["figures"]
