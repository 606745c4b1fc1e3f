"""Time rules, dates family. Absolute dates: day-month(-year), numeric and ISO dates, months, years,
year ranges, decades, centuries, holidays.

Each handler turns one match of a rule of its family into ``Time`` records (or none)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from veille.analyze.times._calendar import (
    day_value,
    holiday_date,
    iso_week,
    nth_weekday,
    safe_date,
    shift_months,
    year_for_month,
)
from veille.analyze.times._lexicon import norm
from veille.analyze.times._tense import FUTURE, PAST, PRESENT
from veille.analyze.times._tools import Candidate, Ref, Tools, as_date, clause_start, in_date_entity, roman
from veille.contract.models import Time
from veille.timex import day_range


def day_date(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    g = c.match.groupdict()
    month = r.month(g["month"])
    if month is None or not r.cased(g["month"]) or not r.cased(g.get("wd")) or r.in_name(c) \
            or r.in_law_name(doc, c):
        return []
    year = r.year(g["year"], pub) if g.get("year") else None
    span = None
    if year is None and pub is not None and (after := r.following_year(c.match.string, c.end, pub)):
        year, span = after[0], (c.start, after[1])  # "March 26 last year": one expression
    if year is None and pub is not None and g.get("wd"):
        year = _year_of_weekday(pub, month, r.day_num(g["day"]), r.weekday(g["wd"]))
    items = r.day_item(c, doc, pub, r.day_num(g["day"]), month, year, g.get("mod"), span)
    pod = r.lex.parts_of_day.get(norm(g["pod"])) if g.get("pod") else None
    for t in items if pod else []:  # « le 2 octobre au soir »: the part of that day, a TIME
        t.type, t.value, t.granularity = "TIME", f"{t.value}T{pod}", "part_of_day"
    return items


def daylist(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    m = c.match
    month = r.month(m.group("month"))
    if month is None or r.in_name(c):
        return []
    g = m.groupdict()
    year = r.year(g["year"], pub) if g.get("year") else None
    mod = g.get("mod")
    if g.get("first"):  # the month before its days ("April 24 and 25")
        first_span = (m.start("first"), m.end("first"))
    else:
        # a determiner of the days (group "det" of the grammar) is inside the first day's extent, a preposition not
        start = m.start("det") if g.get("det") else m.start("wd1") if g.get("wd1") else m.start("d1")
        first_span = (start, m.end("d1"))  # « les 6 », « du <lundi 5> au vendredi 9 juillet »
    out = r.day_item(c, doc, pub, r.day_num(m.group("d1")), month, year, mod, first_span)
    out += r.day_item(c, doc, pub, r.day_num(m.group("d2")), month, year, mod,
                          (m.start("rest"), m.end("rest")))
    return out


def numdate(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    a, b, y = int(c.match.group("a")), int(c.match.group("b")), c.match.group("c")
    day, month = (a, b)
    if r.lex.numeric_date_order == "mdy" and a <= 12:
        day, month = b, a
    d = safe_date(r.year(y, pub), month, day)
    return [r.item(c, "DATE", day_value(d), "day")] if d else []


def isodate(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    g = c.match
    d = safe_date(int(g.group("year")), int(g.group("month")), int(g.group("day")))
    return [r.item(c, "DATE", day_value(d), "day")] if d else []


def monthyear(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    month = r.month(c.match.group("month"))
    if month is None or not r.cased(c.match.group("month")) or r.in_name(c):
        return []
    return [r.item(c, "DATE", f"{int(c.match.group('year')):04d}-{month:02d}", "month")]


def month(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    g = c.match.groupdict()
    name = g["month"]
    if name.lower().rstrip(".") in r.abbrev_lower or name in r.lex.rejected_names:
        return []
    if not r.lex.case_sensitive_names and name[:1].isupper() and not name.isupper() \
            and not clause_start(c.match.string, c.start):
        return []  # French month names are lower case: "Groupe des Sept", "Mars"
    if r.lex.case_sensitive_names and not name[:1].isupper():
        return []
    month = r.month(name)
    if month is None:
        return []
    cue = norm(g.get("cue") or "")
    mod = g.get("mod")
    if r.lex.month_cues and not cue:
        prev = r.prev_words(c.match.string, c.start, 16).split(" ")
        if (not prev or prev[-1] not in r.lex.month_cues) and not in_date_entity(doc, c.start):
            return []  # English "May", "March" need a cue ("in May") or the NER's DATE label
    span = None
    if cue in r.lex.last_words or cue in r.lex.next_words:
        mod = cue
    if pub is None:
        return [r.item(c, "DATE", f"XXXX-{month:02d}", "month", False, span)]
    if after := r.following_year(c.match.string, c.end, pub):  # "January this year": one expression
        return [r.item(c, "DATE", f"{after[0]:04d}-{month:02d}", "month", True, (c.start, after[1]))]
    if cue in r.lex.this_words:  # "this September": the month of the current year, whatever the tense
        return [r.item(c, "DATE", f"{pub.year:04d}-{month:02d}", "month", True, span)]
    if mod:
        direction, strict = r.direction(mod, r.lex, None)
    else:
        direction = _month_direction(pub, month, r.narrative_tense(doc, c), r.located_past(doc, c))
        strict = False
    year = year_for_month(pub, month, direction)
    if strict and month == pub.month:
        year += -1 if direction == "past" else 1
    return [r.item(c, "DATE", f"{year:04d}-{month:02d}", "month", True, span)]


def partyear(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    return [r.item(c, "DATE", c.match.group("year"), "year")]


def yearrange(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    m = c.match
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    if len(m.group("y1")) == 2:  # « en 05/06 »: a season, two years in a row
        if y2 != (y1 + 1) % 100:
            return []
        y1 = r.year(m.group("y1"), pub)
    if len(m.group("y2")) == 2:  # "2001-02": the second year in the first one's century
        y2 += y1 // 100 * 100
        if y2 < y1:
            y2 += 100  # "1999-00"
    if y2 <= y1:
        return []
    return [r.item(c, "DATE", str(y1), "year", True, (m.start("y1"), m.end("y1"))),
            r.item(c, "DATE", str(y2), "year", True, (m.start("y2"), m.end("y2")))]


def nthweekday(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    """ "the first Tuesday of March", « le dernier lundi de mai »: that day; "every first Tuesday of the
    month", « le premier mardi de chaque mois »: the SET of those weekdays (TIMEX3 has no value for the
    ordinal within the month: the weekday's set, XXXX-WXX-n, as the guidelines write "every Tuesday")."""
    g = c.match.groupdict()
    wd = r.weekday(g["wd"])
    if wd is None or not r.cased(g["wd"]):
        return []
    if g.get("every"):
        return [r.item(c, "SET", f"XXXX-WXX-{wd}", "day")]
    n = -1 if g.get("lastord") else int(r.lex.ordinals.get(norm(g["ord"]), 0))
    if g.get("s"):
        return _nth_weekday_of_season(r, c, doc, pub, wd, n)
    if g.get("mrel"):  # "the first Monday of next month", « le dernier vendredi du mois dernier »
        rel = norm(g["mrel"])
        if pub is None or n == 0 or n > 5:
            return []
        y, m = shift_months(pub.year, pub.month, -1 if rel in r.lex.last_words else 1 if rel in r.lex.next_words else 0)
        d = nth_weekday(y, m, wd, n)
        return [r.item(c, "DATE", day_value(d), "day")] if d else []
    month = r.month(g["month"])
    if month is None or n == 0 or n > 5 or not r.cased(g["month"]):
        return []
    if g.get("year"):
        year = int(g["year"])
    elif pub is None:
        return []
    else:
        year = year_for_month(pub, month, _month_direction(pub, month, r.narrative_tense(doc, c),
                                                           r.located_past(doc, c)))
    d = nth_weekday(year, month, wd, n)
    return [r.item(c, "DATE", day_value(d), "day", g.get("year") is not None or pub is not None)] if d else []


