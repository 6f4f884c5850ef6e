"""View › Past events: which past events the map shows (``viewer.core.modes``), and the timeline's range.

The choice belongs to the atlas (``Atlas.set_display``), so the map, the events list, every export made
from the window and the CLI given the same ``--mode`` show the same. The window remembers it in its
settings (``display``, as ``Display.text`` writes it). The timeline draws the range the map shows, from
its first day to the day; dragging the range's first day (the second handle), or Show a range of
dates…, sets it, and playing moves the whole range. By layer… gives an event layer (treaties, strikes…) or
the conflict data a mode of its own (``Atlas.layer_displays``; remembered as ``display_layers``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QInputDialog

from viewer import style
from viewer.core.modes import CONFLICT_LAYER, MAX_DAYS, Display

translate = QCoreApplication.translate

MODE_LABELS = (("instant", QT_TRANSLATE_NOOP("DisplayMenu", "&On the day only")),
               ("window", QT_TRANSLATE_NOOP("DisplayMenu", "Also &ended within %n day(s)")),
               ("cumulative", QT_TRANSLATE_NOOP("DisplayMenu", "&Everything so far")),
               ("fade", QT_TRANSLATE_NOOP("DisplayMenu", "Everything so far, &fading over %n day(s)")))

TITLES = {"window": QT_TRANSLATE_NOOP("DisplayMenu", "Length of the window"),
          "fade_days": QT_TRANSLATE_NOOP("DisplayMenu", "Length of the fading")}


def mode_label(mode: str, display: Display) -> str:
    """The menu's words for a mode, with the display's number of days."""
    text = dict(MODE_LABELS)[mode]
    days = display.window if mode == "window" else display.fade_days
    # %n filled in here: Qt finds no translation of a text given with a count unless lupdate marked it plural,
    # which it does only for tr() in a class
    return translate("DisplayMenu", text).replace("%n", str(days))


def build_display_menu(window, menu) -> dict[str, QAction]:
    """Add the Past events submenu to ``menu``; return its actions by name (``display.<mode>``, ...)."""
    actions: dict[str, QAction] = {}
    sub = menu.addMenu(translate("DisplayMenu", "&Past events"))
    group = QActionGroup(window)
    group.setExclusive(True)
    for mode, _text in MODE_LABELS:
        action = QAction(mode_label(mode, window.display), window, checkable=True)
        action.setData(mode)
        group.addAction(action)
        sub.addAction(action)
        actions[f"display.{mode}"] = action
    group.triggered.connect(lambda action: window.set_display(dataclasses.replace(window.display, mode=action.data())))
    sub.addSeparator()
    for name, text, slot in (
            ("display.window_days", QT_TRANSLATE_NOOP("DisplayMenu", "Length of the &window…"),
             lambda: ask_days(window, "window")),
            ("display.fade_days", QT_TRANSLATE_NOOP("DisplayMenu", "Length of the f&ading…"),
             lambda: ask_days(window, "fade_days")),
            ("display.range", QT_TRANSLATE_NOOP("DisplayMenu", "Show a &range of dates…"),
             lambda: ask_range(window)),
            ("display.layers", QT_TRANSLATE_NOOP("DisplayMenu", "By &layer…"),
             lambda: layer_dialog(window).open())):
        action = QAction(translate("DisplayMenu", text), window)
        action.triggered.connect(slot)
        sub.addAction(action)
        actions[name] = action
    actions["display.range"].setStatusTip(translate(
        "DisplayMenu", "Show everything active from a first date to the date shown (or drag the range's first "
        "day on the timeline)"))
    sync_display_menu(actions, window.display)
    return actions


def sync_display_menu(actions: dict[str, QAction], display: Display) -> None:
    """Check the display's mode and write its numbers of days into the menu."""
    for mode, _text in MODE_LABELS:
        action = actions[f"display.{mode}"]
        action.setText(mode_label(mode, display))
        action.setChecked(mode == display.mode)


