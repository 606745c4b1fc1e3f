"""The JSON Schema of the document contract, shipped in the package, and span checks."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any


@cache
def document_schema() -> dict[str, Any]:
    """The contract's JSON Schema (draft 2020-12)."""
    return json.loads(files("veille.contract").joinpath("document.schema.json").read_text("utf-8"))


def validate_document(document: dict[str, Any], text: str | None = None) -> None:
    """Raise ``jsonschema.ValidationError`` if ``document`` breaks the schema, or ``ValueError`` if a
    span's ``text`` is not ``text[start:end]`` (checked when the input ``text`` is given)."""
    import jsonschema

    jsonschema.validate(document, document_schema(), cls=jsonschema.Draft202012Validator)
    if text is not None:
        for path, span in iter_spans(document):
            if text[span["start"]:span["end"]] != span["text"]:
                raise ValueError(f"{path}: text {span['text']!r} is not text[{span['start']}:{span['end']}]"
                                 f" = {text[span['start']:span['end']]!r}")


def iter_spans(value: Any, path: str = "$"):
    """Every object with start, end and text in a document, with its JSON path."""
    if isinstance(value, dict):
        if {"start", "end", "text"} <= value.keys() and isinstance(value["start"], int):
            yield path, value
        for key, item in value.items():
            yield from iter_spans(item, f"{path}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from iter_spans(item, f"{path}[{i}]")
