"""Which rules of a time grammar can match a text, found without running them.

Every match of a rule's pattern holds, for each of the rule's *required sets*, one of that set's literal
strings: read once from the pattern's syntax tree (literal runs, alternations of literals, small character
classes, repeated items; an optional or unknown item requires nothing). A rule one of whose sets has no
string in the text cannot match there and is not run; every other rule runs its own pattern as before, so
the matches are the same, only fewer patterns scan the text ("January" needs a month name, "three weeks
ago" needs "ago").

The strings are compared lowercased, which is the pattern engine's case-insensitive matching for the
characters of ``SAFE`` (Latin letters, digits, punctuation, currency signs; not the dotless and dotted
i nor the long s, which the engine matches with "i" and "s"). A text holding another character runs every
rule. When the engine's parser is not there (it is an internal module of ``re``), every rule runs.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

from veille.diskcache import cached

_LIMIT = 64  # most strings a set may hold (a product of alternations beyond it is cut)
_REPEAT = 3  # a repeated literal item is spelt out up to this many times ("\d{1,2}"-like counts)
_CLASS = 12  # a character range of at most this many characters is spelt out ("[0-3]")

# characters whose lowercase is the pattern engine's case-insensitive match (see tests/analyze/times)
SAFE_RANGES = ((0x0000, 0x024F), (0x1E00, 0x1EFF), (0x2000, 0x206F), (0x20A0, 0x20CF))
SAFE_EXCLUDED = "\u0130\u0131\u017f\u1e9b"  # İ ı ſ ẛ: the engine matches them with i or s
_UNSAFE = re.compile(
    "[^" + "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in SAFE_RANGES) + "]|[" + SAFE_EXCLUDED + "]"
)

try:  # the engine's own parser and op codes (Python >= 3.11)
    _PARSER: Any = importlib.import_module("re._parser")
    _OPS: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - another Python: no filter, every rule runs
    _PARSER = _OPS = None


class _HasPattern(Protocol):
    @property
    def pattern(self) -> re.Pattern[str]: ...


R = TypeVar("R", bound=_HasPattern)


@dataclass(frozen=True, slots=True)
class _Need:
    """What one item of a pattern requires of the text it matches."""

    exact: frozenset[str] | None  # the item matches exactly one of these strings (None: not a small set)
    sets: tuple[frozenset[str], ...]  # the item's match holds one string of each set


_NOTHING = _Need(None, ())


def _rarity(strings: frozenset[str]) -> float:
    """Lower for a set less likely to be in a text: few strings, long ones."""
    return sum(4.0 ** -min(len(s), 6) for s in strings)


def _usable(strings: frozenset[str] | None) -> bool:
    return strings is not None and len(strings) > 0 and "" not in strings


def _class(items: Iterable[tuple[Any, Any]]) -> frozenset[str] | None:
    """The characters of a small character class of literals and short ranges, else None."""
    out: set[str] = set()
    for op, av in items:
        if op is _OPS.LITERAL:
            out.add(chr(av))
        elif op is _OPS.RANGE and av[1] - av[0] < _CLASS:
            out.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None  # a category (\d, \s), a negation, a long range
    return frozenset(out)


def _seq(items: Sequence[tuple[Any, Any]]) -> _Need:
    """A sequence: its runs of exact items multiplied into strings, and the sets of its other items."""
    sets: list[frozenset[str]] = []
    run: frozenset[str] = frozenset({""})
    exact = True
    for op, av in items:
        if op in (_OPS.ASSERT, _OPS.ASSERT_NOT, _OPS.AT):
            continue  # consumes nothing: the strings on both sides stay adjacent
        need = _item(op, av)
        sets.extend(need.sets)
        if need.exact is not None and len(run) * len(need.exact) <= _LIMIT:
            run = frozenset(a + b for a in run for b in need.exact)
            continue
        if _usable(run):
            sets.append(run)
        if need.exact is not None and len(need.exact) <= _LIMIT:
            run = need.exact
            exact = False  # the run was cut: the sequence is no longer one small set
        else:
            run = frozenset({""})
            exact = False
    if _usable(run):
        sets.append(run)
    return _Need(run if exact else None, tuple(sets))


def _item(op: Any, av: Any) -> _Need:
    ops = _OPS
    if op is ops.LITERAL:
        return _Need(frozenset({chr(av)}), ())
    if op is ops.IN:
        return _Need(_class(av), ())
    if op is ops.SUBPATTERN:
        return _seq(av[-1])
    if op is ops.ATOMIC_GROUP:
        return _seq(av)
    if op is ops.BRANCH:
        return _branch([_seq(alt) for alt in av[1]])
    if op in (ops.MAX_REPEAT, ops.MIN_REPEAT, ops.POSSESSIVE_REPEAT):
        low, high, sub = av
        return _repeat(low, high, _seq(sub))
    return _NOTHING  # a back reference, a conditional, any character: nothing known


def _branch(alts: list[_Need]) -> _Need:
    """An alternation: one small set when every alternative is one, else the union of one set each
    alternative requires (nothing when one alternative requires nothing)."""
    if all(a.exact is not None for a in alts):
        union = frozenset().union(*(a.exact for a in alts if a.exact is not None))
        if len(union) <= _LIMIT:
            return _Need(union, ())
    picks: list[frozenset[str]] = []
    for alt in alts:
        own = [*alt.sets, *([alt.exact] if alt.exact is not None and _usable(alt.exact) else [])]
        if not own:
            return _NOTHING
        picks.append(min(own, key=_rarity))
    return _Need(None, (frozenset().union(*picks),))


def _repeat(low: int, high: int, inner: _Need) -> _Need:
    """``inner`` between ``low`` and ``high`` times: spelt out when small, else what one time requires."""
    if inner.exact is not None and high <= _REPEAT:
        spelt: set[str] = set()
        for count in range(low, high + 1):
            strings = frozenset({""})
            for _ in range(count):
                strings = frozenset(a + b for a in strings for b in inner.exact)
            spelt |= strings
        if len(spelt) <= _LIMIT:
            return _Need(frozenset(spelt), ())
    if low == 0:
        return _NOTHING
    return _Need(None, inner.sets + ((inner.exact,) if inner.exact is not None and _usable(inner.exact) else ()))


def required_sets(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """The lowercased sets of which every match of ``pattern`` holds one string each, rarest first
    (only sets of ``SAFE`` characters; none when the engine's parser is not there)."""
    if _PARSER is None:
        return ()
    need = _seq(_PARSER.parse(pattern.pattern, pattern.flags).data)
    found = set(need.sets)
    if need.exact is not None and _usable(need.exact):
        found.add(need.exact)
    lowered = {frozenset(s.lower() for s in strings) for strings in found}
    usable = [s for s in lowered if _usable(s) and not any(_UNSAFE.search(x) for x in s)]
    return tuple(sorted(usable, key=lambda s: (_rarity(s), sorted(s))))


def _short_first(s: str) -> tuple[int, str]:
    return (len(s), s)


class RuleFilter(Generic[R]):
    """The rules of a grammar, each with its required sets; ``candidates(text)`` keeps those that can
    match ``text``, in their order."""

    def __init__(self, rules: Sequence[R], cache: str | None = None) -> None:
        """``cache``: a name under which the rules' sets are kept on disk (``veille.diskcache``), keyed by
        the patterns, this module and Python's version; reading them is quicker than parsing every pattern
        again at each start."""
        self._rules = list(rules)

        def build() -> list[tuple[frozenset[str], ...]]:
            return [required_sets(rule.pattern) for rule in self._rules]

        if cache is None:
            sets = build()
        else:
            patterns = "\0".join(f"{rule.pattern.flags}:{rule.pattern.pattern}" for rule in self._rules)
            sets = cached(cache, [Path(__file__)], build, extra=f"{sys.version}\0{patterns}")
        # each set's strings shortest first: a common one, found early, ends the look-up
        self._needs = [
            (rule, tuple(tuple(sorted(s, key=_short_first)) for s in needs)) for rule, needs in zip(self._rules, sets)
        ]

    def candidates(self, text: str) -> list[R]:
        """The rules whose every required set has a string in ``text`` (all of them for a text with a
        character outside ``SAFE``)."""
        if _UNSAFE.search(text):
            return list(self._rules)
        low = text.lower()
        seen: dict[str, bool] = {}

        def holds(strings: tuple[str, ...]) -> bool:
            for s in strings:
                hit = seen.get(s)
                if hit is None:
                    hit = seen[s] = s in low
                if hit:
                    return True
            return False

        return [rule for rule, sets in self._needs if all(holds(s) for s in sets)]
