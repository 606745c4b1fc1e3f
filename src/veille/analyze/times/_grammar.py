"""A language's time grammar: the rules of ``data/lang/<code>/times/grammar.yaml`` compiled once,
their ``{placeholder}`` fragments built from the language's lexicon, each bound to its family's handler."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from veille.analyze.times._families import FAMILIES, Handler
from veille.analyze.times._lexicon import TimeLexicon
from veille.analyze.times._prefilter import RuleFilter
from veille.errors import LanguageDataError

B = r"(?<![\w])"  # left word boundary that also works before apostrophes
E = r"(?![\w])"


def _char_re(ch: str) -> str:
    if ch == "'":
        return "['\u2019]"
    if ch == " ":
        return r"\s+"
    if ch == "-":
        return r"(?:-|\s+)"
    return re.escape(ch)


def trie_re(phrases: Iterable[str]) -> str:
    """One non-capturing alternation for many literal phrases, factored as a character trie."""
    trie: dict = {}
    for phrase in {p for p in phrases if p}:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        end = "" in node
        branches = [_char_re(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    out = emit(trie)
    return "(?:" + out + ")" if out else "(?!x)x"


_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
NEVER = "(?!x)x"


@dataclass(slots=True, frozen=True)
class Rule:
    """One rule of a language's grammar: its name, its family's typed handler, its compiled pattern."""

    name: str
    family: str
    handler: Handler
    pattern: re.Pattern[str]
    priority: int  # lower wins among equally long matches


class Grammar:
    """Every rule of one language (``data/lang/<code>/times/grammar.yaml``), in priority order."""

    def __init__(self, lex: TimeLexicon, spec: Any) -> None:
        """``spec``: a list of rules ``{name, family, pattern}`` with optional ``fragments``
        (a mapping), as read from the language's ``times/grammar.yaml``."""
        self.lex = lex
        fragments = _fragments(lex)
        raw = spec if isinstance(spec, Mapping) else {}
        for key, value in (raw.get("fragments") or {}).items():
            fragments[str(key)] = _fill(str(value), fragments, f"fragment {key}")
        rules: list[Rule] = []
        seen: set[str] = set()
        for i, item in enumerate(raw.get("rules") or []):
            if not isinstance(item, Mapping) or not {"name", "family", "pattern"} <= set(item):
                raise LanguageDataError(f"times grammar of {lex.lang!r}: rule #{i + 1} needs name, family, pattern")
            name, family = str(item["name"]), str(item["family"])
            if name in seen:
                raise LanguageDataError(f"times grammar of {lex.lang!r}: two rules named {name!r}")
            seen.add(name)
            handler = FAMILIES.get(family)
            if handler is None:
                raise LanguageDataError(f"times grammar of {lex.lang!r}: rule {name!r} has unknown family "
                                        f"{family!r} (known: {', '.join(sorted(FAMILIES))})")
            regex = _fill(str(item["pattern"]).strip(), fragments, f"rule {name}")
            try:
                compiled = re.compile(regex, re.IGNORECASE)
            except re.error as exc:
                raise LanguageDataError(f"times grammar of {lex.lang!r}: rule {name!r}: {exc}") from exc
            rules.append(Rule(name, family, handler, compiled, i))
        self.rules = rules
        self.filter = RuleFilter(rules, cache=f"times-rules-{lex.lang}")  # the rules that can match a text
        self.number_word = re.compile(fragments["num_word"], re.IGNORECASE)


def _fill(template: str, fragments: Mapping[str, str], where: str) -> str:
    def sub(m: re.Match[str]) -> str:
        try:
            return fragments[m.group(1)]
        except KeyError:
            raise LanguageDataError(f"times grammar: {where}: unknown placeholder {{{m.group(1)}}}") from None
    return _PLACEHOLDER.sub(sub, template)


