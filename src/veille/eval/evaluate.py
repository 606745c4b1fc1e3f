"""Gold set in, figures out: load, run veille (or read given predictions), score."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from veille.eval.gold import GoldError
from veille.eval.results import TaskResult
from veille.eval.runner import predict, read_predictions
from veille.eval.tasks import ALL_EVENTS_TASKS, SHARED_SETS, load_gold, score, set_digest

if TYPE_CHECKING:
    from veille.analyze.pipeline import Analyzer


@dataclass(slots=True)
class Evaluation:
    result: TaskResult
    sha256: str


def evaluate(task: str, gold: Path, *, analyzer: Analyzer | None = None, predictions: Path | None = None,
             name: str | None = None) -> Evaluation:
    """Score ``task`` on the gold set at ``gold``: on ``predictions`` (JSONL documents) when given,
    else by analysing the gold texts with ``analyzer`` (a new :class:`Analyzer` when None)."""
    if task == "stories":  # scored on a store the articles are saved into, not document by document
        if predictions is not None:
            raise GoldError("the stories task analyses the articles itself (no --predictions)")
        from veille.eval.stories import evaluate_stories

        return Evaluation(evaluate_stories(gold, analyzer, name=name), set_digest(gold))
    docs = load_gold(task, gold)
    if predictions is not None:
        preds = read_predictions(predictions, docs)
    else:
        if analyzer is None or (task in ALL_EVENTS_TASKS and analyzer.min_confidence != 0.0):
            from veille.analyze.pipeline import Analyzer

            # tasks that tabulate thresholds see every event, whatever its confidence
            analyzer = Analyzer(min_confidence=0.0 if task in ALL_EVENTS_TASKS else None)
        preds = predict(docs, analyzer)
    result = score(task, list(zip(docs, preds)), gold_name=name or str(gold))
    return Evaluation(result, set_digest(gold))


def evaluate_shared(shared_dir: Path, *, analyzer: Analyzer | None = None,
                    progress: Callable[[str], None] | None = None) -> list[Evaluation]:
    """The shared sets (events on ``gold/``; plover, timex, places and stories sets on ``eval/``: see
    :data:`SHARED_SETS`); sets that are absent are skipped. Result names are the set paths relative
    to ``shared_dir``."""
    if analyzer is None:
        from veille.analyze.pipeline import Analyzer

        analyzer = Analyzer()
    out = []
    for task, rel in SHARED_SETS:
        path = shared_dir / rel
        if path.exists():
            if progress is not None:
                progress(f"{task} on {rel}")
            out.append(evaluate(task, path, analyzer=analyzer, name=rel))
    return out
