"""Time rules, durations family. Durations, "ago"/"in" offsets and sets (every week, weekly).

Each handler turns one match of a rule of its family into ``Time`` records (or none)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from veille.analyze.times._calendar import day_value, safe_date, shift_months
from veille.analyze.times._lexicon import norm
from veille.analyze.times._tools import Candidate, Ref, Tools, clause_start
from veille.contract.models import Time


def duration(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    g = c.match.groupdict()
    unit = r.lex.units.get(norm(g["unit"]))
    if unit is None:
        return []
    if norm(c.match.group(0)) in r.lex.rejected_durations:
        return []
    if r.lex.lowercase_units and g["unit"][:1].isupper() and not g["unit"].isupper():
        return []  # « les 24 Heures du Mans », « le 13 Heures de TF1 »: a name (a headline in capitals is not)
    if norm(g["unit"]) in r.lex.fraction_units and re.match(r"\s+of\b", c.match.string[c.end:c.end + 4]):
        return []  # "three quarters of the members": a share
    if g.get("vague"):
        v = norm(g["vague"])
        if v == r.lex.vague_article and norm(g["unit"]) not in r.lex.vague_article_units \
                and not _duration_frame(r, c, doc):
            return []
        n = None
    elif g.get("a"):
        if _after_amount(r, c):
            return setper(r, c, doc, pub, ref)  # "$2 million a year after taxes": a rate
        n = 1.0
    else:
        n = r.number(g["num"])
        if n is None or n <= 0:
            return []
    if r.is_age_amount(unit, c, doc):
        return []
    span = None
    if g.get("a"):  # "for <a year>"; "<more than a decade>": a modifier of the amount is inside (TimeML mod)
        span = (c.match.start("mod") if g.get("mod") else c.match.start("a"), c.end)
    elif g.get("vague") and g.get("last2") and norm(g["vague"]) == r.lex.vague_article:
        # « au cours des dernières années »: « des » is « de » + « les » there, no article of an amount
        span = (c.match.start("last2"), c.end)
    elif g.get("win") and _window_is_verb(r, c, doc):  # "the forecast <is coming> four months before": a verb
        span = (c.match.start("num") if g.get("num") else c.match.start("vague"), c.end)
    elif g.get("win") and (g.get("mod") or _adjectival(r, c)):
        # "over <the past 20 years>": a modifier before a determiner is a preposition, a signal;
        # "the <14-day> waiting period": the article is the noun's
        span = (c.match.start("win") if g.get("mod") and not _adjectival(r, c) else c.match.start("num"), c.end)
    return [r.item(c, "DURATION", r.unit_value(unit, n), unit, True, span)]


def _window_is_verb(r: Tools, c: Candidate, doc: Doc) -> bool:
    """Whether the window word opening ``c`` ("coming") is the verb of its clause, with an auxiliary ("is coming
    four months before"), not a word of the amount ("in coming months")."""
    if not r.parsed:
        return False
    span = doc.char_span(c.match.start("win"), c.match.end("win"), alignment_mode="expand")
    return span is not None and len(span) == 1 and span[0].pos_ == "VERB" \
        and any(child.dep_ == "aux" for child in span[0].children)


def _adjectival(r: Tools, c: Candidate) -> bool:
    """An amount joined to its unit by a hyphen after a bare article ("the 14-day period")."""
    g = c.match.groupdict()
    return bool(g.get("num")) and norm(g.get("win") or "") in r.lex.amount_articles and not g.get("last1") \
        and "-" in c.match.string[c.match.end("num"):c.match.start("unit")]


def _duration_frame(r: Tools, c: Candidate, doc: Doc) -> bool:
    """Whether the clause makes an amount a duration: a preposition of duration before it (« pendant
    des jours », ``vague_article_cues``) or a verb of duration taking it as object (« ont duré des
    heures », ``duration_verbs``)."""
    prev = r.prev_words(c.match.string, c.start, 16).split(" ")
    if prev and prev[-1] in r.lex.vague_article_cues:
        return True
    if not r.parsed or not r.lex.duration_verbs:
        return False
    span = doc.char_span(c.match.start("unit"), c.match.end("unit"), alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    head = span[0].head
    return head.i != span[0].i and head.pos_ in ("VERB", "AUX") and span[0].dep_ in ("obj", "dobj") \
        and norm(head.lemma_) in r.lex.duration_verbs


def durrange(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    """A range of amounts of one unit ("two to three years", « de 3 à 5 ans », "between 10 and 15
    years"): one DURATION whose amount is unspecified (PX<unit>), from its first number on (the
    preposition that opens the range is a signal). Not an age (« des enfants de 8 à 12 ans »)."""
    g = c.match.groupdict()
    unit = r.lex.units.get(norm(g["unit"]))
    low, high = r.number(g["num"]), r.number(g["num2"])
    if unit is None or low is None or high is None or not 0 < low < high:
        return []
    if r.is_age_amount(unit, c, doc):
        return []
    start = c.match.start("mod") if g.get("mod") else c.match.start("num")
    return [r.item(c, "DURATION", r.unit_value(unit, None), unit, True, (start, c.end))]


def halfdur(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    """A whole amount and a half of a unit ("three and a half years", "a year and a half", « un an et
    demi »): one DURATION, the half in the next smaller unit (P3Y6M, PT2H30M). Not an age."""
    g = c.match.groupdict()
    unit = r.lex.units.get(norm(g.get("unit") or g.get("unit2") or ""))
    num = norm(g.get("num") or g.get("num2") or "")
    n = 1.0 if num in r.lex.indefinite_articles else r.number(num)
    if unit is None or n is None or n <= 0 or not float(n).is_integer():
        return []
    if r.is_age_amount(unit, c, doc):
        return []
    return [r.item(c, "DURATION", r.unit_value(unit, n + 0.5), unit)]


def approxdur(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    """An approximate count of a unit (« une dizaine d'années », "a dozen years"): a DURATION of that
    count (TimeML: the amount, with the approximation left to the modifier). Not an age (« un enfant
    d'une dizaine d'années »)."""
    g = c.match.groupdict()
    unit = r.lex.units.get(norm(g["unit"]))
    n = r.lex.approximate_counts.get(norm(g["approx"]))
    if unit is None or n is None:
        return []
    if r.is_age_amount(unit, c, doc):
        return []
    return [r.item(c, "DURATION", r.unit_value(unit, n), unit)]


def window(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    g = c.match.groupdict()
    word = norm(g["unit"])
    unit = r.lex.units.get(word)
    win = norm(g["win"])
    directional = bool(g.get("last1")) or any(w in r.lex.last_words or w in r.lex.next_words
                                              for w in win.split(" "))
    plural = r.is_plural(word)
    whole = norm(c.match.group(0))
    if whole in r.lex.vague:  # "these days": nowadays, a vague reference of the lexicon, no window of days
        return [r.item(c, r.lex.vague_type, r.lex.vague[whole], None)]
    if unit is None or not directional:
        return []
    if not plural:  # "the past decade": one unit back from now (no calendar period of that name)
        return [r.item(c, "DURATION", r.unit_value(unit, 1), unit)] if unit in LONG_UNITS else []
    return [r.item(c, "DURATION", r.unit_value(unit, None), unit)]


LONG_UNITS = frozenset({"decade", "century"})


def unitlong(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    """A unit compounded with "-long" ("day-long", "decades-long"): one unit, or a vague count when
    plural."""
    word = norm(c.match.group("unit"))
    unit = r.lex.units.get(word)
    if unit is None:
        return []
    return [r.item(c, "DURATION", r.unit_value(unit, None if r.is_plural(word) else 1), unit)]


def fixed(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    word = norm(c.match.group("fixed"))
    if word in r.lex.approximate_counts and _counts_things(r, c.match.string, c.end):
        return []  # « une quinzaine de manifestants »: about fifteen people, no time
    return [r.item(c, "DURATION", r.lex.fixed_durations[word], None)]


def _counts_things(r: Tools, text: str, end: int) -> bool:
    """A count word followed by « de » and a noun that is no unit of time nor a month."""
    m = re.match(r"\s+(?:de|d['\u2019]|of)\s*([^\W\d_]+)", text[end:end + 40])
    if m is None:
        return False
    noun = norm(m.group(1))
    return noun not in r.lex.units and r.month(noun) is None


def bareplural(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    """A bare plural unit after a duration preposition ("for years", "over months") or before a word of
    sequence ("hours after", "weeks later"): PX<unit>; not a unit a determiner, a count or a pronoun
    opens ("the days before the vote": other rules' business)."""
    word = norm(c.match.group("unit"))
    unit = r.lex.units.get(word)
    if unit is None or not r.is_plural(word):
        return []
    unit_span = doc.char_span(c.match.start("unit"), c.match.end("unit"))
    if unit_span is not None and unit_span.start > 0 \
            and doc[unit_span.start - 1].pos_ in ("DET", "NUM", "PRON"):
        return []
    return [r.item(c, "DURATION", r.unit_value(unit, None), unit, True, (c.match.start("unit"), c.end))]


def bareobject(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    """A bare plural unit as the object of a verb of duration ("the talks lasted hours", "could take
    months", "spent days searching"): PX<unit>. Needs the parse."""
    word = norm(c.match.group("unit"))
    unit = r.lex.units.get(word)
    if unit is None or not r.is_plural(word) or not r.parsed or not r.lex.duration_verbs:
        return []
    span = doc.char_span(c.start, c.end)
    if span is None or len(span) != 1:
        return []
    tok = span[0]
    if tok.i > 0 and tok.nbor(-1).pos_ in ("DET", "NUM", "ADJ", "PRON", "ADP"):
        return []  # "the days", "three days", "many years": other rules' business
    if tok.head.i == tok.i or tok.head.pos_ not in ("VERB", "AUX") or norm(tok.head.lemma_) not in r.lex.duration_verbs:
        return []
    return [r.item(c, "DURATION", r.unit_value(unit, None), unit)]


def fiscalyear(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    """ "the year ended June 30", "the fiscal year ending Sept. 30": a year that ends on the day it names,
    twelve months that are no calendar year: a DURATION of one year (TimeBank: P1Y)."""
    unit = r.lex.units.get(norm(c.match.group("unit")))
    if unit != "year":
        return []
    return [r.item(c, "DURATION", r.unit_value(unit, 1), unit)]


def aobject(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    """One unit as the object of a verb of duration ("spent a week", "the siege lasted a month", "took a
    year"): P1<unit>. Needs the parse; otherwise the same words may be a rate ("$2 million a year",
    :func:`setper`)."""
    unit = r.lex.units.get(norm(c.match.group("unit")))
    if unit is None or r.is_plural(norm(c.match.group("unit"))) or not _verb_object(r, c, doc):
        return setper(r, c, doc, pub, ref)
    return [r.item(c, "DURATION", r.unit_value(unit, 1), unit)]


def _verb_object(r: Tools, c: Candidate, doc: Doc) -> bool:
    """The unit is the object (or bare adverbial) of a verb of duration (``duration_verbs``)."""
    if not r.parsed or not r.lex.duration_verbs:
        return False
    span = doc.char_span(c.match.start("unit"), c.match.end("unit"))
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    head = tok.head
    return head.i != tok.i and head.pos_ in ("VERB", "AUX") and norm(head.lemma_) in r.lex.duration_verbs \
        and tok.dep_ in ("dobj", "obj", "npadvmod", "obl:tmod")


def ago(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None, sign: int = -1) -> list[Time]:
    g = c.match.groupdict()
    unit = r.lex.units.get(norm(g["unit"]))
    num = g.get("num")
    if g.get("approx"):  # « il y a une dizaine d'années », "a dozen years ago": that count back
        count = r.lex.approximate_counts.get(norm(g["approx"]))
        if count is None:
            return []
        num = str(int(count))
    if not num:
        if unit is None or not norm(g["unit"]).endswith(("s", "x")) and unit != "month":
            return []
        return [r.item(c, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None)]
    n = 1.0 if norm(num) in r.lex.indefinite_articles else r.number(num)
    if unit is None or n is None or not float(n).is_integer():
        return []
    k = int(n) * sign
    if unit in ("second", "minute", "hour"):
        return []
    if pub is None:
        return [r.item(c, "DATE", "XXXX-XX-XX", unit, False)]
    if unit in ("day", "night", "week"):
        d = pub + timedelta(days=k * (7 if unit == "week" else 1))
        return [r.item(c, "DATE", day_value(d), "day")]
    if unit in ("month", "quarter", "semester"):
        y, m = shift_months(pub.year, pub.month, k * {"month": 1, "quarter": 3, "semester": 6}[unit])
        return [r.item(c, "DATE", f"{y:04d}-{m:02d}", "month")]
    mult = {"year": 1, "decade": 10, "century": 100}[unit]
    return [r.item(c, "DATE", str(pub.year + k * mult), "year")]


def in_(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    return ago(r, c, doc, pub, ref, sign=1)


def every(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    g = c.match.groupdict()
    n = r.number(g["num"]) if g.get("num") else 2.0 if g.get("other") else 1.0  # "every other week": P2W
    name = g.get("smonth") or g.get("sdmonth")
    if name:  # "each July", « chaque mois de juillet »: that month of every year; "every July 4",
        month = r.month(name)  # « chaque 14 juillet »: that day of every year
        if month is None or not r.cased(name):
            return []
        if g.get("sday"):
            day = r.day_num(g["sday"])
            if safe_date(2000, month, day) is None:  # a leap year accepts 29 February
                return []
            return [r.item(c, "SET", f"XXXX-{month:02d}-{day:02d}", "day")]
        return [r.item(c, "SET", f"XXXX-{month:02d}", "month")]
    if g.get("sseason"):  # "every summer", « tous les étés »: that season of every year
        code = r.lex.seasons.get(norm(g["sseason"]))
        return [r.item(c, "SET", f"XXXX-{code}", "season")] if code else []
    if g.get("wkend"):  # "every weekend", « tous les week-ends »
        return [r.item(c, "SET", "XXXX-WXX-WE", "weekend")]
    # "every evening", « chaque soir », « tous les soirs », and "every night", « toutes les nuits » (a
    # unit word that is also a part of every day, not a unit)
    pod_word = g.get("podonly") or (g.get("unit") if n == 1 else None)
    if pod_word:
        word = norm(pod_word)
        part = r.lex.parts_of_day.get(r.lex.parts_of_day_plural.get(word, word))
        if part:
            return [r.item(c, "SET", f"XXXX-XX-XXT{part}", "part_of_day")]
    if g.get("unit"):
        unit = r.lex.units.get(norm(g["unit"])) or r.lex.set_units.get(norm(g["unit"]))
        if unit is None or n is None:
            return []
        return [r.item(c, "SET", r.unit_value(unit, n), unit)]
    if g.get("podonly"):
        return []
    wd = r.weekday(g["wd"]) if g.get("wd") else None
    if wd is None or not r.cased(g["wd"]):
        return []
    pod = r.lex.parts_of_day.get(norm(g["pod"])) if g.get("pod") else None
    suffix = f"T{pod}" if pod else ""
    return [r.item(c, "SET", f"XXXX-WXX-{wd}{suffix}", "day")]


def setper(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    """A rate: "per year", "$2 million a year" (the unit only), "twice a week", « deux fois par mois »
    (with its count of times, the SET's frequency: TimeML puts it inside the extent)."""
    unit = r.lex.units.get(norm(c.match.group("unit")))
    if unit is None:
        return []
    if c.match.groupdict().get("freq"):
        return [r.item(c, "SET", r.unit_value(unit, 1), unit)]
    word = norm(c.match.group(0).split()[0])
    if word in r.lex.indefinite_articles and not _after_amount(r, c):
        return []
    return [r.item(c, "SET", r.unit_value(unit, 1), unit, True,
                    (c.match.start("unit"), c.end))]


def setadj(r: Tools, c: Candidate, doc: Doc, pub: date | None, ref: Ref | None) -> list[Time]:
    word = c.match.group("adj")
    if r.lex.case_sensitive_names and word[:1].isupper():
        following = c.match.string[c.end:c.end + 2].lstrip()
        if not clause_start(c.match.string, c.start) or following[:1].isupper():
            return []  # "the Daily Telegraph", "Daily Mail reporters"; "Daily protests" opens a sentence
    # the same word as a noun names a periodical (« l'hebdomadaire Le Point »), not a frequency
    span = doc.char_span(c.match.start("adj"), c.match.end("adj"), alignment_mode="expand")
    if span is not None and span[-1].pos_ in ("NOUN", "PROPN"):
        return []
    if span is not None and span[-1].dep_ in ("amod", "compound") and _measure(r, span[-1].head):
        return []  # "its quarterly dividend", "a 4 percent annual rate": the name of a measure, no recurrence
    return [r.item(c, "SET", r.lex.set_adjectives[norm(word)], None)]


def _measure(r: Tools, noun: Token) -> bool:
    """Whether ``noun``, or the noun it is compounded into ("daily share turnover"), names a figure measured
    over a period (``measure_nouns``)."""
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head
    return noun.lemma_.lower() in r.lex.measure_nouns or noun.lower_ in r.lex.measure_nouns


def _after_amount(r: Tools, c: Candidate) -> bool:
    """Whether an amount or a count of times comes right before the match ("$2 million a year", "5 percent a
    year", "twice a week"): "a" + unit there is a rate, not an amount of time."""
    if c.match.string[:c.start].rstrip()[-1:] in (",", ";", ":", "."):
        return False  # "In 2001, a year after the crash": the clause starts anew
    prev = r.prev_words(c.match.string, c.start, 20).split(" ")
    last_word = prev[-1] if prev else ""
    return bool(re.search(r"\d", last_word) or last_word in r.lex.rate_amount_words
                or last_word in r.lex.frequency_counts or last_word in r.lex.frequency_times)
