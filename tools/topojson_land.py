"""Read the land polygons of a TopoJSON file (world-atlas's ``land-10m.json``) into shapely.

world-atlas (https://github.com/topojson/world-atlas, ISC licence) redistributes Natural Earth's
1:10m land (public domain) as quantized TopoJSON; get it with ``npm pack world-atlas@2.0.2``. TopoJSON
stores each shared boundary once as an arc of delta-encoded integer positions, and each polygon as
lists of arc indexes (a negative index ``~i`` is arc ``i`` reversed); the file's ``transform`` turns
the integers back into degrees. See the TopoJSON specification, sections 2.1.2-2.2.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import shapely


def _arcs(topology: dict) -> list[np.ndarray]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    out = []
    for arc in topology["arcs"]:
        steps = np.cumsum(np.asarray(arc, dtype=np.int64), axis=0)
        out.append(np.column_stack([steps[:, 0] * sx + tx, steps[:, 1] * sy + ty]))
    return out


def land(path: Path, name: str = "land") -> shapely.Geometry:
    """The union of the polygons of object ``name``, made valid."""
    topology = json.loads(Path(path).read_text(encoding="utf-8"))
    arcs = _arcs(topology)

    def ring(indexes) -> np.ndarray:
        points = []
        for i in indexes:
            arc = arcs[i] if i >= 0 else arcs[~i][::-1]
            points.append(arc if not points else arc[1:])
        return np.concatenate(points)

    def polygons(geometry: dict):
        kind = geometry["type"]
        if kind == "Polygon":
            yield shapely.Polygon(ring(geometry["arcs"][0]), [ring(r) for r in geometry["arcs"][1:]])
        elif kind == "MultiPolygon":
            for rings in geometry["arcs"]:
                yield shapely.Polygon(ring(rings[0]), [ring(r) for r in rings[1:]])
        elif kind == "GeometryCollection":
            for child in geometry["geometries"]:
                yield from polygons(child)

    parts = [shapely.make_valid(p) for p in polygons(topology["objects"][name])]
    return shapely.union_all(parts)
