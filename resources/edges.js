/*
 * Partners off the map (window.atlasModules.edges): every partner Pakistan has a recorded relation
 * with on the day, whose name point (cfg.unitPoints) is outside the view, gets a marker on the
 * map's edge in its direction: the partner's name of the day and its status, in the status colour
 * (with the status pattern's ink as its border for the patterned ones), an arrow pointing out.
 * Clicking it (or Enter on it) pans the map there. Markers on one edge are pushed apart so they
 * never overlap. On a small map (narrower than COMPACT_WIDTH) a marker is compact: smaller type,
 * the name and the status on two lines, both whole. Text only (textContent); the colours come from
 * the page data.
 */
(function () {
  "use strict";
  var modules = window.atlasModules = window.atlasModules || {};
  var util = modules.util, dict = util.dict;
  var INSET = 6, COMPACT_WIDTH = 700, ARROWS = {left: "\u25C0", right: "\u25B6", top: "\u25B2", bottom: "\u25BC"};

  // ctx: {map, cfg, current: {territories, relations}, shapes, legendKey}
  modules.edges = function (ctx) {
    var map = ctx.map, cfg = ctx.cfg, current = ctx.current, shapes = ctx.shapes;
    var SHOWN_SHARE = 0.03;  // a partner drawn over this share of the view is on the map: no marker
    var box = util.el("div", "atlas-edges");
    map.getContainer().appendChild(box);
    var nodes = dict();  // partner -> element
    var shownNow = [];

    function territoryOf(partner) {  // partner (a territory's id or one of its units) -> the first territory
      var first = util.holders(current.territories).partners;
      return partner in first ? current.territories[first[partner]] : null;
    }

    function target(r) {  // the partner's territory of the day and the point its name stands at
      var terr = territoryOf(r.partner);
      var best = null, largest = null;
      (terr ? terr.units : [r.partner]).forEach(function (code) {
        var p = (cfg.unitPoints || {})[code];
        if (p && (!best || p[2] > best[2])) { best = p; largest = code; }
      });
      return best ? {t: terr, point: best, unit: largest, name: terr ? shapes.nameOf(terr) : r.partner} : null;
    }

    function drawnArea(layer) {  // pixels of the unit drawn now: its rings as Leaflet clipped them to the view
      if (!layer) { return 0; }
      if (layer._atlasAreaOf === layer._parts) { return layer._atlasArea; }  // kept until clipped again
      var area = 0;
      (layer._parts || []).forEach(function (ring) {
        for (var i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          area += (ring[j].x + ring[i].x) * (ring[j].y - ring[i].y) / 2;
        }
      });
      layer._atlasAreaOf = layer._parts;
      layer._atlasArea = Math.abs(area);
      return layer._atlasArea;
    }

    function onMap(found, bounds, size) {  // its name point is in view, or much of its largest unit is drawn
      if (bounds.contains([found.point[0], found.point[1]])) { return true; }
      return drawnArea(shapes.unitLayer(found.unit)) >= SHOWN_SHARE * size.x * size.y;
    }

    function node(partner) {
      if (nodes[partner]) { return nodes[partner]; }
      var n = util.el("button", "atlas-edge");
      n.type = "button";
      n.setAttribute("data-partner", partner);
      n.appendChild(util.el("span", "atlas-edge-arrow"));
      n.appendChild(util.el("span", "atlas-edge-name"));
      n.appendChild(util.el("span", "atlas-edge-status"));
      L.DomEvent.disableClickPropagation(n);
      L.DomEvent.on(n, "click", function () {
        var p = n.atlasPoint;
        if (p) { map.panTo([p[0], p[1]]); }
      });
      box.appendChild(n);
      nodes[partner] = n;
      return n;
    }

    function side(dx, dy, w, h) {  // where the ray from the centre leaves the view, and on which edge
      var sx = dx ? (w / 2 - INSET) / Math.abs(dx) : Infinity, sy = dy ? (h / 2 - INSET) / Math.abs(dy) : Infinity;
      var s = Math.min(sx, sy);
      return {x: w / 2 + dx * s, y: h / 2 + dy * s, edge: sx < sy ? (dx < 0 ? "left" : "right") : (dy < 0 ? "top" : "bottom")};
    }

    // The boxes the page had laid out, kept so that a day's change need not make the page lay itself out before
    // its frame does (about a millisecond after each frame, whatever changed): a marker's size for its words,
    // colours and edge; the controls' boxes while their key is the same (the legend's rows, lines and fold,
    // ctx.legendKey from legend.js; the controls' classes; the map's size); the date's box moved by the width of
    // its new text, measured on a canvas in the date's own font. All are read again once the page's fonts load.
    var sizes = dict(), controls = {key: null, boxes: []}, date = null, usedBoxes = [];

    function controlBoxes(size) {
      var container = map.getContainer(), frame = null;
      var found = container.querySelectorAll(".leaflet-control"), key = [size.x, size.y, ctx.legendKey ? ctx.legendKey() : ""];
      Array.prototype.forEach.call(found, function (c) { key.push(c.className); });
      key = key.join("|");
      function boxOf(c) {
        frame = frame || container.getBoundingClientRect();
        var r = c.getBoundingClientRect();
        return r.width && c.offsetParent !== null ? [r.left - frame.left, r.top - frame.top, r.right - frame.left, r.bottom - frame.top] : null;
      }
      if (controls.key !== key) {
        controls = {key: key, boxes: Array.prototype.map.call(found, boxOf).filter(Boolean)};
      }
      var out = controls.boxes.slice(), node = container.querySelector(".atlas-date"), text = node ? node.textContent : "";
      if (!text) { return out; }
      if (!date || date.width !== size.x) {  // read once for the map's width (and again after a change of data)
        var cs = getComputedStyle(node), box = boxOf(node);
        if (!box) { return out; }
        date = {width: size.x, box: box, font: cs.fontWeight + " " + cs.fontSize + " " + cs.fontFamily, text: text};
        date.textWidth = util.textWidth(text, date.font);
      }
      var grow = text === date.text ? 0 : util.textWidth(text, date.font) - date.textWidth, b = date.box;
      out.push([b[0] - grow / 2 - 1, b[1], b[2] + grow / 2 + 1, b[3]]);  // centred: it grows both ways
      return out;
    }

    function forget() { sizes = dict(); controls = {key: null, boxes: []}; date = null; }
    if (document.fonts && document.fonts.addEventListener) { document.fonts.addEventListener("loadingdone", forget); }


    // Returns the boxes (in the map's pixels) of the map's controls, its date and the markers placed: the names
    // keep clear of them without asking the page for its layout again (labels.js).
    function apply() {
      var size = map.getSize(), bounds = map.getBounds(), used = dict(), placedBoxes = [], taken = [];
      shownNow = [];
      box.classList.toggle("atlas-edges-compact", size.x < COMPACT_WIDTH);
      // three passes, so the page lays itself out at most once, not once for each marker: each marker's words and
      // colours (written only where they changed), then every marker's size and the controls' boxes, then the places
      var shown = [];
      current.relations.forEach(function (r) {
        var found = target(r), n = nodes[r.partner];
        var inView = found && onMap(found, bounds, size);
        if (!found || inView) { if (n) { n.style.display = "none"; } return; }
        n = node(r.partner);
        var p = map.latLngToContainerPoint([found.point[0], found.point[1]]);
        var at = side(p.x - size.x / 2, p.y - size.y / 2, size.x, size.y);
        var colour = util.safeColour(cfg.colours.status[r.status], "#ffffff");
        n.atlasPoint = found.point;
        n.style.display = "";
        write(n, r, found.name, at.edge, colour);
        used[r.partner] = true;
        shown.push({n: n, at: at});
        shownNow.push({partner: r.partner, name: found.name, status: r.status, colour: colour, edge: at.edge});
      });
      Object.keys(nodes).forEach(function (k) { if (!used[k]) { nodes[k].style.display = "none"; } });
      // the boxes of the controls and the date, and the markers' sizes: as kept, else read (one layout)
      var compact = size.x < COMPACT_WIDTH ? "|compact" : "";
      if (shown.some(function (one) { return !(one.n.atlasKey + compact in sizes); })) {
        shown.forEach(function (one) { sizes[one.n.atlasKey + compact] = [one.n.offsetWidth || 90, one.n.offsetHeight || 20]; });
      }
      shown.forEach(function (one) { var wh = sizes[one.n.atlasKey + compact]; one.w = wh[0]; one.h = wh[1]; });
      usedBoxes = controlBoxes(size);
      usedBoxes.forEach(function (b) {  // the map's controls and date stay uncovered
        taken.push(b);
        placedBoxes.push([b[0] - 2, b[1] - 2, b[2] + 2, b[3] + 2]);
      });
      shown.forEach(function (one) {
        var at = one.at, w = one.w, h = one.h;
        var x = Math.max(INSET, Math.min(size.x - w - INSET, at.x - (at.edge === "right" ? w : at.edge === "left" ? 0 : w / 2)));
        var y = Math.max(INSET, Math.min(size.y - h - INSET, at.y - (at.edge === "bottom" ? h : at.edge === "top" ? 0 : h / 2)));
        for (var tries = 0; tries < 40 && placedBoxes.some(function (b) {  // push apart along the edge
          return x < b[2] && b[0] < x + w && y < b[3] && b[1] < y + h; }); tries++) {
          if (at.edge === "left" || at.edge === "right") { y = Math.min(size.y - h - INSET, y + 8); }
          else { x = Math.min(size.x - w - INSET, x + 8); }
        }
        placedBoxes.push([x, y, x + w, y + h]);
        taken.push([Math.round(x), Math.round(y), Math.round(x) + w, Math.round(y) + h]);
        one.n.style.left = Math.round(x) + "px";
        one.n.style.top = Math.round(y) + "px";
      });
      return taken;
    }

    function write(n, r, name, edge, colour) {  // a marker's words and colours, if they changed
      var key = [r.status, name, edge, colour].join("|");
      if (n.atlasKey === key) { return; }
      n.atlasKey = key;
      var ink = (cfg.statusPatterns || {})[r.status];
      var status = cfg.statusLabels[r.status] || r.status;
      n.className = "atlas-edge atlas-edge-" + edge;
      n.style.background = colour;
      n.style.borderColor = ink ? util.safeColour(ink.color, "#333333") : "rgba(0,0,0,0.45)";
      n.style.borderStyle = ink ? "dashed" : "solid";
      n.querySelector(".atlas-edge-arrow").textContent = ARROWS[edge];
      n.querySelector(".atlas-edge-name").textContent = name;
      n.querySelector(".atlas-edge-status").textContent = status;
      n.setAttribute("data-status", r.status);
      var title = util.words((cfg.words || {}).off_screen || "{name} (off the map): {status}", {name: name, status: status});
      n.title = title;
      n.setAttribute("aria-label", title);
    }

    var pending = null;  // after a move, once the shapes are clipped to the new view (the renderer's own moveend)
    map.on("moveend zoomend resize", function () {
      if (pending === null) { pending = setTimeout(function () { pending = null; apply(); }, 0); }
    });

    function reset() {  // the data changed: the markers are made anew with the next state
      box.textContent = "";
      nodes = dict();
      shownNow = [];
      forget();  // another language or contrast
    }

    return {apply: apply, reset: reset, shown: function () { return shownNow.slice(); },
            controlBoxes: function () { return usedBoxes.slice(); },  // as the last day used them (for tests)
            element: function (partner) { return nodes[partner] || null; }};
  };
})();
