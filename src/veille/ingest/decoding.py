"""Bytes to text: BOM and UTF-8 first, then charset detection; binary and empty inputs refused."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from veille.errors import BinaryInputError, DecodingError, EmptyInputError

_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}
_BINARY_SAMPLE = 4096
_BINARY_RATIO = 0.10
_WESTERN = set("ÀÂÄÆÇÈÉÊËÎÏÔŒÙÛÜŸàâäæçèéêëîïôœùûüÿáíóúñÑÁÍÓÚöÖßãõÃÕ«»€’‘“”–—…°·\xa0")


def _western(data: bytes) -> str | None:
    """cp1252 (a superset of Latin-1's printable range) when it yields plausible French/English text.

    Statistical detection is unreliable on short Western texts (it picks Baltic or Cyrillic code pages);
    veille reads French and English first, so the Western code page is tried before detection.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    plausible = sum(1 for ch in text if ch.isascii() or ch in _WESTERN)
    return text if plausible >= 0.995 * len(text) else None


def _detected(data: bytes, origin: str) -> str:
    best = from_bytes(data).best()
    if best is None:
        raise DecodingError(origin, "undecodable bytes: neither UTF-8 nor a detectable charset")
    return str(best)


def decode(data: bytes, origin: str) -> str:
    """Decode an input's bytes, or raise an InputError naming ``origin``."""
    if not data.strip():
        raise EmptyInputError(origin, "empty input")
    sample = data[:_BINARY_SAMPLE]
    if b"\x00" in sample and not sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise BinaryInputError(origin, "binary file (NUL bytes), not text")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _western(data) or _detected(data, origin)
    controls = sum(1 for ch in text[:_BINARY_SAMPLE] if ord(ch) in _CONTROL)
    if controls > _BINARY_RATIO * min(len(text), _BINARY_SAMPLE):
        raise BinaryInputError(origin, "binary file (control characters), not text")
    if not text.strip():
        raise EmptyInputError(origin, "empty input")
    return text
