"""The window measured as a user meets it: scrubbing, in-page apply, the data sent again, cold start, memory.

Runs the real MainWindow offscreen. Every scrub latency starts at a slider value change and
ends in two places: ``scrub_*`` when the page reports from its requestAnimationFrame callback
(the frame that will show the state, before it is painted), ``scrub_painted_*`` when a task
posted from that callback reports (it runs once the frame is painted). Figures repeated over
several passes come with their spread: ``NAME_spread`` = {median, min, max} over the passes.
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


def spread(values: list[float], digits: int = 2) -> dict:
    """{median, min, max} of repeated measurements."""
    return {"median": round(statistics.median(values), digits), "min": round(min(values), digits),
            "max": round(max(values), digits)}


def measure_scrub(results: dict, data_dir: Path | None = None, prefix: str = "", *, files=(), passes: int = 3,
                  with_naive: bool | None = None) -> None:
    """Scrub every month of the timeline in the real window, ``passes`` times (figures: the median pass, and
    the spread over the passes); time the whole data sent to the
    page again (in place) too (by default for the bundled data only). ``files`` are added as ``--add`` does."""
    from viewer.qt.app import make_application

    app = make_application()
    from PySide6.QtCore import QCoreApplication, QEvent, QSettings

    from viewer.core.atlas import Atlas
    from viewer.qt.window import MainWindow

    atlas = Atlas.load(data_dir, extra_files=list(files), strict=bool(files))
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "bench.ini"), QSettings.Format.IniFormat)
        window = MainWindow(atlas, settings, start_date=atlas.first_day)
        painted: list[tuple[str, float, float]] = []
        shown: list[tuple[str, float]] = []
        window.map.statePainted.connect(lambda d, ms: painted.append((d, ms, time.perf_counter())))
        window.map.stateShown.connect(lambda d, ms: shown.append((d, time.perf_counter())))
        window.resize(1280, 800)
        window.show()
        _wait(app, lambda: shown, 60)

        figures: dict[str, list[float]] = {}
        for n in range(passes):
            latencies, after_paint, applies = [], [], []
            days = _monthly(atlas.first_day, atlas.last_day)
            for day in (days if n % 2 == 0 else days[::-1]):  # forth, back, forth
                if day == window.timeline.day:
                    continue
                painted.clear()
                shown.clear()
                iso = day.isoformat()
                t0 = time.perf_counter()
                window.bar.slider.setValue((day - atlas.first_day).days)
                _wait(app, lambda: any(d == iso for d, _ in shown))
                framed = next(p for p in painted if p[0] == iso)
                latencies.append((framed[2] - t0) * 1000)
                after_paint.append((next(t for d, t in shown if d == iso) - t0) * 1000)
                applies.append(framed[1])
            for name, value in (("scrub_p50_ms", statistics.median(latencies)),
                                ("scrub_p95_ms", _percentile(latencies, 95)), ("scrub_max_ms", max(latencies)),
                                ("scrub_painted_p50_ms", statistics.median(after_paint)),
                                ("scrub_painted_p95_ms", _percentile(after_paint, 95)),
                                ("apply_p95_ms", _percentile(applies, 95))):
                figures.setdefault(name, []).append(value)
        for name, values in figures.items():
            results[prefix + name] = round(statistics.median(values), 3 if name.startswith("apply") else 2)
            results[prefix + name + "_spread"] = spread(values, 3 if name.startswith("apply") else 2)
        results[prefix + "scrub_dates"] = len(latencies)
        results[prefix + "scrub_passes"] = passes
        if with_naive if with_naive is not None else not prefix:
            naive = []
            for day in NAIVE_DATES:
                painted.clear()
                t0 = time.perf_counter()
                window.map.set_data(atlas)  # every piece of data sent to the page again, as a new file does...
                window.set_day(dt.date.fromisoformat(day))  # ...showing the new date once it is up
                _wait(app, lambda: any(p[0] == day for p in painted), 60)
                naive.append((time.perf_counter() - t0) * 1000)
            results["data_resend_median_ms"] = round(statistics.median(naive), 1)
            results["data_resend_dates"] = len(naive)
            results["data_resend_spread"] = spread(naive, 1)
        window.set_playing(False)
        window.close()
        window.deleteLater()  # now, not at exit: the web page must go before its profile and the application
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


SETTLE_S = 20.0
"""How long a window is left alone before its settled memory is read: the page's JavaScript engine gives back the
heap a scrub left behind once the page has been idle for some seconds (about 65 MB of the renderer's PSS, between
10 and 15 s after a scrub of every month; nothing more at 20 or 40 s)."""


def _settle(app, seconds: float) -> None:
    """Let the event loop run, idle, for ``seconds``: nothing asked of the window meanwhile."""
    end = time.perf_counter() + seconds
    _wait(app, lambda: time.perf_counter() >= end, seconds + 10)


def _run_fresh(script: str, timeout: float = 120, args: tuple = (), env: dict | None = None) -> list[str]:
    """Run a script in a fresh interpreter, offscreen, with a settings file of its own (argv[1], then ``args``);
    the words it printed."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), **(env or {}))
    with tempfile.TemporaryDirectory() as folder:
        done = subprocess.run([sys.executable, "-c", script, str(Path(folder) / "bench.ini"), *map(str, args)],
                              cwd=REPO, env=env, capture_output=True, text=True, timeout=timeout)
    if done.returncode:
        raise RuntimeError(f"benchmark process failed:\n{done.stderr[-2000:]}")
    return done.stdout.split()


