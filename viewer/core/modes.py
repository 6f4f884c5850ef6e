"""Display modes: which past events a day shows, and how strongly.

``instant``: only what holds on the day. ``window``: also what ended within N days before it (the
default, 365). ``cumulative``: everything up to the day. ``fade``: cumulative, an event's opacity
falling from 1 on its last day to 0 after ``fade_days``.
"""

from __future__ import annotations

import datetime as dt

from viewer.core.dates import TIMELINE_END, TIMELINE_START

MODES = ("instant", "window", "cumulative", "fade")
DEFAULT_MODE = "window"
DEFAULT_FADE_DAYS = 365


def recent_days(mode: str, window: int) -> int:
    """How many days after its end an event stays listed in the mode."""
    if mode not in MODES:
        raise ValueError(f"{mode!r} is not a display mode (expected one of {', '.join(MODES)})")
    if mode == "instant":
        return 0
    if mode == "window":
        return window
    return (TIMELINE_END - TIMELINE_START).days


def fade_opacity(last: dt.date, day: dt.date, fade_days: int) -> float:
    """1 while the event is in progress, then falling linearly to 0 ``fade_days`` after its last day."""
    past = (day - last).days
    if past <= 0:
        return 1.0
    if fade_days <= 0:
        return 0.0
    return round(max(0.0, 1.0 - past / fade_days), 3)


def apply_fade(events: list[dict], day: dt.date, fade_days: int) -> list[dict]:
    """Events with ``opacity`` as ``fade`` draws them on the day (those faded to 0 left out)."""
    out = []
    for e in events:
        opacity = fade_opacity(dt.date.fromisoformat(e["end"] or e["start"]), day, fade_days)
        if opacity > 0:
            out.append({**e, "opacity": opacity})
    return out
