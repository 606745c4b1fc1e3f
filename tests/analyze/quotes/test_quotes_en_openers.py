"""What opens a sentence before a cue and is no part of what the cue reports (issue 18, content
boundaries): the addressee of a passive cue, a phrase set before a clause whose cue has an object, and
the antecedent of a relative clause whose own pronoun is the cue's subject."""

import pytest
from quotes_helpers import run

pytestmark = pytest.mark.model


def _pieces(text: str, nlp) -> list[list[str]]:
    return [[f.text for f in q.fragments] or [q.text] for q in run(nlp, "en", text)]


# --- the subject of a passive addressee verb is who was spoken to, not a piece of the content


@pytest.mark.parametrize(("text", "content"), [
    ("The actress was asked whether she had ever faced discrimination.",
     "whether she had ever faced discrimination"),
    ("The mayor was told that the budget would shrink.", "that the budget would shrink"),
    ("The ambassador was warned that the embassy would close.", "that the embassy would close"),
    ("Voters were urged to back the new school levy.", "to back the new school levy"),
])
def test_the_subject_of_a_passive_addressee_verb_is_no_piece(en_nlp, text, content):
    assert [content] in _pieces(text, en_nlp)


@pytest.mark.parametrize(("text", "first"), [
    ("The senator is expected to announce his candidacy on Monday.", "The senator"),
    ("The new tariff was reported to hurt exporters.", "The new tariff"),
])
def test_the_subject_of_another_passive_cue_is_still_the_first_piece(en_nlp, text, first):
    assert _pieces(text, en_nlp)[0][0] == first


# --- a reporting clause after what it reports has no object of its own


@pytest.mark.parametrize("text", [
    "Minutes after the vote began, the chairman announced four votes for the governor.",
    "Late on Monday, the ministry confirmed the deaths of two soldiers.",
    "In a short speech, the senator praised the volunteers of the flood relief effort.",
])
def test_a_fronted_phrase_before_a_cue_with_an_object_is_not_reported(en_nlp, text):
    first = text.split(",")[0]
    assert all(first not in piece for pieces in _pieces(text, en_nlp) for piece in pieces)


@pytest.mark.parametrize(("text", "content"), [
    ("The budget will shrink next year, the mayor said Tuesday.", "The budget will shrink next year"),
    ("The talks have failed, she told reporters.", "The talks have failed"),
    ("The plant will close in the spring, the company announced on Friday.",
     "The plant will close in the spring"),
    ("The plant will close in the spring, announced the chief executive of the firm.",
     "The plant will close in the spring"),
])
def test_a_trailing_reporting_clause_with_adjuncts_still_reports_what_precedes(en_nlp, text, content):
    assert [content] in _pieces(text, en_nlp)


# --- a relative clause whose pronoun is the cue's subject is no reporting incise


@pytest.mark.parametrize("text", [
    "After thanking the crowd, which chanted his name, the senator touted his record on jobs.",
    "The council, which announced the plan, will vote on Monday.",
    "The union, which warned of strikes, met the minister on Friday.",
])
def test_a_relative_pronoun_subject_makes_no_incise(en_nlp, text):
    first = text.split(",")[0]
    assert all(not pieces[0].startswith(first) for pieces in _pieces(text, en_nlp))


def test_a_report_inside_a_relative_clause_and_a_true_incise_still_split(en_nlp):
    assert ["The budget", "will shrink"] in _pieces("The budget, the mayor said, will shrink.", en_nlp)
    assert _pieces("The rules, which officials said will take effect in May, are strict.", en_nlp) == [
        ["which", "will take effect in May"]]


# --- a report inside a subordinate clause ends where the main clause begins


@pytest.mark.parametrize(("text", "content"), [
    ("While the senator wrongly claimed that the videos exist, foreign policy experts affirm that the "
     "group is recruiting.", "that the videos exist"),
    ("Where he used to boast that he had beaten the rebels, on Tuesday night he said the group still "
     "posed a threat.", "that he had beaten the rebels"),
    ("Although the mayor said the budget would shrink, the council voted for new spending.",
     "the budget would shrink"),
    ("Because the minister had warned that prices would rise, the bank raised its rates.",
     "that prices would rise"),
])
def test_a_report_in_a_subordinate_clause_ends_before_the_main_clause(en_nlp, text, content):
    assert [content] in _pieces(text, en_nlp)


@pytest.mark.parametrize(("text", "content"), [
    ("The mayor said that if taxes rise, many families will leave the city.",
     "that if taxes rise, many families will leave the city"),
    ("The mayor said that when prices rise, families leave the city.",
     "that when prices rise, families leave the city"),
])
def test_a_report_in_a_main_clause_keeps_its_own_subordinates(en_nlp, text, content):
    assert [content] in _pieces(text, en_nlp)


# --- "..., according to X" after a quotation the writer's words run into


@pytest.mark.parametrize(("text", "content"), [
    ("The visit in March became “the high point of the year,” according to the mayor.",
     "The visit in March became “the high point of the year,”"),
    ("The new levy would cost families “hundreds of dollars a year,” according to a union report.",
     "The new levy would cost families “hundreds of dollars a year,”"),
])
def test_according_to_after_a_quotation_the_sentence_runs_into_takes_the_sentence(en_nlp, text, content):
    assert any(pieces[0].strip("“”,") == content.strip("“”,") for pieces in _pieces(text, en_nlp))


def test_according_to_after_a_whole_quotation_keeps_the_quotation(en_nlp):
    pieces = _pieces("“The plant will close in the spring,” according to the mayor.", en_nlp)
    assert pieces == [["The plant will close in the spring"]]


# --- the agent of a passive cue is its source, no part of what it attributes


@pytest.mark.parametrize(("text", "pieces", "speaker"), [
    ("Pigs are considered unclean by many religious groups.", ["Pigs", "unclean"], "many religious groups"),
    ("The bridge is considered safe by engineers, who inspected it last week.", ["The bridge", "safe"],
     "engineers"),
])
def test_the_agent_of_a_passive_cue_is_cut_from_the_content(en_nlp, text, pieces, speaker):
    quotes = run(en_nlp, "en", text)
    assert [[f.text for f in q.fragments] or [q.text] for q in quotes] == [pieces]
    assert quotes[0].speaker is not None and quotes[0].speaker.text == speaker


def test_a_cue_with_its_object_after_a_by_phrase_of_its_own_keeps_the_object(en_nlp):
    # an active cue: "by" is a means, no agent
    assert [["that the budget would shrink"]] == _pieces(
        "The mayor warned by letter that the budget would shrink.", en_nlp)
