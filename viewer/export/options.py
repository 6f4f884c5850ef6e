"""What an export can be asked for: sizes, scales, steps, the dates of an animation's frames, the kind of
output a path names. Each reader raises ``ValueError`` with a readable reason (no Qt, no files written)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from viewer.core.dates import TIMELINE_END, TIMELINE_START, in_timeline, parse_date
from viewer.core.timeline import add_months

DEFAULT_SIZE = (1280, 720)
DEFAULT_ANIMATION_SIZE = (960, 540)
COMPARE_SIZE = (720, 540)
"""Each of the two maps of a comparison."""
SIZE_PRESETS = ((1280, 720), (1920, 1080), (3840, 2160))
SCALES = (1, 2, 3, 4)
MIN_SIDE = 64
MAX_SIDE = 8192  # of the requested size, before the scale
MAX_OUTPUT_SIDE = 16384  # of the image, after the scale
MAX_OUTPUT_PIXELS = 40_000_000
MAX_FRAMES = 5000
DEFAULT_FRAME_MS = 500
HOLD_LAST_MS = 2000  # the last frame of an animation stays this long

IMAGE_SUFFIXES = {".png": "png", ".pdf": "pdf", ".html": "html", ".htm": "html"}
ANIMATION_SUFFIXES = {".gif": "gif", ".mp4": "mp4"}


def parse_size(text: str) -> tuple[int, int]:
    """``"1920x1080"`` (or ``1920×1080``, ``1920X1080``) -> (1920, 1080)."""
    match = re.fullmatch(r"\s*(\d{1,6})\s*[x×X*]\s*(\d{1,6})\s*", str(text))
    if not match:
        raise ValueError(f"{text!r} is not a size (expected WIDTHxHEIGHT, e.g. 1920x1080)")
    width, height = int(match[1]), int(match[2])
    for side in (width, height):
        if not MIN_SIDE <= side <= MAX_SIDE:
            raise ValueError(f"{text!r}: each side must be {MIN_SIDE} to {MAX_SIDE} pixels")
    return width, height


def parse_scale(text: str | int) -> int:
    """``"2"`` or ``"2x"`` -> 2; one of 1, 2, 3, 4."""
    match = re.fullmatch(r"\s*(\d+)\s*[x×X]?\s*", str(text))
    if not match or int(match[1]) not in SCALES:
        raise ValueError(f"{text!r} is not a scale (expected 1, 2, 3 or 4)")
    return int(match[1])


def check_output_size(size: tuple[int, int], scale: int) -> None:
    """Refuse images too large to render: over 16384 pixels a side or 40 megapixels."""
    width, height = size[0] * scale, size[1] * scale
    if max(width, height) > MAX_OUTPUT_SIDE or width * height > MAX_OUTPUT_PIXELS:
        raise ValueError(f"{size[0]}x{size[1]} at scale {scale} makes a {width}x{height} image; "
                         f"at most {MAX_OUTPUT_SIDE} pixels a side and {MAX_OUTPUT_PIXELS // 1_000_000} megapixels")


@dataclass(frozen=True)
class Step:
    """How an animation advances: ``count`` days, months or years, or to each event's start day."""

    unit: str  # "d", "m", "y" or "event"
    count: int = 1

    def __str__(self) -> str:
        return "event" if self.unit == "event" else f"{self.count}{self.unit}"

    def describe(self) -> str:
        if self.unit == "event":
            return "each event"
        name = {"d": "day", "m": "month", "y": "year"}[self.unit]
        return f"every {name}" if self.count == 1 else f"every {self.count} {name}s"


_STEP_WORDS = {"d": "d", "day": "d", "days": "d", "m": "m", "month": "m", "months": "m",
               "y": "y", "year": "y", "years": "y"}


def parse_step(text: str) -> Step:
    """``1y``, ``1m``, ``1d`` (any count, e.g. ``5y``), ``year``/``month``/``day``, or ``event``."""
    value = str(text).strip().lower()
    if value in ("event", "events", "each-event"):
        return Step("event", 1)
    match = re.fullmatch(r"(\d{0,4})\s*([a-z]+)", value)
    if match and match[2] in _STEP_WORDS:
        count = int(match[1] or 1)
        if count >= 1:
            return Step(_STEP_WORDS[match[2]], count)
    raise ValueError(f"{text!r} is not a step (expected 1y, 1m, 1d, a count like 5y, or event)")


def parse_day(text: str) -> dt.date:
    """A date on the timeline, or ValueError with a readable reason."""
    day = parse_date(text)
    if not in_timeline(day):
        raise ValueError(f"{day} is outside the timeline ({TIMELINE_START} to {TIMELINE_END})")
    return day


def frame_dates(start: dt.date, end: dt.date, step: Step, event_days: Iterable[dt.date] = ()) -> list[dt.date]:
    """The days of an animation's frames from ``start`` to ``end`` (both included).

    Day, month and year steps count from ``start`` (a 31st or 29 February falls on
    the month's last day); ``event`` gives each distinct event start day in the range.
    """
    if end < start:
        raise ValueError(f"the range ends ({end}) before it starts ({start})")
    if step.unit == "event":
        return sorted({d for d in event_days if start <= d <= end})
    days, k = [], 0
    while True:
        if step.unit == "d":
            day = start + dt.timedelta(days=k * step.count)
        else:
            day = add_months(start, k * step.count * (12 if step.unit == "y" else 1))
        if day > end:
            return days
        days.append(day)
        if len(days) > MAX_FRAMES:
            raise ValueError(f"{start} to {end} {step.describe()} makes more than {MAX_FRAMES} frames; "
                             "choose a longer step or a shorter range")
        k += 1


def output_kind(path: Path, animation: bool) -> str:
    """png, pdf or html for a snapshot; gif, mp4 or frames (a folder) for an animation."""
    suffix = path.suffix.lower()
    if animation:
        if suffix in ANIMATION_SUFFIXES:
            return ANIMATION_SUFFIXES[suffix]
        if suffix in IMAGE_SUFFIXES:
            raise ValueError(f"{path} is a {suffix} file; an animation goes to a folder (PNG frames), "
                             "a .gif or a .mp4")
        if suffix and not path.is_dir():
            raise ValueError(f"{path}: an animation goes to a .gif, a .mp4 or a folder (of PNG frames)")
        return "frames"
    if suffix in IMAGE_SUFFIXES:
        return IMAGE_SUFFIXES[suffix]
    raise ValueError(f"{path}: the name must end in .png, .pdf or .html")


