"""People with dated roles from the Phoenix dictionaries: the article's date picks the role."""

from __future__ import annotations

from datetime import date

import pytest

from veille.analyze.actors._phoenix import load_roles, role_on
from veille.analyze.pipeline import Analyzer
from veille.ingest.article import Article


def test_the_date_picks_the_role():
    assert len(load_roles()) > 10000
    # Tony Abbott: opposition leader / legislator until 18 Sept 2013, then prime minister
    assert role_on("Tony Abbott", date(2013, 10, 1)) == "AUSGOV"
    assert role_on("Tony Abbott", date(2010, 1, 1)).startswith("AUSGOV")
    assert role_on("Tony Abbott", None) == "AUSELI"  # no date: the undated default role
    assert role_on("Barack Obama", date(2012, 1, 1)) == "USAGOV"
    assert role_on("Nobody Atall", date(2012, 1, 1)) is None


@pytest.mark.model
def test_a_listed_person_gets_country_and_sector_from_the_role():
    analyzer = Analyzer(stages=("actors",))
    doc = analyzer.analyze(Article(text="Tanya Plibersek announced new funding on Friday.", id="t",
                                   published="2012-06-15", language="en"))
    person = next(a for a in doc.actors if a.kind == "person")
    assert person.country == "AUS" and person.sector == ["GOV"]


def test_a_name_s_roles_are_made_at_its_first_look_up():
    from veille.analyze.actors._phoenix import Role, RoleTable

    table = RoleTable({"ann example": ["ann example\tXYZGOV\t2001-01-01\t2004-12-31",
                                       "ann example\tXYZELI\t\t\textra column"]})
    assert len(table) == 1 and list(table) == ["ann example"]
    assert table.get("nobody") is None
    first = table["ann example"]
    assert first == (Role("XYZGOV", date(2001, 1, 1), date(2004, 12, 31)), Role("XYZELI", None, None))
    assert table["ann example"] is first  # made once



def test_a_double_surname_is_found_by_the_first_surname_alone():
    # the dictionaries list Spanish-speaking people with both surnames; the wire writes the first one
    assert role_on("Alvaro Uribe", date(2008, 7, 3)) == "COLGOV"
    assert role_on("Alvaro Uribe Velez", date(2008, 7, 3)) == "COLGOV"


def test_first_surname_listings_only_for_unique_spanish_naming():
    from veille.analyze.actors._phoenix import _add_first_surnames

    lines = {
        "juan perez gomez": ["juan perez gomez\tMEXGOV\t\t\tx"],
        "maria lopez diaz": ["maria lopez diaz\tPERGOV\t\t\tx"],
        "maria lopez ruiz": ["maria lopez ruiz\tPERLEG\t\t\tx"],   # two people shorten to "maria lopez"
        "luiz inacio silva": ["luiz inacio silva\tBRAGOV\t\t\tx"],  # Brazil: the father's surname is last
        "ana torres": ["ana torres\tCHLGOV\t\t\tx"],
        "ana torres vidal": ["ana torres vidal\tCHLJUD\t\t\tx"],  # the short name is someone else's
    }
    _add_first_surnames(lines)
    assert lines["juan perez"] == lines["juan perez gomez"]
    assert "maria lopez" not in lines
    assert "luiz inacio" not in lines
    assert lines["ana torres"] == ["ana torres\tCHLGOV\t\t\tx"]
