"""What a scorer returns: named figures, with the misses and false positives behind them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Figure:
    """One measured figure. ``value`` is None when its denominator is zero (nothing to measure)."""

    name: str  # dotted, stable: "events.f1", "timex.relaxed.f1"; floors are keyed by it
    value: float | None
    detail: str = ""  # how it was computed, e.g. "12/20"
    lower_is_better: bool = False
    percent: bool = True  # a share (printed as %), else a plain number (a count, a rate per sentence)
    gated: bool = True  # False for informative counts (no floor: neither higher nor lower is better)


@dataclass(slots=True)
class Issue:
    """One miss, false positive or wrong attribute, for error analysis (``--show``)."""

    kind: str  # miss, fp, wrong
    doc_id: str
    what: str
    sentence: str = ""


@dataclass(slots=True)
class TaskResult:
    task: str
    gold: str  # the gold file or folder it was measured on
    documents: int
    figures: list[Figure] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)

    def figure(self, name: str) -> Figure:
        for fig in self.figures:
            if fig.name == name:
                return fig
        raise KeyError(name)

    def value(self, name: str) -> float | None:
        return self.figure(name).value

    def to_dict(self, *, issues: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "task": self.task,
            "gold": self.gold,
            "documents": self.documents,
            "figures": {f.name: (None if f.value is None else round(f.value, 4)) for f in self.figures},
            "details": {f.name: f.detail for f in self.figures if f.detail},
            "lower_is_better": [f.name for f in self.figures if f.lower_is_better],
            "not_gated": [f.name for f in self.figures if not f.gated],
        }
        if issues:
            out["issues"] = [
                {"kind": i.kind, "doc": i.doc_id, "what": i.what, "sentence": i.sentence} for i in self.issues
            ]
        return out


def ratio(numerator: float, denominator: float) -> float | None:
    return numerator / denominator if denominator else None


def f1(precision: float | None, recall: float | None) -> float | None:
    """Harmonic mean; 0 when either is 0 (even if the other is undefined), None when undefined."""
    if precision == 0 or recall == 0:
        return 0.0
    if precision is None or recall is None:
        return None
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def prf(prefix: str, pred_hits: int, n_pred: int, gold_hits: int, n_gold: int) -> list[Figure]:
    """Precision (pred_hits/n_pred), recall (gold_hits/n_gold) and F1 as three figures."""
    p, r = ratio(pred_hits, n_pred), ratio(gold_hits, n_gold)
    return [
        Figure(f"{prefix}precision", p, f"{pred_hits}/{n_pred}"),
        Figure(f"{prefix}recall", r, f"{gold_hits}/{n_gold}"),
        Figure(f"{prefix}f1", f1(p, r)),
    ]


def accuracy(name: str, right: int, total: int) -> Figure:
    return Figure(name, ratio(right, total), f"{right}/{total}")
