"""French news, batch 14 (issue 11), sides first: classes of side errors found on a fresh batch of own French
articles (tests/gold/realnews_own_fr.jsonl, ``fr-af``: Macedonia and Greece, Armenia and Azerbaijan, Kyrgyzstan,
Uzbekistan, the Philippines and China, East Timor, Ecuador, Djibouti and Eritrea, the Gulf), each with made-up
sentences written before the rule.

- The subject of a verb whose object is an event noun (« ont engagé des discussions », « ont entamé des
  négociations ») holds the parties of that event as a verb's subject would: two countries coordinated, or « les
  deux pays » that the story has set against each other, are the two sides, not one side with nobody in front;
  « les deux pays » read back as the one side that spoke last is still the pair.
- A refusal with no object of its own after a request made to its agent (« X a demandé à Y de ..., mais Y a
  refusé ») answers that request: its recipient is who asked, not the refuser itself through the complement of
  the coordinated request.
- A written message (« une note », « une lettre », « un ultimatum ») handed over or sent, described by a
  participle (« une note exigeant le départ de ... »), acts for who sent it, as a decree or a resolution does;
  French names of Central Asian capitals (« Tachkent », « Bichkek ») stand for their governments.
- A subject with a « dont » relative between commas (« L'Egypte, dont le gouvernement accuse le Qatar ..., a
  salué ») is the subject of the verb after the closing comma, which the parser may leave with none (a parse
  repair); and the subject the « dont » owns (« le gouvernement », « l'aviation ») is the antecedent's.
"""

from __future__ import annotations

import pytest
from events_helpers import coded_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "event", "pair"), [
    ("L'Inde et le Pakistan ont engagé lundi des discussions à New Delhi.", "CONSULT", {"IND", "PAK"}),
    ("Le Pérou et l'Equateur ont entamé mardi des négociations sur leur frontière.", "CONSULT", {"PER", "ECU"}),
    ("Les Philippines ont accusé mercredi la Chine d'empiéter sur leur souveraineté. Les deux pays ont engagé "
     "jeudi des discussions à Manille.", "CONSULT", {"PHL", "CHN"}),
    ("Le Japon a protesté contre l'incursion de navires chinois. Les deux voisins ont entamé vendredi des "
     "consultations à Pékin.", "CONSULT", {"JPN", "CHN"}),
])
def test_subject_of_a_verb_governing_an_event_noun_names_both_parties(fr_sides, text, event, pair):
    found = fr_sides(text)
    assert any(ev == event and (src | tgt) >= pair and src and tgt and not src & tgt
               for ev, src, tgt in found), found


@pytest.mark.parametrize(("text", "refuser", "asker"), [
    ("Le gouvernement kirghiz a demandé samedi à la Russie d'envoyer des troupes, mais Moscou a refusé.",
     "RUS", "KGZ"),
    ("Le Mali a demandé à l'Algérie une aide militaire, mais Alger a refusé.", "DZA", "MLI"),
    ("Kiev a prié Moscou de retirer ses navires de la baie; la Russie a refusé.", "RUS", "UKR"),
])
def test_a_bare_refusal_answers_the_request_made_to_its_agent(fr_sides, text, refuser, asker):
    found = fr_sides(text)
    assert coded_with(found, "REJECT", refuser, {asker}), found
    assert not any(ev == "REJECT" and refuser in tgt for ev, _src, tgt in found), found


# a written message acts for who sent it; the subject a « dont » owns is the antecedent's
MESSAGES = [
    ("Tachkent a remis vendredi à l'ambassade américaine une note officielle exigeant le départ des militaires "
     "américains.", "REQUEST", "UZB", "USA"),
    ("La Chine a adressé au Japon une lettre exigeant la libération du capitaine du chalutier.", "REQUEST", "CHN",
     "JPN"),
    ("Le Rwanda a envoyé à Kinshasa un message accusant l'armée congolaise de soutenir les rebelles.", "ACCUSE",
     "RWA", "COD"),
]
DONT_OWNERS = [
    ("L'Egypte, dont le gouvernement accuse le Qatar de soutenir les islamistes, a salué la décision de Riyad.",
     "ACCUSE", "EGY", "QAT"),
    ("La Turquie, dont l'aviation a bombardé des villages irakiens, a rappelé son ambassadeur.", "ASSAULT", "TUR",
     "IRQ"),
    ("Le Soudan, dont le président accuse le Tchad de soutenir les rebelles, a fermé sa frontière.", "ACCUSE",
     "SDN", "TCD"),
]


@pytest.mark.parametrize(("text", "event", "source", "target"), MESSAGES + DONT_OWNERS)
def test_a_written_message_and_a_dont_owner_act_for_their_holder(fr_sides, text, event, source, target):
    found = fr_sides(text)
    assert coded_with(found, event, source, {target}), found


@pytest.mark.parametrize(("text", "event", "source", "wrong"), [
    ("L'Egypte, dont le gouvernement accuse le Qatar de soutenir les islamistes, a salué la décision de Riyad.",
     "SUPPORT", "EGY", "QAT"),
    ("La Turquie, dont l'armée bombarde les positions kurdes, a condamné l'attentat d'Ankara.", "ACCUSE", "TUR",
     "IRQ"),
    ("Le Kenya, dont les soldats combattent les shebab, a accusé l'Erythrée d'armer les insurgés.", "ACCUSE", "KEN",
     "ERI"),
])
def test_a_subject_with_a_relative_of_dont_is_the_subject_after_the_closing_comma(fr_sides, text, event, source,
                                                                                   wrong):
    found = fr_sides(text)
    assert any(ev == event and source in src for ev, src, _tgt in found), found
    assert not any(ev == event and wrong in src for ev, src, _tgt in found), found


@pytest.mark.parametrize(("text", "pair"), [
    ("Les Philippines ont accusé la Chine d'empiéter sur leur souveraineté. Pékin a rejeté la protestation. Les deux "
     "pays ont engagé jeudi des discussions à Manille.", {"PHL", "CHN"}),
    ("L'Inde a accusé le Pakistan d'abriter des terroristes. Islamabad a démenti. Les deux voisins ont repris lundi "
     "le dialogue.", {"IND", "PAK"}),
    ("Le Japon a protesté contre l'incursion de navires chinois. Pékin a convoqué l'ambassadeur japonais. Les deux "
     "pays ont ouvert vendredi des consultations.", {"JPN", "CHN"}),
])
def test_both_sides_after_one_side_spoke_last_are_still_both(fr_sides, text, pair):
    found = fr_sides(text)
    assert any(ev == "CONSULT" and (src | tgt) >= pair and src and tgt and not src & tgt
               for ev, src, tgt in found), found
