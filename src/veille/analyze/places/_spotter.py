"""Finding gazetteer names in a Doc without the NER: capitalised n-grams looked up by key."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from veille.analyze.extensions import doc_text
from veille.analyze.places._gazetteer import ALTERNATE, CAPITAL, CITY, Gazetteer
from veille.analyze.places._names import fold, key

COMMON_WORD_TAGS = frozenset({"ADJ", "ADV", "VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "NUM",
                               "PART", "INTJ"})


@dataclass(slots=True, frozen=True)
class Spotter:
    """Keys of well-known places (countries, continents, states, regions, capitals, big cities)."""

    keys: frozenset[str]
    first_words: dict[str, int]  # first word of a key -> longest key in words
    short_upper: frozenset[str]  # 2-letter keys matched only in capitals ("US", "UK")

    @classmethod
    def build(cls, gaz: Gazetteer, city_population: int = 200_000, alternate_population: int = 1_000_000,
              stop: frozenset[str] = frozenset()) -> Spotter:
        keys: set[str] = set()
        for k, bucket in gaz.names.items():
            if k in stop or k in gaz.unspotted:
                continue
            for idx, origin in bucket:
                e = gaz.entries[idx]
                if e.feature in (CITY, CAPITAL):
                    if origin == ALTERNATE and len(k) < 5:
                        continue  # short exonyms collide with words ("Pas", "Sale")
                    limit = alternate_population if origin == ALTERNATE else city_population
                    if e.population < limit and not (e.feature == CAPITAL and origin != ALTERNATE):
                        continue
                elif origin == ALTERNATE:
                    continue
                if "." in k and len(k) <= 5 and e.feature == "ADM1" and (e.country == "USA" or k.count(".") == 1):
                    continue  # abbreviations ("La.", "Ga.", "Man.") only after a comma, not by themselves
                keys.add(k)
                break
        first: dict[str, int] = {}
        short = set()
        for k in keys:
            words = k.split()
            first[words[0]] = max(first.get(words[0], 0), len(words))
            if len(k.replace(".", "")) <= 2:
                short.add(k)
        return cls(frozenset(keys), first, frozenset(short))

    def spans(self, doc: Doc, words: list[str] | None = None, starts: list[int] | None = None,
              text: str | None = None, tags: list[str] | None = None,
              articles: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
        """Token ranges [i, j) whose text is a known key, longest first, not overlapping.

        ``words``/``starts``/``text``/``tags`` (token texts, offsets, doc.text, coarse POS) may be passed to save
        rebuilding them. A one-word name tagged as a common word ("Pas de...", "Nice to see") is skipped, and
        no name starts or ends with one of the language's ``articles`` (lower-cased and folded forms).
        """
        if words is None or starts is None or tags is None:
            words = [t.text for t in doc]
            starts = [t.idx for t in doc]
            tags = [t.pos_ for t in doc]
        if text is None:
            text = doc_text(doc)
        out: list[tuple[int, int]] = []
        n = len(words)
        i = 0
        while i < n:
            w = words[i]
            if not w[:1].isupper():
                i += 1
                continue
            folded = fold(w)
            longest = self.first_words.get(folded.split(" ", 1)[0])
            if longest is None or folded in articles:
                i += 1
                continue
            hit = 0
            for j in range(min(n, i + longest + 2), i, -1):  # +2: hyphens split into tokens
                last = words[j - 1]
                if j - 1 > i and (not any(ch.isalnum() for ch in last) or last.lower() in articles):
                    continue
                span_text = text[starts[i]: starts[j - 1] + len(last)]
                k = key(span_text)
                if k in self.keys:
                    if k in self.short_upper and not span_text.replace(".", "").isupper():
                        continue
                    if j == i + 1 and tags[i] in COMMON_WORD_TAGS:
                        continue
                    hit = j
                    break
            if hit:
                out.append((i, hit))
                i = hit
            else:
                i += 1
        return out
