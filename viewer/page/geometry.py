"""The shapes the page draws, and where the names stand: the same in every language and contrast.

``geometry(atlas)`` is ``{key, units, outlines, regions, disputed}`` (GeoJSON FeatureCollections; the
historical outlines are the union of each multi-unit polity's modern units, with shapely), and
``unit_points_of(atlas)`` each unit's name point. Both take a third of a second for the bundled data,
so the bundled data's are made at development time and shipped (``tools/build_shell.py`` writes
``resources/geometry.json``, the message's geometry as script-safe JSON text, and
``resources/geometry.meta.json``: the digest of what they were made from, their key and the name
points). An atlas made from the same inputs (the bytes of its countries, regions and disputed-area
files, and its multi-unit polities) takes the shipped ones; any other atlas has its own made once.
``tests/page/test_shell.py`` fails while the shipped files differ from what the code makes now.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import weakref
from pathlib import Path
from typing import Any

from viewer.core.paths import RESOURCES
from viewer.page.protocol import polity_key, script_json

GEOMETRY_FILE = RESOURCES / "geometry.json"
META_FILE = RESOURCES / "geometry.meta.json"
_LAYERS = {"units": "countries", "regions": "admin1", "disputed": "disputed"}  # the message's name -> layer

_GEOMETRY: "weakref.WeakKeyDictionary[Any, dict]" = weakref.WeakKeyDictionary()  # atlas -> its shapes
_POINTS: "weakref.WeakKeyDictionary[Any, dict]" = weakref.WeakKeyDictionary()  # atlas -> where names stand
_SHIPPED: "weakref.WeakKeyDictionary[Any, dict | None]" = weakref.WeakKeyDictionary()  # atlas -> shipped meta
_DIGESTS: "weakref.WeakKeyDictionary[Any, str | None]" = weakref.WeakKeyDictionary()  # atlas -> inputs digest


def _compositions(atlas) -> list[tuple[str, str, str, list[str], str]]:
    """(key, id, name, units, start) of each multi-unit polity composition, in the order the outlines take."""
    out, seen = [], set()
    for polity in atlas.polities:
        units = list(polity["units"])
        key = polity_key(polity["id"], units)
        if len(units) < 2 or key in seen:
            continue
        seen.add(key)
        out.append((key, polity["id"], polity["name"], sorted(units), str(polity["start"])))
    return out


def polity_outlines(atlas) -> dict:
    """A FeatureCollection: one outline per multi-unit polity composition."""
    from shapely.geometry import mapping

    features = []
    for key, polity_id, name, units, start in _compositions(atlas):
        shape = atlas.polity_shape(polity_id, dt.date.fromisoformat(start[:10]))
        features.append({"type": "Feature", "properties": {"key": key, "id": polity_id, "name": name, "units": units},
                         "geometry": mapping(shape)})
    return {"type": "FeatureCollection", "features": features}


def unit_points(countries: dict) -> dict[str, list[float]]:
    """ADM0_A3 -> [lat, lon, area]: where a unit's name goes (the pole of inaccessibility of its largest
    part, always inside it) and its area in square degrees (the largest unit of a polity carries its name)."""
    from shapely.ops import polylabel

    from viewer.core.borders import unit_shapes

    out = {}
    shapes = unit_shapes(countries)  # parsed once, shared with the historical borders
    for feature in countries["features"]:
        geom = shapes[feature["properties"]["ADM0_A3"]]
        if geom.is_empty:
            continue
        parts = list(getattr(geom, "geoms", [geom]))
        largest = max(parts, key=lambda g: g.area)
        try:
            point = polylabel(largest, tolerance=0.2)
        except Exception:  # noqa: BLE001 (an odd polygon: its representative point will do)
            point = largest.representative_point()
        out[feature["properties"]["ADM0_A3"]] = [round(point.y, 3), round(point.x, 3), round(geom.area, 2)]
    return out


def inputs_digest(atlas) -> str | None:
    """What the geometry and the name points are made from, as a digest: the bytes of the layer files and
    the multi-unit polities; None when a layer is not from a file."""
    digest = hashlib.sha256()
    for name, layer in _LAYERS.items():
        path = atlas.layer_files.get(layer)
        if not path:
            return None
        try:
            digest.update(f"{name}|{len(name)}|".encode() + Path(path).read_bytes())
        except OSError:
            return None
    digest.update(json.dumps(_compositions(atlas), ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()


def _shipped(atlas) -> dict | None:
    """The shipped meta (``{inputs, key, unitPoints}``) if the atlas is made from what it was, else None."""
    if atlas not in _SHIPPED:
        try:
            meta = json.loads(META_FILE.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            meta = None
        _SHIPPED[atlas] = meta if meta and meta.get("inputs") == _digest(atlas) else None
    return _SHIPPED[atlas]


def _digest(atlas) -> str | None:
    """``inputs_digest``, read once per atlas (it reads the layer files whole)."""
    if atlas not in _DIGESTS:
        _DIGESTS[atlas] = inputs_digest(atlas)
    return _DIGESTS[atlas]


def _made(atlas) -> dict:
    """The geometry made from the atlas: its layers, the historical outlines unioned, and a key that changes
    with them (the inputs' digest, or, a layer not from a file, their identity)."""
    shapes = {"units": atlas.layer("countries"), "outlines": polity_outlines(atlas),
              "regions": atlas.layer("admin1"), "disputed": atlas.layer("disputed")}
    digest = _digest(atlas)
    if digest is None:
        digest = hashlib.sha256(f"{[id(shapes[n]) for n in _LAYERS]}|{_compositions(atlas)}".encode()).hexdigest()
    return {"key": digest[:24], **shapes}


def geometry(atlas) -> dict:
    """The shapes the page draws: ``{key, units, outlines, regions, disputed}``. Made once per atlas; ``key``
    changes with any of them."""
    found = _GEOMETRY.get(atlas)
    if found is None:
        shipped = _shipped(atlas)
        found = _GEOMETRY[atlas] = json.loads(GEOMETRY_FILE.read_text(encoding="utf-8")) if shipped else _made(atlas)
    return found


def geometry_script(atlas) -> tuple[str, str]:
    """``(key, text)``: the geometry as script-safe JSON text (``protocol.script_json``), read as it was shipped
    when the atlas is the bundled one (no parsing, no writing), else made."""
    shipped = _shipped(atlas)
    if shipped is not None and atlas not in _GEOMETRY:
        try:
            return shipped["key"], GEOMETRY_FILE.read_text(encoding="utf-8")
        except OSError:  # a damaged installation: the geometry is made, as for any other atlas
            _SHIPPED[atlas] = None
    found = geometry(atlas)
    return found["key"], script_json(found)


def unit_points_of(atlas) -> dict:
    """``unit_points`` of the atlas's countries: shipped, or worked out once per atlas."""
    found = _POINTS.get(atlas)
    if found is None:
        shipped = _shipped(atlas)
        found = _POINTS[atlas] = shipped["unitPoints"] if shipped else unit_points(atlas.layer("countries"))
    return found


def shipped_files(atlas) -> tuple[str, str]:
    """The text of ``geometry.json`` and ``geometry.meta.json`` for the (bundled) atlas, made now."""
    made = _made(atlas)
    meta = {"inputs": _digest(atlas), "key": made["key"], "unitPoints": unit_points(atlas.layer("countries"))}
    return script_json(made) + "\n", json.dumps(meta, ensure_ascii=False) + "\n"
