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

The page functions the renderer needs (``window.atlasExport``: layout, view, fence, SVG
drawing, PDF caption) live in ``resources/render.js``, run in the page once.
"""

from __future__ import annotations

import json
import logging
import math
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QEventLoop, QMarginsF, QObject, QRect, QSize, QSizeF, Qt, QTimer
from PySide6.QtGui import QImage, QPageLayout, QPageSize
from PySide6.QtWidgets import QWidget

from viewer.export import legend
from viewer.export.files import ExportError, atomic_output
from viewer.export.options import DEFAULT_SIZE
from viewer.page.assets import RESOURCES_DIR
from viewer.qt.render.caption import paint_caption
from viewer.qt.webengine.mapview import MapView

log = logging.getLogger(__name__)

FENCE_PX = 2  # CSS pixels below the map whose colour marks each render
POLL_MS = 4
RENDER_TIMEOUT_MS = 60_000
PNG_QUALITY = 80  # Qt's PNG "quality": 80 is a fast zlib level, within 15% of the smallest file
DEFAULT_BOUNDS = ((5.0, 20.0), (50.0, 105.0))
"""South-west and north-east corners the map fits when no view is given: from the Levant to Burma."""
RENDER_JS = RESOURCES_DIR / "render.js"


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
    lang: str = "en"  # the caption's and legend's language (viewer.i18n)
    select: str | None = None  # the event whose marker is highlighted
    highlight: tuple[str, ...] = ()  # the events highlighted with it (a tour step's)
    annotations: tuple = ()  # a tour step's annotations (``Annotation.as_page()`` dicts)
    disputed_lines: tuple[str, ...] = ()  # the names of the disputed lines in view that day, as the page found them
    callback: Callable | None = field(default=None, repr=False)


def _loads(text):
    try:
        return json.loads(text) if isinstance(text, str) else None
    except ValueError:
        return None


def fence_colour(n: int) -> tuple[int, int, int]:
    return (n * 53) % 256, (n * 101 + 7) % 256, (n * 197 + 91) % 256


# -- the renderer ----------------------------------------------------------------------------


class Renderer(QObject):
    """Renders atlas states off screen: ``render(job, callback)``, ``print_pdf(job, callback)``, ``render_sync(job)``.

    ``parent`` may be a window: the off-screen view is then its own top-level
    widget owned by (and deleted with) that window, never shown on screen.
    Jobs run one at a time, in order.
    """

    def __init__(self, atlas, parent: QObject | None = None, *, vector: bool = False, lang: str = "en"):
        super().__init__(parent)
        self.atlas = atlas
        self.vector = vector
        self.lang = lang
        owner = parent if isinstance(parent, QWidget) else None
        self.view = MapView(atlas, owner, lang=lang)
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
        self._selected: tuple | None = None  # the selected event and those highlighted with it, as last sent
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

    def _call(self, function: str, *args, then: Callable) -> None:
        """Call a page function (``window.atlasExport.*``); ``then(result)`` while this job still runs."""
        job = self._job

        def done(result):
            if self._job is job and job is not None:
                self._guarded(then, _loads(result))

        self.view.call(function, *args, callback=done)

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
        job = self._job

        def installed(_result):
            if self._job is not job:
                return
            self._setup_done = True
            if self.vector:
                self._call("atlasExport.vector", then=lambda _r: self._step_geometry())
            else:
                self._step_geometry()

        self.view.run_js(RENDER_JS.read_text(encoding="utf-8") + "\nnull", lambda r: self._guarded(installed, r))

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
            if isinstance(result, list) and len(result) == 2 and abs(result[0] - w) <= 1 \
                    and abs(result[1] - (h + FENCE_PX)) <= 1:
                self._geometry = key
                self._step_view()
            else:
                QTimer.singleShot(POLL_MS, lambda: self._job is job and self._call(
                    "atlasExport.setup", w, h, FENCE_PX, then=check))

        self._call("atlasExport.setup", w, h, FENCE_PX, then=check)

    def _step_view(self) -> None:
        job = self._job
        hidden = tuple(job.hidden_layers)
        if hidden != self._hidden:
            self._hidden = hidden
            self.view.set_hidden_layers(list(hidden))
        if (job.select, tuple(job.highlight)) != self._selected:
            self._selected = (job.select, tuple(job.highlight))
            self.view.select_event(job.select, job.highlight)
        if list(job.annotations) != self.view.annotations():
            self.view.set_annotations(list(job.annotations))
        key = json.dumps(job.view, sort_keys=True)
        if key == self._view_key:
            self._step_state()
            return

        def done(result):
            self._view_key = key
            self.last_view = result
            self._step_state()

        self._call("atlasExport.view", job.view, [list(c) for c in DEFAULT_BOUNDS], then=done)

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
        if self.vector:  # the page styles SVG shapes with SVG patterns itself (shapes.js)
            self._after_paint()
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
        self._call("atlasExport.fence", r, g, b, then=self._fenced)

    def _fenced(self, lines) -> None:  # the page's legend names these disputed lines: so will the caption's
        if isinstance(lines, list) and self._job is not None:
            self._job.disputed_lines = tuple(str(name) for name in lines)
        self._poll.start()

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
        title, date_text = legend.caption_lines(job.state["date"], job.title, job.lang)

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

        self._call("atlasExport.caption", job.caption, title, date_text, legend.attribution(job.lang), then=go)


def save_png(image: QImage, path: Path | str, force: bool = False) -> Path:
    """Write an image as PNG, atomically (a temporary file renamed over the target)."""
    with atomic_output(path, force) as tmp:
        if not image.save(str(tmp), "PNG", PNG_QUALITY):
            raise ExportError(f"cannot write {path}: the PNG could not be written")
    return Path(path)


