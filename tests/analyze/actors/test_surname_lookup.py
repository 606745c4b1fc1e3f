"""A person named by the surname alone ("Davutoglu said", « Namhong a affirmé », "President Gbagbo") takes the
country of the one person the Phoenix dictionaries list under that surname in office on the article's date;
none when several listed people of that surname hold a role then, when nobody does, or with no date."""

from __future__ import annotations

from datetime import date

import pytest

from veille.analyze.actors._phoenix import RoleTable, surname_role
from veille.analyze.pipeline import Analyzer
from veille.ingest.article import Article

TABLE = RoleTable({
    "ann example": ["ann example\tXYZGOV\t2001-01-01\t2004-12-31\tsrc:1"],
    "president example": ["president example\tXYZGOV\t2001-01-01\t2004-12-31\tsrc:1"],
    "bob sample": ["bob sample\tABCGOV\t2003-01-01\t\tsrc:2"],
    "carl sample": ["carl sample\tDEFGOV\t2002-01-01\t\tsrc:3"],
    "dora trial": ["dora trial\tGHIELI\t\t\tsrc:4"],
})


def test_the_one_person_of_a_surname_in_office_gives_the_role():
    # two listed names of one person (one source line): one person
    assert surname_role(TABLE, "example", date(2003, 5, 1)) == "XYZGOV"


def test_no_role_out_of_office_or_without_a_date():
    assert surname_role(TABLE, "example", date(2008, 5, 1)) is None
    assert surname_role(TABLE, "example", None) is None
    assert surname_role(TABLE, "trial", date(2003, 5, 1)) is None  # an undated role is no office held


def test_no_role_when_two_people_of_the_surname_hold_office():
    assert surname_role(TABLE, "sample", date(2004, 1, 1)) is None
    # before the second took office, the first is the only one
    assert surname_role(TABLE, "sample", date(2002, 6, 1)) == "DEFGOV"


def _people(text: str, published: str, language: str) -> dict[str, str | None]:
    doc = Analyzer(stages=("actors",)).analyze(Article(text=text, id="t", published=published,
                                                       language=language))
    return {a.name: a.country for a in doc.actors if a.kind == "person"}


@pytest.mark.model
@pytest.mark.parametrize(("text", "published", "language", "surname", "country"), [
    ("Davutoglu said on Monday that Ankara would not reopen the talks.", "2010-03-01", "en", "Davutoglu", "TUR"),
    ("Foreign Minister Namhong told reporters that the border was calm.", "2011-02-22", "en", "Namhong", "KHM"),
    ("Gbagbo a refusé jeudi de quitter le pouvoir.", "2010-12-09", "fr", "Gbagbo", "CIV"),
])
def test_a_surname_alone_is_looked_up_on_the_article_s_date(text, published, language, surname, country):
    assert _people(text, published, language).get(surname) == country


@pytest.mark.model
def test_a_listed_surname_naming_a_place_is_not_its_bearer():
    # the tagger takes "Kent" for a person; PETER_KENT was a Canadian minister in 2013
    people = _people("A tree fell on a caravan where she was sleeping in Kent.", "2013-10-29", "en")
    assert "Kent" in people and people["Kent"] is None


@pytest.mark.model
def test_a_surname_before_its_bearer_took_office_stays_uncoded():
    assert _people("Davutoglu said on Monday that the talks would resume.", "2005-03-01", "en").get(
        "Davutoglu") is None
