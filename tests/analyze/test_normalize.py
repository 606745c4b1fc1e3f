from veille.analyze.normalize import normalize, remap
from veille.contract.models import Span


def test_identity_when_nothing_to_clean():
    n = normalize("Le Japon a envoyé des camions.")
    assert n.text == "Le Japon a envoyé des camions."
    assert n.map.span(3, 8) == (3, 8)
    assert n.title_end is None


def test_apostrophes_and_spaces_keep_offsets():
    text = "L\u2019OTAN\u00a0invite\u202f: l\u2019Ukraine"
    n = normalize(text)
    assert n.text == "L'OTAN invite : l'Ukraine"
    start = n.text.index("l'Ukraine")
    s, e = n.map.span(start, start + len("l'Ukraine"))
    assert text[s:e] == "l\u2019Ukraine"


def test_headline_gets_a_sentence_end_and_offsets_skip_it():
    text = "Les chefs conviennent d'intensifier\nLes ministres ont convenu.\n"
    n = normalize(text)
    assert n.text.startswith("Les chefs conviennent d'intensifier.\nLes ministres")
    assert n.title_end == len("Les chefs conviennent d'intensifier")
    i = n.text.index("Les ministres")
    assert n.map.span(i, i + 13) == (text.index("Les ministres"), text.index("Les ministres") + 13)
    # a span that ends on the inserted full stop maps to the headline without it
    assert n.map.span(0, n.title_end + 1) == (0, n.title_end)


def test_dropped_characters():
    text = "Kyiv\r\nsoft\u00adhyphen ok."
    n = normalize(text)
    assert "\r" not in n.text and "\u00ad" not in n.text
    i = n.text.index("softhyphen")
    s, e = n.map.span(i, i + len("softhyphen"))
    assert text[s:e] == "soft\u00adhyphen"


def test_headline_rule_leaves_punctuated_or_single_lines():
    assert normalize("Une phrase complète.\nLa suite.").title_end is None
    assert normalize("Un titre seul\n").title_end is None


def test_remap_rewrites_nested_spans_once():
    text = "Titre\nL\u2019OTAN agit."
    n = normalize(text)
    i = n.text.index("L'OTAN")
    shared = Span(i, i + 6, "L'OTAN")
    holder = [shared, [shared]]
    remap(holder, n.map, text)
    assert (shared.start, shared.end, shared.text) == (6, 12, "L\u2019OTAN")
