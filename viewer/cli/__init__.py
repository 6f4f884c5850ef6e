"""The `pakatlas` command: the window by default, and headless questions to the atlas.

The parser and the dispatch are here; what the commands share is in ``common``, the questions
(``check``, ``sources``, ``place``, ``tours``, ``diff``) in ``queries``, the exports in ``export``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from viewer.cli.common import (CommandError, _add_display, _add_lang, _add_user_files, _date, _load, _Parser,
                               _print_json, display_options, language, version)
from viewer.cli.export import _add_export, _export
from viewer.cli.queries import _add_place, _add_tours_and_diff, _check, _cite, _diff, _place, _sources, _tours
from viewer.core.problems import DataError, printable
from viewer.export.files import ExportCancelled, ExportError


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="pakatlas", description="Pakistan Diplomatic Atlas: a map and timeline of "
                     "Pakistan's diplomatic history, 1947-2025. With no command, opens the window.")
    parser.add_argument("--data", type=Path, help="a folder of data files to use instead of the bundled ones")
    parser.add_argument("--date", type=_date, help="the date to open the window on (YYYY-MM-DD)")
    parser.add_argument("--view", help="where to open the map: a region (south-asia, pakistan, kashmir...), "
                        "lat,lon,zoom or south,west,north,east")
    parser.add_argument("--layers", help="layers to hide (-id) or show (id), comma-separated, e.g. "
                        "--layers=-events.visit,alliance.SEATO")
    parser.add_argument("--past", metavar="MODE", help="how past events show: instant, window:DAYS, cumulative or "
                        "fade:DAYS (View > Past events)")
    parser.add_argument("--past-layers", metavar="LAYER=MODE,...",
                        help="layers that keep past events their own way, e.g. events.treaty=cumulative")
    _add_user_files(parser)
    _add_lang(parser, top=True)
    parser.add_argument("--version", action="version", version=f"pakatlas {version()}",
                        help="print the atlas's version and exit")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    state = commands.add_parser("state", help="print what held on a date, as JSON")
    when = state.add_mutually_exclusive_group(required=True)
    when.add_argument("--date", type=_date, help="YYYY-MM-DD, 1947-08-14 to 2025-12-31")
    when.add_argument("--from", dest="first", type=_date, metavar="D1",
                      help="with --to: everything active at any time from D1 to D2")
    state.add_argument("--to", dest="last", type=_date, metavar="D2", help="the last day of a --from range")
    state.add_argument("--data", type=Path, help="a folder of data files to use instead of the bundled ones")
    _add_display(state, since=False)
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
    sources.add_argument("--format", choices=("csl-json", "bibtex", "ris"),
                         help="write the catalogue for a reference manager: CSL-JSON (Zotero), BibTeX or RIS; "
                         "one entry per document, keyed by its id")
    sources.add_argument("--date", metavar="YYYY-MM-DD",
                         help="only the documents behind the map of that day (its events, relations, alliances "
                         "and borders)")
    cite = commands.add_parser("cite", help="the sources of one record (an event's id, or a polity's), "
                               "to cite it")
    cite.add_argument("record", help="an event id (pakatlas events), or a polity id")
    cite.add_argument("--format", choices=("text", "csl-json", "bibtex", "ris"), default="text",
                      help="text (default): the record and its documents in words; or a reference manager's format")
    cite.add_argument("--data", type=Path, help="a folder of data files to use instead of the bundled ones")
    _add_user_files(cite)

    _add_export(commands)
    _add_place(commands)
    _add_tours_and_diff(commands)
    opener = commands.add_parser("open", help="open the window on a pakatlas: link (Edit > Copy link to this view) "
                                 "or on a tour file (FILE.toml), which plays")
    opener.add_argument("uri", help="pakatlas:?date=YYYY-MM-DD&view=...&layers=..., or a tour file FILE.toml")

    commands.add_parser("gui", help="open the window (the default)")
    for command in commands.choices.values():
        _add_lang(command)
    return parser

def run(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if not hasattr(args, "lang"):
        args.lang = None
    if args.command == "export":
        return _export(args)
    if args.command == "state":
        if (args.first is None) != (args.last is None):
            raise CommandError("--from and --to go together")
        atlas = _load(args, **display_options(args))
        if args.first is not None:
            try:
                shown = atlas.state_range(args.first, args.last)
            except ValueError as err:
                raise CommandError(f"argument --from/--to: {err}") from None
            from viewer.i18n.state import localise_range

            _print_json(localise_range(shown, language(args)) if language(args) != "en" else shown)
            return 0
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
    if args.command == "cite":
        return _cite(args)
    if args.command == "place":
        return _place(args)
    if args.command == "tours":
        return _tours(args)
    if args.command == "diff":
        return _diff(args)
    from viewer.core.viewlink import from_options, parse_link

    tour_file = None
    try:
        if args.command == "open" and args.uri.lower().endswith(".toml"):
            tour_file, link = Path(args.uri), from_options(None, None, None)
            if not tour_file.is_file():
                raise CommandError(f"argument uri: {tour_file} is not a file")
        elif args.command == "open":
            link = parse_link(args.uri)
        else:
            link = from_options(args.date, args.view, args.layers, args.past, args.past_layers)
    except ValueError as err:
        raise CommandError(str(err)) from None
    from viewer.qt.app import display_problem, run_app

    problem = display_problem()
    if problem:
        raise CommandError(problem)
    return run_app(data_dir=args.data, start_date=link.date, files=args.add, replace=args.replace, lang=args.lang,
                   link=link, tour_file=tour_file)

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
    args = sys.argv[1:] if argv is None else list(argv)
    if len(args) == 1 and args[0].lower().startswith("pakatlas:"):  # a link opened by the desktop: the window on it
        argv = ["open", args[0]]
    try:
        return run(argv)
    except CommandError as err:  # one line, whatever a file's name holds
        print(f"pakatlas: error: {printable(str(err))}", file=sys.stderr)
        return 2
    except DataError as err:
        more = " (pakatlas check FILE lists them all)" if len(err.problems) > 1 else ""
        print(f"pakatlas: error: {printable(str(err))}{more}", file=sys.stderr)
        return 2
    except ExportError as err:  # an export that failed while running: nothing was left behind
        if isinstance(err, ExportCancelled):
            print("pakatlas: export cancelled; nothing was written", file=sys.stderr)
            return 130
        print(f"pakatlas: error: {printable(str(err))}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
