"""Test setup: Qt runs headless (drawing in software); Qt WebEngine's sandbox is off only when running as root."""

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from viewer.qt.app import prepare_environment  # noqa: E402  (no Qt import: the sandbox off as root, software drawing)

prepare_environment()

# built map pages are cached per test session, never in the user's cache
os.environ.setdefault("PAKATLAS_CACHE_DIR", tempfile.mkdtemp(prefix="pakatlas-cache-"))

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.fixture(scope="session")
def qapp():
    """The application as the app makes it: the atlas: URL scheme registered before it exists."""
    from viewer.qt.app import make_application

    return make_application()


@pytest.fixture(scope="session")
def atlas():
    from viewer.core.atlas import Atlas

    return Atlas.load(strict=True)


@pytest.fixture(scope="session")
def seeds_dir():
    if not SEEDS.is_dir():
        pytest.skip("the source texts (../shared/seeds) are not beside this checkout")
    return SEEDS


def dispose(widget) -> None:
    """Close and delete a window or view now: its web page goes before its profile, as when the app quits."""
    from PySide6.QtCore import QCoreApplication, QEvent

    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture
def open_window(qtbot, tmp_path_factory):
    """``open_window(atlas, day, size=None, settings=None)``: a MainWindow shown and painted; closed after the test."""
    from PySide6.QtCore import QSettings

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
