"""Build the atlas as a desktop application for this machine: one folder, no Python needed.

    pip install -e '.[bundle]'      # brings PyInstaller
    python tools/bundle.py          # writes dist/pakatlas/ (its executable: dist/pakatlas/pakatlas)

The folder holds the executable, Python and the Qt libraries the atlas uses, the data (geodata/), the
page's resources, the fonts and translations, Leaflet (xstatic-leaflet), and, under share/, the
desktop entry, the AppStream metadata and the icon in SVG and PNG sizes (``tools/install_desktop.py
--user`` puts them in the user's menu). It is a one-folder build: Qt WebEngine needs its helper process
and resources beside the executable, which a one-file build would unpack anew at every start.

Trimmed: Qt modules the atlas does not import are left out by PyInstaller's analysis (and a few large
ones are excluded outright), and Qt WebEngine's locale packs are kept only for the atlas's languages.
GeoParquet (pyarrow, 170 MB) is left out: in the application, a GeoParquet file is refused with a
message saying so; every other format works. The same command builds on Windows (``dist\\pakatlas\\
pakatlas.exe``) and macOS (``--windowed`` makes ``dist/pakatlas.app``); only the Linux desktop files
are Linux's.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DESKTOP = ROOT / "resources" / "desktop"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
KEEP_LOCALES = ("en-US", "en-GB", "fr", "ur")  # Qt WebEngine's own strings in the atlas's languages
EXCLUDE = ("tkinter", "matplotlib", "IPython", "pytest", "hypothesis", "pyarrow", "PySide6.Qt3DCore",
           "PySide6.Qt3DRender", "PySide6.QtQuick3D", "PySide6.QtCharts", "PySide6.QtDataVisualization",
           "PySide6.QtMultimedia", "PySide6.QtDesigner", "PySide6.QtBluetooth", "PySide6.QtSensors",
           "PySide6.QtSerialPort", "PySide6.QtNfc", "PySide6.QtTextToSpeech", "PySide6.QtLocation",
           "PySide6.QtPositioning", "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtGraphs")


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def render_icons(svg: Path, out: Path) -> list[Path]:
    """The icon's PNG sizes, rendered from its SVG with Qt (no other tool needed)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (kept alive while painting)
    renderer = QSvgRenderer(str(svg))
    made = []
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out / f"{size}x{size}" / "apps" / "pakatlas.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target)):
            raise SystemExit(f"cannot write {target}")
        made.append(target)
    return made


def pyinstaller_args(dist: Path, work: Path, windowed: bool) -> list[str]:
    sep = os.pathsep  # PyInstaller's source:destination separator
    args = [str(ROOT / "viewer" / "__main__.py"), "--name", "pakatlas", "--onedir", "--noconfirm", "--clean",
            "--distpath", str(dist), "--workpath", str(work / "build"), "--specpath", str(work),
            "--paths", str(ROOT),
            "--add-data", f"{ROOT / 'geodata'}{sep}geodata", "--add-data", f"{ROOT / 'resources'}{sep}resources",
            "--collect-data", "xstatic.pkg.leaflet", "--collect-data", "babel", "--collect-data", "folium",
            "--collect-data", "branca", "--collect-submodules", "viewer", "--collect-all", "pyogrio",
            "--hidden-import", "PySide6.QtSvg", "--copy-metadata", "pakatlas"]
    for module in EXCLUDE:
        args += ["--exclude-module", module]
    if windowed:
        args.append("--windowed")
    return args


def _needed_libraries(qt: Path, roots: list[Path]) -> set[str]:
    """The names of the Qt libraries the given binaries load, directly or through one another (ldd)."""
    env = {**os.environ, "LD_LIBRARY_PATH": os.pathsep.join([str(qt / "lib"), os.environ.get("LD_LIBRARY_PATH", "")])}
    needed: set[str] = set()
    for root in roots:
        done = subprocess.run(["ldd", str(root)], capture_output=True, text=True, env=env)
        for line in done.stdout.splitlines():
            name = line.strip().split(" ", 1)[0]
            if name.startswith("libQt6") or name.startswith("libicu"):
                needed.add(name)
    return needed


def trim(app: Path) -> None:
    """What the atlas does not use goes: Qt WebEngine's locale packs, Qt's translations and Babel's locale
    data other than the atlas's languages; QML (the atlas has none) and, on Linux, every Qt library that
    neither an imported Qt module, Qt WebEngine's helper process nor a Qt plugin loads."""
    for locales in app.rglob("qtwebengine_locales"):
        for pak in locales.glob("*.pak"):
            if pak.stem not in KEEP_LOCALES:
                pak.unlink()
    keep = ("en", "fr", "ur", "root")
    for data in app.rglob("babel/locale-data"):
        for dat in data.glob("*.dat"):
            if dat.stem.split("_")[0] not in keep:
                dat.unlink()
    for qt in app.rglob("PySide6/Qt"):
        for translations in (qt / "translations",):
            for qm in translations.glob("*.qm"):
                if not any(qm.stem.endswith("_" + lang) or "_" + lang + "_" in qm.stem for lang in ("en", "fr", "ur")):
                    qm.unlink()
        shutil.rmtree(qt / "qml", ignore_errors=True)
        if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
            continue
        roots = [*qt.parent.glob("*.abi3.so"), *(qt / "libexec").glob("*"), *(qt / "plugins").rglob("*.so")]
        needed = _needed_libraries(qt, roots)
        needed |= _needed_libraries(qt, [qt / "lib" / name for name in sorted(needed) if (qt / "lib" / name).exists()])
        for lib in (qt / "lib").glob("lib*.so*"):
            if (lib.name.startswith("libQt6") or lib.name.startswith("libicu")) and lib.name not in needed:
                lib.unlink()


def add_desktop_files(app: Path) -> None:
    share = app / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    shutil.copy2(DESKTOP / "pakatlas.desktop", share / "applications" / "pakatlas.desktop")
    shutil.copy2(DESKTOP / "org.pakatlas.Atlas.metainfo.xml", share / "metainfo" / "org.pakatlas.Atlas.metainfo.xml")
    icons = share / "icons" / "hicolor"
    (icons / "scalable" / "apps").mkdir(parents=True, exist_ok=True)
    shutil.copy2(DESKTOP / "pakatlas.svg", icons / "scalable" / "apps" / "pakatlas.svg")
    render_icons(DESKTOP / "pakatlas.svg", icons)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the folder goes (default dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bundle", help="PyInstaller's work folder")
    parser.add_argument("--windowed", action="store_true", help="macOS: an .app bundle; Windows: no console")
    args = parser.parse_args(argv)
    try:
        import PyInstaller.__main__ as pyinstaller
    except ImportError:
        print("PyInstaller is not installed: pip install -e '.[bundle]'", file=sys.stderr)
        return 2
    pyinstaller.run(pyinstaller_args(args.dist.resolve(), args.work.resolve(), args.windowed))
    app = args.dist.resolve() / "pakatlas"
    trim(app)
    if sys.platform.startswith("linux"):
        add_desktop_files(app)
    print(f"{app}: {folder_size(app) / 2**20:.0f} MB; run {app / 'pakatlas'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
