"""The narrative's reference time: the last day the text fixed, never a planned day after publication."""

from datetime import date

from veille.analyze.times import narrative_time
from veille.contract.models import Time


def _day(start: int, value: str) -> Time:
    return Time(start, start + 5, "x", "DATE", value)


def test_the_last_fixed_day_before_the_offset():
    times = [_day(0, "2024-10-14"), _day(50, "2024-10-15"), _day(200, "2024-10-16")]
    assert narrative_time(times, 100).value == "2024-10-15"
    assert narrative_time(times, 3) is None


def test_a_day_after_publication_is_a_plan_not_the_narrative():
    # "The president will sign it tomorrow." ... "Editors rejected the bill." (published 2024-10-15)
    times = [_day(0, "2024-10-14"), _day(50, "2024-10-16")]
    assert narrative_time(times, 100, date(2024, 10, 15)).value == "2024-10-14"
    assert narrative_time(times, 100).value == "2024-10-16"  # no publication date: nothing to compare


def test_a_time_of_day_fixes_its_day_for_the_narrative():
    # "The offensive began on Saturday night. The attack was lightning quick." (published Monday 1991-02-25)
    times = [_day(0, "1991-02-11"), Time(40, 58, "Saturday night", "TIME", "1991-02-23TNI"),
             Time(60, 75, "noon", "TIME", "T12:00")]
    assert narrative_time(times, 100, date(1991, 2, 25)).value == "1991-02-23TNI"  # the night, not the noon
    assert narrative_time(times, 30, date(1991, 2, 25)).value == "1991-02-11"
