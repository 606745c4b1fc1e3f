"""Scoring event coding on whole news articles (``real-news.dev.jsonl``, PLOVER 2.0, French and English).

Matching rule (the set's README): an extracted event matches a gold event when its type is the gold
``type`` or one of its ``alt_types`` and each non-empty gold side shares a country or IGO code with the
extracted side (sectors after ``:`` are not compared); ``symmetric`` gold events accept swapped sides.
Recall counts required gold events matched; precision counts extracted events matching any gold event.

Figures, at the events stage's default confidence threshold: ``realnews.*`` over all articles and
``realnews.<language>.*`` per language; then, not gated, precision and recall at a few other thresholds
(``realnews.at_0.60.precision`` ...), so that the threshold can be chosen on this set.
"""

from __future__ import annotations

from collections.abc import Sequence

from veille.eval.codes import CodeNormalizer
from veille.eval.events import GoldEvent, score_events
from veille.eval.gold import Pairs
from veille.eval.results import Figure, TaskResult

THRESHOLDS: tuple[float, ...] = (0.0, 0.4, 0.5, 0.6, 0.7, 0.8)
_KEEP = ("precision", "recall", "f1", "date_accuracy")


def score_real_news(pairs: Pairs, *, gold_name: str = "", default_threshold: float = 0.0,
                    thresholds: Sequence[float] = THRESHOLDS,
                    codes: CodeNormalizer | None = None) -> TaskResult:
    codes = codes or CodeNormalizer()

    def run(subset: Pairs, prefix: str, threshold: float) -> TaskResult:
        return score_events(subset, gold_name=gold_name, codes=codes, prefix=prefix,
                            reader=GoldEvent.from_real_news, min_confidence=threshold)

    main = run(pairs, "realnews.", default_threshold)
    figures = [f for f in main.figures if f.name.split(".")[-1] in _KEEP]
    figures.append(Figure("realnews.threshold", default_threshold, "default confidence threshold",
                          percent=False, gated=False))
    for language in sorted({g.language or "?" for g, _ in pairs}):
        subset = [(g, d) for g, d in pairs if (g.language or "?") == language]
        part = run(subset, f"realnews.{language}.", default_threshold)
        figures += [f for f in part.figures if f.name.split(".")[-1] in ("precision", "recall", "f1")]
    for threshold in thresholds:
        if abs(threshold - default_threshold) < 1e-9:
            continue
        part = run(pairs, f"realnews.at_{threshold:.2f}.", threshold)
        for f in part.figures:
            if f.name.split(".")[-1] in ("precision", "recall"):
                figures.append(Figure(f.name, f.value, f.detail, gated=False))
    return TaskResult("real-news", gold_name, len(pairs), figures, main.issues)
