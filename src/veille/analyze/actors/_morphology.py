"""Morphology as data: ordered suffix rules read from ``data/lang/<code>/actors/morphology.yaml``.

A rule table is a list of ``[ending, replacement]`` pairs; the first rule whose ending ends the word
replaces that ending (``""`` matches every word); when no rule matches, the word has no such form.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

Rules = tuple[tuple[str, str], ...]


def _rules(raw: Sequence[Sequence[str]] | None) -> Rules:
    return tuple((str(ending), str(replacement)) for ending, replacement in raw or ())


def apply_rules(word: str, rules: Rules) -> str | None:
    """``word`` rewritten by the first matching rule, or None when no rule matches."""
    for ending, replacement in rules:
        if word.endswith(ending):
            return word[:len(word) - len(ending)] + replacement
    return None


@dataclass(frozen=True, slots=True)
class _Form:
    name: str
    source: str  # "base" or the name of an earlier form
    rules: Rules
    irregular: bool = False  # a base written "m/f" gives this form as written after the slash


@dataclass(frozen=True, slots=True)
class Morphology:
    """One language's morphology tables (empty: words have no derived forms, titles no plural)."""

    adjective_forms: tuple[_Form, ...] = ()
    head: str = "last"  # the word of a title that takes the plural: "first" or "last"
    head_before: frozenset[str] = frozenset()  # ... or the word before one of these ("secretary of state")
    plural_rules: Rules = ()
    agree: Mapping[str, str] = field(default_factory=dict)  # the word after the head -> its plural

    @classmethod
    def from_data(cls, data: Mapping[str, Any] | None) -> Morphology:
        data = data or {}
        forms = tuple(_Form(str(f["name"]), str(f.get("from", "base")), _rules(f.get("rules")),
                            bool(f.get("irregular", False)))
                      for f in data.get("adjective_forms") or ())
        plural = data.get("title_plural") or {}
        return cls(forms, str(plural.get("head", "last")), frozenset(plural.get("head_before") or ()),
                   _rules(plural.get("rules")), dict(plural.get("agree") or {}))

    def adjective(self, base: str) -> list[str]:
        """Every form of a national adjective, the base first (``"m/f"``: an irregular first form)."""
        base, _slash, irregular = base.partition("/")
        made: dict[str, str] = {"base": base}
        for form in self.adjective_forms:
            source = made.get(form.source)
            if source is None:
                continue
            value = irregular if form.irregular and irregular else apply_rules(source, form.rules)
            if value:
                made[form.name] = value
        return list(dict.fromkeys(made.values()))

    def title_plural(self, phrase: str) -> str | None:
        """The plural of a title, or None when the language has no rule for it."""
        if not self.plural_rules:
            return None
        words = phrase.split(" ")
        marks = [i for i, w in enumerate(words) if w in self.head_before and i > 0]
        head = marks[0] - 1 if marks else (0 if self.head == "first" else len(words) - 1)
        plural = apply_rules(words[head], self.plural_rules)
        if plural is None:
            return None
        words[head] = plural
        if head + 1 < len(words) and words[head + 1] in self.agree:
            words[head + 1] = self.agree[words[head + 1]]
        return " ".join(words)
