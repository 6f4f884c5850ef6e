/*
 * Alliances on the map (window.atlasModules.alliances): each alliance in force is drawn as the
 * outlines of its members of the day, in its own colour and dash (cfg.alliances; an alliance
 * the page was not built with gets one of cfg.extraAllianceStyles and a layer of its own,
 * registered as "alliance.<id>"). A member is outlined whole: its territory of the day.
 */
(function () {
  "use strict";
  var modules = window.atlasModules = window.atlasModules || {};
  var util = modules.util, dict = util.dict;

  // ctx: {map, cfg, control, current: {alliances}, shapes}
  modules.alliances = function (ctx) {
    var map = ctx.map, cfg = ctx.cfg, current = ctx.current, shapes = ctx.shapes;
    var alliances = dict();  // id -> {group, style, name, members: {shape key: layer}, shown: {shape key: true},
                         //        codes: {member code: shape key}}
    var extra = 0;

    function entry(id, name) {
      if (alliances[id]) { return alliances[id]; }
      var known = cfg.alliances[id];
      var group = window.atlasLayers["alliance." + id];
      var style = known ? known.style : cfg.extraAllianceStyles[extra++ % cfg.extraAllianceStyles.length];
      if (!group) {  // an alliance the page was not built with: add it now
        group = window.atlasLayers["alliance." + id] = L.featureGroup().addTo(map);
        if (ctx.control) {
          ctx.control.addOverlay(group, cfg.allianceLayerLabel.replace("{}", util.escapeText(id)));
        }
      }
      alliances[id] = {group: group, style: style, name: known ? known.name : (name || id),
                       members: {}, shown: {}, codes: {}};
      return alliances[id];
    }

    function memberLayer(one, shape) {
      return L.geoJSON(shape.feature, {pane: "atlas-alliances", renderer: window.atlasVectors, interactive: false,
        style: function () {
          return {stroke: true, fill: false, color: one.style.color, weight: one.style.weight,
                  dashArray: one.style.dashArray, opacity: one.style.opacity, lineCap: "butt"};
        }});
    }

    function apply() {
      var want = dict(), added = false;
      current.alliances.forEach(function (a) {
        var one = entry(a.id, a.name);
        var keys = want[a.id] = dict();
        one.codes = dict();
        (a.members || []).forEach(function (code) {
          var shape = shapes.memberShape(code);
          if (!shape) { return; }
          one.codes[code] = shape.key;
          keys[shape.key] = true;
          if (one.shown[shape.key]) { return; }
          var layer = one.members[shape.key] = one.members[shape.key] || memberLayer(one, shape);
          one.group.addLayer(layer);
          one.shown[shape.key] = true;
          added = true;
        });
      });
      if (added) { shapes.restackAbove("alliances"); }
      Object.keys(alliances).forEach(function (id) {
        var one = alliances[id];
        if (!want[id]) { one.codes = dict(); }
        Object.keys(one.shown).forEach(function (key) {
          if (!(want[id] && want[id][key])) {
            one.group.removeLayer(one.members[key]);
            delete one.shown[key];
          }
        });
      });
    }

    function shown() {  // alliance id -> the members outlined now
      var out = dict();
      Object.keys(alliances).forEach(function (id) {
        var one = alliances[id];
        var members = Object.keys(one.codes).filter(function (c) {
          return one.shown[one.codes[c]] && one.group.hasLayer(one.members[one.codes[c]]);
        }).sort();
        if (members.length) { out[id] = members; }
      });
      return out;
    }

    Object.keys(cfg.alliances || {}).forEach(function (id) { entry(id, cfg.alliances[id].name); });

    return {apply: apply, shown: shown,
            groups: function () { return Object.keys(alliances).map(function (id) { return alliances[id].group; }); }};
  };
})();
