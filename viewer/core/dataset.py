"""The dataset: every record of the atlas, read once, checked field by field and against each other.

``Dataset.load()`` reads the bundled files (or a folder's, or the user's own files on top) and
keeps the valid records: polities whose units no other polity holds at the same time, events
with unique ids on the timeline in known regions, relation periods and alliance memberships
that do not overlap, all naming known country codes. What is left out is in ``problems``; what
was repaired or assumed, in ``warnings``. A Dataset never changes once made (its collections are
tuples, its attributes cannot be set); the ``Atlas`` indexes it and answers questions.
"""

from __future__ import annotations

import datetime as dt
import json
import gc
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from types import MappingProxyType

from viewer.core import schema
from viewer.core.datafiles import DATASET_FILES, LAYER_FILES, REGION_NAMES_FILE
from viewer.core.dates import TIMELINE_END, TIMELINE_START, in_timeline
from viewer.core.geojson import read_collection, read_records
from viewer.core.paths import GEODATA
from viewer.core.problems import DataError, Problem
from viewer.core.fileio import MAX_PROBLEMS_PER_FILE
from viewer.core.records import Record, check_records
from viewer.core.sources import check_cited

LAYER_FIELDS = {"countries": ("ADM0_A3", "NAME"), "admin1": ("id", "name")}
"""The properties every feature of a map layer must have (as text)."""


def _layer_problems(file: str, features: list[dict], fields: tuple[str, ...]) -> list[Problem]:
    """A problem for each feature of a map layer that lacks one of ``fields`` or has no geometry."""
    problems = []
    for n, feature in enumerate(features, 1):
        props = feature.get("properties") or {}
        for field in fields:
            if not isinstance(props.get(field), str) or not props[field].strip():
                problems.append(Problem(file, f"record {n}", field, "is missing or not text",
                                        f"every feature of {file} with a '{field}' property"))
        if not isinstance(feature.get("geometry"), dict):
            problems.append(Problem(file, f"record {n}", "geometry", "is missing", "a Polygon or MultiPolygon"))
        if len(problems) >= MAX_PROBLEMS_PER_FILE:
            break
    return problems


FREEZE_AFTER_OBJECTS = 100_000
"""Work that leaves more new objects than this moves them out of the garbage collector's sight."""


