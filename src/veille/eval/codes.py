"""Actor codes as the scorers compare them: CAMEO aliases mapped to ISO 3166 alpha-3, and "IGO"."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any

log = logging.getLogger(__name__)

IGO = "IGO"  # the gold code of any international organisation (PLOVER GSR)


def _read_tsv(text: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) < 2 or not cols[0] or not cols[1]:
            continue
        old, iso = cols[0].upper(), cols[1].upper()
        if len(iso) != 3 or not iso.isalpha() or old == iso:
            continue  # a header line or an identity row
        table[old] = iso
    return table


def load_code_aliases() -> dict[str, str]:
    """CAMEO code -> ISO alpha-3, from the actors stage's table when present, plus eval's defaults.

    The actors table (``data/actors/cameo_country_codes.tsv``) wins over ``data/eval/code_aliases.tsv``.
    """
    data = resources.files("veille.data")
    table = _read_tsv((data / "eval" / "code_aliases.tsv").read_text(encoding="utf-8"))
    actors_file = data / "actors" / "cameo_country_codes.tsv"
    if actors_file.is_file():
        table.update(_read_tsv(actors_file.read_text(encoding="utf-8")))
    return table


class CodeNormalizer:
    """Maps gold and predicted codes to one comparable set."""

    def __init__(self, aliases: Mapping[str, str] | None = None) -> None:
        self.aliases = dict(load_code_aliases() if aliases is None else aliases)

    def code(self, code: str | None) -> str | None:
        if not code:
            return None
        code = code.strip().upper()
        return self.aliases.get(code, code)

    def gold_codes(self, codes: Iterable[str | None]) -> frozenset[str]:
        return frozenset(c for c in (self.code(x) for x in codes) if c)

    def ref_codes(self, refs: Iterable[Mapping[str, Any]],
                  actors: Mapping[str, Mapping[str, Any]]) -> frozenset[str]:
        """Codes of predicted event sides (ActorRef dicts), plus "IGO" for an international organisation:
        the side's actor is one, or its code is the code of an IGO actor of the document (a secretary
        general coded "ARABLEAGUE" like the Arab League itself)."""
        igo_codes = {self.code(a.get("country")) for a in actors.values() if is_igo(a)} - {None}
        out: set[str] = set()
        for ref in refs:
            code = self.code(ref.get("code"))
            if code:
                out.add(code)
            actor = actors.get(ref.get("actor_id") or "")
            if (actor is not None and is_igo(actor)) or code in igo_codes:
                out.add(IGO)
        return frozenset(out)

    def actor_codes(self, actors: Iterable[Mapping[str, Any]]) -> frozenset[str]:
        """Codes of a document's actors (``actors[].country``), plus "IGO" when one is an IGO."""
        out: set[str] = set()
        for actor in actors:
            code = self.code(actor.get("country"))
            if code:
                out.add(code)
            if is_igo(actor):
                out.add(IGO)
        return frozenset(out)


def is_igo(actor: Mapping[str, Any]) -> bool:
    """An international organisation: flagged ``igo``, or of kind "igo"."""
    return bool(actor.get("igo")) or actor.get("kind") == "igo"


def actors_by_id(document: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    return {a["id"]: a for a in document.get("actors") or [] if a.get("id")}
