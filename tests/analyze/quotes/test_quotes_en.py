"""English quotations with the real English model and hand-made actor tables."""

import pytest
from quotes_helpers import actor, only, run

from veille.analyze.quotes import QuotesComponent

pytestmark = pytest.mark.model


def test_he_said_after_the_quote(en_nlp):
    text = "Antony Blinken arrived in Kyiv. “We stand with Ukraine for as long as it takes,” he said."
    q = only(run(en_nlp, "en", text, actor("person:antony-blinken", "Antony Blinken", "person",
                                           "Antony Blinken")))
    assert q.direct and q.text == "We stand with Ukraine for as long as it takes"
    assert q.speaker is not None and q.speaker.actor_id == "person:antony-blinken"
    assert q.cue is not None and q.cue.text == "said"


def test_said_with_inverted_subject(en_nlp):
    text = "“This is a dangerous escalation,” said Foreign Minister Sergei Lavrov."
    q = only(run(en_nlp, "en", text, actor("person:sergei-lavrov", "Sergei Lavrov", "person",
                                           "Foreign Minister Sergei Lavrov")))
    assert q.speaker is not None and q.speaker.name == "Sergei Lavrov"


def test_told_reporters_before_a_colon(en_nlp):
    text = "Rishi Sunak told reporters: \"Britain will not be intimidated.\""
    q = only(run(en_nlp, "en", text, actor("person:rishi-sunak", "Rishi Sunak", "person", "Rishi Sunak")))
    assert q.text == "Britain will not be intimidated."
    assert q.speaker is not None and q.speaker.name == "Rishi Sunak"


def test_according_to_after_and_before(en_nlp):
    official = actor("EU", "European Union", "organization", "EU")
    q = only(run(en_nlp, "en", "\"The talks have collapsed,\" according to a senior EU official.", official))
    assert q.direct and q.speaker is not None and q.speaker.actor_id == "EU"
    q = only(run(en_nlp, "en", "According to the ministry, three soldiers were killed overnight."))
    assert not q.direct and q.text == "three soldiers were killed overnight"
    assert q.speaker is not None and q.speaker.name == "ministry" and q.speaker.actor_id is None


def test_indirect_with_and_without_that(en_nlp):
    stol = actor("person:jens-stoltenberg", "Jens Stoltenberg", "person", "Jens Stoltenberg")
    q = only(run(en_nlp, "en", "Jens Stoltenberg said that the alliance would deploy more troops.", stol))
    # English content starts at "that", as PolNeAR draws it (data/lang/en/quotes/speech.yaml)
    assert not q.direct and q.text == "that the alliance would deploy more troops"
    scholz = actor("person:olaf-scholz", "Olaf Scholz", "person", "Olaf Scholz")
    q = only(run(en_nlp, "en", "Olaf Scholz said on Tuesday Germany would send more air defence systems.",
                 scholz))
    assert q.text == "Germany would send more air defence systems"
    assert q.speaker is not None and q.speaker.actor_id == "person:olaf-scholz"


def test_a_quotation_interrupted_by_its_reporting_clause_is_one_in_two_fragments(en_nlp):
    text = "“The sanctions are working,” Janet Yellen said. “Russia's economy is under enormous strain.”"
    q = only(run(en_nlp, "en", text, actor("person:janet-yellen", "Janet Yellen", "person", "Janet Yellen")))
    assert [f.text for f in q.fragments] == ["The sanctions are working", "Russia's economy is under enormous strain."]
    assert q.speaker is not None and q.speaker.name == "Janet Yellen" and q.cue is not None


def test_a_quotation_in_the_next_paragraph_goes_on_with_the_words_before(en_nlp):
    # PolNeAR's convention (train split: 14 of 15 such pairs are one attribution): a cue-less quotation
    # opening the paragraph after "“A,” X said." is more of X's words, one attribution in fragments
    text = "“The sanctions are working,” Janet Yellen said.\n\n“Russia's economy is under enormous strain.”"
    q = only(run(en_nlp, "en", text, actor("person:janet-yellen", "Janet Yellen", "person", "Janet Yellen")))
    assert [f.text for f in q.fragments] == ["The sanctions are working", "Russia's economy is under enormous strain."]
    assert q.speaker is not None and q.speaker.name == "Janet Yellen"
    # and the paragraph after that too
    text += "\n\n“It will take years to recover.”"
    q = only(run(en_nlp, "en", text))
    assert len(q.fragments) == 3 and q.fragments[-1].text == "It will take years to recover."


