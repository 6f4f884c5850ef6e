/*
 * The legend and the date on the map (window.atlasModules.legend). The legend's markup is static,
 * built and escaped by the page builder (cfg.legend); its title folds it (click, Enter or Space),
 * and a small map shows it folded. The date box is text only.
 */
(function () {
  "use strict";
  var modules = window.atlasModules = window.atlasModules || {};
  var util = modules.util;

  // ctx: {map, cfg}
  modules.legend = function (ctx) {
    var map = ctx.map;
    var Legend = L.Control.extend({
      options: {position: "bottomleft"},
      onAdd: function () {
        var box = L.DomUtil.create("div", "atlas-legend leaflet-bar");
        box.innerHTML = ctx.cfg.legend;  // static markup built and escaped by the page builder
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        var title = box.querySelector(".atlas-legend-title");
        var toggle = function () {
          var collapsed = box.classList.toggle("atlas-legend-collapsed");
          if (title) { title.setAttribute("aria-expanded", collapsed ? "false" : "true"); }
        };
        if (title) {
          title.addEventListener("click", toggle);
          title.addEventListener("keydown", function (ev) {
            if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); toggle(); }
          });
        }
        if (map.getSize().y < 560) { toggle(); }  // a small map shows the legend folded
        return box;
      },
    });
    new Legend().addTo(map);
    var dateBox = util.el("div", "atlas-date");
    dateBox.setAttribute("aria-live", "polite");
    map.getContainer().appendChild(dateBox);

    return {
      setDate: function (iso) { dateBox.textContent = util.longDate(iso); },
      dateText: function () { return dateBox.textContent; },
    };
  };
})();
