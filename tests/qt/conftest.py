"""Setup of the Qt tests: Qt runs headless (drawing in software); Qt WebEngine's sandbox is off only when
running as root; the application is made as the app makes it, its atlas: URL scheme registered first.

Each test module here skips itself (``pytest.importorskip``) where Qt WebEngine is missing.
"""

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from viewer.qt.app import prepare_environment  # noqa: E402  (no Qt import: the sandbox off as root, software drawing)

prepare_environment()


@pytest.fixture(scope="session")
def qapp():
    """The application as the app makes it: the atlas: URL scheme registered before it exists."""
    from viewer.qt.app import make_application

    return make_application()


@pytest.fixture
def open_window(qtbot, tmp_path_factory):
    """``open_window(atlas, day, size=None, settings=None)``: a MainWindow shown and painted; closed after the test."""
    from PySide6.QtCore import QSettings

    from qthelpers import dispose
    from viewer.qt.window import MainWindow

    opened = []

    def open_(atlas, day, size=None, settings=None):
        settings = settings or QSettings(str(tmp_path_factory.mktemp("settings") / "pakatlas.ini"),
                                         QSettings.Format.IniFormat)
        win = MainWindow(atlas, settings, start_date=day)
        if size:
            win.resize(*size)
        with qtbot.waitSignal(win.map.statePainted, timeout=60_000):
            win.show()
        opened.append(win)
        return win

    yield open_
    for win in opened:
        win.set_playing(False)
        dispose(win)
