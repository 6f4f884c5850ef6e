"""The atlas: a checked dataset, indexed, and asked what held on a date.

``Atlas(dataset)`` builds the interval indexes once; every question after that is answered from
them without copying the data: ``atlas.events`` is the dataset's events as the app shows them
(built once, shared: read, never change them), ``atlas.state(day)`` what held on a day. The
dataset itself (``viewer.core.dataset``) is read and checked once, and never changes.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
from functools import cached_property
from pathlib import Path

from viewer.core.dataset import Dataset, collector_paused
from viewer.core.dates import (TIMELINE_END, TIMELINE_START, fuzzy_bounds, in_timeline, iso, parse_date,
                               record_edtf, strict_bounds)
from viewer.core.intervals import IntervalIndex
from viewer.core.modes import CONFLICT_LAYER, Display, fade_opacity_days
from viewer.core.problems import Problem

RECENT_DAYS = 365
"""An event stays on the map this many days after it ends, marked ``recent``."""

_OPEN_END = TIMELINE_END.toordinal() + 100_000


def _certain(bounds: tuple[int, int, int], day: int) -> bool:
    """Whether the day is within the strict range (first, last), not only in the EDTF margin up to ``far``."""
    first, last, far = bounds
    return first <= day and not last < day <= far


def _strictly_within(start: dt.date, end: dt.date | None, first: int, last: int) -> bool:
    """Whether a record's strict range (an open end runs on) meets the days ``first`` to ``last``."""
    return strict_bounds(start)[0].toordinal() <= last and (end is None or end.toordinal() >= first)


def _disputed(polity) -> dict:
    """``{"held_by": [codes]}`` for a disputed territory (empty when no one held it), else nothing."""
    held = polity.get("held_by")
    return {} if held is None else {"held_by": list(held)}


def _ord(day: dt.date | None, default: int) -> int:
    return day.toordinal() if day else default


