"""Historical borders composed from modern units with shapely."""

from __future__ import annotations

import shapely
from shapely.geometry import shape


_UNITS: dict[int, tuple[dict, dict]] = {}


def unit_shapes(countries: dict) -> dict:
    """ADM0_A3 -> the unit's shapely geometry, parsed once per countries layer (a layer is never changed)."""
    held = _UNITS.get(id(countries))
    if held is None or held[0] is not countries:
        held = _UNITS[id(countries)] = (countries, {f["properties"]["ADM0_A3"]: shape(f["geometry"])
                                                    for f in countries["features"]})
    return held[1]


def union_of_units(countries: dict, units: tuple[str, ...]):
    """The dissolved outline of several modern units (no internal borders)."""
    shapes = unit_shapes(countries)
    missing = set(units) - set(shapes)
    if missing:
        raise KeyError(f"units not on the map: {', '.join(sorted(missing))}")
    return shapely.make_valid(shapely.union_all([shapes[code] for code in sorted(set(units))]))
