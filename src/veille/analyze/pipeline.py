"""The per-article analysis: language, normalisation, spaCy, then veille's own components.

:class:`Analyzer` loads each language's spaCy pipeline once, lazily, adds veille's components
(``veille_actors``, ``veille_times``, ``veille_places``, ``veille_quotes``, ``veille_events``) after the
model's own, runs documents through ``nlp.pipe`` in batches, and assembles contract :class:`Document` s
whose offsets point into each article's original text.

A text longer than ``chunk_chars`` (data/limits) goes through spaCy's own components in chunks cut on
paragraph boundaries, joined back into one Doc (same text, so offsets stay exact) for veille's components:
memory stays bounded and spaCy's 1,000,000-character limit never applies. An article whose analysis raises
comes back as an :class:`AnalysisError` from :meth:`Analyzer.analyze_each`; the others go on.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import partial
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from veille import languages
from veille.analyze.context import DocContext
from veille.analyze.extensions import doc_ents, drop_ents, keep_text, register_extensions
from veille.analyze.language import LanguageIdentifier
from veille.analyze.normalize import Normalized, normalize, remap
from veille.contract.models import Document, Entity
from veille.errors import AnalysisError, LanguageError, ModelError
from veille.ingest.article import Article
from veille.ingest.limits import limits

log = logging.getLogger(__name__)

STAGES: tuple[str, ...] = ("actors", "times", "places", "quotes", "events")
_LABELS = {"PERSON": "PER"}  # one label set across languages: PER, ORG, LOC, GPE, MISC, ...


@dataclass(slots=True)
class _Pending:
    article: Article
    document: Document
    normalized: Normalized | None = None
    doc: Doc | None = None
    ctx: DocContext | None = None
    chunks: list[str] | None = None  # a long text's pieces (normalised), analysed apart then joined
    error: AnalysisError | None = None

    def fail(self, exc: BaseException) -> None:
        log.debug("analysis of %s failed", self.article.origin, exc_info=exc)
        self.doc = None
        self.error = AnalysisError(self.article.origin, f"analysis failed: {type(exc).__name__}: {exc}")


def _made(item: _Pending) -> Doc:
    """A short article's Doc, made by ``_prepare`` before the batch runs."""
    assert item.doc is not None
    return item.doc


class Analyzer:
    """Turns articles into contract documents.

    ``stages`` names veille's components to run (all by default; ``()`` gives bare spaCy entities).
    """

    def __init__(self, *, stages: Iterable[str] = STAGES, batch_size: int = 16,
                 chunk_chars: int | None = None, min_confidence: float | None = None) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be >= 1")
        self.stages = tuple(stages)
        self.min_confidence = min_confidence  # of output events; None: the events stage's default
        self.batch_size = batch_size
        self.chunk_chars = chunk_chars or limits().chunk_chars
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
        """Whether the language registry (veille.languages) has a folder for ``language``."""
        return language is not None and language in languages.registry()

    def identify(self, text: str) -> str | None:
        if self._langid is None:
            self._langid = LanguageIdentifier()
        return self._langid.guess(text).language

    # -- analysis ----------------------------------------------------------------------------
    def analyze(self, article: Article) -> Document:
        return next(self.analyze_many([article]))

    def analyze_many(self, articles: Iterable[Article]) -> Iterator[Document]:
        """One Document per article, in input order. Articles in an unsupported language come back
        with ``status="unsupported_language"``; an article whose analysis fails raises its
        AnalysisError here (use :meth:`analyze_each` to go on past it)."""
        for result in self.analyze_each(articles):
            if isinstance(result, AnalysisError):
                raise result
            yield result

    def analyze_each(self, articles: Iterable[Article]) -> Iterator[Document | AnalysisError]:
        """One Document, or the AnalysisError naming the article, per article, in input order.
        Nothing raised while analysing one article stops the others."""
        iterator = iter(articles)
        while chunk := list(islice(iterator, self.batch_size * 4)):
            yield from self._analyze_chunk(chunk)

    def _analyze_chunk(self, articles: list[Article]) -> list[Document | AnalysisError]:
        pending = [self._prepare(article) for article in articles]
        by_language: dict[str, list[_Pending]] = {}
        for item in pending:
            if item.doc is not None or item.chunks is not None:
                by_language.setdefault(item.document.language or "", []).append(item)
        for language, items in by_language.items():
            nlp = self.nlp(language)
            self._run_short(nlp, [item for item in items if item.chunks is None])
            for item in items:
                if item.chunks is not None:
                    self._guarded(item, partial(self._run_long, nlp, item))
        return [item.error or item.document for item in pending]

    @staticmethod
    def _guarded(item: _Pending, step: Callable[[], None]) -> None:
        """Run one article's step; whatever it raises becomes that article's error."""
        try:
            step()
        except Exception as exc:  # noqa: BLE001 - the input boundary: one article fails, not the batch
            item.fail(exc)

    def _run_short(self, nlp: Language, items: list[_Pending]) -> None:
        """``nlp.pipe`` over the items; after a failure, the rest one by one, each from a fresh Doc."""
        done = 0
        try:
            for item, doc in zip(items, nlp.pipe((_made(item) for item in items), batch_size=self.batch_size)):
                item.doc = doc
                self._guarded(item, partial(self._fill, item))
                done += 1
        except Exception:  # noqa: BLE001 - a batch failed: find the article, keep the others
            log.debug("a batch failed; analysing its articles one by one", exc_info=True)
        for item in items[done:]:
            self._guarded(item, partial(self._run_one, nlp, item))

    def _run_one(self, nlp: Language, item: _Pending) -> None:
        item.doc = nlp(self._make_doc(nlp, item))
        self._fill(item)

    def _run_long(self, nlp: Language, item: _Pending) -> None:
        """spaCy's components on each chunk, veille's on the joined Doc (whose text is the whole text)."""
        assert item.chunks is not None
        ours = [f"veille_{stage}" for stage in self.stages]
        pieces = list(nlp.pipe(item.chunks, disable=ours, batch_size=1))
        # spaCy's doc.pyi lacks from_docs' keyword-only ``exclude`` (doc.pyx has it)
        doc = Doc.from_docs(pieces, ensure_whitespace=False, exclude=["tensor", "user_data"])  # type: ignore[call-arg]
        del pieces
        doc._.veille_ctx = item.ctx
        for name in ours:
            doc = nlp.get_pipe(name)(doc)
        item.doc = doc
        self._fill(item)

    def _make_doc(self, nlp: Language, item: _Pending) -> Doc:
        assert item.normalized is not None
        doc = nlp.make_doc(item.normalized.text)
        keep_text(doc, item.normalized.text)
        doc._.veille_ctx = item.ctx
        return doc

    def _prepare(self, article: Article) -> _Pending:
        try:
            language = (article.language or "").lower()[:2] or self.identify(_with_title(article))
        except Exception as exc:  # noqa: BLE001 - the input boundary
            item = _Pending(article, Document(id=article.doc_id, language=None, published=None,
                                              title=None, text_sha256=article.sha256))
            item.fail(exc)
            return item
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
                f"language {language or 'unknown'!r} has no pipeline "
                f"(supported: {', '.join(languages.registry())})"
            )
            return item
        assert language is not None  # supports() holds only for the MODELS keys
        self._guarded(item, lambda: self._prepare_text(item, language))
        return item

    def _prepare_text(self, item: _Pending, language: str) -> None:
        published = _parse_date(item.article.published)
        if published is None:
            item.document.warnings.append("no publication date: relative dates stay unresolved")
        item.normalized = normalize(item.article.text)
        item.ctx = DocContext(language, published, item.normalized.title_end)
        nlp = self.nlp(language)
        if len(item.normalized.text) > self.chunk_chars:
            item.chunks = split_paragraphs(item.normalized.text, self.chunk_chars)
        else:
            item.doc = self._make_doc(nlp, item)

    def _fill(self, item: _Pending) -> None:
        doc, document, normalized = item.doc, item.document, item.normalized
        assert doc is not None and normalized is not None
        table = doc._.veille_actors
        entities = []
        for ent in doc_ents(doc):
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
        drop_ents(doc)
        item.doc = None  # free the Doc


