"""Scoring same-story clustering and cross-article event merging (``veille eval stories``).

The gold set (``stories.dev.jsonl``) gives each article its ``story`` and its events with an
``event_id`` shared across articles. All articles are analysed into one fresh store, then:

- *stories*: B-cubed precision, recall and F1 over the articles;
- *event merging*: each stored event report is matched to a gold event of the same article (same
  type, an actor code in common: either side for the symmetric AGREE, CONSULT and COOPERATE; a gold
  sentence overlapping the report's evidence breaks ties); over pairs of matched reports from two
  articles, a pair is predicted "same" when both are in one cluster, and correct when their gold
  event ids are equal;
- *end to end*: the share of gold cross-article links (two articles reporting one gold event) found
  and merged, i.e. some report of each side was matched and the two are in one cluster; each lost
  link is counted (and listed by ``--show``) as not extracted (a side has no matched report), not
  merged, or merged into a cluster holding another gold event (wrong event).
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from veille.eval.codes import CodeNormalizer
from veille.eval.gold import GoldDocument, GoldError, load_jsonl
from veille.eval.results import Figure, Issue, TaskResult, accuracy, f1, ratio
from veille.eval.runner import to_article

if TYPE_CHECKING:
    from veille.analyze.pipeline import Analyzer
    from veille.store.stories import EventReport

SYMMETRIC = frozenset({"AGREE", "CONSULT", "COOPERATE"})


@dataclass(frozen=True, slots=True)
class GoldStoryEvent:
    article: str
    event_id: str
    type: str
    actor: frozenset[str]
    recipient: frozenset[str]
    start: int  # the gold sentence in the text (-1 when not found)
    end: int


def load_story_gold(path: Path) -> tuple[list[GoldDocument], dict[str, str]]:
    """The gold documents and each one's story (the ``story`` field of every line)."""
    docs = load_jsonl(path)
    stories: dict[str, str] = {}
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    for doc, row in zip(docs, rows):
        story = row.get("story")
        if not isinstance(story, str) or not story:
            raise GoldError(f"{doc.origin}: a stories gold line needs a 'story'")
        stories[doc.id] = story
    return docs, stories


def gold_events(docs: Iterable[GoldDocument], codes: CodeNormalizer) -> list[GoldStoryEvent]:
    out = []
    for doc in docs:
        for row in doc.gold.get("events") or []:
            sentence = row.get("sentence") or ""
            at = doc.text.find(sentence) if sentence else -1
            out.append(GoldStoryEvent(
                doc.id, str(row["event_id"]), str(row["type"]).upper(), codes.gold_codes(row.get("actor") or []),
                codes.gold_codes(row.get("recipient") or []), at, at + len(sentence) if at >= 0 else -1))
    return out


def _codes_match(report: EventReport, gold: GoldStoryEvent, codes: CodeNormalizer) -> bool:
    actor = codes.gold_codes(report.actor)
    recipient = codes.gold_codes(report.recipient)
    if gold.type in SYMMETRIC:
        return bool((actor | recipient) & (gold.actor | gold.recipient))
    return bool(actor & gold.actor)


def match_reports(reports: Sequence[EventReport], golds: Sequence[GoldStoryEvent],
                  codes: CodeNormalizer) -> dict[str, GoldStoryEvent]:
    """Report uid -> the gold event of its article it reports (unmatched reports are left out)."""
    by_article: dict[str, list[GoldStoryEvent]] = {}
    for g in golds:
        by_article.setdefault(g.article, []).append(g)
    out = {}
    for r in reports:
        found = [g for g in by_article.get(r.article, []) if g.type == r.event and _codes_match(r, g, codes)]
        if not found:
            continue
        overlapping = [g for g in found if g.start >= 0 and g.start < r.end and r.start < g.end]
        out[r.uid] = (overlapping or found)[0]
    return out


def _lost_link(clusters_of: Mapping[tuple[str, str], set[str]], matched: Mapping[str, GoldStoryEvent],
               kept: Sequence[EventReport], x: tuple[str, str], y: tuple[str, str]) -> str:
    """Why a gold cross-article link was not found: a side has no matched report (extraction), the
    reports of both sides stand in clusters of their own (merging), or a side's report was merged into
    a cluster holding another gold event (a wrong merge)."""
    if not clusters_of.get(x) or not clusters_of.get(y):
        return "not_extracted"
    ours = clusters_of[x] | clusters_of[y]
    for report in kept:
        g = matched[report.uid]
        if report.cluster_id in ours and g.event_id != x[1]:
            return "wrong_event"
    return "not_merged"