COLD_START = """
import time, sys
from viewer.qt.app import make_application, open_window
app = make_application()
from PySide6.QtCore import QSettings
window = open_window(QSettings(sys.argv[1], QSettings.Format.IniFormat), lang="en")
window.map.stateShown.connect(lambda *a: (print(time.time(), flush=True), app.quit()))
window.show()
app.exec()
"""


def measure_cold_start(results: dict, runs: int = 5) -> None:
    """Process start to the first map with data painted (the task after the painted frame), in a fresh
    interpreter. ``cold_start_first_s``: the first launch, with empty caches (a new temporary HOME and
    XDG_CACHE_HOME each run, so nothing the app or Qt WebEngine keeps between launches is there);
    ``cold_start_s``: a later launch, with the caches the first one left. The page is the shipped shell either
    way: no launch builds a page."""
    first, warm = [], []
    with tempfile.TemporaryDirectory() as cache:
        kept = {"HOME": cache, "XDG_CACHE_HOME": cache, "PAKATLAS_CACHE_DIR": cache}
        for n in range(runs):
            with tempfile.TemporaryDirectory() as empty:
                t0 = time.time()
                first.append(float(_run_fresh(COLD_START, env={"HOME": empty, "XDG_CACHE_HOME": empty,
                                                               "PAKATLAS_CACHE_DIR": empty})[-1]) - t0)
            if n == 0:  # what a first launch leaves behind
                _run_fresh(COLD_START, env=kept)
            t0 = time.time()
            warm.append(float(_run_fresh(COLD_START, env=kept)[-1]) - t0)
    results["cold_start_first_s"] = round(statistics.median(first), 2)
    results["cold_start_first_s_spread"] = spread(first)
    results["cold_start_s"] = round(statistics.median(warm), 2)
    results["cold_start_s_spread"] = spread(warm)
    results["cold_start_runs"] = runs


SWITCHES = """
import sys, time, datetime as dt
from pathlib import Path
from viewer.qt.app import make_application
app = make_application()
from PySide6.QtCore import QEventLoop, QSettings, QTimer
from viewer.core.atlas import Atlas
from viewer.qt import switching
from viewer.qt.window import MainWindow
from benchmarks.synthetic import write as write_synthetic

def painted(win, act):
    loop, t0 = QEventLoop(), [0.0]
    win.map.stateShown.connect(lambda *a: loop.quit())
    QTimer.singleShot(60_000, loop.quit)
    t0[0] = time.perf_counter()
    result = act()
    loop.exec()
    return (time.perf_counter() - t0[0]) * 1000, result

window = MainWindow(Atlas.load(), QSettings(sys.argv[1], QSettings.Format.IniFormat), start_date=dt.date(1965, 9, 6))
loop = QEventLoop()
window.map.stateShown.connect(lambda *a: loop.quit())
window.show()
loop.exec()
holder = {}
def to(lang):
    holder["w"] = switching.switch_language(holder.get("w", window), lang)
    return holder["w"]
out = []
for lang in ("fr", "ur", "en"):  # the same page each time, told the new language in place
    new_loop, t0 = QEventLoop(), time.perf_counter()
    w = to(lang)
    w.map.stateShown.connect(lambda *a: new_loop.quit())
    QTimer.singleShot(60_000, new_loop.quit)
    new_loop.exec()
    out.append((time.perf_counter() - t0) * 1000)
w = holder["w"]
ms, _ = painted(w, lambda: w.set_high_contrast(True))
out.append(ms)
folder = Path(sys.argv[1]).parent / "added"
folder.mkdir()
events = write_synthetic(1000, folder)
ms, _ = painted(w, lambda: w.source.open([events]))
out.append(ms)
print(*[round(v, 1) for v in out], flush=True)
app.quit()
"""


