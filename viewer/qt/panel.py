"""The side panel: the events list with filters, and a card for the selected event."""

from __future__ import annotations

import bisect
import heapq
import html

from PySide6.QtCore import QEvent, QTimer, QUrl, Qt, Signal
from PySide6.QtGui import QColor, QDesktopServices, QPalette
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLineEdit, QListWidget, QSplitter, QStyledItemDelegate,
                               QTextBrowser, QToolTip, QVBoxLayout, QWidget)

from viewer import style
from viewer.core import precision
from viewer.core.sources import entry_html
from viewer.qt.safetext import rich_text

ALL = "__all__"
DAY_CARD_ITEMS = 25
"""The card with no event selected lists at most this many of the day's events."""
DAY_CARD_DELAY_MS = 120
"""How long the date must rest before the card of the day is written."""


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
    parts.append(precision.card_html(event))  # deaths, date and place precision, the dataset's citation
    if event.get("note"):
        parts.append(f"<p style='background:{style.NOTE_BACKGROUND};padding:4px'><b>Sources differ:</b> "
                     f"{esc(event['note'])}</p>")
    parts.append("<p><b>Sources</b></p><ol>")
    for source in event.get("sources", []):
        parts.append(entry_html(source))  # title, then quote, paraphrase or locator (viewer.core.sources)
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


EVENT_LINK = "atlas-event"
"""The scheme of the links to events in a card (``atlas-event:ged-123``)."""


def cell_card_html(heading: str, events: list[dict], total: int) -> str:
    """The events of one density cell: the heading, then each event (linked to its card), then how many more."""
    esc = html.escape
    items = "".join(
        f"<li><a href='{EVENT_LINK}:{esc(e['id'], quote=True)}'>{esc(e['start'])} {esc(e['title'])}</a>"
        + (f" · {esc(precision.deaths_text(e.get('deaths')) or '')} deaths" if e.get("deaths") else "") + "</li>"
        for e in events)
    more = f"<p>… and {total - len(events):,} more.</p>" if total > len(events) else ""
    return f"<p><b>{esc(heading)}</b></p><ul>{items}</ul>{more}"


