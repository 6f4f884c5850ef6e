"""Reading a GeoPackage without trusting it: plain tables only, in a child process, within a time limit.

FlatGeobuf and GeoParquet files (one table each) are read by the same child process.

A GeoPackage is a SQLite database, and a database can hold more than tables: a view that queries
itself never finishes, and a geometry nested many thousands deep overflows GDAL's stack and kills
the process that reads it. So the layers are listed from the database itself (``gpkg_contents``,
checked against ``sqlite_master``: a layer must be a plain table with at most ``MAX_COLUMNS``
columns), opened read-only with SQLite, and the layers are then read by GDAL (through pyogrio) in
a child process that must answer within ``READ_SECONDS``. A crash or a hang becomes a problem that
names the file; the app and the command line keep running.
"""

from __future__ import annotations

import os
import pickle
import sqlite3
import subprocess
import sys
from pathlib import Path

from viewer.core.problems import WARNING, Problem

READ_SECONDS = 60
"""How long the child process may take to read every layer of one GeoPackage."""
MAX_LAYERS = 50
READER_FLAG = "--read-layers"
"""How the installed application starts itself as the reader's child process (viewer/__main__.py)."""
MAX_TABLE_ROWS = 500_000
"""A layer (GeoPackage, FlatGeobuf) or GeoParquet file of more rows is refused from its own header, before
its rows are read: each row becomes a record, and half a million records is already gigabytes."""
BAD_GEOMETRY = "__unreadable_geometry__"
"""The column a GeoParquet frame carries, in the reader's answer, for the rows whose geometry is not WKB."""
"""A GeoPackage may have at most this many layers (the atlas has four kinds of record)."""
_AUX_TABLES = ("layer_styles", "qgis_projects")
_EXPECTED = "a GeoPackage (.gpkg) as written by QGIS, geopandas or ogr2ogr"


def plain_tables(path: Path, file: str) -> tuple[list[str], list[Problem]]:
    """The layers of a GeoPackage that are plain tables, and a problem for each layer left out."""
    from viewer.core.csvfile import MAX_COLUMNS

    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as err:
        return [], [Problem(file, "", "", f"cannot be opened as a GeoPackage: {err}", _EXPECTED)]
    try:
        db.execute("PRAGMA query_only = 1")
        kinds = dict(db.execute("SELECT name, type FROM sqlite_master"))
        if "gpkg_contents" not in kinds:
            return [], [Problem(file, "", "", "is a SQLite database but not a GeoPackage (it has no "
                                              "gpkg_contents table)", _EXPECTED)]
        names = [str(row[0]) for row in db.execute(
            "SELECT table_name FROM gpkg_contents WHERE data_type IN ('features', 'attributes') "
            f"ORDER BY rowid LIMIT {MAX_LAYERS + 1}")]
        layers, problems = [], []
        for name in names[:MAX_LAYERS]:
            if name.lower() in _AUX_TABLES or name.lower().startswith(("gpkg_", "rtree_")):
                continue
            if kinds.get(name) != "table":
                what = "a view" if kinds.get(name) == "view" else "not in the database"
                problems.append(Problem(f"{file}, layer {name!r}", "", "", f"is {what}, not a table; left out",
                                        "layers that are plain tables", WARNING))
                continue
            quoted = '"' + name.replace('"', '""') + '"'
            columns = len(db.execute(f"PRAGMA table_info({quoted})").fetchall())
            if columns > MAX_COLUMNS:
                problems.append(Problem(f"{file}, layer {name!r}", "", "", f"has {columns:,} columns, more than "
                                        f"the {MAX_COLUMNS:,} a layer may have; left out", _EXPECTED))
                continue
            layers.append(name)
        if len(names) > MAX_LAYERS:
            problems.append(Problem(file, "", "", f"has more than {MAX_LAYERS} layers; only the first "
                                    f"{MAX_LAYERS} are read", _EXPECTED, WARNING))
        return layers, problems
    except sqlite3.Error as err:
        return [], [Problem(file, "", "", f"cannot be read as a GeoPackage: {err}", _EXPECTED)]
    finally:
        db.close()


