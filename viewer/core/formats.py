"""Researchers' own files: events, relation periods, alliance memberships and polities
as GeoJSON, CSV or GeoPackage.

``read_user_file`` reads one file into tables of records (``RawRecord``), one table per
kind of record it holds; ``load_user_file`` also checks each record against the
schema. Neither raises on bad input: whatever is wrong comes back as a Problem
naming the file, the record and the field. Nothing in a file is ever executed or
evaluated: JSON is parsed strictly, CSV cells stay text, and a GeoPackage is read by
GDAL as data. geopandas/pyogrio are imported only when a GeoPackage is read.

CSV conventions (see geodata/README.md): a header row; columns named as the schema's
fields (case does not matter); ``lat``/``lon`` (or ``latitude``/``longitude``, or a
``wkt`` column) place an event; lists (``actors``, ``units``) as ``PAK;USA``,
``PAK, USA`` or a JSON list; sources as ``source``/``quote`` columns, numbered
``source1``/``quote1``, ``source2``/``quote2``... for several, or a ``sources`` column
holding a JSON list of ``{"source", "quote"}``.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from viewer.core import gpkg, schema
from viewer.core.csvfile import read_csv_rows
from viewer.core.fileio import MAGIC, check_size
from viewer.core.geojson import read_records
from viewer.core.records import RawRecord, Record, check_records
from viewer.core.problems import WARNING, Problem
from viewer.core.schema import show

KINDS = {
    "events": schema.EVENT,
    "relations": schema.RELATION,
    "alliances": schema.MEMBERSHIP,
    "polities": schema.POLITY,
}
FORMATS = {".geojson": "GeoJSON", ".json": "GeoJSON", ".csv": "CSV", ".gpkg": "GeoPackage", ".fgb": "FlatGeobuf",
           ".parquet": "GeoParquet"}

_NAME_WORDS = {"events": ("event",), "relations": ("relation",), "alliances": ("alliance", "membership"),
               "polities": ("polit",)}
_SIGNATURE = {
    "events": ("title", "category", "actors", "place", "region", "summary"),
    "relations": ("partner", "status", "reason"),
    "alliances": ("alliance", "member", "join", "leave"),
    "polities": ("units",),
}
KIND_HELP = ("a file name starting with events, relations, alliances or polities (events.csv, "
             "relations-2024.gpkg), or the columns of one kind: events have title, category, actors; "
             "relations partner, status, reason; alliances alliance, member, join; polities units")
_LAT = ("lat", "latitude")
_LON = ("lon", "lng", "long", "longitude")
_WKT = ("wkt", "geometry")
_LISTS = ("actors", "units")
_TEXT_CHECKS = (schema.text, schema.optional_text)
_SOURCE_COLUMN = re.compile(r"(source|quote|paraphrase|locator)(\d*)")
MAX_WKT_NESTING = 32
"""A WKT geometry may nest its parentheses at most this deep (a MultiPolygon needs 3): deeper ones are
refused before GEOS or GDAL parse them, whose parsers recurse and can overflow the stack."""
GPKG_EXPECTED = "a GeoPackage (.gpkg) as written by QGIS, geopandas or ogr2ogr"


@dataclass
class Table:
    """The records of one kind read from one file (or one GeoPackage layer)."""

    file: str  # how problems name it: the path, or "path, layer 'name'"
    kind: str  # events, relations, alliances or polities
    records: list[RawRecord] = field(default_factory=list)
    dataset: str | None = None  # "ucdp-ged" or "acled" for a conflict dataset's file (its bad rows are left out)


# -- what a file holds -----------------------------------------------------

def kind_from_name(name: str) -> str | None:
    """The kind a file's name announces: events*.csv, relations.gpkg, my-alliances.geojson..."""
    stem = name.lower().rsplit(".", 1)[0] if "." in name else name.lower()
    for kind, words in _NAME_WORDS.items():
        if stem.startswith(words):
            return kind
    found = {kind for kind, words in _NAME_WORDS.items() if any(w in stem for w in words)}
    return found.pop() if len(found) == 1 else None


def kind_from_columns(columns: Iterable[str]) -> str | None:
    """The kind whose telling columns are present, when exactly one kind fits best."""
    present = {str(c).strip().lower() for c in columns}
    scores = {kind: sum(c in present for c in cols) for kind, cols in _SIGNATURE.items()}
    best = max(scores.values())
    winners = [kind for kind, score in scores.items() if score == best]
    return winners[0] if best > 0 and len(winners) == 1 else None


