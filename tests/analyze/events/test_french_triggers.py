"""French triggers that carry to new text (issue 11): for each PLOVER type, the common ways French news writes the
event that the French lexicon still missed, found by going through the types and their modes (and the English
hand lexicon and PETRARCH2's verbs with no French counterpart), written from French usage with made-up sentences
of varied wording, tense, voice and nominal form before the entries. A polysemous word enters only with the
condition that fixes its sense, and each family has near misses where the same word is no such event.

ASSAULT « assaillir » (storm), « raser » a village (raze), « éliminer » fighters (kill), « matraquer » (club),
« échauffourées, escarmouches » (clashes); PROTEST « caillasser » (stone, a riot when a crowd does it), « s'immoler,
l'immolation » (self-immolation), barricades raised (obstruct); COERCE « bannir » a party or a newspaper (ban),
« exiler » an opponent (exile), « l'état de siège »; MOBILIZE « stationner » troops; AID « armer, équiper » a
force (military aid), a debt cancelled (« effacer, annuler la dette »: debt relief), « décaisser, le déblocage » of
funds; COOPERATE « former, entraîner » another's soldiers (military cooperation); AGREE « la ratification »;
CONSULT « la tournée, le déplacement, la venue » of a visitor somewhere (visit); SUPPORT « établir des relations »
(recognition), « se réjouir de » (welcome), « cautionner » (endorse); ACCUSE « taxer de » (brand as),
« désapprouver », « rappeler à l'ordre » (rebuke); REQUEST « adjurer, conjurer de » (implore); REJECT « mettre son
veto » (veto), « claquer la porte » of talks (walk out), « écarter » an option (rule out); THREATEN « prévenir que »
(warn); RETREAT « abandonner ses positions » (abandon), « restituer » (return); CONCEDE « relaxer » (a court
acquitting)."""

from __future__ import annotations

import pytest
from events_helpers import coded_with

pytestmark = pytest.mark.model


