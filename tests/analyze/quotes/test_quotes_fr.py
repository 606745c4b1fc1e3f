"""French quotations with the real French model and hand-made actor tables."""

import pytest
from quotes_helpers import actor, only, run

pytestmark = pytest.mark.model


def test_broken_closing_mark_followed_by_a_cue(fr_nlp):
    text = ("« La guerre a montré que notre sécurité dépend de nos alliés. « , a déclaré le secrétaire "
            "général de l'OTAN, Mark Rutte.")
    rutte = actor("person:mark-rutte", "Mark Rutte", "person", "le secrétaire général de l'OTAN, Mark Rutte")
    nato = actor("NATO", "NATO", "organization", "OTAN")
    q = only(run(fr_nlp, "fr", text, rutte, nato))
    assert q.text == "La guerre a montré que notre sécurité dépend de nos alliés."
    assert q.direct and q.speaker is not None and q.speaker.actor_id == "person:mark-rutte"
    assert q.cue is not None and q.cue.text == "déclaré"


def test_inverted_pronoun_goes_to_the_last_person(fr_nlp):
    text = "Olaf Scholz était à Paris lundi. « Nous resterons aux côtés de Kiev », a-t-il ajouté."
    scholz = actor("person:olaf-scholz", "Olaf Scholz", "person", "Olaf Scholz")
    q = only(run(fr_nlp, "fr", text, scholz))
    assert q.text == "Nous resterons aux côtés de Kiev"
    assert q.speaker is not None and q.speaker.name == "Olaf Scholz" and q.speaker.text == "il"


def test_pronoun_without_any_person_keeps_no_speaker(fr_nlp):
    text = "La réunion a duré trois heures. « Nous resterons aux côtés de Kiev », a-t-il ajouté."
    q = only(run(fr_nlp, "fr", text, actor("UKR", "Ukraine", "country", "Kiev")))
    assert q.speaker is None


def test_surname_after_the_verb(fr_nlp):
    text = "« Notre monde est étroitement lié, tout comme notre sécurité », a ajouté Rutte."
    q = only(run(fr_nlp, "fr", text, actor("person:mark-rutte", "Mark Rutte", "person", "Rutte")))
    assert q.text == "Notre monde est étroitement lié, tout comme notre sécurité"
    assert q.speaker is not None and q.speaker.name == "Mark Rutte"


def test_indirect_que_clause_with_a_long_gap(fr_nlp):
    text = ("Rutte a déclaré lors d'une conférence de presse à Bruxelles que l'Ukraine deviendra membre "
            "de l'alliance à l'avenir.")
    q = only(run(fr_nlp, "fr", text, actor("person:mark-rutte", "Mark Rutte", "person", "Rutte")))
    assert not q.direct
    assert q.text == "l'Ukraine deviendra membre de l'alliance à l'avenir"
    assert q.speaker is not None and q.speaker.actor_id == "person:mark-rutte"


def test_selon_at_the_start_of_a_sentence(fr_nlp):
    text = "Selon l'OTAN, les exercices commenceront la semaine prochaine."
    q = only(run(fr_nlp, "fr", text, actor("NATO", "NATO", "organization", "OTAN")))
    assert not q.direct and q.text == "les exercices commenceront la semaine prochaine"
    assert q.speaker is not None and q.speaker.actor_id == "NATO"
    assert q.cue is not None and q.cue.text == "Selon"


def test_dialogue_dash(fr_nlp):
    text = "Le débat a repris.\n— Nous ne céderons rien, a prévenu Élisabeth Borne."
    q = only(run(fr_nlp, "fr", text, actor("person:elisabeth-borne", "Élisabeth Borne", "person",
                                           "Élisabeth Borne")))
    assert q.direct and q.text == "Nous ne céderons rien"
    assert q.speaker is not None and q.speaker.name == "Élisabeth Borne"


def test_titles_scare_quotes_conjunctions_and_negations_are_not_quotes(fr_nlp):
    assert run(fr_nlp, "fr", "Le journal « Le Monde » a publié une enquête.") == []
    assert run(fr_nlp, "fr", "La soi-disant « zone tampon » n'existe pas.") == []
    assert run(fr_nlp, "fr", "Ils ont parlé de l'Ukraine ainsi que de la Moldavie, selon l'OTAN.") == []
    assert run(fr_nlp, "fr", "Le ministre n'a pas dit que les troupes partiraient.") == []


