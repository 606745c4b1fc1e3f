"""The per-language time lexicon: month and weekday names, numbers, units, relative words.

Loaded once per component from the language's ``times/lexicon.yaml`` (``veille.languages``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from veille import languages
from veille.analyze.times._tense import NO_WORDS, TenseWords


def norm(text: str) -> str:
    """Lower-case, typographic apostrophe to ASCII, runs of blanks to one space."""
    return " ".join(text.replace("\u2019", "'").replace("\u00a0", " ").lower().split())


def _normkeys(mapping: dict[str, Any] | None) -> dict[str, Any]:
    return {norm(str(k)): v for k, v in (mapping or {}).items()}


def _normlist(items: list[Any] | None) -> list[str]:
    return [norm(str(x)) for x in (items or [])]


def _phrase_pairs(items: list[Any] | None) -> list[tuple[str, str]]:
    """Phrases written "verb rest" ("take effect", « entrer en vigueur »): (the verb's lemma, the rest)."""
    return [(words[0], " ".join(words[1:])) for words in (norm(str(x)).split(" ") for x in (items or []))
            if len(words) > 1]


@dataclass(slots=True)
class TimeLexicon:
    lang: str
    case_sensitive_names: bool
    rejected_names: set[str]
    months: dict[str, int]
    ambiguous_months: set[str]
    month_cues: list[str]
    weekdays: dict[str, int]
    weekdays_plural: dict[str, int]
    first_day: list[str]
    ordinal_suffix: str
    numbers: dict[str, float]
    number_joiners: list[str]
    vague_numbers: list[str]
    vague_article: str
    vague_article_units: set[str]
    vague_article_cues: set[str]
    units: dict[str, str]
    fixed_durations: dict[str, str]
    rejected_durations: set[str]
    duration_modifiers: list[str]
    duration_windows: list[str]
    age_before: list[str]
    age_nouns: set[str]
    age_after: list[str]
    relative_days: dict[str, int]
    relative_day_parts: dict[str, tuple[int, str]]
    today_words: set[str]
    anaphoric_days: dict[str, int]
    parts_of_day: dict[str, str]
    parts_of_day_need_preposition: set[str]
    this_words: list[str]
    last_words: set[str]
    next_words: set[str]
    articles: list[str]
    amount_articles: set[str]  # an article before an amount hyphened to its unit ("the 14-day period")
    same_word: str
    part_of_day_prepositions: list[str]
    part_of_day_positions: list[str]
    clock_words: dict[str, str]
    clock_hour_short: list[str]
    clock_hour_long: list[str]
    clock_prepositions: list[str]
    clock_ampm: list[str]
    # a half of the day after a clock time (« 3 heures du matin »): "am" or "pm"
    clock_halves: dict[str, str] = field(default_factory=dict)
    period_phrases: dict[str, tuple[str, int, bool]] = field(default_factory=dict)
    month_positions: list[str] = field(default_factory=list)
    seasons: dict[str, str] = field(default_factory=dict)
    season_articles: list[str] = field(default_factory=list)
    season_prepositions: list[str] = field(default_factory=list)
    season_extent_prepositions: list[str] = field(default_factory=list)  # the article inside the span
    # a position inside a season, part of its expression ("early summer", « la fin de l'été »)
    season_positions: list[str] = field(default_factory=list)
    decade_heads: list[str] = field(default_factory=list)
    decade_positions: list[str] = field(default_factory=list)
    decade_words: dict[str, int] = field(default_factory=dict)
    century_word: str = ""
    ago_prefixes: list[str] = field(default_factory=list)
    # words between the "ago" prefix and its amount, inside the expression (« il y a tout juste un an »)
    ago_intensifiers: list[str] = field(default_factory=list)
    ago_suffixes: list[str] = field(default_factory=list)
    in_prefixes: list[str] = field(default_factory=list)
    set_prefixes: list[str] = field(default_factory=list)
    set_per: list[str] = field(default_factory=list)
    set_adjectives: dict[str, str] = field(default_factory=dict)
    # nouns of a stretch of time that an amount hyphened to its unit qualifies: the whole noun phrase is the
    # DURATION ("a three-year period", "a 90-day span")
    duration_head_nouns: list[str] = field(default_factory=list)
    # unit words that are also fractions: before "of" a share, no time ("three quarters of the members")
    fraction_units: set[str] = field(default_factory=set)
    # a count of times before a rate ("twice a week", « deux fois par mois »): inside the SET's extent
    frequency_counts: list[str] = field(default_factory=list)
    frequency_times: list[str] = field(default_factory=list)
    # amounts after which an indefinite article and a unit are a rate ("$2 million a year")
    rate_amount_words: set[str] = field(default_factory=set)
    # after a plural unit, words that point ahead or back ("the weeks ahead", « les mois à venir »)
    window_after: list[str] = field(default_factory=list)
    # words that anchor a period on the narrative's day, not on the publication's ("the following week", « le
    # mois suivant », « cette semaine-là »; TimeML: anchored on the reference time)
    anaphoric_period_markers: list[str] = field(default_factory=list)
    # after "the (fiscal) year": a year that ends on a day it names, a fiscal year (P1Y), not a calendar year
    period_ended_words: list[str] = field(default_factory=list)
    # words after an amount of time that make it approximate, inside its extent ("two years or so")
    approximation_suffixes: list[str] = field(default_factory=list)
    # a determiner of a part of day anchored on the narrative's day ("that night", "the next morning")
    anaphoric_part_days: dict[str, int] = field(default_factory=dict)
    # prepositions opening a period phrase that are signals, outside its extent (« à <la fin de la semaine> »)
    period_signals: list[str] = field(default_factory=list)
    # « une dizaine », "a dozen": counts that say "about N" (numbers.yaml), read before a unit only
    approximate_counts: dict[str, float] = field(default_factory=dict)
    # « tous les matins »: plural parts of day, each to its singular in ``parts_of_day``
    parts_of_day_plural: dict[str, str] = field(default_factory=dict)
    # "in the future", « à cette époque »: a preposition (a signal, out of the span) before a determiner
    vague_signals: set[str] = field(default_factory=set)
    vague_determiners: list[str] = field(default_factory=list)
    # « la troisième journée », "the second day": determiners, ordinals, and the nouns of a day of an event
    ordinal_day_determiners: list[str] = field(default_factory=list)
    day_ordinals: list[str] = field(default_factory=list)
    ordinal_day_nouns: list[str] = field(default_factory=list)
    vague: dict[str, str] = field(default_factory=dict)
    # words the language writes in lower case: capitalised inside a sentence, part of a name ("60 Minutes")
    lowercase_time_words: frozenset[str] = frozenset()
    # "could one day join": vague words between a modal (or "to") and its verb, and the words before them
    modal_vague: dict[str, str] = field(default_factory=dict)
    modal_vague_openers: list[str] = field(default_factory=list)
    until_now_word: str = ""
    until_now_prefix: str = ""
    until_now_followers: list[str] = field(default_factory=list)
    year_rejected_before: list[str] = field(default_factory=list)
    year_unit_after: list[str] = field(default_factory=list)
    # determiners after which a year before a plural noun names that noun's year, not a count ("the 2014
    # elections", "his 2008 campaigns"): languages that write four-digit counts with a separator
    year_modifier_determiners: frozenset[str] = frozenset()
    noun_year_prepositions: frozenset[str] = frozenset()
    night_end_parts: frozenset[str] = frozenset()
    law_nouns: frozenset[str] = frozenset()
    law_name_openers: frozenset[str] = frozenset()
    far_year_cues: list[str] = field(default_factory=list)
    clock_long_prepositions: list[str] = field(default_factory=list)
    age_head_nouns: set[str] = field(default_factory=set)
    # the words that join the amounts of a list ("aged 24 and 27 years"): each amount of it is what the first is
    amount_list_joiners: list[str] = field(default_factory=list)
    saying_verbs: set[str] = field(default_factory=set)
    # after an anaphoric day, the words that name the event it counts from (« la veille du vote »)
    anaphoric_day_event_links: list[str] = field(default_factory=list)
    clock_duration_before: list[str] = field(default_factory=list)
    weekday_rejected_after: set[str] = field(default_factory=set)
    past_cues: list[str] = field(default_factory=list)
    # words opening a fronted phrase whose year bounds a stretch of time and frames nothing ("since 1998,")
    frame_rejected_cues: list[str] = field(default_factory=list)
    today_set_off_adverbs: list[str] = field(default_factory=list)  # « Aujourd'hui encore, »: nowadays too
    vague_rejected: set[str] = field(default_factory=set)
    # vague words that are a time only when they close their phrase: before a word of
    # vague_complement_openers (or, for those of vague_conjunctions, a clause of their own) they name the time
    # of what follows ("at the time of the flood", « à l'époque où »)
    vague_complemented: set[str] = field(default_factory=set)
    vague_complement_openers: set[str] = field(default_factory=set)
    vague_conjunctions: set[str] = field(default_factory=set)
    ordinals: dict[str, int] = field(default_factory=dict)
    holidays: dict[str, str] = field(default_factory=dict)
    year_parts: dict[str, str] = field(default_factory=dict)
    # "the last half of 1989", "the first two quarters of 1990": a half by its position or its two quarters
    year_half_positions: dict[str, int] = field(default_factory=dict)
    year_half_quarters: list[str] = field(default_factory=list)
    future_cues: list[str] = field(default_factory=list)
    # prepositions (and, for a bare expression, its first word) that place a clause's event at the time
    located_cues: set[str] = field(default_factory=set)
    age_verbs: set[str] = field(default_factory=set)
    located_bare_openers: set[str] = field(default_factory=set)
    thousands_separators: str = ","
    clock_day_joiners: set[str] = field(default_factory=set)
    clock_approximations: list[str] = field(default_factory=list)
    # abbreviations whose full stop the tokenizer keeps inside the token, that can end a sentence (« à 15 h. »)
    final_abbreviations: frozenset[str] = frozenset()
    indefinite_articles: set[str] = field(default_factory=set)
    earlier_words: set[str] = field(default_factory=set)
    plural_endings: list[str] = field(default_factory=lambda: ["s"])
    invariant_plurals: set[str] = field(default_factory=set)
    date_name_before: list[str] = field(default_factory=list)
    date_name_after: set[str] = field(default_factory=set)
    tensed_periods: dict[str, str] = field(default_factory=dict)
    tensed_periods_one_past_event: bool = False  # French « le week-end »: a period only in one past event
    quarter_references: list[str] = field(default_factory=list)
    duration_verbs: set[str] = field(default_factory=set)
    vague_type: str = "TIME"
    anaphoric_years: dict[str, int] = field(default_factory=dict)
    anaphoric_year_rejected_next: list[str] = field(default_factory=list)  # "the year ahead": no anaphoric year
    # words that place a season from the narrative's year (« that spring » 0, « l'été suivant » +1)
    anaphoric_season_words: dict[str, int] = field(default_factory=dict)
    # after a weekday, the way from the narrative's day (« le lundi suivant »: +1, « précédent »: -1)
    weekday_sequence: dict[str, int] = field(default_factory=dict)
    year_earlier_words: list[str] = field(default_factory=list)
    # "the latest quarter" with none named before: the quarter just reported (words of the reference)
    reported_quarter_words: list[str] = field(default_factory=list)
    # nouns of a figure measured over a period: an adjective of frequency before them is no SET
    measure_nouns: set[str] = field(default_factory=set)
    set_units: dict[str, str] = field(default_factory=dict)  # units only after "every" ("every quarter")
    # vague words that before a noun are the noun's property ("future earnings"), no time
    attributive_vague_words: set[str] = field(default_factory=set)
    kind_vague_words: set[str] = field(default_factory=set)
    holiday_time_nouns: set[str] = field(default_factory=set)
    # prepositions through which a name completes the noun before it as its kind (« le marché de Noël »)
    kind_prepositions: set[str] = field(default_factory=set)
    numeric_date_order: str = "dmy"
    decade_position_in_span: bool = False
    decade_value_suffix: str = "X"  # "199X" (French TimeBank) or "" ("199", TimeML 1.2.1)
    parts_of_day_need_cue: bool = False
    lowercase_units: bool = False  # a unit written with a capital is part of a name (« les 24 Heures du Mans »)
    part_of_day_bare_prepositions: set[str] = field(default_factory=set)
    part_of_day_rejected_articles: set[str] = field(default_factory=set)
    tense_words: TenseWords = NO_WORDS


def _period_phrases(raw: dict[str, Any]) -> dict[str, tuple[str, int, bool]]:
    """Expand the period templates into ``phrase -> (unit, offset, within)``."""
    units = _normkeys(raw.get("period_units"))
    out: dict[str, tuple[str, int, bool]] = {}
    bare = set(_normlist(raw.get("period_within_bare_units")))
    narrative_units = set(_normlist(raw.get("period_narrative_units")))
    for word, unit in units.items():
        narrative = (raw.get("period_narrative") or []) if unit in narrative_units else []
        for tpl in narrative:  # "that week": the narrative's week
            out.setdefault(norm(tpl.replace("{u}", word)), (unit, 0, False))
        for offset, key in ((0, "period_this"), (-1, "period_last"), (1, "period_next")):
            for tpl in raw.get(key) or []:
                phrase = norm(tpl.replace("{u}", word)).replace("' ", "'")
                if unit != "day" or offset == 0:
                    out.setdefault(phrase, (unit, offset, False))
        within_forms = [norm(t.replace("{u}", word)).replace("' ", "'")
                        for t in raw.get("period_within_forms") or []
                        if "{u}" != t.strip() or word in bare]
        this_forms = [norm(t.replace("{u}", word)) for t in raw.get("period_this") or []]
        for prefix in raw.get("period_within_prefixes") or []:
            p = prefix.replace("\u2019", "'").lower()
            for form in within_forms + this_forms:
                glue = p if p.endswith(("'", " ")) else p + " "
                if glue.endswith(" de ") and form[:1] in "aeiouéèêh":
                    glue = glue[:-3] + "d'"  # "en fin d'année"
                phrase = norm(glue + form)
                phrase = phrase.replace("de le ", "du ").replace("de les ", "des ")
                out.setdefault(phrase, (unit, 0, True))
        for prefix in raw.get("period_shift_positions") or []:  # "early next week", « fin de l'année dernière »
            p = prefix.replace("\u2019", "'").lower()
            for offset, key in ((-1, "period_last"), (1, "period_next")):
                for tpl in raw.get(key) or []:
                    form = norm(tpl.replace("{u}", word)).replace("' ", "'")
                    phrase = norm(p + form).replace("de le ", "du ").replace("de les ", "des ")
                    if unit != "day":
                        out.setdefault(phrase, (unit, offset, True))
    for phrase, unit in _normkeys(raw.get("period_end_phrases")).items():  # "year-end": the current period's end
        out.setdefault(phrase, (str(unit), 0, True))
    return out


def _numbers(lang: str, raw: dict[str, Any]) -> dict[str, float]:
    """The language's exact number words (``numbers.yaml``: cardinals and fractions; an approximate count
    such as « une dizaine » is no time value). A self-contained lexicon file (``data_dir``) may list its own
    under ``numbers``."""
    if "numbers" in raw:
        return {str(k): float(v) for k, v in (raw.get("numbers") or {}).items()}
    return languages.get(lang).number_words("cardinals", "fractions")


def _approximate(lang: str, raw: dict[str, Any]) -> dict[str, float]:
    """The counts that say "about N" (``numbers.yaml``: ``approximate``), which make a duration only
    before a unit (« une dizaine d'années »); a self-contained lexicon file may list its own under
    ``approximate``."""
    if "numbers" in raw:
        return {str(k): float(v) for k, v in (raw.get("approximate") or {}).items()}
    return languages.get(lang).number_words("approximate")


def load_lexicon(lang: str, data_dir: Path | None = None) -> TimeLexicon:
    """Read ``<data_dir>/<lang>.yaml`` when ``data_dir`` is given, else the language's
    ``times/lexicon.yaml`` (:class:`veille.errors.LanguageError` for an unknown language)."""
    path = data_dir / f"{lang}.yaml" if data_dir else languages.get(lang).path("times", "lexicon.yaml")
    with path.open(encoding="utf-8") as fh:
        raw: dict[str, Any] = yaml.safe_load(fh) or {}
    keep_case = bool(raw.get("case_sensitive_names"))

    def names(key: str) -> dict[str, int]:
        d = raw.get(key) or {}
        return {(str(k) if keep_case else norm(str(k))): int(v) for k, v in d.items()}

    rdp = {norm(k): (int(v[0]), str(v[1])) for k, v in (raw.get("relative_day_parts") or {}).items()}
    return TimeLexicon(
        lang=lang,
        case_sensitive_names=keep_case,
        rejected_names=set(raw.get("rejected_names") or []),
        months=names("months"),
        ambiguous_months=set(raw.get("ambiguous_months") or []),
        month_cues=_normlist(raw.get("month_cues")),
        weekdays=names("weekdays"),
        weekdays_plural=names("weekdays_plural"),
        first_day=_normlist(raw.get("first_day")),
        ordinal_suffix=str(raw.get("ordinal_suffix") or ""),
        numbers={norm(k): v for k, v in _numbers(lang, raw).items()},
        number_joiners=list(raw.get("number_joiners") or [" "]),
        vague_numbers=_normlist(raw.get("vague_numbers")),
        vague_article=norm(str(raw.get("vague_article") or "")),
        vague_article_units=set(_normlist(raw.get("vague_article_units"))),
        vague_article_cues=set(_normlist(raw.get("vague_article_cues"))),
        units=_normkeys(raw.get("units")),
        fixed_durations=_normkeys(raw.get("fixed_durations")),
        rejected_durations=set(_normlist(raw.get("rejected_durations"))),
        duration_modifiers=_normlist(raw.get("duration_modifiers")),
        duration_windows=_normlist(raw.get("duration_windows")),
        age_before=_normlist(raw.get("age_before")),
        age_nouns=set(_normlist(raw.get("age_nouns"))),
        age_after=[str(x).lower() for x in raw.get("age_after") or []],
        relative_days=_normkeys(raw.get("relative_days")),
        relative_day_parts=rdp,
        today_words=set(_normlist(raw.get("today_words"))),
        today_set_off_adverbs=_normlist(raw.get("today_set_off_adverbs")),
        anaphoric_days=_normkeys(raw.get("anaphoric_days")),
        parts_of_day=_normkeys(raw.get("parts_of_day")),
        parts_of_day_need_preposition=set(_normlist(raw.get("parts_of_day_need_preposition"))),
        this_words=_normlist(raw.get("this_words")),
        last_words=set(_normlist(raw.get("last_words"))),
        next_words=set(_normlist(raw.get("next_words"))),
        articles=_normlist(raw.get("articles")),
        amount_articles=set(_normlist(raw.get("amount_articles"))),
        same_word=norm(str(raw.get("same_word") or "")),
        part_of_day_prepositions=_normlist(raw.get("part_of_day_prepositions")),
        part_of_day_positions=_normlist(raw.get("part_of_day_positions")),
        clock_words=_normkeys(raw.get("clock_words")),
        clock_hour_short=_normlist(raw.get("clock_hour_short")),
        clock_hour_long=_normlist(raw.get("clock_hour_long")),
        clock_prepositions=_normlist(raw.get("clock_prepositions")),
        clock_ampm=_normlist(raw.get("clock_ampm")),
        clock_halves={norm(k): str(v) for k, v in (raw.get("clock_halves") or {}).items()},
        period_phrases=_period_phrases(raw),
        tensed_periods={norm(k): str(v) for k, v in (raw.get("tensed_periods") or {}).items()},
        tensed_periods_one_past_event=bool(raw.get("tensed_periods_one_past_event")),
        quarter_references=_normlist(raw.get("quarter_references")),
        duration_verbs=set(_normlist(raw.get("duration_verbs"))),
        vague_type=str(raw.get("vague_type") or "TIME"),
        anaphoric_years={norm(k): int(v) for k, v in (raw.get("anaphoric_years") or {}).items()},
        anaphoric_year_rejected_next=_normlist(raw.get("anaphoric_year_rejected_next")),
        anaphoric_season_words={norm(k): int(v) for k, v in (raw.get("anaphoric_season_words") or {}).items()},
        weekday_sequence={norm(k): int(v) for k, v in (raw.get("weekday_sequence") or {}).items()},
        year_earlier_words=_normlist(raw.get("year_earlier_words")),
        reported_quarter_words=_normlist(raw.get("reported_quarter_words")),
        measure_nouns=set(_normlist(raw.get("measure_nouns"))),
        set_units={norm(k): str(v) for k, v in (raw.get("set_units") or {}).items()},
        attributive_vague_words=set(_normlist(raw.get("attributive_vague_words"))),
        kind_vague_words=set(_normlist(raw.get("kind_vague_words"))),
        holiday_time_nouns=set(_normlist(raw.get("holiday_time_nouns"))),
        kind_prepositions=set(_normlist(raw.get("kind_prepositions"))),
        month_positions=_normlist(raw.get("month_positions")),
        seasons=_normkeys(raw.get("seasons")),
        season_articles=_normlist(raw.get("season_articles")),
        season_prepositions=_normlist(raw.get("season_prepositions")),
        season_extent_prepositions=_normlist(raw.get("season_extent_prepositions")),
        season_positions=_normlist(raw.get("season_positions")),
        decade_heads=_normlist(raw.get("decade_heads")),
        decade_positions=_normlist(raw.get("decade_positions")),
        decade_words=_normkeys(raw.get("decade_words")),
        century_word=norm(str(raw.get("century_word") or "")),
        ago_prefixes=_normlist(raw.get("ago_prefixes")),
        ago_intensifiers=_normlist(raw.get("ago_intensifiers")),
        ago_suffixes=_normlist(raw.get("ago_suffixes")),
        in_prefixes=_normlist(raw.get("in_prefixes")),
        set_prefixes=_normlist(raw.get("set_prefixes")),
        set_per=_normlist(raw.get("set_per")),
        set_adjectives=_normkeys(raw.get("set_adjectives")),
        frequency_counts=_normlist(raw.get("frequency_counts")),
        fraction_units=set(_normlist(raw.get("fraction_units"))),
        duration_head_nouns=_normlist(raw.get("duration_head_nouns")),
        frequency_times=_normlist(raw.get("frequency_times")),
        rate_amount_words=set(_normlist(raw.get("rate_amount_words"))),
        window_after=_normlist(raw.get("window_after")),
        approximation_suffixes=_normlist(raw.get("approximation_suffixes")),
        period_ended_words=_normlist(raw.get("period_ended_words")),
        anaphoric_period_markers=_normlist(raw.get("anaphoric_period_markers")),
        anaphoric_part_days={norm(str(k)): int(v) for k, v in (raw.get("anaphoric_part_days") or {}).items()},
        period_signals=sorted(_normlist(raw.get("period_signals")), key=len, reverse=True),
        approximate_counts={norm(k): v for k, v in _approximate(lang, raw).items()},
        vague_signals=set(_normlist(raw.get("vague_signals"))),
        vague_determiners=_normlist(raw.get("vague_determiners")),
        parts_of_day_plural={norm(str(k)): norm(str(v)) for k, v in (raw.get("parts_of_day_plural") or {}).items()},
        ordinal_day_determiners=_normlist(raw.get("ordinal_day_determiners")),
        day_ordinals=_normlist(raw.get("day_ordinals")),
        ordinal_day_nouns=_normlist(raw.get("ordinal_day_nouns")),
        vague=_normkeys(raw.get("vague")),
        lowercase_time_words=frozenset(_normlist(raw.get("lowercase_time_words"))),
        modal_vague=_normkeys(raw.get("modal_vague")),
        modal_vague_openers=_normlist(raw.get("modal_vague_openers")),
        until_now_word=norm(str(raw.get("until_now_word") or "")),
        until_now_prefix=norm(str(raw.get("until_now_prefix") or "")),
        until_now_followers=_normlist(raw.get("until_now_followers")),
        year_rejected_before=_normlist(raw.get("year_rejected_before")),
        year_unit_after=_normlist(raw.get("year_unit_after")),
        year_modifier_determiners=frozenset(_normlist(raw.get("year_modifier_determiners"))),
        noun_year_prepositions=frozenset(_normlist(raw.get("noun_year_prepositions"))),
        night_end_parts=frozenset(raw.get("night_end_parts") or ()),
        law_nouns=frozenset(_normlist(raw.get("law_nouns"))),
        law_name_openers=frozenset(_normlist(raw.get("law_name_openers"))),
        far_year_cues=_normlist(raw.get("far_year_cues")),
        clock_long_prepositions=_normlist(raw.get("clock_long_prepositions")),
        age_head_nouns=set(_normlist(raw.get("age_head_nouns"))),
        amount_list_joiners=_normlist(raw.get("amount_list_joiners")),
        saying_verbs=set(_normlist(raw.get("saying_verbs"))),
        anaphoric_day_event_links=_normlist(raw.get("anaphoric_day_event_links")),
        clock_duration_before=_normlist(raw.get("clock_duration_before")),
        weekday_rejected_after=set(_normlist(raw.get("weekday_rejected_after"))),
        past_cues=_normlist(raw.get("past_cues")),
        frame_rejected_cues=_normlist(raw.get("frame_rejected_cues")),
        vague_rejected=set(_normlist(raw.get("vague_rejected"))),
        vague_complemented=set(_normlist(raw.get("vague_complemented"))),
        vague_complement_openers=set(_normlist(raw.get("vague_complement_openers"))),
        vague_conjunctions=set(_normlist(raw.get("vague_conjunctions"))),
        ordinals={norm(str(k)): int(v) for k, v in (raw.get("ordinals") or {}).items()},
        holidays={norm(str(k)): str(v) for k, v in (raw.get("holidays") or {}).items()},
        year_parts=_normkeys(raw.get("year_parts")),
        year_half_positions={norm(str(k)): int(v) for k, v in (raw.get("year_half_positions") or {}).items()},
        year_half_quarters=_normlist(raw.get("year_half_quarters")),
        future_cues=_normlist(raw.get("future_cues")),
        located_cues=set(_normlist(raw.get("located_cues"))),
        age_verbs=set(_normlist(raw.get("age_verbs"))),
        located_bare_openers=set(_normlist(raw.get("located_bare_openers"))),
        thousands_separators=str(raw.get("thousands_separators") or ","),
        clock_day_joiners={norm(str(x)) for x in raw.get("clock_day_joiners") or ()},
        clock_approximations=_normlist(raw.get("clock_approximations")),
        final_abbreviations=frozenset(str(x) for x in raw.get("final_abbreviations") or ()),
        indefinite_articles=set(_normlist(raw.get("indefinite_articles"))),
        earlier_words=set(_normlist(raw.get("earlier_words"))),
        plural_endings=[str(x) for x in raw.get("plural_endings") or ["s"]],
        invariant_plurals=set(_normlist(raw.get("invariant_plurals"))),
        date_name_before=_normlist(raw.get("date_name_before")),
        date_name_after=set(_normlist(raw.get("date_name_after"))),
        numeric_date_order=str(raw.get("numeric_date_order") or "dmy"),
        decade_position_in_span=bool(raw.get("decade_position_in_span")),
        decade_value_suffix=str(raw.get("decade_value_suffix", "X") or ""),
        parts_of_day_need_cue=bool(raw.get("parts_of_day_need_cue")),
        lowercase_units=bool(raw.get("lowercase_units")),
        part_of_day_bare_prepositions=set(_normlist(raw.get("part_of_day_bare_prepositions"))),
        part_of_day_rejected_articles=set(_normlist(raw.get("part_of_day_rejected_articles"))),
        tense_words=TenseWords(etre_verbs=frozenset(_normlist(raw.get("etre_verbs"))),
                               prospective=frozenset(_normlist(raw.get("prospective_verbs"))),
                               scheduling=frozenset(_normlist(raw.get("scheduling_verbs"))),
                               postponing=frozenset(_normlist(raw.get("postponing_verbs"))),
                               future_endings=tuple(_normlist(raw.get("future_endings"))),
                               future_words=frozenset(_normlist(raw.get("future_words"))),
                               conditional_endings=tuple(_normlist(raw.get("conditional_endings"))),
                               target_prepositions=frozenset(_normlist(raw.get("target_prepositions"))),
                               simple_past_auxiliaries=frozenset(
                                   _normlist(raw.get("simple_past_auxiliaries"))),
                               aim_adjectives=frozenset(_normlist(raw.get("aim_adjectives"))),
                               pluperfect_auxiliaries=frozenset(_normlist(raw.get("pluperfect_auxiliaries"))),
                               modal_auxiliaries=frozenset(_normlist(raw.get("modal_auxiliaries"))),
                               effect_phrases=frozenset(_phrase_pairs(raw.get("effect_phrases"))),
                               recent_past_phrases=frozenset(_phrase_pairs(raw.get("recent_past_phrases")))),
    )
