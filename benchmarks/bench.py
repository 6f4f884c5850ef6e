"""Speed and memory of the atlas. `python benchmarks/bench.py --json` prints one JSON object.

Sections: `core` (the model's answer time, bundled and with 100,000 synthetic events) and
`gui` (the real window offscreen: scrub latency, in-page apply, the data sent again in place,
cold start, memory; the scrub again with 100,000 synthetic events) and `export` (a 1920x1080 PNG snapshot,
the yearly GIF) and `scale_clustered` (UCDP GED-shaped files of 100,000 and 1,000,000 clustered events added
to the atlas: load, the window's work per date, the scrub in the window and its memory). Repeated figures come
with `NAME_spread` = {median, min, max}.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.synthetic import write as write_synthetic  # noqa: E402
from viewer.core.atlas import Atlas  # noqa: E402


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


def monthly_days() -> list[dt.date]:
    return [dt.date(y, m, 1) for y in range(1947, 2026) for m in range(1, 13) if dt.date(1947, 8, 14) <= dt.date(y, m, 1)]


def time_states(atlas: Atlas, days: list[dt.date]) -> list[float]:
    timings = []
    for day in days:
        t0 = time.perf_counter()
        atlas.state(day)
        timings.append((time.perf_counter() - t0) * 1000)
    return timings


def bench_core(results: dict) -> None:
    t0 = time.perf_counter()
    atlas = Atlas.load(strict=True)
    results["load_bundled_s"] = round(time.perf_counter() - t0, 3)
    passes = [time_states(atlas, monthly_days()) for _ in range(3)]
    results["state_median_ms"] = round(statistics.median(statistics.median(t) for t in passes), 3)
    results["state_p95_ms"] = round(statistics.median(percentile(t, 95) for t in passes), 3)
    results["state_p95_ms_spread"] = spread([percentile(t, 95) for t in passes], 3)
    with tempfile.TemporaryDirectory() as folder:
        write_synthetic(100_000, Path(folder))
        t0 = time.perf_counter()
        big = Atlas.load(folder, strict=True)
        results["scale_100k_load_s"] = round(time.perf_counter() - t0, 3)
        timings = time_states(big, monthly_days())
        results["scale_100k_state_median_ms"] = round(statistics.median(timings), 3)
        results["scale_100k_state_p95_ms"] = round(percentile(timings, 95), 3)
        results["scale_100k_events_per_state_mean"] = round(
            statistics.mean(len(big.state(d)["events"]) for d in monthly_days()[::12]), 1)


def bench_gui(results: dict) -> None:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from benchmarks.gui_bench import (measure_blank_page, measure_bundle_cold_start, measure_cold_start,
                                      measure_memory, measure_memory_breakdown, measure_scrub, measure_switches)

    measure_scrub(results)
    measure_cold_start(results)
    measure_switches(results)
    measure_bundle_cold_start(results)  # beside the package's, where tools/bundle.py has built the application
    measure_memory(results)
    measure_memory_breakdown(results)
    measure_blank_page(results)  # after measure_memory: also gives app_pss_mb, the difference
    with tempfile.TemporaryDirectory() as folder:
        write_synthetic(100_000, Path(folder))
        measure_scrub(results, Path(folder), prefix="scale_100k_")


def bench_export(results: dict) -> None:
    """Exports, offscreen: one 1920x1080 PNG with its caption from a warm app (median of 5 dates, the render and
    the file written) and the 79 yearly frames 1947-2025 at 960x540 with their GIF."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from viewer.export import Step, frame_dates
    from viewer.qt.app import make_application

    make_application()
    from viewer.qt.render.renderer import Renderer, RenderJob, save_png
    from viewer.qt.render.runner import AnimationExport

    atlas = Atlas.load(strict=True)
    renderer = Renderer(atlas)
    try:
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "snapshot.png"
            save_png(renderer.render_sync(RenderJob(atlas.state(dt.date(1990, 1, 1)), (1920, 1080))), out, True)
            timings = []
            for day in ("1947-10-20", "1965-09-06", "1971-12-16", "2011-05-02", "2024-01-17"):
                t0 = time.perf_counter()
                save_png(renderer.render_sync(RenderJob(atlas.state(day), (1920, 1080))), out, True)
                timings.append((time.perf_counter() - t0) * 1000)
            results["snapshot_ms"] = round(statistics.median(timings), 1)
            results["snapshot_max_ms"] = round(max(timings), 1)
            days = frame_dates(atlas.first_day, atlas.last_day, Step("y"))
            gif = Path(folder) / "yearly.gif"
            t0 = time.perf_counter()
            AnimationExport(renderer, atlas, days, gif, "gif").run_sync()
            results["gif_yearly_s"] = round(time.perf_counter() - t0, 2)
            results["gif_yearly_frames"] = len(days)
            results["gif_yearly_mb"] = round(gif.stat().st_size / 1e6, 2)
    finally:
        renderer.close(now=True)


