"""The map: an offline page built once, changed in place for each date (pytest-qt, offscreen)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from viewer import style  # noqa: E402
from viewer.qt.webengine.interceptor import ALLOWED_SCHEMES, RequestGuard  # noqa: E402
from viewer.qt.webengine.mapview import MapView  # noqa: E402

LOAD_TIMEOUT = 60_000
PAINT_TIMEOUT = 15_000
HOSTILE = "<img src=x onerror=alert(1)>"


# -- helpers ------------------------------------------------------------------


_views: list[MapView] = []


@pytest.fixture(autouse=True)
def _delete_views():
    """Views are deleted when their test ends (page before profile, as when the window closes)."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    while _views:
        view = _views.pop()
        view.close()
        view.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def new_view(qtbot, atlas, **kwargs) -> MapView:
    view = MapView(atlas, **kwargs)
    _views.append(view)
    return view


def open_view(qtbot, atlas, **kwargs) -> MapView:
    view = new_view(qtbot, atlas, **kwargs)
    view.resize(1000, 700)
    with qtbot.waitSignal(view.pageReady, timeout=LOAD_TIMEOUT):
        view.show()
    return view


def show_day(qtbot, view: MapView, atlas, day: str) -> float:
    """The day on the map once its frame is painted (stateShown, as a person would see it); the page's apply time."""
    applied: list[float] = []
    view.statePainted.connect(lambda date, ms: applied.append(ms) if date == day else None)
    with qtbot.waitSignal(view.stateShown, timeout=PAINT_TIMEOUT, check_params_cb=lambda date, _ms: date == day):
        view.set_state(atlas.state(dt.date.fromisoformat(day)))
    return applied[-1]


def shown(qtbot, view: MapView) -> dict:
    with qtbot.waitCallback(timeout=PAINT_TIMEOUT) as callback:
        view.read_shown(callback)
    assert callback.args[0] is not None, "the page has no window.atlas"
    return callback.args[0]


def js(qtbot, view: MapView, script: str):
    with qtbot.waitCallback(timeout=PAINT_TIMEOUT) as callback:
        view.run_js(script, callback)
    return callback.args[0]


def status_on(atlas, partner: str, day: str) -> str | None:
    return next((r["status"] for r in atlas.state(day)["relations"] if r["partner"] == partner), None)


class RenamedAtlas:
    """The real atlas with one event's title and every relation's reason replaced (for escaping tests)."""

    def __init__(self, atlas, event_id: str, text: str):
        self._atlas, self.event_id, self.text = atlas, event_id, text

    def __getattr__(self, name):
        return getattr(self._atlas, name)

    @property
    def events(self):
        return [{**e, "title": self.text} if e["id"] == self.event_id else e for e in self._atlas.events]

    def state(self, day):
        state = self._atlas.state(day)
        state["events"] = [{**e, "title": self.text} if e["id"] == self.event_id else e for e in state["events"]]
        state["relations"] = [{**r, "reason": self.text} for r in state["relations"]]
        return state


class BrokenAtlas:
    def __getattr__(self, name):
        raise OSError("countries.geojson is unreadable")


# -- the request guard ------------------------------------------------------------


def test_guard_allows_only_the_app():
    from PySide6.QtCore import QUrl

    guard = RequestGuard()
    assert guard.is_allowed(QUrl("atlas://app/leaflet/leaflet.js"))
    assert guard.is_allowed(QUrl("qrc:///qtwebchannel/qwebchannel.js"))
    for url in ("https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js", "http://127.0.0.1/x",
                "file:///etc/passwd", "https://tile.openstreetmap.org/1/1/1.png", "ws://localhost/"):
        assert not guard.is_allowed(QUrl(url)), url
    assert RequestGuard(online_tiles=True).is_allowed(QUrl("https://tile.openstreetmap.org/1/1/1.png"))


# -- the view -------------------------------------------------------------------


