"""Reading dataset files and checking each record against the schema.

Nothing here raises on bad input: every function returns what it could use and
the list of problems, each naming file, record and field. Files are read with a
size limit (``MAX_FILE_BYTES``, or ``max_bytes``): a larger file is refused before
it is read, and no read takes more than the limit.
"""

from __future__ import annotations

import codecs
import json
import math
import stat
from pathlib import Path
from typing import Any

from viewer.core.problems import WARNING, Problem
from viewer.core.schema import Field, show

MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_PROBLEMS_PER_FILE = 1000
"""Checking a file stops after this many problems: one more says how many records were not checked. A
broken or hostile file of a million records costs seconds and memory for what is reported, not minutes."""
MAX_GEOMETRY_VERTICES = 100_000
"""An event's area may have at most this many vertices (a place needs far fewer)."""
MAX_REPAIR_VERTICES = 256
"""An invalid polygon is repaired only up to this many vertices: repair time grows with the square of the
crossings (1,000 random vertices take seconds, 5,000 minutes and gigabytes), so a larger one is refused."""

# First bytes of binary formats people hand to the atlas by mistake.
_MAGIC = (
    (b"SQLite format 3\x00", "a SQLite database or GeoPackage"),
    (b"PK\x03\x04", "a ZIP archive (an Excel .xlsx workbook or a zipped shapefile?)"),
    (b"\xd0\xcf\x11\xe0", "an old Excel .xls or Office document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"%PDF", "a PDF document"),
    (b"\x1f\x8b", "a gzip archive"),
)


def size_text(size: int) -> str:
    if size >= 2**20:
        return f"{size / 2**20:.0f} MB"
    if size >= 2**10:
        return f"{size / 2**10:.0f} KB"
    return f"{size} bytes"


def check_size(path: Path, file: str, max_bytes: int | None = None) -> list[Problem]:
    """Why the file cannot be read (missing, not a regular file, too big), or nothing."""
    limit = MAX_FILE_BYTES if max_bytes is None else max_bytes
    try:
        info = path.stat()
    except FileNotFoundError:
        return [Problem(file, "", "", "file not found")]
    except OSError as err:
        return [Problem(file, "", "", f"cannot be read: {err.strerror or err}")]
    if stat.S_ISDIR(info.st_mode):
        return [Problem(file, "", "", "is a folder, not a file")]
    if not stat.S_ISREG(info.st_mode):
        return [Problem(file, "", "", "is not a regular file", "a data file on disk")]
    if info.st_size > limit:
        return [_too_big(file, info.st_size, limit)]
    return []


def _too_big(file: str, size: int, limit: int) -> Problem:
    return Problem(file, "", "", f"is {size_text(size)}, larger than the {size_text(limit)} the atlas reads",
                   f"a file under {size_text(limit)} (split it into several files)")


def read_limited(path: Path, file: str, max_bytes: int | None = None) -> tuple[bytes | None, list[Problem]]:
    """The bytes of a file no larger than the limit, or why not; never reads more than the limit."""
    limit = MAX_FILE_BYTES if max_bytes is None else max_bytes
    problems = check_size(path, file, limit)
    if problems:
        return None, problems
    try:
        with path.open("rb") as stream:
            raw = stream.read(limit + 1)
    except OSError as err:
        return None, [Problem(file, "", "", f"cannot be read: {err.strerror or err}")]
    if len(raw) > limit:  # it grew after we looked at its size
        return None, [_too_big(file, len(raw), limit)]
    return raw, []


def decode_text(raw: bytes, file: str, expected: str) -> tuple[str | None, list[Problem]]:
    """UTF-8 text (a byte order mark is dropped), or a precise reason why the bytes are not that."""

    def fail(message: str) -> tuple[None, list[Problem]]:
        return None, [Problem(file, "", "", message, expected)]

    if not raw.strip():
        return fail("is empty")
    for bom, name in ((codecs.BOM_UTF32_LE, "UTF-32"), (codecs.BOM_UTF32_BE, "UTF-32"),
                      (codecs.BOM_UTF16_LE, "UTF-16"), (codecs.BOM_UTF16_BE, "UTF-16")):
        if raw.startswith(bom):
            return fail(f"is {name} text, not UTF-8 text (it starts with a {name} byte order mark)")
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            return fail(f"is binary data ({what}), not UTF-8 text")
    try:
        body = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
        return fail(f"is not UTF-8 text (byte 0x{raw[err.start]:02x} at offset {err.start}, line {line}; "
                    "perhaps Latin-1 or Windows-1252)")
    if not body.strip():
        return fail("is empty")
    if "\x00" in body:
        return fail(f"is binary data, not UTF-8 text (a NUL byte at offset {raw.find(bytes(1))})")
    return body, []


def read_features(path: Path, *, max_bytes: int | None = None, file: str | None = None) -> tuple[list[dict], list[Problem]]:
    """The features of a GeoJSON FeatureCollection file, or the problem that stops reading it.

    Each feature keeps its position in the file as ``_n``. Problems name the file
    as ``file`` (default: the file's name).
    """
    name = path.name if file is None else file
    expected = "a GeoJSON FeatureCollection"

    def fail(message: str, expected: str = "") -> tuple[list[dict], list[Problem]]:
        return [], [Problem(name, "", "", message, expected)]

    raw, problems = read_limited(path, name, max_bytes)
    if raw is None:
        return [], problems
    body, problems = decode_text(raw, name, "UTF-8 encoded GeoJSON" if raw.strip() else expected)
    if body is None:
        return [], problems
    twice: dict[int, list[str]] = {}  # id() of an object parsed with a key given twice -> those keys
    try:
        data = json.loads(body, parse_constant=_reject_constant, object_pairs_hook=_pairs_hook(twice))
    except json.JSONDecodeError as err:
        return fail(f"is not valid JSON: {err.msg} at line {err.lineno} column {err.colno}")
    except RecursionError:
        return fail("is not usable JSON: it is nested too deeply")
    except ValueError as err:
        return fail(f"is not valid JSON: {err}")
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        return fail(f"is JSON but not a GeoJSON FeatureCollection ({_json_kind(data)})",
                    '{"type": "FeatureCollection", "features": [...]}')
    features = data.get("features")
    if not isinstance(features, list):
        return fail("has no 'features' list", "a list of GeoJSON features")
    good, problems = [], []
    for n, feature in enumerate(features, 1):
        if len(problems) >= MAX_PROBLEMS_PER_FILE:
            problems.append(stopped(name, len(features) - n + 1))
            break
        if not isinstance(feature, dict) or not isinstance(feature.get("properties", {}) or {}, dict):
            problems.append(Problem(name, f"record {n}", "", "is not a GeoJSON feature with properties",
                                    '{"type": "Feature", "geometry": ..., "properties": {...}}'))
            continue
        if twice:
            props = feature.get("properties") or {}
            keys = twice.get(id(feature), []) + twice.get(id(props), [])
            if keys:
                label = record_label(n, props)
                problems += [Problem(name, label, key, "is given more than once (which one is meant cannot be told)",
                                     "each field once") for key in keys]
                continue
        feature["_n"] = n
        good.append(feature)
    return good, problems


def _pairs_hook(twice: dict[int, list[str]]):
    """A ``json.loads`` object hook that builds each object and notes the keys it was given twice."""

    def build(pairs: list[tuple[str, Any]]) -> dict:
        obj = dict(pairs)
        if len(obj) != len(pairs):
            seen: set[str] = set()
            twice[id(obj)] = sorted({key for key, _ in pairs if key in seen or seen.add(key)})
        return obj

    return build


def stopped(file: str, unchecked: int) -> Problem:
    """The problem that ends the check of a file with too many problems."""
    return Problem(file, "", "", f"has more than {MAX_PROBLEMS_PER_FILE:,} problems; checking stopped there "
                   f"({unchecked:,} record{'s' * (unchecked != 1)} not checked)", "a file with fewer errors")


def _json_kind(data: Any) -> str:
    if isinstance(data, dict):
        kind = data.get("type")
        return f"its type is {show(kind)}" if kind is not None else "an object with no 'type'"
    return {list: "an array", str: "a string", bool: "a boolean", type(None): "null"}.get(type(data), "a number")


def _reject_constant(token: str) -> Any:
    raise ValueError(f"{token} is not allowed")


def record_label(n: int, props: dict, line: int | None = None) -> str:
    ident = props.get("id") or props.get("partner") or props.get("member")
    label = f"record {n} ({show(ident, 40)})" if isinstance(ident, str) and ident else f"record {n}"
    return f"{label} on line {line}" if line else label


def check_record(file: str, n: int, props: dict, fields: tuple[Field, ...], *,
                 absent: tuple[str, ...] | frozenset[str] = (), line: int | None = None,
                 label: str | None = None) -> tuple[dict | None, list[Problem]]:
    """A clean copy of one record's properties, or None and what is wrong with it.

    Fields named in ``absent`` are missing from the whole file and were reported once
    for it: a record without them is left out without a problem of its own.
    """
    return _check_props(file, props, _specs(fields), absent, lambda: record_label(n, props, line) if label is None
                        else label)


_SPECS: dict[int, tuple[tuple[Field, ...], tuple]] = {}


def _specs(fields: tuple[Field, ...]) -> tuple:
    """(name, check, required, expected) of each field, looked up once per schema."""
    found = _SPECS.get(id(fields))
    if found is None or found[0] is not fields:
        found = _SPECS[id(fields)] = (fields, tuple((f.name, f.check, f.required, f.expected) for f in fields))
    return found[1]


def _check_props(file: str, props: dict, specs: tuple, absent, label) -> tuple[dict | None, list[Problem]]:
    """check_record's work; ``label()`` names the record, asked for only when there is a problem."""
    clean, problems, lacking = {}, [], False
    for name, check, required, expected in specs:
        value = props.get(name)
        if value is None:
            if required:
                if name in absent:
                    lacking = True
                else:
                    problems.append(Problem(file, label(), name, "is missing", expected))
                continue
            clean[name] = None
            continue
        try:
            clean[name] = check(value)
        except ValueError as err:
            problems.append(Problem(file, label(), name, str(err), expected))
    if "start" in clean:
        start_key, end_key = "start", "end"
    else:
        start_key, end_key = "join", "leave"
    start, end = clean.get(start_key), clean.get(end_key)
    if start and end and end < start:
        problems.append(Problem(file, label(), end_key, f"{end} is before {start_key} {start}",
                                f"a date on or after {start}"))
    return (None if problems or lacking else clean), problems


_POINT = 'a Point geometry {"type": "Point", "coordinates": [lon, lat]}'
_RANGE = "longitude -180..180 and latitude -90..90"


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def point(file: str, label: str, geometry: Any) -> tuple[tuple[float, float] | None, list[Problem]]:
    """(lon, lat) of a Point geometry, or the problem with it.

    A Polygon or MultiPolygon is accepted with a warning: the event is placed at a
    point inside it (an invalid one is first repaired with ``shapely.make_valid``
    where that keeps an area).
    """
    if isinstance(geometry, dict) and geometry.get("type") in ("Polygon", "MultiPolygon"):
        return _point_inside(file, label, geometry)
    if isinstance(geometry, dict) and geometry.get("type") == "MultiPoint":  # as GIS tools often store points
        coords = geometry.get("coordinates")
        if isinstance(coords, (list, tuple)) and len(coords) == 1:
            return point(file, label, {"type": "Point", "coordinates": coords[0]})
        count = len(coords) if isinstance(coords, (list, tuple)) else 0
        return None, [Problem(file, label, "geometry", f"is a MultiPoint of {count} points, not a Point",
                              _POINT + " (one place per event)")]
    if not isinstance(geometry, dict) or geometry.get("type") != "Point":
        kind = geometry.get("type") if isinstance(geometry, dict) else None
        what = f"is a {kind}, not a Point" if isinstance(kind, str) and kind else "is not a Point"
        return None, [Problem(file, label, "geometry", what, _POINT + " or a Polygon")]
    coords = geometry.get("coordinates")
    if isinstance(coords, (list, tuple)) and not coords:
        return None, [Problem(file, label, "geometry", "is an empty Point", _POINT)]
    if not isinstance(coords, (list, tuple)) or len(coords) < 2 or not all(_number(c) for c in coords[:2]):
        return None, [Problem(file, label, "geometry", f"coordinates {show(coords)} are not two numbers", _POINT)]
    try:
        lon, lat = float(coords[0]), float(coords[1])
    except OverflowError:
        return None, [Problem(file, label, "geometry", "coordinates are too large", _RANGE)]
    if not (math.isfinite(lon) and math.isfinite(lat)):
        return None, [Problem(file, label, "geometry", f"coordinates ({lon}, {lat}) are not finite numbers", _RANGE)]
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):
        return None, [Problem(file, label, "geometry", f"coordinates ({lon}, {lat}) are out of range", _RANGE)]
    return (lon, lat), []