def _nth_weekday_of_season(r: Tools, c: Candidate, doc: Doc, pub: date | None, wd: int, n: int) -> list[Time]:
    """« le dernier lundi de l'été »: the n-th weekday within the season's months (as
    :func:`veille.timex.day_range` reads a season); without a year, the season the clause's tense
    points to (a past clause: the last one begun, a future one: the next one to come)."""
    g = c.match.groupdict()
    code = r.lex.seasons.get(norm(g["s"]))
    if code is None or n == 0 or n > 5:
        return []

    def day_in(year: int) -> date | None:
        span = day_range(f"{year:04d}-{code}")
        if span is None:
            return None
        first, last = span
        if n > 0:
            d = first + timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (n - 1))
        else:
            d = last - timedelta(days=(last.isoweekday() - wd) % 7)
        return d if first <= d <= last else None

    if g.get("year"):
        d = day_in(int(g["year"]))
        return [r.item(c, "DATE", day_value(d), "day")] if d else []
    if pub is None:
        return []
    days = [d for y in (pub.year - 1, pub.year, pub.year + 1) if (d := day_in(y)) is not None]
    tense = r.narrative_tense(doc, c)
    if tense == PAST:
        pick = max((d for d in days if d <= pub), default=None)
    elif tense == FUTURE:
        pick = min((d for d in days if d >= pub), default=None)
    else:
        pick = min(days, key=lambda d: abs((d - pub).days), default=None)
    return [r.item(c, "DATE", day_value(pick), "day")] if pick else []


