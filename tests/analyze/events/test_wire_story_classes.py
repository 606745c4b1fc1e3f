"""Classes of wire-story sentences a fresh batch of English articles showed missed or miscoded: a disaster is
nobody's attack; a promise of aid, or aid nobody is named to receive, goes to the country the story is about;
who draws criticism undergoes it; "the attackers" are the agent of the story's last attack; a foreign agent's
attack on nobody named hits the story's country; seizing people is an abduction; a named agent nobody could code
is not an unidentified local force; a place the act was done on is its scene, and a clause coordinated before
with its own subject lends it no place; a leader called by name is a phone call; destroying chemical or nuclear
weapons is disarming; battling is fighting. Sentences written before the rules."""

from __future__ import annotations

import pytest
from events_helpers import codes, sides_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "MANILA - Rescuers reached villages on Samar island on Sunday after Typhoon Bopha, which killed 500 people.",
    "KATHMANDU - The earthquake killed more than 8,000 people across Nepal on Saturday.",
    "DHAKA - Cyclone Sidr killed at least 3,000 people in southern Bangladesh.",
])
def test_a_disaster_is_nobodys_attack(run, text):
    assert not sides_of(run(text, "en"), "ASSAULT")


@pytest.mark.parametrize("text", [
    "PORT-AU-PRINCE - Survivors of the earthquake slept in the streets of the Haitian capital. "
    "Haiti's President said the death toll could reach 50,000. Canada pledged 5 million dollars in aid.",
    "PORT-AU-PRINCE - Survivors of the earthquake slept in the streets of the Haitian capital. "
    "Haiti's President said the death toll could reach 50,000. Brazil offered $2 million.",
])
def test_promised_aid_goes_to_the_story_country(run, text):
    events = run(text, "en")
    assert any(codes(e.recipient) == {"HTI"} for e in events if e.event in ("AGREE", "AID"))


def test_who_draws_criticism_undergoes_it(run):
    text = "Hungary closed its border with Serbia on Tuesday, drawing sharp criticism from Austria."
    assert ({"AUT"}, {"HUN"}) in sides_of(run(text, "en"), "ACCUSE")


def test_the_attackers_are_the_last_attack_agent_not_the_vow_maker(run):
    text = ("ANKARA - Syrian militants bombed a bus station in the Turkish town of Reyhanli on Saturday. Turkish "
            "Prime Minister Recep Tayyip Erdogan vowed that the attackers would be punished.")
    assert ({"TUR"}, {"SYR"}) in sides_of(run(text, "en"), "THREATEN")


def test_a_foreign_agents_attack_hits_the_story_country(run):
    text = ("MOGADISHU - Somali officials said 20 people died in Mogadishu on Friday. Somalia's government "
            "declared three days of mourning. Kenya's army claimed responsibility for the attack.")
    assert ({"KEN"}, {"SOM"}) in sides_of(run(text, "en"), "ASSAULT")


@pytest.mark.parametrize("text", [
    "Gunmen seized three Italian engineers near Port Harcourt in Nigeria on Monday.",
    "Pirates seized 20 Indian sailors off the coast of Somalia.",
])
def test_seizing_people_is_an_abduction(run, text):
    events = run(text, "en")
    assert any(e.event == "ASSAULT" and e.mode == "abduct" for e in events)
    assert not any(e.event == "COERCE" for e in events)


def test_seizing_goods_stays_a_seizure(run):
    events = run("Police seized two tons of cocaine in the port of Durban.", "en")
    assert any(e.event == "COERCE" and e.mode == "seize" for e in events)


def test_a_named_agent_nobody_coded_is_not_a_local_force(run):
    text = ("Turkish troops shelled a village in Syria on Friday and, hours later, Delta Force commandos raided the "
            "Yemeni port of Mukalla.")
    assert not any(codes(e.actor) & {"SYR", "YEM"} for e in run(text, "en") if e.event == "ASSAULT")


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen stormed the northern town of Baga in Nigeria on Monday.", {"NGA"}),
    ("Fighting between army troops and rebels killed 40 people in the capital Juba in South Sudan on Sunday.",
     {"SSD"}),
])
def test_the_scene_of_an_attack_codes_its_unnamed_agent(run, text, expected):
    assert any(codes(e.actor) == expected for e in run(text, "en") if e.event == "ASSAULT")


