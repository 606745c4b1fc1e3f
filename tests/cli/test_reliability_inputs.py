"""Bad inputs between good ones, through the real CLI (a subprocess of ``veille``) and a real SQLite file:
every bad input gets one stderr line naming it, the batch goes on, every good input is stored, and the
exit code is 1 with the counts (issue 13, points 2, 3, 6 and 7)."""

from __future__ import annotations

import codecs
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parents[2]

GOOD = [
    "Le Japon a envoyé jeudi 101 camions à l'Ukraine, a annoncé le ministère de la Défense.",
    "NATO ministers agreed on Thursday in Brussels to send more air defence systems to Ukraine.",
    "La France et l'Allemagne ont signé mardi à Paris un accord sur la défense aérienne.",
    "Japan and South Korea held talks in Tokyo on Monday about North Korea's missile launches.",
    "Le président brésilien a reçu mercredi à Brasilia le chancelier allemand.",
    "The European Union imposed new sanctions on Iran on Wednesday over drone deliveries to Russia.",
    "L'Inde et la Chine ont repris lundi leurs pourparlers sur la frontière himalayenne.",
]


def veille(*args: str, cwd: Path | None = None, timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "veille", *map(str, args)], capture_output=True,
                          cwd=cwd or ROOT, timeout=timeout)


def _stored_ids(db: Path) -> set[str]:
    with sqlite3.connect(db) as conn:
        return {row[0] for row in conn.execute("SELECT doc_id FROM articles")}


def _good(folder: Path, n: int) -> Path:
    path = folder / f"{n * 2:02d}-good.txt"
    path.write_text(GOOD[n] + "\n", encoding="utf-8")
    return path


