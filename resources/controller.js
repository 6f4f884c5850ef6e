/*
 * The map page's controller: window.atlas.
 *
 * The page (viewer/mappage.py) builds every layer once; this script keeps
 * handles on them and, for each date, restyles them in place:
 *
 *   atlas.apply(delta)   delta = the sections of the atlas state that changed:
 *                        {date, territories, relations, alliances, events, regions}
 *                        (each one complete when present). Instead of the whole
 *                        events list, a delta may carry only what changed in it:
 *                        eventChanges = {reset: bool, put: [...], drop: [id...]},
 *                        each put item [id, recent] (an event the page was built
 *                        with) or a whole event record. Returns apply time in ms.
 *   atlas.select(id)     highlight one event marker (null clears).
 *   atlas.shownState()   what the page shows now, read back from the layers.
 *
 * Timing: apply() measures itself with performance.now(); in the next
 * requestAnimationFrame callback (after Leaflet's canvas redraw, which is
 * scheduled the same way) it reports {date, apply_ms} to Qt through
 * QWebChannel: bridge.statePainted(json). A click on a marker calls
 * bridge.eventClicked(id).
 *
 * Markers: with few events on the map (up to cfg.denseEvents, 300) each is a
 * DOM marker (a dot, or a burst for a strike; markers at one spot fan out).
 * With more, the page draws them all on one canvas of its own in a single pass
 * per frame (circles, and small bursts above them for strikes; no Leaflet
 * layer per event) and thins them by zoom: one circle per cell of DOT_CELL
 * screen pixels, and one burst per cell of BURST_CELL pixels, so a strike never
 * gives way to another kind of event. The selected event stays a DOM marker,
 * never thinned out. The canvas lets the mouse through; the page finds the
 * event under it in its grid of cells and shows one shared tooltip. Marker
 * handles are made when an event comes on the map and dropped when it leaves,
 * so a page built with 100,000 events starts as fast as one with a hundred
 * and holds only what it shows.
 *
 * Text from the data is only ever put into the page with textContent or
 * setAttribute; the only markup inserted is static (icons, the legend the
 * page builder escaped).
 */
