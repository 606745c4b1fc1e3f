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


def _normalize_char_by_char(text: str) -> tuple[str, list[tuple[int, int]], int | None]:
    """The cleaning spelled out one character at a time (the definition ``normalize`` must equal):
    the cleaned text, each cleaned character's original (start, end), the headline's end."""
    from veille.analyze.normalize import _DROP, _REPLACE, _hard_wraps, _headline_end

    title_end = _headline_end(text)
    wraps = _hard_wraps(text) if "\n" in text else set()
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    norm_title_end = None
    for i, ch in enumerate(text):
        if title_end is not None and i == title_end:
            norm_title_end = len(out)
            out.append(".")
            spans.append((i, i))
        if ch in _DROP:
            continue
        out.append(" " if i in wraps else _REPLACE.get(ch, ch))
        spans.append((i, i + 1))
    if title_end is not None and title_end == len(text):
        norm_title_end = len(out)
    return "".join(out), spans, norm_title_end


def test_normalize_equals_the_character_by_character_definition():
    import random

    rng = random.Random(16)
    alphabet = ["a", "B", "z", " ", ".", "\n", "\r", "\t", "\u2019", "\u00a0", "\u00ad", "\u200b", "\ufeff",
                "\u2010", "x y", "Title line\n", "Next", "word\nnext"]
    differing = 0
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 9)))
        n = normalize(text)
        want_text, want_spans, want_title = _normalize_char_by_char(text)
        if n.title_end is None and want_title is None and want_text == text:
            continue  # nothing to clean: the identity map
        differing += 1
        assert (n.text, n.title_end) == (want_text, want_title), repr(text)
        for start in range(len(n.text) + 1):
            for end in range(start, len(n.text) + 1):
                # the map's own rule (inserted characters skipped at the edges) over the reference's spans
                assert n.map.span(start, end) == _reference_span(want_spans, start, end, len(text)), repr(text)
    assert differing > 1000  # most generated texts had something to clean


def _reference_span(spans: list[tuple[int, int]], start: int, end: int, orig_len: int) -> tuple[int, int]:
    n = len(spans)
    if start >= n:
        return orig_len, orig_len
    if end <= start:
        return spans[start][0], spans[start][0]
    while start < end - 1 and spans[start][0] == spans[start][1]:
        start += 1
    while end - 1 > start and spans[end - 1][0] == spans[end - 1][1]:
        end -= 1
    return spans[start][0], spans[min(end, n) - 1][1]
