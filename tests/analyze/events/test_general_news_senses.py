"""Word senses of general newspaper copy (issue 11): courts, police, local politics, business, sport, culture and
weather, where political events are sparse and political-sounding words mostly are not events. Classes drawn from
a batch of own articles in the WMT14 news-test style (``fr-ae``, ``en-ai`` of ``tests/gold/realnews_own_*.jsonl``):
weather and disasters that strike, batter or threaten a region are nobody's act of any type (not only of force);
people named by a sporting or artistic role (a coach, a club, a player, a designer, a singer) are no political
side, so what they praise, reject or accuse is no event; a search of an office or a home by the police, a
prosecutor or a watchdog is a coercive search (PLOVER COERCE, CAMEO 1711 confiscate / 1712 raid), not an armed
assault; a union calling a strike (« appeler à la grève ») protests, it asks nobody for anything; on the sports
pages (three sports words or more in the article) teams and players coded by a country alone are no states, while
the police or a minister still act; travellers or tourists a government urges are its own people, not the country
of the scene; a strike or a demand judged pointless, absurd or « incompréhensible » is disapproved. Sentences
written before the rules, none taken from the batch, except the sports-page articles: written right after the rule,
checked to fail without it (its cue threshold raised out of reach) and to pass with it."""

from __future__ import annotations

import pytest
from events_helpers import codes, described

pytestmark = pytest.mark.model


def actual(events, event_type=None):
    return [e for e in events if e.status == "actual" and (event_type is None or e.event == event_type)]


@pytest.mark.parametrize("text, language", [
    ("Des orages violents devraient frapper la Corse dans la nuit de samedi à dimanche.", "fr"),
    ("La tempête menace les côtes bretonnes, où des rafales de 150 km/h sont attendues.", "fr"),
    ("Des pluies diluviennes ont frappé le Gard mardi, où trois personnes ont été emportées par les eaux.", "fr"),
    ("Heavy snow is expected to hit Scotland on Thursday, forecasters said.", "en"),
    ("Gale-force winds battered the coast of Cornwall on Sunday, cutting power to 20,000 homes.", "en"),
    ("A powerful storm threatened the Gulf Coast as thousands of residents fled inland.", "en"),
])
def test_weather_that_strikes_or_threatens_a_region_is_no_event(run, text, language):
    events = run(text, language)
    assert not events, described(events)


@pytest.mark.parametrize("text, language", [
    ("L'entraîneur de Lyon a salué le courage de ses joueurs après la victoire contre Marseille.", "fr"),
    ("Le club marseillais a accusé l'arbitre d'avoir favorisé l'équipe adverse.", "fr"),
    ("Le sélectionneur belge a rejeté les critiques de la presse sur le choix de son gardien.", "fr"),
    ("La chanteuse a dénoncé les rumeurs sur son divorce lors d'un concert à Montréal.", "fr"),
    ("The England coach praised his players after the victory over Wales.", "en"),
    ("The Chelsea manager accused the referee of ignoring two penalties.", "en"),
    ("The designer rejected claims that the collection had been copied from a rival label.", "en"),
    ("The singer condemned the rumours about her marriage during a concert in Toronto.", "en"),
])
def test_people_named_by_a_sporting_or_artistic_role_are_no_political_side(run, text, language):
    events = run(text, language)
    assert not events, described(events)


@pytest.mark.parametrize("text, language", [
    ("British police raided the London offices of the Labour Party on Tuesday as part of a bribery inquiry.", "en"),
    ("Italian anti-corruption investigators raided the home of the former mayor of Naples on Monday.", "en"),
    ("The financial watchdog raided the headquarters of the bank in Frankfurt.", "en"),
    ("Les enquêteurs de la brigade financière ont perquisitionné mardi le siège du parti à Paris.", "fr"),
    ("La police a fait une descente au domicile de l'ancien ministre à Bruxelles.", "fr"),
])
def test_a_search_of_an_office_or_a_home_is_coercion_not_an_armed_assault(run, text, language):
    events = run(text, language)
    assert not actual(events, "ASSAULT"), described(events)
    assert actual(events, "COERCE"), described(events)


@pytest.mark.parametrize("text", [
    "Les syndicats ont appelé à la grève jeudi contre la réforme des retraites.",
    "Les syndicats français appellent à une journée de grève le 10 septembre dans les transports.",
    "Les syndicats enseignants ont appelé à manifester samedi à Paris contre la réforme.",
])
def test_a_union_calling_a_strike_protests_and_asks_nobody(run, text):
    events = run(text, "fr")
    assert any(e.event == "PROTEST" for e in events), described(events)  # (a strike called for a day ahead: future)
    assert not any(e.event == "REQUEST" for e in events), described(events)


