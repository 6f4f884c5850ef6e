/*
 * The standalone HTML export's own script (viewer/export/html.py inlines it after the controller).
 *
 * It reads its data from <script type="application/json" id="atlas-standalone-data">:
 * {title, attribution, hidden: [layer ids], view: {center, zoom} | null, state: the first delta,
 *  timeline: null | {sections, tables: {section: [...]}, stops: [[date, index per section...]], start}}
 * and shows the day's map; with a timeline, a slider and a play button move through its stops,
 * each stop applying only the sections that changed. Text is only ever set with textContent.
 */
(function () {
  "use strict";
  var source = document.getElementById("atlas-standalone-data");
  var atlas = window.atlas;
  if (!source || !atlas || !atlas.ready) { return; }
  var data = JSON.parse(source.textContent);
  var map = atlas.map();

  function box(cls, text) {
    var node = document.createElement("div");
    node.className = cls;
    node.textContent = text;
    map.getContainer().appendChild(node);
    return node;
  }

  if (data.title) { box("atlas-export-title", data.title); }
  box("atlas-export-attribution", data.attribution);
  if (data.hidden && data.hidden.length) { atlas.setHiddenLayers(data.hidden); }
  if (data.view) { map.setView(data.view.center, data.view.zoom, {animate: false}); }
  atlas.apply(data.state);
  var tl = data.timeline;
  if (!tl) { return; }

  document.body.classList.add("atlas-has-timeline");
  map.invalidateSize({pan: false, animate: false});
  var shown = {};
  var bar = document.createElement("div");
  bar.className = "atlas-export-bar";
  var play = document.createElement("button");
  play.type = "button";
  play.textContent = "\u25B6";
  var words = data.words || {};  // in the page's language (viewer/export/html.py)
  play.title = words.play || "Play / pause";
  play.setAttribute("aria-label", play.title);
  var slider = document.createElement("input");
  slider.type = "range";
  slider.min = "0";
  slider.max = String(tl.stops.length - 1);
  slider.step = "1";
  slider.value = String(tl.start);
  slider.setAttribute("aria-label", words.date || "Date");
  var out = document.createElement("output");
  bar.appendChild(play);
  bar.appendChild(slider);
  bar.appendChild(out);
  document.body.appendChild(bar);

  function show(i) {
    var stop = tl.stops[i], delta = {date: stop[0]};
    tl.sections.forEach(function (key, k) {
      if (shown[key] !== stop[k + 1]) { delta[key] = tl.tables[key][stop[k + 1]]; shown[key] = stop[k + 1]; }
    });
    atlas.apply(delta);
    out.textContent = window.atlasModules.util.longDate(stop[0]);
    slider.setAttribute("aria-valuetext", out.textContent);
  }

  tl.sections.forEach(function (key) { shown[key] = -1; });
  show(tl.start);
  slider.addEventListener("input", function () { show(parseInt(slider.value, 10)); });
  var timer = null;
  function stop() {
    if (timer) { clearInterval(timer); timer = null; play.textContent = "\u25B6"; }
  }
  play.addEventListener("click", function () {
    if (timer) { stop(); return; }
    if (parseInt(slider.value, 10) >= tl.stops.length - 1) { slider.value = "0"; show(0); }
    play.textContent = "\u275A\u275A";
    timer = setInterval(function () {
      var i = parseInt(slider.value, 10) + 1;
      if (i >= tl.stops.length) { stop(); return; }
      slider.value = String(i);
      show(i);
    }, 120);
  });
  slider.focus();
})();
