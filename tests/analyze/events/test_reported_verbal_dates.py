"""A verbal event told in a report ("the court said she breached the code": an accusation) happened when it
was said. An undated "said" is the report's own day (the lead's day, else the publication), not the last
day the narrative fixed; events the report only relates keep the narrative day. A time inside a relative
clause dates what that clause describes, not the event. Sentences written before the rules; published
Thursday 2024-03-14."""

from __future__ import annotations

import pytest
from events_helpers import event_of, event_runner

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def runs(en_nlp, fr_nlp):
    return event_runner({"en": en_nlp, "fr": fr_nlp})


@pytest.mark.parametrize(("text", "language", "event"), [
    ("Kenya's supreme court on Wednesday suspended the election law. The judges heard arguments on Monday. "
     "The court said it condemned the conduct of the government.", "en", "ACCUSE"),
    ("La Cour suprême du Kenya a suspendu mercredi la loi électorale. Les juges avaient entendu les parties "
     "lundi. La cour a déclaré qu'elle condamnait l'attitude du gouvernement.", "fr", "ACCUSE"),
])
def test_an_undated_saying_is_the_reports_day_not_the_narratives(runs, text, language, event):
    ev = event_of(runs(text, language), event)
    assert ev.date == "2024-03-13"


def test_an_event_only_related_by_the_report_keeps_the_narrative_day(runs):
    text = ("Rebels attacked the town of Beni on Monday. The army said that the rebels "
            "had killed ten soldiers in the attack.")
    ev = event_of(runs(text, "en"), "ASSAULT")
    assert ev.date == "2024-03-11"


@pytest.mark.parametrize(("text", "language", "event"), [
    ("Australia's opposition leader praised the government for answering his request, which he first raised "
     "in May.", "en", "SUPPORT"),
    ("Le chef de l'opposition australienne a salué le gouvernement, qui avait signé l'accord en mai.", "fr",
     "SUPPORT"),
])
def test_a_time_inside_a_relative_clause_dates_that_clause_not_the_event(runs, text, language, event):
    ev = event_of(runs(text, language), event)
    assert not (ev.date or "").endswith("-05")


@pytest.mark.parametrize(("text", "language"), [
    ("The cabinet decided on March 1 that a ground war was necessary. The offensive began on Tuesday night. "
     "Israeli forces attacked Hamas fighters.", "en"),
    ("Le gouvernement avait décidé le 1er mars d'une offensive terrestre. L'offensive a commencé mardi soir. "
     "Les forces israéliennes ont attaqué les combattants du Hamas.", "fr"),
])
def test_a_night_the_text_fixed_is_the_narratives_day(runs, text, language):
    ev = event_of(runs(text, language), "ASSAULT")
    assert ev.date == "2024-03-12"


@pytest.mark.parametrize(("text", "language", "wrong", "right"), [
    ("Germany condemned the attacks carried out by Russia in January.", "en", "2024-01", None),
    ("Last week, Germany decided to condemn Russian attacks dating back to 2019.", "en", "2019", "2024-W10"),
    ("L'Allemagne a condamné les attaques menées par la Russie en janvier.", "fr", "2024-01", None),
    ("La semaine dernière, l'Allemagne a décidé de condamner les attaques russes remontant à 2019.", "fr",
     "2019", "2024-W10"),
])
def test_a_time_inside_a_participle_describing_a_noun_dates_that_noun_not_the_event(runs, text, language,
                                                                                      wrong, right):
    ev = event_of(runs(text, language), "ACCUSE")
    assert ev.date != wrong
    if right is not None:
        assert ev.date == right


def test_the_event_nouns_own_participle_still_dates_it(runs):
    ev = event_of(runs("The attack carried out by Russian forces on Monday killed ten Ukrainian soldiers.", "en"),
                  "ASSAULT")
    assert ev.date == "2024-03-11"


@pytest.mark.parametrize(("text", "language", "event", "date"), [
    ("Iran agreed to hold talks with the European Union next week.", "en", "AGREE", "2024-03-14"),
    ("On Monday, Iran agreed to hold talks with the European Union next week.", "en", "AGREE", "2024-03-11"),
    ("Russia threatened to cut gas supplies to Ukraine in January.", "en", "THREATEN", "2024-03-14"),
    ("L'Iran a accepté de tenir des pourparlers avec l'Union européenne la semaine prochaine.", "fr", "AGREE",
     "2024-03-14"),
    ("La Russie a menacé mardi de couper le gaz à l'Ukraine en janvier.", "fr", "THREATEN", "2024-03-12"),
    # a gerund after a preposition is an act of its own too
    ("Venezuela accused Colombia of sheltering rebels last month.", "en", "ACCUSE", "2024-03-14"),
    ("Venezuela on Tuesday accused Colombia of rigging last year's border count.", "en", "ACCUSE", "2024-03-12"),
])
def test_the_time_of_an_infinitive_dates_what_it_names_not_the_event(runs, text, language, event, date):
    # the agreement and the threat are made now; the talks and the cut come later
    ev = event_of(runs(text, language), event)
    assert (ev.date, ev.status) == (date, "actual")


def test_an_aspectual_verb_leaves_the_date_to_the_act(runs):
    ev = event_of(runs("Russian forces began shelling Kharkiv on Monday.", "en"), "ASSAULT")
    assert ev.date == "2024-03-11"
