"""One record per event in an article (issue 11, class 6): a clause whose subject is a nominal event of the
same type ("The air strikes hit ...", « L'attaque a fait ... ») tells again an event the article has told; it
merges into that record and keeps both evidence spans. Texts written for these tests, before the rule."""

from __future__ import annotations

import pytest

from veille.analyze.pipeline import Analyzer
from veille.ingest.article import Article

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer(min_confidence=0.0)


@pytest.mark.parametrize("text,lang,event", [
    ("Turkish warplanes bombed Kurdish rebel positions in northern Iraq on Tuesday. The air strikes hit PKK "
     "hideouts near the border, the army said.", "en", "ASSAULT"),
    ("L'aviation turque a bombardé mardi des positions kurdes dans le nord de l'Irak. Les frappes ont tué trois "
     "combattants du PKK, selon l'armée.", "fr", "ASSAULT"),
])
def test_a_nominal_event_as_subject_is_the_told_event(analyzer, text, lang, event):
    doc = analyzer.analyze(Article(text=text, id="t", published="2024-05-07", language=lang))
    found = [e for e in doc.events if e.event == event and e.status == "actual"]
    assert len(found) == 1, [(e.event, [r.code for r in e.actor], [r.code for r in e.recipient], e.trigger.text)
                             for e in doc.events]
    assert len(found[0].mentions) == 2


def test_two_events_with_their_own_agents_stay_two(analyzer):
    text = ("Syrian helicopters bombed rebel positions near Aleppo on Sunday. Turkish jets bombed Kurdish "
            "positions in Iraq on Sunday.")
    doc = analyzer.analyze(Article(text=text, id="t", published="2024-05-07", language="en"))
    assert len([e for e in doc.events if e.event == "ASSAULT"]) == 2


@pytest.mark.parametrize("text,lang", [
    ("India and Pakistan agreed on Monday to a ceasefire brokered by Qatar. Pakistan agreed to the ceasefire with "
     "India after two days of talks, officials said.", "en"),
    ("Armenia and Azerbaijan signed a peace accord with Russia on Friday. Azerbaijan signed the accord with Armenia "
     "in Moscow, the ministry said.", "en"),
    ("India and Pakistan agreed on Monday to a ceasefire brokered by Qatar. The Indian prime minister said he "
     "had agreed to give the ceasefire a chance.", "en"),
])
def test_a_deal_told_again_by_one_party_is_the_same_deal(analyzer, text, lang):
    """A deal's parties are interchangeable (PLOVER AGREE): a later report by one or two of its parties, on
    other sides ("Pakistan agreed ... with India" after "India and Pakistan agreed ... brokered by Qatar"), tells
    it again and must not become a second record."""
    doc = analyzer.analyze(Article(text=text, id="t", published="2024-05-07", language=lang))
    found = [e for e in doc.events if e.event == "AGREE" and e.status == "actual"]
    assert len(found) == 1, [(e.event, [r.code for r in e.actor], [r.code for r in e.recipient], e.trigger.text)
                             for e in doc.events]


def test_two_deals_of_different_parties_stay_two(analyzer):
    text = ("India and Pakistan agreed on Monday to a ceasefire brokered by Qatar. Armenia agreed to a ceasefire "
            "with Azerbaijan on Monday, officials said.")
    doc = analyzer.analyze(Article(text=text, id="t", published="2024-05-07", language="en"))
    assert len([e for e in doc.events if e.event == "AGREE"]) == 2
