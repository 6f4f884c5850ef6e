"""`pakatlas export`: its arguments, and the export itself (one request, validated before any work, run by
the off-screen renderer; Qt is loaded only here, and only for images, PDFs and animations)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from viewer.cli.common import CommandError, _add_display, _add_user_files, _date, _load, display_options, language
from viewer.core.problems import printable
from viewer.cli.queries import _diff_dates, _find_tour


def _size(text: str):
    from viewer.export.options import parse_size

    try:
        return parse_size(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None

def _scale(text: str):
    from viewer.export.options import parse_scale

    try:
        return parse_scale(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None

def _step(text: str):
    from viewer.export.options import parse_step

    try:
        return parse_step(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None

def _add_export(commands) -> None:
    export = commands.add_parser(
        "export", help="write the map of a date as PNG, PDF or HTML, or of a range of dates as PNG frames, "
        "an animated GIF or an MP4 (no window needed)",
        description="One date: --date D --out FILE.png|.pdf|.html. A range: --from D1 --to D2 [--step 1y|1m|1d|event] "
        "--out FOLDER|FILE.gif|FILE.mp4. Files are written whole or not at all, and never over an existing "
        "file without --force.")
    export.add_argument("--date", type=_date, help="the date of a PNG, PDF or HTML export (YYYY-MM-DD)")
    export.add_argument("--from", dest="start", type=_date, metavar="D1", help="first date of an animation")
    export.add_argument("--to", dest="end", type=_date, metavar="D2", help="last date of an animation")
    export.add_argument("--step", type=_step, help="animation step: 1y, 1m, 1d (any count, e.g. 5y) or event "
                        "(each event's start day); default 1y")
    export.add_argument("--out", type=Path, required=True, metavar="PATH",
                        help="FILE.png, FILE.pdf or FILE.html; for a range, a folder of PNG frames, FILE.gif "
                        "or FILE.mp4")
    export.add_argument("--size", type=_size, metavar="WxH",
                        help="the map's size in pixels (default 1280x720; 960x540 for animations)")
    export.add_argument("--scale", type=_scale, metavar="N", help="pixels per map pixel: 1, 2, 3 or 4 (PNG, frames, "
                        "GIF, MP4); the image is W*N x H*N and shows the same area")
    export.add_argument("--no-caption", action="store_true",
                        help="the map alone: no title, date, legend or attribution (HTML: no title box)")
    export.add_argument("--title", help="the caption's title (default: Pakistan Diplomatic Atlas)")
    export.add_argument("--timeline", action="store_true", help="HTML: the whole timeline, with a slider in the page")
    export.add_argument("--frame-ms", type=int, metavar="MS", help="GIF/MP4: each frame's time in milliseconds "
                        "(default 500; the last frame stays 2 s)")
    export.add_argument("--duration", type=float, metavar="SECONDS",
                        help="GIF/MP4: how long the whole animation plays (each frame's time worked out from it), "
                        "instead of --frame-ms")
    export.add_argument("--frames", type=Path, metavar="FOLDER",
                        help="GIF/MP4: also keep the PNG frames in this folder")
    export.add_argument("--tour", metavar="ID", help="export a guided tour (pakatlas tours) or a tour file "
                        "(FILE.toml): FILE.pdf (a page "
                        "per step), FILE.png (one step's page, see --tour-step), FILE.html, FILE.gif or FILE.mp4")
    export.add_argument("--tour-step", type=int, metavar="N", help="PNG of a tour: the step to draw (from 1)")
    export.add_argument("--compare", type=_date, metavar="D2", help="with --date D1: the two dates side by "
                        "side and what changed, as FILE.png or FILE.pdf")
    _add_display(export)
    export.add_argument("--force", action="store_true", help="overwrite existing files")
    export.add_argument("--data", type=Path, help="a folder of data files to use instead of the bundled ones")
    _add_user_files(export)

def _export_request(args):
    """The export the arguments ask for, validated (every check that needs neither the data nor Qt)."""
    from viewer.export import ExportRequest, InvalidRequest

    request = ExportRequest(out=args.out, date=args.date, start=args.start, end=args.end, step=args.step,
                            size=args.size, scale=args.scale, caption=not args.no_caption, title=args.title,
                            timeline=args.timeline, frame_ms=args.frame_ms, duration_s=args.duration,
                            frames_dir=args.frames, force=args.force,
                            lang=language(args), tour=args.tour, tour_step=args.tour_step, compare=args.compare)
    try:
        return request.validate()
    except InvalidRequest as err:
        raise CommandError(str(err)) from None

def _headless() -> None:
    """No display: Qt draws off screen. Chromium's own log is kept to fatal errors."""
    import os

    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--log-level=3")

