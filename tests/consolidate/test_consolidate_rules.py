"""Unit rules of consolidation: dates, sides, same-story sketches, registry ids."""

from __future__ import annotations

from datetime import date

import pytest

from veille.consolidate import (
    EventSignature,
    bound_range,
    event_range,
    registry_id,
    same_event,
    sides_match,
    surname_key,
    timex_range,
)
from veille.consolidate.stories import StoryCard, lede_days, same_story
from veille.contract.models import Actor


@pytest.mark.parametrize("value, expected", [
    ("2024-10-17", (date(2024, 10, 17), date(2024, 10, 17))),
    ("2024-10-17T14:30", (date(2024, 10, 17), date(2024, 10, 17))),
    ("2024-W42", (date(2024, 10, 14), date(2024, 10, 20))),
    ("2024-02", (date(2024, 2, 1), date(2024, 2, 29))),
    ("2024-Q4", (date(2024, 10, 1), date(2024, 12, 31))),
    ("2023", (date(2023, 1, 1), date(2023, 12, 31))),
    ("PAST_REF", None), ("P3D", None), ("2024-02-31", None), (None, None), ("XXXX-10-17", None),
])
def test_timex_range(value, expected):
    assert timex_range(value) == expected


def test_event_range_uses_enddate_then_publication():
    assert event_range("2024-10-14", "2024-10-17", None) == (date(2024, 10, 14), date(2024, 10, 17))
    assert event_range(None, None, "2024-10-18") == (date(2024, 10, 18), date(2024, 10, 18))
    assert event_range("FUTURE_REF", None, None) is None


def test_bound_range():
    assert bound_range("2024-10", "2024-10") == ("2024-10-01", "2024-10-31")
    assert bound_range(None, "2024") == (None, "2024-12-31")
    with pytest.raises(ValueError):
        bound_range("tomorrow", None)


def sig(event, actor, recipient, start=None, end=None, *, article="", types=(), country=None):
    d0 = date.fromisoformat(start) if start else None
    d1 = date.fromisoformat(end or start) if start else None
    return EventSignature(event, frozenset(actor), frozenset(recipient), d0, d1, country=country,
                          article=article, article_types=frozenset(types or {event}))


def test_same_event_needs_type_sides_and_dates():
    a = sig("CONSULT", {"JPN"}, {"UKR"}, "2024-10-17")
    assert same_event(a, sig("CONSULT", {"JPN"}, {"UKR"}, "2024-10-18"))  # one day of tolerance
    assert not same_event(a, sig("CONSULT", {"JPN"}, {"UKR"}, "2024-10-20"))
    assert not same_event(a, sig("ACCUSE", {"JPN"}, {"UKR"}, "2024-10-17"))
    assert not same_event(a, sig("CONSULT", {"JPN"}, {"NATO"}, "2024-10-17"))
    assert same_event(a, sig("CONSULT", {"JPN"}, {"UKR"}, "2024-10-14", "2024-10-20"))  # its week
    assert not same_event(a, sig("CONSULT", {"JPN"}, {"UKR"}, "2024-01-01", "2024-12-31"))  # a year


def test_symmetric_types_may_swap_or_merge_sides():
    a = sig("AGREE", {"JPN"}, {"NATO"}, "2024-10-17")
    assert same_event(a, sig("AGREE", {"NATO"}, {"JPN"}, "2024-10-17"))
    assert same_event(a, sig("AGREE", {"JPN", "NATO"}, set(), "2024-10-17"))
    accuse = sig("ACCUSE", {"CHN"}, {"TWN"}, "2024-10-14")
    assert not sides_match(accuse, sig("ACCUSE", {"TWN"}, {"CHN"}, "2024-10-14"))


def test_missing_recipient_does_not_object_but_a_missing_date_never_merges():
    assert same_event(sig("PROTEST", {"FRA"}, set(), "2024-05-02"), sig("PROTEST", {"FRA"}, {"FRA"}, "2024-05-02"))
    assert not same_event(sig("PROTEST", {"FRA"}, set()), sig("PROTEST", {"FRA"}, set()))


def test_reports_of_one_article_are_never_one_event():
    a = sig("PROTEST", {"FRA"}, set(), "2024-05-02", article="x")
    assert not same_event(a, sig("PROTEST", {"FRA"}, set(), "2024-05-02", article="x"))
    assert same_event(a, sig("PROTEST", {"FRA"}, set(), "2024-05-02", article="y"))


