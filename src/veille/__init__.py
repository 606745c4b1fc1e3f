"""veille: French and English news into political event data (PLOVER 2.0).

The public surface::

    from veille import Analyzer, Article, Document, Store

    with Store.open("veille.db") as store:
        for document in Analyzer().analyze_many(articles):
            store.save(document)

``Analyzer`` and ``Store`` are imported on first use, so ``import veille`` stays light (no spaCy).
Errors: every error veille raises on purpose derives from :class:`VeilleError` (``docs/errors.md``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from veille.contract.models import CONTRACT_VERSION, Document
from veille.errors import (
    AnalysisError,
    BinaryInputError,
    DecodingError,
    EmptyInputError,
    FetchError,
    InputError,
    LanguageDataError,
    LanguageError,
    ModelError,
    OutputError,
    QueryError,
    RecordError,
    SchemaTooNew,
    StoreError,
    StoreNotFound,
    UnsafeURLError,
    VeilleError,
)
from veille.ingest.article import Article

if TYPE_CHECKING:
    from veille.analyze.pipeline import Analyzer
    from veille.store.store import Store

__version__ = "0.1.0"

_LAZY = {"Analyzer": "veille.analyze.pipeline", "Store": "veille.store.store"}

__all__ = [
    "AnalysisError",
    "CONTRACT_VERSION",
    "Analyzer",
    "Article",
    "BinaryInputError",
    "DecodingError",
    "Document",
    "EmptyInputError",
    "FetchError",
    "InputError",
    "LanguageDataError",
    "LanguageError",
    "ModelError",
    "OutputError",
    "QueryError",
    "RecordError",
    "SchemaTooNew",
    "Store",
    "StoreError",
    "StoreNotFound",
    "UnsafeURLError",
    "VeilleError",
    "__version__",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'veille' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
