"""Soak: play the whole timeline several times in the real window and report memory before and after.

`python benchmarks/soak.py [--rounds 5] [--step months]` prints one JSON object. Not a timed
test: it checks that playing does not leak (target: growth under 10%).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.gui_bench import _rss_mb, _wait  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--speed", type=int, default=2, help="index of the playback speed (2: a month per frame)")
    args = parser.parse_args()

    from viewer.qt.app import make_application

    app = make_application()
    from PySide6.QtCore import QCoreApplication, QEvent, QSettings

    from viewer.core.atlas import Atlas
    from viewer.qt.window import MainWindow

    atlas = Atlas.load()
    with tempfile.TemporaryDirectory() as folder:
        window = MainWindow(atlas, QSettings(str(Path(folder) / "soak.ini"), QSettings.Format.IniFormat),
                            start_date=atlas.first_day)
        frames = []
        window.map.statePainted.connect(lambda d, _ms: frames.append(d))
        window.resize(1280, 800)
        window.show()
        _wait(app, lambda: frames, 60)
        window.bar.speed.setCurrentIndex(args.speed)

        def play_once():
            window.set_day(atlas.first_day)
            _wait(app, lambda: frames and frames[-1] == atlas.first_day.isoformat(), 30)
            window.bar.play_button.setChecked(True)
            _wait(app, lambda: not window.playing, 3600)

        play_once()  # warm-up round: caches and the page reach their working size
        before = _rss_mb(os.getpid())
        t0 = time.perf_counter()
        count = len(frames)
        for _ in range(args.rounds):
            play_once()
        after = _rss_mb(os.getpid())
        result = {"rounds": args.rounds, "frames": len(frames) - count, "seconds": round(time.perf_counter() - t0, 1),
                  "rss_before_mb": round(before, 1), "rss_after_mb": round(after, 1),
                  "growth_percent": round(100 * (after - before) / before, 1)}
        window.close()
        window.deleteLater()  # now, not at exit: the web page must go before its profile and the application
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