def wordyear(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    """A year said in words ("nineteen ninety-six": its hundreds, then the rest from 10 to 99; "the
    year two thousand [and one]")."""
    g = c.match.groupdict()
    if g.get("hund"):
        hundreds, rest = r.number(g["hund"]), r.number(g["rest"])
        if hundreds is None or rest is None or not 10 <= rest <= 99:
            return []
        y = int(hundreds) * 100 + int(rest)
    else:
        rest = r.number(g["rest2"]) if g.get("rest2") else 0.0
        if rest is None or not 0 <= rest <= 99:
            return []
        y = 2000 + int(rest)
    if pub is not None and y > pub.year + 30:
        return []
    if g.get("month") and (m := r.month(g["month"])) is not None and r.cased(g["month"]):
        return [r.item(c, "DATE", f"{y:04d}-{m:02d}", "month")]  # "January nineteen ninety-seven"
    if g.get("s") and (code := r.lex.seasons.get(norm(g["s"]))):
        return [r.item(c, "DATE", f"{y:04d}-{code}", "season")]  # "the winter of nineteen ninety-four"
    span = (c.match.start("hund"), c.end) if g.get("month") or g.get("s") else None
    return [r.item(c, "DATE", str(y), "year", True, span)]


def shortyear(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    """ "in '05": a year written with two digits, in the century that keeps it near the document."""
    return [r.item(c, "DATE", str(r.year(c.match.group("year"), pub)), "year", pub is not None)]


FAR_YEARS = 30  # a year further ahead of the publication is a count unless a cue of a target opens it


def year(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    text = c.match.string
    y = int(c.match.group("year"))
    if (pub is not None and y > pub.year + FAR_YEARS and not r.after_far_year_cue(text, c.start)) or r.in_name(c):
        return []  # "the Patriot Act of 2001": a name; "2080 members" a count, "by 2050" a target
    before = text[max(0, c.start - 2):c.start]
    after = text[c.end:c.end + 5]
    if re.search(r"\d[\s.,]$", before) or re.match(r"[.,]?\d|\s\d{3}\b|\s?%", after):
        return []
    prev = r.prev_words(text, c.start, 16)
    if any(prev.endswith(w) for w in r.lex.year_rejected_before if w):
        # "plus de 2000", "n° 1975" -- but "depuis 2022", "en 1975" stay
        if not re.search(r"(?:^|\s)(?:en|depuis|dès|de|in|since|of|from|l'an)$", prev):
            return []
    nxt = norm(text[c.end:c.end + 20]).split(" ")
    if nxt and nxt[0] and nxt[0].rstrip(".,;:!?)") in r.lex.year_unit_after:
        return []  # « 2024 voix. »
    if r.year_in_name(doc, c):
        return []  # "Euro 2024 ended", « le plan Vision 2030 vise »
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is not None and len(span) == 1 and r.parsed:
        tok = span[0]
        head = tok.head
        # "2000 soldiers" counts a plural noun; "the 1996 election", "le budget 2023" name a year
        if (tok.dep_ == "nummod" and head.i > tok.i and head.pos_ in ("NOUN", "PROPN")
                and "Plur" in head.morph.get("Number", []) and r.month(head.text) is None
                and norm(head.text) not in r.lex.units and not _year_of_noun(r, doc, tok, y, pub)):
            return []
    return [r.item(c, "DATE", str(y), "year")]


YEAR_MODIFIER_SPAN = 100  # a year the text would name as a noun's: within a century of the document


def _year_of_noun(r: Tools, doc: Doc, tok: Token, y: int, pub: date | None) -> bool:
    """A year right after a determiner of ``year_modifier_determiners`` before a plural noun: that noun's
    year ("the 2014 elections"), in a language that writes a count of thousands with a separator."""
    if tok.i == 0 or norm(doc[tok.i - 1].text) not in r.lex.year_modifier_determiners:
        return False
    return pub is None or abs(y - pub.year) <= YEAR_MODIFIER_SPAN


def decade(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
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
        n = r.lex.decade_words.get(norm(g["decw"]))
        if n is None:
            return []
        val = "19" + str(n)[0]
    span = (c.match.start("pos"), c.end) if g.get("pos") and r.lex.decade_position_in_span else None
    if span is None and _article_of_next_noun(doc, c):
        # "the 1980s war": the article is the war's (as in "the <14-day> waiting period")
        first = min(c.match.start(k) for k in ("pos", "dec", "dec2", "decw") if g.get(k))
        span = (first, c.end)
    return [r.item(c, "DATE", val + r.lex.decade_value_suffix, "decade", True, span)]


def _article_of_next_noun(doc: Doc, c: Candidate) -> bool:
    """Whether the match opens with an article that belongs to the noun right after it, the expression
    qualifying that noun ("the 1980s war with Iran"; not "in the 1980s, deficits tripled")."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or len(span) < 2 or span[0].pos_ != "DET" or span.end >= len(doc):
        return False
    after = doc[span.end]
    return after.pos_ == "NOUN" and span[0].head.i == after.i


def century(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    n = roman(c.match.group("c"))
    if not n or n > 21:
        return []
    pos = c.match.groupdict().get("pos")
    if not r.lex.decade_position_in_span:  # "the early 20th century": the whole phrase, as a decade's
        return [r.item(c, "DATE", f"{n - 1:02d}", "century")]
    # « début du XXe siècle », « à <la fin du XIXe siècle> » (the article inside, as « d'ici <la fin de l'année> »)
    start = c.match.start("art") if c.match.groupdict().get("art") else c.match.start("pos") if pos \
        else c.match.start("c")
    return [r.item(c, "DATE", f"{n - 1:02d}", "century", True, (start, c.end))]


def holiday(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    g = c.match.groupdict()
    name = g["hol"]
    if (r.lex.case_sensitive_names and not name[:1].isupper()) or r.in_name(c):
        return []  # "the Good Friday Agreement": a name
    if r.modifies_object(doc, c.match.start("hol"), c.match.end("hol"), r.lex.holiday_time_nouns) or \
            (c.match.start("hol") == c.start  # not « le week-end de Pâques », one expression
             and r.completes_noun(doc, c.start, c.match.end("hol"), r.lex.holiday_time_nouns)):
        return []  # "a Christmas market", « le marché de Noël »: a kind of market, no day
    rule = r.lex.holidays[norm(name)]
    if g.get("year"):
        d = holiday_date(int(g["year"]), rule)
        return [_holiday_item(r, c, d)] if d else []
    if pub is None:
        if g.get("we") or g.get("wk"):
            return [r.item(c, "DATE", "XXXX-WXX" + ("-WE" if g.get("we") else ""), "week", False)]
        if not re.fullmatch(r"\d\d-\d\d", rule):  # Easter-based or "nth weekday" rules
            return [r.item(c, "DATE", "XXXX-XX-XX", "day", False)]
        return [r.item(c, "DATE", f"XXXX-{rule}", "day", False)]
    tense = r.tense(doc, c)
    dated = [(y, d) for y in (pub.year - 1, pub.year, pub.year + 1) if (d := holiday_date(y, rule)) is not None]
    # a holiday's week is under way from its Monday to its Sunday: "as Easter week began" said that Monday is
    # this year's
    wk = bool(g.get("wk"))
    if tense == PAST:
        pick = max((d for _y, d in dated if (d - timedelta(days=d.weekday()) if wk else d) <= pub), default=None)
    elif tense == FUTURE:
        pick = min((d for _y, d in dated if (d + timedelta(days=6 - d.weekday()) if wk else d) >= pub),
                   default=None)
    else:
        pick = min((d for _y, d in dated), key=lambda d: abs((d - pub).days), default=None)
    return [_holiday_item(r, c, pick)] if pick else []


def _holiday_item(r: Tools, c: Candidate, day: date) -> Time:
    """The holiday's day, with ``wk`` ("Easter week") its ISO week, or with ``we`` ("the Thanksgiving
    weekend") the weekend of its ISO week: the one before it for a Monday holiday ("the Labor Day weekend")."""
    g = c.match.groupdict()
    if g.get("wk"):
        return r.item(c, "DATE", iso_week(day), "week")
    if not g.get("we"):
        return r.item(c, "DATE", day_value(day), "day")
    return r.item(c, "DATE", iso_week(day - timedelta(days=1) if day.weekday() == 0 else day) + "-WE", "week")


NEAR_MONTHS_AHEAD = 2  # a month this close ahead may follow a past verb ("decided to admit them in March")


def _year_of_weekday(pub: date, month: int, day: int, wd: int | None) -> int | None:
    """The one year around ``pub`` (the year before, its own, the year after) in which ``day`` ``month``
    falls on weekday ``wd`` (« le mardi 14 novembre »: the weekday fixes the year); None when no year
    or more than one does (a misprinted weekday leaves the year to the tense)."""
    if wd is None:
        return None
    years = [y for y in (pub.year - 1, pub.year, pub.year + 1)
             if (d := safe_date(y, month, day)) is not None and d.isoweekday() == wd]
    return years[0] if len(years) == 1 else None


def _month_direction(pub: date, month: int, tense: str | None, located: bool = False) -> str:
    """Which way a month without a year lies: the clause's tense (past back, present and future ahead),
    except a month just ahead after a past verb that does not place its event in it (``located``:
    "were held in November" looks back) and the publication month itself after any verb."""
    ahead = (month - pub.month) % 12  # 0..11 months to its next start
    if tense == PAST and located:
        return "past"
    if tense == PAST:
        return "nearest" if 0 < ahead <= NEAR_MONTHS_AHEAD else "past"
    if tense in (PRESENT, FUTURE):
        return "future"
    return "nearest"


def weekof(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    """ "the week of March 6", « la semaine du 6 mars »: the ISO week of that day (the day's year found as
    a day's is)."""
    g = c.match.groupdict()
    month = r.month(g["month"])
    if month is None or not r.cased(g["month"]):
        return []
    year = r.year(g["year"], pub) if g.get("year") else None
    days = r.day_item(c, doc, pub, r.day_num(g["day"]), month, year, None)
    out = []
    for t in days:
        d = as_date(t)
        if d is not None:
            out.append(r.item(c, "DATE", iso_week(d), "week", t.resolved))
    return out
