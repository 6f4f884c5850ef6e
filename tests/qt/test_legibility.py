"""Names on the map are legible: each lies on its own country, and no drawn name's box overlaps
another name, an event marker, an edge marker or the legend, at a small and a large window, in
every language, on the README's dates. Edge markers keep their name whole and their status."""

from __future__ import annotations

import datetime as dt
import json

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PySide6.QtCore import QSettings  # noqa: E402

from qthelpers import dispose, js  # noqa: E402
from viewer.qt import language  # noqa: E402

PAINT_TIMEOUT = 60_000

# Every box drawn on the map, read from the page (container pixels): the names, the event markers,
# the edge markers, the legend and the map's controls, and for each name whether the points of its
# box lie in its own territory (asked of the same polygons the map draws).
READ_BOXES = """(function () {
  var frame = atlas.map().getContainer().getBoundingClientRect();
  function box(el) { var r = el.getBoundingClientRect();
    return [r.left - frame.left, r.top - frame.top, r.right - frame.left, r.bottom - frame.top]; }
  function all(sel) { return Array.prototype.filter.call(document.querySelectorAll(sel),
    function (el) { return el.offsetParent !== null && el.getBoundingClientRect().width > 0; }).map(box); }
  var names = Array.prototype.filter.call(document.querySelectorAll('.atlas-label-text'), function (el) {
    return el.offsetParent !== null; }).map(function (el) { return {name: el.textContent, box: box(el)}; });
  var edges = Array.prototype.filter.call(document.querySelectorAll('.atlas-edge'), function (el) {
    return el.offsetParent !== null; }).map(function (el) {
    var name = el.querySelector('.atlas-edge-name'), status = el.querySelector('.atlas-edge-status');
    return {box: box(el), name: name.textContent, status: status.textContent,
            nameWhole: name.scrollWidth <= name.clientWidth + 1,
            statusShown: status.offsetParent !== null && status.getBoundingClientRect().width > 0}; });
  return JSON.stringify({names: names, labels: atlas.shownState().labels, edges: edges,
    markers: all('.leaflet-marker-pane .leaflet-marker-icon'),
    controls: all('.leaflet-control, .atlas-date')});
})()"""

# For each placed name: is the centre of its box on its own territory's land, and every corner on that land
# or the sea (never on another country)?
ON_OWN_LAND = """(function () {
  var map = atlas.map(), out = {};
  atlas.shownState().labels.forEach(function (l) {
    var b = l.box, mid = [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];
    var corners = [[b[0] + 1, b[1] + 1], [b[2] - 1, b[1] + 1], [b[0] + 1, b[3] - 1], [b[2] - 1, b[3] - 1]];
    function at(p) { var ll = map.containerPointToLatLng(p); return atlas.territoryAt(ll.lat, ll.lng); }
    out[l.id] = at(mid) === l.id && corners.every(function (p) { var t = at(p); return t === null || t === l.id; });
  });
  return JSON.stringify(out);
})()"""


def overlap(a, b, slack: float = 1.0) -> bool:
    return a[0] + slack < b[2] and b[0] + slack < a[2] and a[1] + slack < b[3] and b[1] + slack < a[3]


@pytest.fixture(autouse=True)
def english_after(qapp):
    yield
    language.install("en")


@pytest.mark.parametrize("lang", ["en", "fr", "ur"])
@pytest.mark.parametrize("size", [(1024, 640), (1500, 900)])
@pytest.mark.parametrize("day", ["1965-09-06", "1971-12-16", "2024-01-17"])  # the README's dates
def test_no_name_overlaps_another_name_a_marker_or_the_legend(qtbot, atlas, tmp_path, lang, size, day):
    from viewer.qt.window import MainWindow

    language.install(lang)
    settings = QSettings(str(tmp_path / "pakatlas.ini"), QSettings.Format.IniFormat)
    win = MainWindow(atlas, settings, start_date=dt.date.fromisoformat(day), lang=lang)
    win.resize(*size)
    try:
        with qtbot.waitSignal(win.map.statePainted, timeout=PAINT_TIMEOUT):
            win.show()
        qtbot.wait(300)  # the names and edge markers placed after the last move
        page = json.loads(js(qtbot, win, READ_BOXES))
        names = page["names"]
        assert names, "no name on the map"
        assert "Pakistan" in {n["name"] for n in names} or lang != "en"
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                assert not overlap(a["box"], b["box"]), f"{a['name']!r} overlaps {b['name']!r}"
            for kind in ("markers", "controls"):
                for other in page[kind]:
                    assert not overlap(a["box"], other), f"{a['name']!r} lies under one of the {kind} at {other}"
            for edge in page["edges"]:
                assert not overlap(a["box"], edge["box"]), f"{a['name']!r} lies under the edge marker {edge['name']!r}"
        own = json.loads(js(qtbot, win, ON_OWN_LAND))
        assert own and all(own.values()), f"names off their own country: {[k for k, v in own.items() if not v]}"
        for edge in page["edges"]:
            assert edge["nameWhole"] and edge["statusShown"], f"edge marker cut short: {edge}"
    finally:
        win.set_playing(False)
        dispose(win)