def test_a_quotation_after_one_introduced_by_its_cue_stays_apart(en_nlp):
    # the cue before the first quotation ("X said: “A.”") does not reach the next paragraph's quotation
    text = "Janet Yellen told reporters: “The sanctions are working.”\n\n“Russia's economy is under strain.”"
    quotes = run(en_nlp, "en", text, actor("person:janet-yellen", "Janet Yellen", "person", "Janet Yellen"))
    assert [q.text for q in quotes] == ["The sanctions are working.", "Russia's economy is under strain."]
    assert all(q.speaker is not None and q.speaker.name == "Janet Yellen" for q in quotes)
    assert not quotes[0].fragments


def test_a_continuation_joins_the_quotation_before_even_when_its_speaker_is_a_document(en_nlp):
    text = ("The mayor spoke on Monday.\n\n“The budget will shrink by a tenth,” the statement said in part. "
            "“Every department will feel it.”")
    q = only(run(en_nlp, "en", text, actor("person:mayor", "Mayor", "person", "The mayor")))
    assert [f.text for f in q.fragments] == ["The budget will shrink by a tenth", "Every department will feel it."]


def test_the_reporting_clause_between_two_pieces_is_their_cue(en_nlp):
    # “A,” X said, “B.” is one quotation even when a later sentence has a cue of its own
    text = ("“Minister,” Ruth Adler said, “I have never seen a budget like this one in thirty years.” "
            "Later, Adler said she had voted against it.")
    adler = actor("person:ruth-adler", "Ruth Adler", "person", "Ruth Adler", "Adler")
    quotes = run(en_nlp, "en", text, adler)
    q = quotes[0]
    assert [f.text for f in q.fragments] == ["Minister", "I have never seen a budget like this one in thirty years."]
    assert q.speaker is not None and q.speaker.name == "Ruth Adler"
    assert [x.text for x in quotes[1:]] == ["she had voted against it"]


def test_scare_quotes_titles_and_negated_questions_are_not_quotes(en_nlp):
    assert run(en_nlp, "en", "The so-called \"peace plan\" was rejected by Kyiv.") == []
    assert run(en_nlp, "en", "Her memoir \"Becoming\" sold millions of copies.") == []
    assert run(en_nlp, "en", "The minister did not say whether the embassy would reopen.") == []


def test_uncued_statement_without_a_previous_speaker_has_no_speaker(en_nlp):
    q = only(run(en_nlp, "en", "“Nobody came to help us for three days.” The village is empty now."))
    assert q.direct and q.speaker is None


def test_two_reports_joined_by_but(en_nlp):
    text = ("Health officials said the outbreak was under control, but warned that new cases could appear "
            "in the coming weeks.")
    quotes = run(en_nlp, "en", text)
    assert [q.text for q in quotes] == ["the outbreak was under control",
                                        "that new cases could appear in the coming weeks"]
    assert all(q.speaker is not None and q.speaker.name == "Health officials" for q in quotes)


def test_inverted_subject_after_asked(en_nlp):
    q = only(run(en_nlp, "en", "\"Is this the end of the road?\" asked one analyst."))
    assert q.text == "Is this the end of the road?"
    assert q.speaker is not None and q.speaker.name.endswith("analyst") and q.speaker.actor_id is None


def test_time_phrase_after_said_is_not_reported(en_nlp):
    q = only(run(en_nlp, "en", "China's commerce ministry said on Thursday it has started a WTO dispute."))
    assert q.text == "it has started a WTO dispute"


def test_a_report_inside_a_report_is_not_repeated(en_nlp):
    text = "Board members said it was not fair to say that a teacher who misses one day is absent."
    q = only(run(en_nlp, "en", text))
    assert q.text.startswith("it was not fair to say")


def test_question_quote_then_subject_and_verb(en_nlp):
    q = only(run(en_nlp, "en", "\"Why should we trust them?\" a protester in Tbilisi asked."))
    assert q.speaker is not None and q.speaker.name.startswith("protester")


