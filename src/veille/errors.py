"""veille's exception tree. Every error veille raises on purpose derives from VeilleError.

VeilleError
├── InputError              an input could not be read as an article (names the input)
│   ├── EmptyInputError     empty file or record without text
│   ├── BinaryInputError    not text
│   ├── DecodingError       bytes that no charset decodes
│   ├── RecordError         a broken JSON/JSONL record (names the line)
│   └── AnalysisError       an article that the analysis failed on (names the input and the cause)
├── LanguageError           no pipeline for the article's language
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

    def __reduce__(self):  # picklable: errors come back from worker processes (analyze --jobs)
        return type(self), (self.origin, self.reason)


class EmptyInputError(InputError):
    pass


class BinaryInputError(InputError):
    pass


class DecodingError(InputError):
    pass


class RecordError(InputError):
    pass


class AnalysisError(InputError):
    """The analysis of one article raised; the batch goes on without it."""


class LanguageError(VeilleError):
    pass


class ModelError(VeilleError):
    pass


class StoreError(VeilleError):
    pass


class OutputError(VeilleError):
    pass
