"""MapView: the atlas map in a locked-down QWebEngineView, changed in place for each date.

The page (``viewer.mappage.build_page``) is built once and served under the
app's own ``atlas:`` URL scheme from memory; ``atlas://app/leaflet/...`` serves
the xstatic-leaflet files, ``atlas://app/resources/...`` the repo's resources/
and ``atlas://app/qwebchannel.js`` Qt's own QWebChannel client. Nothing else is
reachable: the view runs on its own off-the-record profile whose request
interceptor blocks every request that is not ``atlas:``, ``qrc:`` or ``data:``
(OpenStreetMap tiles only when ``online_tiles=True``), the page refuses any
navigation away from itself, opens no windows and shows no dialogs.

``set_state(state)`` sends only the sections of the atlas state that changed
since the last one sent, to ``window.atlas.apply(delta)`` in the page; the page
is never reloaded. Events travel as the changes to the page's list of events
(``event_changes``: ``[id, recent]`` for an event the page was built with, the
whole record for any other). While one apply is still being painted, newer
states wait and only the latest is sent (a dragged slider never builds a backlog).

The ``atlas`` scheme must be registered before the QApplication exists: importing
this module does that (or call ``register_scheme()`` early yourself).

API: ``MapView(atlas, parent=None, *, online_tiles=False)``; ``set_state(state)``,
``select_event(id)``, ``read_shown(callback)``, ``run_js(script, callback=None)``,
``hidden_layers()`` / ``set_hidden_layers(names)`` (layer-control overlays by name),
``ready``; signals ``pageReady()``, ``statePainted(date, apply_ms)``,
``eventClicked(id)``, ``loadFailed(message)``, ``hiddenLayersChanged(names)``.
"""

from __future__ import annotations

import json
import logging
import mimetypes
from pathlib import Path
from typing import Callable

from PySide6.QtCore import (QBuffer, QByteArray, QCoreApplication, QFile, QIODevice, QObject, Qt, QTimer, QUrl,
                            Signal, Slot)
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineSettings,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
    QWebEngineUrlRequestJob,
    QWebEngineUrlScheme,
    QWebEngineUrlSchemeHandler,
)
from PySide6.QtWebEngineWidgets import QWebEngineView

from viewer import page_assets, pagecache

log = logging.getLogger(__name__)

SCHEME = "atlas"
HOST = "app"
PAGE_PATH = "/index.html"
PAGE_URL = QUrl(f"{SCHEME}://{HOST}{PAGE_PATH}")
ALLOWED_SCHEMES = frozenset({SCHEME, "qrc", "data"})
QWEBCHANNEL_QRC = ":/qtwebchannel/qwebchannel.js"

SECTIONS = ("date", "territories", "relations", "alliances", "events", "regions")
READY_TIMEOUT_MS = 30_000
PAINT_TIMEOUT_MS = 5_000


def leaflet_dir() -> Path:
    import xstatic.pkg.leaflet as xleaflet

    return Path(xleaflet.BASE_DIR)


def register_scheme() -> None:
    """Register the ``atlas:`` scheme with Qt WebEngine; a no-op if already done.

    Must run before the QApplication is created (importing this module does it).
    """
    if QWebEngineUrlScheme.schemeByName(SCHEME.encode()).name():
        return
    if QCoreApplication.instance() is not None:
        log.warning("the %s: URL scheme is registered after the QApplication was created; "
                    "the map page may not load", SCHEME)
    scheme = QWebEngineUrlScheme(SCHEME.encode())
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    scheme.setFlags(QWebEngineUrlScheme.Flag.SecureScheme | QWebEngineUrlScheme.Flag.LocalScheme
                    | QWebEngineUrlScheme.Flag.LocalAccessAllowed)
    QWebEngineUrlScheme.registerScheme(scheme)


register_scheme()


