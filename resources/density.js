/*
 * Large conflict files on the map (window.atlasModules.density). A million GED or ACLED events
 * cannot each be a marker: the window sends, for the day and the view, either density cells
 * (the events and deaths in each square of a screen grid, shaded on a log scale; hover for the
 * numbers, click to list the cell's events in the window's panel) or, once few enough events
 * are in view, every event as a point: a dot in its category's colour, or, for an event the
 * dataset places only to a district, province or country, a dashed circle (its point is that
 * area's centre, not a place).
 *
 * The cells and points are computed in Python (viewer/page/density.py over viewer/core): the
 * page only draws them, on one canvas in its own pane, under the events' markers. Once a
 * payload has come, the page reports its view after every pan or zoom, bridge.viewChanged(json:
 * {zoom, bounds}), and the window answers with atlas.setDensity(payload).
 *
 * ctx: {map, cfg, send(method, arg), clicked(id)}; cfg.density (viewer/page/density.page_config).
 */
(function () {
  "use strict";
  var modules = window.atlasModules = window.atlasModules || {};
  var DOT_RADIUS = 4, VAGUE_RADIUS = 11, HIT_PX = 7, LABEL_MIN_PX = 26;

  var CanvasLayer = modules.util.CanvasLayer.extend({  // one canvas the size of the map, redrawn after each change of view
    options: {pane: "atlas-density", className: "atlas-density-canvas", passThrough: true},

    initialize: function (paint) { this._paint = paint; this._frame = null; },

    _draw: function () {
      this._frame = null;
      var map = this._map;
      if (!map) { return; }
      var size = map.getSize(), ratio = window.devicePixelRatio || 1, canvas = this._canvas;
      L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]));
      var w = Math.round(size.x * ratio), h = Math.round(size.y * ratio);
      if (canvas.width !== w || canvas.height !== h) {
        canvas.width = w;  // (a new size also clears it)
        canvas.height = h;
        canvas.style.width = size.x + "px";
        canvas.style.height = size.y + "px";
      } else {
        this._ctx.setTransform(1, 0, 0, 1, 0, 0);
        this._ctx.clearRect(0, 0, w, h);
      }
      this._ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      this._paint(this._ctx, size);
    },
  });

  function count(n) {  // 1234 -> "1.2k" (a cell's label)
    return n >= 10000 ? Math.round(n / 1000) + "k" : n >= 1000 ? (n / 1000).toFixed(1) + "k" : String(n);
  }

  modules.density = function (ctx) {
    var map = ctx.map, cfg = ctx.cfg, dcfg = cfg.density || {}, util = modules.util;
    var ramp = dcfg.ramp || ["#fdb863", "#8c1d0f"], vague = {};
    (dcfg.vague || []).forEach(function (i) { vague[i] = true; });
    var payload = {mode: "none", cells: [], points: []}, active = false, maxCount = 1;
    var hoverTip = null, hovered = null;
    var pane = map.createPane("atlas-density");
    pane.style.zIndex = 580;  // over every shape, under the events' canvas (590) and markers (600)
    pane.style.pointerEvents = "none";

    function categoryColour(i) {
      var name = (dcfg.categories || [])[i];
      return util.safeColour(cfg.colours.category[name], cfg.colours.otherCategory);
    }

    function cellRect(cell) {  // [x, y, width, height] on screen
      var a = map.latLngToContainerPoint([cell[2], cell[1]]), b = map.latLngToContainerPoint([cell[0], cell[3]]);
      return [a.x, a.y, b.x - a.x, b.y - a.y];
    }

    function cellColour(n) {
      var t = Math.log(1 + n) / Math.log(1 + maxCount);
      return util.safeColour(ramp[Math.min(ramp.length - 1, Math.floor(t * ramp.length))], ramp[0]);
    }

    function paint(g, size) {
      if (payload.mode === "cells") {
        g.font = "11px sans-serif";
        g.textAlign = "center";
        g.textBaseline = "middle";
        payload.cells.forEach(function (cell) {
          var r = cellRect(cell);
          if (r[0] > size.x || r[1] > size.y || r[0] + r[2] < 0 || r[1] + r[3] < 0) { return; }
          g.globalAlpha = 0.72;
          g.fillStyle = cellColour(cell[4]);
          g.fillRect(r[0], r[1], r[2], r[3]);
          g.globalAlpha = 0.9;
          g.strokeStyle = util.safeColour(dcfg.cellStroke, "#ffffff");
          g.lineWidth = 1;
          g.strokeRect(r[0] + 0.5, r[1] + 0.5, r[2] - 1, r[3] - 1);
          if (r[2] >= LABEL_MIN_PX) {
            g.globalAlpha = 1;
            g.fillStyle = util.safeColour(dcfg.text, "#1d1d1d");
            g.fillText(count(cell[4]), r[0] + r[2] / 2, r[1] + r[3] / 2);
          }
        });
      } else if (payload.mode === "points") {
        payload.points.forEach(function (p) {
          var at = map.latLngToContainerPoint([p[0], p[1]]), colour = categoryColour(p[2]);
          if (at.x < -20 || at.y < -20 || at.x > size.x + 20 || at.y > size.y + 20) { return; }
          g.beginPath();
          if (vague[p[4]]) {  // known only to an area: a dashed circle around the area's centre
            g.setLineDash([3, 3]);
            g.arc(at.x, at.y, VAGUE_RADIUS, 0, 2 * Math.PI);
            g.globalAlpha = 0.14;
            g.fillStyle = colour;
            g.fill();
            g.globalAlpha = 0.95;
            g.lineWidth = 1.5;
            g.strokeStyle = colour;
            g.stroke();
            g.setLineDash([]);
          } else {
            g.arc(at.x, at.y, DOT_RADIUS, 0, 2 * Math.PI);
            g.globalAlpha = 0.9;
            g.fillStyle = colour;
            g.fill();
            g.lineWidth = 1;
            g.strokeStyle = util.safeColour(cfg.colours.dotStroke, "#ffffff");
            g.stroke();
          }
        });
      }
      g.globalAlpha = 1;
    }

    var layer = new CanvasLayer(paint).addTo(map);

    function at(latlng) {  // the cell or point under a point of the map: {cell} or {point}, or null
      var p = map.latLngToContainerPoint(latlng), best = null, bestD = Infinity;
      if (payload.mode === "cells") {
        for (var i = 0; i < payload.cells.length; i++) {
          var r = cellRect(payload.cells[i]);
          if (p.x >= r[0] && p.x < r[0] + r[2] && p.y >= r[1] && p.y < r[1] + r[3]) { return {cell: payload.cells[i]}; }
        }
        return null;
      }
      payload.points.forEach(function (pt) {
        var q = map.latLngToContainerPoint([pt[0], pt[1]]), d = q.distanceTo(p);
        var reach = vague[pt[4]] ? VAGUE_RADIUS : HIT_PX;
        if (d <= reach && d < bestD) { best = pt; bestD = d; }
      });
      return best ? {point: best} : null;
    }

    function tooltip(hit) {
      var box = util.el("div", "atlas-tip-body"), line = function (cls, text) { box.appendChild(util.el("div", cls, text)); };
      var words = cfg.words || {};  // the page's words in its language (viewer.style.PAGE_LABELS)
      if (hit.cell) {
        line("atlas-tip-title", util.count(hit.cell[4], words, "events"));
        line("atlas-tip-line", util.words(words.deaths_cell || "{n}", {n: util.number(hit.cell[5])}));
        line("atlas-tip-cat", words.list_them || "");
      } else {
        var pt = hit.point, name = (dcfg.categories || [])[pt[2]], place = (dcfg.places || [])[pt[4]];
        line("atlas-tip-title", (cfg.categoryLabels || {})[name] || name || "");
        line("atlas-tip-line", util.words(words.deaths_point || "{n}", {n: util.number(pt[5])}));
        if (vague[pt[4]]) { line("atlas-tip-line", words["area_" + place] || place); }
        line("atlas-tip-cat", pt[3]);
      }
      return box;
    }

    function hover(hit) {
      var key = hit ? (hit.cell ? "c" + hit.cell[6] : "p" + hit.point[3]) : null;
      if (key === hovered) { return; }
      hovered = key;
      map.getContainer().style.cursor = hit ? "pointer" : "";
      if (!hit) {
        if (hoverTip) { map.closeTooltip(hoverTip); }
        return;
      }
      hoverTip = hoverTip || L.tooltip({direction: "top", className: "atlas-tip", offset: L.point(0, -6)});
      hoverTip.setContent(tooltip(hit));
      map.openTooltip(hoverTip, hit.cell ? [(hit.cell[0] + hit.cell[2]) / 2, (hit.cell[1] + hit.cell[3]) / 2]
                                         : [hit.point[0], hit.point[1]]);
    }

    function view() {
      var b = map.getBounds();
      return {zoom: map.getZoom(), bounds: [[b.getSouth(), b.getWest()], [b.getNorth(), b.getEast()]]};
    }

    function reportView() { if (active) { ctx.send("viewChanged", JSON.stringify(view())); } }

    map.on("mousemove", function (ev) { if (active) { hover(at(ev.latlng)); } });
    map.on("mouseout zoomstart", function () { hover(null); });
    // every later move is reported by the controller (viewChanged after each moveend), for this layer too
    map.on("click", function (ev) {
      var hit = active ? at(ev.latlng) : null;
      if (!hit) { return; }
      if (hit.cell) {
        ctx.send("cellClicked", JSON.stringify({zoom: payload.zoom, key: hit.cell[6], count: hit.cell[4]}));
      } else {
        ctx.clicked(hit.point[3]);
      }
    });

    function apply(next) {  // a payload from the window (null: nothing of the large files to draw)
      var first = !active;
      payload = next || {mode: "none", cells: [], points: []};
      payload.cells = payload.cells || [];
      payload.points = payload.points || [];
      maxCount = payload.cells.reduce(function (m, c) { return Math.max(m, c[4]); }, 1);
      active = true;
      hover(null);
      layer.redraw();
      if (first) { reportView(); }  // the window learns the real view at once
    }

    function shown() {  // what the page draws now (for atlas.shownState)
      return {
        mode: payload.mode, zoom: payload.zoom, events: payload.events || 0, deaths: payload.deaths || 0,
        cells: payload.cells.length, points: payload.points.length, maxCount: payload.mode === "cells" ? maxCount : 0,
        cellCounts: payload.cells.map(function (c) { return c[4]; }),
        vaguePoints: payload.points.filter(function (p) { return vague[p[4]]; }).length,
      };
    }

    function configure() {  // the data changed: nothing drawn until the window sends the cells of the new data
      payload = {mode: "none", cells: [], points: []};
      maxCount = 1;
      hover(null);
      layer.redraw();
    }

    return {apply: apply, configure: configure, shown: shown, view: view, hit: function (lat, lon) { return at(L.latLng(lat, lon)); }};
  };
})();
