"""The `pakatlas` command: the window by default, and headless questions to the atlas."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from viewer.core.atlas import RECENT_DAYS, Atlas
from viewer.core.dates import parse_date
from viewer.core.problems import DataError


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

    commands.add_parser("gui", help="open the window (the default)")
    return parser


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


def run(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
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
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
