"""The source's own country named only as the owner of the thing an event is done with or on is no recipient (issue
11, class 3: "a country acting against itself"). "Obama offered American help", « Paris a exigé la protection des
ressortissants français », "ordered a halt to Russia's military operation in Georgia": the help, the protection, the
operation are the object, and the country inside is whose they are; whom the act is addressed to is the story's
other party, or nobody. A phrase naming people keeps them as the recipients, of the source's country or not
("Syrian troops killed dozens of Syrian civilians": PLOVER X -> X). Sentences written before the rule."""

from __future__ import annotations

import pytest
from events_helpers import codes, described

pytestmark = pytest.mark.model


def _self_directed(events, event_type: str, country: str) -> bool:
    return any(e.event == event_type and country in codes(e.actor) and country in codes(e.recipient)
               for e in events)


@pytest.mark.parametrize(("text", "language", "event", "country"), [
    ("KAMPALA (Reuters) - Two bombs killed 70 people in Kampala on Sunday. Ugandan police arrested two Kenyans. "
     "President Barack Obama offered American help with the investigation.", "en", "AGREE", "USA"),
    ("Russian troops entered Georgia on Friday. On Tuesday President Dmitry Medvedev ordered a halt to Russia's "
     "military operation in Georgia.", "en", "RETREAT", "RUS"),
    ("LIBREVILLE (AFP) - Des émeutiers ont incendié le consulat de France à Port-Gentil jeudi. Le gouvernement "
     "gabonais a décrété le couvre-feu. Paris a exigé la protection des ressortissants français.", "fr", "REQUEST",
     "FRA"),
    ("Le président Obama a proposé l'aide américaine à l'enquête.", "fr", "AGREE", "USA"),
])
def test_own_country_owning_the_object_is_no_recipient(run, text, language, event, country):
    events = run(text, language)
    assert not _self_directed(events, event, country), described(events)


@pytest.mark.parametrize(("text", "language", "event", "source", "recipient"), [
    ("Russian troops entered Georgia on Friday. On Tuesday President Dmitry Medvedev ordered a halt to Russia's "
     "military operation in Georgia.", "en", "RETREAT", "RUS", "GEO"),
    ("LIBREVILLE (AFP) - Des émeutiers ont incendié le consulat de France à Port-Gentil jeudi. Le gouvernement "
     "gabonais a décrété le couvre-feu. Paris a exigé la protection des ressortissants français.", "fr", "REQUEST",
     "FRA", "GAB"),
    ("Georgia arrested four Russian officers on Wednesday. Moscow demanded the release of the Russian officers.", "en",
     "REQUEST", "RUS", "GEO"),
])
def test_the_other_party_receives_it(run, text, language, event, source, recipient):
    events = run(text, language)
    assert any(e.event == event and source in codes(e.actor) and codes(e.recipient) == {recipient}
               for e in events), described(events)


@pytest.mark.parametrize(("text", "language", "event", "country"), [
    ("Syrian troops killed dozens of Syrian civilians in Homs.", "en", "ASSAULT", "SYR"),
    ("Chinese police arrested three Chinese dissidents in Beijing.", "en", "COERCE", "CHN"),
    ("The Russian government praised the Russian army.", "en", "SUPPORT", "RUS"),
    ("La police égyptienne a arrêté des militants égyptiens au Caire.", "fr", "COERCE", "EGY"),
])
def test_people_of_the_own_country_stay_recipients(run, text, language, event, country):
    events = run(text, language)
    assert _self_directed(events, event, country), described(events)
