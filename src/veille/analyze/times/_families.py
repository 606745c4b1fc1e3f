"""The table of rule families: the family a grammar rule declares names its typed handler here.

A rule of ``data/lang/<code>/times/grammar.yaml`` says ``family: weekday``; the grammar binds it to
``weekday`` below once, when it is loaded (an unknown family is a :class:`GrammarError` then), so
matching never looks a handler up by name.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from types import MappingProxyType

from spacy.tokens import Doc

from veille.analyze.times import _rules_dates as dates
from veille.analyze.times import _rules_days as days
from veille.analyze.times import _rules_durations as durations
from veille.analyze.times import _rules_periods as periods
from veille.analyze.times import _rules_vague as vague
from veille.analyze.times._tools import Candidate, Ref, Tools
from veille.contract.models import Time

Handler = Callable[[Tools, Candidate, Doc, "date | None", "Ref | None"], list[Time]]

FAMILIES: Mapping[str, Handler] = MappingProxyType({
    # absolute dates
    "date": dates.day_date, "daylist": dates.daylist, "numdate": dates.numdate, "isodate": dates.isodate,
    "monthyear": dates.monthyear, "month": dates.month, "partyear": dates.partyear,
    "yearrange": dates.yearrange, "year": dates.year, "shortyear": dates.shortyear, "wordyear": dates.wordyear,
    "nthweekday": dates.nthweekday, "weekof": dates.weekof,
    "decade": dates.decade, "century": dates.century,
    "holiday": dates.holiday,
    # days, parts of day, clock times
    "relday": days.relday, "reldaypart": days.reldaypart, "anaphor": days.anaphor, "weekday": days.weekday,
    "podthis": days.podthis, "podanchored": days.podanchored, "clock": days.clock,
    "clockword": days.clockword, "nightspan": days.nightspan, "wdseq": days.weekday_in_sequence,
    "ordday": days.ordday, "monthday": days.monthday,
    # calendar periods
    "period": periods.period, "season": periods.season, "yearpart": periods.yearpart,
    "shifted": periods.shifted, "tensed": periods.tensed,
    "quarterref": periods.quarterref, "anayear": periods.anayear,
    "anaseason": periods.anaseason,
    # durations, offsets, sets
    "duration": durations.duration, "window": durations.window, "bareplural": durations.bareplural,
    "bareobject": durations.bareobject, "aobject": durations.aobject,
    "fiscalyear": durations.fiscalyear, "unitlong": durations.unitlong,
    "fixed": durations.fixed, "durrange": durations.durrange, "approxdur": durations.approxdur,
    "halfdur": durations.halfdur,
    "ago": durations.ago, "in": durations.in_, "set": durations.every, "setper": durations.setper,
    "setadj": durations.setadj,
    # vague references
    "vague": vague.vague, "untilnow": vague.untilnow,
})
# families anchored on the narrative's day (resolved in a second pass, after the dates they follow)
ANCHORED = frozenset({"clock", "clockword", "podanchored", "anaphor", "shifted", "quarterref", "anayear",
                      "ordday", "wdseq", "anaseason", "monthday"})
