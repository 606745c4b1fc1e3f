"""CPU seconds of the quotes stage alone on the bench texts: the texts go through the stages before it once,
then the stage is timed alone (least of ``--rounds``). Run from the repository root.

    .venv/bin/python benchmarks/bench_quotes_stage.py --lang en --articles 80
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from veille.analyze.pipeline import load_pipeline
from veille.benchmark import bench_texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="en")
    parser.add_argument("--articles", type=int, default=80)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    texts = list(dict.fromkeys(bench_texts(args.lang, [Path("examples"), Path("../shared")], args.articles)))
    texts = texts[: args.articles]
    nlp = load_pipeline(args.lang)
    after = nlp.pipe_names[nlp.pipe_names.index("veille_quotes"):]
    start = time.process_time()
    docs = list(nlp.pipe(texts, disable=after))
    before = time.process_time() - start
    stage = nlp.get_pipe("veille_quotes")
    stage(docs[0])  # the lexicon and models are read on the first document
    best = float("inf")
    found = 0
    for _ in range(args.rounds):
        start = time.process_time()
        found = sum(len(stage(doc)._.veille_quotes) for doc in docs)
        best = min(best, time.process_time() - start)
    print(f"{args.lang}: {len(docs)} texts, {sum(len(d) for d in docs)} tokens; stages before quotes "
          f"{before:.2f} s CPU; quotes {best:.3f} s CPU (least of {args.rounds}), {found} quotes, "
          f"{1000 * best / len(docs):.2f} ms per article")


if __name__ == "__main__":
    main()
