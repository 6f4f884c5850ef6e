/*
 * The layer control's overlays (window.atlasModules.overlays), by their stable ids (viewer/page/layers.py, the
 * layers registered in window.atlasLayers): their names in the page's language and order, which are hidden,
 * switching them on and off, and telling the window when the reader switched one (bridge "layersChanged").
 */
(function () {
  "use strict";
  var modules = window.atlasModules = window.atlasModules || {};
  var util = modules.util, has = util.has;

  // ctx: {map, control (the layer control, or null), cfg, send(method, arg)}
  modules.overlays = function (ctx) {
    var map = ctx.map, control = ctx.control, batch = false;

    // The names in the page's language and order (cfg.layerNames: escaped by the page builder, as Leaflet shows
    // them as HTML); a layer the data has no name for (an alliance added with a file) keeps its own.
    function relabel() {
      if (!control) { return; }
      var names = ctx.cfg.layerNames || {}, registered = window.atlasLayers, had = util.dict();
      (control._layers || []).forEach(function (o) { if (o.overlay) { had[L.stamp(o.layer)] = o.name; } });
      var ids = Object.keys(names).concat(Object.keys(registered).filter(function (id) { return !has(names, id); }));
      ids.forEach(function (id) { if (registered[id]) { control.removeLayer(registered[id]); } });
      ids.forEach(function (id) {
        var layer = registered[id], name = has(names, id) ? names[id] : had[layer ? L.stamp(layer) : ""];
        if (layer && name !== undefined) { control.addOverlay(layer, name); }
      });
    }

    function overlays() {  // [{id, layer}] of every layer the control switches
      var registered = window.atlasLayers || {};
      var controlled = control && control._layers ? control._layers : [];
      return Object.keys(registered).filter(function (id) {
        return controlled.some(function (o) { return o.overlay && o.layer === registered[id]; });
      }).map(function (id) { return {id: id, layer: registered[id]}; });
    }

    function hidden() {  // the ids of the overlays switched off
      return overlays().filter(function (o) { return !map.hasLayer(o.layer); }).map(function (o) { return o.id; });
    }

    function report() {  // the reader switched one (overlayadd, overlayremove): the window remembers it
      if (!batch) { ctx.send("layersChanged", JSON.stringify(hidden())); }
    }

    function setHidden(ids) {  // these off, every other on; reported once
      var hide = util.dict();
      (ids || []).forEach(function (n) { hide[n] = true; });
      batch = true;
      try {
        overlays().forEach(function (o) {
          if (hide[o.id] && map.hasLayer(o.layer)) { map.removeLayer(o.layer); }
          if (!hide[o.id] && !map.hasLayer(o.layer)) { map.addLayer(o.layer); }
        });
      } finally {
        batch = false;
      }
      report();
      return hidden();
    }

    return {relabel: relabel, hidden: hidden, setHidden: setHidden, report: report};
  };
})();