def read_layers(path: Path, layers: list[str], seconds: float = READ_SECONDS) -> tuple[list, str]:
    """Each layer as a (Geo)DataFrame, or as the text of the error that stopped it, read in a child
    process; and a message when the child crashed or ran out of time (then the list is empty)."""
    package_root = str(Path(__file__).resolve().parents[2])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (package_root, os.environ.get("PYTHONPATH"))))}
    # the installed application (one folder, no Python beside it) runs its own executable as the reader
    command = [sys.executable, READER_FLAG] if getattr(sys, "frozen", False) else [sys.executable, "-m", "viewer.core.gpkg"]
    try:
        done = subprocess.run([*command, str(path), *layers], capture_output=True,
                              timeout=seconds, env=env, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return [], f"took longer than {seconds:g} s to read; reading stopped"
    if done.returncode != 0:
        return [], f"made its reader stop (exit status {done.returncode}): the file is damaged or malformed"
    try:
        return pickle.loads(done.stdout), ""
    except Exception as err:  # noqa: BLE001 - whatever went wrong, the file is reported, not the app
        return [], f"could not be read ({type(err).__name__})"


def parquet_available() -> bool:
    """True if GeoParquet files can be read here (the optional pyarrow is installed)."""
    import importlib.util

    return importlib.util.find_spec("pyarrow") is not None


def gdal_message(err: Exception) -> str:
    """A native reader's error in one line of at most 200 characters."""
    text = " ".join(str(err).split()) or type(err).__name__
    return text[:200]


def _read(path: str, layers: list[str]) -> list:
    """What the child process does: read each layer with pyogrio (GDAL), a GeoParquet file with
    geopandas and pyarrow (``""``: the file's only layer)."""
    import warnings

    import pyogrio

    frames: list = []
    for layer in layers:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                if path.lower().endswith(".parquet"):
                    frames.append(_read_parquet(path))
                    continue
                rows = pyogrio.read_info(path, layer=layer or None).get("features", 0)
                if rows > MAX_TABLE_ROWS:
                    frames.append(f"holds {rows:,} rows, more than the {MAX_TABLE_ROWS:,} the atlas reads")
                    continue
                frames.append(pyogrio.read_dataframe(path, layer=layer or None))
        except Exception as err:  # pyogrio/GDAL raise their own error types for every kind of damage
            frames.append(gdal_message(err))
    return frames


def _read_parquet(path: str):
    """A GeoParquet file as a GeoDataFrame: its row count read from its footer first (refused past
    ``MAX_TABLE_ROWS``), its geometries decoded one by one, so that a row whose geometry is not WKB is
    marked (column ``BAD_GEOMETRY``) instead of stopping the whole file."""
    import json

    import geopandas
    import numpy as np
    import pyarrow.parquet as pq
    import shapely

    meta = pq.read_metadata(path)
    if meta.num_rows > MAX_TABLE_ROWS:
        return f"holds {meta.num_rows:,} rows, more than the {MAX_TABLE_ROWS:,} the atlas reads"
    geo = json.loads((meta.metadata or {}).get(b"geo", b"{}") or b"{}")
    column = geo.get("primary_column", "geometry")
    table = pq.read_table(path)
    if column not in table.column_names:
        return f"has no geometry column {column!r}"
    crs = (geo.get("columns", {}).get(column) or {}).get("crs", "EPSG:4326") or "EPSG:4326"
    raw = table.column(column).to_pylist()
    frame = table.drop([column]).to_pandas()
    shapes = shapely.from_wkb(np.array(raw, dtype=object), on_invalid="ignore")
    frame[BAD_GEOMETRY] = [w is not None and s is None for w, s in zip(raw, shapes)]
    return geopandas.GeoDataFrame(frame, geometry=list(shapes), crs=crs)


def child(argv: list[str]) -> None:
    """The child process of read_layers: the frames of ``argv`` (a path, then layers), pickled, on stdout."""
    sys.stdout.buffer.write(pickle.dumps(_read(argv[0], argv[1:])))


if __name__ == "__main__":
    child(sys.argv[1:])
