from veille.snippets import first_paragraph_end, sentence_around


def test_sentence_around():
    text = "Premier point. Le Japon a envoyé des camions. Fin."
    at = text.index("Japon")
    assert sentence_around(text, at, at + 5) == "Le Japon a envoyé des camions."
    assert sentence_around("Titre sans point\nSuite.", 0, 5) == "Titre sans point"


def test_initials_and_closing_marks_do_not_end_a_sentence():
    text = "Il a vu M. Rutte. « C'est fini. » a déclaré le ministre. Ensuite."
    at = text.index("Rutte")
    assert sentence_around(text, at, at + 5) == "Il a vu M. Rutte."
    at = text.index("fini")
    assert sentence_around(text, at, at + 4) == "« C'est fini. » a déclaré le ministre."


def test_long_sentence_is_cut_around_the_mention_and_bad_spans_fall_back():
    text = "mot " * 400 + "cible " + "mot " * 400
    at = text.index("cible")
    snippet = sentence_around(text, at, at + 5, limit=100)
    assert "cible" in snippet and len(snippet) <= 102 and snippet.startswith("…")
    assert sentence_around(text, 10, 5, "repli") == "repli"
    assert sentence_around(None, 0, 1, "repli") == "repli"


def test_first_paragraph_end():
    assert first_paragraph_end("\n  Lede here.\nBody.") == len("\n  Lede here.")
    assert first_paragraph_end("x" * 900, limit=600) == 600
    assert first_paragraph_end(None) == 0
