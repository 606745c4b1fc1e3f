"""Every CSV veille writes guards spreadsheet formulas: the listing commands' layouts as well as export."""

import io

from veille.query.layouts import Field, write_csv


def test_listing_csv_cells_never_start_a_formula():
    rows = [{"evidence": '=HYPERLINK("http://x")', "n": -3}, {"evidence": "-- a dash", "n": 2.5}]
    out = io.StringIO()
    write_csv(rows, [Field("evidence", lambda r: r["evidence"]), Field("n", lambda r: r["n"])], out)
    lines = out.getvalue().splitlines()
    assert lines[1].startswith("\"'=HYPERLINK") and lines[1].endswith(",-3")  # numbers stay numbers
    assert lines[2] == "'-- a dash,2.5"
