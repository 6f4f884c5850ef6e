/*
 * The map's shapes (window.atlasModules.shapes): country units coloured by Pakistan's relation
 * with their polity of the day, the outlines of historical states, and the admin-1 regions
 * named by the day's events (hatched). Units of one polity (East and West Pakistan before
 * 1971) share its fill and lose the border between them. The statuses of cfg.statusPatterns
 * (hostile, sanctions) carry a pattern over their colour (patterns.js), so colour is never the only cue. A
 * unit's tooltip, and the regions under the mouse it names, are tips.js's.
 *
 * Every shape is drawn on one canvas (window.atlasVectors, canvas.js) in its pane's order: units,
 * outlines, alliances, regions, disputed lines (with SVG, in the PDF export, the panes keep that order
 * too); a shape brought to the front comes over the others of its pane only.
 */
(function () {
  "use strict";
  var modules = window.atlasModules = window.atlasModules || {};
  var util = modules.util, dict = util.dict;
  var STACK = ["units", "outlines", "alliances", "regions", "disputed"];

  // ctx: {map, cfg, current: {territories, relations, regions}, allianceGroups: function () -> [group]}
  modules.shapes = function (ctx) {
    var map = ctx.map, cfg = ctx.cfg, current = ctx.current;
    var units = dict();          // ADM0_A3 -> Leaflet polygon layer
    var unitNames = dict();      // ADM0_A3 -> name (in the page's language where cfg.unitNames has it)
    var outlines = dict();       // polity key -> outline layer
    var regions = dict();        // admin-1 id -> layer
    var territoryOf = dict();    // unit -> territory object
    var relationOf = dict();     // territory id -> relation (or undefined)
    var unitShown = dict();      // unit -> {fill, status, territory, pakistan, borderHidden, key}
    var outlineShown = dict();   // key -> "off" | "on" | "pak"
    var regionShown = dict();    // id -> true
    var pakistanFront = {key: null, layers: []};

    var fills = modules.patterns({map: map, cfg: cfg});  // the statuses' and the regions' patterns (patterns.js)
    var tips = modules.tips({map: map, cfg: cfg, current: current, about: function (code) {  // a unit's tooltip (tips.js)
      var t = territoryOf[code] || null;
      return {layer: units[code] || null, shown: unitShown[code] || {}, territory: t, relation: t ? relationOf[t.id] : null,
              title: t && t.units.length === 1 ? nameOf(t) : (unitNames[code] || code)};
    }});
    // A territory's name of the day, short: a polity's own (the Soviet Union, Ceylon, Burma in 1971), or
    // for a modern unit standing alone under its name of today its map name ("China", where the data's
    // name is "People's Republic of China"); cfg.currentNames says each polity's name of today.
    var currentNames = {};
    function nameOf(t) {
      var today = util.has(currentNames, t.id) ? currentNames[t.id] : null;
      if (t.units.length === 1 && t.id === t.units[0] && unitNames[t.id] && t.name === today) { return unitNames[t.id]; }
      return t.name || t.id;
    }

    // Put Pakistan's borders back over its neighbours', and the nested alliance bands outermost first: after the
    // export moved the shapes to SVG and back, or a group switched back on in the layer control came back at the
    // top of its pane. The shared canvas keeps the panes' order itself (canvas.js).
    function restack() {
      pakistanFront.layers.forEach(function (layer) { layer.bringToFront(); });
      Object.keys(outlines).forEach(function (key) {
        if (outlineShown[key] === "pak") { outlines[key].bringToFront(); }
      });
      ctx.allianceGroups().forEach(function (group) { group.bringToFront(); });
    }

    var territoriesSeen = null;  // the list territoryOf was made from: made again only when the page gets another
    function restyleUnits() {
      relationOf = dict();
      var byPartner = dict();
      current.relations.forEach(function (r) { byPartner[r.partner] = r; });
      if (territoriesSeen !== current.territories) {
        territoriesSeen = current.territories;
        territoryOf = dict();
        current.territories.forEach(function (t) { t.units.forEach(function (u) { territoryOf[u] = t; }); });
      }
      current.territories.forEach(function (t) {
        var rel = byPartner[t.id];
        for (var i = 0; !rel && i < t.units.length; i++) { rel = byPartner[t.units[i]]; }
        relationOf[t.id] = rel;
      });
      var pak = territoryOf.PAK || null, base = cfg.styles.unit, front = [];
      Object.keys(units).forEach(function (code) {
        var t = territoryOf[code] || null;
        var held = t && t.held_by ? t.held_by : null;  // a disputed territory: drawn as its holder's, hatched
        var holder = held && held.length ? territoryOf[held[0]] || null : null;
        var rel = held ? (holder ? relationOf[holder.id] : null) : (t ? relationOf[t.id] : byPartner[code]);
        var isPak = !!pak && t === pak;
        var heldByPak = !!pak && !!holder && holder === pak;
        var composed = !!t && t.units.length > 1;
        // what the unit's look follows: unchanged (most units, most days), the unit is left as it is (compared
        // field by field: no text made for each of some 250 units on each day whose territories or relations change)
        var tid = t ? t.id : "", hid = holder ? holder.id : held ? "?" : "", st = rel ? rel.status : "";
        var flags = (rel && rel.certain === false ? 1 : 0) | (isPak ? 2 : 0) | (heldByPak ? 4 : 0) | (composed ? 8 : 0);
        var prev = unitShown[code];
        if (isPak) { front.push(units[code]); }
        if (prev && prev.tid === tid && prev.hid === hid && prev.st === st && prev.flags === flags) { return; }
        var fill = isPak || heldByPak ? cfg.colours.pakistanFill :
                   (rel && cfg.colours.status[rel.status]) || cfg.colours.land;
        var stroke, weight, dash = null;
        if (held && cfg.disputedStyle) {  // the disputed line's dashes all round
          stroke = cfg.disputedStyle.color; weight = cfg.disputedStyle.weight; dash = cfg.disputedStyle.dashArray;
        } else if (composed) {          // no border between the units of one polity: paint the seam in the fill
          stroke = fill; weight = cfg.weights.seam;
        } else if (isPak) {
          stroke = cfg.colours.pakistanStroke; weight = cfg.weights.pakistan;
        } else {
          stroke = base.color; weight = base.weight;
        }
        var status = held ? "disputed" : isPak ? "pakistan" : (rel ? rel.status : null);
        var pattern = held ? fills.disputed(fill) : isPak || !rel ? null : fills.status(rel.status, fill);
        var possible = !held && !isPak && !!rel && rel.certain === false;  // only possibly in force (EDTF margin)
        if (possible) { dash = "2 3"; }
        var key = fill + "|" + stroke + "|" + weight + "|" + (pattern ? status : "") + "|" + dash;
        unitShown[code] = {fill: fill, status: status, territory: t ? t.id : code, pakistan: isPak, possible: possible,
                           borderHidden: composed && !held, key: key, tid: tid, hid: hid, st: st, flags: flags,
                           heldBy: holder ? holder.id : null,
                           pattern: !pattern ? null : held ? "disputed" : cfg.statusPatterns[status].kind};
        if (!prev || prev.key !== key) {
          units[code].setStyle({fillColor: pattern || fill, plainFill: fill, color: stroke, weight: weight,
                                dashArray: dash, fillOpacity: possible ? 0.45 : 1, opacity: 1, stroke: true, fill: true});
        }
      });
      var frontKey = front.map(function (layer) { return L.stamp(layer); }).join(",");
      if (frontKey !== pakistanFront.key) {  // Pakistan's border over its neighbours'
        pakistanFront = {key: frontKey, layers: front};
        front.forEach(function (layer) { layer.bringToFront(); });
      }
      restyleOutlines();
      tips.refresh();
    }

    function restyleOutlines() {  // the outlines of the composed polities of the day (keys from the page data)
      var active = dict();
      current.territories.forEach(function (t) { if (t.units.length > 1) { active[t.key] = t; } });
      Object.keys(outlines).forEach(function (key) {
        var t = active[key], show = !!t;
        var isPak = show && t.units.indexOf("PAK") >= 0;
        var want = show ? (isPak ? "pak" : "on") : "off";
        if ((outlineShown[key] || "off") === want) { return; }
        outlineShown[key] = want;
        if (!show) {
          outlines[key].setStyle({stroke: false});
        } else {
          outlines[key].setStyle({stroke: true, color: isPak ? cfg.colours.pakistanStroke : cfg.styles.outline.color,
                                  weight: isPak ? cfg.weights.pakistanOutline : cfg.styles.outline.weight,
                                  opacity: 1});
          if (isPak) { outlines[key].bringToFront(); }
        }
      });
    }

    function restyleAll() {  // every shape styled again (the map changed from canvas to SVG, say)
      unitShown = dict();
      var hi = cfg.styles.regionHighlight;
      if (hi.hatch) {
        try { hi.fillColor = fills.hatch(hi.hatch) || hi.fillColor; } catch (err) { /* keep the plain fill */ }
      }
      restyleUnits();
      Object.keys(regionShown).forEach(function (id) { regions[id].setStyle(hi); });
    }

    function applyRegions() {
      var want = dict();
      current.regions.forEach(function (r) { if (regions[r.id]) { want[r.id] = true; } });
      Object.keys(regionShown).forEach(function (id) {
        if (!want[id]) { regions[id].setStyle(cfg.styles.region); delete regionShown[id]; }
      });
      Object.keys(want).forEach(function (id) {
        if (!regionShown[id]) { regions[id].setStyle(cfg.styles.regionHighlight); regionShown[id] = true; }
      });
    }

    // What outlines an alliance member: its whole territory on the day (East and West
    // Pakistan together before 1971), as one shape where the polity has an outline; its points are the
    // shape's own (shared, not copied).
    function memberShape(code) {
      var t = territoryOf[code];
      if (t && t.units.length > 1 && outlines[t.key]) {
        return {key: "polity:" + t.key, latlngs: outlines[t.key].getLatLngs()};
      }
      return units[code] ? {key: "unit:" + code, latlngs: units[code].getLatLngs()} : null;
    }

    // The shapes the page holds (the shell's layers, with the data's geometry in them): indexed anew after each
    // geometry the window sends.
    function init(layers) {
      units = dict(); outlines = dict(); regions = dict(); disputedLines = [];
      unitShown = dict(); outlineShown = dict(); regionShown = dict(); pakistanFront = {key: null, layers: []};
      tips.reset();
      if (layers.units) {
        layers.units.eachLayer(function (layer) {
          var code = layer.feature.properties.ADM0_A3;
          units[code] = layer;
          tips.bind(code, layer);
          layer.on("click", function () {  // the window shows who held the unit that day, and before
            if (modules.bridge) { modules.bridge.send("unitClicked", code); }
          });
        });
      }
      if (layers.outlines) {
        layers.outlines.eachLayer(function (layer) { outlines[layer.feature.properties.key] = layer; });
      }
      if (layers.regions) {
        layers.regions.eachLayer(function (layer) { regions[layer.feature.properties.id] = layer; });
      }
      if (layers.disputed) {
        layers.disputed.eachLayer(function (layer) { disputedLines.push(layer); });
      }
    }

    // The data's words, names and styles (another language or contrast): every shape is styled anew with
    // the next state.
    function configure() {
      currentNames = cfg.currentNames || {};
      unitNames = dict();
      Object.keys(units).forEach(function (code) {
        unitNames[code] = (cfg.unitNames && util.has(cfg.unitNames, code) && cfg.unitNames[code]) ||
          units[code].feature.properties.NAME || code;
      });
      var hi = cfg.styles.regionHighlight;
      if (hi.hatch) {
        try { hi.fillColor = fills.hatch(hi.hatch) || hi.fillColor; } catch (err) { /* keep the plain fill */ }
      }
      unitShown = dict();
      pakistanFront = {key: null, layers: []};
      Object.keys(outlines).forEach(function (key) { outlines[key].setStyle({stroke: false}); });
      outlineShown = dict();
      Object.keys(regions).forEach(function (id) { regions[id].setStyle(cfg.styles.region); });
      regionShown = dict();
      disputedLines.forEach(function (layer) {
        layer.setStyle(cfg.styles.disputed || cfg.disputedStyle || {});
        layer._atlasHidden = false;
      });
      disputedVersion++;
      tips.forget();
    }

    var disputedLines = [];
    var disputedShown = [];  // the ids of the lines drawn on the current date
    var disputedVersion = 0;  // counts the changes of which lines are drawn

    function applyDisputedLines() {  // a disputed line shows on the days it meant something (start..end)
      var day = current.date;
      disputedShown = [];
      disputedLines.forEach(function (layer) {
        var p = layer.feature.properties;
        var on = !!day && (!p.start || p.start <= day) && (!p.end || day <= p.end);
        if (on) { disputedShown.push(p.id); }
        if (!!layer._atlasHidden !== !on) {
          layer._atlasHidden = !on;
          disputedVersion++;
          layer.setStyle({opacity: on ? (cfg.disputedStyle && cfg.disputedStyle.opacity) || 1 : 0});
        }
      });
    }

    function attr(node, name) {
      var found = node.querySelector("[" + name + "]");
      return found ? found.getAttribute(name) : null;
    }

    function shown() {  // the shapes as the page shows them now (for atlas.shownState)
      var unitsOut = dict();
      Object.keys(unitShown).forEach(function (code) {
        var s = unitShown[code], opts = units[code].options;
        unitsOut[code] = {fill: s.fill, pattern: s.pattern, status: s.status, territory: s.territory, pakistan: s.pakistan,
                          possible: s.possible,
                          borderHidden: s.borderHidden, stroke: opts.color, weight: opts.weight};
      });
      var open = Object.keys(units).filter(function (code) { return units[code].isTooltipOpen(); });
      var tip = open.length ? units[open[0]].getTooltip().getElement() : null;
      return {
        units: unitsOut,
        tooltip: tip ? {unit: open[0], text: tip.textContent, date: (tip.querySelector("[data-date]") || tip)
          .getAttribute("data-date"), place: attr(tip, "data-place"), polity: attr(tip, "data-polity"),
          regions: tip.querySelector(".atlas-tip-region") ? tip.querySelector(".atlas-tip-region").textContent : null} : null,
        outlines: Object.keys(outlineShown).filter(function (k) { return outlineShown[k] !== "off"; }).sort(),
        regions: Object.keys(regionShown).sort(),
        disputed: disputedShown.slice().sort(),
      };
    }

    return {init: init, configure: configure, restyleUnits: restyleUnits, applyDisputedLines: applyDisputedLines, restyleAll: restyleAll, applyRegions: applyRegions, memberShape: memberShape,
            restack: restack, shown: shown, nameOf: nameOf, territoryOf: function (code) {
              return territoryOf[code] || null; }, relationOf: function (t) { return relationOf[t.id]; },
            unitLayer: function (code) { return units[code] || null; }, unitCodes: function () { return Object.keys(units); },
            disputedOn: function () { return disputedLines.filter(function (l) { return !l._atlasHidden; }); },
            disputedVersion: function () { return disputedVersion; }};
  };
})();
