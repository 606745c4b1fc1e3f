"""What every time rule's handler works with: the match (``Candidate``), the day it may be anchored on
(``Ref``) and ``Tools``, the per-language helpers (numbers, month and weekday names, tense, the
``Time`` record builder)."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from veille.analyze.times._calendar import day_value, safe_date, year_for_day
from veille.analyze.times._lexicon import TimeLexicon, norm
from veille.analyze.times._tense import (
    FUTURE,
    PAST,
    PRESENT,
    before_past,
    governing_tense,
    introducing_preposition,
    reduced_relative_preposition,
    sentence_tense,
)
from veille.contract.models import Time

DAY_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})")
LAW_NAME_DEPTH = 4  # heads climbed from a date to the noun of the law it names (« loi relative à X du ... »)
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
NAME_WORDS = 3  # capitalised words looked through after a date for the noun of the name it is in
_AGE_UNITS = frozenset({"year", "month", "week"})  # the units an age is counted in
_UNIT_CODES = {
    "second": ("T", "S", 1), "minute": ("T", "M", 1), "hour": ("T", "H", 1),
    "day": ("", "D", 1), "night": ("", "D", 1), "week": ("", "W", 1), "month": ("", "M", 1),
    "quarter": ("", "M", 3), "semester": ("", "M", 6), "year": ("", "Y", 1),
    "decade": ("", "Y", 10), "century": ("", "CE", 1),
}
NEAR_FUTURE_DAYS = 60  # a day this close ahead may follow a past verb (a deadline just set)
NEAR_PAST_DAYS = 7  # a day this close behind may follow a future verb ("by Jan. 14", said on the 15th)
# the day an anchored expression refers to, and whether that day is known
Ref = tuple[date | None, bool]


@dataclass(slots=True)
class Candidate:
    """One match of one rule: its span, the rule's name and family, the regex match, its priority."""

    start: int
    end: int
    rule: str
    kind: str
    match: re.Match[str]
    priority: int


