"""One resolver for every "who" and "where" filter: codes, country names (French, English), organisation
acronyms, registry ids, people's names, places. A value that names nothing raises ``QueryError`` with the
closest known names ("did you mean").
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from functools import cached_property

from veille.consolidate.actors import name_key
from veille.errors import QueryError
from veille.query._names import CodeNames, code_names

_SUGGESTIONS = 5
_SCORE_CUTOFF = 60


@dataclass(frozen=True, slots=True)
class ActorMatch:
    """What an actor filter stands for: event actor codes and registry ids (either may be empty)."""

    text: str
    codes: tuple[str, ...] = ()
    actor_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PlaceMatch:
    """What a place filter stands for: a country (every place inside it) and/or named places."""

    text: str
    countries: tuple[str, ...] = ()  # ISO3: events located anywhere in it
    geonameids: tuple[int, ...] = ()
    name_keys: tuple[str, ...] = ()  # stored place names, folded


class Resolver:
    """Resolve filter values against the names veille knows and the store's registry (``conn``)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.names: CodeNames = code_names()

    # -- actors ----------------------------------------------------------------------------------
    def registry_ids(self, text: str) -> list[str]:
        """Registry ids whose id, name or any alias contains ``text`` (accents and case ignored)."""
        key = name_key(text)
        if not key:
            return [r[0] for r in self.conn.execute("SELECT id FROM actors WHERE id = ?", (text,))]
        like = f"%{key}%"
        return [r[0] for r in self.conn.execute(
            "SELECT id FROM actors WHERE id = ? OR name_key LIKE ?"
            " UNION SELECT actor_id FROM actor_aliases WHERE alias_key LIKE ?", (text, like, like))]

    def code(self, text: str) -> str | None:
        """The country or organisation code ``text`` names ("US", "Etats-Unis", "country:USA", "OTAN")."""
        text = text.strip()
        if text.startswith(("country:", "igo:")):
            text = text.split(":", 1)[1]
        code = self.names.code_for(text)
        if code is None and text.isupper() and self._known_code(text):
            code = text
        return code

    def _known_code(self, code: str) -> bool:
        return self.conn.execute("SELECT 1 FROM event_actors WHERE code = ? UNION ALL"
                                 " SELECT 1 FROM article_actors WHERE country = ? LIMIT 1",
                                 (code, code)).fetchone() is not None

    def actor(self, text: str, option: str = "--actor") -> ActorMatch:
        """A country/organisation (its code and registry id) or the registry actors named ``text``."""
        text = text.strip()
        code = self.code(text)
        if code is not None:
            prefix = "igo" if code in self.names.organisations else "country"
            return ActorMatch(text, codes=(code,), actor_ids=(f"{prefix}:{code}",))
        ids = self.registry_ids(text)
        if ids:
            codes = tuple(i.split(":", 1)[1] for i in ids if i.startswith(("country:", "igo:")))
            return ActorMatch(text, codes=codes, actor_ids=tuple(ids))
        raise QueryError(self._unknown(option, text, "no country, organisation or actor by that name"))

    def country(self, text: str, option: str = "--country") -> str:
        code = self.code(text)
        if code is None:
            raise QueryError(self._unknown(option, text, "no country or organisation by that name",
                                           actors=False))
        return code

    # -- places ----------------------------------------------------------------------------------
    def place(self, text: str, option: str = "--place") -> PlaceMatch:
        """A country (by code or name: every place inside it), a GeoNames id, or a place name in any
        of its gazetteer names (Odessa = Odesa, Pékin = Beijing)."""
        text = text.strip()
        if text.isdigit():
            return PlaceMatch(text, geonameids=(int(text),))
        code = self.names.code_for(text)
        if code in self.names.countries:
            return PlaceMatch(text, countries=(code,))
        from veille.query._places import gazetteer_places

        entries = gazetteer_places(text)
        countries = tuple(e.country for e in entries if e.feature == "PCLI" and e.country)
        ids = tuple(e.geonameid for e in entries if e.geonameid is not None)
        keys = {name_key(text), *(name_key(e.name) for e in entries)}
        stored = {n for (n,) in self.conn.execute(
            "SELECT location_name FROM events WHERE location_name IS NOT NULL UNION"
            " SELECT name FROM places WHERE name IS NOT NULL")}
        if countries or ids or keys & {name_key(n) for n in stored}:
            return PlaceMatch(text, countries=countries, geonameids=ids, name_keys=tuple(sorted(keys)))
        raise QueryError(self._unknown(option, text, "no place by that name", extra=sorted(stored),
                                       actors=False))

    # -- labels ----------------------------------------------------------------------------------
    @cached_property
    def _registry_names(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT id, name FROM actors"))

    def label(self, code: str | None = None, actor_id: str | None = None) -> str:
        """A readable name: the registry's name for a person or group, else the code's name."""
        if actor_id and not actor_id.startswith(("country:", "igo:")):
            name = self._registry_names.get(actor_id)
            if name:
                return name
        if code:
            return self.names.label(code) or self._registry_names.get(code) or code
        if actor_id:
            return self._registry_names.get(actor_id) or actor_id
        return ""

    # -- did you mean ----------------------------------------------------------------------------
    def _unknown(self, option: str, text: str, why: str, *, extra: list[str] | None = None,
                 actors: bool = True) -> str:
        from rapidfuzz import fuzz, process, utils

        choices: dict[str, str] = {}  # the label shown, and the name it is scored on as a whole
        for code in self.names.countries | self.names.organisations:
            name = self.names.labels.get(code, code)
            choices.setdefault(f"{name} ({code})", name)
        if actors:
            for actor_id, name in self._registry_names.items():
                choices.setdefault(f"{name} ({actor_id})", name)
        for name in extra or ():
            choices.setdefault(name, name)
        found = process.extract(text, list(choices), scorer=fuzz.WRatio, processor=utils.default_process,
                                limit=4 * _SUGGESTIONS, score_cutoff=_SCORE_CUTOFF)
        # (a misspelt whole name first: "Frence" is France before the names that only contain "French")
        found.sort(key=lambda f: -(f[1] + fuzz.ratio(text, choices[f[0]], processor=utils.default_process)))
        found = found[:_SUGGESTIONS]
        hint = f"; did you mean: {', '.join(f[0] for f in found)}?" if found else ""
        return f"{option} {text!r}: {why}{hint}"