@pytest.mark.parametrize(("text", "expected"), [
    ("French President Jacques Chirac called Vladimir Putin on Tuesday to discuss the crisis.", ({"FRA"}, {"RUS"})),
    ("Japanese Prime Minister Shinzo Abe called Chinese President Xi Jinping on Friday.", ({"JPN"}, {"CHN"})),
])
def test_calling_a_leader_by_name_is_a_phone_call(run, text, expected):
    events = run(text, "en")
    assert any((codes(e.actor), codes(e.recipient)) == expected and e.mode == "phone"
               for e in events if e.event == "CONSULT")


@pytest.mark.parametrize("text", [
    "Iranian President Mahmoud Ahmadinejad called George W. Bush a liar.",
    "The Kremlin called Georgia a threat to peace in the Caucasus.",
])
def test_calling_someone_something_is_no_phone_call(run, text):
    assert not any(e.event == "CONSULT" for e in run(text, "en"))


@pytest.mark.parametrize("text", [
    "Albania finished destroying its chemical weapons in July.",
    "Libya dismantled its nuclear programme under international supervision.",
])
def test_destroying_weapons_of_mass_destruction_is_disarming(run, text):
    assert any(e.event == "RETREAT" and e.mode == "disarm" for e in run(text, "en"))


def test_battling_is_fighting_unless_it_is_a_cause(run):
    assert sides_of(run("Iraqi troops battled Islamic State fighters in Ramadi on Sunday.", "en"), "ASSAULT")
    assert not run("The senator battled cancer for a decade.", "en")


def test_two_domestic_acts_of_one_type_stay_two(run):
    text = ("KHARTOUM - Security forces killed 12 people in Khartoum on Monday. Students blocked a bridge, and "
            "police fired tear gas at them in Omdurman.")
    events = [e for e in run(text, "en") if e.event == "ASSAULT"]
    assert len(events) == 2


def test_a_denial_answers_the_last_act_against_its_agent(run):
    text = "NEW DELHI - India accused Pakistan on Monday of shelling border villages. Pakistan denied the charge."
    assert ({"PAK"}, {"IND"}) in sides_of(run(text, "en"), "REJECT")


def test_arriving_for_a_visit_visits_the_place(run):
    text = "German Chancellor Angela Merkel arrived in Turkey on Monday for a two-day visit."
    assert ({"DEU"}, {"TUR"}) in sides_of(run(text, "en"), "CONSULT")


@pytest.mark.parametrize(("text", "expected"), [
    ("Washington said Syrian government forces were behind the chemical attack.", ({"USA"}, {"SYR"})),
    ("Seoul said North Korea was responsible for the torpedo attack on its warship.", ({"KOR"}, {"PRK"})),
])
def test_saying_someone_is_responsible_for_an_act_accuses_them(run, text, expected):
    assert expected in sides_of(run(text, "en"), "ACCUSE")


@pytest.mark.parametrize("text", [
    "The Interior Minister said he was responsible for security at the summit.",
    "Moscow said Georgia was not responsible for the attack.",
])
def test_responsibility_for_a_duty_or_denied_is_no_accusation(run, text):
    assert not sides_of(run(text, "en"), "ACCUSE")


def test_removing_barricades_lets_people_through(run):
    events = run("Ukrainian police removed barricades around the parliament in Kiev on Wednesday.", "en")
    assert any(e.event == "RETREAT" and e.mode == "access" for e in events)


def test_easing_tensions_is_no_concession(run):
    assert not any(e.event == "CONCEDE" for e in run("The talks between India and China eased tensions.", "en"))


def test_coordinated_verbs_share_their_time(run):
    events = run("Two aid workers were kidnapped and killed near Gao on Saturday.", "en")
    assert events and all(e.date == "2024-03-09" for e in events if e.event == "ASSAULT")


@pytest.mark.parametrize(("text", "event_type", "expected"), [
    ("Serbia and Kosovo struck an agreement on Friday on the police in the north.", "AGREE", {"SRB", "XKX", "KOS"}),
    ("Moscow charged that NATO was preparing a strike on Syria.", "ACCUSE", {"RUS"}),
    ("Washington banned exports of arms to Venezuela on Tuesday.", "SANCTION", {"USA"}),
])
def test_field_idioms_of_the_types(run, text, event_type, expected):
    assert any(codes(e.actor) & expected for e in run(text, "en") if e.event == event_type)


