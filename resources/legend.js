/*
 * The legend and the date on the map (window.atlasModules.legend). The legend's markup is static,
 * built and escaped by the page builder (cfg.legend); its title folds it (click, Enter or Space),
 * and a small map (narrower than FOLD_WIDTH or lower than FOLD_HEIGHT) shows it folded, also when the
 * map is made small after it opened (unless the user opened the legend). It never
 * covers the selected event: avoid(latlng) folds it, or, when the user opened it, pans the map.
 * The Home button (top left, under the zoom) puts the map back to its first view. The date box is
 * text only.
 */
(function () {
  "use strict";
  var modules = window.atlasModules = window.atlasModules || {};
  var util = modules.util;
  var FOLD_WIDTH = 820, FOLD_HEIGHT = 640, MARGIN = 12;

  // ctx: {map, cfg, current: {territories}, shapes}
  modules.legend = function (ctx) {
    var map = ctx.map, box = null, userOpened = false, homeLink = null, shownDate = null;
    function home() { return ctx.cfg.home || {center: [30, 62], zoom: 4}; }

    function fill() {  // the legend's markup, in the page's language (static, built and escaped by the page builder)
      var folded = box.classList.contains("atlas-legend-collapsed");
      box.innerHTML = ctx.cfg.legend || "";
      rowsKey = "";  // every row shows again until update()
      rowsOf = null;
      var title = box.querySelector(".atlas-legend-title");
      var toggle = function () {
        var collapsed = box.classList.toggle("atlas-legend-collapsed");
        if (title) { title.setAttribute("aria-expanded", collapsed ? "false" : "true"); }
        return collapsed;
      };
      box.atlasToggle = toggle;
      if (title) {
        title.setAttribute("aria-expanded", folded ? "false" : "true");
        title.addEventListener("click", function () { userOpened = !toggle(); });
        title.addEventListener("keydown", function (ev) {
          if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); userOpened = !toggle(); }
        });
      }
    }

    var Legend = L.Control.extend({
      options: {position: "bottomleft"},
      onAdd: function () {
        box = L.DomUtil.create("div", "atlas-legend leaflet-bar");
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        fill();
        var size = map.getSize();
        if (size.y < FOLD_HEIGHT || size.x < FOLD_WIDTH) { box.atlasToggle(); }  // a small map shows the legend folded
        return box;
      },
    });
    new Legend().addTo(map);
    // made small after it opened (the window resized): the legend folds, unless the user opened it
    map.on("resize", function (ev) {
      var small = ev.newSize.y < FOLD_HEIGHT || ev.newSize.x < FOLD_WIDTH;
      var wasSmall = ev.oldSize.y < FOLD_HEIGHT || ev.oldSize.x < FOLD_WIDTH;
      if (box && small && !wasSmall && !userOpened && !box.classList.contains("atlas-legend-collapsed")) {
        box.atlasToggle();
      }
    });

    var Home = L.Control.extend({
      options: {position: "topleft"},
      onAdd: function () {
        var bar = L.DomUtil.create("div", "leaflet-bar atlas-home");
        var a = L.DomUtil.create("a", "", bar);
        a.href = "#";
        a.setAttribute("role", "button");
        a.textContent = "\u2302";
        homeLink = a;
        nameHome();
        L.DomEvent.disableClickPropagation(bar);
        L.DomEvent.on(a, "click", function (ev) { L.DomEvent.preventDefault(ev); resetView(); });
        return bar;
      },
    });
    new Home().addTo(map);

    // Only what the map shows on the day: its statuses, alliances in force and categories of events
    // (Pakistan, no recorded relation and the borders always). The rows stay in the page, hidden.
    var rowsKey = "";  // which rows show: with the lines named and the fold, what the legend's size follows
    var rowsOf = null;  // the rows that follow the day, read once from the legend's markup: [{node, status, aid, cat}]
    function update(statuses, alliances, categories) {
      if (!box) { return; }
      rowsOf = rowsOf || Array.prototype.map.call(
        box.querySelectorAll("[data-status], [data-alliance], [data-category], [data-recent]"), function (row) {
          return {node: row, status: row.getAttribute("data-status"), aid: row.getAttribute("data-alliance"),
                  cat: row.getAttribute("data-category")};
        });
      var ons = rowsOf.map(function (row) {
        return row.status ? row.status === "none" || !!statuses[row.status] : row.aid ? !!alliances[row.aid]
          : row.cat ? !!categories[row.cat] : !!categories.recent;
      });
      var key = ons.map(function (on) { return on ? "1" : "0"; }).join("");
      if (key === rowsKey) { return; }
      rowsKey = key;
      rowsOf.forEach(function (row, i) { row.node.style.display = ons[i] ? "" : "none"; });
      Array.prototype.forEach.call(box.querySelectorAll(".atlas-legend-section"), function (head) {
        var next = head.nextElementSibling, any = false;  // a heading with nothing under it goes too
        while (next && !next.classList.contains("atlas-legend-section")) {
          if (next.style.display !== "none" && !(next.classList.contains("atlas-legend-grid") &&
              !Array.prototype.some.call(next.children, function (c) { return c.style.display !== "none"; }))) { any = true; }
          next = next.nextElementSibling;
        }
        head.style.display = any ? "" : "none";
      });
    }

    // The legend says what each disputed line of Pakistan's frontiers drawn in view means on the day (the
    // ceasefire line of 1949, the Line of Control from 1972, Siachen, the Shaksgam valley): their names
    // (cfg.disputedNames, in the page's language: text), each once. Lines far from Pakistan's land of the day
    // (the Golan, Transnistria) are the plain disputed line: named, they would fill the legend over the map.
    var linesNamed = [];
    function pakistanBox() {  // Pakistan's land of the day, and some way around it
      var around = null;
      ctx.current.territories.forEach(function (t) {
        if (t.units.indexOf("PAK") < 0) { return; }
        t.units.forEach(function (code) {
          var layer = ctx.shapes.unitLayer(code), b = layer && layer.getBounds();
          if (b) { around = around ? around.extend(b) : L.latLngBounds(b.getSouthWest(), b.getNorthEast()); }
        });
      });
      return around && around.pad(0.15);
    }
    var linesAsked = {view: null, territories: null, lines: null};  // what the lines named last followed
    function nameLines() {
      var view = map.getBounds(), territories = ctx.current.territories;
      var asked = {view: view.toBBoxString(), territories: territories, lines: ctx.shapes.disputedVersion()};
      if (asked.view === linesAsked.view && asked.territories === linesAsked.territories && asked.lines === linesAsked.lines &&
          linesShown !== null) { return; }  // the same view, land and lines: the same names
      linesAsked = asked;
      var near = pakistanBox(), names = ctx.cfg.disputedNames || {}, seen = util.dict(), out = [];
      ctx.shapes.disputedOn().forEach(function (layer) {
        var name = names[layer.feature.properties.id], b = layer.getBounds();
        if (name && !seen[name] && near && near.intersects(b) && view.intersects(b)) { seen[name] = true; out.push(name); }
      });
      linesNamed = out;
      setLines(out);
    }

    var linesShown = null;
    function setLines(names) {
      var holder = box && box.querySelector("[data-lines]"), key = names.join("\n");
      if (!holder || (key === linesShown && holder.childNodes.length === names.length)) { return; }
      linesShown = key;
      holder.textContent = "";
      names.forEach(function (name) { holder.appendChild(util.el("div", "atlas-legend-line-name", name)); });
      holder.style.display = names.length ? "" : "none";
      var head = box.querySelector("[data-lines-head]");
      if (head) { head.style.display = names.length ? "" : "none"; }
    }

    // The words that follow the day: how past events are kept ({recent: the legend row of past events}).
    var recentWords = "";
    function setWords(words) {
      var label = box && box.querySelector("[data-recent-label]");
      if (label && typeof words.recent === "string") { label.textContent = recentWords = words.recent; }
    }

    function resetView() { map.setView(home().center, home().zoom, {animate: false}); }

    function nameHome() {
      if (!homeLink) { return; }
      homeLink.title = (ctx.cfg.words || {}).home || "Reset the map view";
      homeLink.setAttribute("aria-label", homeLink.title);
    }

    function configure() {  // another language or contrast: the legend's markup, the Home button's name, the date
      if (box) { fill(); }
      linesAsked = {view: null, territories: null, lines: null};  // the lines' names in the new language
      nameHome();
      if (shownDate) { dateBox.textContent = modules.util.longDate(shownDate); }
    }

    function covers(latlng) {  // true if the legend box covers the point (with a margin)
      if (!box || !latlng) { return false; }
      var p = map.latLngToContainerPoint(latlng), c = map.getContainer().getBoundingClientRect();
      var r = box.getBoundingClientRect();
      return p.x > r.left - c.left - MARGIN && p.x < r.right - c.left + MARGIN &&
             p.y > r.top - c.top - MARGIN && p.y < r.bottom - c.top + MARGIN;
    }

    // The selected event is never under the legend: the legend folds, and if it still covers the event the
    // map pans the shorter way out -- only when ``mayPan`` (a selection or a new date), never after the user
    // or a tour moved the map, which stays where it was put.
    function avoid(latlng, mayPan) {
      if (!covers(latlng)) { return false; }
      var folded = box.classList.contains("atlas-legend-collapsed");
      if (!folded && (!userOpened || !mayPan)) { box.atlasToggle(); }  // the legend gives way first
      if (mayPan && covers(latlng)) {
        var p = map.latLngToContainerPoint(latlng), c = map.getContainer().getBoundingClientRect();
        var r = box.getBoundingClientRect();
        var dx = Math.min(0, p.x - (r.right - c.left) - 3 * MARGIN), dy = Math.max(0, p.y - (r.top - c.top) + 3 * MARGIN);
        map.panBy(-dx < dy ? [dx, 0] : [0, dy], {animate: false});  // the shorter way out
      }
      return true;
    }
    var dateBox = util.el("div", "atlas-date");
    dateBox.setAttribute("aria-live", "polite");
    map.getContainer().appendChild(dateBox);

    return {
      setDate: function (iso) { shownDate = iso; dateBox.textContent = util.longDate(iso); },
      dateText: function () { return dateBox.textContent; },
      avoid: avoid, covers: covers, configure: configure, resetView: resetView, update: update, setWords: setWords,
      key: function () {  // what the legend's box follows (edges.js keeps the controls' boxes while it is the same)
        var folded = !box || box.classList.contains("atlas-legend-collapsed");  // folded, its title only
        return (box ? box.className : "") + (folded ? "" : "|" + rowsKey + "|" + linesShown + "|" + recentWords); },
      nameLines: nameLines, lines: function () { return linesNamed.slice(); },
      collapsed: function () { return !!box && box.classList.contains("atlas-legend-collapsed"); },
      labels: function () {
        var rows = box ? box.querySelectorAll(".atlas-legend-body div") : [];
        return Array.prototype.filter.call(rows, function (n) { return !n.querySelector("div") && n.offsetParent !== null; })
          .map(function (n) { return n.textContent.trim(); });
      },
    };
  };
})();
