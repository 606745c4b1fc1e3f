"""The rule prefilter: a rule whose pattern needs a word the text lacks is not run, and the matches found
are exactly those of every rule run on the whole text."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from veille import languages
from veille.analyze.times._grammar import Grammar
from veille.analyze.times._lexicon import load_lexicon
from veille.analyze.times._prefilter import SAFE_EXCLUDED, SAFE_RANGES, RuleFilter, required_sets
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


def _sets(pattern: str) -> set[tuple[frozenset[str], bool]]:
    return {(r.strings, r.word_start) for r in required_sets(re.compile(pattern, re.IGNORECASE))}


def test_required_sets_of_literals_alternations_and_repeats():
    # an optional item requires nothing; an alternation of literals is one set; case is folded
    assert _sets(r"(?:the\s+)?(?:Jan(?:uary)?|feb)\s+\d+") == {(frozenset({"jan", "january", "feb"}), False)}
    # two items each required: two sets, both needed (after spaces: at a word's start)
    assert _sets(r"(?:one|two)\s+(?:weeks?|days?)\s+ago") == {
        (frozenset({"one", "two"}), False), (frozenset({"week", "weeks", "day", "days"}), True),
        (frozenset({"ago"}), True)}
    # a literal run across a zero-width assertion stays one string; a small class is spelt out
    assert (frozenset({"o'clock", "o\u2019clock"}), False) in _sets(r"o(?=['\u2019])['\u2019]clock")
    # one alternative that requires nothing: the alternation requires nothing
    assert _sets(r"(?:ago|\d+)") == set()
    # a conditional or a back reference requires nothing, what surrounds it still does
    assert _sets(r"(?P<a>x)?(?(a)y|z)\s+later") == {(frozenset({"later"}), True)}


def test_a_word_start_is_required_only_where_the_pattern_puts_one():
    # after "no word character before" or after spaces and hyphens: a word's start
    assert _sets(r"(?<![\w])(?:three\s+)?days?(?![\w])") == {(frozenset({"day", "days"}), True)}
    assert _sets(r"(?<![\w])\d+[\s-]+(?:day|week)s?") == {(frozenset({"day", "days", "week", "weeks"}), True)}
    # after an optional space, or right after a digit: anywhere
    assert _sets(r"\d+\s*(?:am|pm)") == {(frozenset({"am", "pm"}), False)}
    rules = [SimpleNamespace(name="unit", pattern=re.compile(r"(?<![\w])(?:\d+\s+)?days?(?![\w])", re.I))]
    only = RuleFilter(rules)
    assert only.candidates("They met on Saturday and Sunday.") == []  # "day" only inside words
    for text in ("Three days later.", "a two-day summit", "DAY ONE", "day", "(day)"):
        assert only.candidates(text) == rules, text


def test_a_text_with_characters_outside_the_plain_set_runs_every_rule(grammar):
    code, g = grammar
    # the engine's case-insensitive "s" matches the long s, which lowercasing leaves as it is
    moscow = "\u041c\u043e\u0441\u043a\u0432\u0430 2021"
    for text in ("Sunday, \u017fept. 12", "Kad\u0131k\u00f6y, 3 weeks ago", moscow):
        assert g.filter.candidates(text) == g.rules
        assert [(c.start, c.end, r.name) for c, r in find_candidates(text, g)] == _every_rule(text, g)


def test_lowercase_is_the_engine_case_folding_on_the_plain_characters():
    """For every pair of characters of the plain set, the engine's case-insensitive match implies equal
    lowercase (what the filter's look-up relies on); each lowercases to one character, a word character
    to a word character."""
    chars = [chr(c) for a, b in SAFE_RANGES for c in range(a, b + 1) if chr(c) not in SAFE_EXCLUDED]
    alphabet = "".join(chars)
    for p in chars:
        assert len(p.lower()) == 1, hex(ord(p))
        assert bool(re.match(r"\w", p)) == bool(re.match(r"\w", p.lower())), hex(ord(p))
        for m in re.finditer(re.escape(p), alphabet, re.IGNORECASE):
            assert m.group().lower() == p.lower(), (hex(ord(p)), hex(ord(m.group())))
