/*
 * The map page's controller: window.atlas.
 *
 * The page (viewer/mappage.py) builds every layer once; this script keeps
 * handles on them and, for each date, restyles them in place:
 *
 *   atlas.apply(delta)   delta = the sections of the atlas state that changed:
 *                        {date, territories, relations, alliances, events, regions}
 *                        (each one complete when present). Returns apply time in ms.
 *   atlas.select(id)     highlight one event marker (null clears).
 *   atlas.shownState()   what the page shows now, read back from the layers.
 *
 * Timing: apply() measures itself with performance.now(); in the next
 * requestAnimationFrame callback (after Leaflet's canvas redraw, which is
 * scheduled the same way) it reports {date, apply_ms} to Qt through
 * QWebChannel: bridge.statePainted(json). A click on a marker calls
 * bridge.eventClicked(id).
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
  var markers = {};        // event id -> {marker, data, group, recent, offset, strike, colour}
  var extraAlliances = 0;

  var current = {date: null, territories: [], relations: [], alliances: [], events: [], regions: []};
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

  function safeColour(c, fallback) {
    return /^#[0-9a-fA-F]{3,8}$/.test(String(c)) ? String(c) : fallback;
  }

  function burstSvg(colour) {  // the strike icon: a red burst, static markup
    var pts = [], n = 12;
    for (var i = 0; i < n * 2; i++) {
      var r = i % 2 === 0 ? 13 : 6.2, a = Math.PI * i / n - Math.PI / 2;
      pts.push((r * Math.cos(a)).toFixed(2) + "," + (r * Math.sin(a)).toFixed(2));
    }
    return '<svg class="atlas-burst" viewBox="-14 -14 28 28" width="32" height="32" aria-hidden="true">' +
      '<polygon points="' + pts.join(" ") + '" fill="' + safeColour(colour, "#e01010") + '" stroke="#4a0000" ' +
      'stroke-width="1.3" stroke-linejoin="round"/><circle r="3.4" fill="#fff1a8" stroke="#4a0000" ' +
      'stroke-width="0.8"/></svg>';
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
    if (dot) { dot.style.background = safeColour(rec.colour, "#444444"); }
  }

  function makeMarker(data) {
    if (typeof data.lat !== "number" || typeof data.lon !== "number") { return null; }
    var cat = categoryOf(data);
    var strike = cat === "strike";
    var icon = L.divIcon({
      className: "atlas-ev atlas-ev-" + cat,
      html: strike ? (burstMarkup = burstMarkup || burstSvg(cfg.colours.category.strike))
                   : '<span class="atlas-ev-dot"></span>',
      iconSize: strike ? [32, 32] : [14, 14],
    });
    var marker = L.marker([data.lat, data.lon], {icon: icon, keyboard: true, riseOnHover: true,
                                                 zIndexOffset: strike ? 1000 : 0});
    var group = window.atlasLayers["events:" + cat] || window.atlasLayers["events:other"] || null;
    var rec = {marker: marker, data: data, group: group, recent: false, offset: null, strike: strike,
               colour: cfg.colours.category[cat] || cfg.colours.otherCategory};
    marker.bindTooltip(function () { return eventTooltip(data); },
                       {direction: "top", offset: [0, strike ? -14 : -6], className: "atlas-tip"});
    marker.on("add", function () { decorateMarker(rec); });
    marker.on("click", function () {
      atlas.select(data.id);
      send("eventClicked", data.id);
    });
    markers[data.id] = rec;
    return rec;
  }

  function allianceEntry(id, name) {
    if (alliances[id]) { return alliances[id]; }
    var known = cfg.alliances[id];
    var group = window.atlasLayers["alliance:" + id];
    var style = known ? known.style : cfg.extraAllianceStyles[extraAlliances++ % cfg.extraAllianceStyles.length];
    if (!group) {  // an alliance the page was not built with: add it now
      group = L.featureGroup().addTo(map);
      if (layerControl) { layerControl.addOverlay(group, "Alliance: " + escapeText(id)); }
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
        layer.bindTooltip(function () { return unitTooltip(code); }, {sticky: true, className: "atlas-tip"});
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
    (cfg.events || []).forEach(makeMarker);
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
        stroke = fill; weight = 0.9;
      } else if (isPak) {
        stroke = cfg.colours.pakistanStroke; weight = 2.2;
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
    front.forEach(function (layer) { layer.bringToFront(); });

    // outlines of composed polities active now
    var active = {};
    current.territories.forEach(function (t) {
      if (t.units.length > 1) { active[t.id + "|" + t.units.slice().sort().join(",")] = t; }
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
                                weight: isPak ? 2.6 : cfg.styles.outline.weight, opacity: 1});
        if (isPak) { outlines[key].bringToFront(); }
      }
    });
  }

  // What outlines an alliance member: its whole territory on the day (East and West
  // Pakistan together before 1971), as one shape where the polity has an outline.
  function memberShape(code) {
    var t = territoryOf[code];
    if (t && t.units.length > 1) {
      var key = t.id + "|" + t.units.slice().sort().join(",");
      if (outlines[key]) { return {key: "polity:" + key, feature: outlines[key].feature}; }
    }
    return units[code] ? {key: "unit:" + code, feature: units[code].feature} : null;
  }

  function applyAlliances() {
    var want = {};
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
          layer = L.geoJSON(shape.feature, {pane: "atlas-alliances", interactive: false,
            style: function () {
              return {stroke: true, fill: false, color: entry.style.color, weight: entry.style.weight,
                      dashArray: entry.style.dashArray, opacity: entry.style.opacity, lineCap: "butt"};
            }});
          entry.members[shape.key] = layer;
        }
        entry.group.addLayer(layer);
        entry.shown[shape.key] = true;
      });
    });
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

  function applyEvents() {
    var want = {};
    current.events.forEach(function (e) {
      var rec = markers[e.id] || (e.lat !== undefined ? makeMarker(e) : null);
      if (rec) { want[e.id] = !!e.recent; }
    });
    Object.keys(eventShown).forEach(function (id) {
      if (!has(want, id)) {
        var rec = markers[id];
        if (rec.group) { rec.group.removeLayer(rec.marker); }
        delete eventShown[id];
      }
    });
    // markers at the same spot fan out around it (in pixels, whatever the zoom)
    var spots = {}, reveal = false;
    Object.keys(want).forEach(function (id) {
      var d = markers[id].data;
      var spot = d.lat.toFixed(2) + "," + d.lon.toFixed(2);
      (spots[spot] = spots[spot] || []).push(id);
    });
    Object.keys(spots).forEach(function (spot) {
      var ids = spots[spot];
      ids.forEach(function (id, k) {
        var rec = markers[id];
        var off = null;
        if (ids.length > 1) {
          var r = 9 + 2.2 * k, a = k * 2.39996;
          off = [Math.round(r * Math.cos(a)), Math.round(r * Math.sin(a))];
        }
        var recent = want[id];
        var changed = rec.recent !== recent || String(rec.offset) !== String(off);
        rec.recent = recent;
        rec.offset = off;
        var opacity = recent ? (rec.strike ? 0.7 : 0.45) : 1;
        if (!has(eventShown, id)) {
          rec.marker.setOpacity(opacity);
          if (rec.group) { rec.group.addLayer(rec.marker); }
          if (id === selected) { reveal = true; }
        } else if (changed) {
          rec.marker.setOpacity(opacity);
          decorateMarker(rec);
        }
        eventShown[id] = recent;
      });
    });
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
      ["territories", "relations", "alliances", "events", "regions"].forEach(function (key) {
        if (has(delta, key)) { current[key] = delta[key] || []; }
      });
      if (has(delta, "territories") || has(delta, "relations")) { restyleUnits(); }
      if (has(delta, "alliances") || has(delta, "territories")) { applyAlliances(); }
      if (has(delta, "events")) { applyEvents(); }
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
    var rec = selected && markers[selected];
    if (rec && has(eventShown, selected) && map.hasLayer(rec.marker)) {
      if (!map.getBounds().pad(-0.1).contains(rec.marker.getLatLng())) { map.panTo(rec.marker.getLatLng()); }
      return true;
    }
    return false;
  }

  atlas.select = function (id) {
    var prev = selected;
    selected = id || null;
    [prev, selected].forEach(function (eid) {
      var rec = eid && markers[eid];
      if (rec) {
        rec.marker.setZIndexOffset(eid === selected ? 5000 : (categoryOf(rec.data) === "strike" ? 1000 : 0));
        decorateMarker(rec);
      }
    });
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
      eventsOnMap: visible.filter(function (id) { return map.hasLayer(markers[id].marker); }),
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

  // -- layer toggles (the layer control's overlays, by name) ------------------------

  function overlays() {
    return layerControl && layerControl._layers ? layerControl._layers.filter(function (o) { return o.overlay; }) : [];
  }

  atlas.hiddenLayers = function () {
    return overlays().filter(function (o) { return !map.hasLayer(o.layer); }).map(function (o) { return o.name; });
  };

  var layerBatch = false;

  function reportLayers() {
    if (!layerBatch) { send("layersChanged", JSON.stringify(atlas.hiddenLayers())); }
  }

  atlas.setHiddenLayers = function (names) {
    var hide = {};
    (names || []).forEach(function (n) { hide[n] = true; });
    layerBatch = true;
    try {
      overlays().forEach(function (o) {
        if (hide[o.name] && map.hasLayer(o.layer)) { map.removeLayer(o.layer); }
        if (!hide[o.name] && !map.hasLayer(o.layer)) { map.addLayer(o.layer); }
      });
    } finally {
      layerBatch = false;
    }
    reportLayers();
    return atlas.hiddenLayers();
  };

  function watchLayers() {
    map.on("overlayadd overlayremove", reportLayers);
  }

  // handles for tests and the Qt side
  atlas.unitLayer = function (code) { return units[code] || null; };
  atlas.marker = function (id) { return markers[id] ? markers[id].marker : null; };
  atlas.markerElement = function (id) { return markers[id] ? markers[id].marker.getElement() || null : null; };
  atlas.map = function () { return map; };

  window.atlas = atlas;
})();
