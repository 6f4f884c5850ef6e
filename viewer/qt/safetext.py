"""Data text in Qt widgets: always shown as text, never interpreted as markup.

Qt guesses whether a string is rich text (``Qt.mightBeRichText``) for tooltips, labels and message
boxes; a guess of "rich" would let markup in a data file load images from disk (``<img src=...>``)
or change what the user reads. Widgets that show data text therefore either set
``Qt.TextFormat.PlainText`` or pass the text through ``rich_text`` here, which escapes it and marks
it as rich text explicitly so that Qt wraps it like a paragraph and shows the characters as typed.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


FSI, PDI = "\u2068", "\u2069"  # Unicode's first-strong isolate and its end


def isolate(text: str, rtl: bool) -> str:
    """In a right-to-left window, ``text`` (a title, a name, a record's label: often English) isolated, so
    that it keeps its own order inside the Urdu around it; Qt's text layout honours the isolates."""
    return f"{FSI}{text}{PDI}" if rtl and text else text


def rich_text(text: str) -> str:
    """``text`` as a Qt rich-text paragraph that shows exactly these characters (for tooltips)."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                buttons=QMessageBox.StandardButton.Ok) -> QMessageBox:
    """A message box whose text is plain text (a path or a data string is shown as typed)."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def message(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
            buttons=QMessageBox.StandardButton.Ok) -> QMessageBox.StandardButton:
    """Show ``message_box`` modally; the button the user chose."""
    return QMessageBox.StandardButton(message_box(parent, icon, title, text, buttons).exec())
