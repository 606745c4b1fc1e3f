"""The time rules as a typed table: rules are data (data/lang/<code>/times/grammar.yaml), each bound to
its family's handler when loaded; a bad rule is refused at load; a failing handler is logged and counted."""

from __future__ import annotations

import logging
import re
from datetime import date
from pathlib import Path

import pytest
import spacy

from veille import languages
from veille.analyze.times._families import FAMILIES
from veille.analyze.times._grammar import Grammar
from veille.analyze.times._lexicon import load_lexicon
from veille.analyze.times.component import TimesComponent
from veille.errors import LanguageDataError

TIMES_DIR = Path(__file__).resolve().parents[3] / "src" / "veille" / "analyze" / "times"


@pytest.mark.parametrize("code", ["fr", "en"])
def test_every_rule_is_bound_to_a_family_handler(code):
    spec = languages.get(code)
    grammar = Grammar(load_lexicon(code), spec.yaml("times", "grammar.yaml"))
    assert grammar.rules
    names = [r.name for r in grammar.rules]
    assert len(names) == len(set(names))
    for rule in grammar.rules:
        assert rule.handler is FAMILIES[rule.family]
        assert "{" not in rule.pattern.pattern or re.search(r"\{\d", rule.pattern.pattern)


def test_unknown_family_and_placeholder_are_refused():
    lex = load_lexicon("en")
    with pytest.raises(LanguageDataError, match="unknown family 'nonsense'"):
        Grammar(lex, {"rules": [{"name": "x.1", "family": "nonsense", "pattern": "{B}x{E}"}]})
    with pytest.raises(LanguageDataError, match="unknown placeholder"):
        Grammar(lex, {"rules": [{"name": "x.1", "family": "year", "pattern": "{nowhere}"}]})
    with pytest.raises(LanguageDataError, match="two rules named"):
        Grammar(lex, {"rules": [{"name": "a", "family": "year", "pattern": "(?P<year>1999)"}] * 2})


def test_no_stage_module_names_a_language_code():
    for path in TIMES_DIR.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"""(?:lang|language)\s*[!=]=\s*["']|["'](?:fr|en)["']\s*(?:,|\))""", text), path.name


def test_a_failing_rule_is_logged_with_its_name_and_counted(caplog):
    nlp = spacy.blank("en")
    component = TimesComponent(nlp)
    resolver = component._resolver("en")
    broken = resolver.grammar.rules[0]
    # a grammar rule whose pattern lacks the groups its handler needs: the handler raises KeyError
    bad = Grammar(resolver.lex, {"rules": [{"name": "date.broken", "family": broken.family,
                                            "pattern": r"{B}(?P<day>\d\d)-oops{E}"}]})
    resolver.grammar = bad
    with caplog.at_level(logging.DEBUG, logger="veille.analyze.times._resolve"):
        times = component.find(nlp("On 12-oops the talks resumed."), lang="en", published=date(2024, 5, 1))
    assert times == []
    assert component.rule_errors == {"date.broken": 1}
    assert "date.broken" in caplog.text


def test_no_places_module_names_a_language_code():
    places_dir = TIMES_DIR.parent / "places"
    for path in places_dir.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"""(?:lang|language)\s*[!=]=\s*["']|in \(["'](?:fr|en)["']""", text), path.name