# Who is at a point, found the slow sure way: every outer ring of every unit of every territory of the day
# (given in order), against the page's quick answer from its grid of cells and bands of latitude.
BRUTE_AT = """(function (territories) {
  var map = atlas.map(), units = {}, size = map.getSize(), out = [];
  window.atlasLayers.units.eachLayer(function (l) { units[l.feature.properties.ADM0_A3] = l; });
  function onRing(ring, lat, lng) {
    var hit = false;
    for (var i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      var a = ring[i], b = ring[j];
      if ((a.lat > lat) !== (b.lat > lat) && lng < (b.lng - a.lng) * (lat - a.lat) / (b.lat - a.lat) + a.lng) { hit = !hit; }
    }
    return hit;
  }
  function onUnit(layer, lat, lng) {
    var rings = layer.getLatLngs();
    if (rings.length && rings[0].lat !== undefined) { rings = [rings]; }
    return rings.some(function (poly) { return onRing(poly.length && poly[0].lat === undefined ? poly[0] : poly, lat, lng); });
  }
  for (var x = 5; x < size.x; x += 23) {
    for (var y = 5; y < size.y; y += 19) {
      var ll = map.containerPointToLatLng([x, y]), sure = null;
      territories.forEach(function (t) {
        if (sure === null && t.units.some(function (u) { return units[u] && onUnit(units[u], ll.lat, ll.lng); })) { sure = t.id; }
      });
      out.push([x, y, sure, atlas.territoryAt(ll.lat, ll.lng)]);
    }
  }
  return JSON.stringify(out);
})(%s)"""


@pytest.mark.parametrize("day", ["1947-08-15", "1971-12-16", "2024-01-17"])
def test_the_quick_answer_to_who_is_at_a_point_is_the_sure_one(qtbot, atlas, tmp_path, day):
    from viewer.qt.window import MainWindow

    settings = QSettings(str(tmp_path / "pakatlas.ini"), QSettings.Format.IniFormat)
    win = MainWindow(atlas, settings, start_date=dt.date.fromisoformat(day))
    win.resize(1024, 640)
    try:
        with qtbot.waitSignal(win.map.statePainted, timeout=PAINT_TIMEOUT):
            win.show()
        territories = [{"id": t["id"], "units": t["units"]} for t in atlas.state(dt.date.fromisoformat(day))["territories"]]
        points = json.loads(js(qtbot, win, BRUTE_AT % json.dumps(territories)))
        assert len(points) > 700 and 200 < sum(p[2] is not None for p in points) < len(points)  # land and sea both asked
        wrong = [p for p in points if p[2] != p[3]]
        assert not wrong, f"{len(wrong)} points answered wrongly, e.g. {wrong[:5]}"
    finally:
        win.set_playing(False)
        dispose(win)


def test_pakistan_and_india_are_named_on_the_first_day(qtbot, atlas, tmp_path):
    """On 14 August 1947 the princely states narrow West Pakistan: where the whole name fits nowhere on its
    own land, its abbreviation stands for it, as for any modern unit (Pakistan is Pakistan then and now). And
    the names keep clear of the legend as it is that day (the first day's legend once had every row)."""
    from viewer.qt.window import MainWindow

    settings = QSettings(str(tmp_path / "pakatlas.ini"), QSettings.Format.IniFormat)
    win = MainWindow(atlas, settings, start_date=dt.date(1947, 8, 14))
    win.resize(1280, 800)
    try:
        with qtbot.waitSignal(win.map.statePainted, timeout=PAINT_TIMEOUT):
            win.show()
        qtbot.wait(300)
        placed = {label["id"]: label["name"] for label in json.loads(js(qtbot, win, READ_BOXES))["labels"]}
        assert placed.get("PAK") in ("Pakistan", "Pak.")
        assert placed.get("IND") == "India"  # placed clear of the legend as the day shows it, not of all its rows
    finally:
        win.set_playing(False)
        dispose(win)


