"""narrative_time: the day a text last fixed before an offset (an event's fallback date)."""

from __future__ import annotations

from veille.analyze.times import narrative_time
from veille.contract.models import Time


def _t(start, value, typ="DATE", resolved=True):
    return Time(start=start, end=start + 5, text="x" * 5, type=typ, value=value, resolved=resolved)


def test_last_resolved_day_before_the_offset():
    times = [_t(0, "2024-10-14"), _t(20, "2024-W42"), _t(40, "2024-10-15"), _t(80, "2024-10-16")]
    assert narrative_time(times, 60).value == "2024-10-15"
    assert narrative_time(times, 100).value == "2024-10-16"


def test_weeks_years_vague_unresolved_and_times_of_day_do_not_fix_a_day():
    times = [_t(0, "2024"), _t(10, "2024-W42"), _t(20, "PRESENT_REF"), _t(30, "XXXX-10-15", resolved=False),
             _t(40, "2024-10-15T10:00", typ="TIME"), _t(50, "P3D", typ="DURATION")]
    assert narrative_time(times, 100) is None
    assert narrative_time([], 100) is None
