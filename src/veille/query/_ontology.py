"""PLOVER types, modes and statuses as the events stage knows them (``data/events/ontology.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from veille.errors import QueryError

PRECISIONS = ("day", "week", "month", "quarter", "year")


@dataclass(frozen=True, slots=True)
class Ontology:
    types: tuple[str, ...]
    modes: dict[str, tuple[str, ...]]  # type -> its modes
    statuses: tuple[str, ...]
    sectors: dict[str, str]  # PLOVER actor sector code -> English label (data/actors/context_words.yaml)

    @property
    def all_modes(self) -> tuple[str, ...]:
        return tuple(sorted({m for modes in self.modes.values() for m in modes}))


@lru_cache(maxsize=1)
def ontology() -> Ontology:
    data = resources.files("veille") / "data"
    raw = yaml.safe_load((data / "events" / "ontology.yaml").read_text(encoding="utf-8"))
    words = yaml.safe_load((data / "actors" / "context_words.yaml").read_text(encoding="utf-8"))
    types = tuple(raw["types"])
    return Ontology(types=types,
                    modes={t: tuple(raw["types"][t].get("modes") or ()) for t in types},
                    statuses=tuple(raw["statuses"]),
                    sectors={str(k): str(v) for k, v in words["sector_labels"].items()})


def split_values(value: str | None) -> list[str]:
    """``"agree, consult"`` -> ``["agree", "consult"]``."""
    return [v.strip() for v in (value or "").split(",") if v.strip()]


def _check(option: str, values: list[str], allowed: tuple[str, ...], *, upper: bool) -> list[str]:
    out = []
    for v in values:
        norm = v.upper() if upper else v.lower()
        if norm not in allowed:
            raise QueryError(f"{option} {v!r}: not one of {', '.join(allowed)}")
        out.append(norm)
    return out


def check_types(value: str | None) -> list[str]:
    """PLOVER types from a comma-separated value, upper-cased; QueryError names the allowed ones."""
    return _check("--type", split_values(value), ontology().types, upper=True)


def check_modes(value: str | None) -> list[str]:
    return _check("--mode", split_values(value), ontology().all_modes, upper=False)


def check_statuses(value: str | None) -> list[str]:
    return _check("--status", split_values(value), ontology().statuses, upper=False)


def check_sectors(value: str | None) -> list[str]:
    return _check("--sector", split_values(value), tuple(ontology().sectors), upper=True)


def check_precisions(value: str | None) -> list[str]:
    return _check("--precision", split_values(value), PRECISIONS, upper=False)
