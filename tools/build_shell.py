"""Build the map page's shell with folium: ``resources/shell.html``.

    python tools/build_shell.py           # write it (atomically)
    python tools/build_shell.py --check   # exit 1 if the shipped shell differs from what folium builds now

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
    parser.add_argument("--check", action="store_true", help="only say whether the shipped shell is up to date")
    args = parser.parse_args(argv)
    page = build_shell()
    current = SHELL.read_text(encoding="utf-8") if SHELL.exists() else None
    if args.check:
        if current != page:
            print(f"{SHELL} is out of date: run python tools/build_shell.py", file=sys.stderr)
            return 1
        print(f"{SHELL} is up to date")
        return 0
    if current == page:
        print(f"{SHELL} unchanged")
        return 0
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=SHELL.parent, suffix=".tmp", delete=False) as out:
        out.write(page)
    os.replace(out.name, SHELL)
    print(f"wrote {SHELL} ({len(page.encode('utf-8')):,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