def test_english_quotation_over_two_paragraphs(en_nlp):
    text = ("The minister spoke for nearly an hour.\n\"We have made mistakes, and we will learn from them.\n"
            "\"But we will not change course,\" Finance Minister Rachel Reeves said.")
    reeves = actor("person:rachel-reeves", "Rachel Reeves", "person", "Rachel Reeves")
    q = only(run(en_nlp, "en", text, reeves))
    assert q.text.startswith("We have made mistakes") and q.text.endswith("change course")
    assert q.speaker is not None and q.speaker.actor_id == "person:rachel-reeves"


def test_reporting_clause_after_or_inside_the_content_gives_fragments(en_nlp):
    q = only(run(en_nlp, "en", "The budget, the mayor said, will shrink by a tenth next year."))
    assert not q.direct and [f.text for f in q.fragments] == ["The budget", "will shrink by a tenth next year"]
    assert q.speaker is not None and "mayor" in q.speaker.text
    q = only(run(en_nlp, "en", "Turnout was the lowest in two decades, according to the election commission."))
    assert q.text == "Turnout was the lowest in two decades" and q.fragments == []
    assert q.speaker is not None and "election commission" in q.speaker.text


def test_beliefs_findings_and_writing_are_typed(en_nlp):
    q = only(run(en_nlp, "en", "Democratic aides fear that the shutdown will last into the new year."))
    assert q.kind == "belief" and q.text == "that the shutdown will last into the new year"
    q = only(run(en_nlp, "en", "Recent polls show the governor trailing his challenger by six points."))
    assert q.kind == "finding"
    q = only(run(en_nlp, "en", "\"We condemn this attack,\" the ministry said in a statement."))
    assert q.kind == "writing" and q.speaker is not None and q.speaker.name == "ministry"


def test_typewriter_marks_and_a_quoted_name_before_that(en_nlp):
    q = only(run(en_nlp, "en", "''We will not back down,'' the union leader Maria Lopez said on Friday."))
    assert q.direct and q.text == "We will not back down"
    q = only(run(en_nlp, "en", "She told \"Morning Roundup\" that the campaign had raised more money."))
    assert not q.direct and q.text == "that the campaign had raised more money"


def test_a_statement_is_not_a_speaker(en_nlp):
    q = only(run(en_nlp, "en", "A statement from the ministry said that the border would stay closed."))
    assert q.speaker is not None and q.speaker.name == "ministry"


def test_a_quotation_interrupted_by_its_reporting_clause_is_one_in_fragments(en_nlp):
    text = "“The budget will shrink,” the mayor said, “and every department will feel it.”"
    q = only(run(en_nlp, "en", text))
    assert q.direct and [f.text for f in q.fragments] == ["The budget will shrink",
                                                         "and every department will feel it."]
    assert q.speaker is not None and "mayor" in q.speaker.text
    text = "“We will rebuild,” the mayor said. “Every house, every school, every road.”"
    # the next sentence goes on with the same words: PolNeAR's one attribution in two fragments
    q = only(run(en_nlp, "en", text))
    assert [f.text for f in q.fragments] == ["We will rebuild", "Every house, every school, every road."]


def test_a_capitalised_title_in_quotation_marks_is_not_a_quotation(en_nlp):
    assert run(en_nlp, "en", "The senator appeared on “Meet the Press” on Sunday.") == []
    assert run(en_nlp, "en", "The senator read from “The Art of the Deal” at the rally.") == []
    q = only(run(en_nlp, "en", "“Never Again,” the protesters said."))  # its cue after it: words said
    assert q.direct and q.text == "Never Again"


def test_unresolved_pronoun_speaker_is_kept_as_written(en_nlp):
    # no person or group before the pronoun: the attribution keeps its source as written, unresolved
    q = only(run(en_nlp, "en", "They said the bridge would reopen in the spring."))
    assert q.speaker is not None and q.speaker.text == "They" and q.speaker.actor_id is None
    q = only(run(en_nlp, "en", "It said the refinery had been shut for repairs since Monday."))
    assert q.speaker is not None and q.speaker.text == "It"


def test_pronoun_speaker_still_resolved_to_the_person(en_nlp):
    text = "Maria Lopez visited the port. She said the cranes were idle for a week."
    q = only(run(en_nlp, "en", text, actor("person:maria-lopez", "Maria Lopez", "person", "Maria Lopez")))
    assert q.speaker is not None and q.speaker.actor_id == "person:maria-lopez" and q.speaker.text == "She"


