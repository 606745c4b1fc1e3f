"""Our own real-news sets, scored as `veille eval real-news` scores the shared set, with floors just under the
figures measured when each set last grew: an extraction change that loses news events fails here. Every batch
was written with its gold events before veille was run on it; its first figures were the estimate of unseen
text, the rules of the classes it showed came after.

- ``tests/gold/realnews_own_en.jsonl``: four batches of Reuters/AP-style English stories of 2013 (14, 10, 10
  and 6 articles; first runs P/R 0.667/0.531, 0.792/0.559, 0.714/0.606, 0.600/0.667), two batches of 32
  one-sentence reports in the PLOVER GSR style, two per type (0.786/0.688, 0.963/0.812), and two batches of
  wire stories of 2004-2013 (``en-r``: 12 articles, first run 0.540/0.587; ``en-s``: 10 articles written after
  the ``en-r`` rules, first run 0.750/0.649), one of 8 newspaper-style stories (``en-u``, first run
  0.517/0.577) and one of 8 wire stories written after all those rules (``en-v``, first run 0.643/0.621);
  then two batches of Guardian/NYT-style newspaper stories of 2005-2014 (long sentences, attributions inside
  clauses, background clauses: ``en-w``, 10 articles, first run 0.513/0.455, the classes of
  tests/analyze/events/test_newspaper_style.py drawn from it; ``en-x``, 8 articles written after those rules,
  first run 0.652/0.417, a few more classes drawn from it); and three batches of wire stories of 2004-2013:
  ``en-y`` (10 articles, first run 0.757/0.609, dates 8/11; the classes of test_pairs_offsets_and_force.py
  drawn from it), ``en-z`` (10 articles written after those rules, first run 0.875/0.778, dates 8/9; with its
  gold corrected for a group that claimed an attack, PLOVER's actor of it, 0.900/0.778) and ``en-ab`` (8 longer
  stories with background paragraphs written after both, first run 0.714/0.741, dates 9/9; 0.808/0.778 with
  three gold corrections to PLOVER's conventions: a permission to enter may be CONCEDE, announced hostile acts
  are THREATEN); then two batches of diplomatic wire stories (meetings, visits, summits, statements): ``en-ac``
  (6 articles, first run 0.588/0.455) and ``en-ad`` (8 articles written after en-ac's rules, first run
  0.714/0.469; the start-of-session code 0.684/0.406); ``en-af`` (10 diplomatic wire stories of 2005-2013:
  expulsions, recalled envoys, summits, mediation, sanctions lifted, aid pledged; first run 0.622/0.509, dates
  5/9; the classes of tests/analyze/events/test_diplomatic_style.py drawn from it: 0.712/0.673, dates 6/11); and,
  written beside it, one more batch of Guardian/NYT-style newspaper stories of 2006-2012 (``en-ae``, 10 articles
  with bare datelines, background clauses and nominal events: a coup, a power-sharing deal, a sentence, an
  embargo, flood relief, a ceasefire, expulsions, an arrest, bombings, troops sent to a neighbour; first run
  0.444/0.400, dates 7/9; the classes of test_newspaper_style2.py drawn from it: 0.575/0.575, dates 9/11).
  Measured 2026-12-06 with all nineteen batches (222 documents), every branch of the day merged: precision
  0.791 (506/640), recall 0.741 (506/683), dates 0.911 (154/169). Then ``en-ag`` (12 AP/AFP/Reuters wire stories
  of 2005-2013 from Latin America, Africa, the Balkans, the Caucasus and South and Central Asia: an impeachment, a
  hostage release, a mediated accord, a front-line clash, a court disqualifying a prime minister, an extradition,
  donor pledges, an offensive, a referendum, a fallen city, a parliament resolution, a border crisis; first run
  0.750/0.590, dates 10/13; the classes of tests/analyze/events/test_newspaper_style3.py drawn from it:
  0.893/0.820, dates 12/14). With all twenty batches (234 documents): precision 0.801 (558/697), recall 0.750
  (558/744), dates 0.907 (166/183); the code before the batch's rules scored them 0.788/0.728. Then ``en-ah`` (12
  foreign-desk and regional stories of 2006-2014 from the Gulf, East Asia, the Pacific, Central America, the Andes,
  West Africa and South and Southeast Asia: a naval incident, missile launches, cease-fire talks, election riots,
  an opposition arrest, a sanctions vote at the UN, a state visit, refugees, troops landed, a coup and its
  sanctions, expelled and recalled envoys; gold written first): first run P/R 0.621/0.581, dates 11/14; 0.643/0.581
  with two gold corrections to the set's conventions (a confrontation "called the most provocative of its kind" is
  an optional accusation, an announced aid cut may be THREATEN); the classes of
  tests/analyze/events/test_newspaper_style4.py drawn from it: 0.759/0.661, dates 12/15, the first 234 unchanged
  (560/693, 560/744, dates 167/185). With all 246: precision 0.805 (601/747), recall 0.746 (601/806), dates 0.895
  (179/200).
  Then ``en-ai`` (8
  newspaper articles in the WMT14 news-test style, 2013-2014: a jailed MP, a Tube strike, a minister sacked and his
  office raided, a voter-ID ruling, Thai protesters, and three with no political event: cricket, a fashion show, a
  storm; first run 0.733/0.733, dates 3/4, 1 event output on the no-event articles; the classes of
  tests/analyze/events/test_general_news_senses.py drawn from it and from ``fr-ae``: 0.857/0.800). Measured in its
  branch beside the first 234 (242 documents): precision 0.809 (572/707), recall 0.754 (572/759), dates 0.899
  (170/189); the first 234 0.808/0.753 before and after those rules. With all twenty-two batches (254 documents,
  both branches merged): precision 0.806 (613/761), recall 0.747 (613/821), dates 0.892 (182/204). Then ``en-aj``
  (12 AP/Reuters/AFP, Times of India and Daily Star style stories of 2006-2014 from South Asia, the Caucasus, Central
  Asia, the Maghreb, Southern Africa, the Balkans, Oceania and Lebanon: a curfew, a prisoner swap, a border shut, an
  envoy recalled, a court freeing activists, riots, rival governments, a summoned high commissioner, a state of
  emergency, hostages freed, a cabinet dissolved, ministries besieged; gold written first): first run P/R
  0.729/0.583, dates 11/15; 0.783/0.600, dates 12/16 with three gold corrections to PLOVER's modes (abduction is
  ASSAULT, resignation RETREAT, defying a ban REJECT); the classes of tests/analyze/events/test_newspaper_style5.py
  drawn from it: 0.830/0.650, dates 13/17, the first 254 unchanged. With all 266: precision 0.806 (652/809), recall
  0.740 (652/881), dates 0.882 (195/221). Then ``en-ak`` (6 newspaper articles in the WMT14 news-test style,
  2013-2014: a firefighters' strike, a former mayor jailed, a government shutdown, and three with no political
  event: supermarket sales, a football match, a Mars probe; gold written first): first run P/R 0.700/0.875 (7/10,
  7/8), dates 2/2, 2 events output on the no-event articles (a price fight, a space probe); the classes of
  tests/analyze/events/test_general_news_senses2.py drawn from it and from ``fr-ah``: 1.000/0.875, none on the
  no-event articles, the first 266 unchanged. With all 272: precision 0.808 (659/816), recall 0.741 (659/889), dates
  0.883 (197/223).
- ``tests/gold/realnews_own_fr.jsonl``: 178 French articles, 90 wire-style, 42 newspaper-style and 46 mixed (batch 1, 14
  articles: the ones the French classes of test_french_own_news.py were found on; batch 2, 9 articles: written after
  those fixes and measured before two more classes were drawn from it; batch 3, 6 articles: written last, no rule
  drawn from it; batch 4, 14 articles on kidnappings, courts, diplomats, exercises, borders, sanctions lifted,
  loans, refugees, cyberattacks, arms sales: first run P/R 0.558/0.511, the classes of test_french_wire_fr4.py drawn
  from it; batch 5, 9 articles written after those fixes: first run P/R 0.724/0.600, dates 0.714, then the
  pluperfect, bail-out and cut-word classes; batch 6, ``fr-w``, 10 articles: first run P/R 0.706/0.558, dates 0.708,
  the classes of test_french_wire_fr5.py drawn from it; batch 7, ``fr-x``, 8 articles written after those rules:
  first run P/R 0.538/0.359, dates 1.000 (14/14), the same as the code before the batch-6 rules; then the
  range-count repair, « détruire » an owner's aircraft and a subject coordinated with the first verb: 0.633/0.487);
  batch 8, ``fr-y``, 10 articles written after the batch-7 rules: first run P/R 0.606/0.513, dates 0.800 (16/20);
  0.667/0.564 with five gold corrections to the set's and PLOVER's conventions (the Security Council is UNSC and UN,
  an apology is SUPPORT, CAMEO 055, letting foreigners in is RETREAT access, CAMEO 086); then the classes of
  test_french_wire_fr6.py: 0.758/0.641, dates 0.800 (20/25); with all 80: precision 0.714 (187/262), recall 0.601
  (187/311), dates 0.881 (163/185); batch 9, ``fr-z``, 10 articles of 2004-2014 written after the batch-8 rules (a
  blockade, a coup, a raid told by its noun, envoys, a verdict, talks suspended): first run P/R 0.656/0.477, dates
  1.000 (19/19); then the French counterparts of the English trigger families (test_french_families.py) and the
  classes of test_french_wire_fr7.py: 0.743/0.591, dates 1.000 (24/24); with all 90: precision 0.716 (214/299),
  recall 0.603 (214/355), dates 0.895 (188/210); batch 10, ``fr-aa``, 10 newspaper articles (Le Monde, Le Figaro,
  Libération, La Croix, Le Temps, RFI style, 2005-2014: long sentences, nominal events, passives, « selon »,
  capitals for governments) written after the batch-8 rules, beside batch 9: first run P/R 0.636/0.429, dates 1.000
  (18/18); then the classes of test_french_newspaper.py: 0.694/0.510, dates 1.000 (22/22). Measured 2026-12-06 with
  all 100 (both helpers' rules merged): precision 0.716 (239/334), recall 0.592 (239/404), dates 0.905 (210/232);
  batch 11, ``fr-ab``, 12 wire and newspaper articles of 2004-2013 on francophone Africa, the Maghreb, Lebanon,
  Haiti, Quebec, Belgium and the EU (a coup and an embargo, sanctions on a junta, an arrest, a town taken,
  a hostage freed and envoys recalled, a hostage siege, a peace deal, an exile, a special law against a strike,
  an extradition, an arrest for trial) written after the batch-10 rules: first run P/R 0.571/0.528, dates 0.913
  (21/23); then the classes of test_french_news3.py: 0.646/0.585, dates 0.885 (23/26), the first 100 0.721/0.601,
  dates 0.907 (214/236); with all 112: precision 0.712 (274/385), recall 0.600 (274/457), dates 0.905 (237/262);
  batch 12, ``fr-ac``, 10 newspaper articles of 2004-2012 (Le Monde, Le Figaro, La Presse, Le Temps style) from
  Ukraine, Thailand, Venezuela, Cyprus, the Koreas, China, Iran, Iraq, Colombia and Serbia (an annulled run-off, a
  coup, a TV channel closed, accession talks frozen, trade suspended, anti-Japanese riots, an embassy stormed,
  Fallujah, hostages freed, an embassy burnt) written after the batch-11 rules: first run P/R 0.553/0.429, dates
  0.750 (6/8); with three gold corrections to the set's conventions (the European Parliament is EP as well as EU,
  an announced ban may be THREATEN, a referral to the Security Council is an optional future REQUEST) 0.583/0.429;
  then the classes of test_french_news4.py: 0.676/0.469, dates 0.778 (7/9); the first 112 0.718/0.602 before,
  0.719/0.604 after; with all 122: precision 0.715 (299/418), recall 0.591 (299/506), dates 0.901 (246/273);
  measured 2026-12-06 evening before batch 13 (every branch of the day merged): 0.722 (302/418), 0.597 (302/506),
  dates 0.902 (249/276); batch 13, ``fr-ad``, 12 wire and newspaper articles of 2005-2012 (AFP, Le Monde, RFI, Jeune
  Afrique, La Croix, L'Orient-Le Jour style) from Burkina Faso, Kenya and Somalia, Madagascar, Côte d'Ivoire,
  Switzerland and Libya, Lebanon and Syria, Pakistan, Russia and Georgia, Belarus and the EU, Rwanda and France,
  Mali and the ICC (a mutiny, troops crossing a border after kidnappings, two mediated peace accords, an apology, a
  withdrawal, supply routes closed, a recognition condemned, ambassadors recalled, relations broken, an arrest on an
  international warrant) written after the batch-12 rules: first run P/R 0.521/0.391, dates 0.929 (13/14); then the
  classes of test_french_news5.py: 0.652/0.469, dates 0.944 (17/18); the first 122 0.722/0.597 before, 0.727/0.599
  after; with all 134: precision 0.719 (333/463), recall 0.584 (333/570), dates 0.905 (267/295); batch 14,
  ``fr-ae``, 8 newspaper articles in the WMT14 news-test style (Le Soir, Le Monde, La Presse, Les Echos style,
  2013): a councillor sentenced, a rail strike, a mayor rejecting a demand, a fine on banks, a protest dispersed in
  Ankara, and three with no political event (football, an aircraft order, floods): first run P/R 0.600/0.750, dates
  6/6, 5 events output on the no-event articles; then the classes of test_general_news_senses.py: 1.000/0.833, dates
  7/7, none on the no-event articles; the first 134 0.720/0.586, dates 0.899 (266/296: a call to a day of protest
  now coded, whose three same-sided protests the scorer pairs with the gold dates in another order); with all 142:
  precision 0.726 (344/474), recall 0.591 (344/582), dates 0.901 (273/303) in its branch; with every branch of
  the evening merged: 0.722 (343/475), 0.589 (343/582), dates 0.898 (272/303);
  batch 15, ``fr-af``, 10 wire and newspaper articles of 2005-2014 (AFP, Le Monde, Le Figaro, RFI, Le Soir, La
  Presse style) from the Balkans, the Caucasus, Central Asia, Southeast Asia, the Andes, the Horn of Africa and the
  Gulf (a NATO veto, a front-line clash, ethnic riots and refugees, a base evacuation ordered, a naval stand-off,
  peacekeepers requested, a police revolt, a border clash, an arms embargo, ambassadors recalled), written with
  datives, « avec » partners, « contre » targets, coordinated subjects, « les deux pays », relatives,
  « ce dernier », capitals for governments and events told by nouns, after the batch-13 rules, beside batch 14:
  first run P/R 0.680/0.596, dates 1.000 (13/13); then the side classes of test_french_sides.py: 0.706/0.632, dates
  1.000 (14/14), the first 134 unchanged; with the first 134 in its branch (144): precision 0.715 (368/515), recall
  0.587 (368/627), dates 0.906 (280/309); with all 152 and every branch of the evening merged: precision 0.731
  (384/525), recall 0.601 (384/639), dates 0.894 (287/321); batch 16, ``fr-ag``, 12 wire and newspaper articles of
  2007-2013 (AFP, Le Monde, Le Figaro, RFI, Jeune Afrique, L'Orient-Le Jour style) on French pension protests, a
  Belgian government's resignation, Morocco and Algeria, riots in Gabon, Madagascar, Haiti's censure vote, Lebanon's
  government falling, Syrian envoys expelled, a French academic tried in Iran, a US general dismissed in Afghanistan,
  an assassination in Tunisia and a French judicial charge (« a limogé », « a convoqué », « ont défilé », « ont été
  dépêchés », « a exigé la libération de », passives with « par », « ce dernier », « n'a pas exclu », « a démenti »,
  « doit se rendre »), written after the batch-15 rules: first run P/R 0.725/0.453, dates 0.875 (7/8), the same with
  two gold corrections to PLOVER's and the set's conventions (a crowd dispersed may be ASSAULT crowd-control,
  peacekeepers sent may be AID); then the classes of test_french_wire3.py: 0.791/0.531, dates 0.900 (9/10); the first
  152 0.731/0.601 before, 0.734/0.604, dates 0.895 (289/323) after; with all 164: precision 0.738 (420/569), recall
  0.597 (420/703), dates 0.895 (298/333). Batch 17, ``fr-ai``: 8 domestic and regional press articles of 1999-2004
  (Ouest-France, La Voix du Nord, Le Parisien, Le Monde, Libération style: farmers at a prefecture, a pension strike,
  truckers' blockades, a bombing in Corsica, miners occupying a pit, Labour split on Iraq, a court in Calais, mayors
  after a storm; gold written first): first run P/R 0.632/0.364, dates 4/5; 0.682/0.455, dates 5/6 after the classes
  of tests/analyze/events/test_french_domestic.py and one gold correction to PLOVER's modes (a crowd dispersed with
  tear gas may be ASSAULT crowd-control); the first 164 0.747/0.602 before and after (dates 299/334 -> 301/334);
  with all 172: precision 0.745 (438/588), recall 0.595 (438/736), dates 0.900 (306/340). Then ``fr-ah``, 6 newspaper
  articles in the WMT14 news-test style (Le Monde, Ouest-France, La Provence style, 2013-2014): a « bonnets rouges »
  march with clashes, a deputy sentenced for misused subsidies, school pupils marching against an expulsion, and three
  with no political event (the Paris Bourse, football, a storm): first run P/R 0.500/0.375 (3/6, 3/8), dates 1/1, none
  output on the no-event articles; then the classes of test_general_news_senses2.py: 0.800/0.500, dates 2/2, measured
  in its branch beside the first 152, these unchanged in total (one false support gone, one riot given the wrong side
  by a fronted « A Pékin, »); in its branch (158 documents): precision 0.742 (391/527), recall 0.604 (391/647), dates
  0.895 (290/324). With all 178 (``fr-ag``, ``fr-ai`` and ``fr-ah`` merged): precision 0.746 (444/595), recall 0.597
  (444/744), dates 0.901 (309/343).

Output threshold of 2026-12-07 afternoon (0.5 -> 0.55 with a +0.05 weight for the title and the lead, chosen on
every development set of whole articles pooled; docs/events.md, "Confidence"): English precision 0.820 -> 0.845
(636/753), recall 0.742 -> 0.715 (636/889; the recall floor moves from 0.73 to 0.71 with it), dates 197/218; French
0.758 -> 0.819 (440/537), recall 0.610 -> 0.591 (440/744), dates 305/338 (the French domestic-press rules of the
same afternoon included).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from veille.eval.evaluate import evaluate

pytestmark = pytest.mark.model

GOLD = Path(__file__).resolve().parents[1] / "gold"
SETS = {
    "realnews_own_en.jsonl": (272, {"realnews.en.precision": 0.84, "realnews.en.recall": 0.71,
                                    "realnews.date_accuracy": 0.90}),
    "realnews_own_fr.jsonl": (178, {"realnews.fr.precision": 0.81, "realnews.fr.recall": 0.59,
                                   "realnews.date_accuracy": 0.90}),
}


@pytest.fixture(scope="module", params=sorted(SETS))
def own_set(request):
    documents, floors = SETS[request.param]
    return evaluate("real-news", GOLD / request.param).result, documents, floors


def test_own_news_sets_are_whole_and_hold_their_floors(own_set):
    result, documents, floors = own_set
    assert result.documents == documents
    for name, floor in floors.items():
        assert result.value(name) >= floor, (name, result.figure(name).detail)
