"""One-to-one matching helpers: maximum bipartite matching and greedy span matching."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from veille.eval.text import overlap


def max_matching(n_left: int, candidates: Sequence[Sequence[int]],
                 taken: set[int] | None = None) -> dict[int, int]:
    """Maximum one-to-one matching (Kuhn's augmenting paths): left i -> right j among ``candidates[i]``.

    Deterministic: left items are tried in order, their candidates in the order given. ``taken`` right
    items are unavailable.
    """
    owner: dict[int, int] = {}  # right -> left
    blocked = taken or set()

    def augment(i: int, seen: set[int]) -> bool:
        for j in candidates[i]:
            if j in blocked or j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(n_left):
        augment(i, set())
    return {i: j for j, i in owner.items()}


def greedy_pairs(n_gold: int, n_pred: int, score: Callable[[int, int], float]) -> list[tuple[int, int]]:
    """One-to-one (gold, pred) pairs with a positive score, best score first, ties in text order."""
    scored = [(score(g, p), g, p) for g in range(n_gold) for p in range(n_pred)]
    scored = [s for s in scored if s[0] > 0]
    scored.sort(key=lambda s: (-s[0], s[1], s[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _score, g, p in scored:
        if g in used_g or p in used_p:
            continue
        used_g.add(g)
        used_p.add(p)
        pairs.append((g, p))
    return pairs


def span_pairs(golds: Sequence[Mapping[str, Any]], preds: Sequence[Mapping[str, Any]]) -> list[tuple[int, int]]:
    """:func:`greedy_pairs` of gold and predicted spans (``start``, ``end``), scored by the characters they share."""
    return greedy_pairs(len(golds), len(preds), lambda gi, pi: overlap(
        golds[gi]["start"], golds[gi]["end"], preds[pi]["start"], preds[pi]["end"]))