POSITIVES = [
    # ASSAULT: assaillir (storm, assail physically)
    ("Des hommes armés ont assailli un commissariat de police à Peshawar.", "ASSAULT", "", set()),
    ("Les rebelles touareg ont assailli la caserne malienne de Kidal.", "ASSAULT", "", {"MLI"}),
    ("L'ambassade américaine a été assaillie par des centaines de manifestants libyens.", "ASSAULT", "LBY", {"USA"}),
    # ASSAULT: raser un village, un quartier (raze)
    ("L'armée turque a rasé plusieurs villages kurdes en Irak.", "ASSAULT", "TUR", {"IRQ"}),
    ("Les bulldozers israéliens ont rasé des maisons palestiniennes à Jérusalem-Est.", "ASSAULT", "ISR", {"PSE"}),
    ("Des maisons palestiniennes ont été rasées par l'armée israélienne.", "ASSAULT", "ISR", {"PSE"}),
    # ASSAULT: éliminer des combattants (killed)
    ("L'armée nigériane a éliminé une vingtaine de djihadistes de Boko Haram.", "ASSAULT", "NGA", set()),
    ("Les forces spéciales françaises ont éliminé un chef d'Al-Qaïda au Maghreb islamique.", "ASSAULT", "FRA", set()),
    ("Trois terroristes ont été éliminés par l'armée algérienne près de Tizi Ouzou.", "ASSAULT", "DZA", set()),
    # ASSAULT: matraquer (club, beat)
    ("La police turque a matraqué des manifestants sur la place Taksim.", "ASSAULT", "TUR", set()),
    ("Des policiers égyptiens ont matraqué des journalistes devant le tribunal du Caire.", "ASSAULT", "EGY", set()),
    ("Les étudiants ont été matraqués par les forces de l'ordre iraniennes.", "ASSAULT", "IRN", set()),
    # ASSAULT: échauffourées, escarmouches (clashes)
    ("Des échauffourées ont opposé la police kényane à des partisans de l'opposition.", "ASSAULT", "", {"KEN"}),
    ("Des escarmouches ont opposé l'armée indienne aux soldats pakistanais.", "ASSAULT", "", {"IND", "PAK"}),
    ("Des échauffourées entre policiers égyptiens et supporters ont fait un mort au Caire.", "ASSAULT", "EGY", set()),
    # PROTEST: caillasser (stone) by a crowd is a riot
    ("Des manifestants ont caillassé l'ambassade des Etats-Unis à Tunis.", "PROTEST", "TUN", set()),
    ("Des centaines d'étudiants pakistanais ont caillassé les policiers à Lahore.", "PROTEST", "PAK", set()),
    ("Des jeunes ont caillassé le convoi du ministre algérien dans la région de Béjaïa.", "PROTEST", "DZA", set()),
    # PROTEST: s'immoler, l'immolation (self-immolation)
    ("Un moine tibétain s'est immolé par le feu pour protester contre la présence chinoise.", "PROTEST", "", set()),
    ("Un jeune chômeur tunisien s'est immolé devant le siège du gouvernorat.", "PROTEST", "TUN", set()),
    ("L'immolation d'un vendeur ambulant tunisien a déclenché la révolte.", "PROTEST", "TUN", set()),
    # PROTEST: des barricades dressées, érigées (obstruct)
    ("Les manifestants vénézuéliens ont érigé des barricades dans le centre de Caracas.", "PROTEST", "VEN", set()),
    ("Des opposants ukrainiens ont dressé des barricades autour de la place de l'Indépendance.", "PROTEST", "UKR",
     set()),
    ("Des barricades ont été érigées par des étudiants chiliens à Santiago.", "PROTEST", "CHL", set()),
    # COERCE: bannir un parti, un journal (ban)
    ("La junte birmane a banni un parti d'opposition birman.", "COERCE", "MMR", {"MMR"}),
    ("La Russie a banni plusieurs ONG américaines.", "COERCE", "RUS", set()),
    ("Le journal d'opposition a été banni par le régime biélorusse.", "COERCE", "BLR", set()),
    # COERCE: exiler un opposant (exile)
    ("Le régime soviétique a exilé le dissident Alexandre Soljenitsyne.", "COERCE", "", set()),
    ("Le gouvernement bahreïni a exilé plusieurs opposants chiites.", "COERCE", "BHR", set()),
    ("Des opposants bahreïnis ont été exilés par le régime.", "COERCE", "BHR", {"BHR"}),
    # COERCE: l'état de siège (martial law)
    ("Le président péruvien a décrété l'état de siège dans la région d'Ayacucho.", "COERCE", "PER", set()),
    ("L'état de siège a été proclamé par le gouvernement bolivien à La Paz.", "COERCE", "BOL", set()),
    ("Le gouvernement paraguayen a instauré l'état de siège dans deux départements.", "COERCE", "PRY", set()),
    # MOBILIZE: stationner des troupes
    ("La Russie a stationné des troupes supplémentaires près de la frontière ukrainienne.", "MOBILIZE", "RUS", set()),
    ("Les Etats-Unis ont stationné des marines en Australie.", "MOBILIZE", "USA", {"AUS"}),
    ("Washington stationnait des bombardiers à Guam.", "MOBILIZE", "USA", set()),
    # AID: armer, équiper une force (military aid)
    ("La Russie arme le régime syrien.", "AID", "RUS", {"SYR"}),
    ("Les Etats-Unis ont armé les rebelles kurdes.", "AID", "USA", set()),
    ("La France a équipé l'armée libanaise de missiles antichars.", "AID", "FRA", {"LBN"}),
    # AID: a debt cancelled (debt relief)
    ("La France a effacé la dette de la Côte d'Ivoire.", "AID", "FRA", {"CIV"}),
    ("La Chine a annulé la dette de plusieurs pays africains.", "AID", "CHN", set()),
    ("Le Japon a effacé la dette de plusieurs pays africains.", "AID", "JPN", set()),
    # AID: décaisser, le déblocage de fonds
    ("Le FMI a décaissé 500 millions de dollars en faveur de la Tunisie.", "AID", "IMF", set()),
    ("La Banque mondiale a décaissé une nouvelle tranche pour le Mali.", "AID", "", set()),
    ("L'Union européenne a annoncé le déblocage d'une aide de 20 millions d'euros pour le Niger.", "AID", "EU", set()),
    # COOPERATE: former, entraîner les soldats d'un autre pays (military cooperation)
    ("L'Union européenne a formé des soldats maliens.", "COOPERATE", "EU", {"MLI"}),
    ("Des instructeurs américains ont entraîné les forces spéciales irakiennes.", "COOPERATE", "USA", {"IRQ"}),
    # announced, the same help is an intent (AGREE, PLOVER's reading of CAMEO 03x)
    ("La France entraînera des militaires nigériens.", "AGREE", "FRA", {"NER"}),
    # AGREE: la ratification
    ("La ratification du traité par le Sénat américain a eu lieu mardi.", "AGREE", "USA", set()),
    ("Le Parlement ukrainien a voté la ratification de l'accord d'association.", "AGREE", "UKR", set()),
    ("La Douma russe a voté mercredi la ratification du traité New Start.", "AGREE", "RUS", set()),
    # CONSULT: la tournée, le déplacement, la venue de qn quelque part (visit)
    ("Le président chinois a entamé sa tournée en Afrique.", "CONSULT", "CHN", set()),
    ("La tournée du ministre turc des Affaires étrangères en Arabie saoudite a commencé lundi.", "CONSULT", "TUR",
     {"SAU"}),
    ("Le déplacement du Premier ministre indien à Moscou a duré trois jours.", "CONSULT", "IND", {"RUS"}),
    ("Le ministre japonais a effectué son premier déplacement en Chine.", "CONSULT", "JPN", {"CHN"}),
    # the traveller named only as the subject of a light verb (light_verbs; test_french_arguments2.py)
    ("Le ministre japonais a effectué un déplacement en Chine.", "CONSULT", "JPN", {"CHN"}),
    ("La venue du président iranien à Paris a provoqué des manifestations.", "CONSULT", "IRN", {"FRA"}),
    ("La venue du ministre chinois au Népal a irrité l'Inde.", "CONSULT", "CHN", {"NPL"}),
    # SUPPORT: établir des relations (diplomatic recognition)
    ("Le Maroc et Israël ont établi des relations diplomatiques.", "SUPPORT", "MAR", {"ISR"}),
    ("La Chine a établi des relations diplomatiques avec le Panama.", "SUPPORT", "CHN", {"PAN"}),
    ("Le Vatican et la Russie établissent des relations diplomatiques.", "SUPPORT", "VAT", {"RUS"}),
    # SUPPORT: se réjouir de (welcome)
    ("L'Union européenne s'est réjouie de la libération des opposants cubains.", "SUPPORT", "EU", set()),
    ("Le Premier ministre japonais se réjouit de la décision de la Chine.", "SUPPORT", "JPN", {"CHN"}),
    ("La France s'est réjouie de l'élection du président ghanéen.", "SUPPORT", "FRA", set()),
    # SUPPORT: cautionner (endorse)
    ("Washington a cautionné l'intervention saoudienne au Yémen.", "SUPPORT", "USA", set()),
    ("La Ligue arabe cautionne le plan de paix égyptien.", "SUPPORT", "", set()),
    ("Le Conseil de sécurité a cautionné l'opération française au Mali.", "SUPPORT", "", set()),
    # ACCUSE: taxer qn de (brand as)
    ("La Chine a taxé Washington d'hypocrisie.", "ACCUSE", "CHN", {"USA"}),
    ("Le président vénézuélien a taxé les Etats-Unis d'impérialisme.", "ACCUSE", "VEN", {"USA"}),
    ("Moscou a taxé Kiev de terrorisme.", "ACCUSE", "RUS", {"UKR"}),
    # ACCUSE: désapprouver
    ("La France a désapprouvé la décision israélienne.", "ACCUSE", "FRA", {"ISR"}),
    ("Le gouvernement allemand désapprouve la politique russe.", "ACCUSE", "DEU", {"RUS"}),
    ("Londres a désapprouvé les essais nucléaires indiens.", "ACCUSE", "GBR", {"IND"}),
    # ACCUSE: rappeler à l'ordre (rebuke)
    ("La Commission européenne a rappelé la Pologne à l'ordre.", "ACCUSE", "", {"POL"}),
    ("Washington a rappelé à l'ordre le gouvernement israélien.", "ACCUSE", "USA", {"ISR"}),
    ("La Hongrie a été rappelée à l'ordre par la Commission européenne.", "ACCUSE", "", {"HUN"}),
    # REQUEST: adjurer, conjurer de (implore)
    ("Le Vatican a adjuré les belligérants syriens de cesser les combats.", "REQUEST", "VAT", {"SYR"}),
    ("Le secrétaire général de l'ONU a conjuré Israël de renoncer à l'offensive.", "REQUEST", "UN", {"ISR"}),
    ("La France adjure l'Iran de respecter ses engagements.", "REQUEST", "FRA", {"IRN"}),
    # REJECT: mettre son veto (as « opposer son veto »)
    ("Bill Clinton a mis son veto au projet de loi républicain.", "REJECT", "USA", set()),
    ("La Russie a mis son veto à la résolution sur la Syrie.", "REJECT", "RUS", set()),
    ("La Chine et la Russie ont mis leur veto au projet de résolution occidental.", "REJECT", "CHN", set()),
    # REJECT: claquer la porte des négociations (walk out)
    ("L'opposition syrienne a claqué la porte des négociations de Genève.", "REJECT", "SYR", set()),
    ("Les rebelles touareg ont claqué la porte des pourparlers avec Bamako.", "REJECT", "", set()),
    ("Les Palestiniens ont claqué la porte des discussions.", "REJECT", "PSE", set()),
    # REJECT: écarter une option (rule out)
    ("Les Etats-Unis ont écarté toute intervention militaire en Syrie.", "REJECT", "USA", set()),
    ("Le gouvernement colombien écarte tout dialogue avec les FARC.", "REJECT", "COL", set()),
    ("Le Premier ministre grec a écarté toute démission.", "REJECT", "GRC", set()),
    # THREATEN: prévenir que (warn)
    ("Le Hezbollah a prévenu Israël qu'il riposterait.", "THREATEN", "LBN", {"ISR"}),
    ("Ankara a prévenu Damas que l'armée turque riposterait.", "THREATEN", "TUR", {"SYR"}),
    ("Moscou prévient que toute frappe contre la Syrie aura des conséquences.", "THREATEN", "RUS", set()),
    # RETREAT: abandonner ses positions (withdraw)
    ("Les rebelles du M23 ont abandonné leurs positions autour de Goma.", "RETREAT", "", set()),
    ("L'armée ukrainienne a abandonné l'aéroport de Donetsk.", "RETREAT", "UKR", set()),
    ("Les talibans ont abandonné plusieurs bastions dans la province de Helmand.", "RETREAT", "", set()),
    # RETREAT: restituer (return property)
    ("La France a restitué les crânes de résistants algériens à l'Algérie.", "RETREAT", "FRA", {"DZA"}),
    ("Le Japon a restitué des oeuvres d'art à la Corée du Sud.", "RETREAT", "JPN", {"KOR"}),
    # announced, a return is an intent (AGREE)
    ("La Russie restituera à l'Ukraine les navires saisis en Crimée.", "AGREE", "RUS", {"UKR"}),
    # CONCEDE: relaxer (a court acquitting)
    ("Le tribunal de Tunis a relaxé le blogueur poursuivi pour diffamation.", "CONCEDE", "TUN", set()),
    ("La cour d'appel de Rabat a relaxé les militants sahraouis.", "CONCEDE", "MAR", set()),
    ("Le journaliste algérien a été relaxé par la justice.", "CONCEDE", "", set()),
]


