"""veille: French and English news into political event data (PLOVER 2.0)."""

from veille.contract.models import CONTRACT_VERSION, Document
from veille.errors import (
    BinaryInputError,
    DecodingError,
    EmptyInputError,
    InputError,
    LanguageError,
    ModelError,
    RecordError,
    StoreError,
    VeilleError,
)
from veille.ingest.article import Article

__version__ = "0.1.0"

__all__ = [
    "CONTRACT_VERSION",
    "Article",
    "BinaryInputError",
    "DecodingError",
    "Document",
    "EmptyInputError",
    "InputError",
    "LanguageError",
    "ModelError",
    "RecordError",
    "StoreError",
    "VeilleError",
    "__version__",
]