def measure_switches(results: dict, runs: int = 3) -> None:
    """From a choice to the map painted after it, in the window of a fresh process (as a user meets it the
    first time): ``language_switch_ms`` (English to French: the window made again in French around the same
    page, which takes the language in place), ``language_switch_second_ms`` (French to Urdu),
    ``language_switch_cached_ms`` (back to English), ``contrast_switch_ms`` (high contrast on, in place),
    ``add_file_painted_ms`` (a 1,000-event GeoJSON file added through the data source, loaded on its thread,
    sent to the page in place, to the new data painted)."""
    names = ("language_switch_ms", "language_switch_second_ms", "language_switch_cached_ms", "contrast_switch_ms",
             "add_file_painted_ms")
    measured: dict[str, list[float]] = {name: [] for name in names}
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as empty:
            words = _run_fresh(SWITCHES, timeout=300, env={"PAKATLAS_CACHE_DIR": empty})
        for name, value in zip(names, words[-len(names):]):
            measured[name].append(float(value))
    for name in names:
        results[name] = round(statistics.median(measured[name]), 1)
        results[name + "_spread"] = spread(measured[name], 1)
    results["switch_runs"] = runs


def measure_bundle_cold_start(results: dict, app=None, runs: int = 5) -> None:
    """``bundle_cold_start_s``: the built application (tools/bundle.py, dist/pakatlas/pakatlas) from process start
    to its first map with data painted, as ``cold_start_s`` measures the package (settings and caches of its own
    each run: a first launch). Left out when no application has been built."""
    app = Path(app or REPO / "dist" / "pakatlas" / "pakatlas")
    if not app.is_file():
        results["bundle_cold_start_s"] = None
        return
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as home:
            env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), HOME=home,
                       XDG_CONFIG_HOME=home, XDG_CACHE_HOME=home, PAKATLAS_QUIT_WHEN_SHOWN="1")
            env.pop("PYTHONPATH", None)
            t0 = time.time()
            done = subprocess.run([str(app)], cwd=home, env=env, capture_output=True, text=True, timeout=120)
            shown = [line.split()[1] for line in done.stdout.splitlines() if line.startswith("shown ")]
            if done.returncode or not shown:
                raise RuntimeError(f"the application did not show its map:\n{done.stderr[-2000:]}")
            times.append(float(shown[-1]) - t0)
    results["bundle_cold_start_s"] = round(statistics.median(times), 2)
    results["bundle_cold_start_s_spread"] = spread(times)


BLANK_PAGE = """
import os, sys
sys.path.insert(0, os.getcwd())
from benchmarks.gui_bench import _process_pss, _rss_mb
from viewer.qt.app import make_application
app = make_application()
from PySide6.QtWebEngineWidgets import QWebEngineView
view = QWebEngineView()
view.resize(1280, 800)
from benchmarks.gui_bench import SETTLE_S, _settle, _wait
loaded = []
view.loadFinished.connect(lambda ok: view.page().runJavaScript(
    "new Promise(r => requestAnimationFrame(() => setTimeout(r, 500)))", lambda _r: loaded.append(ok)))
view.setHtml("<html><body><p>blank</p></body></html>")
view.show()
_wait(app, lambda: loaded, 60)
print("kinds", *(f"{k}={round(v, 1)}" for k, v in sorted(_process_pss(os.getpid()).items())), "end", flush=True)
print(_rss_mb(os.getpid()), _rss_mb(os.getpid(), "Pss"), flush=True)
_settle(app, SETTLE_S)
print("settled", _rss_mb(os.getpid(), "Pss"), flush=True)
del view
"""


