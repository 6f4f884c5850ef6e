"""The `pakatlas` command: the window by default, and headless questions to the atlas."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from viewer.core.atlas import RECENT_DAYS, Atlas
from viewer.core.dates import parse_date
from viewer.core.problems import DataError, printable
from viewer.export.files import ExportCancelled, ExportError


class CommandError(Exception):
    """A mistake in the command line or its input: one line on stderr, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):
        raise CommandError(message)


def _window(text: str) -> int:
    """--window: whole days, from 0 to the span of the timeline."""
    from viewer.core.dates import TIMELINE_END, TIMELINE_START

    span = (TIMELINE_END - TIMELINE_START).days
    try:
        days = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of days") from None
    if not 0 <= days <= span:
        raise argparse.ArgumentTypeError(f"{days} is out of range (expected 0 to {span} days)")
    return days


def _lang(text: str) -> str:
    """--lang: en, fr or ur (``fr_FR`` and ``FR`` read as ``fr``)."""
    from viewer.i18n.languages import resolve

    try:
        return resolve(text, "")
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def _add_lang(parser: argparse.ArgumentParser, top: bool = False) -> None:
    # on a command, the option is left out of the namespace when not given, so that it does not hide
    # a --lang given before the command
    parser.add_argument("--lang", type=_lang, metavar="LANG", default=None if top else argparse.SUPPRESS,
                        help="the language of names, titles, labels and captions: en, fr or ur (default: "
                        "the system's language if the atlas speaks it, else en)")