def slim_state(state: dict, page_events: set[str] | frozenset[str] = frozenset()) -> dict:
    """The parts of an atlas state the page needs, in the shape ``atlas.apply`` takes.

    Events the page was built with travel as ``{id, recent}``; any other event
    travels whole so the page can add a marker for it.
    """
    events = []
    for e in state.get("events", []):
        if e["id"] in page_events:
            events.append({"id": e["id"], "recent": bool(e.get("recent"))})
        else:
            events.append({key: e.get(key) for key in ("id", "title", "start", "end", "category", "place",
                                                       "lat", "lon", "region", "recent")})
    return {
        "date": state.get("date"),
        "territories": [{"id": t["id"], "name": t.get("name"), "units": list(t["units"])}
                        for t in state.get("territories", [])],
        "relations": [{key: r.get(key) for key in ("partner", "status", "since", "until", "reason")}
                      for r in state.get("relations", [])],
        "alliances": [{"id": a["id"], "name": a.get("name"), "members": list(a.get("members", []))}
                      for a in state.get("alliances", [])],
        "events": events,
        # the page highlights the regions; which events concern each is not its business
        "regions": [{"id": r["id"], "name": r.get("name")} for r in state.get("regions", [])],
    }


_RECORD_KEYS = page_assets.EVENT_FIELDS + ("recent",)  # what the page holds of an event, and whether it is recent


def event_changes(previous: dict | None, events: list[dict],
                  page_events: set[str] | frozenset[str] = frozenset()) -> tuple[dict, dict | None]:
    """The events of a state as the page holds them, and what the page needs to hold them.

    The first is ``{id: 1 or 0 (recent)}`` for an event the page was built with, or
    ``{id: its record}`` for any other. The second is ``{reset, put, drop}`` for the
    page's ``eventChanges`` (put items are ``[id, recent]`` or whole records): every
    event when ``previous`` is None, else only those added, changed or gone (None
    when nothing changed).
    """
    now = {}
    for e in events:
        event_id = e["id"]
        if event_id in page_events:
            now[event_id] = 1 if e.get("recent") else 0
        else:
            now[event_id] = {key: e.get(key) for key in _RECORD_KEYS}
    if previous is None:
        return now, {"reset": True, "put": [[i, v] if type(v) is int else v for i, v in now.items()], "drop": []}
    get = previous.get
    put = [[i, v] if type(v) is int else v for i, v in now.items() if get(i) != v]
    drop = [i for i in previous if i not in now]
    return now, ({"put": put, "drop": drop} if put or drop else None)


def state_delta(previous: dict, new: dict) -> dict:
    """The sections of ``new`` that differ from ``previous`` (the date always)."""
    delta = {key: new[key] for key in SECTIONS if key in new and previous.get(key) != new[key]}
    delta["date"] = new.get("date")
    return delta


