"""The side panel: the events list with filters, and a card for the selected event."""

from __future__ import annotations

import bisect
import html

from PySide6.QtCore import QUrl, Qt, Signal
from PySide6.QtGui import QColor, QDesktopServices, QFont
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QSplitter,
                               QTextBrowser, QVBoxLayout, QWidget)

from viewer.style import CATEGORY_COLOURS

ALL = "__all__"
DAY_CARD_ITEMS = 25
"""The card with no event selected lists at most this many of the day's events."""


def event_card_html(event: dict, unit_names: dict[str, str]) -> str:
    """The card of one event as HTML; every data string is escaped."""
    esc = html.escape
    when = event["start"] + (f" – {event['end']}" if event.get("end") else "")
    actors = ", ".join(unit_names.get(code, code) for code in event.get("actors", []))
    parts = [
        f"<h3>{esc(event['title'])}</h3>",
        f"<p><b>{esc(when)}</b> · {esc(event['category'])}"
        + (f" · {esc(event['place'])}" if event.get("place") else "") + "</p>",
    ]
    if event.get("summary"):
        parts.append(f"<p>{esc(event['summary'])}</p>")
    if actors:
        parts.append(f"<p><i>Actors:</i> {esc(actors)}</p>")
    if event.get("note"):
        parts.append(f"<p style='background:#fff3cd;padding:4px'><b>Sources differ:</b> {esc(event['note'])}</p>")
    parts.append("<p><b>Sources</b></p><ol>")
    for source in event.get("sources", []):
        parts.append(f"<li><code>{esc(source['source'])}</code><br><q>{esc(source['quote'])}</q></li>")
    parts.append("</ol>")
    return "".join(parts)


def day_card_html(day: str, events: list[dict], total: int | None = None) -> str:
    """The card when no event is selected: what the map shows on the day (the first events of ``total``)."""
    total = len(events) if total is None else total
    if not events:
        return (f"<p><b>{html.escape(day)}</b>: no event on the map.</p>"
                "<p>Select an event in the list, click a marker, or press Page Down for the next event.</p>")
    items = "".join(f"<li>{html.escape(e['start'])} {html.escape(e['title'])}</li>" for e in events[:DAY_CARD_ITEMS])
    more = f"<p>… and {total - DAY_CARD_ITEMS} more.</p>" if total > DAY_CARD_ITEMS else ""
    return (f"<p><b>On the map on {html.escape(day)}</b> (events of that day and the year before):</p>"
            f"<ul>{items}</ul>{more}<p>Select one to read its summary and sources.</p>")


class EventPanel(QWidget):
    """Every event, filterable by text, category and partner; selecting one shows its card."""

    eventSelected = Signal(str)

    def __init__(self, events: list[dict], unit_names: dict[str, str], parent=None):
        super().__init__(parent)
        self.unit_names = unit_names
        self._events: dict[str, dict] = {}
        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Filter events…")
        self.search.setClearButtonEnabled(True)
        self.category = QComboBox(self)
        self.partner = QComboBox(self)
        self.list = QListWidget(self)
        self.list.setUniformItemSizes(True)
        self.card = QTextBrowser(self)
        self.card.setOpenLinks(False)
        self.card.anchorClicked.connect(self._open_link)

        filters = QHBoxLayout()
        filters.addWidget(self.category)
        filters.addWidget(self.partner)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.list)
        split.addWidget(self.card)
        split.setSizes([300, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(split, 1)

        self.search.textChanged.connect(self.apply_filter)
        self.category.currentIndexChanged.connect(self.apply_filter)
        self.partner.currentIndexChanged.connect(self.apply_filter)
        self.list.currentItemChanged.connect(self._on_current)
        self.set_events(events)

    def set_events(self, events: list[dict]) -> None:
        self._events = {e["id"]: e for e in events}
        self._rows = {e["id"]: row for row, e in enumerate(events)}
        self._starts = [e["start"] for e in events]
        self._bold: set[str] = set()
        for combo, label, values in (
            (self.category, "All categories", sorted({e["category"] for e in events})),
            (self.partner, "All partners", sorted({a for e in events for a in e["actors"] if a != "PAK"},
                                                  key=lambda c: self.unit_names.get(c, c))),
        ):
            blocked = combo.blockSignals(True)
            combo.clear()
            combo.addItem(label, ALL)
            for value in values:
                combo.addItem(self.unit_names.get(value, value) if combo is self.partner else value, value)
            combo.blockSignals(blocked)
        blocked = self.list.blockSignals(True)
        self.list.clear()
        for e in events:
            item = QListWidgetItem(f"{e['start']}  {e['title']}")
            item.setData(Qt.ItemDataRole.UserRole, e["id"])
            item.setForeground(QColor(CATEGORY_COLOURS.get(e["category"], "#000")).darker(130))
            item.setToolTip(e.get("summary") or e["title"])
            self.list.addItem(item)
        self.list.blockSignals(blocked)
        self.apply_filter()

    def apply_filter(self) -> None:
        words = self.search.text().strip().lower()
        category, partner = self.category.currentData(), self.partner.currentData()
        for row in range(self.list.count()):
            item = self.list.item(row)
            e = self._events[item.data(Qt.ItemDataRole.UserRole)]
            shown = ((category in (ALL, None) or e["category"] == category)
                     and (partner in (ALL, None) or partner in e["actors"])
                     and (not words or words in f"{e['title']} {e.get('summary') or ''} {e.get('place') or ''}".lower()))
            item.setHidden(not shown)

    def visible_ids(self) -> list[str]:
        return [self.list.item(r).data(Qt.ItemDataRole.UserRole)
                for r in range(self.list.count()) if not self.list.item(r).isHidden()]

    def select(self, event_id: str) -> None:
        """Select and show an event without emitting eventSelected."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == event_id:
                blocked = self.list.blockSignals(True)
                self.list.setCurrentItem(item)
                self.list.scrollToItem(item)
                self.list.blockSignals(blocked)
                self._show_card(event_id)
                return

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def mark_current(self, ids: set[str], day: str) -> None:
        """Bold the events shown on the map for the day, scroll the list there, and say so in an empty card."""
        for event_id in self._bold ^ ids:
            item = self.list.item(self._rows[event_id])
            font = item.font()
            font.setWeight(QFont.Weight.Bold if event_id in ids else QFont.Weight.Normal)
            item.setFont(font)
        self._bold = set(ids)
        row = bisect.bisect_left(self._starts, day)
        while row < self.list.count() and self.list.item(row).isHidden():
            row += 1
        if row < self.list.count():
            self.list.scrollToItem(self.list.item(row), QListWidget.ScrollHint.PositionAtCenter)
        if self.list.currentItem() is None:
            first = sorted(ids, key=self._rows.get)[:DAY_CARD_ITEMS]
            self.card.setHtml(day_card_html(day, [self._events[i] for i in first], len(ids)))

    def _on_current(self, item, _previous) -> None:
        if item is not None:
            event_id = item.data(Qt.ItemDataRole.UserRole)
            self._show_card(event_id)
            self.eventSelected.emit(event_id)

    def _show_card(self, event_id: str) -> None:
        self.card.setHtml(event_card_html(self._events[event_id], self.unit_names))

    @staticmethod
    def _open_link(url: QUrl) -> None:
        if url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)
