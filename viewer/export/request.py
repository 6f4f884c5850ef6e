"""One export, as asked for: ``ExportRequest``, built by the command line and by the window's dialogs alike.

``validate()`` makes every check that needs neither the data nor Qt, in the order the command line
always made them, and returns the request with its defaults filled in (the kind of output, the
size, the scale, the step); ``InvalidRequest`` says what is wrong in one line, naming the option
(``--step``) as the command line spells it. ``frame_days(event_days)`` gives an animation's dates
once the data is loaded, checking the frame folders again now that the frames are known. Outputs
that exist (without ``force``) or cannot be written are refused here, before any work.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from viewer.export import animation, options
from viewer.export.files import ExportError, FrameFolder, check_target
from viewer.export.options import Step

ANIMATIONS = ("gif", "mp4", "frames")


class InvalidRequest(ValueError):
    """An export asked for wrongly; nothing was done (the command line exits with status 2)."""


@dataclass(frozen=True)
class ExportRequest:
    """What to export and how. ``date`` for one picture, or ``start`` and ``end`` for an animation."""

    out: Path
    date: dt.date | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    step: Step | None = None  # animations; default every year
    size: tuple[int, int] | None = None  # default DEFAULT_SIZE, or DEFAULT_ANIMATION_SIZE for animations
    scale: int | None = None  # default 1
    caption: bool = True
    title: str | None = None
    timeline: bool = False  # HTML: the whole timeline, with a slider
    frame_ms: int | None = None  # GIF/MP4; default DEFAULT_FRAME_MS
    frames_dir: Path | None = None  # GIF/MP4: keep the PNG frames there too
    force: bool = False
    kind: str | None = None  # png, pdf, html, gif, mp4 or frames; default from ``out``
    view: dict | None = None  # {"center": [lat, lon], "zoom": z} or {"bounds": [[s, w], [n, e]]}; None: the default
    hidden_layers: tuple[str, ...] = ()  # layer ids (viewer.page.layers)
    lang: str = "en"  # the language of the caption, legend and page (en, fr, ur)

    @property
    def animation(self) -> bool:
        return self.kind in ANIMATIONS if self.kind else (self.start is not None or self.end is not None)

    def replace(self, **changes) -> "ExportRequest":
        return dataclasses.replace(self, **changes)

    def validate(self) -> "ExportRequest":
        """This request with its defaults filled in, or InvalidRequest on the first problem."""
        animation_asked = self.animation
        from viewer.i18n.languages import LANGUAGES

        if self.lang not in LANGUAGES:
            raise InvalidRequest(f"unknown language {self.lang!r}: choose one of {', '.join(LANGUAGES)}")
        if self.date is not None and (self.start is not None or self.end is not None):
            raise InvalidRequest("give --date for one image, or --from and --to for an animation, not both")
        if not animation_asked and self.date is None:
            raise InvalidRequest("give --date D (one image) or --from D1 --to D2 (an animation)")
        if animation_asked and (self.start is None or self.end is None):
            raise InvalidRequest("an animation needs both --from and --to")
        try:
            kind = self.kind or options.output_kind(Path(self.out), animation_asked)
            for day in (self.start, self.end) if animation_asked else (self.date,):
                options.parse_day(day)
        except ValueError as err:
            raise InvalidRequest(str(err)) from None
        misplaced = []
        if not animation_asked and self.step is not None:
            misplaced.append("--step")
        if kind != "html" and self.timeline:
            misplaced.append("--timeline")
        if kind in ("pdf", "html") and self.scale is not None:
            misplaced.append("--scale")
        if kind == "html" and self.size is not None:
            misplaced.append("--size")
        if kind not in ("gif", "mp4") and (self.frames_dir is not None or self.frame_ms is not None):
            misplaced += ["--frames"] * (self.frames_dir is not None) + ["--frame-ms"] * (self.frame_ms is not None)
        if misplaced:
            raise InvalidRequest(f"{', '.join(misplaced)} cannot be used for {kind} output ({self.out})")
        if self.frame_ms is not None and not 20 <= self.frame_ms <= 60_000:
            raise InvalidRequest("--frame-ms must be 20 to 60000")
        size = tuple(self.size or (options.DEFAULT_ANIMATION_SIZE if animation_asked else options.DEFAULT_SIZE))
        scale = self.scale or 1
        try:
            options.check_output_size(size, scale)
        except ValueError as err:
            raise InvalidRequest(str(err)) from None
        if kind == "mp4" and not animation.mp4_available():
            raise InvalidRequest(animation.MP4_MISSING)
        try:  # the outputs: refused now, before any work, if they exist or cannot be written
            if kind == "frames":
                FrameFolder(self.out, [], self.force)
            else:
                check_target(self.out, self.force)
            if self.frames_dir is not None:
                FrameFolder(self.frames_dir, [], self.force)
        except ExportError as err:
            raise InvalidRequest(str(err)) from None
        return self.replace(out=Path(self.out), kind=kind, size=size, scale=scale,
                            step=(self.step or options.parse_step("1y")) if animation_asked else None,
                            frame_ms=self.frame_ms or options.DEFAULT_FRAME_MS,
                            hidden_layers=tuple(self.hidden_layers))

    def frame_days(self, event_days: Iterable[dt.date]) -> list[dt.date]:
        """The days of a validated animation's frames; InvalidRequest if there are none or too many."""
        assert self.step is not None and self.start is not None and self.end is not None, "validate() first"
        try:
            days = options.frame_dates(self.start, self.end, self.step, event_days)
        except ValueError as err:
            raise InvalidRequest(str(err)) from None
        if not days:
            raise InvalidRequest(f"no dates from {self.start} to {self.end} {self.step.describe()}")
        try:  # again, now that the frames are known
            if self.kind == "frames":
                FrameFolder(self.out, days, self.force)
            elif self.frames_dir is not None:
                FrameFolder(self.frames_dir, days, self.force)
        except ExportError as err:
            raise InvalidRequest(str(err)) from None
        return days