def _quiet_qt():
    """Qt's notes about the graphics stack (no GPU, no sandbox as root) go to the log, not the terminal.

    Returns the handler it replaced."""
    import logging

    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")

    def handler(kind, _context, message):
        if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            print(f"pakatlas: {message}", file=sys.stderr)
        else:
            qt_log.debug("%s", message)

    return qInstallMessageHandler(handler)

def _export(args) -> int:
    request = _export_request(args)
    from viewer.export import InvalidRequest

    atlas = _load(args, **display_options(args, request.date))
    days = None
    tour = _find_tour(atlas, args, request.tour) if request.tour else None
    if tour is not None and request.tour_step is not None and request.tour_step > len(tour.steps):
        raise CommandError(f"--tour-step {request.tour_step}: the tour {tour.id!r} has {len(tour.steps)} steps "
                           f"(expected a step from 1 to {len(tour.steps)})")  # before anything is rendered
    if request.compare is not None:
        _diff_dates(("--date", request.date), ("--compare", request.compare))
    if request.animation:  # the frames, and their folders again now that they are known: before any Qt
        try:
            days = request.frame_days(dt.date.fromisoformat(e["start"]) for e in atlas.events)
        except InvalidRequest as err:
            raise CommandError(str(err)) from None

    def say(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    if request.kind == "html" and tour is None:  # no Qt needed
        from viewer.export.files import write_bytes
        from viewer.export.html import build_html

        say(f"building the page of {request.date}" + (" and its timeline" if request.timeline else ""))
        page = build_html(atlas, request.date, title=request.title, timeline=request.timeline,
                          caption=request.caption, lang=request.lang)
        write_bytes(request.out, page.encode("utf-8"), request.force)
        print(printable(str(request.out)))  # one line, whatever the name holds
        return 0

    _headless()
    from viewer.qt.app import make_application

    make_application()
    from PySide6.QtCore import qInstallMessageHandler

    previous_handler = _quiet_qt()
    import signal

    from viewer.qt.render.renderer import Renderer
    from viewer.qt.render.runner import ExportRunner

    renderers: dict[bool, Renderer] = {}

    def renderer(vector: bool) -> Renderer:
        if vector not in renderers:
            renderers[vector] = Renderer(atlas, vector=vector, lang=request.lang)
        return renderers[vector]

    runner = None

    def interrupt(*_args) -> None:  # Ctrl+C: stop, and leave nothing behind
        if runner is not None:
            runner.cancel()

    previous = signal.signal(signal.SIGINT, interrupt)
    try:
        runner = ExportRunner(request, atlas, renderer, days=days, tour=tour)
        if tour is not None or request.compare is not None:
            runner.progress.connect(lambda done, total, text: say(text))
            say(f"tour {tour.id}: {len(tour.steps)} steps, {request.kind.upper()}" if tour is not None
                else f"comparing {request.date} and {request.compare}")
        elif days:
            # every frame; the GIF or MP4 every tenth frame and the last
            runner.progress.connect(lambda done, total, text: say(text) if text.startswith(("frame", "writing")) or (
                text != "done" and (done == total or text.split("/")[0].endswith("0"))) else None)
            say(f"{len(days)} frames, {days[0]} to {days[-1]}, {request.step.describe()}")
        else:
            w, h = request.size
            say(f"rendering {request.date} at {w}x{h}" + (f" x{request.scale}" if request.scale != 1 else ""))
        print(printable(str(runner.run_sync())))
        return 0
    finally:
        signal.signal(signal.SIGINT, previous)
        for made in renderers.values():
            made.close(now=True)
        qInstallMessageHandler(previous_handler)
