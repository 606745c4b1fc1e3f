"""The ``veille_times`` spaCy component: TIMEX3-normalised time expressions in ``doc._.veille_times``."""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from veille import languages
from veille.analyze.extensions import register_extensions
from veille.analyze.times._fallback import DateparserFallback
from veille.analyze.times._grammar import Grammar
from veille.analyze.times._lexicon import load_lexicon
from veille.analyze.times._resolve import Resolver
from veille.contract.models import Time
from veille.errors import LanguageError

log = logging.getLogger(__name__)
GRAMMAR = ("times", "grammar.yaml")


@cache
def has_times(lang: str | None) -> bool:
    """Whether language ``lang`` has a time grammar in its data folder (a file look-up, made once)."""
    try:
        return languages.get(lang).has(*GRAMMAR)
    except LanguageError:
        return False


class TimesComponent:
    """Finds and normalises the time expressions of a Doc (French or English)."""

    def __init__(self, nlp: Language, name: str = "veille_times", data_dir: str | None = None,
                 use_dateparser: bool = True) -> None:
        register_extensions()
        self._use_dateparser = use_dateparser
        self.name = name
        self._data_dir = Path(data_dir) if data_dir else None
        self._resolvers: dict[str, Resolver] = {}
        self._default = nlp.lang if has_times(nlp.lang) else None
        if self._default is not None:
            self._resolver(self._default)  # the pipeline's own language now, others on first use

    def _resolver(self, lang: str) -> Resolver:
        r = self._resolvers.get(lang)
        if r is None:
            lex = load_lexicon(lang, self._data_dir)
            fallback = DateparserFallback(lex) if self._use_dateparser else None
            r = Resolver(lex, Grammar(lex, languages.get(lang).yaml(*GRAMMAR)), fallback)
            self._resolvers[lang] = r
        return r

    def find(self, doc: Doc, lang: str | None = None, published=None) -> list[Time]:
        """The Time records of ``doc`` (no side effect)."""
        ctx = doc._.veille_ctx
        if lang is None:
            lang = getattr(ctx, "language", None) or doc.lang_
        if not has_times(lang):
            lang = doc.lang_ if has_times(doc.lang_) else self._default
        if lang is None:
            log.debug("no time grammar for %r: no time expressions", doc.lang_)
            return []
        if published is None and ctx is not None:
            published = ctx.published
        return self._resolver(lang).resolve(doc, published)

    @property
    def rule_errors(self) -> dict[str, int]:
        """How many matches each rule's handler failed on (every language), since the component was made."""
        total: dict[str, int] = {}
        for resolver in self._resolvers.values():
            for name, n in resolver.rule_errors.items():
                total[name] = total.get(name, 0) + n
        return total

    def __call__(self, doc: Doc) -> Doc:
        doc._.veille_times = self.find(doc)
        return doc


@Language.factory("veille_times", default_config={"data_dir": None, "use_dateparser": True})
def make_times(nlp: Language, name: str, data_dir: str | None, use_dateparser: bool) -> TimesComponent:
    """``data_dir``: another folder of <lang>.yaml lexicons; ``use_dateparser``: try dateparser on
    date entities the rules missed (English NER only)."""
    return TimesComponent(nlp, name, data_dir, use_dateparser)
