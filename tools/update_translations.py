"""Update the window's translations: ``pyside6-lupdate`` then ``pyside6-lrelease``.

    python tools/update_translations.py            # both steps, every language
    python tools/update_translations.py --release  # only compile the .ts files into .qm files

``lupdate`` reads every ``tr()`` / ``QCoreApplication.translate`` / ``QT_TRANSLATE_NOOP`` of the
window's code (``viewer/qt``) into ``resources/i18n/pakatlas_LANG.ts``: new texts come in
unfinished, texts no longer in the code go, translations of the others stay. Translate the
unfinished ones (Qt Linguist: ``pyside6-linguist resources/i18n/pakatlas_fr.ts``, or any text
editor: fill ``<translation>`` and drop ``type="unfinished"``), then run this again: ``lrelease``
compiles each ``.ts`` into the ``.qm`` the window loads. ``tests/qt/test_translations.py`` fails
while a ``.qm`` is older than its ``.ts`` or any text is unfinished.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TS_DIR = ROOT / "resources" / "i18n"
SOURCES = ROOT / "viewer" / "qt"


def tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease``: beside this Python, else on the PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: it comes with PySide6 (pip install PySide6)")
    return found


def source_files() -> list[Path]:
    return sorted(p for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


def languages() -> list[str]:
    from viewer.i18n.languages import DEFAULT, LANGUAGES

    return [lang for lang in LANGUAGES if lang != DEFAULT]


def ts_file(lang: str, folder: Path = TS_DIR) -> Path:
    return folder / f"pakatlas_{lang}.ts"


def qm_file(lang: str, folder: Path = TS_DIR) -> Path:
    return folder / f"pakatlas_{lang}.qm"


def lupdate(ts_files: list[Path]) -> None:
    subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none",
                    *map(str, source_files()), "-ts", *map(str, ts_files)], check=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--release", action="store_true", help="only compile the .ts files (no lupdate)")
    args = parser.parse_args(argv)
    TS_DIR.mkdir(parents=True, exist_ok=True)
    langs = languages()
    if not args.release:
        lupdate([ts_file(lang) for lang in langs])
    for lang in langs:
        lrelease(ts_file(lang), qm_file(lang))
        print(qm_file(lang).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