def _point_inside(file: str, label: str, geometry: dict) -> tuple[tuple[float, float] | None, list[Problem]]:
    import numpy as np
    import shapely
    from shapely.geometry import shape

    kind = geometry["type"]
    expected = _POINT + ", or a valid Polygon to place the event inside"

    def fail(message: str) -> tuple[None, list[Problem]]:
        return None, [Problem(file, label, "geometry", message, expected)]

    try:
        shp = shape(geometry)
        coords = shapely.get_coordinates(shp)
    except Exception as err:  # shapely raises ValueError, TypeError, IndexError, GEOSException... on bad coordinates
        return fail(f"is not a valid {kind}: {str(err).splitlines()[0][:100] if str(err) else type(err).__name__}")
    if shp.is_empty:
        return fail(f"is an empty {kind}")
    if not np.isfinite(coords).all():
        return fail(f"is a {kind} whose coordinates are not all finite numbers")
    if not ((np.abs(coords[:, 0]) <= 180).all() and (np.abs(coords[:, 1]) <= 90).all()):
        return fail(f"is a {kind} whose coordinates are out of range ({_RANGE})")
    if len(coords) > MAX_GEOMETRY_VERTICES:
        return fail(f"is a {kind} of {len(coords):,} vertices, more than the {MAX_GEOMETRY_VERTICES:,} an event's "
                    "area may have")
    repaired = ""
    if not shp.is_valid:
        reason = shapely.is_valid_reason(shp)
        if len(coords) > MAX_REPAIR_VERTICES:
            return fail(f"is an invalid {kind} ({reason}) of {len(coords):,} vertices, too many to repair "
                        f"(at most {MAX_REPAIR_VERTICES}); fix it in a GIS or give a point")
        fixed = shapely.make_valid(shp, method="structure", keep_collapsed=False)
        parts = [g for g in shapely.get_parts(fixed) if g.geom_type in ("Polygon", "MultiPolygon") and g.area > 0]
        if not parts:
            return fail(f"is an invalid {kind} ({reason}) that cannot be repaired safely: it has no area")
        shp = shapely.union_all(parts)
        repaired = f"is an invalid {kind} ({reason}), repaired with shapely.make_valid; "
    inside = shp.representative_point()
    lon, lat = round(inside.x, 6), round(inside.y, 6)
    message = (repaired or f"is a {kind}, not a Point; ") + f"the event is placed inside it at ({lon}, {lat})"
    return (lon, lat), [Problem(file, label, "geometry", message, _POINT, WARNING)]


