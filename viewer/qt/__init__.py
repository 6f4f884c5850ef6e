"""The atlas's Qt widgets.

Importing this package first guards against a reference-counting bug of
PySide6 6.12 on Python 3.11: its calls give back ``None`` (and signal emissions
``True``) one reference short, so after a few thousand calls (a few minutes of
timeline playback) Python frees ``None`` or ``True`` and aborts with "Fatal
Python error: none_dealloc" (or at exit, failing a test run that passed).
Python 3.12 made these objects immortal, so only older Pythons need help: if
the bug shows, ``None``, ``True`` and ``False`` get a reference count so large
that no leak can bring it to zero.
"""

from __future__ import annotations

import sys


def _pyside_leaks_none() -> bool:
    from PySide6.QtCore import QTimer

    timer = QTimer()
    calls = 64
    before = sys.getrefcount(None)
    for _ in range(calls):
        timer.stop()
    return before - sys.getrefcount(None) >= calls // 2


def shield_singletons() -> bool:
    """Make None, True and False immune to PySide's leak; True if it was needed."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    try:
        leaking = _pyside_leaks_none()
    except ImportError:
        return False
    if leaking:
        import ctypes

        for obj in (None, True, False):
            # ob_refcnt is the first field of every CPython object.
            ctypes.c_ssize_t.from_address(id(obj)).value += 1 << 40
    return leaking


SINGLETONS_SHIELDED = shield_singletons()
