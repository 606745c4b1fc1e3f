"""Derive the English attribution-cue table from the PolNeAR train split (re-runnable).

    .venv/bin/python scripts/derive_quote_cues.py ../shared/eval/polnear.train.jsonl \
        > src/veille/data/lang/en/quotes/cues.tsv

For every gold attribution the cue's head word (a verb or a noun of the cue span, with spaCy's lemma and
part of speech from the language's pipeline) is counted; so is every occurrence of that lemma with that
part of speech in the same texts. A lemma is kept when it is a cue at least ``--min-count`` times and
in at least ``--min-share`` of its occurrences: a word that mostly introduces someone's words, beliefs
or findings. Multi-word cues without a verb or noun ("according to") are not derived here: they are
listed by hand in speech.yaml. Only lemmas and counts are written, never text from the corpus.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import spacy

from veille import languages

_HEAD_POS = ("VERB", "NOUN")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("train", type=Path, help="polnear.train.jsonl")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--min-share", type=float, default=0.2)
    args = parser.parse_args(argv)

    spec = languages.get(args.lang)
    nlp = spacy.load(spec.spacy, disable=["ner"])
    # "according to" is tagged as a verb: phrases listed by hand are not derived again
    phrases = tuple(p.lower() for p in spec.yaml("quotes", "speech.yaml").get("according") or [])
    rows = [json.loads(line) for line in args.train.read_text(encoding="utf-8").splitlines() if line.strip()]
    as_cue: Counter[tuple[str, str]] = Counter()
    seen: Counter[tuple[str, str]] = Counter()
    texts = [row["text"] for row in rows]
    for row, doc in zip(rows, nlp.pipe(texts, batch_size=16)):
        for tok in doc:
            if tok.pos_ in _HEAD_POS:
                seen[(tok.lemma_.lower(), tok.pos_)] += 1
        for quote in row["gold"]["quotes"]:
            if quote.get("cue_start") is None or str(quote.get("cue") or "").lower().startswith(phrases):
                continue
            span = doc.char_span(quote["cue_start"], quote["cue_end"], alignment_mode="expand")
            if span is None:
                continue
            heads = [t for t in span if t.pos_ == "VERB"] or [t for t in span if t.pos_ == "NOUN"]
            if heads:
                head = heads[-1] if heads[-1].pos_ == "VERB" else heads[0]
                as_cue[(head.lemma_.lower(), head.pos_)] += 1
    out = sys.stdout
    out.write(f"# derived by scripts/derive_quote_cues.py from {args.train.name} "
              f"(min count {args.min_count}, min share {args.min_share}); do not edit by hand\n")
    out.write("# lemma\tpos\tas_cue\toccurrences\tshare\n")
    for (lemma, pos), count in sorted(as_cue.items(), key=lambda kv: (-kv[1], kv[0])):
        share = count / max(seen[(lemma, pos)], count)
        if count >= args.min_count and share >= args.min_share and lemma.isalpha():
            out.write(f"{lemma}\t{pos}\t{count}\t{seen[(lemma, pos)]}\t{share:.2f}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
