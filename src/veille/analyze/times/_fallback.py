"""dateparser as a last resort for date entities (spaCy DATE/TIME) that the rules did not cover.

Only tried on short entity texts that name a month or a weekday or hold a numeric date, and cached:
dateparser is slow, so it must stay off the common path.
"""

from __future__ import annotations

import logging
import re
from datetime import date, datetime, time

from veille.analyze.times._calendar import iso_week
from veille.analyze.times._lexicon import TimeLexicon

log = logging.getLogger(__name__)
# a numeric date: with slashes ("6/4", "6/4/2016"), or with points and its year ("12.05.2015"); points without a
# year are a decimal quantity ("magnitude 6.4"), no day and month
_NUMERIC = re.compile(r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b|\b\d{4}-\d{2}(?:-\d{2})?\b")
_AGE = re.compile(r"\d+[\s-]*(?:years?|months?|weeks?)[\s-]*old|\bage[ds]?\b", re.IGNORECASE)
_MAX_CACHE = 4096


class DateparserFallback:
    def __init__(self, lex: TimeLexicon) -> None:
        self.lang = lex.lang
        names = [*lex.months, *lex.weekdays]
        flags = 0 if lex.case_sensitive_names else re.IGNORECASE
        alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        self._names = re.compile(r"\b(?:" + alternatives + r")\b", flags)
        self._cache: dict[tuple[str, date], tuple[str, str, str] | None] = {}

    def worth_trying(self, text: str) -> bool:
        if len(text) > 40 or _AGE.search(text):
            return False
        return bool(self._names.search(text) or _NUMERIC.search(text))

    def parse(self, text: str, published: date) -> tuple[str, str, str] | None:
        """(type, value, granularity) or None."""
        key = (text, published)
        if key in self._cache:
            return self._cache[key]
        result = self._parse(text, published)
        if len(self._cache) >= _MAX_CACHE:
            self._cache.clear()
        self._cache[key] = result
        return result

    def _parse(self, text: str, published: date) -> tuple[str, str, str] | None:
        try:
            from dateparser.date import DateDataParser
        except ImportError:  # pragma: no cover - dateparser is a declared dependency
            return None
        settings = {"RELATIVE_BASE": datetime.combine(published, time(12, 0)),
                    "PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True}
        try:
            data = DateDataParser(languages=[self.lang], settings=settings).get_date_data(text)
        except (ValueError, TypeError, OverflowError) as exc:
            log.debug("dateparser failed on %r: %s", text, exc)
            return None
        d, period = data.date_obj, data.period
        if d is None:
            return None
        if period == "time":
            return "TIME", d.strftime("%Y-%m-%dT%H:%M"), "minute"
        if period == "week":
            return "DATE", iso_week(d.date()), "week"
        if period == "month":
            return "DATE", d.strftime("%Y-%m"), "month"
        if period == "year":
            return "DATE", d.strftime("%Y"), "year"
        return "DATE", d.strftime("%Y-%m-%d"), "day"
