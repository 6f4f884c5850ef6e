"""Rendering the map to images and PDF off screen, independent of any window.

``Renderer(atlas)`` owns one MapView that is never shown on screen
(``WA_DontShowOnScreen``) and is sized to each request, not to the window.
A render runs as a chain of event-loop callbacks, never sleeps:

1. size the view: for an image of ``W×H`` at scale ``N`` the widget is
   ``W·N × (H+2)·N`` device pixels with a zoom factor of ``N``, so the page
   lays out a ``W×H`` CSS-pixel map (the same map area at any scale) drawn with
   ``N×`` the pixels (``devicePixelRatio`` is ``N``: Leaflet's canvas is crisp);
2. set the view (bounds, or centre and zoom) and the hidden layers;
3. ``set_state``, and right behind it (scripts run in order) the *paint
   fence*: a 2-CSS-pixel strip below the map gets a new colour. The page draws
   the state's canvas in its next animation frame, so the first frame that
   reaches Qt with the new strip colour also holds the state; the view is
   grabbed (a few pixels) until the strip shows it, and ``statePainted`` of
   that date must have come too (``statePainted`` alone fires when the page
   has drawn, a frame or more before that image reaches Qt);
4. grab the map (the strip is cut off) and, when asked, paint the caption:
   the title and date, a legend of what the map shows that day, and the data
   attribution.

``Renderer(atlas, vector=True)`` draws the map's shapes as SVG instead of on a
canvas and ``print_pdf`` prints it through Qt WebEngine (``printToPdf``) on
one page of the image's aspect: shapes and text stay vector.

``AnimationExport`` drives a Renderer frame by frame (each frame after the
previous one was painted and grabbed), writes numbered PNG frames, then an
animated GIF or MP4 in a worker thread; it reports progress, can be
cancelled at any time and leaves nothing behind when cancelled or failed.
"""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import json
import logging
import math
import shutil
import tempfile
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QEventLoop, QMarginsF, QObject, QPointF, QRect, QRectF, QSize, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import (QColor, QFont, QFontMetricsF, QImage, QPageLayout, QPageSize, QPainter, QPen,
                           QPolygonF)
from PySide6.QtWidgets import QWidget

from viewer import export
from viewer.export import DEFAULT_SIZE, ExportCancelled, ExportError, LegendEntry
from viewer.qt.webengine.mapview import MapView

log = logging.getLogger(__name__)

FENCE_PX = 2  # CSS pixels below the map whose colour marks each render
POLL_MS = 4
RENDER_TIMEOUT_MS = 60_000
MAX_PENDING_SAVES = 2  # frames rendered but not yet on disk
PNG_QUALITY = 80  # Qt's PNG "quality": 80 is a fast zlib level, within 15% of the smallest file
DEFAULT_BOUNDS = ((5.0, 20.0), (50.0, 105.0))
"""South-west and north-east corners the map fits when no view is given: from the Levant to Burma."""