def test_speaker_is_the_person_in_an_apposition_split_by_the_parser(fr_nlp):
    text = ("La présidente de la Commission européenne, Ursula von der Leyen, qui était à Kiev, a annoncé "
            "que l'UE débloquerait 50 milliards d'euros.")
    vdl = actor("person:ursula-von-der-leyen", "Ursula von der Leyen", "person", "Ursula von der Leyen")
    eu = actor("EU", "European Union", "organization", "Commission européenne", "UE")
    q = only(run(fr_nlp, "fr", text, vdl, eu))
    assert q.text == "l'UE débloquerait 50 milliards d'euros"
    assert q.speaker is not None and q.speaker.actor_id == "person:ursula-von-der-leyen"


def test_a_date_between_verb_and_inverted_subject_is_not_the_speaker(fr_nlp):
    text = ("\"Nous n'accepterons aucun ultimatum\", a prévenu mercredi soir le ministre iranien des "
            "Affaires étrangères, Abbas Araghchi.")
    araghchi = actor("person:abbas-araghchi", "Abbas Araghchi", "person", "Abbas Araghchi")
    q = only(run(fr_nlp, "fr", text, araghchi))
    assert q.text == "Nous n'accepterons aucun ultimatum"
    assert q.speaker is not None and q.speaker.actor_id == "person:abbas-araghchi"


def test_partial_quote_inside_a_report_belongs_to_the_reporter(fr_nlp):
    # "se poursuivre" is no speech verb: the words are Netanyahu's, through "a répété que"
    text = ("Le Premier ministre israélien Benjamin Netanyahu a répété mardi que l'offensive se "
            "poursuivrait « jusqu'à la victoire totale ».")
    bibi = actor("person:benjamin-netanyahu", "Benjamin Netanyahu", "person", "Benjamin Netanyahu")
    quotes = run(fr_nlp, "fr", text, bibi)
    assert [(q.text, q.direct) for q in quotes] == [
        ("l'offensive se poursuivrait « jusqu'à la victoire totale »", False),
        ("jusqu'à la victoire totale", True),
    ]
    assert all(q.speaker is not None and q.speaker.actor_id == "person:benjamin-netanyahu" for q in quotes)
    # the quotation is part of the report's attribution
    assert quotes[1].inside is not None and quotes[1].inside.start == quotes[0].start


def test_report_ends_before_a_second_report_and_a_comment(fr_nlp):
    text = ("La porte-parole du gouvernement, Prisca Thevenot, a indiqué que le texte serait présenté le "
            "15 mai, avant d'ajouter qu'aucune hausse d'impôts n'était prévue.")
    pt = actor("person:prisca-thevenot", "Prisca Thevenot", "person", "Prisca Thevenot")
    quotes = run(fr_nlp, "fr", text, pt)
    assert [q.text for q in quotes] == ["le texte serait présenté le 15 mai",
                                        "aucune hausse d'impôts n'était prévue"]
    assert all(q.speaker is not None and q.speaker.actor_id == "person:prisca-thevenot" for q in quotes)
    text = "Le Hamas a affirmé dans un communiqué que les otages étaient en vie, ce que l'armée n'a pas confirmé."
    q = only(run(fr_nlp, "fr", text, actor("org:hamas", "Hamas", "organization", "Hamas")))
    assert q.text == "les otages étaient en vie" and q.speaker is not None and q.speaker.name == "Hamas"


def test_pour_x_before_a_quotation_and_se_dire(fr_nlp):
    q = only(run(fr_nlp, "fr", "Pour le chef de l'État, « l'Europe doit apprendre à se défendre seule »."))
    assert q.direct and q.speaker is not None and q.speaker.name == "chef de l'État"
    text = "Le secrétaire général de l'ONU, António Guterres, s'est dit « profondément alarmé » par l'escalade."
    guterres = actor("person:antonio-guterres", "António Guterres", "person", "António Guterres")
    q = only(run(fr_nlp, "fr", text, guterres))
    assert q.text == "profondément alarmé" and q.speaker is not None and q.speaker.name == "António Guterres"


def test_feminine_pronoun_skips_the_last_man_mentioned(fr_nlp):
    text = ("La Première ministre italienne Giorgia Meloni a reçu le chancelier Olaf Scholz à Rome. "
            "« Nos pays partagent les mêmes intérêts », a-t-elle déclaré.")
    meloni = actor("person:giorgia-meloni", "Giorgia Meloni", "person", "Giorgia Meloni")
    scholz = actor("person:olaf-scholz", "Olaf Scholz", "person", "Olaf Scholz")
    q = only(run(fr_nlp, "fr", text, meloni, scholz))
    assert q.speaker is not None and q.speaker.actor_id == "person:giorgia-meloni"


