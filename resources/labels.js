/*
 * Names on the map (window.atlasModules.labels): each polity of the day under the name it had
 * that day (the Soviet Union in 1965, Bangladesh only from 1971), written at the pole of
 * inaccessibility of its largest unit (cfg.unitPoints, from the page builder).
 *
 * Uncluttered: Pakistan first, then the partners Pakistan has a recorded relation with (largest
 * first), then historical states; other polities only from zoom cfg.labelAllZoom. A name lies
 * on its own country (its centre on its land, its box's corners and sides on its land or the sea,
 * never on another country: tested against the polygons drawn), clear of names already placed, event markers, edge markers, the legend, the controls and the date:
 * where its point will not do, points of its largest unit in view are tried, nearest the middle of
 * the part in view first; a name that fits nowhere is written as its abbreviation (cfg.abbreviations,
 * English only: "Bang."), else left out, never drawn over another thing.
 * The names sit in their own pane, under the markers, and take no pointer events; they are text
 * only (textContent).
 */
(function () {
  "use strict";
  var modules = window.atlasModules = window.atlasModules || {};
  var util = modules.util, dict = util.dict;
  var CHAR_PX = 6.4, HEIGHT_PX = 14, GAP_PX = 4;

  // ctx: {map, cfg, current: {territories, relations}, shapes}
  modules.labels = function (ctx) {
    var map = ctx.map, cfg = ctx.cfg, current = ctx.current, shapes = ctx.shapes;
    map.createPane("atlas-labels").style.zIndex = 450;
    map.getPane("atlas-labels").style.pointerEvents = "none";
    var group = L.layerGroup().addTo(map);
    var made = dict();   // "territory id|name" -> marker
    var placed = [];     // [{id, name, rank}] shown now

    function anchor(t) {  // the point of the territory's largest unit on the map: [lat, lon, area]
      var best = null;
      t.units.forEach(function (code) {
        var p = (cfg.unitPoints || {})[code];
        if (p && (!best || p[2] > best[2])) { best = p; }
      });
      return best;
    }

    function candidates() {  // [{t, rank, point}] in the order names are placed
      var out = [], related = dict(), zoom = map.getZoom();
      current.relations.forEach(function (r) { related[r.partner] = true; });
      var all = zoom >= (cfg.labelAllZoom || 5);
      current.territories.forEach(function (t) {
        var rank = t.units.indexOf("PAK") >= 0 ? 0
          : (related[t.id] || t.units.some(function (u) { return related[u]; })) ? 1
          : t.units.length > 1 ? 2 : 3;
        if (rank === 3 && !all) { return; }  // most of the day's territories, at the first zooms
        var point = anchor(t);
        if (!point) { return; }
        // its unit's abbreviation stands for it when it is that modern unit, or holds it under the same name
        // (Pakistan with East Bengal until 1971, narrowed by the princely states in 1947-48: "Pak.")
        var name = shapes.nameOf(t), own = t.units.indexOf(t.id) >= 0 &&
          (t.units.length === 1 || (cfg.currentNames || {})[t.id] === name);
        out.push({t: t, rank: rank, point: point, name: name,
                  short: own ? (cfg.abbreviations || {})[t.id] || null : null});
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

    // Is a point on a unit's land? Asked for every corner of every name tried, so each unit's outer rings
    // (holes are small at these scales) are cut once into bands of latitude, and a point's ray is cast only
    // across the edges of its band.
    var BANDS = 64, edges = dict();
    function bandsOf(code, layer) {
      if (edges[code]) { return edges[code]; }
      var b = layer.getBounds(), south = b.getSouth(), step = (b.getNorth() - south) / BANDS || 1, bands = [];
      for (var k = 0; k < BANDS; k++) { bands.push([]); }
      function band(lat) { return Math.max(0, Math.min(BANDS - 1, Math.floor((lat - south) / step))); }
      var rings = layer.getLatLngs();
      if (rings.length && rings[0].lat !== undefined) { rings = [rings]; }
      rings.forEach(function (poly) {
        var ring = poly.length && poly[0].lat === undefined ? poly[0] : poly;
        for (var i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          var a = ring[i], c = ring[j];
          for (var n = band(Math.min(a.lat, c.lat)), top = band(Math.max(a.lat, c.lat)); n <= top; n++) {
            bands[n].push(a.lat, a.lng, c.lat, c.lng);
          }
        }
      });
      edges[code] = {south: south, step: step, bands: bands};
      return edges[code];
    }

    function inside(code, layer, lat, lng) {  // ray casting across the edges of the point's band
      var index = bandsOf(code, layer), k = Math.floor((lat - index.south) / index.step);
      var list = index.bands[Math.max(0, Math.min(BANDS - 1, k))], hit = false;
      for (var i = 0; i < list.length; i += 4) {
        var alat = list[i], alng = list[i + 1], blat = list[i + 2], blng = list[i + 3];
        if ((alat > lat) !== (blat > lat) && lng < (blng - alng) * (lat - alat) / (blat - alat) + alng) { hit = !hit; }
      }
      return hit;
    }

    function unitLayers(t) {  // the territory's drawn units, largest first: [{layer, area}]
      var out = [];
      t.units.forEach(function (code) {
        var l = shapes.unitLayer(code), p = (cfg.unitPoints || {})[code];
        if (l) { out.push({layer: l, area: p ? p[2] : 0}); }
      });
      return out.sort(function (a, b) { return b.area - a.area; });
    }

    function onUnit(code, latlng) {  // the point lies on a unit's land (its box first: most units are far off)
      var l = shapes.unitLayer(code);
      return !!l && l.getBounds().contains(latlng) && inside(code, l, latlng.lat, latlng.lng);
    }

    function within(t, latlng) {  // the point lies on the territory's own land
      return t.units.some(function (code) { return onUnit(code, latlng); });
    }

    // Where a name may stand: its pole of inaccessibility first, then points of its largest unit on
    // the map, nearest the middle of the part in view first (a small grid), so a name whose point is
    // off the map or under a marker finds another place on its own land.
    // The grid is the same for the same units in the same view: kept until the map moves.
    var grids = dict();
    function places(t, point, grid) {
      if (!grid) { return [point]; }
      var key = t.units.join(",");
      if (!grids[key]) { grids[key] = gridOf(t); }
      return [point].concat(grids[key]);
    }
    function gridOf(t) {
      var out = [];
      var largest = unitLayers(t)[0];
      if (!largest) { return out; }
      var view = map.getBounds().pad(-0.04), b = largest.layer.getBounds();
      if (!view.intersects(b)) { return out; }
      var s = Math.max(view.getSouth(), b.getSouth()), n = Math.min(view.getNorth(), b.getNorth());
      var w = Math.max(view.getWest(), b.getWest()), e = Math.min(view.getEast(), b.getEast());
      var tries = [], mid = [(s + n) / 2, (w + e) / 2];
      for (var i = 1; i < 8; i++) {
        for (var k = 1; k < 8; k++) { tries.push([s + (n - s) * i / 8, w + (e - w) * k / 8]); }
      }
      tries.sort(function (a, c) {
        return Math.abs(a[0] - mid[0]) + Math.abs(a[1] - mid[1]) - Math.abs(c[0] - mid[0]) - Math.abs(c[1] - mid[1]);
      });
      return tries;
    }

    var labelFont = null, widths = dict();
    function textWidth(name) {  // the name's width as the page draws it (the label's own font), a little spare
      if (name in widths) { return widths[name]; }
      if (!labelFont) {  // the font the style sheet gives a name, read once from a probe
        var probe = util.el("span", "atlas-label-text", "");
        probe.style.visibility = "hidden";
        map.getPane("atlas-labels").appendChild(probe);
        var cs = getComputedStyle(probe);
        labelFont = cs.fontWeight + " " + cs.fontSize + " " + cs.fontFamily;
        probe.parentNode.removeChild(probe);
      }
      widths[name] = Math.max(util.textWidth(name, labelFont), name.length * 5) * 1.08 + 6;
      return widths[name];
    }

    function obstacles() {  // boxes no name may cover: the legend, the controls, the date, edge and event markers
      var boxes = [], frame = map.getContainer().getBoundingClientRect();
      var selector = ".leaflet-control, .atlas-date, .atlas-edge, .leaflet-marker-pane .leaflet-marker-icon";
      Array.prototype.forEach.call(map.getContainer().querySelectorAll(selector), function (c) {
        var r = c.getBoundingClientRect();
        if (r.width && c.offsetParent !== null) {
          boxes.push([r.left - frame.left, r.top - frame.top, r.right - frame.left, r.bottom - frame.top]);
        }
      });
      return boxes;
    }

    // The land under a name's box: null when its centre is not on the territory's own land, else, for each point
    // a pixel inside its corners and along its sides that is not on that land, the units whose land is there (none:
    // the sea). It is the same whatever the day: standsOn() says, with the units held that day, whether the box is
    // on the territory's land or the sea, never on another country (a unit held by no one that day is sea).
    function landOf(t, p, w, h) {
      var l = p.x - w / 2 + 1, r = p.x + w / 2 - 1, top = p.y - h / 2 + 1, bt = p.y + h / 2 - 1;
      if (!within(t, map.containerPointToLatLng([p.x, p.y]))) { return null; }
      var xs = [l, p.x - w / 4, p.x, p.x + w / 4, r], ys = [top, p.y, bt], foreign = [];
      xs.forEach(function (x) {
        ys.forEach(function (y) {
          if (x === p.x && y === p.y) { return; }
          var ll = map.containerPointToLatLng([x, y]);
          if (within(t, ll)) { return; }
          var codes = unitsAround(ll).filter(function (code) { return onUnit(code, ll); });
          if (codes.length) { foreign.push(codes); }
        });
      });
      return foreign;
    }

    function standsOn(land) {
      if (land === null) { return false; }
      var held = ownersOf();
      return land.every(function (codes) { return !codes.some(function (code) { return code in held; }); });
    }

    // The places tried for a name of this width for these units (places()) whose box is whole on the map, in the
    // order they are tried: {at, box, centre, land}, land what lies under the box (landOf), found the first time a
    // day needs it. Every state of a scrub asks again for the same names, so they are kept while the view stays
    // the same; a day then only tests the boxes against the boxes already taken, and the land against the units
    // held that day.
    var sitesKept = dict();
    function sites(t, point, grid, w) {
      var key = t.units.join(",") + "|" + w + "|" + (grid ? "grid" : "point");
      if (key in sitesKept) { return sitesKept[key]; }
      var size = map.getSize(), h = HEIGHT_PX, out = [];
      places(t, point, grid).forEach(function (at) {
        var p = map.latLngToContainerPoint([at[0], at[1]]);
        var box = [p.x - w / 2 - GAP_PX, p.y - h / 2 - GAP_PX, p.x + w / 2 + GAP_PX, p.y + h / 2 + GAP_PX];
        if (box[0] + GAP_PX < 0 || box[2] - GAP_PX > size.x || box[1] + GAP_PX < 0 || box[3] - GAP_PX > size.y) { return; }
        out.push({at: at, box: box, centre: p, land: undefined});
      });
      sitesKept[key] = out;
      return out;
    }
    map.on("zoomend moveend resize", function () { sitesKept = dict(); grids = dict(); });

    // given: the boxes to keep clear of, when the caller has them (controller.js); else the page is asked
    function apply(given) {
      var boxes = given ? given.slice() : obstacles(), want = dict(), h = HEIGHT_PX;
      function clear(box) {  // the box meets none of the boxes taken (markers, controls, names placed)
        for (var i = 0; i < boxes.length; i++) {
          var b = boxes[i];
          if (box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3]) { return false; }
        }
        return true;
      }
      placed = [];
      candidates().forEach(function (c) {
        var site = null, w = 0;
        // the name where it fits, else its abbreviation ("Bang."), else nothing
        [c.name, c.short].forEach(function (text) {
          if (site || !text) { return; }
          w = textWidth(text);
          var list = sites(c.t, c.point, c.rank < 3, w);
          for (var i = 0; i < list.length && !site; i++) {
            var one = list[i];
            if (!clear(one.box)) { continue; }
            if (one.land === undefined) { one.land = landOf(c.t, one.centre, w, h); }
            if (standsOn(one.land)) { site = one; c.name = text; }
          }
        });
        if (!site) { return; }
        boxes.push(site.box);
        var m = marker(c.t, site.at, c.name), was = m.getLatLng();
        if (was.lat !== site.at[0] || was.lng !== site.at[1]) { m.setLatLng([site.at[0], site.at[1]]); }
        want[L.stamp(m)] = m;
        var p = site.centre;
        placed.push({id: c.t.id, name: c.name, rank: c.rank, box: [p.x - w / 2, p.y - h / 2, p.x + w / 2, p.y + h / 2]});
      });
      // a name not placed today is hidden, not taken off the map: written again on another day, it only shows
      group.eachLayer(function (m) {
        var node = m.getElement(), display = want[L.stamp(m)] ? "" : "none";
        if (node && node.style.display !== display) { node.style.display = display; }
      });
      Object.keys(want).forEach(function (k) { if (!group.hasLayer(want[k])) { group.addLayer(want[k]); } });
    }

    var pending = null;  // placed once, after a move (the edge markers have taken their places, edges.js)
    function later(ms) {  // or after the day's markers changed: not on the scrub's frame, once it pauses
      if (pending === null) { pending = setTimeout(function () { pending = null; apply(); }, ms || 0); }
    }
    map.on("zoomend moveend resize", function () { later(0); });  // (a timer: apply() with no boxes given)

    // Which territory's land is at a point: asked for every corner of every name tried, so the units are
    // found through a grid of 5-degree cells (the units whose box meets the cell), not by trying them all.
    var CELL_DEG = 5, cells = null;
    function cellOf(lat, lng) { return Math.floor(lat / CELL_DEG) + ":" + Math.floor(lng / CELL_DEG); }
    function unitsAround(latlng) {
      if (cells === null) {
        cells = dict();
        shapes.unitCodes().forEach(function (code) {
          var b = shapes.unitLayer(code).getBounds();
          for (var y = Math.floor(b.getSouth() / CELL_DEG); y <= Math.floor(b.getNorth() / CELL_DEG); y++) {
            for (var x = Math.floor(b.getWest() / CELL_DEG); x <= Math.floor(b.getEast() / CELL_DEG); x++) {
              (cells[y + ":" + x] = cells[y + ":" + x] || []).push(code);
            }
          }
        });
      }
      return cells[cellOf(latlng.lat, latlng.lng)] || [];
    }

    function ownersOf() { return util.holders(current.territories).units; }  // unit -> the first territory holding it

    function territoryAt(latlng) {  // the territory of the day whose land is at a point, or null (the sea)
      var owners = ownersOf(), best = -1;
      unitsAround(latlng).forEach(function (code) {
        var i = code in owners ? owners[code] : -1;
        if (i >= 0 && (best < 0 || i < best) && onUnit(code, latlng)) { best = i; }
      });
      return best < 0 ? null : current.territories[best].id;
    }

    function reset() {  // the data changed: the names are written anew with the next state
      group.clearLayers();
      cells = null;  // the shapes may be new
      edges = dict();
      sitesKept = dict();
      grids = dict();
      widths = dict();  // the names may be in another language
      made = dict();
      placed = [];
    }

    return {apply: apply, later: later, reset: reset, shown: function () { return placed.slice(); }, layer: group, shapes: shapes,
            territoryAt: function (lat, lng) { return territoryAt(L.latLng(lat, lng)); }};
  };
})();
