"""Floors of the events stage on our own PLOVER sentences (``tests/gold/plover_own.jsonl``,
``plover_own_fr.jsonl``, and, cut from shared articles by offsets, ``plover_tbaq.jsonl``, ``plover_gwn.jsonl`` and
``plover_polnear.jsonl``).

English: 784 one-sentence reports, then 880 (390 in the CAMEO manual's style, 60 by a second writer, 60 by a third,
all 510 in ``plover_own.jsonl``; 85 taken from real wire copy, 93 from real news copy of 2018, 96 + 96 from real US
political copy of 2015-2016, in the three files of offsets), one or more per
CAMEO code family of the CAMEO-to-PLOVER table (agreements of intent, consultations, support, cooperation, aid,
concessions and retreats, investigations and accusations, requests, rejections, threats, protests, force postures,
sanctions, coercion, assaults), each with its gold type, source and target written before veille ran on it (2026-12-06).
The held-back PLOVER GSR sentences come from the same manual; this set measures whether the lexicons carry to sentences
of every family rather than to the dev half's.

First run: gold type found 0.756 (90/119), 0.13 other-type events per sentence, source right 0.976. Six
sentences then got a second accepted type (``alt_events``) where the ontology's own sources disagree: the
CAMEO-to-PLOVER 2021 table against PLOVER 2.0's modes (a resignation is a RETREAT mode, a conviction a SANCTION
mode, "16x sanctions" SANCTION) and the GSR's older labels (easing coded CONCEDE, property blown up COERCE):
0.798 (95/119), 0.08. After the classes of ``tests/analyze/events/test_cameo_families.py`` (ruling out,
peacekeepers sent, fighters who surrender, walking off the job, leaving talks, ordered out, websites blocked,
ships intercepted, rioters who set fire, people and things given back): 0.874 (104/119), 0.03, source 0.969.
A second batch of 77 sentences, written after those rules: first run 0.753 (58/77), 0.09 other types, source
0.909 (the first batch's rules did not lift it above the first batch's own first run); three gold corrections
after it (Amnesty International is an NGO, the Security Council an IGO in the GSR's codes, letting convoys in
agreed to is CAMEO 0355, AGREE); then the second batch's classes (forgiving, suspects handed over, weapons handed
in, crowds clashing with the police, warships sent, alert raised, inspectors expelled, deals initialled, "on a
strike"; development banks as organisations): 0.870 (67/77). A third batch of 69, written after those: first run
0.768 (53/69), 0.06; after its classes (citizens asking nobody named ask their own government, crowds that burn
or attack riot, forces put on alert or leaving a country, measures withdrawn): 0.841 (58/69). All 265: 0.872
(231/265), 0.04 other types per sentence, source 0.973. Three first runs of 0.753 to 0.768 say what the lexicons
carry to fresh sentences of every family: about three in four. A fourth batch of 70, weighted like the GSR
(requests, agreements, protests, rejections, threats, accusations, coercion, assaults; passives, event nouns,
titles): first run 0.914 (64/70), 0.04 other types, source 0.984; after its classes
(``tests/analyze/events/test_cameo_families2.py``: defying a deadline or a ban, a warning that force will crush,
bowing to demands, a demand whose object is an event noun addressed to that event's side): 0.971 (68/70), 0.03.
All 335: 0.893 (299/335), 0.04, source 0.976.
A fifth batch of 61 (2026-12-06 evening, after the fourth batch's rules), of which six were dropped before scoring
as near copies of earlier sentences (the same writer's wire style repeats itself: "the World Bank approved a loan
to Ghana"), leaving 55: first run 0.727 (40/55), 0.05 other types, source 1.00; one gold correction after it
("agreed to jointly develop a fighter jet" is CAMEO 031, AGREE, not 061): 0.745 (41/55). The fourth batch's 0.914
did not hold: about three in four again. After its classes (``tests/analyze/events/test_cameo_families3.py``: an
appeal to a collective no code names, "the international community", "donors", "Western countries", is a
request all the same; readiness or preparedness to talk or cooperate is an intent (AGREE) at the verb's
confidence; an investigation opened into a matter is made at home; an office holder travelling, flying or
heading to a capital visits it; wanted people of any kind handed over are judicial cooperation; a "sit-in" split
by the tokenizer; a statement conjoined to a demand's clause is no content of it; people killed by a weapon, the
by-phrase naming no one unknown; a decision not to recognise, ratify or cooperate rejects): 0.873 (48/55). All
390: 0.903 (352/390), 0.04, source 0.979.
Left: a warning that an army "would intervene"; drones that "struck a compound" in a district the gazetteer lacks
(North Waziristan); pirates who "seized" a tanker (COERCE, the table says hijacking is ASSAULT); troops sent to
help a government (MOBILIZE or AID); property demolished (the table's ASSAULT, the GSR's COERCE); intents said as
"announced it would"; riots told by their deeds, victims or hearers no country names ("detainees were tortured by
Libyan militias", "the Crimean parliament building").
A sixth batch by a new writer (2026-12-06 night), 60 sentences in styles the sets lacked (headline leads, long
sentences with a subordinate clause, passives with and without agent, event nouns as subjects, named people with
their titles, quoted speech, dates), weighted like the GSR; 14 of the 60 first drafts were dropped as near copies of
earlier sentences (rapidfuzz token_set_ratio > 70) and replaced by 14 new ones before any run. First run 0.650
(39/60), 0.15 other types per sentence, source 0.919 (34/37), target 0.900: the first writer's three in four do not
carry to another writer's styles. The 21 misses: passives and nominal events whose making verb or agent the rules do
not reach or leave below the threshold ("an appeal was issued by", "aid was pledged to Lebanon by", "a lawsuit was
brought by", a curfew imposed and hostages freed with no agent) 5; verbs missing ("fired on", "handed over jets",
"scrapped a planned rise", "cut off the road", "cast their vetoes" with no target) 5; quoted praise, a participle
threat, a conditional threat, "in defiance of", an investigation "opened" read as a meeting 5; actors uncoded (a
jailed leader, bodyguards, a new president, detainees) 4; event nouns as subjects ("a march ... wound through", "by
a strike of air traffic controllers") 2. The 9 other-type events: word sense 2 ("wound" as wounding, "press ahead"
as pressing someone), acts inside a content no one did (demands dismissed, allegations, a draft's call) 3, a
participle telling an earlier deal ("the reforms agreed with its creditors") 1, a state named by a noun ("fled house
arrest") 1, real second events of the sentence 2. Wrong sources 3: a passive with no agent ("deported from Israel"),
"Iranian relief agencies" coded as an NGO, Kofi Annan coded UN where the gold wrote IGO. After the classes of
``tests/analyze/events/test_cameo_families4.py`` ("wound" past a route is "wind"; firing on people or places; war
machines handed over as military aid; a planned rise or tax scrapped as a concession; a veto cast): 0.700 (42/60),
0.13, source 0.925. All 450: 0.876 (394/450), 0.05, source 0.973.
A seventh batch by a third writer (2026-12-07), 60 sentences in styles the sets lacked (local and regional papers,
agency datelines, sentences opening with a time or place adverbial or a participle clause, "X's decision to ...",
"X, which ..., has ...", events as objects of "announced", "welcomed", "ordered", "approved", compound verbs, the
less common verbs of each family, provinces, parties, militias, unions and companies as actors), weighted like the
GSR; 10 of 70 first drafts dropped as near copies (rapidfuzz token_set_ratio > 70 against this set and the GSR dev
half) before any run. First run 0.667 (40/60), 0.17 other types per sentence, source 0.925 (37/40), target 1.00
(28/28). The 20 misses: verbs and compound verbs the lexicons lack or misread 12 ("brushed aside", "thrown out",
"called off" talks read as a concession, "stepped up patrols" read as a threat, "taken to arbitration", "let ...
into", "expropriated", "earmarked", "sharing intercepts", "took control of" read as an assault, a renewed call and
an approved grant below the threshold); actors uncoded or out of reach 6 (a province, a jailed lawmaker, students
no country names, two sides of one country, the sides of "clashes erupted between"); parses 2 ("pressed" tagged an
adjective, "downed" no verb). The 10 other-type events: word sense of compound verbs 4 (called off, stepped up, took
control, a ceasefire "broken" read as one); contents of requests coded as done 2; earlier events in a relative,
participle or object phrase 3 ("which has boycotted", "faced with a general strike", "an inquiry into a NATO air
strike"); a real second event 1. Wrong sources 3: "the latest Latin American country" coded USA, a party in a
genitive uncoded, the victims' "Malaysian" given to the kidnappers. After the classes of
``tests/analyze/events/test_cameo_families5.py`` (implore / beseech / entreat / exhort / press X to; proposals
brushed or waved aside or thrown out; talks called off; patrols stepped up; fire traded; tools downed, crowds that
rampage; expropriation; taken to court or arbitration; a call renewed or repeated; inspectors or relief let in):
0.817 (49/60), 0.12, source 0.939 (46/49), target 1.00. All 510: 0.871 (444/510), 0.06, source 0.969.
An eighth batch of 85, the first taken verbatim from REAL wire copy (2026-12-07): sentences reporting a political
event picked, before any run, from the TempEval-3 TBAQ dev articles not used by ``realnews_timebank.jsonl`` (AP,
NYT, Xinhua, CNN, WSJ; 1990-2000: embassy bombings, the Gulf crisis, the Elian Gonzalez case, Northern Ireland, NATO
accession), coded as the GSR does, none a near copy of the set or the GSR dev half (rapidfuzz token_set_ratio > 70).
First run 0.506 (43/85), 0.20 other types per sentence, source 0.875 (35/40), target 0.913 (21/23): far below the
written batches' first runs (0.65 to 0.91), close to the GSR held-back 0.62. The 42 misses: actors the codes do not
reach 15 (national agencies named by their own names, the FBI, the INS, the Justice Department, 5; people the
dictionaries lack or name by a bare surname, "Reno", "Spitzer", local groups, "the Miami relatives", "Religious
leaders in Buffalo", police of no country, 10); verbs, nouns and senses 12 (papers or a plan signed, an arrest
warrant issued read as a request, agents dispatched to investigate read as aid, "held out the prospect of more aid"
read as aid given, "heartened by", "letters of protest", "ordered the departure of" embassy staff, "would join
multinational forces", "a volley of plastic bullets", "a possible strike against Iraq", "an assassination
attempt"); status and modality 6 ("will not lift" sanctions, "promising" under "sought peace by", an ultimatum
under "forestalled", an accusation or a demand told as a claim about the future, a warning whose content was coded
instead); a recipient required and out of reach 6 (condemnations of bombings nobody is named for, OPEC uncoded, an
invitation to Sinn Fein, a meeting in a preposed phrase); a crowd's demand read as a request 1; passives with no
agent 2. The 17 other-type events: contents or speculation coded as done 5 (a hope that Iraq would withdraw, air
strikes a warning said could harm relations, a visit "until" which a side must hold off, a claim in a reason
clause, aid held out as a prospect); word sense 3 ("provided" opening a condition as aid, agents dispatched as aid,
the cooperation a signed plan is about); the demand of a demonstration or of an ultimatum as a request 4; earlier
events in a relative clause or a phrase 3; real second events 2. Wrong sources 5 (an FBI director uncoded and the
country of his visit taken, Elian's father twice, whose country only the article gives, a federal court uncoded, a
passive agent in a coordination missed). After the classes of ``tests/analyze/events/test_real_sentences.py``
(national agencies by their own names in ``data/actors/capitals.tsv``; a plan, a programme, papers or a framework
document signed; an arrest warrant issued; crowds that throng, mass or rally whatever the parser makes of the place;
a side that says it will not lift, release or withdraw refuses, REJECT, not one that will not accept, provide or
attend; "provided" opening a condition; people sent to investigate): 0.624 (53/85), 0.15, source 0.900 (45/50),
target 0.885 (23/26). All 595: 0.835 (497/595), 0.07,
source 0.962 (the floors follow the real-copy batch: type 0.86 -> 0.83, other types 0.06 -> 0.08; the first 510
unchanged at 444). Ten sentences with a political word and no event from the same articles (denials, rewards, a
plea, a joint statement, a strike named as a cause, talks long cut off, inspections or attacks not expected) cannot
be said in this format (every sentence has one gold event); scored as real-news documents with no gold event they
drew 2 output events before and after the rules (a denial of arrests read as a rejection, a reward offered as an
agreement).
A ninth batch of 93, taken verbatim from OTHER real copy (2026-12-07): sentences reporting a political event picked,
before any run, from 38 GeoWebNews dev articles of 2018 (AP, Reuters, CNN, Xinhua, SANA, IISS, DW, Nigerian, Kenyan,
Indian, Maltese, Trinidadian and Canadian papers; none of the articles of ``timex_gwn.jsonl``), coded as the GSR
does, none a near copy of the set or the GSR dev half (rapidfuzz token_set_ratio > 70); ``published`` set only where
the article gives its date. First run 0.301 (28/93), 0.12 other types per sentence, source 0.591 (13/22), target
1.00 (21/21): far below the TBAQ batch's 0.506, the copy being domestic politics and justice of many countries. The
65 misses: a side the codes do not reach 33 (pronouns, bare surnames and titles of people the dictionaries lack,
"the Centre", "Prosecutors", "Police officers" of no country, "Caricom heads", Deutsche Bank, a surname tagged ORG,
the agent of a passive arrest); verbs, nouns and idioms the lexicons lack 21 ("took aim at", "renewed his
denunciation of", "drew a rebuke from", "made a phone call to", "launched a lawsuit against", "moved the court to
initiate contempt proceedings", "worked with", "strengthened its relations with", "turned out to support", "called
China a pillar", "questions it wants Britain to answer"); word sense and type 11 ("blasted" the FBI's inquiry read
as an explosion, air support given read as SUPPORT, an approved arms sale as AGREE, a future consulate closure as
THREATEN, "indicted" as ACCUSE where the table's 173 is COERCE, "advised him to resign" read as his resignation).
The other types: denials of a charge coded REJECT as the project codes them 2, earlier events in a relative clause
or a noun phrase 3, word sense 4, the rest below. Wrong sources 9: a place or country of another phrase taken for
an agent nobody coded (Brussels for a visitor, "imports from China", "US flags", the recipient's own country given
to "the crown prince") 6, pronouns and fronted names out of reach 3. After the classes of
``tests/analyze/events/test_real_sentences2.py`` (criticism idioms and nouns; "blast" with a decision, a policy or an
office as object; a phone call made or had; a lawsuit brought or launched against a side; CARICOM, IGAD, EAC,
SAARC, ECCAS; a famous surname tagged ORG or GPE; air or logistical support given as military aid; a crowd that
turns out): 0.355 (33/93), 0.10, source 0.667 (18/27), target 1.00 (26/26). Tried and dropped: keeping the
recipient's own country from a common-noun agent ("the crown prince detained Lebanon's prime minister") also took
it from "the Umma party" in the GSR dev half and from a Toronto plaintiff. All 688: 0.772 (531/688), 0.08, source
0.946 (the floors follow the real-copy batch: type 0.83 -> 0.77, source 0.95 -> 0.94; the first 595 at 498, one up).
Twelve sentences with a political word and no event from the same articles (denials, a negated order, an arrest
never made, a hope for summits, an expected appeal, "agreed that there was a need") cannot be said in this format;
scored as real-news documents with no gold event they drew 3 output events before and after the rules (the negated
order to pull out troops read as a withdrawal and an intent, summits hoped for read as talks).
A tenth batch of 96, taken verbatim from real US political copy (2026-12-07): sentences reporting a political event
picked, before any run, from PolNeAR train articles of 2015-2016 (Breitbart, the Huffington Post, the New York
Times: the presidential campaign, Congress, the courts, a few foreign affairs), coded as the GSR does, none a near
copy of the set or the GSR dev half (rapidfuzz token_set_ratio > 70); ``published`` from the article. Criticism and
accusation dominate the copy (32 of 96), then support and apologies, requests, rejections. First run 0.562
(54/96), 0.17 other types per sentence, source 0.792 (42/53), target 0.840 (42/50). The 42 misses: a side the codes
do not reach 26 (candidates and lawmakers of the day by their surnames, "Sanders", "Cruz", "Grassley", "Christie",
"Wilson"; protesters, police, "critics", "Wall Street players" of no country; the DNC, a newspaper, a board of
elections, "the administration"; recipients no code names, "the network", "Kurds", "his supporters"); verbs and
idioms 7 ("taken a swipe at", "railed against", "blasted the delegate system", "disavowed", "rebutted", "have
blocked" measures, a bare "refused"); argument structure 4 (a threat in a by-gerund the parser hung on the request's
infinitive, an investigation in a preposed phrase, "lashed out" in a when-clause, "one of several firms sued by");
sense 3 ("charged" read as an accusation where the table's 173 is COERCE, twice; a verbal attack whose recipient
took the country of a relative clause); parses 2 ("In August Trump", "In March, Trump blasted Disney" read as names).
The 16 other types: contents and earlier or background events 7 (what two men discussed, a relative clause's
endorsement or pledge, a lever "to press" Vietnam, a coalition "to oust" Qaddafi, a visit in a "when" clause), word
sense 6 ("released 30 years of tax returns", "requiring workers to", "giving away a shotgun", "warned of the
implications", a verbal attack read as force, "said the United States must act" as a request), real second events
3. Wrong sources 11: surnames uncoded 5 ("Sanders", "Weaver", "Graham", "Jeb Bush", "O'Malley"), pronouns 3 (two
read as the place or country of another phrase), Hollande coded NLD, a Greenpeace activist, a gun group. Eleven
sentences with a political word and no event (polls, talks that could break down, a veto the president would have a hard
time casting, an investigation impossible to conduct, "largely agreed that") drew no output event before or after the
rules (2 below the threshold). After the classes of ``tests/analyze/events/test_real_sentences3.py`` (a swipe taken at a
side, railing against it, "blast" with a deal, a system or a programme; rebutting, repudiating or disavowing as denial;
agreeing with remarks or a statement is an opinion; years or pages of records released; the distinctive surnames of the
decade's US national politicians in ``data/actors/people.tsv``): 0.656 (63/96), 0.17 (16/96), source 0.855 (53/62),
target 0.879 (51/58). All 784: 0.758 (594/784), 0.09, source 0.936 (the floors follow the real-copy batch: type
0.77 -> 0.75, source 0.94 -> 0.93, target 0.95 -> 0.94, other types 0.08 -> 0.09; the first 688 unchanged at 531,
source 477/504, target 332/347).
The tenth batch copied its sentences into ``plover_own.jsonl``'s ``text``; the shared README forbids copying the
shared texts into the repository, so it moved (2026-12-07) to ``tests/gold/plover_polnear.jsonl``, whose lines hold
the PolNeAR article id (``article``) and the sentence's offsets in that article's text (``start``, ``end``) instead
of the text: ``join_excerpts_with_texts`` of ``shared_text_join.py`` rebuilds the sentences from
``../shared/eval/polnear.train.jsonl`` and the test below skips without it. Its figures joined are the same as with
the copied text (0.635, 61/96 on the code of that day, the same per-sentence listing); ``plover_own.jsonl`` holds
688 (0.767, 528/688, 0.07 other types, source 0.954, target 0.956: the floors of that file rise to 0.76, 0.95, 0.95,
other types 0.08).
An eleventh batch of 96 in the same file (``OWN-PLOVER-11-*``), taken verbatim from 74 other PolNeAR train articles
(Breitbart, the Huffington Post, the New York Times, November 2015 to September 2016), coded as the tenth before any
run; one first pick was replaced before the run as a verbatim copy of a tenth-batch sentence found in another AP "The
Latest" article (rapidfuzz token_set_ratio > 70 against this set, the tenth batch and the GSR dev half). The copy gave
criticism and accusations 42, support and praise 24, apology 1, requests 9, rejections 5, protests 4, coercion 3,
assaults 3, resignations 2, a meeting, an agreement and a threat. First run 0.438 (42/96), 0.14 other types per
sentence (13/96), source 0.952 (40/42), target 0.872 (34/39); the whole file 0.536 (103/192), 0.14, source 0.903,
target 0.874. The 54 misses: a side the codes do not reach 28 (Americans no country names in US copy: persons not
listed, "Bradley", "Priebus", "Weiner", "Schultz", "Angela Corey", "Zimmerman", "Tim Canova", pronouns; groups,
"Sanders supporters", "Dozens of them", "fellow Muslims", "members", "The two camps", "The government"; NGOs and the
IOC; a listed candidate the tagger tagged ORG with its given name, "Carly Fiorina"); criticism or praise told as an
opinion in speech 11 ("said Trump was a “proven failure”", "said ... is “absolutely wrong”", "told delegates that ...
should disqualify her", "questioning the other's fitness", "weighed in on allegations", "agreed that" a plan is
pandering, "suggested" a refusal "could disqualify him"); criticism by an epithet 4 ("called Clinton ... an ISIS
“co-founder”", "referred to Obama as “the most valuable player” for ISIS", "calling Trump's charge “pathetic”",
"called undocumented immigrants “rapists”"); verbal attacks read as force 3 ("launched a pre-emptive attack against
Obama, calling him", "attacks designed to paint", "fired back at Trump over the proposal"); verbs and idioms 4
("heralded ... as a “breakthrough”", "has their backs", "conflated", "interrupted by a protester"); refusals not read
2 ("insisted they won't consider an Obama nominee", a quoted "we are not going to pay"); a quoted imperative told to a
president ("''You need to bomb ...,'' X told Mr. Obama", read as the bombing) 1; "charge X with" an offence read as an
accusation where the table's 173 is COERCE 1 (the earlier batches code it both ways: "Russia charged an Estonian
security officer with espionage" ACCUSE 1125, "was charged with murder" COERCE 173). The 13 other-type events: verbal
attacks as ASSAULT 4, "called X, his rival, a Y" and a visit to a television show as a phone call or a meeting 2, a
negotiation inside a content as a meeting 1, "agreed that" and a promise as AGREE 2, "pressing his attack" as a
request 1, "refusal to disavow" as a rejection 1, the quoted bombing 1, "charge" as ACCUSE 1. After the classes of
``tests/analyze/events/test_real_sentences4.py`` (a listed public figure the tagger left untagged, or took for an
organisation with its given name, keeps its country; an attack told with what it said, between persons or bodies of no
armed role, is words; calling someone, after their own description, an indefinite something is no phone call; people
called by a name of contempt, "traitors", "rapists", or a charge called "pathetic"; a deal heralded as a
breakthrough): 0.490 (47/96), 0.11 (11/96), source 0.957 (45/47), target 0.886 (39/44); the whole file 0.568
(109/192), 0.13 (25/192), source 0.908 (99/109), target 0.881 (89/101) (the tenth batch 62/96, one up); every other
set unchanged, listing for listing. Floors of the file: type 0.56, source 0.90, target 0.88, other types at most 0.14.
Left: Americans no country names in US copy (a home country for domestic copy is a change of the actors stage, not a
lexicon's), opinions in speech, refusals told as "won't consider", "charge X with" (the gold's two codings).
The eighth and ninth batches had copied their sentences, verbatim from the shared TBAQ and GeoWebNews dev texts,
into ``plover_own.jsonl``'s ``text`` as well (``scripts/find_shared_excerpts.py`` found them, 171 of the 178 at 12
words or more, every one of the 178 an exact substring of the article its ``source`` names); for the same reason
they moved (2026-12-07) the way the tenth did: ``tests/gold/plover_tbaq.jsonl`` (85, ``OWN-PLOVER-8-*``, cut from
``../shared/eval/tbaq.dev.jsonl``) and ``tests/gold/plover_gwn.jsonl`` (93, ``OWN-PLOVER-9-*``, from
``gwn.dev.jsonl``; three sentences of ``gwn/241``, whose text holds the article twice, cut from its first copy)
hold ``article``, ``start``, ``end`` and the gold, one file per shared set as the real-news copies are
(``realnews_timebank.jsonl``, ``realnews_trnews.jsonl``), and the test below joins each with its set, skipping
without it. The joined lines equal the old ones field for field; on the code of that day, TBAQ 0.624 (53/85), 0.15
other types (13/85), source 0.900 (45/50), target 0.885 (23/26); GeoWebNews 0.333 (31/93), 0.08 (7/93), source
0.750 (18/24), target 1.00 (24/24); ``plover_own.jsonl``, now the 510 written sentences of batches 1 to 7, 0.871
(444/510), 0.06 (29/510), source 0.972 (414/426), target 0.959 (282/294): the three add up to the 688's 528,
49, 477/500 and 329/344 and the per-sentence listing is the same. The floors of ``plover_own.jsonl`` rise with its
sentences (type 0.76 -> 0.87, source 0.95 -> 0.97, other types 0.08 -> 0.06; target 0.95 unchanged); the two new
files are pinned at their measured figures. A gold file may now hold no document ``text`` copied from the shared
sets: ``test_no_shared_copies.py`` checks it.

French: 193 one-sentence reports (113 in the AFP / Le Monde wire style of 2004-2014, 40 by the second writer, 40 by a
third), one or more per CAMEO code family of the
CAMEO-to-PLOVER table (intents and promises, visits, talks, praise, apologies, forgiving, recognition, cooperation,
aid and peacekeeping, concessions, releases, ceasefires, withdrawals, investigations, accusations, complaints,
lawsuits, demands, refusals, vetoes, threats, protests, strikes, riots, alerts, sanctions, expulsions, arrests,
curfews, seizures, kidnappings, bombings, attacks), each with its gold type, source and target written before
veille ran on it (2026-12-06): the French counterpart of ``tests/gold/plover_own.jsonl``.

First run: gold type found 0.742 (49/66), 0.06 other-type events per sentence, source right 0.980, target 0.879.
One gold correction after it: a person released is RETREAT in the CAMEO-to-PLOVER 2021 table (0841), not CONCEDE
(the run had coded it RETREAT). After the classes of ``tests/analyze/events/test_cameo_families_fr.py`` (« se faire
exploser », quantities seized, crowds who burn or attack buildings riot, ships boarded, forgiving, peacekeepers
sent as aid, a ceasefire concluded, recognition as the legitimate representative): 0.864 (57/66), 0.03, source
0.982, target 0.889.
Left: an offer of mediation (« a proposé sa médiation »), a cooperation agreement concluded (coded AGREE), leave
to demonstrate, an appeal to the international community (a request needs an addressee), a complaint whose day
word the parser hung « auprès du » on, a day word taken for the object of « manifester » (fixed by a one-line
change that also codes a diaspora protest abroad against the place's country), unnamed kidnappers whose place
becomes a recipient, and parses that split a sentence (« 2.000 Casques bleus »).
A second French batch of 47 (2026-12-06 evening, after the first batch's rules and the English fifth batch's):
first run 0.681 (32/47), 0.13 other types, source 0.935: the French lexicons carry to fresh sentences about as
far as the English ones. After its classes (``tests/analyze/events/test_cameo_families3_fr.py``: an appeal
launched to « la communauté internationale »; « disposé à »; wanted people « remis » or « livrés »; an event told
by its toll, « un attentat a fait douze morts », or its outbreak, French had no verbs of onset; joint exercises
are military cooperation, as in English (PETRARCH2 062); « des hommes armés » are gunmen; rioters who loot riot;
an office holder « arrivé à Bagdad » visits it, the parser's passive reading of « être » verbs repaired; the day
word taken for the object before « de nouvelles sanctions »): 0.787 (37/47). Two sentences then got a second
accepted type, as the English first batch's did: easing a blockade also CONCEDE (the GSR's older label), agreeing
to step down also AGREE (CAMEO 0341): 0.830 (39/47). Then an object the parser hung on the day word right after
the verb (« a reconnu vendredi l'État palestinien », a parse repair), regrets expressed as an apology (CAMEO 055),
media closed as censorship: 0.894 (42/47). All 113: 0.885 (100/113), 0.04, source 0.969.
Left: « a reçu jeudi à Rabat le président sénégalais » (the day word taken for the object, the guest for a
complement of Rabat); troops an organisation deploys to support a government (AID, coded MOBILIZE); a strike
« poursuivie pour réclamer » coded as the demand; « Bruxelles » for the EU.
A third French batch of 40 by the same new writer (8 of 40 first drafts replaced as near copies): first run 0.575
(23/40), 0.07 other types, source 0.909 (20/22), target 0.850. The 17 misses: passives of a trigger or an event noun
as passive subject (a demand or a promise with the agent hung on the day word or no addressee, a state of emergency
decreed, an investigation opened with no agent, a kidnapping « revendiqué par ») 5; verbs and senses (« ont quitté
», « décidé de mettre en place des patrouilles conjointes » read as a show of force, « ont poursuivi leurs
discussions », a hunger striker uncoded, a complaint « auprès des Nations unies contre » without its target) 5;
quoted speech (« Nous demandons à Kigali... », a déclaré le ministre; a quoted threat; « Pas question de négocier »)
3; event nouns as subjects or headlines (« des combats opposaient », « Rupture des relations », « une vague de
condamnations ») 3; a riot told in the passive 1. Other types 3: aid under « s'est engagé jeudi à verser », an
execution, the passive riot as an assault. After the classes of ``tests/analyze/events/test_cameo_families4_fr.py``
(a first-person subject in a direct quote is its speaker; soldiers who « quittent » a territory withdraw; a
complement of « s'engager à » the parser made an adverbial clause after the day word is the promise's content):
0.625 (25/40), 0.05, source 0.917. All 153: 0.817 (125/153), 0.04, source 0.958 (the floor of the set follows its
harder third batch: 0.85 -> 0.81; the first 113 unchanged at 100).
A fourth French batch of 40 by a third writer (2026-12-07; 6 of the first drafts dropped as near copies, three
written in their place, then the last sentence of each over-weighted family dropped to keep 40): first run 0.700
(28/40), 0.10 other types, source 1.00 (28/28), target 0.900 (18/20). The 12 misses: verbs and compound verbs 6
(« ont cessé le travail », « a mis sur pied une commission d'enquête », « ont décidé de renforcer leur
coopération », « ont aboli la censure » read as censorship, « ont transmis des informations » read as the attack
they were about, « pas question de lever » read as lifting); actors uncoded 3 (la CGT, « les élus de la région
Bretagne », « positions jihadistes » leaving an attack below the threshold); event nouns as subjects 1 (« des
accrochages ont opposé »); a ceasefire « décrété » by a movement no code names 1; « engager des poursuites » (gold
COERCE 173, the
lexicons' charges are ACCUSE) 1. Other types 4: the censorship abolished, the attack an intelligence report was
about, « sa vive protestation » to a state read as a demonstration, the embargo « pas question de lever » read as
lifted. After the classes of ``tests/analyze/events/test_cameo_families5_fr.py`` (stopping work strikes; a
commission of inquiry; censorship or a ban abolished; intelligence passed on; a protest a state addresses; « pas
question de »; fighting that « oppose » two sides, which also finds the third batch's « De violents combats
opposaient »): 0.825 (33/40), 0.00, source 1.00, target 0.913. All 193: 0.829 (160/193), 0.03, source 0.974,
target 0.901 (the first 153: 0.830, 127/153).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_text_join import join_excerpts_with_texts

from veille.eval.evaluate import evaluate

pytestmark = pytest.mark.model

GOLD = Path(__file__).resolve().parents[1] / "gold"
# documents, floors and ceilings per set
SETS = {
    "plover_own.jsonl": (510, {"plover.type_found": 0.87, "plover.source_accuracy": 0.97,
                               "plover.target_accuracy": 0.95}, {"plover.other_type_per_sentence": 0.06}),
    "plover_own_fr.jsonl": (193, {"plover.type_found": 0.82, "plover.source_accuracy": 0.95,
                                 "plover.target_accuracy": 0.86}, {"plover.other_type_per_sentence": 0.05}),
}


@pytest.mark.parametrize("name", sorted(SETS))
def test_own_plover_sentences_hold_their_floors(name):
    _assert_figures(GOLD / name, *SETS[name])


# sentences cut from shared articles (article id and offsets, no text): the shared set they are cut from,
# documents, floors, ceilings
EXCERPTS = {
    "plover_polnear.jsonl": ("polnear.train.jsonl", 192, {"plover.type_found": 0.56, "plover.source_accuracy": 0.90,
                                                          "plover.target_accuracy": 0.88},
                             {"plover.other_type_per_sentence": 0.14}),
    "plover_tbaq.jsonl": ("tbaq.dev.jsonl", 85, {"plover.type_found": 0.62, "plover.source_accuracy": 0.90,
                                                 "plover.target_accuracy": 0.88},
                          {"plover.other_type_per_sentence": 0.16}),
    "plover_gwn.jsonl": ("gwn.dev.jsonl", 93, {"plover.type_found": 0.33, "plover.source_accuracy": 0.75,
                                               "plover.target_accuracy": 1.00},
                         {"plover.other_type_per_sentence": 0.08}),
}


@pytest.mark.shared
@pytest.mark.parametrize("name", sorted(EXCERPTS))
def test_own_sentences_cut_from_shared_articles_hold_their_floors(name, shared_dir, tmp_path):
    source, documents, floors, ceilings = EXCERPTS[name]
    joined = tmp_path / name.replace(".jsonl", ".joined.jsonl")
    assert join_excerpts_with_texts(GOLD / name, [shared_dir / "eval" / source], joined) == documents
    _assert_figures(joined, documents, floors, ceilings)


def _assert_figures(path: Path, documents: int, floors: dict[str, float], ceilings: dict[str, float]) -> None:
    """``veille eval plover`` on ``path`` scores ``documents`` sentences at or above each floor and at or below each
    ceiling."""
    result = evaluate("plover", path).result
    assert result.documents == documents
    for figure, floor in floors.items():
        assert result.value(figure) >= floor, (figure, result.figure(figure).detail)
    for figure, ceiling in ceilings.items():
        assert result.value(figure) <= ceiling, (figure, result.figure(figure).detail)
