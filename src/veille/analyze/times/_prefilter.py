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
class Required:
    """Every match of a pattern holds one of ``strings``; with ``word_start``, one that begins a word (the
    text's start or a character that is no word character comes right before it: the pattern puts it
    after ``(?<![\\w])`` or after a run of spaces or hyphens)."""

    strings: frozenset[str]
    word_start: bool = False


@dataclass(frozen=True, slots=True)
class _Need:
    """What one item of a pattern requires of the text it matches."""

    exact: frozenset[str] | None  # the item matches exactly one of these strings (None: not a small set)
    sets: tuple[Required, ...]  # the item's match holds one string of each set
    tail: bool = False  # a non-empty match of the item ends with a character that is no word character
    empty: bool = True  # the item may match nothing


_NOTHING = _Need(None, ())
_NONWORD = re.compile(r"\W")


def _rarity(strings: frozenset[str]) -> float:
    """Lower for a set less likely to be in a text: few strings, long ones."""
    return sum(4.0 ** -min(len(s), 6) for s in strings)


def _usable(strings: frozenset[str] | None) -> bool:
    return strings is not None and len(strings) > 0 and "" not in strings


def _exact(strings: frozenset[str] | None) -> _Need:
    """An item that matches exactly one of ``strings`` (None: an item of unknown strings, never empty)."""
    if strings is None:
        return _Need(None, (), False, False)
    tail = all(_NONWORD.match(x[-1]) for x in strings if x)
    return _Need(strings, (), tail, "" in strings)


def _after(at: bool, need: _Need) -> bool:
    """Whether the position after ``need`` follows a character that is no word character (or the text's
    start), given whether the position before it does."""
    return need.tail and (at or not need.empty)


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


def _no_word_class(items: Iterable[tuple[Any, Any]]) -> bool:
    """A character class of spaces and characters that are no word characters only (``[\\s-]``)."""
    ops = _OPS
    return all((op is ops.CATEGORY and av in (ops.CATEGORY_SPACE, ops.CATEGORY_NOT_WORD))
               or (op is ops.LITERAL and _NONWORD.match(chr(av))) for op, av in items)


def _no_word_before(av: Any) -> bool:
    """The assertion is ``(?<![\\w])`` or ``(?<!\\w)``: no word character right before."""
    direction, sub = av
    return direction == -1 and list(sub) == [(_OPS.IN, [(_OPS.CATEGORY, _OPS.CATEGORY_WORD)])]


def _run_set(run: frozenset[str], at: bool) -> Required:
    return Required(run, at and all(not _NONWORD.match(x[0]) for x in run))


def _seq(items: Sequence[tuple[Any, Any]], at: bool = False) -> _Need:
    """A sequence: its runs of exact items multiplied into strings, and the sets of its other items.
    ``at``: the sequence starts where a word may start (see ``Required``)."""
    sets: list[Required] = []
    run: frozenset[str] = frozenset({""})
    run_at = at  # where the current run starts
    exact = True
    tail, empty = False, True  # of the sequence: its last items that may not be empty decide
    for op, av in items:
        if op is _OPS.ASSERT_NOT and _no_word_before(av):
            at = True
            if run == {""}:
                run_at = True
            continue
        if op in (_OPS.ASSERT, _OPS.ASSERT_NOT, _OPS.AT):
            continue  # consumes nothing: the strings on both sides stay adjacent
        need = _item(op, av, at)
        sets.extend(need.sets)
        at = _after(at, need)
        tail = (need.tail and tail) if need.empty else need.tail
        empty = empty and need.empty
        if need.exact is not None and len(run) * len(need.exact) <= _LIMIT:
            run = frozenset(a + b for a in run for b in need.exact)
            continue
        if _usable(run):
            sets.append(_run_set(run, run_at))
        exact = False  # the run is cut: the sequence is no longer one small set
        if need.exact is not None and len(need.exact) <= _LIMIT:
            run, run_at = need.exact, False
        else:
            run, run_at = frozenset({""}), at
    if _usable(run):
        sets.append(_run_set(run, run_at))
    if exact:
        return _Need(run, tuple(sets), _exact(run).tail, "" in run)
    return _Need(None, tuple(sets), tail, empty)


def _item(op: Any, av: Any, at: bool) -> _Need:
    ops = _OPS
    if op is ops.LITERAL:
        return _exact(frozenset({chr(av)}))
    if op is ops.IN:
        chars = _class(av)
        return _exact(chars) if chars is not None else _Need(None, (), _no_word_class(av), False)
    if op is ops.SUBPATTERN:
        return _seq(av[-1], at)
    if op is ops.ATOMIC_GROUP:
        return _seq(av, at)
    if op is ops.BRANCH:
        return _branch([_seq(alt, at) for alt in av[1]])
    if op in (ops.MAX_REPEAT, ops.MIN_REPEAT, ops.POSSESSIVE_REPEAT):
        low, high, sub = av
        return _repeat(low, high, _seq(sub, at), at)
    return _NOTHING  # a back reference, a conditional, any character: nothing known