def spread(values: list[float], digits: int) -> dict:
    return {"median": round(statistics.median(values), digits), "min": round(min(values), digits),
            "max": round(max(values), digits)}


PAKISTAN_VIEW = (6, [[23.5, 60.5], [37.5, 78.0]])
"""A zoom and bounds at which Pakistan fills a 1280x800 window."""


def window_state_timings(atlas, days: list[dt.date]) -> list[float]:
    """What the window computes for each date: the atlas's state and the large files' density payload
    (cells or points) for the Pakistan view; ms per date."""
    from viewer.page.density import DensityFeed, widened

    feed = DensityFeed(atlas.conflicts, PAKISTAN_VIEW[0], widened(PAKISTAN_VIEW[1]))
    timings = []
    for day in days:
        t0 = time.perf_counter()
        atlas.state(day)
        feed.payload(day, force=True)
        timings.append((time.perf_counter() - t0) * 1000)
    return timings


def bench_scale_clustered(results: dict, *, window: bool = True) -> None:
    """UCDP GED-shaped files clustered as Pakistan's real events are (benchmarks/clustered.py), 100,000 and
    1,000,000 rows, added to the atlas as ``--add`` adds them (the columnar store behind the events query).

    ``load_s``: Atlas.load with the file (3 runs). ``state_p95_ms``: what the window computes per date (the
    state and the density payload of the Pakistan view, zoom 6), first of every month 1947-2025, 3 passes.
    In the window (offscreen, 1280x800): ``scrub_*`` over every month (3 passes, 2 for a million rows) and
    ``pss_mb`` after scrubbing every month in a fresh process (2 runs). Spreads: {median, min, max}."""
    import os

    from benchmarks.clustered import write as write_clustered

    days = monthly_days()
    with tempfile.TemporaryDirectory() as folder:
        for count, prefix in ((100_000, "scale_clustered_100k_"), (1_000_000, "scale_1m_")):
            path = write_clustered(count, Path(folder) / f"ged-{count}.csv")
            results[prefix + "file_mb"] = round(path.stat().st_size / 1e6, 1)
            loads, p95s, medians = [], [], []
            for _ in range(3):
                t0 = time.perf_counter()
                atlas = Atlas.load(extra_files=[path], strict=True)
                loads.append(time.perf_counter() - t0)
                assert len(atlas.conflicts) == count and not atlas.problems, atlas.problems[:3]
                timings = window_state_timings(atlas, days)
                p95s.append(percentile(timings, 95))
                medians.append(statistics.median(timings))
                results[prefix + "events_per_state_max"] = max(atlas.state(d)["conflict"]["events"] for d in days)
                del atlas
            results[prefix + "load_s"] = round(statistics.median(loads), 2)
            results[prefix + "load_s_spread"] = spread(loads, 2)
            results[prefix + "state_median_ms"] = round(statistics.median(medians), 3)
            results[prefix + "state_p95_ms"] = round(statistics.median(p95s), 3)
            results[prefix + "state_p95_ms_spread"] = spread(p95s, 3)
            if window:
                os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
                from benchmarks.gui_bench import measure_memory, measure_scrub

                measure_scrub(results, prefix=prefix, files=[path], passes=3 if count < 1_000_000 else 2)
                measure_memory(results, files=[path], prefix=prefix, runs=2)
            path.unlink()


SECTIONS = {"core": bench_core, "gui": bench_gui, "export": bench_export, "scale_clustered": bench_scale_clustered}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true", help="print only the JSON object")
    parser.add_argument("--only", action="append", choices=sorted(SECTIONS), help="run only these sections")
    args = parser.parse_args()
    results: dict = {}
    for name in args.only or SECTIONS:
        SECTIONS[name](results)
    print(json.dumps(results, indent=None if args.json else 2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