_SETUP_JS = r"""
(function (W, H, F) {
  var ex = window.atlasExport;
  if (!ex) {
    ex = window.atlasExport = {};
    ex.style = document.createElement("style");
    document.head.appendChild(ex.style);
    ex.fence = document.createElement("div");
    ex.fence.id = "atlas-export-fence";
    document.body.appendChild(ex.fence);
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("width", "0"); svg.setAttribute("height", "0");
    svg.style.position = "absolute";
    svg.innerHTML = '<defs><pattern id="atlas-export-hatch" patternUnits="userSpaceOnUse" width="8" height="8">' +
      '<path d="M0,8 L8,0 M-2,2 L2,-2 M6,10 L10,6" stroke="#ffe100" stroke-width="2.4" stroke-linecap="square"/>' +
      '</pattern></defs>';
    document.body.appendChild(svg);
    ex.fixHatch = function () {
      var regions = window.atlasLayers && window.atlasLayers.regions;
      if (!regions) { return; }
      regions.eachLayer(function (l) {
        if (l.options.fill && typeof l.options.fillColor !== "string") {
          l.setStyle({fillColor: "url(#atlas-export-hatch)"});
        }
      });
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
      if (window.atlas.restack) { window.atlas.restack(); }  // Pakistan's borders on top again
      return true;
    };
    ex.caption = function (on, title, date, attribution) {
      document.body.classList.toggle("atlas-export-caption", !!on);
      (ex.captionNodes || []).forEach(function (n) { n.remove(); });
      ex.captionNodes = [];
      if (!on) { return; }
      var box = document.createElement("div");
      box.className = "atlas-export-cap";
      var t = document.createElement("div"); t.className = "atlas-export-cap-title"; t.textContent = title;
      var d = document.createElement("div"); d.className = "atlas-export-cap-date"; d.textContent = date;
      box.appendChild(t); box.appendChild(d);
      var a = document.createElement("div"); a.className = "atlas-export-attribution"; a.textContent = attribution;
      var c = window.atlas.map().getContainer();
      c.appendChild(box); c.appendChild(a);
      ex.captionNodes = [box, a];
      var legend = document.querySelector(".atlas-legend");
      if (legend) { legend.classList.remove("atlas-legend-collapsed"); }
    };
  }
  var px = function (v) { return v + "px"; };
  ex.style.textContent =
    "html, body { overflow: hidden !important; }" +
    ".folium-map { position: absolute !important; left: 0 !important; top: 0 !important; width: " + px(W) +
    " !important; height: " + px(H) + " !important; }" +
    ".leaflet-control-container, .atlas-date { display: none !important; }" +
    "#atlas-export-fence { position: fixed; left: 0; top: " + px(H) + "; width: 100%; height: " + px(F) +
    "; z-index: 100000; background: #000; }" +
    "body.atlas-export-caption .leaflet-control-container { display: block !important; }" +
    "body.atlas-export-caption .leaflet-top { display: none !important; }" +
    ".atlas-export-cap { position: absolute; z-index: 800; top: 12px; left: 12px; padding: 6px 12px 7px;" +
    " background: rgba(255,255,255,0.92); border-radius: 4px; box-shadow: 0 1px 4px rgba(0,0,0,0.3); color: #1d1d1d;" +
    " font-family: 'DejaVu Sans', 'Noto Sans', 'Segoe UI', Arial, sans-serif; pointer-events: none; }" +
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
  return JSON.stringify([window.innerWidth, window.innerHeight]);
})(@W@, @H@, @F@)
"""

def _setup_js(w: int, h: int) -> str:
    return _SETUP_JS.replace("@W@", str(int(w))).replace("@H@", str(int(h))).replace("@F@", str(FENCE_PX))


_VIEW_JS = r"""
(function (v, fallback) {
  var m = window.atlas.map();
  m.options.zoomSnap = 0;
  m.invalidateSize({pan: false, animate: false});
  if (v && v.center) { m.setView(v.center, v.zoom, {animate: false}); }
  else { m.fitBounds((v && v.bounds) || fallback, {animate: false, padding: [0, 0]}); }
  var c = m.getCenter();
  return JSON.stringify([c.lat, c.lng, m.getZoom()]);
})(@VIEW@, @BOUNDS@)
"""


@dataclass
class RenderJob:
    """One image of one day's state."""

    state: dict
    size: tuple[int, int] = DEFAULT_SIZE
    scale: int = 1
    caption: bool = True
    title: str | None = None
    view: dict | None = None  # {"center": [lat, lon], "zoom": z} or {"bounds": [[s, w], [n, e]]}; None: DEFAULT_BOUNDS
    hidden_layers: tuple[str, ...] = ()
    pdf: bool = False
    callback: Callable | None = field(default=None, repr=False)


def _loads(text):
    try:
        return json.loads(text) if isinstance(text, str) else None
    except ValueError:
        return None


def fence_colour(n: int) -> tuple[int, int, int]:
    return (n * 53) % 256, (n * 101 + 7) % 256, (n * 197 + 91) % 256


# -- the caption, painted -------------------------------------------------------------------