(function () {
  "use strict";

  var atlas = {};
  var map = null, cfg = null, layerControl = null;
  var bridge = null, outbox = [];

  var units = {};          // ADM0_A3 -> Leaflet polygon layer
  var unitNames = {};      // ADM0_A3 -> name
  var outlines = {};       // polity key -> outline layer
  var regions = {};        // admin-1 id -> layer
  var alliances = {};      // alliance id -> {group, style, name, members: {shape key: layer},
                           //                shown: {shape key: true}, codes: {member code: shape key}}
  var markers = {};        // event id -> {marker, data, group, recent, offset, strike, colour, latlng, px, py, pz}
                           // (made when first needed; marker: its DOM marker; px, py: its pixel at zoom pz)
  var eventRows = {};      // event id -> its row in cfg.events (the events the page was built with)
  var eventFields = null;  // the names of a row's columns
  var onMap = {};          // event id -> the layer showing it now: its DOM marker, or ON_CANVAS
  var dense = false;       // more than cfg.denseEvents events on the map: circles on a canvas, thinned
  var ON_CANVAS = {};      // onMap's value for an event drawn on the events canvas
  var dotLayer = null, dotCells = {}, dotCellZoom = null, hoverDot = null, hoverTip = null;
  var DENSE_EVENTS = 300, DOT_CELL = 8, DOT_RADIUS = 4.5, BURST_CELL = 14, BURST_RADIUS = 8;
  var extraAlliances = 0;

  var current = {date: null, territories: [], relations: [], alliances: [], regions: []};
  var wanted = {};         // event id -> recent, for every event of the current state
  var territoryOf = {};    // unit -> territory object
  var relationOf = {};     // territory id -> relation (or undefined)
  var unitShown = {};      // unit -> {fill, status, territory, pakistan, borderHidden, key}
  var outlineShown = {};   // key -> "off" | "on" | "pak"
  var regionShown = {};    // id -> true
  var eventShown = {};     // id -> recent (bool)
  var selected = null;
  var dateBox = null;
  var lastApplyMs = null;

  // -- Qt bridge ------------------------------------------------------------

  function send(method, arg) {
    if (bridge && typeof bridge[method] === "function") {
      if (arg === undefined) { bridge[method](); } else { bridge[method](arg); }
    } else {
      outbox.push([method, arg]);
    }
  }

  function connectBridge() {
    if (!(window.qt && window.qt.webChannelTransport && window.QWebChannel)) {
      return;  // a plain browser: the page works, nothing to report to
    }
    new window.QWebChannel(window.qt.webChannelTransport, function (channel) {
      bridge = channel.objects.bridge || null;
      var queued = outbox; outbox = [];
      queued.forEach(function (item) { send(item[0], item[1]); });
      send("pageReady");
    });
  }

  window.addEventListener("error", function (ev) {
    var where = ev.filename ? " (" + ev.filename + ":" + ev.lineno + ")" : "";
    send("pageError", String(ev.message || "script error") + where);
  });

  // -- small DOM helpers (text only) ------------------------------------------

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function escapeText(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c];
    });
  }

  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

  function longDate(iso) {
    if (!iso) { return ""; }
    var p = String(iso).split("-");
    if (p.length !== 3) { return String(iso); }
    return parseInt(p[2], 10) + " " + (MONTHS[parseInt(p[1], 10) - 1] || p[1]) + " " + p[0];
  }

  // -- building handles ---------------------------------------------------------

  function has(obj, key) { return Object.prototype.hasOwnProperty.call(obj, key); }

  function categoryOf(data) {
    return has(cfg.colours.category, data.category) ? data.category : "other";
  }

  function safeColour(c, fallback) {  // colours come from the page data; anything else is not drawn
    return /^#[0-9a-fA-F]{3,8}$/.test(String(c)) ? String(c) : (fallback || "transparent");
  }

  function burstSvg(colour) {  // the strike icon: a red burst, static markup
    var pts = [], n = 12;
    for (var i = 0; i < n * 2; i++) {
      var r = i % 2 === 0 ? 13 : 6.2, a = Math.PI * i / n - Math.PI / 2;
      pts.push((r * Math.cos(a)).toFixed(2) + "," + (r * Math.sin(a)).toFixed(2));
    }
    return '<svg class="atlas-burst" viewBox="-14 -14 28 28" width="32" height="32" aria-hidden="true">' +
      '<polygon points="' + pts.join(" ") + '" fill="' + safeColour(colour, cfg.colours.otherCategory) +
      '" stroke="' + safeColour(cfg.colours.burstStroke) + '" stroke-width="1.3" stroke-linejoin="round"/>' +
      '<circle r="3.4" fill="' + safeColour(cfg.colours.burstCore) + '" stroke="' +
      safeColour(cfg.colours.burstStroke) + '" stroke-width="0.8"/></svg>';
  }
  var burstMarkup = null;

  function unitTooltip(code) {
    var s = unitShown[code] || {};
    var t = territoryOf[code];
    var box = el("div", "atlas-tip-body");
    box.appendChild(el("div", "atlas-tip-title", unitNames[code] || code));
    if (t && t.units.length > 1 && t.name) {
      box.appendChild(el("div", "atlas-tip-line", "part of " + t.name));
    }
    if (s.pakistan) {
      // Pakistan itself: nothing more to say
    } else if (s.status) {
      var rel = t ? relationOf[t.id] : null;
      box.appendChild(el("div", "atlas-tip-status", (cfg.statusLabels[s.status] || s.status) +
        (rel && rel.since ? " since " + longDate(rel.since) : "")));
      if (rel && rel.reason) { box.appendChild(el("div", "atlas-tip-line", rel.reason)); }
    } else {
      box.appendChild(el("div", "atlas-tip-line", "no recorded relation"));
    }
    return box;
  }

  function eventTooltip(data) {
    var box = el("div", "atlas-tip-body");
    box.appendChild(el("div", "atlas-tip-title", data.title));
    var when = longDate(data.start) + (data.end && data.end !== data.start ? " \u2013 " + longDate(data.end) : "");
    box.appendChild(el("div", "atlas-tip-line", when));
    if (data.place) { box.appendChild(el("div", "atlas-tip-line", data.place)); }
    var cat = categoryOf(data);
    box.appendChild(el("div", "atlas-tip-cat", cfg.categoryLabels[cat] || data.category || ""));
    return box;
  }

  function decorateMarker(rec) {
    var node = rec.marker.getElement();
    if (!node) { return; }
    node.setAttribute("data-event-id", rec.data.id);
    node.setAttribute("aria-label", rec.data.title);
    node.classList.toggle("atlas-ev-recent", !!rec.recent);
    node.classList.toggle("atlas-ev-selected", selected === rec.data.id);
    node.style.setProperty("--dx", (rec.offset ? rec.offset[0] : 0) + "px");
    node.style.setProperty("--dy", (rec.offset ? rec.offset[1] : 0) + "px");
    var dot = node.querySelector(".atlas-ev-dot");
    if (dot) { dot.style.background = safeColour(rec.colour, cfg.colours.otherCategory); }
  }

  function eventData(id) {  // an event the page was built with, as an object
    var row = has(eventRows, id) ? eventRows[id] : null;
    if (!row) { return null; }
    var data = {};
    eventFields.forEach(function (name, i) { data[name] = row[i]; });
    return data;
  }

  // The handle of an event with a place, made the first time it is needed (no layer yet).
  function record(id, data) {
    if (has(markers, id)) { return markers[id]; }
    var extra = !!data;  // an event the page was not built with: its data lives only here
    data = data || eventData(id);
    if (!data || typeof data.lat !== "number" || typeof data.lon !== "number") { return null; }
    var cat = categoryOf(data);
    var rec = {marker: null, dot: null, data: data, recent: false, offset: null, strike: cat === "strike",
               group: window.atlasLayers["events." + cat] || window.atlasLayers["events.other"] || null,
               colour: cfg.colours.category[cat] || cfg.colours.otherCategory,
               latlng: L.latLng(data.lat, data.lon), pz: null, px: 0, py: 0, extra: extra};
    markers[id] = rec;
    return rec;
  }

  function release(id) {  // an event off the map: its handle goes (it is made again when needed)
    var rec = markers[id];
    if (rec && !rec.extra && id !== selected && !has(onMap, id)) { delete markers[id]; }
  }

  function onMarkerClick(rec) {
    atlas.select(rec.data.id);
    send("eventClicked", rec.data.id);
  }

  function domMarker(rec) {  // the event's DOM marker: a dot, or a burst for a strike
    if (rec.marker) { return rec.marker; }
    var data = rec.data, strike = rec.strike;
    var icon = L.divIcon({
      className: "atlas-ev atlas-ev-" + categoryOf(data),
      html: strike ? (burstMarkup = burstMarkup || burstSvg(cfg.colours.category.strike))
                   : '<span class="atlas-ev-dot"></span>',
      iconSize: strike ? [32, 32] : [14, 14],
    });
    var marker = L.marker(rec.latlng, {icon: icon, keyboard: true, riseOnHover: true,
                                       zIndexOffset: data.id === selected ? 5000 : (strike ? 1000 : 0)});
    marker.bindTooltip(function () { return eventTooltip(data); },
                       {direction: "top", offset: [0, strike ? -14 : -6], className: "atlas-tip"});
    marker.on("add", function () { decorateMarker(rec); });
    marker.on("click", function () { onMarkerClick(rec); });
    rec.marker = marker;
    return marker;
  }

  // The events canvas: every event drawn as a circle (a burst for a strike), redrawn whole in one
  // animation frame when its list or the view changes. It lives in its own pane over every shape
  // and covers only the events it draws (within the view and a margin): the browser's work for a
  // changed canvas grows with its size, and the events of a day often fill a small part of the map.
  var DotLayer = L.Layer.extend({
    options: {pane: "atlas-dots", padding: 0.1, step: 64},

    initialize: function () { this._items = []; this._frame = null; },

    onAdd: function () {
      this._canvas = L.DomUtil.create("canvas", "atlas-dots-canvas leaflet-zoom-hide");
      this._canvas.style.display = "none";
      this.getPane().appendChild(this._canvas);
      this._ctx = this._canvas.getContext("2d");
      this.redraw();
    },

    onRemove: function () {
      if (this._frame) { L.Util.cancelAnimFrame(this._frame); this._frame = null; }
      L.DomUtil.remove(this._canvas);
    },

    getEvents: function () {
      return {viewreset: this.redraw, zoomend: this.redraw, moveend: this.redraw, resize: this.redraw};
    },

    setItems: function (items) {
      this._items = items;
      this.redraw();
    },

    redraw: function () {
      if (this._map && !this._frame) { this._frame = L.Util.requestAnimFrame(this._draw, this); }
      return this;
    },

    _draw: function () {
      this._frame = null;
      var map = this._map;
      if (!map) { return; }
      var z = map.getZoom(), origin = map.getPixelOrigin(), shownGroups = {};
      var dots = [], bursts = [], x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      this._items.forEach(function (rec) {
        var key = rec.group ? L.Util.stamp(rec.group) : 0;
        if (!has(shownGroups, key)) { shownGroups[key] = !!rec.group && map.hasLayer(rec.group); }
        if (!shownGroups[key]) { return; }  // its category is switched off in the layer control
        if (rec.pz !== z) {
          var p = map.project(rec.latlng, z);
          rec.px = p.x; rec.py = p.y; rec.pz = z;
        }
        var x = rec.px - origin.x, y = rec.py - origin.y;  // layer pixels
        if (x < x0) { x0 = x; }
        if (x > x1) { x1 = x; }
        if (y < y0) { y0 = y; }
        if (y > y1) { y1 = y; }
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
      // each event is a copy of a small picture drawn once per look (a blit, not a path to fill)
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      var dx = -(origin.x + left) * ratio, dy = -(origin.y + top) * ratio;
      dots.concat(bursts).forEach(function (rec) {
        var picture = sprite(rec, ratio);
        ctx.drawImage(picture, Math.round(rec.px * ratio + dx - picture.width / 2),
                      Math.round(rec.py * ratio + dy - picture.height / 2));
      });
    },
  });

  var sprites = {};  // look -> a small canvas with one event drawn on it

  function sprite(rec, ratio) {
    var colours = cfg.colours;
    var colour = safeColour(rec.strike ? colours.category.strike : rec.colour, colours.otherCategory);
    var key = (rec.strike ? "burst" : "dot") + colour + (rec.recent ? "r" : "") + ratio;
    if (has(sprites, key)) { return sprites[key]; }
    var radius = rec.strike ? BURST_RADIUS : DOT_RADIUS, half = Math.ceil((radius + 1.5) * ratio);
    var picture = document.createElement("canvas");
    picture.width = picture.height = 2 * half;
    var g = picture.getContext("2d");
    g.setTransform(ratio, 0, 0, ratio, half, half);
    if (rec.strike) {
      var inner = radius * 0.48;
      g.globalAlpha = rec.recent ? cfg.opacity.recentStrike : 1;
      g.beginPath();
      for (var i = 0; i < 24; i++) {
        var r = i % 2 ? inner : radius, a = Math.PI * i / 12 - Math.PI / 2;
        g.lineTo(r * Math.cos(a), r * Math.sin(a));
      }
      g.closePath();
      g.fillStyle = colour;
      g.fill();
      g.lineWidth = 1;
      g.strokeStyle = safeColour(colours.burstStroke);
      g.stroke();
      g.beginPath();
      g.arc(0, 0, radius * 0.26, 0, 2 * Math.PI);
      g.fillStyle = safeColour(colours.burstCore);
      g.fill();
    } else {
      g.globalAlpha = rec.recent ? cfg.opacity.recent : 1;
      g.beginPath();
      g.arc(0, 0, radius, 0, 2 * Math.PI);
      g.fillStyle = colour;
      g.fill();
      g.lineWidth = 1.2;
      g.strokeStyle = safeColour(colours.dotStroke);
      g.stroke();
    }
    sprites[key] = picture;
    return picture;
  }

  function cellKey(rec) {
    var size = rec.strike ? BURST_CELL : DOT_CELL;
    return (rec.strike ? "s" : "") + Math.floor(rec.px / size) + "," + Math.floor(rec.py / size);
  }

  // Many events: the page takes the mouse for the canvases (they let it through to the map).
  function dotAt(latlng) {
    if (!dense || dotCellZoom === null) { return null; }
    var p = map.project(latlng, dotCellZoom), best = null, bestD = Infinity;
    [["s", BURST_CELL, BURST_RADIUS], ["", DOT_CELL, DOT_RADIUS + 2]].forEach(function (grid) {
      if (best) { return; }  // a burst is drawn over the circles
      var cx = Math.floor(p.x / grid[1]), cy = Math.floor(p.y / grid[1]), reach = Math.ceil(grid[2] / grid[1]);
      for (var dx = -reach; dx <= reach; dx++) {
        for (var dy = -reach; dy <= reach; dy++) {
          var rec = dotCells[grid[0] + (cx + dx) + "," + (cy + dy)];
          if (rec && onMap[rec.data.id] === ON_CANVAS && rec.group && map.hasLayer(rec.group)) {
            var d = (rec.px - p.x) * (rec.px - p.x) + (rec.py - p.y) * (rec.py - p.y);
            if (d <= grid[2] * grid[2] && d < bestD) { best = rec; bestD = d; }
          }
        }
      }
    });
    return best;
  }

  function hoverOn(rec) {  // the tooltip of the circle under the mouse (one tooltip for them all)
    if (rec === hoverDot) { return; }
    hoverDot = rec;
    map.getContainer().classList.toggle("atlas-over-dot", !!rec);
    if (!rec) {
      if (hoverTip) { map.closeTooltip(hoverTip); }
      return;
    }
    hoverTip = hoverTip || L.tooltip({direction: "top", className: "atlas-tip"});
    hoverTip.options.offset = L.point(0, rec.strike ? -8 : -5);
    hoverTip.setContent(eventTooltip(rec.data));
    map.openTooltip(hoverTip, rec.latlng);
  }

  function watchDots() {
    var pane = map.createPane("atlas-dots");
    pane.style.zIndex = 590;  // over every shape, under the DOM markers (600)
    pane.style.pointerEvents = "none";
    dotLayer = new DotLayer().addTo(map);
    map.on("mousemove", function (ev) { hoverOn(dotAt(ev.latlng)); });
    map.on("mouseout zoomstart", function () { hoverOn(null); });
    map.on("click", function (ev) {
      var rec = dotAt(ev.latlng);
      if (rec) { onMarkerClick(rec); }
    });
    map.on("zoomend", function () { if (dense) { applyEvents(); } });
    map.on("overlayadd overlayremove", function () { if (dense) { applyEvents(); } });
  }

  function allianceEntry(id, name) {
    if (alliances[id]) { return alliances[id]; }
    var known = cfg.alliances[id];
    var group = window.atlasLayers["alliance." + id];
    var style = known ? known.style : cfg.extraAllianceStyles[extraAlliances++ % cfg.extraAllianceStyles.length];
    if (!group) {  // an alliance the page was not built with: add it now
      group = window.atlasLayers["alliance." + id] = L.featureGroup().addTo(map);
      if (layerControl) { layerControl.addOverlay(group, cfg.allianceLayerLabel.replace("{}", escapeText(id))); }
    }
    alliances[id] = {group: group, style: style, name: known ? known.name : (name || id),
                     members: {}, shown: {}, codes: {}};
    return alliances[id];
  }

  function addLegend() {
    var Legend = L.Control.extend({
      options: {position: "bottomleft"},
      onAdd: function () {
        var box = L.DomUtil.create("div", "atlas-legend leaflet-bar");
        box.innerHTML = cfg.legend;  // static markup built and escaped by the page builder
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        var title = box.querySelector(".atlas-legend-title");
        var toggle = function () {
          var collapsed = box.classList.toggle("atlas-legend-collapsed");
          if (title) { title.setAttribute("aria-expanded", collapsed ? "false" : "true"); }
        };
        if (title) {
          title.addEventListener("click", toggle);
          title.addEventListener("keydown", function (ev) {
            if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); toggle(); }
          });
        }
        if (map.getSize().y < 560) { toggle(); }  // a small map shows the legend folded
        return box;
      },
    });
    new Legend().addTo(map);
    dateBox = el("div", "atlas-date");
    dateBox.setAttribute("aria-live", "polite");
    map.getContainer().appendChild(dateBox);
  }

  atlas.init = function (leafletMap, layers, control, config) {
    map = leafletMap;
    cfg = config;
    layerControl = control || null;
    layers = layers || {};
    window.atlasLayers = layers;

    if (layers.units) {
      layers.units.eachLayer(function (layer) {
        var code = layer.feature.properties.ADM0_A3;
        units[code] = layer;
        unitNames[code] = layer.feature.properties.NAME || code;
        layer.bindTooltip(function () { return unitTooltip(code); },
                          {sticky: true, className: "atlas-tip atlas-tip-unit"});
      });
    }
    if (layers.outlines) {
      layers.outlines.eachLayer(function (layer) { outlines[layer.feature.properties.key] = layer; });
    }
    if (layers.regions) {
      layers.regions.eachLayer(function (layer) { regions[layer.feature.properties.id] = layer; });
    }
    Object.keys(cfg.alliances || {}).forEach(function (id) { allianceEntry(id, cfg.alliances[id].name); });
    var hi = cfg.styles.regionHighlight;
    if (hi.hatch) {
      try { hi.fillColor = hatch(hi.hatch) || hi.fillColor; } catch (err) { /* keep the plain fill */ }
    }
    DENSE_EVENTS = cfg.denseEvents || DENSE_EVENTS;
    var table = cfg.events || {};  // {fields: [...], rows: [[...], ...]}: one row per event
    eventFields = table.fields || [];
    var idAt = eventFields.indexOf("id");
    (table.rows || []).forEach(function (row) { eventRows[row[idAt]] = row; });
    watchDots();
    addLegend();
    restyleUnits();
    watchLayers();
    atlas.ready = true;
    connectBridge();
  };

  // -- applying a state -----------------------------------------------------------

  function restyleUnits() {
    territoryOf = {};
    relationOf = {};
    var byPartner = {};
    current.relations.forEach(function (r) { byPartner[r.partner] = r; });
    current.territories.forEach(function (t) {
      t.units.forEach(function (u) { territoryOf[u] = t; });
      var rel = byPartner[t.id];
      for (var i = 0; !rel && i < t.units.length; i++) { rel = byPartner[t.units[i]]; }
      relationOf[t.id] = rel;
    });
    var pak = territoryOf.PAK || null;
    var base = cfg.styles.unit;
    var front = [];
    Object.keys(units).forEach(function (code) {
      var t = territoryOf[code] || null;
      var rel = t ? relationOf[t.id] : byPartner[code];
      var isPak = !!pak && t === pak;
      var composed = !!t && t.units.length > 1;
      var fill = isPak ? cfg.colours.pakistanFill
        : (rel && cfg.colours.status[rel.status]) || cfg.colours.land;
      var stroke, weight;
      if (composed) {          // no border between the units of one polity: paint the seam in the fill
        stroke = fill; weight = cfg.weights.seam;
      } else if (isPak) {
        stroke = cfg.colours.pakistanStroke; weight = cfg.weights.pakistan;
      } else {
        stroke = base.color; weight = base.weight;
      }
      var key = fill + "|" + stroke + "|" + weight;
      var prev = unitShown[code];
      unitShown[code] = {fill: fill, status: isPak ? "pakistan" : (rel ? rel.status : null),
                         territory: t ? t.id : code, pakistan: isPak, borderHidden: composed, key: key};
      if (!prev || prev.key !== key) {
        units[code].setStyle({fillColor: fill, color: stroke, weight: weight, fillOpacity: 1, opacity: 1,
                              stroke: true, fill: true});
      }
      if (isPak) { front.push(units[code]); }
    });
    var frontKey = front.map(function (layer) { return L.stamp(layer); }).join(",");
    if (frontKey !== pakistanFront.key) {  // Pakistan's border over its neighbours'
      pakistanFront = {key: frontKey, layers: front};
      front.forEach(function (layer) { layer.bringToFront(); });
      restackAbove("units");
    }

    // outlines of composed polities active now
    var active = {};
    current.territories.forEach(function (t) {
      if (t.units.length > 1) { active[t.key] = t; }
    });
    Object.keys(outlines).forEach(function (key) {
      var t = active[key];
      var show = !!t;
      var isPak = show && t.units.indexOf("PAK") >= 0;
      var want = show ? (isPak ? "pak" : "on") : "off";
      if ((outlineShown[key] || "off") === want) { return; }
      outlineShown[key] = want;
      if (!show) {
        outlines[key].setStyle({stroke: false});
      } else {
        outlines[key].setStyle({stroke: true, color: isPak ? cfg.colours.pakistanStroke : cfg.styles.outline.color,
                                weight: isPak ? cfg.weights.pakistanOutline : cfg.styles.outline.weight, opacity: 1});
        if (isPak) { outlines[key].bringToFront(); restackAbove("outlines"); }
      }
    });
  }

  // What outlines an alliance member: its whole territory on the day (East and West
  // Pakistan together before 1971), as one shape where the polity has an outline.
  function memberShape(code) {
    var t = territoryOf[code];
    if (t && t.units.length > 1) {
      if (outlines[t.key]) { return {key: "polity:" + t.key, feature: outlines[t.key].feature}; }
    }
    return units[code] ? {key: "unit:" + code, feature: units[code].feature} : null;
  }

  // On one canvas (window.atlasVectors) shapes are drawn in the order they were added or
  // brought to front, and the groups go units, outlines, regions, alliances, disputed lines
  // (with SVG, in the PDF export, their panes keep that order). After a shape is brought to
  // the front of its group, the groups above it are put back on top.
  var STACK = ["units", "outlines", "regions", "alliances", "disputed"];
  var pakistanFront = {key: null, layers: []};

  function restackAbove(name) {
    var layers = window.atlasLayers || {};
    if (!layers.units || !onSharedCanvas(layers.units)) { return; }
    STACK.slice(STACK.indexOf(name) + 1).forEach(function (above) {
      if (above === "alliances") {
        Object.keys(alliances).forEach(function (id) { alliances[id].group.bringToFront(); });
      } else if (layers[above]) {
        layers[above].bringToFront();
      }
    });
  }

  // Put every shape back in its place: after the export moved them to SVG, or after a group
  // switched back on in the layer control came back at the top of the canvas.
  atlas.restack = function () {
    var layers = window.atlasLayers || {};
    if (layers.units && onSharedCanvas(layers.units)) { layers.units.bringToFront(); }
    pakistanFront.layers.forEach(function (layer) { layer.bringToFront(); });
    if (layers.outlines && onSharedCanvas(layers.outlines)) { layers.outlines.bringToFront(); }
    Object.keys(outlines).forEach(function (key) {
      if (outlineShown[key] === "pak") { outlines[key].bringToFront(); }
    });
    restackAbove("outlines");
  };

  function onSharedCanvas(group) {  // true when the group's shapes are drawn on the shared canvas
    var first = group.getLayers()[0];
    return !!(first && first.options.renderer && first.options.renderer === window.atlasVectors);
  }

  function applyAlliances() {
    var want = {}, added = false;
    current.alliances.forEach(function (a) {
      var entry = allianceEntry(a.id, a.name);
      var keys = want[a.id] = {};
      entry.codes = {};
      (a.members || []).forEach(function (code) {
        var shape = memberShape(code);
        if (!shape) { return; }
        entry.codes[code] = shape.key;
        keys[shape.key] = true;
        if (entry.shown[shape.key]) { return; }
        var layer = entry.members[shape.key];
        if (!layer) {
          layer = L.geoJSON(shape.feature, {pane: "atlas-alliances", renderer: window.atlasVectors, interactive: false,
            style: function () {
              return {stroke: true, fill: false, color: entry.style.color, weight: entry.style.weight,
                      dashArray: entry.style.dashArray, opacity: entry.style.opacity, lineCap: "butt"};
            }});
          entry.members[shape.key] = layer;
        }
        entry.group.addLayer(layer);
        entry.shown[shape.key] = true;
        added = true;
      });
    });
    if (added) { restackAbove("alliances"); }
    Object.keys(alliances).forEach(function (id) {
      var entry = alliances[id];
      if (!want[id]) { entry.codes = {}; }
      Object.keys(entry.shown).forEach(function (key) {
        if (!(want[id] && want[id][key])) {
          entry.group.removeLayer(entry.members[key]);
          delete entry.shown[key];
        }
      });
    });
  }

  function takeEvents(delta) {  // the events of the state into `wanted`; true if they changed
    var changed = false;
    var put = function (item) {
      var id, recent;
      if (Array.isArray(item)) {
        id = item[0]; recent = !!item[1];
      } else if (item && item.id !== undefined) {
        id = item.id; recent = !!item.recent;
        if (item.lat !== undefined) { record(id, item); }  // an event the page was not built with
      } else {
        return;
      }
      wanted[id] = recent;
    };
    if (has(delta, "events")) {
      wanted = {};
      (delta.events || []).forEach(put);
      changed = true;
    }
    var ch = has(delta, "eventChanges") ? delta.eventChanges : null;
    if (ch) {
      if (ch.reset) { wanted = {}; }
      (ch.drop || []).forEach(function (id) { delete wanted[id]; });
      (ch.put || []).forEach(put);
      changed = true;
    }
    return changed;
  }

  function fanOut(ids, target, offsets) {  // markers at the same spot fan out around it (in pixels, whatever the zoom)
    var spots = {};
    ids.forEach(function (id) {
      var d = markers[id].data;
      var spot = d.lat.toFixed(2) + "," + d.lon.toFixed(2);
      (spots[spot] = spots[spot] || []).push(id);
    });
    var byDate = function (a, b) {  // the order of the state's events: by start, then id
      var da = markers[a].data, db = markers[b].data;
      return da.start < db.start ? -1 : da.start > db.start ? 1 : a < b ? -1 : a > b ? 1 : 0;
    };
    Object.keys(spots).forEach(function (spot) {
      var group = spots[spot];
      if (group.length > 1) { group.sort(byDate); }
      group.forEach(function (id, k) {
        var off = null;
        if (group.length > 1) {
          var r = 9 + 2.2 * k, a = k * 2.39996;
          off = [Math.round(r * Math.cos(a)), Math.round(r * Math.sin(a))];
        }
        target[id] = "dom";
        offsets[id] = off;
      });
    });
  }

  function thinOut(ids, target) {  // one circle per cell of DOT_CELL px, one burst per cell of BURST_CELL px
    var z = map.getZoom(), cells = {};
    var order = [[], [], [], []];  // on the map now first, then new ones; current events before recent ones
    ids.forEach(function (id) {
      if (id === selected) { target[id] = "dom"; return; }
      var group = markers[id].group;
      if (!group || !map.hasLayer(group)) { return; }  // its category is switched off: it takes no cell
      order[(onMap[id] ? 0 : 1) + (wanted[id] ? 2 : 0)].push(id);
    });
    order.forEach(function (list) {
      list.forEach(function (id) {
        var rec = markers[id];
        if (rec.pz !== z) {
          var p = map.project(rec.latlng, z);
          rec.px = p.x; rec.py = p.y; rec.pz = z;
        }
        var key = cellKey(rec);
        if (has(cells, key)) { return; }
        cells[key] = rec;
        target[id] = "dot";
      });
    });
    dotCells = cells;
    dotCellZoom = z;
  }

  function applyEvents() {
    var ids = [];
    Object.keys(wanted).forEach(function (id) { if (record(id)) { ids.push(id); } });
    dense = ids.length > DENSE_EVENTS;
    var target = {}, offsets = {}, reveal = false, drawn = [];
    if (dense) { thinOut(ids, target); } else { fanOut(ids, target, offsets); dotCells = {}; dotCellZoom = null; }
    if (hoverDot && target[hoverDot.data.id] !== "dot") { hoverOn(null); }
    Object.keys(onMap).forEach(function (id) {
      var rec = markers[id], layer = onMap[id];
      if (!has(wanted, id) || (target[id] === "dot" ? ON_CANVAS : rec.marker) !== layer || !target[id]) {
        if (layer !== ON_CANVAS && rec.group) { rec.group.removeLayer(layer); }
        delete onMap[id];
      }
    });
    Object.keys(eventShown).forEach(function (id) {
      if (!has(wanted, id)) {
        delete eventShown[id];
        release(id);
      }
    });
    ids.forEach(function (id) {
      var rec = markers[id], recent = wanted[id], off = offsets[id] || null, kind = target[id];
      var changed = rec.recent !== recent || String(rec.offset) !== String(off);
      rec.recent = recent;
      rec.offset = off;
      eventShown[id] = recent;
      if (!kind) { return; }
      if (kind === "dot") {
        onMap[id] = ON_CANVAS;
        drawn.push(rec);
        return;
      }
      var marker = domMarker(rec);
      var opacity = recent ? (rec.strike ? cfg.opacity.recentStrike : cfg.opacity.recent) : 1;
      if (onMap[id] !== marker) {
        marker.setOpacity(opacity);
        if (rec.group) { rec.group.addLayer(marker); }
        onMap[id] = marker;
        if (id === selected) { reveal = true; }
      } else if (changed) {
        marker.setOpacity(opacity);
        decorateMarker(rec);
      }
    });
    if (drawn.length || dotLayer._items.length) { dotLayer.setItems(drawn); }
    if (reveal) { revealSelected(); }
  }

  function applyRegions() {
    var want = {};
    current.regions.forEach(function (r) { if (regions[r.id]) { want[r.id] = true; } });
    Object.keys(regionShown).forEach(function (id) {
      if (!want[id]) { regions[id].setStyle(cfg.styles.region); delete regionShown[id]; }
    });
    Object.keys(want).forEach(function (id) {
      if (!regionShown[id]) { regions[id].setStyle(cfg.styles.regionHighlight); regionShown[id] = true; }
    });
  }

  function hatch(colour) {
    var tile = document.createElement("canvas");
    tile.width = tile.height = 8;
    var g = tile.getContext("2d");
    g.strokeStyle = colour;
    g.lineWidth = 2.4;
    g.lineCap = "square";
    g.beginPath();
    g.moveTo(0, 8); g.lineTo(8, 0);
    g.moveTo(-2, 2); g.lineTo(2, -2);
    g.moveTo(6, 10); g.lineTo(10, 6);
    g.stroke();
    return g.createPattern(tile, "repeat");
  }

  function reportPainted(date, ms) {
    var done = false;
    var fire = function () {
      if (done) { return; }
      done = true;
      send("statePainted", JSON.stringify({date: date, apply_ms: ms}));
    };
    window.requestAnimationFrame(fire);
    window.setTimeout(fire, 1000);  // a hidden view gets no animation frames
  }

  atlas.apply = function (delta) {
    var t0 = performance.now();
    delta = delta || {};
    try {
      ["territories", "relations", "alliances", "regions"].forEach(function (key) {
        if (has(delta, key)) { current[key] = delta[key] || []; }
      });
      var eventsChanged = takeEvents(delta);
      if (has(delta, "territories") || has(delta, "relations")) { restyleUnits(); }
      if (has(delta, "alliances") || has(delta, "territories")) { applyAlliances(); }
      if (eventsChanged) { applyEvents(); }
      if (has(delta, "regions")) { applyRegions(); }
      if (has(delta, "date")) {
        current.date = delta.date;
        if (dateBox) { dateBox.textContent = longDate(delta.date); }
      }
    } catch (err) {
      send("applyFailed", String(err && err.stack || err));
      throw err;
    }
    lastApplyMs = performance.now() - t0;
    reportPainted(current.date, lastApplyMs);
    return lastApplyMs;
  };

  function revealSelected() {
    var layer = selected && onMap[selected];
    if (layer && has(eventShown, selected) && map.hasLayer(layer)) {
      if (!map.getBounds().pad(-0.1).contains(layer.getLatLng())) { map.panTo(layer.getLatLng()); }
      return true;
    }
    return false;
  }

  atlas.select = function (id) {
    var prev = selected;
    selected = id || null;
    [prev, selected].forEach(function (eid) {
      var rec = eid && markers[eid];
      if (rec && rec.marker) {
        rec.marker.setZIndexOffset(eid === selected ? 5000 : (rec.strike ? 1000 : 0));
        decorateMarker(rec);
      }
    });
    if (dense && prev !== selected && (has(wanted, prev) || has(wanted, selected))) {
      applyEvents();  // the selected event is a DOM marker, never thinned out
    }
    return revealSelected();
  };

  // -- reading the page back --------------------------------------------------------

  atlas.shownState = function () {
    var unitsOut = {};
    Object.keys(unitShown).forEach(function (code) {
      var s = unitShown[code], opts = units[code].options;
      unitsOut[code] = {fill: opts.fillColor, status: s.status, territory: s.territory,
                        pakistan: s.pakistan, borderHidden: s.borderHidden, stroke: opts.color, weight: opts.weight};
    });
    var alliancesOut = {};
    Object.keys(alliances).forEach(function (id) {
      var entry = alliances[id];
      var members = Object.keys(entry.codes).filter(function (c) {
        return entry.shown[entry.codes[c]] && entry.group.hasLayer(entry.members[entry.codes[c]]);
      }).sort();
      if (members.length) { alliancesOut[id] = members; }
    });
    var visible = Object.keys(eventShown).sort();
    return {
      date: current.date,
      events: visible,
      eventsOnMap: visible.filter(function (id) {
        var layer = onMap[id];
        return layer === ON_CANVAS ? !!markers[id].group && map.hasLayer(markers[id].group) && map.hasLayer(dotLayer)
                                   : !!layer && map.hasLayer(layer);
      }),
      eventsDrawn: dense ? "canvas" : "markers",
      recentEvents: visible.filter(function (id) { return eventShown[id]; }),
      units: unitsOut,
      outlines: Object.keys(outlineShown).filter(function (k) { return outlineShown[k] !== "off"; }).sort(),
      regions: Object.keys(regionShown).sort(),
      alliances: alliancesOut,
      selected: selected,
      dateText: dateBox ? dateBox.textContent : null,
      applyMs: lastApplyMs,
    };
  };

  // -- layer toggles (the layer control's overlays, by their stable ids) -----------------

  function overlays() {  // [{id, layer}] of every layer the control switches (registered in window.atlasLayers)
    var registered = window.atlasLayers || {};
    var controlled = layerControl && layerControl._layers ? layerControl._layers : [];
    return Object.keys(registered).filter(function (id) {
      return controlled.some(function (o) { return o.overlay && o.layer === registered[id]; });
    }).map(function (id) { return {id: id, layer: registered[id]}; });
  }

  atlas.hiddenLayers = function () {
    return overlays().filter(function (o) { return !map.hasLayer(o.layer); }).map(function (o) { return o.id; });
  };

  var layerBatch = false;

  function reportLayers() {
    if (!layerBatch) { send("layersChanged", JSON.stringify(atlas.hiddenLayers())); }
  }

  atlas.setHiddenLayers = function (ids) {
    var hide = {};
    (ids || []).forEach(function (n) { hide[n] = true; });
    layerBatch = true;
    try {
      overlays().forEach(function (o) {
        if (hide[o.id] && map.hasLayer(o.layer)) { map.removeLayer(o.layer); }
        if (!hide[o.id] && !map.hasLayer(o.layer)) { map.addLayer(o.layer); }
      });
    } finally {
      layerBatch = false;
    }
    reportLayers();
    return atlas.hiddenLayers();
  };

  function watchLayers() {
    map.on("overlayadd overlayremove", reportLayers);
    map.on("overlayadd", atlas.restack);
  }

  // handles for tests and the Qt side
  atlas.unitLayer = function (code) { return units[code] || null; };
  atlas.marker = function (id) {  // the event's DOM marker (on the map unless the canvas draws the event)
    var rec = record(id);
    return rec ? domMarker(rec) : null;
  };
  atlas.markerElement = function (id) {
    var rec = record(id);
    return rec && rec.marker ? rec.marker.getElement() || null : null;
  };
  atlas.map = function () { return map; };
  atlas.view = function () {  // the map's centre, zoom, size and bounds
    var c = map.getCenter(), b = map.getBounds(), s = map.getSize();
    return {center: [c.lat, c.lng], zoom: map.getZoom(), size: [s.x, s.y],
            bounds: [[b.getSouth(), b.getWest()], [b.getNorth(), b.getEast()]]};
  };

  window.atlas = atlas;
})();
