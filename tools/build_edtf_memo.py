"""Read the bundled data's rough dates with the ``edtf`` package once, at development time:

    python tools/build_edtf_memo.py          # writes viewer/core/edtfmemo.py
    python tools/build_edtf_memo.py --check  # exits 1 if it is out of date

A launch then need not import the package and its grammar (about 0.07 s and 4.5 MB) for the few dates of
the bundled data written in EDTF (``1979-02-12~``); any other text, in a user's file, is read by the package
as before. ``tests/core/test_edtf.py`` fails while the shipped memo differs from what this makes now.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "viewer" / "core" / "edtfmemo.py"
FIELDS = ("start", "end", "join", "leave")  # the date fields of viewer.core.schema


def rough_texts(folder: Path) -> list[str]:
    """The EDTF texts of the data files' dates that are not plain ISO days (single dates only)."""
    from viewer.core.dates import _ISO

    found = set()
    for path in sorted(folder.glob("*.geojson")):
        for feature in json.loads(path.read_text(encoding="utf-8")).get("features", []):
            for field in FIELDS:
                value = (feature.get("properties") or {}).get(field)
                if isinstance(value, str) and value.strip() and not _ISO.fullmatch(value.strip()):
                    found.add(value.strip())
    return sorted(t for t in found if "/" not in t and len(t) <= 40)


def make(folder: Path = ROOT / "geodata") -> str:
    import edtf

    def day(value) -> str:
        return f"{value.tm_year:04d}-{value.tm_mon:02d}-{value.tm_mday:02d}"

    lines = []
    for text in rough_texts(folder):
        parsed = edtf.parse_edtf(text)
        bounds = ((day(parsed.lower_strict()), day(parsed.upper_strict())),
                  (day(parsed.lower_fuzzy()), day(parsed.upper_fuzzy())))
        lines.append(f"    {text!r}: {bounds!r},")
    return ('"""The bundled data\'s rough dates as the ``edtf`` package reads them: text -> ((strict first, strict '
            'last),\n(fuzzy first, fuzzy last)). Made by ``python tools/build_edtf_memo.py``; do not edit."""\n\n'
            "MEMO = {\n" + "\n".join(lines) + "\n}\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if viewer/core/edtfmemo.py is out of date")
    args = parser.parse_args()
    text = make()
    if args.check:
        same = OUT.is_file() and OUT.read_text(encoding="utf-8") == text
        print(f"{OUT} {'is up to date' if same else 'is out of date: run python tools/build_edtf_memo.py'}")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
