"""The rule prefilter: a rule whose pattern needs a word the text lacks is not run, and the matches found
are exactly those of every rule run on the whole text."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from veille import languages
from veille.analyze.times._grammar import Grammar, Rule
from veille.analyze.times._lexicon import load_lexicon
from veille.analyze.times._prefilter import SAFE_EXCLUDED, SAFE_RANGES, required_sets
from veille.analyze.times._resolve import find_candidates

SENTENCES = {
    "en": [
        "The ceasefire signed on 3 March 2021 held until last Tuesday night.",
        "Talks resumed three weeks ago and will go on for the next two years, officials said at 9:30 a.m.",
        "In the fourth quarter of fiscal 1998, sales rose every month; the year-earlier period was weaker.",
        "By the mid-1990s the town had doubled; in the summer of '05 it flooded twice a year.",
        "Negotiators met in Geneva, where the minister spoke of hope.",
        "NOTHING ON MONDAY, SEPT. 12, NOR DURING THE EIGHTIES.",
        "She arrived yesterday morning, a day later than planned, around noon.",
    ],
    "fr": [
        "L'accord signé le 3 mars 2021 a tenu jusqu'à mardi dernier dans la soirée.",
        "Les pourparlers ont repris il y a trois semaines et dureront deux ans, a-t-on appris à 9 h 30.",
        "Au premier trimestre 2003, les ventes ont augmenté chaque mois ; l'an dernier, elles baissaient.",
        "Dans les années 1990, la ville avait doublé ; à l'été 2005, elle fut inondée deux fois par an.",
        "Les négociateurs se sont retrouvés à Genève, où le ministre a parlé d'espoir.",
        "RIEN LE LUNDI 12 SEPTEMBRE, NI AU COURS DU XXE SIÈCLE.",
        "Elle est arrivée hier matin, le lendemain de la réunion, vers midi.",
    ],
}


@pytest.fixture(scope="module", params=["en", "fr"])
def grammar(request):
    code = request.param
    return code, Grammar(load_lexicon(code), languages.get(code).yaml("times", "grammar.yaml"))


def _every_rule(text: str, grammar: Grammar) -> list[tuple[int, int, str]]:
    """find_candidates' choice with every rule run: a grammar whose filter keeps them all."""
    unfiltered = SimpleNamespace(rules=grammar.rules, filter=SimpleNamespace(candidates=lambda _text: grammar.rules))
    return [(c.start, c.end, r.name) for c, r in find_candidates(text, unfiltered)]  # type: ignore[arg-type]


def test_filtered_matches_are_the_matches_of_every_rule(grammar):
    code, g = grammar
    for sentence in SENTENCES[code]:
        for text in (sentence, sentence.lower(), sentence.upper()):
            filtered = [(c.start, c.end, r.name) for c, r in find_candidates(text, g)]
            assert filtered == _every_rule(text, g), text
    assert any(find_candidates(s, g) for s in SENTENCES[code])


def test_a_rule_needing_an_absent_word_is_not_run(grammar):
    code, g = grammar
    text = SENTENCES[code][4]  # a sentence without any time expression
    kept = g.filter.candidates(text)
    assert len(kept) < len(g.rules) / 10
    assert [r.name for r in kept] == [r.name for r in g.rules if r in kept]  # the grammar's order


def test_required_sets_of_literals_alternations_and_repeats():
    def sets(pattern: str) -> set[frozenset[str]]:
        return set(required_sets(re.compile(pattern, re.IGNORECASE)))

    # an optional item requires nothing; an alternation of literals is one set; case is folded
    assert sets(r"(?<!\w)(?:the\s+)?(?:Jan(?:uary)?|feb)\s+\d+") == {frozenset({"jan", "january", "feb"})}
    # two items each required: two sets, both needed
    assert sets(r"(?:one|two)\s+(?:weeks?|days?)\s+ago") == {
        frozenset({"one", "two"}), frozenset({"week", "weeks", "day", "days"}), frozenset({"ago"})}
    # a literal run across a zero-width assertion stays one string; a small class is spelt out
    assert frozenset({"o'clock", "o\u2019clock"}) in sets(r"o(?=['\u2019])['\u2019]clock")
    # one alternative that requires nothing: the alternation requires nothing
    assert sets(r"(?:ago|\d+)") == set()
    # a conditional or a back reference requires nothing, what surrounds it still does
    assert sets(r"(?P<a>x)?(?(a)y|z)\s+later") == {frozenset({"later"})}


def test_a_text_with_characters_outside_the_plain_set_runs_every_rule(grammar):
    code, g = grammar
    # the engine's case-insensitive "s" matches the long s, which lowercasing leaves as it is
    moscow = "\u041c\u043e\u0441\u043a\u0432\u0430 2021"
    for text in ("Sunday, \u017fept. 12", "Kad\u0131k\u00f6y, 3 weeks ago", moscow):
        assert g.filter.candidates(text) == g.rules
        assert [(c.start, c.end, r.name) for c, r in find_candidates(text, g)] == _every_rule(text, g)


def test_lowercase_is_the_engine_case_folding_on_the_plain_characters():
    """For every pair of characters of the plain set, the engine's case-insensitive match implies equal
    lowercase (what the filter's look-up relies on), and each lowercases to one character."""
    chars = [chr(c) for a, b in SAFE_RANGES for c in range(a, b + 1) if chr(c) not in SAFE_EXCLUDED]
    alphabet = "".join(chars)
    for p in chars:
        assert len(p.lower()) == 1, hex(ord(p))
        for m in re.finditer(re.escape(p), alphabet, re.IGNORECASE):
            assert m.group().lower() == p.lower(), (hex(ord(p)), hex(ord(m.group())))


def test_rules_keep_their_type():
    g = Grammar(load_lexicon("en"), languages.get("en").yaml("times", "grammar.yaml"))
    assert all(isinstance(r, Rule) for r in g.filter.candidates("On Monday, 3 March 2021."))