def test_talks_and_deal_corefer_unless_an_article_tells_them_apart():
    talks = sig("CONSULT", {"SAU"}, {"IRN"}, "2023-04-06", article="a")
    deal = sig("AGREE", {"SAU", "IRN"}, set(), "2023-04-06", article="b")
    assert same_event(talks, deal)
    both = sig("AGREE", {"SAU", "IRN"}, set(), "2023-04-06", article="c", types={"AGREE", "CONSULT"})
    assert not same_event(talks, both)
    assert not same_event(talks, sig("ACCUSE", {"SAU"}, {"IRN"}, "2023-04-06", article="d"))


def test_places_in_two_countries_are_two_events():
    a = sig("PROTEST", {"FRA"}, set(), "2024-05-02", article="a", country="FRA")
    assert not same_event(a, sig("PROTEST", {"FRA"}, set(), "2024-05-02", article="b", country="BEL"))
    assert same_event(a, sig("PROTEST", {"FRA"}, set(), "2024-05-02", article="b"))


@pytest.mark.parametrize("actor, expected", [
    (Actor("a", "OTAN", "organization", "NATO", igo=True), "igo:NATO"),
    (Actor("a", "Japon", "country", "JPN"), "country:JPN"),
    (Actor("a", "Gen Nakatani", "person", "JPN"), "person:gen-nakatani"),
    (Actor("a", "M. Rutte", "person", "NLD"), "person:rutte"),
    (Actor("a", "Volodymyr Zelensky", "person", "UKR"), "person:volodymyr-zelensky"),
    (Actor("a", "l'armée russe", "group", "RUS", ["MIL"]), "group:RUS:MIL"),
    (Actor("a", "ministère de la Défense", "organization", "JPN", ["GOV"]), "org:JPN:ministere-de-la-defense"),
    (Actor("a", "Hamas", "organization", None), "org:hamas"),
])
def test_registry_ids(actor, expected):
    assert registry_id(actor) == expected


def test_surname_key_keeps_particles():
    assert surname_key("Ursula von der Leyen") == "von der leyen"
    assert surname_key("Mark Rutte") == "rutte"
    assert surname_key("M. Rutte") == "rutte"


@pytest.mark.parametrize("name, proper", [
    ("Mark Rutte", True), ("Ursula von der Leyen", True), ("Gen Nakatani", True), ("M. Rutte", True),
    ("Jean-Noël Barrot", True), ("le ministre", False), ("a spokesman for the Foreign Ministry", False),
    ("", False),
])
def test_is_proper_name(name, proper):
    from veille.consolidate.actors import is_proper_name

    assert is_proper_name(name) is proper


def test_a_span_matches_the_same_span_and_contains_precise_dates_but_a_year_never_merges():
    span = sig("AID", {"JPN"}, {"UKR"}, "2023-05-01", "2024-03-31", article="a")
    assert same_event(span, sig("AID", {"JPN"}, {"UKR"}, "2023-05-01", "2024-03-31", article="b"))
    assert same_event(span, sig("AID", {"JPN"}, {"UKR"}, "2023-06-01", "2023-06-30", article="b"))
    assert not same_event(span, sig("AID", {"JPN"}, {"UKR"}, "2024-05-01", "2024-05-31", article="b"))
    year = sig("SANCTION", {"SAU"}, {"IRN"}, "2016-01-01", "2016-12-31", article="a")
    assert not same_event(year, sig("SANCTION", {"SAU"}, {"IRN"}, "2016-01-01", "2016-12-31", article="b"))
    assert not same_event(year, sig("SANCTION", {"SAU"}, {"IRN"}, "2016-01-01", "2016-01-31", article="b"))


def test_symmetric_reports_without_recipient_share_two_parties_when_both_name_two():
    deal = sig("AGREE", {"JPN", "NATO"}, set(), "2024-10-17", article="a")
    assert not same_event(deal, sig("AGREE", {"JPN"}, {"UKR"}, "2024-10-17", article="b"))
    assert same_event(deal, sig("AGREE", {"NATO"}, {"JPN"}, "2024-10-17", article="b"))
    assert same_event(deal, sig("AGREE", {"JPN"}, set(), "2024-10-17", article="b"))
    # codes count once per actor: a person's registry id beside its country is not a second party
    assert not same_event(sig("CONSULT", {"JPN", "person:gen-nakatani"}, {"NATO"}, "2024-10-17", article="a"),
                          sig("CONSULT", {"JPN", "person:gen-nakatani"}, {"UKR"}, "2024-10-17", article="b"))


