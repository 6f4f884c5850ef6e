/*
 * The map page's controller: window.atlas, a small facade over the page's modules
 * (util.js, bridge.js, patterns.js, shapes.js, alliances.js, dots.js, events.js, legend.js, labels.js, edges.js).
 *
 * The page is a shell (viewer/page/shell.py, built once by folium and shipped): the map, its panes,
 * the four shape layers, empty, registered under their stable ids (window.atlasLayers: units,
 * outlines, regions, disputed) and the layer control. Everything else comes as messages; the
 * controller makes the alliance.X and events.C layers it needs and, for each date, restyles the
 * layers in place:
 *
 *   atlas.boot(map, layers, control)   once, from the shell, when its layers exist: the bridge
 *                        connects and the window hears pageReady.
 *   atlas.load(data)     the data (viewer/page/build.py page_data): {config, geometry?}. config: the
 *                        page's language, direction and title, the colours, styles and labels of
 *                        viewer/style.py (in its language, for its contrast), the alliances and the
 *                        table of events, the legend's markup, the layer names; geometry: {key,
 *                        units, outlines, regions, disputed}, sent again only when it changed. A later
 *                        load changes the page in place (never a reload); the state is sent again.
 *   atlas.apply(delta)   delta = the sections of the atlas state that changed:
 *                        {date, territories, relations, alliances, events, regions, legend}
 *                        (each one complete when present; a territory carries its outline's
 *                        key). Instead of the whole events list, a delta may carry only what
 *                        changed in it: eventChanges = {reset: bool, put: [...], drop: [id...]},
 *                        each put item [id, look] (an event the page was built with; events.js
 *                        says what a look is) or a whole event record. legend = the legend's
 *                        words that follow the day ({recent}: how past events are kept).
 *                        Returns apply time in ms.
 *   atlas.select(id, others)  highlight one event marker (null clears), and the ids of ``others`` with it.
 *   atlas.setDensity(p)  the large conflict files' cells or points for the view (density.js); a
 *                        delta's "density" section carries them with a new date.
 *   atlas.hiddenLayers() / atlas.setHiddenLayers(ids)   the layers switched off, by id.
 *   atlas.shownState()   what the page shows now, read back from the layers (for tests).
 *   atlas.view()         the map's centre, zoom, size and bounds.
 *   atlas.home()         the map's first view again (the Home button does the same).
 *   atlas.fitView(bounds, animate)   fit the map to [[s, w], [n, e]]: a flight, or a jump when not
 *                        animated or the system asks for reduced motion; true if it flies.
 *   atlas.setView(center, zoom)      centre and zoom at once (links, the comparison's second map).
 *   atlas.stopMotion()   stop a flight where it is (the user took over); returns atlas.view().
 *   atlas.setAnnotations(list)   a tour step's labelled points, arrows and circles (annotations.js).
 *
 * Timing: apply() measures itself with performance.now(); in the next requestAnimationFrame
 * callback (after Leaflet's canvas redraw, which is scheduled the same way) it reports
 * {date, apply_ms} to Qt through QWebChannel: bridge.statePainted(json); from a task posted in that
 * callback, which runs once the frame is painted, bridge.stateShown(json) (bridge.js). A click on a marker
 * calls bridge.eventClicked(id); a layer switched in the layer control, layersChanged(ids); the end of
 * every move or zoom, viewChanged(json of atlas.view()).
 *
 * Text from the data is only ever put into the page with textContent or setAttribute; the only
 * markup inserted is static (icons, the legend the page builder escaped).
 */
