"""Throughput of the full analysis against bare spaCy ``nlp.pipe`` on the same texts, in one run."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from veille.ingest.article import Article


@dataclass(slots=True)
class BenchResult:
    language: str
    articles: int
    tokens: int
    bare_seconds: float
    full_seconds: float
    bare_articles_per_s: float
    bare_tokens_per_s: float
    full_articles_per_s: float
    full_tokens_per_s: float
    ratio: float  # full throughput / bare throughput
    peak_rss_mb: float
    # the least CPU time of this process over the rounds (a minimum taken apart from the wall-clock one, so
    # maybe of another round), which other jobs on the machine move less
    bare_cpu_seconds: float = 0.0
    full_cpu_seconds: float = 0.0

    @property
    def cpu_ratio(self) -> float:
        """Bare spaCy's CPU time over the full analysis's, on the same texts (0 when not measured)."""
        return self.bare_cpu_seconds / self.full_cpu_seconds if self.full_cpu_seconds else 0.0

    def to_dict(self) -> dict:
        return {**asdict(self), "cpu_ratio": self.cpu_ratio}


def bench_texts(language: str, roots: list[Path], articles: int) -> list[str]:
    """Texts of ``language`` from the given folders/JSONL files, cycled up to ``articles`` texts."""
    texts: list[str] = []
    for root in roots:
        files = sorted(root.rglob("*")) if root.is_dir() else [root]
        for file in files:
            if file.suffix == ".jsonl":
                for line in file.read_text(encoding="utf-8").splitlines():
                    record = json.loads(line)
                    if record.get("language") == language and record.get("text", "").strip():
                        texts.append(record["text"])
            elif file.suffix in {".txt", ".md"} and f".{language}." in file.name:
                texts.append(file.read_text(encoding="utf-8"))
    if not texts:
        raise ValueError(f"no {language} texts found under {', '.join(map(str, roots))}")
    return [texts[i % len(texts)] for i in range(max(articles, len(texts)))]


def run_bench(texts: list[str], language: str, batch_size: int = 16, rounds: int = 2,
              on_round: Callable[[str, float], None] | None = None) -> BenchResult:
    """Best of ``rounds`` timings of bare spaCy and of the full analysis, alternating."""
    from veille.analyze.pipeline import Analyzer

    analyzer = Analyzer(batch_size=batch_size)
    nlp = analyzer.nlp(language)
    ours = [name for name in nlp.pipe_names if name.startswith("veille_")]
    # published date given so that every stage does its full work
    articles = [Article(text=t, id=str(i), published="2024-10-17") for i, t in enumerate(texts)]
    warm = articles[: min(len(articles), batch_size)]
    list(analyzer.analyze_many(warm))
    tokens = 0
    best_bare = best_full = cpu_bare = cpu_full = float("inf")
    for _ in range(rounds):
        with nlp.select_pipes(disable=ours):
            start, cpu = time.perf_counter(), time.process_time()
            tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size))
            best_bare = min(best_bare, time.perf_counter() - start)
            cpu_bare = min(cpu_bare, time.process_time() - cpu)
        if on_round:
            on_round("bare", best_bare)
        start, cpu = time.perf_counter(), time.process_time()
        for _doc in analyzer.analyze_many(articles):
            pass
        best_full = min(best_full, time.perf_counter() - start)
        cpu_full = min(cpu_full, time.process_time() - cpu)
        if on_round:
            on_round("full", best_full)
    n = len(texts)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return BenchResult(language, n, tokens, best_bare, best_full, n / best_bare, tokens / best_bare,
                       n / best_full, tokens / best_full, best_bare / best_full, peak, cpu_bare, cpu_full)


@dataclass(slots=True)
class StartupResult:
    language: str
    model_load_seconds: float  # a fresh interpreter: import spaCy, load the language's pipeline
    cold_start_seconds: float  # a fresh `veille analyze` of one short article, to its document

    @property
    def overhead_seconds(self) -> float:
        return self.cold_start_seconds - self.model_load_seconds

    def to_dict(self) -> dict:
        return {**asdict(self), "overhead_seconds": self.overhead_seconds}


def run_startup(language: str, rounds: int = 1) -> StartupResult:
    """Best of ``rounds`` fresh processes: bare model load, then the CLI's cold start to first document."""
    from veille import languages

    spec = languages.get(language)
    model = spec.spacy
    blank = model.startswith("blank:")
    load = [sys.executable, "-c",
            f"import spacy; spacy.blank({model[6:]!r})" if blank else f"import spacy; spacy.load({model!r})"]
    text = spec.sample or f"{spec.name}."  # the sample sentence of language.yaml
    best_load = best_cold = float("inf")
    with tempfile.TemporaryDirectory() as tmp:
        article = Path(tmp) / f"short.{language}.txt"
        article.write_text(text, encoding="utf-8")
        analyze = [sys.executable, "-m", "veille", "analyze", str(article), "--no-store",
                   "--format", "jsonl", "--lang", language, "--published", "2024-10-17"]
        for _ in range(rounds):
            best_load = min(best_load, _timed(load))
            best_cold = min(best_cold, _timed(analyze))
    return StartupResult(language, best_load, best_cold)


def _timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start
