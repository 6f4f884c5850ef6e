"""Historical borders composed from modern units with shapely."""

from __future__ import annotations

import shapely
from shapely.geometry import shape


def union_of_units(countries: dict, units: tuple[str, ...]):
    """The dissolved outline of several modern units (no internal borders)."""
    wanted = set(units)
    parts = [shape(f["geometry"]) for f in countries["features"] if f["properties"]["ADM0_A3"] in wanted]
    missing = wanted - {f["properties"]["ADM0_A3"] for f in countries["features"]}
    if missing:
        raise KeyError(f"units not on the map: {', '.join(sorted(missing))}")
    return shapely.make_valid(shapely.union_all(parts))
