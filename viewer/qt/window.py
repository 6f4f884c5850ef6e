"""The main window: map, timeline bar and events panel, wired to the core atlas."""

from __future__ import annotations

import datetime as dt
import json
import linecache
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QSplitter, QVBoxLayout, QWidget

from viewer import style
from viewer.core.atlas import Atlas
from viewer.core.conflictlayer import density_periods
from viewer.core.modes import Display, layer_displays_text
from viewer.core.playback import Playback
from viewer.core.timeline import Timeline
from viewer.i18n.names import format_date, territory
from viewer.qt import access, displaymenu, language, viewmenu, windowhelp, windowmenu, windowmessages, windowsettings
from viewer.qt.datasource import DataSource
from viewer.qt.eventstable import EventsTable
from viewer.qt.export_dialogs import Shown
from viewer.qt.cards import polity_card_html
from viewer.qt.webengine.mapview import MapView
from viewer.qt.panel import EventPanel
from viewer.qt.story import install as install_story
from viewer.qt.timeline import TimelineBar

BAND_PARTNERS = ("USA", "IRN")
"""Partners whose relation periods colour the timeline, top row first."""
PLAY_INTERVAL_MS = 40


class MainWindow(QMainWindow):
    """The atlas window. Every date change flows: timeline model → core state → map page (in place)."""

    dayShown = Signal(object)  # the day whose state was sent to the map
    dataChanged = Signal()  # new data is shown
    languageChosen = Signal(str)  # View › Language: the app makes the window again in it (switching.switch_language)
    displayChanged = Signal(object)  # View › Past events, or the timeline's range: a viewer.core.modes.Display

    def __init__(self, atlas: Atlas, settings: QSettings | None = None, start_date: dt.date | None = None,
                 source: DataSource | None = None, lang: str | None = None, high_contrast: bool | None = None,
                 map_view: MapView | None = None):
        super().__init__()
        self.lang = lang or language.current()
        if self.lang != language.current():
            language.install(self.lang)
        self.atlas = atlas
        self.settings = settings if settings is not None else QSettings()
        self._take_source(source)
        self._choose_contrast(high_contrast)
        self.events_table: EventsTable | None = None
        self.setWindowTitle(self.tr("Pakistan Diplomatic Atlas"))
        windowsettings.restore_display(self)
        self._make_timeline(start_date)
        self._make_map(map_view)
        self._make_widgets()
        self._connect()
        windowmenu.build_menus(self)
        viewmenu.label_controls(self)
        viewmenu.set_tab_order(self)
        self.voice = access.TimelineVoice(self.bar.slider, self)
        windowsettings.restore(self)
        install_story(self)  # tours, the comparison of two dates, links to a view
        self.bar.show_day(self.timeline.day, self.day_summary(self.atlas.state(self.timeline.day)))
        windowmessages.say_opened(self)  # the records left out, if any, and the opening hint
        # PySide's import hook reads the source lines of every module imported after it (inspect) into linecache:
        # about 10 MB once the window's modules are in. A traceback reads the lines it shows again.
        linecache.clearcache()

    # -- the window's parts, made once by __init__ ----------------------------

    def _take_source(self, source: DataSource | None) -> None:
        """The data source: its own, or one handed on by a window in another language."""
        self.source = source or DataSource(parent=self)
        self.source.setParent(self)
        self.source.loaded.connect(self.set_atlas)
        self.source.failed.connect(lambda message: self.show_error(self.tr("The data was not changed:") + "\n" + message))
        self.source.busy.connect(self._show_busy)
        self.setAcceptDrops(True)

    def _choose_contrast(self, high_contrast: bool | None) -> None:
        """High contrast as asked, else as saved, else as the system prefers; applied to the application."""
        self.high_contrast = access.chosen_contrast(self.settings, high_contrast)
        access.apply_contrast(QApplication.instance(), self.high_contrast)

    def _make_timeline(self, start_date: dt.date | None) -> None:
        """The timeline model on the date asked, else the one the window was left on, else the first."""
        atlas = self.atlas
        self.timeline = Timeline(atlas.first_day, atlas.last_day, windowsettings.start_day(self, start_date))
        self.playback = Playback(self.timeline)
        self._play_timer = QTimer(self, singleShot=True, interval=PLAY_INTERVAL_MS)
        self._play_timer.timeout.connect(self._advance)

    def _make_map(self, map_view: MapView | None) -> None:
        """The map: a new page, or the page of a window in another language, which then speaks this one's."""
        if map_view is None:
            self.map = MapView(self.atlas, self, lang=self.lang, high_contrast=self.high_contrast)
        else:
            self.map = map_view
            self.map.detach()
            self.map.setParent(self)
            self.map.set_data(self.atlas, lang=self.lang, high_contrast=self.high_contrast)

    def _make_widgets(self) -> None:
        """The timeline bar, the events panel, the error banner, and their layout around the map."""
        atlas = self.atlas
        self.bar = TimelineBar(atlas.first_day, atlas.last_day, self)
        self.panel = EventPanel(atlas.events, atlas.unit_names, self, lang=self.lang, actor_names=self._actor_names,
                                search_extra=self._search_extra)
        self.banner = windowmessages.make_banner(self)

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
        if self.high_contrast:
            self.bar.slider.status_colours = style.HIGH_CONTRAST_STATUS_COLOURS
        self.bar.slider.set_density(density_periods(atlas))
        self._set_bands()

    def _connect(self) -> None:
        """The timeline, the bar, the panel and the map, wired to one another."""
        self.timeline.connect(self._on_day)
        self.bar.dayEdited.connect(self.set_day)
        self.bar.stepEvent.connect(self.step_event)
        self.bar.slider.rangeStartMoved.connect(self._range_start_moved)
        self._show_span()
        self.bar.playToggled.connect(self.set_playing)
        self.panel.eventSelected.connect(self.go_to_event)
        self.panel.goToSelected.connect(self.go_to_event)
        self.panel.selectionCleared.connect(lambda: self.map.select_event(None))
        self.panel.filtersChanged.connect(self.map.filter_events)  # the list's filters filter the map too
        self.map.eventClicked.connect(self._on_marker_clicked)
        self.map.cellClicked.connect(self._on_cell_clicked)
        self.map.unitClicked.connect(self.show_unit_card)
        self.panel.eventLinkClicked.connect(self._show_event_card)
        self.map.statePainted.connect(self._on_painted)
        self.map.loadFailed.connect(self.show_error)
        self.map.pageReady.connect(self._send_state)
        self.map.dataLoaded.connect(self._send_state)  # new data, language or contrast, in place
        if self.map.ready:  # a page that was up before this window (a launch's, or another language's)
            self._send_state()

    # -- actions and keys (the menu bar: viewer/qt/windowmenu.py) -------------

    # Help > Sources, Keyboard shortcuts and About (viewer/qt/windowhelp.py)
    def show_sources(self) -> None:
        windowhelp.show_sources(self)

    def shortcut_rows(self) -> list[tuple[str, str]]:
        return windowhelp.shortcut_rows(self)

    def _show_keys(self) -> None:
        windowhelp.show_keys(self)

    def _show_about(self) -> None:
        windowhelp.show_about(self)

    def reset_view(self) -> None:
        """The map's first view again (the map's Home button does the same)."""
        if self.map.ready:
            self.map.call("atlas.home")

    # -- which past events the map shows (View › Past events, the timeline's range) -------------

    @property
    def display(self) -> Display:
        return self.atlas.display

    def set_display(self, display: Display, layer_displays: dict[str, Display] | None = None) -> None:
        """Show past events another way (``layer_displays``: the layers that keep them their own way; None:
        as they are): the map, the list and the exports follow; remembered."""
        if display != self.atlas.display or (layer_displays is not None
                                             and layer_displays != self.atlas.layer_displays):
            self.atlas.set_display(display, layer_displays)
            self._send_state()
        self.settings.setValue("display", display.text())
        self.settings.setValue("display_layers", layer_displays_text(self.atlas.layer_displays))
        self._show_span()
        if hasattr(self, "view_actions"):
            displaymenu.sync_display_menu(self.view_actions, display)
        self.displayChanged.emit(display)

    def _show_span(self) -> None:
        display = self.atlas.display
        self.bar.slider.set_span(None if display.mode == "instant" else display.recent_days)

    def _range_start_moved(self, value: int) -> None:
        """The range's first day was dragged on the timeline: the window runs from it to the day."""
        first = self.atlas.first_day + dt.timedelta(days=value)
        displaymenu.show_range(self, first, self.timeline.day)

    # -- the day -----------------------------------------------------------

    def set_day(self, day: dt.date) -> None:
        self.timeline.day = day

    def _on_day(self, day: dt.date) -> None:
        state = self.atlas.state(day)
        summary = self.day_summary(state)
        self.bar.show_day(day, summary)
        self.voice.day_changed(format_date(day, self.lang), summary)
        self._send_state(state)

    def _send_state(self, state: dict | None = None) -> None:
        day = self.timeline.day
        state = state or self.atlas.state(day)
        self.map.set_state(state)
        self.panel.mark_current({e["id"] for e in state["events"]}, state["date"], state.get("display"))
        self.dayShown.emit(day)

    def day_summary(self, state: dict) -> str:
        """The day of a state in words, in the window's language (viewer/qt/windowmessages.py)."""
        return windowmessages.day_summary(self, state)

    def step_event(self, direction: int) -> None:
        find = self.atlas.next_event_day if direction > 0 else self.atlas.previous_event_day
        day = find(self.timeline.day)
        if day is not None:
            self.set_day(day)
            first = next((e for e in self.atlas.events_on(day) if e["start"] == day.isoformat()), None)
            if first:
                self.panel.select(first["id"])
                self.map.select_event(first["id"])

    def _actor_names(self, event: dict) -> list[str]:
        """The event's actors as named on its date, in the window's language."""
        return [territory({"id": a["id"], "name": a["name"]}, self.lang, self.atlas.unit_names)[0]
                for a in self.atlas.actor_names(event)]

    def _search_extra(self, event: dict) -> str:
        """What else finds an event: its region's name and its actors' names, then and now."""
        region_id = event.get("region") or ""
        region = " ".join(dict.fromkeys(  # its name then and its names since: N.W.F.P. and Khyber Pakhtunkhwa
            [self.atlas.region_names.get(region_id, "")] + [name for _start, name in
                                                            getattr(self.atlas.dataset, "region_renames", {}).get(region_id, ())]))
        actors = " ".join(self._actor_names(event) + [self.atlas.unit_names.get(c, c) for c in event["actors"]])
        return f"{region} {actors}"

    def _set_bands(self) -> None:
        self.bar.slider.set_bands([self.atlas.relation_periods(p) for p in BAND_PARTNERS])
        names = [self.panel.unit_names.get(p, p) for p in BAND_PARTNERS]  # in the window's language
        self.bar.set_band_names(names)
        self.bar.slider.setToolTip(self.tr("Bands: relations with %1 (top) and %2; ticks: events")
                                   .replace("%1", names[0]).replace("%2", names[1]))

    def go_to_event(self, event_id: str) -> None:
        event = self.atlas.event(event_id)
        if event:
            self.set_day(dt.date.fromisoformat(event["start"]))
            self.map.select_event(event_id)

    def open_event(self, event_id: str) -> None:
        """Select an event in the list, open its card and go to its day (as choosing it in the list does)."""
        self.panel.select(event_id)
        self.go_to_event(event_id)

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

    def show_unit_card(self, unit: str) -> None:
        """A map unit was clicked: its card says who held it on the day shown, and who before and after."""
        history = self.atlas.unit_history(unit)
        units, lang, day = getattr(self.atlas, "unit_names", {}), self.panel.lang, self.timeline.day
        self.panel.show_polity(polity_card_html(
            territory({"id": unit, "name": units.get(unit, unit), "units": [unit]}, lang, units)[0], history,
            day.isoformat(), lang, lambda r: territory(r, lang, units)[0],
            lambda code: territory(self.atlas.territory_of(code, day), lang, units)[0]))

    def counted(self, key: str, n: int) -> str:
        """The window's words that count something (``windowmessages``), in the plural form ``n`` takes in the
        window's language. They are here because lupdate reads plural forms only from ``tr()`` in a class."""
        return {
            "left_out": lambda: self.tr("%n record(s) in the data were left out. First: %1", "", n),
            "warnings": lambda: self.tr("(%n warning(s): %1)", "", n),
            "events": lambda: self.tr("Data: %1, %n event(s)", "", n),
            "rows_left_out": lambda: self.tr("%n row(s) of conflict data were left out; the others are shown. "
                                             "First: %1", "", n),
        }[key]()

    def _on_cell_clicked(self, zoom: int, key: int) -> None:
        """A density cell was clicked: list its events of the day in the panel."""
        if self.map.density is None:
            return
        day = self.timeline.day
        events, total = self.map.density.cell_events(day, zoom, key)
        since = self.atlas.display.since(day)

        def date(d: dt.date) -> str:
            return d.isoformat() if self.lang == "en" else format_date(d, self.lang)

        kept = (self.tr("(from %1 to that day)").replace("%1", date(since)) if since and since < day
                else self.tr("(that day)"))
        heading = self.tr("%Ln event(s) of the conflict data in this cell on %1 %2", "", total)
        self.panel.show_cell(heading.replace("%1", date(day)).replace("%2", kept), events, total)

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
            self, self.tr("Replace the data with files") if replace else self.tr("Add data files"), folder,
            self.tr("Atlas data (*.geojson *.json *.csv *.gpkg);;All files (*)"))
        if paths:
            self.settings.setValue("data_folder", str(Path(paths[0]).parent))
            self.source.open([Path(p) for p in paths], replace=replace)

    def set_atlas(self, atlas: Atlas) -> None:
        """Show new data: the map page takes it in place (never rebuilt or reloaded) and the date is kept."""
        atlas.set_display(self.atlas.display, self.atlas.layer_displays)  # past events are shown as they were
        self.atlas = atlas
        self.banner.hide()
        self.panel.set_events(atlas.events)
        self.bar.slider.set_events(atlas.events)
        self.bar.slider.set_density(density_periods(atlas))
        self._set_bands()
        self.map.set_data(atlas)
        self.bar.show_day(self.timeline.day, self.day_summary(self.atlas.state(self.timeline.day)))
        windowmessages.say_data_shown(self, atlas)  # where it comes from, its warnings, the rows left out
        self.dataChanged.emit()

    def _show_busy(self, busy: bool) -> None:
        windowmessages.show_busy(self, busy)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt name)
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        tours = [p for p in paths if p.suffix.lower() == ".toml"]  # a tour file plays; data files add data
        paths = [p for p in paths if p not in tours]
        if tours:
            event.acceptProposedAction()
            self.story.open_tour_file(tours[0])
        if paths:
            event.acceptProposedAction()
            self.source.open(self.source.files + paths, replace=self.source.replace)

    # -- errors and settings (viewer/qt/windowmessages.py, viewer/qt/windowsettings.py) ----------------

    def show_error(self, message: str) -> None:
        windowmessages.show_error(self, message)

    def report_exception(self, kind, value, tb) -> None:
        windowmessages.report_exception(self, kind, value, tb)

    def save_settings(self) -> None:
        windowsettings.save(self)

    # -- language, contrast, the events table ----------------------------------

    def choose_language(self, lang: str) -> None:
        """View › Language: remember it and ask for the window in it (the app makes it again at once)."""
        if lang == self.lang:
            return
        self.settings.setValue(language.SETTING, lang)
        self.languageChosen.emit(lang)

    def set_high_contrast(self, on: bool) -> None:
        """View › High contrast: the window's palette and focus rings at once, the map page changed in place."""
        on = bool(on)
        if on == self.high_contrast:
            return
        self.high_contrast = on
        self.settings.setValue("high_contrast", on)
        access.apply_contrast(QApplication.instance(), on)
        self.map.set_data(high_contrast=on)
        self.bar.slider.set_status_colours(style.HIGH_CONTRAST_STATUS_COLOURS if on else style.STATUS_COLOURS)

    def show_events_table(self) -> None:
        """View › Events table: every event as rows, following the panel's filters."""
        if self.events_table is None:
            self.events_table = EventsTable(self.atlas.events, self.lang, self.atlas.unit_names, self)
            self.events_table.eventActivated.connect(self._go_to_listed_event)
            for signal in (self.panel.search.textChanged, self.panel.category.currentIndexChanged,
                           self.panel.partner.currentIndexChanged):
                signal.connect(self._filter_events_table)
            self.dataChanged.connect(lambda: self.events_table.set_events(self.atlas.events))
        self._filter_events_table()
        self.events_table.show()
        self.events_table.raise_()
        self.events_table.activateWindow()

    def _filter_events_table(self, *_args) -> None:
        if self.events_table is not None:
            ids = self.panel.visible_ids()
            self.events_table.set_visible(None if len(ids) == len(self.atlas.events) else ids)

    def _go_to_listed_event(self, event_id: str) -> None:
        self.panel.select(event_id)
        self.go_to_event(event_id)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.set_playing(False)
        self.save_settings()
        if self.source.parent() is self:  # not handed on to a window in another language
            self.source.close()
        super().closeEvent(event)