class _EventDelegate(QStyledItemDelegate):
    """Draws a row of the events list: in its category's colour, bold while the event is on the map.

    Colour, weight and tooltip come from the panel's own tables when a row is drawn or
    hovered, so a list of 100,000 events costs one item each and marking the day's
    events touches no item at all.
    """

    def __init__(self, panel: "EventPanel"):
        super().__init__(panel.list)
        self.panel = panel
        self._colours: dict[str, QColor] = {}

    def initStyleOption(self, option, index) -> None:  # noqa: N802 (Qt name)
        super().initStyleOption(option, index)
        event = self.panel._events.get(index.data(Qt.ItemDataRole.UserRole))
        if event is None:
            return
        if event["id"] in self.panel._bold:
            option.font.setBold(True)
        category = event["category"]
        colour = self._colours.get(category)
        if colour is None:
            colour = self._colours[category] = QColor(style.category_colour(category)).darker(130)
        option.palette.setColor(QPalette.ColorRole.Text, colour)

    def helpEvent(self, event, view, option, index) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.ToolTip:
            found = self.panel._events.get(index.data(Qt.ItemDataRole.UserRole))
            if found is not None:
                QToolTip.showText(event.globalPos(), rich_text(found.get("summary") or found["title"]), view)
                return True
        return super().helpEvent(event, view, option, index)


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
        self._bold: set[str] = set()
        self._hidden: set[int] = set()  # rows the filters hide
        self._scrolled_to: int | None = None
        self.list.setItemDelegate(_EventDelegate(self))
        self.card = QTextBrowser(self)
        # the card of the day is written once the date rests: while the timeline is dragged or
        # played, the window's time goes to the map
        self._day_card: tuple[str, set[str]] | None = None
        self._day_card_timer = QTimer(self, singleShot=True, interval=DAY_CARD_DELAY_MS)
        self._day_card_timer.timeout.connect(self._show_day_card)
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

    def set_events(self, events) -> None:
        self._events = {e["id"]: e for e in events}
        self._ids = [e["id"] for e in events]
        self._rows = {event_id: row for row, event_id in enumerate(self._ids)}
        self._starts = [e["start"] for e in events]
        self._bold = set()
        self._hidden = set()
        self._scrolled_to = None
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
        self.list.addItems([f"{e['start']}  {e['title']}" for e in events])
        role, item = Qt.ItemDataRole.UserRole, self.list.item
        for row, event_id in enumerate(self._ids):
            item(row).setData(role, event_id)
        self.list.blockSignals(blocked)
        self.apply_filter()

    def apply_filter(self) -> None:
        words = self.search.text().strip().lower()
        category, partner = self.category.currentData(), self.partner.currentData()
        hidden = set()
        if words or category not in (ALL, None) or partner not in (ALL, None):
            for row, event_id in enumerate(self._ids):
                e = self._events[event_id]
                text = f"{e['title']} {e.get('summary') or ''} {e.get('place') or ''}"
                shown = ((category in (ALL, None) or e["category"] == category)
                         and (partner in (ALL, None) or partner in e["actors"])
                         and (not words or words in text.lower()))
                if not shown:
                    hidden.add(row)
        for row in hidden ^ self._hidden:  # only the rows that change
            self.list.item(row).setHidden(row in hidden)
        self._hidden = hidden
        self._scrolled_to = None

    def visible_ids(self) -> list[str]:
        return [event_id for row, event_id in enumerate(self._ids) if row not in self._hidden]

    def select(self, event_id: str) -> None:
        """Select and show an event without emitting eventSelected."""
        row = self._rows.get(event_id)
        if row is None:
            return
        item = self.list.item(row)
        blocked = self.list.blockSignals(True)
        self.list.setCurrentItem(item)
        self.list.scrollToItem(item)
        self.list.blockSignals(blocked)
        self._scrolled_to = None
        self._show_card(event_id)

    def has(self, event_id: str) -> bool:
        """True if the event is in the list (events of large conflict files are not: they have cards only)."""
        return event_id in self._rows

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def mark_current(self, ids: set[str], day: str) -> None:
        """Bold the events shown on the map for the day, scroll the list there, and say so in an empty card."""
        if ids != self._bold:
            self._bold = set(ids)
            self.list.viewport().update()  # the delegate draws the rows bold or not
        row = bisect.bisect_left(self._starts, day)
        while row in self._hidden:
            row += 1
        if row < self.list.count() and row != self._scrolled_to:
            self.list.scrollToItem(self.list.item(row), QListWidget.ScrollHint.PositionAtCenter)
            self._scrolled_to = row
        if self.list.currentItem() is None:
            self._day_card = (day, ids)
            self._day_card_timer.start()

    def _show_day_card(self) -> None:
        if self._day_card is not None and self.list.currentItem() is None:
            day, ids = self._day_card
            first = heapq.nsmallest(DAY_CARD_ITEMS, ids, key=self._rows.get)
            self.card.setHtml(day_card_html(day, [self._events[i] for i in first], len(ids)))
        self._day_card = None

    def is_bold(self, event_id: str) -> bool:
        """True if the event's row is drawn bold: it is on the map on the day shown."""
        return event_id in self._bold

    def _on_current(self, item, _previous) -> None:
        if item is not None:
            event_id = item.data(Qt.ItemDataRole.UserRole)
            self._show_card(event_id)
            self.eventSelected.emit(event_id)

    def show_event(self, event: dict) -> None:
        """Show the card of an event that is not in the list (one of a large GED or ACLED file)."""
        blocked = self.list.blockSignals(True)
        self.list.setCurrentItem(None)
        self.list.blockSignals(blocked)
        self._day_card = None
        self._day_card_timer.stop()
        self.card.setHtml(event_card_html(event, self.unit_names))

    def show_cell(self, heading: str, events: list[dict], total: int) -> None:
        """List the events of one density cell of the map in the card; each links to its own card."""
        self._day_card = None
        self._day_card_timer.stop()
        self.card.setHtml(cell_card_html(heading, events, total))

    def _show_card(self, event_id: str) -> None:
        self._day_card = None  # an event's card replaces any card of the day still to come
        self._day_card_timer.stop()
        self.card.setHtml(event_card_html(self._events[event_id], self.unit_names))

    eventLinkClicked = Signal(str)

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)
        elif url.scheme() == EVENT_LINK:  # an event listed in a cell's card
            self.eventLinkClicked.emit(url.path())