(function () {
  "use strict";
  var modules = window.atlasModules;
  var bridge = modules.bridge;
  var atlas = {};
  var MARKERS_SETTLE_MS = 120;  // names are placed again this long after the day's markers last changed
  var map = null, control = null, shapes = null, alliances = null, events = null, legend = null, density = null;
  var names = null, edges = null, notes = null;
  var current = {date: null, territories: [], relations: [], alliances: [], regions: []};
  var lastApplyMs = null, toggles = null;

  var cfg = {};  // the data's config: one object, its contents replaced by each load (the modules read it as they draw)
  var geometryKey = null, tiles = null;

  // The shell is up (viewer/page/shell.py): the map, its panes, the shape layers (empty) and the layer control.
  // The window hears pageReady and sends the data (atlas.load); a standalone page loads it inline.
  atlas.boot = function (leafletMap, layers, layerControl) {
    map = leafletMap;
    control = layerControl || null;
    toggles = modules.overlays({map: map, control: control, cfg: cfg, send: bridge.send});
    window.atlasLayers = layers || {};
    atlas.booted = true;
    layShippedGeometry().then(bridge.connect);
  };

  // In the app, the bundled data's shapes (resources/geometry.json, made with the shell; asked for by bridge.js
  // in the page's head) are laid into the shape layers while the window is still loading the atlas, before the
  // page says it is up; the window hears their key (geometryHeld) and leaves out of its data message the geometry
  // the page holds. Data from other files brings its own geometry with it.
  function layShippedGeometry() {
    var shipped = bridge.shipped;
    bridge.shipped = null;  // once laid, the parsed GeoJSON can go (the layers keep the points)
    return shipped.then(function (geometry) {
      if (geometryKey === null && geometry && typeof geometry.key === "string") {  // no data message came first
        putGeometry(geometry);
        bridge.send("geometryHeld", geometry.key);
      }
    }).catch(function () { /* the window sends the geometry with the data */ });
  }

  // The data, and any later change of it (another language or contrast, a file added or reloaded), in place:
  // data = {config, geometry?}. The page shows nothing of the old data after it; the window sends the whole
  // state again (apply), and a standalone page applies its own.
  atlas.load = function (data) {
    var layers = window.atlasLayers, first = !atlas.ready;
    Object.keys(cfg).forEach(function (key) { delete cfg[key]; });
    Object.keys(data.config || {}).forEach(function (key) { cfg[key] = data.config[key]; });
    speak();
    ["outlines", "regions", "disputed"].forEach(function (id) {  // the data's styles (high contrast: thicker)
      var look = cfg.styles && cfg.styles[id === "outlines" ? "outline" : id === "regions" ? "region" : id];
      if (layers[id] && look) { layers[id].options.style = look; }
    });
    var shaped = !!data.geometry && data.geometry.key !== geometryKey;
    if (shaped) { putGeometry(data.geometry); }
    makeGroups();
    current.date = null;
    ["territories", "relations", "alliances", "regions"].forEach(function (key) { current[key] = []; });
    if (first) {
      start();
    } else {
      if (shaped) { shapes.init(layers); }
      shapes.configure();
      alliances.configure();
      events.reset();
      legend.configure();
      names.reset();
      edges.reset();
      if (density) { density.configure(); }
      shapes.restyleUnits();
      updateLegend();
    }
    toggles.relabel();
    return true;
  };

  function start() {  // the first load: the modules, on the map the shell made
    var layers = window.atlasLayers;
    var ctx = {map: map, cfg: cfg, control: control, current: current,
               allianceGroups: function () { return alliances ? alliances.groups() : []; }};
    shapes = modules.shapes(ctx);
    shapes.init(layers);
    shapes.configure();
    ctx.shapes = shapes;
    alliances = modules.alliances(ctx);
    events = modules.events({map: map, cfg: cfg, clicked: function (id) { bridge.send("eventClicked", id); }});
    legend = modules.legend(ctx);
    ctx.legendKey = legend.key;  // what the legend's box follows: edges.js keeps the controls' boxes while it holds
    edges = modules.edges(ctx);  // before the names: a name keeps clear of the partners' edge markers
    names = modules.labels(ctx);
    notes = modules.annotations ? modules.annotations(ctx) : null;  // a tour step's annotations
    map.on("moveend zoomend", function () { legend.avoid(events.selectedPoint(), false); });
    map.on("moveend", function () { legend.nameLines(); });  // the disputed lines in view
    if (modules.density) {  // large conflict files: cells or points sent by the window (density.js)
      density = modules.density({map: map, cfg: cfg, send: bridge.send,
                                 clicked: function (id) { bridge.send("eventClicked", id); }});
    }
    shapes.restyleUnits();
    map.on("overlayadd overlayremove", toggles.report);
    map.on("overlayadd", shapes.restack);
    map.on("moveend", function () { bridge.send("viewChanged", JSON.stringify(atlas.view())); });
    atlas.ready = true;
  }

  function speak() {  // the page's language, direction, title, contrast, zoom and tiles, from the config
    var root = document.documentElement;
    root.setAttribute("lang", cfg.lang || "en");
    root.setAttribute("dir", cfg.dir || "ltr");
    root.classList.toggle("atlas-high-contrast", !!cfg.highContrast);
    if (cfg.title) { document.title = cfg.title; }
    modules.util.speak(cfg.lang, cfg.dateFormat);
    if (cfg.words && cfg.words.map) {  // what a screen reader says of the map
      map.getContainer().setAttribute("aria-label", cfg.words.map);
      map.getContainer().setAttribute("role", "region");
    }
    if (cfg.maxZoom) { map.setMaxZoom(cfg.maxZoom); }
    if (cfg.tiles && !tiles) {  // online tiles, the only network use the page can have (off unless asked for)
      tiles = window.atlasLayers.tiles = L.tileLayer(cfg.tiles.url, {maxZoom: cfg.maxZoom || 7}).addTo(map);
      L.control.attribution({prefix: false}).addAttribution(cfg.tiles.attribution).addTo(map);
    }
  }

  function putGeometry(geometry) {  // the shapes, replaced whole (the same in every language and contrast)
    var layers = window.atlasLayers;
    ["units", "outlines", "regions", "disputed"].forEach(function (id) {
      if (!layers[id]) { return; }
      layers[id].clearLayers();
      if (geometry[id]) { layers[id].addData(geometry[id]); }
      layers[id].eachLayer(function (layer) {  // the points live on in the layer: the GeoJSON's copy can go
        if (layer.feature) { layer.feature = {type: "Feature", properties: layer.feature.properties}; }
      });
    });
    geometryKey = geometry.key;
  }

  function makeGroups() {  // a layer for each category of event the data has (the alliances make their own)
    (cfg.categories || []).forEach(function (category) {
      var id = "events." + category;
      if (!window.atlasLayers[id]) { window.atlasLayers[id] = L.featureGroup().addTo(map); }
    });
  }

  var has = modules.util.has;

  atlas.apply = function (delta) {
    var t0 = performance.now(), has = modules.util.has;
    delta = delta || {};
    try {
      if (has(delta, "date")) { current.date = delta.date; shapes.applyDisputedLines(); }  // before the shapes: an open tooltip shows it
      ["territories", "relations", "alliances", "regions"].forEach(function (key) {
        if (has(delta, key)) { current[key] = delta[key] || []; }
      });
      if (has(delta, "date")) { legend.setDate(delta.date); }  // the date's box, before the edge markers and names keep clear of it
      if (has(delta, "date") || has(delta, "territories")) { legend.nameLines(); }  // the legend's size, before the names
      var eventsChanged = events.take(delta);
      if (has(delta, "territories") || has(delta, "relations")) { shapes.restyleUnits(); }
      if (has(delta, "alliances") || has(delta, "territories")) { alliances.apply(); }
      if (eventsChanged) { events.apply(); }
      if (has(delta, "regions")) { shapes.applyRegions(); }
      // the legend as the day shows it (its rows, its words), before the edge markers and names keep clear of it
      if (eventsChanged || has(delta, "relations") || has(delta, "alliances") || has(delta, "territories")) { updateLegend(); }
      if (has(delta, "legend") && delta.legend) { legend.setWords(delta.legend); }
      if (has(delta, "territories") || has(delta, "relations")) {
        // the names keep clear of the controls, the date and the edge markers as edges.js measured and placed
        // them, and of the event markers where events.js put them: the page is laid out once for both
        names.apply(edges.apply().concat(events.markerBoxes()));
      } else if (eventsChanged) {
        names.later(MARKERS_SETTLE_MS);  // names move clear of the new markers, off the scrub's frames
      }
      if (eventsChanged) { keepSelectedClear(); }
      if (has(delta, "density") && density) { density.apply(delta.density); }
    } catch (err) {
      bridge.send("applyFailed", String(err && err.stack || err));
      throw err;
    }
    lastApplyMs = performance.now() - t0;
    bridge.reportPainted(current.date, lastApplyMs);
    return lastApplyMs;
  };

  atlas.select = function (id, others) {
    var onMap = events.select(id, others);
    keepSelectedClear();
    return onMap;
  };

  function updateLegend() {
    var statuses = modules.util.dict(), inForce = modules.util.dict();
    current.relations.forEach(function (r) { statuses[r.status] = true; });
    current.territories.forEach(function (t) { if (t.held_by) { statuses.disputed = true; } });
    current.alliances.forEach(function (a) { inForce[a.id] = true; });
    legend.update(statuses, inForce, events.categories());
  }

  atlas.disputedLines = function () { return legend.lines(); };  // what the legend names (exports' captions)

  function keepSelectedClear() { legend.avoid(events.selectedPoint(), true); }  // never under the legend

  // A tour step's points, arrows and circles (annotations.js); [] clears them. Returns how many are drawn.
  atlas.setAnnotations = function (list) { return notes ? notes.set(list) : 0; };

  atlas.home = function () { legend.resetView(); return atlas.view(); };

  // The large files' cells or points for a new view (the date unchanged): see density.js.
  atlas.setDensity = function (payload) { if (density) { density.apply(payload); } };

  // Put every shape back in its place (after the export moved them to SVG).
  atlas.restack = function () { shapes.restack(); };
  atlas.restyle = function () { shapes.restyleAll(); };  // every shape styled anew (canvas to SVG for a PDF)
  atlas.filterEvents = function (ids) {  // the events list's filters: only these events on the map (null: all)
    events.setFilter(ids);
    updateLegend();
  };

  // -- layer toggles: the layer control's overlays, by their stable ids (overlays.js) ----------

  atlas.hiddenLayers = function () { return toggles.hidden(); };
  atlas.setHiddenLayers = function (ids) { return toggles.setHidden(ids); };

  // -- reading the page back ------------------------------------------------------------------

  atlas.shownState = function () {
    var s = shapes.shown(), e = events.shown();
    return {
      date: current.date, events: e.events, eventsOnMap: e.eventsOnMap, eventsDrawn: e.eventsDrawn,
      recentEvents: e.recentEvents, units: s.units, outlines: s.outlines, regions: s.regions, disputed: s.disputed,
      alliances: alliances.shown(), selected: e.selected, highlighted: e.highlighted, dateText: legend.dateText(), applyMs: lastApplyMs,
      tooltip: s.tooltip, allianceBands: alliances.bands(), labels: names.shown(), edges: edges.shown(),
      controlBoxes: edges.controlBoxes(),
      legend: {labels: legend.labels(), collapsed: legend.collapsed(), coversSelected: legend.covers(events.selectedPoint())},
      density: density ? density.shown() : null, annotations: notes ? notes.shown() : [],
    };
  };

  atlas.view = function () {
    var c = map.getCenter(), b = map.getBounds(), size = map.getSize();
    return {center: [c.lat, c.lng], zoom: map.getZoom(), size: [size.x, size.y],
            bounds: [[b.getSouth(), b.getWest()], [b.getNorth(), b.getEast()]]};
  };

  atlas.fitView = function (bounds, animate) {
    var still = !animate || !!(window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches);
    if (still) { map.fitBounds(bounds, {animate: false}); } else { map.flyToBounds(bounds, {duration: 1.5}); }
    return !still;
  };

  atlas.setView = function (center, zoom) { map.setView(center, zoom, {animate: false}); };  // stops a flight too

  atlas.stopMotion = function () { map.stop(); return atlas.view(); };

  // handles for tests and the exports
  atlas.map = function () { return map; };
  atlas.unitLayer = function (code) { return shapes.unitLayer(code); };
  atlas.marker = function (id) { return events.marker(id); };  // its DOM marker (made if need be)
  atlas.markerElement = function (id) { return events.markerElement(id); };
  atlas.edgeElement = function (partner) { return edges.element(partner); };
  atlas.territoryAt = function (lat, lng) { return names.territoryAt(lat, lng); };

  window.atlas = atlas;
})();
