"""The View menu (Language, High contrast, Events table) and what makes the window usable without a mouse or
a screen: the accessible name of every control, and a Tab order that follows the layout.

Tab order: the map, then the events panel from the top (filter field, category, partner, the events
list, the card), then the timeline bar (the timeline, previous event, play, next event, speed, date).
In Urdu the window is mirrored but the order is the same: it follows reading, which Qt mirrors too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from viewer.qt import access, language


translate = QCoreApplication.translate


def build_view_menu(window, menu) -> dict[str, QAction]:
    """Fill ``menu`` (the window's View menu) and return its actions by name."""
    actions: dict[str, QAction] = {}
    languages = menu.addMenu(translate("ViewMenu", "&Language"))
    group = QActionGroup(window)
    group.setExclusive(True)
    for code, native in language.menu_entries():
        action = QAction(native, window, checkable=True)
        action.setChecked(code == window.lang)
        action.setData(code)
        action.setStatusTip(translate("ViewMenu", "Show the atlas in %1").replace("%1", native))
        group.addAction(action)
        languages.addAction(action)
        actions[f"language.{code}"] = action
    group.triggered.connect(lambda action: window.choose_language(action.data()))

    contrast = QAction(translate("ViewMenu", "&High contrast"), window, checkable=True)
    contrast.setShortcut(QKeySequence("Ctrl+Shift+H"))
    contrast.setChecked(window.high_contrast)
    contrast.setStatusTip(translate("ViewMenu", "White on black, thick outlines and focus rings, a colour-blind-safe map"))
    contrast.toggled.connect(window.set_high_contrast)
    menu.addAction(contrast)
    actions["high_contrast"] = contrast

    table = QAction(translate("ViewMenu", "&Events table"), window)
    table.setShortcut(QKeySequence("Ctrl+T"))
    table.setStatusTip(translate("ViewMenu", "Every event as rows you can sort, read aloud and export to CSV"))
    table.triggered.connect(window.show_events_table)
    menu.addAction(table)
    actions["events_table"] = table
    for action in (contrast, table):
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    return actions


def label_controls(window) -> None:
    """Give every control of the window its accessible name and description, in the window's language."""
    bar, panel = window.bar, window.panel
    access.name(window.map, translate("Controls", "Map"), translate("Controls", "The map of the day: Pakistan's relations, borders, alliances and events. "
                                        "The events list and the events table say the same in words."))
    access.name(bar.slider, translate("Controls", "Timeline"), translate("Controls", "Left and right arrows: a day; Page Up and Page Down: the previous "
                                             "and next event; Home and End: the first and last day"))
    access.name(bar.date_edit, translate("Controls", "Date"), translate("Controls", "Type a date and press Enter"))
    access.name(bar.speed, translate("Controls", "Playback speed"), translate("Controls", "How far the date moves per frame while playing"))
    access.name(bar.previous_button, translate("Controls", "Previous event"), translate("Controls", "Previous event (Page Up)"))
    access.name(bar.play_button, translate("Controls", "Play / pause"), translate("Controls", "Play / pause (Space)"))
    access.name(bar.next_button, translate("Controls", "Next event"), translate("Controls", "Next event (Page Down)"))
    access.name(bar.summary, translate("Controls", "Summary of the day"))
    access.name(panel.search, translate("Controls", "Filter events"), translate("Controls", "Show only the events whose title, summary or place has "
                                                    "these words"))
    access.name(panel.category, translate("Controls", "Category"), translate("Controls", "Show only the events of one category"))
    access.name(panel.partner, translate("Controls", "Partner"), translate("Controls", "Show only the events with one partner"))
    access.name(panel.list, translate("Controls", "Events"), translate("Controls", "Every event, in date order; those on the map on the day shown are "
                                           "bold. Enter or a click shows its card and moves the map to it."))
    access.name(panel.card, translate("Controls", "Event card"), translate("Controls", "The selected event: its date, summary and sources. Tab moves "
                                               "through its links."))
    panel.card.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction
                                       | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)


def set_tab_order(window) -> None:
    """Tab goes through the window in the order it is laid out (see the module's note)."""
    bar, panel = window.bar, window.panel
    chain = [window.map, panel.search, panel.category, panel.partner, panel.list, panel.card, bar.slider,
             bar.previous_button, bar.play_button, bar.next_button, bar.speed, bar.date_edit]
    for widget in chain:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    for first, second in zip(chain, chain[1:]):
        window.setTabOrder(first, second)