@pytest.mark.parametrize("text", [
    "L'Union européenne a appelé la Turquie à respecter le droit de manifester.",
    "Le Premier ministre a appelé les syndicats à négocier pour éviter la grève.",
    "Le ministre a appelé à la fin de la grève dans les raffineries.",
])
def test_a_call_to_respect_avoid_or_end_a_protest_is_no_protest(run, text):
    events = run(text, "fr")
    assert not any(e.event == "PROTEST" for e in events), described(events)


@pytest.mark.parametrize("text, language", [
    ("Le Portugal a battu l'Espagne 2-0 mercredi en match amical à Lisbonne. Cristiano Ronaldo a multiplié les "
     "attaques et les Espagnols ont capitulé en seconde période. Le sélectionneur espagnol a dénoncé l'arbitrage.",
     "fr"),
    ("Les Bleus ont dominé l'Irlande 26-14 samedi au Stade de France dans le Tournoi des six nations. Les Irlandais "
     "ont cédé face aux attaques françaises avant la mi-temps.", "fr"),
    ("New Zealand crushed France 38-6 in the rugby match at Eden Park on Saturday. The French surrendered possession "
     "again and again, and the All Blacks launched wave after wave of attacks before half-time.", "en"),
    ("England beat Scotland 2-1 in a friendly match at Wembley on Tuesday. Wayne Rooney led the attack and the Scots "
     "surrendered in the second half after a penalty.", "en"),
])
def test_teams_named_by_their_country_on_the_sports_pages_are_no_states(run, text, language):
    events = run(text, language)
    assert not events, described(events)


@pytest.mark.parametrize("text, language, event_type", [
    ("Le match entre le Partizan et l'Etoile rouge a été interrompu par l'arbitre à la mi-temps. La police serbe a "
     "arrêté trente supporters au stade de Belgrade.", "fr", "COERCE"),
    ("The football match in Cairo was abandoned at half-time after a penalty. Egyptian police arrested 40 fans "
     "outside the stadium.", "en", "COERCE"),
])
def test_the_police_still_acts_on_the_sports_pages(run, text, language, event_type):
    events = run(text, language)
    assert actual(events, event_type), described(events)


@pytest.mark.parametrize("text, language, actor, recipient", [
    ("Le ministre français de l'Intérieur a jugé « incompréhensible » la grève des contrôleurs aériens français.", "fr",
     "FRA", "FRA"),
    ("Le gouvernement belge a jugé absurde la décision des syndicats de bloquer le port d'Anvers.", "fr", "BEL", "BEL"),
    ("Le Premier ministre canadien a jugé ridicule la demande des grévistes de la fonction publique.", "fr", "CAN",
     "CAN"),
    ("The British prime minister called the walkout by London Tube workers pointless.", "en", "GBR", "GBR"),
    ("The German chancellor called the strike by German train drivers needless and damaging.", "en", "DEU", "DEU"),
    ("The Australian prime minister called the Australian unions' blockade of the port ridiculous.", "en", "AUS",
     "AUS"),
])
def test_a_strike_or_a_demand_judged_pointless_is_disapproved(run, text, language, actor, recipient):
    events = run(text, language)
    assert any(actor in codes(e.actor) and recipient in codes(e.recipient)
               for e in actual(events, "ACCUSE")), described(events)


@pytest.mark.parametrize("text, language, country, scene", [
    ("Thai protesters occupied the airport in Bangkok on Tuesday. The British Foreign Office urged travellers to avoid "
     "the protest sites.", "en", "GBR", "THA"),
    ("Floods cut roads across Kenya on Monday. The German foreign ministry urged tourists to stay in their hotels.",
     "en", "DEU", "KEN"),
    ("Des manifestants ont bloqué l'aéroport de Bangkok mardi. Le Quai d'Orsay a appelé les voyageurs à éviter les "
     "lieux de manifestation.", "fr", "FRA", "THA"),
])
def test_travellers_advised_by_their_government_are_its_own_people(run, text, language, country, scene):
    events = run(text, language)
    advice = [e for e in actual(events, "REQUEST") if country in codes(e.actor)]
    assert advice and all(scene not in codes(e.recipient) for e in advice), described(events)
