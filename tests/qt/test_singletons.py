"""PySide6 6.12 on Python 3.11 drops a reference to None on each call; viewer.qt guards against it."""

import sys

import pytest

pytest.importorskip("PySide6.QtCore")

import viewer.qt  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402


def _lost_references(calls: int = 200) -> int:
    timer, before = QTimer(), sys.getrefcount(None)
    for _ in range(calls):
        timer.stop()
    return before - sys.getrefcount(None)


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12: nothing to guard")
def test_the_guard_is_on_exactly_when_pyside_leaks_none():
    leaking = _lost_references() >= 100
    assert viewer.qt.SINGLETONS_SHIELDED == leaking
    if leaking:  # then no run of the app can bring the count of None, True or False to zero
        assert min(sys.getrefcount(x) for x in (None, True, False)) > 1 << 40


def test_the_guard_measures_the_leak_it_guards_against(monkeypatch):
    """The detector says "leaking" when calls lose references to None, and only then."""
    if sys.version_info >= (3, 12):
        assert viewer.qt.shield_singletons() is False and viewer.qt.SINGLETONS_SHIELDED is False
        before = sys.getrefcount(None)
        kept = [None] * 1000
        assert sys.getrefcount(None) == before and kept  # immortal: its count does not move at all
        return
    assert viewer.qt._pyside_leaks_none() == (_lost_references(64) >= 32)
