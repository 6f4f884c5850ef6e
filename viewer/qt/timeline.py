"""The timeline bar: a day slider with decade labels, event ticks and relation bands, plus its controls."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFrame, QHBoxLayout, QLabel, QScrollArea, QSlider, QStyle,
                               QStyleOptionSlider, QToolButton, QVBoxLayout, QWidget)

from viewer import style
from viewer.core.dates import fuzzy_bounds

SPEEDS = ((QT_TRANSLATE_NOOP("TimelineBar", "1 day / frame"), {"days": 1}),
          (QT_TRANSLATE_NOOP("TimelineBar", "1 week / frame"), {"days": 7}),
          (QT_TRANSLATE_NOOP("TimelineBar", "1 month / frame"), {"months": 1}),
          (QT_TRANSLATE_NOOP("TimelineBar", "3 months / frame"), {"months": 3}),
          (QT_TRANSLATE_NOOP("TimelineBar", "1 year / frame"), {"years": 1}))
"""Playback speeds: how far the date moves per painted frame."""


class TimelineSlider(QSlider):
    """A horizontal day slider that draws the years, event ticks and one partner's relation bands.

    In a right-to-left window (Urdu) time runs right to left, as the text does: 1947 at the right, the
    handle moving left as the date advances (Qt mirrors a slider in a right-to-left layout, and the
    drawing here follows), and the left arrow goes later, the right arrow earlier. Page Up and Page
    Down (previous and next event) and Home and End (first and last day) mean the same in any direction.
    """

    BAND_HEIGHT = 9
    RANGE_GRIP = 7  # pixels either side of the range's first day where the mouse takes its handle

    rangeStartMoved = Signal(int)  # the range's first day (a slider value), dragged by the mouse

    def __init__(self, first: dt.date, last: dt.date, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.first, self.last = first, last
        self.setRange(0, (last - first).days)
        self.setPageStep(365)
        self.setMinimumHeight(68)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._ticks: list[tuple[int, QColor]] = []
        self._bands: list[tuple[int, int, int, QColor]] = []
        self._band_rows = 0
        self._rows: list = []
        self.status_colours = style.STATUS_COLOURS  # the high-contrast scale in high contrast
        self._density: list[tuple[int, int, float]] = []  # (first value, last value, share of the busiest)
        self._track: QPixmap | None = None
        self._span: int | None = None  # the range shown: from `span` days before the day (None: the day alone)
        self._dragging_range = False

    def set_span(self, days: int | None) -> None:
        """Draw the range the map shows: from ``days`` before the handle's day to it (None: no range)."""
        self._span = days
        super().update()

    def range_start(self) -> int | None:
        """The slider value of the range's first day (None when the map shows the day alone)."""
        return None if self._span is None else max(0, self.value() - self._span)

    def value_at(self, x: float) -> int:
        """The slider value under the pixel column ``x`` (the inverse of ``x_of``)."""
        groove = self._groove()
        share = (groove.right() - x if self.isRightToLeft() else x - groove.left()) / max(1.0, groove.width())
        return max(0, min(self.maximum(), round(share * self.maximum())))

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        start = self.range_start()
        if (start is not None and event.button() == Qt.MouseButton.LeftButton and start < self.value()
                and abs(event.position().x() - self.x_of(start)) <= self.RANGE_GRIP):
            self._dragging_range = True
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if self._dragging_range:
            self.rangeStartMoved.emit(min(self.value(), self.value_at(event.position().x())))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if self._dragging_range:
            self._dragging_range = False
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def _paint_range(self, painter: QPainter) -> None:
        """The range the map shows, as a band under the groove from its first day to the handle, with the
        grip of its first day (the second handle)."""
        start = self.range_start()
        if start is None or start >= self.value():
            return
        groove = self._groove()
        x0, x1 = sorted((self.x_of(start, groove), self.x_of(self.value(), groove)))
        colour = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        colour.setAlpha(70)
        middle = groove.center().y()
        painter.fillRect(QRectF(x0, middle - 5, x1 - x0, 10), colour)
        grip = self.x_of(start, groove)
        colour.setAlpha(255)
        painter.setPen(QPen(colour, 3))
        painter.drawLine(int(grip), int(middle - 9), int(grip), int(middle + 9))

    def set_events(self, events: list[dict]) -> None:
        colours = {category: QColor(style.category_colour(category))
                   for category in {e["category"] for e in events}}
        first, day = self.first.toordinal(), dt.date.fromisoformat
        self._ticks = [(day(e["start"]).toordinal() - first, colours[e["category"]]) for e in events]
        self.update()

    def set_density(self, periods: list[tuple[dt.date, dt.date, int]]) -> None:
        """The event-density strip (large conflict files): for each period (first day, last day, events), a bar
        whose height grows with the square root of its events, under the event ticks. Empty: no strip."""
        busiest = max((n for _a, _b, n in periods), default=0)
        self._density = [((a - self.first).days, (b - self.first).days, (n / busiest) ** 0.5)
                         for a, b, n in periods if n > 0] if busiest else []
        self.update()

    def density_bars(self) -> int:
        """How many bars the density strip has (0: no strip)."""
        return len(self._density)

    def set_bands(self, rows: list[list[tuple[dt.date, dt.date, str]]]) -> None:
        """One thin band per row (a partner), coloured by relation status over time. A period whose start
        or end is an EDTF date (``1965-09~``) has a soft edge: the band fades in over the days its start
        may mean (from its first possible day, margin included, to its last) and out over its end's."""
        self._rows = rows
        colours = self.status_colours
        self._bands = []
        for row, periods in enumerate(rows):
            for a, b, s in periods:
                lead = (fuzzy_bounds(a)[0], getattr(a, "strict", (a, a))[1]) if type(a) is not dt.date else None
                tail = (getattr(b, "strict", (b, b))[0], fuzzy_bounds(b)[1]) if type(b) is not dt.date else None
                self._bands.append((row, (a - self.first).days, (b - self.first).days, QColor(colours.get(s, "#888888")),
                                    self._values(lead), self._values(tail)))
        self._band_rows = len(rows)
        self.update()

    def _values(self, days: tuple[dt.date, dt.date] | None) -> tuple[int, int] | None:
        if days is None:
            return None
        return max(0, (days[0] - self.first).days), min(self.maximum(), (days[1] - self.first).days + 1)

    def soft_edges(self) -> list[tuple[int, tuple[int, int] | None, tuple[int, int] | None]]:
        """(row, lead, tail) of each band with a soft edge: the slider values its start and its end fade over."""
        return [(row, lead, tail) for row, _a, _b, _c, lead, tail in self._bands if lead or tail]

    def set_status_colours(self, colours: dict[str, str]) -> None:
        """Colour the relation bands with another scale (high contrast)."""
        self.status_colours = colours
        self.set_bands(self._rows)

    def _groove(self) -> QRectF:
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        rect = self.style().subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                           QStyle.SubControl.SC_SliderGroove, self)
        handle = self.style().subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                             QStyle.SubControl.SC_SliderHandle, self)
        half = handle.width() / 2
        return QRectF(rect.left() + half, rect.top(), rect.width() - 2 * half, rect.height())

    def x_of(self, value: int, groove: QRectF | None = None) -> float:
        groove = groove or self._groove()
        offset = groove.width() * value / max(1, self.maximum())
        return groove.right() - offset if self.isRightToLeft() else groove.left() + offset

    def update(self, *args) -> None:  # noqa: D102 (data changed: draw the track again)
        self._track = None
        super().update(*args)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self._track = None
        super().resizeEvent(event)

    def _draw_track(self) -> QPixmap:
        """Bands, ticks and year marks: drawn once per size or data, not on every move of the handle."""
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(int(self.width() * ratio), int(self.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        groove, height = self._groove(), self.height()
        for row, start, stop, colour, lead, tail in self._bands:
            top = 1 + row * (self.BAND_HEIGHT + 1)
            solid = (lead[1] if lead else start, tail[0] if tail else stop + 1)
            x0, x1 = sorted((self.x_of(solid[0], groove), self.x_of(solid[1], groove)))
            painter.fillRect(QRectF(x0, top, max(1.0, x1 - x0), self.BAND_HEIGHT), colour)
            for edge, fading_in in ((lead, True), (tail, False)):  # an EDTF date's days: the band fades
                if edge is None:
                    continue
                ends = (self.x_of(edge[0], groove), self.x_of(edge[1], groove))
                ramp = QLinearGradient(ends[0], 0, ends[1], 0)
                clear = QColor(colour)
                clear.setAlpha(0)
                ramp.setColorAt(0, clear if fading_in else colour)
                ramp.setColorAt(1, colour if fading_in else clear)
                left, right = sorted(ends)
                painter.fillRect(QRectF(left, top, max(1.0, right - left), self.BAND_HEIGHT), ramp)
        top = 3 + self._band_rows * (self.BAND_HEIGHT + 1)
        last_colour: dict[int, QColor] = {}  # one line per pixel column: the last tick drawn there covers the others
        for value, colour in self._ticks:
            last_colour[int(self.x_of(value, groove))] = colour
        for x, colour in last_colour.items():
            painter.setPen(QPen(colour, 1))
            painter.drawLine(x, top, x, top + 8)
        strip = QColor(style.DENSITY_STRIP)
        for start, stop, share in self._density:  # events per period of the large files, under the ticks
            x0, x1 = self.x_of(start, groove), self.x_of(stop + 1, groove)
            bar = max(1.0, 10 * share)
            painter.fillRect(QRectF(x0, top + 21 - bar, max(1.0, x1 - x0), bar), strip)
        font = painter.font()
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        if self.palette().color(QPalette.ColorRole.Window).lightness() < 128:  # a dark palette: light marks
            text = self.palette().color(QPalette.ColorRole.WindowText)
            marks = {True: text, False: text.darker(150)}
        else:
            marks = {True: QColor(style.DECADE_MARK), False: QColor(style.YEAR_MARK)}
        painter.setFont(font)
        for year in range(self.first.year + 1, self.last.year + 1):
            x = int(self.x_of((dt.date(year, 1, 1) - self.first).days, groove))
            decade = year % 10 == 0
            painter.setPen(QPen(marks[decade], 1))
            painter.drawLine(x, height - (14 if decade else 8), x, height - 2)
            if decade:
                label_x = x - 3 - painter.fontMetrics().horizontalAdvance(str(year)) if self.isRightToLeft() else x + 3
                painter.drawText(label_x, height - 3, str(year))
        painter.end()
        return pixmap

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if self._track is None or self._track.size() != self.size() * self.devicePixelRatioF():
            self._track = self._draw_track()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._track)
        self._paint_range(painter)
        painter.end()
        super().paintEvent(event)
        if self.hasFocus():  # a focus ring anyone can see
            painter = QPainter(self)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(QRectF(1, 1, self.width() - 2, self.height() - 2))
            painter.end()


class BandNames(QWidget):
    """The names of the partners whose bands run along the slider, each level with its band."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.names: list[str] = []
        self.setObjectName("bandNames")

    def set_names(self, names: list[str]) -> None:
        self.names = list(names)
        font = self.font()
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        self.setFont(font)
        width = max((self.fontMetrics().horizontalAdvance(n) for n in self.names), default=0)
        self.setFixedWidth(width + 8 if self.names else 0)
        self.setAccessibleName(self.tr("Bands: %1").replace("%1", ", ".join(self.names)))
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))  # the window's text colour (high contrast too)
        row = TimelineSlider.BAND_HEIGHT + 1
        for i, name in enumerate(self.names):
            rect = QRectF(0, 1 + i * row - 1, self.width() - 4, row + 1)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), name)
        painter.end()


SUMMARY_LINES = 4


class TimelineBar(QWidget):
    """Slider, date field, play controls and the summary of the day, in one bar."""

    dayEdited = Signal(object)  # datetime.date chosen by the user
    playToggled = Signal(bool)
    stepEvent = Signal(int)  # -1 previous, +1 next

    def __init__(self, first: dt.date, last: dt.date, parent=None):
        super().__init__(parent)
        self.first = first
        self.slider = TimelineSlider(first, last, self)
        self.date_edit = QDateEdit(self)
        # an ISO date reads left to right in any language (set before the format: in a right-to-left widget
        # QDateEdit would reverse its sections)
        self.date_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDateRange(QDate(first.year, first.month, first.day), QDate(last.year, last.month, last.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setKeyboardTracking(False)
        self.date_edit.setToolTip(self.tr("Type a date and press Enter"))
        icons = QStyle.StandardPixmap
        # each skip icon points the way its date lies on the timeline (earlier is to the right in Urdu)
        earlier, later = ((icons.SP_MediaSkipForward, icons.SP_MediaSkipBackward) if self.isRightToLeft()
                          else (icons.SP_MediaSkipBackward, icons.SP_MediaSkipForward))
        self.previous_button = self._button(earlier, self.tr("Previous event (Page Up)"),
                                            lambda: self.stepEvent.emit(-1))
        self.play_button = self._button(icons.SP_MediaPlay, self.tr("Play / pause (Space)"), None)
        self.play_button.setCheckable(True)
        self.play_button.toggled.connect(self._on_play_toggled)
        self.next_button = self._button(later, self.tr("Next event (Page Down)"),
                                        lambda: self.stepEvent.emit(1))
        self.speed = QComboBox(self)
        for label, step in SPEEDS:
            self.speed.addItem(self.tr(label), step)
        self.speed.setCurrentIndex(2)
        self.speed.setToolTip(self.tr("How far the date moves per frame while playing"))
        self.summary = QLabel(self)
        self.summary.setObjectName("daySummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        summary_box = self._summary_box(self.summary)

        controls = QHBoxLayout()
        for widget in (self.previous_button, self.play_button, self.next_button, self.speed, self.date_edit):
            controls.addWidget(widget)
        controls.addWidget(summary_box, 1)
        self.band_names = BandNames(self)
        track = QHBoxLayout()
        track.setSpacing(2)
        track.addWidget(self.band_names)
        track.addWidget(self.slider, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 4)
        layout.addLayout(track)
        layout.addLayout(controls)

        self.slider.valueChanged.connect(lambda v: self.dayEdited.emit(first + dt.timedelta(days=v)))
        self.date_edit.dateChanged.connect(lambda q: self.dayEdited.emit(dt.date(q.year(), q.month(), q.day())))

    def _summary_box(self, label: QLabel) -> QScrollArea:
        """The summary in a box of SUMMARY_LINES lines whatever the day says: a longer summary scrolls, so the
        bar, and the map above it, keep their size while the date moves (a map resized repaints whole)."""
        box = QScrollArea(self)
        box.setWidget(label)
        box.setWidgetResizable(True)
        box.setFrameShape(QFrame.Shape.NoFrame)
        box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        box.viewport().setAutoFillBackground(False)
        label.setAutoFillBackground(False)
        box.setFixedHeight(SUMMARY_LINES * label.fontMetrics().lineSpacing() + 2 * label.margin() + 4)
        box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return box

    def set_band_names(self, names: list[str]) -> None:
        """Label the bands (top first): the partners whose relations they colour."""
        self.band_names.set_names(names)

    def _button(self, icon: QStyle.StandardPixmap, tip: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(self.style().standardIcon(icon))
        button.setToolTip(tip)
        button.setAccessibleName(tip.split(" (")[0])
        if slot:
            button.clicked.connect(slot)
        return button

    def _on_play_toggled(self, playing: bool) -> None:
        icon = QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        self.play_button.setIcon(self.style().standardIcon(icon))
        self.playToggled.emit(playing)

    def show_day(self, day: dt.date, summary: str) -> None:
        """Reflect the day without emitting dayEdited."""
        for widget, setter, value in ((self.slider, "setValue", (day - self.first).days),
                                      (self.date_edit, "setDate", QDate(day.year, day.month, day.day))):
            blocked = widget.blockSignals(True)
            getattr(widget, setter)(value)
            widget.blockSignals(blocked)
        self.summary.setText(summary)

    @property
    def speed_step(self) -> dict:
        return self.speed.currentData()
