"""View › Events table: every event as a sortable row, a text alternative to the map.

Columns: date, title, category, partners, place, sources (the catalogue ids of its sources), in the
window's language (titles through ``viewer.i18n.content``, partner names through CLDR, categories
through ``viewer.i18n.labels``). The rows follow the events panel's filters (text, category,
partner); they sort by any column, with the header or from the keyboard (the "Sort by" field and
"Descending"); Enter or a double click on a row goes to that event. "Export CSV…" writes the rows
shown, in the order shown, as UTF-8 CSV, whole or not at all (``viewer.export.files.atomic_output``).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QFileDialog, QHBoxLayout, QLabel,
                               QMessageBox, QPushButton, QTableView, QVBoxLayout)

from viewer import style
from viewer.export.files import ExportError, atomic_output

COLUMNS = ("date", "title", "category", "partners", "place", "sources")


def event_rows(events: list[dict], lang: str, unit_names: dict[str, str]) -> list[dict]:
    """One row per event: its id and the text of each column, in ``lang``."""
    from viewer.i18n import labels, names
    from viewer.i18n.content import localise_event

    def partner(code: str) -> str:
        if lang != "en":
            try:
                return names.country(code, lang)
            except KeyError:
                pass
        return unit_names.get(code, code)

    def category(value: str) -> str:
        try:
            return labels.label("category", value, lang)
        except KeyError:
            return style.category_label(value)

    rows = []
    for event in events:
        shown = localise_event(event, lang) if lang != "en" else event
        when = event["start"] + (f" – {event['end']}" if event.get("end") and event["end"] != event["start"] else "")
        rows.append({
            "id": event["id"], "date": when, "title": shown["title"], "category": category(event["category"]),
            "partners": ", ".join(partner(c) for c in event.get("actors", []) if c != "PAK"),
            "place": event.get("place") or "",
            "sources": "; ".join(dict.fromkeys(s.get("source", "") for s in event.get("sources", []) if s.get("source"))),
        })
    return rows


def rows_csv(headers: list[str], rows: list[dict]) -> str:
    """The rows as CSV text: a header line, then one line per row (every cell text, quoted as CSV needs)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow([row[key] for key in COLUMNS])
    return out.getvalue()


def write_csv(path: Path | str, headers: list[str], rows: list[dict]) -> Path:
    """Write the CSV whole or not at all (replacing a file the user chose to replace); ExportError if it cannot."""
    path = Path(path)
    with atomic_output(path, force=True) as tmp:
        tmp.write_text(rows_csv(headers, rows), encoding="utf-8-sig")  # a BOM: spreadsheets read Urdu right
    return path


class EventsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = []
        self.headers = [""] * len(COLUMNS)

    def set_rows(self, rows: list[dict], headers: list[str]) -> None:
        self.beginResetModel()
        self.rows, self.headers = rows, headers
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return row[COLUMNS[index.column()]]
        if role == Qt.ItemDataRole.UserRole:
            return row["id"]
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 (Qt name)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return super().headerData(section, orientation, role)


class _Shown(QSortFilterProxyModel):
    """The rows of the events the filters let through (None: all)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ids: set[str] | None = None
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)

    def set_ids(self, ids: set[str] | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+
            self.beginFilterChange()
            self.ids = ids
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.ids = ids
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row, parent) -> bool:  # noqa: N802 (Qt name)
        return self.ids is None or self.sourceModel().rows[row]["id"] in self.ids


class EventsTable(QDialog):
    """The events table window (not modal: the map stays usable beside it)."""

    eventActivated = Signal(str)

    def __init__(self, events: list[dict], lang: str, unit_names: dict[str, str], parent=None):
        super().__init__(parent)
        self.setObjectName("eventsTable")
        self.lang, self.unit_names = lang, unit_names
        self.setWindowTitle(self.tr("Events table"))
        self.headers = [self.tr("Date"), self.tr("Title"), self.tr("Category"), self.tr("Partners"), self.tr("Place"),
                        self.tr("Sources")]
        self.model = EventsModel(self)
        self.shown = _Shown(self)
        self.shown.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setModel(self.shown)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setAccessibleName(self.tr("Columns"))
        self.view.horizontalHeader().setAccessibleDescription(self.tr("Click a column to sort by it"))
        self.view.verticalHeader().hide()
        self.view.setAccessibleName(self.tr("Events"))
        self.view.setAccessibleDescription(self.tr("Every event shown by the filters: date, title, category, "
                                                   "partners, place and sources. Enter goes to the event."))
        self.sort_by = QComboBox(self)
        self.sort_by.addItems(self.headers)
        self.sort_by.setAccessibleName(self.tr("Sort by"))
        self.descending = QCheckBox(self.tr("&Descending"), self)
        self.export_button = QPushButton(self.tr("&Export CSV…"), self)
        self.export_button.setAccessibleDescription(self.tr("Write the rows shown, in this order, to a CSV file"))
        self.count = QLabel(self)
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        sort_label = QLabel(self.tr("&Sort by:"), self)
        sort_label.setBuddy(self.sort_by)

        bar = QHBoxLayout()
        for widget in (sort_label, self.sort_by, self.descending):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.count)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.setTabOrder(self.sort_by, self.descending)
        self.setTabOrder(self.descending, self.export_button)
        self.setTabOrder(self.export_button, self.view)

        self.sort_by.currentIndexChanged.connect(self._sort_from_keys)
        self.descending.toggled.connect(self._sort_from_keys)
        self.view.horizontalHeader().sortIndicatorChanged.connect(self._sort_from_header)
        self.view.activated.connect(self._activated)
        self.export_button.clicked.connect(self.choose_csv)
        self.set_events(events)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.resize(960, 520)

    def set_events(self, events: list[dict]) -> None:
        self.model.set_rows(event_rows(events, self.lang, self.unit_names), self.headers)
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(1, min(self.view.columnWidth(1), 420))
        self._count()

    def set_visible(self, ids) -> None:
        """Show only these events (None: all), as the panel's filters do."""
        self.shown.set_ids(None if ids is None else set(ids))
        self._count()

    def shown_rows(self) -> list[dict]:
        """The rows shown, in the order shown."""
        return [self.model.rows[self.shown.mapToSource(self.shown.index(r, 0)).row()]
                for r in range(self.shown.rowCount())]

    def _count(self) -> None:
        self.count.setText(self.tr("%n event(s)", "", self.shown.rowCount()))

    def _sort_from_keys(self) -> None:
        order = Qt.SortOrder.DescendingOrder if self.descending.isChecked() else Qt.SortOrder.AscendingOrder
        self.view.sortByColumn(self.sort_by.currentIndex(), order)

    def _sort_from_header(self, column: int, order) -> None:
        for widget, setter, value in ((self.sort_by, "setCurrentIndex", column),
                                      (self.descending, "setChecked", order == Qt.SortOrder.DescendingOrder)):
            blocked = widget.blockSignals(True)
            getattr(widget, setter)(value)
            widget.blockSignals(blocked)

    def _activated(self, index) -> None:
        event_id = index.data(Qt.ItemDataRole.UserRole)
        if event_id:
            self.eventActivated.emit(event_id)

    def choose_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the events table"), "events.csv",
                                              self.tr("CSV files (*.csv)"))
        if path:
            self.export_csv(path)

    def export_csv(self, path: Path | str) -> Path | None:
        try:
            return write_csv(path, self.headers, self.shown_rows())
        except ExportError as err:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export CSV"), str(err), parent=self)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.open()
            return None
