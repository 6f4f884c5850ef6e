"""The side panel: the events list with filters, and a card for the selected event.

In the window's language (``lang``): titles and summaries through ``viewer.i18n.content`` (a summary
with no translation is shown in English, tagged "English"), categories and partner names through
``viewer.i18n``, dates as CLDR writes them; quotes stay in the language of their source. The card's
HTML is written by ``viewer.qt.cards``; the panel shows it and follows its links."""

from __future__ import annotations

import bisect
import heapq

from PySide6.QtCore import QEvent, QTimer, QUrl, Qt, Signal
from PySide6.QtGui import QColor, QDesktopServices, QGuiApplication, QPalette
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QSplitter,
                               QStyledItemDelegate, QTextBrowser, QToolTip, QVBoxLayout, QWidget)

from viewer import style
from viewer.core import search
from viewer.i18n.content import localise_event
from viewer.i18n.page import unit_names as localised_unit_names
from viewer.qt.cards import (BACK_TO_DAY, COPY_CITATION, DAY_CARD_ITEMS, EVENT_LINK, GO_TO_EVENT, cell_card_html,
                             day_card_html, event_card_html)
from viewer.qt.safetext import rich_text

ALL = "__all__"
DAY_CARD_DELAY_MS = 120
"""How long the date must rest before the card of the day is written."""


