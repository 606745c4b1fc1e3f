"""Classes of false positives found on the own real-news sets (issue 11, precision on unseen news), each with
made-up sentences of varied wording written before the rule, positives and near misses.

1. A body meeting by itself is no consultation: PLOVER CONSULT is between actors ("met Mugabe", "the two
   leaders met"); a council, a cabinet or a parliament sitting ("the Security Council met in emergency session",
   « le gouvernement s'est réuni », « a réuni son conseil des ministres ») consults nobody.
2. An act named by an infinitive that completes a noun of request is asked for, not done: "rejected calls to
   step down", "dismissed demands to resign" (the parser labels these infinitives relative clauses, "relcl").
3. A joint offer is no deal between its makers: "the United States and Britain offered assistance" is both
   sides' offer to a third, not an agreement of the United States with Britain (as "India and Pakistan agreed"
   is).
"""

from __future__ import annotations

import pytest
from events_helpers import described, has_between, has_event

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "language"), [
    ("The U.N. Security Council met in emergency session on Sunday.", "en"),
    ("The Egyptian cabinet met on Tuesday evening in Cairo.", "en"),
    ("Israel's security cabinet met late into the night.", "en"),
    ("Le Conseil de sécurité de l'ONU s'est réuni dimanche en urgence.", "fr"),
    ("Le gouvernement israélien s'est réuni mardi soir à Jérusalem.", "fr"),
    ("Le président malien a réuni son conseil des ministres à Bamako.", "fr"),
])
def test_a_body_meeting_by_itself_consults_nobody(run, text, language):
    events = run(text, language)
    assert not has_event(events, "CONSULT"), described(events)


@pytest.mark.parametrize(("text", "language", "actor"), [
    ("The U.N. Security Council met with the Iranian foreign minister on Monday.", "en", set()),
    ("South African President Thabo Mbeki met Zimbabwe's President Robert Mugabe in Harare.", "en", {"ZAF"}),
    ("The French and German foreign ministers met in Berlin on Monday.", "en", {"FRA"}),
    ("Le président tchadien a réuni les chefs rebelles à N'Djamena.", "fr", {"TCD"}),
    ("Le ministre français s'est réuni avec son homologue allemand à Berlin.", "fr", {"FRA"}),
])
def test_parties_meeting_still_consult(run, text, language, actor):
    events = run(text, language)
    assert has_event(events, "CONSULT", actor=actor), described(events)


@pytest.mark.parametrize(("text", "event"), [
    ("Egyptian President Mohamed Mursi rejected calls to step down.", "RETREAT"),
    ("The Thai prime minister dismissed demands to resign on Monday.", "RETREAT"),
    ("Israel turned down a request to release the Palestinian prisoners.", "RETREAT"),
    ("Syria ignored an appeal to withdraw its troops from Lebanon.", "RETREAT"),
])
def test_an_act_under_a_noun_of_request_is_not_done(run, text, event):
    events = run(text, "en")
    assert not any(e.event == event and e.status == "actual" for e in events), described(events)


@pytest.mark.parametrize(("text", "event", "actor"), [
    # the request is still refused, and a resignation that did follow the calls is actual
    ("Egyptian President Mohamed Mursi rejected calls to step down.", "REJECT", {"EGY"}),
    ("The Thai prime minister resigned on Monday after weeks of calls to step down.", "RETREAT", {"THA"}),
    ("Israel released 477 Palestinian prisoners, the first stage of a deal to free the soldier.", "RETREAT",
     {"ISR"}),
])
def test_requests_and_acts_done_stay(run, text, event, actor):
    events = run(text, "en")
    assert any(e.event == event and e.status == "actual" and actor <= {r.code for r in e.actor}
               for e in events), described(events)


