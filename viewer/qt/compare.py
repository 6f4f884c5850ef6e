"""View › Compare dates: two maps side by side or one over the other (swipe), kept in step, each with
its own date, and what changed.

``CompareWindow(atlas, first, second, parent, lang=, high_contrast=)`` shows two map views
(``MapView``) in the window's language and contrast; panning or zooming one moves the other to the
same centre and zoom. Under each map a slider and a date field set its date; under both, the
differences between the two dates in words, in the window's language (``viewer.i18n.differences``: "Iran: allied →
hostile", "Left SEATO and CENTO", "Bangladesh appeared").

Swipe (the "Swipe" box, or ``set_swipe(True)``): both maps fill the same place, the second over the
first, shown only right of a handle the user drags (or moves with the arrow keys), so one place is
read at its two dates at the same spot of the screen.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QRegion
from PySide6.QtWidgets import (QCheckBox, QDateEdit, QFrame, QHBoxLayout, QLabel, QListWidget, QSlider, QVBoxLayout,
                               QWidget)
from shiboken6 import isValid

from viewer.core.diff import diff
from viewer.export.legend import caption_lines
from viewer.i18n.differences import describe
from viewer.qt.webengine.mapview import MapView

SETTLE_MS = 120
"""After the maps change size (swipe on or off), the time their pages take to follow before both are put
back on the same view."""

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
        # an ISO date reads left to right, Urdu too (set before the format: a right-to-left QDateEdit reverses
        # its sections)
        self.edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
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


class SwipeHandle(QFrame):
    """The line the second map is cut along in swipe mode: drag it, or move it with the arrow keys."""

    moved = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setCursor(Qt.CursorShape.SplitHCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet("background: #111111; border: 1px solid #ffffff;")

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.moved.emit(self.mapToParent(event.position().toPoint()).x())

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        step = {Qt.Key.Key_Left: -20, Qt.Key.Key_Right: 20}.get(event.key())
        if step is None:
            super().keyPressEvent(event)
            return
        self.moved.emit(self.x() + self.width() // 2 + step)


class MapStage(QWidget):
    """Where the two maps are: side by side (a gap between), or both over the whole stage with the second
    cut at the swipe handle (``position``, in pixels from the left)."""

    HANDLE = 6

    def __init__(self, maps, parent=None):
        super().__init__(parent)
        self.maps = maps
        for m in maps:
            m.setParent(self)
        self.handle = SwipeHandle(self)
        self.handle.hide()
        self.handle.moved.connect(self.set_position)
        self.swipe = False
        self.position: int | None = None  # None: the middle

    def set_swipe(self, on: bool) -> None:
        self.swipe = bool(on)
        self.handle.setVisible(self.swipe)
        self._place()

    def set_position(self, x: int) -> None:
        self.position = max(0, min(self.width(), int(x)))
        self._place()

    def cut(self) -> int:
        """Where the second map begins in swipe mode."""
        return self.width() // 2 if self.position is None else min(self.position, self.width())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        w, h = self.width(), self.height()
        if not self.swipe:
            half = (w - self.HANDLE) // 2
            self.maps[0].setGeometry(0, 0, half, h)
            self.maps[1].setGeometry(w - half, 0, half, h)
            self.maps[1].clearMask()
            return
        cut = self.cut()
        for m in self.maps:
            m.setGeometry(0, 0, w, h)
        self.maps[1].raise_()
        self.maps[1].setMask(QRegion(QRect(cut, 0, max(0, w - cut), h)))
        self.handle.setGeometry(cut - self.HANDLE // 2, 0, self.HANDLE, h)
        self.handle.raise_()


class CompareWindow(QWidget):
    """Two dates side by side or swiped. ``days``, ``set_days(d1, d2)``, ``differences()``, ``set_swipe(on)``;
    ``maps`` are the two MapViews."""

    differencesShown = Signal(list)

    def __init__(self, atlas, first: dt.date, second: dt.date, parent=None, *, view: dict | None = None,
                 lang: str = "en", high_contrast: bool = False):
        super().__init__(parent, Qt.WindowType.Window)
        self.atlas = atlas
        self.lang = lang
        self.setWindowTitle(self.tr("Compare dates — Pakistan Diplomatic Atlas"))
        self.maps = (MapView(atlas, self, lang=lang, high_contrast=high_contrast),
                     MapView(atlas, self, lang=lang, high_contrast=high_contrast))
        self.controls = (DateControl(atlas.first_day, atlas.last_day, first, self),
                         DateControl(atlas.first_day, atlas.last_day, second, self))
        self.headings = (QLabel(self), QLabel(self))
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setStyleSheet("font-weight: 600")
        self.list = QListWidget(self)
        self.list.setMaximumHeight(150)
        self._known: dict[int, tuple] = {}  # each map's view, as last reported or pushed to it
        self._pushed: dict[int, list[tuple]] = {0: [], 1: []}  # views pushed to each map, not yet reported back
        self._start_view = view
        self._closed = False

        self.stage = MapStage(self.maps, self)
        self.swipe_box = QCheckBox(self.tr("Swipe: one map over the other"), self)
        self.swipe_box.toggled.connect(self.set_swipe)
        self.stage.handle.setAccessibleName(self.tr("Swipe line: drag, or use the arrow keys"))
        heads, controls = QHBoxLayout(), QHBoxLayout()
        for n in range(2):
            self.headings[n].setTextFormat(Qt.TextFormat.PlainText)
            self.headings[n].setStyleSheet("font-size: 15px; font-weight: 700")
            heads.addWidget(self.headings[n], 1)
            controls.addWidget(self.controls[n], 1)
            self.controls[n].dayChanged.connect(lambda _day, n=n: self._show(n))
            self.maps[n].viewChanged.connect(lambda v, n=n: self._follow(n, v))
            self.maps[n].pageReady.connect(lambda n=n: self._on_ready(n))
        heads.addWidget(self.swipe_box)
        layout = QVBoxLayout(self)
        layout.addLayout(heads)
        layout.addWidget(self.stage, 1)
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        self.resize(1400, 820)
        for n in range(2):
            self._show(n, update=False)
        self._update_differences()

    def set_swipe(self, on: bool) -> None:
        """Swipe mode on or off (the maps stay in step either way)."""
        blocked = self.swipe_box.blockSignals(True)
        self.swipe_box.setChecked(bool(on))
        self.swipe_box.blockSignals(blocked)
        view = self._known.get(0)  # the first map's view, which both keep once their size has changed
        self.stage.set_swipe(on)
        if view is not None:
            QTimer.singleShot(SETTLE_MS, lambda: self._realign(view))

    def _realign(self, view: tuple) -> None:
        if self._closed or not all(isValid(m) for m in self.maps):
            return
        for n, m in enumerate(self.maps):
            if m.ready:
                self._push(n, view[:2], view[2])

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
        self.headings[n].setText(caption_lines(day, lang=self.lang)[1])
        self.maps[n].set_state(self.atlas.state(day))
        if update:
            self._update_differences()

    def _update_differences(self) -> None:
        first, second = self.days
        lines = describe(diff(self.atlas, first, second), self.lang, self.atlas)
        first_text, second_text = (caption_lines(d, lang=self.lang)[1] for d in (first, second))
        self.summary.setText(self.tr("What changed from %1 to %2").replace("%1", first_text).replace("%2", second_text))
        self.list.clear()
        self.list.addItems(lines)
        self.differencesShown.emit(lines)

    def _on_ready(self, n: int) -> None:
        if self._start_view and "center" in self._start_view:
            self._push(n, self._start_view["center"], self._start_view["zoom"])

    def _push(self, n: int, center, zoom) -> None:
        self._known[n] = (float(center[0]), float(center[1]), float(zoom))
        self._pushed[n] = self._pushed[n][-7:] + [self._known[n]]
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
        pushed = self._pushed[n]
        for i, view_pushed in enumerate(pushed):  # the echo of a move pushed to n, perhaps an older one: not followed
            if all(abs(a - b) < SAME_VIEW for a, b in zip(view_pushed, here)):
                del pushed[:i + 1]
                return
        self._known[n] = here
        other = 1 - n
        there = self._known.get(other)
        if there is not None and all(abs(a - b) < SAME_VIEW for a, b in zip(there, here)):
            return
        if self.maps[other].ready:
            self._push(other, here[:2], here[2])
