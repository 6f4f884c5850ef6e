"""Guided tours in the window: the tour bar and the player that moves the window from step to step.

``TourBar`` shows the tour's title, "Step n of m", previous / play-pause / next and a close button.
``TourPlayer`` plays a tour (``viewer.core.tourplay.TourPlayback`` decides; a timer holds each step
for its ``hold`` seconds). A step moves the timeline to its date, the map to its box (an animated
flight, or a jump when reduced motion is asked: ``reduced_motion``), switches the step's layers on
or off, highlights its events on the map and shows the step's card (narrative and sources) in
the card area of the events panel.

Any input of the user while the tour plays or the map flies (dragging or typing the timeline, a
click or a wheel turn on the map, choosing an event, a key anywhere in the window outside the tour
bar; mouse and keys are watched on the window's QWindow, which every input event passes first) pauses
the tour and leaves the window as it is: the flight stops where it is, the date and
the layers stay; nothing of the tour is applied after it.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QStyle, QToolButton, QWidget

from viewer.core.annotations import narrative_links
from viewer.core.tourplay import TourPlayback, hidden_layers
from viewer.core.tours import Tour
from viewer.export.tour import page_annotations, step_card_html
from viewer.page.layers import known_ids

REDUCED_MOTION_ENV = "PAKATLAS_REDUCED_MOTION"
"""Set to 1 for jumps instead of flights (the page also follows the system's prefers-reduced-motion)."""
REDUCED_MOTION_SETTING = "reduced_motion"


def reduced_motion(settings=None) -> bool:
    """True when the user asked for reduced motion: the environment variable, or the window's setting."""
    if os.environ.get(REDUCED_MOTION_ENV, "").strip().lower() in ("1", "true", "yes", "on"):
        return True
    return bool(settings is not None and settings.value(REDUCED_MOTION_SETTING, False, bool))


class TourBar(QWidget):
    """Title, position, previous / play-pause / next, close."""

    previousClicked = Signal()
    nextClicked = Signal()
    playToggled = Signal(bool)
    closeClicked = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("tourBar")
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-weight: 600")
        self.position = QLabel(self)
        self.position.setTextFormat(Qt.TextFormat.PlainText)
        self.step_title = QLabel(self)
        self.step_title.setTextFormat(Qt.TextFormat.PlainText)
        self.lacking = QLabel(self)  # what the step names that the data open now lacks
        self.lacking.setTextFormat(Qt.TextFormat.PlainText)
        self.lacking.setObjectName("tourLacking")
        self.lacking.hide()
        icons = QStyle.StandardPixmap
        self.previous_button = self._button(icons.SP_MediaSeekBackward, self.tr("Previous step"), self.previousClicked.emit)
        self.play_button = self._button(icons.SP_MediaPlay, self.tr("Play / pause the tour"), None)
        self.play_button.setCheckable(True)
        self.play_button.toggled.connect(self._on_toggled)
        self.next_button = self._button(icons.SP_MediaSeekForward, self.tr("Next step"), self.nextClicked.emit)
        self.close_button = self._button(icons.SP_DialogCloseButton, self.tr("Close the tour"), self.closeClicked.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 8, 3)
        for widget in (self.title, self.previous_button, self.play_button, self.next_button, self.position):
            layout.addWidget(widget)
        layout.addWidget(self.step_title, 1)
        layout.addWidget(self.lacking)
        layout.addWidget(self.close_button)

    def _button(self, icon, tip: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(self.style().standardIcon(icon))
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        if slot:
            button.clicked.connect(slot)
        return button

    def _on_toggled(self, playing: bool) -> None:
        self._set_icon(playing)
        self.playToggled.emit(playing)

    def _set_icon(self, playing: bool) -> None:
        icon = QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        self.play_button.setIcon(self.style().standardIcon(icon))

    def show_step(self, playback: TourPlayback, lacking: list[str] | None = None) -> None:
        """Reflect the tour's step and state without emitting signals; ``lacking``: what the step names that
        the data open now lacks (said on the bar, in full in its tooltip)."""
        self.title.setText(playback.tour.title)
        self.position.setText(self.tr("Step %1 of %2").replace("%1", str(max(playback.index, 0) + 1))
                              .replace("%2", str(playback.count)))
        step = playback.current
        self.step_title.setText(step.title if step else "")
        self.lacking.setVisible(bool(lacking))
        if lacking:
            self.lacking.setText(self.tr("⚠ %n item(s) not in the data", "", len(lacking)))
            self.lacking.setToolTip(self.tr("Not in the data open now: %1").replace("%1", ", ".join(lacking)))
        self.previous_button.setEnabled(playback.index > 0)
        self.next_button.setEnabled(not playback.at_end)
        self.set_playing(playback.playing)

    def set_playing(self, playing: bool) -> None:
        blocked = self.play_button.blockSignals(True)
        self.play_button.setChecked(playing)
        self.play_button.blockSignals(blocked)
        self._set_icon(playing)


class TourPlayer(QObject):
    """Plays tours in a ``MainWindow``: ``open(tour)``, ``go(n)``, ``play()``, ``pause()``, ``interrupt()``, ``close()``.

    Signals: ``stepShown(index)`` once a step has been applied, ``changed()`` when a tour opens,
    closes, plays or pauses.
    """

    stepShown = Signal(int)
    changed = Signal()

    def __init__(self, window, tours: list[Tour]):
        super().__init__(window)
        self.window = window
        self.tours = {t.id: t for t in tours}
        self.playback: TourPlayback | None = None
        self.lacking: dict[int, list[str]] = {}  # step -> what the data open now lacks (a tour from a file)
        self.flying = False
        self.bar = TourBar(window)
        self.bar.hide()
        layout = window.centralWidget().layout()
        layout.insertWidget(layout.indexOf(window.bar), self.bar)
        self._hold = QTimer(self, singleShot=True)
        self._hold.timeout.connect(self._advance)
        self.bar.previousClicked.connect(lambda: self._step_by(-1))
        self.bar.nextClicked.connect(lambda: self._step_by(1))
        self.bar.playToggled.connect(lambda on: self.play() if on else self.pause())
        self.bar.closeClicked.connect(self.close)
        window.bar.dayEdited.connect(lambda _day: self.interrupt())
        window.bar.playToggled.connect(lambda on: on and self.interrupt())
        window.panel.eventSelected.connect(lambda _id: self.interrupt())
        window.map.eventClicked.connect(lambda _id: self.interrupt())
        window.map.viewChanged.connect(self._on_view_changed)
        self._handle = None  # the window's QWindow, whose events are the user's input (watched once shown)
        window.installEventFilter(self)

    @property
    def tour(self) -> Tour | None:
        return self.playback.tour if self.playback else None

    @property
    def playing(self) -> bool:
        return bool(self.playback and self.playback.playing)

    def open(self, tour: Tour | str, play: bool = True, lacking: dict[int, list[str]] | None = None) -> None:
        """Open a tour on its first step, playing unless ``play`` is False; ``lacking`` (step -> names) is said
        on the steps that name events or layers the data open now lacks."""
        tour = self.tours[tour] if isinstance(tour, str) else tour
        self.lacking = dict(lacking or {})
        self._hold.stop()
        self.window.set_playing(False)
        self.window.bar.play_button.setChecked(False)
        self.playback = TourPlayback(tour)
        self.bar.show()
        self.changed.emit()
        if play:
            self._show(self.playback.play())
        else:
            self.go(0)

    def go(self, index: int) -> None:
        if self.playback:
            self._show(self.playback.go(index))

    def _step_by(self, delta: int) -> None:
        if self.playback:
            self.go(self.playback.index + delta)

    def play(self) -> None:
        if self.playback:
            self.window.set_playing(False)
            self.window.bar.play_button.setChecked(False)
            self._show(self.playback.play())
            self.changed.emit()

    def pause(self) -> None:
        if self.playback:
            self.playback.pause()
            self._hold.stop()
            self.bar.set_playing(False)
            self.changed.emit()

    def interrupt(self) -> None:
        """The user took over: pause the tour, stop a flight where it is, change nothing else."""
        if self.playback is None or not (self.playback.playing or self.flying):
            return
        self.playback.interrupt()
        self._hold.stop()
        if self.flying and self.window.map.ready:
            self.window.map.call("atlas.stopMotion")
        self.flying = False
        self.bar.set_playing(False)
        self.window.statusBar().showMessage(self.tr("Tour paused: the map is yours. Press play in the tour bar to go on."),
                                            6000)
        self.changed.emit()

    def close(self) -> None:
        if self.playback is None:
            return
        self._hold.stop()
        if self.flying and self.window.map.ready:  # stop a flight where it is, without a word: the tour ends
            self.window.map.call("atlas.stopMotion")
        self.flying = False
        self.playback = None
        self.bar.hide()
        self.window.panel.pin_card(None)
        self.window.map.set_annotations([])
        self.changed.emit()

    # -- internals -----------------------------------------------------------------------

    def _advance(self) -> None:
        if self.playback is None:
            return
        step = self.playback.advance()
        if step is None:
            self.bar.set_playing(False)
            self.changed.emit()
            return
        self._show(step)

    def _show(self, step) -> None:
        window, playback = self.window, self.playback
        self._hold.stop()
        window.map.set_hidden_layers(hidden_layers(step, window.map.hidden_layers(), known_ids(window.atlas)))
        window.set_day(step.date)
        window.map.select_event(step.events[0] if step.events else None, step.events)
        south, west, north, east = step.view
        animate = not reduced_motion(window.settings)
        if window.map.ready:
            self.flying = animate
            window.map.call("atlas.fitView", [[south, west], [north, east]], animate)
        window.map.set_annotations(page_annotations(step))
        named = [*step.events, *narrative_links(step.narrative)]
        events = {i: window.atlas.event(i) for i in named if window.atlas.event(i)}
        lacking = self.lacking.get(playback.index)
        window.panel.pin_card(step_card_html(playback.tour, playback.index, events=events, lacking=lacking,
                                             lang=window.lang))
        self.bar.show_step(playback, lacking)
        if playback.playing:
            self._hold.start(playback.hold_ms)
        self.stepShown.emit(playback.index)

    def _on_view_changed(self, _view: dict) -> None:
        self.flying = False

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt name)
        """Every input event of the window passes its QWindow first: a press or a wheel turn over the map,
        or a key while the focus is outside the tour bar, is the user taking over."""
        kind = event.type()
        if obj is self.window:
            if kind == QEvent.Type.Show and self._handle is None and self.window.windowHandle() is not None:
                self._handle = self.window.windowHandle()
                self._handle.installEventFilter(self)
            return False
        if self.playback is None or not (self.playback.playing or self.flying):
            return False
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.Wheel, QEvent.Type.TouchBegin):
            point = event.position().toPoint() if hasattr(event, "position") else None
            map_view = self.window.map
            if point is not None and map_view.rect().contains(map_view.mapFrom(self.window, point)):
                self.interrupt()
        elif kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            focus = QApplication.focusWidget()
            if focus is None or not (focus is self.bar or self.bar.isAncestorOf(focus)):
                self.interrupt()
        return False
