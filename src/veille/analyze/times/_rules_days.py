"""Time rules, days family. Days relative to the publication date or to the narrative's day: relative days,
weekdays, parts of day, clock times.

Each handler turns one match of a rule of its family into ``Time`` records (or none)."""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Doc

from veille.analyze.times._calendar import day_value, safe_date, weekday_date
from veille.analyze.times._lexicon import norm
from veille.analyze.times._nights import mark_night_into_next_day
from veille.analyze.times._tense import FUTURE, PAST, PRESENT
from veille.analyze.times._tools import DAY_RE, Candidate, Ref, Tools
from veille.contract.models import Time


def relday(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    g = c.match.groupdict()
    word = norm(g["rd"])
    if word in r.lex.today_words and not g.get("wd") and not g.get("pod") and (
            (r.set_off(c.match.string, c.start, c.end) and r.tense(doc, c) != PAST
             and not r.told_against_other_days(doc, c))
            or r.modifies_name(doc, c)):
        # nowadays: a clause set off in the present (« Aujourd'hui, les jeunes lisent »), or a name's
        # present state (« l'Europe d'aujourd'hui »); a past verb dates an event (« Aujourd'hui, il a
        # démissionné »), and so does yesterday or tomorrow told around it (« Hier, ... Aujourd'hui, ... »)
        return [r.item(c, r.lex.vague_type, "PRESENT_REF", None)]
    pod = r.lex.parts_of_day.get(norm(g["pod"])) if g.get("pod") else None
    return r.day_with_part(c, pub, pub is not None, r.lex.relative_days[word], pod)


def monthday(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    """A day of the month alone (« Le 15, les troupes étaient à Bassora »): that day of the month the
    narrative last fixed (a day or a month named before); nothing when the text fixed none."""
    month_day, known = ref if ref else (None, False)
    if month_day is None:
        return []
    day = safe_date(month_day.year, month_day.month, r.day_num(c.match.group("day")))
    return [r.item(c, "DATE", day_value(day), "day", known)] if day is not None else []


def reldaypart(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    offset, pod = r.lex.relative_day_parts[norm(c.match.group("rdp"))]
    if pub is None:
        return [r.item(c, "TIME", f"XXXX-XX-XXT{pod}", "part_of_day", False)]
    return [r.item(c, "TIME", f"{day_value(pub + timedelta(days=offset))}T{pod}", "part_of_day")]


def anaphor(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    g = c.match.groupdict()
    word = norm(g["ana"])
    offset = r.lex.anaphoric_days[word] if word in r.lex.anaphoric_days else r.lex.anaphoric_part_days[word]
    day, known = ref if ref else (pub, pub is not None)
    pod = r.lex.parts_of_day.get(norm(g["pod"])) if g.get("pod") else None
    return r.day_with_part(c, day, known, offset, pod)


def ordday(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    """An ordinal day of a narrated event (« la troisième journée de grève », "the second day of the
    talks", « la quatrième séance »): the day the narrative stands on (the day its sentence or the text
    last named, else the publication day)."""
    day, known = ref if ref else (pub, pub is not None)
    if day is None:
        return [r.item(c, "DATE", "XXXX-XX-XX", "day", False)]
    return [r.item(c, "DATE", day_value(day), "day", known)]


def weekday(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    g = c.match.groupdict()
    if not r.cased(g["wd"]):
        return []
    follow = norm(c.match.string[c.end:c.end + 12]).split(" ")[0] if c.end < len(c.match.string) else ""
    if follow in r.lex.weekday_rejected_after:
        return []  # "Vendredi saint"
    if r.lex.case_sensitive_names and (g.get("pod") or "")[:1].isupper():
        return []  # a part of day written with a capital after the weekday: a name ("Saturday Night Live")
    wd = r.weekday(g["wd"])
    if wd is None:
        return []
    det = norm(g.get("det") or "")
    mod = g.get("mod") or g.get("mod2")
    pod = r.lex.parts_of_day.get(norm(g["pod"])) if g.get("pod") else None
    span = None
    if det == "on":
        span = (c.match.start("wd"), c.end)
    if det in ("le",) and not mod and not pod and not g.get("same") and not r.one_past_event(c, doc, pub):
        return [r.item(c, "SET", f"XXXX-WXX-{wd}", "day")]  # « le marché a lieu le samedi »
    if pub is None:
        val = f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else "")
        return [r.item(c, "TIME" if pod else "DATE", val, "day", False, span)]
    head = det.split(" ")[-1]  # "this past", "the previous", "this coming", "the following"
    if head in r.lex.last_words:
        direction, strict = "past", True
    elif head in r.lex.next_words:
        direction, strict = "future", True
    elif det in r.lex.this_words or g.get("same"):
        direction, strict = "nearest", False
    else:
        tense = None if mod else r.tense(doc, c)
        direction, strict = r.direction(mod, r.lex, tense)
        if direction == "nearest":
            # no tense of its own: a future verb above the noun it hangs on (« se rendra à Rome jeudi »)
            # says the coming one; else news tells mostly what happened
            verb = r.verb_tense_above(doc, c)
            above = None if mod else r.narrative_of(tense, lambda: verb)
            bare = r.bare_adjunct(doc, c)
            if above == FUTURE:
                direction = "future"
            elif above == PAST and (bare or r.names_subject_time(doc, c)):
                direction = "past"  # « ont imposé des sanctions à l'Iran vendredi »: the parser's noun;
                # « la manifestation de samedi a rassemblé »: what the event did
            elif bare and verb == PRESENT:
                direction = "future"  # « le tribunal rend sa décision lundi »: a present announces
            else:
                direction = "recent"
    d = weekday_date(pub, wd, direction, strict)
    if pod:
        return [r.item(c, "TIME", f"{day_value(d)}T{pod}", "part_of_day", True, span)]
    return [r.item(c, "DATE", day_value(d), "day", True, span)]


def podthis(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    pod = r.lex.parts_of_day[norm(c.match.group("pod"))]
    if pub is None:
        return [r.item(c, "TIME", f"XXXX-XX-XXT{pod}", "part_of_day", False)]
    return [r.item(c, "TIME", f"{day_value(pub)}T{pod}", "part_of_day")]


def podanchored(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    g = c.match.groupdict()
    podword = norm(g["pod"])
    pod = r.lex.parts_of_day[podword]
    has_art, has_pos, pre = bool(g.get("art")), bool(g.get("pos")), norm(g.get("pre") or "")
    if r.lex.parts_of_day_need_cue:
        if podword in r.lex.parts_of_day_need_preposition and not pre:
            return []
        if not has_art and not has_pos and pre not in r.lex.part_of_day_bare_prepositions:
            return []
        if has_art and norm(g["art"]) in r.lex.part_of_day_rejected_articles:
            return []
    day, known = ref if ref else (pub, pub is not None)
    span = (c.match.start("core"), c.match.end("core"))
    if day is None:
        return [r.item(c, "TIME", f"XXXX-XX-XXT{pod}", "part_of_day", False, span)]
    return [r.item(c, "TIME", f"{day_value(day)}T{pod}", "part_of_day", known, span)]


def clock(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    g = c.match.groupdict()
    h = int(g["h"])
    mnt = int(g["m"]) if g.get("m") else 0
    pre = norm(g.get("pre") or "")
    prev = r.prev_words(c.match.string, c.start, 20)
    if not pre and any(prev.endswith(w) for w in r.lex.clock_duration_before):
        if g.get("ampm"):
            pass
        else:
            span = (c.match.start("h"), c.end)
            val = f"PT{h}H" + (f"{mnt}M" if mnt else "")
            return [r.item(c, "DURATION", val, "hour", True, span)]
    ampm = r.lex.clock_halves.get(norm(g.get("half") or "")) or norm(g.get("ampm") or "").replace(".", "")
    if ampm == "pm" and h < 12:
        h += 12
    elif ampm == "am" and h == 12:
        h = 0
    if h > 24 or (h == 24 and mnt):
        return []
    span = (_approximated_start(c, "h"), c.end)
    listed = _listed_clock(r, c, ref, pub)
    return listed + r.clock_item(c, ref, pub, f"{h:02d}:{mnt:02d}", span)


def _listed_clock(r: Tools, c: Candidate, ref: Ref | None, pub: date | None) -> list[Time]:
    """The first clock time of a list after one preposition (« à 18 heures, 20 heures »: group ``first``)."""
    if not c.match.groupdict().get("first"):
        return []
    h0, m0 = int(c.match.group("h0")), int(c.match.group("m0") or 0)
    if h0 > 24 or (h0 == 24 and m0):
        return []
    return r.clock_item(c, ref, pub, f"{h0:02d}:{m0:02d}", (c.match.start("first"), c.match.end("first")))


def _approximated_start(c: Candidate, core: str) -> int:
    """Where a clock time starts: at its word of approximation (group ``apx`` or ``apx2``, "around 9 p.m.",
    "at about noon": TimeML mod="APPROX", inside the TIMEX3), else at its ``core`` group."""
    g = c.match.groupdict()
    for name in ("apx", "apx2"):
        if g.get(name):
            return c.match.start(name)
    return c.match.start(core)


def clockword(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    word = c.match.group("cw")
    if word[:1].isupper() and not c.match.group("pre") and not c.match.groupdict().get("apx"):
        return []
    return r.clock_item(c, ref, pub, r.lex.clock_words[norm(word)],
                            (_approximated_start(c, "cw"), c.end))


def nightspan(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    """A part of day between two weekdays (« la nuit de jeudi à vendredi », "the night of Thursday to
    Friday"): one TIME on the first day; the second day is placed by the clause's tense (a past clause
    said on a Friday means the night just over)."""
    g = c.match.groupdict()
    if g.get("d1"):
        return _night_of_days(r, c, doc, pub, g)
    if not r.cased(g["wd"]) or not r.cased(g["wd2"]):
        return []
    wd, wd2 = r.weekday(g["wd"]), r.weekday(g["wd2"])
    pod = r.lex.parts_of_day.get(norm(g["pod"]))
    if wd is None or wd2 is None or pod is None or wd2 != wd % 7 + 1:
        return []
    if pub is None:
        return [r.item(c, "TIME", f"XXXX-WXX-{wd}T{pod}", "part_of_day", False)]
    direction, _strict = r.direction(None, r.lex, r.tense(doc, c))
    second = weekday_date(pub, wd2, direction)
    night = r.item(c, "TIME", f"{day_value(second - timedelta(days=1))}T{pod}", "part_of_day")
    mark_night_into_next_day(doc, night)
    return [night]


def _night_of_days(r: Tools, c: Candidate, doc: Doc, pub: date | None, g: dict[str, str | None]) -> list[Time]:
    """The night between a day and the next one of a month (« la nuit du 2 au 3 octobre », « du 31
    décembre au 1er janvier 2020 »): one TIME on the first day, found from the second one."""
    month = r.month(g["month"] or "")
    pod = r.lex.parts_of_day.get(norm(g["pod"] or ""))
    if month is None or pod is None or not r.cased(g["month"]) or not r.cased(g.get("month1")):
        return []
    year = r.year(g["year"] or "", pub) if g.get("year") else None
    out = []
    for t in r.day_item(c, doc, pub, r.day_num(g["day"] or ""), month, year, None):
        if not DAY_RE.match(t.value):
            return []
        first = date.fromisoformat(t.value[:10]) - timedelta(days=1)
        month1 = r.month(g["month1"] or "") if g.get("month1") else first.month
        if first.day != r.day_num(g["d1"] or "") or first.month != month1:
            return []  # « du 2 au 5 octobre »: no night between them
        night = r.item(c, "TIME", f"{day_value(first)}T{pod}", "part_of_day")
        mark_night_into_next_day(doc, night)
        out.append(night)
    return out


def weekday_in_sequence(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    """A weekday after or before the narrative's day (« le lundi suivant », « le mardi précédent »:
    TimeML anchors it on the reference time): the first such weekday strictly after or before that day."""
    g = c.match.groupdict()
    wd = r.weekday(g["wd"])
    way = r.lex.weekday_sequence.get(norm(g["seq"]))
    if wd is None or way is None or not r.cased(g["wd"]):
        return []
    day, known = ref if ref else (pub, pub is not None)
    if day is None:
        return [r.item(c, "DATE", f"XXXX-WXX-{wd}", "day", False)]
    d = weekday_date(day, wd, "future" if way > 0 else "past", strict=True)
    return [r.item(c, "DATE", day_value(d), "day", known)]
