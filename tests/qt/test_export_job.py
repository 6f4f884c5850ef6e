"""The one life every export has (``viewer.qt.render.job.ExportJob``): started once, ended once, cancelled at
any time with its followed work, waited for by the command line. Made-up kinds of export, no map."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtCore")

from PySide6.QtCore import QTimer  # noqa: E402

from viewer.export.files import ExportCancelled, ExportError  # noqa: E402
from viewer.qt.render.job import ExportJob, run_sync  # noqa: E402


class Steps(ExportJob):
    """Three steps, one per turn of the event loop, then the path; or a failure at a step."""

    def __init__(self, fail_at: int | None = None, parent=None):
        super().__init__(parent)
        self.fail_at, self.step, self.runs, self.cleaned = fail_at, 0, 0, []

    @property
    def total(self) -> int:
        return 3

    def _run(self) -> None:
        self.runs += 1
        QTimer.singleShot(0, self._next)

    def _next(self) -> None:
        if self.done:
            return
        self.step += 1
        if self.step == self.fail_at:
            self._end(False, f"step {self.step} failed")
            return
        self.progress.emit(self.step, self.total, f"step {self.step}")
        if self.step == self.total:
            self._end(True, "/tmp/out.png")
        else:
            QTimer.singleShot(0, self._next)

    def _clean_up(self, ok: bool) -> None:
        self.cleaned.append(ok)


class Following(ExportJob):
    def __init__(self, child: ExportJob):
        super().__init__()
        self.child = self.follow(child)

    def _run(self) -> None:
        self.child.start()


def test_a_job_runs_once_reports_its_steps_and_ends_once(qapp):
    job, ends, steps = Steps(), [], []
    job.finished.connect(lambda ok, message: ends.append((ok, message)))
    job.progress.connect(lambda done, total, _text: steps.append((done, total)))
    assert str(run_sync(job)) == "/tmp/out.png"
    job.start()  # a second start does nothing
    assert job.runs == 1 and steps == [(1, 3), (2, 3), (3, 3)] and ends == [(True, "/tmp/out.png")]
    assert job.done and job.error is None and job.cleaned == [True]


def test_a_failure_is_said_once_and_raised_by_the_command_line(qapp):
    job = Steps(fail_at=2)
    with pytest.raises(ExportError, match="step 2 failed"):
        job.run_sync()
    assert job.result is None and job.error == "step 2 failed" and job.cleaned == [False]


def test_cancelling_a_job_that_follows_another_cancels_both_at_once(qapp, qtbot):
    inner = Steps()
    outer = Following(inner)
    assert outer.total == 3
    relayed = []
    outer.progress.connect(lambda done, _total, _text: relayed.append(done))
    outer.start()
    outer.cancel()
    with qtbot.waitSignal(outer.finished, timeout=5000) as ended:
        pass
    assert ended.args == [False, "cancelled"] and inner.cancelled and inner.done and outer.done
    assert inner.cleaned == [False] and inner.step < 3 and relayed == list(range(1, inner.step + 1))


def test_a_job_cancelled_before_it_starts_ends_cancelled_when_started(qapp):
    job = Steps()
    job.cancel()
    with pytest.raises(ExportCancelled):
        run_sync(job)
    assert job.runs == 0 and job.cleaned == [False]
