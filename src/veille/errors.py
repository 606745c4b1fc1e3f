"""veille's exception tree. Every error veille raises on purpose derives from VeilleError.

VeilleError
├── InputError              an input could not be read as an article (names the input)
│   ├── EmptyInputError     empty file or record without text
│   ├── BinaryInputError    not text
│   ├── DecodingError       bytes that no charset decodes
│   ├── RecordError         a broken JSON/JSONL record (names the line)
│   ├── AnalysisError       an article that the analysis failed on (names the input and the cause)
│   └── FetchError          a URL could not be fetched or read (names the URL; veille.watch)
│       └── UnsafeURLError  a URL refused before connecting (scheme, private address, robots.txt)
├── LanguageError           no pipeline for the article's language
│   └── LanguageDataError   a language's data file (grammar, lexicon) is malformed
├── ModelError              a spaCy pipeline package is missing
├── StoreError              the database cannot be opened or written
│   ├── StoreNotFound       a command that only reads names a database that is not there
│   └── SchemaTooNew        the database was written by a newer veille than this one
├── QueryError              a query filter value names nothing known (with "did you mean")
└── OutputError             an export that would overwrite a file (or the database) or cannot be written
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


class FetchError(InputError):
    """A URL could not be fetched or turned into an article. ``transient``: worth trying again later;
    ``retry_after``: seconds the server asked us to wait (429/503 Retry-After), if it said."""

    def __init__(self, origin: str, message: str, *, transient: bool = False,
                 retry_after: float | None = None) -> None:
        super().__init__(origin, message)
        self.transient = transient
        self.retry_after = retry_after

    def __reduce__(self):
        return _rebuild_fetch_error, (type(self), self.origin, self.reason, self.transient, self.retry_after)


class UnsafeURLError(FetchError):
    """A URL refused before any connection: not http(s), a private address, disallowed by robots.txt."""


class LanguageError(VeilleError):
    pass


class LanguageDataError(LanguageError, ValueError):
    """A file of a language's data folder cannot be used (a grammar rule with an unknown family...)."""


class ModelError(VeilleError):
    pass


class StoreError(VeilleError):
    pass


class StoreNotFound(StoreError, FileNotFoundError):
    """Opening an existing store that is not there."""


class SchemaTooNew(StoreError, RuntimeError):
    """The database was written by a newer veille than this one."""


class QueryError(VeilleError):
    """A query's filter value that names nothing known (the message lists the allowed values or the
    closest known names)."""


class OutputError(VeilleError):
    """An export refused or failed: it would overwrite a file without --force, or the database itself."""


def _rebuild_fetch_error(cls: type[FetchError], origin: str, reason: str, transient: bool,
                         retry_after: float | None) -> FetchError:
    return cls(origin, reason, transient=transient, retry_after=retry_after)