def test_page_loads_offline_and_draws_the_map(qtbot, atlas):
    view = open_view(qtbot, atlas)
    show_day(qtbot, view, atlas, "1995-06-01")
    assert view.blocked_requests == []  # the page never even asked for the network
    assert view.guard.allowed_urls, "the interceptor saw no request at all"
    schemes = {u.split(":", 1)[0] for u in view.guard.allowed_urls}
    assert schemes <= ALLOWED_SCHEMES
    assert "atlas://app/leaflet/leaflet.js" in view.scheme_handler.served
    assert view.scheme_handler.failed == []
    assert js(qtbot, view, "typeof L === 'object' && L.version") == "1.9.3"
    assert js(qtbot, view, "document.querySelectorAll('.leaflet-pane canvas').length") >= 1
    assert js(qtbot, view, "document.querySelectorAll('.leaflet-tile').length") == 0  # no tile layer
    from PySide6.QtWebEngineCore import QWebEngineSettings

    settings = view.page().settings()
    for attribute in ("LocalContentCanAccessFileUrls", "LocalContentCanAccessRemoteUrls", "JavascriptCanOpenWindows"):
        assert not settings.testAttribute(getattr(QWebEngineSettings.WebAttribute, attribute)), attribute
    assert view.page().profile().isOffTheRecord()

    def colours() -> set[str]:
        image = view.grab().toImage()
        return {image.pixelColor(x, y).name() for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)}

    # The view's picture follows the page's frames a moment later (the exports wait for a fence colour for it).
    qtbot.waitUntil(lambda: style.PAKISTAN_FILL in colours(), timeout=PAINT_TIMEOUT)
    assert style.SEA_COLOUR in colours()
    assert len(colours()) > 20


def test_the_page_draws_the_shipped_shapes_it_fetched_or_the_data_s_own(qtbot, atlas, atlas_without_nepal):
    """The page fetches the bundled data's shapes itself while the window loads; data from other files has
    its own, which replace them: the map never shows a country the data does not have."""
    units = ("JSON.stringify(window.atlasLayers.units.getLayers()"
             ".map(function (l) { return l.feature.properties.ADM0_A3; }))")
    view = open_view(qtbot, atlas)
    assert "atlas://app/resources/geometry.json" in view.scheme_handler.served
    show_day(qtbot, view, atlas, "1995-06-01")
    bundled = json.loads(js(qtbot, view, units))
    assert "NPL" in bundled and len(bundled) == len(atlas.layer("countries")["features"])

    other = atlas_without_nepal
    other_view = open_view(qtbot, other)  # a new page: it fetched the shipped shapes, then got the data's
    show_day(qtbot, other_view, other, "1995-06-01")
    drawn = json.loads(js(qtbot, other_view, units))
    assert "NPL" not in drawn and "IND" in drawn and len(drawn) == len(bundled) - 1


def test_a_data_message_made_elsewhere_is_taken_once_for_its_atlas_language_and_contrast(qtbot, atlas):
    """A launch makes the page's data message on its loading thread and offers it to the view; the window's
    set_data for the same atlas, language and contrast takes it instead of making another."""
    from viewer.page import build

    made = build.load_message(atlas, lang="fr")
    config = json.loads(made.config)
    config["title"] = "Offered"
    view = new_view(qtbot, None, lang="fr")
    view.resize(800, 600)
    view.offer(atlas, build.LoadMessage(made.key, json.dumps(config), made.geometry), lang="fr", high_contrast=False)
    with qtbot.waitSignal(view.pageReady, timeout=LOAD_TIMEOUT):
        view.show()
        view.set_data(atlas, lang="fr", high_contrast=False)
    assert js(qtbot, view, "document.title") == "Offered"
    with qtbot.waitSignal(view.dataLoaded, timeout=LOAD_TIMEOUT):
        view.set_data(atlas, lang="fr", high_contrast=False)  # the offer was taken once: made anew now
    qtbot.waitUntil(lambda: js(qtbot, view, "document.title") != "Offered", timeout=PAINT_TIMEOUT)