def test_the_merged_event_takes_the_most_precise_date_and_the_most_named_place():
    from veille.consolidate.events import ReportFacts, merged_event

    def report(uid, value, start, end, place=None, gid=None, actor=("JPN",), recipient=("G7",)):
        return ReportFacts(uid, "sha-" + uid, "CONSULT", value, None, date.fromisoformat(start),
                           date.fromisoformat(end), place, "ITA" if place else None, gid, actor, recipient, 0.8)

    merged = merged_event("C1", [
        report("b", "2024-W42", "2024-10-14", "2024-10-20", "Italie", None),
        report("a", "2024-10-19", "2024-10-19", "2024-10-19", "Naples", 3172394),
        report("c", "2024-W42", "2024-10-14", "2024-10-20", "Italie", None, recipient=()),
    ])
    assert (merged.date, merged.date_from) == ("2024-10-19", "a")
    assert (merged.place, merged.place_from) == ("Naples", "a")  # a GeoNames place before a bare name
    assert merged.actor == {"JPN": ["a", "b", "c"]} and merged.recipient == {"G7": ["a", "b"]}
    assert (merged.reports, merged.articles) == (3, 3)
    assert merged_event("C2", []) is None


def test_a_registry_row_merged_with_new_facts_is_the_row_of_all_facts():
    import random

    from veille.consolidate.actors import ActorFact, as_facts, registry_actor

    rng = random.Random(4)
    names = ["Mark Rutte", "Rutte", "M. Rutte", "Mark Rutte"]
    facts = [ActorFact(rng.choice(names), "person", rng.choice(["NLD", "NATO", None]),
                       rng.choice([(), ("GOV",), ("GOV", "MIL")]), False,
                       rng.choice(["2023-07-08", "2024-10-17", "2024-10-18", None]), f"{i:04d}")
             for i in range(40)]
    whole = registry_actor("person:mark-rutte", facts)
    for cut in range(1, 40, 3):
        shuffled = facts[:]
        rng.shuffle(shuffled)
        row = registry_actor("person:mark-rutte", shuffled[:cut])
        for fact in shuffled[cut:]:  # one article at a time, as saves come
            row = registry_actor("person:mark-rutte", [*as_facts(row), fact])
        assert row == whole


def test_a_coarse_date_links_only_when_its_day_precise_matches_fall_on_one_day():
    from veille.consolidate.events import linked

    march = sig("CONSULT", {"KEN"}, {"SOM"}, "2025-03-01", "2025-03-31", article="m")
    fourth = sig("CONSULT", {"KEN"}, {"SOM"}, "2025-03-04", article="a")
    twentieth = sig("CONSULT", {"KEN"}, {"SOM"}, "2025-03-20", article="b")
    fifth = sig("CONSULT", {"KEN"}, {"SOM"}, "2025-03-05", article="c")  # within the tolerance
    assert linked(march, fourth, lambda s: [fourth, fifth])
    assert not linked(march, fourth, lambda s: [fourth, twentieth])
    assert linked(fourth, fifth, lambda s: [fourth, twentieth])  # two days: never asked
    other_month = sig("CONSULT", {"KEN"}, {"SOM"}, "2025-03-01", "2025-03-31", article="n")
    assert linked(march, other_month, lambda s: [fourth] if s is march else [])
    assert not linked(march, other_month, lambda s: [fourth] if s is march else [twentieth])


def _card(name: str, day: str | None, *features: str) -> StoryCard:
    return StoryCard(article=name, day=day, features=frozenset(features))


# A summit on Thursday told by two outlets, a Friday wrap-up of the same visit, and a sibling story of
# the Friday (a strike on the port where the deal was to be carried out) that recalls Thursday's news.
SUMMIT = ("p:kishida", "p:yoon", "g:1850147", "c:JPN", "c:KOR", "e:CONSULT:JPN+KOR", "e:AGREE:JPN+KOR",
          "w:tokyo", "w:summit")
WRAP_UP = ("p:kishida", "p:yoon", "g:1850147", "c:JPN", "c:KOR", "e:CONSULT:JPN+KOR", "w:tokyo",
           "w:friday")
SIBLING = ("p:kishida", "g:1850147", "c:JPN", "c:KOR", "e:ASSAULT:PRK+KOR", "p:kim", "g:1871859",
           "n:800", "w:pyongyang", "w:missile", "w:launch", "w:korean")


