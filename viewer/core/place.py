"""Which polity held a point on a date, and which admin-1 regions it lies in.

    place(atlas, "1965-06-01", 23.81, 90.41)
    -> {"date": "1965-06-01", "lat": 23.81, "lon": 90.41,
        "polity": {"id": "PAK", "name": "Pakistan"}, "regions": []}

The map units (countries.geojson) and regions (admin1.geojson) go into one
shapely STRtree each, built once per atlas and kept beside it; a question is
then a tree query for the few shapes whose boxes hold the point and an exact
point-in-polygon test on those. The unit found is turned into the polity that
held it that day by the atlas (``Atlas.territory_of``).

The map's units are simplified from Natural Earth's 1:50m outlines, whose coast
leaves many coastal cities (Panaji, Aden, Kowloon, Macau, New York...) in the
sea. A point in no unit is therefore looked up in ``coast10.geojson.gz``: the
pieces of Natural Earth's 1:10m land outside the units (read on the first such
question). A point on them, or within ``COAST_TOLERANCE`` of them or of a unit,
is on land and takes the unit nearest to it (the point's own nearest, not the
piece's: a coastal strip can run past two units, as at Macau): a city's
coordinates are often a square in its port, and the 1:10m coast is good to
about a kilometre. Farther out, the point is at sea and has no polity.
"""

from __future__ import annotations

import gzip
import json
import math
import weakref
from dataclasses import dataclass

import numpy as np
import shapely
from shapely.geometry import shape

from viewer.core.datafiles import COAST_FILE
from viewer.core.dates import TIMELINE_END, TIMELINE_START, in_timeline, parse_date
from viewer.core.paths import GEODATA

COAST_TOLERANCE = 0.01  # degrees (about 1.1 km): how far off the 1:10m land a point still counts as on it


@dataclass(frozen=True)
class _Layer:
    """Shapes of one layer, their keys and names, and the tree over them."""
    keys: tuple[str, ...]
    names: tuple[str, ...]
    shapes: np.ndarray
    tree: shapely.STRtree

    @classmethod
    def of(cls, collection: dict, key: str, name: str) -> "_Layer":
        feats = [f for f in collection["features"] if f.get("geometry")]
        shapes = np.array([shape(f["geometry"]) for f in feats], dtype=object)
        shapely.prepare(shapes)
        return cls(tuple(f["properties"][key] for f in feats), tuple(f["properties"][name] for f in feats),
                   shapes, shapely.STRtree(shapes))

    def containing(self, point) -> list[int]:
        """Indexes of the shapes that hold the point (on a border: both sides), in layer order."""
        return sorted(self.tree.query(point, predicate="intersects").tolist())

    def nearest(self, point, within: float) -> tuple[int, float] | None:
        """The index of the shape nearest the point and its distance, if one lies within ``within`` degrees."""
        found, distance = self.tree.query_nearest(point, max_distance=within, return_distance=True,
                                                  all_matches=False)
        return (int(found[0]), float(distance[0])) if len(found) else None


_COAST: list[_Layer] = []


def _coast() -> _Layer | None:
    """The 1:10m coastal fringe, read once; None when the file is not there (an atlas built without it)."""
    if not _COAST:
        path = GEODATA / COAST_FILE
        if not path.is_file():
            return None
        with gzip.open(path, "rt", encoding="utf-8") as f:
            collection = json.load(f)
        for feature in collection["features"]:
            feature["properties"]["name"] = feature["properties"]["unit"]
        _COAST.append(_Layer.of(collection, "unit", "name"))
    return _COAST[0]


def _unit_at(units: _Layer, point) -> str | None:
    """The map unit on whose land the point lies: its own outline, else the 1:10m fringe, else the nearest
    of either within COAST_TOLERANCE; None at sea."""
    for i in units.containing(point):
        return units.keys[i]
    coast = _coast()
    if coast is None or not (coast.containing(point) or coast.nearest(point, COAST_TOLERANCE)):
        near = units.nearest(point, COAST_TOLERANCE)
        return units.keys[near[0]] if near else None
    return units.keys[units.nearest(point, 90.0)[0]]  # on land: the unit nearest the point itself


_INDEXES: "weakref.WeakKeyDictionary[object, tuple[_Layer, _Layer]]" = weakref.WeakKeyDictionary()


def _indexes(atlas) -> tuple[_Layer, _Layer]:
    found = _INDEXES.get(atlas)
    if found is None:
        found = (_Layer.of(atlas.layer("countries"), "ADM0_A3", "NAME"),
                 _Layer.of(atlas.layer("admin1"), "id", "name"))
        _INDEXES[atlas] = found
    return found


def coordinate(value, name: str, limit: float) -> float:
    """A latitude or longitude as a float, or ValueError saying what is wrong with it."""
    if isinstance(value, bool):
        raise ValueError(f"{name} {value!r} is not a number")
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name} {value!r} is not a number") from None
    if not math.isfinite(number) or not -limit <= number <= limit:
        raise ValueError(f"{name} {number:g} is outside -{limit:g} to {limit:g} degrees")
    return number


def _region_name(atlas, region: str, first: str, day) -> str:
    """The region's name on the day (``Atlas.region_name``), or its layer's name for an atlas-like object."""
    named = getattr(atlas, "region_name", None)
    return named(region, day) if named is not None else first


def place(atlas, date, lat, lon) -> dict:
    """Which polity held the point (lat, lon) on the date, and the admin-1 regions around it.

    ``atlas`` is a loaded ``viewer.core.atlas.Atlas`` (or any object with its
    ``layer`` and ``territory_of``). Raises ValueError, with a readable message,
    for a bad date, a date outside the timeline, or bad coordinates.
    """
    day = parse_date(date)
    if not in_timeline(day):
        raise ValueError(f"{day} is outside the timeline ({TIMELINE_START} to {TIMELINE_END})")
    lat = coordinate(lat, "latitude", 90)
    lon = coordinate(lon, "longitude", 180)
    units, regions = _indexes(atlas)
    point = shapely.Point(lon, lat)
    polity = None
    unit = _unit_at(units, point)
    if unit is not None:
        territory = atlas.territory_of(unit, day)
        polity = {"id": territory["id"], "name": territory["name"]}
        if "held_by" in territory:  # disputed: who held it that day
            polity["held_by"] = list(territory["held_by"])
    return {
        "date": day.isoformat(), "lat": lat, "lon": lon, "polity": polity,
        "regions": [{"id": regions.keys[i], "name": _region_name(atlas, regions.keys[i], regions.names[i], day)}
                    for i in regions.containing(point)],
    }