NEAR_MISSES = [
    # assailed with questions, doubts: no assault
    ("Le ministre français a été assailli de questions par les journalistes.", "ASSAULT"),
    ("Le président mexicain est assailli de doutes.", "ASSAULT"),
    # shaving, eliminating a deficit, a team eliminated: no assault
    ("Le président afghan s'est rasé la barbe.", "ASSAULT"),
    ("Le gouvernement grec veut éliminer le déficit public d'ici 2015.", "ASSAULT"),
    ("L'équipe de France a été éliminée par l'Allemagne.", "ASSAULT"),
    ("Le Brésil a éliminé l'Argentine en demi-finale.", "ASSAULT"),
    # a message hammered home is no beating
    ("Le gouvernement britannique matraque son message sur l'immigration.", "ASSAULT"),
    # barricades pulled down, a statue raised: no protest
    ("La ville de Kiev a érigé une statue en l'honneur des victimes.", "PROTEST"),
    ("La police a dressé un barrage filtrant à l'entrée de la ville.", "PROTEST"),
    # banning sugar, going into exile by oneself: no coercion
    ("Le ministre de la Santé veut bannir le sucre des cantines.", "COERCE"),
    ("Le chef de l'opposition guinéenne s'est exilé en France.", "COERCE"),
    ("L'écrivain tchèque a choisi de s'exiler en France.", "COERCE"),
    # parking a car is no troop posture
    ("Le ministre allemand a stationné sa voiture devant le Parlement.", "MOBILIZE"),
    # arming oneself with patience, equipping schools: no aid
    ("Le gouvernement japonais s'arme de patience.", "AID"),
    ("La région a équipé les lycées d'ordinateurs.", "AID"),
    ("Le Japon a annulé la visite du président chinois.", "AID"),
    ("Le débat a été annulé par la chaîne française.", "AID"),
    # forming a government, causing deaths: no military cooperation
    ("Le Premier ministre a formé un nouveau gouvernement en Tunisie.", "COOPERATE"),
    ("La crise a entraîné la chute du gouvernement italien.", "COOPERATE"),
    ("L'explosion a entraîné la mort de dix soldats afghans.", "COOPERATE"),
    # a tour of a singer's or team's is no visit when nobody political travels; a displacement of people
    ("Le déplacement de milliers de civils syriens vers la Turquie inquiète l'ONU.", "CONSULT"),
    ("La venue au monde du prince britannique a été saluée.", "CONSULT"),
    ("Le déplacement par Tallinn d'un monument aux soldats soviétiques a provoqué la colère de Moscou.", "CONSULT"),
    ("La tournée du chanteur canadien en France a commencé.", "CONSULT"),
    # establishing a record, a toll: no recognition
    ("L'athlète kényan a établi un nouveau record du monde.", "SUPPORT"),
    ("La police a établi le bilan de l'accident.", "SUPPORT"),
    # taxing imports is no accusation
    ("Le gouvernement français veut taxer les transactions financières.", "ACCUSE"),
    ("Les Etats-Unis taxent les importations d'acier chinois.", "ACCUSE"),
    # warding off a crisis is no request; preventing conflicts, alerting rescuers: no threat
    ("Le gouvernement italien tente de conjurer la crise.", "REQUEST"),
    ("L'ONU veut prévenir les conflits en Afrique.", "THREATEN"),
    ("Le maire a prévenu les secours.", "THREATEN"),
    # leaving the government with a slammed door is no rejection of talks; removing a player
    ("Le ministre a claqué la porte de son bureau.", "REJECT"),
    ("L'entraîneur a écarté le joueur de l'équipe de France.", "REJECT"),
    # giving up a project, rendering facts, relaxing: no withdrawal, no release
    ("Le gouvernement a abandonné son projet de réforme.", "RETREAT"),
    ("Le rapport restitue fidèlement les débats du Parlement.", "RETREAT"),
    ("Les ministres se sont relaxés après le sommet.", "CONCEDE"),
]


