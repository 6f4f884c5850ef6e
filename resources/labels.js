/*
 * Names on the map (window.atlasModules.labels): each polity of the day under the name it had
 * that day (the Soviet Union in 1965, Bangladesh only from 1971), written at the pole of
 * inaccessibility of its largest unit (cfg.unitPoints, from the page builder).
 *
 * Uncluttered: Pakistan first, then the partners Pakistan has a recorded relation with (largest
 * first), then historical states; other polities only from zoom cfg.labelAllZoom. A name that
 * would overlap one already placed is left out. The names sit in their own pane, under the
 * markers, and take no pointer events; they are text only (textContent).
 */
(function () {
  "use strict";
  var modules = window.atlasModules = window.atlasModules || {};
  var util = modules.util, dict = util.dict;
  var CHAR_PX = 6.4, HEIGHT_PX = 14, GAP_PX = 4;

  // ctx: {map, cfg, current: {territories, relations}, shapes}
  modules.labels = function (ctx) {
    var map = ctx.map, cfg = ctx.cfg, current = ctx.current, shapes = ctx.shapes;
    var points = cfg.unitPoints || {};
    var allZoom = cfg.labelAllZoom || 5;
    map.createPane("atlas-labels").style.zIndex = 450;
    map.getPane("atlas-labels").style.pointerEvents = "none";
    var group = L.layerGroup().addTo(map);
    var made = dict();   // "territory id|name" -> marker
    var placed = [];     // [{id, name, rank}] shown now

    function anchor(t) {  // the point of the territory's largest unit on the map: [lat, lon, area]
      var best = null;
      t.units.forEach(function (code) {
        var p = points[code];
        if (p && (!best || p[2] > best[2])) { best = p; }
      });
      return best;
    }

    function candidates() {  // [{t, rank, point}] in the order names are placed
      var out = [], related = dict(), zoom = map.getZoom();
      current.relations.forEach(function (r) { related[r.partner] = true; });
      current.territories.forEach(function (t) {
        var point = anchor(t);
        if (!point) { return; }
        var rank = t.units.indexOf("PAK") >= 0 ? 0
          : (related[t.id] || t.units.some(function (u) { return related[u]; })) ? 1
          : t.units.length > 1 ? 2 : 3;
        if (rank === 3 && zoom < allZoom) { return; }
        out.push({t: t, rank: rank, point: point, name: shapes.nameOf(t)});
      });
      out.sort(function (a, b) { return a.rank - b.rank || b.point[2] - a.point[2]; });
      return out;
    }

    function marker(t, point, name) {
      var key = t.id + "|" + name;
      if (!made[key]) {
        var node = util.el("span", "atlas-label-text", name);
        made[key] = L.marker([point[0], point[1]], {
          pane: "atlas-labels", interactive: false, keyboard: false,
          icon: L.divIcon({className: "atlas-label", html: node, iconSize: null}),
        });
        made[key].atlasName = name;
      }
      return made[key];
    }

    function insideRing(ring, lat, lng) {  // ray casting on one ring of [L.LatLng]
      var hit = false;
      for (var i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        var a = ring[i], b = ring[j];
        if ((a.lat > lat) !== (b.lat > lat) && lng < (b.lng - a.lng) * (lat - a.lat) / (b.lat - a.lat) + a.lng) { hit = !hit; }
      }
      return hit;
    }

    function inside(layer, lat, lng) {  // in one of the polygon's outer rings (holes are small at these scales)
      var rings = layer.getLatLngs();
      if (rings.length && rings[0].lat !== undefined) { rings = [rings]; }
      return rings.some(function (poly) {
        var outer = poly.length && poly[0].lat === undefined ? poly[0] : poly;
        return insideRing(outer, lat, lng);
      });
    }

    // A territory whose name point is off the map (the Soviet Union's lies in Siberia at the default view):
    // the name goes at a point of its largest unit on the map instead, the one nearest the middle of the
    // part in view, tried on a small grid.
    function visiblePoint(t, fits) {
      var layer = null, area = -1;
      t.units.forEach(function (code) {
        var l = shapes.unitLayer(code), p = points[code];
        if (l && p && p[2] > area) { layer = l; area = p[2]; }
      });
      if (!layer) { return null; }
      var view = map.getBounds().pad(-0.08), b = layer.getBounds();
      if (!view.intersects(b)) { return null; }
      var s = Math.max(view.getSouth(), b.getSouth()), n = Math.min(view.getNorth(), b.getNorth());
      var w = Math.max(view.getWest(), b.getWest()), e = Math.min(view.getEast(), b.getEast());
      var tries = [];
      for (var i = 1; i < 6; i++) {
        for (var k = 1; k < 6; k++) { tries.push([s + (n - s) * i / 6, w + (e - w) * k / 6]); }
      }
      var mid = [(s + n) / 2, (w + e) / 2];
      tries.sort(function (a, c) {
        return Math.abs(a[0] - mid[0]) + Math.abs(a[1] - mid[1]) - Math.abs(c[0] - mid[0]) - Math.abs(c[1] - mid[1]);
      });
      for (var x = 0; x < tries.length; x++) {
        if (inside(layer, tries[x][0], tries[x][1]) && fits(tries[x])) { return tries[x]; }
      }
      return null;
    }

    function apply() {
      var boxes = [], want = dict(), size = map.getSize();
      var frame = map.getContainer().getBoundingClientRect();
      Array.prototype.forEach.call(map.getContainer().querySelectorAll(".leaflet-control, .atlas-date, .atlas-edge"),
        function (c) {  // no name under the legend, the controls, the date or a partner's marker
          var r = c.getBoundingClientRect();
          if (r.width) { boxes.push([r.left - frame.left, r.top - frame.top, r.right - frame.left, r.bottom - frame.top]); }
        });
      placed = [];
      candidates().forEach(function (c) {
        var w = c.name.length * CHAR_PX + 6, h = HEIGHT_PX;
        function boxAt(latlng) {  // the name's box at a point, or null if not whole on the map or it clashes
          var p = map.latLngToContainerPoint([latlng[0], latlng[1]]);
          var box = [p.x - w / 2 - GAP_PX, p.y - h / 2 - GAP_PX, p.x + w / 2 + GAP_PX, p.y + h / 2 + GAP_PX];
          if (box[0] + GAP_PX < 0 || box[2] - GAP_PX > size.x || box[1] + GAP_PX < 0 || box[3] - GAP_PX > size.y) { return null; }
          var clash = boxes.some(function (b) { return box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3]; });
          return clash ? null : box;
        }
        var at = c.point, box = boxAt(at);
        if (!box && c.rank < 3) {  // Pakistan, partners and historical states: a point of theirs in view
          at = visiblePoint(c.t, boxAt);
          box = at ? boxAt(at) : null;
        }
        if (!box) { return; }
        boxes.push(box);
        var m = marker(c.t, at, c.name);
        m.setLatLng([at[0], at[1]]);
        want[L.stamp(m)] = m;
        placed.push({id: c.t.id, name: c.name, rank: c.rank});
      });
      group.eachLayer(function (m) { if (!want[L.stamp(m)]) { group.removeLayer(m); } });
      Object.keys(want).forEach(function (k) { if (!group.hasLayer(want[k])) { group.addLayer(want[k]); } });
    }

    map.on("zoomend moveend resize", apply);

    return {apply: apply, shown: function () { return placed.slice(); }, layer: group, shapes: shapes};
  };
})();