def test_network_requests_from_a_page_are_blocked(qtbot, atlas):
    view = open_view(qtbot, atlas)
    # The page's CSP and Chromium's "local content cannot reach remote URLs" stop these
    # requests before the interceptor sees them; switch both off here so that the
    # interceptor, the last line, is what is tested.
    from PySide6.QtWebEngineCore import QWebEngineSettings

    view.page().settings().setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, True)
    view.scheme_handler.csp = "default-src * 'unsafe-inline'"
    view.scheme_handler.page_html = b"""<!doctype html><html><head>
        <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css">
        <script src="https://code.jquery.com/jquery-3.7.1.min.js"></script></head>
        <body><img src="http://example.com/a.png"><script>fetch("https://example.org/data.json").catch(()=>{});
        </script></body></html>"""
    with qtbot.waitSignal(view.page().loadFinished, timeout=LOAD_TIMEOUT):
        view.page().load_page()
    qtbot.waitUntil(lambda: len(view.blocked_requests) >= 4, timeout=PAINT_TIMEOUT)
    assert any("cdn.jsdelivr.net" in u for u in view.blocked_requests)
    assert any("example.org" in u for u in view.blocked_requests)
    assert {u.split(":", 1)[0] for u in view.guard.allowed_urls} <= ALLOWED_SCHEMES


def test_navigation_away_is_refused(qtbot, atlas):
    view = open_view(qtbot, atlas)
    failed = []
    view.loadFailed.connect(failed.append)
    js(qtbot, view, "location.href = 'https://example.com/'; 1")
    qtbot.waitUntil(lambda: bool(view.page().refused_navigations), timeout=PAINT_TIMEOUT)
    assert view.url().toString() == "atlas://app/index.html"
    assert js(qtbot, view, "typeof window.atlas.apply") == "function"
    assert failed == []


def test_states_change_the_page_in_place(qtbot, atlas):
    view = open_view(qtbot, atlas)
    reloads = []
    view.page().loadStarted.connect(lambda: reloads.append(1))

    ms = show_day(qtbot, view, atlas, "1955-06-01")
    assert ms >= 0
    early = shown(qtbot, view)
    show_day(qtbot, view, atlas, "1995-06-01")
    late = shown(qtbot, view)
    assert early["date"] == "1955-06-01" and late["date"] == "1995-06-01"
    assert late["dateText"] == "1 Jun 1995"

    # colours follow the relation of that day
    assert status_on(atlas, "USA", "1955-06-01") != status_on(atlas, "USA", "1995-06-01")
    assert early["units"]["USA"]["status"] == status_on(atlas, "USA", "1955-06-01")
    assert late["units"]["USA"]["status"] == status_on(atlas, "USA", "1995-06-01")
    assert early["units"]["USA"]["fill"] != late["units"]["USA"]["fill"]
    assert late["units"]["USA"]["fill"] == style.STATUS_COLOURS[status_on(atlas, "USA", "1995-06-01")]

    # Pakistan's composition: Bangladesh is East Pakistan in 1965, not in 1975
    show_day(qtbot, view, atlas, "1965-06-01")
    s1965 = shown(qtbot, view)
    assert s1965["units"]["BGD"]["territory"] == s1965["units"]["PAK"]["territory"]
    assert s1965["units"]["BGD"]["pakistan"] and s1965["units"]["BGD"]["fill"] == style.PAKISTAN_FILL
    assert s1965["units"]["BGD"]["borderHidden"]
    assert any(key.startswith(s1965["units"]["PAK"]["territory"] + "|") and "BGD" in key for key in s1965["outlines"])
    assert s1965["units"]["RUS"]["territory"] == s1965["units"]["UKR"]["territory"]  # the Soviet Union
    show_day(qtbot, view, atlas, "1975-06-01")
    s1975 = shown(qtbot, view)
    assert not s1975["units"]["BGD"]["pakistan"]
    assert s1975["units"]["BGD"]["territory"] != s1975["units"]["PAK"]["territory"]
    assert s1975["units"]["PAK"]["pakistan"] and s1975["units"]["PAK"]["fill"] == style.PAKISTAN_FILL
    assert not any("BGD" in key for key in s1975["outlines"])

    # regions and markers of January 2024
    show_day(qtbot, view, atlas, "2024-01-17")
    s2024 = shown(qtbot, view)
    state = atlas.state(dt.date(2024, 1, 17))
    assert "PK.BA" in s2024["regions"]
    assert s2024["regions"] == sorted(r["id"] for r in state["regions"])
    with_place = sorted(e["id"] for e in state["events"] if e.get("lat") is not None)
    assert with_place and s2024["events"] == with_place
    assert s2024["recentEvents"] == sorted(e["id"] for e in state["events"] if e["recent"] and e["id"] in with_place)
    assert set(s2024["eventsOnMap"]) == set(with_place)
    assert s2024["alliances"] == {a["id"]: sorted(a["members"]) for a in state["alliances"]}

    assert reloads == []  # every date was applied in place


