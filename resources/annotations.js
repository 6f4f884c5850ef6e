/*
 * A tour step's annotations (window.atlasModules.annotations): labelled points, arrows between two
 * points, circles, drawn in their own pane above the shapes and below the event markers.
 *
 *   set(list)   list = [{kind: "point"|"arrow"|"circle", points: [[lat, lon], ...], label, radius}]
 *               (radius in metres); replaces what was drawn; [] clears. Anything malformed is skipped.
 *   shown()     [{kind, label}] of what is drawn (for tests).
 *
 * Labels are text: each is an element whose textContent is the label, never markup.
 */
(function () {
  "use strict";
  var modules = window.atlasModules = window.atlasModules || {};
  var PANE = "atlas-annotations";
  var MAX = 20;

  function finitePoint(p) {
    return Array.isArray(p) && p.length === 2 && isFinite(p[0]) && isFinite(p[1]) &&
      Math.abs(p[0]) <= 90 && Math.abs(p[1]) <= 180;
  }

  modules.annotations = function (ctx) {
    var map = ctx.map, colours = (ctx.cfg.colours || {}).annotation || {};
    var ink = modules.util.safeColour(colours.ink, "#1d1d1d"), halo = modules.util.safeColour(colours.halo, "#ffffff");
    if (!map.getPane(PANE)) {
      var pane = map.createPane(PANE);
      pane.style.zIndex = 460;
      pane.style.pointerEvents = "none";
    }
    var group = L.layerGroup().addTo(map);
    var drawn = [], arrows = [];

    function label(text) {
      var node = modules.util.el("span", "atlas-annotation-text", text);
      node.setAttribute("dir", "auto");
      return node;
    }

    function line(latlngs, weight, colour) {
      return L.polyline(latlngs, {pane: PANE, color: colour, weight: weight, opacity: 1, interactive: false,
                                  lineCap: "round", lineJoin: "round"});
    }

    function head(a, b) {  // the two strokes of an arrow's head at b, 14 px long at the map's zoom
      var pa = map.latLngToLayerPoint(a), pb = map.latLngToLayerPoint(b);
      var dx = pb.x - pa.x, dy = pb.y - pa.y, len = Math.sqrt(dx * dx + dy * dy) || 1;
      var ux = dx / len, uy = dy / len, size = 14, c = Math.cos(0.5), sn = Math.sin(0.5);
      function at(side) {  // the head's stroke on one side: the shaft's direction turned by +-0.5 rad, backwards
        var rx = ux * c - side * uy * sn, ry = side * ux * sn + uy * c;
        return map.layerPointToLatLng(L.point(pb.x - size * rx, pb.y - size * ry));
      }
      return [at(1), b, at(-1)];
    }

    function redrawHeads() {
      arrows.forEach(function (a) {
        var shape = head(a.from, a.to);
        a.halo.setLatLngs(shape);
        a.ink.setLatLngs(shape);
      });
    }
    map.on("zoomend viewreset", redrawHeads);

    function add(item) {
      var pts = (item.points || []).filter(finitePoint);
      var text = typeof item.label === "string" ? item.label : "";
      var tipAt = null;
      if (item.kind === "point" && pts.length === 1) {
        L.circleMarker(pts[0], {pane: PANE, radius: 5, color: halo, weight: 2, fillColor: ink, fillOpacity: 1,
                                interactive: false}).addTo(group);
        tipAt = pts[0];
      } else if (item.kind === "arrow" && pts.length === 2) {
        var a = L.latLng(pts[0]), b = L.latLng(pts[1]);
        line([a, b], 6, halo).addTo(group);
        line([a, b], 3, ink).addTo(group);
        var arrow = {from: a, to: b, halo: line(head(a, b), 6, halo).addTo(group), ink: line(head(a, b), 3, ink).addTo(group)};
        arrows.push(arrow);
        tipAt = a;  // the label at the arrow's tail, above it: the arrow itself stays in sight
      } else if (item.kind === "circle" && pts.length === 1 && isFinite(item.radius) && item.radius > 0) {
        L.circle(pts[0], {pane: PANE, radius: Math.min(item.radius, 2e6), color: ink, weight: 3, dashArray: "8 5",
                          fill: false, interactive: false}).addTo(group);
        var north = Math.min(90, pts[0][0] + Math.min(item.radius, 2e6) / 111320);  // metres to degrees of latitude
        tipAt = L.latLng(north, pts[0][1]);  // the label above the circle: the circle stays in sight
      } else {
        return;
      }
      if (text) {
        var where = {point: ["right", [6, 0]], arrow: ["top", [0, -6]], circle: ["top", [0, -4]]}[item.kind];
        L.tooltip({permanent: true, direction: where[0], className: "atlas-annotation", offset: where[1],
                   interactive: false})
          .setLatLng(tipAt).setContent(label(text)).addTo(group);
      }
      drawn.push({kind: item.kind, label: text});
    }

    return {
      set: function (list) {
        group.clearLayers();
        drawn = [];
        arrows = [];
        (Array.isArray(list) ? list.slice(0, MAX) : []).forEach(function (item) {
          if (item && typeof item === "object") { add(item); }
        });
        return drawn.length;
      },
      shown: function () { return drawn.slice(); },
    };
  };
})();
