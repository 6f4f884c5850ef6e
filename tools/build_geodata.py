#!/usr/bin/env python3
"""Build the atlas's map layers in geodata/ from the raw sources.

    python tools/build_geodata.py --src ../shared/geodata-src --out geodata

Writes (compact GeoJSON, EPSG:4326, coordinates rounded to 3 decimals):

  countries.geojson  241 Natural Earth 1:50m admin-0 units, with Germany, Yemen,
                     Vietnam and Malaysia split into their historical parts
                     (tools/split_units.py): 248 units, ADM0_A3, NAME
  polities.geojson   historical polities composed of those units (tools/polities.py)
  admin1.geojson     first-level regions of PAK, IRN, AFG, IND: id, name, adm0_a3
  disputed.geojson   Natural Earth disputed-boundary lines: id, name

Polygons are simplified as a *coverage* (shapely.coverage_simplify, GEOS
Visvalingam-Whyatt on shared edges), so neighbouring units keep identical
shared borders: no slivers or gaps between them. The script ends with checks
(validity, coverage, PAK/IND shared border, sizes) and exits non-zero if any
of them fails. Re-running it on the same inputs gives the same bytes.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely

sys.path.insert(0, str(Path(__file__).resolve().parent))
import polities  # noqa: E402
import split_units  # noqa: E402
import topojson_land  # noqa: E402

REPO = Path(__file__).resolve().parents[1]

COUNTRIES_SRC = "ne_50m_admin_0_countries.geojson"
ADMIN1_SRC = "admin1_pak_irn_afg_ind.geojson"
DISPUTED_SRC = "ne_50m_admin_0_boundary_lines_disputed_areas.geojson"

# Coverage-simplification tolerance in degrees (roughly the square root of the
# area of the triangles Visvalingam-Whyatt removes). 0.02 deg is about one
# screen pixel at web-map zoom 6 (360 / (256 * 2**6) = 0.022 deg), the deepest
# zoom the atlas uses, so the simplification is invisible at zoom 2-6.
POLY_TOLERANCE = 0.02
# Disputed lines are few and short: light Douglas-Peucker simplification.
LINE_TOLERANCE = 0.005
# Coordinate grid: 3 decimals (~110 m at the equator).
GRID = 0.001
DECIMALS = 3

EXPECTED_COUNTRIES = 241 + len(split_units.PARTS)
SIZE_BUDGET_LAYERS = 2_500_000  # the three layers built here
SIZE_BUDGET_DIR = 5_000_000  # all of geodata/ (the 1:10m coast for place() is about 1.4 MB of it)


def log(msg: str) -> None:
    print(msg, flush=True)


# --------------------------------------------------------------------------
# geometry helpers
# --------------------------------------------------------------------------

def polygonal_part(geom):
    """Keep only the non-empty, non-degenerate polygons of geom (or None)."""
    if geom is None or geom.is_empty:
        return None
    polys = []
    for part in shapely.get_parts(geom):
        if isinstance(part, shapely.Polygon):
            if not part.is_empty and part.area > 0:
                polys.append(part)
        elif isinstance(part, (shapely.MultiPolygon, shapely.GeometryCollection)):
            sub = polygonal_part(part)
            if sub is not None:
                polys.extend(shapely.get_parts(sub))
    if not polys:
        return None
    return polys[0] if len(polys) == 1 else shapely.MultiPolygon(polys)


def make_valid_polygonal(geom):
    if geom is None or geom.is_empty:
        return None
    if not geom.is_valid:
        geom = shapely.make_valid(geom)
    return polygonal_part(geom)


def round_coords(geoms):
    """Snap to the 0.001 grid keeping validity, then print-exact rounding.

    set_precision works per geometry but is deterministic, so a vertex shared
    by two neighbours lands on the same grid point in both. The final
    np.round only turns grid values such as 12.345000000000001 into 12.345.
    """
    snapped = shapely.set_precision(geoms, GRID)
    return shapely.transform(snapped, lambda xy: np.round(xy, DECIMALS) + 0.0)


def simplify_coverage(geoms: np.ndarray, labels: list[str], what: str) -> np.ndarray:
    """coverage_simplify a set of polygons; fix or fall back where it cannot.

    Returns an array of valid, non-empty, rounded (Multi)Polygons, same order.
    """
    geoms = np.array([make_valid_polygonal(g) for g in geoms], dtype=object)
    missing = [labels[i] for i, g in enumerate(geoms) if g is None]
    if missing:
        raise SystemExit(f"{what}: no polygonal geometry in source for {missing}")

    # Units whose edges do not match their neighbours' cannot be simplified as
    # part of the coverage; simplify those alone (topology-preserving DP).
    invalid_edges = shapely.coverage_invalid_edges(geoms)
    in_cov = shapely.is_empty(invalid_edges) | shapely.is_missing(invalid_edges)
    if not in_cov.all():
        log(f"  WARNING {what}: not a clean coverage, simplified alone: "
            f"{[labels[i] for i in np.where(~in_cov)[0]]}")

    out = np.empty(len(geoms), dtype=object)
    if in_cov.any():
        out[in_cov] = shapely.coverage_simplify(geoms[in_cov], POLY_TOLERANCE)
    if (~in_cov).any():
        out[~in_cov] = shapely.simplify(geoms[~in_cov], POLY_TOLERANCE,
                                        preserve_topology=True)

    out = round_coords(out)
    result = np.empty(len(geoms), dtype=object)
    for i, g in enumerate(out):
        fixed = make_valid_polygonal(g)
        if fixed is None:
            # Simplification + rounding collapsed the unit: keep its source
            # geometry, only rounded.
            log(f"  note {what}: {labels[i]} collapsed, kept unsimplified")
            fixed = make_valid_polygonal(round_coords(np.array([geoms[i]]))[0])
        if fixed is None:
            raise SystemExit(f"{what}: {labels[i]} vanishes at 3-decimal rounding")
        result[i] = fixed
    # GeoJSON (RFC 7946) ring order: exterior counter-clockwise.
    return shapely.orient_polygons(result, exterior_cw=False)


# --------------------------------------------------------------------------
# output
# --------------------------------------------------------------------------

def write_geojson(path: Path, features: list[dict]) -> int:
    fc = {"type": "FeatureCollection", "features": features}
    text = json.dumps(fc, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False) + "\n"
    path.write_text(text, encoding="utf-8")
    return path.stat().st_size


def feature(props: dict, geom) -> dict:
    return {"type": "Feature", "properties": props,
            "geometry": shapely.geometry.mapping(geom) if geom is not None else None}


def clean_str(v):
    """Null-safe string: None/NaN/'' -> None."""
    if v is None:
        return None
    if isinstance(v, float) and np.isnan(v):
        return None
    s = str(v).strip()
    return s or None


# --------------------------------------------------------------------------
# layers
# --------------------------------------------------------------------------

def build_countries(src: Path, out: Path) -> int:
    log(f"countries: reading {src / COUNTRIES_SRC}")
    df = gpd.read_file(src / COUNTRIES_SRC)
    if df["ADM0_A3"].duplicated().any():
        raise SystemExit("countries: duplicate ADM0_A3 in source")
    geo = dict(zip(df["ADM0_A3"], df.geometry.values))
    admin1 = gpd.read_file(src / split_units.ADMIN1_PARTS_SRC)
    parts = split_units.split(geo, admin1)
    carved = split_units.carve(geo, gpd.read_file(src / split_units.SOUTH_ASIA_SRC),
                               gpd.read_file(src / DISPUTED_SRC))
    log(f"  carved {len(carved)} parts of units that changed hands: {sorted(carved)}")
    parts.update(carved)
    log(f"  split DEU, YEM, VNM, MYS into {len(parts)} parts: {sorted(parts)}")
    # NAME abbreviates ("Bosnia and Herz.", "S. Sudan"); a name a reader sees is written out (NAME_LONG)
    names = {code: (long if "." in name and isinstance(long, str) and long else name)
             for code, name, long in zip(df["ADM0_A3"], df["NAME"], df["NAME_LONG"])}
    names.update({code: name for code, (name, _) in split_units.PARTS.items()})
    geo.update(parts)
    codes = sorted(geo)
    geoms = np.array([geo[c] for c in codes], dtype=object)
    geoms = split_units.insert_new_vertices(geoms, {codes.index(c) for c in parts})
    df = gpd.GeoDataFrame({"ADM0_A3": codes, "NAME": [names[c] for c in codes]}, geometry=list(geoms),
                          crs="EPSG:4326")
    labels = list(df["ADM0_A3"])
    n_in = int(shapely.get_num_coordinates(df.geometry.values).sum())
    geoms = simplify_coverage(df.geometry.values, labels, "countries")
    n_out = int(shapely.get_num_coordinates(geoms).sum())
    log(f"  {len(df)} units, vertices {n_in} -> {n_out}")
    feats = [feature({"ADM0_A3": a, "NAME": clean_str(n)}, g)
             for a, n, g in zip(df["ADM0_A3"], df["NAME"], geoms)]
    return write_geojson(out / "countries.geojson", feats)


def build_admin1(src: Path, out: Path) -> int:
    log(f"admin1: reading {src / ADMIN1_SRC}")
    df = gpd.read_file(src / ADMIN1_SRC)
    df["code"] = df["code"].astype(str).str.strip()
    # Two tiny polygons carry code -99 and no name (IRN: Greater Tunb and a
    # Khuzestan coastal islet; IND: an islet off Rameswaram). They are not
    # regions anyone can cite; drop them (the countries layer still covers
    # them).
    unnamed = (df["code"] == "-99") | df["name"].isna()
    if unnamed.any():
        log(f"  dropped {int(unnamed.sum())} unnamed code -99 polygon(s): "
            f"{list(df.loc[unnamed, 'adm0_a3'])}")
    df = df[~unnamed].copy()

    # The source splits AF.OZ (Uruzgan) and AF.PV (Parwan) into two polygons
    # each (post-2004 Daykundi and Panjshir under their pre-2004 parent's code
    # and name). `id` is a key for events, so merge each into one feature -
    # the pre-2004 province, matching the source's pre-2010 naming elsewhere.
    feats_geoms, props = [], []
    for adm0, grp in df.groupby("adm0_a3", sort=True):
        merged = []
        for code, sub in grp.groupby("code", sort=True):
            names = sub["name"].dropna().unique()
            if len(names) != 1:
                raise SystemExit(f"admin1: {code} has names {list(names)}")
            if len(sub) > 1:
                log(f"  merged {len(sub)} polygons of {code} ({names[0]})")
            g = shapely.coverage_union_all(sub.geometry.values) if len(sub) > 1 \
                else sub.geometry.values[0]
            merged.append((code, str(names[0]), g))
        labels = [m[0] for m in merged]
        simp = simplify_coverage(np.array([m[2] for m in merged], dtype=object),
                                 labels, f"admin1 {adm0}")
        for (code, name, _), g in zip(merged, simp):
            props.append({"id": code, "name": name, "adm0_a3": adm0})
            feats_geoms.append(g)
    order = sorted(range(len(props)), key=lambda i: props[i]["id"])
    feats = [feature(props[i], feats_geoms[i]) for i in order]
    log(f"  {len(feats)} regions")
    return write_geojson(out / "admin1.geojson", feats)


# Natural Earth's disputed lines carry no names or dates: each is known here by the middle of its box
# (lon, lat, to 0.3 degrees) and drawn on the days it meant something, under what it was that day
# (``start``/``end``: first and last day; null: the timeline's start or end). See geodata/README.md.
DISPUTED_LINES = [
    ((35.61, 32.96), [("Golan Heights, the 1923 boundary (Israeli-held since June 1967)", "1967-06-10", None)]),
    ((73.43, 34.85), [("Jammu and Kashmir: ceasefire line", "1949-01-01", "1972-07-01"),
                      ("Jammu and Kashmir: Line of Control", "1972-07-02", None)]),
    ((79.09, 34.68), [("Aksai Chin: boundary claimed by India", None, None)]),
    ((76.74, 35.97), [("Shaksgam valley: boundary claimed by India (the 1963 China-Pakistan agreement's line "
                       "is the other)", "1963-03-02", None)]),
    ((76.91, 35.39), [("Siachen: held by India since April 1984", "1984-04-13", None)]),
    ((77.43, 35.31), [("Siachen: held by India since April 1984", "1984-04-13", None)]),
    ((79.11, 31.19), [("India-China: disputed sector", None, None)]),
    ((80.06, 30.73), [("India-China: disputed sector", None, None)]),
    ((79.17, 32.87), [("India-China: disputed sector", None, None)]),
    ((78.57, 32.07), [("India-China: disputed sector", None, None)]),
    ((76.85, 32.74), [("India-China: disputed sector", None, None)]),
    ((94.55, 27.56), [("India-China: the McMahon Line and China's claim", None, None)]),
    ((-57.93, 2.42), [("Guyana-Suriname: disputed boundary", None, None)]),
    ((-54.08, 2.71), [("Suriname-French Guiana: disputed boundary", None, None)]),
    ((35.15, 4.62), [("Ilemi Triangle", None, None)]),
    ((-11.0, 27.66), [("Western Sahara: its boundary with Morocco (disputed since 1976)", "1976-02-27", None)]),
    ((29.19, 47.32), [("Transnistria: ceasefire line", "1992-07-21", None)]),
    ((41.84, 42.8), [("Abkhazia: ceasefire line", "1994-05-14", None)]),
    ((44.1, 42.37), [("South Ossetia: ceasefire line", "1992-06-24", None)]),
    ((149.13, 45.67), [("Kuril Islands: Japan's claim (Soviet, then Russian, hold)", None, None)]),
    ((46.21, 40.26), [("Nagorno-Karabakh: line of contact", "1994-05-12", "2020-11-09")]),
    ((46.9, 39.91), [("Nagorno-Karabakh: line of contact", "1994-05-12", "2020-11-09")]),
    ((28.4, 9.88), [("Abyei area", "2011-07-09", None)]),
    ((38.58, 47.9), [("Donbas: line of contact (Minsk agreements)", "2015-02-12", "2022-02-23")]),
]


def _line_spans(geom) -> list[tuple[str, str | None, str | None]] | None:
    minx, miny, maxx, maxy = geom.bounds
    cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
    found = [spans for (x, y), spans in DISPUTED_LINES if abs(x - cx) < 0.3 and abs(y - cy) < 0.3]
    return found[0] if len(found) == 1 else None


def build_disputed(src: Path, out: Path) -> int:
    log(f"disputed: reading {src / DISPUTED_SRC}")
    df = gpd.read_file(src / DISPUTED_SRC)
    feats = []
    for i, row in enumerate(df.itertuples(index=False), start=1):
        g = row.geometry
        if g is None or g.is_empty:
            continue
        g = shapely.simplify(g, LINE_TOLERANCE, preserve_topology=True)
        g = round_coords(np.array([g]))[0]
        g = shapely.line_merge(g) if g.geom_type == "MultiLineString" else g
        if g.is_empty or g.length == 0:
            log(f"  note disputed: line {i} collapsed, kept unsimplified")
            g = round_coords(np.array([row.geometry]))[0]
        spans = _line_spans(row.geometry)
        if spans is None:
            raise SystemExit(f"disputed: line {i} (near {row.geometry.centroid}) is not in DISPUTED_LINES")
        for n, (name, start, end) in enumerate(spans):
            feats.append(feature({"id": f"disputed-{i}" + (f"-{n + 1}" if len(spans) > 1 else ""),
                                  "name": name, "start": start, "end": end}, g))
    log(f"  {len(feats)} lines")
    return write_geojson(out / "disputed.geojson", feats)


def build_coast(land_10m: Path, out: Path) -> int:
    """``coast10.geojson.gz``: Natural Earth's 1:10m land that the map's simplified units leave out (the
    coastal fringe, small islands), each piece with the unit it lies nearest, so that ``pakatlas place``
    answers a question about a coastal city from a 1:10m coastline while the map draws the lighter one."""
    log(f"coast: reading {land_10m}")
    land = topojson_land.land(land_10m)
    countries = json.loads((out / "countries.geojson").read_text(encoding="utf-8"))["features"]
    codes = [f["properties"]["ADM0_A3"] for f in countries]
    units = np.array([shapely.geometry.shape(f["geometry"]) for f in countries], dtype=object)
    fringe = shapely.get_parts(shapely.difference(land, shapely.union_all(units)))
    fringe = shapely.set_precision(shapely.simplify(fringe, GRID), GRID)
    fringe = fringe[~shapely.is_empty(fringe) & (shapely.area(fringe) > 0)]
    nearest = shapely.STRtree(units).query_nearest(shapely.point_on_surface(fringe), all_matches=False)
    feats = [{"type": "Feature", "properties": {"unit": codes[j]}, "geometry": json.loads(shapely.to_geojson(g))}
             for j, g in zip(nearest[1], fringe[nearest[0]])]
    text = json.dumps({"type": "FeatureCollection", "features": feats}, separators=(",", ":"))
    data = gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)
    (out / "coast10.geojson.gz").write_bytes(data)
    log(f"  {len(feats)} pieces of coast and islands, {int(shapely.get_num_coordinates(fringe).sum())} vertices")
    return len(data)


# --------------------------------------------------------------------------
# checks (read the written files back)
# --------------------------------------------------------------------------

def max_decimals_ok(geoms) -> bool:
    xy = shapely.get_coordinates(geoms)
    return bool(np.all(np.abs(xy - np.round(xy, DECIMALS)) < 1e-9))


def run_checks(src: Path, out: Path, sizes: dict[str, int]) -> None:
    errors: list[str] = []
    log("checks:")

    c = gpd.read_file(out / "countries.geojson")
    a = gpd.read_file(out / "admin1.geojson")
    d = gpd.read_file(out / "disputed.geojson")

    for name, df, kinds in (("countries", c, {"Polygon", "MultiPolygon"}),
                            ("admin1", a, {"Polygon", "MultiPolygon"}),
                            ("disputed", d, {"LineString", "MultiLineString"})):
        g = df.geometry.values
        bad = [i for i in range(len(df)) if g[i] is None or g[i].is_empty
               or not g[i].is_valid or g[i].geom_type not in kinds]
        if bad:
            errors.append(f"{name}: invalid/empty/wrong-type geometries at rows {bad}")
        if not max_decimals_ok(g):
            errors.append(f"{name}: coordinates with more than {DECIMALS} decimals")
        log(f"  {name}: {len(df)} features, all valid: {not bad}")

    # countries: complete, unique keys, still a coverage
    src_codes = set(gpd.read_file(src / COUNTRIES_SRC, columns=["ADM0_A3"],
                                  read_geometry=False)["ADM0_A3"]) | set(split_units.PARTS)
    if len(c) != EXPECTED_COUNTRIES or set(c["ADM0_A3"]) != src_codes \
            or c["ADM0_A3"].duplicated().any():
        errors.append(f"countries: expected the {EXPECTED_COUNTRIES} source units and parts once each, got {len(c)}")
    if list(c.columns) != ["ADM0_A3", "NAME", "geometry"]:
        errors.append(f"countries: unexpected properties {list(c.columns)}")
    cov_ok = bool(shapely.coverage_is_valid(c.geometry.values))
    log(f"  countries form a valid coverage (no overlaps, matched edges): {cov_ok}")
    if not cov_ok:
        errors.append("countries: not a valid coverage after simplification")

    # shared borders survive: PAK-IND (and PAK's other land neighbours)
    geo = dict(zip(c["ADM0_A3"], c.geometry.values))
    # (China's neighbour is Gilgit-Baltistan, carved out of Pakistan's outline)
    for own, other in (("PAK", "IND"), ("PAK", "AFG"), ("PAK", "IRN"), ("GBT", "CHN"), ("AJK", "JKI"),
                       ("GBT", "JKI")):
        if own not in geo or other not in geo:
            errors.append(f"countries: {own} or {other} missing")
            continue
        shared = shapely.intersection(geo[own].boundary, geo[other].boundary).length
        log(f"  {own}-{other} shared boundary length: {shared:.3f} deg")
        if not shared > 0:
            errors.append(f"countries: {own} and {other} no longer share a border")
    overlap = shapely.intersection(geo["PAK"], geo["IND"]).area
    if overlap > 1e-9:
        errors.append(f"countries: PAK and IND overlap (area {overlap})")

    # split parts: each touches its parent where history drew a border between them
    for a_code, b_code in (("DEU", "DDR"), ("DDR", "WBL"), ("DEU", "SAA"), ("YEM", "YMD"), ("VNM", "RVN"),
                           ("SWK", "SBH"), ("KLT", "GWD"), ("IND", "GOA"), ("IND", "SKM"), ("ISR", "GOL"),
                           ("MAR", "SWB"), ("UKR", "CRM"), ("IND", "HYD"), ("IND", "JUN"), ("PAK", "KLT"),
                           ("IRN", "KLT"), ("PAK", "BWP"), ("IND", "BWP"), ("PAK", "KHP"), ("IND", "KHP"),
                           ("KLT", "LSB"), ("PAK", "LSB"), ("CTL", "DIR"), ("AFG", "CTL"), ("GBT", "CTL"), ("PAK", "DIR"),
                           ("DIR", "SWT"), ("PAK", "SWT")):
        shared = shapely.intersection(geo[a_code].boundary, geo[b_code].boundary).length
        log(f"  {a_code}-{b_code} shared boundary length: {shared:.3f} deg")
        if not shared > 0:
            errors.append(f"countries: {a_code} and {b_code} share no border")

    # polities: every unit they name is on the map
    problems = polities.check(out / "polities.geojson", set(c["ADM0_A3"]))
    errors += [f"polities: {p}" for p in problems]

    # admin1: unique ids, named, coverage per country
    if a["id"].duplicated().any() or a["id"].isna().any() or a["name"].isna().any():
        errors.append("admin1: missing or duplicate id/name")
    if set(a["adm0_a3"]) != {"PAK", "IRN", "AFG", "IND"}:
        errors.append(f"admin1: unexpected adm0_a3 values {sorted(set(a['adm0_a3']))}")
    for adm0, grp in a.groupby("adm0_a3"):
        if not shapely.coverage_is_valid(grp.geometry.values):
            errors.append(f"admin1: {adm0} regions are not a valid coverage")
    log(f"  admin1 per-country coverages valid: "
        f"{not any(e.startswith('admin1: ') and 'coverage' in e for e in errors)}")

    # disputed: ids unique
    if d["id"].duplicated().any():
        errors.append("disputed: duplicate ids")

    total_layers = sum(size for name, size in sizes.items() if name != "coast10.geojson.gz")
    total_dir = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    log(f"  size of the three layers: {total_layers:,} bytes "
        f"(budget {SIZE_BUDGET_LAYERS:,}); all of {out.name}/: {total_dir:,} bytes "
        f"(budget {SIZE_BUDGET_DIR:,})")
    if total_layers > SIZE_BUDGET_LAYERS:
        errors.append("layers exceed their size budget")
    if total_dir > SIZE_BUDGET_DIR:
        errors.append(f"{out.name}/ exceeds {SIZE_BUDGET_DIR:,} bytes")

    if errors:
        for e in errors:
            print(f"CHECK FAILED: {e}", file=sys.stderr)
        raise SystemExit(1)
    log("all checks passed")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--src", type=Path, default=REPO.parent / "shared" / "geodata-src",
                    help="raw geodata directory (default: ../shared/geodata-src "
                         "relative to the repo root)")
    ap.add_argument("--out", type=Path, default=REPO / "geodata",
                    help="output directory (default: geodata/ in the repo root)")
    ap.add_argument("--land-10m", type=Path, default=None,
                    help="world-atlas's land-10m.json (npm pack world-atlas@2.0.2; Natural Earth 1:10m land, "
                         "ISC licence) to write coast10.geojson.gz for pakatlas place; kept as is when left out")
    args = ap.parse_args(argv)
    src, out = args.src.resolve(), args.out.resolve()
    if not src.is_dir():
        raise SystemExit(f"source directory not found: {src}")
    out.mkdir(parents=True, exist_ok=True)
    log(f"tolerance {POLY_TOLERANCE} deg (polygons, coverage VW), "
        f"{LINE_TOLERANCE} deg (lines, DP); grid {GRID} deg")

    sizes = {
        "countries.geojson": build_countries(src, out),
        "admin1.geojson": build_admin1(src, out),
        "disputed.geojson": build_disputed(src, out),
    }
    if args.land_10m:
        sizes["coast10.geojson.gz"] = build_coast(args.land_10m.resolve(), out)
    polities.write(out / "polities.geojson")
    for name, size in sizes.items():
        log(f"wrote {out / name}: {size:,} bytes ({size / 1e6:.2f} MB)")
    run_checks(src, out, sizes)


if __name__ == "__main__":
    main()
