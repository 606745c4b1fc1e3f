"""Pinned floors: the figures the project must not fall below, per shared set (tests/eval_floors.json).

Shape::

    {"tolerance": 0.005,
     "sets": {"eval/plover-gsr.dev.jsonl": {"task": "plover", "sha256": "...",
                                            "floors": {"plover.type_found": 0.41, ...},
                                            "ceilings": {"plover.other_type_per_sentence": 0.8}}}}

A figure that is better when higher has a floor; one that is better when lower has a ceiling; informative
counts (``not_gated``: matched optional events, adjective gold toponyms) have neither.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

DEFAULT_TOLERANCE = 0.005


def check(floors: Mapping[str, Any], measured: Mapping[str, Any]) -> list[str]:
    """Failures (empty when all is well). ``measured`` is ``veille eval all --format json`` output."""
    tolerance = float(floors.get("tolerance", DEFAULT_TOLERANCE))
    results = {r["gold"]: r for r in measured.get("results", [])}
    hashes = measured.get("sets", {})
    failures: list[str] = []
    for name, pinned in (floors.get("sets") or {}).items():
        result = results.get(name)
        if result is None:
            failures.append(f"{name}: pinned in the floors file but not measured")
            continue
        if pinned.get("sha256") and hashes.get(name) != pinned["sha256"]:
            failures.append(
                f"{name}: THE GOLD SET CHANGED (sha256 {hashes.get(name)} != pinned {pinned['sha256']}). "
                "Floors measured on the old set mean nothing: re-measure and re-pin them on purpose.")
            continue
        figures = result.get("figures", {})
        for figure, floor in (pinned.get("floors") or {}).items():
            value = figures.get(figure)
            if floor is None:
                continue
            if value is None or value < floor - tolerance:
                failures.append(f"{name}: {figure} = {value} fell below its floor {floor}")
        for figure, ceiling in (pinned.get("ceilings") or {}).items():
            value = figures.get(figure)
            if ceiling is None:
                continue
            if value is None or value > ceiling + tolerance:
                failures.append(f"{name}: {figure} = {value} rose above its ceiling {ceiling}")
    return failures


def repinned(floors: Mapping[str, Any], measured: Mapping[str, Any], reason: str, when: str) -> dict[str, Any]:
    """The floors file with every measured set pinned afresh to the figures measured now (lower or higher),
    and ``reason`` recorded in ``_changes``: the explicit way to accept a drop or a changed gold set."""
    out = copy.deepcopy(dict(floors))
    out.setdefault("_changes", []).append(f"{when}: re-pinned to measured figures: {reason}")
    sets = out.setdefault("sets", {})
    for result in measured.get("results", []):
        sets.pop(result["gold"], None)
    return raised(out, measured)


def raised(floors: Mapping[str, Any], measured: Mapping[str, Any]) -> dict[str, Any]:
    """The floors file with every floor raised (every ceiling lowered) to the measured figure.

    Never lowers a floor: that needs a hand edit with a comment. New sets and figures are added; a set
    whose hash changed is re-pinned from scratch (its old figures were measured on other data).
    """
    out = copy.deepcopy(dict(floors))
    out.setdefault("tolerance", DEFAULT_TOLERANCE)
    sets = out.setdefault("sets", {})
    hashes = measured.get("sets", {})
    for result in measured.get("results", []):
        name = result["gold"]
        pinned = sets.get(name)
        if pinned is None or pinned.get("sha256") != hashes.get(name):
            pinned = {"task": result["task"], "sha256": hashes.get(name), "floors": {}, "ceilings": {}}
            sets[name] = pinned
        lower = set(result.get("lower_is_better", []))
        skip = set(result.get("not_gated", []))
        for figure, value in result.get("figures", {}).items():
            if value is None or figure in skip:
                continue
            if figure in lower:
                old = pinned.setdefault("ceilings", {}).get(figure)
                pinned["ceilings"][figure] = value if old is None else min(old, value)
            else:
                old = pinned.setdefault("floors", {}).get(figure)
                pinned["floors"][figure] = value if old is None else max(old, value)
    return out
