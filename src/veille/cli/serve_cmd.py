"""`veille serve`: the web app and JSON API over a database (uvicorn), a thin layer over veille.serve."""

from __future__ import annotations

import click

from veille.store.location import ENV_VAR, default_location


@click.command("serve")
@click.option("--db", default=default_location, show_default=f"${ENV_VAR} or veille.db", metavar="FILE|URL",
              help="the veille database: a SQLite file or postgresql://user@host/dbname")
@click.option("--host", default="127.0.0.1", show_default=True, help="address to bind (loopback unless told)")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--token", default=None, help="ask every page and read endpoint for this token")
@click.option("--allow-write", is_flag=True, help="enable POST /api/v1/articles (needs a write token)")
@click.option("--allow-private", is_flag=True,
              help="let POST /api/v1/articles fetch URLs on loopback and private addresses (tests, intranets)")
@click.option("--config", "config_file", metavar="FILE",
              help="TOML file whose [serve] table may set token, write_token, max_body")
def serve_command(db: str, host: str, port: int, token: str | None, allow_write: bool, allow_private: bool,
                  config_file: str | None) -> None:
    """Serve the web pages and the JSON API (/api/v1/) of a veille database."""
    import sqlite3

    import uvicorn

    from veille.errors import StoreError
    from veille.serve import ConfigError, create_app, load
    from veille.store import SchemaTooNew, Store, StoreNotFound
    from veille.store._pg import database_errors

    unreadable: tuple[type[BaseException], ...] = (sqlite3.DatabaseError, SchemaTooNew, *database_errors())
    try:
        config = load(db, config_file=config_file, token=token, allow_write=allow_write,
                      allow_private=allow_private)
        Store.open(db, create=False).close()
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from None
    except StoreNotFound:
        raise click.UsageError(f"no veille database at {db} (run `veille analyze` first)") from None
    except unreadable as exc:
        raise click.UsageError(f"cannot open {db}: {exc}") from None
    except StoreError as exc:  # a PostgreSQL server that cannot be reached, a URL scheme veille refuses
        raise click.UsageError(str(exc)) from None
    click.echo(f"veille: serving {db} on http://{host}:{port}/"
               + (" (writes enabled)" if allow_write else ""), err=True)
    uvicorn.run(create_app(config), host=host, port=port, log_level="warning",
                h11_max_incomplete_event_size=64 * 1024)