def _font(px: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPixelSize(max(6, round(px)))
    font.setWeight(weight)
    return font


def _dashes(dash: str, weight: float) -> list[float]:
    values = [float(v) for v in str(dash or "").replace(",", " ").split() if v]
    if not values:
        return []
    if len(values) % 2:
        values *= 2
    return [max(0.1, v / max(weight, 0.1)) for v in values]  # Qt's dashes are in pen widths


def _burst(cx: float, cy: float, r: float) -> QPolygonF:
    points = []
    for i in range(24):
        radius = r if i % 2 == 0 else r * 0.48
        a = math.pi * i / 12 - math.pi / 2
        points.append(QPointF(cx + radius * math.cos(a), cy + radius * math.sin(a)))
    return QPolygonF(points)


def _draw_entry(p: QPainter, entry: LegendEntry, x: float, cy: float, u: float) -> None:
    p.save()
    if entry.kind == "swatch":
        p.setPen(QPen(QColor(entry.stroke or "#77736a"), max(1.0, u)))
        p.setBrush(QColor(entry.fill))
        p.drawRect(QRectF(x, cy - 5 * u, 14 * u, 10 * u))
    elif entry.kind == "hatch":
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#8a8a8a"))
        rect = QRectF(x, cy - 5 * u, 14 * u, 10 * u)
        p.drawRect(rect)
        p.setClipRect(rect)
        p.setPen(QPen(QColor(entry.fill), 2 * u))
        step = 4 * u
        k = -rect.height()
        while k < rect.width():
            p.drawLine(QPointF(x + k, cy + 5 * u), QPointF(x + k + 10 * u, cy - 5 * u))
            k += step
        p.setClipping(False)
        p.setPen(QPen(QColor(entry.stroke), 1.6 * u))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(rect)
    elif entry.kind == "line":
        pen = QPen(QColor(entry.stroke), entry.weight * u)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        pattern = _dashes(entry.dash, entry.weight)
        if pattern:
            pen.setDashPattern(pattern)
        p.setPen(pen)
        p.drawLine(QPointF(x, cy), QPointF(x + 26 * u, cy))
    elif entry.kind == "dot":
        if entry.faded:
            p.setOpacity(0.45)
        p.setPen(QPen(QColor(0, 0, 0, 140), 0.8 * u))
        p.setBrush(QColor("#ffffff"))
        p.drawEllipse(QPointF(x + 7 * u, cy), 5.6 * u, 5.6 * u)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(entry.fill))
        p.drawEllipse(QPointF(x + 7 * u, cy), 4 * u, 4 * u)
    elif entry.kind == "burst":
        p.setPen(QPen(QColor("#4a0000"), 0.9 * u))
        p.setBrush(QColor(entry.fill))
        p.drawPolygon(_burst(x + 7 * u, cy, 7.5 * u))
        p.setBrush(QColor("#fff1a8"))
        p.drawEllipse(QPointF(x + 7 * u, cy), 2 * u, 2 * u)
    p.restore()


def caption_unit(size: tuple[int, int]) -> float:
    """The caption's size unit (1 at 1280×720): text and symbols grow with the image, within bounds."""
    return min(2.0, max(0.7, min(size[0], size[1]) / 720))