def test_transcript_speaker_label_inside_quotation(en_nlp):
    text = ("The interview went as follows:\n\n\"HARMON: Will the plant close before the winter?\n\n"
            "\"DELACROIX: No, the plant will stay open and every worker keeps a job.\"")
    quotes = run(en_nlp, "en", text)
    assert [q.speaker.text if q.speaker else None for q in quotes] == ["HARMON", "DELACROIX"]
    assert quotes[1].text.startswith("No, the plant")


def test_dateline_is_not_the_speaker(en_nlp):
    text = ("Harbour Plans Stall.\n\nPORTSMOUTH -- Mayor Linda Okafor, opening the new ferry terminal on Friday, "
            "said the harbour would need another ten years of work.")
    q = only(run(en_nlp, "en", text))
    assert q.speaker is not None and "PORTSMOUTH" not in q.speaker.text and "Okafor" in q.speaker.name


def test_quotation_signed_with_a_dash(en_nlp):
    text = ("“The ferry is late every single morning and nobody answers our letters.” ― Ruth Calloway\n"
            "“We will keep writing until the council listens.” ― Omar Haddad\n")
    quotes = run(en_nlp, "en", text)
    assert [q.speaker.text if q.speaker else None for q in quotes] == ["Ruth Calloway", "Omar Haddad"]


def test_a_signature_may_end_with_a_full_stop_and_hold_an_initial(en_nlp):
    text = ("“The ferry is late every single morning and nobody answers our letters.”― Ruth Calloway.\n\n"
            "“We will keep writing until the council listens.” ―\xa0Omar J. Haddad.\n")
    quotes = run(en_nlp, "en", text)
    assert [q.speaker.text if q.speaker else None for q in quotes] == ["Ruth Calloway", "Omar J. Haddad"]


def test_a_reported_clause_takes_in_the_whole_quotation_it_opens(en_nlp):
    # the sentence ends inside the quotation: the clause goes on to the quotation's end, and the
    # quotation is the clause's (PolNeAR: one attribution, the clause)
    text = "Ms. Okafor said that “the numbers are wrong. Nobody has checked them since May.”"
    quotes = run(en_nlp, "en", text, actor("person:okafor", "Ada Okafor", "person", "Ms. Okafor"))
    clause = next(q for q in quotes if not q.direct)
    assert clause.text == "that “the numbers are wrong. Nobody has checked them since May."
    assert all(q.speaker is not None and q.speaker.name == "Ada Okafor" for q in quotes)
    assert all(not q.direct or (clause.start <= q.start and q.end <= clause.end) for q in quotes)


def test_a_sentence_that_runs_into_a_quotation_before_its_reporting_clause_is_the_content(en_nlp):
    # PolNeAR draws the whole sentence ("He was a “A,” X said."): the writer's words and the quoted ones
    text = "The new bridge was “a waste of everybody's money,” the engineer Ruth Adler said on Monday."
    quotes = run(en_nlp, "en", text, actor("person:ruth-adler", "Ruth Adler", "person", "Ruth Adler"))
    clause = next(q for q in quotes if not q.direct)
    assert clause.text.startswith("The new bridge was “a waste of everybody's money")
    assert clause.speaker is not None and clause.speaker.name == "Ruth Adler"
    # a quotation opening its sentence stays the quotation alone
    quotes = run(en_nlp, "en", "“The new bridge was a waste of money,” Ruth Adler said on Monday.")
    assert [q.direct for q in quotes] == [True]


def test_that_before_a_wh_word_or_a_condition_opens_a_reported_clause(en_nlp):
    # "that what ..." and "that if ..." are statements, not questions
    q = only(run(en_nlp, "en", "The minister suggested that what the contractors did was a violation of the law."))
    assert q.text == "that what the contractors did was a violation of the law"
    q = only(run(en_nlp, "en", "The mayor said that if the river rises again the town will be evacuated."))
    assert q.text == "that if the river rises again the town will be evacuated"
    # a question is reported by a question verb (PolNeAR annotates "asked whether A"), not by "say"
    q = only(run(en_nlp, "en", "The mayor asked whether the river would rise again."))
    assert q.text == "whether the river would rise again"


def test_a_pronoun_before_a_quotation_makes_a_mixed_attribution(en_nlp):
    text = "The governor praised the deal, saying it “will bring jobs back to the valley.”"
    quotes = run(en_nlp, "en", text)
    clause = next(q for q in quotes if not q.direct and q.cue is not None and q.cue.text == "saying")
    assert clause.text.startswith("it “will bring jobs back to the valley")