def measure_blank_page(results: dict, runs: int = 3) -> None:
    """Memory of Qt WebEngine alone: an empty QWebEngineView page, same size, measured as ``pss_mb`` is.

    What the atlas adds is ``pss_mb`` minus this (``app_pss_mb``, when both are measured), and settled (both
    idle for ``SETTLE_S`` seconds) ``pss_settled_mb`` minus ``blank_webengine_pss_settled_mb``
    (``app_pss_settled_mb``)."""
    outputs = [_run_fresh(BLANK_PAGE) for _ in range(runs)]
    settled = [float(words[-1]) for words in outputs]
    measured = [[float(x) for x in words[-4:-2]] for words in outputs]
    kinds: dict[str, list[float]] = {}
    for words in outputs:  # PSS by process kind, as measure_memory_breakdown gives the atlas's
        for pair in words[words.index("kinds") + 1:words.index("end")]:
            kind, value = pair.split("=")
            kinds.setdefault(kind.replace("-", "_"), []).append(float(value))
    for kind, values in kinds.items():
        results[f"blank_mem_{kind}_mb"] = round(statistics.median(values), 1)
    results["blank_webengine_rss_mb"] = round(statistics.median(m[0] for m in measured), 1)
    results["blank_webengine_pss_mb"] = round(statistics.median(m[1] for m in measured), 1)
    results["blank_webengine_pss_mb_spread"] = spread([m[1] for m in measured], 1)
    results["blank_webengine_pss_settled_mb"] = round(statistics.median(settled), 1)
    results["blank_webengine_pss_settled_mb_spread"] = spread(settled, 1)
    if "pss_mb" in results:
        results["app_pss_mb"] = round(results["pss_mb"] - results["blank_webengine_pss_mb"], 1)
    if "pss_settled_mb" in results:
        results["app_pss_settled_mb"] = round(results["pss_settled_mb"] - results["blank_webengine_pss_settled_mb"], 1)


MEMORY = """
import datetime as dt, os, sys, tempfile
sys.path.insert(0, os.getcwd())
from benchmarks.gui_bench import _monthly, _rss_mb, _wait
from viewer.qt.app import make_application
app = make_application()
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from viewer.core.atlas import Atlas
from viewer.qt.window import MainWindow
atlas = Atlas.load(extra_files=sys.argv[2:], strict=True)
window = MainWindow(atlas, QSettings(sys.argv[1], QSettings.Format.IniFormat), start_date=atlas.first_day)
painted = []
window.map.stateShown.connect(lambda d, ms: painted.append(d))
window.resize(1280, 800)
window.show()
_wait(app, lambda: painted, 60)
for day in _monthly(atlas.first_day, atlas.last_day)[1:]:
    window.bar.slider.setValue((day - atlas.first_day).days)
    _wait(app, lambda: painted[-1] == day.isoformat())
print(_rss_mb(os.getpid()), _rss_mb(os.getpid(), "Pss"), flush=True)
from benchmarks.gui_bench import SETTLE_S, _settle
_settle(app, SETTLE_S)
print("settled", _rss_mb(os.getpid(), "Pss"), flush=True)
window.close()
window.deleteLater()
QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
"""


BREAKDOWN = """
import datetime as dt, os, sys, tracemalloc
sys.path.insert(0, os.getcwd())
from pathlib import Path
from benchmarks.gui_bench import _monthly, _process_pss, _wait
from viewer.qt.app import make_application
app = make_application()
from PySide6.QtCore import QSettings
from viewer.core.atlas import Atlas
from viewer.qt.window import MainWindow
tracemalloc.start()
atlas = Atlas.load(strict=True)
atlas_mb = tracemalloc.get_traced_memory()[0] / 2**20
tracemalloc.stop()
window = MainWindow(atlas, QSettings(sys.argv[1], QSettings.Format.IniFormat), start_date=atlas.first_day)
painted = []
window.map.stateShown.connect(lambda d, ms: painted.append(d))
window.resize(1280, 800)
window.show()
_wait(app, lambda: painted, 60)
for day in _monthly(atlas.first_day, atlas.last_day)[1:]:
    window.bar.slider.setValue((day - atlas.first_day).days)
    _wait(app, lambda: painted[-1] == day.isoformat())
heap = []
window.map.run_js("JSON.stringify(performance.memory ? [performance.memory.usedJSHeapSize, "
                  "performance.memory.totalJSHeapSize] : [0, 0])", lambda value: heap.append(value))
_wait(app, lambda: heap, 10)
kinds = _process_pss(os.getpid())
import json
print("breakdown", round(atlas_mb, 1), *(round(v / 2**20, 1) for v in json.loads(heap[0] or "[0, 0]")),
      *(f"{k}={round(v, 1)}" for k, v in sorted(kinds.items())), flush=True)
"""