def check_features(file: str, features: list[dict], fields: tuple[Field, ...], *,
                   with_point: bool = False) -> tuple[list[dict], list[Problem]]:
    """Every valid record among the features (with ``_file``, ``_n``, ``_line`` and, if asked,
    ``lon``/``lat``) and all problems, warnings included.

    A feature may carry what its reader found: ``_n`` (its record number), ``_line``,
    ``_absent`` (required fields missing from the whole file), ``_problems``
    (``(field, message, expected, severity)`` found while reading it) and
    ``_no_point`` (its place was already found wanting).
    """
    records, problems = [], []
    specs = _specs(fields)
    refused = 0  # records left out so far
    for index, feature in enumerate(features, 1):
        if refused >= MAX_PROBLEMS_PER_FILE:
            problems.append(stopped(file, len(features) - index + 1))
            break
        n = feature.get("_n", index)
        line = feature.get("_line")
        props = feature.get("properties") or {}
        label = _Label(n, props, line)
        record, found = _check_props(file, props, specs, feature.get("_absent", ()), label)
        extra = feature.get("_problems")
        if extra:
            found += [Problem(file, label(), *details) for details in extra]
        where = None
        if with_point and not feature.get("_no_point"):
            where = _plain_point(feature.get("geometry"))
            if where is None:
                where, bad = point(file, label(), feature.get("geometry"))
                found += bad
        if found:
            problems += found
            if record is None or any(p.is_error for p in found):
                refused += 1
                continue
        if record is None or (with_point and where is None):
            continue
        if with_point:
            record["lon"], record["lat"] = where
        record["_file"], record["_n"], record["_line"] = file, n, line
        records.append(record)
    return records, problems


