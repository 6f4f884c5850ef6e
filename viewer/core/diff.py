"""What changed between two dates: relations, Pakistan's alliances, the map's territories.

``diff(atlas, d1, d2)`` is the object ``pakatlas diff --from D1 --to D2`` prints::

    {"from": "1965-09-06", "to": "2024-01-17",
     "relations": [{"partner": "IRN", "name": "Iran", "from": "allied", "to": "hostile"}, ...],
     "alliances": {"joined": ["MNNA"], "left": ["SEATO", "CENTO"]},
     "territories": {"appeared": [{"id": "BGD", "name": "Bangladesh"}, ...], "gone": [...]},
     "events_between": 72}

``relations`` lists the partners whose status differs (``null`` where there was no
relation that day); ``name`` is the partner's name on the ``to`` date (or on the ``from``
date if it was no partner on the ``to`` date), with its name on the ``from`` date in
``name_from`` where it was a partner on both and the name differs (Russia, the Soviet
Union in 1965). ``alliances`` are
Pakistan's memberships, in the order they changed. ``territories`` compares the map's
territory ids. ``events_between`` counts the events that started after the earlier date
and on or before the later one. The dates may come in either order: ``from`` is always
the first date asked.

``describe(result)`` says the same in plain English, one line per change.
"""

from __future__ import annotations

import datetime as dt

from viewer.core.dates import parse_date

PAKISTAN = "PAK"


def diff(atlas, d1, d2) -> dict:
    day1, day2 = parse_date(d1), parse_date(d2)
    state1, state2 = atlas.state(day1), atlas.state(day2)  # ValueError for a day outside the timeline
    return {
        "from": day1.isoformat(),
        "to": day2.isoformat(),
        "relations": _relations(atlas, state1, state2, day1, day2),
        "alliances": _alliances(atlas, day1, day2),
        "territories": _territories(state1, state2),
        "events_between": _events_between(atlas, min(day1, day2), max(day1, day2)),
    }


def _relations(atlas, state1: dict, state2: dict, day1: dt.date, day2: dt.date) -> list[dict]:
    before = {r["partner"]: r["status"] for r in state1["relations"]}
    after = {r["partner"]: r["status"] for r in state2["relations"]}
    changed = []
    for partner in sorted(set(before) | set(after)):
        if before.get(partner) == after.get(partner):
            continue
        status1, status2 = before.get(partner), after.get(partner)
        # named as on the date it was a partner (the ``to`` date when it was on both)
        entry = {"partner": partner, "name": _name(atlas, partner, day2 if status2 else day1),
                 "from": status1, "to": status2}
        if status1 and status2 and _name(atlas, partner, day1) != entry["name"]:
            entry["name_from"] = _name(atlas, partner, day1)
        changed.append(entry)
    return changed


def _name(atlas, unit: str, day: dt.date) -> str:
    """The name of the territory a modern unit belonged to that day (RUS in 1965: the Soviet Union)."""
    try:
        return atlas.territory_of(unit, day)["name"]
    except StopIteration:
        return atlas.unit_names.get(unit, unit)


def _pakistan_in(atlas, day: dt.date) -> set[str]:
    return {a["id"] for a in atlas.alliances(day) if PAKISTAN in a["members"]}


def _alliances(atlas, day1: dt.date, day2: dt.date) -> dict:
    """Pakistan's memberships held on ``day2`` and not ``day1`` (joined) and the reverse (left),
    each list in the order the change happened between the two days."""
    before, after = _pakistan_in(atlas, day1), _pakistan_in(atlas, day2)
    joined, left = after - before, before - after
    first, last = min(day1, day2).toordinal(), max(day1, day2).toordinal()
    when: dict[str, int] = {}
    held = _pakistan_in(atlas, min(day1, day2))
    for day in atlas.alliance_change_days():  # sorted; between two of them, the memberships are the same
        if first < day <= last:
            now = _pakistan_in(atlas, dt.date.fromordinal(day))
            for changed in now ^ held:
                when[changed] = day  # the last change counts: an alliance left and joined again is joined
            held = now
    order = lambda ids: sorted(ids, key=lambda a: (when.get(a, 0), a))  # noqa: E731
    if day2 < day1:  # going back in time: what was joined then is left now, in reverse order
        return {"joined": order(joined)[::-1], "left": order(left)[::-1]}
    return {"joined": order(joined), "left": order(left)}


def _territories(state1: dict, state2: dict) -> dict:
    before = {t["id"]: t["name"] for t in state1["territories"]}
    after = {t["id"]: t["name"] for t in state2["territories"]}
    return {
        "appeared": [{"id": i, "name": after[i]} for i in sorted(set(after) - set(before), key=after.get)],
        "gone": [{"id": i, "name": before[i]} for i in sorted(set(before) - set(after), key=before.get)],
    }


def _events_between(atlas, first: dt.date, last: dt.date) -> int:
    return sum(first < dt.date.fromisoformat(e["start"]) <= last for e in atlas.events)


def _join(names: list[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def describe(result: dict) -> list[str]:
    """The differences in plain English: ``Iran: allied → hostile``, ``Left SEATO, CENTO``,
    ``Bangladesh appeared``; a single line when nothing changed."""
    lines = []
    for r in result["relations"]:
        name = r.get("name", r["partner"])
        if r.get("name_from"):
            name = f"{name} ({r['name_from']} on {result['from']})"
        lines.append(f"{name}: {r['from'] or 'no relation'} → {r['to'] or 'no relation'}")
    alliances = result["alliances"]
    if alliances["joined"]:
        lines.append("Joined " + ", ".join(alliances["joined"]))
    if alliances["left"]:
        lines.append("Left " + ", ".join(alliances["left"]))
    territories = result["territories"]
    for key, verb in (("appeared", "appeared"), ("gone", "disappeared")):
        names = [t["name"] for t in territories[key]]
        if names:
            lines.append(f"{_join(names)} {verb}")
    count = result["events_between"]
    if count:
        lines.append(f"{count} event{'s' * (count != 1)} between the two dates")
    if not lines:
        lines.append(f"No differences between {result['from']} and {result['to']}")
    return lines
