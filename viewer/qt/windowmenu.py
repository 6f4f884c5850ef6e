"""The window's menu bar: File, Go and Help with their actions and shortcuts, and View (its own menus come
from ``viewmenu`` and ``displaymenu``).

A function of the window (``MainWindow``) rather than a method, to keep the window's module to its one
concern, the date and what shows it; the menus' texts keep the window's translation context (the export
actions keep theirs, ``ExportActions``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from viewer.qt import displaymenu, viewmenu
from viewer.qt.export_dialogs import ExportActions

translate = QCoreApplication.translate


def build_menus(window) -> None:
    """Fill the window's menu bar. Sets ``window.exports``, ``window.actions_by_name`` (by English text, the
    ``&`` left out), ``window.view_actions`` and ``window.menus`` (by English name, whatever the language)."""
    window.exports = ExportActions(window)
    export_slots = [getattr(window.exports, method) for _text, _key, method in ExportActions.MENU]
    menus = {name: window.menuBar().addMenu(translate("MainWindow", name))
             for name in (QT_TRANSLATE_NOOP("MainWindow", "&File"), QT_TRANSLATE_NOOP("MainWindow", "&View"),
                          QT_TRANSLATE_NOOP("MainWindow", "&Go"), QT_TRANSLATE_NOOP("MainWindow", "&Help"))}
    # in a right-to-left window the timeline runs right to left: the left arrow goes later
    back, forward = ("Right", "Left") if window.isRightToLeft() else ("Left", "Right")
    specs = [
        ("&File", QT_TRANSLATE_NOOP("MainWindow", "&Add data files…"), QKeySequence.StandardKey.Open,
         lambda: window.choose_data(replace=False)),
        ("&File", QT_TRANSLATE_NOOP("MainWindow", "&Replace data with files…"), None, lambda: window.choose_data(replace=True)),
        ("&File", QT_TRANSLATE_NOOP("MainWindow", "Use the &built-in data"), None, lambda: window.source.reset()),
        *(("&File", text, key, getattr(window.exports, method)) for text, key, method in ExportActions.MENU),
        ("&File", None, None, None),
        ("&File", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), QKeySequence.StandardKey.Quit, window.close),
        ("&View", QT_TRANSLATE_NOOP("MainWindow", "&Reset the map view"), "Ctrl+0", window.reset_view),
        ("&Go", QT_TRANSLATE_NOOP("MainWindow", "&Play / pause"), "Space", lambda: window.bar.play_button.toggle()),
        ("&Go", QT_TRANSLATE_NOOP("MainWindow", "&Previous event"), "PgUp", lambda: window.step_event(-1)),
        ("&Go", QT_TRANSLATE_NOOP("MainWindow", "&Next event"), "PgDown", lambda: window.step_event(1)),
        ("&Go", QT_TRANSLATE_NOOP("MainWindow", "Back one &day"), back, lambda: window.timeline.step(days=-1)),
        ("&Go", QT_TRANSLATE_NOOP("MainWindow", "Forward one da&y"), forward, lambda: window.timeline.step(days=1)),
        ("&Go", QT_TRANSLATE_NOOP("MainWindow", "Back one &month"), "Ctrl+" + back, lambda: window.timeline.step(months=-1)),
        ("&Go", QT_TRANSLATE_NOOP("MainWindow", "Forward one mon&th"), "Ctrl+" + forward, lambda: window.timeline.step(months=1)),
        ("&Go", QT_TRANSLATE_NOOP("MainWindow", "Back one &year"), "Shift+" + back, lambda: window.timeline.step(years=-1)),
        ("&Go", QT_TRANSLATE_NOOP("MainWindow", "Forward one yea&r"), "Shift+" + forward, lambda: window.timeline.step(years=1)),
        ("&Go", QT_TRANSLATE_NOOP("MainWindow", "&Start (14 August 1947)"), "Home", lambda: window.set_day(window.atlas.first_day)),
        ("&Go", QT_TRANSLATE_NOOP("MainWindow", "&End (31 December 2025)"), "End", lambda: window.set_day(window.atlas.last_day)),
        ("&Help", QT_TRANSLATE_NOOP("MainWindow", "&Keyboard shortcuts"), "F1", window._show_keys),
        ("&Help", QT_TRANSLATE_NOOP("MainWindow", "&Sources…"), None, window.show_sources),
        ("&Help", QT_TRANSLATE_NOOP("MainWindow", "&About the atlas and its sources"), None, window._show_about),
    ]
    window.actions_by_name: dict[str, QAction] = {}
    for menu, text, key, slot in specs:
        if text is None:
            menus[menu].addSeparator()
            continue
        shown = translate("ExportActions", text) if slot in export_slots else translate("MainWindow", text)
        action = QAction(shown, window)
        if key:
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        menus[menu].addAction(action)
        window.actions_by_name[text.replace("&", "")] = action
        if slot in export_slots:
            window.exports.actions.append(action)
    window.view_actions = viewmenu.build_view_menu(window, menus["&View"])
    window.view_actions.update(displaymenu.build_display_menu(window, menus["&View"]))
    window.menus = {name.replace("&", ""): menu for name, menu in menus.items()}  # by English name, any language
