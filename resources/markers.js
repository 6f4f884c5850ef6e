/*
 * An event's DOM marker (window.atlasModules.markers), for events.js: a dot in its category's colour, a dashed
 * circle for an event placed only to an area (a district, a province, a country: conflict data), or a burst for
 * a strike; its tooltip (also the dense layer's, dots.js) and its classes (recent, only possible, selected) and
 * fan offset. Text only (textContent); the burst is static markup with the page data's colours.
 */
(function () {
  "use strict";
  var modules = window.atlasModules = window.atlasModules || {};
  var util = modules.util, has = util.has, el = util.el;
  // place precisions of an area, not a point (conflict data): drawn as a dashed circle around the area's centre
  var AREA = {adm2: true, adm1: true, region: true, country: true, water: true};

  // ctx: {cfg, marked(id): the event is selected or highlighted, click(rec): a marker was clicked}
  modules.markers = function (ctx) {
    var cfg = ctx.cfg, burstMarkup = null;

    function isArea(data) { return has(AREA, data.place_precision); }

    function categoryOf(data) {
      return has(cfg.colours.category, data.category) ? data.category : "other";
    }

    function tooltip(data) {
      var box = el("div", "atlas-tip-body");
      box.appendChild(el("div", "atlas-tip-title", data.title));
      var when = data.when || (util.longDate(data.start) +  // a rough date in words: c. September 1965
        (data.end && data.end !== data.start ? " \u2013 " + util.longDate(data.end) : ""));
      box.appendChild(el("div", "atlas-tip-line", when));
      if (data.place) { box.appendChild(el("div", "atlas-tip-line", data.place)); }
      if (isArea(data)) {  // "Place known only to the province (dashed circle: not a precise point)"
        box.appendChild(el("div", "atlas-tip-line", (cfg.words || {})["area_" + data.place_precision] || ""));
      }
      box.appendChild(el("div", "atlas-tip-cat", cfg.categoryLabels[categoryOf(data)] || data.category || ""));
      return box;
    }

    function burstSvg(colour) {  // the strike icon: a burst, static markup
      var pts = [], n = 12, safe = util.safeColour, c = cfg.colours;
      for (var i = 0; i < n * 2; i++) {
        var r = i % 2 === 0 ? 13 : 6.2, a = Math.PI * i / n - Math.PI / 2;
        pts.push((r * Math.cos(a)).toFixed(2) + "," + (r * Math.sin(a)).toFixed(2));
      }
      return '<svg class="atlas-burst" viewBox="-14 -14 28 28" width="32" height="32" aria-hidden="true">' +
        '<polygon points="' + pts.join(" ") + '" fill="' + safe(colour, c.otherCategory) + '" stroke="' +
        safe(c.burstStroke) + '" stroke-width="1.3" stroke-linejoin="round"/><circle r="3.4" fill="' +
        safe(c.burstCore) + '" stroke="' + safe(c.burstStroke) + '" stroke-width="0.8"/></svg>';
    }

    function decorate(rec) {
      var node = rec.marker.getElement();
      if (!node) { return; }
      node.setAttribute("data-event-id", rec.data.id);
      node.setAttribute("aria-label", rec.data.title);
      node.classList.toggle("atlas-ev-recent", !!rec.recent);
      node.classList.toggle("atlas-ev-possible", !!rec.possible);
      node.classList.toggle("atlas-ev-selected", ctx.marked(rec.data.id));
      node.style.setProperty("--dx", (rec.offset ? rec.offset[0] : 0) + "px");
      node.style.setProperty("--dy", (rec.offset ? rec.offset[1] : 0) + "px");
      var dot = node.querySelector(".atlas-ev-dot"), colour = util.safeColour(rec.colour, cfg.colours.otherCategory);
      if (dot && rec.vague) { dot.style.borderColor = colour; } else if (dot) { dot.style.background = colour; }
    }

    function make(rec) {  // the event's DOM marker: a dot, or a burst for a strike
      if (rec.marker) { return rec.marker; }
      var data = rec.data, strike = rec.strike;
      var icon = L.divIcon({
        className: "atlas-ev atlas-ev-" + categoryOf(data),
        html: strike ? (burstMarkup = burstMarkup || burstSvg(cfg.colours.category.strike))
                     : rec.vague ? '<span class="atlas-ev-dot atlas-ev-area"></span>' : '<span class="atlas-ev-dot"></span>',
        iconSize: strike ? [32, 32] : rec.vague ? [26, 26] : [14, 14],
      });
      rec.marker = L.marker(rec.latlng, {icon: icon, keyboard: true, riseOnHover: true,
                                         zIndexOffset: ctx.marked(data.id) ? 5000 : (strike ? 1000 : 0)});
      rec.marker.bindTooltip(function () { return tooltip(data); },
                             {direction: "top", offset: [0, strike ? -14 : -6], className: "atlas-tip"});
      rec.marker.on("add", function () { decorate(rec); });
      rec.marker.on("click", function () { ctx.click(rec); });
      return rec.marker;
    }

    function reset() { burstMarkup = null; }  // the data's colours may have changed

    return {make: make, decorate: decorate, tooltip: tooltip, categoryOf: categoryOf, isArea: isArea, reset: reset};
  };
})();