def fmt(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def roman(s: str) -> int | None:
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


def as_date(t: Time) -> date | None:
    m = DAY_RE.match(t.value)
    if not m:
        return None
    try:
        return date.fromisoformat(m.group(1))
    except ValueError:
        return None


def in_date_entity(doc: Doc, start: int) -> bool:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[0].ent_type_ == "DATE"


def clause_start(text: str, start: int) -> bool:
    before = text[max(0, start - 4):start].rstrip(" \t")
    return before == "" or before[-1:] in ".!?\n«\"(:;-_"


class Tools:
    """Per-language helpers shared by the rule handlers (no per-document state but ``parsed``)."""

    def __init__(self, lex: TimeLexicon) -> None:
        self.lex = lex
        self.parsed = False  # whether the document being resolved has a dependency parse
        self.abbrev = {k for k in lex.months for k2 in lex.months
                        if k2 != k and k2.lower().startswith(k.lower()) and lex.months[k2] == lex.months[k]}
        self.abbrev_lower = {k.lower() for k in self.abbrev}
        self.year_phrases = sorted(
            ((p, v) for p, v in lex.period_phrases.items() if v[0] == "year" and not v[2]),
            key=lambda pv: -len(pv[0]))
        self.month_lower = {k.lower(): v for k, v in lex.months.items()}
        self.wd_lower = {k.lower(): v for k, v in {**lex.weekdays, **lex.weekdays_plural}.items()}
        self.num_split = re.compile(
            "|".join(re.escape(j.strip()) if j.strip() else r"\s+" for j in lex.number_joiners) + r"|\s+")
        joiners = "|".join(rf"\b{re.escape(j)}\b" if j[:1].isalnum() else re.escape(j)
                           for j in lex.amount_list_joiners)
        # an amount in figures and a joiner of a list, just before the next amount ("24 and ", "14, ")
        self.listed_amount = re.compile(rf"(?<![\w.,])\d{{1,3}}\s*(?:{joiners})\s*$") if joiners else None

    def number(self, text: str) -> float | None:
        t = norm(text)
        if not t:
            return None
        if t[0].isdigit():
            if m := re.fullmatch(r"(\d+)\s*(?:([1-3])/([248])|\u00bd)", t):  # "5 1/2", "5½"
                return int(m[1]) + (int(m[2]) / int(m[3]) if m[2] else 0.5)
            if re.fullmatch(r"\d{1,3}(?:[,.]\d{3})+", t) and any(
                    sep in self.lex.thousands_separators for sep in t if not sep.isdigit()):
                return float(re.sub(r"[,.]", "", t))  # 1,170 (en) / 1.170 (fr)
            try:
                return float(t.replace(",", "."))
            except ValueError:
                return None
        if t in self.lex.numbers:
            return self.lex.numbers[t]
        parts = [p for p in self.num_split.split(t) if p and p not in ("et", "and")]
        if len(parts) == 2 and sorted(1 if p in self.lex.indefinite_articles else self.lex.numbers.get(p, 0)
                                      for p in parts) == [0.5, 1]:
            return 0.5  # "une demi(-heure)", "a half", "half a"
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
            elif v < 1 or not current or (current % 10 == 0 and v < current):
                current += v  # a smaller part after a round one: « vingt et un », "ninety-seven", « cent cinq »
            else:
                return None  # a list, no number: « cinq et sept ans » is two amounts, not twelve
        return total + current or None

    def month(self, text: str) -> int | None:
        return self.month_lower.get(text.lower().rstrip("."))

    def weekday(self, text: str) -> int | None:
        return self.wd_lower.get(text.lower())

    def cased(self, text: str | None) -> bool:
        """English month/weekday names must be capitalised."""
        return not text or not self.lex.case_sensitive_names or text[:1].isupper()

    @staticmethod
    def direction(mod: str | None, lex: TimeLexicon, tense: str | None) -> tuple[str, bool]:
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

    def is_plural(self, word: str) -> bool:
        """Whether a unit word is plural: a plural ending of the lexicon, or an invariant plural."""
        return word.endswith(tuple(self.lex.plural_endings)) or word in self.lex.invariant_plurals

    def in_name(self, c: Candidate) -> bool:
        """A date inside a name: after "loi du" (« l'ordonnance du », the article elided), before a capitalised
        "Movement" (see the lexicon)."""
        prev = self.prev_words(c.match.string, c.start, 24)
        if any(prev == w or prev.endswith((" " + w, "'" + w)) for w in self.lex.date_name_before):
            return True
        following = c.match.string[c.end:c.end + 40].split()
        if following and following[0][:1].isupper() and norm(following[0]).strip(".,;:") in self.lex.date_name_after:
            return True
        # after an article, through the name's other capitalised words ("the April 6 Youth Movement"); after a
        # preposition they are the next phrase's ("since April 6 Labour Party members")
        first = norm(c.match.string[c.start:c.end]).split(" ")[0]
        before = self.prev_words(c.match.string, c.start, 12).split(" ")[-1]
        if first not in self.lex.articles and before not in self.lex.articles:
            return False
        for word in following[:NAME_WORDS]:
            if not word[:1].isupper():
                return False
            if norm(word).strip(".,;:") in self.lex.date_name_after:
                return True
            if word[-1:] in ".,;:":
                return False
        return False

    def modifies_object(self, doc: Doc, start: int, end: int, time_nouns: Collection[str] = ()) -> bool:
        """The words at ``start:end`` modify a noun after them that is no unit of time nor one of ``time_nouns``:
        a property or a kind of that noun, no time ("future earnings", "a Christmas market"; not "future
        quarters", "the Christmas holidays")."""
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        tok = span[-1]
        head = tok.head
        noun = head.pos_ in ("NOUN", "PROPN") or head.dep_.startswith(("nsubj", "obj", "obl"))  # or tagged a verb
        if tok.dep_ not in ("amod", "compound", "nmod") or head.i <= tok.i or not noun:
            return False
        return self.not_a_unit(head) and not {norm(head.text), head.lemma_.lower()} & set(time_nouns)

    def completes_noun(self, doc: Doc, start: int, end: int, time_nouns: Collection[str] = ()) -> bool:
        """The words at ``start:end`` complete the noun just before them through a preposition of
        ``kind_prepositions`` (« le marché de Noël », « des œufs de Pâques »): a kind of that noun, no time,
        unless the noun is a unit of time or one of ``time_nouns`` (« les vacances de Noël », « la nuit de Noël »)."""
        if not self.lex.kind_prepositions:
            return False
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or span.start < 2:
            return False
        prep, noun = doc[span.start - 1], doc[span.start - 2]
        return norm(prep.text) in self.lex.kind_prepositions and noun.pos_ == "NOUN" and self.not_a_unit(noun) \
            and not {norm(noun.text), noun.lemma_.lower()} & set(time_nouns)

    def not_a_unit(self, tok: Token) -> bool:
        return norm(tok.text) not in self.lex.units and tok.lemma_.lower() not in self.lex.units

    def prev_words(self, text: str, start: int, n: int = 40) -> str:
        return norm(text[max(0, start - n):start])

    def item(self, c: Candidate, typ: str, value: str, gran: str | None, resolved: bool = True,
           span: tuple[int, int] | None = None) -> Time:
        s, e = span if span else (c.start, c.end)
        return Time(start=s, end=e, text=c.match.string[s:e], type=typ, value=value,
                    resolved=resolved, granularity=gran)

    def verb_tense_above(self, doc: Doc, c: Candidate) -> str | None:
        """The tense of the verb nearest above the noun the expression modifies (any tense)."""
        return sentence_tense(doc, c.start, c.end, self.parsed, self.lex.tense_words)

    def narrative_tense(self, doc: Doc, c: Candidate) -> str | None:
        """The clause's tense, else a past or future verb above the noun a date modifies ("the Oct. 23
        slaying"); a present verb there says nothing of the noun's time (« le recensement de mars »)."""
        return self.narrative_of(self.tense(doc, c), lambda: self.verb_tense_above(doc, c))

    @staticmethod
    def narrative_of(own: str | None, above: Callable[[], str | None]) -> str | None:
        """:meth:`narrative_tense` from the clause's own tense and the verb above (asked only when needed)."""
        if own is not None:
            return own
        tense = above()
        return tense if tense in (PAST, FUTURE) else None

    def after_far_year_cue(self, text: str, start: int) -> bool:
        """Whether a cue of a target or a bound (``far_year_cues``: « d'ici », « avant », "by") opens the
        number at ``start``: a year however far ahead (« la neutralité carbone d'ici 2050 »)."""
        prev = self.prev_words(text, start, 24)
        return any(prev == w or prev.endswith((" " + w, "'" + w)) for w in self.lex.far_year_cues)

    def in_law_name(self, doc: Doc, c: Candidate) -> bool:
        """A date after a word of ``law_name_openers`` (« du ») that completes, through nouns, adjectives and
        prepositions but no verb, a noun of ``law_nouns``: the law's name (« la loi de transition énergétique
        du 17 août 2015 », « le décret d'application du 5 mars 2012 »), as « la loi du 9 décembre 1905 »; not a
        date hung on a verb (« la loi a été votée le 17 août 2015 »)."""
        if not self.parsed or not self.lex.law_nouns:
            return False
        prev = self.prev_words(c.match.string, c.start, 12).split(" ")
        if not prev or prev[-1] not in self.lex.law_name_openers:
            return False
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        tok = span.root
        for _ in range(LAW_NAME_DEPTH):
            if tok.head.i == tok.i or tok.head.pos_ in ("VERB", "AUX"):
                return False
            tok = tok.head
            if tok.lemma_.lower() in self.lex.law_nouns or norm(tok.text) in self.lex.law_nouns:
                return True
        return False

    def year_in_name(self, doc: Doc, c: Candidate) -> bool:
        """A year written after a proper name and not before a common noun it would modify: part of the
        name ("Euro 2024 ended", "launched Vision 2030 eight years ago", « l'Euro 2024 s'est achevé »), not
        "the Obama 2012 campaign" (a year modifying "campaign") nor a month, weekday, season or holiday
        with its year (their own rules)."""
        if not self.parsed:
            return False
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None or span.start == 0:
            return False
        prev = doc[span.start - 1]
        word = prev.text
        if not (word.isalpha() and word[:1].isupper() and word[1:].islower()):
            return False
        if prev.pos_ != "PROPN" and (prev.is_sent_start or clause_start(c.match.string, prev.idx)):
            return False  # a capital inside the sentence marks a name whatever the tagger says
        key = norm(word)
        if self.month(word) is not None or self.weekday(word) is not None or key in self.lex.seasons \
                or key in self.lex.holidays:
            return False
        if span.end < len(doc):
            nxt = doc[span.end]
            if nxt.pos_ in ("NOUN", "ADJ") and nxt.text[:1].islower():
                return False  # "the Obama 2012 campaign": the year modifies the noun
        return True

    def located_past(self, doc: Doc, c: Candidate) -> bool:
        """The clause's own past verb happened at the expression: a preposition that places an event
        introduces it ("was held on Dec. 12", « ont eu lieu en novembre »), or it stands bare after the
        language's opener (« s'est tenu le 12 décembre »). Such a day or month lies behind the text; a time
        aimed at ("announced elections for Nov. 3") may not."""
        if self.tense(doc, c) != PAST:
            return False
        if self._reduced_relative_past(doc, c):
            return True  # « les négociations, entamées en février »: behind, however near ahead
        prep = introducing_preposition(doc, c.start, c.end, self.parsed)
        if prep is None:
            return False
        if prep:
            return prep.split(" ")[0] in self.lex.located_cues
        first = norm(c.match.string[c.start:c.end]).split(" ")[0]
        return first in self.lex.located_bare_openers or first[:2] in self.lex.located_bare_openers

    def one_past_event(self, c: Candidate, doc: Doc, pub: date | None) -> bool:
        """The expression is in a clause telling one past event (« le président est arrivé le samedi à
        Paris », « les combats ont repris pendant le week-end »): that day or weekend, not every one; an
        imperfect or a pluperfect tells a habit or a background (« se réunissaient le samedi »), a present or
        a future a rule (« le musée est fermé le lundi »)."""
        if pub is None:
            return False
        tense = self.tense(doc, c)
        if tense is None and self.bare_adjunct(doc, c):
            tense = self.verb_tense_above(doc, c)  # « ont repris le travail le mercredi »: the parser's noun
        return tense == PAST and not before_past(doc, c.start, c.end, self.parsed, self.lex.tense_words)

    def names_subject_time(self, doc: Doc, c: Candidate) -> bool:
        """The expression is the time of a noun that is the active subject of its verb (« La manifestation
        de samedi a rassemblé ... », "Saturday's demonstration drew ..."): the verb tells what the event
        did, so its tense places the event (a passive subject, « le match de samedi a été reporté », not)."""
        if not self.parsed:
            return False
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        head = span.root.head
        if head.pos_ == "ADP" and head.head.i != head.i:
            head = head.head  # "the demonstration of Saturday"
        return head.i != span.root.i and head.pos_ in ("NOUN", "PROPN") and head.dep_ == "nsubj" \
            and head.head.pos_ in ("VERB", "AUX")

    def bare_adjunct(self, doc: Doc, c: Candidate) -> bool:
        """The expression hangs on a noun without a preposition and is no compound of it: an adverbial the
        parser attached to the nearest noun ("sanctions on Iran Friday"), unlike "la réunion de vendredi"
        or "the Friday meeting", which name a noun's own time."""
        if not self.parsed:
            return False
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        root = span.root
        if root.dep_ in ("compound", "amod", "poss", "nmod:poss") or root.head.dep_ in ("prep", "agent"):
            return False
        if any(ch.dep_ == "case" or ch.dep_.startswith("case:") for ch in root.children):
            return False
        t = root.head  # only nouns up to the verb: the verb of this very clause (in « blessé, il est incertain
        for _ in range(6):  # pour le match de samedi » the past verb governs another clause)
            if t.pos_ in ("VERB", "AUX"):
                return True
            if t.pos_ not in ("NOUN", "PROPN", "PRON", "NUM") or t.head.i == t.i:
                return False
            t = t.head
        return False

    def tense(self, doc: Doc, c: Candidate) -> str | None:
        prev = self.prev_words(c.match.string, c.start, 14)
        if any(prev.endswith(w) for w in self.lex.past_cues):
            return PAST  # "depuis mardi"
        if any(prev.endswith(w) for w in self.lex.future_cues):
            if before_past(doc, c.start, c.end, self.parsed, self.lex.tense_words):
                return PAST  # "Until Tuesday, the police had not named a suspect": a bound behind the report
            return FUTURE  # "jusqu'à mardi"
        own = governing_tense(doc, c.start, c.end, self.parsed, self.lex.tense_words)
        if own is None and self._done_in_reduced_relative(doc, c):
            return PAST
        return own

    def _reduced_relative_past(self, doc: Doc, c: Candidate) -> bool:
        """:meth:`tense` is a past only through :meth:`_done_in_reduced_relative`: the participle's event is
        placed at the expression, as a finite past verb's after a located cue."""
        return governing_tense(doc, c.start, c.end, self.parsed, self.lex.tense_words) is None \
            and self._done_in_reduced_relative(doc, c)

    def _done_in_reduced_relative(self, doc: Doc, c: Candidate) -> bool:
        """A time a preposition that places an event introduces (or bare), in a participle clause without an
        auxiliary (« le texte adopté en mars », « l'homme arrêté le 3 juin », « Battus dimanche, ... »): the
        participle tells an event that took place then, a past whatever the main verb's tense. A verb of
        scheduling or postponing has had its say in ``governing_tense`` (« le sommet prévu en avril »), one
        of expecting is left out (« un verdict attendu samedi »)."""
        prep = reduced_relative_preposition(doc, c.start, c.end, self.parsed, self.lex.tense_words)
        if prep is None:
            return False
        return not prep or prep.split(" ")[0] in self.lex.located_cues  # bare: « publié samedi »

    def day_item(self, c: Candidate, doc: Doc, pub: date | None, day: int, month: int,
                  year: int | None, mod: str | None, span: tuple[int, int] | None = None) -> list[Time]:
        if year is None:
            if pub is None:
                if safe_date(2000, month, day) is None:  # a leap year accepts 29 February
                    return []
                return [self.item(c, "DATE", f"XXXX-{month:02d}-{day:02d}", "day", False, span)]
            if mod:
                direction, _strict = self.direction(mod, self.lex, None)
            else:
                own = self.tense(doc, c)
                direction = self._day_direction(pub, month, day,
                                                self.narrative_of(own, lambda: self.verb_tense_above(doc, c)),
                                                self.located_past(doc, c), borrowed=own is None)
            year = year_for_day(pub, month, day, direction)
        d = safe_date(year, month, day)
        if d is None:
            return []
        return [self.item(c, "DATE", day_value(d), "day", True, span)]

    @staticmethod
    def _day_direction(pub: date, month: int, day: int, tense: str | None, located: bool = False,
                       borrowed: bool = False) -> str:
        """Which way a day without a year lies: the nearest one, unless the clause's tense points the
        other way and that way is not close by (a past clause also sets near deadlines: "has set
        Nov. 10 as the deadline"; a future one may name a day just gone: "by Jan. 14"). ``located``: the
        past verb's event is placed on that day (see ``located_past``): behind, however near ahead.
        ``borrowed``: the tense is that of a verb above the noun the day dates ("will vote six weeks after
        the election on May 6"): a future there names a noun's day gone by as easily as a past one names a
        day ahead."""
        if located:
            return "past"
        nearest = year_for_day(pub, month, day, "nearest")
        d = safe_date(nearest, month, day)
        if d is None or tense not in (PAST, FUTURE):
            return "nearest"
        if tense == PAST and (d - pub).days > NEAR_FUTURE_DAYS:
            return "past"
        if tense == FUTURE and (pub - d).days > (NEAR_FUTURE_DAYS if borrowed else NEAR_PAST_DAYS):
            return "future"
        return "nearest"

    def day_with_part(self, c: Candidate, day: date | None, known: bool, offset: int,
                      pod: str | None) -> list[Time]:
        """The day ``offset`` days from ``day`` (with a part of day: a TIME), unknown when ``day`` is None."""
        if day is None:
            return [self.item(c, "TIME" if pod else "DATE", "XXXX-XX-XX" + (f"T{pod}" if pod else ""),
                              "day", False)]
        d = day + timedelta(days=offset)
        if pod:
            return [self.item(c, "TIME", f"{day_value(d)}T{pod}", "part_of_day", known)]
        return [self.item(c, "DATE", day_value(d), "day", known)]

    def year(self, text: str, pub: date | None) -> int:
        t = text.lstrip("'\u2019")
        y = int(t)
        if len(t) == 2:
            pivot = (pub.year % 100 + 1) if pub else 30
            y += 2000 if y <= pivot else 1900
        return y

    def day_num(self, text: str) -> int:
        t = norm(text)
        if t in self.lex.first_day:
            return 1
        return int(re.match(r"\d+", t).group(0))  # type: ignore[union-attr]

    def following_year(self, text: str, end: int, pub: date) -> tuple[int, int] | None:
        """The year a year phrase right after ``end`` names ("March 26 last year", "January this year",
        « juin l'an dernier »), and where that phrase ends in ``text``; None without one."""
        m = re.match(r"[ \t]+(?:(?:de|of)[ \t]+)?", text[end:end + 8])
        if m is None:
            return None
        start = end + m.end()
        rest = text[start:start + 30]
        low = rest.lower()
        for phrase, (_unit, offset, _within) in self.year_phrases:
            n = len(phrase)
            if norm(low[:n]) == phrase and (len(low) == n or not low[n].isalnum()):
                return pub.year + offset, start + n
        return None

    def set_off(self, text: str, start: int, end: int) -> bool:
        """"Aujourd'hui, ..." / ", aujourd'hui," : the general sense, not the day; with an adverb of the
        lexicon's `today_set_off_adverbs` before the comma too (« Aujourd'hui encore, ... »)."""
        before = text[max(0, start - 3):start].rstrip(" \t")
        after = norm(text[end:end + 24])
        for adverb in self.lex.today_set_off_adverbs:
            if after.startswith(adverb + " ,") or after.startswith(adverb + ","):
                after = after[len(adverb):].lstrip(" ")
                break
        starts_clause = before == "" or before[-1:] in ".,;:\n«(\"" or start == 0
        return starts_clause and after[:1] == ","

    def told_against_other_days(self, doc: Doc, c: Candidate) -> bool:
        """« Hier, nous avons pris la colline. Aujourd'hui, ... », "Today, ... Tomorrow, ...": a word of another
        relative day (`relative_days`, not today's) in the sentence of ``c``, the one before or the one after;
        "today" then names the day it contrasts with the others, not the present in general."""
        others = [w for w, offset in self.lex.relative_days.items() if offset != 0]
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if not others or span is None or len(span) == 0 or not doc.has_annotation("SENT_START"):
            return False
        sent = span.sent
        first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        last = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
        window = norm(doc[first:last].text)
        return any(re.search(rf"(?<![\w'-]){re.escape(w)}(?![\w'-])", window) for w in others)

    def modifies_name(self, doc: Doc, c: Candidate) -> bool:
        """The expression modifies a proper name (« l'Europe d'aujourd'hui », "today's Europe", "the
        Europe of today"): a time of the name's present state, not a day of an event."""
        if not self.parsed:
            return False
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        root = span.root
        head = root.head
        if head.i != root.i and head.pos_ == "ADP" and head.head.i != head.i:
            head = head.head  # English "of today"
        return head.i != root.i and head.pos_ == "PROPN" and root.dep_ in ("nmod", "poss", "pobj")

    def clock_item(self, c, ref, pub, hhmm: str, span: tuple[int, int]) -> list[Time]:
        day, known = ref if ref else (pub, pub is not None)
        if day is None:
            return [self.item(c, "TIME", f"XXXX-XX-XXT{hhmm}", "minute", False, span)]
        return [self.item(c, "TIME", f"{day_value(day)}T{hhmm}", "minute", known, span)]

    def unit_value(self, unit: str, n: float | None) -> str:
        smaller = {"hour": ("minute", 60), "day": ("hour", 24), "year": ("month", 12),
                   "minute": ("second", 60), "decade": ("year", 10), "century": ("year", 100)}
        if n is not None and not float(n).is_integer() and unit in smaller:
            sub, k = smaller[unit]
            whole, rest = int(n), (n - int(n)) * k
            if float(rest).is_integer():
                if not whole:
                    unit, n = sub, rest  # "une demi-heure" -> PT30M
                else:  # "5 1/2 hours" -> PT5H30M, "1.5 days" -> P1DT12H
                    t, code, _mult = _UNIT_CODES[unit]
                    t2, code2, _ = _UNIT_CODES[sub]
                    glue = "T" if t2 and not t else ""
                    return f"P{t}{whole}{code}{glue}{fmt(rest)}{code2}"
        t, code, mult = _UNIT_CODES[unit]
        q = "X" if n is None else fmt(n * mult)
        return f"P{t}{q}{code}"

    def is_age_amount(self, unit: str, c: Candidate, doc: Doc | None = None) -> bool:
        """An amount of years, months or weeks that is somebody's age (« une fillette de 6 ans », « il a 45
        ans », « qui aura 67 ans »)."""
        return unit in _AGE_UNITS and (self.is_age(c.match.string, c) or self._age_object(doc, c)
                                       or self._after_age_noun(doc, c))

    def list_start(self, text: str, start: int) -> int:
        """Where the list of amounts in figures that ends with the amount at ``start`` begins ("aged 15, 16 and
        17 years", « âgés de 22 et 25 ans »: the first amount's start); ``start`` when no list ends there."""
        while self.listed_amount is not None and (m := self.listed_amount.search(text, max(0, start - 12), start)):
            start = m.start()
        return start

    def _after_age_noun(self, doc: Doc | None, c: Candidate) -> bool:
        """The amount follows a noun of age (`age_head_nouns`: « l'âge de la retraite à 62 ans », "the retirement
        age from 65 to 67 years") in its sentence with no verb between them (« malgré son âge, il a passé 20 ans
        en prison » is a duration)."""
        if doc is None or not self.parsed or not self.lex.age_head_nouns:
            return False
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        for tok in reversed(doc[span.sent.start:span.start]):
            if tok.pos_ in ("VERB", "AUX"):
                return False
            if tok.text == "," and tok.i > 0 and norm(doc[tok.i - 1].text) in self.lex.units:
                return False  # « à l'âge de 79 ans, huit mois après son départ »: the age is set off before
            if tok.pos_ == "NOUN" and norm(tok.lemma_) in self.lex.age_head_nouns:
                return True
        return False

    def _age_object(self, doc: Doc | None, c: Candidate) -> bool:
        """The amount is the object of a verb of age (`age_verbs`: « avoir », « fêter »), not of a verb of
        duration (« a passé 20 ans en prison »)."""
        if doc is None or not self.parsed or not self.lex.age_verbs or not c.match.groupdict().get("unit"):
            return False
        span = doc.char_span(c.match.start("unit"), c.match.end("unit"))
        if span is None or len(span) != 1:
            return False
        tok = span[0]
        return tok.dep_ in ("obj", "dobj") and tok.head.i != tok.i and norm(tok.head.lemma_) in self.lex.age_verbs

    def is_age(self, text: str, c: Candidate) -> bool:
        num_start = self.list_start(text, c.match.start("num") if c.match.groupdict().get("num") else c.start)
        prev = self.prev_words(text, num_start, 40)
        if any(prev.endswith(a) for a in self.lex.age_before):
            return True
        words = prev.split(" ")
        raw_words = text[max(0, num_start - 40):num_start].split()
        for mod in self.lex.duration_modifiers:  # « des jeunes de moins de 26 ans »: past the bound
            n = len(mod.split(" "))
            if len(words) > n and " ".join(words[-n:]) == mod and len(raw_words) == len(words):
                words, raw_words = words[:-n], raw_words[:-n]
                break
        for i in range(len(words) - 1, max(len(words) - 5, 0), -1):
            if words[i] in self.lex.units or any(ch.isdigit() for ch in words[i]):
                break  # another amount before this one (« un homme de 42 ans à trois ans de prison »)
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
        if before.endswith(", ") and text[c.end:c.end + 1] in (".", ";") and raw_words and (
                raw_words[-1].rstrip(",")[:1].isupper() or norm(raw_words[-1].rstrip(",")) in self.lex.age_nouns):
            return True  # « ... la directrice, Margaret Chan, 62 ans. », « présidé par le maire, 61 ans. »
        return False