def test_narrative_infinitive_and_a_quote_over_two_paragraphs(fr_nlp):
    text = ("Le maire de Kharkiv, Ihor Terekhov, a appelé à l'aide. Et d'ajouter : « Chaque nuit, des "
            "missiles tombent sur nos quartiers. »")
    terekhov = actor("person:ihor-terekhov", "Ihor Terekhov", "person", "Ihor Terekhov")
    q = only(run(fr_nlp, "fr", text, terekhov))
    assert q.speaker is not None and q.speaker.actor_id == "person:ihor-terekhov"
    text = ("Le président Emmanuel Macron a longuement répondu aux journalistes :\n« Nous ne laisserons pas "
            "la Russie gagner.\n« Nous soutiendrons l'Ukraine aussi longtemps qu'il le faudra. »")
    macron = actor("person:emmanuel-macron", "Emmanuel Macron", "person", "Emmanuel Macron")
    q = only(run(fr_nlp, "fr", text, macron))
    assert q.text.startswith("Nous ne laisserons pas") and q.text.endswith("qu'il le faudra.")
    assert q.speaker is not None and q.speaker.actor_id == "person:emmanuel-macron"


def test_reporting_incise_inside_an_indirect_statement_gives_fragments(fr_nlp):
    text = "Le budget de la ville, a expliqué le maire Paul Girard, sera réduit de dix pour cent l'an prochain."
    q = only(run(fr_nlp, "fr", text))
    assert not q.direct and [f.text for f in q.fragments] == [
        "Le budget de la ville", "sera réduit de dix pour cent l'an prochain"]
    assert q.speaker is not None and "Paul Girard" in q.speaker.name


def test_inverted_reporting_clause_with_an_apposition(fr_nlp):
    q = only(run(fr_nlp, "fr",
                 "L'armée n'a subi aucune perte, affirme le porte-parole de l'état-major, Pierre Lenoir."))
    assert q.text == "L'armée n'a subi aucune perte" and q.fragments == []


def test_beliefs_and_findings_are_typed_and_start_after_que(fr_nlp):
    q = only(run(fr_nlp, "fr", "Le syndicat craint que la réforme ne supprime des centaines de postes."))
    assert q.kind == "belief" and q.text == "la réforme ne supprime des centaines de postes"
    q = only(run(fr_nlp, "fr", "Un sondage publié dimanche montre que la majorité des électeurs rejettent le projet."))
    assert q.kind == "finding"


def test_a_communique_is_writing_and_its_author_speaks(fr_nlp):
    text = "« Nous ne céderons à aucune pression », a indiqué le ministère des Affaires étrangères dans un communiqué."
    q = only(run(fr_nlp, "fr", text))
    assert q.direct and q.kind == "writing"
    assert q.speaker is not None and "ministère des Affaires étrangères" in q.speaker.name


def test_unresolved_plural_pronoun_speaker_is_kept(fr_nlp):
    q = only(run(fr_nlp, "fr", "Ils ont affirmé que le pont rouvrirait au printemps."))
    assert q.speaker is not None and q.speaker.text == "Ils" and q.speaker.actor_id is None


def test_transcript_speaker_label_inside_quotation(fr_nlp):
    text = ("Extrait de l'entretien :\n\n« M. BERTIN : Le pont rouvrira au printemps, les travaux avancent bien.\n\n"
            "« MME ROCHE : Les riverains attendent depuis deux ans déjà. »")
    quotes = run(fr_nlp, "fr", text)
    assert [q.speaker.text if q.speaker else None for q in quotes] == ["M. BERTIN", "MME ROCHE"]
    assert quotes[0].text.startswith("Le pont")


def test_dateline_is_not_the_speaker(fr_nlp):
    text = ("Le port attendra.\n\nMARSEILLE — La maire Sophie Garnier, en visite au terminal vendredi, "
            "a déclaré que le port aurait besoin de dix ans de travaux.")
    q = only(run(fr_nlp, "fr", text))
    assert q.speaker is not None and "MARSEILLE" not in q.speaker.text and "Garnier" in q.speaker.text


def test_quotation_signed_with_a_dash(fr_nlp):
    text = "« Le bac arrive en retard chaque matin et personne ne répond à nos lettres. » — Martine Lebrun\n"
    q = only(run(fr_nlp, "fr", text))
    assert q.speaker is not None and q.speaker.text == "Martine Lebrun"


def test_une_incise_qui_ouvre_la_citation_suivante_en_est_le_verbe(fr_nlp):
    # « A. » Elle a ajouté : « B. » : la phrase de A est finie, « Elle a ajouté » introduit B
    text = ("La ministre Claire Dubois a déclaré : « Le budget est équilibré. » Elle a ajouté : "
            "« Nous avons gardé toutes les écoles ouvertes. »")
    quotes = run(fr_nlp, "fr", text, actor("p1", "Claire Dubois", "person", "Claire Dubois"))
    assert [(q.text, q.cue.text if q.cue else None) for q in quotes] == [
        ("Le budget est équilibré.", "déclaré"), ("Nous avons gardé toutes les écoles ouvertes.", "ajouté")]
