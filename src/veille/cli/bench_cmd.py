"""`veille bench`: full analysis against bare spaCy on the same texts."""

from __future__ import annotations

import json
from pathlib import Path

import click

from veille.cli._params import language_code

# real news in both languages when ../shared is beside the checkout: the examples alone are three short English
# texts, which time the stages' fixed cost per document more than an article's analysis
_DEFAULT_ROOTS = ("examples", "../shared/corpus", "../shared/eval/fr-timebank.dev.jsonl",
                  "../shared/eval/tbaq.dev.jsonl")


@click.command("bench")
@click.option("--lang", default="fr", show_default=True, callback=language_code, metavar="CODE",
              help="A code of the language registry (docs/languages.md); its language.yaml gives the sample "
                   "sentence of the cold start.")
@click.option("--articles", default=200, show_default=True, help="Number of articles (texts are cycled).")
@click.option("--source", "sources", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="Folders or JSONL files to take texts from (default: examples/ and ../shared's corpus, "
                   "FR-TimeBank and TBAQ dev news).")
@click.option("--batch-size", default=16, show_default=True)
@click.option("--rounds", default=2, show_default=True, help="Timed rounds; the best is kept.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@click.option("--startup/--no-startup", default=True, show_default=True,
              help="Also time a cold start (fresh `veille analyze` of one short article) against a bare "
                   "model load.")
def bench_command(lang: str, articles: int, sources: tuple[Path, ...], batch_size: int, rounds: int,
                  as_json: bool, startup: bool) -> None:
    """Print articles/s and tokens/s of the full analysis and of bare spaCy, their ratio and peak RSS."""
    from veille.benchmark import bench_texts, run_bench, run_startup

    roots = list(sources) or [Path(p) for p in _DEFAULT_ROOTS if Path(p).exists()]
    texts = bench_texts(lang, roots, articles)
    start = run_startup(lang) if startup else None
    result = run_bench(texts, lang, batch_size, rounds)
    if as_json:
        click.echo(json.dumps({**result.to_dict(), "startup": start.to_dict() if start else None}))
        return
    if start is not None:
        click.echo(f"bare model load     : {start.model_load_seconds:8.1f} s (fresh process)")
        click.echo(f"cold start          : {start.cold_start_seconds:8.1f} s to the first document "
                   f"(+{start.overhead_seconds:.1f} s; target <= +2.0 s)")
    click.echo(f"language {result.language}: {result.articles} articles, {result.tokens} tokens")
    click.echo(f"bare spaCy nlp.pipe : {result.bare_articles_per_s:8.1f} articles/s "
               f"{result.bare_tokens_per_s:9.0f} tokens/s")
    click.echo(f"full veille analysis: {result.full_articles_per_s:8.1f} articles/s "
               f"{result.full_tokens_per_s:9.0f} tokens/s")
    click.echo(f"ratio full/bare     : {result.ratio:.2f} (target >= 0.70)")
    per_article = 1000 / result.articles
    click.echo(f"ratio of CPU time   : {result.cpu_ratio:.2f} (bare {per_article * result.bare_cpu_seconds:.1f}, "
               f"full {per_article * result.full_cpu_seconds:.1f} ms per article; other jobs move it less)")
    click.echo(f"peak RSS            : {result.peak_rss_mb:.0f} MB (target < 1500 MB)")
