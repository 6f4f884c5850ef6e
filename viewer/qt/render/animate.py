"""Frames of a date range (or of a tour's plan) rendered one after another and written as numbered PNGs,
then an animated GIF or MP4: ``AnimationExport``, an ``ExportJob`` that ``runner.ExportRunner`` (an
animation of a date range) and ``story.StoryExport`` (a tour's animation) follow.
"""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QImage

from viewer.export import animation, options
from viewer.export.files import ExportCancelled, ExportError, FrameFolder, check_target, frame_name
from viewer.qt.render.job import CANCELLED, ExportJob
from viewer.qt.render.renderer import PNG_QUALITY, Renderer, RenderJob

MAX_PENDING_SAVES = 2  # frames rendered but not yet on disk

translate = QCoreApplication.translate  # the progress words, in the window's language (none in the CLI)


class AnimationExport(ExportJob):
    """Frames of a date range, written as numbered PNGs, then an animated GIF or MP4.

    ``kind`` is ``gif``, ``mp4`` or ``frames`` (``out`` is then the folder);
    ``frames_dir`` also keeps the PNG frames of a GIF or MP4. Every output is
    checked before the first frame (refused if it exists, unless ``force``);
    frames go to a temporary folder and the outputs appear only when complete.
    Signals (``ExportJob``): ``progress(done, total, text)``, ``finished(ok, message)`` (the
    message is the path written, or why not).
    """

    def __init__(self, renderer: Renderer, atlas, days: list[dt.date], out: Path | str, kind: str, *,
                 size: tuple[int, int] = options.DEFAULT_ANIMATION_SIZE, scale: int = 1, caption: bool = True,
                 title: str | None = None, view: dict | None = None, hidden_layers=(),
                 frame_ms: int = options.DEFAULT_FRAME_MS, frames_dir: Path | str | None = None, force: bool = False,
                 lang: str = "en", plan: list | None = None, parent: QObject | None = None):
        super().__init__(parent)
        if kind not in ("gif", "mp4", "frames"):
            raise ValueError(f"unknown animation kind {kind!r}")
        if not days:
            raise ExportError("there are no dates in that range")
        self.renderer, self.atlas, self.days, self.kind = renderer, atlas, list(days), kind
        self.out = Path(out)
        self.size, self.scale, self.caption, self.title = size, scale, caption, title
        self.view, self.hidden_layers = view, tuple(hidden_layers)
        self.lang = lang
        self.durations = animation.frame_durations(len(self.days), frame_ms)
        self.plan = plan  # per frame (a tour's): .bounds, .hidden, .select, .duration_ms, .caption
        if plan is not None:
            if len(plan) != len(self.days):
                raise ValueError("a plan needs one entry per frame")
            self.durations = [frame.duration_ms for frame in plan]
        self.force = force
        self._index = 0
        self._saves: list[concurrent.futures.Future] = []
        self._assembling: concurrent.futures.Future | None = None
        self._assembled = 0
        self._reported = -1
        self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="pakatlas-export")
        self._temp: Path | None = None
        # every output is checked now, before any frame is made
        if kind == "mp4" and not animation.mp4_available():
            raise ExportError(animation.MP4_MISSING)
        folder = self.out if kind == "frames" else (Path(frames_dir) if frames_dir else None)
        self.frames = FrameFolder(folder, self.days, force) if folder else None
        if kind != "frames":
            check_target(self.out, force)
        self._timer = QTimer(self, interval=30)
        self._timer.timeout.connect(self._poll)

    @property
    def total(self) -> int:
        return len(self.days) * (1 if self.kind == "frames" else 2)

    @property
    def frames_rendered(self) -> int:
        return self._index

    def _run(self) -> None:
        try:
            if self.frames is not None:
                self._staging = self.frames.open()
                self._frame_path = self.frames.path
            else:
                self._temp = Path(tempfile.mkdtemp(prefix="pakatlas-frames-"))
                self._frame_path = lambda i: self._temp / frame_name(i + 1, self.days[i])
        except (ExportError, OSError) as err:
            self._end(False, str(err))
            return
        self._render_next()

    # -- frames ---------------------------------------------------------------

    def _render_next(self) -> None:
        if self._cancelled:
            self._end(False, CANCELLED)
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
                        self.hidden_layers, lang=self.lang)
        if self.plan is not None:
            frame = self.plan[self._index]
            s, w, n, e = frame.bounds
            job.view, job.hidden_layers, job.select = {"bounds": [[s, w], [n, e]]}, tuple(frame.hidden), frame.select
            job.highlight = tuple(frame.highlight)
            job.annotations = tuple(getattr(frame, "annotations", ()))
            job.title = frame.caption if self.title is None else self.title
        self.renderer.render(job, self._on_frame)

    def _on_frame(self, image: QImage | None, error: str | None) -> None:
        if self.done:
            return
        if self._cancelled:
            self._end(False, CANCELLED)
            return
        if error or image is None:
            self._end(False, error or "a frame could not be rendered")
            return
        i = self._index
        path = self._frame_path(i)
        self._saves.append(self._pool.submit(self._save, image, path))
        self._index += 1
        self.progress.emit(i + 1, self.total, translate("AnimationExport", "frame %1/%2 %3").replace("%1", str(i + 1))
                           .replace("%2", str(len(self.days))).replace("%3", self.days[i].isoformat()))
        self._render_next()

    def _save(self, image: QImage, path: Path) -> None:
        if not image.save(str(path), "PNG", PNG_QUALITY):
            raise ExportError(f"cannot write {self.out}: frame {path.name} could not be saved in {path.parent}")

    # -- assembling -------------------------------------------------------------

    def _poll(self) -> None:
        if self._cancelled and self._assembling is None:
            self._end(False, CANCELLED)
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
            writer = animation.write_gif if self.kind == "gif" else animation.write_mp4
            self._assembling = self._pool.submit(writer, frames, self.out, self.durations, force=self.force,
                                                 progress=self._note_assembled, cancelled=lambda: self._cancelled)
            return
        n = len(self.days)
        if self._assembled != self._reported:
            self._reported = self._assembled
            kind = self.kind.upper()
            said = (translate("AnimationExport", "%1 frame %2/%3").replace("%1", kind).replace("%2", str(self._assembled))
                    .replace("%3", str(n)) if self._assembled else
                    translate("AnimationExport", "writing the %1").replace("%1", kind))
            self.progress.emit(n + self._assembled, self.total, said)
        if not self._assembling.done():
            return
        err = self._assembling.exception()
        if err is not None:
            self._end(False, CANCELLED if isinstance(err, ExportCancelled) else str(err))
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

    def _clean_up(self, ok: bool) -> None:
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
        if ok:
            self.progress.emit(self.total, self.total, translate("AnimationExport", "done"))