def _fragments(lex: TimeLexicon) -> dict[str, str]:
    """The named regex fragments a grammar's patterns may use, built from the lexicon."""
    num_word = trie_re(lex.numbers)
    # a count opens with a word below a million: « 1 milliard un an » is a sum of money, then « un an »
    first_word = trie_re(w for w, n in lex.numbers.items() if n < 1_000_000)
    joiners = "|".join(_char_re_seq(j) for j in lex.number_joiners)
    day = r"(?:[12]\d|3[01]|0?[1-9])" + lex.ordinal_suffix
    # a day in figures (« 15 », « 1er »), not in words (« premier », alone a pronoun: « Le premier, c'est ... »)
    figures = [w for w in lex.first_day if w[:1].isdigit()]
    day_figure = "(?:" + trie_re(figures) + "|" + day + ")" if figures else day
    if lex.first_day:
        day = "(?:" + trie_re(lex.first_day) + "|" + day + ")"
    last, nxt = trie_re(lex.last_words), trie_re(lex.next_words)

    def opt(words: Iterable[str]) -> str:
        words = [w for w in words if w]
        return trie_re(words) if words else NEVER

    return {
        "B": B, "E": E,
        "month": trie_re(k.lower() for k in lex.months),
        "wd": trie_re(k.lower() for k in lex.weekdays),
        "wd_pl": trie_re(k.lower() for k in lex.weekdays_plural),
        "num_word": num_word,
        "num": rf"(?:\d+(?:[.,]\d+)?(?:\s+[1-3]/[248]|\u00bd)?|{first_word}(?:(?:{joiners}){num_word})*)",
        "vague_num": trie_re(lex.vague_numbers),
        "units": trie_re(lex.units),
        "day": day,
        "day_figure": day_figure,
        "year4": r"(?:1[5-9]\d\d|20\d\d)",
        "last": last, "nxt": nxt, "mod": f"(?:{last}|{nxt})",
        "pod": trie_re(lex.parts_of_day),
        "articles": trie_re(lex.articles),
        "this": trie_re(lex.this_words),
        "same": opt([lex.same_word]),
        "positions": trie_re(lex.month_positions),
        "dec_words": trie_re(lex.decade_words),
        "dec_heads": trie_re(lex.decade_heads),
        "dec_pos": opt(lex.decade_positions),
        "cw": re.escape(lex.century_word),
        "reldays": trie_re(lex.relative_days),
        "rdp": opt(lex.relative_day_parts),
        "ana": trie_re(lex.anaphoric_days),
        "pod_pre": trie_re(lex.part_of_day_prepositions),
        "pod_pos": opt(lex.part_of_day_positions),
        "clock_pre": trie_re(lex.clock_prepositions),
        "apx": opt(lex.clock_approximations),
        "clock_words": trie_re(lex.clock_words),
        "hour": r"(?:[01]?\d|2[0-4])",
        "short": opt(lex.clock_hour_short),
        "long_": opt(lex.clock_hour_long),
        "long_pre": trie_re(lex.clock_long_prepositions),
        "ampm": opt(lex.clock_ampm),
        "half": opt(lex.clock_halves),
        "per": trie_re(lex.period_phrases),
        "tper": opt(lex.tensed_periods),
        "qref": opt(lex.quarter_references),
        "yago": opt(lex.year_earlier_words),
        "anay": opt(lex.anaphoric_years),
        "anas": opt(lex.anaphoric_season_words),
        "wdseq": opt(lex.weekday_sequence),
        "seasons": trie_re(lex.seasons),
        "s_art": trie_re(lex.season_articles),
        "s_pre": trie_re(lex.season_prepositions + lex.season_extent_prepositions),
        "s_pos": opt(lex.season_positions),
        "dmods": trie_re(lex.duration_modifiers),
        "windows": trie_re(lex.duration_windows),
        "ago_pre": opt(lex.ago_prefixes),
        "ago_int": opt(lex.ago_intensifiers),
        "ago_suf": opt(lex.ago_suffixes),
        "in_pre": opt(lex.in_prefixes),
        "ords": opt(lex.ordinals),
        "parts": opt(lex.year_parts),
        "half_pos": opt(lex.year_half_positions),
        "half_q": opt(lex.year_half_quarters),
        "fixed": opt(lex.fixed_durations),
        "set_pre": trie_re(lex.set_prefixes),
        "set_units": opt(lex.set_units),
        "set_per": opt(lex.set_per),
        "set_adj": opt(lex.set_adjectives),
        "freq_counts": opt(lex.frequency_counts),
        "freq_times": opt(lex.frequency_times),
        "win_after": opt(lex.window_after),
        "approx_suf": opt(lex.approximation_suffixes),
        "ended": opt(lex.period_ended_words),
        "dur_heads": opt(lex.duration_head_nouns),
        "ana_pod": opt(lex.anaphoric_part_days),
        "approx": opt(lex.approximate_counts),
        "pod_pl": opt(lex.parts_of_day_plural),
        "oday_det": opt(lex.ordinal_day_determiners),
        "oday_ord": opt(lex.day_ordinals),
        "oday_noun": opt(lex.ordinal_day_nouns),
        "hol": opt(lex.holidays),
        "vg": trie_re(lex.vague),
        "mv": opt(lex.modal_vague),
        "mv_open": opt(lex.modal_vague_openers),
        "until_pre": trie_re([lex.until_now_prefix]),
        "until_word": re.escape(lex.until_now_word) if lex.until_now_word else NEVER,
        "until_next": opt(lex.until_now_followers),
    }


def _char_re_seq(s: str) -> str:
    return "".join(_char_re(c) if c != " " else r"\s+" for c in s)