def _cannot_tell(file: str, severity: str = "error") -> Problem:
    left_out = "is left out: " if severity == WARNING else ""
    return Problem(file, "", "", f"{left_out}cannot tell whether it holds events, relations, alliances or polities",
                   KIND_HELP, severity)


# -- reading -----------------------------------------------------------------

def read_user_file(path: Path | str, *, kind: str | None = None, max_bytes: int | None = None,
                   file: str | None = None) -> tuple[list[Table], list[Problem]]:
    """The tables a GeoJSON, CSV or GeoPackage file holds, and every problem met reading it.

    ``kind`` forces the kind of record; otherwise it comes from the file's name, then
    from its columns. Problems name the file as ``file`` (default: the path as given).
    """
    path = Path(path)
    file = str(path) if file is None else file
    if kind is not None and kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        found = check_size(path, file, max_bytes)
        if found and found[0].message in ("file not found", "is a folder, not a file"):
            return [], found
        hint = " (save the sheet as 'CSV UTF-8')" if suffix in (".xlsx", ".xls", ".ods") else ""
        return [], [Problem(file, "", "", f"is not a format the atlas reads ({suffix or 'no extension'})",
                            "a .geojson, .json, .csv, .gpkg, .fgb or .parquet file" + hint)]
    try:
        if suffix == ".gpkg":
            return _read_gpkg(path, file, kind, max_bytes)
        if suffix in (".fgb", ".parquet"):
            return _read_one_layer(path, file, kind, max_bytes)
        if suffix == ".csv":
            return _read_csv(path, file, kind, max_bytes)
        return _read_geojson(path, file, kind, max_bytes)
    except (MemoryError, RecursionError):
        return [], [Problem(file, "", "", "is too large or too deeply nested to read")]
    except Exception as err:  # a last guard: a slip in a reader must not take the atlas down
        return [], [Problem(file, "", "", f"could not be read (an error in the atlas's reader: "
                                          f"{type(err).__name__}: {str(err)[:200]})")]


def read_user_files(paths: Iterable[Path | str], *, max_bytes: int | None = None) -> tuple[list[Table], list[Problem]]:
    """The tables of several files; a file given twice is read once."""
    tables, problems, seen = [], [], set()
    for path in paths:
        path = Path(path)
        try:
            key = path.resolve()
        except (OSError, RuntimeError):
            key = path
        if key in seen:
            problems.append(Problem(str(path), "", "", "is given more than once; read once", "", WARNING))
            continue
        seen.add(key)
        found, bad = read_user_file(path, max_bytes=max_bytes)
        tables += found
        problems += bad
    return tables, problems


def load_user_file(path: Path | str, *, kind: str | None = None, max_bytes: int | None = None,
                   file: str | None = None) -> tuple[dict[str, list[Record]], list[Problem]]:
    """The valid records of a file by kind, checked against the schema, and every problem.

    Checks that need the rest of the atlas (country codes, regions, the timeline,
    duplicate ids, overlapping periods) are made when the file is loaded into an Atlas.
    """
    tables, problems = read_user_file(path, kind=kind, max_bytes=max_bytes, file=file)
    records: dict[str, list[Record]] = {}
    for table in tables:
        found, bad = check_records(table.file, table.records, KINDS[table.kind], with_point=table.kind == "events")
        records.setdefault(table.kind, []).extend(found)
        problems += bad
    return records, problems


def _no_records(file: str) -> Problem:
    return Problem(file, "", "", "holds no records", "", WARNING)


def _read_geojson(path: Path, file: str, kind: str | None, max_bytes: int | None):
    records, problems = read_records(path, max_bytes=max_bytes, file=file)
    if not records:
        return [], problems or [_no_records(file)]
    keys = {key for r in records for key in r.properties}
    kind = kind or kind_from_name(path.name) or kind_from_columns(keys)
    if kind is None:
        return [], problems + [_cannot_tell(file)]
    return [Table(file, kind, records)], problems