def test_a_relative_pronoun_is_the_speaker_as_written_resolved_to_its_antecedent(en_nlp):
    # PolNeAR's source is the words of the clause ("who"); the actor is the antecedent's
    text = "The plan was criticised by Senator Ruth Adler, who said that it would cost far too much."
    q = only(run(en_nlp, "en", text, actor("person:ruth-adler", "Ruth Adler", "person", "Senator Ruth Adler")))
    assert q.speaker is not None and q.speaker.text == "who"
    assert q.speaker.name == "Ruth Adler" and q.speaker.actor_id == "person:ruth-adler"


def test_the_statement_said_speaks_for_its_issuer_named_before(en_nlp):
    text = ("The Interior Ministry issued a statement on Monday.\n\n"
            "The statement said the border would stay closed until further notice.")
    ministry = actor("org:interior-ministry", "Interior Ministry", "organization", "The Interior Ministry")
    q = only(run(en_nlp, "en", text, ministry))
    assert q.speaker is not None and q.speaker.actor_id == "org:interior-ministry"
    assert q.speaker.text == "The statement"  # as written
    # an indefinite medium names no one known
    q = only(run(en_nlp, "en", "A statement said the border would stay closed until further notice.", ministry))
    assert q.speaker is None


def test_a_participle_before_the_main_clause_reports_the_main_clause_subject(en_nlp):
    adler = actor("person:ruth-adler", "Ruth Adler", "person", "Ruth Adler")
    for text in ("After saying that the budget was balanced, Ruth Adler left the chamber.",
                 "Having announced that the budget was balanced, Ruth Adler left the chamber."):
        q = only(run(en_nlp, "en", text, adler))
        assert q.text == "that the budget was balanced"
        assert q.speaker is not None and q.speaker.actor_id == "person:ruth-adler", text


def test_what_hangs_on_the_cue_after_the_clause_is_not_reported(en_nlp):
    # a circumstance the parse hangs on the reporting verb after its clause ends the content; the
    # parse is written out (the small model's attachment of such phrases varies)
    from spacy.tokens import Doc

    from veille.analyze.quotes._indirect import _before_cue_dependents

    words = ["Smith", "said", "that", "the", "plan", "failed", ",", "speaking", "in", "Paris", "."]
    heads = [1, 1, 5, 4, 5, 1, 1, 1, 7, 8, 1]
    deps = ["nsubj", "ROOT", "mark", "det", "nsubj", "ccomp", "punct", "advcl", "prep", "pobj", "punct"]
    doc = Doc(en_nlp.vocab, words=words, heads=heads, deps=deps)
    lex = QuotesComponent("en").lexicon("en")
    assert _before_cue_dependents(doc[1], 2, 10, lex) == 6  # "that the plan failed"
    deps[7] = "dep"  # not a circumstance: the clause goes on
    doc = Doc(en_nlp.vocab, words=words, heads=heads, deps=deps)
    assert _before_cue_dependents(doc[1], 2, 10, lex) == 10


def test_a_report_inside_a_relative_clause_is_the_relative_clause(en_nlp):
    # "the rules, which officials said will take effect in May": PolNeAR's content is the relative
    # clause from its pronoun, in two pieces around the reporting words
    text = "The city published new parking rules, which officials said will take effect in May."
    quotes = run(en_nlp, "en", text)
    q = next(q for q in quotes if q.cue is not None and q.cue.text == "said")
    assert q.text == "which officials said will take effect in May"
    assert [f.text for f in q.fragments] == ["which", "will take effect in May"]
    assert q.speaker is not None and q.speaker.text == "officials"


def test_according_to_reports_the_whole_sentence_with_its_second_predicate(en_nlp):
    # after "According to X," the sentence is all reported: ", but is now" is the content's subject's
    q = only(run(en_nlp, "en", "According to the mayor, the bridge was once safe, but is now close to collapse."))
    assert q.text == "the bridge was once safe, but is now close to collapse"
    # a second predicate of the speaker still ends a reported clause
    q = run(en_nlp, "en", "The mayor said the bridge was safe, and announced a new budget for roads.")[0]
    assert q.text == "the bridge was safe"


