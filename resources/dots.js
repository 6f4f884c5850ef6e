/*
 * The dense events layer (window.atlasModules.dots): with many events on the map, every event is
 * drawn as a circle (a small burst for a strike) on one canvas of its own, in one pass per frame,
 * with no Leaflet layer per event; thinned by zoom: one circle per cell of DOT_CELL screen
 * pixels, one burst per cell of BURST_CELL pixels, so a strike never gives way to another kind
 * of event. The canvas lets the mouse through; the page finds the event under it in its grid of
 * cells and shows one shared tooltip.
 *
 * DotLayer is an L.Layer: it lives in its own pane over every shape, and covers only the events
 * it draws (within the view and a margin): the browser's work for a changed canvas grows with its
 * size, and the events of a day often fill a small part of the map.
 */
(function () {
  "use strict";
  var modules = window.atlasModules = window.atlasModules || {};
  var util = modules.util, dict = util.dict;
  var DOT_CELL = 8, DOT_RADIUS = 4.5, BURST_CELL = 14, BURST_RADIUS = 8;

  function project(map, rec, z) {  // the event's pixel at zoom z, kept on its handle
    if (rec.pz !== z) {
      var p = map.project(rec.latlng, z);
      rec.px = p.x; rec.py = p.y; rec.pz = z;
    }
  }

  function cellKey(rec) {
    var size = rec.strike ? BURST_CELL : DOT_CELL;
    return (rec.strike ? "s" : "") + Math.floor(rec.px / size) + "," + Math.floor(rec.py / size);
  }

  // Each event is a copy of a small picture drawn once per look (a blit, not a path to fill).
  function sprites(cfg, opacityOf) {
    var made = dict(), colours = cfg.colours, safe = util.safeColour;
    return function (rec, ratio) {
      var colour = safe(rec.strike ? colours.category.strike : rec.colour, colours.otherCategory);
      var alpha = Math.round(opacityOf(rec) * 20) / 20;  // in steps of 5%: a handful of pictures, not one each
      var key = (rec.strike ? "burst" : rec.vague ? "area" : "dot") + colour + alpha + (rec.possible ? "p" : "") + ratio;
      if (util.has(made, key)) { return made[key]; }
      var radius = rec.strike ? BURST_RADIUS : DOT_RADIUS, half = Math.ceil((radius + 1.5) * ratio);
      var picture = document.createElement("canvas");
      picture.width = picture.height = 2 * half;
      var g = picture.getContext("2d");
      g.setTransform(ratio, 0, 0, ratio, half, half);
      g.beginPath();
      if (rec.strike) {
        g.globalAlpha = alpha;
        for (var i = 0; i < 24; i++) {
          var r = i % 2 ? radius * 0.48 : radius, a = Math.PI * i / 12 - Math.PI / 2;
          g.lineTo(r * Math.cos(a), r * Math.sin(a));
        }
        g.closePath();
        g.fillStyle = colour;
        g.fill();
        g.lineWidth = 1;
        g.strokeStyle = safe(colours.burstStroke);
        g.stroke();
        g.beginPath();
        g.arc(0, 0, radius * 0.26, 0, 2 * Math.PI);
        g.fillStyle = safe(colours.burstCore);
        g.fill();
      } else if (rec.vague) {  // known only to an area: a dashed circle, not a point
        g.globalAlpha = alpha;
        g.setLineDash([2, 2]);
        g.arc(0, 0, radius, 0, 2 * Math.PI);
        g.lineWidth = 1.5;
        g.strokeStyle = colour;
        g.stroke();
      } else {
        g.globalAlpha = alpha;
        g.arc(0, 0, radius, 0, 2 * Math.PI);
        g.fillStyle = colour;
        g.fill();
        g.lineWidth = 1.2;
        if (rec.possible) { g.setLineDash([2, 1.5]); }  // only possibly on the map that day: a dashed ring
        g.strokeStyle = safe(colours.dotStroke);
        g.stroke();
      }
      made[key] = picture;
      return picture;
    };
  }

  var DotLayer = util.CanvasLayer.extend({
    options: {pane: "atlas-dots", className: "atlas-dots-canvas", hidden: true, padding: 0.1, step: 64, sprite: null},

    initialize: function (options) { L.setOptions(this, options); this._items = []; this._frame = null; },

    items: function () { return this._items; },

    setItems: function (items) {
      this._items = items;
      this.redraw();
    },

    _draw: function () {
      this._frame = null;
      var map = this._map;
      if (!map) { return; }
      var z = map.getZoom(), origin = map.getPixelOrigin(), shownGroups = dict();
      var dots = [], bursts = [], x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      this._items.forEach(function (rec) {
        var key = rec.group ? L.Util.stamp(rec.group) : 0;
        if (!util.has(shownGroups, key)) { shownGroups[key] = !!rec.group && map.hasLayer(rec.group); }
        if (!shownGroups[key]) { return; }  // its category is switched off in the layer control
        project(map, rec, z);
        var x = rec.px - origin.x, y = rec.py - origin.y;  // layer pixels
        x0 = Math.min(x0, x); x1 = Math.max(x1, x);
        y0 = Math.min(y0, y); y1 = Math.max(y1, y);
        (rec.strike ? bursts : dots).push(rec);
      });
      var size = map.getSize(), pad = size.multiplyBy(this.options.padding).round();
      var view = L.bounds(map.containerPointToLayerPoint(pad.multiplyBy(-1)),
                          map.containerPointToLayerPoint(size.add(pad)));
      var margin = BURST_RADIUS + 2, step = this.options.step;
      x0 = Math.max(x0 - margin, view.min.x); y0 = Math.max(y0 - margin, view.min.y);
      x1 = Math.min(x1 + margin, view.max.x); y1 = Math.min(y1 + margin, view.max.y);
      var canvas = this._canvas;
      if (!(x1 > x0 && y1 > y0)) {
        canvas.style.display = "none";
        return;
      }
      // whole steps of the layer's pixels, so that a canvas moves and grows only now and then
      var left = Math.floor(x0 / step) * step, top = Math.floor(y0 / step) * step;
      var width = Math.ceil(x1 / step) * step - left, height = Math.ceil(y1 / step) * step - top;
      var ratio = window.devicePixelRatio || 1, ctx = this._ctx;
      if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
        canvas.width = Math.round(width * ratio);  // (a new size also clears it)
        canvas.height = Math.round(height * ratio);
        canvas.style.width = width + "px";
        canvas.style.height = height + "px";
      } else {
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.clearRect(0, 0, canvas.width, canvas.height);
      }
      L.DomUtil.setPosition(canvas, L.point(left, top));
      canvas.style.display = "";
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      var dx = -(origin.x + left) * ratio, dy = -(origin.y + top) * ratio, sprite = this.options.sprite;
      dots.concat(bursts).forEach(function (rec) {
        var picture = sprite(rec, ratio);
        ctx.drawImage(picture, Math.round(rec.px * ratio + dx - picture.width / 2),
                      Math.round(rec.py * ratio + dy - picture.height / 2));
      });
    },
  });

  // ctx: {map, cfg, tooltip(data) -> node, click(rec), drawn(rec) -> bool: the event is on the canvas now,
  //      opacity(rec) -> how strongly the event is drawn (past, faded, only possible)}
  modules.dots = function (ctx) {
    var map = ctx.map, cells = dict(), cellZoom = null, hoverRec = null, hoverTip = null;
    var pane = map.createPane("atlas-dots");
    pane.style.zIndex = 590;  // over every shape, under the DOM markers (600)
    pane.style.pointerEvents = "none";
    var layer = new DotLayer({sprite: sprites(ctx.cfg, ctx.opacity)}).addTo(map);

    // lists of handles, the first kept first: one per cell at this zoom; returns those kept
    function thin(lists) {
      var z = map.getZoom(), kept = [];
      cells = dict();
      lists.forEach(function (list) {
        list.forEach(function (rec) {
          project(map, rec, z);
          var key = cellKey(rec);
          if (util.has(cells, key)) { return; }
          cells[key] = rec;
          kept.push(rec);
        });
      });
      cellZoom = z;
      return kept;
    }

    function clear() { cells = dict(); cellZoom = null; }

    function at(latlng) {  // the event drawn under a point, if any (a burst is drawn over the circles)
      if (cellZoom === null) { return null; }
      var p = map.project(latlng, cellZoom), best = null, bestD = Infinity;
      [["s", BURST_CELL, BURST_RADIUS], ["", DOT_CELL, DOT_RADIUS + 2]].forEach(function (grid) {
        if (best) { return; }
        var cx = Math.floor(p.x / grid[1]), cy = Math.floor(p.y / grid[1]), reach = Math.ceil(grid[2] / grid[1]);
        for (var dx = -reach; dx <= reach; dx++) {
          for (var dy = -reach; dy <= reach; dy++) {
            var rec = cells[grid[0] + (cx + dx) + "," + (cy + dy)];
            if (rec && ctx.drawn(rec) && rec.group && map.hasLayer(rec.group)) {
              var d = (rec.px - p.x) * (rec.px - p.x) + (rec.py - p.y) * (rec.py - p.y);
              if (d <= grid[2] * grid[2] && d < bestD) { best = rec; bestD = d; }
            }
          }
        }
      });
      return best;
    }

    function hover(rec) {  // the tooltip of the event under the mouse (one tooltip for them all)
      if (rec === hoverRec) { return; }
      hoverRec = rec;
      map.getContainer().classList.toggle("atlas-over-dot", !!rec);
      if (!rec) {
        if (hoverTip) { map.closeTooltip(hoverTip); }
        return;
      }
      hoverTip = hoverTip || L.tooltip({direction: "top", className: "atlas-tip"});
      hoverTip.options.offset = L.point(0, rec.strike ? -8 : -5);
      hoverTip.setContent(ctx.tooltip(rec.data));
      map.openTooltip(hoverTip, rec.latlng);
    }

    map.on("mousemove", function (ev) { hover(at(ev.latlng)); });
    map.on("mouseout zoomstart", function () { hover(null); });
    map.on("click", function (ev) {
      var rec = at(ev.latlng);
      if (rec) { ctx.click(rec); }
    });

    return {layer: layer, thin: thin, clear: clear, hover: hover,
            hovered: function () { return hoverRec; }};
  };
})();
