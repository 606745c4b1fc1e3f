"""The one public surface: what ``from veille import ...`` offers and the documented error tree."""

import subprocess
import sys
from pathlib import Path

import veille
from veille import errors

ROOT = Path(__file__).resolve().parents[1]


def test_top_level_names_resolve():
    from veille import Analyzer, Article, Document, Store

    assert Analyzer.__module__ == "veille.analyze.pipeline"
    assert Store.__module__ == "veille.store.store"
    assert Article.__name__ == "Article" and Document.__name__ == "Document"
    for name in veille.__all__:
        assert getattr(veille, name) is not None


def test_import_veille_does_not_load_spacy():
    code = "import sys, veille; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_every_error_class_is_in_the_documented_tree():
    classes = [obj for obj in vars(errors).values()
               if isinstance(obj, type) and issubclass(obj, errors.VeilleError)]
    docs = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
    for cls in classes:
        assert cls.__name__ in errors.__doc__, cls.__name__
        assert f"`{cls.__name__}`" in docs, cls.__name__
        assert cls.__name__ in veille.__all__, cls.__name__


def test_package_is_typed():
    assert (Path(veille.__file__).parent / "py.typed").is_file()
