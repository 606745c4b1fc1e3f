"""Scoring the other parts of a seed ``*.gold.json`` file: actors, quotes, times, places.

Those gold parts carry no offsets, so they are matched by text (see docs/evaluation.md):

- actors: a gold person is found when a predicted person's name or a mention matches it (surname rule of
  :func:`~veille.eval.text.names_match`); its country must be equal, its role must contain the gold
  role's words or be contained in them. A gold organisation is found by a mention text, its name or,
  for an international organisation coded by its own acronym (NATO, G7), by that code.
  ``countries_mentioned`` is compared with the codes of country actors and of country-level places.
- quotes: a predicted quote matches when its text contains the gold ``text_start`` then ``text_end``.
- times / places: predicted mentions with the same text (folded; or one containing the other at word
  boundaries), as many as the gold's ``occurrences``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from veille.eval.gold import GoldDocument, Pairs
from veille.eval.results import Figure, Issue, accuracy, prf
from veille.eval.text import fold, names_match, words
from veille.snippets import sentence_around

_ROLE_STOP = frozenset("de la le les l d du des of the a".split())


def _sentence(doc: GoldDocument, item: Mapping[str, Any]) -> str:
    start, end = item.get("start"), item.get("end")
    if isinstance(start, int) and isinstance(end, int):
        return sentence_around(doc.text, start, end)
    return str(item.get("text") or "")


def _first_sentence_with(text: str, needle: str) -> str:
    """The sentence of the first occurrence of ``needle`` (typography-insensitive), "" when absent."""
    at = text.find(needle)
    if at < 0:
        at = text.replace("\u2019", "'").find(needle.replace("\u2019", "'"))
    return sentence_around(text, at, at + len(needle)) if at >= 0 else ""


def role_matches(gold: str | None, predicted: str | None) -> bool:
    if not gold:
        return True
    if not predicted:
        return False
    g = {w for w in words(gold) if w not in _ROLE_STOP}
    p = {w for w in words(predicted) if w not in _ROLE_STOP}
    return bool(p) and (g <= p or p <= g)


def _person_found(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    if names_match(gold.get("name"), pred.get("name")):
        return True
    return any(names_match(gold.get("name"), m.get("text")) for m in pred.get("mentions") or ())


def _org_found(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    names = {fold(gold.get("name") or "")} | {fold(m) for m in gold.get("mentions") or ()}
    if fold(pred.get("name") or "") in names:
        return True
    if any(fold(m.get("text") or "") in names for m in pred.get("mentions") or ()):
        return True
    code = gold.get("country")
    return bool(code) and code == gold.get("name") and pred.get("country") == code


def score_actors(pairs: Pairs, prefix: str = "actors.") -> tuple[list[Figure], list[Issue]]:
    people = found = country_ok = role_ok = 0
    orgs = orgs_found = 0
    gold_countries = pred_countries = countries_found = countries_extra = 0
    issues: list[Issue] = []
    for gold_doc, document in pairs:
        preds = document.get("actors") or []
        for gold in gold_doc.gold.get("actors") or []:
            if gold.get("kind") == "person":
                people += 1
                match = next((p for p in preds if p.get("kind") == "person" and _person_found(gold, p)), None)
                if match is None:
                    issues.append(Issue("miss", gold_doc.id, f"person {gold.get('name')}", ""))
                    continue
                found += 1
                if match.get("country") == gold.get("country"):
                    country_ok += 1
                else:
                    issues.append(Issue("wrong", gold_doc.id, f"country of {gold.get('name')}: "
                                        f"{match.get('country')} (gold {gold.get('country')})", ""))
                if role_matches(gold.get("role"), match.get("role")):
                    role_ok += 1
                else:
                    issues.append(Issue("wrong", gold_doc.id, f"role of {gold.get('name')}: "
                                        f"{match.get('role')!r} (gold {gold.get('role')!r})", ""))
            else:
                orgs += 1
                if any(_org_found(gold, p) for p in preds if p.get("kind") != "person"):
                    orgs_found += 1
                else:
                    issues.append(Issue("miss", gold_doc.id, f"organisation {gold.get('name')}", ""))
        gold_set = set(gold_doc.gold.get("countries_mentioned") or ())
        pred_set = {a.get("country") for a in preds if a.get("kind") == "country" and a.get("country")}
        pred_set |= {p.get("country") for p in document.get("places") or []
                     if p.get("country") and str(p.get("feature") or "").startswith("PCL")}
        gold_countries += len(gold_set)
        pred_countries += len(pred_set)
        countries_found += len(gold_set & pred_set)
        countries_extra += len(pred_set - gold_set)
        for code in sorted(gold_set - pred_set):
            issues.append(Issue("miss", gold_doc.id, f"country mentioned {code}", ""))
        for code in sorted(pred_set - gold_set):
            issues.append(Issue("fp", gold_doc.id, f"country mentioned {code}", ""))
    figures = [
        accuracy(f"{prefix}people_found", found, people),
        accuracy(f"{prefix}people_country", country_ok, found),
        accuracy(f"{prefix}people_role", role_ok, found),
        accuracy(f"{prefix}organizations_found", orgs_found, orgs),
        accuracy(f"{prefix}countries_recall", countries_found, gold_countries),
        accuracy(f"{prefix}countries_precision", countries_found, pred_countries),
    ]
    return figures, issues


def quote_contains(pred_text: str, text_start: str, text_end: str) -> bool:
    text = fold(pred_text)
    at = text.find(fold(text_start))
    return at >= 0 and text.find(fold(text_end), at) >= 0


def speaker_names(quote: Mapping[str, Any], actors: Mapping[str, Mapping[str, Any]]) -> list[str]:
    speaker = quote.get("speaker") or {}
    names = [speaker.get("name") or "", speaker.get("text") or ""]
    actor = actors.get(speaker.get("actor_id") or "")
    if actor is not None:
        names.append(actor.get("name") or "")
    return [n for n in names if n]


_NOT_SAID = frozenset({"belief", "finding"})


def score_quotes(pairs: Pairs, prefix: str = "quotes.") -> tuple[list[Figure], list[Issue]]:
    n_gold = n_pred = hits = speaker_ok = direct_ok = 0
    issues: list[Issue] = []
    for gold_doc, document in pairs:
        actors = {a["id"]: a for a in document.get("actors") or [] if a.get("id")}
        # the seed gold lists what was said or written; beliefs and findings are other attributions
        preds = [q for q in document.get("quotes") or [] if q.get("kind") not in _NOT_SAID]
        used: set[int] = set()
        n_pred += len(preds)
        for gold in gold_doc.gold.get("quotes") or []:
            n_gold += 1
            k = next((k for k, q in enumerate(preds) if k not in used
                      and quote_contains(q.get("text") or "", gold["text_start"], gold["text_end"])), None)
            if k is None:
                issues.append(Issue("miss", gold_doc.id, f"quote {gold.get('id', '')} "
                                    f"({gold.get('speaker')})", f"{gold['text_start']} ... {gold['text_end']}"))
                continue
            used.add(k)
            hits += 1
            quote = preds[k]
            if any(names_match(gold.get("speaker"), n) for n in speaker_names(quote, actors)):
                speaker_ok += 1
            else:
                issues.append(Issue("wrong", gold_doc.id, f"speaker of {gold.get('id', '')}: "
                                    f"{speaker_names(quote, actors) or '-'} (gold {gold.get('speaker')})",
                                    _sentence(gold_doc, quote)))
            if bool(quote.get("direct")) == bool(gold.get("direct")):
                direct_ok += 1
        for k, quote in enumerate(preds):
            if k not in used:
                issues.append(Issue("fp", gold_doc.id, f"quote {quote.get('text', '')[:60]!r}",
                                    _sentence(gold_doc, quote)))
    figures = prf(prefix, hits, n_pred, hits, n_gold)
    figures += [accuracy(f"{prefix}speaker_accuracy", speaker_ok, hits),
                accuracy(f"{prefix}direct_accuracy", direct_ok, hits)]
    return figures, issues


def _contains_words(outer: str, inner: str) -> bool:
    return bool(inner) and re.search(r"(?<!\w)" + re.escape(inner) + r"(?!\w)", outer) is not None


def text_matches(gold: str, pred: str, *, relaxed: bool) -> bool:
    g, p = fold(gold), fold(pred)
    if g == p:
        return True
    return relaxed and (_contains_words(g, p) or _contains_words(p, g))


def _match_by_text(golds: list[Mapping[str, Any]],
                   preds: list[Mapping[str, Any]]) -> tuple[list[tuple[int, int]], set[int]]:
    """(gold index, pred index) pairs: exact text first, then relaxed; each gold up to ``occurrences``."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    left = [int(g.get("occurrences") or 1) for g in golds]
    for relaxed in (False, True):
        for gi, gold in enumerate(golds):
            for pi, pred in enumerate(preds):
                if left[gi] == 0:
                    break
                if pi not in used and text_matches(gold.get("text") or "", pred.get("text") or "", relaxed=relaxed):
                    used.add(pi)
                    left[gi] -= 1
                    pairs.append((gi, pi))
    return pairs, used