def _branch(alts: list[_Need]) -> _Need:
    """An alternation: one small set when every alternative is one, else the union of one set each
    alternative requires (nothing when one alternative requires nothing)."""
    tail = all(a.tail for a in alts)
    empty = any(a.empty for a in alts)
    if all(a.exact is not None for a in alts):
        union = frozenset().union(*(a.exact for a in alts if a.exact is not None))
        if len(union) <= _LIMIT:
            return _Need(union, (), tail, empty)
    picks: list[Required] = []
    for alt in alts:
        if not alt.sets:
            return _Need(None, (), tail, empty)
        picks.append(min(alt.sets, key=lambda r: _rarity(r.strings)))
    union_set = Required(frozenset().union(*(r.strings for r in picks)), all(r.word_start for r in picks))
    return _Need(None, (union_set,), tail, empty)


def _repeat(low: int, high: int, inner: _Need, at: bool) -> _Need:
    """``inner`` between ``low`` and ``high`` times: spelt out when small, else what its first time requires."""
    if inner.exact is not None and high <= _REPEAT:
        spelt: set[str] = set()
        for count in range(low, high + 1):
            strings = frozenset({""})
            for _ in range(count):
                strings = frozenset(a + b for a in strings for b in inner.exact)
            spelt |= strings
        if len(spelt) <= _LIMIT:
            return _exact(frozenset(spelt))
    empty = low == 0 or inner.empty
    if low == 0:
        return _Need(None, (), inner.tail, empty)
    own = (_run_set(inner.exact, at),) if inner.exact is not None and _usable(inner.exact) else ()
    return _Need(None, inner.sets + own, inner.tail, empty)


def required_sets(pattern: re.Pattern[str]) -> tuple[Required, ...]:
    """The lowercased sets of which every match of ``pattern`` holds one string each, rarest first
    (only sets of ``SAFE`` characters; none when the engine's parser is not there)."""
    if _PARSER is None:
        return ()
    need = _seq(_PARSER.parse(pattern.pattern, pattern.flags).data)
    found: dict[frozenset[str], bool] = {}
    for req in need.sets:
        strings = frozenset(x.lower() for x in req.strings)
        if _usable(strings) and not any(_UNSAFE.search(x) for x in strings):
            found[strings] = found.get(strings, False) or req.word_start
    return tuple(sorted((Required(s, w) for s, w in found.items()),
                        key=lambda r: (_rarity(r.strings), sorted(r.strings), r.word_start)))


def _short_first(s: str) -> tuple[int, str]:
    return (len(s), s)


def _keys(req: Required) -> tuple[bool, tuple[str, ...]]:
    """How a set is looked up: in the lowercased text, or (a word's start) as a space and the string, in the
    lowercased text whose characters that are no word characters are spaces, after a space; each set's
    strings shortest first (a common one, found early, ends the look-up)."""
    strings = sorted(req.strings, key=_short_first)
    if req.word_start:
        return True, tuple(" " + _NONWORD.sub(" ", x) for x in strings)
    return False, tuple(strings)


class RuleFilter(Generic[R]):
    """The rules of a grammar, each with its required sets; ``candidates(text)`` keeps those that can
    match ``text``, in their order."""

    def __init__(self, rules: Sequence[R], cache: str | None = None) -> None:
        """``cache``: a name under which the rules' sets are kept on disk (``veille.diskcache``), keyed by
        the patterns, this module and Python's version; reading them is quicker than parsing every pattern
        again at each start."""
        self._rules = list(rules)

        def build() -> list[tuple[Required, ...]]:
            return [required_sets(rule.pattern) for rule in self._rules]

        if cache is None:
            sets = build()
        else:
            patterns = "\0".join(f"{rule.pattern.flags}:{rule.pattern.pattern}" for rule in self._rules)
            sets = cached(cache, [Path(__file__)], build, extra=f"{sys.version}\0{patterns}")
        # each distinct set once, by its index: a set shared by several rules is looked up once per text
        index: dict[tuple[bool, tuple[str, ...]], int] = {}
        self._needs = [(rule, tuple(index.setdefault(_keys(req), len(index)) for req in needs))
                       for rule, needs in zip(self._rules, sets)]
        self._keys = list(index)

    def candidates(self, text: str) -> list[R]:
        """The rules whose every required set has a string in ``text`` (all of them for a text with a
        character outside ``SAFE``)."""
        if _UNSAFE.search(text):
            return list(self._rules)
        low = text.lower()
        spaced = ""  # made at the first look-up of a word's start
        found: dict[str, bool] = {}  # per string, in ``low``
        found_at: dict[str, bool] = {}  # per string (space first), in ``spaced``
        keys = self._keys
        known: list[bool | None] = [None] * len(keys)  # per set
        out: list[R] = []
        for rule, needs in self._needs:
            for k in needs:
                hit = known[k]
                if hit is None:
                    at_start, strings = keys[k]
                    if at_start:
                        if not spaced:
                            spaced = " " + _NONWORD.sub(" ", low)
                        hay, seen = spaced, found_at
                    else:
                        hay, seen = low, found
                    hit = False
                    for x in strings:
                        one = seen.get(x)
                        if one is None:
                            one = seen[x] = x in hay
                        if one:
                            hit = True
                            break
                    known[k] = hit
                if not hit:
                    break
            else:
                out.append(rule)
        return out