def score_stories(stories_gold: Mapping[str, str], system_stories: Mapping[str, str],
                  reports: Sequence[EventReport], golds: Sequence[GoldStoryEvent], *,
                  gold_name: str = "", codes: CodeNormalizer | None = None) -> TaskResult:
    codes = codes or CodeNormalizer()
    result = TaskResult("stories", gold_name, len(stories_gold))
    articles = sorted(stories_gold)
    # -- B-cubed over articles
    p_sum = r_sum = 0.0
    for a in articles:
        own = system_stories.get(a, f"alone:{a}")
        in_sys = {b for b in articles if system_stories.get(b, f"alone:{b}") == own}
        in_gold = {b for b in articles if stories_gold[b] == stories_gold[a]}
        both = len(in_sys & in_gold)
        p_sum += both / len(in_sys)
        r_sum += both / len(in_gold)
    precision = ratio(p_sum, len(articles))
    recall = ratio(r_sum, len(articles))
    n_sys = len({system_stories.get(a, f"alone:{a}") for a in articles})
    n_gold = len(set(stories_gold.values()))
    result.figures += [
        Figure("stories.bcubed.precision", precision), Figure("stories.bcubed.recall", recall),
        Figure("stories.bcubed.f1", f1(precision, recall)),
        Figure("stories.found", float(n_sys), f"{n_sys} stories for {n_gold} gold", percent=False, gated=False),
    ]
    for a in articles:
        story = system_stories.get(a)
        for b in articles:
            if a < b and story is not None and system_stories.get(b) == story and stories_gold[a] != stories_gold[b]:
                result.issues.append(Issue("wrong", a, f"joined with {b} (gold stories {stories_gold[a]} "
                                                       f"and {stories_gold[b]})"))
    # -- pairwise event merging over matched reports of two articles
    matched = match_reports(reports, golds, codes)
    kept = [r for r in reports if r.uid in matched]
    predicted = correct = gold_same = 0
    for i, x in enumerate(kept):
        for y in kept[i + 1:]:
            if x.article == y.article:
                continue
            same_gold = matched[x.uid].event_id == matched[y.uid].event_id
            same_sys = x.cluster_id == y.cluster_id
            gold_same += same_gold
            predicted += same_sys
            correct += same_gold and same_sys
            if same_sys and not same_gold:
                ids = f"{matched[x.uid].event_id} != {matched[y.uid].event_id}"
                result.issues.append(Issue("fp", x.article, f"{x.event} merged with {y.article} ({ids})"))
    mp, mr = ratio(correct, predicted), ratio(correct, gold_same)
    result.figures += [
        Figure("merge.precision", mp, f"{correct}/{predicted}"),
        Figure("merge.recall", mr, f"{correct}/{gold_same}"),
        Figure("merge.f1", f1(mp, mr)),
    ]
    # -- end to end: gold cross-article links found and merged
    clusters_of: dict[tuple[str, str], set[str]] = {}
    for report in kept:
        g = matched[report.uid]
        clusters_of.setdefault((g.article, g.event_id), set()).add(report.cluster_id)
    gold_keys = sorted({(g.article, g.event_id) for g in golds})
    links = found = 0
    lost = {"not_extracted": 0, "not_merged": 0, "wrong_event": 0}
    for i, (a, e) in enumerate(gold_keys):
        for b, e2 in gold_keys[i + 1:]:
            if e != e2 or a == b:
                continue
            links += 1
            if clusters_of.get((a, e), set()) & clusters_of.get((b, e2), set()):
                found += 1
                continue
            why = _lost_link(clusters_of, matched, kept, (a, e), (b, e))
            lost[why] += 1
            result.issues.append(Issue("miss", a, f"link {e} with {b}: {why.replace('_', ' ')}"))
    n_matched_gold = len({(g.article, g.event_id, g.start) for g in matched.values()})
    result.figures += [
        accuracy("links.found_and_merged", found, links),
        *(Figure(f"links.lost.{why}", float(n), "lost gold links", percent=False, gated=False)
          for why, n in lost.items()),
        Figure("reports.gold_matched", float(n_matched_gold), f"of {len(golds)} gold reports",
               percent=False, gated=False),
    ]
    return result


def evaluate_stories(path: Path, analyzer: Analyzer | None = None, *, name: str | None = None) -> TaskResult:
    """Analyse every article of the gold set into one fresh store and score it."""
    from veille.store import Store
    from veille.store.stories import article_stories, event_reports

    docs, stories_gold = load_story_gold(path)
    if analyzer is None:
        from veille.analyze.pipeline import Analyzer

        analyzer = Analyzer()
    with tempfile.TemporaryDirectory(prefix="veille-eval-stories-") as tmp:
        with Store.open(Path(tmp) / "stories.db") as store:
            articles = [to_article(d) for d in docs]
            for article, document in zip(articles, analyzer.analyze_many(articles)):
                store.save(document, article)
            system = article_stories(store)
            reports = event_reports(store)
    codes = CodeNormalizer()
    return score_stories(stories_gold, system, reports, gold_events(docs, codes),
                         gold_name=name or str(path), codes=codes)
