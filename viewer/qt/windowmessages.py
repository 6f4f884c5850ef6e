"""What the window says in words beside the map: the day in words (the date, relations with the main
partners, the alliances Pakistan is in) shown with the timeline, the status bar's messages (the opening
hint, the data shown, loading), and the error banner (records left out, data that could not be opened,
unexpected errors).

Functions of the window (``MainWindow``) rather than methods, to keep the window's module to its one
concern, the date and what shows it; their texts keep the window's translation context.
"""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QProgressBar

from viewer import style
from viewer.i18n.names import format_date, territory

log = logging.getLogger(__name__)

PARTNER_ORDER = ("USA", "IRN", "IND", "AFG", "CHN", "RUS")
"""The partners whose relations the day in words names, in this order."""
translate = QCoreApplication.translate


def day_summary(window, state: dict) -> str:
    """The day of a state in words, in the window's language: the date, relations with the main partners
    and the alliances Pakistan is in, named as the legend names them (``style.label``)."""
    lang = getattr(window, "lang", "en")
    names = {unit: territory(t, lang, window.atlas.unit_names)[0] for t in state["territories"] for unit in t["units"]}
    relations = {r["partner"]: r["status"] for r in state["relations"]}
    colon = " : " if lang == "fr" else ": "  # French typography: a space before the colon
    parts = [f"{names.get(p, p)}{colon}{style.label('status', relations[p], lang).lower()}" for p in PARTNER_ORDER
             if p in relations]
    alliances = ", ".join(style.label("alliance", a["id"], lang) for a in state["alliances"] if "PAK" in a["members"])
    separator = "، " if lang == "ur" else ", "
    text = format_date(state["date"], lang) + "   " + " · ".join(parts)
    text += ("   " + translate("MainWindow", "Pakistan in: %1").replace("%1", alliances.replace(", ", separator))
             if alliances else "")
    conflict = state.get("conflict")  # large GED or ACLED files
    if conflict:
        text += "   " + (translate("MainWindow", "Conflict data: %1 events, %2 deaths (past year)")
                         .replace("%1", f"{conflict['events']:,}").replace("%2", f"{conflict['deaths']:,}"))
    return text


def make_banner(window) -> QLabel:
    """The error banner above the map, hidden until an error is shown."""
    banner = QLabel(window)
    banner.setObjectName("errorBanner")
    banner.setWordWrap(True)
    banner.setTextFormat(Qt.TextFormat.PlainText)
    banner.setStyleSheet(style.ERROR_BANNER)
    banner.hide()
    return banner


def show_error(window, message: str) -> None:
    log.warning("%s", message)
    window.banner.setText(message)
    window.banner.show()


def report_exception(window, kind, value, tb) -> None:
    log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
    window.show_error(translate("MainWindow", "Unexpected error: %1. The window keeps running; details are in the "
                                              "log.").replace("%1", str(value)))


def say_opened(window) -> None:
    """The window is up: the records of the data left out, if any, and how to move through time."""
    atlas = window.atlas
    problems = len(atlas.problems)
    if problems:
        window.show_error(window.counted("left_out", problems).replace("%1", str(atlas.problems[0])))
    window.statusBar().showMessage(translate("MainWindow", "Drag the timeline, or press Space to play. Page Up/Down: "
                                                           "previous/next event."))


def say_data_shown(window, atlas) -> None:
    """New data is shown: where it comes from, how many events, its warnings and the rows left out."""
    names = ", ".join(p.name for p in window.source.sources) or translate("MainWindow", "the built-in data")
    warnings, left_out = len(atlas.warnings), len(atlas.left_out)
    warned = " " + window.counted("warnings", warnings).replace("%1", str(atlas.warnings[0])) if atlas.warnings else ""
    count = len(atlas.events) + len(atlas.conflicts)
    window.statusBar().showMessage(window.counted("events", count).replace("%1", names) + warned)
    if atlas.left_out:  # bad rows of GED or ACLED files: the good rows are shown
        window.show_error(window.counted("rows_left_out", left_out).replace("%1", str(atlas.left_out[0])))


def show_busy(window, busy: bool) -> None:
    """Data is loading (or no longer): a busy bar and a word in the status bar."""
    if not hasattr(window, "_busy_bar"):
        window._busy_bar = QProgressBar(window, maximum=0, maximumWidth=120)
        window._busy_bar.setFormat(translate("MainWindow", "Loading data…"))
        window.statusBar().addPermanentWidget(window._busy_bar)
    window._busy_bar.setVisible(busy)
    if busy:
        window.statusBar().showMessage(translate("MainWindow", "Loading data…"))