def _read_csv(path: Path, file: str, kind: str | None, max_bytes: int | None):
    columns, rows, problems = read_csv_rows(path, file, max_bytes)
    if columns is None:
        return [], problems
    from viewer.core import conflict

    dataset = conflict.detect(columns) if kind in (None, "events") else None
    if dataset is not None:  # UCDP GED or ACLED: each row becomes an event (see viewer/core/conflict.py)
        features, problems = conflict.tabulate(dataset, file, columns, rows)
        return ([Table(file, "events", features, dataset)] if features else []), problems
    records = []
    for line, cells in rows:
        values = {name: cell for name, cell in zip(columns, cells) if name}
        bad = []
        if len(cells) > len(columns) and any(c.strip() for c in cells[len(columns):]):
            bad.append(("", f"has {len(cells)} cells, more than the {len(columns)} columns of the header",
                        "one cell per column (quote cells that hold the delimiter)"))
        records.append((line, values, bad))
    kind = kind or kind_from_name(path.name) or kind_from_columns(columns)
    if kind is None:
        return [], [_cannot_tell(file)]
    return _tabulate(file, kind, [c for c in columns if c], records)


def _read_gpkg(path: Path, file: str, kind: str | None, max_bytes: int | None):
    problems = check_size(path, file, max_bytes)
    if problems:
        return [], problems
    try:
        with path.open("rb") as stream:
            head = stream.read(100)
    except OSError as err:
        return [], [Problem(file, "", "", f"cannot be read: {err.strerror or err}")]
    if not head.strip():
        return [], [Problem(file, "", "", "is empty", GPKG_EXPECTED)]
    if not head.startswith(b"SQLite format 3\x00"):
        what = next((what for magic, what in MAGIC if head.startswith(magic)), None)
        if what is None:
            what = "text" if _looks_like_text(head) else "binary data of an unknown kind"
        return [], [Problem(file, "", "", f"is not a GeoPackage: it is {what}, not a SQLite database", GPKG_EXPECTED)]
    layers, problems = gpkg.plain_tables(path, file)
    if not layers:
        return [], problems or [Problem(file, "", "", "holds no layers", GPKG_EXPECTED)]
    single = len(layers) == 1
    tables: list[Table] = []
    frames, failed = gpkg.read_layers(path, layers)
    if failed:  # the reader stopped or crashed: nothing of the file is used
        return [], problems + [Problem(file, "", "", failed, GPKG_EXPECTED)]
    for layer, frame in zip(layers, frames):
        label = file if single else f"{file}, layer {layer!r}"
        if isinstance(frame, str):
            problems.append(Problem(label, "", "", f"cannot be read: {frame}", GPKG_EXPECTED))
            continue
        found, bad = _frame_table(path, label, layer, frame, kind, single)
        tables += found
        problems += bad
    return tables, problems


def _read_one_layer(path: Path, file: str, kind: str | None, max_bytes: int | None):
    """A FlatGeobuf (through GDAL) or GeoParquet (through pyarrow) file: one table, read like a GeoPackage
    layer (in a child process, within a time limit), for large files of the atlas's own record format."""
    problems = check_size(path, file, max_bytes)
    if problems:
        return [], problems
    what = FORMATS[path.suffix.lower()]
    if what == "GeoParquet" and not gpkg.parquet_available():
        return [], [Problem(file, "", "", "is GeoParquet, which needs the optional pyarrow package",
                            "pip install 'pakatlas[parquet]', or the file as GeoPackage, CSV or GeoJSON")]
    frames, failed = gpkg.read_layers(path, [""])
    expected = f"a {what} file as written by QGIS, geopandas or ogr2ogr"
    if failed or isinstance(frames[0], str):
        return [], [Problem(file, "", "", failed or f"cannot be read as {what}: {frames[0]}", expected)]
    return _frame_table(path, file, path.stem, frames[0], kind, True)


