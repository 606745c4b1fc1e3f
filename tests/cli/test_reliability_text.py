"""Text that real inputs carry, through the real CLI: short feed items in a declared language, escaped
entities in feed summaries, hard-wrapped CRLF lines (issue 13, point 7)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parents[2]

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Wire</title><language>en-us</language>
<item><guid>wire-1</guid><title>NATO meets</title>
<description><![CDATA[Ministers &amp; diplomats met in Brussels on Thursday.]]></description>
<pubDate>Thu, 17 Oct 2024 10:00:00 GMT</pubDate></item>
<item><guid>wire-2</guid><title>Talks</title><description>Biden meets Xi in Lima</description>
<pubDate>Sat, 16 Nov 2024 10:00:00 GMT</pubDate></item>
</channel></rss>"""


def _analyze(*args: str, cwd: Path, stderr: list[str] | None = None) -> list[dict]:
    run = subprocess.run([sys.executable, "-m", "veille", "analyze", *args, "--no-store", "--format", "jsonl"],
                         capture_output=True, cwd=cwd, timeout=600)
    assert "Traceback" not in run.stderr.decode(), run.stderr.decode()
    if stderr is not None:
        stderr.append(run.stderr.decode())
    return [json.loads(line) for line in run.stdout.decode().strip().split("\n")]


def test_feed_language_entities_and_hard_wrapped_lines(tmp_path):
    (tmp_path / "feed.rss").write_text(FEED, encoding="utf-8")
    # a sentence cut by a hard wrap (CRLF): one sentence, so its actors are found
    (tmp_path / "wrap-en.txt").write_bytes(
        b"Japan and South Korea\r\nsigned a defence agreement in Tokyo on Monday.\r\n")
    (tmp_path / "wrap-fr.txt").write_bytes(
        "Le Japon et la Corée du Sud\r\nont signé lundi à Tokyo un accord de défense.\r\n".encode())
    docs = {d["id"]: d for d in _analyze(".", "--published", "2024-10-17", cwd=tmp_path)}
    # short items: the feed's declared language, not "unsupported"
    assert docs["wire-1"]["language"] == docs["wire-2"]["language"] == "en"
    assert docs["wire-1"]["status"] == docs["wire-2"]["status"] == "ok"
    for name, lang in (("wrap-en.txt", "en"), ("wrap-fr.txt", "fr")):
        doc = docs[f"file:{name}"]
        assert doc["language"] == lang
        agree = [e for e in doc["events"] if e["event"] == "AGREE"]
        assert agree, doc["events"]
        # both parties of the deal, read across the wrapped line (French codes the first party as the actor
        # and the others as recipients: ``subject: parties`` in docs/events.md)
        assert {a["code"] for a in agree[0]["actor"] + agree[0]["recipient"]} == {"JPN", "KOR"}


def test_feed_summary_entities_are_unescaped(tmp_path):
    from veille.ingest import read_inputs

    (tmp_path / "feed.rss").write_text(FEED, encoding="utf-8")
    first = next(iter(read_inputs([str(tmp_path / "feed.rss")])))
    assert first.text == "NATO meets\nMinisters & diplomats met in Brussels on Thursday."
    assert first.language == "en"


def test_lang_option_for_short_records(tmp_path):
    (tmp_path / "r.jsonl").write_text(json.dumps({"id": "x", "text": "Biden meets Xi in Lima"}) + "\n",
                                      encoding="utf-8")
    err: list[str] = []
    [doc] = _analyze("r.jsonl", "--lang", "en", "-v", cwd=tmp_path, stderr=err)  # -v after the command
    assert doc["language"] == "en" and doc["status"] == "ok"
    assert any("INFO" in line and "r.jsonl:1" in line for line in err[0].splitlines()), err[0]


def test_hard_wrap_becomes_a_space_and_offsets_stay_exact():
    from veille.analyze.normalize import normalize

    text = "Le président a critiqué\r\nl'accord lundi.\nLa France\nSigne.\n\nfin"
    n = normalize(text)
    assert "critiqué l'accord" in n.text  # the wrap (CRLF) is one space
    assert "lundi.\nLa France\nSigne" in n.text  # a sentence end, a capital, a blank line: kept
    assert n.title_end is None  # a first line that goes on in lower case is no headline
    i = n.text.index("critiqué l'accord")
    s, e = n.map.span(i, i + len("critiqué l'accord"))
    assert text[s:e] == "critiqué\r\nl'accord"
