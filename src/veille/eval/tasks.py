"""The evaluation tasks: which gold loader and which scorer each uses, and where the shared sets are."""

from __future__ import annotations

import hashlib
from pathlib import Path

from veille.eval.codes import CodeNormalizer
from veille.eval.events import score_events
from veille.eval.gold import GoldDocument, GoldError, Pairs, load_any, seed_gold_files, sha256_file
from veille.eval.plover import score_plover
from veille.eval.quotes import score_quote_spans
from veille.eval.realnews import score_real_news
from veille.eval.results import TaskResult
from veille.eval.seed import score_actors, score_places, score_quotes, score_times
from veille.eval.timex import score_timex
from veille.eval.toponyms import score_toponyms

TASKS = ("events", "plover", "real-news", "timex", "places", "quotes", "stories")
# tasks scored on every extracted event: the scorer applies the confidence thresholds itself
ALL_EVENTS_TASKS = frozenset({"real-news"})
# the (task, set) pairs of `veille eval all SHARED_DIR`, each set relative to SHARED_DIR
SHARED_SETS: tuple[tuple[str, str], ...] = (
    ("events", "gold"),
    ("plover", "eval/plover-gsr.dev.jsonl"),
    ("real-news", "eval/real-news.dev.jsonl"),
    ("timex", "eval/fr-timebank.dev.jsonl"),
    ("timex", "eval/tbaq.dev.jsonl"),
    ("places", "eval/gwn.dev.jsonl"),
    ("places", "eval/trnews.dev.jsonl"),
    ("stories", "eval/stories.dev.jsonl"),
)


def _is_seed(doc: GoldDocument) -> bool:
    return "document" in doc.gold


def score(task: str, pairs: Pairs, *, gold_name: str = "") -> TaskResult:
    """Score predictions (contract document dicts) paired with their gold documents."""
    if task == "events":
        result = score_events(pairs, gold_name=gold_name, codes=CodeNormalizer())
        seed = [pair for pair in pairs if _is_seed(pair[0])]
        if seed:
            for part in (score_actors, score_quotes, score_times, score_places):
                figures, issues = part(seed)
                result.figures += figures
                result.issues += issues
        return result
    if task == "plover":
        return score_plover(pairs, gold_name=gold_name)
    if task == "real-news":
        from veille.analyze.events import load_ontology

        return score_real_news(pairs, gold_name=gold_name, default_threshold=load_ontology().min_confidence)
    if task == "timex":
        return score_timex(pairs, gold_name=gold_name)
    if task == "places":
        return score_toponyms(pairs, gold_name=gold_name)
    if task == "quotes":
        return score_quote_spans(pairs, gold_name=gold_name)
    raise ValueError(f"unknown task {task!r} (known: {', '.join(TASKS)})")


def load_gold(task: str, path: Path) -> list[GoldDocument]:
    docs = load_any(path)
    if task != "events" and any(_is_seed(d) for d in docs):
        raise GoldError(f"{path}: a *.gold.json file is scored by the 'events' task, not {task!r}")
    return docs


def set_digest(path: Path) -> str:
    """sha256 of a gold set: the file itself, or for a seed folder its gold files and their texts."""
    if path.is_file() and path.suffix == ".jsonl":
        return sha256_file(path)
    digest = hashlib.sha256()
    for doc_file in seed_gold_files(path):
        digest.update(doc_file.name.encode() + b"\0" + sha256_file(doc_file).encode() + b"\n")
    for doc in load_any(path):
        text_hash = hashlib.sha256(doc.text.encode()).hexdigest()
        digest.update(doc.id.encode() + b"\0" + text_hash.encode() + b"\n")
    return digest.hexdigest()