def test_a_programme_title_after_a_possessive_or_preposition_is_no_quotation(en_nlp):
    for text in ("On ABC’s “This Week” Sunday, the senator said the plan would fail.",
                 "Speaking on “Hannity,” the senator said the plan would fail."):
        quotes = run(en_nlp, "en", text)
        assert [q.direct for q in quotes] == [False], [q.text for q in quotes]
    q = only(run(en_nlp, "en", "“Never again,” the senator said."))
    assert q.direct and q.text == "Never again"


def test_a_negation_inside_the_quotation_does_not_negate_the_cue(en_nlp):
    # "Probably not" ends the quoted words; the parser may hang its "not" on "said"
    text = "\"Is the plan ready? Probably not,\" Ms. Harlow said. \"Will it be ready? Absolutely.\""
    quotes = run(en_nlp, "en", text)
    assert quotes and quotes[0].text.startswith("Is the plan ready")
    assert quotes[0].speaker is not None and "Harlow" in quotes[0].speaker.name
    text = "\"We will sign it,\" the minister did not say."
    assert all(q.speaker is None for q in run(en_nlp, "en", text))


def test_a_long_apposition_between_the_quotation_and_its_speech_verb(en_nlp):
    text = ("“The levy is an attack on our farmers,” Anna Berg, the Liberal governor of the northern "
            "province, one of the regions suing the government, said at a rally this month.")
    quotes = run(en_nlp, "en", text)
    q = only(quotes)
    assert q.direct and q.text.startswith("The levy is an attack")
    assert "Anna Berg" not in q.text
    assert q.speaker is not None and "Berg" in q.speaker.name


def test_the_subject_of_a_passive_cue_is_what_is_reported_not_its_source(en_nlp):
    quotes = run(en_nlp, "en", "The mayor was accused of hiding the audit from the council.")
    assert all(q.speaker is None or "mayor" not in q.speaker.text for q in quotes)
    quotes = run(en_nlp, "en", "The new levy is expected to pass before the end of the month.")
    assert all(q.speaker is None or "levy" not in q.speaker.text for q in quotes)
    # the agent is the source
    quotes = run(en_nlp, "en", "The mayor was accused by the auditors of hiding the report from the council.")
    assert all(q.speaker is None or "auditors" in q.speaker.text for q in quotes)


def test_the_subject_of_a_passive_psych_verb_is_who_believes(en_nlp):
    q = only(run(en_nlp, "en", "Many farmers are convinced that the levy will ruin them."))
    assert q.speaker is not None and "farmers" in q.speaker.text


def test_the_subject_of_seem_or_appear_is_no_source(en_nlp):
    # a raising verb: its subject is what is described; the impression is the writer's
    for text in ("The governor seems to have vanished from the campaign trail.",
                 "The senators appear confident that they have the votes to override him."):
        quotes = run(en_nlp, "en", text)
        assert all(q.speaker is None for q in quotes), [(q.text, q.speaker) for q in quotes]
    # ... but its subject does speak through the speech verb it raises ("appeared to suggest")
    quotes = run(en_nlp, "en", "The governor appeared to suggest that the levy would be dropped next year.")
    assert quotes and all(q.speaker is not None and "governor" in q.speaker.text for q in quotes)


def test_said_before_its_subject_and_a_colon(en_nlp):
    text = ("In the end, the merger would leave the town with fewer jobs. "
            "Said Moreno: “Nobody here believes those promises any more.”")
    q = only(run(en_nlp, "en", text))
    assert q.direct and q.speaker is not None and "Moreno" in q.speaker.name


def test_a_participle_after_the_reporting_clause_is_no_reporting_incise(en_nlp):
    text = ("\"We remain open to credible talks aimed at full denuclearization,\" he said, referring to "
            "the country's official name.")
    kerry = actor("person:kerry", "John Kerry", "person", "John Kerry")
    quotes = run(en_nlp, "en", "John Kerry spoke on Friday. " + text, kerry)
    assert not any(q.text.startswith('"') for q in quotes)  # no clause swallowing the quotation
    q = next(q for q in quotes if q.text.startswith("We remain"))
    assert q.direct and q.speaker is not None and q.speaker.actor_id == "person:kerry"


def test_a_name_and_its_apposition_between_the_quotation_and_said(en_nlp):
    # the parser may hang the name on the quotation's last noun: the name is still the speaker
    text = ("“He is right. There is a severe disconnect between this White House and our military,” "
            "Flynn, a top campaign surrogate, said Thursday morning on Fox News.")
    q = only(run(en_nlp, "en", text))
    assert q.direct and "Flynn" not in q.text
    assert q.speaker is not None and q.speaker.name == "Flynn"


