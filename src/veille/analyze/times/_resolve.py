"""From rule matches to TIMEX3 ``Time`` records, anchored on the publication date.

Two passes: expressions anchored on the publication date first (absolute dates, weekdays, "hier",
"la semaine dernière"...), then those anchored on the day last mentioned in the text (clock times,
parts of day, "le lendemain"), which look for a day in the same sentence first.

A rule's handler that fails on a match (a day 31 in a 30-day month, an overflowing number) gives no
record for that match; the failure is logged with the rule's name (``veille -vv``) and counted in
``Resolver.rule_errors``.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from veille.analyze.extensions import doc_ents, doc_text
from veille.analyze.times._calendar import safe_date, shift_months
from veille.analyze.times._fallback import DateparserFallback
from veille.analyze.times._families import ANCHORED
from veille.analyze.times._grammar import Grammar, Rule
from veille.analyze.times._lexicon import TimeLexicon, norm
from veille.analyze.times._ranges import forward_weekday_ranges
from veille.analyze.times._tense import (
    FUTURE,
    PAST,
    describes_a_noun,
    governing_lemma,
    governing_tense,
    reporting_verb,
    sentence_tense,
)
from veille.analyze.times._titles import in_a_title
from veille.analyze.times._tools import DAY_RE, Candidate, Ref, Tools, as_date
from veille.contract.models import Time
from veille.timex import day_range

log = logging.getLogger(__name__)
# families whose match states a year, and families that may leave it to the narrative
EXPLICIT_YEAR = frozenset({"year", "yearrange", "monthyear", "isodate", "numdate", "partyear"})
YEARLESS = frozenset({"date", "daylist", "month", "yearpart", "season"})
FRAME_OFFSET = 4  # characters from the sentence start to a framing year ("En 2003", "In 1998")
NARRATIVE_DAYS = 62  # days after a full date within which a year-less day is a step of its narrative
NEAR_YEAR = 40  # characters from a non-framing year to a year-less date it still fixes
QUARTER_SENTENCES = 1  # sentences after a fiscal quarter where "a year ago" is that quarter whatever it compares
FIGURE_LABELS = frozenset({"MONEY", "PERCENT"})  # entities of a figure a report compares with a year before


def find_candidates(text: str, grammar: Grammar) -> list[tuple[Candidate, Rule]]:
    """Every rule match, then the longest non-overlapping ones (rule order breaks ties). Only the rules
    whose required words the text holds are run (``Grammar.filter``): the others cannot match."""
    found: list[tuple[Candidate, Rule]] = []
    for rule in grammar.filter.candidates(text):
        for m in rule.pattern.finditer(text):
            if m.end() > m.start():
                found.append((Candidate(m.start(), m.end(), rule.name, rule.family, m, rule.priority), rule))
    found.sort(key=lambda cr: (-(cr[0].end - cr[0].start), cr[0].priority, cr[0].start))
    taken: list[tuple[int, int]] = []
    chosen: list[tuple[Candidate, Rule]] = []
    for c, rule in found:
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        taken.append((c.start, c.end))
        chosen.append((c, rule))
    chosen.sort(key=lambda cr: cr[0].start)
    return chosen


class Resolver:
    """Turns the candidates of one document into Time records."""

    def __init__(self, lex: TimeLexicon, grammar: Grammar,
                 fallback: DateparserFallback | None = None) -> None:
        self.lex = lex
        self.grammar = grammar
        self.fallback = fallback
        self.tools = Tools(lex)
        self.rule_errors: Counter[str] = Counter()  # failures per rule name, since this resolver was made
        suffixes = "|".join(r"\s+".join(re.escape(w) for w in s.split()) for s in lex.approximation_suffixes)
        self.approximation = re.compile(r"[ \t]+(?:" + suffixes + r")(?![\w])", re.IGNORECASE) if suffixes else None

    def resolve(self, doc: Doc, published: date | None) -> list[Time]:
        self.tools.parsed = doc.has_annotation("DEP")  # per-call scratch: checked once, not per match
        text = doc_text(doc)  # spaCy joins the tokens' texts at each call: once per document
        cands = find_candidates(text, self.grammar)
        sent_starts = _sentence_starts(doc, text, self.lex.final_abbreviations)
        out: list[Time] = []
        deferred: list[tuple[Candidate, Rule]] = []
        handled: list[tuple[Candidate, list[Time]]] = []
        for c, rule in cands:
            if c.kind in ANCHORED or (c.kind == "period" and self._period_is_anchored(c)):
                deferred.append((c, rule))
                continue
            items = self._handle(rule, c, doc, published, None)
            if c.kind == "ago":
                self._shift_quarter(c, items, out, sent_starts, doc)
            handled.append((c, items))
            out.extend(items)
        if published is not None:
            self._narrative_years(handled, doc, sent_starts, published)
        comparisons: set[int] = set()  # quarters of another year named for comparison ("the 1988 period")
        for c, rule in deferred:
            refs = [t for t in out if id(t) not in comparisons] if comparisons else out
            ref = self._ref_day(c, refs, sent_starts, published, doc)
            items = self._handle(rule, c, doc, published, ref)
            if c.kind == "shifted":
                self._shift_quarter(c, items, refs, sent_starts, doc)
            if c.match.groupdict().get("qyear"):
                comparisons.update(id(t) for t in items)
            out.extend(items)
        out.sort(key=lambda t: (t.start, t.end))
        out = _drop_nested(out)
        out = _with_approximation(out, text, self.approximation)
        out = self._join_day_and_clock(out, text)
        titles = [t for t in out if in_a_title(t, text, sent_starts, self.lex.lowercase_time_words,
                                                  self.lex.holidays)]
        if titles:  # CBS's "60 Minutes", ABC's "This Week": names, no time
            out = [t for t in out if t not in titles]
        forward_weekday_ranges(out, text, self.tools.weekday)
        if self.fallback is not None and published is not None:
            # taken: what the rules found, and the dates they found inside a name ("the September 11
            # Commission", "This Week"), which stay out
            taken = [(t.start, t.end) for t in out + titles]
            taken += [(c.start, c.end) for c, items in handled if not items and self.tools.in_name(c)]
            out.extend(self._fallback_items(self.fallback, doc, taken, published))
        out.sort(key=lambda t: (t.start, t.end))
        return out

    def _join_day_and_clock(self, items: list[Time], text: str) -> list[Time]:
        """A day and a clock time of that day side by side are one expression (TimeML: "10 a.m. Friday",
        « jeudi à 6 h », "09:30 GMT Sunday"): one TIME spanning both, with the clock time's value."""
        out: list[Time] = []
        i = 0
        while i < len(items):
            a = items[i]
            b = items[i + 1] if i + 1 < len(items) else None
            if b is not None and a.resolved and b.resolved and self._joinable_gap(a, b, text):
                day, clock = (a, b) if a.type == "DATE" else (b, a)
                if day.type == "DATE" and clock.type == "TIME" and DAY_RE.match(day.value) \
                        and clock.value.startswith(day.value + "T") and clock.value[11:12].isdigit():
                    out.append(Time(start=a.start, end=b.end, text=text[a.start:b.end], type="TIME",
                                    value=clock.value, resolved=True, granularity=clock.granularity))
                    i += 2
                    continue
            out.append(a)
            i += 1
        return out

    def _joinable_gap(self, a: Time, b: Time, text: str) -> bool:
        """Whether what stands between ``a`` and ``b`` is a joiner of a day and a clock time: the gap itself or,
        the clock's closing zone read as part of it ("9 a.m. EST on Tuesday"; "5 p.m. EST, Nov. 6" joins on
        its comma); the clock's opening approximation always counts ("on Wednesday at around noon": two)."""
        gap = text[a.end:b.start] + self._leading_approximation(b)
        return any(norm(g) in self.lex.clock_day_joiners for g in (gap, self._trailing_zone(a) + gap))

    def _trailing_zone(self, clock: Time) -> str:
        """The zone a clock time closes with ("9 a.m. EST", "16:53 local time"), which joins a day after it as
        a word of the gap would ("9 a.m. EST on Tuesday" one expression, as "EST on" is a joiner); "" when
        there is none."""
        words = clock.text.split()
        for n in (2, 1):
            tail = " ".join(words[-n:])
            if len(words) > n and not tail[:1].isdigit() and norm(tail) in self.lex.clock_day_joiners:
                return tail + " "
        return ""

    def _leading_approximation(self, clock: Time) -> str:
        """The word of approximation a clock time opens with ("around noon"), which joins a day before it as
        a word of the gap would ("Wednesday around noon" one expression, "Wednesday at around noon" two); ""
        when there is none."""
        first = clock.text.split(" ", 1)[0]
        return " " + first if len(clock.text) > len(first) and norm(first) in self.lex.clock_approximations else ""

    def _narrative_years(self, handled: list[tuple[Candidate, list[Time]]], doc: Doc,
                         sent_starts: list[int], published: date) -> None:
        """A month or day without a year takes the explicit year the narrative gives (TempEval's
        reference time): a year that frames its sentence (a fronted adverbial, "En 2003, ...", "In
        1998 the strike ...") holds for the rest of that sentence and the next one; any year of a
        sentence holds for a date that opens the next one (« ... en 1998. Le 12 mars, ... »); another
        year holds only for what follows it closely in its sentence ("in 1998 on Oct. 23", "in 2018, in
        January", the publication's year too); after a frame, a later year of a main clause of its sentence holds
        for the next one (``_carried_years``); unless the clause's tense points the other way (a future verb
        with a past year), or a weekday named with the day falls elsewhere in that year."""
        # (sentence, start, year, frame, main) of explicit years; a frame opens its sentence ("En 2003,
        # ..."); a main one hangs on the verb of the sentence's main clause (not "built in 1987")
        explicit: list[tuple[int, int, int, bool, bool]] = []
        full_days: list[tuple[int, date]] = []  # (start, day) of the dates that state day, month and year
        for c, items in handled:
            if c.kind in EXPLICIT_YEAR or c.match.groupdict().get("year"):
                for t in items:
                    if t.value[:4].isdigit() and t.type == "DATE":
                        sid = bisect_right(sent_starts, t.start)
                        if self._bounding_year(c.match.string, t):
                            continue  # "since 2009", « depuis octobre 2009 »: a bound, not the narrative's time
                        fronted = bool(sid) and self.tools.parsed and _in_fronted_phrase(
                            doc, sent_starts[sid - 1], t, self.lex.frame_rejected_cues)
                        if not fronted and self.tools.parsed and _year_modifies_noun(
                                doc, t, self.lex.noun_year_prepositions):
                            continue  # "the fiscal 1997 budget", « le budget 2000 »: the noun's year
                        frame = fronted or (bool(sid) and t.start - sent_starts[sid - 1] <= FRAME_OFFSET)
                        main = self.tools.parsed and _in_main_clause(doc, t.start)
                        explicit.append((sid, t.start, int(t.value[:4]), frame, main))
                        if DAY_RE.match(t.value):
                            full_days.append((t.start, date.fromisoformat(t.value[:10])))
        if not explicit:
            return
        for c, items in handled:
            g = c.match.groupdict()
            if c.kind not in YEARLESS or any(g.get(k) for k in ("year", "year0", "mod", "cue", "yrel")) \
                    or self._shifted_article(g.get("art")):
                continue  # "this year's third quarter", "last summer": the text fixes their year
            sid = bisect_right(sent_starts, c.start)
            # a near year of a clause of its own (« Le club, fondé en 1901, a gagné en mai ») does not reach
            # a date of the main clause
            date_main = self.tools.parsed and _in_main_clause(doc, c.start)
            before = [y for s, start, y, frame, main in explicit
                      if s == sid and start < c.start
                      and (frame or (c.start - start <= NEAR_YEAR and (main or not date_main)))]
            # a date that itself opens its sentence (« Le 12 mars, ... ») goes on from a year of the main
            # clause of the sentence before; a date inside its sentence only from a year that framed it
            opens = bool(sid) and c.start - sent_starts[sid - 1] <= FRAME_OFFSET
            previous = _carried_years(explicit, sid - 1, opens, doc if self.tools.parsed else None)
            year = before[-1] if before else previous[-1] if previous else None
            if year is None and c.kind == "date":
                year = _year_of_narrative_day(full_days, explicit, c.start, items)
            if year is None or (year == published.year and not before):
                continue  # the publication's year is the default; a near one still beats the clause's tense
            tense = self.tools.tense(doc, c)
            if (year < published.year and tense == FUTURE) or (year > published.year and tense == PAST):
                continue
            weekday = self.tools.weekday(g["wd"]) if g.get("wd") else None
            moved = False
            for t in items:
                value = f"{year:04d}" + t.value[4:]
                if t.value[:4].isdigit() and t.resolved and _valid(value, weekday):
                    t.value = value
                    moved = True
            if moved:  # the narrative stays in that year: it is the reference time of what follows
                explicit.append((sid, c.start, year, opens, self.tools.parsed and _in_main_clause(doc, c.start)))

    def _bounding_year(self, text: str, t: Time) -> bool:
        """Whether a cue that bounds a stretch of time opens ``t`` ("since 2009", « depuis octobre 2009 »,
        « d'ici à 2015 »): the year is an end of that stretch, it places no other date of the text."""
        prev = self.tools.prev_words(text, t.start, 14)
        cues = self.lex.frame_rejected_cues + self.lex.past_cues + self.lex.future_cues
        return any(prev == w or prev.endswith(" " + w) for w in cues)

    def _shifted_article(self, art: str | None) -> bool:
        """A determiner that places a period from today ("this", "last", "next"), not from the narrative."""
        word = norm(art or "")
        return bool(word) and (word in self.lex.this_words or word in self.lex.last_words
                               or word in self.lex.next_words or word.split(" ")[0] in self.lex.this_words)

    def _shift_quarter(self, c: Candidate, items: list[Time], out: list[Time], sent_starts: list[int],
                       doc: Doc) -> None:
        """"a year earlier", "a year ago" after a fiscal quarter the report is about are that quarter a year
        back, not a whole year: in the quarter's sentence or the next ("a third-quarter loss, against a profit a
        year earlier"), and further on in a sentence that compares a figure (a sum, a percentage: "Third-quarter
        profit fell. ... Revenue declined to $85 million from $93 million a year earlier"), not one that tells
        an event ("Its plant opened a year ago"). See :meth:`_reported_quarter`."""
        g = c.match.groupdict()
        ago = c.kind == "ago"
        if self.lex.units.get(norm(g.get("unit") or "")) != "year" or not (g.get("dir") or ago):
            return
        quarter = self._reported_quarter(c, out)
        if quarter is None:
            return
        sid = bisect_right(sent_starts, c.start)
        if bisect_right(sent_starts, quarter.start) < sid - QUARTER_SENTENCES:
            end = sent_starts[sid] if sid < len(sent_starts) else len(doc_text(doc))
            start = sent_starts[sid - 1] if sid else 0
            if not any(e.label_ in FIGURE_LABELS and start <= e.start_char < end for e in doc_ents(doc)):
                return
        num = norm(g.get("num") or "")
        n = 1.0 if num in self.lex.indefinite_articles else self.tools.number(num) if num else None
        if n is None or not float(n).is_integer():
            return
        k = int(n) * (-1 if ago or norm(g["dir"]) in self.lex.earlier_words else 1)
        for t in items:
            if t.value[:4].isdigit() and len(t.value) == 4:
                t.value = f"{int(quarter.value[:4]) + k:04d}{quarter.value[4:]}"
                t.granularity = "quarter"

    def _reported_quarter(self, c: Candidate, items: list[Time]) -> Time | None:
        """The fiscal quarter a report is about: the last period the text fixed before ``c``,
        when it is a quarter (the narrative's reference time stays on it through the paragraphs after it); None
        when the text named another period since, a date or a span ("In 1987 it earned $3 million; a year
        earlier": 1986; "For the nine months, ... a year earlier": the year before), or a comparison period
        only ("the year-earlier quarter"). The day that closes the quarter ("the quarter ended Sept. 30",
        `period_ended_words`) is the quarter's own."""
        text = c.match.string
        before = sorted((t for t in items if t.start < c.start), key=lambda t: t.start, reverse=True)
        for t in before:
            if any(w in norm(t.text) for w in self.lex.year_earlier_words):
                continue
            if QUARTER_RE.match(t.value):
                return t
            words = text[:t.start].split()
            if t.type == "DURATION" or (YEAR_RE.match(t.value)
                                        and not (words and norm(words[-1]) in self.lex.period_ended_words)):
                return None
        return None

    def _handle(self, rule: Rule, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
        try:
            return rule.handler(self.tools, c, doc, pub, ref)
        except (ValueError, OverflowError, KeyError) as exc:
            self.rule_errors[rule.name] += 1
            log.debug("times rule %s failed on %r: %s: %s", rule.name, c.match.group(0),
                      type(exc).__name__, exc)
            return []

    def _fallback_items(self, fallback: DateparserFallback, doc: Doc, taken: list[tuple[int, int]],
                        published: date) -> list[Time]:
        extra: list[Time] = []
        for ent in doc_ents(doc):
            if ent.label_ not in ("DATE", "TIME"):
                continue
            s, e = ent.start_char, ent.end_char
            if any(a < e and s < b for a, b in taken) or not fallback.worth_trying(ent.text):
                continue
            parsed = fallback.parse(ent.text, published)
            if parsed:
                typ, value, gran = parsed
                extra.append(Time(start=s, end=e, text=ent.text, type=typ, value=value,
                                  resolved=True, granularity=gran))
        return extra

    def _period_is_day(self, c: Candidate) -> bool:
        info = self.lex.period_phrases.get(norm(c.match.group("per")))
        return bool(info and info[0] == "day")

    def _period_is_anchored(self, c: Candidate) -> bool:
        """A period on the narrative's day: a day ("plus tard dans la journée") or a period an anaphoric
        word places ("the following week", « le mois suivant », « cette semaine-là »)."""
        phrase = norm(c.match.group("per"))
        info = self.lex.period_phrases.get(phrase)
        if not info:
            return False
        return info[0] == "day" or any(m in phrase for m in self.lex.anaphoric_period_markers)

    def _ref_day(self, c: Candidate, items: list[Time], sent_starts: list[int],
                 published: date | None, doc: Doc) -> Ref:
        """The day an anchored expression refers to, and whether it is known."""
        if c.kind == "quarterref":
            return _ref_quarter(c, self._completed_quarters(c, items, doc, published), self.lex.year_earlier_words)
        if c.kind == "anayear":
            return _ref_year(c, items, published)
        if c.kind == "anaseason":
            return _ref_period_start(c, items, published)
        if c.kind == "period" and not self._period_is_day(c):  # "the following month" after "In March"
            return _ref_month(c, items, published)
        if c.kind == "monthday":  # « Le 15, ... »: the month the narrative last fixed, none without one
            return _ref_month(c, items, None)
        if c.kind == "shifted" and (own := self._shifted_from_sentence(c, items, sent_starts)) is not None:
            return own
        # by position: the anchored items resolved before this one come after the others in ``items``
        days = sorted(((t.start, t) for t in items if DAY_RE.match(t.value)), key=lambda st: st[0])
        if c.kind == "anaphor":
            if (event_day := self._day_of_named_event(c, days, sent_starts)) is not None:
                return event_day
            days = self._narrated_days(doc, days)
        if c.kind in ("anaphor", "podanchored") and self.tools.parsed:
            # « le soir même », "the next day" after "the reform, unveiled on January 10": not that day
            days = [(s, t) for s, t in days if not describes_a_noun(doc, t.start, t.end, True)] or days
        if days:
            sid = bisect_right(sent_starts, c.start)
            same = [(s, t) for s, t in days if bisect_right(sent_starts, s) == sid]
            before_same = [t for s, t in same if s < c.start]
            if before_same:
                return self._day_of(c, before_same[-1]), before_same[-1].resolved
            if c.kind in ("clock", "clockword", "podanchored"):
                after_same = [t for s, t in same if s > c.start]
                if after_same and published is not None and not self._own_day(c, after_same[0]):
                    after_same = self._agreeing_days(doc, c, after_same, published)
                if after_same:
                    return self._day_of(c, after_same[0]), after_same[0].resolved
            before = [t for s, t in days if s < c.start]
            if before and published is not None:
                before = self._agreeing_days(doc, c, before, published)
            if before:
                return self._day_of(c, before[-1]), before[-1].resolved
        return published, published is not None

    def _day_of_named_event(self, c: Candidate, days: list[tuple[int, Time]], sent_starts: list[int]) -> Ref | None:
        """The day an anaphor followed by the event it counts from (`anaphoric_day_event_links`: « à la veille du
        vote », « au lendemain de l'annonce », "on the eve of the vote") places that event on: the expression is
        the day of its own clause, the day its sentence names (before it, else after it), so the event lies that
        many days the other way (« Mardi, la ministre a démissionné à la veille du vote »: the vote on
        Wednesday, the eve Tuesday). None without a link or without a day in its sentence."""
        after = norm(c.match.string[c.end:c.end + 8])
        if not any(after.startswith(link if link.endswith("'") else link + " ")
                   for link in self.lex.anaphoric_day_event_links):
            return None
        sid = bisect_right(sent_starts, c.start)
        same = [(s, t) for s, t in days if bisect_right(sent_starts, s) == sid and not c.start <= s < c.end]
        for s, t in same:  # the event is a day itself (« la veille de Noël », "the eve of the March 3 vote")
            if s >= c.end and self._links_to(norm(c.match.string[c.end:s])) and (linked := as_date(t)) is not None:
                return linked, t.resolved
        own = [t for s, t in same if s < c.start][-1:] or [t for s, t in same if s > c.start][:1]
        day = as_date(own[0]) if own else None
        if day is None:
            return None
        word = norm(c.match.group("ana"))
        offset = self.lex.anaphoric_days.get(word, self.lex.anaphoric_part_days.get(word, 0))
        return day - timedelta(days=offset), own[0].resolved

    def _links_to(self, gap: str) -> bool:
        """Whether ``gap`` is a link of `anaphoric_day_event_links`, an article after it or not (« de », « du »,
        "of the")."""
        links = self.lex.anaphoric_day_event_links
        return gap in links or any(gap == (link + art if link.endswith("'") else f"{link} {art}")
                                   for link in links for art in self.lex.articles)

    def _completed_quarters(self, c: Candidate, items: list[Time], doc: Doc, published: date | None) -> list[Time]:
        """The items "the latest quarter", "the most recent period" (`reported_quarter_words`) may refer to:
        without the quarters not over at the publication that no past verb reports ("the storm will result in
        a fourth-quarter charge", "no estimate of fourth-quarter results" said in November); a fiscal quarter
        reported in the past ("reported a decline in fourth-quarter earnings") stays."""
        qref = norm(c.match.groupdict().get("qref") or "")
        if published is None or not any(f" {w} " in f" {qref} " for w in self.lex.reported_quarter_words):
            return items
        return [t for t in items if not (
            (m := QUARTER_RE.match(t.value)) and published < date(*shift_months(int(m[1]), 3 * int(m[2]) - 2, 3), 1)
            and self._tense_of(doc, t) != PAST)]

    def _tense_of(self, doc: Doc, t: Time) -> str | None:
        """The tense of the clause of ``t``, else of the verb above the noun it modifies."""
        own = governing_tense(doc, t.start, t.end, self.tools.parsed, self.lex.tense_words)
        return self.tools.narrative_of(own, lambda: sentence_tense(doc, t.start, t.end, self.tools.parsed,
                                                                   self.lex.tense_words))

    def _shifted_from_sentence(self, c: Candidate, items: list[Time], sent_starts: list[int]) -> Ref | None:
        """"for 2023, against $1 billion a year earlier", « en mars 2020, contre 7 % un an auparavant »: a
        shift in years or months counts from the period its own sentence fixed last before it (a year, a month,
        a day), not only from a day; None without one."""
        if self.lex.units.get(norm(c.match.groupdict().get("unit") or "")) not in ("year", "month"):
            return None
        sid = bisect_right(sent_starts, c.start)
        own = [t for t in items if bisect_right(sent_starts, t.start) == sid]
        ref, known = _ref_period_start(c, own, None)
        return (ref, known) if ref is not None else None

    def _day_of(self, c: Candidate, anchor: Time) -> date | None:
        """:func:`_day_of`, and a morning anchored on a night is the morning that night ends in (« Dans la nuit
        de dimanche à lundi, ... En fin de matinée, ... »: Monday; `night_end_parts`)."""
        day = _day_of(c, anchor)
        pod = norm(c.match.groupdict().get("pod") or "")
        if day is not None and c.kind == "podanchored" and anchor.value.endswith("TNI") \
                and self.lex.parts_of_day.get(pod) in self.lex.night_end_parts:
            return day + timedelta(days=1)
        return day

    def _narrated_days(self, doc: Doc, days: list[tuple[int, Time]]) -> list[tuple[int, Time]]:
        """The days the narrative fixed, without those of a verb of saying (`saying_verbs`: "police said
        Tuesday" dates the report, not the events "the following day" counts from); all of them when every
        day is a saying's."""
        if not self.lex.saying_verbs or not self.tools.parsed:
            return days
        told = [(s, t) for s, t in days
                if governing_lemma(doc, t.start, t.end, True) not in self.lex.saying_verbs]
        return told or days

    def _own_day(self, c: Candidate, day: Time) -> bool:
        """Whether ``day`` follows the clock time ``c`` as its own ("9 a.m. EST Tuesday", "5 p.m. on Nov. 9"):
        nothing but a joiner or a short word (a time zone) between them."""
        gap = c.match.string[c.end:day.start]
        return norm(gap) in self.lex.clock_day_joiners or len(gap.strip(" ,")) <= OWN_DAY_GAP

    def _agreeing_days(self, doc: Doc, c: Candidate, days: list[Time], published: date) -> list[Time]:
        """The days named elsewhere (earlier sentences, later in its own) that can be the reference of ``c``: a
        past clause tells nothing after the publication, a future one nothing before it ("The bank meets on
        Thursday. Roads were clear by 6 a.m.": the morning of the report, not Thursday's)."""
        own = governing_tense(doc, c.start, c.end, self.tools.parsed, self.lex.tense_words)  # the verb's, not a cue's
        tense = self.tools.narrative_of(own, lambda: self.tools.verb_tense_above(doc, c))
        if tense not in (PAST, FUTURE):
            return days
        sign = -1 if tense == PAST else 1
        return [t for t in days if (d := as_date(t)) is not None and sign * (d - published).days >= 0]


OWN_DAY_GAP = 4  # characters between a clock time and the day it belongs to ("on", "EST", « le »)
SMALL_HOURS = 6  # a clock time before this hour, on a night, is already the next day's


def _day_of(c: Candidate, anchor: Time) -> date | None:
    """The day a clock time of ``c`` falls on, anchored on ``anchor``: a clock time of the small hours on a
    night is the next morning's (« dans la nuit de samedi à dimanche ... à 4 h »: Sunday)."""
    day = as_date(anchor)
    g = c.match.groupdict()
    if day is not None and c.kind == "clock" and anchor.value.endswith("TNI") and g.get("h") \
            and int(g["h"]) < SMALL_HOURS and norm(g.get("ampm") or "").replace(".", "") != "pm":
        return day + timedelta(days=1)
    return day


def _year_of_narrative_day(full_days: list[tuple[int, date]], explicit: list[tuple[int, int, int, bool, bool]],
                           start: int, items: list[Time]) -> int | None:
    """The year of the last full date before ``start`` ("found on July 1, 1999") when the day and month of
    ``items`` fall in it at most ``NARRATIVE_DAYS`` after that date and no other year was written between them
    ("... It was on July 7 that ...": the narrative has gone on a few days); None otherwise (a day before the
    full date, or far after it, is no step of that narrative)."""
    earlier = [(at, day) for at, day in full_days if at < start]
    if not earlier or not items or not DAY_RE.match(items[0].value):
        return None
    at, anchor = earlier[-1]
    if any(at < other < start for _, other, _, _, _ in explicit):
        return None
    told = safe_date(anchor.year, int(items[0].value[5:7]), int(items[0].value[8:10]))
    return anchor.year if told is not None and 0 <= (told - anchor).days <= NARRATIVE_DAYS else None


def _carried_years(explicit: list[tuple[int, int, int, bool, bool]], sid: int, opens: bool,
                   doc: Doc | None) -> list[int]:
    """The years of sentence ``sid`` that hold in the next one, in text order: its frame ("In 2015, ...") when
    no other year follows it in the sentence, the years of its main clauses after the frame, a coordinated one
    too ("In 2015 the council cut its budget, and in 2019 it hired again": the narrative has moved on to 2019;
    "With the 2017 season in mind, what will 2018 bring?": 2017 frames nothing after); without a frame, the
    years of its main clause only for a date that opens the next sentence."""
    years = sorted((start, y, frame, main) for s, start, y, frame, main in explicit if s == sid)
    framed = [start for start, _, frame, _ in years if frame]
    last = years[-1][0] if years else -1
    return [y for start, y, frame, main in years
            if (frame and start == last) or (opens and main)
            or (bool(framed) and start > framed[0] and doc is not None and _in_coordinated_main_clause(doc, start))]


def _in_coordinated_main_clause(doc: Doc, start: int) -> bool:
    """Whether the token at character ``start`` hangs on the main verb of its sentence or on a verb coordinated
    with it or set beside it ("..., and in 2019 it hired again", « ..., puis en 2017 elle a déménagé »)."""
    found = _clause_verb(doc, start)
    if found is None:
        return False
    verb = found[1]
    return verb.dep_ == "ROOT" or (verb.dep_ in ("conj", "parataxis") and verb.head.dep_ == "ROOT")


def _in_main_clause(doc: Doc, start: int) -> bool:
    """Whether the token at character ``start`` hangs on the main verb of its sentence (its nearest verb
    up the parse is the root): « La crise a éclaté en 1998 », not "The plant, built in 1987, ..."."""
    found = _clause_verb(doc, start)
    if found is None:
        return False
    span, verb = found
    return reporting_verb(span, verb).dep_ == "ROOT"  # "said in March he would resign": the saying's time


def _clause_verb(doc: Doc, start: int) -> tuple[Span, Token] | None:
    """The one-token span at character ``start`` and the nearest verb up the parse from it (the root when none
    is above)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span[0]
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return span, tok


def _year_modifies_noun(doc: Doc, t: Time, prepositions: frozenset[str]) -> bool:
    """Whether the year of ``t`` qualifies a noun without a preposition ("the fiscal 1997 budget", « le budget
    2000 ») or completes one other than a subject with a preposition of ``prepositions`` (« son candidat à
    l'élection présidentielle de 2027 », « la ville hôte des Jeux de 2032 »): the noun's date, not the time of
    its clause (the subject's noun names the clause's event: « les inondations de 1999 ont commencé en
    novembre »)."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    for tok in span:
        if tok.like_num and len(tok.text) == 4:
            head = tok.head
            if head.i == tok.i or head.pos_ not in ("NOUN", "PROPN") or head in span:
                return False
            cases = [ch for ch in tok.children if ch.dep_ == "case"]
            if not cases:
                return tok.dep_ != "pobj"
            return len(cases) == 1 and norm(cases[0].text) in prepositions and not head.dep_.startswith("nsubj")
    return False


FRONTED_TOKENS = 15  # tokens from the sentence start to the end of a fronted phrase that frames it


def _in_fronted_phrase(doc: Doc, sent_start: int, t: Time, rejected_cues: list[str]) -> bool:
    """Whether ``t`` lies in the adverbial phrase that opens its sentence, closed by a comma before any verb
    (« Lors des élections de 2002, ... », "During the 1998 campaign, ..."): it frames the sentence as « En
    2002, ... » does; not a phrase opened by a cue of ``rejected_cues`` (« depuis 1998, », "until 1990,":
    a bound of a stretch of time, not the time of the sentence)."""
    span = doc.char_span(sent_start, t.end, alignment_mode="expand")
    if span is None or not len(span) or len(span) > FRONTED_TOKENS:
        return False
    opening = norm(span.text[:max(0, t.start - span.start_char)])  # not doc.text: joined anew at each call
    if any(opening == c or opening.startswith(c + " ") for c in rejected_cues):
        return False
    for tok in doc[span.start:min(span.start + FRONTED_TOKENS, len(doc))]:
        if tok.pos_ in ("VERB", "AUX") or tok.text in (".", "!", "?"):
            return False
        if tok.text == ",":
            return tok.i >= span.end  # the comma closes the phrase after the year, a verb follows
    return False


def _sentence_starts(doc: Doc, text: str, final_abbreviations: frozenset[str] = frozenset()) -> list[int]:
    """Where the sentences of ``doc`` start: the parser's, and after an abbreviation of
    ``final_abbreviations`` that holds its full stop before a capital (« ... vers 15 h. Plus de 100 000 foyers
    ... »: the tokenizer keeps « h. » whole and the parser runs the two sentences together)."""
    if doc.has_annotation("SENT_START"):
        starts = [s.start_char for s in doc.sents]
        if final_abbreviations and any(a in text for a in final_abbreviations):  # (no token is one otherwise)
            extra = [nxt.idx for tok in doc[:-1] if tok.text in final_abbreviations
                     and (nxt := _next_word(doc, tok.i)) is not None and nxt.idx > tok.idx + len(tok.text)
                     and nxt.is_title]
            starts = sorted(set(starts) | set(extra))
        return starts
    starts = [0]
    for m in re.finditer(r"[.!?]\s+|\n+", text):
        starts.append(m.end())
    return starts


def _next_word(doc: Doc, i: int) -> Token | None:
    """The first token after token ``i`` that is not white space (a line break is a token of its own)."""
    for tok in doc[i + 1:]:
        if not tok.is_space:
            return tok
    return None


def _valid(value: str, weekday: int | None = None) -> bool:
    """A day value that exists (2023-02-29 does not) and falls on ``weekday`` when the text names one
    ("mardi 1er juin" is in a year where 1 June is a Tuesday); other values are taken as they are."""
    m = DAY_RE.match(value)
    if not m:
        return True
    try:
        day = date.fromisoformat(m.group(1))
    except ValueError:
        return False
    return weekday is None or day.isoweekday() == weekday


def _with_approximation(items: list[Time], text: str, pattern: re.Pattern[str] | None) -> list[Time]:
    """An amount of time or a date followed by a word of approximation ("two years or so", « deux heures
    environ »): the word is inside the expression (TimeML: the approximation is its modifier)."""
    if pattern is None:
        return items
    out: list[Time] = []
    for t in items:
        m = pattern.match(text, t.end) if t.type in ("DURATION", "DATE") else None
        if m is not None and not any(o is not t and t.end < o.start < m.end() for o in items):
            t = replace(t, end=m.end(), text=text[t.start:m.end()])
        out.append(t)
    return out


def _drop_nested(items: list[Time]) -> list[Time]:
    """Items inside a longer one that a handler widened ("January this year" holds "this year")."""
    return [t for t in items
            if not any(o is not t and o.start <= t.start and t.end <= o.end and o.end - o.start > t.end - t.start
                       for o in items)]


QUARTER_RE = re.compile(r"^(\d{4})-Q([1-4])$")


def _ref_quarter(c: Candidate, items: list[Time], year_earlier: list[str]) -> Ref:
    """The first day of the fiscal quarter the text last named before ``c`` (None without one); a
    comparison quarter ("the year-earlier quarter") is no reference."""
    for t in sorted((t for t in items if t.start < c.start), key=lambda t: t.start, reverse=True):
        if any(w in norm(t.text) for w in year_earlier):
            continue
        if m := QUARTER_RE.match(t.value):
            return date(int(m[1]), 3 * int(m[2]) - 2, 1), t.resolved
    return None, False


YEAR_RE = re.compile(r"^(\d{4})(?:$|-)")


MONTH_RE = re.compile(r"^(\d{4})-(?:(\d{2})(?:-(\d{2}))?|Q([1-4]))(?:$|T)")


def _dates_before(c: Candidate, items: list[Time]) -> list[Time]:
    """The DATE and TIME items before ``c``, the latest first: where a period placed from the narrative
    looks for the time the text last fixed."""
    return sorted((t for t in items if t.start < c.start and t.type in ("DATE", "TIME")),
                  key=lambda t: t.start, reverse=True)


def _ref_month(c: Candidate, items: list[Time], published: date | None) -> Ref:
    """The day (or the first day of the month or quarter) the text last fixed before ``c``, for a period
    placed from the narrative ("the following month" after "In March", « le trimestre précédent »);
    ``published`` when the text fixed none."""
    for t in _dates_before(c, items):
        if (m := MONTH_RE.match(t.value)) and t.resolved:  # a day, a month, or a quarter's first month
            d = safe_date(int(m[1]), int(m[2]) if m[2] else 3 * int(m[4]) - 2, int(m[3] or 1))
            if d is not None:
                return d, True
    return published, published is not None


def _ref_period_start(c: Candidate, items: list[Time], published: date | None) -> Ref:
    """The first day of the period the text last fixed before ``c`` (a year's 1 January, a month's first
    day, a day)."""
    for t in _dates_before(c, items):
        if YEAR_RE.match(t.value) and t.resolved and (span := day_range(t.value)) is not None:
            return span[0], True
    return published, published is not None


def _ref_year(c: Candidate, items: list[Time], published: date | None) -> Ref:
    """The 1 January of the year the text last fixed before ``c`` (a year, a month, a day...)."""
    for t in _dates_before(c, items):
        if (m := YEAR_RE.match(t.value)) and t.resolved:
            return date(int(m[1]), 1, 1), True
    return published, published is not None
