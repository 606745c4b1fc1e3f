"""``veille stories``: stories (one real story told by several articles, outlets and languages), or one
story with its articles side by side and the events they share."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import click

from veille.cli._render import View, emit
from veille.cli.query_cmds import _DATES, _DB, open_store
from veille.query.layouts import Field

STORY_FIELDS = (
    Field("from", lambda r: r.first_day), Field("to", lambda r: r.last_day),
    Field("articles", lambda r: r.articles), Field("events", lambda r: r.events),
    Field("languages", lambda r: r.languages), Field("outlets", lambda r: r.outlets),
    Field("story", lambda r: r.id), Field("title", lambda r: r.title),
)
STORIES = View(STORY_FIELDS, "title")


@click.command("stories")
@_DB
@_DATES
@click.option("--id", "story_id", metavar="STORY", help="one story: its articles side by side and the events "
              "they share")
@click.option("--article", "article_id", metavar="ID", help="the story of this article (any id it was stored under)")
@click.option("--min-articles", type=click.IntRange(min=1), default=1, show_default=True,
              help="stories told by at least N articles")
@click.option("--limit", type=click.IntRange(min=0), default=None, help="at most N stories (0: all)")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True, help="json prints one JSON list (one object with --id)")
def stories_command(db: str, since: str | None, until: str | None, story_id: str | None,
                    article_id: str | None, min_articles: int, limit: int | None, fmt: str) -> None:
    """Stories, latest first: the articles that tell one story across outlets and languages."""
    from veille.consolidate.dates import bound_range
    from veille.store.stories import list_stories, story_detail, story_of

    if story_id and article_id:
        raise click.UsageError("give --id or --article, not both")
    try:
        lo, hi = bound_range(since, until)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--since/--until") from None
    with open_store(db) as store:
        if article_id:
            story_id = story_of(store, article_id)
            if story_id is None:
                click.echo(f"error: no stored article with id {article_id}", err=True)
                raise click.exceptions.Exit(1)
        if story_id:
            detail = story_detail(store, story_id)
            if detail is None:
                click.echo(f"error: no story {story_id} in {db}", err=True)
                raise click.exceptions.Exit(1)
            _show(detail, fmt)
            return
        rows = list_stories(store, since=lo, until=hi, min_articles=min_articles, limit=limit or None)
    emit(rows, fmt, STORIES, STORY_FIELDS, title="stories")


def _report_of(doc_id: str) -> Callable[[Any], str]:
    """A column getter: the evidence of this article's report of a shared event."""
    return lambda event: event.reports.get(doc_id, "")


def _show(detail: Any, fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps(detail.to_dict(), ensure_ascii=False, indent=2))
        return
    if fmt == "csv":
        raise click.UsageError("--id shows one story: use --format table or json")
    s = detail.story
    click.echo(f"story {s.id}: {s.title or ''}")
    click.echo(f"  {s.first_day} to {s.last_day}; languages {', '.join(s.languages)}; "
               f"{s.articles} articles; {s.events} events")
    articles = (
        Field("published", lambda a: a.published), Field("id", lambda a: a.id),
        Field("lang", lambda a: a.language), Field("outlet", lambda a: a.outlet),
        Field("events", lambda a: len(a.events)), Field("title", lambda a: a.title))
    emit(detail.articles, "table", View(articles, "title"), articles, title="articles")
    columns = [Field("date", lambda e: e.day), Field("event", lambda e: e.event),
               Field("where", lambda e: e.place), Field("cluster", lambda e: e.cluster_id)]
    columns += [Field(a.id, _report_of(a.id)) for a in detail.articles]
    emit(detail.shared, "table", View(tuple(columns), None), columns, title="shared events",
         note=None if detail.shared else "(no event reported by two of its articles)")
