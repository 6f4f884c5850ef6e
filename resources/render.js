/*
 * The off-screen renderer's page functions: window.atlasExport (viewer/qt/render/renderer.py
 * runs this file in the map page once, then calls these through viewer.page.protocol.call).
 *
 *   setup(W, H, F)        lay the map out at W x H CSS pixels, with a fence strip of F pixels
 *                         below it; returns [innerWidth, innerHeight]
 *   view(v, fallback)     centre and zoom ({center, zoom}) or fit bounds ({bounds}; default
 *                         fallback); returns [lat, lng, zoom]
 *   fence(r, g, b)        colour the fence strip: the frame that shows it shows the state too;
 *                         returns the names of the disputed lines the legend lists (in view that day)
 *   vector()              draw the shapes as SVG (vector in a PDF) instead of on canvases
 *   caption(on, title, date, attribution)   the caption as page text (for a PDF)
 */
(function () {
  "use strict";
  if (window.atlasExport) { return; }
  var ex = window.atlasExport = {};
  var style = document.createElement("style");
  document.head.appendChild(style);
  var fence = document.createElement("div");
  fence.id = "atlas-export-fence";
  document.body.appendChild(fence);
  var captionNodes = [];

  function px(v) { return v + "px"; }

  ex.setup = function (W, H, F) {
    style.textContent =
      "html, body { overflow: hidden !important; }" +
      ".folium-map { position: absolute !important; left: 0 !important; top: 0 !important; width: " + px(W) +
      " !important; height: " + px(H) + " !important; }" +
      ".leaflet-control-container, .atlas-date { display: none !important; }" +
      "#atlas-export-fence { position: fixed; left: 0; top: " + px(H) + "; width: 100%; height: " + px(F) +
      "; z-index: 100000; background: #000; }" +
      "body.atlas-export-caption .leaflet-control-container { display: block !important; }" +
      "body.atlas-export-caption .leaflet-top { display: none !important; }" +
      ".atlas-export-cap { position: absolute; z-index: 800; top: 12px; left: 12px; padding: 6px 12px 7px;" +
      " background: rgba(255,255,255,0.92); border-radius: 4px; box-shadow: 0 1px 4px rgba(0,0,0,0.3);" +
      " color: #1d1d1d; font-family: 'DejaVu Sans', 'Noto Sans', 'Segoe UI', Arial, sans-serif;" +
      " pointer-events: none; }" +
      ".atlas-export-cap-title { font-size: 14px; font-weight: 600; color: #333; }" +
      ".atlas-export-cap-date { font-size: 24px; font-weight: 700; }" +
      ".atlas-export-attribution { position: absolute; z-index: 800; right: 0; bottom: 0; padding: 2px 7px;" +
      " background: rgba(255,255,255,0.85); font: 10px/1.4 'DejaVu Sans', 'Noto Sans', Arial, sans-serif;" +
      " color: #333; }" +
      "@media print { #atlas-export-fence { display: none !important; }" +
      " @page { size: " + px(W) + " " + px(H) + "; margin: 0; }" +
      " html, body { width: " + px(W) + " !important; height: " + px(H) + " !important; } }";
    var m = window.atlas.map();
    m.options.zoomSnap = 0;
    m.invalidateSize({pan: false, animate: false});
    return [window.innerWidth, window.innerHeight];
  };

  ex.view = function (v, fallback) {
    var m = window.atlas.map();
    m.options.zoomSnap = 0;
    m.invalidateSize({pan: false, animate: false});
    if (v && v.center) {
      m.setView(v.center, v.zoom, {animate: false});
    } else {
      m.fitBounds((v && v.bounds) || fallback, {animate: false, padding: [0, 0]});
    }
    var c = m.getCenter();
    return [c.lat, c.lng, m.getZoom()];
  };

  ex.fence = function (r, g, b) {
    fence.style.background = "rgb(" + r + "," + g + "," + b + ")";
    return window.atlas.disputedLines();
  };

  ex.vector = function () {  // the shapes as SVG (vector in a PDF) instead of on canvases
    var m = window.atlas.map();
    if (!m.options.preferCanvas) { return false; }
    var paths = [];
    m.eachLayer(function (l) { if (l instanceof L.Path) { paths.push(l); } });
    paths.forEach(function (l) { m.removeLayer(l); delete l.options.renderer; });  // each to its pane's SVG
    window.atlasVectors = undefined;  // shapes made from now on too
    Object.keys(m._paneRenderers || {}).forEach(function (k) { m.removeLayer(m._paneRenderers[k]); });
    m._paneRenderers = {};
    if (m._renderer) { m.removeLayer(m._renderer); m._renderer = null; }
    m.options.preferCanvas = false;
    paths.forEach(function (l) { m.addLayer(l); });
    // the patterns (hostile stripes, sanctions cross-hatching, the regions' hatching) as SVG patterns
    if (window.atlas.restyle) { window.atlas.restyle(); }
    if (window.atlas.restack) { window.atlas.restack(); }  // Pakistan's borders on top again
    return true;
  };

  ex.caption = function (on, title, date, attribution) {
    document.body.classList.toggle("atlas-export-caption", !!on);
    captionNodes.forEach(function (n) { n.remove(); });
    captionNodes = [];
    if (!on) { return; }
    var dir = document.documentElement.getAttribute("dir") || "ltr";  // the page's language's direction
    var box = document.createElement("div");
    box.setAttribute("dir", dir);
    box.className = "atlas-export-cap";
    var t = document.createElement("div");
    t.className = "atlas-export-cap-title";
    t.textContent = title;
    var d = document.createElement("div");
    d.className = "atlas-export-cap-date";
    d.textContent = date;
    box.appendChild(t);
    box.appendChild(d);
    var a = document.createElement("div");
    a.className = "atlas-export-attribution";
    a.setAttribute("dir", dir);
    a.textContent = attribution;
    var c = window.atlas.map().getContainer();
    c.appendChild(box);
    c.appendChild(a);
    captionNodes = [box, a];
    var legend = document.querySelector(".atlas-legend");
    if (legend) { legend.classList.remove("atlas-legend-collapsed"); }
  };
})();
