"""Same-story clustering of articles: MinHash over word shingles, banded for LSH look-ups.

The bands are stored in the database (table ``article_bands``), so that finding the articles that may
tell the same story is one indexed query per article, whatever the size of the store.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash

_WORD = re.compile(r"\w+")
SCHEME = "affine32"  # datasketch >= 2.0 permutation scheme of the stored signatures


def _fold(text: str) -> str:
    """Case-folded; accents dropped only where the text has any (cheap on plain ASCII)."""
    text = text.casefold()
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


@dataclass(frozen=True, slots=True)
class StorySketch:
    signature: bytes  # MinHash hash values, uint64 little-endian
    bands: tuple[int, ...]  # one signed 64-bit key per band (band number and rows hashed together)


class StorySketcher:
    """Computes an article's MinHash sketch and compares two sketches.

    With 128 permutations in 32 bands of 4 rows, two articles whose shingle sets have a Jaccard
    similarity of about 0.42 share a band half of the time; candidates are then kept when the
    estimated similarity reaches ``threshold``.
    """

    def __init__(self, num_perm: int = 128, bands: int = 32, shingle: int = 3,
                 threshold: float = 0.5, min_words: int = 8, seed: int = 1) -> None:
        if num_perm % bands:
            raise ValueError("num_perm must be a multiple of bands")
        self.num_perm = num_perm
        self.bands = bands
        self.rows = num_perm // bands
        self.shingle = shingle
        self.threshold = threshold
        self.min_words = min_words
        self.seed = seed
        # the scheme is fixed: signatures are stored, and sketches of two schemes cannot be compared
        self._template = MinHash(num_perm=num_perm, seed=seed, scheme=SCHEME)  # permutations built once

    def shingles(self, text: str) -> set[bytes]:
        words = _WORD.findall(_fold(text))
        n = self.shingle
        if len(words) < n:
            return {" ".join(words).encode()} if words else set()
        return {" ".join(words[i:i + n]).encode() for i in range(len(words) - n + 1)}

    def sketch(self, text: str | None) -> StorySketch | None:
        """None when the text is too short to say anything about its story."""
        if not text or len(_WORD.findall(text)) < self.min_words:
            return None
        mh = MinHash(num_perm=self.num_perm, seed=self.seed, permutations=self._template.permutations,
                     scheme=SCHEME)
        mh.update_batch(list(self.shingles(text)))
        signature = np.asarray(mh.hashvalues, dtype="<u8").tobytes()
        return StorySketch(signature=signature, bands=self.band_keys(signature))

    def band_keys(self, signature: bytes) -> tuple[int, ...]:
        """The LSH keys of a stored signature (to find, or to delete, an article's bands)."""
        values = np.frombuffer(signature, dtype="<u8")
        keys = []
        for b in range(self.bands):
            chunk = values[b * self.rows:(b + 1) * self.rows].tobytes()
            digest = hashlib.blake2b(bytes([b]) + chunk, digest_size=8).digest()
            keys.append(int.from_bytes(digest, "little", signed=True))
        return tuple(keys)

    @staticmethod
    def similarity(a: bytes, b: bytes) -> float:
        """Estimated Jaccard similarity of the two articles' shingle sets."""
        va = np.frombuffer(a, dtype="<u8")
        vb = np.frombuffer(b, dtype="<u8")
        if va.shape != vb.shape or not len(va):
            return 0.0
        return float(np.count_nonzero(va == vb)) / len(va)
