"""Indexes built from data files, cached on disk and invalidated by a hash of those files.

Building a lexicon index (compiled patterns, phrase tables, a gazetteer's name index) can take
seconds; the result depends only on the files it was built from and on veille's version. ``cached``
returns the pickled result when a cache file keyed by the SHA-256 of those files' bytes exists, else
builds, stores (atomically) and returns it. The cache folder is ``$VEILLE_CACHE_DIR``, else
``$XDG_CACHE_HOME/veille``, else ``~/.cache/veille``; when it cannot be written, the index is simply
built each time (logged at debug level), so a read-only home never breaks an analysis.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from veille import __version__

log = logging.getLogger(__name__)
T = TypeVar("T")
_FORMAT = "3"  # bump when what a cache file holds changes shape


def cache_dir() -> Path:
    explicit = os.environ.get("VEILLE_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "veille"


def fingerprint(name: str, files: Iterable[Path], extra: str = "") -> str:
    """The hash of ``files``' names and bytes, veille's version and ``extra`` (a config string)."""
    digest = hashlib.sha256(f"{_FORMAT}\0{__version__}\0{name}\0{extra}".encode())
    for path in sorted(Path(p) for p in files):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:32]


def cached(name: str, files: Iterable[Path], build: Callable[[], T], extra: str = "") -> T:
    """``build()``'s result, from the disk cache when ``files`` (and ``extra``) are unchanged."""
    key = fingerprint(name, files, extra)
    target = cache_dir() / f"{name}-{key}.pickle"
    try:
        with target.open("rb") as handle:
            return _load(handle)  # a file veille wrote itself, named by its content hash
    except FileNotFoundError:
        pass
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError) as exc:
        log.debug("cache %s unreadable, rebuilding: %s", target, exc)
    value = build()
    _store(target, value)
    return value


def _load(handle: BinaryIO) -> Any:
    """``pickle.load`` with the cyclic garbage collector paused: the objects being loaded are all alive, and
    the collector's passes over the growing heap took most of the load (the gazetteer's 13 MB: 1.7 s, 0.6 s
    without them)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.load(handle)
    finally:
        if enabled:
            gc.enable()


def _store(target: Path, value: object) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=target.parent, prefix=".tmp-", delete=False) as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, target)
    except (OSError, pickle.PicklingError) as exc:
        log.debug("cache %s not written: %s", target, exc)