# Second pass over the English families with no French counterpart (hand lexicon and PETRARCH2 verbs): rebuke
# (« réprimander, sermonner, admonester, pourfendre »), crack down (« sévir contre »), hunt (« traquer »), intercept
# a vessel or a convoy (« intercepter »), scrap a measure or a plan (« abandonner »: CONCEDE), move troops
# (« déplacer des troupes »), land (« débarquer », forces), rampage (« saccager », a crowd: riot), defy an order or a
# ban (« défier »), vote against (« voter contre »), renew a call (« réitérer son appel »), reduce aid or ties
# (« réduire »: SANCTION), upgrade relations (« rehausser »).
SECOND_PASS = [
    # ACCUSE: réprimander, sermonner, admonester, pourfendre (rebuke)
    ("Le Conseil de l'Europe a réprimandé la Turquie pour ses atteintes à la presse.", "ACCUSE", "", {"TUR"}),
    ("Washington a sermonné Pékin sur les droits de l'homme.", "ACCUSE", "USA", {"CHN"}),
    ("La Commission européenne a admonesté la Hongrie.", "ACCUSE", "", {"HUN"}),
    ("Le président vénézuélien a pourfendu l'impérialisme américain.", "ACCUSE", "VEN", {"USA"}),
    # COERCE: sévir contre (crack down)
    ("Le régime iranien a sévi contre les opposants.", "COERCE", "IRN", set()),
    ("Le régime syrien a sévi contre les manifestants.", "COERCE", "SYR", set()),
    ("Les autorités égyptiennes ont sévi contre les Frères musulmans égyptiens.", "COERCE", "EGY", set()),
    # COERCE: traquer (hunt)
    ("L'armée nigériane traque les islamistes de Boko Haram.", "COERCE", "NGA", set()),
    ("La police turque a traqué les opposants kurdes.", "COERCE", "TUR", set()),
    ("Les forces françaises traquent les djihadistes au nord du Mali.", "COERCE", "FRA", set()),
    # COERCE: intercepter un navire, un convoi (seize)
    ("La marine israélienne a intercepté une flottille turque au large de Gaza.", "COERCE", "ISR", {"TUR"}),
    ("Les garde-côtes grecs ont intercepté un cargo turc.", "COERCE", "GRC", {"TUR"}),
    ("Un navire iranien a été intercepté par la marine américaine.", "COERCE", "USA", {"IRN"}),
    # CONCEDE: abandonner une mesure, un projet (scrap, drop)
    ("Le gouvernement turc a abandonné son projet de réforme constitutionnelle.", "CONCEDE", "TUR", set()),
    ("Les Etats-Unis ont abandonné les sanctions contre l'Inde.", "CONCEDE", "USA", {"IND"}),
    ("Le gouvernement français a abandonné l'écotaxe.", "CONCEDE", "FRA", set()),
    # MOBILIZE: déplacer des troupes (move troops)
    ("La Russie a déplacé des troupes vers la frontière ukrainienne.", "MOBILIZE", "RUS", set()),
    ("La Chine a déplacé des chars près de la frontière indienne.", "MOBILIZE", "CHN", set()),
    ("L'armée indienne a déplacé des soldats au Cachemire.", "MOBILIZE", "IND", set()),
    # MOBILIZE: débarquer (forces landing)
    ("Des marines américains ont débarqué en Somalie.", "MOBILIZE", "USA", {"SOM"}),
    ("Des soldats russes ont débarqué en Crimée.", "MOBILIZE", "RUS", {"UKR"}),
    ("Les troupes françaises ont débarqué à Abidjan.", "MOBILIZE", "FRA", {"CIV"}),
    # PROTEST: saccager, by a crowd (riot)
    ("Des manifestants ont saccagé l'ambassade de France à Tunis.", "PROTEST", "TUN", set()),
    ("Des émeutiers ont saccagé des magasins à Athènes.", "PROTEST", "GRC", set()),
    ("Des étudiants chiliens ont saccagé le siège du parti au pouvoir.", "PROTEST", "CHL", set()),
    # REJECT: défier un ordre, une interdiction (defy)
    ("Les manifestants ont défié l'interdiction de manifester à Moscou.", "REJECT", "RUS", set()),
    ("L'Iran a défié les résolutions de l'ONU.", "REJECT", "IRN", {"UN"}),
    ("Les opposants birmans ont défié le couvre-feu.", "REJECT", "MMR", set()),
    # REJECT: voter contre (vote against)
    ("La Russie a voté contre la résolution sur la Syrie.", "REJECT", "RUS", set()),
    ("Les Etats-Unis ont voté contre l'admission de la Palestine à l'Unesco.", "REJECT", "USA", set()),
    ("Le Royaume-Uni a voté contre la résolution européenne.", "REJECT", "GBR", set()),
    # REQUEST: réitérer son appel, sa demande (renew a call)
    ("L'ONU a réitéré son appel à un cessez-le-feu en Syrie.", "REQUEST", "UN", set()),
    ("La France a réitéré sa demande d'extradition à l'Algérie.", "REQUEST", "FRA", set()),
    ("Les Etats-Unis ont réitéré leur appel à la Russie à retirer ses troupes.", "REQUEST", "USA", {"RUS"}),
    # SANCTION: réduire l'aide, les relations (reduce)
    ("Les Etats-Unis ont réduit leur aide à l'Egypte.", "SANCTION", "USA", {"EGY"}),
    ("Israël a réduit ses relations avec l'Afrique du Sud.", "SANCTION", "ISR", {"ZAF"}),
    ("L'Union européenne a réduit son aide au Niger.", "SANCTION", "EU", {"NER"}),
    # SUPPORT: rehausser ses relations (upgrade)
    ("La Turquie et Israël ont rehaussé leurs relations diplomatiques.", "SUPPORT", "TUR", {"ISR"}),
    ("Le Vatican a rehaussé ses relations avec le Vietnam.", "SUPPORT", "VAT", {"VNM"}),
    ("Cuba et les Etats-Unis rehaussent leurs relations.", "SUPPORT", "CUB", {"USA"}),
]