def test_a_day_s_names_do_not_depend_on_the_days_shown_before(qtbot, atlas, tmp_path):
    """Where names stand is worked out again for each day (what the page keeps between days is only what the
    same view and the same land would give anyway): a day reached after a scrub is named as on a fresh page."""
    from viewer.qt.window import MainWindow

    def names_on(win) -> list:
        qtbot.wait(300)
        return sorted((label["id"], label["name"], [round(v) for v in label["box"]])
                      for label in json.loads(js(qtbot, win, "JSON.stringify(atlas.shownState())"))["labels"])

    day = dt.date(1971, 12, 16)
    fresh = MainWindow(atlas, QSettings(str(tmp_path / "a.ini"), QSettings.Format.IniFormat), start_date=day)
    fresh.resize(1024, 640)
    try:
        with qtbot.waitSignal(fresh.map.statePainted, timeout=PAINT_TIMEOUT):
            fresh.show()
        expected = names_on(fresh)
    finally:
        fresh.set_playing(False)
        dispose(fresh)
    win = MainWindow(atlas, QSettings(str(tmp_path / "b.ini"), QSettings.Format.IniFormat),
                     start_date=dt.date(1947, 8, 14))
    win.resize(1024, 640)
    try:
        with qtbot.waitSignal(win.map.statePainted, timeout=PAINT_TIMEOUT):
            win.show()
        for other in (dt.date(1958, 10, 1), dt.date(1965, 9, 6), dt.date(1990, 8, 10), day):
            with qtbot.waitSignal(win.map.statePainted, timeout=PAINT_TIMEOUT,
                                  check_params_cb=lambda date, _ms, other=other: date == other.isoformat()):
                win.set_day(other)
        assert expected and names_on(win) == expected
    finally:
        win.set_playing(False)
        dispose(win)


# The boxes of the map's controls and of its date as the page has laid them out now, against those the edge markers
# and the names kept clear of that day (kept from earlier days while the controls stay the same, the date's moved by
# the width of its text): each box laid out lies within one kept.
KEPT_BOXES = """(function () {
  var frame = atlas.map().getContainer().getBoundingClientRect();
  var laid = Array.prototype.filter.call(document.querySelectorAll('.leaflet-control, .atlas-date'), function (el) {
    return el.offsetParent !== null && el.getBoundingClientRect().width > 0; }).map(function (el) {
    var r = el.getBoundingClientRect();
    return {what: el.className, box: [r.left - frame.left, r.top - frame.top, r.right - frame.left, r.bottom - frame.top]}; });
  return JSON.stringify({laid: laid, kept: atlas.shownState().controlBoxes});
})()"""


@pytest.mark.parametrize("lang", ["en", "ur"])
def test_names_keep_clear_of_the_legend_and_the_date_as_they_are_that_day(qtbot, atlas, tmp_path, lang):
    """Through a scrub on a large map (the legend open, its rows changing with the day, the date's text longer or
    shorter), the boxes the names and edge markers keep clear of cover the legend, the controls and the date as
    the page lays them out that day, and no name lies under them."""
    from viewer.qt.window import MainWindow

    language.install(lang)
    win = MainWindow(atlas, QSettings(str(tmp_path / "a.ini"), QSettings.Format.IniFormat),
                     start_date=dt.date(1947, 8, 14), lang=lang)
    win.resize(1500, 900)
    try:
        with qtbot.waitSignal(win.map.statePainted, timeout=PAINT_TIMEOUT):
            win.show()
        days = ["1954-09-08", "1955-09-23", "1965-09-06", "1971-12-16", "1979-03-15", "1989-10-01", "2004-06-16",
                "2011-05-02", "2024-01-17", "1958-10-07", "1948-01-01"]
        for day in days:
            with qtbot.waitSignal(win.map.statePainted, timeout=PAINT_TIMEOUT,
                                  check_params_cb=lambda date, _ms, day=day: date == day):
                win.set_day(dt.date.fromisoformat(day))
            page = json.loads(js(qtbot, win, KEPT_BOXES))
            assert page["kept"], f"{day}: no box kept clear of"
            for one in page["laid"]:
                b = one["box"]
                assert any(k[0] <= b[0] + 1 and k[1] <= b[1] + 1 and b[2] <= k[2] + 1 and b[3] <= k[3] + 1
                           for k in page["kept"]), f"{day}: {one['what']} at {b} is not within the boxes kept {page['kept']}"
            boxes = json.loads(js(qtbot, win, READ_BOXES))
            for name in boxes["names"]:
                for other in boxes["controls"]:
                    assert not overlap(name["box"], other), f"{day}: {name['name']!r} lies under a control at {other}"
    finally:
        win.set_playing(False)
        dispose(win)