def ask_days(window, field: str) -> None:
    """Ask for the window's (or the fading's) number of days, then show past events that way."""
    current = getattr(window.display, field)
    title = translate("DisplayMenu", TITLES[field])
    days, ok = QInputDialog.getInt(window, title, translate("DisplayMenu", "Days:"), current, 0, MAX_DAYS, 30)
    if ok:
        mode = "window" if field == "window" else "fade"
        window.set_display(dataclasses.replace(window.display, mode=mode, **{field: days}))


def range_dialog(window) -> QDialog:
    """The dialog of Show a range of dates…: its first date (``dialog.first``); the last is the day shown."""
    dialog = QDialog(window)
    dialog.setWindowTitle(translate("DisplayMenu", "Show a range of dates"))
    day, atlas = window.timeline.day, window.atlas
    since = window.display.since(day) or day
    edits = []
    for value in (since, day):
        edit = QDateEdit(QDate(value.year, value.month, value.day), dialog)
        edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # an ISO date reads left to right, Urdu too
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setCalendarPopup(True)
        first, last = atlas.first_day, atlas.last_day
        edit.setDateRange(QDate(first.year, first.month, first.day), QDate(last.year, last.month, last.day))
        edits.append(edit)
    dialog.first, dialog.last = edits
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form = QFormLayout(dialog)
    form.addRow(translate("DisplayMenu", "From:"), dialog.first)
    form.addRow(translate("DisplayMenu", "To:"), dialog.last)
    form.addRow(buttons)
    dialog.accepted.connect(lambda: show_range(window, _date(dialog.first.date()), _date(dialog.last.date())))
    return dialog


LAYER_MODES = (("", QT_TRANSLATE_NOOP("DisplayMenu", "As the rest of the map")),
               ("instant", QT_TRANSLATE_NOOP("DisplayMenu", "On the day only")),
               ("window", QT_TRANSLATE_NOOP("DisplayMenu", "Also those ended within the window")),
               ("cumulative", QT_TRANSLATE_NOOP("DisplayMenu", "Everything so far")),
               ("fade", QT_TRANSLATE_NOOP("DisplayMenu", "Everything so far, fading")))


def layer_dialog(window) -> QDialog:
    """Past events › By layer…: for each event layer (and the conflict data, if loaded) a mode of its own, or
    the map's; the choices are ``dialog.choices`` (layer id -> its combo box)."""
    dialog = QDialog(window)
    dialog.setWindowTitle(translate("DisplayMenu", "Past events by layer"))
    form = QFormLayout(dialog)
    atlas, lang = window.atlas, window.lang
    categories = list(style.CATEGORY_COLOURS)
    if any(e["category"] not in style.CATEGORY_COLOURS for e in atlas.events):
        categories.append(style.OTHER_CATEGORY)
    layers = [(f"events.{c}", style.label("category", c, lang)) for c in categories]
    if atlas.conflicts:
        layers.append((CONFLICT_LAYER, translate("DisplayMenu", "Conflict data (GED, ACLED)")))
    dialog.choices = {}
    for layer, name in layers:
        box = QComboBox(dialog)
        for mode, text in LAYER_MODES:
            if layer == CONFLICT_LAYER and mode == "fade":
                continue  # density cells count events: they do not fade
            box.addItem(translate("DisplayMenu", text), mode)
        own = atlas.layer_displays.get(layer)
        box.setCurrentIndex(max(0, box.findData(own.mode if own else "")))
        form.addRow(name, box)
        dialog.choices[layer] = box
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)

    def chosen() -> None:
        base = window.display
        own = {layer: dataclasses.replace(base, mode=box.currentData())
               for layer, box in dialog.choices.items() if box.currentData()}
        window.set_display(base, own)

    dialog.accepted.connect(chosen)
    return dialog


def ask_range(window) -> None:
    range_dialog(window).open()


def show_range(window, first: dt.date, last: dt.date) -> None:
    """Show everything active from ``first`` to ``last``: the map of ``last`` with the window between them."""
    first, last = min(first, last), max(first, last)
    window.set_display(dataclasses.replace(Display.for_range(first, last), fade_days=window.display.fade_days))
    window.set_day(last)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())