class Atlas:
    """Everything the map shows, answerable for any day of the timeline."""

    first_day = TIMELINE_START
    last_day = TIMELINE_END

    def __init__(self, dataset: Dataset, recent_days: int = RECENT_DAYS, display: Display | None = None,
                 layer_displays: dict[str, Display] | None = None):
        self.dataset = dataset
        self.display = display or Display("window", window=recent_days)
        """Which past events a day shows (``viewer.core.modes``): the same for the window, the CLI and exports."""
        self.layer_displays: dict[str, Display] = dict(layer_displays or {})
        """Layers (``events.C``, ``conflict``) that keep past events their own way; the others follow ``display``."""
        self.recent_days = self._span()
        self._shapes: dict[tuple[str, ...], object] = {}
        self._polities = dataset.polities
        self._events = dataset.events
        self._relations = dataset.relations
        self._memberships = dataset.memberships
        with collector_paused():
            self._build_indexes()
        from viewer.core.conflictlayer import ConflictLayer

        self.conflicts = ConflictLayer(getattr(dataset, "conflict_stores", ()), self._conflict_display().recent_days)
        """The large GED and ACLED files, as columns: their events are not in ``events`` (see ``state``)."""

    @classmethod
    def load(cls, data_dir: Path | str | None = None, *, extra_files=(), replace: bool = False,
             strict: bool = False, recent_days: int = RECENT_DAYS, max_bytes: int | None = None,
             display: Display | None = None, layer_displays: dict[str, Display] | None = None) -> "Atlas":
        """The atlas of ``Dataset.load(...)`` (the bundled data, a folder's, the user's files on top)."""
        return cls(Dataset.load(data_dir, extra_files=extra_files, replace=replace, strict=strict,
                                max_bytes=max_bytes), recent_days, display, layer_displays)

    def set_display(self, display: Display, layer_displays: dict[str, Display] | None = None) -> None:
        """Show past events another way from now on: ``display`` for every layer but those of
        ``layer_displays`` (None: keep them as they are). The events' index is made again if the longest
        window changed."""
        old = self.recent_days
        self.display = display
        if layer_displays is not None:
            self.layer_displays = dict(layer_displays)
        self.recent_days = self._span()
        if self.recent_days != old:
            self._build_event_index()
        self.conflicts.set_recent_days(self._conflict_display().recent_days)
        self._row_display = None

    def _span(self) -> int:
        """The longest time an event stays listed after it ends, over every layer's display."""
        return max([self.display.recent_days] + [d.recent_days for layer, d in self.layer_displays.items()
                                                 if layer != CONFLICT_LAYER])

    def _conflict_display(self) -> Display:
        return self.layer_displays.get(CONFLICT_LAYER, self.display)

    def display_of_layer(self, layer: str) -> Display:
        """How a layer (``events.treaty``, ``conflict``) keeps past events: its own display, else the map's."""
        return self.layer_displays.get(layer, self.display)

    # -- the dataset's facts -----------------------------------------------------

    @property
    def files(self):
        return self.dataset.files

    @property
    def layer_files(self):
        return self.dataset.layer_files

    @property
    def user_files(self) -> list[dict]:
        """Each of the user's files (or GeoPackage layers): its ``file``, ``kind``, ``records`` and how many ``loaded``."""
        return list(self.dataset.user_files)

    @property
    def problems(self) -> list[Problem]:
        """Errors: what was left out of the data."""
        return list(self.dataset.problems)

    @property
    def left_out(self) -> list[Problem]:
        """The bad rows of GED and ACLED files, left out while the good rows loaded (also in ``problems``)."""
        return list(getattr(self.dataset, "left_out", ()))

    @property
    def warnings(self) -> list[Problem]:
        """What was repaired or assumed, and kept."""
        return list(self.dataset.warnings)

    @property
    def unit_names(self):
        return self.dataset.unit_names

    @property
    def region_names(self):
        return self.dataset.region_names

    def region_name(self, region: str, day) -> str:
        """A region's name on a day: its first name (admin1.geojson) until it took another
        (region_names.json: N.W.F.P. until 19 April 2010, Khyber Pakhtunkhwa from then)."""
        name = self.dataset.region_names[region]
        when = day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day))
        for start, later in getattr(self.dataset, "region_renames", {}).get(region, ()):
            if start <= when:
                name = later
        return name

    def layer(self, name: str) -> dict:
        """A map layer as a GeoJSON FeatureCollection: countries, admin1 or disputed."""
        return self.dataset.layer(name)

    # -- indexes ---------------------------------------------------------

    def _build_indexes(self) -> None:
        self._polity_index = IntervalIndex([_ord(p["start"], 0) for p in self._polities],
                                           [_ord(p["end"], _OPEN_END) for p in self._polities])
        # a period with EDTF dates (1965-09~) is found on the days of its margins too, as only possibly in force
        self._relation_index = IntervalIndex(
            [fuzzy_bounds(r["start"])[0].toordinal() for r in self._relations],
            [fuzzy_bounds(r["end"])[1].toordinal() if r["end"] else _OPEN_END for r in self._relations])
        self._relation_edtf = [record_edtf(r["start"], r["end"] or "..") for r in self._relations]
        self._membership_index = IntervalIndex([_ord(m["join"], 0) for m in self._memberships],
                                               [_ord(m["leave"], _OPEN_END) for m in self._memberships])
        self._build_event_index()
        self._event_json = tuple(self._event_dict(e) for e in self._events)
        self._event_at = {e["id"]: i for i, e in enumerate(self._events)}
        self._territory_cache: dict[tuple[int, ...], list[dict]] = {}

    def _build_event_index(self) -> None:
        starts = [e["start"].toordinal() for e in self._events]
        lasts = [e["end"].toordinal() if e["end"] else strict_bounds(e["start"])[1].toordinal() for e in self._events]
        # an EDTF date's margins (1965-09~) put the event on the map, drawn as only possibly there
        rough = [type(e["start"]) is not dt.date or (e["end"] is not None and type(e["end"]) is not dt.date)
                 for e in self._events]
        margins = [(fuzzy_bounds(e["start"])[0].toordinal(), fuzzy_bounds(e["end"] or e["start"])[1].toordinal())
                   if r else (s, last) for e, r, s, last in zip(self._events, rough, starts, lasts)]
        self._event_index = IntervalIndex([first for first, _ in margins],
                                          [far + self.recent_days for (_, far) in margins])
        # only a record with EDTF dates can be uncertain on a day: None for the others
        self._event_strict = [(s, last, far) if r else None
                              for s, last, (_, far), r in zip(starts, lasts, margins, rough)]
        self._event_last = lasts
        self._event_starts = starts

    @staticmethod
    def _event_dict(e: dict) -> dict:
        found = {
            "id": e["id"], "title": e["title"], "summary": e["summary"],
            "start": iso(e["start"]), "end": iso(e["end"]),
            "edtf": record_edtf(e["start"], e["end"], e.get("date_precision")), "category": e["category"],
            "actors": list(e["actors"]), "place": e["place"], "lat": e["lat"], "lon": e["lon"],
            "region": e["region"], "recent": False, "sources": [dict(s) for s in e["sources"]], "note": e["note"],
        }
        for key in ("deaths", "date_precision", "place_precision"):  # conflict data's: only where given
            if e.get(key) is not None:
                found[key] = dict(e[key]) if key == "deaths" else e[key]
        return found

    # -- questions -------------------------------------------------------

    @property
    def events(self) -> tuple[dict, ...]:
        """Every event, in date order (shared, not copied: read them, never change them)."""
        return self._event_json

    @cached_property
    def polities(self) -> list[dict]:
        return [{"id": p["id"], "name": p["name"], "units": list(p["units"]),
                 "start": iso(p["start"]), "end": iso(p["end"]), **_disputed(p)} for p in self._polities]

    def event(self, event_id: str) -> dict | None:
        """The event of that id (shared, not copied; one of a large file is made for the asking), or None."""
        found = self._event_at.get(event_id)
        if found is None and self.conflicts:
            return self.conflicts.event(event_id)
        return self._event_json[found] if found is not None else None

    def territories(self, day: dt.date) -> list[dict]:
        key = tuple(self._polity_index.query(day.toordinal()).tolist())
        if key not in self._territory_cache:
            active = [self._polities[i] for i in key]
            claimed = {u for p in active for u in p["units"]}
            found = [{"id": p["id"], "name": p["name"], "units": list(p["units"]), **_disputed(p)} for p in active]
            found += [{"id": code, "name": name, "units": [code]}
                      for code, name in self.unit_names.items() if code not in claimed]
            self._territory_cache[key] = sorted(found, key=lambda t: t["id"])
        return self._territory_cache[key]

    def relations(self, day: dt.date, last: dt.date | None = None) -> list[dict]:
        """Pakistan's relations in force on the day (or at any time from ``day`` to ``last``)."""
        first, last = day.toordinal(), (last or day).toordinal()
        index = self._relation_index
        found = (index.query(first) if first == last else index.overlapping(first, last)).tolist()
        rels, edtf = self._relations, self._relation_edtf
        listed = [{"partner": r["partner"], "status": r["status"], "since": iso(r["start"]), "until": iso(r["end"]),
                   "edtf": edtf[i], "certain": _strictly_within(r["start"], r["end"], first, last),
                   "reason": r["reason"], "sources": [dict(s) for s in r["sources"]], "note": r["note"]}
                  for i, r in sorted(((i, rels[i]) for i in found), key=lambda ir: (ir[1]["partner"], ir[1]["start"]))]
        if first != last:
            return listed
        # one relation per partner on a day: the period certainly in force, else the one only possibly so
        chosen: dict[str, dict] = {}
        for r in listed:
            if r["partner"] not in chosen or (r["certain"] and not chosen[r["partner"]]["certain"]):
                chosen[r["partner"]] = r
        return list(chosen.values())

    def state_range(self, first: dt.date | str, last: dt.date | str) -> dict:
        """Everything active at any time from ``first`` to ``last``: ``pakatlas state --from --to``.

        Events (with their ``recent`` days after), relation periods and alliance memberships overlapping
        the range, each with ``edtf`` and ``certain`` (true when its strict range meets the asked one).
        """
        first, last = parse_date(first), parse_date(last)
        for day in (first, last):
            if not in_timeline(day):
                raise ValueError(f"{day} is outside the timeline ({TIMELINE_START} to {TIMELINE_END})")
        if last < first:
            raise ValueError(f"--to {last} is before --from {first}")
        a, b = first.toordinal(), last.toordinal()
        strict = self._event_strict
        events = [{**self._event_json[i], "recent": self._event_last[i] < a,
                   "certain": strict[i] is None or (strict[i][0] <= b and strict[i][1] + self.recent_days >= a)}
                  for i in self._event_index.overlapping(a, b).tolist()]
        if self.conflicts:  # the large GED and ACLED files' events of the range: every one has exact dates
            events += self.conflicts.records_between(a, b)
        memberships = [self._memberships[i] for i in self._membership_index.overlapping(a, b).tolist()]
        return {
            "from": first.isoformat(), "to": last.isoformat(),
            "relations": self.relations(first, last),
            "memberships": [{"alliance": m["alliance"], "name": m["name"], "member": m["member"],
                             "join": iso(m["join"]), "leave": iso(m["leave"]),
                             "edtf": record_edtf(m["join"], m["leave"] or ".."),
                             "certain": _strictly_within(m["join"], m["leave"], a, b)}
                            for m in sorted(memberships, key=lambda m: (m["alliance"], m["member"], m["join"]))],
            "events": sorted(events, key=lambda e: (e["start"], e["id"])),
        }

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
        """Events in progress on the day, or ended within ``recent_days`` before it (``recent`` true).

        In the ``fade`` mode each has its ``opacity`` (1 in progress, falling to 0 ``fade_days`` after its
        last day; those faded out are left out)."""
        today = day.toordinal()
        events, last, strict = self._event_json, self._event_last, self._event_strict
        rows = self._event_index.query(today).tolist()
        if self.layer_displays:
            return self._events_by_layer(rows, today)
        if self.display.mode == "fade":
            fade = self.display.fade_days
            opacity = {i: fade_opacity_days(today - last[i], fade) for i in rows}
            return [{**events[i], "recent": last[i] < today, "opacity": opacity[i],
                     "certain": strict[i] is None or _certain(strict[i], today)} for i in rows if opacity[i] > 0]
        return [{**events[i], "recent": last[i] < today, "certain": strict[i] is None or _certain(strict[i], today)}
                for i in rows]

    def _events_by_layer(self, rows: list[int], today: int) -> list[dict]:
        """``events_on`` when some layers keep past events their own way: each event as its layer's display
        says (the index holds the longest window of all)."""
        if getattr(self, "_row_display", None) is None:
            displays = {}
            for e in self._events:
                layer = "events." + e["category"]
                displays[e["category"]] = self.layer_displays.get(layer, self.display)
            self._row_display = [displays[e["category"]] for e in self._events]
        events, last, strict, shown = self._event_json, self._event_last, self._event_strict, self._row_display
        found = []
        for i in rows:
            d, past = shown[i], today - last[i]
            if today - (strict[i][2] if strict[i] else last[i]) > d.recent_days:  # past its margin too
                continue
            e = {**events[i], "recent": past > 0, "certain": strict[i] is None or _certain(strict[i], today)}
            if d.mode == "fade":
                e["opacity"] = fade_opacity_days(past, d.fade_days)
                if e["opacity"] <= 0:
                    continue
            found.append(e)
        return found

    def state(self, day: dt.date | str, *, every_event: bool = False) -> dict:
        """What held on the day: the object ``pakatlas state`` prints and the map shows.

        With large GED or ACLED files (``conflicts``), ``conflict`` says how many of their events
        are on the map and their deaths; the events themselves are listed in ``events`` only with
        ``every_event`` (``pakatlas state`` asks for them; the window draws them as density cells).
        """
        day = parse_date(day)
        if not in_timeline(day):
            raise ValueError(f"{day} is outside the timeline ({TIMELINE_START} to {TIMELINE_END})")
        events = self.events_on(day)
        if every_event and self.conflicts:
            events = sorted(events + self.conflicts.records(day), key=lambda e: (e["start"], e["id"]))
        by_region: dict[str, list[str]] = {}
        for e in events:
            region = e["region"]
            if region:
                found = by_region.get(region)
                if found is None:
                    by_region[region] = [e["id"]]
                else:
                    found.append(e["id"])
        regions = {region: {"id": region, "name": self.region_name(region, day), "events": ids}
                   for region, ids in by_region.items()}
        state = {
            "date": day.isoformat(),
            "territories": self.territories(day),
            "relations": self.relations(day),
            "alliances": self.alliances(day),
            "events": events,
            "regions": sorted(regions.values(), key=lambda r: r["id"]),
            "display": self.display_of(day),
        }
        if self.conflicts:
            state["conflict"] = self.conflicts.summary(day)
        return state

    def display_of(self, day: dt.date) -> dict:
        """How the day's map shows past events (``viewer.core.modes``): the mode, its numbers of days, and the
        first day of the range whose events are on the map (``since``; None in ``instant``)."""
        d, since = self.display, self.display.since(day)
        shown = {"mode": d.mode, "window": d.window, "fade_days": d.fade_days,
                 "since": since.isoformat() if since else None}
        if self.layer_displays:
            shown["layers"] = {layer: own.text() for layer, own in sorted(self.layer_displays.items())}
        return shown

    def relation_periods(self, partner: str) -> list[tuple[dt.date, dt.date, str]]:
        """Pakistan's relation periods with one partner, in date order (open ends run to the timeline's end)."""
        return sorted((r["start"], r["end"] or TIMELINE_END, r["status"]) for r in self._relations
                      if r["partner"] == partner)

    def territory_of(self, unit: str, day: dt.date) -> dict:
        """The territory a modern unit belonged to on a day (RUS in 1980: the Soviet Union)."""
        return next(t for t in self.territories(day) if unit in t["units"])

    def records_on(self, day: dt.date) -> list[dict]:
        """Every record behind the map of a day, with its sources: the events on it (those of the past year
        too), Pakistan's relations, the alliance memberships and the polities in force. What
        ``pakatlas sources --date`` and File > Export citations cite."""
        today = day.toordinal()
        memberships = [self._memberships[i] for i in self._membership_index.query(today).tolist()]
        polities = [self._polities[i] for i in self._polity_index.query(today).tolist()]
        return [*self.events_on(day), *self.relations(day), *memberships, *polities]

    def unit_history(self, unit: str) -> list[dict]:
        """Every polity that held a map unit, in date order (``id``, ``name``, ``units``, ``start``, ``end``,
        ``held_by`` for a disputed one, ``note``, ``sources``): when and how the frontier there changed.
        Empty for a unit that was always itself."""
        found = [p for p in self._polities if unit in p["units"]]
        return [{"id": p["id"], "name": p["name"], "units": list(p["units"]), "start": iso(p["start"]),
                 "end": iso(p["end"]), **_disputed(p), "note": p.get("note"), "sources": list(p.get("sources") or ())}
                for p in sorted(found, key=lambda p: p["start"])]

    def actor_names(self, event: dict) -> list[dict]:
        """The event's actors under the names they had on its first day: ``[{"code", "id", "name"}]``
        (``id``: the polity that held the unit that day, or the unit itself).

        An actor is recorded by its modern unit (``RUS``); on 10 January 1966 that unit was part of the
        Soviet Union, and the Tashkent Declaration's actor is the Soviet Union, not Russia."""
        day = parse_date(event["start"])
        out = []
        for code in event.get("actors", []):
            try:
                held = self.territory_of(code, day)
                polity, name = held["id"], held["name"]
            except StopIteration:  # a code the map does not have
                polity, name = code, self.unit_names.get(code, code)
            out.append({"code": code, "id": polity, "name": name})
        return out

    def event_listing(self) -> list[dict]:
        """Every event as ``pakatlas events`` prints it: without ``recent`` (which only means something on a
        date), with its actors named as on its first day (``actor_names``)."""
        return [{**{k: v for k, v in e.items() if k != "recent"}, "actor_names": self.actor_names(e)}
                for e in self._event_json]

    def next_event_day(self, day: dt.date) -> dt.date | None:
        """The start of the first event after the day (of the large files too)."""
        found = [s[i] for s in self._all_starts() if (i := bisect.bisect_right(s, day.toordinal())) < len(s)]
        return dt.date.fromordinal(int(min(found))) if found else None

    def previous_event_day(self, day: dt.date) -> dt.date | None:
        """The start of the last event before the day (of the large files too)."""
        found = [s[i - 1] for s in self._all_starts() if (i := bisect.bisect_left(s, day.toordinal())) > 0]
        return dt.date.fromordinal(int(max(found))) if found else None

    def _all_starts(self) -> list:
        if not self.conflicts:
            return [self._event_starts]
        if not hasattr(self, "_conflict_starts"):
            self._conflict_starts = self.conflicts.start_days()
        return [self._event_starts, self._conflict_starts]

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
