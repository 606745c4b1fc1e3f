"""Time rules, periods family. Calendar periods: this/last/next week, month, year; seasons; quarters and halves.

Each handler turns one match of a rule of its family into ``Time`` records (or none)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc

from veille.analyze.times._calendar import (
    day_value,
    iso_week,
    season_of,
    shift_months,
    weekday_date,
    year_for_season,
)
from veille.analyze.times._lexicon import norm
from veille.analyze.times._tense import FUTURE, PAST, PRESENT
from veille.analyze.times._tools import Candidate, Ref, Tools
from veille.contract.models import Time


def period(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    unit, offset, _within = r.lex.period_phrases[norm(c.match.group("per"))]
    span = _after_signal(r, c)
    if unit == "day":
        day, known = ref if ref else (pub, pub is not None)
        if day is None:
            return [r.item(c, "DATE", "XXXX-XX-XX", "day", False, span)]
        return [r.item(c, "DATE", day_value(day), "day", known, span)]
    known = pub is not None
    if ref is not None and ref[0] is not None:  # anchored on the narrative's day ("the following week")
        pub, known = ref
    if pub is None:
        unknown = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
                   "quarter": "XXXX-QX", "year": "XXXX"}[unit]
        return [r.item(c, "DATE", unknown, unit, False, span)]
    if unit == "weekend" and offset == 0 and pub.isoweekday() < 6 and r.tense(doc, c) == PAST:
        offset = -1  # "marched this weekend", « ont défilé ce week-end » said on a weekday: the one just gone
    if unit in ("week", "weekend"):
        val = iso_week(pub + timedelta(days=7 * offset)) + ("-WE" if unit == "weekend" else "")
        return [r.item(c, "DATE", val, "week", known, span)]
    if unit == "month":
        y, m = shift_months(pub.year, pub.month, offset)
        return [r.item(c, "DATE", f"{y:04d}-{m:02d}", "month", known, span)]
    if unit == "quarter":
        y, m = shift_months(pub.year, pub.month, 3 * offset)
        return [r.item(c, "DATE", f"{y:04d}-Q{(m - 1) // 3 + 1}", "quarter", known, span)]
    return [r.item(c, "DATE", f"{pub.year + offset:04d}", "year", known, span)]


def _after_signal(r: Tools, c: Candidate) -> tuple[int, int] | None:
    """The span without the preposition that opens the period phrase, when the language counts it a
    signal (``period_signals``: « à <la fin de la semaine> », « au <début de l'année> »); None: the whole."""
    text = c.match.group("per")
    low = norm(text)
    for signal in r.lex.period_signals:
        if low.startswith(signal) and len(low) > len(signal):
            words = len(signal.split())
            m = re.match(r"(?:\S+\s+){" + str(words) + "}", text)
            if m is not None:
                return c.match.start("per") + m.end(), c.end
    return None


def shifted(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    """ "a year earlier", "two days later": a DATE that many units from the narrative's day (TimeML
    anchors it on the reference time), at the unit's granularity."""
    g = c.match.groupdict()
    unit = r.lex.units.get(norm(g["unit"]))
    n = 1.0 if norm(g["num"]) in r.lex.indefinite_articles else r.number(g["num"])
    if unit not in SHIFT_UNITS or n is None or not float(n).is_integer():
        return []
    sign = -1 if norm(g["dir"]) in r.lex.earlier_words else 1
    k = int(n) * sign
    day, known = ref if ref else (pub, pub is not None)
    if day is None:
        return [r.item(c, "DATE", "XXXX-XX-XX" if unit in ("day", "week") else "XXXX", unit, False)]
    if unit in ("day", "week"):
        return [r.item(c, "DATE", day_value(day + timedelta(days=k * (7 if unit == "week" else 1))), "day", known)]
    if unit == "month":
        y, m = shift_months(day.year, day.month, k)
        return [r.item(c, "DATE", f"{y:04d}-{m:02d}", "month", known)]
    return [r.item(c, "DATE", f"{day.year + k:04d}", "year", known)]


SHIFT_UNITS = frozenset({"day", "week", "month", "year"})


def season(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    g = c.match.groupdict()
    code = r.lex.seasons[norm(g["s"])]
    art = norm(g.get("art") or "")
    span = None
    pre = norm(g.get("pre") or "")
    if not art and (pre in r.lex.season_extent_prepositions  # "through <the summer>"
                    or (g.get("year") and pre.split(" ")[-1] in r.lex.articles)):  # "in <the spring of 1941>"
        span = (c.match.start("pre") + len(g["pre"]) - len(pre.split(" ")[-1]), c.end)
    elif g.get("pre") and not art:
        span = (c.match.start("s"), c.end)
    elif g.get("pre"):
        span = (c.match.start("art"), c.end)
    if g.get("year"):
        return [r.item(c, "DATE", f"{g['year']}-{code}", "season", True, span)]
    if pub is None:
        return [r.item(c, "DATE", f"XXXX-{code}", "season", False, span)]
    mod = g.get("mod")
    if art in r.lex.last_words or art == "this past":
        direction = "past_strict" if art != "this past" else "past"
    elif art in r.lex.next_words:
        direction = "future_strict"
    elif art in r.lex.this_words:
        direction = "nearest"
    elif mod:
        d, _ = r.direction(mod, r.lex, None)
        direction = d + "_strict"
    else:
        tense = r.tense(doc, c)
        direction = "past" if tense == PAST else "future" if tense in (PRESENT, FUTURE) else "nearest"
    return [r.item(c, "DATE", f"{year_for_season(pub, code, direction)}-{code}", "season", True, span)]


def yearpart(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    g = c.match.groupdict()
    if g.get("m1"):  # "the April-June quarter": the quarter of its first and last months
        first, last = r.month(g["m1"]), r.month(g["m2"])
        if first is None or last is None or first % 3 != 1 or last != first + 2:
            return []
        n, part = (first - 1) // 3 + 1, "Q"
    elif g.get("hpos"):  # "the last half of 1989", "the first two quarters of 1990"
        n, part = r.lex.year_half_positions[norm(g["hpos"])], "H"
    else:
        n = r.lex.ordinals[norm(g["ord"])]
        part = r.lex.year_parts[norm(g["part"])]  # Q or H
    if (part == "Q" and n > 4) or (part == "H" and n > 2):
        return []
    if g.get("year") or g.get("year0"):  # "the third quarter of 1990", "the 1988 second quarter"
        year = int(g.get("year") or g["year0"])
    elif pub is None:
        return [r.item(c, "DATE", f"XXXX-{part}{n}", "quarter", False)]
    elif g.get("yrel") or g.get("yrel2"):  # "this year's third quarter", "the second half of next year"
        rel = norm(g.get("yrel") or g["yrel2"])
        year = pub.year + (-1 if rel in r.lex.last_words else 1 if rel in r.lex.next_words else 0)
    else:
        # a past clause, or a past verb above the noun the period qualifies ("shrank 7 percent in the fourth
        # quarter"), looks back; a future does not look ahead: results of a quarter gone by are reported in the
        # future ("expects to report a third-quarter loss"); a fiscal quarter counts in a fiscal year the
        # calendar does not place ("its fiscal fourth-quarter profit rose" said in July)
        year = pub.year
        current = (pub.month - 1) // 3 + 1 if part == "Q" else (pub.month - 1) // 6 + 1
        if n > current and not g.get("fiscal") and r.narrative_tense(doc, c) == PAST:
            year -= 1
    span = (c.match.start("hphrase"), c.end) if g.get("hphrase") else _adjectival_span(r, c)
    return [r.item(c, "DATE", f"{year}-{part}{n}", "quarter" if part == "Q" else "half_year", True, span)]


def _adjectival_span(r: Tools, c: Candidate) -> tuple[int, int] | None:
    """"the <third-quarter> loss": a hyphened period before a noun is an adjective, its article the noun's
    (as "the <14-day> waiting period"); None: the whole match."""
    text = c.match.string
    if not c.match.groupdict().get("ord"):
        return None  # "the April-June quarter": a noun phrase of its own
    if "-" not in text[c.match.end("ord"):c.match.start("part")] or c.match.end("part") != c.end:
        return None
    m = re.match(r"(\S+)\s+", text[c.start:c.end])
    if m is None or norm(m.group(1)) not in r.lex.articles or not re.match(r"\s+[a-z]", text[c.end:c.end + 3]):
        return None
    return c.start + m.end(), c.end


def tensed(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    """A period named without "this/last/next" ("the weekend"): the clause's tense picks the last one
    (past) or the coming one (present, future); without a tense it stays unmarked (a habit), and so it does
    outside a clause telling one past event where the language says so (``tensed_periods_one_past_event``:
    « pendant le week-end »)."""
    unit = r.lex.tensed_periods[norm(c.match.group("tper"))]
    tense = r.tense(doc, c)
    if tense is None or unit != "weekend":
        return []
    if r.lex.tensed_periods_one_past_event and not r.one_past_event(c, doc, pub):
        return []  # « le marché est fermé le week-end »: a habit
    if pub is None:
        return [r.item(c, "DATE", "XXXX-WXX-WE", "week", False)]
    saturday = weekday_date(pub, 6, "past" if tense == PAST else "future")
    if tense == PAST and pub.isoweekday() == 6:
        saturday = pub  # said on a Saturday: this weekend so far
    return [r.item(c, "DATE", iso_week(saturday) + "-WE", "week")]


def quarterref(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    """"the quarter", "the latest period", "the year-earlier quarter", "year-ago": the fiscal quarter
    the text last named (``ref`` is its first day), a year back with "year-earlier"/"year-ago"; "the 1988
    period": that quarter in the year named."""
    g = c.match.groupdict()
    day, known = ref if ref else (None, False)
    if day is None and g.get("qref") and pub is not None \
            and any(f" {w} " in f" {norm(g['qref'])} " for w in r.lex.reported_quarter_words):
        day, known = shift_back_quarter(pub), True  # "the latest quarter": the one just reported
    if day is None and g.get("qref"):
        return []  # "the quarter" with no quarter named before: a district, a coin, a share
    if day is None and pub is not None:  # "the year-ago period": the quarter just reported on
        day, known = shift_back_quarter(pub), True
    if day is None:
        return [r.item(c, "DATE", "XXXX-QX", "quarter", False)]
    year = int(g["qyear"]) if g.get("qyear") else day.year - (1 if g.get("yago") else 0)
    n = r.lex.ordinals.get(norm(g["ord"])) if g.get("ord") else (day.month - 1) // 3 + 1
    if n is None or not 1 <= n <= 4:
        return []
    span = (c.match.start("core"), c.match.end("core")) if g.get("core") else None
    return [r.item(c, "DATE", f"{year:04d}-Q{n}", "quarter", known, span)]


def shift_back_quarter(d: date) -> date:
    """The first day of the quarter before the one ``d`` is in."""
    y, m = shift_months(d.year, (d.month - 1) // 3 * 3 + 1, -3)
    return date(y, m, 1)


def anayear(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    """"the following year", « l'année précédente »: that many years from the year the narrative last
    fixed (``ref``), else from the publication's; with a month before it ("March of that year", « mars de
    l'année suivante »), that month of that year."""
    offset = r.lex.anaphoric_years[norm(c.match.group("anay"))]
    following = re.match(r"-|\s+(\w+)", c.match.string[c.end:c.end + 16])
    if following and norm(following.group(1) or "-") in r.lex.anaphoric_year_rejected_next:
        return []  # "the year ahead", "the year-earlier figure"
    name = c.match.groupdict().get("month")
    month = r.month(name) if name else None
    if name and (month is None or not r.cased(name)):
        return []
    day, known = ref if ref else (pub, pub is not None)
    if month is not None:  # "March of that year": that month of the narrative's year, one DATE
        year = f"{day.year + offset:04d}" if day is not None else "XXXX"
        return [r.item(c, "DATE", f"{year}-{month:02d}", "month", known and day is not None)]
    if day is None:
        return [r.item(c, "DATE", "XXXX", "year", False)]
    return [r.item(c, "DATE", f"{day.year + offset:04d}", "year", known)]


def _relative_clause(c: Candidate, doc: Doc) -> bool:
    """"shares that fall sharply", "problems that spring from poverty": a relative pronoun and its verb,
    not "that" and a season. The parser tags the season word a VERB, or "that" a PRON ("spring" may still
    be read as a noun); a DET "that" before a noun is the season (« l'été suivant »'s AUX "été" is left
    alone: only a VERB, or a pronoun before the season word, says so)."""
    season = doc.char_span(c.match.start("s"), c.match.end("s"), alignment_mode="expand")
    if season is not None and season[-1].pos_ == "VERB":
        return True
    if c.match.start("ana") > c.match.start("s"):
        return False
    ana = doc.char_span(c.match.start("ana"), c.match.end("ana"), alignment_mode="expand")
    return ana is not None and ana[-1].pos_ == "PRON"


def anaseason(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    """"that spring", "the following winter", « l'été suivant », « ce printemps-là »: a season placed from
    the period the narrative last fixed (``ref``: its first day; a year's is its 1 January), else from the
    publication. After a year, "the following spring" is the next year's; after a day or a month, the
    first such season to begin after it."""
    g = c.match.groupdict()
    code = r.lex.seasons.get(norm(g["s"]))
    offset = r.lex.anaphoric_season_words.get(norm(g["ana"]))
    if code is None or offset is None:
        return []
    if r.parsed and _relative_clause(c, doc):
        return []
    day, known = ref if ref else (pub, pub is not None)
    if day is None:
        return [r.item(c, "DATE", f"XXXX-{code}", "season", False)]
    if day.month == 1 and day.day == 1:  # a year: the season of that year, or of the one after or before
        year = day.year + offset
    else:
        way = "nearest" if offset == 0 else "future" if offset > 0 else "past"
        if offset and code == season_of(day):
            way += "_strict"
        year = year_for_season(day, code, way)
    return [r.item(c, "DATE", f"{year:04d}-{code}", "season", known)]