def _frame_table(path: Path, label: str, layer: str, frame, kind: str | None, single: bool):
    import geopandas

    geometry_name = frame.geometry.name if isinstance(frame, geopandas.GeoDataFrame) else None
    unreadable = [False] * len(frame)
    if gpkg.BAD_GEOMETRY in frame.columns:  # a GeoParquet row whose geometry is not WKB: that record, named
        unreadable = [bool(v) for v in frame[gpkg.BAD_GEOMETRY]]
        frame = frame.drop(columns=[gpkg.BAD_GEOMETRY])
    names = [str(c) for c in frame.columns if c != geometry_name]
    columns = [c.strip().lower() for c in names]
    kind = kind or (kind_from_name(path.name) if single else None) or kind_from_name(layer) or kind_from_columns(columns)
    if kind is None:
        return [], [_cannot_tell(label, "error" if single else WARNING)]
    problems, geometries = [], None
    if geometry_name is not None and kind == "events":
        crs = frame.crs
        if crs is not None and crs.to_epsg() != 4326 and "CRS84" not in crs.to_string():
            try:
                frame = frame.to_crs(4326)
            except Exception as err:
                return [], [Problem(label, "", "geometry", f"is in {crs.name}, which cannot be converted to "
                                                           f"longitude/latitude: {gpkg.gdal_message(err)}", "EPSG:4326")]
            problems.append(Problem(label, "", "geometry", f"is in {crs.name}; converted to longitude/latitude "
                                                           "(EPSG:4326)", "EPSG:4326", WARNING))
        from shapely.geometry import mapping

        geometries = [None if g is None else mapping(g) for g in frame.geometry]
    records = []
    for row, bad in zip(frame[names].itertuples(index=False, name=None), unreadable):
        values = {col: _plain(value) for col, value in zip(columns, row)}
        issues = [("geometry", "cannot be read: it is not WKB", "a point or polygon as WKB")] if bad else []
        records.append((None, values, issues))
    table, found = _tabulate(label, kind, columns, records, geometries=geometries)
    return table, problems + found


def _tabulate(file: str, kind: str, columns: list[str], rows: list[tuple[int | None, dict, list]], *,
              geometries: list | None = None) -> tuple[list[Table], list[Problem]]:
    """Rows of cells (by lower-case column name) as records of one kind, with what is wrong with them."""
    fields = KINDS[kind]
    present = set(columns)
    problems: list[Problem] = []
    source_numbers = sorted({m.group(2) for c in columns if (m := _SOURCE_COLUMN.fullmatch(c))},
                            key=lambda s: (s != "", int(s) if s else 0))
    used = {f.name for f in fields} | {"sources"} | {c for c in columns if _SOURCE_COLUMN.fullmatch(c)}
    absent = set()
    for f in fields:
        have = (("sources" in present or bool(source_numbers)) if f.name == "sources" else f.name in present)
        if f.required and not have:
            absent.add(f.name)
            what = ("'sources' (a JSON list) or 'source' with 'quote', 'paraphrase' or 'locator'" if f.name == "sources"
                    else repr(f.name))
            problems.append(Problem(file, "", f.name, "is not a column of the file", f"a column {what}: {f.expected}"))
    lat = next((c for c in _LAT if c in present), None)
    lon = next((c for c in _LON if c in present), None)
    wkt = next((c for c in _WKT if c in present), None)
    place = kind == "events"
    if place:
        used |= {c for c in (lat, lon, wkt) if c}
        if (lat is None) != (lon is None):
            problems.append(Problem(file, "", lat or lon, f"has a {'latitude' if lat else 'longitude'} column but no "
                                                          f"{'longitude' if lat else 'latitude'} column",
                                    "both lat and lon (or latitude and longitude) columns"))
            lat = lon = None
        if geometries is None and lat is None and wkt is None:
            place = False
            problems.append(Problem(file, "", "geometry", "has no coordinates: no lat and lon columns",
                                    "lat and lon (or latitude and longitude) columns in decimal degrees, "
                                    "or a 'wkt' column, or a geometry"))
    unused = [c for c in columns if c not in used and c not in ("fid", "geometry", "geom")]
    if unused:
        problems.append(Problem(file, "", "", f"column{'s' * (len(unused) > 1)} not used: {', '.join(unused[:20])}"
                                              f"{' ...' if len(unused) > 20 else ''}",
                                "the columns listed in geodata/README.md", WARNING))
    records = []
    for n, (line, values, bad) in enumerate(rows, 1):
        issues = list(bad)
        props = {}
        for f in fields:
            if f.name == "sources":
                props["sources"] = _sources(values, source_numbers, issues)
                continue
            value = _cell(values.get(f.name))
            if f.name in _LISTS and isinstance(value, str) and value.startswith("["):
                try:
                    value = json.loads(value)
                except (ValueError, RecursionError):
                    pass  # the checker says what is wrong with the text as it stands
            if f.check in _TEXT_CHECKS:
                value = _as_text(value)
            props[f.name] = value
        geometry = None
        if place:
            geometry = geometries[n - 1] if geometries is not None else None
            if geometry is None and lat is not None:
                geometry = _lat_lon(values.get(lat), values.get(lon), lat, lon, issues)
            elif geometry is None and wkt is not None:
                geometry = _wkt(values.get(wkt), wkt, issues)
            elif geometry is None and not any(issue[0] == "geometry" for issue in issues):  # not said twice
                issues.append(("geometry", "is missing", 'a Point, or a Polygon to place the event inside'))
        records.append(RawRecord(n, props, geometry, line, frozenset(absent), issues, no_place=geometry is None))
    if not records:
        problems.append(_no_records(file))
        return [], problems
    return [Table(file, kind, records)], problems