def test_banning_a_party_still_restricts(run):
    events = run("Egypt's government banned the Muslim Brotherhood on Wednesday.", "en")
    assert any(e.event == "COERCE" for e in events) and not any(e.event == "SANCTION" for e in events)


def test_an_act_announced_to_someone_is_a_threat_to_them(run):
    events = run("Israel warned Lebanon on Sunday that it would bomb Hezbollah positions in the south.", "en")
    assert any(codes(e.actor) == {"ISR"} and "LBN" in codes(e.recipient) for e in events if e.event == "THREATEN")


@pytest.mark.parametrize(("text", "event_type"), [
    ("Kenyan and Somali troops conducted joint patrols near the border town of Mandera.", "COOPERATE"),
    ("Colombian and Ecuadorean police worked together to break up the smuggling ring.", "COOPERATE"),
    ("Bahrain's parliament repealed the emergency law on Monday.", "CONCEDE"),
])
def test_cooperation_idioms_and_repeals(run, text, event_type):
    assert any(e.event == event_type for e in run(text, "en"))


def test_a_dateline_settles_a_tie_for_the_story_country(run):
    text = ("BAMAKO (Reuters) - French jets struck rebel positions in Mali on Friday. France said the rebels had "
            "advanced. Police arrested five suspects on Saturday.")
    assert ({"MLI"}, {"MLI"}) in sides_of(run(text, "en"), "COERCE")


def test_a_reaction_to_an_act_named_by_its_word_addresses_its_agent(run):
    text = ("BEIRUT - Israeli warplanes struck targets near Damascus overnight, Syrian state media said. "
            "Iran condemned the strikes on Sunday.")
    assert ({"IRN"}, {"ISR"}) in sides_of(run(text, "en"), "ACCUSE")


@pytest.mark.parametrize("text", [
    "Thailand's army ousted Prime Minister Thaksin Shinawatra on Tuesday.",
    "The military removed President Manuel Zelaya from power on Sunday.",
    "Rebels toppled the government of Francois Bozize in March.",
])
def test_overthrowing_a_ruler_is_coercion(run, text):
    assert any(e.event == "COERCE" for e in run(text, "en"))


@pytest.mark.parametrize("text", [
    "The deal was a diplomatic coup for Paris.",
    "The mayor removed the statue from the square.",
])
def test_a_diplomatic_coup_and_a_statue_removed_are_no_coercion(run, text):
    assert not any(e.event == "COERCE" for e in run(text, "en"))


def test_an_irregular_past_the_tagger_left_alone_is_read(run):
    assert any(e.event == "ASSAULT" for e in run("Syrian troops retook the town of Qusair from rebels.", "en"))


def test_an_allys_help_is_not_the_other_side(run):
    events = run("Iraqi troops attacked Ramadi with American support on Sunday.", "en")
    assert not any("USA" in codes(e.recipient) for e in events if e.event == "ASSAULT")


def test_bombers_blowing_themselves_up_attack(run):
    events = run("KABUL - A suicide bomber blew himself up at a police station in Kabul on Monday.", "en")
    assert any(e.event == "ASSAULT" and e.mode == "suicide-attack" for e in events)


@pytest.mark.parametrize(("text", "language"), [
    ("A ferry carrying pilgrims capsized on Lake Victoria on Sunday, killing 40 people.", "en"),
    ("Un ferry transportant des pèlerins a chaviré dimanche sur le lac Victoria, tuant 40 personnes.", "fr"),
])
def test_a_harm_an_accident_did_is_no_attack(run, text, language):
    assert not any(e.event == "ASSAULT" for e in run(text, language))


def test_money_promised_after_a_meeting_goes_to_the_partner(run):
    text = ("ASTANA - Chinese President Hu Jintao met Kazakh President Nursultan Nazarbayev on Monday. "
            "Beijing also pledged a loan of 10 billion dollars.")
    assert ({"CHN"}, {"KAZ"}) in sides_of(run(text, "en"), "AGREE")
