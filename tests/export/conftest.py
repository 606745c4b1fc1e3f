"""The hand-built documents live in tests/store/docfactory.py; make them importable here too."""

import sys
from pathlib import Path

_STORE_TESTS = str(Path(__file__).resolve().parents[1] / "store")
if _STORE_TESTS not in sys.path:
    sys.path.insert(0, _STORE_TESTS)
