/*
 * A guided tour in the standalone HTML export (viewer/export/html.py inlines it after standalone.js).
 *
 * Reads data.tour of <script id="atlas-standalone-data">: {title, steps: [{date, when, title, narrative,
 * paragraphs, bounds, hidden, events, hold, annotations, sources: [{title, kind, text, translation, locator,
 * disagrees}]}]} and
 * shows a panel with the tour's title, "Step n of m", previous / next / play, and the step's title,
 * date, narrative and sources. A step moves the page's timeline to its date (atlasStandalone.showDate),
 * the map to its box (an animated flight, or a jump when the reader asks for reduced motion), switches
 * its layers, highlights its first event and draws its annotations (atlas.setAnnotations). A narrative's
 * link to an event ([[id]] in the file) is a button that highlights it. Playing holds each step for its time; any input of the
 * reader on the map or the slider, or a key, pauses the tour and leaves the map where it is.
 * Text is only ever set with textContent; a quote alone is shown in quotation marks.
 */
(function () {
  "use strict";
  var source = document.getElementById("atlas-standalone-data");
  var atlas = window.atlas, standalone = window.atlasStandalone;
  if (!source || !atlas || !atlas.ready || !standalone) { return; }
  var data = JSON.parse(source.textContent), tour = data.tour;
  var words = data.words || {};  // in the page's language (viewer/export/html.py PAGE_WORDS)
  function say(key, english, values) { return (words[key] || english).replace(/\{(\w+)\}/g, function (all, k) {
    return values && Object.prototype.hasOwnProperty.call(values, k) ? String(values[k]) : all; }); }
  if (!tour || !tour.steps || !tour.steps.length) { return; }
  var map = atlas.map();
  var index = -1, timer = null, moving = false;
  var still = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  function el(tag, cls, text, parent) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    if (parent) { parent.appendChild(node); }
    return node;
  }

  document.body.classList.add("atlas-has-tour");
  var panel = el("section", "atlas-tour", null, document.body);
  panel.setAttribute("aria-label", say("tour", "Guided tour"));
  function own(node) { node.dir = "auto"; node.lang = tour.language || "en"; return node; }  // the tour's language
  own(el("div", "atlas-tour-title", tour.title, panel));
  var nav = el("div", "atlas-tour-nav", null, panel);
  var prev = el("button", null, say("tour_previous", "\u25C0 Previous"), nav);
  var play = el("button", null, say("tour_play", "\u25B6 Play"), nav);
  var next = el("button", null, say("tour_next", "Next \u25B6"), nav);
  var where = el("span", "atlas-tour-where", "", nav);
  [prev, play, next].forEach(function (b) { b.type = "button"; });
  var head = el("h2", "atlas-tour-step", "", panel);
  var when = el("div", "atlas-tour-when", "", panel);
  var text = el("div", "atlas-tour-narrative", "", panel);
  own(head);
  el("div", "atlas-tour-sources-head", say("tour_sources", "Sources"), panel);
  var list = el("ol", "atlas-tour-sources", null, panel);
  map.invalidateSize({pan: false, animate: false});

  function sourceItem(s) {
    var li = el("li", null, null, list);
    own(li);
    el("b", null, s.title, li);
    if (s.locator) { li.appendChild(document.createTextNode(", " + s.locator)); }
    if (s.disagrees) { el("i", null, " " + say("tour_differs", "(differs from the record)"), li); }
    if (s.kind === "quote") {
      el("q", "atlas-tour-quote", s.text, li);
      if (s.translation) { el("div", null, say("tour_translation", "Translation: {text}", {text: s.translation}), li); }
    } else if (s.kind === "paraphrase") {
      el("div", null, say("tour_paraphrase", "Paraphrase: {text}", {text: s.text}), li);
    }
  }

  function go(i) {
    index = Math.max(0, Math.min(i, tour.steps.length - 1));
    var step = tour.steps[index];
    standalone.showDate(step.date);
    atlas.setHiddenLayers(step.hidden);
    atlas.select(step.events.length ? step.events[0] : null, step.events);
    moving = true;
    map.once("moveend", function () { moving = false; });
    if (still) {
      map.fitBounds(step.bounds, {animate: false});
    } else {
      map.flyToBounds(step.bounds, {duration: 1.5});
    }
    where.textContent = say("tour_step", "Step {n} of {m}", {n: index + 1, m: tour.steps.length});
    head.textContent = step.title;
    when.textContent = step.when;
    text.textContent = "";
    (step.paragraphs || [[["text", step.narrative]]]).forEach(function (para) {
      var p = el("p", null, null, text);
      own(p);
      para.forEach(function (part) {
        if (part[0] === "link") {
          var link = el("button", "atlas-tour-link", part[2], p);
          link.type = "button";
          link.addEventListener("click", function () { atlas.select(part[1]); });
        } else {
          p.appendChild(document.createTextNode(String(part[1])));
        }
      });
    });
    if (atlas.setAnnotations) { atlas.setAnnotations(step.annotations || []); }
    list.textContent = "";
    step.sources.forEach(sourceItem);
    prev.disabled = index === 0;
    next.disabled = index === tour.steps.length - 1;
    if (timer) { hold(); }
  }

  function hold() {
    clearTimeout(timer);
    timer = setTimeout(function () {
      if (index >= tour.steps.length - 1) { pause(); return; }
      go(index + 1);
    }, tour.steps[index].hold * 1000);
  }

  function pause() {
    clearTimeout(timer);
    timer = null;
    play.textContent = say("tour_play", "\u25B6 Play");
  }

  function interrupt() {  // the reader took over: pause, and leave everything where it is
    if (!timer && !moving) { return; }
    pause();
    if (moving) { map.stop(); moving = false; }
  }

  prev.addEventListener("click", function () { pause(); go(index - 1); });
  next.addEventListener("click", function () { pause(); go(index + 1); });
  play.addEventListener("click", function () {
    if (timer) { pause(); return; }
    play.textContent = say("tour_pause", "\u275A\u275A Pause");
    timer = true;
    go(index < 0 || index >= tour.steps.length - 1 ? 0 : index);
  });
  map.getContainer().addEventListener("mousedown", interrupt);
  map.getContainer().addEventListener("wheel", interrupt);
  map.getContainer().addEventListener("touchstart", interrupt);
  var slider = document.querySelector(".atlas-export-bar input[type=range]");
  if (slider) { slider.addEventListener("input", interrupt); }
  document.addEventListener("keydown", function (ev) {
    if (ev.target && ev.target.tagName === "BUTTON" && (ev.key === "Enter" || ev.key === " ")) { return; }
    interrupt();
  });
  go(0);
})();
