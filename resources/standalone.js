/*
 * The standalone HTML export's own script (viewer/export/html.py inlines it after the controller).
 *
 * It reads its data from <script type="application/json" id="atlas-standalone-data">:
 * {title, attribution, hidden: [layer ids], view: {center, zoom} | null, state: the first delta,
 *  timeline: null | {sections, tables: {section: [...]}, stops: [[date, index per section...]], start}}
 * and shows the day's map; with a timeline, a slider and a play button move through its stops,
 * each stop applying only the sections that changed. Text is only ever set with textContent.
 *
 * The address says the date: a page opened as page.html#date=1965-09-06 starts on the last stop on or
 * before that date, and the slider keeps #date=... up to date as it moves (history.replaceState, so the
 * Back button is not filled with dates). window.atlasStandalone.showDate(iso) moves the slider from
 * another script (the tour's, resources/tour.js) and returns the stop shown.
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
  box("atlas-export-attribution", data.attribution + (data.citeAs ? "\n" + data.citeAs : ""));  // how to cite the map
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

  function stopAt(iso) {  // the last stop on or before an ISO date (the first stop before them all)
    var lo = 0, hi = tl.stops.length - 1;
    if (iso < tl.stops[0][0]) { return 0; }
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (tl.stops[mid][0] <= iso) { lo = mid; } else { hi = mid - 1; }
    }
    return lo;
  }

  function hashDate() {
    var m = /(?:^#|&)date=(\d{4}-\d{2}-\d{2})(?:&|$)/.exec(window.location.hash || "");
    return m ? m[1] : null;
  }

  function writeHash(iso) {
    var hash = "#date=" + iso;
    if (window.location.hash === hash) { return; }
    try {
      window.history.replaceState(null, "", hash);
    } catch (err) {  // some browsers refuse replaceState on a file: page
      window.location.replace(hash);
    }
  }

  function show(i) {
    var stop = tl.stops[i], delta = {date: stop[0]};
    tl.sections.forEach(function (key, k) {
      if (shown[key] !== stop[k + 1]) { delta[key] = tl.tables[key][stop[k + 1]]; shown[key] = stop[k + 1]; }
    });
    atlas.apply(delta);
    out.textContent = window.atlasModules.util.longDate(stop[0]);
    slider.setAttribute("aria-valuetext", out.textContent);
    writeHash(stop[0]);
  }

  function showIndex(i) {
    slider.value = String(i);
    show(i);
    return i;
  }

  tl.sections.forEach(function (key) { shown[key] = -1; });
  var asked = hashDate();
  show(asked ? stopAt(asked) : tl.start);
  slider.value = String(asked ? stopAt(asked) : tl.start);
  slider.addEventListener("input", function () { show(parseInt(slider.value, 10)); });
  window.addEventListener("hashchange", function () {
    var iso = hashDate();
    if (iso && iso !== tl.stops[parseInt(slider.value, 10)][0]) { showIndex(stopAt(iso)); }
  });
  window.atlasStandalone = {
    showDate: function (iso) { return tl.stops[showIndex(stopAt(iso))][0]; },
    stop: function () { stop(); },
  };
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