def paint_caption(image: QImage, job: RenderJob) -> list[QRect]:
    """Paint the title and date, the day's legend and the attribution onto the image.

    Returns the boxes painted, in the image's pixels.
    """
    width, height = job.size
    scale = job.scale
    u = caption_unit(job.size)
    margin = 12 * u
    boxes: list[QRectF] = []
    p = QPainter(image)
    try:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        p.scale(scale, scale)
        panel = QColor(255, 255, 255, 235)
        border = QColor(0, 0, 0, 70)

        # title and date, top left
        title, date_text = export.caption_lines(job.state["date"], job.title)
        title_font, date_font = _font(14 * u, QFont.Weight.DemiBold), _font(25 * u, QFont.Weight.Bold)
        tm, dm = QFontMetricsF(title_font), QFontMetricsF(date_font)
        inner_w = min(width - 2 * margin - 20 * u, max(tm.horizontalAdvance(title) if title else 0,
                                                         dm.horizontalAdvance(date_text)))
        title = tm.elidedText(title, Qt.TextElideMode.ElideRight, inner_w) if title else ""
        box_h = (tm.height() + 2 * u if title else 0) + dm.height() + 12 * u
        box = QRectF(margin, margin, inner_w + 20 * u, box_h)
        p.setPen(QPen(border, 1))
        p.setBrush(panel)
        p.drawRoundedRect(box, 4 * u, 4 * u)
        y = box.top() + 6 * u
        if title:
            p.setFont(title_font)
            p.setPen(QColor("#333333"))
            p.drawText(QPointF(box.left() + 10 * u, y + tm.ascent()), title)
            y += tm.height() + 2 * u
        p.setFont(date_font)
        p.setPen(QColor("#1d1d1d"))
        p.drawText(QPointF(box.left() + 10 * u, y + dm.ascent()), date_text)
        boxes.append(box)

        # attribution, bottom right
        small = _font(10 * u)
        sm = QFontMetricsF(small)
        text = export.ATTRIBUTION
        text_w = min(sm.horizontalAdvance(text), width - 12 * u)
        text = sm.elidedText(text, Qt.TextElideMode.ElideRight, text_w)
        attribution = QRectF(width - text_w - 12 * u, height - sm.height() - 4 * u, text_w + 12 * u,
                             sm.height() + 4 * u)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(255, 255, 255, 215))
        p.drawRect(attribution)
        p.setFont(small)
        p.setPen(QColor("#333333"))
        p.drawText(QPointF(attribution.left() + 6 * u, attribution.top() + 2 * u + sm.ascent()), text)
        boxes.append(attribution)

        # the legend of what the map shows, bottom left, in as many columns as it needs
        sections = export.legend_sections(job.state, job.hidden_layers)
        if sections:
            head_font, row_font = _font(11 * u, QFont.Weight.Bold), _font(11 * u)
            hm, rm = QFontMetricsF(head_font), QFontMetricsF(row_font)
            row_h, head_h, symbol_w, pad = max(rm.height(), 13 * u) + 1 * u, hm.height() + 3 * u, 32 * u, 8 * u
            limit = max(row_h * 4, height - box.bottom() - margin * 2 - 2 * pad)
            columns: list[list[tuple[str, object]]] = [[]]
            used = 0.0
            for head, entries in sections:
                items = [("head", head)] + [("row", e) for e in entries]
                for i, item in enumerate(items):
                    need = head_h if item[0] == "head" else row_h
                    if item[0] == "head" and i + 1 < len(items):
                        need += row_h  # a heading never ends a column
                    if columns[-1] and used + need > limit:
                        columns.append([])
                        used = 0.0
                    columns[-1].append(item)
                    used += head_h if item[0] == "head" else row_h
            widths, heights = [], []
            for col in columns:
                widths.append(max(hm.horizontalAdvance(v) if k == "head" else symbol_w + rm.horizontalAdvance(v.label)
                                  for k, v in col))
                heights.append(sum(head_h if k == "head" else row_h for k, _ in col))
            gap = 14 * u
            legend = QRectF(margin, 0, sum(widths) + gap * (len(columns) - 1) + 2 * pad, max(heights) + 2 * pad)
            legend.moveBottom(height - margin)
            p.setPen(QPen(border, 1))
            p.setBrush(panel)
            p.drawRoundedRect(legend, 4 * u, 4 * u)
            x = legend.left() + pad
            for col, col_w in zip(columns, widths):
                y = legend.top() + pad
                for kind, value in col:
                    if kind == "head":
                        p.setFont(head_font)
                        p.setPen(QColor("#444444"))
                        p.drawText(QPointF(x, y + 1 * u + hm.ascent()), value)
                        y += head_h
                    else:
                        cy = y + row_h / 2
                        _draw_entry(p, value, x, cy, u)
                        p.setFont(row_font)
                        p.setPen(QColor("#222222"))
                        p.drawText(QPointF(x + symbol_w, cy - rm.height() / 2 + rm.ascent()), value.label)
                        y += row_h
                x += col_w + gap
            boxes.append(legend)
    finally:
        p.end()
    return [QRectF((b.left() - 1) * scale, (b.top() - 1) * scale, (b.width() + 2) * scale,
                   (b.height() + 2) * scale).toAlignedRect().intersected(image.rect()) for b in boxes]  # with borders


# -- the renderer ----------------------------------------------------------------------------


