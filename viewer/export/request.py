"""One export, as asked for: ``ExportRequest``, built by the command line and by the window's dialogs alike.

``validate()`` makes every check that needs neither the data nor Qt, in the order the command line
always made them, and returns the request with its defaults filled in (the kind of output, the
size, the scale, the step); ``InvalidRequest`` says what is wrong in one line, naming the option
(``--step``) as the command line spells it. ``frame_days(event_days)`` gives an animation's dates
once the data is loaded, checking the frame folders again now that the frames are known. Outputs
that exist (without ``force``) or cannot be written are refused here, before any work.

A tour (``tour``: its id) is exported as PDF (a page per step), PNG (the page of step ``tour_step``),
HTML (the page with its step panel), GIF or MP4 (each step held, the map moving between steps); a
comparison (``date`` and ``compare``) as PNG or PDF: two maps side by side, the differences listed.
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
MAX_DURATION_S = 3600
"""The longest animation asked for by its whole time (--duration), in seconds."""

TOUR_KINDS = ("pdf", "png", "html", "gif", "mp4")
COMPARE_KINDS = ("png", "pdf")


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
    duration_s: float | None = None  # GIF/MP4: the whole animation's time instead (each frame's worked out)
    frames_dir: Path | None = None  # GIF/MP4: keep the PNG frames there too
    force: bool = False
    kind: str | None = None  # png, pdf, html, gif, mp4 or frames; default from ``out``
    view: dict | None = None  # {"center": [lat, lon], "zoom": z} or {"bounds": [[s, w], [n, e]]}; None: the default
    hidden_layers: tuple[str, ...] = ()  # layer ids (viewer.page.layers)
    lang: str = "en"  # the language of the caption, legend and page (en, fr, ur)
    tour: str | None = None  # a tour's id: the tour exported instead of dates
    tour_step: int | None = None  # PNG of a tour: the step (1-based; default 1)
    compare: dt.date | None = None  # with ``date``: the two dates side by side

    @property
    def animation(self) -> bool:
        if self.tour is not None:
            return False  # a tour's frames come from its steps, not from a range of dates
        return self.kind in ANIMATIONS if self.kind else (self.start is not None or self.end is not None)

    def replace(self, **changes) -> "ExportRequest":
        return dataclasses.replace(self, **changes)

    def validate(self) -> "ExportRequest":
        """This request with its defaults filled in, or InvalidRequest on the first problem."""
        if self.tour is not None or self.compare is not None:
            return self._validate_story()
        if self.tour_step is not None:
            raise InvalidRequest("--tour-step needs --tour")
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
        if kind not in ("gif", "mp4") and (self.frames_dir is not None or self.frame_ms is not None
                                           or self.duration_s is not None):
            misplaced += (["--frames"] * (self.frames_dir is not None) + ["--frame-ms"] * (self.frame_ms is not None)
                          + ["--duration"] * (self.duration_s is not None))
        if misplaced:
            raise InvalidRequest(f"{', '.join(misplaced)} cannot be used for {kind} output ({self.out})")
        if self.frame_ms is not None and not 20 <= self.frame_ms <= 60_000:
            raise InvalidRequest("--frame-ms must be 20 to 60000")
        if self.duration_s is not None:
            if self.frame_ms is not None:
                raise InvalidRequest("give --frame-ms or --duration, not both")
            if not (isinstance(self.duration_s, (int, float)) and 1 <= self.duration_s <= MAX_DURATION_S):
                raise InvalidRequest(f"--duration must be 1 to {MAX_DURATION_S} seconds")
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
                            frame_ms=self.frame_ms or (None if self.duration_s else options.DEFAULT_FRAME_MS),
                            hidden_layers=tuple(self.hidden_layers))

    def _validate_story(self) -> "ExportRequest":
        """A tour or a comparison: the options that fit it, its kind, size and scale."""
        out = Path(self.out)
        if self.tour is not None and self.compare is not None:
            raise InvalidRequest("give --tour ID or --compare D2, not both")
        what, kinds = ("--tour", TOUR_KINDS) if self.tour is not None else ("--compare", COMPARE_KINDS)
        kind = self.kind or {".png": "png", ".pdf": "pdf", ".html": "html", ".htm": "html", ".gif": "gif",
                             ".mp4": "mp4"}.get(out.suffix.lower())
        if kind not in kinds:
            raise InvalidRequest(f"{what} writes {', '.join('.' + k for k in kinds)} files, not {out.name!r}")
        if self.tour is not None and (self.date is not None or self.start is not None or self.end is not None):
            raise InvalidRequest("--tour takes its dates from the tour's steps: leave out --date, --from and --to")
        if self.compare is not None:
            if self.date is None:
                raise InvalidRequest("--compare D2 needs --date D1")
            if self.start is not None or self.end is not None:
                raise InvalidRequest("--compare compares two dates: leave out --from and --to")
            try:
                options.parse_day(self.date)
                options.parse_day(self.compare)
            except ValueError as err:
                raise InvalidRequest(str(err)) from None
        misplaced = [name for name, given in (
            ("--step", self.step is not None), ("--timeline", self.timeline),
            ("--frames", self.frames_dir is not None),
            ("--scale", self.scale is not None and kind in ("pdf", "html")),
            ("--size", self.size is not None and kind == "html"),
            ("--frame-ms", self.frame_ms is not None), ("--duration", self.duration_s is not None),
            ("--tour-step", self.tour_step is not None and kind != "png")) if given]
        if misplaced:
            raise InvalidRequest(f"{', '.join(misplaced)} cannot be used for {kind} output of {what} ({out})")
        if self.tour_step is not None and self.tour_step < 1:
            raise InvalidRequest("--tour-step counts from 1")
        animated = kind in ("gif", "mp4")
        size = tuple(self.size or (options.DEFAULT_ANIMATION_SIZE if animated else
                                   options.COMPARE_SIZE if self.compare is not None else options.DEFAULT_SIZE))
        scale = self.scale or 1
        try:
            options.check_output_size((size[0] * (2 if self.compare is not None else 1), size[1]), scale)
        except ValueError as err:
            raise InvalidRequest(str(err)) from None
        if kind == "mp4" and not animation.mp4_available():
            raise InvalidRequest(animation.MP4_MISSING)
        try:
            check_target(out, self.force)
        except ExportError as err:
            raise InvalidRequest(str(err)) from None
        return self.replace(out=out, kind=kind, size=size, scale=scale, hidden_layers=tuple(self.hidden_layers))

    def timed(self, frames: int) -> "ExportRequest":
        """With ``duration_s``: the request with each frame's time worked out for ``frames`` frames, so that
        the whole animation plays for about that long (each frame 20 ms to 60 s; the last still held 2 s)."""
        if self.duration_s is None:
            return self
        total = self.duration_s * 1000
        frame_ms = total / max(1, frames)
        if frames > 1 and frame_ms < options.HOLD_LAST_MS:  # the last frame is held longer: the others share the rest
            frame_ms = (total - options.HOLD_LAST_MS) / (frames - 1)
        return self.replace(frame_ms=max(20, min(60_000, round(frame_ms))))

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
