/*
 * Events on the map (window.atlasModules.events). With few events on the map (up to
 * cfg.denseEvents, 300) each is a DOM marker (a dot, or a burst for a strike; markers at one
 * spot fan out). With more, the dense canvas layer (dots.js) draws them, thinned by zoom; the
 * selected event (and the others highlighted with it: a tour step's events) stays a DOM marker,
 * never thinned out.
 *
 * The page holds a table of the events it was built with (cfg.events: {fields, rows}); a state
 * names its events by id, [id, look], or, for an event the page was not built with, as the
 * whole record. A look is 0 (in progress), 1 (ended recently: faded), or [recent, opacity, possible]:
 * the opacity the fade mode gives it (or null), and 1 when it is only possibly on the map that day
 * (its EDTF dates' margin: drawn fainter, dashed). Marker handles are made when an event comes on the map and dropped when it
 * leaves, so a page built with 100,000 events starts as fast as one with a hundred and holds
 * only what it shows. A DOM marker, its tooltip and its classes are markers.js's.
 */
(function () {
  "use strict";
  var modules = window.atlasModules = window.atlasModules || {};
  var util = modules.util, has = util.has, dict = util.dict;
  var ON_CANVAS = {};  // onMap's value for an event drawn on the events canvas

  // ctx: {map, cfg, clicked(id): a marker was clicked}
  modules.events = function (ctx) {
    var map = ctx.map, cfg = ctx.cfg;
    var denseLimit = 300;
    var markers = dict();    // event id -> {marker, data, group, recent, offset, strike, colour, latlng, px, py, pz}
    var eventRows = dict();  // event id -> its row in cfg.events (the events the page was built with)
    var fields = [];
    var wanted = dict();     // event id -> its look ({recent, alpha, possible, key}), for every event of the state
    var onMap = dict();      // event id -> the layer showing it now: its DOM marker, or ON_CANVAS
    var eventShown = dict(); // id -> recent (bool)
    var dense = false;   // more than denseLimit events on the map: circles on a canvas, thinned
    var selected = null;
    var also = dict();  // the other events highlighted with the selected one (a tour step's events)

    function marked(id) { return id === selected || has(also, id); }

    function lookOf(v) {  // a look as the state sends it (see above) -> {recent, alpha, possible, key}
      var list = Array.isArray(v) ? v : [v, null, 0];
      var alpha = typeof list[1] === "number" && list[1] >= 0 && list[1] <= 1 ? list[1] : null;
      var look = {recent: !!list[0], alpha: alpha, possible: !!list[2]};
      look.key = (look.recent ? "r" : "") + (look.possible ? "p" : "") + (alpha === null ? "" : alpha.toFixed(2));
      return look;
    }

    function opacityOf(rec) {  // how strongly an event is drawn: faded when past, fainter when only possible
      var a = rec.alpha !== null && rec.alpha !== undefined ? Math.max(cfg.opacity.faded, rec.alpha)
        : rec.recent ? (rec.strike ? cfg.opacity.recentStrike : cfg.opacity.recent) : 1;
      return rec.possible ? a * cfg.opacity.possible : a;
    }
    // The table of events (cfg.events) and what the page draws of it: anew with each load of data. Every
    // marker goes; the selection and the list's filters stay, and the next state puts the events back.
    function reset() {
      Object.keys(onMap).forEach(function (id) {
        var rec = markers[id], layer = onMap[id];
        if (rec && layer !== ON_CANVAS && rec.group) { rec.group.removeLayer(layer); }
      });
      if (dots.hovered()) { dots.hover(null); }
      dots.clear();
      if (dots.layer.items().length) { dots.layer.setItems([]); }
      markers = dict(); onMap = dict(); eventShown = dict(); wanted = dict(); eventRows = dict();
      marks.reset();
      denseLimit = cfg.denseEvents || 300;
      fields = (cfg.events && cfg.events.fields) || [];
      var idAt = fields.indexOf("id");
      ((cfg.events && cfg.events.rows) || []).forEach(function (row) { eventRows[row[idAt]] = row; });
    }

    // each event's DOM marker, its tooltip and its classes (markers.js)
    var marks = modules.markers({cfg: cfg, marked: marked, click: onClick});
    var categoryOf = marks.categoryOf, decorate = marks.decorate, domMarker = marks.make;
    var dots = modules.dots({map: map, cfg: cfg, tooltip: marks.tooltip, click: onClick, opacity: opacityOf,
                             drawn: function (rec) { return onMap[rec.data.id] === ON_CANVAS; }});
    reset();

    function eventData(id) {  // an event the page was built with, as an object
      var row = has(eventRows, id) ? eventRows[id] : null;
      if (!row) { return null; }
      var data = {};
      fields.forEach(function (name, i) { data[name] = row[i]; });
      return data;
    }

    // The handle of an event with a place, made the first time it is needed (no layer yet).
    function record(id, data) {
      if (has(markers, id)) { return markers[id]; }
      var extra = !!data;  // an event the page was not built with: its data lives only here
      data = data || eventData(id);
      if (!data || typeof data.lat !== "number" || typeof data.lon !== "number") { return null; }
      var cat = categoryOf(data);
      var vague = marks.isArea(data);
      markers[id] = {marker: null, data: data, recent: false, alpha: null, possible: false, lookKey: "", offset: null, strike: cat === "strike" && !vague, vague: vague,
                     group: window.atlasLayers["events." + cat] || window.atlasLayers["events.other"] || null,
                     colour: cfg.colours.category[cat] || cfg.colours.otherCategory,
                     latlng: L.latLng(data.lat, data.lon), pz: null, px: 0, py: 0, extra: extra};
      return markers[id];
    }

    function release(id) {  // an event off the map: its handle goes (it is made again when needed)
      var rec = markers[id];
      if (rec && !rec.extra && !marked(id) && !has(onMap, id)) { delete markers[id]; }
    }

    function onClick(rec) {
      select(rec.data.id);
      ctx.clicked(rec.data.id);
    }

    function take(delta) {  // the events of a state delta into `wanted`; true if they changed
      var changed = false;
      var put = function (item) {
        var id, look;
        if (Array.isArray(item)) {
          id = item[0]; look = lookOf(item[1]);
        } else if (item && item.id !== undefined) {
          id = item.id;
          look = lookOf(item.look !== undefined ? item.look
                        : [item.recent ? 1 : 0, item.opacity, item.certain === false ? 1 : 0]);
          if (item.lat !== undefined) { record(id, item); }  // an event the page was not built with
        } else {
          return;
        }
        wanted[id] = look;
      };
      if (has(delta, "events")) {
        wanted = dict();
        (delta.events || []).forEach(put);
        changed = true;
      }
      var ch = has(delta, "eventChanges") ? delta.eventChanges : null;
      if (ch) {
        if (ch.reset) { wanted = dict(); }
        (ch.drop || []).forEach(function (id) { delete wanted[id]; });
        (ch.put || []).forEach(put);
        changed = true;
      }
      return changed;
    }

    function fanOut(ids, target, offsets) {  // markers at one spot fan out around it (in pixels, whatever the zoom)
      var spots = dict();
      ids.forEach(function (id) {
        var d = markers[id].data, spot = d.lat.toFixed(2) + "," + d.lon.toFixed(2);
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

    function thinOut(ids, target) {  // on the map now first, then new ones; current events before recent ones
      var order = [[], [], [], []];
      ids.forEach(function (id) {
        if (marked(id)) { target[id] = "dom"; return; }
        var group = markers[id].group;
        if (!group || !map.hasLayer(group)) { return; }  // its category is switched off: it takes no cell
        order[(onMap[id] ? 0 : 1) + (wanted[id].recent ? 2 : 0)].push(markers[id]);
      });
      dots.thin(order).forEach(function (rec) { target[rec.data.id] = "dot"; });
    }

    // The events list's filters (search, category, partner): null, every event; else the ids the list shows.
    var filter = null;
    function passes(id) { return filter === null || has(filter, id); }
    function setFilter(ids) {
      if (ids === null || ids === undefined) {
        filter = null;
      } else {
        filter = dict();
        ids.forEach(function (id) { if (typeof id === "string") { filter[id] = true; } });
      }
      apply();
    }

    function apply() {
      var ids = [];
      Object.keys(wanted).forEach(function (id) { if (passes(id) && record(id)) { ids.push(id); } });
      dense = ids.length > denseLimit;
      var target = dict(), offsets = dict(), drawn = [];
      if (dense) { thinOut(ids, target); } else { fanOut(ids, target, offsets); dots.clear(); }
      var hovered = dots.hovered();
      if (hovered && target[hovered.data.id] !== "dot") { dots.hover(null); }
      Object.keys(onMap).forEach(function (id) {
        var rec = markers[id], layer = onMap[id];
        if (!has(wanted, id) || (target[id] === "dot" ? ON_CANVAS : rec.marker) !== layer || !target[id]) {
          if (layer !== ON_CANVAS && rec.group) { rec.group.removeLayer(layer); }
          delete onMap[id];
        }
      });
      Object.keys(eventShown).forEach(function (id) {
        if (!has(wanted, id) || !passes(id)) { delete eventShown[id]; release(id); }
      });
      ids.forEach(function (id) {
        var rec = markers[id], look = wanted[id], off = offsets[id] || null, kind = target[id];
        var changed = rec.lookKey !== look.key || String(rec.offset) !== String(off);
        rec.recent = look.recent;
        rec.alpha = look.alpha;
        rec.possible = look.possible;
        rec.lookKey = look.key;
        rec.offset = off;
        eventShown[id] = look.recent;
        if (!kind) { return; }
        if (kind === "dot") {
          onMap[id] = ON_CANVAS;
          drawn.push(rec);
          return;
        }
        var marker = domMarker(rec);
        var opacity = opacityOf(rec);
        if (onMap[id] !== marker) {
          marker.setOpacity(opacity);
          if (rec.group) { rec.group.addLayer(marker); }
          onMap[id] = marker;
        } else if (changed) {
          marker.setOpacity(opacity);
          decorate(rec);
        }
      });
      if (drawn.length || dots.layer.items().length) { dots.layer.setItems(drawn); }
      // the selected event coming back on the map does not move it: the map moves by itself only when an
      // event is chosen (select), never after the user, a tour or a new date put it where it is
    }

    function revealSelected() {
      var layer = selected && onMap[selected];
      if (layer && has(eventShown, selected) && map.hasLayer(layer)) {
        if (!map.getBounds().pad(-0.1).contains(layer.getLatLng())) { map.panTo(layer.getLatLng()); }
        return true;
      }
      return false;
    }

    // Highlight one event (null clears) and, with it, the events of ``others`` (a tour step's: every one
    // of them stands out, the first is the selected one); true if the selected one's marker is on the map.
    function select(id, others) {
      var before = [selected].concat(Object.keys(also));
      selected = id || null;
      also = dict();
      (others || []).forEach(function (eid) { if (typeof eid === "string" && eid) { also[eid] = true; } });
      var now = [selected].concat(Object.keys(also));
      var touched = before.concat(now);
      touched.forEach(function (eid) {
        var rec = eid && markers[eid];
        if (rec && rec.marker) {
          rec.marker.setZIndexOffset(marked(eid) ? 5000 : (rec.strike ? 1000 : 0));
          decorate(rec);
        }
      });
      if (dense && touched.some(function (eid) { return eid && has(wanted, eid); })) {
        apply();  // highlighted events are DOM markers, never thinned out
      }
      return revealSelected();
    }

    function shown() {  // the events as the page shows them now (for atlas.shownState)
      var visible = Object.keys(eventShown).sort();
      return {
        events: visible,
        eventsOnMap: visible.filter(function (id) {
          var layer = onMap[id];
          return layer === ON_CANVAS ? !!markers[id].group && map.hasLayer(markers[id].group) &&
            map.hasLayer(dots.layer) : !!layer && map.hasLayer(layer);
        }),
        eventsDrawn: dense ? "canvas" : "markers",
        recentEvents: visible.filter(function (id) { return eventShown[id]; }),
        selected: selected,
        highlighted: visible.filter(marked),
      };
    }

    map.on("zoomend overlayadd overlayremove", function () { if (dense) { apply(); } });

    function categories() {  // category -> true for the events of the state; "recent" if any ended in the past year
      var out = dict();
      Object.keys(wanted).forEach(function (id) {
        var rec = passes(id) ? record(id) : null;  // what the list's filters leave on the map
        if (!rec) { return; }
        out[categoryOf(rec.data)] = true;
        if (wanted[id].recent) { out.recent = true; }
      });
      return out;
    }

    // The DOM markers on the map now, as boxes in the map's pixels: where the marker stands and where its fan
    // draws it (labels.js keeps the names clear of both without asking the page for its layout).
    function markerBoxes() {
      var out = [];
      Object.keys(onMap).forEach(function (id) {
        var layer = onMap[id], rec = markers[id];
        if (layer === ON_CANVAS || !rec || !map.hasLayer(layer)) { return; }
        var p = map.latLngToContainerPoint(layer.getLatLng()), s = layer.options.icon.options.iconSize;
        var off = rec.offset || [0, 0], hw = s[0] / 2, hh = s[1] / 2;
        out.push([p.x - hw, p.y - hh, p.x + hw, p.y + hh]);
        if (off[0] || off[1]) { out.push([p.x + off[0] - hw, p.y + off[1] - hh, p.x + off[0] + hw, p.y + off[1] + hh]); }
      });
      return out;
    }

    function selectedPoint() {  // where the selected event is on the map now, or null
      var layer = selected && onMap[selected];
      return layer && layer !== ON_CANVAS && map.hasLayer(layer) ? layer.getLatLng() : null;
    }

    return {take: take, apply: apply, select: select, reset: reset, shown: shown, selectedPoint: selectedPoint, markerBoxes: markerBoxes, categories: categories,
            setFilter: setFilter,
            marker: function (id) { var rec = record(id); return rec ? domMarker(rec) : null; },
            markerElement: function (id) {
              var rec = record(id);
              return rec && rec.marker ? rec.marker.getElement() || null : null;
            }};
  };
})();
