"""Reading dataset files and checking each record against the schema.

Nothing here raises on bad input: every function returns what it could use and
the list of problems, each naming file, record and field.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from viewer.core.problems import Problem
from viewer.core.schema import Field

MAX_FILE_BYTES = 256 * 1024 * 1024


def read_features(path: Path) -> tuple[list[dict], list[Problem]]:
    """The features of a GeoJSON FeatureCollection file, or the problem that stops reading it."""
    name = path.name

    def fail(message: str, expected: str = "") -> tuple[list[dict], list[Problem]]:
        return [], [Problem(name, "", "", message, expected)]

    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return fail(f"is {size / 2**20:.0f} MB, larger than the {MAX_FILE_BYTES // 2**20} MB the atlas reads")
        raw = path.read_bytes()
    except FileNotFoundError:
        return fail("file not found")
    except OSError as err:
        return fail(f"cannot be read: {err.strerror or err}")
    if not raw.strip():
        return fail("is empty", "a GeoJSON FeatureCollection")
    try:
        body = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        return fail(f"is not UTF-8 text (byte 0x{raw[err.start]:02x} at offset {err.start})", "UTF-8 encoded GeoJSON")
    try:
        data = json.loads(body, parse_constant=_reject_constant)
    except json.JSONDecodeError as err:
        return fail(f"is not valid JSON: {err.msg} at line {err.lineno} column {err.colno}")
    except ValueError as err:
        return fail(f"is not valid JSON: {err}")
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        return fail("is JSON but not a GeoJSON FeatureCollection", '{"type": "FeatureCollection", "features": [...]}')
    features = data.get("features")
    if not isinstance(features, list):
        return fail("has no 'features' list", "a list of GeoJSON features")
    good, problems = [], []
    for n, feature in enumerate(features, 1):
        if not isinstance(feature, dict) or not isinstance(feature.get("properties", {}) or {}, dict):
            problems.append(Problem(name, f"record {n}", "", "is not a GeoJSON feature with properties"))
            continue
        good.append(feature)
    return good, problems


def _reject_constant(token: str) -> Any:
    raise ValueError(f"{token} is not allowed")


def record_label(n: int, props: dict) -> str:
    ident = props.get("id") or props.get("partner") or props.get("member")
    return f"record {n} ({ident!r})" if isinstance(ident, str) and ident else f"record {n}"


def check_record(file: str, n: int, props: dict, fields: tuple[Field, ...]) -> tuple[dict | None, list[Problem]]:
    """A clean copy of one record's properties, or None and what is wrong with it."""
    label = record_label(n, props)
    clean, problems = {}, []
    for field in fields:
        value = props.get(field.name)
        if value is None and field.required:
            problems.append(Problem(file, label, field.name, "is missing", field.expected))
            continue
        try:
            clean[field.name] = field.check(value) if value is not None else None
        except ValueError as err:
            problems.append(Problem(file, label, field.name, str(err), field.expected))
    start_key = "start" if "start" in clean else "join"
    end_key = "end" if "start" in clean else "leave"
    start, end = clean.get(start_key), clean.get(end_key)
    if start and end and end < start:
        problems.append(Problem(file, label, end_key, f"{end} is before {start_key} {start}", f"a date on or after {start}"))
    return (None if problems else clean), problems


def point(file: str, label: str, geometry: Any) -> tuple[tuple[float, float] | None, list[Problem]]:
    """(lon, lat) of a Point geometry, or the problem with it."""
    expected = 'a Point geometry {"type": "Point", "coordinates": [lon, lat]}'
    if not isinstance(geometry, dict) or geometry.get("type") != "Point":
        return None, [Problem(file, label, "geometry", "is not a Point", expected)]
    coords = geometry.get("coordinates")
    if (not isinstance(coords, list) or len(coords) < 2
            or not all(isinstance(c, (int, float)) and not isinstance(c, bool) for c in coords[:2])):
        return None, [Problem(file, label, "geometry", f"coordinates {coords!r} are not two numbers", expected)]
    lon, lat = float(coords[0]), float(coords[1])
    if not (math.isfinite(lon) and math.isfinite(lat)) or not (-180 <= lon <= 180 and -90 <= lat <= 90):
        return None, [Problem(file, label, "geometry", f"coordinates ({lon}, {lat}) are out of range",
                              "longitude -180..180 and latitude -90..90")]
    return (lon, lat), []


def load_records(path: Path, fields: tuple[Field, ...], *, with_point: bool = False) -> tuple[list[dict], list[Problem]]:
    """Every valid record of a dataset file (with ``_n`` and, if asked, ``lon``/``lat``) and all problems."""
    features, problems = read_features(path)
    records = []
    for n, feature in enumerate(features, 1):
        props = feature.get("properties") or {}
        record, found = check_record(path.name, n, props, fields)
        if with_point:
            where, bad = point(path.name, record_label(n, props), feature.get("geometry"))
            found += bad
            if record is not None and where is not None:
                record["lon"], record["lat"] = where
        problems += found
        if record is not None and not found:
            record["_n"] = n
            records.append(record)
    return records, problems
