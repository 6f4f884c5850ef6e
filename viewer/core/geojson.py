"""GeoJSON files: a FeatureCollection read strictly (no NaN or Infinity, no executable anything).

``read_collection`` gives a map layer's features as they are; ``read_records`` gives a dataset
file's features as ``RawRecord``s that remember their position in the file, for checking
(``viewer.core.records``). Neither raises on bad input: the problem that stops reading names the
file, and a feature that is not a feature is a problem of its own record.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from viewer.core import fileio
from viewer.core.problems import Problem
from viewer.core.records import RawRecord, record_label
from viewer.core.schema import show

EXPECTED = "a GeoJSON FeatureCollection"


def read_collection(path: Path, *, max_bytes: int | None = None, file: str | None = None) -> tuple[list[dict], list[Problem]]:
    """The features of a GeoJSON FeatureCollection file, or the problem that stops reading it.

    Problems name the file as ``file`` (default: the file's name).
    """
    features, problems = _read(path, max_bytes, path.name if file is None else file)
    return [feature for _n, feature in features], problems


def read_records(path: Path, *, max_bytes: int | None = None, file: str | None = None) -> tuple[list[RawRecord], list[Problem]]:
    """The features of a GeoJSON FeatureCollection file as records to check (each with its number in the file)."""
    features, problems = _read(path, max_bytes, path.name if file is None else file)
    return [RawRecord(n, feature.get("properties") or {}, feature.get("geometry")) for n, feature in features], problems


def _read(path: Path, max_bytes: int | None, name: str) -> tuple[list[tuple[int, dict]], list[Problem]]:
    """(number in the file, feature) of every feature, and the problems."""
    expected = EXPECTED

    def fail(message: str, expected: str = "") -> tuple[list, list[Problem]]:
        return [], [Problem(name, "", "", message, expected)]

    raw, problems = fileio.read_limited(path, name, max_bytes)
    if raw is None:
        return [], problems
    body, problems = fileio.decode_text(raw, name, "UTF-8 encoded GeoJSON" if raw.strip() else expected)
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
        if len(problems) >= fileio.MAX_PROBLEMS_PER_FILE:
            problems.append(fileio.stopped(name, len(features) - n + 1))
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
        good.append((n, feature))
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


def _json_kind(data: Any) -> str:
    if isinstance(data, dict):
        kind = data.get("type")
        return f"its type is {show(kind)}" if kind is not None else "an object with no 'type'"
    return {list: "an array", str: "a string", bool: "a boolean", type(None): "null"}.get(type(data), "a number")


def _reject_constant(token: str) -> Any:
    raise ValueError(f"{token} is not allowed")
