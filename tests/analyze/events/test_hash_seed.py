"""The events of a text do not depend on the interpreter's hash seed (sets of codes iterate in a seed's order):
``--jobs N`` workers, Dask workers and reruns start with seeds of their own and must write the same rows.

The text ties two pairs of sides for "both sides" (Thailand-Indonesia and Cambodia-Indonesia, each set against
each other once): the tie goes to the pair the text names first, in every process."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.model

TEXT = ("Thailand and Cambodia agreed on Tuesday to allow Indonesian monitors along their border. "
        "Indonesia's foreign minister praised both sides for their restraint.")

SCRIPT = """
import json, sys
from veille import Analyzer, Article
doc = Analyzer().analyze(Article(text=sys.argv[1], language="en", published="2011-02-22"))
print(json.dumps([(e.event, [r.code for r in e.actor], [r.code for r in e.recipient]) for e in doc.events]))
"""


def _events(seed: str) -> list:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    out = subprocess.run([sys.executable, "-c", SCRIPT, TEXT], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_both_sides_do_not_depend_on_the_hash_seed():
    runs = [_events(seed) for seed in ("1", "4", "7")]
    assert runs[0] == runs[1] == runs[2]
    praised = [e for e in runs[0] if e[0] == "SUPPORT"]
    assert praised and praised[0][1] == ["IDN"] and praised[0][2] == ["THA"]
