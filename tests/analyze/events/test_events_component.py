"""The events component on hand-built parses: triggers, sides, status, amounts, dates, merging."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.tokens import Doc

from veille.analyze.actors.table import ActorTable
from veille.analyze.context import DocContext
from veille.analyze.events.component import EventsComponent
from veille.contract.models import Actor, Place, Span, Time


def build(lang, rows, published=date(2024, 10, 17)):
    """rows: (word, lemma, pos, dep, head index, morph, space_after)."""
    nlp = spacy.blank(lang)
    words = [r[0] for r in rows]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[r[6] if len(r) > 6 else True for r in rows],
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        morphs=[r[5] or "" for r in rows],
    )
    doc._.veille_ctx = DocContext(lang, published, None)
    return nlp, doc


def actor(doc, id_, name, kind, country, *words):
    mentions = []
    for w in words:
        start = doc.text.index(w)
        mentions.append(Span(start, start + len(w), w))
    return Actor(id=id_, name=name, kind=kind, country=country, mentions=mentions)


def place(doc, word, country, metonym=False):
    start = doc.text.index(word)
    return Place(start, start + len(word), word, word, country, None, None, None, "A", metonym)


def run(nlp, doc):
    return EventsComponent(nlp)(doc)._.veille_events


def codes(refs):
    return sorted(r.code for r in refs)


def aid_doc():
    # Le Japon a envoyé 101 camions et autres véhicules en Ukraine entre mai 2023 et mars 2024 .
    rows = [
        ("Le", "le", "DET", "det", 1, ""), ("Japon", "Japon", "PROPN", "nsubj", 3, ""),
        ("a", "avoir", "AUX", "aux:tense", 3, "Tense=Pres|VerbForm=Fin"),
        ("envoyé", "envoyer", "VERB", "ROOT", 3, "Tense=Past|VerbForm=Part"),
        ("101", "101", "NUM", "nummod", 5, ""), ("camions", "camion", "NOUN", "obj", 3, ""),
        ("et", "et", "CCONJ", "cc", 8, ""), ("autres", "autre", "ADJ", "amod", 8, ""),
        ("véhicules", "véhicule", "NOUN", "conj", 5, ""),
        ("en", "en", "ADP", "case", 10, ""), ("Ukraine", "Ukraine", "PROPN", "obl:mod", 3, ""),
        ("entre", "entre", "ADP", "case", 12, ""), ("mai", "mai", "NOUN", "obl:mod", 3, ""),
        ("2023", "2023", "NUM", "nmod", 12, ""), ("et", "et", "CCONJ", "cc", 15, ""),
        ("mars", "mars", "NOUN", "conj", 12, ""), ("2024", "2024", "NUM", "nmod", 15, "", False),
        (".", ".", "PUNCT", "punct", 3, "", False),
    ]
    nlp, doc = build("fr", rows)
    doc._.veille_actors = ActorTable([actor(doc, "JPN", "Japan", "country", "JPN", "Japon"),
                                      actor(doc, "UKR", "Ukraine", "country", "UKR", "Ukraine")])
    doc._.veille_places = [place(doc, "Ukraine", "UKR")]
    t1, t2 = doc.text.index("mai 2023"), doc.text.index("mars 2024")
    doc._.veille_times = [Time(t1, t1 + 8, "mai 2023", "DATE", "2023-05", granularity="month"),
                          Time(t2, t2 + 9, "mars 2024", "DATE", "2024-03", granularity="month")]
    return nlp, doc


def test_aid_with_amount_range_and_destination_as_recipient():
    nlp, doc = aid_doc()
    events = run(nlp, doc)
    assert len(events) == 1
    ev = events[0]
    assert ev.event == "AID" and ev.status == "actual" and ev.cameo == "07"
    assert codes(ev.actor) == ["JPN"] and codes(ev.recipient) == ["UKR"]
    assert (ev.date, ev.enddate, ev.date_precision, ev.date_source) == ("2023-05", "2024-03", "month", "clause")
    assert ev.amount is not None and ev.amount.count == 101
    assert ev.amount.of == "camions et autres véhicules"
    assert ev.trigger.text == "envoyé"
    assert ev.evidence.text == doc.text.strip()
    assert 0 < ev.confidence <= 1


def test_no_actor_table_means_no_event_and_no_crash():
    nlp, doc = aid_doc()
    doc._.veille_actors = None
    doc._.veille_places = None
    doc._.veille_times = None
    doc._.veille_ctx = None
    assert run(nlp, doc) == []


def promise_doc():
    # Nakatani a promis que le Japon fournirait des véhicules à Kiev .
    rows = [
        ("Nakatani", "Nakatani", "PROPN", "nsubj", 2, ""), ("a", "avoir", "AUX", "aux:tense", 2, ""),
        ("promis", "promettre", "VERB", "ROOT", 2, "Tense=Past|VerbForm=Part"),
        ("que", "que", "SCONJ", "mark", 6, ""), ("le", "le", "DET", "det", 5, ""),
        ("Japon", "Japon", "PROPN", "nsubj", 6, ""),
        ("fournirait", "fournir", "VERB", "ccomp", 2, "Mood=Cnd|VerbForm=Fin"),
        ("des", "un", "DET", "det", 8, ""), ("véhicules", "véhicule", "NOUN", "obj", 6, ""),
        ("à", "à", "ADP", "case", 10, ""), ("Kiev", "Kiev", "PROPN", "nmod", 8, "", False),
        (".", ".", "PUNCT", "punct", 2, "", False),
    ]
    nlp, doc = build("fr", rows)
    doc._.veille_actors = ActorTable([
        actor(doc, "person:gen-nakatani", "Gen Nakatani", "person", "JPN", "Nakatani"),
        actor(doc, "JPN", "Japan", "country", "JPN", "Japon"),
    ])
    doc._.veille_places = [place(doc, "Kiev", "UKR")]
    return nlp, doc


def test_promise_of_aid_is_a_future_agree_and_the_delivery_no_separate_event():
    nlp, doc = promise_doc()
    events = run(nlp, doc)
    assert [e.event for e in events] == ["AGREE"]
    ev = events[0]
    assert ev.status == "future"
    assert codes(ev.actor) == ["JPN"] and ev.actor[0].actor_id == "person:gen-nakatani"
    assert codes(ev.recipient) == ["UKR"]  # the destination place stands for the recipient
    assert "military" in ev.context  # véhicule is a military cue
    assert ev.date == "2024-10-17" and ev.date_source == "publication"


def english_doc(neg=False, modal=None):
    # Iran (did not) threatened Iraq . / Iran will threaten Iraq .
    rows = [("Iran", "Iran", "PROPN", "nsubj", 1 + (neg or modal is not None) * (2 if neg else 1), "")]
    if neg:
        rows += [("did", "do", "AUX", "aux", 3, ""), ("not", "not", "PART", "neg", 3, ""),
                 ("threaten", "threaten", "VERB", "ROOT", 3, "VerbForm=Inf"),
                 ("Iraq", "Iraq", "PROPN", "dobj", 3, "", False)]
        rows += [(".", ".", "PUNCT", "punct", 3, "", False)]
    elif modal:
        rows += [(modal, modal, "AUX", "aux", 2, ""), ("attack", "attack", "VERB", "ROOT", 2, "VerbForm=Inf"),
                 ("Iraq", "Iraq", "PROPN", "dobj", 2, "", False), (".", ".", "PUNCT", "punct", 2, "", False)]
    else:
        rows += [("attacked", "attack", "VERB", "ROOT", 1, "Tense=Past|VerbForm=Fin"),
                 ("Iraq", "Iraq", "PROPN", "dobj", 1, "", False), (".", ".", "PUNCT", "punct", 1, "", False)]
    nlp, doc = build("en", rows, published=None)
    doc._.veille_actors = ActorTable([actor(doc, "IRN", "Iran", "country", "IRN", "Iran"),
                                      actor(doc, "IRQ", "Iraq", "country", "IRQ", "Iraq")])
    return nlp, doc


@pytest.mark.parametrize("neg,modal,event,status", [
    (False, None, "ASSAULT", "actual"),
    (True, None, None, "negated"),  # "did not threaten": nothing happened, no event is output
    (False, "will", "THREATEN", "future"),  # an announced attack is a threat
    (False, "might", "THREATEN", "hypothetical"),  # a conditional attack is a threat
])
def test_english_status_from_auxiliaries(neg, modal, event, status):
    nlp, doc = english_doc(neg, modal)
    events = run(nlp, doc)
    if event is None:
        assert events == []
        return
    assert len(events) == 1
    ev = events[0]
    assert (ev.event, ev.status) == (event, status)
    assert codes(ev.actor) == ["IRN"] and codes(ev.recipient) == ["IRQ"]
    assert ev.date is None and ev.date_source == "none"


def passive_doc():
    # Kiev was attacked by Russia .
    rows = [("Ukraine", "Ukraine", "PROPN", "nsubjpass", 2, ""), ("was", "be", "AUX", "auxpass", 2, ""),
            ("attacked", "attack", "VERB", "ROOT", 2, "Tense=Past|VerbForm=Part"),
            ("by", "by", "ADP", "agent", 2, ""), ("Russia", "Russia", "PROPN", "pobj", 3, "", False),
            (".", ".", "PUNCT", "punct", 2, "", False)]
    nlp, doc = build("en", rows)
    doc._.veille_actors = ActorTable([actor(doc, "UKR", "Ukraine", "country", "UKR", "Ukraine"),
                                      actor(doc, "RUS", "Russia", "country", "RUS", "Russia")])
    return nlp, doc


def test_passive_agent_is_the_source():
    nlp, doc = passive_doc()
    (ev,) = run(nlp, doc)
    assert ev.event == "ASSAULT"
    assert codes(ev.actor) == ["RUS"] and codes(ev.recipient) == ["UKR"]


def test_headline_and_lead_reports_are_one_event_with_two_mentions():
    # Japan and NATO agree . \n Japan agreed with NATO .
    rows = [("Japan", "Japan", "PROPN", "nsubj", 3, ""), ("and", "and", "CCONJ", "cc", 2, ""),
            ("NATO", "NATO", "PROPN", "conj", 0, ""), ("agree", "agree", "VERB", "ROOT", 3, "", False),
            (".", ".", "PUNCT", "punct", 3, "", False), ("\n", "\n", "SPACE", "dep", 4, "", False),
            ("Japan", "Japan", "PROPN", "nsubj", 7, ""), ("agreed", "agree", "VERB", "ROOT", 7, ""),
            ("with", "with", "ADP", "prep", 7, ""), ("NATO", "NATO", "PROPN", "pobj", 8, "", False),
            (".", ".", "PUNCT", "punct", 7, "", False)]
    nlp, doc = build("en", rows)
    j1 = doc.text.index("Japan")
    j2 = doc.text.index("Japan", j1 + 1)
    n1 = doc.text.index("NATO")
    n2 = doc.text.index("NATO", n1 + 1)
    doc._.veille_actors = ActorTable([
        Actor("JPN", "Japan", "country", "JPN", mentions=[Span(j1, j1 + 5, "Japan"), Span(j2, j2 + 5, "Japan")]),
        Actor("NATO", "NATO", "organization", "NATO", mentions=[Span(n1, n1 + 4, "NATO"), Span(n2, n2 + 4, "NATO")],
              igo=True),
    ])
    events = run(nlp, doc)
    assert len(events) == 1
    ev = events[0]
    assert ev.event == "AGREE" and len(ev.mentions) == 2
    assert set(codes(ev.actor) + codes(ev.recipient)) == {"JPN", "NATO"}
    assert ev.id == "E1"


def test_reported_obligation_is_a_request_to_the_clause_subject():
    # Washington said that China must free the sailors .
    rows = [("Washington", "Washington", "PROPN", "nsubj", 1, ""), ("said", "say", "VERB", "ROOT", 1, ""),
            ("that", "that", "SCONJ", "mark", 5, ""), ("China", "China", "PROPN", "nsubj", 5, ""),
            ("must", "must", "AUX", "aux", 5, ""), ("free", "free", "VERB", "ccomp", 1, "VerbForm=Inf"),
            ("the", "the", "DET", "det", 7, ""), ("sailors", "sailor", "NOUN", "dobj", 5, "", False),
            (".", ".", "PUNCT", "punct", 1, "", False)]
    nlp, doc = build("en", rows)
    doc._.veille_actors = ActorTable([actor(doc, "USA", "United States", "country", "USA", "Washington"),
                                      actor(doc, "CHN", "China", "country", "CHN", "China")])
    events = run(nlp, doc)
    assert [e.event for e in events] == ["REQUEST"]  # the release is the content, not a second event
    assert codes(events[0].actor) == ["USA"] and codes(events[0].recipient) == ["CHN"]


def test_french_negation_ne_pas():
    # La Turquie n' a pas attaqué la Syrie .
    rows = [("La", "le", "DET", "det", 1, ""), ("Turquie", "Turquie", "PROPN", "nsubj", 5, ""),
            ("n'", "ne", "ADV", "advmod", 5, "Polarity=Neg", False), ("a", "avoir", "AUX", "aux:tense", 5, ""),
            ("pas", "pas", "ADV", "advmod", 5, "Polarity=Neg"),
            ("attaqué", "attaquer", "VERB", "ROOT", 5, "Tense=Past|VerbForm=Part"),
            ("la", "le", "DET", "det", 7, ""), ("Syrie", "Syrie", "PROPN", "obj", 5, "", False),
            (".", ".", "PUNCT", "punct", 5, "", False)]
    nlp, doc = build("fr", rows)
    doc._.veille_actors = ActorTable([actor(doc, "TUR", "Turkey", "country", "TUR", "Turquie"),
                                      actor(doc, "SYR", "Syria", "country", "SYR", "Syrie")])
    assert run(nlp, doc) == []  # negated: nothing happened, no event is output


def test_quote_speaker_is_said_by():
    from veille.contract.models import Quote, Speaker

    nlp, doc = english_doc()
    doc._.veille_quotes = [Quote(0, len(doc.text), doc.text, True, Speaker("Ali", "person:ali", "Ali"))]
    (ev,) = run(nlp, doc)
    assert ev.said_by == "person:ali"


def test_empty_and_unparsed_documents():
    nlp = spacy.blank("fr")
    comp = EventsComponent(nlp)
    assert comp(nlp.make_doc(""))._.veille_events == []
    doc = nlp.make_doc("Le Japon a attaqué la Chine.")  # no parse at all
    assert comp(doc)._.veille_events == []