def _process_pss(pid: int) -> dict[str, float]:
    """PSS in MB of a process and its descendants, summed by kind: ``app`` (the Python process), and the web
    engine's processes by their ``--type`` (``renderer``, ``zygote``, ``gpu-process``, ``utility``)."""
    kinds: dict[str, float] = {}
    todo, seen = [(pid, None)], set()
    while todo:
        p, parent = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        try:
            pss = sum(int(line.split()[1]) for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines()
                      if line.startswith("Pss:")) / 1024
            words = Path(f"/proc/{p}/cmdline").read_bytes().split(b"\0")
            kind = "app" if p == pid else next((w.decode().split("=", 1)[1] for w in words
                                                if w.startswith(b"--type=")), "other")
            if kind == "zygote" and parent == "zygote":
                kind = "renderer"  # forked from the zygote, a renderer keeps the zygote's command line
            kinds[kind] = kinds.get(kind, 0.0) + pss
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [(int(c), kind) for c in (task / "children").read_text().split()]
        except (OSError, ValueError):
            continue
    return kinds


def measure_memory_breakdown(results: dict, runs: int = 3) -> None:
    """Where the window's memory goes after scrubbing every month (fresh processes, as ``pss_mb``): PSS by
    process kind (``mem_app_mb`` the Python process with Qt, ``mem_renderer_mb`` the page's renderer,
    ``mem_zygote_mb``, ``mem_gpu_process_mb``, ``mem_utility_mb``), the page's JavaScript heap in use
    (``mem_js_heap_mb``) and the Python allocations of loading the atlas (``mem_atlas_python_mb``,
    tracemalloc)."""
    measured: dict[str, list[float]] = {}
    for _ in range(runs):
        words = next(line for line in " ".join(_run_fresh(BREAKDOWN, timeout=900)).split("breakdown")[1:]).split()
        values = {"mem_atlas_python_mb": float(words[0]), "mem_js_heap_mb": float(words[1])}
        for pair in words[3:]:
            kind, value = pair.split("=")
            values["mem_" + kind.replace("-", "_") + "_mb"] = float(value)
        for key, value in values.items():
            measured.setdefault(key, []).append(value)
    for key, values in measured.items():
        results[key] = round(statistics.median(values), 1)
        results[key + "_spread"] = spread(values, 1)


def measure_memory(results: dict, files=(), prefix: str = "", runs: int = 3) -> None:
    """``pss_mb``: the app and its web engine processes after scrubbing every month, in a fresh process
    (so nothing the benchmark itself loaded counts), their shared pages shared out among them; ``rss_mb``
    counts shared pages once per process; ``pss_settled_mb``: the same window once left idle for ``SETTLE_S``
    seconds after the scrub. ``files`` are added to the data as ``--add`` does."""
    outputs = [_run_fresh(MEMORY, timeout=900, args=tuple(files)) for _ in range(runs)]
    measured = [[float(x) for x in words[-4:-2]] for words in outputs]
    settled = [float(words[-1]) for words in outputs]
    results[prefix + "rss_mb"] = round(statistics.median(m[0] for m in measured), 1)
    results[prefix + "pss_mb"] = round(statistics.median(m[1] for m in measured), 1)
    results[prefix + "pss_mb_spread"] = spread([m[1] for m in measured], 1)
    results[prefix + "pss_settled_mb"] = round(statistics.median(settled), 1)
    results[prefix + "pss_settled_mb_spread"] = spread(settled, 1)
