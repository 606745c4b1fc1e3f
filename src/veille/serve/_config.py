"""How ``veille serve`` runs: the database, who may read, whether and who may write."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from veille.errors import VeilleError

WRITE_TOKEN_ENV = "VEILLE_WRITE_TOKEN"
MAX_BODY = 2_000_000  # bytes of a request body (an article in JSON)


class ConfigError(VeilleError):
    """A serve configuration that cannot be used (names the file or option)."""


@dataclass(frozen=True, slots=True)
class ServeConfig:
    db: str
    token: str | None = None  # when set, every page and read endpoint asks for it
    allow_write: bool = False  # POST /api/v1/articles
    write_token: str | None = None  # what POST /api/v1/articles asks for (config file or environment)
    allow_private: bool = False  # POST {"url": ...} may fetch private addresses (as `veille watch --allow-private`)
    max_body: int = MAX_BODY
    page_max: int = 500  # rows of one JSON page
    download_max: int = 1_000_000  # rows of one download (csv, parquet, plover-jsonl)


def load(db: str, *, config_file: str | None = None, token: str | None = None,
         allow_write: bool = False, max_body: int = MAX_BODY, allow_private: bool = False) -> ServeConfig:
    """The configuration from the options, the ``[serve]`` table of a TOML file and the environment.

    The write token comes from the file's ``write_token`` or ``$VEILLE_WRITE_TOKEN``; ``--allow-write``
    without one is refused (a write endpoint open to anyone is never the default).
    """
    section: dict = {}
    if config_file:
        try:
            section = tomllib.loads(Path(config_file).read_text(encoding="utf-8")).get("serve", {})
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"{config_file}: cannot read: {exc}") from None
        if not isinstance(section, dict):
            raise ConfigError(f"{config_file}: [serve] must be a table")
    write_token = section.get("write_token") or os.environ.get(WRITE_TOKEN_ENV) or None
    if allow_write and not write_token:
        raise ConfigError(f"--allow-write needs a write token: write_token in the [serve] table of --config,"
                          f" or ${WRITE_TOKEN_ENV}")
    return ServeConfig(db=db, token=token or section.get("token") or None, allow_write=allow_write,
                       write_token=write_token, max_body=int(section.get("max_body", max_body)),
                       allow_private=allow_private)
