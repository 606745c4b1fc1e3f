"""A bare definite title told again ("the president", « le Premier ministre »), when the article named no holder of
it, stands for the office the article tied to one country before ("Colombia's president", « le Premier ministre
japonais »): that state's government, a side the discourse gave, so its event weighs less than one told with the name
(issue 11, class 2). Two states' holders of the title named before leave it to nobody (a wrong side costs more than a
missing one); a title with something of its own ("the former president", "the president of the commission") is no
bare one. Texts made up before the rule; each through the real pipeline.
"""

from __future__ import annotations

import pytest
from events_helpers import typed_sides

pytestmark = pytest.mark.model

TIED_BEFORE = [
    ("en", "Colombia's president criticised the guerrillas on Monday. The president accused Venezuela of sheltering "
           "them.", "ACCUSE", "COL", "VEN"),
    ("en", "Kenya's president arrived in Addis Ababa on Monday. The president met Ethiopia's prime minister.",
     "CONSULT", "KEN", "ETH"),
    ("en", "The Japanese prime minister arrived in Manila on Friday for a two-day visit. The prime minister urged "
           "China to respect the freedom of navigation.", "REQUEST", "JPN", "CHN"),
    ("en", "Kenya's foreign minister flew to Addis Ababa on Sunday. The minister later condemned Somalia over the "
           "border raids.", "ACCUSE", "KEN", "SOM"),
    ("fr", "Le président colombien a critiqué lundi les rebelles. Le président a accusé le Venezuela de les abriter.",
     "ACCUSE", "COL", "VEN"),
    ("fr", "Le Premier ministre japonais est arrivé vendredi à Manille pour une visite de deux jours. Le Premier "
           "ministre a exhorté la Chine à respecter la liberté de navigation.", "REQUEST", "JPN", "CHN"),
    ("fr", "La présidente brésilienne s'est rendue mardi à Buenos Aires. La présidente a condamné les essais de "
           "missiles de la Corée du Nord.", "ACCUSE", "BRA", "PRK"),
]

# two states' holders named before: nobody; a title that says more than the office: not the one named before
NOT_TIED = [
    ("en", "The Peruvian president met the Chilean president in Lima on Monday. The president accused Bolivia of "
           "blocking the talks.", "ACCUSE", "Bolivia"),
    ("fr", "Le président péruvien a reçu lundi le président chilien à Lima. Le président a accusé la Bolivie de "
           "bloquer les discussions.", "ACCUSE", "Bolivie"),
    ("en", "Colombia's president criticised the guerrillas on Monday. The former president accused Venezuela of "
           "sheltering them.", "ACCUSE", "Venezuela"),
    ("fr", "Le président colombien a critiqué lundi les rebelles. L'ancien président a accusé le Venezuela de les "
           "abriter.", "ACCUSE", "Venezuela"),
]


@pytest.mark.parametrize(("lang", "text", "event", "source", "target"), TIED_BEFORE)
def test_a_bare_title_is_the_office_tied_to_a_country_before(run, lang, text, event, source, target):
    found = typed_sides(run(text, lang))
    assert any(ev == event and source in src and target in tgt for ev, src, tgt in found), found


@pytest.mark.parametrize(("lang", "text", "named"), [
    ("en", "Colombia's president criticised the guerrillas on Monday. The president accused Venezuela of sheltering "
           "them.", "The Colombian president"),
    ("fr", "Le président colombien a critiqué lundi les rebelles. Le président a accusé le Venezuela de les abriter.",
     "Le président colombien"),
])
def test_a_side_the_discourse_gave_weighs_less(run, lang, text, named):
    first, second = text.split(". ", 1)
    def accusation(events):
        return next(e.confidence for e in events if e.event == "ACCUSE" and e.recipient[0].code == "VEN")

    told = second.replace(second.split(" a ")[0] if lang == "fr" else second.split(" accused")[0], named, 1)
    assert accusation(run(text, lang)) < accusation(run(f"{first}. {told}", lang))


@pytest.mark.parametrize(("lang", "text", "event", "target"), NOT_TIED)
def test_no_bare_title_without_one_country_before(run, lang, text, event, target):
    events = run(text, lang)
    told = [e for e in events if e.event == event and any(r.text.endswith(target) for r in e.recipient)]
    assert all(not {r.code for r in e.actor} - {None} for e in told), [
        (e.event, [r.code for r in e.actor], [r.text for r in e.recipient]) for e in told]
