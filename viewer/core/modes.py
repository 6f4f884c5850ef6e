"""Display modes: which past events a day shows, and how strongly.

``instant``: only what holds on the day. ``window``: also what ended within N days before it (the
default, 365). ``cumulative``: everything up to the day. ``fade``: cumulative, an event's opacity
falling from 1 on its last day to 0 after ``fade_days``.

A range of days (the timeline's second handle, ``--since``) is the window mode: the events active at any
time from D1 to D2 are those on the map of D2 with a window of D2 − D1 days, so moving the day with the
window kept moves the whole range.

``Display`` is one choice of mode, written ``instant``, ``window:N``, ``cumulative`` or ``fade:N`` in
settings and links (``Display.parse`` reads it back, naming what is wrong).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from viewer.core.dates import TIMELINE_END, TIMELINE_START

MODES = ("instant", "window", "cumulative", "fade")
DEFAULT_MODE = "window"
DEFAULT_WINDOW = 365
DEFAULT_FADE_DAYS = 365
MAX_DAYS = (TIMELINE_END - TIMELINE_START).days


def recent_days(mode: str, window: int) -> int:
    """How many days after its end an event stays listed in the mode."""
    if mode not in MODES:
        raise ValueError(f"{mode!r} is not a display mode (expected one of {', '.join(MODES)})")
    if mode == "instant":
        return 0
    if mode == "window":
        return window
    return MAX_DAYS


@dataclass(frozen=True)
class Display:
    """A display mode with its number of days (the window's length, or the fading's)."""

    mode: str = DEFAULT_MODE
    window: int = DEFAULT_WINDOW
    fade_days: int = DEFAULT_FADE_DAYS

    def __post_init__(self):
        if self.mode not in MODES:
            raise ValueError(f"{self.mode!r} is not a display mode (expected one of {', '.join(MODES)})")
        for name in ("window", "fade_days"):
            value = getattr(self, name)
            if type(value) is not int or not 0 <= value <= MAX_DAYS:
                raise ValueError(f"{name} {value!r} is not a number of days from 0 to {MAX_DAYS}")

    @property
    def recent_days(self) -> int:
        return recent_days(self.mode, self.window)

    def since(self, day: dt.date) -> dt.date | None:
        """The first day of the range the map shows on ``day`` (None in ``instant``: the day alone)."""
        if self.mode == "instant":
            return None
        return max(TIMELINE_START, day - dt.timedelta(days=self.recent_days))

    def text(self) -> str:
        """``instant``, ``window:365``, ``cumulative`` or ``fade:365``: as settings and links keep it."""
        if self.mode == "window":
            return f"window:{self.window}"
        if self.mode == "fade":
            return f"fade:{self.fade_days}"
        return self.mode

    @classmethod
    def parse(cls, text: str) -> "Display":
        """The display a ``text()`` wrote; ValueError saying what is wrong otherwise."""
        mode, _, days = str(text).strip().partition(":")
        if mode not in MODES:
            raise ValueError(f"{text!r} is not a display mode (expected instant, window:DAYS, cumulative or "
                             "fade:DAYS)")
        if not days:
            return cls(mode)
        if mode not in ("window", "fade") or not days.isdigit() or len(days) > 6:
            raise ValueError(f"{text!r}: only window and fade take a number of days (window:365)")
        return cls(mode, window=int(days)) if mode == "window" else cls(mode, fade_days=int(days))

    @classmethod
    def for_range(cls, first: dt.date, last: dt.date) -> "Display":
        """The window mode showing everything active from ``first`` to ``last`` on the map of ``last``."""
        if last < first:
            raise ValueError(f"the range ends ({last}) before it begins ({first})")
        return cls("window", window=(last - first).days)


CONFLICT_LAYER = "conflict"
"""The layer id of the large GED and ACLED files' events (drawn as density cells), for a display of its own."""


def parse_layer_displays(text: str) -> dict[str, Display]:
    """``events.treaty=cumulative,conflict=instant``: a display of their own for some layers (the event
    layers ``events.C`` and ``conflict``); ValueError naming the part that is wrong."""
    found: dict[str, Display] = {}
    for part in filter(None, (p.strip() for p in str(text).split(","))):
        layer, sep, mode = part.partition("=")
        layer = layer.strip()
        if not sep or not mode.strip():
            raise ValueError(f"{part!r}: expected LAYER=MODE (events.treaty=cumulative)")
        if not is_display_layer(layer):
            raise ValueError(f"{layer!r} is not a layer with past events (expected events.CATEGORY or "
                             f"{CONFLICT_LAYER})")
        if layer in found:
            raise ValueError(f"{layer!r} is given twice")
        found[layer] = Display.parse(mode)
    return found


def layer_displays_text(layers: dict[str, Display]) -> str:
    """What ``parse_layer_displays`` reads back."""
    return ",".join(f"{layer}={display.text()}" for layer, display in sorted(layers.items()))


def is_display_layer(layer: str) -> bool:
    return layer == CONFLICT_LAYER or (layer.startswith("events.") and len(layer) > len("events.")
                                       and layer[len("events."):].replace("_", "").replace("-", "").isalnum())


def fade_opacity(last: dt.date, day: dt.date, fade_days: int) -> float:
    """1 while the event is in progress, then falling linearly to 0 ``fade_days`` after its last day."""
    return fade_opacity_days((day - last).days, fade_days)


def fade_opacity_days(past: int, fade_days: int) -> float:
    """The opacity of an event ``past`` days after its last day (0 or less: in progress)."""
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
