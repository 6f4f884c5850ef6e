"""What the atlas reads of a map layer when it loads, without the layer's shapes.

Loading needs only the properties of the map's units and regions (their codes and names, to check the
records against them); the shapes are wanted later, if at all (a place under the mouse, a border composed,
another data set's page). Parsing ``countries.geojson`` whole for its names took most of the atlas's load
and left its 1.5 MB of coordinates in memory as Python lists. So beside a layer ``NAME.geojson`` its index,
``NAME.index.json``, keeps each feature's properties, in order, with the SHA-256 of the layer's bytes; the
index serves only while the layer file is the one it was made from (a layer edited, replaced or given by the
user is read whole, as before). ``tools/build_geodata.py`` writes the indexes of the layers it builds and
``tools/build_shell.py`` writes them again with the page's geometry; ``tests/core/test_layerindex.py`` keeps
the shipped ones in step.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from viewer.core.fileio import write_atomic

SUFFIX = ".index.json"
INDEXED = ("countries", "admin1")
"""The layers the atlas reads the names of when it loads (``viewer.core.dataset``)."""


def index_path(layer: Path) -> Path:
    """``countries.geojson`` -> ``countries.index.json``."""
    layer = Path(layer)
    return layer.with_name(layer.name.removesuffix(".geojson") + SUFFIX)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_properties(layer: Path) -> list[dict] | None:
    """The properties of the layer's features, in order, from its index; None when there is no index, or it
    is unreadable, or it was made from other bytes than the layer's now (then the layer is read whole)."""
    layer = Path(layer)
    try:
        index = json.loads(index_path(layer).read_text(encoding="utf-8"))
        digest = _digest(layer.read_bytes())
    except (OSError, ValueError):
        return None
    properties = index.get("properties") if isinstance(index, dict) else None
    if index.get("sha256") != digest or not isinstance(properties, list) \
            or not all(isinstance(p, dict) for p in properties):
        return None
    return properties


def index_text(layer: Path) -> str:
    """The index of a layer file, as text (its features' properties and the SHA-256 of its bytes)."""
    data = Path(layer).read_bytes()
    features = json.loads(data.decode("utf-8"))["features"]
    return json.dumps({"sha256": _digest(data), "properties": [f.get("properties") or {} for f in features]},
                      ensure_ascii=False, separators=(",", ":")) + "\n"


def write_index(layer: Path) -> Path:
    """Write the layer's index beside it (atomically); returns its path."""
    target = index_path(layer)
    write_atomic(target, index_text(layer).encode("utf-8"))
    return target

