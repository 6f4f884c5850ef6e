"""The tour editor's dialogs: a step's annotation (a labelled point, an arrow, a circle) and a reference of
the tour's own, with the catalogue's fields; and the plain-text label the editor's widgets use.

Each dialog checks what was typed as a tour file would be checked (``viewer.core.annotations``,
``viewer.core.tourrefs``) and gives back the annotation or the document, or nothing; the editor
(``viewer.qt.toureditor``) puts it in the draft through its undo stack. Typed text is shown as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel, QLineEdit

from viewer.core.annotations import Annotation, check_annotations
from viewer.core.sources import Document, bundled_catalogue
from viewer.core.tourrefs import check_references


def plain_label(text: str = "", parent=None) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class AnnotationDialog(QDialog):
    """A point, an arrow or a circle: its label and coordinates (defaults: the map's centre)."""

    def __init__(self, kind: str, centre: tuple[float, float], parent=None):
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle({"point": self.tr("Add a labelled point"), "arrow": self.tr("Add an arrow"),
                             "circle": self.tr("Add a circle")}[kind])
        form = QFormLayout(self)
        self.label = QLineEdit(self)
        self.label.setMaxLength(80)
        form.addRow(self.tr("Label"), self.label)
        lat, lon = centre
        self.lat1, self.lon1 = self._number(-90, 90, lat), self._number(-180, 180, lon)
        form.addRow(self.tr("From: latitude") if kind == "arrow" else self.tr("Latitude"), self.lat1)
        form.addRow(self.tr("From: longitude") if kind == "arrow" else self.tr("Longitude"), self.lon1)
        self.lat2 = self._number(-90, 90, lat + 1.0)
        self.lon2 = self._number(-180, 180, lon + 1.0)
        self.radius = self._number(0.1, 2000, 100)
        if kind == "arrow":
            form.addRow(self.tr("To: latitude"), self.lat2)
            form.addRow(self.tr("To: longitude"), self.lon2)
        if kind == "circle":
            form.addRow(self.tr("Radius (km)"), self.radius)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _number(self, low: float, high: float, value: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self)
        box.setRange(low, high)
        box.setDecimals(3)
        box.setValue(min(max(value, low), high))
        return box

    def annotation(self) -> Annotation | None:
        table = {"kind": self.kind, "label": self.label.text()}
        if self.kind == "arrow":
            table["from"] = [self.lat1.value(), self.lon1.value()]
            table["to"] = [self.lat2.value(), self.lon2.value()]
        else:
            table["at"] = [self.lat1.value(), self.lon1.value()]
        if self.kind == "circle":
            table["radius_km"] = self.radius.value()
        found, problems = check_annotations([table])
        return found[0] if found and not problems else None


class ReferenceDialog(QDialog):
    """A reference of the tour's own, with the catalogue's fields."""

    FIELDS = ("id", "title", "author", "publisher", "date", "language", "url", "citation", "note")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a reference of your own"))
        form = QFormLayout(self)
        names = {"id": self.tr("Id (kebab-case)"), "title": self.tr("Title"), "author": self.tr("Author"),
                 "publisher": self.tr("Publisher or issuing body"), "date": self.tr("Date (YYYY, YYYY-MM or YYYY-MM-DD)"),
                 "language": self.tr("Language (two letters)"), "url": self.tr("Address (https://…)"),
                 "citation": self.tr("Citation or archival locator"), "note": self.tr("Note")}
        self.edits = {}
        for name in self.FIELDS:
            edit = QLineEdit(self)
            edit.setMaxLength(500)
            if name == "language":
                edit.setText("en")
            self.edits[name] = edit
            form.addRow(names[name], edit)
        self.problem = plain_label("", self)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.document: Document | None = None

    def _check(self) -> None:
        table = {name: edit.text().strip() for name, edit in self.edits.items() if edit.text().strip()}
        found, problems = check_references([table], frozenset(bundled_catalogue()))
        if problems:
            _record, where, message, expected = problems[0]
            self.problem.setText(f"{where}: {message} ({expected})")
            return
        self.document = found[0]
        self.accept()