class Renderer(QObject):
    """Renders atlas states off screen: ``render(job, callback)``, ``render_sync(job)``, ``print_pdf_sync(job)``.

    ``parent`` may be a window: the off-screen view is then its own top-level
    widget owned by (and deleted with) that window, never shown on screen.
    Jobs run one at a time, in order.
    """

    def __init__(self, atlas, parent: QObject | None = None, *, vector: bool = False):
        super().__init__(parent)
        self.atlas = atlas
        self.vector = vector
        owner = parent if isinstance(parent, QWidget) else None
        self.view = MapView(atlas, owner)
        self.view.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        self.view.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.resize(*DEFAULT_SIZE)
        self.view.show()
        self.last_caption_boxes: list[QRect] = []
        self.last_view: list | None = None
        self._queue: deque[RenderJob] = deque()
        self._job: RenderJob | None = None
        self._failed = ""
        self._setup_done = False
        self._geometry: tuple | None = None
        self._view_key: str | None = None
        self._hidden: tuple | None = None
        self._want_date: str | None = None
        self._painted = self._fence_seen = False
        self._fence = 0
        self._fence_rgb = (0, 0, 0)
        self._waiting_ready = False
        self._timeout = QTimer(self, singleShot=True, interval=RENDER_TIMEOUT_MS)
        self._timeout.timeout.connect(lambda: self._finish(None, f"the map did not render within "
                                                                 f"{RENDER_TIMEOUT_MS // 1000} s"))
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self._check_fence)
        self.view.pageReady.connect(self._on_ready)
        self.view.loadFailed.connect(self._on_failed)
        self.view.statePainted.connect(self._on_painted)

    # -- API --------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._job is not None or bool(self._queue)

    def render(self, job: RenderJob, callback: Callable[[QImage | None, str | None], None]) -> None:
        """Render ``job``; ``callback(image, None)`` or ``callback(None, reason)`` from the event loop."""
        job.callback = callback
        self._queue.append(job)
        QTimer.singleShot(0, self._next)

    def print_pdf(self, job: RenderJob, callback: Callable[[bytes | None, str | None], None]) -> None:
        """Print ``job`` to PDF bytes: one page of the job's size (1 CSS pixel = 0.75 pt)."""
        job.pdf = True
        self.render(job, callback)

    def render_sync(self, job: RenderJob, pdf: bool = False):
        """Render and wait (in a local event loop); raise ExportError if it fails."""
        loop = QEventLoop()
        out: list = []

        def done(result, error):
            out.append((result, error))
            loop.quit()

        (self.print_pdf if pdf else self.render)(job, done)
        if not out:
            loop.exec()
        result, error = out[0]
        if error:
            raise ExportError(error)
        return result

    def close(self, now: bool = False) -> None:
        """Drop pending jobs and delete the off-screen view (``now``: before returning, page before profile)."""
        self._queue.clear()
        if self._job is not None:
            self._finish(None, "the renderer was closed")
        self._poll.stop()
        self._timeout.stop()
        self.view.close()
        self.view.deleteLater()
        if now:
            from PySide6.QtCore import QCoreApplication, QEvent

            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)

    # -- steps ------------------------------------------------------------------

    def _next(self) -> None:
        if self._job is not None or not self._queue:
            return
        self._job = self._queue.popleft()
        self._timeout.start()
        self._guarded(self._step_ready)

    def _finish(self, result, error: str | None) -> None:
        job, self._job = self._job, None
        self._poll.stop()
        self._timeout.stop()
        self._want_date = None
        if job is not None and job.callback is not None:
            try:
                job.callback(result, error)
            except Exception:  # a caller's bug must not stop the queue
                log.exception("export callback failed")
        if self._queue:
            QTimer.singleShot(0, self._next)

    def _guarded(self, step: Callable, *args) -> None:
        """Run a step; an error in it ends the job with that error instead of stalling it."""
        try:
            step(*args)
        except Exception as err:  # noqa: BLE001 (reported to the caller)
            log.exception("rendering failed")
            if self._job is not None:
                self._finish(None, f"rendering failed: {err}")

    def _js(self, script: str, then: Callable) -> None:
        job = self._job

        def done(result):
            if self._job is job and job is not None:
                self._guarded(then, result)

        self.view.run_js(script, done)

    def _on_failed(self, message: str) -> None:
        self._failed = message
        if self._job is not None:
            self._finish(None, message)
        while self._queue:
            self._job = self._queue.popleft()
            self._finish(None, message)

    def _on_ready(self) -> None:
        if self._waiting_ready and self._job is not None:
            self._waiting_ready = False
            self._guarded(self._step_setup)

    def _step_ready(self) -> None:
        if self._failed:
            self._finish(None, self._failed)
        elif self.view.ready:
            self._step_setup()
        else:
            self._waiting_ready = True

    def _step_setup(self) -> None:
        if self._setup_done:
            self._step_geometry()
            return
        w, h = self._job.size

        def installed(_result):
            self._setup_done = True
            if self.vector:
                self._js("window.atlasExport.vector()", lambda _r: self._step_geometry())
            else:
                self._step_geometry()

        self._js(_setup_js(w, h), installed)

    def _step_geometry(self) -> None:
        job = self._job
        (w, h), n = job.size, job.scale
        key = (w, h, n)
        if key == self._geometry:
            self._step_view()
            return
        ratio = self.view.devicePixelRatioF() or 1.0
        self.view.setZoomFactor(n / ratio)
        self.view.resize(math.ceil(w * n / ratio), math.ceil((h + FENCE_PX) * n / ratio))
        self._geometry = None
        self._view_key = None

        def check(result):
            result = _loads(result)
            if isinstance(result, list) and len(result) == 2 and abs(result[0] - w) <= 1 \
                    and abs(result[1] - (h + FENCE_PX)) <= 1:
                self._geometry = key
                self._step_view()
            else:
                QTimer.singleShot(POLL_MS, lambda: self._job is job and self._js(_setup_js(w, h), check))

        self._js(_setup_js(w, h), check)

    def _step_view(self) -> None:
        job = self._job
        hidden = tuple(job.hidden_layers)
        if hidden != self._hidden:
            self._hidden = hidden
            self.view.set_hidden_layers(list(hidden))
        key = json.dumps(job.view, sort_keys=True)
        if key == self._view_key:
            self._step_state()
            return

        def done(result):
            self._view_key = key
            self.last_view = _loads(result)
            self._step_state()

        self._js(_VIEW_JS.replace("@VIEW@", json.dumps(job.view))
                 .replace("@BOUNDS@", json.dumps([list(c) for c in DEFAULT_BOUNDS])), done)

    def _step_state(self) -> None:
        self._want_date = self._job.state["date"]
        self._painted = self._fence_seen = False
        self.view.set_state(self._job.state)
        if not self.vector:
            # The fence goes up right behind the state (scripts run in order): the page draws the state's
            # canvas in its next animation frame, so the frame that shows the fence shows the state too.
            self._raise_fence()

    def _on_painted(self, date: str, _ms: float) -> None:
        if self._job is None or self._want_date is None or date != self._want_date:
            return
        self._want_date = None
        self._painted = True
        if self.vector:
            self._js("window.atlasExport.fixHatch(); null", lambda _r: self._after_paint())
        elif self._fence_seen:
            self._guarded(self._step_grab)

    def _after_paint(self) -> None:
        if self._job.pdf:
            self._step_pdf()
        else:
            self._raise_fence()

    def _raise_fence(self) -> None:
        self._fence += 1
        self._fence_rgb = fence_colour(self._fence)
        r, g, b = self._fence_rgb
        self._js(f"window.atlasExport.fence.style.background = 'rgb({r},{g},{b})'; null",
                 lambda _r: self._poll.start())

    def _device_rect(self, x: float, y: float, w: float, h: float) -> QRect:
        """A rectangle in image pixels as widget coordinates (they differ on a high-DPI screen)."""
        ratio = self.view.devicePixelRatioF() or 1.0
        return QRect(math.floor(x / ratio), math.floor(y / ratio), max(1, math.ceil(w / ratio)),
                     max(1, math.ceil(h / ratio)))

    def _check_fence(self) -> None:
        job = self._job
        if job is None:
            self._poll.stop()
            return
        (w, h), n = job.size, job.scale
        strip = self.view.grab(self._device_rect(w * n / 2 - 2, h * n, 4, FENCE_PX * n)).toImage()
        c = strip.pixelColor(strip.width() // 2, strip.height() // 2)
        if max(abs(c.red() - self._fence_rgb[0]), abs(c.green() - self._fence_rgb[1]),
               abs(c.blue() - self._fence_rgb[2])) <= 2:
            self._poll.stop()
            self._fence_seen = True
            if self._painted:
                self._guarded(self._step_grab)

    def _step_grab(self) -> None:
        job = self._job
        (w, h), n = job.size, job.scale
        image = self.view.grab(self._device_rect(0, 0, w * n, h * n)).toImage()
        image.setDevicePixelRatio(1.0)
        image = image.convertToFormat(QImage.Format.Format_RGB32)
        if image.size() != QSize(w * n, h * n):  # a fractional screen scale: cut or stretch the last pixel
            image = image.copy(0, 0, w * n, h * n) if image.width() >= w * n and image.height() >= h * n \
                else image.scaled(w * n, h * n, Qt.AspectRatioMode.IgnoreAspectRatio,
                                  Qt.TransformationMode.SmoothTransformation)
        self.last_caption_boxes = paint_caption(image, job) if job.caption else []
        self._finish(image, None)

    def _step_pdf(self) -> None:
        job = self._job
        w, h = job.size
        title, date_text = export.caption_lines(job.state["date"], job.title)
        script = "window.atlasExport.caption(%s, %s, %s, %s); null" % (
            json.dumps(job.caption), json.dumps(title), json.dumps(date_text), json.dumps(export.ATTRIBUTION))

        def printed(data):
            payload = bytes(data.data()) if hasattr(data, "data") else bytes(data or b"")
            if not payload.startswith(b"%PDF"):
                self._finish(None, "the web engine could not print the map")
            else:
                self._finish(payload, None)

        def go(_result):
            size = QPageSize(QSizeF(w * 0.75, h * 0.75), QPageSize.Unit.Point, "map",
                             QPageSize.SizeMatchPolicy.ExactMatch)
            orientation = QPageLayout.Orientation.Landscape if w > h else QPageLayout.Orientation.Portrait
            layout = QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0))
            self.view.page().printToPdf(printed, layout)

        self._js(script, go)


