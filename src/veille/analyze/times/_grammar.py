"""Regular expressions built once from a TimeLexicon: one compiled pattern per rule."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from veille.analyze.times._lexicon import TimeLexicon

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


@dataclass(slots=True, frozen=True)
class Rule:
    kind: str
    pattern: re.Pattern[str]
    priority: int  # lower wins among equally long matches


class Grammar:
    """Every rule of one language, in priority order."""

    def __init__(self, lex: TimeLexicon) -> None:
        self.lex = lex
        flags = re.IGNORECASE
        month = trie_re(k.lower() for k in lex.months)
        wd = trie_re(k.lower() for k in lex.weekdays)
        wd_pl = trie_re(k.lower() for k in lex.weekdays_plural)
        num_word = trie_re(lex.numbers)
        joiners = "|".join(_char_re_seq(j) for j in lex.number_joiners)
        num = rf"(?:\d+(?:[.,]\d+)?|{num_word}(?:(?:{joiners}){num_word})*)"
        vague_num = trie_re(lex.vague_numbers)
        units = trie_re(lex.units)
        day = r"(?:[12]\d|3[01]|0?[1-9])" + lex.ordinal_suffix
        if lex.first_day:
            day = "(?:" + trie_re(lex.first_day) + "|" + day + ")"
        year4 = r"(?:1[5-9]\d\d|20\d\d)"
        last = trie_re(lex.last_words)
        nxt = trie_re(lex.next_words)
        mod = f"(?:{last}|{nxt})"
        pod = trie_re(lex.parts_of_day)
        articles = trie_re(lex.articles)
        this = trie_re(lex.this_words)
        same = trie_re([lex.same_word]) if lex.same_word else "(?!x)x"
        rules: list[tuple[str, str]] = []
        en = lex.lang == "en"
        yr2 = r"(?:'?\d\d(?!\s*(?:%|h\b|heures?\b|\d|[.,]\d|ans\b|personnes\b|morts\b)))"
        # --- absolute dates ---
        if en:
            rules.append(("date", rf"{B}(?:(?P<wd>{wd}),?\s+)?(?:the\s+)?(?P<day>{day})\s+(?:of\s+)?(?P<month>{month})(?:\.(?=\s*\d))?(?:,?\s+(?P<year>{year4}))?{E}"))
            rules.append(("date", rf"{B}(?:(?P<wd>{wd}),?\s+)?(?P<month>{month})(?:\.)?\s+(?P<day>{day})(?!\d|\s*[%:])(?:,?\s+(?P<year>{year4}))?{E}"))
        else:
            rules.append(("date", rf"{B}(?:(?P<art>{articles})\s+)?(?:(?P<wd>{wd})\s+)?(?P<day>{day})\s+(?P<month>{month})(?:\s+(?P<year>{year4}|{yr2}))?(?:\s+(?P<mod>{mod}))?{E}"))
            rules.append(("daylist", rf"{B}(?P<pre>les|du|entre\s+le|des|le)\s+(?P<d1>{day})\s+(?:et|au|à|-|ou)\s+(?:le\s+)?(?P<rest>(?P<d2>{day})\s+(?P<month>{month})(?:\s+(?P<year>{year4}))?(?:\s+(?P<mod>{mod}))?){E}"))
        rules.append(("numdate", rf"{B}(?P<a>\d{{1,2}})[/.](?P<b>\d{{1,2}})[/.](?P<c>\d{{4}}|\d\d){E}"))
        rules.append(("isodate", rf"{B}(?P<year>{year4})-(?P<month>0[1-9]|1[0-2])-(?P<day>[0-3]\d){E}"))
        positions = trie_re(lex.month_positions)
        rules.append(("monthyear", rf"{B}(?:(?P<pos>{positions})[\s-]*(?:of\s+|de\s+|d')?)?(?P<month>{month})\.?,?\s+(?:de\s+l'an\s+)?(?P<year>{year4}){E}"))
        cues = trie_re(lex.month_cues) if lex.month_cues else None
        if en:
            rules.append(("month", rf"{B}(?:(?P<cue>{last}|{nxt}|{this}|{positions})[\s-]+)?(?P<month>{month}){E}(?!\s*\d)"))
        else:
            rules.append(("month", rf"{B}(?:(?P<pos>{positions})[\s-]*)?(?P<month>{month})(?:\s+(?P<mod>{mod}))?{E}"))
        rules.append(("partyear", rf"{B}(?P<pos>{positions})[\s-]*(?:of\s+)?(?P<year>{year4}){E}"))
        rules.append(("yearrange", rf"{B}(?P<y1>{year4})\s*[-\u2013/]\s*(?P<y2>{year4}){E}"))
        rules.append(("year", rf"{B}(?P<year>{year4}){E}"))
        # --- decades and centuries ---
        dec_words = trie_re(lex.decade_words)
        dec_heads = trie_re(lex.decade_heads)
        dec_pos = trie_re(lex.decade_positions) if lex.decade_positions else "(?!x)x"
        if en:
            rules.append(("decade", rf"{B}(?:the\s+)?(?:(?P<pos>{dec_pos})[\s-]*)?(?:(?P<dec>(?:19|20)\d0)'?s|['\u2019](?P<dec2>\d0)s|(?P<decw>{dec_words})){E}"))
        else:
            rules.append(("decade", rf"{B}(?:(?:au\s+|le\s+)?(?P<pos>{dec_pos})\s+)?(?:{dec_heads})\s+(?:(?P<dec>(?:19|20)?\d0)|(?P<decw>{dec_words})){E}"))
        cw = re.escape(lex.century_word)
        if en:
            rules.append(("century", rf"{B}(?:the\s+)?(?P<c>\d{{1,2}})(?:st|nd|rd|th)\s+{cw}{E}"))
        else:
            rules.append(("century", rf"{B}(?:(?:le|au|du)\s+)?(?P<c>[IVX]+|\d{{1,2}})(?:e|ème|è|eme)\s+{cw}{E}"))
        # --- relative days, weekdays, parts of day ---
        reldays = trie_re(lex.relative_days)
        rules.append(("relday", rf"{B}(?P<rd>{reldays})(?:\s+(?P<wd>{wd}))?(?:\s+(?P<pod>{pod}))?{E}"))
        if lex.relative_day_parts:
            rules.append(("reldaypart", rf"{B}(?P<rdp>{trie_re(lex.relative_day_parts)}){E}"))
        rules.append(("anaphor", rf"{B}(?P<ana>{trie_re(lex.anaphoric_days)})(?:\s+(?:au\s+)?(?P<pod>{pod}))?(?:\s+(?P<same>{same}))?{E}"))
        if en:
            rules.append(("weekday", rf"{B}(?:(?P<det>{last}|{nxt}|{this}|this\s+past|the\s+following|the\s+previous|the\s+coming)\s+)?(?P<wd>{wd})(?:\s+(?P<pod>{pod}))?{E}"))
        else:
            rules.append(("weekday", rf"{B}(?:(?P<det>{articles}|{this})\s+)?(?:(?P<same>{same})\s+)?(?P<wd>{wd})(?:\s+(?P<mod>{mod}))?(?:\s+(?P<pod>{pod}))?(?:\s+(?P<mod2>{mod}))?{E}"))
        rules.append(("podthis", rf"{B}(?P<det>{this})\s+(?P<pod>{pod})(?:\s+(?P<same>{same}))?{E}"))
        pod_pre = trie_re(lex.part_of_day_prepositions)
        pod_pos = trie_re(lex.part_of_day_positions) if lex.part_of_day_positions else "(?!x)x"
        if en:
            rules.append(("podanchored", rf"{B}(?:{pod_pre})\s+(?P<core>(?P<pod>{pod})){E}"))
        else:
            rules.append(("podanchored", rf"{B}(?:(?P<pre>{pod_pre})\s+)?(?P<core>(?:(?P<art>{articles})\s*|(?P<pos>{pod_pos})\s+d(?:e\s+|')(?:la\s+|l')?)?(?P<pod>{pod})(?:\s+(?P<same>{same}))?){E}"))
        # --- clock times ---
        clock_pre = trie_re(lex.clock_prepositions)
        clock_words = trie_re(lex.clock_words)
        hour = r"(?:[01]?\d|2[0-4])"
        if lex.clock_hour_short:
            short = trie_re(lex.clock_hour_short)
            rules.append(("clock", rf"{B}(?:(?P<pre>{clock_pre})\s+)?(?P<h>{hour})\s*{short}\s*(?P<m>[0-5]\d)?{E}"))
        if lex.clock_hour_long:
            long_ = trie_re(lex.clock_hour_long)
            long_pre = trie_re(lex.clock_long_prepositions)
            rules.append(("clock", rf"{B}(?P<pre>{long_pre})\s+(?P<h>{hour})\s+{long_}(?:\s+(?P<m>[0-5]\d))?{E}"))
        if lex.clock_ampm:
            ampm = trie_re(lex.clock_ampm)
            rules.append(("clock", rf"{B}(?P<h>{hour})(?:[:.](?P<m>[0-5]\d))?\s*(?P<ampm>{ampm})(?=[\s,;)]|$|\.)"))
        rules.append(("clock", rf"{B}(?P<h>{hour}):(?P<m>[0-5]\d){E}(?!:)"))
        rules.append(("clockword", rf"{B}(?:(?P<pre>{clock_pre})\s+)?(?P<cw>{clock_words}){E}"))
        # --- periods relative to the publication date ---
        rules.append(("period", rf"{B}(?P<per>{trie_re(lex.period_phrases)}){E}"))
        seasons = trie_re(lex.seasons)
        s_art = trie_re(lex.season_articles)
        s_pre = trie_re(lex.season_prepositions)
        if en:
            rules.append(("season", rf"{B}(?:(?P<art>{s_art})|(?P<pre>{s_pre}))\s+(?P<s>{seasons})(?:\s+(?:of\s+)?(?P<year>{year4}))?{E}"))
            rules.append(("season", rf"{B}(?P<s>{seasons})\s+(?:of\s+)?(?P<year>{year4}){E}"))
        else:
            rules.append(("season", rf"{B}(?:(?P<pre>{s_pre})\s+)?(?P<art>{s_art})\s*(?P<s>{seasons})(?:\s+(?P<mod>{mod}))?(?:\s+(?P<year>{year4}))?{E}"))
            rules.append(("season", rf"{B}(?P<pre>{s_pre})\s+(?P<s>{seasons})(?:\s+(?P<year>{year4}))?{E}"))
        # --- durations, ago, sets ---
        dmods = trie_re(lex.duration_modifiers)
        windows = trie_re(lex.duration_windows)
        qty = f"(?:(?P<num>{num})|(?P<vague>{vague_num}))"
        if lex.ago_prefixes:
            rules.append(("ago", rf"{B}(?:{trie_re(lex.ago_prefixes)})\s+(?:(?P<mod>{dmods})\s+)?(?:(?P<num>{num})|(?P<vague>{vague_num}))\s+(?P<unit>{units}){E}"))
        if lex.ago_suffixes:
            rules.append(("ago", rf"{B}(?:(?P<mod>{dmods})\s+)?(?:(?P<num>{num}|an?)|(?P<vague>{vague_num}))?\s*(?P<unit>{units})\s+(?:{trie_re(lex.ago_suffixes)}){E}"))
        if lex.in_prefixes:
            rules.append(("in", rf"{B}(?:{trie_re(lex.in_prefixes)})\s+(?P<num>{num})\s+(?P<unit>{units}){E}"))
        last2 = "" if en else rf"(?:(?P<last2>{last})\s+)?"
        rules.append(("duration", rf"{B}(?:(?P<mod>{dmods})\s+)?(?:(?P<win>{windows})\s+(?:(?P<last1>{last}|{nxt})\s+)?)?{qty}[\s-]+{last2}(?P<unit>{units}){E}"))
        # "ces derniers jours", "les prochaines semaines", "the coming weeks": a vague duration
        rules.append(("window", rf"{B}(?P<win>{windows})\s+(?:(?P<last1>{last}|{nxt})\s+)?(?P<unit>{units}){E}"))
        if lex.ordinals:
            ords = trie_re(lex.ordinals)
            parts = trie_re(lex.year_parts)
            rules.append(("yearpart", rf"{B}(?:(?:the|le)\s+)?(?P<ord>{ords})[\s-]+(?P<part>{parts})(?:\s+(?:of\s+|de\s+|d'|)(?:l'année\s+)?(?P<year>{year4}))?{E}"))
        if en:
            rules.append(("duration", rf"{B}(?:for|over|within|nearly|almost|about|than|after|in)\s+(?P<a>an?)\s+(?P<unit>{units}){E}"))
        if lex.fixed_durations:
            rules.append(("fixed", rf"{B}(?P<fixed>{trie_re(lex.fixed_durations)}){E}"))
        set_pre = trie_re(lex.set_prefixes)
        rules.append(("set", rf"{B}(?P<pre>{set_pre})\s+(?:(?P<num>{num})\s+)?(?:(?P<unit>{units})|(?P<wd>{wd_pl}|{wd})(?:\s+(?P<pod>{pod}))?){E}"))
        if lex.set_per:
            rules.append(("setper", rf"{B}(?:{trie_re(lex.set_per)})\s+(?P<unit>{units}){E}"))
        if lex.set_adjectives:
            rules.append(("setadj", rf"{B}(?P<adj>{trie_re(lex.set_adjectives)}){E}"))
        if lex.holidays:
            rules.append(("holiday", rf"{B}(?P<hol>{trie_re(lex.holidays)})(?:\s+(?P<year>{year4}))?{E}"))
        # --- vague references ---
        rules.append(("vague", rf"{B}(?P<vg>{trie_re(lex.vague)}){E}"))
        if lex.until_now_word:
            rules.append(("untilnow", rf"{B}{trie_re([lex.until_now_prefix])}(?P<ici>{re.escape(lex.until_now_word)})(?=\s+(?P<next>{trie_re(lex.until_now_followers)})){E}"))
        self.rules = [Rule(kind, re.compile(rx, flags), i) for i, (kind, rx) in enumerate(rules)]
        self.number_word = re.compile(num_word, flags)


def _char_re_seq(s: str) -> str:
    return "".join(_char_re(c) if c != " " else r"\s+" for c in s)