@pytest.mark.parametrize(("text", "partners"), [
    ("The United States and Britain offered assistance to Kenya.", {"USA", "GBR"}),
    ("Japan and South Korea offered emergency aid to the Philippines.", {"JPN", "KOR"}),
    ("Venezuela, Bolivia and Nicaragua have offered him asylum.", {"VEN", "BOL", "NIC"}),
    ("Norway and Sweden offered on Monday to host the talks.", {"NOR", "SWE"}),
    ("La France et l'Allemagne ont offert leur aide.", {"FRA", "DEU"}),
    ("La Norvège et la Suède ont proposé d'accueillir les pourparlers.", {"NOR", "SWE"}),
    ("Le Japon et la Corée du Sud ont offert leur assistance aux Philippines.", {"JPN", "KOR"}),
])
def test_a_joint_offer_is_no_deal_between_its_makers(run, text, partners):
    events = run(text, "fr" if " ont " in text else "en")
    offers = [e for e in events if e.event == "AGREE"]
    assert offers, described(events)
    assert all(not ({r.code for r in e.recipient} & partners) for e in offers), described(events)


@pytest.mark.parametrize(("text", "pair"), [
    ("India and Pakistan agreed to resume talks.", ({"IND"}, {"PAK"})),
    ("Israel and Hamas agreed on Wednesday to a ceasefire.", ({"ISR"}, {"PSE"})),
    ("Armenia and Turkey signed an accord on Saturday.", ({"ARM"}, {"TUR"})),
])
def test_parties_agreeing_with_each_other_stay_paired(run, text, pair):
    events = run(text, "en")
    assert has_between(events, "AGREE", pair) or has_between(events, "AGREE", pair[::-1]), described(events)


# 4. Suspending a country's own constitutional order or its press restricts freedoms at home (CAMEO 172, PLOVER
#    COERCE), it cuts no tie with another side (SANCTION): "suspending the constitution", "suspended the
#    distribution of two newspapers"; suspending aid or cooperation stays a sanction.
@pytest.mark.parametrize(("text", "language"), [
    ("Egypt's military rulers suspended the constitution on Sunday.", "en"),
    ("Pakistani President Pervez Musharraf declared an emergency, suspending the constitution.", "en"),
    ("The Bahraini government suspended the publication of the main opposition newspaper.", "en"),
    ("Fiji's military commander suspended civil liberties across the country.", "en"),
    ("La junte malienne a suspendu la Constitution mercredi.", "fr"),
    ("Le gouvernement soudanais a suspendu la parution de deux journaux.", "fr"),
])
def test_suspending_the_constitution_or_the_press_is_no_sanction(run, text, language):
    events = run(text, language)
    assert not has_event(events, "SANCTION"), described(events)


@pytest.mark.parametrize(("text", "language", "actor"), [
    ("The European Union suspended aid to Mali.", "en", {"EU"}),
    ("Washington suspended military cooperation with Cairo.", "en", {"USA"}),
    ("L'Union européenne a suspendu son aide au Mali.", "fr", {"EU"}),
])
def test_suspending_ties_stays_a_sanction(run, text, language, actor):
    events = run(text, language)
    assert has_event(events, "SANCTION", actor=actor), described(events)


# 5. A protest addresses whom its purpose clause denounces or makes demands of: "rallied in Tbilisi to denounce
#    Russian aggression" protests against Russia, not against Georgia (the scene's country, the marchers' own),
#    as "protested against Russian aggression" does.
@pytest.mark.parametrize(("text", "language", "pair"), [
    ("Thousands of Georgians rallied in Tbilisi to denounce Russian aggression.", "en", ({"GEO"}, {"RUS"})),
    ("Hundreds of Pakistanis marched in Lahore on Friday to condemn the American drone strikes.", "en",
     ({"PAK"}, {"USA"})),
    ("Des milliers d'Ivoiriens ont défilé à Abidjan pour dénoncer l'intervention française.", "fr",
     ({"CIV"}, {"FRA"})),
    ("Des centaines de Libanais ont manifesté à Beyrouth pour condamner les raids israéliens.", "fr",
     ({"LBN"}, {"ISR"})),
])
def test_a_protest_addresses_whom_its_purpose_denounces(run, text, language, pair):
    events = run(text, language)
    assert has_between(events, "PROTEST", pair), described(events)
    assert not has_between(events, "PROTEST", (pair[0], pair[0])), described(events)