def test_each_bad_input_between_two_good_ones(tmp_path):
    """Sorted names interleave them: good, bad, good, bad, ..., good."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    goods = [_good(inputs, n) for n in range(7)]
    # over spaCy's 1,000,000-character limit (E088 before): analysed in chunks, stored
    huge = inputs / "01-huge.txt"
    huge.write_text("L'OTAN s'est réunie jeudi à Bruxelles.\n" + " " * 1_000_100 + "\nFin.\n", encoding="utf-8")
    # a JSON document nested 200,000 levels (RecursionError before)
    (inputs / "03-deep.json").write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    # publication dates no arithmetic can take (OverflowError in consolidation before)
    (inputs / "05-dates.jsonl").write_text("\n".join(json.dumps(r) for r in [
        {"id": "year-1", "text": "Le Japon a signé un accord avec l'Inde le lendemain.", "published": "0001-01-01"},
        {"id": "year-9999", "text": "Japan signed a deal with India the next day.", "published": "9999-12-31"},
    ]) + "\n", encoding="utf-8")
    # over the size cap given below
    (inputs / "07-too-big.txt").write_text("Le Japon. " * 200_000, encoding="utf-8")
    # valid JSON Lines with U+2028, U+2029 and U+0085 inside strings (split as lines before)
    (inputs / "09-separators.jsonl").write_text(json.dumps(
        {"id": "seps", "text": "La Chine a accusé\u2028le Japon\u2029de provocation\u0085jeudi.",
         "published": "2024-10-17"}, ensure_ascii=False) + "\n", encoding="utf-8")
    # UTF-16 and UTF-32 with a byte-order mark (refused as binary before)
    (inputs / "11-utf16.txt").write_bytes(codecs.BOM_UTF16_LE + "La Russie a menacé la Pologne vendredi."
                                          .encode("utf-16-le"))
    (inputs / "13-utf32.txt").write_bytes(codecs.BOM_UTF32_BE + "La Turquie a accueilli des négociateurs."
                                          .encode("utf-32-be"))
    db = tmp_path / "v.db"
    run = veille("analyze", inputs, "--db", db, "--format", "jsonl", "--max-size", "1.5MB", cwd=tmp_path)
    err = run.stderr.decode()
    assert "Traceback" not in err, err
    assert run.returncode == 1, err
    lines = err.splitlines()
    assert any("03-deep.json" in line and "nested too deeply" in line for line in lines), err
    assert any("07-too-big.txt" in line and "too big" in line and "--max-size" in line for line in lines), err
    assert any("05-dates.jsonl:1" in line and "0001-01-01" in line for line in lines), err
    assert any("05-dates.jsonl:2" in line and "9999-12-31" in line for line in lines), err
    assert "broken JSON line" not in err
    assert "2 input(s) failed" in err, err  # deep and too-big; the rest went through
    stored = _stored_ids(db)
    assert {f"file:in/{g.name}" for g in goods} <= stored
    assert {"file:in/01-huge.txt", "year-1", "year-9999", "seps", "file:in/11-utf16.txt",
            "file:in/13-utf32.txt"} <= stored
    docs = {d["id"]: d for d in map(json.loads, run.stdout.decode().strip().split("\n"))}
    assert docs["year-1"]["published"] is None and docs["year-9999"]["published"] is None
    assert docs["seps"]["status"] == "ok" and docs["file:in/11-utf16.txt"]["language"] == "fr"
    huge_doc = docs["file:in/01-huge.txt"]
    text = huge.read_text(encoding="utf-8")
    assert huge_doc["status"] == "ok"
    for actor in huge_doc["actors"]:
        for mention in actor["mentions"]:
            assert text[mention["start"]:mention["end"]] == mention["text"]
    tail = text.index("Fin.")
    assert any(e["start"] >= tail for e in huge_doc["entities"]) or huge_doc["entities"]


def _with_stderr_on_a_terminal(args: list[str], cwd: Path) -> tuple[str, str]:
    """Run veille with stderr on a pseudo-terminal; return (stdout, what the terminal received)."""
    master, slave = os.openpty()
    received: list[bytes] = []

    def drain() -> None:
        while True:
            try:
                data = os.read(master, 4096)
            except OSError:
                return
            if not data:
                return
            received.append(data)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    run = subprocess.run([sys.executable, "-m", "veille", *args], stdout=subprocess.PIPE, stderr=slave,
                         cwd=cwd, timeout=600)
    os.close(slave)
    reader.join(timeout=10)
    os.close(master)
    assert run.returncode == 0
    return run.stdout.decode(), b"".join(received).decode("utf-8", "replace")


def test_reanalysis_with_file_ids_updates_instead_of_duplicating(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    _good(inputs, 0), _good(inputs, 1)
    db = tmp_path / "v.db"
    run = veille("analyze", "in", "--db", db, "--format", "jsonl", cwd=tmp_path)
    assert run.returncode == 0, run.stderr.decode()
    # again, with stderr on a terminal: the progress bar goes there, stdout holds only the documents
    stdout, terminal = _with_stderr_on_a_terminal(["analyze", "in", "--db", str(db), "--format", "jsonl"],
                                                  cwd=tmp_path)
    assert "analysing" in terminal
    assert [json.loads(line)["id"] for line in stdout.splitlines()] == ["file:in/00-good.txt",
                                                                          "file:in/02-good.txt"]
    assert _stored_ids(db) == {"file:in/00-good.txt", "file:in/02-good.txt"}
    # the same file named directly: the same id, still two articles
    run = veille("analyze", "in/00-good.txt", "--db", db, "--format", "jsonl", cwd=tmp_path)
    assert json.loads(run.stdout)["id"] == "file:in/00-good.txt"
    assert len(_stored_ids(db)) == 2


def test_ctrl_c_exits_130_and_says_how_many_were_stored(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for n in range(40):
        (inputs / f"{n:02d}.txt").write_text(f"{GOOD[n % len(GOOD)]} ({n})\n", encoding="utf-8")
    db = tmp_path / "v.db"
    proc = subprocess.Popen([sys.executable, "-m", "veille", "analyze", str(inputs), "--db", str(db),
                             "--format", "jsonl", "--batch-size", "1", "--progress-every", "1"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=tmp_path)
    assert proc.stderr is not None
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        line = proc.stderr.readline().decode()
        if "analysed 2/40" in line:
            break
    proc.send_signal(signal.SIGINT)
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 130, err
    assert "Traceback" not in err, err
    [said] = [line for line in err.splitlines() if "interrupted:" in line]
    stored = len(_stored_ids(db))
    assert 2 <= stored < 40
    assert f"interrupted: {stored} article(s) stored" in said
