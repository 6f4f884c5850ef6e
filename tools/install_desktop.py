"""Add the built application (dist/pakatlas/, from tools/bundle.py) to the user's menu on Linux, and make
``pakatlas:`` links open it; or take it out again.

    python tools/install_desktop.py --user              # the menu entry, the icons, the link handler
    python tools/install_desktop.py --user --uninstall  # all of it removed

Nothing is written outside the user's own folders: the entry and the icons go under
``$XDG_DATA_HOME`` (default ``~/.local/share``), with the entry's ``Exec`` pointing at the
application's folder where it is; ``xdg-mime``, where installed, makes the entry the handler of
``x-scheme-handler/pakatlas`` (otherwise the desktop picks it up from the entry's MimeType).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ENTRY = "pakatlas.desktop"
METAINFO = "org.pakatlas.Atlas.metainfo.xml"


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def installed_files(share: Path, app: Path) -> list[tuple[Path, Path]]:
    """(source in the application's folder, target under the user's data folder) of each file."""
    pairs = [(app / "share" / "applications" / ENTRY, share / "applications" / ENTRY),
             (app / "share" / "metainfo" / METAINFO, share / "metainfo" / METAINFO)]
    icons = app / "share" / "icons"
    pairs += [(icon, share / "icons" / icon.relative_to(icons)) for icon in sorted(icons.rglob("pakatlas.*"))]
    return pairs


def install(app: Path, share: Path) -> list[Path]:
    executable = app / "pakatlas"
    if not executable.is_file():
        raise SystemExit(f"{executable} is missing: build it first with python tools/bundle.py")
    written = []
    for source, target in installed_files(share, app):
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.name == ENTRY:  # Exec: the application where it is
            text = source.read_text(encoding="utf-8").replace("Exec=pakatlas %u", f'Exec="{executable}" %u')
            target.write_text(text, encoding="utf-8")
        else:
            shutil.copy2(source, target)
        written.append(target)
    for tool, args in (("update-desktop-database", [str(share / "applications")]),
                       ("xdg-mime", ["default", ENTRY, "x-scheme-handler/pakatlas"])):
        if shutil.which(tool):
            subprocess.run([tool, *args], check=False, capture_output=True)
    return written


def uninstall(app: Path, share: Path) -> list[Path]:
    removed = []
    for _source, target in installed_files(share, app):
        if target.exists():
            target.unlink()
            removed.append(target)
    return removed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--user", action="store_true", required=True, help="for this user only (the only way)")
    parser.add_argument("--uninstall", action="store_true", help="remove what --user installed")
    parser.add_argument("--app", type=Path, default=ROOT / "dist" / "pakatlas", help="the application's folder")
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux"):
        print("the menu entry is for Linux desktops (see README: Install as an application)", file=sys.stderr)
        return 2
    share = data_home()
    done = uninstall(args.app.resolve(), share) if args.uninstall else install(args.app.resolve(), share)
    for path in done:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