@pytest.mark.parametrize(("text", "pair"), [
    # a protest with no one else named in its purpose stays against the marchers' own rulers
    ("Thousands of Egyptians rallied in Cairo to demand the resignation of the prime minister.", ({"EGY"}, {"EGY"})),
    ("Thousands of Ukrainians protested against President Viktor Yanukovych in Kiev.", ({"UKR"}, {"UKR"})),
])
def test_a_protest_at_home_stays_at_home(run, text, pair):
    events = run(text, "en")
    assert has_between(events, "PROTEST", pair), described(events)


# 6. An effort is no outcome: what sides "scramble", "struggle" or « peinent » to do is not done ("World powers
#    scrambled to agree on punishment"); the same act reported done stays.
@pytest.mark.parametrize(("text", "language", "event"), [
    ("World powers scrambled on Tuesday to agree on punishment for North Korea.", "en", "AGREE"),
    ("European leaders struggled to agree on a rescue plan for Greece.", "en", "AGREE"),
    ("Les Européens peinent à s'entendre sur de nouvelles sanctions contre la Russie.", "fr", "AGREE"),
    ("Les Vingt-Sept se sont efforcés de s'accorder sur un plan d'aide à la Grèce.", "fr", "AGREE"),
])
def test_an_effort_is_no_outcome(run, text, language, event):
    events = run(text, language)
    assert not any(e.event == event and e.status == "actual" for e in events), described(events)


@pytest.mark.parametrize(("text", "language", "actor"), [
    ("World powers agreed on Tuesday on sanctions against North Korea.", "en", set()),
    ("European leaders agreed on a rescue plan for Greece.", "en", set()),
    ("Les Européens se sont entendus sur de nouvelles sanctions contre la Russie.", "fr", set()),
])
def test_an_outcome_reported_stays(run, text, language, actor):
    events = run(text, language)
    assert any(e.event == "AGREE" and e.status == "actual" for e in events), described(events)


# 7. Welcoming people home is greeting them, no support of a side: "thousands welcomed the freed prisoners";
#    welcoming their release supports it.
@pytest.mark.parametrize("text", [
    "Thousands of Palestinians welcomed the freed prisoners in Gaza.",
    "Crowds in Manila welcomed the released hostages at the airport.",
    "Villagers welcomed the returning detainees with flowers.",
])
def test_welcoming_people_home_supports_no_side(run, text):
    events = run(text, "en")
    assert not has_event(events, "SUPPORT"), described(events)


def test_welcoming_a_release_supports_it(run):
    events = run("The United States welcomed the release of the American hostages by Iran.", "en")
    assert has_event(events, "SUPPORT", actor={"USA"}), described(events)


# 8. A state evacuating its own mission (diplomats, embassy staff) helps no other side: no AID (as evacuating
#    refugees or the wounded is, CAMEO 073) but a withdrawal, as evacuating a base is.
@pytest.mark.parametrize(("text", "language"), [
    ("Russia began evacuating its diplomats from Georgia on Friday.", "en"),
    ("The United States evacuated its embassy staff from Tripoli.", "en"),
    ("La Russie a évacué son personnel diplomatique de Tbilissi.", "fr"),
    ("Moscou a commencé à évacuer une partie de ses diplomates.", "fr"),
    ("La France a évacué ses diplomates de Damas.", "fr"),
])
def test_evacuating_ones_own_mission_is_no_aid(run, text, language):
    events = run(text, language)
    assert not has_event(events, "AID"), described(events)


@pytest.mark.parametrize(("text", "language", "actor"), [
    ("The United Nations evacuated hundreds of refugees from the camp.", "en", {"UN"}),
    ("Turkish helicopters evacuated wounded civilians from the border town.", "en", {"TUR"}),
    ("La France a évacué des centaines de civils blessés de Gaza.", "fr", {"FRA"}),
])
def test_evacuating_people_in_danger_stays_aid(run, text, language, actor):
    events = run(text, language)
    assert has_event(events, "AID", actor=actor), described(events)


@pytest.mark.parametrize(("text", "language", "actor"), [
    ("Israel evacuated its ambassador from Cairo on Saturday.", "en", {"ISR"}),
    ("La France a évacué ses diplomates de Damas.", "fr", {"FRA"}),
])
def test_evacuating_ones_own_mission_withdraws_it(run, text, language, actor):
    events = run(text, language)
    assert has_event(events, "RETREAT", actor=actor), described(events)
