"""The command line: JSON on stdout, one-line errors with exit status 2."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from viewer.cli import main

REPO = Path(__file__).resolve().parents[1]


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_state_prints_one_json_object_with_every_section(capsys):
    code, out, err = run(capsys, "state", "--date", "1965-09-06")
    assert code == 0, err
    state = json.loads(out)
    assert set(state) == {"date", "territories", "relations", "alliances", "events", "regions", "display"}
    assert state["display"] == {"mode": "window", "window": 365, "fade_days": 365, "since": "1964-09-06"}
    assert state["date"] == "1965-09-06"
    pakistan = next(t for t in state["territories"] if t["id"] == "PAK")
    assert sorted(pakistan["units"]) == ["BGD", "BWP", "CTL", "DIR", "GWD", "KHP", "KLT", "LSB", "PAK", "SWT"]


def test_cli_and_api_agree(capsys, atlas):
    for day in ("1947-08-14", "1979-12-27", "2011-05-02", "2024-01-17", "2025-12-31"):
        code, out, _ = run(capsys, "state", "--date", day)
        assert code == 0 and json.loads(out) == json.loads(atlas.to_json(day))


def test_events_lists_every_event_in_date_order(capsys, atlas):
    code, out, _ = run(capsys, "events")
    events = json.loads(out)
    assert code == 0 and len(events) == len(atlas.events) >= 60
    assert [e["start"] for e in events] == sorted(e["start"] for e in events)
    assert not any("recent" in e for e in events)  # "recent" only means something on a date (pakatlas state)
    tashkent = next(e for e in events if e["id"] == "tashkent-declaration")
    assert "RUS" in tashkent["actors"]  # recorded by its modern unit...
    assert {"code": "RUS", "id": "SUN", "name": "Soviet Union"} in tashkent["actor_names"]  # ...named as on 10 January 1966
    code, out, _ = run(capsys, "state", "--date", "1966-06-01")
    assert any("recent" in e for e in json.loads(out)["events"])  # the state keeps it


def test_the_window_needs_a_display_and_says_what_works_without_one():
    from viewer.qt.app import display_problem

    assert display_problem({}, "linux") and "pakatlas export" in display_problem({}, "linux")
    assert display_problem({"DISPLAY": ":0"}, "linux") is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({}, "win32") is None and display_problem({}, "darwin") is None


@pytest.mark.parametrize("argv, words", [
    (["state", "--date", "1965/09/06"], "is not a date"),
    (["state", "--date", "1965-02-30"], "not a real calendar date"),
    (["state", "--date", "1947-08-13"], "outside the timeline"),
    (["state", "--date", "2026-01-01"], "outside the timeline"),
    (["state"], "--date"),
    (["state", "--date", "1965-09-06", "--data", "/nonexistent/folder"], "is not a folder"),
    (["frobnicate"], "invalid choice"),
])
def test_bad_arguments_give_one_line_and_status_2(capsys, argv, words):
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("pakatlas: error: ") and words in err
    assert "Traceback" not in err


def test_invalid_data_folder_is_a_one_line_error(capsys, tmp_path):
    (tmp_path / "events.geojson").write_text("{not json", encoding="utf-8")
    code, _, err = run(capsys, "state", "--date", "1965-09-06", "--data", str(tmp_path))
    assert code == 2 and err.count("\n") == 1 and "events.geojson" in err and "not valid JSON" in err


def test_check_reports_problems_and_exit_status(capsys, tmp_path):
    (tmp_path / "events.geojson").write_text('{"type": "FeatureCollection", "features": [{"properties": {}}]}')
    code, out, _ = run(capsys, "check", str(tmp_path / "events.geojson"))
    assert code == 1 and "record 1" in out and "field 'id'" in out
    code, out, _ = run(capsys, "check", "geodata")
    assert code == 0 and all(line.startswith("sources.json, ") and ": warning: " in line for line in out.splitlines())


def test_module_entry_point_runs_without_qt_on_the_path(tmp_path):
    # a PySide6 that cannot be imported, first on the path: any use of Qt would fail
    blocked = tmp_path / "no-qt" / "PySide6"
    blocked.mkdir(parents=True)
    (blocked / "__init__.py").write_text("raise ImportError('Qt is not installed here')\n")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(blocked.parent), *sys.path]))
    for argv, check in ((["state", "--date", "1971-12-16"], lambda out: json.loads(out)["date"] == "1971-12-16"),
                        (["events"], lambda out: len(json.loads(out)) >= 60),
                        (["check", "geodata"], lambda out: all(": warning: " in line for line in out.splitlines()))):
        done = subprocess.run([sys.executable, "-m", "viewer", *argv], capture_output=True, text=True, timeout=120,
                              env=env, cwd=REPO)
        assert done.returncode == 0, (argv, done.stderr)
        assert check(done.stdout), argv
    done = subprocess.run([sys.executable, "-c", "import PySide6"], capture_output=True, text=True, env=env, cwd=REPO)
    assert "Qt is not installed here" in done.stderr  # the block was in place


QT_FREE = ("viewer.core", "viewer.page", "viewer.export", "viewer.i18n", "viewer.style", "viewer.cli")

IMPORT_ALL = """
import importlib, pkgutil, sys
for name in sys.argv[1:]:
    package = importlib.import_module(name)
    for found in pkgutil.walk_packages(getattr(package, "__path__", []), name + "."):  # a module has no __path__
        importlib.import_module(found.name)
print(sorted({m.split(".")[0] for m in sys.modules} & {"PySide6", "shiboken6", "folium", "branca"}))
"""


def test_the_qt_free_packages_never_import_qt():
    """Every module of viewer.core, viewer.page, viewer.export, viewer.i18n, viewer.style and the command line
    imports without Qt; the core imports no folium either."""
    done = subprocess.run([sys.executable, "-c", IMPORT_ALL, *QT_FREE], capture_output=True, text=True,
                          timeout=120, cwd=REPO)
    assert done.returncode == 0, done.stderr
    assert "PySide6" not in done.stdout and "shiboken6" not in done.stdout, done.stdout
    done = subprocess.run([sys.executable, "-c", IMPORT_ALL, "viewer.core"], capture_output=True, text=True,
                          timeout=120, cwd=REPO)
    assert done.returncode == 0 and done.stdout.strip() == "[]", (done.stdout, done.stderr)
    done = subprocess.run([sys.executable, "-c", "import sys, viewer.cli; print('PySide6' in sys.modules)"],
                          capture_output=True, text=True, timeout=120, cwd=REPO)
    assert done.stdout.strip() == "False", done.stderr


def test_version_prints_the_installed_version(capsys):
    from importlib.metadata import version

    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"pakatlas {version('pakatlas')}"


def test_check_names_an_unknown_source_id_without_seeds(capsys, tmp_path):
    path = tmp_path / "mine.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [{
        "type": "Feature", "geometry": {"type": "Point", "coordinates": [70, 30]},
        "properties": {"id": "my-event", "title": "T", "category": "visit", "start": "1965-09-06", "actors": ["PAK"],
                       "sources": [{"source": "no-such-document", "locator": "p. 1"}]}}]}), encoding="utf-8")
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "record 1 ('my-event'), field 'sources[0].source': unknown source 'no-such-document'" in out
