"""Build the map page's shell with folium (``resources/shell.html``), and the bundled data's geometry.

    python tools/build_shell.py           # write them (atomically)
    python tools/build_shell.py --check   # exit 1 if a shipped file differs from what the code makes now

The geometry (``resources/geometry.json``, ``resources/geometry.meta.json``: ``viewer.page.geometry``) is
what the page draws for the bundled data, made here so that a launch need not union the historical
borders: run this after any change to ``geodata/`` countries, regions, disputed areas or polities.

Run it after any change to ``viewer/page/shell.py`` (or to what it reads: the panes, the layer styles,
the asset paths, the modules). The window and every export use the shipped file and never import
folium; ``tests/page/test_shell.py`` fails while the shipped shell is out of step, as the translation
files are kept in step by ``tools/update_translations.py``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv=None) -> int:
    from viewer.page.build import SHELL
    from viewer.page.shell import build_shell

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether the shipped files are up to date")
    args = parser.parse_args(argv)
    from viewer.core.atlas import Atlas
    from viewer.page.geometry import GEOMETRY_FILE, META_FILE, shipped_files

    geometry, meta = shipped_files(Atlas.load())
    stale = 0
    for path, text in ((SHELL, build_shell()), (GEOMETRY_FILE, geometry), (META_FILE, meta)):
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if args.check:
            if current != text:
                print(f"{path} is out of date: run python tools/build_shell.py", file=sys.stderr)
                stale += 1
            else:
                print(f"{path} is up to date")
            continue
        if current == text:
            print(f"{path} unchanged")
            continue
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, suffix=".tmp", delete=False) as out:
            out.write(text)
        os.chmod(out.name, 0o644)
        os.replace(out.name, path)
        print(f"wrote {path} ({len(text.encode('utf-8')):,} bytes)")
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
