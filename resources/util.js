/*
 * Small helpers shared by the map page's modules (window.atlasModules.util).
 * Text from the data is only ever put into the page with textContent or setAttribute.
 */
(function () {
  "use strict";
  var modules = window.atlasModules = window.atlasModules || {};
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var dateFormat = null;  // {months, template}: the page's language's long date (viewer/i18n/page.py)
  var lang = "en", plurals = null;  // the page's language, for its numbers and its plural forms
  var holdersOf = {list: null};  // util.holders(): kept for the last list of territories

  // A layer that is one canvas on the map, redrawn (once per animation frame) after each change of view;
  // the subclass draws in _draw. options.className names the canvas; options.hidden starts it hidden;
  // options.passThrough lets the mouse through to what lies below.
  var CanvasLayer = L.Layer.extend({
    onAdd: function () {
      this._frame = null;
      this._canvas = L.DomUtil.create("canvas", this.options.className + " leaflet-zoom-hide");
      if (this.options.hidden) { this._canvas.style.display = "none"; }
      if (this.options.passThrough) { this._canvas.style.pointerEvents = "none"; }
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

    redraw: function () {
      if (this._map && !this._frame) { this._frame = L.Util.requestAnimFrame(this._draw, this); }
      return this;
    },
  });

  var measure = null;  // a canvas's 2D context, only to measure text

  modules.util = {
    CanvasLayer: CanvasLayer,

    textWidth: function (text, font) {  // the width of a line of text in a CSS font, measured without a layout
      measure = measure || document.createElement("canvas").getContext("2d");
      measure.font = font;
      return measure.measureText(text).width;
    },

    has: function (obj, key) { return Object.prototype.hasOwnProperty.call(obj, key); },

    // A table keyed by data (event, unit, alliance ids): no prototype, so an id such as "__proto__" or
    // "constructor" is an ordinary key, never a property inherited from Object.
    dict: function () { return Object.create(null); },

    el: function (tag, className, text) {  // an element holding text only
      var node = document.createElement(tag);
      if (className) { node.className = className; }
      if (text !== undefined && text !== null) { node.textContent = String(text); }
      return node;
    },

    escapeText: function (s) {  // for the one place Leaflet takes HTML: a layer control's label
      return String(s).replace(/[&<>"']/g, function (c) {
        return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c];
      });
    },

    safeColour: function (c, fallback) {  // colours come from the page data; anything else is not drawn
      return /^#[0-9a-fA-F]{3,8}$/.test(String(c)) ? String(c) : (fallback || "transparent");
    },

    luminance: function (c) {  // WCAG relative luminance of a #rrggbb colour (0 black .. 1 white)
      var m = /^#([0-9a-fA-F]{2})([0-9a-fA-F]{2})([0-9a-fA-F]{2})$/.exec(String(c));
      if (!m) { return 1; }
      var lin = [m[1], m[2], m[3]].map(function (h) {
        var v = parseInt(h, 16) / 255;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
      });
      return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
    },

    speak: function (language, fmt) {  // the page's language and its long date (controller.js, from the config)
      lang = language || "en";
      plurals = null;
      dateFormat = fmt && fmt.months && fmt.template ? fmt : null;
    },

    // For a day's list of territories: unit -> the index of the first territory that holds it (``units``), and the
    // same for a territory's own id as well (``partners``: a relation names its partner by either). Made once per
    // list, for the names (labels.js) and the edge markers (edges.js).
    holders: function (territories) {
      if (holdersOf.list !== territories) {
        var units = Object.create(null), partners = Object.create(null);
        territories.forEach(function (t, i) {
          if (!(t.id in partners)) { partners[t.id] = i; }
          t.units.forEach(function (code) {
            if (!(code in units)) { units[code] = i; }
            if (!(code in partners)) { partners[code] = i; }
          });
        });
        holdersOf = {list: territories, units: units, partners: partners};
      }
      return holdersOf;
    },

    number: function (n) { return Number(n).toLocaleString(lang); },  // 1,234 / 1 234 as the language groups digits

    // a count in words of the page's language: words[key + "_one"] or words[key + "_other"] as its plural rules say
    count: function (n, words, key) {
      if (!plurals) { plurals = new Intl.PluralRules(lang); }
      var form = plurals.select(n) === "one" ? "_one" : "_other";
      return this.words((words || {})[key + form] || "{n}", {n: this.number(n)});
    },

    words: function (template, values) {  // "{status} since {date}" with values filled in as text
      return String(template).replace(/\{(\w+)\}/g, function (all, key) {
        return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : all;
      });
    },

    longDate: function (iso) {  // "1965-09-06" -> "6 Sep 1965" (or "6 septembre 1965", "6 ستمبر، 1965")
      if (!iso) { return ""; }
      var p = String(iso).split("-");
      if (p.length !== 3) { return String(iso); }
      if (dateFormat) {
        return dateFormat.template.replace("{d}", String(parseInt(p[2], 10)))
          .replace("{m}", dateFormat.months[parseInt(p[1], 10) - 1] || p[1]).replace("{y}", String(parseInt(p[0], 10)));
      }
      return parseInt(p[2], 10) + " " + (MONTHS[parseInt(p[1], 10) - 1] || p[1]) + " " + p[0];
    },
  };
})();
