"""Running an export request: ``ExportRunner``, used synchronously by the command line (``run_sync``) and in
the background by the window (``start``, then the ``progress`` and ``finished`` signals).

One picture (PNG, PDF) is one render of the request's day, written atomically; an HTML page is
built and written; an animation is an ``animate.AnimationExport``: a Renderer driven frame by frame
(each frame after the previous one was painted and grabbed), numbered PNG frames written in a
worker thread, then an animated GIF or MP4; it reports progress, can be cancelled at any time
and leaves nothing behind when cancelled or failed. A tour or a comparison is a ``story.StoryExport``.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import QObject

from viewer.export.files import ExportError, write_bytes
from viewer.export.request import ExportRequest
from viewer.qt.render.animate import AnimationExport
from viewer.qt.render.job import CANCELLED, ExportJob
from viewer.qt.render.renderer import Renderer, RenderJob, save_png
from viewer.qt.render.story import StoryExport

__all__ = ["AnimationExport", "ExportRunner"]


class ExportRunner(ExportJob):
    """Runs one validated ``ExportRequest`` for an atlas: ``start()`` in the background, or ``run_sync()``.

    ``renderer(vector)`` gives the off-screen Renderer to use (a vector one for a PDF); the runner
    never closes it. An animation's ``days`` are ``request.frame_days`` unless given. A tour or a comparison
    (``request.tour``, ``request.compare``) runs as a ``story.StoryExport``; a tour's ``Tour`` is ``tour``.
    Signals (``ExportJob``): ``progress(done, total, text)`` (animations), ``finished(ok, message)``: the path
    written, ``"cancelled"``, or why not.
    """

    def __init__(self, request: ExportRequest, atlas, renderer: Callable[[bool], Renderer],
                 parent: QObject | None = None, *, days: list[dt.date] | None = None, tour=None):
        super().__init__(parent)
        self.request, self.atlas, self._renderer = request, atlas, renderer
        self.animation: AnimationExport | None = None
        self.story = None
        if request.tour is not None or request.compare is not None:
            self.story = self.follow(StoryExport(request, atlas, renderer, tour, parent=self))
        self.days: list[dt.date] = []
        if request.animation:  # the frames and their folders, checked before anything starts
            self.days = days or request.frame_days(dt.date.fromisoformat(e["start"]) for e in atlas.events)
            r = request = self.request = request.timed(len(self.days))  # --duration: each frame's time
            self.animation = self.follow(AnimationExport(
                renderer(False), atlas, self.days, r.out, r.kind, size=r.size, scale=r.scale, caption=r.caption,
                title=r.title, view=r.view, hidden_layers=r.hidden_layers, frame_ms=r.frame_ms,
                frames_dir=r.frames_dir, force=r.force, lang=r.lang, parent=self))

    def set_view(self, view: dict | None) -> None:
        """The map's view for the export (``{"center", "zoom"}`` or ``{"bounds"}``), before ``start``."""
        self.request = self.request.replace(view=view)
        if self.animation is not None:
            self.animation.view = view

    def _run(self) -> None:
        if self._child is not None:
            self._child.start()
        elif self.request.kind == "html":
            self._html()
        else:
            self._picture()

    def _html(self) -> None:
        from viewer.export.html import build_html

        r = self.request
        try:
            page = build_html(self.atlas, r.date, title=r.title, timeline=r.timeline, caption=r.caption,
                              view=r.view if r.view and "center" in r.view else None, hidden_layers=r.hidden_layers,
                              lang=r.lang)
            write_bytes(r.out, page.encode("utf-8"), r.force)
        except (ExportError, ValueError, OSError) as err:
            self._end(False, str(err))
            return
        self._end(True, str(r.out))

    def _picture(self) -> None:
        r = self.request
        pdf = r.kind == "pdf"
        job = RenderJob(self.atlas.state(r.date), r.size, r.scale, r.caption, r.title, r.view, r.hidden_layers,
                        lang=r.lang)

        def rendered(result, error):
            if self._cancelled:
                self._end(False, CANCELLED)
                return
            if error:
                self._end(False, error)
                return
            try:
                if pdf:
                    write_bytes(r.out, result, r.force)
                else:
                    save_png(result, r.out, r.force)
            except ExportError as err:
                self._end(False, str(err))
                return
            self._end(True, str(r.out))

        renderer = self._renderer(pdf)
        (renderer.print_pdf if pdf else renderer.render)(job, rendered)
