"""From regex matches to TIMEX3 ``Time`` records, anchored on the publication date.

Two passes: expressions anchored on the publication date first (absolute dates, weekdays, "hier",
"la semaine dernière"...), then those anchored on the day last mentioned in the text (clock times,
parts of day, "le lendemain"), which look for a day in the same sentence first.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc

from veille.analyze.times._calendar import (
    day_value,
    holiday_date,
    iso_week,
    safe_date,
    shift_months,
    weekday_date,
    year_for_day,
    year_for_month,
    year_for_season,
)
from veille.analyze.times._fallback import DateparserFallback
from veille.analyze.times._grammar import Grammar
from veille.analyze.times._lexicon import TimeLexicon, norm
from veille.analyze.times._tense import FUTURE, PAST, PRESENT, governing_tense
from veille.contract.models import Time

DEFERRED = {"clock", "clockword", "podanchored", "anaphor"}
_DAY_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_UNIT_CODES = {
    "second": ("T", "S", 1), "minute": ("T", "M", 1), "hour": ("T", "H", 1),
    "day": ("", "D", 1), "night": ("", "D", 1), "week": ("", "W", 1), "month": ("", "M", 1),
    "quarter": ("", "M", 3), "semester": ("", "M", 6), "year": ("", "Y", 1),
    "decade": ("", "Y", 10), "century": ("", "CE", 1),
}


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    kind: str
    match: re.Match[str]
    priority: int


def find_candidates(text: str, grammar: Grammar) -> list[Candidate]:
    """Every rule match, then the longest non-overlapping ones (rule order breaks ties)."""
    found: list[Candidate] = []
    for rule in grammar.rules:
        for m in rule.pattern.finditer(text):
            if m.end() > m.start():
                found.append(Candidate(m.start(), m.end(), rule.kind, m, rule.priority))
    found.sort(key=lambda c: (-(c.end - c.start), c.priority, c.start))
    taken: list[tuple[int, int]] = []
    chosen: list[Candidate] = []
    for c in found:
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        taken.append((c.start, c.end))
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


def _fmt(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def _roman(s: str) -> int | None:
    s = s.upper()
    if s.isdigit():
        return int(s)
    total = 0
    for i, ch in enumerate(s):
        v = _ROMAN.get(ch)
        if v is None:
            return None
        nxt = _ROMAN.get(s[i + 1], 0) if i + 1 < len(s) else 0
        total += -v if v < nxt else v
    return total


class Resolver:
    """Turns the candidates of one document into Time records."""

    def __init__(self, lex: TimeLexicon, grammar: Grammar,
                 fallback: DateparserFallback | None = None) -> None:
        self.lex = lex
        self.grammar = grammar
        self.fallback = fallback
        self._parsed = False
        self._abbrev = {k for k in lex.months for k2 in lex.months
                        if k2 != k and k2.lower().startswith(k.lower()) and lex.months[k2] == lex.months[k]}
        self._abbrev_lower = {k.lower() for k in self._abbrev}
        self._year_phrases = sorted(
            ((p, v) for p, v in lex.period_phrases.items() if v[0] == "year" and not v[2]),
            key=lambda pv: -len(pv[0]))
        self._month_lower = {k.lower(): v for k, v in lex.months.items()}
        self._wd_lower = {k.lower(): v for k, v in {**lex.weekdays, **lex.weekdays_plural}.items()}
        self._num_split = re.compile(
            "|".join(re.escape(j.strip()) if j.strip() else r"\s+" for j in lex.number_joiners) + r"|\s+")

    # ------------------------------------------------------------------ helpers
    def number(self, text: str) -> float | None:
        t = norm(text)
        if not t:
            return None
        if t[0].isdigit():
            if re.fullmatch(r"\d{1,3}(?:[,.]\d{3})+", t) and (self.lex.lang == "en" or "." in t):
                return float(re.sub(r"[,.]", "", t))  # 1,170 (en) / 1.170 (fr)
            try:
                return float(t.replace(",", "."))
            except ValueError:
                return None
        if t in self.lex.numbers:
            return self.lex.numbers[t]
        parts = [p for p in self._num_split.split(t) if p and p not in ("et", "and")]
        if len(parts) == 2 and self.lex.numbers.get(parts[0]) == 1 and self.lex.numbers.get(parts[1]) == 0.5:
            return 0.5  # "une demi(-heure)", "a half"
        total, current = 0.0, 0.0
        for p in parts:
            v = self.lex.numbers.get(p)
            if v is None:
                return None
            if v == 100:
                current = max(current, 1) * 100
            elif v == 1000:
                total += max(current, 1) * 1000
                current = 0
            elif v == 20 and current and current % 10 == 4 and current < 10:
                current = current * 20  # quatre-vingt
            else:
                current += v
        return total + current or None

    def _month(self, text: str) -> int | None:
        return self._month_lower.get(text.lower().rstrip("."))

    def _weekday(self, text: str) -> int | None:
        return self._wd_lower.get(text.lower())

    def _cased(self, text: str | None) -> bool:
        """English month/weekday names must be capitalised."""
        return not text or not self.lex.case_sensitive_names or text[:1].isupper()

    @staticmethod
    def _direction(mod: str | None, lex: TimeLexicon, tense: str | None) -> tuple[str, bool]:
        if mod:
            m = norm(mod)
            if m in lex.last_words:
                return "past", True
            if m in lex.next_words:
                return "future", True
        if tense == PAST:
            return "past", False
        if tense in (FUTURE, PRESENT):  # present with a weekday: an announcement
            return "future", False
        return "nearest", False

    def _prev_words(self, text: str, start: int, n: int = 40) -> str:
        return norm(text[max(0, start - n):start])

    # ------------------------------------------------------------------ main entry
    def resolve(self, doc: Doc, published: date | None) -> list[Time]:
        text = doc.text
        self._parsed = doc.has_annotation("DEP")  # per-call scratch: checked once, not per match
        cands = find_candidates(text, self.grammar)
        sent_starts = _sentence_starts(doc)
        out: list[Time] = []
        deferred: list[Candidate] = []
        for c in cands:
            if c.kind in DEFERRED or (c.kind == "period" and self._period_is_day(c)):
                deferred.append(c)
                continue
            out.extend(self._handle(c, doc, published, None))
        for c in deferred:
            ref = self._ref_day(c, out, sent_starts, published)
            out.extend(self._handle(c, doc, published, ref))
        if self.fallback is not None and published is not None:
            out.extend(self._fallback_items(doc, out, published))
        out.sort(key=lambda t: (t.start, t.end))
        return out

    def _fallback_items(self, doc: Doc, items: list[Time], published: date) -> list[Time]:
        extra: list[Time] = []
        for ent in doc.ents:
            if ent.label_ not in ("DATE", "TIME"):
                continue
            s, e = ent.start_char, ent.end_char
            if any(t.start < e and s < t.end for t in items) or not self.fallback.worth_trying(ent.text):
                continue
            parsed = self.fallback.parse(ent.text, published)
            if parsed:
                typ, value, gran = parsed
                extra.append(Time(start=s, end=e, text=ent.text, type=typ, value=value,
                                  resolved=True, granularity=gran))
        return extra

    def _period_is_day(self, c: Candidate) -> bool:
        info = self.lex.period_phrases.get(norm(c.match.group("per")))
        return bool(info and info[0] == "day")

    def _ref_day(self, c: Candidate, items: list[Time], sent_starts: list[int],
                 published: date | None) -> tuple[date | None, bool]:
        """The day an anchored expression refers to, and whether it is known."""
        days = [(t.start, t) for t in items if _DAY_RE.match(t.value)]
        if days:
            sid = bisect_right(sent_starts, c.start)
            same = [(s, t) for s, t in days if bisect_right(sent_starts, s) == sid]
            before_same = [t for s, t in same if s < c.start]
            if before_same:
                return _as_date(before_same[-1]), before_same[-1].resolved
            if c.kind in ("clock", "clockword", "podanchored"):
                after_same = [t for s, t in same if s > c.start]
                if after_same:
                    return _as_date(after_same[0]), after_same[0].resolved
            before = [t for s, t in days if s < c.start]
            if before:
                return _as_date(before[-1]), before[-1].resolved
        return published, published is not None

    # ------------------------------------------------------------------ dispatch
    def _handle(self, c: Candidate, doc: Doc, pub: date | None,
                ref: tuple[date | None, bool] | None) -> list[Time]:
        handler = getattr(self, "_h_" + c.kind)
        try:
            return handler(c, doc, pub, ref)
        except (ValueError, OverflowError, KeyError):
            return []

    def _t(self, c: Candidate, typ: str, value: str, gran: str | None, resolved: bool = True,
           span: tuple[int, int] | None = None) -> Time:
        s, e = span if span else (c.start, c.end)
        return Time(start=s, end=e, text=c.match.string[s:e], type=typ, value=value,
                    resolved=resolved, granularity=gran)

    def _tense(self, doc: Doc, c: Candidate) -> str | None:
        prev = self._prev_words(c.match.string, c.start, 14)
        if any(prev.endswith(w) for w in self.lex.past_cues):
            return PAST  # "depuis mardi"
        if any(prev.endswith(w) for w in self.lex.future_cues):
            return FUTURE  # "jusqu'à mardi"
        return governing_tense(doc, c.start, c.end, self._parsed)

    # ------------------------------------------------------------------ absolute dates
    def _day_item(self, c: Candidate, doc: Doc, pub: date | None, day: int, month: int,
                  year: int | None, mod: str | None, span: tuple[int, int] | None = None) -> list[Time]:
        if year is None:
            if pub is None:
                if safe_date(2000, month, day) is None:  # a leap year accepts 29 February
                    return []
                return [self._t(c, "DATE", f"XXXX-{month:02d}-{day:02d}", "day", False, span)]
            direction, _strict = self._direction(mod, self.lex, None)
            year = year_for_day(pub, month, day, direction)
        d = safe_date(year, month, day)
        if d is None:
            return []
        return [self._t(c, "DATE", day_value(d), "day", True, span)]

    def _year(self, text: str, pub: date | None) -> int:
        t = text.lstrip("'\u2019")
        y = int(t)
        if len(t) == 2:
            pivot = (pub.year % 100 + 1) if pub else 30
            y += 2000 if y <= pivot else 1900
        return y

    def _day_num(self, text: str) -> int:
        t = norm(text)
        if t in self.lex.first_day:
            return 1
        return int(re.match(r"\d+", t).group(0))  # type: ignore[union-attr]

    def _h_date(self, c, doc, pub, ref):
        g = c.match.groupdict()
        month = self._month(g["month"])
        if month is None or not self._cased(g["month"]) or not self._cased(g.get("wd")):
            return []
        year = self._year(g["year"], pub) if g.get("year") else None
        if year is None and pub is not None:
            year = self._following_year(c.match.string, c.end, pub)  # "March 26 last year"
        return self._day_item(c, doc, pub, self._day_num(g["day"]), month, year, g.get("mod"))

    def _following_year(self, text: str, end: int, pub: date) -> int | None:
        after = norm(text[end:end + 30])
        for filler in ("", "de ", "of "):
            if filler and not after.startswith(filler):
                continue
            rest = after[len(filler):]
            for phrase, (unit, offset, within) in self._year_phrases:
                if rest.startswith(phrase) and (len(rest) == len(phrase) or not rest[len(phrase)].isalnum()):
                    return pub.year + offset
        return None

    def _h_daylist(self, c, doc, pub, ref):
        m = c.match
        month = self._month(m.group("month"))
        if month is None:
            return []
        year = self._year(m.group("year"), pub) if m.group("year") else None
        mod = m.group("mod")
        first_span = (m.start("pre") if norm(m.group("pre")) == "les" else m.start("d1"), m.end("d1"))
        out = self._day_item(c, doc, pub, self._day_num(m.group("d1")), month, year, mod, first_span)
        out += self._day_item(c, doc, pub, self._day_num(m.group("d2")), month, year, mod,
                              (m.start("rest"), m.end("rest")))
        return out

    def _h_numdate(self, c, doc, pub, ref):
        a, b, y = int(c.match.group("a")), int(c.match.group("b")), c.match.group("c")
        day, month = (a, b)
        if self.lex.lang == "en" and a <= 12:
            day, month = b, a
        d = safe_date(self._year(y, pub), month, day)
        return [self._t(c, "DATE", day_value(d), "day")] if d else []

    def _h_isodate(self, c, doc, pub, ref):
        g = c.match
        d = safe_date(int(g.group("year")), int(g.group("month")), int(g.group("day")))
        return [self._t(c, "DATE", day_value(d), "day")] if d else []

    def _h_monthyear(self, c, doc, pub, ref):
        month = self._month(c.match.group("month"))
        if month is None or not self._cased(c.match.group("month")):
            return []
        return [self._t(c, "DATE", f"{int(c.match.group('year')):04d}-{month:02d}", "month")]

    def _h_month(self, c, doc, pub, ref):
        g = c.match.groupdict()
        name = g["month"]
        if name.lower().rstrip(".") in self._abbrev_lower or name in self.lex.rejected_names:
            return []
        if not self.lex.case_sensitive_names and name[:1].isupper() and not name.isupper() \
                and not _clause_start(c.match.string, c.start):
            return []  # French month names are lower case: "Groupe des Sept", "Mars"
        if self.lex.case_sensitive_names and not name[:1].isupper():
            return []
        month = self._month(name)
        if month is None:
            return []
        cue = norm(g.get("cue") or "")
        mod = g.get("mod")
        if self.lex.month_cues and not cue:
            prev = self._prev_words(c.match.string, c.start, 16).split(" ")
            if (not prev or prev[-1] not in self.lex.month_cues) and not _in_date_entity(doc, c.start):
                return []  # English "May", "March" need a cue ("in May") or the NER's DATE label
        span = None
        if cue in self.lex.last_words or cue in self.lex.next_words:
            mod = cue
        if pub is None:
            return [self._t(c, "DATE", f"XXXX-{month:02d}", "month", False, span)]
        direction, strict = self._direction(mod, self.lex, None if mod else self._tense(doc, c))
        year = year_for_month(pub, month, direction)
        if strict and month == pub.month:
            year += -1 if direction == "past" else 1
        return [self._t(c, "DATE", f"{year:04d}-{month:02d}", "month", True, span)]

    def _h_partyear(self, c, doc, pub, ref):
        return [self._t(c, "DATE", c.match.group("year"), "year")]

    def _h_yearrange(self, c, doc, pub, ref):
        m = c.match
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if y2 <= y1:
            return []
        return [self._t(c, "DATE", str(y1), "year", True, (m.start("y1"), m.end("y1"))),
                self._t(c, "DATE", str(y2), "year", True, (m.start("y2"), m.end("y2")))]

    def _h_year(self, c, doc, pub, ref):
        text = c.match.string
        y = int(c.match.group("year"))
        if pub is not None and y > pub.year + 30:
            return []
        before = text[max(0, c.start - 2):c.start]
        after = text[c.end:c.end + 5]
        if re.search(r"\d[\s.,]$", before) or re.match(r"[.,]?\d|\s\d{3}\b|\s?%", after):
            return []
        prev = self._prev_words(text, c.start, 16)
        if any(prev.endswith(w) for w in self.lex.year_rejected_before if w):
            # "plus de 2000", "n° 1975" -- but "depuis 2022", "en 1975" stay
            if not re.search(r"(?:^|\s)(?:en|depuis|dès|de|in|since|of|from|l'an)$", prev):
                return []
        nxt = norm(text[c.end:c.end + 20]).split(" ")
        if nxt and nxt[0] and nxt[0] in self.lex.year_unit_after:
            return []
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is not None and len(span) == 1 and self._parsed:
            tok = span[0]
            head = tok.head
            if (tok.dep_ == "nummod" and head.i > tok.i and head.pos_ in ("NOUN", "PROPN")
                    and self._month(head.text) is None and norm(head.text) not in self.lex.units):
                return []
        return [self._t(c, "DATE", str(y), "year")]

    def _h_decade(self, c, doc, pub, ref):
        g = c.match.groupdict()
        if g.get("dec"):
            d = g["dec"]
            if len(d) == 4:
                val = d[:3]
            else:  # "les années 60" -> 196X; "les années 10" -> 201X once that decade is over
                val = "20" + d[0] if pub is not None and 2000 + int(d) + 10 <= pub.year else "19" + d[0]
        elif g.get("dec2"):
            val = "19" + g["dec2"][0]
        else:
            n = self.lex.decade_words.get(norm(g["decw"]))
            if n is None:
                return []
            val = "19" + str(n)[0]
        span = (c.match.start("pos"), c.end) if g.get("pos") and self.lex.lang != "en" else None
        return [self._t(c, "DATE", val + "X", "decade", True, span)]

    def _h_century(self, c, doc, pub, ref):
        n = _roman(c.match.group("c"))
        if not n or n > 21:
            return []
        return [self._t(c, "DATE", f"{n - 1:02d}", "century", True, (c.match.start("c"), c.end))]

    # ------------------------------------------------------------------ relative days, weekdays
    def _h_relday(self, c, doc, pub, ref):
        g = c.match.groupdict()
        word = norm(g["rd"])
        if word in self.lex.today_words and not g.get("wd") and not g.get("pod") \
                and self._set_off(c.match.string, c.start, c.end):
            return [self._t(c, "TIME", "PRESENT_REF", None)]
        offset = self.lex.relative_days[word]
        pod = self.lex.parts_of_day.get(norm(g["pod"])) if g.get("pod") else None
        if pub is None:
            return [self._t(c, "TIME" if pod else "DATE", "XXXX-XX-XX" + (f"T{pod}" if pod else ""),
                            "day", False)]
        d = pub + timedelta(days=offset)
        if pod:
            return [self._t(c, "TIME", f"{day_value(d)}T{pod}", "part_of_day")]
        return [self._t(c, "DATE", day_value(d), "day")]

    @staticmethod
    def _set_off(text: str, start: int, end: int) -> bool:
        """"Aujourd'hui, ..." / ", aujourd'hui," : the general sense, not the day."""
        before = text[max(0, start - 3):start].rstrip(" \t")
        after = text[end:end + 2].lstrip(" \t")
        starts_clause = before == "" or before[-1:] in ".,;:\n«(\"" or start == 0
        return starts_clause and after[:1] == ","

    def _h_reldaypart(self, c, doc, pub, ref):
        offset, pod = self.lex.relative_day_parts[norm(c.match.group("rdp"))]
        if pub is None:
            return [self._t(c, "TIME", f"XXXX-XX-XXT{pod}", "part_of_day", False)]
        return [self._t(c, "TIME", f"{day_value(pub + timedelta(days=offset))}T{pod}", "part_of_day")]

    def _h_anaphor(self, c, doc, pub, ref):
        g = c.match.groupdict()
        offset = self.lex.anaphoric_days[norm(g["ana"])]
        day, known = ref if ref else (pub, pub is not None)
        pod = self.lex.parts_of_day.get(norm(g["pod"])) if g.get("pod") else None
        if day is None:
            return [self._t(c, "TIME" if pod else "DATE", "XXXX-XX-XX" + (f"T{pod}" if pod else ""),
                            "day", False)]
        d = day + timedelta(days=offset)
        if pod:
            return [self._t(c, "TIME", f"{day_value(d)}T{pod}", "part_of_day", known)]
        return [self._t(c, "DATE", day_value(d), "day", known)]

    def _h_weekday(self, c, doc, pub, ref):
        g = c.match.groupdict()
        if not self._cased(g["wd"]):
            return []
        follow = norm(c.match.string[c.end:c.end + 12]).split(" ")[0] if c.end < len(c.match.string) else ""
        if follow in self.lex.weekday_rejected_after:
            return []  # "Vendredi saint"
        wd = self._weekday(g["wd"])
        if wd is None:
            return []
        det = norm(g.get("det") or "")
        mod = g.get("mod") or g.get("mod2")
        pod = self.lex.parts_of_day.get(norm(g["pod"])) if g.get("pod") else None
        span = None
        if det == "on":
            span = (c.match.start("wd"), c.end)
        if det in ("le",) and not mod and not pod and not g.get("same"):
            return [self._t(c, "SET", f"XXXX-WXX-{wd}", "day")]
        if pub is None:
            val = f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else "")
            return [self._t(c, "TIME" if pod else "DATE", val, "day", False, span)]
        if det in self.lex.last_words or det in ("this past", "the previous"):
            direction, strict = "past", True
        elif det in self.lex.next_words or det in ("the following", "the coming"):
            direction, strict = "future", True
        elif det in self.lex.this_words or g.get("same"):
            direction, strict = "nearest", False
        else:
            direction, strict = self._direction(mod, self.lex, None if mod else self._tense(doc, c))
        d = weekday_date(pub, wd, direction, strict)
        if pod:
            return [self._t(c, "TIME", f"{day_value(d)}T{pod}", "part_of_day", True, span)]
        return [self._t(c, "DATE", day_value(d), "day", True, span)]

    def _h_podthis(self, c, doc, pub, ref):
        pod = self.lex.parts_of_day[norm(c.match.group("pod"))]
        if pub is None:
            return [self._t(c, "TIME", f"XXXX-XX-XXT{pod}", "part_of_day", False)]
        return [self._t(c, "TIME", f"{day_value(pub)}T{pod}", "part_of_day")]

    def _h_podanchored(self, c, doc, pub, ref):
        g = c.match.groupdict()
        podword = norm(g["pod"])
        pod = self.lex.parts_of_day[podword]
        has_art, has_pos, pre = bool(g.get("art")), bool(g.get("pos")), norm(g.get("pre") or "")
        if self.lex.lang != "en":
            if podword in self.lex.parts_of_day_need_preposition and not pre:
                return []
            if not has_art and not has_pos and pre not in ("en",):
                return []
            if has_art and norm(g["art"]) == "les":
                return []
        day, known = ref if ref else (pub, pub is not None)
        span = (c.match.start("core"), c.match.end("core"))
        if day is None:
            return [self._t(c, "TIME", f"XXXX-XX-XXT{pod}", "part_of_day", False, span)]
        return [self._t(c, "TIME", f"{day_value(day)}T{pod}", "part_of_day", known, span)]

    # ------------------------------------------------------------------ clock times
    def _h_clock(self, c, doc, pub, ref):
        g = c.match.groupdict()
        h = int(g["h"])
        mnt = int(g["m"]) if g.get("m") else 0
        pre = norm(g.get("pre") or "")
        prev = self._prev_words(c.match.string, c.start, 20)
        if not pre and any(prev.endswith(w) for w in self.lex.clock_duration_before):
            if g.get("ampm"):
                pass
            else:
                span = (c.match.start("h"), c.end)
                val = f"PT{h}H" + (f"{mnt}M" if mnt else "")
                return [self._t(c, "DURATION", val, "hour", True, span)]
        ampm = norm(g.get("ampm") or "").replace(".", "")
        if ampm == "pm" and h < 12:
            h += 12
        elif ampm == "am" and h == 12:
            h = 0
        if h > 24 or (h == 24 and mnt):
            return []
        span = (c.match.start("h"), c.end)
        return self._clock_item(c, ref, pub, f"{h:02d}:{mnt:02d}", span)

    def _clock_item(self, c, ref, pub, hhmm: str, span: tuple[int, int]) -> list[Time]:
        day, known = ref if ref else (pub, pub is not None)
        if day is None:
            return [self._t(c, "TIME", f"XXXX-XX-XXT{hhmm}", "minute", False, span)]
        return [self._t(c, "TIME", f"{day_value(day)}T{hhmm}", "minute", known, span)]

    def _h_clockword(self, c, doc, pub, ref):
        word = c.match.group("cw")
        if word[:1].isupper() and not c.match.group("pre"):
            return []
        return self._clock_item(c, ref, pub, self.lex.clock_words[norm(word)],
                                (c.match.start("cw"), c.end))

    # ------------------------------------------------------------------ periods and seasons
    def _h_period(self, c, doc, pub, ref):
        unit, offset, _within = self.lex.period_phrases[norm(c.match.group("per"))]
        if unit == "day":
            day, known = ref if ref else (pub, pub is not None)
            if day is None:
                return [self._t(c, "DATE", "XXXX-XX-XX", "day", False)]
            return [self._t(c, "DATE", day_value(day), "day", known)]
        if pub is None:
            unknown = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
                       "quarter": "XXXX-QX", "year": "XXXX"}[unit]
            return [self._t(c, "DATE", unknown, unit, False)]
        if unit in ("week", "weekend"):
            val = iso_week(pub + timedelta(days=7 * offset)) + ("-WE" if unit == "weekend" else "")
            return [self._t(c, "DATE", val, "week")]
        if unit == "month":
            y, m = shift_months(pub.year, pub.month, offset)
            return [self._t(c, "DATE", f"{y:04d}-{m:02d}", "month")]
        if unit == "quarter":
            y, m = shift_months(pub.year, pub.month, 3 * offset)
            return [self._t(c, "DATE", f"{y:04d}-Q{(m - 1) // 3 + 1}", "quarter")]
        return [self._t(c, "DATE", f"{pub.year + offset:04d}", "year")]

    def _h_season(self, c, doc, pub, ref):
        g = c.match.groupdict()
        code = self.lex.seasons[norm(g["s"])]
        art = norm(g.get("art") or "")
        span = None
        if g.get("pre") and not art:
            span = (c.match.start("s"), c.end)
        elif g.get("pre"):
            span = (c.match.start("art"), c.end)
        if g.get("year"):
            return [self._t(c, "DATE", f"{g['year']}-{code}", "season", True, span)]
        if pub is None:
            return [self._t(c, "DATE", f"XXXX-{code}", "season", False, span)]
        mod = g.get("mod")
        if art in self.lex.last_words or art == "this past":
            direction = "past_strict" if art != "this past" else "past"
        elif art in self.lex.next_words:
            direction = "future_strict"
        elif art in self.lex.this_words:
            direction = "nearest"
        elif mod:
            d, _ = self._direction(mod, self.lex, None)
            direction = d + "_strict"
        else:
            tense = self._tense(doc, c)
            direction = "past" if tense == PAST else "future" if tense == FUTURE else "nearest"
        return [self._t(c, "DATE", f"{year_for_season(pub, code, direction)}-{code}", "season", True, span)]

    # ------------------------------------------------------------------ durations and sets
    def _unit_value(self, unit: str, n: float | None) -> str:
        smaller = {"hour": ("minute", 60), "day": ("hour", 24), "year": ("month", 12),
                   "minute": ("second", 60)}
        if n is not None and not float(n).is_integer() and unit in smaller:
            sub, k = smaller[unit]
            if float(n * k).is_integer():
                unit, n = sub, n * k  # "une demi-heure" -> PT30M
        t, code, mult = _UNIT_CODES[unit]
        q = "X" if n is None else _fmt(n * mult)
        return f"P{t}{q}{code}"

    def _is_age(self, text: str, c: Candidate) -> bool:
        num_start = c.match.start("num") if c.match.groupdict().get("num") else c.start
        prev = self._prev_words(text, num_start, 40)
        if any(prev.endswith(a) for a in self.lex.age_before):
            return True
        words = prev.split(" ")
        raw_words = text[max(0, c.start - 40):c.start].split()
        for i in range(len(words) - 1, max(len(words) - 5, 0), -1):
            if words[i] in ("de", "d'") and i >= 1:
                noun = words[i - 1]
                raw = raw_words[i - 1 - len(words) + len(raw_words)] if len(raw_words) == len(words) else ""
                if noun in self.lex.age_nouns or (raw[:1].isupper() and not raw.isupper()):
                    return True  # "une fillette de 6 ans", "un jeune Britannique de 15 ans"
                break
        after = text[c.end:c.end + 12].lower()
        if any(after.startswith(a) for a in self.lex.age_after):
            return True
        before = text[max(0, c.start - 2):c.start]
        if before.endswith(", ") and text[c.end:c.end + 1] in (",", ")"):
            return True  # "Jean Dupont, 45 ans, ..."
        return False

    def _h_duration(self, c, doc, pub, ref):
        g = c.match.groupdict()
        unit = self.lex.units.get(norm(g["unit"]))
        if unit is None:
            return []
        if norm(c.match.group(0)) in self.lex.rejected_durations:
            return []
        if g.get("vague"):
            v = norm(g["vague"])
            if v == self.lex.vague_article and norm(g["unit"]) not in self.lex.vague_article_units:
                return []
            n = None
        elif g.get("a"):
            n = 1.0
        else:
            n = self.number(g["num"])
            if n is None or n <= 0:
                return []
        if unit in ("year", "month", "week") and self._is_age(c.match.string, c):
            return []
        span = None
        if g.get("a"):
            span = (c.match.start("a"), c.end)
        return [self._t(c, "DURATION", self._unit_value(unit, n), unit, True, span)]

    def _h_window(self, c, doc, pub, ref):
        g = c.match.groupdict()
        word = norm(g["unit"])
        unit = self.lex.units.get(word)
        win = norm(g["win"])
        directional = bool(g.get("last1")) or any(w in self.lex.last_words or w in self.lex.next_words
                                                  for w in win.split(" "))
        plural = word.endswith(("s", "x")) or word in ("mois",)
        if unit is None or not directional or not plural:
            return []
        return [self._t(c, "DURATION", self._unit_value(unit, None), unit)]

    def _h_yearpart(self, c, doc, pub, ref):
        g = c.match.groupdict()
        n = self.lex.ordinals[norm(g["ord"])]
        part = self.lex.year_parts[norm(g["part"])]  # Q or H
        if (part == "Q" and n > 4) or (part == "H" and n > 2):
            return []
        if g.get("year"):
            year = int(g["year"])
        elif pub is None:
            return [self._t(c, "DATE", f"XXXX-{part}{n}", "quarter", False)]
        else:
            year = pub.year
            current = (pub.month - 1) // 3 + 1 if part == "Q" else (pub.month - 1) // 6 + 1
            if n > current and self._tense(doc, c) == PAST:
                year -= 1
        return [self._t(c, "DATE", f"{year}-{part}{n}", "quarter" if part == "Q" else "half_year")]

    def _h_holiday(self, c, doc, pub, ref):
        g = c.match.groupdict()
        name = g["hol"]
        if self.lex.case_sensitive_names and not name[:1].isupper():
            return []
        rule = self.lex.holidays[norm(name)]
        if g.get("year"):
            d = holiday_date(int(g["year"]), rule)
            return [self._t(c, "DATE", day_value(d), "day")] if d else []
        if pub is None:
            if rule.startswith("easter"):
                return [self._t(c, "DATE", "XXXX-XX-XX", "day", False)]
            return [self._t(c, "DATE", f"XXXX-{rule}", "day", False)]
        tense = self._tense(doc, c)
        dated = [(y, holiday_date(y, rule)) for y in (pub.year - 1, pub.year, pub.year + 1)]
        dated = [(y, d) for y, d in dated if d is not None]
        if tense == PAST:
            pick = max((d for _y, d in dated if d <= pub), default=None)
        elif tense == FUTURE:
            pick = min((d for _y, d in dated if d >= pub), default=None)
        else:
            pick = min((d for _y, d in dated), key=lambda d: abs((d - pub).days), default=None)
        return [self._t(c, "DATE", day_value(pick), "day")] if pick else []

    def _h_fixed(self, c, doc, pub, ref):
        return [self._t(c, "DURATION", self.lex.fixed_durations[norm(c.match.group("fixed"))], None)]

    def _h_ago(self, c, doc, pub, ref, sign: int = -1):
        g = c.match.groupdict()
        unit = self.lex.units.get(norm(g["unit"]))
        num = g.get("num")
        if not num:
            if unit is None or not norm(g["unit"]).endswith(("s", "x")) and unit != "month":
                return []
            return [self._t(c, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None)]
        n = 1.0 if norm(num) in ("a", "an") else self.number(num)
        if unit is None or n is None or not float(n).is_integer():
            return []
        k = int(n) * sign
        if unit in ("second", "minute", "hour"):
            return []
        if pub is None:
            return [self._t(c, "DATE", "XXXX-XX-XX", unit, False)]
        if unit in ("day", "night", "week"):
            d = pub + timedelta(days=k * (7 if unit == "week" else 1))
            return [self._t(c, "DATE", day_value(d), "day")]
        if unit in ("month", "quarter", "semester"):
            y, m = shift_months(pub.year, pub.month, k * {"month": 1, "quarter": 3, "semester": 6}[unit])
            return [self._t(c, "DATE", f"{y:04d}-{m:02d}", "month")]
        mult = {"year": 1, "decade": 10, "century": 100}[unit]
        return [self._t(c, "DATE", str(pub.year + k * mult), "year")]

    def _h_in(self, c, doc, pub, ref):
        return self._h_ago(c, doc, pub, ref, sign=1)

    def _h_set(self, c, doc, pub, ref):
        g = c.match.groupdict()
        n = self.number(g["num"]) if g.get("num") else 1.0
        if g.get("unit"):
            unit = self.lex.units.get(norm(g["unit"]))
            if unit is None or n is None:
                return []
            return [self._t(c, "SET", self._unit_value(unit, n), unit)]
        wd = self._weekday(g["wd"]) if g.get("wd") else None
        if wd is None or not self._cased(g["wd"]):
            return []
        pod = self.lex.parts_of_day.get(norm(g["pod"])) if g.get("pod") else None
        return [self._t(c, "SET", f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else ""), "day")]

    def _h_setper(self, c, doc, pub, ref):
        unit = self.lex.units.get(norm(c.match.group("unit")))
        if unit is None:
            return []
        word = norm(c.match.group(0).split()[0])
        if word in ("a", "an"):
            prev = self._prev_words(c.match.string, c.start, 20).split(" ")
            last_word = prev[-1] if prev else ""
            if not (re.search(r"\d", last_word) or last_word in
                    ("once", "twice", "times", "million", "billion", "trillion", "percent")):
                return []
        return [self._t(c, "SET", self._unit_value(unit, 1), unit, True,
                        (c.match.start("unit"), c.end))]

    def _h_setadj(self, c, doc, pub, ref):
        word = c.match.group("adj")
        if self.lex.case_sensitive_names and word[:1].isupper():
            return []
        return [self._t(c, "SET", self.lex.set_adjectives[norm(word)], None)]

    # ------------------------------------------------------------------ vague references
    def _h_vague(self, c, doc, pub, ref):
        prev = self._prev_words(c.match.string, c.start, 20).split(" ")
        if prev and f"{prev[-1]} {norm(c.match.group('vg'))}" in self.lex.vague_rejected:
            return []  # "sans précédent"
        return [self._t(c, "TIME", self.lex.vague[norm(c.match.group("vg"))], None)]

    def _h_untilnow(self, c, doc, pub, ref):
        span = (c.match.start("ici"), c.match.end("ici"))
        after = c.match.string[c.end:c.end + 30]
        if norm(c.match.group("next")) == "à" and re.match(r"\s+à\s+(?:\d|\w+\s+(?:ans|mois|jours|semaines))", after):
            return [self._t(c, "TIME", "PRESENT_REF", None, True, span)]
        if pub is None:
            return [self._t(c, "DATE", "XXXX-XX-XX", "day", False, span)]
        return [self._t(c, "DATE", day_value(pub), "day", True, span)]


def _as_date(t: Time) -> date | None:
    m = _DAY_RE.match(t.value)
    if not m:
        return None
    try:
        return date.fromisoformat(m.group(1))
    except ValueError:
        return None


def _in_date_entity(doc: Doc, start: int) -> bool:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[0].ent_type_ == "DATE"


def _clause_start(text: str, start: int) -> bool:
    before = text[max(0, start - 4):start].rstrip(" \t")
    return before == "" or before[-1:] in ".!?\n«\"(:;-_"


def _sentence_starts(doc: Doc) -> list[int]:
    if doc.has_annotation("SENT_START"):
        return [s.start_char for s in doc.sents]
    starts = [0]
    for m in re.finditer(r"[.!?]\s+|\n+", doc.text):
        starts.append(m.end())
    return starts
