"""What every `pakatlas` command shares: the one-line error, the argument types (dates, --window,
--lang), the user's data files, loading the atlas and printing JSON."""

from __future__ import annotations

from viewer import version  # noqa: F401 (the command's version, re-exported)

import argparse
import json
import sys
from pathlib import Path

from viewer.core.atlas import Atlas
from viewer.core.dates import parse_date

LEFT_OUT_SHOWN = 20
"""At most this many left-out rows of conflict files are listed on stderr (the count says the rest)."""


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

def _add_user_files(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--add", type=Path, action="append", default=[], metavar="FILE",
                        help="a GeoJSON, CSV or GeoPackage file of events, relations, alliances or polities "
                        "to add to the data (repeatable)")
    parser.add_argument("--replace", action="store_true",
                        help="the --add files replace the data of the kinds they hold instead of adding to it")

def _add_display(parser: argparse.ArgumentParser, *, since: bool = True) -> None:
    """--mode, --window, --fade-days (and --since): which past events the map of a day shows."""
    from viewer.core.modes import DEFAULT_FADE_DAYS, DEFAULT_MODE, DEFAULT_WINDOW, MODES

    parser.add_argument("--mode", choices=MODES, default=DEFAULT_MODE,
                        help="instant: only what holds on the day; window: also what ended within --window days "
                        "(the default); cumulative: everything up to the day; fade: cumulative, older events fading "
                        "out over --fade-days (each event has an opacity)")
    parser.add_argument("--window", type=_window, default=DEFAULT_WINDOW, metavar="DAYS",
                        help=f"days an event stays on the map after it ends (default {DEFAULT_WINDOW})")
    parser.add_argument("--fade-days", type=_window, default=DEFAULT_FADE_DAYS, metavar="DAYS",
                        help=f"with --mode fade: days over which an ended event fades out (default {DEFAULT_FADE_DAYS})")
    parser.add_argument("--layer-mode", action="append", default=[], metavar="LAYER=MODE",
                        help="a layer that keeps past events its own way (repeatable): events.CATEGORY or conflict, "
                        "and instant, window:DAYS, cumulative or fade:DAYS, e.g. --layer-mode events.treaty=cumulative")
    if since:
        parser.add_argument("--since", type=_date, metavar="D1",
                            help="a range: the map of --date shows everything active from D1 to that date "
                            "(the window mode, its window the range's length)")


def display_options(args, day=None) -> dict:
    """``display`` and ``layer_displays`` for ``Atlas.load``, from --mode, --window, --fade-days, --since and
    --layer-mode."""
    from viewer.core.modes import parse_layer_displays

    layers = {}
    for text in getattr(args, "layer_mode", ()) or ():
        try:
            found = parse_layer_displays(text)
        except ValueError as err:
            raise CommandError(f"argument --layer-mode: {err}") from None
        twice = set(found) & set(layers)
        if twice:
            raise CommandError(f"argument --layer-mode: {sorted(twice)[0]!r} is given twice")
        layers.update(found)
    return {"display": display_of(args, day), "layer_displays": layers}


def display_of(args, day=None):
    """The display the arguments ask for (``--since D1`` with the day D2: the range D1 to D2)."""
    from viewer.core.modes import Display

    since = getattr(args, "since", None)
    if since is not None:
        if getattr(args, "mode", "window") != "window":
            raise CommandError("--since is a range shown in the window mode: leave out --mode")
        if day is None:
            raise CommandError("--since goes with --date (the range's last day)")
        try:
            return Display.for_range(since, day)
        except ValueError as err:
            raise CommandError(f"argument --since: {err}") from None
    return Display(args.mode, window=args.window, fade_days=args.fade_days)


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
