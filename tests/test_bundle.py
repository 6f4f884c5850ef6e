"""The desktop application built by tools/bundle.py behaves like the installed package: --version, a
question of the command line, an offscreen PNG export, its data found without the repository. Its
desktop entry and AppStream metadata validate, and the menu entry installs for the user only.

Building takes minutes and needs PyInstaller (``pip install -e '.[bundle]'``), which the README's test
command does not install: these tests skip without it, and say so. ``PAKATLAS_BUNDLE=DIR`` tests an
application already built in DIR instead of building one.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DESKTOP = REPO / "resources" / "desktop"

needs_pyinstaller = pytest.mark.skipif(
    importlib.util.find_spec("PyInstaller") is None and not os.environ.get("PAKATLAS_BUNDLE"),
    reason="PyInstaller is not installed (pip install -e '.[bundle]'); the README's test command leaves it out")


@pytest.fixture(scope="module")
def app(tmp_path_factory) -> Path:
    given = os.environ.get("PAKATLAS_BUNDLE")
    if given:
        return Path(given)
    dist = tmp_path_factory.mktemp("dist")
    done = subprocess.run([sys.executable, str(REPO / "tools" / "bundle.py"), "--dist", str(dist),
                           "--work", str(tmp_path_factory.mktemp("work"))], capture_output=True, text=True, timeout=1800)
    assert done.returncode == 0, done.stderr[-3000:]
    return dist / "pakatlas"


def run(app: Path, *argv, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(cwd), XDG_CONFIG_HOME=str(cwd / "config"),
               XDG_CACHE_HOME=str(cwd / "cache"))
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
    return subprocess.run([str(app / "pakatlas"), *map(str, argv)], capture_output=True, text=True, timeout=300,
                          cwd=cwd, env=env)


@needs_pyinstaller
def test_the_application_answers_without_python_or_the_repository(app, tmp_path):
    from viewer import version

    done = run(app, "--version", cwd=tmp_path)
    assert done.returncode == 0 and done.stdout.strip() == f"pakatlas {version()}", done.stderr
    done = run(app, "state", "--date", "1965-09-06", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert '"date": "1965-09-06"' in done.stdout and "SEATO" in done.stdout
    out = tmp_path / "map.png"
    done = run(app, "export", "--date", "1965-09-06", "--size", "640x360", "--out", out, cwd=tmp_path)
    assert done.returncode == 0 and out.is_file() and out.stat().st_size > 10_000, done.stderr[-2000:]
    geopandas = pytest.importorskip("geopandas")  # a GeoPackage: read by the application as its own GDAL reader
    from shapely.geometry import Point

    gpkg = tmp_path / "events-mine.gpkg"
    geopandas.GeoDataFrame({"id": ["a"], "title": ["A"], "category": ["visit"], "start": ["1965-09-06"],
                            "actors": ['["PAK"]'], "source": ["jamal-diplomat-2024"], "locator": ["p. 1"]},
                           geometry=[Point(70, 30)], crs="EPSG:4326").to_file(gpkg, layer="events", driver="GPKG")
    done = run(app, "check", gpkg, cwd=tmp_path)
    assert done.returncode == 0 and "0 problems" in done.stderr, done.stdout + done.stderr


@needs_pyinstaller
def test_the_application_folder_holds_its_desktop_files_and_stays_trimmed(app):
    share = app / "share"
    assert (share / "applications" / "pakatlas.desktop").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "pakatlas.svg").is_file()
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / "pakatlas.png").is_file()
    locales = {p.stem for p in app.rglob("qtwebengine_locales/*.pak")}
    assert locales and locales <= {"en-US", "en-GB", "fr", "ur"}


def test_the_desktop_entry_opens_pakatlas_links_and_validates():
    entry = (DESKTOP / "pakatlas.desktop").read_text(encoding="utf-8")
    assert "MimeType=x-scheme-handler/pakatlas;" in entry and "Exec=pakatlas %u" in entry
    assert "Categories=Education;Geography;" in entry and "Icon=pakatlas" in entry
    validate = shutil.which("desktop-file-validate")
    if validate is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    done = subprocess.run([validate, str(DESKTOP / "pakatlas.desktop")], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_appstream_metadata_validates():
    appstream = shutil.which("appstreamcli")
    if appstream is None:
        pytest.skip("appstreamcli is not installed (Debian: appstream)")
    done = subprocess.run([appstream, "validate", "--no-net", "--pedantic", str(DESKTOP / "org.pakatlas.Atlas.metainfo.xml")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_pakatlas_link_alone_opens_the_window_on_it(capsys):
    from viewer.cli import main

    assert main(["pakatlas:?date=1965-09-06&view=nowhere"]) == 2  # read as `pakatlas open LINK`
    assert "view: 'nowhere' is not a view name" in capsys.readouterr().err


def test_the_menu_entry_installs_for_the_user_only_and_uninstalls(tmp_path, monkeypatch):
    if not sys.platform.startswith("linux"):
        pytest.skip("the menu entry is for Linux desktops")
    spec = importlib.util.spec_from_file_location("install_desktop", REPO / "tools" / "install_desktop.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    app = tmp_path / "pakatlas"  # an application folder as tools/bundle.py lays it out
    (app / "share" / "applications").mkdir(parents=True)
    (app / "share" / "metainfo").mkdir(parents=True)
    (app / "share" / "icons" / "hicolor" / "scalable" / "apps").mkdir(parents=True)
    shutil.copy2(DESKTOP / "pakatlas.desktop", app / "share" / "applications")
    shutil.copy2(DESKTOP / "org.pakatlas.Atlas.metainfo.xml", app / "share" / "metainfo")
    shutil.copy2(DESKTOP / "pakatlas.svg", app / "share" / "icons" / "hicolor" / "scalable" / "apps")
    (app / "pakatlas").write_text("#!/bin/sh\n")
    home = tmp_path / "home"
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("PATH", "")  # no xdg-mime or update-desktop-database: only files are written
    assert tool.main(["--user", "--app", str(app)]) == 0
    written = sorted(p for p in home.rglob("*") if p.is_file())
    assert written and all(str(p).startswith(str(home)) for p in written)
    entry = (home / ".local" / "share" / "applications" / "pakatlas.desktop").read_text(encoding="utf-8")
    assert f'Exec="{app.resolve() / "pakatlas"}" %u' in entry
    assert tool.main(["--user", "--uninstall", "--app", str(app)]) == 0
    assert not [p for p in home.rglob("*") if p.is_file()]
