"""Language identification with py3langid (an offline model shipped in the package)."""

from __future__ import annotations

from dataclasses import dataclass

_SAMPLE = 3000
_MIN_PROB = 0.5


@dataclass(slots=True, frozen=True)
class Guess:
    language: str | None  # ISO 639-1, None when unsure
    probability: float


class LanguageIdentifier:
    """Loads py3langid's model once; ``guess(text)`` names the language of an article."""

    def __init__(self) -> None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier as _Identifier

        self._identifier = _Identifier.from_model_file(MODEL_FILE, norm_probs=True)

    def guess(self, text: str) -> Guess:
        sample = text[:_SAMPLE]
        if sum(ch.isalpha() for ch in sample) < 3:
            return Guess(None, 0.0)
        language, probability = self._identifier.classify(sample)
        probability = float(probability)
        return Guess(language if probability >= _MIN_PROB else None, probability)
