"""Peak memory and time of the analysis of one long article (default 1 MB), run from the repository root.

    .venv/bin/python benchmarks/bench_long_article.py            # 1,000,000 characters of French
    .venv/bin/python benchmarks/bench_long_article.py --chars 2000000 --lang en

The article is made of the example articles' paragraphs, repeated up to the size asked, one blank line
between paragraphs. It goes through the library's Analyzer as `veille analyze` runs it: cut in chunks on
paragraph boundaries (data/limits/limits.yaml `chunk_chars`), joined back for veille's components.
Target: peak RSS < 1500 MB (issue 13).
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

from veille.analyze.pipeline import Analyzer
from veille.ingest.article import Article

ROOT = Path(__file__).resolve().parents[1]


def long_text(lang: str, chars: int) -> str:
    paragraphs = []
    for path in sorted((ROOT / "examples").glob(f"*.{lang}.txt")):
        paragraphs += [p for p in path.read_text(encoding="utf-8").split("\n") if p.strip()]
    out: list[str] = []
    size = 0
    while size < chars:
        out.append(paragraphs[len(out) % len(paragraphs)])
        size += len(out[-1]) + 2
    return "\n\n".join(out)[:chars]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--chars", type=int, default=1_000_000)
    parser.add_argument("--lang", default="fr", choices=["fr", "en"])
    args = parser.parse_args()
    text = long_text(args.lang, args.chars)
    analyzer = Analyzer()
    analyzer.analyze(Article(text="Texte court. Short text.", language=args.lang))  # load the pipeline
    loaded = peak_rss_mb()
    start = time.perf_counter()
    document = analyzer.analyze(Article(text=text, id="long", published="2024-10-17", language=args.lang))
    seconds = time.perf_counter() - start
    print(f"article          : {len(text):,} characters ({len(text.encode('utf-8')):,} bytes), {args.lang}")
    print(f"chunks           : {analyzer.chunk_chars:,} characters at most, on paragraph boundaries")
    print(f"analysis         : {seconds:.1f} s, {len(document.events)} events, {len(document.actors)} actors, "
          f"status {document.status}")
    print(f"peak RSS, loaded : {loaded:.0f} MB (pipeline only)")
    print(f"peak RSS         : {peak_rss_mb():.0f} MB (target < 1500 MB)")


if __name__ == "__main__":
    main()