def test_marker_click_and_selection(qtbot, atlas):
    view = open_view(qtbot, atlas)
    show_day(qtbot, view, atlas, "2024-01-17")
    event_id = next(e["id"] for e in atlas.state(dt.date(2024, 1, 17))["events"] if e.get("lat") is not None)
    with qtbot.waitSignal(view.eventClicked, timeout=PAINT_TIMEOUT) as blocker:
        view.run_js(f"window.atlas.markerElement({event_id!r}).click()")
    assert blocker.args == [event_id]
    assert shown(qtbot, view)["selected"] == event_id

    view.select_event(None)
    assert shown(qtbot, view)["selected"] is None
    view.select_event(event_id)
    assert shown(qtbot, view)["selected"] == event_id
    assert js(qtbot, view, f"window.atlas.markerElement({event_id!r}).classList.contains('atlas-ev-selected')")


def test_data_text_is_shown_literally(qtbot, atlas):
    day = "2024-01-17"
    event_id = next(e["id"] for e in atlas.state(dt.date(2024, 1, 17))["events"] if e.get("lat") is not None)
    view = open_view(qtbot, RenamedAtlas(atlas, event_id, HOSTILE))
    with qtbot.waitSignal(view.statePainted, timeout=PAINT_TIMEOUT):
        view.set_state(RenamedAtlas(atlas, event_id, HOSTILE).state(dt.date.fromisoformat(day)))
    tip = js(qtbot, view, f"""(function () {{
        var m = window.atlas.marker({event_id!r}); m.openTooltip();
        return m.getTooltip().getElement().querySelector('.atlas-tip-title').textContent; }})()""")
    assert tip == HOSTILE
    assert js(qtbot, view, f"window.atlas.markerElement({event_id!r}).getAttribute('aria-label')") == HOSTILE
    reason = js(qtbot, view, """(function () {
        var u = window.atlas.unitLayer('USA'); u.openTooltip(u.getBounds().getCenter());
        return u.getTooltip().getElement().textContent; })()""")
    assert HOSTILE in reason
    assert js(qtbot, view, "document.querySelectorAll('img[src=x], [onerror]').length") == 0
    assert view.page().dialogs == []


def test_a_page_that_cannot_be_served_reports_why(qtbot, atlas, monkeypatch):
    from viewer.qt.webengine import scheme

    real = scheme.AtlasSchemeHandler.lookup
    monkeypatch.setattr(scheme.AtlasSchemeHandler, "lookup",
                        lambda self, url: None if url.path() == "/index.html" else real(self, url))
    view = new_view(qtbot, atlas)
    with qtbot.waitSignal(view.loadFailed, timeout=LOAD_TIMEOUT) as blocker:
        view.show()
    assert "could not be loaded" in blocker.args[0] and "atlas://app/index.html" in blocker.args[0]
    assert not view.ready


def test_selection_before_the_page_is_up_is_kept(qtbot, atlas):
    event_id = next(e["id"] for e in atlas.state(dt.date(1965, 9, 6))["events"] if e.get("lat") is not None)
    view = new_view(qtbot, atlas)
    view.set_state(atlas.state(dt.date(1965, 9, 6)))
    view.select_event(event_id)
    with qtbot.waitSignal(view.statePainted, timeout=LOAD_TIMEOUT):
        view.show()
    assert shown(qtbot, view)["selected"] == event_id


def test_layer_toggles_by_id(qtbot, atlas):
    view = new_view(qtbot, atlas)
    view.set_hidden_layers(["disputed", "Events: Visits"])  # a label saved by an older version becomes its id
    assert view.hidden_layers() == ["disputed", "events.visit"]  # kept until the page is up
    view.resize(1000, 700)
    with qtbot.waitSignal(view.pageReady, timeout=LOAD_TIMEOUT):
        view.show()
    qtbot.waitUntil(lambda: js(qtbot, view, "JSON.stringify(window.atlas.hiddenLayers())")
                    == '["disputed","events.visit"]', timeout=PAINT_TIMEOUT)
    # the layer control still shows the labels, and switching one there reports its id
    labels = js(qtbot, view, "JSON.stringify(atlas.map()._controlCorners ? "
                "Array.from(document.querySelectorAll('.leaflet-control-layers-overlays span')).map("
                "function (n) { return n.textContent.trim(); }) : [])")
    assert "Disputed boundaries" in labels and "Events: Visits" in labels
    with qtbot.waitSignal(view.hiddenLayersChanged, timeout=PAINT_TIMEOUT) as blocker:
        view.call("atlas.setHiddenLayers", ["outlines"])
    assert blocker.args == [["outlines"]]
    assert view.hidden_layers() == ["outlines"]


