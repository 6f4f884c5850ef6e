/*
 * Alliances on the map (window.atlasModules.alliances): each alliance in force is drawn as the
 * outlines of its members of the day, in its own colour and dash (cfg.alliances; an alliance
 * the page was not built with gets one of cfg.extraAllianceStyles and a layer of its own,
 * registered as "alliance.<id>"). A member is outlined whole: its territory of the day.
 *
 * Where several alliances outline the same shape on a day (CENTO and RCD, 1964-1979), each is
 * drawn as a solid band in its colour, nested around the border: the first alliance in the
 * legend's order outermost, each band cfg.allianceBandPx wider on either side than the one
 * inside it, drawn outermost first. Alone, an alliance keeps its own dashed line.
 */
(function () {
  "use strict";
  var modules = window.atlasModules = window.atlasModules || {};
  var util = modules.util, dict = util.dict;

  // A member's outline that leaves the map is hidden, not taken off it: outlined again on another day, it only
  // changes style, where adding it again meant projecting and clipping its shape (thousands of points for the
  // United States or China) in the day's change. Hidden, it is neither drawn (canvas.js) nor projected when the
  // map moves or zooms; it is projected once it shows again.
  var Outline = L.Polygon.extend({
    _project: function () {
      if (this._atlasHidden) { this._atlasStale = true; return; }
      L.Polygon.prototype._project.call(this);
    },
    _update: function () {
      if (this._atlasHidden) { this._atlasStale = true; return; }
      L.Polygon.prototype._update.call(this);
    },
    atlasShow: function (on) {
      if (!this._atlasHidden === !!on) { return; }
      if (!on) {
        this.setStyle({stroke: false});  // its place painted again without it (and no stroke as SVG)
        this._atlasHidden = true;
        return;
      }
      this._atlasHidden = false;  // the day's style comes next (nest: its band is marked anew)
      if (this._atlasStale && this._map) { this._atlasStale = false; this._project(); this._update(); }
    },
  });

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
        if (ctx.control) {  // its name from the data, else the template with its id
          var names = cfg.layerNames || {};
          ctx.control.addOverlay(group, util.has(names, "alliance." + id) ? names["alliance." + id]
            : cfg.allianceLayerLabel.replace("{}", util.escapeText(id)));
        }
      }
      order.push(id);
      alliances[id] = {group: group, style: style, name: known ? known.name : (name || id),
                       members: {}, shown: {}, codes: {}};
      return alliances[id];
    }

    var order = [];  // alliance ids in the legend's order: the outermost band first
    var bandOf = dict();  // alliance id -> shape key -> "rank/count" drawn now

    function look(one, rank, count) {  // the outline's style: its own alone, a nested band when shared
      if (count < 2) {
        return {stroke: true, fill: false, color: one.style.color, weight: one.style.weight,
                dashArray: one.style.dashArray, opacity: one.style.opacity, lineCap: "butt"};
      }
      var band = cfg.allianceBandPx || 2.5;
      return {stroke: true, fill: false, color: one.style.color, weight: band + 2 * band * (count - 1 - rank),
              dashArray: null, opacity: 1, lineCap: "round", lineJoin: "round"};
    }

    function memberLayer(one, shape) {
      return new Outline(shape.latlngs, L.extend({pane: "atlas-alliances", renderer: window.atlasVectors,
                                                  interactive: false}, look(one, 0, 1)));
    }

    function show(one, key, on) {  // a member's outline shown, or hidden (it stays in the alliance's layer)
      var layer = one.members[key];
      if (!one.group.hasLayer(layer)) { one.group.addLayer(layer); }  // the first time the member is outlined
      else { layer.atlasShow(on); }
      if (on) { one.shown[key] = true; } else { delete one.shown[key]; }
    }

    function nest(want) {  // restyle the outlines that share a shape, and draw them outermost first
      var sharing = dict();  // shape key -> [alliance id] in order
      order.forEach(function (id) {
        Object.keys(want[id] || {}).forEach(function (key) { (sharing[key] = sharing[key] || []).push(id); });
      });
      var restacked = false;
      Object.keys(sharing).forEach(function (key) {
        var ids = sharing[key];
        ids.forEach(function (id, rank) {
          var one = alliances[id], mark = rank + "/" + ids.length;
          bandOf[id] = bandOf[id] || dict();
          if (bandOf[id][key] === mark) { return; }
          bandOf[id][key] = mark;
          one.members[key].setStyle(look(one, rank, ids.length));
          restacked = restacked || ids.length > 1;
        });
      });
      Object.keys(sharing).forEach(function (key) {
        if (restacked && sharing[key].length > 1) {
          sharing[key].forEach(function (id) { alliances[id].members[key].bringToFront(); });
        }
      });
      Object.keys(bandOf).forEach(function (id) {
        Object.keys(bandOf[id]).forEach(function (key) { if (!(want[id] && want[id][key])) { delete bandOf[id][key]; } });
      });
    }

    function apply() {
      var want = dict();
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
          one.members[shape.key] = one.members[shape.key] || memberLayer(one, shape);
          show(one, shape.key, true);
        });
      });
      Object.keys(alliances).forEach(function (id) {
        var one = alliances[id];
        if (!want[id]) { one.codes = dict(); }
        Object.keys(one.shown).forEach(function (key) {
          if (!(want[id] && want[id][key])) { show(one, key, false); }
        });
      });
      nest(want);
    }

    function bands() {  // alliance id -> shape key -> "rank/count" (for tests)
      var out = dict();
      Object.keys(bandOf).forEach(function (id) {
        var keys = Object.keys(bandOf[id]).filter(function (k) { return bandOf[id][k] !== "0/1"; });
        if (keys.length) { out[id] = keys.sort().map(function (k) { return k + "=" + bandOf[id][k]; }); }
      });
      return out;
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

    // The data changed (another language or contrast, files added): each alliance takes its style and name
    // from it, and its outlines are drawn anew with the next state.
    function configure() {
      extra = 0;
      order.forEach(function (id) {
        var one = alliances[id], known = cfg.alliances[id];
        one.style = known ? known.style : cfg.extraAllianceStyles[extra++ % cfg.extraAllianceStyles.length];
        one.name = known ? known.name : one.name;
        one.group.clearLayers();
        one.members = {}; one.shown = {}; one.codes = {};
      });
      bandOf = dict();
      Object.keys(cfg.alliances || {}).forEach(function (id) { entry(id, cfg.alliances[id].name); });
    }

    Object.keys(cfg.alliances || {}).forEach(function (id) { entry(id, cfg.alliances[id].name); });

    return {apply: apply, shown: shown, bands: bands, configure: configure,
            groups: function () { return Object.keys(alliances).map(function (id) { return alliances[id].group; }); }};
  };
})();
