"""Dates as the atlas uses them: ISO strings outside, day ordinals inside."""

from __future__ import annotations

import datetime as dt
import re

TIMELINE_START = dt.date(1947, 8, 14)
TIMELINE_END = dt.date(2025, 12, 31)

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


def parse_date(text: object) -> dt.date:
    """Parse a strict YYYY-MM-DD string; raise ValueError with a readable reason."""
    if type(text) is str and _ISO.fullmatch(text):  # the common case: a clean date, no spaces around it
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass  # said below, as for any other text
    if isinstance(text, dt.datetime):
        return text.date()
    if isinstance(text, dt.date):
        return text
    if not isinstance(text, str) or not _ISO.fullmatch(text.strip()):
        raise ValueError(f"{_show(text)} is not a date")
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{_show(text)} is not a real calendar date") from None


def _show(value: object) -> str:
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:55] + "..."


def in_timeline(day: dt.date) -> bool:
    return TIMELINE_START <= day <= TIMELINE_END


def iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
