"""The launch path: the window paints its first map without importing the page builder or any heavy library
(folium, branca, jinja2, pandas, geopandas), in a fresh interpreter as a user starts it."""

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

LAUNCH = """
import sys
from viewer.qt.app import make_application
app = make_application()
from PySide6.QtCore import QSettings, QTimer
from viewer.qt.app import open_window
window = open_window(QSettings(sys.argv[1], QSettings.Format.IniFormat), lang="en")
def shown(*_):
    heavy = ("folium", "branca", "jinja2", "pandas", "geopandas", "viewer.page.shell")
    print("LOADED", ",".join(sorted(m for m in heavy if m in sys.modules)) or "-", flush=True)
    app.quit()
window.map.stateShown.connect(shown)
window.map.loadFailed.connect(lambda message: (print("FAILED", message, flush=True), app.quit()))
QTimer.singleShot(90_000, app.quit)
window.show()
app.exec()
"""


def test_nothing_heavy_is_imported_before_the_first_paint(tmp_path):
    done = subprocess.run([sys.executable, "-c", LAUNCH, str(tmp_path / "settings.ini")], capture_output=True,
                          text=True, timeout=180, cwd=Path(__file__).resolve().parents[2])
    lines = [line for line in done.stdout.splitlines() if line.startswith(("LOADED", "FAILED"))]
    assert lines, f"the window painted no map:\n{done.stderr[-2000:]}"
    assert lines[-1] == "LOADED -", lines[-1]


def test_the_atlas_loads_on_a_thread_while_the_event_loop_serves_the_page(qapp):
    """``open_window`` loads the atlas while the map page's requests are answered: the work runs on a thread,
    the events are served meanwhile, and its result or its error comes back to the caller."""
    import threading
    import time

    from PySide6.QtCore import QTimer

    from viewer.qt.app import run_serving_events

    served, where = [], []

    def work():
        where.append(threading.current_thread() is threading.main_thread())
        deadline = time.monotonic() + 5
        while not served and time.monotonic() < deadline:  # an event posted before the work is served during it
            time.sleep(0.01)
        return 42

    QTimer.singleShot(0, lambda: served.append(True))
    assert run_serving_events(work) == 42
    assert served == [True] and where == [False]

    def broken():
        raise ValueError("countries.geojson: no features")

    with pytest.raises(ValueError, match="no features"):
        run_serving_events(broken)


def test_the_window_s_modules_load_no_qt_binding_of_their_own():
    """``open_window`` imports the window's modules on its loading thread: that is safe only while every Qt
    binding they use is already loaded on the main thread (by the application and the map's view)."""
    code = ("import sys\nfrom viewer.qt.app import make_application\napp = make_application()\n"
            "from viewer.qt.webengine.mapview import MapView\nview = MapView(None)\n"
            "before = {m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))}\n"
            "import viewer.qt.window\n"
            "print('NEW', sorted({m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))} - before))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[2])
    lines = [line for line in done.stdout.splitlines() if line.startswith("NEW")]
    assert lines, done.stderr[-2000:]
    assert lines[-1] == "NEW []"
