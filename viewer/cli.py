"""The `pakatlas` command: the window by default, and headless questions to the atlas."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from viewer.core.atlas import RECENT_DAYS, Atlas
from viewer.core.dates import parse_date
from viewer.core.problems import DataError
from viewer.export import ExportCancelled, ExportError


class CommandError(Exception):
    """A mistake in the command line or its input: one line on stderr, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):
        raise CommandError(message)


def _date(text: str):
    try:
        return parse_date(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"{err} (expected YYYY-MM-DD)") from None


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="pakatlas", description="Pakistan Diplomatic Atlas: a map and timeline of "
                     "Pakistan's diplomatic history, 1947-2025. With no command, opens the window.")
    parser.add_argument("--data", type=Path, help="a folder of data files to use instead of the bundled ones")
    parser.add_argument("--date", type=_date, help="the date to open the window on (YYYY-MM-DD)")
    _add_user_files(parser)
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    state = commands.add_parser("state", help="print what held on a date, as JSON")
    state.add_argument("--date", type=_date, required=True, help="YYYY-MM-DD, 1947-08-14 to 2025-12-31")
    state.add_argument("--data", type=Path, help="a folder of data files to use instead of the bundled ones")
    state.add_argument("--window", type=int, default=RECENT_DAYS, metavar="DAYS",
                       help=f"days an event stays on the map after it ends (default {RECENT_DAYS})")
    _add_user_files(state)

    events = commands.add_parser("events", help="print every event as JSON, in date order")
    events.add_argument("--data", type=Path, help="a folder of data files to use instead of the bundled ones")
    _add_user_files(events)

    check = commands.add_parser("check", help="validate data files (GeoJSON, CSV, GeoPackage) and list every "
                                "problem; exit 1 if there are errors")
    check.add_argument("files", nargs="+", type=Path, help="data files or folders")
    check.add_argument("--replace", action="store_true",
                       help="check files as replacing the bundled data of their kind, not as additions to it")

    _add_export(commands)
    _add_tours_and_diff(commands)

    commands.add_parser("gui", help="open the window (the default)")
    return parser


