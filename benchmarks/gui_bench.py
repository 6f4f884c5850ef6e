"""The window measured as a user meets it: scrubbing, in-page apply, naive reloads, cold start, memory.

Runs the real MainWindow offscreen. Every latency is from a slider value change to the
page reporting (from a requestAnimationFrame callback, over QWebChannel) that the new
state is on screen.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
NAIVE_DATES = ("1954-09-08", "1965-09-06", "1971-12-16", "1991-12-26", "2011-05-02", "2024-01-17")


def _percentile(values, q):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


def _monthly(first: dt.date, last: dt.date) -> list[dt.date]:
    return [dt.date(y, m, 1) for y in range(first.year, last.year + 1) for m in range(1, 13)
            if first <= dt.date(y, m, 1) <= last]


def _rss_mb(pid: int, field: str = "Rss") -> float:
    """Memory of a process and all its descendants (the web engine's processes), from /proc.

    ``Rss`` counts every resident page of each process, so libraries shared by the
    web engine's processes count once per process; ``Pss`` shares them out.
    """
    total, todo, seen = 0, [pid], set()
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith(field + ":"):
                    total += int(line.split()[1])
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError):
            continue
    return total / 1024


def _wait(app, done, timeout_s: float = 30.0) -> None:
    """Run Qt's event loop until ``done()``, sleeping between events as the app's own loop does.

    A busy loop of processEvents() would keep one of the machine's cores from the web
    engine's processes, which a user's idle window never does.
    """
    from PySide6.QtCore import QEventLoop, QTimer

    end = time.perf_counter() + timeout_s
    tick = QTimer()
    tick.start(50)  # wakes the loop to check the timeout when nothing else happens
    try:
        while not done():
            if time.perf_counter() > end:
                raise TimeoutError("the map did not report in time")
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        tick.stop()


def measure_scrub(results: dict, data_dir: Path | None = None, prefix: str = "") -> None:
    """Scrub every month of the timeline in the real window; optionally time naive rebuild+reload."""
    from viewer.qt.app import make_application

    app = make_application()
    from PySide6.QtCore import QCoreApplication, QEvent, QSettings

    from viewer.core.atlas import Atlas
    from viewer.qt.window import MainWindow

    atlas = Atlas.load(data_dir)
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "bench.ini"), QSettings.Format.IniFormat)
        window = MainWindow(atlas, settings, start_date=atlas.first_day)
        painted: list[tuple[str, float]] = []
        window.map.statePainted.connect(lambda d, ms: painted.append((d, ms)))
        window.resize(1280, 800)
        window.show()
        _wait(app, lambda: painted, 60)

        latencies, applies = [], []
        for day in _monthly(atlas.first_day, atlas.last_day):
            if day == window.timeline.day:
                continue
            painted.clear()
            t0 = time.perf_counter()
            window.bar.slider.setValue((day - atlas.first_day).days)
            _wait(app, lambda: any(d == day.isoformat() for d, _ in painted))
            latencies.append((time.perf_counter() - t0) * 1000)
            applies.append(next(ms for d, ms in painted if d == day.isoformat()))
        results[prefix + "scrub_p50_ms"] = round(statistics.median(latencies), 2)
        results[prefix + "scrub_p95_ms"] = round(_percentile(latencies, 95), 2)
        results[prefix + "scrub_max_ms"] = round(max(latencies), 2)
        results[prefix + "apply_p95_ms"] = round(_percentile(applies, 95), 3)
        results[prefix + "scrub_dates"] = len(latencies)
        if not prefix:
            naive = []
            for day in NAIVE_DATES:
                painted.clear()
                t0 = time.perf_counter()
                window.map.rebuild(atlas, cached=False)  # build the folium page again and reload it...
                window.set_day(dt.date.fromisoformat(day))  # ...showing the new date once it is up
                _wait(app, lambda: any(d == day for d, _ in painted), 60)
                naive.append((time.perf_counter() - t0) * 1000)
            results["naive_reload_median_ms"] = round(statistics.median(naive), 1)
            results["naive_reload_dates"] = len(naive)
            results["speedup_vs_naive"] = round(results["naive_reload_median_ms"] / results["scrub_p50_ms"], 1)
        window.set_playing(False)
        window.close()
        window.deleteLater()  # now, not at exit: the web page must go before its profile and the application
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def _run_fresh(script: str, timeout: float = 120) -> list[str]:
    """Run a script in a fresh interpreter, offscreen, with a settings file of its own (argv[1]);
    the words it printed."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    with tempfile.TemporaryDirectory() as folder:
        done = subprocess.run([sys.executable, "-c", script, str(Path(folder) / "bench.ini")], cwd=REPO, env=env,
                              capture_output=True, text=True, timeout=timeout)
    return done.stdout.split()


COLD_START = """
import time, sys
from viewer.qt.app import make_application
app = make_application()
from PySide6.QtCore import QSettings
from viewer.core.atlas import Atlas
from viewer.qt.window import MainWindow
window = MainWindow(Atlas.load(), QSettings(sys.argv[1], QSettings.Format.IniFormat))
window.map.statePainted.connect(lambda *a: (print(time.time(), flush=True), app.quit()))
window.show()
app.exec()
"""


def measure_cold_start(results: dict) -> None:
    """Process start to first painted map, in a fresh interpreter (median of 3)."""
    runs = []
    for _ in range(3):
        t0 = time.time()
        runs.append(float(_run_fresh(COLD_START)[-1]) - t0)
    results["cold_start_s"] = round(statistics.median(runs), 2)


BLANK_PAGE = """
import os, sys
sys.path.insert(0, os.getcwd())
from benchmarks.gui_bench import _rss_mb
from viewer.qt.app import make_application
app = make_application()
from PySide6.QtWebEngineWidgets import QWebEngineView
view = QWebEngineView()
view.resize(1280, 800)
view.loadFinished.connect(lambda ok: view.page().runJavaScript(
    "new Promise(r => requestAnimationFrame(() => setTimeout(r, 500)))",
    lambda _r: (print(_rss_mb(os.getpid()), _rss_mb(os.getpid(), "Pss"), flush=True), app.quit())))
view.setHtml("<html><body><p>blank</p></body></html>")
view.show()
app.exec()
del view
"""


def measure_blank_page(results: dict) -> None:
    """Memory of Qt WebEngine alone: an empty QWebEngineView page, same size, measured as ``rss_mb`` is.

    What the atlas adds is ``rss_mb`` minus this."""
    rss, pss = (float(x) for x in _run_fresh(BLANK_PAGE)[-2:])
    results["blank_webengine_rss_mb"] = round(rss, 1)
    results["blank_webengine_pss_mb"] = round(pss, 1)


MEMORY = """
import datetime as dt, os, sys, tempfile
sys.path.insert(0, os.getcwd())
from benchmarks.gui_bench import _monthly, _rss_mb, _wait
from viewer.qt.app import make_application
app = make_application()
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from viewer.core.atlas import Atlas
from viewer.qt.window import MainWindow
atlas = Atlas.load()
window = MainWindow(atlas, QSettings(sys.argv[1], QSettings.Format.IniFormat), start_date=atlas.first_day)
painted = []
window.map.statePainted.connect(lambda d, ms: painted.append(d))
window.resize(1280, 800)
window.show()
_wait(app, lambda: painted, 60)
for day in _monthly(atlas.first_day, atlas.last_day)[1:]:
    window.bar.slider.setValue((day - atlas.first_day).days)
    _wait(app, lambda: painted[-1] == day.isoformat())
print(_rss_mb(os.getpid()), _rss_mb(os.getpid(), "Pss"), flush=True)
window.close()
window.deleteLater()
QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
"""


def measure_memory(results: dict) -> None:
    """``rss_mb``: the app and its web engine processes after scrubbing every month, in a fresh process
    (so nothing the benchmark itself loaded counts); ``pss_mb`` shares out the pages they share."""
    rss, pss = (float(x) for x in _run_fresh(MEMORY, timeout=300)[-2:])
    results["rss_mb"] = round(rss, 1)
    results["pss_mb"] = round(pss, 1)
