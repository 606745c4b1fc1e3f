"""Event deduplication across articles: when are two reported events the same real-world event?

Two events are one when they have the same PLOVER type, their actor codes overlap on each side
(AGREE, CONSULT and COOPERATE are symmetric: the sides may be swapped or merged) and their dates are
compatible (day ranges that overlap, give or take ``TOLERANCE_DAYS``; a week-precise date covers its
week). Events without any date only join events of the same story.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

SYMMETRIC_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})
TOLERANCE_DAYS = 1
MAX_RANGE_DAYS = 31  # an event only known to within a year is not matched on its date alone


@dataclass(frozen=True, slots=True)
class EventSignature:
    """What clustering compares: the event type, the codes of each side, the days it may fall in."""

    event: str
    actor: frozenset[str]
    recipient: frozenset[str]
    start: date | None
    end: date | None
    story_id: str | None = None

    @property
    def datable(self) -> bool:
        return (self.start is not None and self.end is not None
                and (self.end - self.start).days <= MAX_RANGE_DAYS)

    def window(self) -> tuple[str, str] | None:
        """The range of ``day_start`` values a matching event may have (for an indexed query)."""
        if not self.datable:
            return None
        assert self.start is not None and self.end is not None
        lo = self.start - timedelta(days=MAX_RANGE_DAYS + TOLERANCE_DAYS)
        hi = self.end + timedelta(days=TOLERANCE_DAYS)
        return lo.isoformat(), hi.isoformat()


def _overlap(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a & b)


def sides_match(a: EventSignature, b: EventSignature) -> bool:
    """Actor codes overlap on each side (a missing recipient on either report does not object)."""
    def straight(x_actor, x_rec, y_actor, y_rec) -> bool:
        if not _overlap(x_actor, y_actor):
            return False
        return not x_rec or not y_rec or _overlap(x_rec, y_rec)

    if straight(a.actor, a.recipient, b.actor, b.recipient):
        return True
    if a.event in SYMMETRIC_TYPES:
        if straight(a.actor, a.recipient, b.recipient, b.actor):
            return True
        # merged: "Japan and NATO agreed" against "Japan agreed with NATO"
        all_a, all_b = a.actor | a.recipient, b.actor | b.recipient
        return len(all_a & all_b) >= 2
    return False


def dates_compatible(a: EventSignature, b: EventSignature) -> bool:
    if a.datable and b.datable:
        assert a.start and a.end and b.start and b.end
        tol = timedelta(days=TOLERANCE_DAYS)
        return a.start <= b.end + tol and b.start <= a.end + tol
    if a.start is None and b.start is None:
        return a.story_id is not None and a.story_id == b.story_id
    return False


def same_event(a: EventSignature, b: EventSignature) -> bool:
    return a.event == b.event and dates_compatible(a, b) and sides_match(a, b)
