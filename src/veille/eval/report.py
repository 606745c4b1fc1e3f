"""Printing evaluation results: an aligned text table, or JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence

from veille.eval.evaluate import Evaluation
from veille.eval.results import TaskResult


def _value(value: float | None, percent: bool) -> str:
    if value is None:
        return "n/a"
    if percent:
        return f"{100 * value:5.1f}%"
    return f"{value:.0f}" if value == int(value) else f"{value:.2f}"


def table(evaluations: Sequence[Evaluation], *, show: bool = False) -> str:
    lines: list[str] = []
    for ev in evaluations:
        r = ev.result
        lines.append(f"{r.task} on {r.gold} ({r.documents} documents)")
        width = max((len(f.name) for f in r.figures), default=10)
        for f in r.figures:
            arrow = "  (lower is better)" if f.lower_is_better else ""
            detail = f"  {f.detail}" if f.detail else ""
            lines.append(f"  {f.name:<{width}}  {_value(f.value, f.percent):>7}{detail}{arrow}")
        if show:
            lines.extend(issue_lines(r))
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def issue_lines(result: TaskResult) -> list[str]:
    lines: list[str] = []
    order = {"miss": 0, "miss-adjective": 1, "fp": 2, "wrong": 3}
    for issue in sorted(result.issues, key=lambda i: (order.get(i.kind, 9), i.doc_id)):
        lines.append(f"  {issue.kind.upper():<14} {issue.doc_id}: {issue.what}")
        if issue.sentence:
            lines.append(f"  {'':<14}   | {issue.sentence}")
    if not lines:
        lines.append("  (no miss, no false positive)")
    return ["", "  errors:"] + lines


def markdown(evaluations: Sequence[Evaluation]) -> str:
    """One Markdown table per gold set, for the README's "Measuring accuracy" section."""
    lines: list[str] = []
    for ev in evaluations:
        r = ev.result
        lines += [f"**{r.task}** on `{r.gold}` ({r.documents} documents)", "",
                  "| figure | value | counts |", "|---|---:|---:|"]
        for f in r.figures:
            note = " (lower is better)" if f.lower_is_better else ""
            counts = f.detail if "/" in f.detail else ""
            lines.append(f"| `{f.name}`{note} | {_value(f.value, f.percent).strip()} | {counts} |")
        lines.append("")
    return "\n".join(lines)


def as_json(evaluations: Sequence[Evaluation], *, show: bool = False) -> str:
    payload = {
        "results": [ev.result.to_dict(issues=show) for ev in evaluations],
        "sets": {ev.result.gold: ev.sha256 for ev in evaluations},
    }
    return json.dumps(payload, ensure_ascii=False, indent=2)
