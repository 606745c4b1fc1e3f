"""An attributed object ends before the medium the cue spoke through ("praised [the plan] in a
statement", "mocked [his proposals] in a tweet"), even where the parser hangs that phrase on the
object's noun (issue 18, exact content boundaries; speech.yaml ``media``). Sentences written for these
tests, before the rule."""

import pytest
from quotes_helpers import only, run

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, content", [
    ("The mayor praised the new budget plan for schools in a statement.",
     "the new budget plan for schools"),
    ("The minister defended the decision to close the mine in an email to staff.",
     "the decision to close the mine"),
    ("She mocked his proposals for tax reform in a tweet.", "his proposals for tax reform"),
    ("The union called for higher wages for nurses in an open letter.", "higher wages for nurses"),
])
def test_an_attributed_object_ends_before_the_medium_of_its_cue(en_nlp, text, content):
    assert only(run(en_nlp, "en", text)).text == content


@pytest.mark.parametrize("text, content", [
    ("The senator criticized the lies in his statement.", "the lies in his statement"),
    ("The critic praised the acting in a film about the war.", "the acting in a film about the war"),
])
def test_a_phrase_of_the_object_that_names_no_medium_stays(en_nlp, text, content):
    assert only(run(en_nlp, "en", text)).text == content
