"""Scoring event coding on PLOVER GSR sentences (one sentence, one gold event).

Older labels are read as PLOVER 2.0 types (DEMAND -> REQUEST, FIGHT -> ASSAULT, DISAPPROVE and
INVESTIGATE -> ACCUSE). An own set may list ``alt_events`` beside ``event``: types the ontology's sources
disagree on for that sentence (the CAMEO-to-PLOVER table against PLOVER 2.0's modes), each counted as the
gold type. Figures:

- ``type_found``: share of sentences with at least one extracted event of the gold type;
- ``other_type_per_sentence``: extracted events of another type, per sentence (lower is better);
- ``source_accuracy`` / ``target_accuracy``: among sentences whose gold type was found and whose gold
  side is not empty, the share where an extracted event of that type has an actor code of the gold
  side (AGREE/CONSULT/COOPERATE: sides may be swapped or merged, as in the seed rule). A gold "IGO"
  matches an actor flagged as an international organisation; CAMEO codes are mapped to ISO;
- ``full_match``: share of all sentences with an event of the gold type and both sides right;
- ``actors_all_codes``: share of sentences where every gold source and target code is among the
  document's actors (``actors[].country``; "IGO" = any international organisation).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from veille.eval.codes import CodeNormalizer
from veille.eval.events import SYMMETRIC, PredEvent, pred_events
from veille.eval.gold import Pairs
from veille.eval.results import Figure, Issue, TaskResult, accuracy, ratio

OLD_LABELS = {"DEMAND": "REQUEST", "FIGHT": "ASSAULT", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE"}


def gold_type(label: str) -> str:
    label = label.strip().upper()
    return OLD_LABELS.get(label, label)


def gold_side(value: Any, codes: CodeNormalizer) -> frozenset[str]:
    """Codes of a gold side: a list of {actorText, code}; "" or [] is an empty side."""
    if not isinstance(value, list):
        return frozenset()
    return codes.gold_codes(a.get("code") for a in value if isinstance(a, Mapping))


def _codes(codes: frozenset[str]) -> str:
    return ",".join(sorted(codes)) or "-"


def _sides(pred: PredEvent, source: frozenset[str], target: frozenset[str]) -> tuple[bool, bool]:
    src = bool(pred.actor & source)
    tar = bool(pred.recipient & target)
    if pred.event in SYMMETRIC:
        both = pred.actor | pred.recipient
        src, tar = src or bool(both & source), tar or bool(both & target)
    return src, tar


def score_plover(pairs: Pairs, *, gold_name: str = "",
                 codes: CodeNormalizer | None = None) -> TaskResult:
    codes = codes or CodeNormalizer()
    n = found = other = 0
    src_total = src_ok = tar_total = tar_ok = full = actors_ok = 0
    issues: list[Issue] = []
    for gold_doc, document in pairs:
        n += 1
        gold = gold_doc.gold
        want = gold_type(str(gold.get("event") or ""))
        wanted = {want} | {gold_type(str(t)) for t in gold.get("alt_events") or []}
        source, target = gold_side(gold.get("source"), codes), gold_side(gold.get("target"), codes)
        preds = pred_events(document, codes)
        same = [p for p in preds if p.event in wanted]
        others = [p for p in preds if p.event not in wanted]
        other += len(others)
        sentence = gold_doc.text.strip()
        for p in others:
            what = f"{p.event} {_codes(p.actor)} -> {_codes(p.recipient)} (gold {want})"
            issues.append(Issue("fp", gold_doc.id, what, sentence))
        side_text = f"{want} {_codes(source)} -> {_codes(target)}"
        if not same:
            issues.append(Issue("miss", gold_doc.id, side_text, sentence))
        else:
            found += 1
            results = [_sides(p, source, target) for p in same]
            s_hit = any(r[0] for r in results)
            t_hit = any(r[1] for r in results)
            if source:
                src_total += 1
                src_ok += s_hit
            if target:
                tar_total += 1
                tar_ok += t_hit
            if any((r[0] or not source) and (r[1] or not target) for r in results):
                full += 1
            elif source or target:
                got = "; ".join(f"{_codes(p.actor)} -> {_codes(p.recipient)}" for p in same)
                issues.append(Issue("wrong", gold_doc.id, f"sides of {side_text}: {got}", sentence))
        present = codes.actor_codes(document.get("actors") or [])
        if (source | target) <= present:
            actors_ok += 1
        else:
            missing = _codes((source | target) - present)
            issues.append(Issue("miss", gold_doc.id, f"actor codes {missing}", sentence))
    figures = [
        accuracy("plover.type_found", found, n),
        Figure("plover.other_type_per_sentence", ratio(other, n), f"{other}/{n}", lower_is_better=True,
               percent=False),
        accuracy("plover.source_accuracy", src_ok, src_total),
        accuracy("plover.target_accuracy", tar_ok, tar_total),
        accuracy("plover.full_match", full, n),
        accuracy("plover.actors_all_codes", actors_ok, n),
    ]
    return TaskResult("plover", gold_name, n, figures, issues)
