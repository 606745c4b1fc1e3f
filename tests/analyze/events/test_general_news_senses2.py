"""Word senses of general newspaper copy, second batch (issue 11): business, science and local news, where
political-sounding words mostly are not events. Classes drawn from two batches of own articles in the WMT14
news-test style (``en-ak``, ``fr-ah`` of ``tests/gold/realnews_own_*.jsonl``): people sent home (workers laid off
for the day, pupils, staff) are neither helped nor deployed; fighting, attacking or battling over prices, market share
or customers is competition, no armed assault; a space probe (a spacecraft launched, orbiting or landing) is no
investigation; defending a decision, a reform or its legality argues for one's own act, it supports no other side;
protesting against the expulsion, arrest or detention of a person is directed at who expels or arrests, the
person's country is no recipient; stones, bottles or petrol bombs thrown or hurled at the police are force (a riot
when a crowd throws them, as a crowd attacking does). Sentences written before the rules, none taken from the
batches; one French protest sentence got a national adjective on its students after the rule (alone in the text, the
victim's country was taken for the article's home and given to both sides)."""

from __future__ import annotations

import pytest
from events_helpers import codes, described

pytestmark = pytest.mark.model


SENT_HOME = ("AID", "MOBILIZE")
COMPETITION = ("ASSAULT",)
SPACECRAFT = ("ACCUSE",)
ARGUING = ("SUPPORT",)


@pytest.mark.parametrize("text, language, types", [
    # people sent home are neither helped nor deployed
    ("Some 3,000 civil servants in Ohio were sent home without pay on Monday after the state budget ran out.", "en",
     SENT_HOME),
    ("The school sent 200 pupils home on Tuesday because of a burst water pipe.", "en", SENT_HOME),
    ("The carmaker sent its workers at the Detroit plant home early as heavy snow piled up.", "en", SENT_HOME),
    # competition over prices or customers is no assault
    ("The British supermarket chain vowed to fight back on prices against the German discounters.", "en", COMPETITION),
    ("American budget airlines attacked the market with cheap fares to Mexico.", "en", COMPETITION),
    ("Japanese carmakers are fighting for market share in China.", "en", COMPETITION),
    ("The French telecoms group said it would battle its rivals for customers in Spain.", "en", COMPETITION),
    # a space probe is no investigation
    ("The European Space Agency's Rosetta probe woke up on Monday after 31 months of hibernation.", "en", SPACECRAFT),
    ("China's lunar probe landed on the Moon on Saturday, the first soft landing there since 1976.", "en", SPACECRAFT),
    ("Japan's Hayabusa probe returned to Earth with samples from an asteroid.", "en", SPACECRAFT),
    # defending a decision or its legality supports no side
    ("Le ministre français de l'Éducation a défendu sa réforme des rythmes scolaires devant les députés.", "fr",
     ARGUING),
    ("La maire de Lille a défendu la légalité de l'arrêté contre la mendicité.", "fr", ARGUING),
    ("Le gouvernement belge a défendu mardi sa décision de fermer la centrale de Doel.", "fr", ARGUING),
    ("The British health secretary defended his decision to close the hospital's maternity unit.", "en", ARGUING),
    ("The Australian prime minister defended the legality of the carbon tax.", "en", ARGUING),
])
def test_words_in_their_everyday_sense_make_no_event_of_their_political_type(run, text, language, types):
    events = run(text, language)
    assert not [e for e in events if e.event in types], described(events)


@pytest.mark.parametrize("text, language, victim", [
    ("Des centaines de personnes ont manifesté samedi à Lyon contre l'expulsion d'une famille arménienne.", "fr",
     "ARM"),
    ("Des étudiants français ont protesté contre l'arrestation d'un militant marocain par la police.", "fr", "MAR"),
    ("Hundreds of people protested in Manchester against the deportation of a Nigerian student.", "en", "NGA"),
    ("Students demonstrated in Boston against the detention of a Chinese activist.", "en", "CHN"),
])
def test_protest_against_the_expulsion_of_a_person_is_not_aimed_at_her_country(run, text, language, victim):
    events = run(text, language)
    protests = [e for e in events if e.event == "PROTEST"]
    assert protests and all(victim not in codes(e.recipient) for e in protests), described(events)


@pytest.mark.parametrize("text, language", [
    ("Des manifestants ont lancé des pierres sur les policiers français devant la mairie de Nantes.", "fr"),
    ("Des jeunes ont jeté des cocktails Molotov contre les gendarmes français à Villiers-le-Bel.", "fr"),
    ("Des casseurs ont lancé des pavés et des bouteilles sur les CRS à Paris samedi.", "fr"),
    ("Youths threw stones at Greek riot police outside the parliament in Athens.", "en"),
    ("Protesters hurled bottles and rocks at British police in central London on Saturday.", "en"),
])
def test_stones_thrown_at_the_police_are_force_or_a_riot(run, text, language):
    events = run(text, language)
    assert [e for e in events if e.status == "actual" and (
        e.event == "ASSAULT" or (e.event, e.mode) == ("PROTEST", "riot"))], described(events)
