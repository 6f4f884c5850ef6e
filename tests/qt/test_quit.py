"""File › Quit through the real entry point (``pakatlas`` with no command) ends with exit 0: every web
page is deleted before its profile, so Qt WebEngine neither warns nor crashes at exit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

REPO = Path(__file__).resolve().parents[2]

# The child runs `pakatlas` as its console script does (viewer.cli.main with no command); once the window is
# up it chooses File › Quit, as a user would.
CHILD = """
import sys
from viewer.qt import app as qtapp
made = qtapp.make_application

def make(*args, **kwargs):
    application = made(*args, **kwargs)
    from PySide6.QtCore import QTimer

    def quit_by_menu():
        for w in application.topLevelWidgets():
            if w.isVisible() and hasattr(w, "timeline"):
                file_menu = w.menuBar().actions()[0].menu()
                quit_action = next(a for a in file_menu.actions() if a.text().replace("&", "") == "Quit")
                quit_action.trigger()
                return
        QTimer.singleShot(300, quit_by_menu)

    QTimer.singleShot(2500, quit_by_menu)
    return application

qtapp.make_application = make
from viewer.cli import main
sys.exit(main(["--lang", "en"]))
"""


def test_file_quit_through_the_real_entry_point_exits_cleanly(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO), "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120, env=env,
                          cwd=tmp_path)
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])
    assert "still not deleted" not in done.stderr
