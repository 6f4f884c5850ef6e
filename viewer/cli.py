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
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    state = commands.add_parser("state", help="print what held on a date, as JSON")
    state.add_argument("--date", type=_date, required=True, help="YYYY-MM-DD, 1947-08-14 to 2025-12-31")
    state.add_argument("--data", type=Path, help="a folder of data files to use instead of the bundled ones")
    state.add_argument("--window", type=int, default=RECENT_DAYS, metavar="DAYS",
                       help=f"days an event stays on the map after it ends (default {RECENT_DAYS})")

    events = commands.add_parser("events", help="print every event as JSON, in date order")
    events.add_argument("--data", type=Path, help="a folder of data files to use instead of the bundled ones")

    check = commands.add_parser("check", help="validate data files; exit 1 if there are problems")
    check.add_argument("files", nargs="+", type=Path, help="data files or folders")

    commands.add_parser("gui", help="open the window (the default)")
    return parser


def _print_json(value) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def _check(paths: list[Path]) -> int:
    from viewer.core.validate import check_paths

    problems = check_paths(paths)
    for problem in problems:
        print(problem)
    count = len(problems)
    print(f"{count} problem{'s' * (count != 1)} in {len(paths)} path{'s' * (len(paths) != 1)}", file=sys.stderr)
    return 1 if problems else 0


def run(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "state":
        atlas = Atlas.load(args.data, strict=True, recent_days=args.window)
        try:
            _print_json(atlas.state(args.date))
        except ValueError as err:
            raise CommandError(f"argument --date: {err}") from None
        return 0
    if args.command == "events":
        _print_json(Atlas.load(args.data, strict=True).events)
        return 0
    if args.command == "check":
        return _check(args.files)
    from viewer.qt.app import run_app

    return run_app(data_dir=args.data, start_date=args.date)


def main(argv: list[str] | None = None) -> int:
    try:
        return run(argv)
    except CommandError as err:
        print(f"pakatlas: error: {err}", file=sys.stderr)
        return 2
    except DataError as err:
        print(f"pakatlas: error: {err}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
