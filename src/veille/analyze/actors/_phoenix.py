"""Named people and groups with dated roles, imported from the Phoenix dictionaries
(``data/actors/petrarch_actors.tsv``, written by ``scripts/import_petrarch2.py``).

A name maps to its roles (a CAMEO-style code such as ``AUSGOV`` and the days it held it); the article's
date picks the role: a minister who became prime minister is coded by the role held on that date.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

from rapidfuzz import fuzz

FILE = "petrarch_actors.tsv"
# a spelling variant of a listed name (« Hosni Moubarak » for HOSNI_MUBARAK): the whole name at least this close
# (rapidfuzz ratio) to the listed one, every word at least this close to the listed word, the surname closer
# and both surnames at least this long
_NEAR_NAME, _NEAR_WORD, _NEAR_SURNAME, _NEAR_SURNAME_LETTERS = 85, 70, 80, 5
# a surname alone is looked up from this many letters ("Li", "Ali" name too many people)
_SURNAME_LETTERS = 4


@dataclass(frozen=True, slots=True)
class Role:
    code: str
    start: date | None
    end: date | None

    def holds(self, when: date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


class RoleTable(Mapping[str, tuple[Role, ...]]):
    """Lower-cased name -> its roles, in the dictionary's order. The file's lines are grouped by name at
    load; a name's roles are made at its first look-up (making the 49,000 roles of the file took half a
    second of the first document's analysis)."""

    def __init__(self, lines: dict[str, list[str]]) -> None:
        self._lines = lines
        self._roles: dict[str, tuple[Role, ...]] = {}
        self._by_initials: dict[tuple[str, ...], list[str]] | None = None  # made at the first near look-up
        self._by_surname: dict[str, list[str]] | None = None  # made at the first surname look-up

    def __getitem__(self, name: str) -> tuple[Role, ...]:
        roles = self._roles.get(name)
        if roles is None:
            cols = [line.split("\t") for line in self._lines[name]]
            roles = self._roles[name] = tuple(Role(c[1], _day(c[2]), _day(c[3])) for c in cols)
        return roles

    def __iter__(self) -> Iterator[str]:
        return iter(self._lines)

    def __len__(self) -> int:
        return len(self._lines)

    def with_surname(self, surname: str) -> list[str]:
        """The listed names of two words or more whose last word is ``surname`` (accents folded)."""
        if self._by_surname is None:
            self._by_surname = {}
            for name in self._lines:
                words = _folded(name).split()
                if len(words) >= 2:
                    self._by_surname.setdefault(words[-1], []).append(name)
        return self._by_surname.get(surname, [])

    def person(self, name: str) -> frozenset[str]:
        """The dictionary lines ``name`` comes from: one person's names share them."""
        return frozenset(line.rsplit("\t", 1)[-1] for line in self._lines[name])

    def near(self, words: list[str]) -> list[str]:
        """The listed names of as many words as ``words``, with the same initials, close as a whole, word by
        word, and closer by the surname ("hosni moubarak": "hosni mubarak"; not "joan clos" for "juan carlos",
        "stefan meller" for "sean miller")."""
        if len(words) < 2 or len(words[-1]) < _NEAR_SURNAME_LETTERS:
            return []
        if self._by_initials is None:
            self._by_initials = {}
            for name in self._lines:
                key = tuple(w[0] for w in name.split())
                if len(key) >= 2:
                    self._by_initials.setdefault(key, []).append(name)
        text = " ".join(words)
        return [name for name in self._by_initials.get(tuple(w[0] for w in words), ())
                if len(name.rsplit(" ", 1)[-1]) >= _NEAR_SURNAME_LETTERS
                and fuzz.ratio(name.rsplit(" ", 1)[-1], words[-1]) >= _NEAR_SURNAME
                and fuzz.ratio(name, text) >= _NEAR_NAME
                and all(fuzz.ratio(a, b) >= _NEAR_WORD for a, b in zip(name.split(), words, strict=True))]


@lru_cache(maxsize=1)
def load_roles() -> RoleTable:
    """Lower-cased name -> its roles, in the dictionary's order."""
    lines: dict[str, list[str]] = {}
    path = resources.files("veille.data") / "actors" / FILE
    if not path.is_file():
        return RoleTable({})
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t", 4)
        if len(cols) < 4 or not cols[0] or not cols[1]:
            continue
        lines.setdefault(cols[0], []).append(line)
    _add_first_surnames(lines)
    return RoleTable(lines)