class RequestGuard(QWebEngineUrlRequestInterceptor):
    """Blocks every request that is not the app's own scheme, qrc: or data:."""

    blocked = Signal(str)

    def __init__(self, online_tiles: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self.online_tiles = online_tiles
        self.blocked_urls: list[str] = []
        self.allowed_urls: list[str] = []

    def is_allowed(self, url: QUrl) -> bool:
        scheme = url.scheme().lower()
        if scheme in ALLOWED_SCHEMES:
            return True
        return (self.online_tiles and scheme == "https"
                and url.host().lower() in page_assets.OSM_HOSTS)

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:  # noqa: N802 (Qt API)
        url = info.requestUrl()
        if self.is_allowed(url):
            self.allowed_urls.append(url.toString())
            return
        info.block(True)
        text = url.toString()
        self.blocked_urls.append(text)
        log.info("map view blocked a request to %s", text)
        self.blocked.emit(text)


class AtlasSchemeHandler(QWebEngineUrlSchemeHandler):
    """Serves atlas://app/: the page from memory, Leaflet, resources/ and qwebchannel.js."""

    def __init__(self, page_html: bytes, csp: str, parent: QObject | None = None):
        super().__init__(parent)
        self.page_html = page_html
        self.csp = csp
        self.roots = {"leaflet": leaflet_dir().resolve(), "resources": page_assets.RESOURCES_DIR.resolve()}
        self.served: list[str] = []
        self.failed: list[str] = []
        self._qwebchannel: bytes | None = None

    def _file(self, root: Path, rel: str) -> bytes | None:
        target = (root / rel).resolve()
        if not target.is_relative_to(root) or not target.is_file():
            return None
        return target.read_bytes()

    def _qwebchannel_js(self) -> bytes | None:
        if self._qwebchannel is None:
            f = QFile(QWEBCHANNEL_QRC)
            if not f.open(QIODevice.OpenModeFlag.ReadOnly):
                return None
            self._qwebchannel = bytes(f.readAll().data())
            f.close()
        return self._qwebchannel

    def lookup(self, url: QUrl) -> tuple[bytes, str] | None:
        if url.host() != HOST:
            return None
        path = url.path()
        if path in ("/", PAGE_PATH):
            return self.page_html, "text/html;charset=utf-8"
        if path == "/qwebchannel.js":
            data = self._qwebchannel_js()
            return (data, "text/javascript") if data is not None else None
        parts = path.lstrip("/").split("/", 1)
        if len(parts) == 2 and parts[0] in self.roots and ".." not in parts[1].split("/"):
            data = self._file(self.roots[parts[0]], parts[1])
            if data is not None:
                mime = mimetypes.guess_type(parts[1])[0] or "application/octet-stream"
                if mime in ("application/javascript", "text/javascript"):
                    mime = "text/javascript"
                return data, mime
        return None

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:  # noqa: N802 (Qt API)
        url = job.requestUrl()
        if bytes(job.requestMethod().data()).upper() != b"GET":
            self.failed.append(url.toString())
            job.fail(QWebEngineUrlRequestJob.Error.RequestDenied)
            return
        found = self.lookup(url)
        if found is None:
            self.failed.append(url.toString())
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        data, mime = found
        # PySide6 maps this dict onto a QMultiMap: each value is a list of header values.
        headers = {QByteArray(b"X-Content-Type-Options"): [QByteArray(b"nosniff")]}
        if mime.startswith("text/html"):
            headers[QByteArray(b"Content-Security-Policy")] = [QByteArray(self.csp.encode())]
        job.setAdditionalResponseHeaders(headers)
        buffer = QBuffer(job)  # the job owns the buffer and frees it when done
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.served.append(url.toString())
        job.reply(mime.split(";")[0].encode(), buffer)


class MapPage(QWebEnginePage):
    """A page that stays on the atlas page: no navigation away, no windows, no dialogs."""

    def __init__(self, profile: QWebEngineProfile, parent: QObject | None = None):
        super().__init__(profile, parent)
        self.refused_navigations: list[str] = []
        self.console: list[tuple[int, str, int, str]] = []
        self.dialogs: list[str] = []
        self._allow_load = False
        if hasattr(self, "permissionRequested"):
            self.permissionRequested.connect(lambda permission: permission.deny())

    def load_page(self) -> None:
        self._allow_load = True
        self.load(PAGE_URL)

    def acceptNavigationRequest(self, url: QUrl, nav_type, is_main_frame: bool) -> bool:  # noqa: N802
        target = QUrl(url)
        target.setFragment(None)
        if is_main_frame and self._allow_load and target == PAGE_URL:
            self._allow_load = False
            return True
        self.refused_navigations.append(url.toString())
        log.info("map view refused navigation to %s", url.toString())
        return False

    def createWindow(self, _type):  # noqa: N802
        return None

    def javaScriptConsoleMessage(self, level, message: str, line: int, source: str) -> None:  # noqa: N802
        self.console.append((int(level.value) if hasattr(level, "value") else int(level), message, line, source))
        log.debug("map page console: %s (%s:%s)", message, source, line)

    def javaScriptAlert(self, _origin, message: str) -> None:  # noqa: N802
        self.dialogs.append(message)
        log.warning("map page tried to open an alert: %r", message)

    def javaScriptConfirm(self, _origin, message: str) -> bool:  # noqa: N802
        self.dialogs.append(message)
        return False

    def javaScriptPrompt(self, _origin, message: str, _default: str):  # noqa: N802
        self.dialogs.append(message)
        return False, ""

    def chooseFiles(self, *_args):  # noqa: N802
        return []


class _Bridge(QObject):
    """The object the page reaches over QWebChannel as ``bridge``."""

    ready = Signal()
    painted = Signal(str)
    clicked = Signal(str)
    error = Signal(str)
    apply_error = Signal(str)
    layers = Signal(str)

    @Slot()
    def pageReady(self) -> None:  # noqa: N802 (called from JS)
        self.ready.emit()

    @Slot(str)
    def statePainted(self, payload: str) -> None:  # noqa: N802
        self.painted.emit(payload)

    @Slot(str)
    def eventClicked(self, event_id: str) -> None:  # noqa: N802
        self.clicked.emit(event_id)

    @Slot(str)
    def pageError(self, message: str) -> None:  # noqa: N802
        self.error.emit(message)

    @Slot(str)
    def applyFailed(self, message: str) -> None:  # noqa: N802
        self.apply_error.emit(message)

    @Slot(str)
    def layersChanged(self, payload: str) -> None:  # noqa: N802
        self.layers.emit(payload)


def _new_profile() -> QWebEngineProfile:
    # No storage name: off the record (nothing written to disk).
    profile = QWebEngineProfile()
    profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
    profile.setPersistentCookiesPolicy(QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies)
    profile.setSpellCheckEnabled(False)
    return profile


def _lock_down(settings: QWebEngineSettings, online_tiles: bool = False) -> None:
    A = QWebEngineSettings.WebAttribute
    off = (A.LocalContentCanAccessFileUrls, A.LocalContentCanAccessRemoteUrls, A.JavascriptCanOpenWindows,
           A.JavascriptCanAccessClipboard, A.JavascriptCanPaste, A.PluginsEnabled, A.PdfViewerEnabled,
           A.AllowRunningInsecureContent, A.AllowGeolocationOnInsecureOrigins, A.ScreenCaptureEnabled,
           A.HyperlinkAuditingEnabled, A.DnsPrefetchEnabled, A.AutoLoadIconsForPage, A.LocalStorageEnabled,
           A.FullScreenSupportEnabled, A.AllowWindowActivationFromJavaScript, A.ErrorPageEnabled,
           A.NavigateOnDropEnabled)
    for attribute in off:
        settings.setAttribute(attribute, False)
    settings.setAttribute(A.JavascriptEnabled, True)
    settings.setAttribute(A.ShowScrollBars, False)
    # atlas: is a local scheme, so its page may reach remote URLs only when this is on;
    # with online tiles the interceptor and the page's CSP still allow only the tile server.
    settings.setAttribute(A.LocalContentCanAccessRemoteUrls, online_tiles)


class MapView(QWebEngineView):
    """The atlas map. Build once with an Atlas, then ``set_state(atlas.state(day))`` for each date.

    Signals: ``pageReady()`` once the page and its controller are up;
    ``statePainted(date, apply_ms)`` after each state is drawn;
    ``eventClicked(id)`` when a marker is clicked; ``loadFailed(message)`` when
    the map cannot be shown.
    """

    pageReady = Signal()
    statePainted = Signal(str, float)
    eventClicked = Signal(str)
    loadFailed = Signal(str)
    hiddenLayersChanged = Signal(list)

    def __init__(self, atlas, parent=None, *, online_tiles: bool = False):
        super().__init__(parent)
        self.atlas = atlas
        self.online_tiles = online_tiles
        self._ready = False
        self._failed = False
        self._sent: dict = {}
        self._sent_events: dict | None = None
        self._territories: tuple[list, list] | None = None  # the last territories seen, and their slim form
        self._pending: dict | None = None
        self._in_flight = False
        self._pending_select: tuple[str | None] | None = None
        self._hidden_layers: list[str] = []
        self._layers_to_send = False
        self._page_events: frozenset[str] = frozenset()

        self._profile = _new_profile()
        self.guard = RequestGuard(online_tiles, self._profile)
        self._profile.setUrlRequestInterceptor(self.guard)
        page_html = b""
        build_error = None
        try:
            page_html = pagecache.page_html(atlas, online_tiles).encode("utf-8")
            self._page_events = frozenset(e["id"] for e in atlas.events)
        except Exception as err:  # the window must still come up and say why the map did not
            log.exception("building the map page failed")
            build_error = f"The map could not be built: {err}"
        self.scheme_handler = AtlasSchemeHandler(page_html, page_assets.content_security_policy(online_tiles),
                                                 self._profile)
        self._profile.installUrlSchemeHandler(SCHEME.encode(), self.scheme_handler)

        page = MapPage(self._profile, self)
        _lock_down(page.settings(), online_tiles)
        self._bridge = _Bridge(self)
        self._channel = QWebChannel(page)
        self._channel.registerObject("bridge", self._bridge)
        page.setWebChannel(self._channel)
        self.setPage(page)
        # The profile must outlive its page: as the page's own child it is freed only
        # after the page's destructor has run, however and whenever the page goes.
        self._profile.setParent(page)

        self._bridge.ready.connect(self._on_ready)
        self._bridge.painted.connect(self._on_painted)
        self._bridge.clicked.connect(self.eventClicked)
        self._bridge.error.connect(self._on_page_error)
        self._bridge.apply_error.connect(self._on_apply_error)
        self._bridge.layers.connect(self._on_layers_changed)
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
        self._pending = state
        if self._ready and not self._in_flight:
            self._send_pending()

    def select_event(self, event_id: str | None) -> None:
        """Highlight one event's marker (None clears the highlight); kept until the page is up."""
        self._pending_select = (event_id,)
        if self._ready:
            self._send_select()

    def hidden_layers(self) -> list[str]:
        """Names of the layer-control overlays switched off (as last set or reported by the page)."""
        return list(self._hidden_layers)

    def set_hidden_layers(self, names: list[str]) -> None:
        """Switch off these overlays by name (e.g. "Disputed boundaries"), and every other one on."""
        self._hidden_layers = [str(n) for n in names]
        self._layers_to_send = True
        if self._ready:
            self._send_layers()

    def rebuild(self, atlas=None, *, cached: bool = True) -> None:
        """Build the page again with folium (for new data) and reload it; ``pageReady`` fires when it is up.

        Costly (a build and a reload): never used while scrubbing, only when the data itself changes.
        ``cached=False`` runs folium even when the cache holds this page.
        """
        self.atlas = atlas or self.atlas
        if cached:
            page = pagecache.page_html(self.atlas, self.online_tiles)
        else:
            from viewer import mappage

            page = mappage.build_page(self.atlas, online_tiles=self.online_tiles)
        self.scheme_handler.page_html = page.encode("utf-8")
        self._page_events = frozenset(e["id"] for e in self.atlas.events)
        self._ready = self._in_flight = False
        self._sent = {}
        self._sent_events = None
        self._paint_timer.stop()
        self._ready_timer.start()
        self.page().load_page()

    def read_shown(self, callback: Callable[[dict | None], None]) -> None:
        """Call ``callback`` with what the page shows now (``atlas.shownState()``), or None."""
        def done(result):
            callback(json.loads(result) if isinstance(result, str) else None)

        self.run_js("window.atlas && window.atlas.ready ? JSON.stringify(window.atlas.shownState()) : null", done)

    def run_js(self, script: str, callback: Callable | None = None) -> None:
        """Run script in the page's main world (where ``window.atlas`` lives)."""
        if callback is None:
            self.page().runJavaScript(script, 0)
        else:
            self.page().runJavaScript(script, 0, callback)

    # -- internals -------------------------------------------------------------

    def _send_layers(self) -> None:
        if self._layers_to_send:
            self._layers_to_send = False
            self.run_js(f"window.atlas.setHiddenLayers({json.dumps(self._hidden_layers)}); null")

    def _on_layers_changed(self, payload: str) -> None:
        try:
            names = [str(n) for n in json.loads(payload)]
        except (ValueError, TypeError):
            return
        if self._layers_to_send:  # our own list is still on its way to the page
            return
        if names != self._hidden_layers:
            self._hidden_layers = names
            self.hiddenLayersChanged.emit(list(names))

    def _send_select(self) -> None:
        if self._pending_select is not None:
            (event_id,), self._pending_select = self._pending_select, None
            self.run_js(f"window.atlas.select({json.dumps(event_id)}); null")

    def _send_pending(self) -> None:
        state, self._pending = self._pending, None
        if state is None:
            return
        territories = state.get("territories", [])
        if self._territories is None or self._territories[0] is not territories:  # the atlas keeps one list per map
            self._territories = (territories, slim_state({"territories": territories})["territories"])
        slim = slim_state({**state, "events": (), "territories": ()}, self._page_events)
        slim["territories"] = self._territories[1]
        del slim["events"]  # sent as changes, below
        delta = state_delta(self._sent, slim)
        self._sent = slim
        self._sent_events, changes = event_changes(self._sent_events, state.get("events", []), self._page_events)
        if changes is not None:
            delta["eventChanges"] = changes
        self._in_flight = True
        self._paint_timer.start()
        self.run_js(f"window.atlas.apply({json.dumps(delta, separators=(',', ':'))}); null")

    def _on_ready(self) -> None:
        if self._ready or self._failed:
            return
        self._ready = True
        self._ready_timer.stop()
        self.pageReady.emit()
        if self._pending is not None and not self._in_flight:
            self._send_pending()
        self._send_select()
        self._send_layers()

    def _on_painted(self, payload: str) -> None:
        try:
            info = json.loads(payload)
            date, ms = str(info.get("date") or ""), float(info.get("apply_ms") or 0.0)
        except (ValueError, TypeError, AttributeError):
            log.warning("map page sent an unreadable paint report: %r", payload)
            date, ms = "", 0.0
        self._in_flight = False
        self._paint_timer.stop()
        self.statePainted.emit(date, ms)
        if self._pending is not None and self._ready:
            self._send_pending()

    def _on_apply_error(self, message: str) -> None:
        log.error("the map page could not apply a state: %s", message)
        self._sent = {}  # the page is in an unknown state: send everything next time
        self._sent_events = None
        self._in_flight = False
        self._paint_timer.stop()
        if self._pending is not None and self._ready:
            self._send_pending()

    def _on_paint_timeout(self) -> None:
        log.warning("the map page did not report painting within %d ms", PAINT_TIMEOUT_MS)
        self._on_apply_error("no paint report")

    def _on_page_error(self, message: str) -> None:
        log.error("map page script error: %s", message)
        if not self._ready:
            self._fail(f"The map page failed to start: {message}")

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
        self._fail("The map page could not be loaded" + (f": {detail}" if detail else "") + ". "
                   "(The atlas: URL scheme must be registered before the QApplication is created.)")

    def _on_ready_timeout(self) -> None:
        errors = [m for level, m, _line, _src in self.page().console if level >= 2]
        self._fail("The map page did not start within %d s%s" % (
            READY_TIMEOUT_MS // 1000, f": {errors[-1]}" if errors else ""))

    def _on_render_process_gone(self, status, code: int) -> None:
        if status == QWebEnginePage.RenderProcessTerminationStatus.NormalTerminationStatus:
            return  # the view is closing
        name = getattr(status, "name", str(status))
        self._fail(f"The map's web engine process stopped ({name}, exit code {code}); reopen the window.")

    def _fail(self, message: str) -> None:
        if self._failed:
            return
        self._failed = True
        self._ready = False
        self._ready_timer.stop()
        log.error("%s", message)
        self.loadFailed.emit(message)
