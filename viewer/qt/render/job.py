"""``ExportJob``: the life of one export, the same for every kind (a picture, a page, an animation, a tour,
a comparison): started once, cancelled at any time, ended once, with its progress on the way.

A kind of export says only how it runs (``_run``) and what it leaves to clean up (``_clean_up``); a job
that hands its work to another (a tour's animation, a range's frames) follows it (``follow``): the
other's progress is its own, and so is its end. ``run_sync`` waits for any job in a local event loop
(the command line).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal

from viewer.export.files import ExportCancelled, ExportError

CANCELLED = "cancelled"


class ExportJob(QObject):
    """One export. Signals: ``progress(done, total, text)``; ``finished(ok, message)``, once: the message is
    the path written, ``"cancelled"``, or why not. Then ``done`` is True and ``result`` (the path) or
    ``error`` (the message) is set."""

    progress = Signal(int, int, str)
    finished = Signal(bool, str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.result: Path | None = None
        self.error: str | None = None
        self.done = False
        self._started = False
        self._cancelled = False
        self._child: ExportJob | None = None

    @property
    def total(self) -> int:
        """How many steps ``progress`` counts to."""
        return self._child.total if self._child is not None else 1

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def start(self) -> None:
        if self._started or self.done:
            return
        self._started = True
        if self._cancelled:  # cancelled before it started: it ends so
            self._end(False, CANCELLED)
            return
        self._run()

    def cancel(self) -> None:
        """Stop as soon as possible; nothing is left behind. The job ends at the next turn of the event loop,
        not when the work in hand comes back (a frame being drawn may never come: its renderer closes with
        the window); whatever comes back after is dropped."""
        self._cancelled = True
        if self._child is not None:
            self._child.cancel()
        elif self._started and not self.done:
            QTimer.singleShot(0, lambda: self._end(False, CANCELLED))

    def run_sync(self) -> Path:
        """Start and wait (a local event loop); the file written, or ExportError (ExportCancelled)."""
        return run_sync(self)

    # -- for the kinds of export ------------------------------------------------

    def _run(self) -> None:
        raise NotImplementedError

    def _clean_up(self, ok: bool) -> None:
        """What the kind leaves behind (its threads, its temporary files), before the end is said."""

    def follow(self, child: "ExportJob") -> "ExportJob":
        """Hand the work to another job: its progress is this one's, and its end."""
        self._child = child
        child.progress.connect(self.progress)
        child.finished.connect(self._end)
        return child

    def _end(self, ok: bool, message: str) -> None:
        if self.done:
            return
        self.done = True
        self._clean_up(ok)
        self.result = Path(message) if ok else None
        self.error = None if ok else message
        self.finished.emit(ok, message)


def run_sync(job: ExportJob) -> Path:
    """Start a job and wait for it in a local event loop; its file, or ExportError (ExportCancelled when
    cancelled)."""
    loop = QEventLoop()
    job.finished.connect(lambda *_: loop.quit())
    job.start()
    if not job.done:
        loop.exec()
    if job.error:
        raise ExportCancelled() if job.error == CANCELLED else ExportError(job.error)
    return job.result