SECOND_PASS_NEAR_MISSES = [
    # weather that rages cracks down on nobody; fans hunting a star; a rocket intercepted is air defence
    ("Le froid sévit en Russie.", "COERCE"),
    ("Les photographes ont traqué la princesse.", "COERCE"),
    ("La défense israélienne a intercepté une roquette tirée de Gaza.", "COERCE"),
    ("La police a intercepté un appel téléphonique.", "COERCE"),
    # a rider giving up a race yields nothing
    ("Le coureur français a abandonné la course.", "CONCEDE"),
    # a meeting moved, an embassy moved: no troops
    ("L'ONU a déplacé la réunion à Genève.", "MOBILIZE"),
    ("Les Etats-Unis ont déplacé leur ambassade à Jérusalem.", "MOBILIZE"),
    # tourists landing, a minister dropped from the government: no troops
    ("Des touristes allemands ont débarqué à Nice.", "MOBILIZE"),
    ("Le ministre français a été débarqué du gouvernement.", "MOBILIZE"),
    # a storm wrecking crops is no riot
    ("La tempête a saccagé les récoltes au Bangladesh.", "PROTEST"),
    # a team challenging another rejects nothing
    ("Le Brésil défie l'Argentine en finale.", "REJECT"),
    # voting a law, renewing one's support, cutting a deficit, raising prestige
    ("Le Parlement a voté la loi de finances.", "REJECT"),
    ("La France a réitéré son soutien au Liban.", "REQUEST"),
    ("Le gouvernement grec a réduit son déficit.", "SANCTION"),
    ("La visite a rehaussé le prestige du président.", "SUPPORT"),
]