def save_png(image: QImage, path: Path | str, force: bool = False) -> Path:
    """Write an image as PNG, atomically (a temporary file renamed over the target)."""
    with export.atomic_output(path, force) as tmp:
        if not image.save(str(tmp), "PNG", PNG_QUALITY):
            raise ExportError(f"cannot write {path}: the PNG could not be written")
    return Path(path)


# -- animations --------------------------------------------------------------------------------


class AnimationExport(QObject):
    """Frames of a date range, written as numbered PNGs, then an animated GIF or MP4.

    ``kind`` is ``gif``, ``mp4`` or ``frames`` (``out`` is then the folder);
    ``frames_dir`` also keeps the PNG frames of a GIF or MP4. Every output is
    checked before the first frame (refused if it exists, unless ``force``);
    frames go to a temporary folder and the outputs appear only when complete.
    Signals: ``progress(done, total, text)``, ``finished(ok, message)`` (the
    message is the path written, or why not).
    """

    progress = Signal(int, int, str)
    finished = Signal(bool, str)

    def __init__(self, renderer: Renderer, atlas, days: list[dt.date], out: Path | str, kind: str, *,
                 size: tuple[int, int] = export.DEFAULT_ANIMATION_SIZE, scale: int = 1, caption: bool = True,
                 title: str | None = None, view: dict | None = None, hidden_layers=(),
                 frame_ms: int = export.DEFAULT_FRAME_MS, frames_dir: Path | str | None = None, force: bool = False,
                 parent: QObject | None = None):
        super().__init__(parent)
        if kind not in ("gif", "mp4", "frames"):
            raise ValueError(f"unknown animation kind {kind!r}")
        if not days:
            raise ExportError("there are no dates in that range")
        self.renderer, self.atlas, self.days, self.kind = renderer, atlas, list(days), kind
        self.out = Path(out)
        self.size, self.scale, self.caption, self.title = size, scale, caption, title
        self.view, self.hidden_layers = view, tuple(hidden_layers)
        self.durations = export.frame_durations(len(self.days), frame_ms)
        self.force = force
        self.result: Path | None = None
        self.error: str | None = None
        self.done = False
        self._cancelled = False
        self._index = 0
        self._saves: list[concurrent.futures.Future] = []
        self._assembling: concurrent.futures.Future | None = None
        self._assembled = 0
        self._reported = -1
        self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="pakatlas-export")
        self._temp: Path | None = None
        # every output is checked now, before any frame is made
        if kind == "mp4" and not export.mp4_available():
            raise ExportError(export.MP4_MISSING)
        folder = self.out if kind == "frames" else (Path(frames_dir) if frames_dir else None)
        self.frames = export.FrameFolder(folder, self.days, force) if folder else None
        if kind != "frames":
            export.check_target(self.out, force)
        self._timer = QTimer(self, interval=30)
        self._timer.timeout.connect(self._poll)

    @property
    def total(self) -> int:
        return len(self.days) * (1 if self.kind == "frames" else 2)

    def start(self) -> None:
        try:
            if self.frames is not None:
                self._staging = self.frames.open()
                self._frame_path = self.frames.path
            else:
                self._temp = Path(tempfile.mkdtemp(prefix="pakatlas-frames-"))
                self._frame_path = lambda i: self._temp / export.frame_name(i + 1, self.days[i])
        except (ExportError, OSError) as err:
            self._end(False, str(err))
            return
        self._render_next()

    def cancel(self) -> None:
        """Stop as soon as possible; nothing is left behind."""
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    # -- frames ---------------------------------------------------------------

    def _render_next(self) -> None:
        if self._cancelled:
            self._end(False, "cancelled")
            return
        failed = next((f for f in self._saves if f.done() and f.exception() is not None), None)
        if failed is not None:
            self._end(False, str(failed.exception()))
            return
        if sum(not f.done() for f in self._saves) >= MAX_PENDING_SAVES:
            QTimer.singleShot(5, self._render_next)  # the disk is behind: no pile of images in memory
            return
        if self._index >= len(self.days):
            self._timer.start()  # wait for the last saves, then assemble
            return
        day = self.days[self._index]
        job = RenderJob(self.atlas.state(day), self.size, self.scale, self.caption, self.title, self.view,
                        self.hidden_layers)
        self.renderer.render(job, self._on_frame)

    def _on_frame(self, image: QImage | None, error: str | None) -> None:
        if self.done:
            return
        if self._cancelled:
            self._end(False, "cancelled")
            return
        if error or image is None:
            self._end(False, error or "a frame could not be rendered")
            return
        i = self._index
        path = self._frame_path(i)
        self._saves.append(self._pool.submit(self._save, image, path))
        self._index += 1
        self.progress.emit(i + 1, self.total, f"frame {i + 1}/{len(self.days)} {self.days[i].isoformat()}")
        self._render_next()

    def _save(self, image: QImage, path: Path) -> None:
        if not image.save(str(path), "PNG", PNG_QUALITY):
            raise ExportError(f"cannot write {self.out}: frame {path.name} could not be saved in {path.parent}")

    # -- assembling -------------------------------------------------------------

    def _poll(self) -> None:
        if self._cancelled and self._assembling is None:
            self._end(False, "cancelled")
            return
        if self._assembling is None:
            if not all(f.done() for f in self._saves):
                return
            for f in self._saves:
                if f.exception() is not None:
                    self._end(False, str(f.exception()))
                    return
            if self.kind == "frames":
                self._commit(None)
                return
            frames = [self._frame_path(i) for i in range(len(self.days))]
            writer = export.write_gif if self.kind == "gif" else export.write_mp4
            self._assembling = self._pool.submit(writer, frames, self.out, self.durations, force=self.force,
                                                 progress=self._note_assembled, cancelled=lambda: self._cancelled)
            return
        n = len(self.days)
        if self._assembled != self._reported:
            self._reported = self._assembled
            self.progress.emit(n + self._assembled, self.total, f"{self.kind.upper()} frame {self._assembled}/{n}"
                               if self._assembled else f"writing the {self.kind.upper()}")
        if not self._assembling.done():
            return
        err = self._assembling.exception()
        if err is not None:
            self._end(False, "cancelled" if isinstance(err, ExportCancelled) else str(err))
            return
        self._commit(self.out)

    def _note_assembled(self, done: int, _total: int) -> None:
        self._assembled = done  # read by the GUI thread's timer

    def _commit(self, written: Path | None) -> None:
        if self.frames is not None:
            try:
                self.frames.commit()
            except ExportError as err:
                if written is not None:
                    written.unlink(missing_ok=True)
                self._end(False, str(err))
                return
        self._end(True, str(written or self.out))

    def _end(self, ok: bool, message: str) -> None:
        if self.done:
            return
        self.done = True
        self._timer.stop()
        if not ok:
            for f in self._saves:
                f.cancel()
            self._pool.shutdown(wait=True)  # a save in progress ends before its folder goes
            if self.frames is not None:
                self.frames.abort()
        else:
            self._pool.shutdown(wait=False)
        if self._temp is not None:
            shutil.rmtree(self._temp, ignore_errors=True)
            self._temp = None
        self.result = Path(message) if ok else None
        self.error = None if ok else message
        if ok:
            self.progress.emit(self.total, self.total, "done")
        self.finished.emit(ok, message)

    def run_sync(self) -> Path:
        """Start and wait (a local event loop); raise ExportError (ExportCancelled) if it fails."""
        loop = QEventLoop()
        self.finished.connect(lambda *_: loop.quit())
        self.start()
        if not self.done:
            loop.exec()
        if self.error:
            raise ExportCancelled() if self.error == "cancelled" else ExportError(self.error)
        return self.result
