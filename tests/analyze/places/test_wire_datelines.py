"""Wire datelines abroad: a capital's curated English spelling in capitals is a place ("KIEV -"), and the
officials of another country named in the story do not move a dateline town to that country's namesake
("GENEVA (Reuters) - ... President Obama said": Switzerland, not Geneva, Illinois). Sentences written
before the rules; the whole analysis, since the people's countries come from the actors stage."""

from __future__ import annotations

import pytest

from veille.analyze.pipeline import Analyzer
from veille.ingest.article import Article

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def places():
    analyzer = Analyzer(stages=("actors", "places"))
    return lambda text: [(p.text, p.country) for p in analyzer.analyze(Article(text=text, language="en")).places]


def test_a_capital_spelt_the_english_way_in_a_dateline(places):
    assert ("KIEV", "UKR") in places("KIEV - Students blocked the main avenue on Saturday.")


def test_acronyms_in_capitals_stay_no_towns(places):
    assert not any(text in ("EU", "NATO") for text, _c in places("EU and NATO envoys met on Monday."))


@pytest.mark.parametrize("text", [
    "GENEVA (Reuters) - Syria's opposition walked out of the talks. U.S. Secretary of State John Kerry said "
    "Washington regretted the move.",
    "GENEVA - The talks on Iran resumed. President Barack Obama said the United States was hopeful.",
])
def test_foreign_officials_do_not_move_a_dateline_town(places, text):
    assert ("GENEVA", "CHE") in places(text)


def test_a_us_story_keeps_its_us_town(places):
    assert ("Paris", "USA") in places("Tornadoes hit Paris, Texas, on Sunday. Gov. Rick Perry visited Paris.")


@pytest.fixture(scope="module")
def metonyms():
    analyzer = Analyzer(stages=("actors", "places"))

    def run(text: str, language: str) -> dict[str, bool]:
        return {p.text: p.metonym for p in analyzer.analyze(Article(text=text, language=language)).places}

    return run


@pytest.mark.parametrize(("text", "language", "town"), [
    ("CARACAS - Thousands of nurses marched through the capital on Friday to demand higher wages.", "en", "CARACAS"),
    ("NAIROBI - Doctors walked out of public hospitals on Monday over unpaid salaries.", "en", "NAIROBI"),
    ("BANGKOK (Reuters) - Farmers blocked a highway north of the capital on Wednesday.", "en", "BANGKOK"),
    ("BAMAKO (AFP) - Des centaines d'enseignants ont manifesté jeudi pour réclamer leurs arriérés de salaire.", "fr",
     "BAMAKO"),
])
def test_a_dateline_town_is_where_the_story_is_told_from(metonyms, text, language, town):
    # (whatever the parse makes of the line's first word: the town of the dateline, never its government)
    assert metonyms(text, language).get(town) is False