def test_a_name_with_a_party_tag_and_an_apposition_before_said(en_nlp):
    text = ("“If the agency wanted anyone else’s laptops, they’d just go get them,” Rep. Jim Hardy (R-Ohio), "
            "an oversight panel member, said in an interview.")
    q = only(run(en_nlp, "en", text))
    assert q.direct and q.speaker is not None and "Hardy" in q.speaker.name


def test_a_place_name_opening_the_speaker_phrase_is_no_verb(en_nlp):
    # the tagger may take a place name right after the closing mark for a verb ("Tulsa" VB)
    text = ("“We owe this family answers, and we will find whoever did this to their son,” "
            "Tulsa police Chief Dana Whitfield said Tuesday.")
    q = only(run(en_nlp, "en", text))
    assert q.direct and q.speaker is not None and "Whitfield" in q.speaker.name


def test_a_speakerless_cue_after_the_quotation_gives_way_to_the_one_before(en_nlp):
    text = ("In a statement, Northwind said: \"The mine was highly successful when it became an independent "
            "company,\" adding that its value quadrupled in less than a year.")
    quotes = run(en_nlp, "en", text)
    q = next(q for q in quotes if q.direct)
    assert q.speaker is not None and q.speaker.text == "Northwind"


def test_a_title_after_a_word_naming_a_work_is_no_quotation_even_with_a_cue_after(en_nlp):
    text = "As in the old movie “Harbor of Lies,” the exchange took place at dawn, the author recounts."
    assert not [q for q in run(en_nlp, "en", text) if q.direct]
    text = "In her memoir, “Winter on the Plains,” the governor recounts her childhood."
    assert not [q for q in run(en_nlp, "en", text) if q.direct]


def test_words_said_after_a_word_naming_a_work_and_a_comma_stay_a_quotation(en_nlp):
    text = "About the plan, “we will cut taxes for every family,” the mayor said."
    qs = [q for q in run(en_nlp, "en", text) if q.direct]
    assert [q.text for q in qs] == ["we will cut taxes for every family"]


def test_add_to_is_no_report_of_its_object(en_nlp):
    assert run(en_nlp, "en", "Jane Doe won the primary in Ohio, adding to her victories in the South.") == []
    assert run(en_nlp, "en", "The governor could add another title to his long resume this year.") == []


def test_add_still_reports_its_clause(en_nlp):
    q = only(run(en_nlp, "en", "The mayor added that the budget would shrink next year."))
    assert q.text == "that the budget would shrink next year"


def test_according_to_a_source_described_by_a_participle_phrase(en_nlp):
    # "released on Monday", "compiled by the county": the source's own phrase, up to the sentence end
    for source in ("a survey released on Monday", "figures compiled by the county clerk"):
        q = only(run(en_nlp, "en", f"Turnout fell sharply in the northern districts, according to {source}."))
        assert q.text == "Turnout fell sharply in the northern districts" and q.fragments == []
        assert q.kind == "finding" or q.speaker is not None


def test_a_headline_line_opened_by_a_capitalised_common_noun(en_nlp):
    body = "\n\nThe city council met on Monday."
    q = only(run(en_nlp, "en", "Survey: Most Voters Want Lower Bus Fares." + body))
    assert q.text == "Most Voters Want Lower Bus Fares" and q.speaker is not None
    # a label of the page is no source
    for label in ("Photo", "Update"):
        assert run(en_nlp, "en", f"{label}: The New Bridge Seen From The River." + body) == []


def test_a_one_word_answer_is_what_is_said(en_nlp):
    # "said yes", "said no", "said so": the answer word right after the speech verb is the content
    q = only(run(en_nlp, "en", "At the end of the long meeting, most members said yes."))
    assert q.text == "yes" and q.speaker is not None and "members" in q.speaker.text
    q = run(en_nlp, "en", "The governor said no, but the council went ahead.")[0]
    assert q.text == "no"
    q = only(run(en_nlp, "en", "Half of the voters said so in the earlier survey."))
    assert q.text == "so"
    # not an answer: "said so far", "no" opening a noun phrase
    assert [q.text for q in run(en_nlp, "en", "The mayor said no new taxes would be raised.")] == [
        "no new taxes would be raised"]
