"""The language registry: a language code names a spaCy pipeline and a data folder.

Every language veille analyses is a folder ``<code>/`` holding ``language.yaml`` (its code, name and
spaCy pipeline) and one sub-folder per stage with that stage's word lists, lexicons and grammar
tables. The packaged folders live in ``veille/data/lang/``; more can be added without touching Python
by listing folders that hold language folders in ``VEILLE_LANG_PATH`` (``os.pathsep``-separated), or
by passing ``search_path`` to :func:`registry`. A spaCy name ``blank:xx`` builds a blank pipeline.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml

from veille.errors import LanguageError

PACKAGED = Path(__file__).resolve().parent / "data" / "lang"
ENV_PATH = "VEILLE_LANG_PATH"
_SPEC_FILE = "language.yaml"
NUMBERS = "numbers.yaml"


@dataclass(frozen=True, slots=True)
class LanguageSpec:
    """One language: ISO 639-1 ``code``, English ``name``, the ``spacy`` pipeline and its ``data_dir``;
    ``sample``: one short news sentence in the language (``veille bench`` times a cold start on it);
    ``reflexive_clitics``: the clitics of a pronominal verb (« se », « s' »; none in English), the one list the
    repairs, events and quotes stages read."""

    code: str
    name: str
    spacy: str
    data_dir: Path
    sample: str = ""
    reflexive_clitics: frozenset[str] = frozenset()

    def path(self, *parts: str) -> Path:
        """A file of this language's data folder (``spec.path("times", "grammar.yaml")``)."""
        return self.data_dir.joinpath(*parts)

    def has(self, *parts: str) -> bool:
        return self.path(*parts).exists()

    def yaml(self, *parts: str) -> Any:
        """A YAML file of this language, parsed (cached: treat the result as read-only)."""
        return _read_yaml(self.path(*parts))

    def number_words(self, *kinds: str) -> dict[str, float]:
        """The number words of ``numbers.yaml`` of the given ``kinds`` (``cardinals``, ``fractions``,
        ``approximate``), lower-cased: the one list of number words every stage reads."""
        raw = self.yaml(NUMBERS) if self.has(NUMBERS) else {}
        return {str(k).lower(): float(v) for kind in kinds for k, v in (raw.get(kind) or {}).items()}

    def tsv(self, *parts: str) -> list[list[str]]:
        """A tab-separated file of this language: its rows, without blank and ``#`` comment lines."""
        return list(_read_tsv(self.path(*parts)))


class Registry(Mapping[str, LanguageSpec]):
    """The languages found on a search path, by code; the first folder naming a code wins."""

    def __init__(self, folders: Sequence[Path]) -> None:
        self.folders = tuple(folders)
        specs: dict[str, LanguageSpec] = {}
        for folder in self.folders:
            for spec in _scan(folder):
                specs.setdefault(spec.code, spec)
        self._specs = specs

    def __getitem__(self, code: str) -> LanguageSpec:
        return self._specs[code]

    def __iter__(self) -> Iterator[str]:
        return iter(self._specs)

    def __len__(self) -> int:
        return len(self._specs)

    def get_spec(self, code: str | None) -> LanguageSpec:
        """The language ``code``, or :class:`LanguageError` naming the supported ones."""
        spec = self._specs.get(code or "")
        if spec is None:
            raise LanguageError(
                f"language {code or 'unknown'!r} has no pipeline (supported: {', '.join(self)})")
        return spec


def registry(search_path: Sequence[Path] | None = None) -> Registry:
    """The languages on ``search_path`` (default: ``VEILLE_LANG_PATH``, then the packaged ones)."""
    if search_path is None:
        return _default_registry(os.environ.get(ENV_PATH, ""))
    return Registry([*search_path, PACKAGED])


def get(code: str | None) -> LanguageSpec:
    """The language ``code`` from the default registry; :class:`LanguageError` when unknown."""
    return registry().get_spec(code)


def data_dir(code: str) -> Path:
    """The data folder of language ``code``."""
    return get(code).data_dir


@lru_cache(maxsize=8)
def _default_registry(env_value: str) -> Registry:
    extra = [Path(part) for part in env_value.split(os.pathsep) if part]
    return Registry([*extra, PACKAGED])


def _scan(folder: Path) -> Iterator[LanguageSpec]:
    if not folder.is_dir():
        return
    for child in sorted(folder.iterdir()):
        spec_file = child / _SPEC_FILE
        if spec_file.is_file():
            raw = yaml.load(spec_file.read_text(encoding="utf-8"), Loader=_LOADER) or {}  # noqa: S506
            code = str(raw.get("code") or child.name)
            yield LanguageSpec(code, str(raw.get("name") or code), str(raw["spacy"]), child,
                               str(raw.get("sample") or ""),
                               frozenset(str(w).lower() for w in raw.get("reflexive_clitics") or ()))


# libyaml's loader when PyYAML was built with it (same YAML, several times faster: start-up reads every file)
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def _read_yaml(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506 - a safe loader


def _read_tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row and row[0].strip() and not row[0].startswith("#"):
                yield row
