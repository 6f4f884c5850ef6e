/*
 * The patterns shapes are filled with (window.atlasModules.patterns): the statuses of cfg.statusPatterns
 * (stripes or cross-hatching over the status colour), disputed territories (hatching the other way) and the
 * regions of the day's events (cfg.styles.regionHighlight.hatch). On the canvas each is an 8-pixel tile made
 * once per look and colour; when the map draws as SVG (the vector PDF export) the same tile is an SVG
 * <pattern> in the page's own <defs>, and a shape's fill is its url().
 */
(function () {
  "use strict";
  var modules = window.atlasModules = window.atlasModules || {};
  var util = modules.util, dict = util.dict;

  // ctx: {map, cfg}
  modules.patterns = function (ctx) {
    var map = ctx.map, cfg = ctx.cfg;
    var patterns = dict();  // name|colour|ink -> canvas pattern

    // When the map draws as SVG (the vector PDF export), a canvas pattern has no SVG form: the same
    // patterns are then SVG <pattern>s in the page's own <defs>, and a shape's fill is their url().
    var svgDefs = null, SVG_NS = "http://www.w3.org/2000/svg";
    function vectorMode() { return !map.options.preferCanvas; }
    function svgPattern(id, paint) {
      if (!svgDefs) {
        var svg = document.createElementNS(SVG_NS, "svg");
        svg.setAttribute("width", "0");
        svg.setAttribute("height", "0");
        svg.setAttribute("aria-hidden", "true");
        svg.style.position = "absolute";
        svgDefs = document.createElementNS(SVG_NS, "defs");
        svg.appendChild(svgDefs);
        document.body.appendChild(svg);
      }
      if (!document.getElementById(id)) {
        var pattern = document.createElementNS(SVG_NS, "pattern");
        pattern.setAttribute("id", id);
        pattern.setAttribute("patternUnits", "userSpaceOnUse");
        pattern.setAttribute("width", "8");
        pattern.setAttribute("height", "8");
        paint(pattern);
        svgDefs.appendChild(pattern);
      }
      return "url(#" + id + ")";
    }
    function svgShape(parent, name, attrs) {
      var node = document.createElementNS(SVG_NS, name);
      Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
      parent.appendChild(node);
    }
    function idPart(colour) { return String(colour).replace(/[^0-9A-Za-z]/g, ""); }

    function statusPattern(status, colour) {  // stripes or cross-hatching over the status colour
      return patternOf(status, (cfg.statusPatterns || {})[status], colour);
    }

    function disputedPattern(colour) {  // hatching the other way, dark on a light fill and light on a dark one
      var look = cfg.disputedPattern;
      if (!look) { return null; }
      var ink = util.luminance(colour) < 0.2 ? look.light : look.color;
      return patternOf("disputed", {kind: look.kind, color: ink}, colour);
    }

    function patternOf(name, look, colour) {  // a tile of the look's lines over the colour, made once per pair
      if (!look) { return null; }
      var ink = util.safeColour(look.color, "#000000");
      var back = look.kind === "back";
      var lines = back ? "M0,8 L8,0 M-2,2 L2,-2 M6,10 L10,6" : "M0,0 L8,8 M-2,6 L2,10 M6,-2 L10,2" +
                  (look.kind === "grid" ? " M0,8 L8,0 M-2,2 L2,-2 M6,10 L10,6" : "");
      if (vectorMode()) {
        return svgPattern("atlas-status-" + idPart(name) + "-" + idPart(colour) + "-" + idPart(ink), function (p) {
          svgShape(p, "rect", {width: "8", height: "8", fill: util.safeColour(colour, "#ffffff")});
          svgShape(p, "path", {d: lines, stroke: ink, "stroke-width": "1.3", fill: "none"});
        });
      }
      var key = name + "|" + colour + "|" + ink;
      if (patterns[key]) { return patterns[key]; }
      var tile = document.createElement("canvas");
      tile.width = tile.height = 8;
      var g = tile.getContext("2d");
      g.fillStyle = colour;
      g.fillRect(0, 0, 8, 8);
      g.strokeStyle = ink;
      g.lineWidth = 1.3;
      g.stroke(new Path2D(lines));
      patterns[key] = g.createPattern(tile, "repeat");
      return patterns[key];
    }

    function hatch(colour) {  // the pattern that fills a region of an event
      if (vectorMode()) {
        return svgPattern("atlas-hatch-" + idPart(colour), function (p) {
          svgShape(p, "path", {d: "M0,8 L8,0 M-2,2 L2,-2 M6,10 L10,6", stroke: util.safeColour(colour, "#000000"),
                               "stroke-width": "2.4", "stroke-linecap": "square", fill: "none"});
        });
      }
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

    return {status: statusPattern, disputed: disputedPattern, hatch: hatch};
  };
})();
