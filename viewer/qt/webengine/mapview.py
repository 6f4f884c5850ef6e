"""MapView: the atlas map in a locked-down QWebEngineView, changed in place for each date.

The page is the shell folium built once (``viewer.page.shell``, shipped as ``resources/shell.html``),
served under the app's own ``atlas:`` URL scheme (``scheme``). Once it is up, the data reaches it as one
message (``atlas.load``, ``viewer.page.build.page_data``); another language or contrast, or new data
(``set_data``), is the same message again: the page changes in place and is never rebuilt or reloaded.
The view runs on its own
off-the-record profile (``profile``) whose request interceptor (``interceptor``) blocks every
request that is not ``atlas:``, ``qrc:`` or ``data:``.

``set_state(state)`` sends only the sections of the atlas state that changed since the last
one sent, to ``window.atlas.apply(delta)`` in the page, through ``viewer.page.protocol``; the
page is never reloaded. Events travel as the changes to the page's list of events. While one
apply is still being painted, newer states wait and only the latest is sent (a dragged slider
never builds a backlog). That feed, and the page's reports on it, is ``statefeed``'s ``StateFeed``.

API: ``MapView(atlas, parent=None, *, online_tiles=False)`` (``atlas`` None: the shell loads now, the data
follows with ``set_data``, taking a message made elsewhere if ``offer``ed); ``set_state(state)``,
``select_event(id)``, ``read_shown(callback)``, ``call(function, *args, callback=None)``,
``run_js(script, callback=None)``, ``hidden_layers()`` / ``set_hidden_layers(ids)`` (stable
layer ids, ``viewer.page.layers``), ``ready``; signals ``pageReady()``,
``statePainted(date, apply_ms)``, ``stateShown(date, ms)`` (once that frame is painted),
``eventClicked(id)``, ``cellClicked(zoom, key)`` (a density cell of large conflict files),
``loadFailed(message)``, ``hiddenLayersChanged(ids)``, ``viewChanged(view)`` (after every move or
zoom: ``atlas.view()``: centre, zoom, size, bounds). With large GED or ACLED files the page also
gets their density cells or points (``viewer.page.density``) with each date and after each pan or zoom.
``place(day, lat, lon)`` is ``viewer.core.place.place`` with the polity named in the page's language: the page
asks it over the bridge for the point under the mouse, to name its regions in the tooltip.
"""

from __future__ import annotations

import functools
import json
import logging
import warnings
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage
from PySide6.QtWebEngineWidgets import QWebEngineView

from viewer.i18n.content import localise_region
from viewer.page import build, layers, protocol
from viewer.page.density import DensityFeed
from viewer.page.assets import content_security_policy
from viewer.qt.webengine.bridge import Bridge
from viewer.qt.webengine.interceptor import RequestGuard
from viewer.qt.webengine.profile import MapPage, lock_down, new_profile
from viewer.qt.webengine.scheme import SCHEME, AtlasSchemeHandler
from viewer.qt.webengine.statefeed import PAINT_TIMEOUT_MS, StateFeed

log = logging.getLogger(__name__)

READY_TIMEOUT_MS = 30_000
DATA_POLL_MS = 5


@functools.cache
def _worker() -> ThreadPoolExecutor:
    """One thread that makes the page's data at launch (page_data is pure Python on an atlas nobody changes)."""
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="atlas-page-data")


