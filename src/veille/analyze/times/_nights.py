"""Nights between two days (« la nuit de mercredi à jeudi », "the night of Wednesday to Thursday"): TimeML values
such a night as the first day's (``2024-03-13TNI``), but what the news tells of it happens in its small hours, on
the second day, the morning the news is written. The rules that make such nights record them on the Doc, so that
the events stage can date an event of the night on the second day without reading the words again."""

from __future__ import annotations

from spacy.tokens import Doc

from veille.contract.models import Time

_KEY = "veille_nights_into_next_day"  # the key of ``doc.user_data``: the (start, end) of each such night


def mark_night_into_next_day(doc: Doc, time: Time) -> None:
    """Record that ``time`` is a night running into the next day."""
    doc.user_data.setdefault(_KEY, set()).add((time.start, time.end))


def night_into_next_day(doc: Doc, time: Time) -> bool:
    """Whether ``time`` is a night between two days (its value the first day's night)."""
    return (time.start, time.end) in doc.user_data.get(_KEY, ())