@contextmanager
def collector_paused():
    """No cyclic garbage collection while a large dataset is loaded or copied: the millions of
    objects 100,000 events make would trigger it over and over (it doubles the load time),
    and none of them is garbage.

    When the work leaves more than ``FREEZE_AFTER_OBJECTS`` new objects, they are frozen
    (``gc.freeze``): they live as long as the data, and every later full collection would
    walk them all again, a pause of most of a second in the middle of the window's work.
    Frozen objects are still freed as usual when nothing refers to them; only cyclic
    garbage left from before would stay. Small data (the bundled 118 events) never gets
    here.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if gc.get_count()[0] > FREEZE_AFTER_OBJECTS:
            gc.freeze()
        if enabled:
            gc.enable()



def _rows_left_out(problems) -> int:
    return len({p.record for p in problems if p.is_error and p.record})


def _large_conflict_files(paths, max_bytes: int | None):
    """The paths to read as usual; the large GED and ACLED files among them, read into columnar stores
    (``viewer.core.conflictlayer``); and the problems of those."""
    from viewer.core.conflictlayer import LARGE_FILE_BYTES, LARGE_FILE_MAX_BYTES
    from viewer.core.columnar import conflict_dataset_of, load_conflict_csv

    rest, stores, problems, seen = [], [], [], set()
    for path in map(Path, paths):
        try:
            key = path.resolve()
        except (OSError, RuntimeError):
            key = path
        if key in seen:
            rest.append(path)  # read_user_files says it is given twice
            continue
        seen.add(key)
        try:
            large = path.suffix.lower() == ".csv" and path.stat().st_size > LARGE_FILE_BYTES
        except OSError:
            large = False
        if not large or conflict_dataset_of(path) is None:
            rest.append(path)
            continue
        store, found = load_conflict_csv(path, max_bytes=LARGE_FILE_MAX_BYTES if max_bytes is None else max_bytes)
        problems += found
        if store is not None and len(store):
            stores.append(store)
    return rest, stores, problems


def load_records(path: Path, fields: tuple[schema.Field, ...], *, with_point: bool = False,
                 max_bytes: int | None = None) -> tuple[list[Record], list[Problem]]:
    """Every valid record of a GeoJSON dataset file (with ``lon``/``lat`` too, if asked) and all problems."""
    raws, problems = read_records(path, max_bytes=max_bytes)
    records, found = check_records(path.name, raws, fields, with_point=with_point)
    return records, problems + found


class Dataset:
    """The atlas's checked records (``polities``, ``events`` in date order, ``relations``, ``memberships``),
    the names of the map's units and regions, and the map layers, read on demand."""

    def __init__(self, files: dict[str, Path], layers: dict[str, Path], *, user_tables: list | tuple = (),
                 problems: list[Problem] | tuple = (), max_bytes: int | None = None, conflict_stores=()):
        with collector_paused():
            self._setup(files, layers, list(user_tables), problems, max_bytes, tuple(conflict_stores))
        self._frozen = True

    def __setattr__(self, name, value):
        if getattr(self, "_frozen", False):
            raise AttributeError(f"a Dataset does not change (tried to set {name!r})")
        super().__setattr__(name, value)

    def _setup(self, files, layers, user_tables, problems, max_bytes, stores) -> None:
        self.files = MappingProxyType(dict(files))
        self.layer_files = MappingProxyType(dict(layers))
        self.max_bytes = max_bytes
        self._user_tables = user_tables  # formats.Table: what was read from the user's own files
        self._problems: list[Problem] = []
        self._warnings: list[Problem] = []
        self._note(problems)
        self._layers: dict[str, dict] = {}
        self.unit_names = MappingProxyType(self._read_units())
        self._unit_codes = frozenset(self.unit_names)
        self.region_names = MappingProxyType(self._read_regions())  # each region's first name
        self.region_renames = MappingProxyType(self._read_region_renames())  # id -> ((start, name), ...)
        self.polities = tuple(self._load_polities())
        self.events = tuple(self._load_events())
        self.relations = tuple(self._load_relations())
        self.memberships = tuple(self._load_memberships())
        kept = Counter(r.file for rs in (self.polities, self.events, self.relations, self.memberships) for r in rs)
        # each user file (or GeoPackage layer): its kind, its records and how many of them were loaded
        self.user_files = tuple({"file": t.file, "kind": t.kind, "records": len(t.records), "loaded": kept[t.file]}
                                for t in user_tables)
        # the large GED and ACLED files, as columns (viewer.core.conflictlayer): never a dict per row
        self.conflict_stores = stores
        self.user_files += tuple({"file": s.file, "kind": "events", "records": len(s) + _rows_left_out(s.problems),
                                  "loaded": len(s), "columnar": True} for s in stores)
        self._problems += self._store_clashes(stores)
        # conflict datasets' files: a bad row is left out and reported, and the good rows load (even strictly)
        tolerant = {t.file for t in user_tables if getattr(t, "dataset", None)} | {s.file for s in stores}
        self.left_out = tuple(p for p in self._problems if p.file in tolerant and p.record)
        self.problems = tuple(self._problems)  # errors: what was left out
        self.warnings = tuple(self._warnings)  # what was repaired or assumed, and kept
        del self._user_tables, self._problems, self._warnings

    def _store_clashes(self, stores) -> list[Problem]:
        """A problem for each event already loaded whose id an event of a large file has. The large file's
        rows are columns that stay as they are, so the other record is the one left out."""
        prefixes = {"ucdp-ged": "ged-", "acled": "acled-"}
        found = []
        for s in stores:
            prefix = prefixes[s.dataset]
            mine = [e for e in self.events if e["id"].startswith(prefix)]
            if not mine:
                continue
            ids = set(s.ids)
            clash = [e for e in mine if e["id"][len(prefix):] in ids]
            found += [Problem(e.file, e.label, "id", f"duplicate id {schema.show(e['id'])} (already in {s.file})",
                              "a unique identifier") for e in clash]
            if clash:
                gone = set(map(id, clash))
                self.events = tuple(e for e in self.events if id(e) not in gone)
        return found

    @classmethod
    def load(cls, data_dir: Path | str | None = None, *, extra_files=(), replace: bool = False,
             strict: bool = False, max_bytes: int | None = None) -> "Dataset":
        """Load the bundled data, or a folder whose files replace the bundled ones of the same name.

        ``extra_files`` are the user's own GeoJSON, CSV or GeoPackage files of events,
        relations, alliances or polities (see ``viewer.core.formats``): added to that
        data, or, with ``replace``, replacing the data of each kind they hold. Their
        records are checked like the bundled ones; an id or period that clashes with
        one already loaded is a problem, never a silent override. Files larger than
        ``max_bytes`` (default ``fileio.MAX_FILE_BYTES``) are refused unread.

        With ``strict``, any error raises DataError; otherwise invalid records are
        left out and listed in ``problems``, and repairs in ``warnings``.
        """
        files = {key: GEODATA / name for key, name in DATASET_FILES.items()}
        layers = {key: GEODATA / name for key, name in LAYER_FILES.items()}
        if data_dir is not None:
            folder = Path(data_dir)
            if not folder.is_dir():
                raise DataError([Problem(str(folder), "", "", "is not a folder")])
            found = {key: folder / name for key, name in DATASET_FILES.items() if (folder / name).is_file()}
            if not found:
                raise DataError([Problem(str(folder), "", "", "holds no atlas data",
                                         "one or more of " + ", ".join(DATASET_FILES.values()))])
            files.update(found)
            layers.update({key: folder / name for key, name in LAYER_FILES.items() if (folder / name).is_file()})
        tables, problems, stores = [], [], []
        if extra_files:
            from viewer.core.formats import read_user_files

            extra_files, stores, problems = _large_conflict_files(extra_files, max_bytes)
            tables, found = read_user_files(extra_files, max_bytes=max_bytes)
            problems += found
        if replace:
            for table in tables:
                files.pop(table.kind, None)
            if stores:  # large GED or ACLED files are events
                files.pop("events", None)
        dataset = cls(files, layers, user_tables=tables, problems=problems, max_bytes=max_bytes, conflict_stores=stores)
        tolerated = set(map(id, dataset.left_out))
        fatal = [p for p in dataset.problems if id(p) not in tolerated]
        if strict and fatal:
            raise DataError(fatal)
        return dataset

    def layer(self, name: str) -> dict:
        """A map layer as a GeoJSON FeatureCollection: countries, admin1 or disputed."""
        if name not in self._layers:
            path = self.layer_files[name]
            features, problems = read_collection(path)
            problems += _layer_problems(path.name, features, LAYER_FIELDS.get(name, ()))
            if problems:
                raise DataError(problems)
            self._layers[name] = {"type": "FeatureCollection", "features": features}
        return self._layers[name]

    def _read_units(self) -> dict[str, str]:
        return {f["properties"]["ADM0_A3"]: f["properties"]["NAME"] for f in self.layer("countries")["features"]}

    def _read_regions(self) -> dict[str, str]:
        return {f["properties"]["id"]: f["properties"]["name"] for f in self.layer("admin1")["features"]}

    def _read_region_renames(self) -> dict[str, tuple[tuple[dt.date, str], ...]]:
        """The names regions took later (``region_names.json`` beside admin1.geojson: ``{id: [{"name",
        "start", "source", "note"}]}``), by date; a bad entry is a problem naming the file, the region and
        the field, and is left out."""
        path = self.layer_files["admin1"].parent / REGION_NAMES_FILE
        if not path.is_file():
            return {}
        from viewer.core.fileio import read_limited

        raw, problems = read_limited(path, path.name, 1024 * 1024)
        data = None
        if raw is not None:
            try:
                data = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, ValueError) as err:
                problems = [Problem(path.name, "", "", f"is not JSON: {err}", "{region id: [{name, start, source}]}")]
        if not isinstance(data, dict):
            self._note(problems or [Problem(path.name, "", "", "is not a JSON object", "{region id: [...]}")])
            return {}
        found = {}
        for region, entries in data.items():
            where = f"region {schema.show(region)}"
            if region not in self.region_names:
                self._note([Problem(path.name, where, "", "is not a region of admin1.geojson", "an admin-1 id")])
                continue
            names = []
            for i, entry in enumerate(entries if isinstance(entries, list) else [None]):
                name = entry.get("name") if isinstance(entry, dict) else None
                try:
                    start = dt.date.fromisoformat(entry.get("start")) if isinstance(entry, dict) else None
                except (TypeError, ValueError):
                    start = None
                if not isinstance(name, str) or not name.strip() or start is None \
                        or not isinstance(entry.get("source"), str):
                    self._note([Problem(path.name, f"{where}[{i}]", "name" if not isinstance(name, str) else
                                        "start" if start is None else "source", "is missing or not valid",
                                        "a name, a start date YYYY-MM-DD and a source id")])
                    continue
                names.append((start, name.strip()))
            found[region] = tuple(sorted(names))
        return found

    def _note(self, problems) -> None:
        for p in problems:
            (self._problems if p.is_error else self._warnings).append(p)

    def _load(self, key: str, fields, **kw) -> list[Record]:
        """The valid records of a kind: the data file's (unless replaced), then the user's files'."""
        records = []
        if key in self.files:
            found, problems = load_records(self.files[key], fields, max_bytes=self.max_bytes, **kw)
            found, unknown = check_cited(key, self.files[key], found)  # every source an id of sources.json
            records += found
            self._note(problems + unknown)
        for table in self._user_tables:
            if table.kind == key:
                found, problems = check_records(table.file, table.records, fields, **kw)
                records += found
                self._note(problems)
        return records

    def _reject(self, key: str, record: Record, field: str, message: str, expected: str = "") -> None:
        self._problems.append(Problem(record.file, record.label, field, message, expected))

    def _known_codes(self, key: str, record: dict, field: str) -> bool:
        value = record[field]
        if self._unit_codes.issuperset((value,) if isinstance(value, str) else value):
            return True
        unknown = [c for c in ((value,) if isinstance(value, str) else value) if c not in self.unit_names]
        if unknown:
            self._reject(key, record, field, f"unknown country code {', '.join(unknown)}",
                         "ADM0_A3 codes from countries.geojson")
        return not unknown

    def _load_polities(self) -> list[Record]:
        kept, claimed = [], {}
        for p in self._load("polities", schema.POLITY):
            if not self._known_codes("polities", p, "units") or (
                    p.get("held_by") and not self._known_codes("polities", p, "held_by")):
                continue
            span = (p["start"], p["end"] or dt.date.max)
            clash = [c for c in p["units"] for other in claimed.get(c, ()) if span[0] <= other[1] and other[0] <= span[1]]
            if clash:
                self._reject("polities", p, "units", f"{', '.join(sorted(set(clash)))} already belong to another polity then")
                continue
            for c in p["units"]:
                claimed.setdefault(c, []).append(span)
            kept.append(p)
        return kept

    def _load_events(self) -> list[Record]:
        kept, seen = [], {}
        first, last, region_names = TIMELINE_START, TIMELINE_END, self.region_names
        for e in self._load("events", schema.EVENT, with_point=True):
            start, end, region = e["start"], e["end"], e["region"]
            if e["id"] in seen:
                self._reject("events", e, "id", f"duplicate id {schema.show(e['id'])} (already in {seen[e['id']].where})",
                             "a unique identifier")
            elif not first <= start <= last or (end and not first <= end <= last):
                self._reject("events", e, "start" if not in_timeline(start) else "end",
                             "is outside the timeline", f"a date from {TIMELINE_START} to {TIMELINE_END}")
            elif region and region not in region_names:
                self._reject("events", e, "region", f"unknown region {schema.show(region)}", "an id from admin1.geojson or null")
            elif self._known_codes("events", e, "actors"):
                seen[e["id"]] = e
                kept.append(e)
        kept.sort(key=lambda e: (e["start"], e["id"]))
        return kept

    def _load_relations(self) -> list[Record]:
        kept, spans = [], {}
        for r in self._load("relations", schema.RELATION):
            if not self._known_codes("relations", r, "partner"):
                continue
            span = (r["start"], r["end"] or dt.date.max)
            other = next((o for o in spans.get(r["partner"], ()) if span[0] <= o[1] and o[0] <= span[1]), None)
            if other is not None:
                self._reject("relations", r, "start", "overlaps another period with the same partner "
                             f"(in {other[2].where})", "consecutive periods that do not overlap")
                continue
            spans.setdefault(r["partner"], []).append((*span, r))
            kept.append(r)
        return kept

    def _load_memberships(self) -> list[Record]:
        kept, spans = [], {}
        for m in self._load("alliances", schema.MEMBERSHIP):
            if not self._known_codes("alliances", m, "member"):
                continue
            span, key = (m["join"], m["leave"] or dt.date.max), (m["alliance"], m["member"])
            other = next((o for o in spans.get(key, ()) if span[0] <= (o["leave"] or dt.date.max) and o["join"] <= span[1]), None)
            if other is not None:
                self._reject("alliances", m, "join", f"{m['member']} is already a member of {m['alliance']} then "
                             f"(in {other.where})", "one membership per member at a time")
                continue
            spans.setdefault(key, []).append(m)
            kept.append(m)
        return kept