def _score_by_text(pairs: Pairs, part: str, attribute: str, prefix: str) -> tuple[list[Figure], list[Issue]]:
    """Gold ``part`` items ({text, <attribute>, occurrences}) against predicted ones, matched by text."""
    n_gold = n_pred = hits = attribute_ok = 0
    label = part[:-1]  # times -> time, places -> place
    issues: list[Issue] = []
    for gold_doc, document in pairs:
        golds = list(gold_doc.gold.get(part) or [])
        preds = list(document.get(part) or [])
        matched, used = _match_by_text(golds, preds)
        n_gold += sum(int(g.get("occurrences") or 1) for g in golds)
        n_pred += len(preds)
        hits += len(matched)
        per_gold: dict[int, int] = {}
        for gi, pi in matched:
            per_gold[gi] = per_gold.get(gi, 0) + 1
            got, want = preds[pi].get(attribute), golds[gi].get(attribute)
            if got == want:
                attribute_ok += 1
            else:
                issues.append(Issue("wrong", gold_doc.id, f"{attribute} of {golds[gi]['text']!r}: {got} (gold {want})",
                                    _sentence(gold_doc, preds[pi])))
        for gi, gold in enumerate(golds):
            missing = int(gold.get("occurrences") or 1) - per_gold.get(gi, 0)
            if missing > 0:
                times = f" (x{missing})" if missing > 1 else ""
                what = f"{label} {gold['text']!r} = {gold.get(attribute)}{times}"
                issues.append(Issue("miss", gold_doc.id, what, _first_sentence_with(gold_doc.text, gold["text"])))
        for pi, pred in enumerate(preds):
            if pi not in used:
                issues.append(Issue("fp", gold_doc.id, f"{label} {pred.get('text')!r} = {pred.get(attribute)}",
                                    _sentence(gold_doc, pred)))
    figures = prf(prefix, hits, n_pred, hits, n_gold)
    figures.append(accuracy(f"{prefix}{attribute}_accuracy", attribute_ok, hits))
    return figures, issues


def score_times(pairs: Pairs, prefix: str = "times.") -> tuple[list[Figure], list[Issue]]:
    """Times by text; ``times.value_accuracy``: same TIMEX3 value."""
    return _score_by_text(pairs, "times", "value", prefix)


def score_places(pairs: Pairs, prefix: str = "places.") -> tuple[list[Figure], list[Issue]]:
    """Places by text; ``places.country_accuracy``: same country. The seed gold lists names only, so
    predicted places of ``kind`` "demonym" ("japonais") are left out."""
    names = [(gold, {**doc, "places": [p for p in doc.get("places") or () if p.get("kind") != "demonym"]})
             for gold, doc in pairs]
    return _score_by_text(names, "places", "country", prefix)
