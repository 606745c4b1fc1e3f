"""`veille eval`: score veille against gold data, and keep the pinned floors."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import click

TASK_CHOICES = ("events", "plover", "real-news", "timex", "places", "quotes", "stories", "all")


@click.command("eval")
@click.argument("task", type=click.Choice(TASK_CHOICES))
@click.argument("gold", type=click.Path(exists=True, path_type=Path))
@click.option("--show", is_flag=True,
              help="List every miss, false positive and wrong attribute with its sentence.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "markdown"]), default="table",
              show_default=True, help="markdown: the tables of the README's 'Measuring accuracy' section.")
@click.option("--predictions", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Score these analysed documents (veille analyze --format jsonl) instead of running veille; "
                   "paired with the gold by id.")
@click.option("--raise-floors", "floors_file", type=click.Path(dir_okay=False, path_type=Path),
              help="With 'all': raise the floors in this file (e.g. tests/eval_floors.json) to the figures "
                   "measured now; never lowers one.")
@click.option("--repin", "reason", metavar="REASON",
              help="With --raise-floors: pin every measured set to the figures measured now, lower ones "
                   "included, and record REASON in the file's _changes.")
def eval_command(task: str, gold: Path, show: bool, fmt: str, predictions: Path | None,
                 floors_file: Path | None, reason: str | None) -> None:
    """Score TASK on the gold set GOLD.

    \b
    events  a *.gold.json file or a folder of them (also scores their actors, quotes,
            times and places), or an own JSONL set with gold.events
    plover  PLOVER GSR sentences (plover-gsr.dev.jsonl)
    timex   TimeML-derived JSONL (fr-timebank, tbaq), TempEval-3 figures
    places  toponym JSONL (gwn, trnews)
    real-news  whole French and English articles (real-news.dev.jsonl): P/R/F1
            at the default confidence threshold, per language, and at other thresholds
    quotes  own JSONL set with gold.quotes [{start, end, text, direct, speaker}],
            or PolNeAR attributions (polnear.dev.jsonl): all/direct/mixed/indirect
            rows, speaker right, exact content boundaries
    stories articles with their story and gold.events [{event_id, ...}] (stories.dev.jsonl):
            all saved into one fresh store; story B-cubed and event-merge figures
    all     GOLD is the shared folder: events on gold/, plover, real-news, timex,
            places sets, quotes (PolNeAR), stories on eval/
    """
    from veille.errors import VeilleError
    from veille.eval import evaluate, evaluate_shared, report
    from veille.eval import floors as floors_mod

    if floors_file is not None and task != "all":
        raise click.UsageError("--raise-floors goes with 'veille eval all SHARED_DIR'")
    if reason is not None and (floors_file is None or not reason.strip()):
        raise click.UsageError("--repin needs --raise-floors FILE and a non-empty reason")
    try:
        if task == "all":
            if predictions is not None:
                raise click.UsageError("--predictions scores one task; use it with a single gold set")
            if not gold.is_dir():
                raise click.BadParameter("expected the shared folder (with gold/ and eval/)",
                                         param_hint="GOLD")
            evaluations = evaluate_shared(gold, progress=_progress)
            if not evaluations:
                raise click.ClickException(f"{gold}: no shared set found (gold/, eval/*.jsonl)")
        else:
            evaluations = [evaluate(task, gold, predictions=predictions)]
    except VeilleError as exc:  # a gold file that cannot be read, a missing spaCy model
        raise click.ClickException(str(exc)) from exc
    if fmt == "json":
        click.echo(report.as_json(evaluations, show=show))
    elif fmt == "markdown":
        click.echo(report.markdown(evaluations))
    else:
        click.echo(report.table(evaluations, show=show), nl=False)
    if floors_file is not None:
        old = json.loads(floors_file.read_text(encoding="utf-8")) if floors_file.exists() else {}
        measured = json.loads(report.as_json(evaluations))
        if reason is not None:
            when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
            new = floors_mod.repinned(old, measured, reason.strip(), when)
        else:
            new = floors_mod.raised(old, measured)
        floors_file.write_text(json.dumps(new, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        click.echo(f"floors written to {floors_file}", err=True)


def _progress(what: str) -> None:
    click.echo(f"veille eval: {what} ...", err=True)
