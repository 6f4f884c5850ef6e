/*
 * The page's side of the Qt bridge (window.atlasModules.bridge): messages to the window over
 * QWebChannel (bridge.pageReady(), statePainted(json), stateShown(json), eventClicked(id),
 * layersChanged(json), applyFailed(text), pageError(text), and for large conflict files viewChanged(json)
 * and cellClicked(json)). Messages sent before the channel is up wait in a queue.
 * Questions (ask: place(json) -> json, answered by the window's viewer.core.place) are not queued: one asked
 * before the channel is up, or in a plain browser, gets no answer, and the asker asks again when it needs to.
 * In a plain browser (the standalone HTML export) there is no channel, and nothing is sent.
 */
(function () {
  "use strict";
  var modules = window.atlasModules = window.atlasModules || {};
  var bridge = null, outbox = [];

  function send(method, arg) {
    if (bridge && typeof bridge[method] === "function") {
      if (arg === undefined) { bridge[method](); } else { bridge[method](arg); }
    } else {
      outbox.push([method, arg]);
    }
  }

  function ask(method, arg, callback) {  // a question whose answer comes back to callback(text); false if none will
    if (!(bridge && typeof bridge[method] === "function")) { return false; }
    bridge[method](arg, callback);
    return true;
  }

  function connect() {  // once the page is up: then the window hears pageReady
    if (!(window.qt && window.qt.webChannelTransport && window.QWebChannel)) {
      return;  // a plain browser: the page works, nothing to report to
    }
    new window.QWebChannel(window.qt.webChannelTransport, function (channel) {
      bridge = channel.objects.bridge || null;
      var queued = outbox;
      outbox = [];
      queued.forEach(function (item) { send(item[0], item[1]); });
      send("pageReady");
    });
  }

  // A task posted from an animation-frame callback runs after that frame is painted: there the state is on
  // screen (stateShown). A MessageChannel's task is not clamped as a nested setTimeout may be.
  var afterPaint = (function () {
    var channel = new MessageChannel(), queue = [];
    channel.port1.onmessage = function () { var f = queue.shift(); if (f) { f(); } };
    return function (f) { queue.push(f); channel.port2.postMessage(0); };
  })();

  function reportPainted(date, ms) {  // in the next frame (statePainted), then once it is painted (stateShown)
    var done = false, t0 = performance.now();
    var fire = function () {
      if (done) { return; }
      done = true;
      var framed = performance.now();
      send("statePainted", JSON.stringify({date: date, apply_ms: ms}));
      afterPaint(function () {
        send("stateShown", JSON.stringify({date: date, frame_ms: framed - t0, shown_ms: performance.now() - t0}));
      });
    };
    window.requestAnimationFrame(fire);
    window.setTimeout(fire, 1000);  // a hidden view gets no animation frames
  }

  window.addEventListener("error", function (ev) {
    var where = ev.filename ? " (" + ev.filename + ":" + ev.lineno + ")" : "";
    send("pageError", String(ev.message || "script error") + where);
  });

  // In the app, the bundled data's shapes (resources/geometry.json) are asked for as soon as this script runs, in
  // the page's head, so that they arrive while the rest of the page loads (controller.js lays them in): a promise
  // of the parsed geometry, or of null (not in the app, or not found). A standalone page has its data inline.
  var shipped = window.location.protocol !== "atlas:" || !window.fetch ? Promise.resolve(null)
    : window.fetch("resources/geometry.json").then(function (response) {
      return response.ok ? response.json() : null;
    }).catch(function () { return null; });

  modules.bridge = {send: send, ask: ask, connect: connect, reportPainted: reportPainted, shipped: shipped};
})();