def test_a_page_that_cannot_be_built_reports_why(qtbot):
    view = new_view(qtbot, BrokenAtlas())
    with qtbot.waitSignal(view.loadFailed, timeout=PAINT_TIMEOUT) as blocker:
        pass
    assert "countries.geojson is unreadable" in blocker.args[0]
    assert not view.ready


def test_kashmir_is_drawn_disputed_in_its_holders_colours_with_the_lines_of_the_day(qtbot, atlas):
    view = open_view(qtbot, atlas)
    show_day(qtbot, view, atlas, "1948-06-01")  # the war: no ceasefire line yet
    s1948 = shown(qtbot, view)
    assert not any(line.startswith("disputed-9") for line in s1948["disputed"])
    assert s1948["units"]["AJK"]["status"] == "disputed" and s1948["units"]["AJK"]["pattern"] == "disputed"
    assert s1948["units"]["AJK"]["fill"] == s1948["units"]["PAK"]["fill"]  # Pakistan's colour: it held the area
    assert s1948["units"]["JKI"]["fill"] != s1948["units"]["PAK"]["fill"]
    show_day(qtbot, view, atlas, "1965-09-06")
    assert "disputed-9-1" in shown(qtbot, view)["disputed"]  # the ceasefire line of 1949
    show_day(qtbot, view, atlas, "1980-01-01")
    s1980 = shown(qtbot, view)
    assert "disputed-9-2" in s1980["disputed"] and "disputed-9-1" not in s1980["disputed"]  # the Line of Control
    assert "disputed-1" in s1980["disputed"]  # Golan, held by Israel since 1967
    show_day(qtbot, view, atlas, "1960-01-01")
    assert "disputed-1" not in shown(qtbot, view)["disputed"]


def test_a_relation_only_possibly_in_force_is_drawn_faded_and_dashed(qtbot, tmp_path):
    from viewer.core.atlas import Atlas

    path = tmp_path / "relations-brazil.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": None, "properties": {
            "partner": "BRA", "status": "hostile", "start": "1951-05~", "end": "1951-06-30", "reason": "rough",
            "sources": [{"source": "x", "locator": "y"}]}}]}), encoding="utf-8")
    atlas = Atlas.load(extra_files=[path])
    view = open_view(qtbot, atlas)
    show_day(qtbot, view, atlas, "1951-04-15")  # within the margin of "about May 1951" only
    assert [r["certain"] for r in atlas.state("1951-04-15")["relations"] if r["partner"] == "BRA"] == [False]
    brazil = shown(qtbot, view)["units"]["BRA"]
    assert brazil["possible"] and brazil["status"] == "hostile"
    show_day(qtbot, view, atlas, "1951-05-15")
    assert not shown(qtbot, view)["units"]["BRA"]["possible"]


def test_why_the_map_could_not_be_served_is_said_in_the_windows_language(qtbot, atlas, monkeypatch):
    from viewer.qt import language
    from viewer.qt.webengine import scheme

    real = scheme.AtlasSchemeHandler.lookup
    monkeypatch.setattr(scheme.AtlasSchemeHandler, "lookup",
                        lambda self, url: None if url.path() == "/index.html" else real(self, url))
    language.install("fr")
    try:
        view = new_view(qtbot, atlas)
        with qtbot.waitSignal(view.loadFailed, timeout=LOAD_TIMEOUT) as blocker:
            view.show()
    finally:
        language.install("en")
    assert blocker.args[0].startswith("La page de la carte n’a pas pu être chargée")
    assert "atlas://app/index.html" in blocker.args[0]  # the detail, as the engine gave it