# Event nouns of the same families: a traveller's « voyage, séjour » somewhere (visit), « le rapt, le kidnapping »
# (abduct), « la réprimande, le blâme » (rebuke), « l'annulation, l'effacement » of a debt (debt relief), « la
# restitution » (return), « la relaxe » (acquittal).
NOUNS = [
    ("Le voyage du président français en Algérie a été marqué par des manifestations.", "CONSULT", "FRA", {"DZA"}),
    ("Lors de son voyage à Pékin, le Premier ministre japonais a plaidé pour le dialogue.", "CONSULT", "", {"CHN"}),
    ("Le séjour du ministre russe des Affaires étrangères en Syrie a duré deux jours.", "CONSULT", "RUS", {"SYR"}),
    ("Le rapt de deux ingénieurs chinois par des rebelles nigérians a été confirmé.", "ASSAULT", "NGA", {"CHN"}),
    ("Le kidnapping de trois humanitaires français par des hommes armés yéménites a été confirmé.", "ASSAULT", "YEM",
     {"FRA"}),
    ("La réprimande de Washington à l'égard d'Israël a surpris.", "ACCUSE", "USA", set()),
    ("Le blâme infligé par l'ONU au Soudan a irrité Khartoum.", "ACCUSE", "UN", {"SDN"}),
    ("L'annulation de la dette haïtienne par la France a été saluée.", "AID", "FRA", {"HTI"}),
    ("Le Japon a annoncé l'effacement de la dette ivoirienne.", "AID", "JPN", {"CIV"}),
    ("La restitution des îles Kouriles par la Russie au Japon reste en suspens.", "RETREAT", "RUS", set()),
    ("La restitution de trésors archéologiques par les Etats-Unis à l'Irak a eu lieu mardi.", "RETREAT", "USA", set()),
    ("La relaxe du journaliste marocain par la cour d'appel de Rabat a été saluée.", "CONCEDE", "MAR", set()),
]