def _add_first_surnames(lines: dict[str, list[str]]) -> None:
    """Also list a person of a country with double surnames under the name with the first surname alone
    ("alvaro uribe velez" as "alvaro uribe"), when no listed name is that already and no other person
    shortens to it."""
    text = (resources.files("veille.data") / "actors" / "double_surname_countries.txt").read_text(encoding="utf-8")
    countries = {line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")}
    short: dict[str, list[str]] = {}
    for name, rows in lines.items():
        words = name.split()
        if len(words) >= 3 and all(row.split("\t", 2)[1][:3] in countries for row in rows):
            short.setdefault(" ".join(words[:-1]), []).append(name)
    for alias, names in short.items():
        if len(names) == 1 and alias not in lines:
            lines[alias] = lines[names[0]]


def _folded(text: str) -> str:
    """``text`` without its accents (« compaoré » -> "compaore", "erdoğan" -> "erdogan")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def role_on(name: str, when: date | None, surname: bool = True) -> str | None:
    """The code of ``name``'s role on ``when``: the dated role that holds then, else the undated one;
    None when the name is unknown or its roles disagree without a date to choose. ``surname``: a name of one
    word not listed as such may be the surname of the one listed person in office on ``when``."""
    table, key = load_roles(), name.lower()
    # the dictionaries write hyphenated given names as words ("LEE_MYUNG_BAK" for Lee Myung-bak), and names
    # without their accents ("BLAISE_COMPAORE_" for Blaise Compaoré)
    plain = _folded(key)
    spellings = (key, key.replace("-", " "), plain, plain.replace("-", " "))
    roles = next((found for found in map(table.get, spellings) if found), None)
    if not roles and surname and " " not in plain.strip():
        # a surname alone ("Gbagbo", « Namhong »): the one listed bearer in office on the day
        return surname_role(table, plain.strip(), when)
    if not roles:
        return _near_role(table, key, when)
    return _held(roles, when)


def surname_role(table: RoleTable, surname: str, when: date | None) -> str | None:
    """The role on ``when`` of the one listed person of ``surname`` (one word, accents folded) who holds a dated
    role then ("Davutoglu" in 2010: AHMET_DAVUTOGLU's TURGOV); None with no date, or when nobody or several
    people of that surname hold one (a surname is shared across countries: an office held on the day is what
    tells one bearer from the others)."""
    if when is None or len(surname) < _SURNAME_LETTERS:
        return None
    names = [name for name in table.with_surname(surname)
             if any(r.dated and r.holds(when) for r in table[name])]
    if len({table.person(name) for name in names}) != 1:
        return None
    held = [r for r in table[names[0]] if r.dated and r.holds(when)]
    return held[-1].code


def _near_role(table: RoleTable, key: str, when: date | None) -> str | None:
    """The role on ``when`` of the one country's people listed under a spelling close to ``key`` (see
    :meth:`RoleTable.near`); None when the close names are of several countries or give no role."""
    words = _folded(key).replace("-", " ").replace(".", ". ").split()
    names = table.near(words)
    if not names and len(words) >= 3 and len(words[-1]) >= _NEAR_SURNAME_LETTERS:
        # a middle name the dictionaries leave out ("Ilham Heydar Aliyev": ILHAM_ALIYEV)
        names = [name for name in (f"{words[0]} {words[-1]}",) if name in table]
    codes = {_held(table[name], when) for name in names}
    if None in codes or len({code[:3] for code in codes if code}) != 1:
        return None
    return sorted(code for code in codes if code)[0]


def _held(roles: tuple[Role, ...], when: date | None) -> str | None:
    """The code of the role held on ``when``: the dated role that holds then, else the undated one; None
    when the roles disagree without a date to choose."""
    if when is not None:
        held = [r for r in roles if r.dated and r.holds(when)]
        if held:
            return held[-1].code
    undated = [r for r in roles if not r.dated]
    if undated:
        return undated[0].code
    codes = {r.code[:3] for r in roles}
    return roles[-1].code if len(codes) == 1 else None
