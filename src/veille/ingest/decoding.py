"""Bytes to text: a byte-order mark (UTF-8, UTF-16, UTF-32) and UTF-8 first, then charset detection;
binary and empty inputs refused."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from veille.errors import BinaryInputError, DecodingError, EmptyInputError

_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}
_BINARY_SAMPLE = 4096
_BINARY_RATIO = 0.10
# longest first: the UTF-32-LE mark begins with the UTF-16-LE one
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
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


def _by_bom(data: bytes, origin: str) -> str | None:
    """The text of data that starts with a byte-order mark, else None."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec)
            except UnicodeDecodeError as exc:
                raise DecodingError(origin, f"starts with a {codec} byte-order mark but is not {codec}: "
                                            f"{exc.reason} at byte {exc.start + len(bom)}") from None
    return None


def decode(data: bytes, origin: str) -> str:
    """Decode an input's bytes, or raise an InputError naming ``origin``."""
    if not data.strip():
        raise EmptyInputError(origin, "empty input")
    text = _by_bom(data, origin)
    if text is None:
        if b"\x00" in data[:_BINARY_SAMPLE]:
            raise BinaryInputError(origin, "binary file (NUL bytes), not text")
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
