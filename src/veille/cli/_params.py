"""Click parameter callbacks shared by several commands."""

from __future__ import annotations

import click


def language_code(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A language code of the registry (the packaged languages and those of VEILLE_LANG_PATH)."""
    from veille import languages

    if value is not None and value not in languages.registry():
        raise click.BadParameter(f"{value!r}: no such language (known: {', '.join(languages.registry())})")
    return value
