"""Historical borders composed from modern units with shapely."""

from __future__ import annotations

import shapely
from shapely.geometry import shape


_UNITS: list = [None, {}]  # the last countries layer and its units' shapes: one layer held, never a reloaded one's


def unit_shapes(countries: dict) -> dict:
    """ADM0_A3 -> the unit's shapely geometry, parsed once for the countries layer in use (a layer is never
    changed; another layer, from reloaded data, replaces it)."""
    if _UNITS[0] is not countries:
        _UNITS[:] = [countries, {f["properties"]["ADM0_A3"]: shape(f["geometry"]) for f in countries["features"]}]
    return _UNITS[1]


def union_of_units(countries: dict, units: tuple[str, ...]):
    """The dissolved outline of several modern units (no internal borders)."""
    shapes = unit_shapes(countries)
    missing = set(units) - set(shapes)
    if missing:
        raise KeyError(f"units not on the map: {', '.join(sorted(missing))}")
    return shapely.make_valid(shapely.union_all([shapes[code] for code in sorted(set(units))]))