# -- cells -------------------------------------------------------------------

def _cell(value: Any) -> Any:
    """A cell's value, with empty text and NaN as None."""
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _as_text(value: Any) -> Any:
    """Whole numbers (an id column of numbers) as text; anything else unchanged."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float) and math.isfinite(value) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return value


def _plain(value: Any) -> Any:
    """A GeoPackage cell as plain Python: dates as YYYY-MM-DD, numpy scalars unwrapped, NaN/NaT as None."""
    if value is None or type(value).__name__ in ("NaTType", "NAType"):
        return None
    if hasattr(value, "item") and type(value).__module__ == "numpy":
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _sources(values: dict, numbers: list[str], issues: list) -> Any:
    raw = _cell(values.get("sources"))
    if isinstance(raw, str):
        try:
            return json.loads(raw)
        except (ValueError, RecursionError) as err:
            issues.append(("sources", f"is not a JSON list: {str(err)[:80]}", schema.SOURCES.expected))
            return None
    if raw is not None:
        return raw
    found = []
    for number in numbers:  # source1 with quote1, paraphrase1 or locator1 (the entry's kind is the column's)
        entry = {key: _as_text(_cell(values.get(key + number))) for key in ("source", "quote", "paraphrase", "locator")}
        if any(v is not None for v in entry.values()):
            found.append({k: v for k, v in entry.items() if v is not None or k == "source"})
    return found or None


def _coordinate(value: Any, column: str, limit: float, what: str, issues: list) -> float | None:
    value = _cell(value)
    expected = f"a {what} in decimal degrees from -{limit:.0f} to {limit:.0f}, e.g. {'33.69' if limit == 90 else '73.05'}"
    if value is None:
        issues.append((column, "is missing", expected))
        return None
    try:
        number = float(value.strip()) if isinstance(value, str) else float(value)
        if isinstance(value, bool):
            raise TypeError
    except (ValueError, TypeError):
        issues.append((column, f"{show(value)} is not a number", expected))
        return None
    except OverflowError:
        issues.append((column, "is too large a number", expected))
        return None
    if not math.isfinite(number):
        issues.append((column, f"{show(value)} is not a finite number", expected))
        return None
    if abs(number) > limit:
        issues.append((column, f"{number} is out of range", expected))
        return None
    return number


def _lat_lon(lat_value: Any, lon_value: Any, lat: str, lon: str, issues: list) -> dict | None:
    y = _coordinate(lat_value, lat, 90, "latitude", issues)
    x = _coordinate(lon_value, lon, 180, "longitude", issues)
    return None if x is None or y is None else {"type": "Point", "coordinates": [x, y]}


def _wkt(value: Any, column: str, issues: list) -> dict | None:
    value = _cell(value)
    expected = "a WKT geometry such as POINT (73.05 33.69)"
    if not isinstance(value, str):
        issues.append((column, "is missing" if value is None else f"{show(value)} is not WKT text", expected))
        return None
    depth = _nesting(value)
    if depth > MAX_WKT_NESTING:
        issues.append((column, f"nests {depth} levels deep, more than the {MAX_WKT_NESTING} a geometry may", expected))
        return None
    import shapely
    from shapely.geometry import mapping

    try:
        return mapping(shapely.from_wkt(value))
    except Exception as err:  # shapely raises GEOSException for unreadable WKT
        issues.append((column, f"is not valid WKT: {str(err).splitlines()[0][:100] if str(err) else 'unreadable'}", expected))
        return None


def _nesting(text: str) -> int:
    """How deep the parentheses of ``text`` nest (counted without parsing it)."""
    depth = deepest = 0
    for char in re.findall(r"[()]", text):
        depth += 1 if char == "(" else -1
        deepest = max(deepest, depth)
    return deepest


def _looks_like_text(head: bytes) -> bool:
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as err:
        return err.start >= len(head) - 3 and b"\x00" not in head
    return b"\x00" not in head