class _Label:
    """A record's label (``record_label``), made the first time a problem needs it."""

    __slots__ = ("n", "props", "line", "text")

    def __init__(self, n: int, props: dict, line: int | None):
        self.n, self.props, self.line, self.text = n, props, line, None

    def __call__(self) -> str:
        if self.text is None:
            self.text = record_label(self.n, self.props, self.line)
        return self.text


def _plain_point(geometry: Any) -> tuple[float, float] | None:
    """(lon, lat) of a plain, valid Point geometry, or None for anything ``point`` must look at."""
    if type(geometry) is not dict or geometry.get("type") != "Point":
        return None
    coords = geometry.get("coordinates")
    if type(coords) is not list or len(coords) < 2:
        return None
    lon, lat = coords[0], coords[1]
    if type(lon) is not float or type(lat) is not float or not (-180 <= lon <= 180 and -90 <= lat <= 90):
        return None
    return lon, lat


def load_records(path: Path, fields: tuple[Field, ...], *, with_point: bool = False,
                 max_bytes: int | None = None) -> tuple[list[dict], list[Problem]]:
    """Every valid record of a GeoJSON dataset file (with ``_n`` and, if asked, ``lon``/``lat``) and all problems."""
    features, problems = read_features(path, max_bytes=max_bytes)
    records, found = check_features(path.name, features, fields, with_point=with_point)
    return records, problems + found
