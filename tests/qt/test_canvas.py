"""The shared canvas (resources/canvas.js): the shapes keep their panes' order, and a day's change paints
again only the boxes of what changed, leaving the map as a whole repaint would draw it."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

# _delete_views: the views made here are closed and deleted when each test ends, as test_mapview's are
from tests.qt.test_mapview import _delete_views, js, open_view, show_day  # noqa: E402, F401


def page(qtbot, view, script: str):
    """What a script returns, through JSON (the page's arrays of mixed values come back whole)."""
    return json.loads(js(qtbot, view, f"JSON.stringify({script})"))


# days whose changes are of every kind: alliances joined and left (SEATO, CENTO), relations, Pakistan's own
# territory (the princely states, 1971), the Soviet Union's end, regions and events of the day
DAYS = ("1947-09-01", "1947-11-01", "1954-10-01", "1955-10-01", "1965-09-01", "1971-12-20", "1972-02-01",
        "1979-04-01", "1991-12-26", "2001-10-01", "2004-07-01", "2024-01-17", "1958-10-01")

PANE_ORDER = """(function () {
  var c = window.atlasVectors, out = [];
  for (var o = c._drawFirst; o; o = o.next) {
    var pane = o.layer.options.pane, code = o.layer.feature && o.layer.feature.properties.ADM0_A3;
    out.push([pane, parseInt(window.atlas.map().getPane(pane).style.zIndex, 10), code || null]);
  }
  return out;
})()"""

# every pixel of the canvas now, against the same map painted whole again. Skia's anti-aliasing gives a pixel
# where a path's edge crosses the edge of a painted box a few levels more or less than a whole repaint does
# (Leaflet's own boxes do the same): single pixels, nearly all faint or within 20 levels. A shape left out or a
# stale colour differs by far more, over many pixels. Counted: pixels differing by more than 16 levels, and the
# visible pixels (alpha of 64 or more) that differ by more than 64.
REPAINTED = """(function () {
  var c = window.atlasVectors, canvas = c._container, ctx = canvas.getContext("2d");
  var before = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  c._updatePaths();
  var after = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  var differ = 0, wrong = 0;
  for (var i = 0; i < before.length; i += 4) {
    var d = Math.max(Math.abs(before[i] - after[i]), Math.abs(before[i + 1] - after[i + 1]),
                     Math.abs(before[i + 2] - after[i + 2]), Math.abs(before[i + 3] - after[i + 3]));
    if (d > 16) { differ++; }
    if (d > 64 && Math.max(before[i + 3], after[i + 3]) >= 64) { wrong++; }
  }
  return [differ, wrong, canvas.width * canvas.height];
})()"""


def assert_as_painted_whole(qtbot, view, day):
    differ, wrong, pixels = page(qtbot, view, REPAINTED)
    assert pixels > 0
    assert wrong == 0 and differ <= 20, f"after {day}, {differ} pixels differ from the map painted whole, {wrong} plainly"


def test_a_day_s_partial_repaints_leave_the_map_as_a_whole_repaint_draws_it(qtbot, atlas):
    view = open_view(qtbot, atlas)
    for day in DAYS:
        show_day(qtbot, view, atlas, day)
        assert_as_painted_whole(qtbot, view, day)


def test_the_shapes_are_drawn_in_their_panes_order_whenever_they_were_added(qtbot, atlas):
    view = open_view(qtbot, atlas)
    for day in ("1965-06-01", "1955-10-01", "2024-01-17", "1965-06-01"):
        show_day(qtbot, view, atlas, day)
        order = page(qtbot, view, PANE_ORDER)
        ranks = [rank for _pane, rank, _code in order]
        assert ranks == sorted(ranks), f"on {day} a shape is drawn above one of a higher pane"
        panes = {pane for pane, _rank, _code in order}
        assert {"atlas-units", "atlas-outlines", "atlas-regions", "atlas-disputed"} <= panes
    assert "atlas-alliances" in panes  # CENTO and SEATO in 1965: added after the regions, drawn under them
    units = [code for pane, _rank, code in order if pane == "atlas-units"]
    pakistan = next(t["units"] for t in atlas.state("1965-06-01")["territories"] if "PAK" in t["units"])
    # Pakistan's units (its two wings, the princely states that acceded), brought to the front of the units, so its
    # border is drawn over its neighbours'
    assert "BGD" in pakistan and set(units[-len(pakistan):]) == set(pakistan)


PAINTED = """(function (codes) {
  var c = window.atlasVectors, boxes = [], clear = c._clear;
  c._clear = function () { var b = this._redrawBounds; boxes.push(b ? [b.min.x, b.min.y, b.max.x, b.max.y] : null);
                           return clear.call(this); };
  codes.forEach(function (code) { window.atlas.unitLayer(code).setStyle({fillColor: "#123456"}); });
  c._redraw();  // what the next frame paints
  c._clear = clear;
  var size = c._bounds.getSize();
  return {boxes: boxes, canvas: size.x * size.y, inView: codes.map(function (code) {
    var parts = window.atlas.unitLayer(code)._parts; return !!parts && parts.length > 0; })};
})(%s)"""


def test_a_change_paints_again_only_the_boxes_of_the_shapes_that_changed(qtbot, atlas):
    view = open_view(qtbot, atlas)
    show_day(qtbot, view, atlas, "1990-06-01")
    # two small countries at either side of the map: two small boxes, not the box around them both
    two = page(qtbot, view, PAINTED % '["LKA", "ARM"]')
    assert two["inView"] == [True, True]
    assert len(two["boxes"]) == 2 and None not in two["boxes"]
    area = sum((x1 - x0) * (y1 - y0) for x0, y0, x1, y1 in two["boxes"])
    assert area < 0.05 * two["canvas"]
    # a shape out of view (the United States, whose box runs from the Aleutians to Maine) paints nothing
    away = page(qtbot, view, PAINTED % '["USA"]')
    assert away["inView"] == [False] and away["boxes"] == []
    # a border made thicker is painted whole (a box is the shape's points' box widened by its border of now)
    js(qtbot, view, 'window.atlas.unitLayer("LKA").setStyle({weight: 14, color: "#000000"}); window.atlasVectors._redraw(); 1')
    assert_as_painted_whole(qtbot, view, "Sri Lanka's border made thicker")
    # the map is drawn again as the day shows it
    show_day(qtbot, view, atlas, "1990-07-01")
    assert_as_painted_whole(qtbot, view, "1990-07-01")


# The alliances' outlines: [hidden, drawn when the canvas is painted whole, and for each outline shown whether its
# pixel box is the box of the unit or polity whose points it shares (projected at the map's zoom now)]
OUTLINES = """(function () {
  var c = window.atlasVectors, sources = [], out = {hidden: 0, hiddenDrawn: 0, shown: 0, stale: []};
  function first(l) { var p = l.getLatLngs(); while (p && p.lat === undefined) { p = p[0]; } return p; }
  ["units", "outlines"].forEach(function (id) { window.atlasLayers[id].eachLayer(function (l) { sources.push(l); }); });
  var drawn = [];
  Object.keys(window.atlasLayers).filter(function (k) { return k.indexOf("alliance.") === 0; }).forEach(function (k) {
    window.atlasLayers[k].eachLayer(function (l) {
      if (l._atlasHidden) {
        out.hidden++;
        l._updatePath = function () { out.hiddenDrawn++; };  // counted, not drawn
        drawn.push(l);
        return;
      }
      out.shown++;
      var source = sources.filter(function (s) { return first(s) === first(l); })[0];  // the same points
      // the points' box (Leaflet widens a shape's box by half its stroke, for the mouse)
      var a = l._pxBounds, b = source && source._pxBounds, ta = l._clickTolerance(), tb = source && source._clickTolerance();
      function off(u, v) { return Math.abs(u - v) > 0.01; }
      if (!b || off(a.min.x + ta, b.min.x + tb) || off(a.min.y + ta, b.min.y + tb) || off(a.max.x - ta, b.max.x - tb) ||
          off(a.max.y - ta, b.max.y - tb)) {
        out.stale.push(k + " " + (source ? source.feature.properties.ADM0_A3 || source.feature.properties.key : "?"));
      }
    });
  });
  c._updatePaths();  // the whole canvas painted again
  drawn.forEach(function (l) { delete l._updatePath; });
  return out;
})()"""


def test_an_alliance_s_outline_of_a_member_who_left_is_not_drawn_and_comes_back_where_the_member_is(qtbot, atlas):
    """SEATO's and CENTO's members in 1960; both gone by 1980, their outlines kept hidden (not drawn); the map zoomed
    in and out while they were hidden; in 1960 again, each outline lies on its member as the map shows it now."""
    view = open_view(qtbot, atlas)
    show_day(qtbot, view, atlas, "1960-06-01")
    first = page(qtbot, view, OUTLINES)
    assert first["shown"] >= 8 and not first["stale"]
    show_day(qtbot, view, atlas, "1980-06-01")
    gone = page(qtbot, view, OUTLINES)
    assert gone["hidden"] >= first["shown"] - gone["shown"] > 0
    assert gone["hiddenDrawn"] == 0, "an outline of a member who left was drawn"
    with qtbot.waitSignal(view.viewChanged, timeout=60_000):
        view.run_js("atlas.map().setZoom(atlas.map().getZoom() + 1, {animate: false})")
    show_day(qtbot, view, atlas, "1960-06-01")
    again = page(qtbot, view, OUTLINES)
    assert again["shown"] == first["shown"]
    assert not again["stale"], f"outlines not where their members are after the zoom: {again['stale']}"
    assert_as_painted_whole(qtbot, view, "1960-06-01 after a zoom")
