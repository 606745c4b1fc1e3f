"""Fixtures of the watch tests: a real news site on 127.0.0.1 and a configuration file for it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from newsite import NewsSite  # noqa: E402


@pytest.fixture
def site():
    s = NewsSite(feeds=2, items=3).start()
    yield s
    s.stop()


def write_config(path: Path, **watch: object) -> Path:
    """A TOML config with fast settings for a local server; keyword arguments override them."""
    values: dict[str, object] = {"contact": "tests@veille.invalid", "min_delay": "0s", "connect_timeout": "2s",
                                 "read_timeout": "1s", "total_timeout": "5s", "retries": 1, "backoff": "0.1s",
                                 "max_bytes": 500_000, "max_retry_after": "2s", "batch_size": 4}
    values.update(watch)
    lines = ["[watch]"]
    for key, value in values.items():
        if isinstance(value, bool):
            lines.append(f"{key} = {'true' if value else 'false'}")
        elif isinstance(value, (int, float)):
            lines.append(f"{key} = {value}")
        elif isinstance(value, list):
            lines.append(f"{key} = [{', '.join(repr(v).replace(chr(39), chr(34)) for v in value)}]")
        else:
            lines.append(f'{key} = "{value}"')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
