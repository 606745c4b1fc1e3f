#!/usr/bin/env python3
"""Print the size of the events stage's trigger lexicons, per language and PLOVER type.

Hand lexicons (``data/lang/<code>/events/lexicon.yaml``): senses of verbs, adjectives and nouns; imported
patterns (``petrarch_verbs.tsv``): rows with a noun, preposition or subject condition, and verbs alone.
"""

from __future__ import annotations

from collections import Counter

from veille import languages
from veille.analyze.events import load_lexicon
from veille.analyze.events._patterns import FILE


def main() -> int:
    for code in sorted(languages.registry()):
        lex = load_lexicon(code)
        hand: Counter[str] = Counter()
        for table in (lex.verbs, lex.adjectives, lex.nouns, lex.phrases):
            for senses in table.values():
                for sense in senses:
                    hand[sense.event] += 1
        spec = languages.get(code)
        patterns: Counter[str] = Counter()
        alone: Counter[str] = Counter()
        if spec.has(*FILE):
            for row in spec.tsv(*FILE):
                row = row + [""] * (10 - len(row))
                (patterns if (row[1] or row[2] or row[3]) else alone)[row[6]] += 1
        print(f"{code}: hand senses {sum(hand.values())} (verbs {len(lex.verbs)}, "
              f"nouns {len(lex.nouns) + len(lex.phrases)}, adjectives {len(lex.adjectives)}); "
              f"imported patterns {sum(patterns.values())}, verbs alone {sum(alone.values())}")
        for event in sorted(set(hand) | set(patterns)):
            print(f"  {event:<10} hand {hand[event]:>4}  imported patterns {patterns[event]:>5}  "
                  f"verbs alone {alone[event]:>4}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
