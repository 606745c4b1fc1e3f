"""Sides of US domestic politics that nothing in the sentence marks as American (issue 11): the names of bodies
and parties only the United States' public life has (the Republican and Democratic parties and their national
committees, the GOP, Republicans and Democrats of the House or the Senate, Capitol Hill, the National Security
Agency, the Homeland Security, Treasury and Defense departments) are the United States', with their sector; a
name other countries' bodies share is another's when a state or a state's adjective qualifies it ("Italy's
Democrats", "the Democratic Party of Japan", "Sweden Democrats") or when another capitalised word opens a longer
name ("Liberal Democrats", "Social Democrats"), and a guard of a republic is no party. Sentences written before
the rules, none taken from an evaluation set."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _sides(table):
    return {(a.country, s) for a in table.actors for s in (a.sector or [None])}


@pytest.mark.parametrize(("text", "side"), [
    ("Republicans criticised the budget deal on Tuesday.", ("USA", "PTY")),
    ("The Republican Party nominated its candidate in Cleveland.", ("USA", "PTY")),
    ("Senate Democrats blocked the spending bill on Monday.", ("USA", "PTY")),
    ("House Republicans voted to sue the president over the health law.", ("USA", "PTY")),
    ("The GOP rejected the proposal of the governor.", ("USA", "PTY")),
    ("The Democratic National Committee apologised to the senator on Sunday.", ("USA", "PTY")),
    ("The RNC praised the nominee's speech.", ("USA", "PTY")),
    ("Democrats accused the Speaker of stalling the vote.", ("USA", "PTY")),
    ("Congressional Republicans attacked the president's nominee.", ("USA", "PTY")),
    ("Capitol Hill reacted angrily to the trade deal.", ("USA", "LEG")),
    ("The National Security Agency collected the phone records of millions.", ("USA", "SPY")),
    ("The Department of Homeland Security deported the asylum seekers.", ("USA", "GOV")),
    ("The Treasury Department sanctioned three banks on Thursday.", ("USA", "GOV")),
])
def test_a_body_of_us_public_life_is_american(en_actors, text, side):
    assert side in _sides(en_actors(text)), _sides(en_actors(text))


@pytest.mark.parametrize("text", [
    "Italy's Democrats criticised Berlusconi's budget.",
    "The Democratic Party of Japan lost its majority in the upper house.",
    "The Sweden Democrats won seats in the Riksdag.",
    "The Liberal Democrats rejected the Conservative budget.",
    "The Social Democrats formed a coalition in Berlin.",
    "The Republican Guard shelled the rebel town.",
    "Iran's Republican Guards seized the tanker.",
    "The Democratic Republic of Congo accused Rwanda of backing the rebels.",
    "Australia's Labor party criticised the government.",
    "The Senate of Italy approved the reform.",
    "The governor of the Bank of England warned the banks.",
    "Lawmakers met in Capitol Hill restaurants after the vote.",
])
def test_a_namesake_of_another_country_is_not_american(en_actors, text):
    assert not any(country == "USA" for country, _s in _sides(en_actors(text))), _sides(en_actors(text))


@pytest.mark.parametrize(("text", "org"), [
    ("{The Democrats today blocked the nomination.}", "DEMS-USA"),
    ("{The Security Council today extended the mandate of the force.}", "UNSC"),
    ("Russia's UN Security Council veto angered the Republicans.", "GOP"),
])
def test_a_name_opened_by_a_determiner_keeps_its_organisation(en_actors, text, org):
    assert org in {a.id for a in en_actors(text).actors}


def test_an_american_qualifier_keeps_the_party(en_actors):
    assert ("USA", "PTY") in _sides(en_actors("U.S. Republicans criticised the Iran deal."))


@pytest.mark.parametrize(("text", "name"), [
    ("Sen. Tom Harkin (D-Iowa) criticised the farm bill.", "Tom Harkin"),
    ("Rep. Jane Doe (R-Texas) praised the trade deal on Monday.", "Jane Doe"),
    ("Rep. Steve Brown, D-N.Y., said the plan would fail.", "Steve Brown"),
    ("Sen. Mary Smith (D-MA) attacked the proposal.", "Mary Smith"),
    ("Sen. Bob Jones (I-Vt.) met the governor in Montpelier.", "Bob Jones"),
])
def test_a_legislator_with_a_us_party_and_state_label_is_american(en_actors, text, name):
    people = {a.name: (a.country, a.sector) for a in en_actors(text).actors if a.kind == "person"}
    assert people.get(name) == ("USA", ["LEG"]), people


def test_a_title_written_before_the_label_keeps_its_sector(en_actors):
    people = {a.name: (a.country, a.sector) for a in en_actors(
        "Committee chairman Dan Lowe (R-Calif.) subpoenaed the bank.").actors if a.kind == "person"}
    assert people.get("Dan Lowe") == ("USA", ["GOV"]), people


@pytest.mark.parametrize("text", [
    "Deputy Paulo Lima (PT-SP) criticised the budget.",
    "Jan Novak (ODS) criticised the government in Prague.",
    "Tom Reed (R) criticised the budget.",
    "Anna Berg (D-Day veteran) spoke at the ceremony.",
    "The report by Tom Green (R-2) was published.",
])
def test_other_brackets_after_a_name_are_no_us_label(en_actors, text):
    assert not any(a.country == "USA" for a in en_actors(text).actors if a.kind == "person")


@pytest.mark.parametrize(("text", "name"), [
    ("Republican presidential nominee Tom Green attacked the senator.", "Tom Green"),
    ("Democratic Sen. Amy Stone criticised the plan on Sunday.", "Amy Stone"),
    ("Republican candidate Walter Briggs praised the sheriff.", "Walter Briggs"),
    ("The Democratic presidential candidate John Marsh met union leaders in Ohio.", "John Marsh"),
    ("GOP Rep. Carl Dunn voted against the bill.", "Carl Dunn"),
])
def test_a_person_titled_with_a_us_party_is_american(en_actors, text, name):
    people = {a.name: a.country for a in en_actors(text).actors if a.kind == "person"}
    assert people.get(name) == "USA", people


@pytest.mark.parametrize(("text", "name"), [
    ("Republican Guard commander Ali Fadavi threatened the ships.", "Ali Fadavi"),
    ("Italy's Democratic leader Pier Bersani rejected the offer.", "Pier Bersani"),
    ("Democratic Republic of Congo President Paul Mbeki met the envoy.", "Paul Mbeki"),
    ("Social Democratic leader Jan Kral criticised the budget.", "Jan Kral"),
    ("The Japanese Democratic lawmaker Kenji Sato resigned.", "Kenji Sato"),
    ("Democratic leaders praised Senator John Hale in Seoul.", "John Hale"),
])
def test_a_party_word_of_another_name_or_country_is_not_american(en_actors, text, name):
    people = {a.name: a.country for a in en_actors(text).actors if a.kind == "person"}
    assert people.get(name) != "USA", people
