"""Language identification with py3langid (an offline model shipped in the package)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_SAMPLE = 3000
_MIN_PROB = 0.5
_WORD = re.compile(r"\S+")


@dataclass(slots=True, frozen=True)
class Guess:
    language: str | None  # ISO 639-1, None when unsure
    probability: float


class LanguageIdentifier:
    """Loads py3langid's model once; ``guess(text)`` names the language of an article."""

    def __init__(self) -> None:
        from py3langid.langid import MODEL_FILE
        from py3langid.langid import LanguageIdentifier as _Identifier

        self._identifier = _Identifier.from_model_file(MODEL_FILE, norm_probs=True)

    def guess(self, text: str) -> Guess:
        sample = _sample(text)
        if not _has_letters(sample, 3):
            return Guess(None, 0.0)
        language, probability = self._identifier.classify(sample)
        probability = float(probability)
        return Guess(language if probability >= _MIN_PROB else None, probability)


def _sample(text: str) -> str:
    """The first words of ``text`` up to _SAMPLE characters, one space between them: a text that opens
    with a long run of blanks is still identified, and line or paragraph separators (U+2028, U+0085...),
    which the model has not seen, do not weigh on the guess."""
    words: list[str] = []
    size = 0
    for m in _WORD.finditer(text):
        words.append(m.group())
        size += len(words[-1]) + 1
        if size >= _SAMPLE:
            break
    return " ".join(words)[:_SAMPLE]


def _has_letters(text: str, count: int) -> bool:
    """``text`` holds at least ``count`` letters (looked for until found, not counted to the end)."""
    for ch in text:
        if ch.isalpha():
            count -= 1
            if count <= 0:
                return True
    return count <= 0
