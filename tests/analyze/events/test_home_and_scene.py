"""The article's home country against the scene a clause names (issue 11, h/sides11), with made-up sentences
written before the rule.

A physical act done on people at a place (an attack, an arrest: the ontology's types with a place as target that
need a recipient) names its scene: "British jets struck militants near Mosul". Its side of no known country
("militants", « des combattants »), and the agent of such an act told in the passive with no agent at all
("was arrested in Ghana"), belong to the country of that scene, as PLOVER codes the place's people, not to the
country the article is about: a story told from London about British jets is no British attack on Britain.
When the scene is in the home country itself ("police arrested protesters in Cairo" in a story about Egypt), or
the clause names no scene, the home country stays.
"""

from __future__ import annotations

import pytest
from events_helpers import codes, described

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "language", "event", "home", "scene", "scene_side"), [
    ("Britain said on Monday that British jets had flown twenty sorties this week. London has promised to keep up "
     "the campaign. British jets struck militants near Mosul on Sunday.", "en", "ASSAULT", "GBR", "IRQ", "recipient"),
    ("Kenya sent more troops on Friday. Kenyan officials said the Kenyan army would stay. Kenyan soldiers attacked "
     "militants near Kismayo on Saturday.", "en", "ASSAULT", "KEN", "SOM", "recipient"),
    ("La France a confirmé lundi l'envoi de renforts au Mali. Le gouvernement français a promis une opération "
     "courte et Paris a consulté ses alliés. Des avions français ont bombardé des combattants islamistes près de "
     "Gao.", "fr", "ASSAULT", "FRA", "MLI", "recipient"),
    # an arrest abroad told without its agent: the scene's authorities arrested the home's man
    ("Liberia's government welcomed the news on Monday. Liberian officials said the Liberian warlord was arrested "
     "in Ghana on Sunday.", "en", "COERCE", "LBR", "GHA", "actor"),
    ("Le Rwanda a salué la nouvelle. Les autorités rwandaises ont indiqué qu'un ancien officier rwandais a été "
     "arrêté mardi en Belgique.", "fr", "COERCE", "RWA", "BEL", "actor"),
])
def test_the_side_of_no_country_at_a_foreign_scene_is_the_scenes(run, text, language, event, home, scene,
                                                                  scene_side):
    events = run(text, language)
    home_side = "actor" if scene_side == "recipient" else "recipient"
    found = [e for e in events if e.event == event and home in codes(getattr(e, home_side))]
    assert found, described(events)
    assert all(home not in codes(getattr(e, scene_side)) for e in found), described(events)
    assert any(scene in codes(getattr(e, scene_side)) for e in found), described(events)


@pytest.mark.parametrize(("text", "language", "event", "home"), [
    ("Egypt extended the state of emergency. Egyptian officials said Egypt would restore order. Security forces "
     "arrested dozens of militants in Cairo on Friday.", "en", "COERCE", "EGY"),
    ("Le Kenya a renforcé sa sécurité. Les autorités kényanes ont annoncé que des suspects ont été arrêtés à "
     "Mombasa.", "fr", "COERCE", "KEN"),
])
def test_an_act_at_a_scene_at_home_stays_at_home(run, text, language, event, home):
    events = run(text, language)
    assert any(e.event == event and home in codes(e.actor) and home in codes(e.recipient) for e in events), \
        described(events)


def test_a_place_in_the_subjects_phrase_is_no_scene(run):
    # "the American consul in Iraq": where the consul serves, not where the guards beside him come from
    events = run("The United States condemned the attack on Tuesday. Washington promised an inquiry. The American "
                 "consul in Iraq and two guards were wounded in an attack on the consulate.", "en")
    attacks = [e for e in events if e.event == "ASSAULT"]
    assert attacks, described(events)
    assert all(codes(e.recipient) == {"USA"} for e in attacks), described(events)
