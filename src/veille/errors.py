"""veille's exception tree. Every error veille raises on purpose derives from VeilleError.

VeilleError
├── InputError              an input could not be read as an article (names the input)
│   ├── EmptyInputError     empty file or record without text
│   ├── BinaryInputError    not text
│   ├── DecodingError       bytes that no charset decodes
│   └── RecordError         a broken JSON/JSONL record (names the line)
├── LanguageError           no pipeline for the article's language
│   └── LanguageDataError   a language's data file (grammar, lexicon) is malformed
├── ModelError              a spaCy pipeline package is missing
└── StoreError              the database cannot be opened or written
"""

from __future__ import annotations


class VeilleError(Exception):
    """Base of every error veille raises on purpose."""


class InputError(VeilleError):
    """An input could not be turned into an article. ``origin`` names the input (path, path:line)."""

    def __init__(self, origin: str, message: str) -> None:
        super().__init__(f"{origin}: {message}")
        self.origin = origin
        self.reason = message


class EmptyInputError(InputError):
    pass


class BinaryInputError(InputError):
    pass


class DecodingError(InputError):
    pass


class RecordError(InputError):
    pass


class LanguageError(VeilleError):
    pass


class LanguageDataError(LanguageError, ValueError):
    """A file of a language's data folder cannot be used (a grammar rule with an unknown family...)."""


class ModelError(VeilleError):
    pass


class StoreError(VeilleError):
    pass
