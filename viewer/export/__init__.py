"""Exports of the map (PNG, PDF, HTML, animations): the parts that need no Qt.

- ``request``: one ``ExportRequest`` with one ``validate()``, built by the command line and
  the window's dialogs alike;
- ``options``: sizes, scales, steps, frame dates and output kinds, read strictly;
- ``files``: writing so that a failed or cancelled export leaves nothing behind
  (``atomic_output``, ``FrameFolder``);
- ``legend``: the caption's text and the legend of what a day's map shows, as data;
- ``animation``: frames assembled into an animated GIF or an MP4;
- ``html``: the standalone, interactive HTML page.

The Qt side (``viewer.qt.render``) renders the images and runs a request.
"""

from viewer.export.animation import MP4_MISSING, frame_durations, mp4_available, write_gif, write_mp4
from viewer.export.files import (ExportCancelled, ExportError, FrameFolder, atomic_output, check_target, frame_name,
                                 write_bytes)
from viewer.export.legend import ATTRIBUTION, DEFAULT_TITLE, LegendEntry, caption_lines, legend_sections, long_date
from viewer.export.options import (DEFAULT_ANIMATION_SIZE, DEFAULT_FRAME_MS, DEFAULT_SIZE, HOLD_LAST_MS, MAX_SIDE,
                                   MIN_SIDE, SCALES, SIZE_PRESETS, Step, check_output_size, frame_dates, output_kind,
                                   parse_day, parse_scale, parse_size, parse_step)
from viewer.export.request import ExportRequest, InvalidRequest

__all__ = [
    "ATTRIBUTION", "DEFAULT_ANIMATION_SIZE", "DEFAULT_FRAME_MS", "DEFAULT_SIZE", "DEFAULT_TITLE", "HOLD_LAST_MS",
    "MAX_SIDE", "MIN_SIDE", "MP4_MISSING", "SCALES", "SIZE_PRESETS", "ExportCancelled", "ExportError",
    "ExportRequest", "FrameFolder", "InvalidRequest", "LegendEntry", "Step", "atomic_output", "caption_lines",
    "check_output_size", "check_target", "frame_dates", "frame_durations", "frame_name", "legend_sections",
    "long_date", "mp4_available", "output_kind", "parse_day", "parse_scale", "parse_size", "parse_step",
    "write_bytes", "write_gif", "write_mp4",
]
