"""The spreadsheet-formula guard every CSV veille writes applies (OWASP "CSV injection").

A text cell that starts like a formula (``=``, ``+``, ``-``, ``@``, a tab or a carriage return) would be
run by Excel or LibreOffice when the file is opened; prefixed with ``'`` it shows as the text it is.
Numbers stay numbers.
"""

from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def guard_formula(value: Any) -> Any:
    """``value``, with ``'`` in front when it is text starting like a spreadsheet formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
