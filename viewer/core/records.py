"""Checking records against the schema: each record's fields, and an event's place.

A reader (GeoJSON, CSV, GeoPackage) hands over ``RawRecord``s; ``check_records`` returns the valid
ones as ``Record``s (a dict of the clean fields that also knows its file, number and CSV line) and
every problem, each naming the file, the record and the field. Nothing here raises on bad input.
"""

from __future__ import annotations

import math
import re
from typing import Any

from viewer.core.fileio import MAX_PROBLEMS_PER_FILE, stopped
from viewer.core.problems import WARNING, Problem
from viewer.core.schema import Field, show

MAX_GEOMETRY_VERTICES = 100_000
"""An event's area may have at most this many vertices (a place needs far fewer)."""
MAX_REPAIR_VERTICES = 256
"""An invalid polygon is repaired only up to this many vertices: repair time grows with the square of the
crossings (1,000 random vertices take seconds, 5,000 minutes and gigabytes), so a larger one is refused."""


class RawRecord:
    """One record as a reader found it, before checking.

    ``n`` is its number in the file (from 1), ``line`` its CSV line; ``absent`` names required
    fields missing from the whole file (reported once for the file, not for each record);
    ``issues`` are ``(field, message, expected[, severity])`` the reader found; ``no_place`` says
    its place was already found wanting.
    """

    __slots__ = ("n", "properties", "geometry", "line", "absent", "issues", "no_place")

    def __init__(self, n: int, properties: dict, geometry: Any = None, line: int | None = None,
                 absent: frozenset[str] = frozenset(), issues: list | tuple = (), no_place: bool = False):
        self.n, self.properties, self.geometry, self.line = n, properties, geometry, line
        self.absent, self.issues, self.no_place = absent, issues, no_place


class Record(dict):
    """A checked record: its clean fields by name, and where it came from (``file``, ``n``, ``line``)."""

    __slots__ = ("file", "n", "line")

    @property
    def where(self) -> str:
        """``events.geojson record 12 ('abbottabad')``: the file and the record, as problems name them."""
        return f"{self.file} {record_label(self.n, self, self.line)}"

    @property
    def label(self) -> str:
        return record_label(self.n, self, self.line)


def record_label(n: int, props: dict, line: int | None = None) -> str:
    ident = props.get("id") or props.get("partner") or props.get("member")
    label = f"record {n} ({show(ident, 40)})" if isinstance(ident, str) and ident else f"record {n}"
    return f"{label} on line {line}" if line else label


_SPECS: dict[int, tuple[tuple[Field, ...], tuple]] = {}


def _specs(fields: tuple[Field, ...]) -> tuple:
    """(name, check, required, expected) of each field, looked up once per schema."""
    found = _SPECS.get(id(fields))
    if found is None or found[0] is not fields:
        found = _SPECS[id(fields)] = (fields, tuple((f.name, f.check, f.required, f.expected) for f in fields))
    return found[1]


def _check_props(file: str, props: dict, specs: tuple, absent, label) -> tuple[Record | None, list[Problem]]:
    """A clean copy of one record's properties, or None and what is wrong with it.

    Fields named in ``absent`` are missing from the whole file and were reported once for it: a
    record without them is left out without a problem of its own. ``label()`` names the record,
    asked for only when there is a problem.
    """
    clean, problems, lacking = Record(), [], False
    props, problems = _one_field_interval(file, props, label)
    said = {p.field for p in problems}  # a field with a problem already: not checked again
    for name, check, required, expected in specs:
        if name in said:
            continue
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


_INTERVAL_FIELDS = (("start", "end"), ("join", "leave"))
# An EDTF interval: a date beginning with its year (or ..), a slash, and a date, .. or nothing (not 16/01/2024)
_EDTF_INTERVAL = re.compile(r"^(?:\.\.|[0-9X]{4}[^/]*)/(?:\.\.|[0-9X]{4}[^/]*)?$")


def _one_field_interval(file: str, props: dict, label) -> tuple[dict, list[Problem]]:
    """An EDTF interval written in the first date field (``"start": "1965-09-06/.."``, ``"1954/1956~"``) read
    as that field and its end (``..`` or nothing after the slash: an open or unknown end, which runs to the
    timeline's end); with an end of its own too, it is a problem of the field."""
    for first, last in _INTERVAL_FIELDS:
        value = props.get(first)
        if isinstance(value, str) and _EDTF_INTERVAL.match(value.strip()):
            begin, _, finish = value.strip().partition("/")
            if props.get(last) not in (None, ""):
                return props, [Problem(file, label(), first, f"{value!r} is an interval and the record has an "
                                       f"{last} of its own ({props.get(last)!r})",
                                       f"one date in {first} and the end in {last}, or an interval in {first} "
                                       f"and no {last}")]
            if begin in ("", ".."):
                return props, [Problem(file, label(), first, f"{value!r} has no first date",
                                       "an interval with a known first date, e.g. 1965-09-06/..")]
            return {**props, first: begin, last: ".." if finish in ("", "..") else finish}, []
    return props, []


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


def check_records(file: str, raws: list[RawRecord], fields: tuple[Field, ...], *,
                  with_point: bool = False) -> tuple[list[Record], list[Problem]]:
    """Every valid record (with ``lon``/``lat`` too, if asked) and all problems, warnings included."""
    records, problems = [], []
    specs = _specs(fields)
    refused = 0  # records left out so far
    for index, raw in enumerate(raws):
        if refused >= MAX_PROBLEMS_PER_FILE:
            problems.append(stopped(file, len(raws) - index))
            break
        props = raw.properties
        label = _Label(raw.n, props, raw.line)
        record, found = _check_props(file, props, specs, raw.absent, label)
        if raw.issues:
            found += [Problem(file, label(), *details) for details in raw.issues]
        where = None
        if with_point and not raw.no_place:
            where = _plain_point(raw.geometry)
            if where is None:
                where, bad = point(file, label(), raw.geometry)
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
        record.file, record.n, record.line = file, raw.n, raw.line
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