NOUN_NEAR_MISSES = [
    # a honeymoon, a tourists' stay; a match cancelled; data given back
    ("Le voyage de noces du couple a eu lieu en Italie.", "CONSULT"),
    ("Le séjour des touristes allemands en Tunisie a été écourté.", "CONSULT"),
    ("L'annulation du match entre la France et l'Italie a déçu.", "AID"),
    ("La restitution des données aux utilisateurs prendra du temps.", "RETREAT"),
    # the senses the brief names: a sports event, a testimony given
    ("La manifestation sportive a réuni 5 000 personnes à Lyon.", "PROTEST"),
    ("Le témoin a livré un témoignage bouleversant devant le tribunal de Paris.", "AID"),
]


@pytest.mark.parametrize(("text", "event", "source", "targets"), POSITIVES + SECOND_PASS + NOUNS)
def test_french_triggers_are_coded_with_their_sides(fr_sides, text, event, source, targets):
    found = fr_sides(text)
    assert coded_with(found, event, source, targets), found


@pytest.mark.parametrize(("text", "event"), NEAR_MISSES + SECOND_PASS_NEAR_MISSES + NOUN_NEAR_MISSES)
def test_french_trigger_near_misses_make_no_such_event(fr_sides, text, event):
    found = fr_sides(text)
    assert not coded_with(found, event, "", set()), found