def test_same_lede_day_needs_a_fifth_in_common_a_next_day_follow_up_most_and_two_days_never():
    thursday, friday, saturday = "2023-03-16", "2023-03-17", "2023-03-18"
    assert lede_days(thursday) == ("2023-03-15", thursday, friday)
    assert lede_days("2024-03-01")[0] == "2024-02-29"
    summit = _card("a", thursday, *SUMMIT)
    assert same_story(summit, _card("b", thursday, *SIBLING))  # one day, the same people and places
    assert same_story(summit, _card("c", friday, *WRAP_UP))
    assert same_story(_card("c", friday, *WRAP_UP), summit)  # the rule is symmetric
    assert not same_story(summit, _card("d", friday, *SIBLING))  # next day, background only
    assert not same_story(summit, _card("e", saturday, *WRAP_UP))
    assert not same_story(summit, _card("f", None, *SUMMIT))


def test_the_tolerance_never_joins_two_days_an_article_tells_apart():
    from dataclasses import replace

    from veille.consolidate.events import day_keys, told_apart

    # article a: "Kenya and Somalia held talks on Sunday; on Monday their presidents met"
    told = day_keys("CONSULT", date(2025, 5, 11), date(2025, 5, 11), "clause", {"KEN", "SOM"}) | day_keys(
        "CONSULT", date(2025, 5, 12), date(2025, 5, 12), "clause", {"KEN", "SOM"})
    monday_a = replace(sig("CONSULT", {"KEN"}, {"SOM"}, "2025-05-12", article="a"), article_days=frozenset(told))
    sunday_b = sig("CONSULT", {"KEN"}, {"SOM"}, "2025-05-11", article="b")  # another outlet's Sunday talks
    assert told_apart(monday_a, sunday_b) and told_apart(sunday_b, monday_a)
    assert not same_event(monday_a, sunday_b)
    assert same_event(monday_a, sig("CONSULT", {"KEN"}, {"SOM"}, "2025-05-12", article="b"))  # its own day
    # the same article's Sunday is about other countries: nothing told apart, the tolerance holds
    other = replace(monday_a, article_days=frozenset(
        day_keys("CONSULT", date(2025, 5, 11), date(2025, 5, 11), "clause", {"ETH"}) | day_keys(
            "CONSULT", date(2025, 5, 12), date(2025, 5, 12), "clause", {"KEN", "SOM"})))
    assert same_event(other, sunday_b)
    assert day_keys("CONSULT", date(2025, 5, 1), date(2025, 5, 31), "clause", {"KEN"}) == set()  # a month
    # a day the article does not give (the publication day, a day carried from the narrative) tells
    # nothing apart: "Kenya and Somalia held talks on Sunday. Officials met again, the ministry said."
    assert day_keys("CONSULT", date(2025, 5, 12), date(2025, 5, 12), "publication", {"KEN"}) == set()
    assert day_keys("CONSULT", date(2025, 5, 12), date(2025, 5, 12), "narrative", {"KEN"}) == set()
    assert day_keys("CONSULT", date(2025, 5, 12), date(2025, 5, 12), "governing", {"KEN"}) == {
        ("CONSULT", date(2025, 5, 12), "KEN")}


def test_a_report_dated_by_default_is_not_told_apart_by_its_own_article():
    from dataclasses import replace

    from veille.consolidate.events import day_keys

    # article a: "Kenya and Somalia held talks on Sunday. Officials met again, the ministry said." (the
    # second report has the publication day, Monday: the article does not date it)
    told = frozenset(day_keys("CONSULT", date(2025, 5, 11), date(2025, 5, 11), "clause", {"KEN", "SOM"}))
    monday_a = replace(sig("CONSULT", {"KEN"}, {"SOM"}, "2025-05-12", article="a"), article_days=told)
    sunday_b = sig("CONSULT", {"KEN"}, {"SOM"}, "2025-05-11", article="b")
    assert same_event(monday_a, sunday_b)


def test_a_lede_day_may_come_from_a_part_of_the_day():
    from dataclasses import replace

    import docfactory as f

    from veille.consolidate.stories import lede_day
    from veille.contract.models import Time

    # published on Sunday about Saturday evening; a time of day names its day as a date does
    text = "Le président a annoncé samedi soir sa démission.\n\nLes partis se réuniront lundi."
    doc, _article = f.build(text, published="2025-05-11", language="fr", times=[("lundi", "2025-05-12")])
    evening = Time(text.index("samedi soir"), text.index("samedi soir") + 11, "samedi soir", type="TIME",
                   value="2025-05-10TEV")
    assert lede_day(replace(doc, times=[*doc.times, evening]), text) == "2025-05-10"
    at_ten = Time(0, 3, "Le ", type="TIME", value="T10:00")  # no day: the publication day stays
    assert lede_day(replace(doc, times=[at_ten]), text) == "2025-05-11"