def load_pipeline(language: str, stages: Iterable[str] = STAGES, min_confidence: float | None = None) -> Language:
    """spaCy's pipeline for ``language`` followed by veille's components named in ``stages``."""
    import spacy

    try:
        model = languages.get(language).spacy
    except LanguageError as exc:
        raise ModelError(str(exc)) from None
    try:
        nlp = spacy.blank(model.removeprefix("blank:")) if model.startswith("blank:") else spacy.load(model)
    except (OSError, ImportError) as exc:
        raise ModelError(f"spaCy pipeline {model!r} is not installed (run `make install`): {exc}") from exc
    # the stages read their language's data by ``nlp.lang``: the registry's code, which may differ from the
    # spaCy model's own (a language of the registry can run on ``blank:xx`` or on a related language's model)
    nlp.lang = language
    if "parser" in nlp.pipe_names:
        importlib.import_module("veille.analyze.sentences")
        nlp.add_pipe("veille_lines", before="parser")
        importlib.import_module("veille.analyze.repairs")
        nlp.add_pipe("veille_repairs", last=True)
    for stage in stages:
        importlib.import_module(f"veille.analyze.{stage}.component")  # registers the factory
        config = {"min_confidence": min_confidence} if stage == "events" else {}
        nlp.add_pipe(f"veille_{stage}", last=True, config=config)
    return nlp


def _with_title(article: Article) -> str:
    """The text language identification reads: the title too, when the text does not hold it
    (a short item's title and body together are often enough where each alone is not)."""
    if article.title and article.title not in article.text[:len(article.title) + 200]:
        return f"{article.title}\n{article.text}"
    return article.text


_CUTS = ("\n\n", "\n", ". ", " ")  # where a chunk may end, best first


def split_paragraphs(text: str, size: int) -> list[str]:
    """``text`` cut into pieces of at most ``size`` characters whose concatenation is ``text``.

    Each cut falls after a blank line if the window has one, else after a line break, a sentence end,
    a space, and only as a last resort anywhere.
    """
    pieces: list[str] = []
    start = 0
    while len(text) - start > size:
        end = start + size
        cut = -1
        for mark in _CUTS:
            found = text.rfind(mark, start + size // 2, end - len(mark) + 1)
            if found >= 0:
                cut = found + len(mark)
                break
        if cut <= start:
            cut = end
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
