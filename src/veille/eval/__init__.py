"""Evaluation: veille's output scored against gold data (`veille eval`), and the pinned floors.

Scorers read contract document dicts (``Document.to_dict()``, i.e. what ``veille analyze --format jsonl``
prints) paired with gold documents; they never call the extractors. :mod:`veille.eval.runner` runs the
analysis; :mod:`veille.eval.evaluate` ties loading, running and scoring together. See
docs/evaluation.md for every metric and matching rule.
"""

from veille.eval.evaluate import Evaluation, evaluate, evaluate_shared
from veille.eval.gold import GoldDocument, GoldError, load_any, load_jsonl, load_seed
from veille.eval.results import Figure, Issue, TaskResult
from veille.eval.tasks import SHARED_SETS, TASKS, score, set_digest

__all__ = [
    "Evaluation",
    "Figure",
    "GoldDocument",
    "GoldError",
    "Issue",
    "SHARED_SETS",
    "TASKS",
    "TaskResult",
    "evaluate",
    "evaluate_shared",
    "load_any",
    "load_jsonl",
    "load_seed",
    "score",
    "set_digest",
]
