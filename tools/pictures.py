"""Make every picture of the README and ``docs/`` again, with one command:

    python tools/pictures.py            # all of them
    python tools/pictures.py --list     # what each one is and the command that makes it
    python tools/pictures.py --only screenshot-1965-09-06.png

Window pictures come from ``tools/screenshot.py`` (the real window, off screen), the others from
``pakatlas export`` (exactly what a user gets). Each runs in its own process, as a user would run it.
Then ``docs/pictures.json`` records the digest of the code that draws them (the palette, the map
page's scripts and styles, the page builder, the caption and the comparison/tour pages):
``tests/test_pictures.py`` fails when that code has changed since the pictures were made.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
RECORD = DOCS / "pictures.json"

# The code a picture's look depends on: change one of these and the pictures are stale.
DRAWING_CODE = ("resources/*.js", "resources/*.css", "viewer/style.py", "viewer/page/build.py",
                "viewer/qt/render/caption.py", "viewer/qt/render/story.py", "viewer/export/legend.py")

SHOT = [sys.executable, str(ROOT / "tools" / "screenshot.py")]
EXPORT = [sys.executable, "-m", "viewer", "export"]

# file -> (what it shows, the command's arguments; "{out}" is the file)
PICTURES: dict[str, tuple[str, list[str]]] = {
    "screenshot-1965-09-06.png": ("the window on 6 September 1965",
                                  SHOT + ["--date", "1965-09-06", "--size", "1500x900", "--out", "{out}"]),
    "screenshot-2024-01-17.png": ("the window on 17 January 2024",
                                  SHOT + ["--date", "2024-01-17", "--size", "1500x900", "--out", "{out}"]),
    "screenshot-ur-1971-12-16.png": ("the window in Urdu on 16 December 1971, Bangladesh's creation selected",
                                     SHOT + ["--lang", "ur", "--size", "1280x800", "--date", "1971-12-16",
                                             "--event", "creation-of-bangladesh", "--out", "{out}"]),
    "compare-swipe-1965-2024.png": ("View › Compare dates in swipe mode, 1965 left of the line, 2024 right",
                                    SHOT + ["--date", "1965-09-06", "--compare", "2024-01-17", "--swipe",
                                            "--size", "1400x820", "--out", "{out}"]),
    "tour-editor.png": ("the tour editor beside the map, step 1 of docs/example-tour.toml",
                        SHOT + ["--edit-tour", "docs/example-tour.toml", "--step", "1", "--size", "1500x900",
                                "--out", "{out}"]),
    "tour-us-pakistan-step-12.png": ("step 12 of the tour of Pakistan and the United States",
                                     EXPORT + ["--tour", "us-pakistan", "--tour-step", "12", "--out", "{out}"]),
    "compare-1965-2024.png": ("the comparison export of 6 September 1965 and 17 January 2024",
                              EXPORT + ["--date", "1965-09-06", "--compare", "2024-01-17", "--out", "{out}"]),
}


def drawing_files() -> list[Path]:
    return sorted({p for pattern in DRAWING_CODE for p in ROOT.glob(pattern) if p.is_file()})


def drawing_digest() -> str:
    """SHA-256 over the drawing code's paths and bytes (line ends as they are in the checkout's files)."""
    digest = hashlib.sha256()
    for path in drawing_files():
        digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0")
        digest.update(path.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    return digest.hexdigest()


def recorded() -> dict:
    try:
        return json.loads(RECORD.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def make(name: str) -> None:
    _, args = PICTURES[name]
    out = DOCS / name
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        env.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")  # Qt WebEngine as root
    cmd = [a.replace("{out}", str(out)) for a in args]
    if cmd[:4] == EXPORT:
        cmd.append("--force")
    print(" ".join(a if a != sys.executable else "python" for a in cmd), flush=True)
    subprocess.run(cmd, cwd=ROOT, env=env, check=True, timeout=600)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--list", action="store_true", help="list the pictures and their commands")
    parser.add_argument("--only", action="append", choices=sorted(PICTURES), help="make only this picture")
    args = parser.parse_args(argv)
    if args.list:
        for name, (what, cmd) in PICTURES.items():
            print(f"docs/{name}: {what}\n    {' '.join(cmd[1:]).replace(str(ROOT) + '/', '')}")
        return 0
    for name in args.only or PICTURES:
        make(name)
    if not args.only:
        RECORD.write_text(json.dumps({"drawing_digest": drawing_digest(), "pictures": sorted(PICTURES)}, indent=1)
                          + "\n", encoding="utf-8")
        print(f"{RECORD.relative_to(ROOT)}: the digest of the drawing code the pictures were made with")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
