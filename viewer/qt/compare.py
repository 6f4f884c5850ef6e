"""View › Compare dates: two maps side by side, kept in step, each with its own date, and what changed.

``CompareWindow(atlas, first, second, parent)`` shows two map views (``MapView``); panning or zooming
one moves the other to the same centre and zoom. Under each map a slider and a date field set its
date; under both, the differences between the two dates in words (``viewer.core.diff.describe``:
"Iran: allied → hostile", "Left SEATO and CENTO", "Bangladesh appeared").
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (QDateEdit, QGridLayout, QHBoxLayout, QLabel, QListWidget, QSlider, QSplitter,
                               QVBoxLayout, QWidget)
from shiboken6 import isValid

from viewer.core.diff import describe, diff
from viewer.export.legend import long_date
from viewer.qt.webengine.mapview import MapView

SAME_VIEW = 1e-4
"""Views closer than this (degrees and zoom levels) are the same: no echo between the two maps."""


class DateControl(QWidget):
    """A slider over the timeline and a date field, kept together. ``dayChanged(date)`` on the user's change."""

    dayChanged = Signal(object)

    def __init__(self, first: dt.date, last: dt.date, day: dt.date, parent=None):
        super().__init__(parent)
        self.first = first
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, (last - first).days)
        self.slider.setPageStep(365)
        self.edit = QDateEdit(self)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setDateRange(QDate(first.year, first.month, first.day), QDate(last.year, last.month, last.day))
        self.edit.setCalendarPopup(True)
        self.edit.setKeyboardTracking(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.edit)
        self.set_day(day)
        self.slider.valueChanged.connect(lambda v: self._changed(first + dt.timedelta(days=v)))
        self.edit.dateChanged.connect(lambda q: self._changed(dt.date(q.year(), q.month(), q.day())))

    @property
    def day(self) -> dt.date:
        return self.first + dt.timedelta(days=self.slider.value())

    def set_day(self, day: dt.date) -> None:
        for widget, setter, value in ((self.slider, "setValue", (day - self.first).days),
                                      (self.edit, "setDate", QDate(day.year, day.month, day.day))):
            blocked = widget.blockSignals(True)
            getattr(widget, setter)(value)
            widget.blockSignals(blocked)

    def _changed(self, day: dt.date) -> None:
        self.set_day(day)
        self.dayChanged.emit(day)


class CompareWindow(QWidget):
    """Two dates side by side. ``days``, ``set_days(d1, d2)``, ``differences()``; ``maps`` are the two MapViews."""

    differencesShown = Signal(list)

    def __init__(self, atlas, first: dt.date, second: dt.date, parent=None, *, view: dict | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.atlas = atlas
        self.setWindowTitle(self.tr("Compare dates — Pakistan Diplomatic Atlas"))
        self.maps = (MapView(atlas, self), MapView(atlas, self))
        self.controls = (DateControl(atlas.first_day, atlas.last_day, first, self),
                         DateControl(atlas.first_day, atlas.last_day, second, self))
        self.headings = (QLabel(self), QLabel(self))
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setStyleSheet("font-weight: 600")
        self.list = QListWidget(self)
        self.list.setMaximumHeight(150)
        self._known: dict[int, tuple] = {}  # each map's view, as last reported or pushed to it
        self._start_view = view
        self._closed = False

        split = QSplitter(Qt.Orientation.Horizontal, self)
        for n in range(2):
            pane = QWidget(split)
            grid = QGridLayout(pane)
            grid.setContentsMargins(2, 2, 2, 2)
            self.headings[n].setTextFormat(Qt.TextFormat.PlainText)
            self.headings[n].setStyleSheet("font-size: 15px; font-weight: 700")
            grid.addWidget(self.headings[n], 0, 0)
            grid.addWidget(self.maps[n], 1, 0)
            grid.addWidget(self.controls[n], 2, 0)
            grid.setRowStretch(1, 1)
            split.addWidget(pane)
            self.controls[n].dayChanged.connect(lambda _day, n=n: self._show(n))
            self.maps[n].viewChanged.connect(lambda v, n=n: self._follow(n, v))
            self.maps[n].pageReady.connect(lambda n=n: self._on_ready(n))
        split.setSizes([1, 1])
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        self.resize(1400, 820)
        for n in range(2):
            self._show(n, update=False)
        self._update_differences()

    @property
    def days(self) -> tuple[dt.date, dt.date]:
        return self.controls[0].day, self.controls[1].day

    def set_days(self, first: dt.date, second: dt.date) -> None:
        for n, day in enumerate((first, second)):
            self.controls[n].set_day(day)
            self._show(n, update=False)
        self._update_differences()

    def differences(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _show(self, n: int, update: bool = True) -> None:
        day = self.controls[n].day
        self.headings[n].setText(long_date(day))
        self.maps[n].set_state(self.atlas.state(day))
        if update:
            self._update_differences()

    def _update_differences(self) -> None:
        first, second = self.days
        lines = describe(diff(self.atlas, first, second))
        self.summary.setText(self.tr("What changed from %1 to %2").replace("%1", long_date(first)).replace("%2", long_date(second)))
        self.list.clear()
        self.list.addItems(lines)
        self.differencesShown.emit(lines)

    def _on_ready(self, n: int) -> None:
        if self._start_view and "center" in self._start_view:
            self._push(n, self._start_view["center"], self._start_view["zoom"])

    def _push(self, n: int, center, zoom) -> None:
        self._known[n] = (float(center[0]), float(center[1]), float(zoom))
        self.maps[n].call("atlas.setView", [float(center[0]), float(center[1])], float(zoom))

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self._closed = True  # the maps go with the window: no more following
        super().closeEvent(event)

    def _follow(self, n: int, view: dict) -> None:
        """Map ``n`` moved: the other map goes to the same centre and zoom, unless it is there already (then
        this is the echo of a move pushed to ``n``: following it back would never end)."""
        if self._closed or not all(isValid(m) for m in self.maps):
            return
        try:
            here = (float(view["center"][0]), float(view["center"][1]), float(view["zoom"]))
        except (KeyError, TypeError, ValueError, IndexError):
            return
        self._known[n] = here
        other = 1 - n
        there = self._known.get(other)
        if there is not None and all(abs(a - b) < SAME_VIEW for a, b in zip(there, here)):
            return
        if self.maps[other].ready:
            self._push(other, here[:2], here[2])
