"""The atlas: the dataset loaded once, indexed, and asked what held on a date."""

from __future__ import annotations

import bisect
import datetime as dt
import gc
import json
from collections import Counter
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path

from viewer.core import schema
from viewer.core.dates import TIMELINE_END, TIMELINE_START, in_timeline, iso, parse_date
from viewer.core.intervals import IntervalIndex
from viewer.core.loader import check_features, load_records, read_features, record_label
from viewer.core.paths import GEODATA
from viewer.core.problems import DataError, Problem
from viewer.core.sources import check_cited

DATASET_FILES = {
    "polities": "polities.geojson",
    "events": "events.geojson",
    "relations": "relations.geojson",
    "alliances": "alliances.geojson",
}
LAYER_FILES = {"countries": "countries.geojson", "admin1": "admin1.geojson", "disputed": "disputed.geojson"}
RECENT_DAYS = 365
"""An event stays on the map this many days after it ends, marked ``recent``."""

_OPEN_END = TIMELINE_END.toordinal() + 100_000


def _ord(day: dt.date | None, default: int) -> int:
    return day.toordinal() if day else default


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


class Atlas:
    """Everything the map shows, answerable for any day of the timeline."""

    first_day = TIMELINE_START
    last_day = TIMELINE_END

    def __init__(self, files: dict[str, Path], layers: dict[str, Path], recent_days: int = RECENT_DAYS, *,
                 user_tables: list | tuple = (), problems: list[Problem] | tuple = (), max_bytes: int | None = None):
        with collector_paused():
            self._setup(files, layers, recent_days, user_tables, problems, max_bytes)

    def _setup(self, files, layers, recent_days, user_tables, problems, max_bytes) -> None:
        self.files = files
        self.layer_files = layers
        self.recent_days = recent_days
        self._user_tables = list(user_tables)  # formats.Table: what was read from the user's own files
        self.max_bytes = max_bytes
        self.problems: list[Problem] = []  # errors: what was left out
        self.warnings: list[Problem] = []  # what was repaired or assumed, and kept
        self._note(problems)
        self._layers: dict[str, dict] = {}
        self._shapes: dict[tuple[str, ...], object] = {}
        self.unit_names = self._read_units()
        self._unit_codes = frozenset(self.unit_names)
        self.region_names = self._read_regions()
        self._polities = self._load_polities()
        self._events = self._load_events()
        self._relations = self._load_relations()
        self._memberships = self._load_memberships()
        self._build_indexes()
        kept = Counter(r["_file"] for rs in (self._polities, self._events, self._relations, self._memberships) for r in rs)
        # each user file (or GeoPackage layer): its kind, its records and how many of them were loaded
        self.user_files = [{"file": t.file, "kind": t.kind, "records": len(t.features), "loaded": kept[t.file]}
                           for t in self._user_tables]
        del self._user_tables  # the features are no longer needed

    # -- loading ---------------------------------------------------------

    @classmethod
    def load(cls, data_dir: Path | str | None = None, *, extra_files=(), replace: bool = False,
             strict: bool = False, recent_days: int = RECENT_DAYS, max_bytes: int | None = None) -> "Atlas":
        """Load the bundled data, or a folder whose files replace the bundled ones of the same name.

        ``extra_files`` are the user's own GeoJSON, CSV or GeoPackage files of events,
        relations, alliances or polities (see ``viewer.core.formats``): added to that
        data, or, with ``replace``, replacing the data of each kind they hold. Their
        records are checked like the bundled ones; an id or period that clashes with
        one already loaded is a problem, never a silent override. Files larger than
        ``max_bytes`` (default ``loader.MAX_FILE_BYTES``) are refused unread.

        With ``strict``, any error raises DataError; otherwise invalid records are
        left out and listed in ``atlas.problems``, and repairs in ``atlas.warnings``.
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
        tables, problems = [], []
        if extra_files:
            from viewer.core.formats import read_user_files

            tables, problems = read_user_files(extra_files, max_bytes=max_bytes)
        if replace:
            for table in tables:
                files.pop(table.kind, None)
        atlas = cls(files, layers, recent_days, user_tables=tables, problems=problems, max_bytes=max_bytes)
        if strict and atlas.problems:
            raise DataError(atlas.problems)
        return atlas

    def layer(self, name: str) -> dict:
        """A map layer as a GeoJSON FeatureCollection: countries, admin1 or disputed."""
        if name not in self._layers:
            features, problems = read_features(self.layer_files[name])
            if problems:
                raise DataError(problems)
            self._layers[name] = {"type": "FeatureCollection", "features": features}
        return self._layers[name]

    def _read_units(self) -> dict[str, str]:
        return {f["properties"]["ADM0_A3"]: f["properties"]["NAME"] for f in self.layer("countries")["features"]}

    def _read_regions(self) -> dict[str, str]:
        return {f["properties"]["id"]: f["properties"]["name"] for f in self.layer("admin1")["features"]}

    def _note(self, problems) -> None:
        for p in problems:
            (self.problems if p.is_error else self.warnings).append(p)

    def _load(self, key: str, fields, **kw) -> list[dict]:
        """The valid records of a kind: the data file's (unless replaced), then the user's files'."""
        records = []
        if key in self.files:
            found, problems = load_records(self.files[key], fields, max_bytes=self.max_bytes, **kw)
            found, unknown = check_cited(key, self.files[key], found)  # every source an id of sources.json
            problems += unknown
            records += found
            self._note(problems)
        for table in self._user_tables:
            if table.kind == key:
                found, problems = check_features(table.file, table.features, fields, **kw)
                records += found
                self._note(problems)
        return records

    @staticmethod
    def _where(record: dict) -> str:
        return f"{record['_file']} {record_label(record['_n'], record, record.get('_line'))}"

    def _reject(self, key: str, record: dict, field: str, message: str, expected: str = "") -> None:
        label = record_label(record["_n"], record, record.get("_line"))
        self.problems.append(Problem(record["_file"], label, field, message, expected))

    def _known_codes(self, key: str, record: dict, field: str) -> bool:
        value = record[field]
        if self._unit_codes.issuperset((value,) if isinstance(value, str) else value):
            return True
        unknown = [c for c in ((value,) if isinstance(value, str) else value) if c not in self.unit_names]
        if unknown:
            self._reject(key, record, field, f"unknown country code {', '.join(unknown)}",
                         "ADM0_A3 codes from countries.geojson")
        return not unknown

    def _load_polities(self) -> list[dict]:
        kept, claimed = [], {}
        for p in self._load("polities", schema.POLITY):
            if not self._known_codes("polities", p, "units"):
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

    def _load_events(self) -> list[dict]:
        kept, seen = [], {}
        first, last, region_names = TIMELINE_START, TIMELINE_END, self.region_names
        for e in self._load("events", schema.EVENT, with_point=True):
            start, end, region = e["start"], e["end"], e["region"]
            if e["id"] in seen:
                self._reject("events", e, "id", f"duplicate id {schema.show(e['id'])} (already in {self._where(seen[e['id']])})",
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

    def _load_relations(self) -> list[dict]:
        kept, spans = [], {}
        for r in self._load("relations", schema.RELATION):
            if not self._known_codes("relations", r, "partner"):
                continue
            span = (r["start"], r["end"] or dt.date.max)
            other = next((o for o in spans.get(r["partner"], ()) if span[0] <= o[1] and o[0] <= span[1]), None)
            if other is not None:
                self._reject("relations", r, "start", "overlaps another period with the same partner "
                             f"(in {self._where(other[2])})", "consecutive periods that do not overlap")
                continue
            spans.setdefault(r["partner"], []).append((*span, r))
            kept.append(r)
        return kept

    def _load_memberships(self) -> list[dict]:
        kept, spans = [], {}
        for m in self._load("alliances", schema.MEMBERSHIP):
            if not self._known_codes("alliances", m, "member"):
                continue
            span, key = (m["join"], m["leave"] or dt.date.max), (m["alliance"], m["member"])
            other = next((o for o in spans.get(key, ()) if span[0] <= (o["leave"] or dt.date.max) and o["join"] <= span[1]), None)
            if other is not None:
                self._reject("alliances", m, "join", f"{m['member']} is already a member of {m['alliance']} then "
                             f"(in {self._where(other)})", "one membership per member at a time")
                continue
            spans.setdefault(key, []).append(m)
            kept.append(m)
        return kept

    # -- indexes ---------------------------------------------------------

    def _build_indexes(self) -> None:
        self._polity_index = IntervalIndex([_ord(p["start"], 0) for p in self._polities],
                                           [_ord(p["end"], _OPEN_END) for p in self._polities])
        self._relation_index = IntervalIndex([_ord(r["start"], 0) for r in self._relations],
                                             [_ord(r["end"], _OPEN_END) for r in self._relations])
        self._membership_index = IntervalIndex([_ord(m["join"], 0) for m in self._memberships],
                                               [_ord(m["leave"], _OPEN_END) for m in self._memberships])
        starts = [e["start"].toordinal() for e in self._events]
        lasts = [e["end"].toordinal() if e["end"] else start for e, start in zip(self._events, starts)]
        self._event_index = IntervalIndex(starts, [last + self.recent_days for last in lasts])
        self._event_json = [self._event_dict(e) for e in self._events]
        self._event_at = {e["id"]: i for i, e in enumerate(self._events)}
        self._event_last = lasts
        self._event_starts = starts
        self._territory_cache: dict[tuple[int, ...], list[dict]] = {}

    @staticmethod
    def _event_dict(e: dict) -> dict:
        return {
            "id": e["id"], "title": e["title"], "summary": e["summary"],
            "start": iso(e["start"]), "end": iso(e["end"]), "category": e["category"],
            "actors": list(e["actors"]), "place": e["place"], "lat": e["lat"], "lon": e["lon"],
            "region": e["region"], "recent": False, "sources": [dict(s) for s in e["sources"]], "note": e["note"],
        }

    # -- questions -------------------------------------------------------

    @property
    def events(self) -> list[dict]:
        """Every event, in date order."""
        with collector_paused():  # 100,000 copies are no garbage: no collection while they are made
            return [dict(e) for e in self._event_json]

    @cached_property
    def polities(self) -> list[dict]:
        return [{"id": p["id"], "name": p["name"], "units": list(p["units"]),
                 "start": iso(p["start"]), "end": iso(p["end"])} for p in self._polities]

    def event(self, event_id: str) -> dict | None:
        found = self._event_at.get(event_id)
        return dict(self._event_json[found]) if found is not None else None

    def territories(self, day: dt.date) -> list[dict]:
        key = tuple(self._polity_index.query(day.toordinal()).tolist())
        if key not in self._territory_cache:
            active = [self._polities[i] for i in key]
            claimed = {u for p in active for u in p["units"]}
            found = [{"id": p["id"], "name": p["name"], "units": list(p["units"])} for p in active]
            found += [{"id": code, "name": name, "units": [code]}
                      for code, name in self.unit_names.items() if code not in claimed]
            self._territory_cache[key] = sorted(found, key=lambda t: t["id"])
        return self._territory_cache[key]

    def relations(self, day: dt.date) -> list[dict]:
        found = [self._relations[i] for i in self._relation_index.query(day.toordinal())]
        return [{"partner": r["partner"], "status": r["status"], "since": iso(r["start"]), "until": iso(r["end"]),
                 "reason": r["reason"], "sources": [dict(s) for s in r["sources"]], "note": r["note"]}
                for r in sorted(found, key=lambda r: r["partner"])]

    def alliances(self, day: dt.date) -> list[dict]:
        groups: dict[str, dict] = {}
        for i in self._membership_index.query(day.toordinal()):
            m = self._memberships[i]
            group = groups.setdefault(m["alliance"], {"id": m["alliance"], "name": m["name"], "members": []})
            group["members"].append(m["member"])
        for group in groups.values():
            group["members"] = sorted(set(group["members"]))
        return sorted(groups.values(), key=lambda g: g["id"])

    def alliance_change_days(self) -> list[int]:
        """Day ordinals on which the alliances in force can change: between two of them, ``alliances`` is the same."""
        return self._membership_index.boundaries().tolist()

    def events_on(self, day: dt.date) -> list[dict]:
        """Events in progress on the day, or ended within ``recent_days`` before it (``recent`` true)."""
        today = day.toordinal()
        events, last = self._event_json, self._event_last
        return [{**events[i], "recent": last[i] < today} for i in self._event_index.query(today).tolist()]

    def state(self, day: dt.date | str) -> dict:
        """What held on the day: the object ``pakatlas state`` prints and the map shows."""
        day = parse_date(day)
        if not in_timeline(day):
            raise ValueError(f"{day} is outside the timeline ({TIMELINE_START} to {TIMELINE_END})")
        events = self.events_on(day)
        by_region: dict[str, list[str]] = {}
        for e in events:
            region = e["region"]
            if region:
                found = by_region.get(region)
                if found is None:
                    by_region[region] = [e["id"]]
                else:
                    found.append(e["id"])
        regions = {region: {"id": region, "name": self.region_names[region], "events": ids}
                   for region, ids in by_region.items()}
        return {
            "date": day.isoformat(),
            "territories": self.territories(day),
            "relations": self.relations(day),
            "alliances": self.alliances(day),
            "events": events,
            "regions": sorted(regions.values(), key=lambda r: r["id"]),
        }

    def relation_periods(self, partner: str) -> list[tuple[dt.date, dt.date, str]]:
        """Pakistan's relation periods with one partner, in date order (open ends run to the timeline's end)."""
        return sorted((r["start"], r["end"] or TIMELINE_END, r["status"]) for r in self._relations
                      if r["partner"] == partner)

    def territory_of(self, unit: str, day: dt.date) -> dict:
        """The territory a modern unit belonged to on a day (RUS in 1980: the Soviet Union)."""
        return next(t for t in self.territories(day) if unit in t["units"])

    def next_event_day(self, day: dt.date) -> dt.date | None:
        """The start of the first event after the day."""
        i = bisect.bisect_right(self._event_starts, day.toordinal())
        return dt.date.fromordinal(self._event_starts[i]) if i < len(self._event_starts) else None

    def previous_event_day(self, day: dt.date) -> dt.date | None:
        """The start of the last event before the day."""
        i = bisect.bisect_left(self._event_starts, day.toordinal())
        return dt.date.fromordinal(self._event_starts[i - 1]) if i > 0 else None

    def polity_shape(self, polity_id: str, day: dt.date):
        """The shapely geometry of a polity on a day: the union of its modern units."""
        from viewer.core.borders import union_of_units

        for t in self.territories(day):
            if t["id"] == polity_id:
                key = tuple(t["units"])
                if key not in self._shapes:
                    self._shapes[key] = union_of_units(self.layer("countries"), key)
                return self._shapes[key]
        raise KeyError(f"no polity {polity_id!r} on {day}")

    def to_json(self, day: dt.date | str) -> str:
        return json.dumps(self.state(day), ensure_ascii=False)