def language(args) -> str:
    """The language of a command: ``--lang``, else the system's if the atlas speaks it, else English."""
    from viewer.i18n.languages import resolve, system_locale

    return args.lang or resolve(None, system_locale())


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
    parser.add_argument("--view", help="where to open the map: a region (south-asia, pakistan, kashmir...), "
                        "lat,lon,zoom or south,west,north,east")
    parser.add_argument("--layers", help="layers to hide (-id) or show (id), comma-separated, e.g. "
                        "--layers=-events.visit,alliance.SEATO")
    _add_user_files(parser)
    _add_lang(parser, top=True)
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    state = commands.add_parser("state", help="print what held on a date, as JSON")
    state.add_argument("--date", type=_date, required=True, help="YYYY-MM-DD, 1947-08-14 to 2025-12-31")
    state.add_argument("--data", type=Path, help="a folder of data files to use instead of the bundled ones")
    state.add_argument("--window", type=_window, default=RECENT_DAYS, metavar="DAYS",
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
    check.add_argument("--seeds", type=Path, metavar="DIR",
                       help="also check every source entry against the source catalogue and every quote against "
                       "the source texts in DIR (verbatim, and only of a text at hand)")

    sources = commands.add_parser("sources", help="list the documents of the source catalogue")
    sources.add_argument("--json", action="store_true", help="print the catalogue as a JSON list")

    _add_export(commands)
    _add_place(commands)
    _add_tours_and_diff(commands)
    opener = commands.add_parser("open", help="open the window on a pakatlas: link (Edit > Copy link to this view)")
    opener.add_argument("uri", help="pakatlas:?date=YYYY-MM-DD&view=...&layers=...")

    commands.add_parser("gui", help="open the window (the default)")
    for command in commands.choices.values():
        _add_lang(command)
    return parser


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
    export.add_argument("--frames", type=Path, metavar="FOLDER",
                        help="GIF/MP4: also keep the PNG frames in this folder")
    export.add_argument("--tour", metavar="ID", help="export a guided tour (pakatlas tours): FILE.pdf (a page "
                        "per step), FILE.png (one step's page, see --tour-step), FILE.html, FILE.gif or FILE.mp4")
    export.add_argument("--tour-step", type=int, metavar="N", help="PNG of a tour: the step to draw (from 1)")
    export.add_argument("--compare", type=_date, metavar="D2", help="with --date D1: the two dates side by "
                        "side and what changed, as FILE.png or FILE.pdf")
    export.add_argument("--force", action="store_true", help="overwrite existing files")
    export.add_argument("--data", type=Path, help="a folder of data files to use instead of the bundled ones")
    _add_user_files(export)


def _add_place(commands) -> None:
    place = commands.add_parser("place", help="print which polity held a point on a date, and its regions, "
                                "as JSON (polity null at sea)")
    place.add_argument("--date", type=_date, required=True, help="YYYY-MM-DD, 1947-08-14 to 2025-12-31")
    place.add_argument("--lat", required=True, help="latitude in decimal degrees, -90 to 90")
    place.add_argument("--lon", required=True, help="longitude in decimal degrees, -180 to 180")
    place.add_argument("--data", type=Path, help="a folder of data files to use instead of the bundled ones")
    _add_user_files(place)


def _place(args) -> int:
    from viewer.core.place import place

    atlas = _load(args)
    try:
        found = place(atlas, args.date, args.lat, args.lon)
    except ValueError as err:
        raise CommandError(str(err)) from None
    lang = language(args)
    if lang != "en" and found.get("polity"):
        from viewer.i18n.names import territory

        name, name_lang = territory(found["polity"], lang, atlas.unit_names)
        found["polity"] = {**found["polity"], "name": name, "name_lang": name_lang}
    _print_json(found)
    return 0


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


def _diff_dates(*options) -> None:
    from viewer.core.dates import TIMELINE_END, TIMELINE_START, in_timeline

    for option, day in options:
        if not in_timeline(day):
            raise CommandError(f"argument {option}: {day} is outside the timeline ({TIMELINE_START} to {TIMELINE_END})")


def _find_tour(atlas, args, tour_id: str):
    """The bundled tour ``tour_id`` checked against the data in use; CommandError naming the tours there are."""
    from viewer.core.paths import GEODATA
    from viewer.core.tours import TOURS_DIR, find_tour, vocabulary_of

    try:
        return find_tour(GEODATA / TOURS_DIR, tour_id, vocabulary_of(atlas))
    except KeyError as err:
        raise CommandError(f"argument --tour: {err.args[0]}") from None


def _diff(args) -> int:
    """``pakatlas diff --from D1 --to D2``."""
    from viewer.core.diff import describe, diff

    _diff_dates(("--from", args.start), ("--to", args.end))
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


LEFT_OUT_SHOWN = 20
"""How many left-out rows of GED and ACLED files ``state`` and ``events`` name on stderr."""


def _load(args, **kw) -> Atlas:
    atlas = Atlas.load(args.data, extra_files=args.add, replace=args.replace, strict=True, **kw)
    for warning in atlas.warnings:
        print(f"pakatlas: {warning}", file=sys.stderr)
    left_out = atlas.left_out  # bad rows of GED and ACLED files: the good rows are loaded
    for problem in left_out[:LEFT_OUT_SHOWN]:
        print(f"pakatlas: left out: {problem}", file=sys.stderr)
    if len(left_out) > LEFT_OUT_SHOWN:
        print(f"pakatlas: … and {len(left_out) - LEFT_OUT_SHOWN} more rows left out (pakatlas check lists them all)",
              file=sys.stderr)
    return atlas


def _print_json(value) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def _check(paths: list[Path], replace: bool = False, seeds: Path | None = None) -> int:
    from viewer.core.validate import check_paths, check_sources

    if seeds is not None and not seeds.is_dir():
        raise CommandError(f"argument --seeds: {seeds} is not a folder")
    problems = check_paths(paths, replace=replace)
    if seeds is not None:
        problems += check_sources(paths, seeds)
    for problem in problems:
        print(problem)
    count = len(problems)
    bad = sum(p.is_error for p in problems)
    detail = f" ({bad} error{'s' * (bad != 1)}, {count - bad} warning{'s' * (count - bad != 1)})" if bad < count else ""
    print(f"{count} problem{'s' * (count != 1)}{detail} in {len(paths)} path{'s' * (len(paths) != 1)}", file=sys.stderr)
    return 1 if bad else 0


def _sources(args) -> int:
    """``pakatlas sources``: the documents of the bundled source catalogue."""
    from viewer.core.sources import bundled_catalogue

    documents = [document.as_dict() for document in bundled_catalogue().values()]
    if args.json:
        _print_json(documents)
        return 0
    for d in documents:
        byline = ", ".join(str(part) for part in (d.get("author"), d.get("publisher"), d.get("date")) if part)
        print(f"{d['id']}\t{d['kind']}\t{d['title']}" + (f" ({byline})" if byline else ""))
    return 0


def _export_request(args):
    """The export the arguments ask for, validated (every check that needs neither the data nor Qt)."""
    from viewer.export import ExportRequest, InvalidRequest

    request = ExportRequest(out=args.out, date=args.date, start=args.start, end=args.end, step=args.step,
                            size=args.size, scale=args.scale, caption=not args.no_caption, title=args.title,
                            timeline=args.timeline, frame_ms=args.frame_ms, frames_dir=args.frames, force=args.force,
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

    atlas = _load(args)
    days = None
    tour = _find_tour(atlas, args, request.tour) if request.tour else None
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
        print(request.out)
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
        print(runner.run_sync())
        return 0
    finally:
        signal.signal(signal.SIGINT, previous)
        for made in renderers.values():
            made.close(now=True)
        qInstallMessageHandler(previous_handler)


def run(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if not hasattr(args, "lang"):
        args.lang = None
    if args.command == "export":
        return _export(args)
    if args.command == "state":
        atlas = _load(args, recent_days=args.window)
        try:
            state = atlas.state(args.date, every_event=True)
        except ValueError as err:
            raise CommandError(f"argument --date: {err}") from None
        from viewer.i18n.state import localise_state

        _print_json(localise_state(state, language(args), atlas.unit_names) if language(args) != "en" else state)
        return 0
    if args.command == "events":
        from viewer.i18n.content import localise_event

        lang = language(args)
        atlas = _load(args)
        listing = atlas.event_listing() + list(atlas.conflicts.all_records())
        _print_json([localise_event(e, lang) if lang != "en" else e for e in listing])
        return 0
    if args.command == "check":
        return _check(args.files, args.replace, args.seeds)
    if args.command == "sources":
        return _sources(args)
    if args.command == "place":
        return _place(args)
    if args.command == "tours":
        return _tours(args)
    if args.command == "diff":
        return _diff(args)
    from viewer.core.viewlink import from_options, parse_link

    try:
        if args.command == "open":
            link = parse_link(args.uri)
        else:
            link = from_options(args.date, args.view, args.layers)
    except ValueError as err:
        raise CommandError(str(err)) from None
    from viewer.qt.app import display_problem, run_app

    problem = display_problem()
    if problem:
        raise CommandError(problem)
    return run_app(data_dir=args.data, start_date=link.date, files=args.add, replace=args.replace, lang=args.lang,
                   link=link)


class _Printable:
    """A text stream that writes control characters as escapes (see ``problems.printable``): nothing a
    data file holds (a file name, a column name, a value) reaches the terminal as a command."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(printable(text, keep="\n\t"))
        return len(text)

    def __getattr__(self, name):
        return getattr(self._stream, name)


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # a file's odd characters must not stop the report
        if hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(errors="backslashreplace")
            except (ValueError, OSError):
                pass
    streams = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _Printable(sys.stdout), _Printable(sys.stderr)
    try:
        return _main(argv)
    finally:
        sys.stdout, sys.stderr = streams


def _main(argv: list[str] | None) -> int:
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
