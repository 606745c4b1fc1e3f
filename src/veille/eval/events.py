"""Scoring extracted events against gold events (the seed ``*.gold.json`` format and own JSONL sets).

The matching rule is the gold file's ``matching`` field: an extracted event matches a gold event when its
type is the gold ``event`` or one of its ``alt_events``, at least one actor code of each side overlaps (for
AGREE, CONSULT and COOPERATE the sides may be swapped or merged), and the gold event is not already
matched. Required gold events count for recall; an extracted event matching an optional one is neither a
hit nor a false positive; every other extracted event is a false positive. Among all one-to-one
assignments the scorer takes one with the most required hits (maximum bipartite matching, trying for
each extracted event the gold events of its main type first, then those whose date it gets right), then
lets the remaining extracted events match optional gold events.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from veille.eval.codes import CodeNormalizer, actors_by_id
from veille.eval.dates import date_compatible, date_right
from veille.eval.gold import GoldDocument, Pairs
from veille.eval.matching import max_matching
from veille.eval.results import Figure, Issue, TaskResult, accuracy, prf
from veille.eval.text import fold
from veille.snippets import sentence_around

SYMMETRIC = frozenset({"AGREE", "CONSULT", "COOPERATE"})


@dataclass(slots=True, frozen=True)
class GoldEvent:
    id: str
    event: str
    alt_events: frozenset[str]
    actor: frozenset[str]
    recipient: frozenset[str]
    required: bool = True
    date: str | None = None
    date_note: str | None = None
    location: Mapping[str, Any] | None = None
    cue: str = ""
    symmetric: bool | None = None  # None: by type (AGREE, CONSULT, COOPERATE)

    @classmethod
    def from_dict(cls, row: Mapping[str, Any], index: int, codes: CodeNormalizer) -> GoldEvent:
        return cls(
            id=str(row.get("id") or f"G{index + 1}"),
            event=str(row["event"]).upper(),
            alt_events=frozenset(str(t).upper() for t in row.get("alt_events") or ()),
            actor=codes.gold_codes(_as_list(row.get("actor"))),
            recipient=codes.gold_codes(_as_list(row.get("recipient"))),
            required=bool(row.get("required", True)),
            date=row.get("date"),
            date_note=row.get("date_note"),
            location=row.get("location"),
            cue=str(row.get("cue") or ""),
        )

    @classmethod
    def from_real_news(cls, row: Mapping[str, Any], index: int, codes: CodeNormalizer) -> GoldEvent:
        """A ``real-news.dev.jsonl`` gold event: ``type``/``alt_types``, sides as ``CODE[:SECTOR]`` lists
        (sectors are not compared), an explicit ``symmetric`` flag."""
        return cls(
            id=str(row.get("id") or f"G{index + 1}"),
            event=str(row["type"]).upper(),
            alt_events=frozenset(str(t).upper() for t in row.get("alt_types") or ()),
            actor=codes.gold_codes(c.split(":")[0] for c in _as_list(row.get("actor"))),
            recipient=codes.gold_codes(c.split(":")[0] for c in _as_list(row.get("recipient"))),
            required=bool(row.get("required", True)),
            date=row.get("date"),
            cue=str(row.get("trigger") or row.get("sentence") or ""),
            symmetric=bool(row.get("symmetric", False)),
        )


@dataclass(slots=True, frozen=True)
class PredEvent:
    index: int
    event: str
    actor: frozenset[str]
    recipient: frozenset[str]
    date: str | None
    location: Mapping[str, Any] | None
    evidence: str
    span: tuple[int, int] | None = None  # evidence offsets in the text
    confidence: float = 1.0


def _as_list(value: Any) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    return [v for v in value if isinstance(v, str)]


def _side_hit(pred: frozenset[str], gold: frozenset[str]) -> bool:
    """At least one code in common; an empty gold side constrains nothing."""
    return not gold or bool(pred & gold)


def event_matches(pred: PredEvent, gold: GoldEvent) -> bool:
    """The matching rule, without the one-to-one constraint."""
    if pred.event != gold.event and pred.event not in gold.alt_events:
        return False
    if _side_hit(pred.actor, gold.actor) and _side_hit(pred.recipient, gold.recipient):
        return True
    symmetric = pred.event in SYMMETRIC if gold.symmetric is None else gold.symmetric
    if symmetric:  # swapped or merged sides
        both = pred.actor | pred.recipient
        return _side_hit(both, gold.actor) and _side_hit(both, gold.recipient)
    return False


def pred_events(document: Mapping[str, Any], codes: CodeNormalizer) -> list[PredEvent]:
    actors = actors_by_id(document)
    out = []
    for index, ev in enumerate(document.get("events") or []):
        ev_span = ev.get("evidence") or ev.get("trigger") or {}
        evidence = ev_span.get("text") or ""
        span = (ev_span["start"], ev_span["end"]) if isinstance(ev_span.get("start"), int) else None
        out.append(PredEvent(
            index=index,
            event=str(ev.get("event") or "").upper(),
            actor=codes.ref_codes(ev.get("actor") or [], actors),
            recipient=codes.ref_codes(ev.get("recipient") or [], actors),
            date=ev.get("date"),
            location=ev.get("location"),
            evidence=evidence,
            span=span,
            confidence=float(ev.get("confidence") if ev.get("confidence") is not None else 1.0),
        ))
    return out


@dataclass(slots=True)
class EventMatch:
    hits: dict[int, int]  # pred index -> required gold index
    optional: dict[int, int]  # pred index -> optional gold index
    false_positives: list[int]  # pred indices
    misses: list[int]  # required gold indices


def _candidates(pred: PredEvent, golds: Sequence[GoldEvent], among: Sequence[int]) -> list[int]:
    """Gold events ``pred`` matches, the most fitting first (its main type, then its date right), so
    that among assignments with the most hits the matching prefers the natural pairs."""
    found = [j for j in among if event_matches(pred, golds[j])]

    def fit(j: int) -> tuple[bool, bool, int]:
        gold = golds[j]
        return (pred.event != gold.event,
                not (gold.date and date_right(pred.date, gold.date, gold.date_note)), j)

    return sorted(found, key=fit)


def match_events(preds: Sequence[PredEvent], golds: Sequence[GoldEvent]) -> EventMatch:
    required = [j for j, g in enumerate(golds) if g.required]
    optional = [j for j, g in enumerate(golds) if not g.required]
    cand_req = [_candidates(p, golds, required) for p in preds]
    hits = max_matching(len(preds), cand_req)
    rest = [i for i in range(len(preds)) if i not in hits]
    cand_opt = [_candidates(preds[i], golds, optional) for i in rest]
    opt_local = max_matching(len(rest), cand_opt)
    optional_hits = {rest[k]: j for k, j in opt_local.items()}
    fps = [i for i in range(len(preds)) if i not in hits and i not in optional_hits]
    matched = set(hits.values())
    misses = [j for j in required if j not in matched]
    return EventMatch(hits, optional_hits, fps, misses)


def _location_right(pred: Mapping[str, Any] | None, gold: Mapping[str, Any]) -> bool:
    if not pred:
        return False
    if gold.get("country") and pred.get("country") == gold.get("country"):
        return True
    return bool(gold.get("name")) and fold(str(pred.get("name") or "")) == fold(str(gold["name"]))


def _describe(ev: PredEvent | GoldEvent) -> str:
    actor = ",".join(sorted(ev.actor)) or "-"
    recipient = ",".join(sorted(ev.recipient)) or "-"
    head = f"{ev.id} " if isinstance(ev, GoldEvent) else ""
    return f"{head}{ev.event} {actor} -> {recipient} date={ev.date or '-'}"


GoldReader = Callable[[Mapping[str, Any], int, CodeNormalizer], GoldEvent]


def score_events(pairs: Pairs, *, gold_name: str = "",
                 codes: CodeNormalizer | None = None, prefix: str = "events.",
                 reader: GoldReader = GoldEvent.from_dict, min_confidence: float = 0.0) -> TaskResult:
    """P/R/F1 of events, date and place accuracy on matched ones, over gold documents with ``events``.

    ``reader`` turns one gold row into a :class:`GoldEvent`; extracted events below ``min_confidence``
    are left out (as ``veille analyze --min-confidence`` would)."""
    codes = codes or CodeNormalizer()
    n_pred = n_required = n_hits = n_optional = 0
    dates_total = dates_right = dates_compat = 0
    places_total = places_right = 0
    issues: list[Issue] = []
    for gold_doc, document in pairs:
        rows = gold_doc.gold.get("events") or []
        golds = [reader(row, k, codes) for k, row in enumerate(rows)]
        preds = [p for p in pred_events(document, codes) if p.confidence >= min_confidence]
        preds = [PredEvent(k, p.event, p.actor, p.recipient, p.date, p.location, p.evidence, p.span,
                           p.confidence) for k, p in enumerate(preds)]
        result = match_events(preds, golds)
        n_pred += len(preds)
        n_optional += len(result.optional)
        n_required += sum(1 for g in golds if g.required)
        n_hits += len(result.hits)
        for i, j in sorted(result.hits.items(), key=lambda kv: kv[1]):
            pred, gold = preds[i], golds[j]
            if gold.date:
                dates_total += 1
                if date_right(pred.date, gold.date, gold.date_note):
                    dates_right += 1
                else:
                    issues.append(Issue("wrong", gold_doc.id, f"date of {gold.id}: {pred.date or '-'} "
                                        f"(gold {gold.date})", pred.evidence))
                if date_compatible(pred.date, gold.date, gold.date_note):
                    dates_compat += 1
            if gold.location:
                places_total += 1
                if _location_right(pred.location, gold.location):
                    places_right += 1
                else:
                    got = (pred.location or {}).get("name") or "-"
                    issues.append(Issue("wrong", gold_doc.id, f"place of {gold.id}: {got} "
                                        f"(gold {gold.location.get('name')}, {gold.location.get('country')})",
                                        pred.evidence))
        for j in result.misses:
            issues.append(Issue("miss", gold_doc.id, _describe(golds[j]), golds[j].cue or gold_doc.id))
        for i in result.false_positives:
            sentence = _evidence_sentence(gold_doc, preds[i])
            issues.append(Issue("fp", gold_doc.id, _describe(preds[i]), sentence))
    scored = n_pred - n_optional  # extracted events that are hits or false positives
    figures = prf(prefix, n_hits, scored, n_hits, n_required)
    figures += [
        accuracy(f"{prefix}date_accuracy", dates_right, dates_total),
        accuracy(f"{prefix}date_compatible", dates_compat, dates_total),
        accuracy(f"{prefix}place_accuracy", places_right, places_total),
        Figure(f"{prefix}optional_matched", float(n_optional), "extracted events matching optional gold",
               percent=False, gated=False),
    ]
    return TaskResult("events", gold_name, len(pairs), figures, issues)


def _evidence_sentence(gold_doc: GoldDocument, pred: PredEvent) -> str:
    if pred.span is not None:
        return sentence_around(gold_doc.text, *pred.span)
    if pred.evidence:
        at = gold_doc.text.find(pred.evidence)
        if at >= 0:
            return sentence_around(gold_doc.text, at, at + len(pred.evidence))
    return pred.evidence
