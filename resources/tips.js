/*
 * A map unit's tooltip (window.atlasModules.tips), for shapes.js: the unit's name of the day (its polity's,
 * or the unit's with "part of" its polity), its relation with Pakistan and since when, and why. A tooltip
 * open over a unit is written again whenever the day changes. Once the mouse rests on a unit
 * (PLACE_REST_MS), its tooltip also names the admin-1 regions under the point: the page asks the window
 * (bridge.ask("place", {date, lat, lon}), answered by viewer.core.place as `pakatlas place` is), and keeps
 * an answer only while the tooltip still shows that date at that point. Text only (textContent).
 */
(function () {
  "use strict";
  var modules = window.atlasModules = window.atlasModules || {};
  var util = modules.util, el = util.el;

  // ctx: {map, cfg, current: {date}, about(code) -> {layer, shown: {status, pakistan}, territory, relation, title}}
  modules.tips = function (ctx) {
    var map = ctx.map, cfg = ctx.cfg, current = ctx.current;
    var PLACE_REST_MS = 150;
    var place = {open: null, timer: null, asked: null, answer: null};  // open: the unit whose tooltip is open now

    function unitTooltip(code) {
      var u = ctx.about(code), s = u.shown, t = u.territory, words = cfg.words || {};
      var box = el("div", "atlas-tip-body");
      box.appendChild(el("div", "atlas-tip-title", u.title));
      if (t && t.units.length > 1 && t.name) {
        box.appendChild(el("div", "atlas-tip-line", util.words(words.part_of || "part of {name}", {name: t.name})));
      }
      regionLine(box, code);
      if (current.date) { box.setAttribute("data-date", current.date); }
      if (s.pakistan) {
        // Pakistan itself: nothing more to say
      } else if (s.status) {
        var rel = u.relation;
        var status = cfg.statusLabels[s.status] || s.status;
        box.appendChild(el("div", "atlas-tip-status", rel && rel.since ? util.words(words.since ||
          "{status} since {date}", {status: status, date: util.longDate(rel.since)}) : status));
        if (rel && rel.reason) { box.appendChild(el("div", "atlas-tip-line", rel.reason)); }
      } else {
        box.appendChild(el("div", "atlas-tip-line", words.no_relation || "no recorded relation"));
      }
      return box;
    }

    // -- the regions under the point (viewer.core.place, asked over the bridge) --------------------------

    function placeKey(latlng) { return current.date + "|" + latlng.lat + "|" + latlng.lng; }

    function openTip() {  // the unit tooltip open now, or null
      var layer = place.open && ctx.about(place.open).layer;
      return layer && layer.isTooltipOpen() ? layer.getTooltip() : null;
    }

    function regionLine(box, code) {  // the answer's regions, if it is for this tooltip's date and point
      var layer = ctx.about(code).layer, tip = layer && layer.getTooltip(), at = tip && tip.getLatLng(), a = place.answer;
      if (!a || !at || a.key !== placeKey(at)) { return; }
      box.setAttribute("data-place", a.key);
      if (a.polity) { box.setAttribute("data-polity", a.polity.id); }
      if (a.regions.length) {
        box.appendChild(el("div", "atlas-tip-line atlas-tip-region", a.regions.map(function (r) { return r.name; }).join(", ")));
      }
    }

    function askPlace() {  // once the mouse (or the date) has rested: ask about the open tooltip's point
      clearTimeout(place.timer);
      place.timer = setTimeout(function () {
        var tip = openTip(), at = tip && tip.getLatLng(), bridge = modules.bridge;
        if (!at || !current.date || !bridge || !bridge.ask) { return; }
        var key = placeKey(at);
        if ((place.answer && place.answer.key === key) || place.asked === key) { return; }
        place.asked = key;
        var question = {date: current.date, lat: at.lat, lon: at.lng};
        bridge.ask("place", JSON.stringify(question), function (text) {
          if (place.asked === key) { place.asked = null; }
          var answer = null;
          try { answer = JSON.parse(text); } catch (err) { return; }
          var now = openTip(), where = now && now.getLatLng();
          if (!answer || answer.error || answer.date !== question.date || answer.lat !== question.lat ||
              answer.lon !== question.lon || !where || placeKey(where) !== key) {
            return;  // no answer, or one for a date or a point the tooltip no longer shows
          }
          place.answer = {key: key, polity: answer.polity || null, regions: answer.regions || []};
          now.update();
        });
      }, PLACE_REST_MS);
    }

    function followMouse() {  // the mouse moved: an answer for the old point is greyed until the new one comes
      var tip = openTip();
      if (!tip) { return; }
      var node = tip.getElement() && tip.getElement().querySelector(".atlas-tip-region");
      if (node && place.answer && place.answer.key !== placeKey(tip.getLatLng())) { node.style.opacity = "0.45"; }
      askPlace();
    }

    function refresh() {  // the open tooltip (one at most: they follow the mouse) follows the day it is shown with
      var tip = openTip();
      if (tip) { tip.update(); askPlace(); }
    }

    function bind(code, layer) {  // the unit's tooltip, and the questions it asks while it is open
      layer.bindTooltip(function () { return unitTooltip(code); }, {sticky: true, className: "atlas-tip atlas-tip-unit"});
      layer.on("tooltipopen", function () { place.open = code; askPlace(); });
      layer.on("tooltipclose", function () {
        if (place.open === code) { place.open = null; clearTimeout(place.timer); }
      });
    }

    map.on("mousemove", followMouse);

    return {bind: bind, refresh: refresh,
            reset: function () { place.open = null; },  // new shapes: no tooltip is open
            forget: function () { place.answer = null; }};  // another language: the answer is asked again
  };
})();
