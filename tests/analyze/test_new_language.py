"""A language is data: a folder built in a temporary directory (language.yaml naming a blank spaCy
pipeline, the stages' data files) is analysed end to end without touching Python code."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from veille import languages

ROOT = Path(__file__).resolve().parents[2]
TEXT = 'The ministers met in Brussels on 17 October 2024. "We agree," said the minister.'


def _language_folder(tmp_path: Path) -> Path:
    """Language ``zz``: a copy of the packaged English data behind spaCy's blank multi-language pipeline
    (whose own code is ``xx``: the stages read the registry's code, not the model's)."""
    folder = tmp_path / "langs"
    shutil.copytree(languages.get("en").data_dir, folder / "zz")
    (folder / "zz" / "language.yaml").write_text("code: zz\nname: Test\nspacy: 'blank:xx'\n", encoding="utf-8")
    return folder


def test_a_language_folder_outside_the_package_is_analysed(tmp_path):
    folder = _language_folder(tmp_path)
    article = tmp_path / "article.txt"
    article.write_text(TEXT, encoding="utf-8")
    env = {"VEILLE_LANG_PATH": str(folder), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "veille", "analyze", str(article), "--lang", "zz", "--no-store",
         "--format", "jsonl", "--published", "2024-10-20"],
        capture_output=True, text=True, env={**env, "PYTHONPATH": str(ROOT / "src")}, check=False)
    assert result.returncode == 0, result.stderr
    import json

    doc = json.loads(result.stdout)
    assert doc["language"] == "zz" and doc["status"] == "ok"
    assert [(t["text"], t["value"]) for t in doc["times"]] == [("17 October 2024", "2024-10-17")]
    assert [(p["text"], p["country"]) for p in doc["places"]] == [("Brussels", "BEL")]
    assert [q["text"] for q in doc["quotes"]] == ["We agree"]


def test_a_code_without_a_folder_is_unsupported(tmp_path):
    from veille import Analyzer, Article

    doc = Analyzer(stages=()).analyze(Article(text=TEXT, id="t", language="qq"))
    assert doc.status == "unsupported_language"
    assert "supported:" in doc.warnings[0] and "fr" in doc.warnings[0]
