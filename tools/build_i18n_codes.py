#!/usr/bin/env python3
"""Write geodata/i18n/unit_codes.json: the ISO alpha-2 code of each map unit CLDR cannot map itself,
and geodata/i18n/abbreviations.json: each unit's cartographic abbreviation (Natural Earth's ABBREV,
where it is shorter than the name), used on the map where a name does not fit its country.

    python tools/build_i18n_codes.py --src ../shared/geodata-src

The map's units are keyed by Natural Earth's ADM0_A3. For almost all of them that is the ISO
3166 alpha-3 code, which CLDR (through Babel's territory aliases) maps to the alpha-2 code its
names are keyed by. Natural Earth has its own codes for the rest (KOS Kosovo, PSX Palestine,
SDS South Sudan, SAH Western Sahara, ALD Åland, and units with no ISO code at all such as CYN
Northern Cyprus or KAS the Siachen Glacier); for those the script takes Natural Earth's own
ISO_A2 column (null where it has none: their names are then in geodata/i18n/units.json).
It also reports any unit whose Natural Earth ISO_A2 disagrees with CLDR's mapping, and exits
non-zero if there is one. Re-running it on the same inputs gives the same bytes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from babel.core import get_global

REPO = Path(__file__).resolve().parents[1]
COUNTRIES_SRC = "ne_50m_admin_0_countries.geojson"


def cldr_alpha2(code: str) -> str | None:
    """The alpha-2 code CLDR maps an alpha-3 code to, if it maps it to exactly one territory."""
    targets = get_global("territory_aliases").get(code)
    return targets[0] if targets and len(targets) == 1 else None


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, required=True, help="folder with the raw Natural Earth files")
    parser.add_argument("--out", type=Path, default=REPO / "geodata" / "i18n" / "unit_codes.json")
    parser.add_argument("--abbreviations", type=Path, default=REPO / "geodata" / "i18n" / "abbreviations.json")
    args = parser.parse_args(argv)

    units = [f["properties"]["ADM0_A3"] for f in
             json.loads((REPO / "geodata" / "countries.geojson").read_text(encoding="utf-8"))["features"]]
    source = {f["properties"]["ADM0_A3"]: f["properties"].get("ISO_A2") for f in
              json.loads((args.src / COUNTRIES_SRC).read_text(encoding="utf-8"))["features"]}
    codes, disagree = {}, []
    for unit in sorted(units):
        ne = source.get(unit)
        ne = None if ne in (None, "-99") else ne
        cldr = cldr_alpha2(unit)
        if cldr is None:
            codes[unit] = ne
        elif ne is not None and ne != cldr:
            disagree.append(f"{unit}: Natural Earth ISO_A2 {ne}, CLDR {cldr}")
    rows = {f["properties"]["ADM0_A3"]: f["properties"] for f in
            json.loads((args.src / COUNTRIES_SRC).read_text(encoding="utf-8"))["features"]}
    short = {}
    for unit in sorted(units):
        row = rows.get(unit) or {}
        abbrev, name = " ".join(str(row.get("ABBREV") or "").split()), str(row.get("NAME") or "")
        if abbrev and len(abbrev) < len(name):
            short[unit] = abbrev
    args.abbreviations.write_text(json.dumps(short, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.abbreviations}: {len(short)} abbreviations")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(codes, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(codes)} units ({sum(v is None for v in codes.values())} without an ISO code)")
    for line in disagree:
        print("disagrees:", line, file=sys.stderr)
    return 1 if disagree else 0


if __name__ == "__main__":
    sys.exit(main())