class MapView(StateFeed, QWebEngineView):
    """The atlas map. Build once with an Atlas, then ``set_state(atlas.state(day))`` for each date.

    Signals: ``pageReady()`` once the page and its controller are up;
    ``statePainted(date, apply_ms)`` after each state is drawn;
    ``eventClicked(id)`` when a marker is clicked; ``loadFailed(message)`` when
    the map cannot be shown.
    """

    pageReady = Signal()
    statePainted = Signal(str, float)
    stateShown = Signal(str, float)  # date, ms from the apply to the task after the painted frame
    cellClicked = Signal(int, int)  # a density cell of the large conflict files: zoom, key
    eventClicked = Signal(str)
    unitClicked = Signal(str)  # a map unit (a country, a part of one) was clicked: its ADM0_A3 code
    loadFailed = Signal(str)
    dataLoaded = Signal()  # new data, language or contrast reached the page (set_data), in place
    hiddenLayersChanged = Signal(list)
    viewChanged = Signal(dict)

    def __init__(self, atlas, parent=None, *, online_tiles: bool = False, lang: str = "en",
                 high_contrast: bool = False):
        super().__init__(parent)
        self.atlas = atlas
        self.online_tiles = online_tiles
        self.lang = lang  # the page's language (viewer.i18n): its labels, dates and names
        self.high_contrast = high_contrast
        self._ready = False  # the shell is up and has the data
        self._booted = False  # the shell is up
        self._failed = False
        self._sent: dict = {}
        self._sent_events: dict | None = None
        self._territories: tuple[list, list] | None = None  # the last territories seen, and their slim form
        self._pending: dict | None = None
        self._in_flight = False
        self._pending_select: tuple[str | None, tuple[str, ...]] | None = None
        self._selected: tuple[str | None, tuple[str, ...]] | None = None  # the last selection, for a new load
        self._last_state: dict | None = None  # the last state shown, sent again after a new load
        self._annotations: list[dict] = []  # a tour step's, as the page draws them
        self._event_filter: list[str] | None = None  # the events list's filters: the events left on the map
        self._hidden_layers: list[str] = []  # layer ids
        self._layers_to_send = False
        self._page_events: frozenset[str] = frozenset()
        self.density: DensityFeed | None = None  # the large conflict files' cells and points, if any

        self._profile = new_profile()
        self.guard = RequestGuard(online_tiles, self._profile)
        self._profile.setUrlRequestInterceptor(self.guard)
        page_html = b""
        build_error = None
        self._data: Future | None = None  # the atlas.load message (build.LoadMessage), made while the shell loads
        self._geometry_key: str | None = None  # the geometry the page holds: sent, or fetched by the page (held)
        self._offered: tuple | None = None  # ((atlas id, lang, contrast, tiles), message) made elsewhere (offer)
        try:
            page_html = build.shell_html(online_tiles).encode("utf-8")
        except OSError as err:  # the window must still come up and say why the map did not
            log.exception("the map page's shell could not be read")
            build_error = self.tr("The map could not be shown: %1").replace("%1", str(err))
        self.scheme_handler = AtlasSchemeHandler(page_html, content_security_policy(online_tiles), self._profile)
        self._profile.installUrlSchemeHandler(SCHEME.encode(), self.scheme_handler)

        page = MapPage(self._profile, self)
        lock_down(page.settings(), online_tiles)
        self._bridge = Bridge(self)
        self._bridge.answer_place = self._answer_place
        self._channel = QWebChannel(page)
        self._channel.registerObject("bridge", self._bridge)
        page.setWebChannel(self._channel)
        self.setPage(page)
        # The profile must outlive its page: as the page's own child it is freed only
        # after the page's destructor has run, however and whenever the page goes.
        self._profile.setParent(page)

        self._bridge.ready.connect(self._on_ready)
        self._bridge.held.connect(self._on_geometry_held)
        self._bridge.painted.connect(self._on_painted)
        self._bridge.clicked.connect(self.eventClicked)
        self._bridge.unit.connect(self.unitClicked)
        self._bridge.error.connect(self._on_page_error)
        self._bridge.apply_error.connect(self._on_apply_error)
        self._bridge.layers.connect(self._on_layers_changed)
        self._bridge.shown.connect(self._on_shown)
        self._bridge.view.connect(self._on_view_changed)
        self._bridge.cell.connect(self._on_cell_clicked)
        self._load_error = ""
        page.loadFinished.connect(self._on_load_finished)
        if hasattr(page, "loadingChanged"):  # Qt 6.2+: says why a load failed
            page.loadingChanged.connect(self._on_loading_changed)
        page.renderProcessTerminated.connect(self._on_render_process_gone)

        self._ready_timer = QTimer(self, singleShot=True, interval=READY_TIMEOUT_MS)
        self._ready_timer.timeout.connect(self._on_ready_timeout)
        self._paint_timer = QTimer(self, singleShot=True, interval=PAINT_TIMEOUT_MS)
        self._paint_timer.timeout.connect(self._on_paint_timeout)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)

        if build_error:
            QTimer.singleShot(0, lambda: self._fail(build_error))
        else:
            self._ready_timer.start()
            page.load_page()
            if atlas is not None:
                self._prepare_data(background=True)  # while the page loads and the window is made

    # -- public API ----------------------------------------------------------

    @property
    def ready(self) -> bool:
        """True once the page is up and has not failed."""
        return self._ready

    is_ready = ready

    @property
    def blocked_requests(self) -> list[str]:
        return list(self.guard.blocked_urls)

    def set_state(self, state: dict) -> None:
        """Show an atlas state (``atlas.state(day)``); only what changed is sent to the page."""
        self._pending = self._last_state = state
        if self._ready and not self._in_flight:
            self._send_pending()

    def select_event(self, event_id: str | None, others=()) -> None:
        """Highlight one event's marker (None clears the highlight) and, with it, the events of ``others``
        (a tour step's events: every one stands out); kept until the page is up."""
        self._pending_select = self._selected = (event_id, tuple(others))
        if self._ready:
            self._send_select()

    def set_annotations(self, items: list[dict]) -> None:
        """Draw a tour step's annotations (``Annotation.as_page()`` dicts); [] clears them. Kept until the
        page is up, and drawn again after new data (set_data)."""
        self._annotations = [dict(item) for item in items]
        if self._ready:
            self.call("atlas.setAnnotations", self._annotations)

    def annotations(self) -> list[dict]:
        return list(self._annotations)

    def hidden_layers(self) -> list[str]:
        """Ids of the layers switched off (as last set or reported by the page), e.g. ``disputed``."""
        return list(self._hidden_layers)

    def filter_events(self, ids) -> None:
        """Only these events on the map (the events list's filters), or every event (None); kept until the
        page is up."""
        self._event_filter = None if ids is None else sorted(ids)
        if self._ready:
            self.call("atlas.filterEvents", self._event_filter)

    def set_hidden_layers(self, ids: list[str]) -> None:
        """Switch off these layers by id (``disputed``, ``events.visit``), and every other one on."""
        self._hidden_layers = layers.migrate(ids)
        self._layers_to_send = True
        if self._ready:
            self._send_layers()

    def set_data(self, atlas=None, *, lang: str | None = None, high_contrast: bool | None = None) -> None:
        """Show new data, another language or contrast: the page changes in place (``atlas.load``), never
        rebuilt or reloaded; the geometry travels again only if it changed. The last state is sent again."""
        if atlas is not None and atlas is not self.atlas:
            self._last_state = self._pending = None  # the old data's: the window sends a state of the new (dataLoaded)
        self.atlas = atlas or self.atlas
        self.lang = self.lang if lang is None else lang
        self.high_contrast = self.high_contrast if high_contrast is None else high_contrast
        self._prepare_data()
        if self._booted and not self._failed:  # else sent once the shell is up
            first = not self._ready
            self._send_data()
            if not first:
                self.dataLoaded.emit()

    def offer(self, atlas, message: build.LoadMessage, *, lang: str, high_contrast: bool) -> None:
        """A data message made elsewhere for this atlas, language and contrast (``build.load_message``: a launch
        makes it on its loading thread); the next ``set_data`` for the same takes it instead of making it."""
        self._offered = ((id(atlas), lang, high_contrast, self.online_tiles), message)

    def detach(self) -> None:
        """Forget every receiver of the view's signals (it is handed on to a new window, which connects its own)."""
        for name in ("pageReady", "statePainted", "stateShown", "cellClicked", "eventClicked", "unitClicked",
                     "loadFailed", "dataLoaded", "hiddenLayersChanged", "viewChanged"):
            signal = getattr(self, name)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)  # a signal nobody listened to
                try:
                    signal.disconnect()
                except (RuntimeError, TypeError):
                    pass

    def _prepare_data(self, background: bool = False) -> None:
        """The data message for the page (``build.load_message``, which needs no Qt), made now or, ``background``,
        on a worker thread (at launch: while the page's shell loads and the window is made); and what the view
        keeps of the atlas."""
        self._territories = None
        make = functools.partial(build.load_message, self.atlas, lang=self.lang, high_contrast=self.high_contrast,
                                 online_tiles=self.online_tiles)
        offered, self._offered = self._offered, None
        if offered and offered[0] == (id(self.atlas), self.lang, self.high_contrast, self.online_tiles):
            make = functools.partial(lambda message: message, offered[1])
        try:
            self._page_events = frozenset(e["id"] for e in self.atlas.events)
            self.density = DensityFeed(self.atlas.conflicts) if getattr(self.atlas, "conflicts", None) else None
        except Exception as err:  # noqa: BLE001 (said when the page is up: the window keeps running)
            self._data = Future()
            self._data.set_exception(err)
            return
        if background:
            self._data = _worker().submit(make)
            return
        self._data = Future()
        try:
            self._data.set_result(make())
        except Exception as err:  # noqa: BLE001 (said when sent: the window keeps running with what it had)
            self._data.set_exception(err)

    def _send_data(self) -> None:
        """``atlas.load`` the prepared data (once it is made), then everything of the state again."""
        future = self._data
        if future is None:
            return
        if not future.done():  # still being made on the worker: look again in a moment
            QTimer.singleShot(DATA_POLL_MS, self._send_data)
            return
        self._data = None
        try:
            message = future.result()
            script = message.script(held_key=self._geometry_key)
        except Exception as err:  # the map says why; the window keeps running with what it had
            log.error("the map's data could not be prepared", exc_info=err)
            self._fail(self.tr("The map could not be built: %1").replace("%1", str(err)))
            return
        self._geometry_key = message.key
        self.run_js(script)
        first, self._ready = not self._ready, True
        self._sent = {}
        self._sent_events = None
        self._territories = None
        if self.density is not None:
            self.density.forget()
        if self._pending is None and self._last_state is not None:
            self._pending = self._last_state
        self._in_flight = False
        self._paint_timer.stop()
        if self._pending is not None:
            self._send_pending()
        if self._annotations:
            self.call("atlas.setAnnotations", self._annotations)
        if self._event_filter is not None:
            self.call("atlas.filterEvents", self._event_filter)
        if self._selected is not None and self._pending_select is None:
            self._pending_select = self._selected
        self._send_select()
        self._layers_to_send = True
        self._send_layers()
        if first:
            self.pageReady.emit()

    def place(self, day, lat, lon) -> dict:
        """Which polity held (lat, lon) on the day, and the admin-1 regions there (``viewer.core.place``), the
        polity named in the page's language. ValueError for a bad date or coordinates."""
        from viewer.core.place import place

        found = place(self.atlas, day, lat, lon)
        if found["polity"] is not None and self.lang != "en":
            from viewer.i18n.names import territory

            name = territory(found["polity"], self.lang, getattr(self.atlas, "unit_names", None))[0]
            found["polity"] = {**found["polity"], "name": name}
        if self.lang != "en":
            found["regions"] = [{**r, "name": localise_region(r["id"], r["name"], self.lang)[0]}
                                for r in found.get("regions", ())]
        return found

    def read_shown(self, callback: Callable[[dict | None], None]) -> None:
        """Call ``callback`` with what the page shows now (``atlas.shownState()``), or None."""
        def done(result):
            callback(json.loads(result) if isinstance(result, str) else None)

        self.call("atlas.shownState", callback=done)

    def call(self, function: str, *args, callback: Callable | None = None) -> None:
        """Call a function of the page (``protocol.call``); ``callback`` gets its result as JSON text, or None."""
        self.run_js(protocol.call(function, *args, result=callback is not None), callback)

    def run_js(self, script: str, callback: Callable | None = None) -> None:
        """Run script in the page's main world (where ``window.atlas`` lives)."""
        if callback is None:
            self.page().runJavaScript(script, 0)
        else:
            self.page().runJavaScript(script, 0, callback)

    # -- internals -------------------------------------------------------------

    def _answer_place(self, payload: str) -> str:
        """The page's question ``{"date", "lat", "lon"}`` (the date it shows, the point under the mouse): the
        answer as JSON, echoing them so that the page can drop an answer it no longer needs, or ``{"error"}``."""
        try:
            asked = json.loads(payload)
            return json.dumps(self.place(asked["date"], asked["lat"], asked["lon"]), ensure_ascii=False)
        except (ValueError, TypeError, KeyError) as err:
            log.warning("map page asked about an unreadable place %r: %s", payload, err)
            return json.dumps({"error": str(err)})
        except Exception as err:  # an atlas without the layers place() needs: the tooltip just names no region
            log.exception("place(%r) failed", payload)
            return json.dumps({"error": str(err)})

    def _send_layers(self) -> None:
        if self._layers_to_send:
            self._layers_to_send = False
            self.call("atlas.setHiddenLayers", self._hidden_layers)

    def _on_layers_changed(self, payload: str) -> None:
        try:
            names = layers.migrate(json.loads(payload))
        except (ValueError, TypeError):
            return
        if self._layers_to_send:  # our own list is still on its way to the page
            return
        if names != self._hidden_layers:
            self._hidden_layers = names
            self.hiddenLayersChanged.emit(list(names))

    def _send_select(self) -> None:
        if self._pending_select is not None:
            (event_id, others), self._pending_select = self._pending_select, None
            self.call("atlas.select", event_id, list(others))

    def _on_ready(self) -> None:  # the shell is up; the view is ready once the data is in it
        if self._booted or self._failed:
            return
        self._booted = True
        self._ready_timer.stop()
        if self._data is None and self.atlas is not None:
            self._prepare_data()
        self._send_data()  # the data (once made), then the state, selection, layers and annotations kept meanwhile

    def _on_geometry_held(self, key: str) -> None:
        """The page laid the shipped geometry into its layers before it said it was up (``controller.js``)."""
        if not self._ready:
            self._geometry_key = key

    def _on_cell_clicked(self, payload: str) -> None:
        try:
            info = json.loads(payload)
            self.cellClicked.emit(int(info["zoom"]), int(info["key"]))
        except (ValueError, TypeError, KeyError, AttributeError):
            log.warning("map page sent an unreadable cell: %r", payload)

    def _on_page_error(self, message: str) -> None:
        log.error("map page script error: %s", message)
        if not self._ready:
            self._fail(self.tr("The map page failed to start: %1").replace("%1", message))

    def _on_loading_changed(self, info) -> None:
        try:
            failed = info.status() == info.LoadStatus.LoadFailedStatus
        except AttributeError:
            return
        if failed and info.errorString():
            self._load_error = f"{info.errorString()} ({info.url().toString()})"

    def _on_load_finished(self, ok: bool) -> None:
        if ok or self._failed:
            return
        if self._ready:  # a refused navigation away from the page: the map is still there
            log.info("map view: a load was stopped; the page stays")
            return
        missing = ", ".join(self.scheme_handler.failed[-3:])
        blocked = ", ".join(self.guard.blocked_urls[-3:])
        detail = "; ".join(part for part in (self._load_error, missing and f"not found: {missing}",
                                             blocked and f"blocked: {blocked}") if part)
        said = self.tr("The map page could not be loaded: %1").replace("%1", detail) if detail else \
            self.tr("The map page could not be loaded.")
        self._fail(said + " "
                   "(The atlas: URL scheme must be registered before the QApplication is created.)")

    def _on_ready_timeout(self) -> None:
        errors = [m for level, m, _line, _src in self.page().console if level >= 2]
        seconds = READY_TIMEOUT_MS // 1000
        self._fail(self.tr("The map page did not start within %n s.", "", seconds)
                   + (f" {errors[-1]}" if errors else ""))

    def _on_render_process_gone(self, status, code: int) -> None:
        if status == QWebEnginePage.RenderProcessTerminationStatus.NormalTerminationStatus:
            return  # the view is closing
        name = getattr(status, "name", str(status))
        self._fail(self.tr("The map's web engine process stopped (%1, exit code %2); reopen the window.")
                   .replace("%1", name).replace("%2", str(code)))

    def _fail(self, message: str) -> None:
        if self._failed:
            return
        self._failed = True
        self._ready = False
        self._ready_timer.stop()
        log.error("%s", message)
        self.loadFailed.emit(message)