def _size(text: str):
    from viewer.export import parse_size

    try:
        return parse_size(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def _scale(text: str):
    from viewer.export import parse_scale

    try:
        return parse_scale(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def _step(text: str):
    from viewer.export import parse_step

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
    export.add_argument("--frames", type=Path, metavar="FOLDER",
                        help="GIF/MP4: also keep the PNG frames in this folder")
    export.add_argument("--force", action="store_true", help="overwrite existing files")
    export.add_argument("--data", type=Path, help="a folder of data files to use instead of the bundled ones")
    _add_user_files(export)


def _add_tours_and_diff(commands) -> None:
    tours = commands.add_parser("tours", help="list the guided tours (geodata/tours)")
    tours.add_argument("--json", action="store_true", help='print [{"id", "title", "language", "steps"}] as JSON')
    tours.add_argument("--folder", type=Path, help="a folder of tour files instead of the bundled ones")

    compare = commands.add_parser("diff", help="print what changed between two dates, as JSON")
    compare.add_argument("--from", dest="start", type=_date, required=True, metavar="D1", help="YYYY-MM-DD")
    compare.add_argument("--to", dest="end", type=_date, required=True, metavar="D2", help="YYYY-MM-DD")
    compare.add_argument("--text", action="store_true", help="the differences in words, one per line")
    compare.add_argument("--data", type=Path, help="a folder of data files to use instead of the bundled ones")
    _add_user_files(compare)


def _tours(args) -> int:
    """``pakatlas tours``: the valid tours; the problems of the others on stderr."""
    from viewer.core.paths import GEODATA
    from viewer.core.tours import TOURS_DIR, check_tours, vocabulary_of

    folder = args.folder if args.folder is not None else GEODATA / TOURS_DIR
    if not folder.is_dir():
        raise CommandError(f"{folder} is not a folder")
    tours, problems = check_tours(folder, vocabulary_of(Atlas.load(strict=True)))
    for problem in problems:
        print(f"pakatlas: {problem}", file=sys.stderr)
    listed = sorted((t.summary() for t in tours), key=lambda t: t["id"])
    if args.json:
        _print_json(listed)
    else:
        for tour in listed:
            print(f"{tour['id']}\t{tour['steps']} steps\t{tour['title']}")
    return 0


def _diff(args) -> int:
    """``pakatlas diff --from D1 --to D2``."""
    from viewer.core.dates import TIMELINE_END, TIMELINE_START, in_timeline
    from viewer.core.diff import describe, diff

    for option, day in (("--from", args.start), ("--to", args.end)):
        if not in_timeline(day):
            raise CommandError(f"argument {option}: {day} is outside the timeline ({TIMELINE_START} to {TIMELINE_END})")
    result = diff(_load(args), args.start, args.end)
    if args.text:
        sys.stdout.write("\n".join(describe(result)) + "\n")
    else:
        _print_json(result)
    return 0


def _add_user_files(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--add", type=Path, action="append", default=[], metavar="FILE",
                        help="a GeoJSON, CSV or GeoPackage file of events, relations, alliances or polities "
                        "to add to the data (repeatable)")
    parser.add_argument("--replace", action="store_true",
                        help="the --add files replace the data of the kinds they hold instead of adding to it")


def _load(args, **kw) -> Atlas:
    atlas = Atlas.load(args.data, extra_files=args.add, replace=args.replace, strict=True, **kw)
    for warning in atlas.warnings:
        print(f"pakatlas: {warning}", file=sys.stderr)
    return atlas


def _print_json(value) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def _check(paths: list[Path], replace: bool = False) -> int:
    from viewer.core.validate import check_paths

    problems = check_paths(paths, replace=replace)
    for problem in problems:
        print(problem)
    count = len(problems)
    bad = sum(p.is_error for p in problems)
    detail = f" ({bad} error{'s' * (bad != 1)}, {count - bad} warning{'s' * (count - bad != 1)})" if bad < count else ""
    print(f"{count} problem{'s' * (count != 1)}{detail} in {len(paths)} path{'s' * (len(paths) != 1)}", file=sys.stderr)
    return 1 if bad else 0


def _plan_export(args) -> dict:
    """Every check that needs neither the data nor Qt; CommandError (exit 2) on the first problem."""
    from viewer import export as ex

    animation = args.start is not None or args.end is not None
    if args.date is not None and animation:
        raise CommandError("give --date for one image, or --from and --to for an animation, not both")
    if not animation and args.date is None:
        raise CommandError("give --date D (one image) or --from D1 --to D2 (an animation)")
    if animation and (args.start is None or args.end is None):
        raise CommandError("an animation needs both --from and --to")
    try:
        kind = ex.output_kind(args.out, animation)
        days = [ex.parse_day(args.date)] if not animation else None
        if animation:
            ex.parse_day(args.start), ex.parse_day(args.end)
    except ValueError as err:
        raise CommandError(str(err)) from None
    misplaced = []
    if not animation and args.step is not None:
        misplaced.append("--step")
    if kind != "html" and args.timeline:
        misplaced.append("--timeline")
    if kind in ("pdf", "html") and args.scale is not None:
        misplaced.append("--scale")
    if kind == "html" and args.size is not None:
        misplaced.append("--size")
    if kind not in ("gif", "mp4") and (args.frames is not None or args.frame_ms is not None):
        misplaced += ["--frames"] * (args.frames is not None) + ["--frame-ms"] * (args.frame_ms is not None)
    if misplaced:
        raise CommandError(f"{', '.join(misplaced)} cannot be used for {kind} output ({args.out})")
    if args.frame_ms is not None and not 20 <= args.frame_ms <= 60_000:
        raise CommandError("--frame-ms must be 20 to 60000")
    size = args.size or (ex.DEFAULT_ANIMATION_SIZE if animation else ex.DEFAULT_SIZE)
    scale = args.scale or 1
    try:
        ex.check_output_size(size, scale)
    except ValueError as err:
        raise CommandError(str(err)) from None
    if kind == "mp4" and not ex.mp4_available():
        raise CommandError(ex.MP4_MISSING)
    try:  # the outputs: refused now, before any work, if they exist or cannot be written
        if kind == "frames":
            ex.FrameFolder(args.out, [], args.force)
        else:
            ex.check_target(args.out, args.force)
        if args.frames is not None:
            ex.FrameFolder(args.frames, [], args.force)
    except ex.ExportError as err:
        raise CommandError(str(err)) from None
    return {"kind": kind, "animation": animation, "days": days, "size": size, "scale": scale,
            "step": args.step or ex.parse_step("1y")}


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
    plan = _plan_export(args)
    from viewer import export as ex

    atlas = _load(args)
    kind, caption = plan["kind"], not args.no_caption

    def say(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    if plan["animation"]:
        try:
            days = ex.frame_dates(args.start, args.end, plan["step"], (dt.date.fromisoformat(e["start"])
                                                                       for e in atlas.events))
        except ValueError as err:
            raise CommandError(str(err)) from None
        if not days:
            raise CommandError(f"no dates from {args.start} to {args.end} {plan['step'].describe()}")
        try:  # again, now that the frames are known
            if kind == "frames" or args.frames is not None:
                ex.FrameFolder(args.out if kind == "frames" else args.frames, days, args.force)
        except ex.ExportError as err:
            raise CommandError(str(err)) from None
    if kind == "html":
        from viewer.export_html import build_html

        say(f"building the page of {plan['days'][0]}" + (" and its timeline" if args.timeline else ""))
        page = build_html(atlas, plan["days"][0], title=args.title, timeline=args.timeline, caption=caption)
        ex.write_bytes(args.out, page.encode("utf-8"), args.force)
        print(args.out)
        return 0

    _headless()
    from viewer.qt.app import make_application

    make_application()
    from PySide6.QtCore import qInstallMessageHandler

    previous_handler = _quiet_qt()
    from viewer.qt.snapshot import AnimationExport, Renderer, RenderJob, save_png

    import signal

    renderer = Renderer(atlas, vector=(kind == "pdf"))
    interrupted: list = []
    job = None

    def interrupt(*_args) -> None:  # Ctrl+C: stop, and leave nothing behind
        interrupted.append(True)
        if job is not None:
            job.cancel()

    previous = signal.signal(signal.SIGINT, interrupt)
    try:
        if not plan["animation"]:
            day = plan["days"][0]
            w, h = plan["size"]
            say(f"rendering {day} at {w}x{h}" + (f" x{plan['scale']}" if plan["scale"] != 1 else ""))
            request = RenderJob(atlas.state(day), plan["size"], plan["scale"], caption, args.title)
            result = renderer.render_sync(request, pdf=(kind == "pdf"))
            if interrupted:
                raise ex.ExportCancelled()
            if kind == "pdf":
                ex.write_bytes(args.out, result, args.force)
            else:
                save_png(result, args.out, args.force)
            print(args.out)
            return 0
        job = AnimationExport(renderer, atlas, days, args.out, kind, size=plan["size"], scale=plan["scale"],
                              caption=caption, title=args.title, frame_ms=args.frame_ms or ex.DEFAULT_FRAME_MS,
                              frames_dir=args.frames, force=args.force)
        # every frame; the GIF or MP4 every tenth frame and the last
        job.progress.connect(lambda done, total, text: say(text) if text.startswith(("frame", "writing")) or (
            text != "done" and (done == total or text.split("/")[0].endswith("0"))) else None)
        say(f"{len(days)} frames, {days[0]} to {days[-1]}, {plan['step'].describe()}")
        print(job.run_sync())
        return 0
    finally:
        signal.signal(signal.SIGINT, previous)
        renderer.close(now=True)
        qInstallMessageHandler(previous_handler)


def run(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "export":
        return _export(args)
    if args.command == "state":
        atlas = _load(args, recent_days=args.window)
        try:
            _print_json(atlas.state(args.date))
        except ValueError as err:
            raise CommandError(f"argument --date: {err}") from None
        return 0
    if args.command == "events":
        _print_json(_load(args).events)
        return 0
    if args.command == "check":
        return _check(args.files, args.replace)
    if args.command == "tours":
        return _tours(args)
    if args.command == "diff":
        return _diff(args)
    from viewer.qt.app import run_app

    return run_app(data_dir=args.data, start_date=args.date, files=args.add, replace=args.replace)


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # a file's odd characters must not stop the report
        if hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(errors="backslashreplace")
            except (ValueError, OSError):
                pass
    try:
        return run(argv)
    except CommandError as err:
        print(f"pakatlas: error: {err}", file=sys.stderr)
        return 2
    except DataError as err:
        more = " (pakatlas check FILE lists them all)" if len(err.problems) > 1 else ""
        print(f"pakatlas: error: {err}{more}", file=sys.stderr)
        return 2
    except ExportError as err:  # an export that failed while running: nothing was left behind
        if isinstance(err, ExportCancelled):
            print("pakatlas: export cancelled; nothing was written", file=sys.stderr)
            return 130
        print(f"pakatlas: error: {err}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