class _EventDelegate(QStyledItemDelegate):
    """Draws a row of the events list: in its category's colour, bold while the event is on the map.

    Colour, weight and tooltip come from the panel's own tables when a row is drawn or
    hovered, so a list of 100,000 events costs one item each and marking the day's
    events touches no item at all.
    """

    def __init__(self, panel: "EventPanel"):
        super().__init__(panel.list)
        self.panel = panel
        self._colours: dict[tuple[str, str], QColor] = {}

    def initStyleOption(self, option, index) -> None:  # noqa: N802 (Qt name)
        super().initStyleOption(option, index)
        event = self.panel._events.get(index.data(Qt.ItemDataRole.UserRole))
        if event is None:
            return
        if event["id"] in self.panel._bold:
            option.font.setBold(True)
        category = event["category"]
        ground = option.palette.color(QPalette.ColorRole.Base).name()  # white, or black in high contrast
        colour = self._colours.get((category, ground))
        if colour is None:  # the category's colour, made just light (or dark) enough to read: WCAG's 4.5:1
            colour = self._colours[(category, ground)] = QColor(style.readable_on(style.category_colour(category), ground))
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
    filtersChanged = Signal(object)  # the ids of the events the filters leave, or None when no filter is set
    goToSelected = Signal(str)  # the card's "go to" link: move the timeline to this event
    selectionCleared = Signal()  # back to what is on the map on the day

    def __init__(self, events: list[dict], unit_names: dict[str, str], parent=None, *, lang: str = "en",
                 actor_names=None, search_extra=None):
        """``actor_names(event) -> [name]``: its actors as named on its date, in ``lang`` (default: today's
        names); ``search_extra(event) -> str``: more text a search finds it by (its region's and actors' names)."""
        super().__init__(parent)
        self.lang = lang
        self.unit_names = {**unit_names, **localised_unit_names(unit_names, lang)}  # partner names in ``lang``
        self.actor_names = actor_names or (lambda e: [self.unit_names.get(c, c) for c in e.get("actors", [])])
        self.search_extra = search_extra or (lambda e: "")
        self._day = ""
        self._on_map: set[str] = set()
        self._events: dict[str, dict] = {}
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter events…"))
        self.search.setClearButtonEnabled(True)
        self.category = QComboBox(self)
        self.partner = QComboBox(self)
        self.list = QListWidget(self)
        self.list.setUniformItemSizes(True)
        self.no_match = QLabel(self.tr("No matching events."), self)
        self.no_match.setTextFormat(Qt.TextFormat.PlainText)
        self.no_match.setObjectName("noMatch")
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match.hide()
        self._bold: set[str] = set()
        self._hidden: set[int] = set()  # rows the filters hide
        self._filtering = False  # a filter was set (the map was told)
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
        self._pinned: str | None = None  # a card of its own (a tour's step), kept until an event is chosen

        filters = QHBoxLayout()
        filters.addWidget(self.category)
        filters.addWidget(self.partner)
        split = QSplitter(Qt.Orientation.Vertical, self)
        results = QWidget(self)
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.no_match)
        results_layout.addWidget(self.list, 1)
        split.addWidget(results)
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
        if self.lang != "en":  # titles and summaries in the language (the English ones marked)
            events = [localise_event(e, self.lang) for e in events]
        self._events = {e["id"]: e for e in events}
        self._ids = [e["id"] for e in events]
        self._rows = {event_id: row for row, event_id in enumerate(self._ids)}
        self._search_text: dict[str, str] = {}  # event id -> its folded text, made at the first search
        self._starts = [e["start"] for e in events]
        self._bold = set()
        self._hidden = set()
        self._scrolled_to = None
        for combo, label, values in (
            (self.category, self.tr("All categories"), sorted({e["category"] for e in events})),
            (self.partner, self.tr("All partners"), sorted({a for e in events for a in e["actors"] if a != "PAK"},
                                                  key=lambda c: self.unit_names.get(c, c))),
        ):
            blocked = combo.blockSignals(True)
            combo.clear()
            combo.addItem(label, ALL)
            for value in values:
                combo.addItem(self.unit_names.get(value, value) if combo is self.partner
                              else style.label("category", value, self.lang), value)
            combo.blockSignals(blocked)
        blocked = self.list.blockSignals(True)
        self.list.clear()
        self.list.addItems([f"{e['start']}  {e['title']}" for e in events])
        role, item = Qt.ItemDataRole.UserRole, self.list.item
        for row, event_id in enumerate(self._ids):
            item(row).setData(role, event_id)
        self.list.blockSignals(blocked)
        self.apply_filter()

    def _text_of(self, event_id: str) -> str:
        found = self._search_text.get(event_id)
        if found is None:
            e = self._events[event_id]
            found = self._search_text[event_id] = search.searchable(e, self.search_extra(e))
        return found

    def apply_filter(self) -> None:
        """Show the events that match the search (diacritics and spelling variants aside, ``viewer.core.search``),
        the category and the partner; say so when none does."""
        words = self.search.text().strip()
        category, partner = self.category.currentData(), self.partner.currentData()
        hidden = set()
        active = bool(words or category not in (ALL, None) or partner not in (ALL, None))
        if active:
            matches = search.matcher(words) if words else None
            for row, event_id in enumerate(self._ids):
                e = self._events[event_id]
                shown = ((category in (ALL, None) or e["category"] == category)
                         and (partner in (ALL, None) or partner in e["actors"])
                         and (matches is None or matches(self._text_of(event_id))))
                if not shown:
                    hidden.add(row)
        for row in hidden ^ self._hidden:  # only the rows that change
            self.list.item(row).setHidden(row in hidden)
        self._hidden = hidden
        self._scrolled_to = None
        self.no_match.setVisible(bool(self._ids) and len(hidden) == len(self._ids))
        if active or self._filtering:  # the map shows what the list shows
            self.filtersChanged.emit(frozenset(self.visible_ids()) if active else None)
        self._filtering = active

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

    def mark_current(self, ids: set[str], day: str, display: dict | None = None) -> None:
        """Bold the events shown on the map for the day, scroll the list there, and say so in an empty card;
        a selected event's card says whether it is on the map on the day. ``display``: how the day's map
        keeps past events (the state's), which the card says."""
        self._display = display
        selected = self.selected_id()
        was_on = selected in self._on_map if selected else None
        self._day, self._on_map = day, set(ids)
        if selected and (was_on is not (selected in ids) or selected not in ids):
            self._show_card(selected)
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

    def pin_card(self, card_html: str | None) -> None:
        """Show a card of its own (a tour's step) instead of the card of the day, until an event is chosen
        or ``pin_card(None)``; ``card_html`` is HTML whose data strings are escaped."""
        self._pinned = card_html
        if card_html is not None:
            self._day_card = None
            self._day_card_timer.stop()
            self.card.setHtml(card_html)

    def _show_day_card(self) -> None:
        if self._pinned is not None:
            self._day_card = None
            return
        if self._day_card is not None and self.list.currentItem() is None:
            day, ids = self._day_card
            first = heapq.nsmallest(DAY_CARD_ITEMS, ids, key=self._rows.get)
            self.card.setHtml(day_card_html(day, [self._events[i] for i in first], len(ids), self.lang,
                                             getattr(self, "_display", None)))
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
        self._card_event = event
        self.card.setHtml(event_card_html(event, self.actor_names(event), self.lang))  # its own actors

    def show_polity(self, card_html: str) -> None:
        """Show the card of a map unit (``polity_card_html``) in place of the event or the day."""
        blocked = self.list.blockSignals(True)
        self.list.setCurrentItem(None)
        self.list.blockSignals(blocked)
        self._day_card = None
        self._day_card_timer.stop()
        self._card_event = None
        self.card.setHtml(card_html)

    def show_cell(self, heading: str, events: list[dict], total: int) -> None:
        """List the events of one density cell of the map in the card; each links to its own card."""
        self._day_card = None
        self._day_card_timer.stop()
        self.card.setHtml(cell_card_html(heading, events, total, self.lang))

    def _show_card(self, event_id: str) -> None:
        self._day_card = None  # an event's card replaces any card of the day still to come
        self._pinned = None
        self._day_card_timer.stop()
        event = self._card_event = self._events[event_id]
        off_map = self._day if self._day and event_id not in self._on_map else None
        self.card.setHtml(event_card_html(event, self.actor_names(event), self.lang, off_map))

    eventLinkClicked = Signal(str)

    def card_is_off_map(self) -> bool:
        """True if the card shows an event that is not on the map on the day shown."""
        selected = self.selected_id()
        return bool(selected and self._day and selected not in self._on_map)

    def clear_selection(self) -> None:
        """Leave the selected event: the card shows what is on the map on the day."""
        blocked = self.list.blockSignals(True)
        self.list.setCurrentItem(None)
        self.list.clearSelection()
        self.list.blockSignals(blocked)
        self._day_card = (self._day, self._on_map)
        self._show_day_card()
        self.selectionCleared.emit()

    def citation(self) -> str | None:
        """The citation of the event on the card (``pakatlas cite``'s text), or None."""
        event = getattr(self, "_card_event", None)
        if event is None:
            return None
        from viewer import version
        from viewer.core.citations import cite_record
        from viewer.core.sources import bundled_catalogue

        return cite_record(event, bundled_catalogue(), "text", version())

    def _open_link(self, url: QUrl) -> None:
        if url.fragment() == COPY_CITATION:
            text = self.citation()
            if text:
                QGuiApplication.clipboard().setText(text)
        elif url.fragment() == GO_TO_EVENT and self.selected_id():
            self.goToSelected.emit(self.selected_id())
        elif url.fragment() == BACK_TO_DAY:
            self.clear_selection()
        elif url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)
        elif url.scheme() == EVENT_LINK:  # an event listed in a cell's card
            self.eventLinkClicked.emit(url.path())
