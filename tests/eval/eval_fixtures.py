"""Hand-made predictions for the scorer tests: contract document dicts built tersely."""

from __future__ import annotations

from typing import Any

from veille.eval.gold import GoldDocument


def ref(code: str | None, actor_id: str | None = None) -> dict[str, Any]:
    return {"actor_id": actor_id, "code": code, "sector": [], "text": code or ""}


def event(kind: str, actor: list[str], recipient: list[str], *, date: str | None = None,
          location: dict[str, Any] | None = None, actor_ids: list[str] | None = None) -> dict[str, Any]:
    ids = actor_ids or [None] * len(actor)
    return {
        "id": f"ev-{kind}", "event": kind, "mode": None, "context": [], "status": "actual",
        "actor": [ref(c, i) for c, i in zip(actor, ids)], "recipient": [ref(c) for c in recipient],
        "date": date, "enddate": None, "date_precision": "day", "date_source": "clause",
        "location": location, "amount": None,
        "evidence": {"start": 0, "end": 5, "text": "Texte"}, "trigger": {"start": 0, "end": 5, "text": "Texte"},
        "confidence": 1.0, "mentions": [],
    }


def document(doc_id: str = "d1", **parts: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"id": doc_id, "language": "fr", "published": None, "title": None,
                            "text_sha256": "", "status": "ok", "warnings": [], "entities": [], "actors": [],
                            "events": [], "quotes": [], "times": [], "places": []}
    base.update(parts)
    return base


def gold(gold_part: dict[str, Any], text: str = "Texte de test.", doc_id: str = "d1") -> GoldDocument:
    return GoldDocument(id=doc_id, text=text, gold=gold_part, language="fr")
