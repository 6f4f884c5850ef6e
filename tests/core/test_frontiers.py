"""Frontiers by date: the places that changed hands, coverage without gaps or overlaps (no Qt).

The timeline is walked every month and on every day a polity begins or ends; on each such day every map
unit must belong to exactly one territory, and a unit's successive polities must follow each other
without a missing day. ``pakatlas place`` must give a polity for every city on land (Natural Earth's
1:10m coast, not the map's simplified one) and none at sea.
"""

import datetime as dt
import json

import pytest

from viewer.core.dates import TIMELINE_END, TIMELINE_START
from viewer.core.paths import GEODATA
from viewer.core.place import place

D = dt.date.fromisoformat


def polity_at(atlas, day, lat, lon):
    found = place(atlas, day, lat, lon)["polity"]
    return found and found["name"]


# (place, lat, lon, a day before the change, its polity, a day after, its polity)
CHANGES = [
    ("Gwadar", 25.12, 62.33, "1958-09-07", "Gwadar (Muscat and Oman)", "1958-09-08", "Pakistan"),
    ("Panaji, Goa", 15.49, 73.83, "1955-06-01", "Portuguese India (Goa, Daman and Diu)", "1962-01-01", "India"),
    ("Gangtok", 27.33, 88.61, "1970-01-01", "Sikkim (Indian protectorate)", "1975-05-16", "India"),
    ("Pondicherry", 11.93, 79.83, "1954-10-31", "French India", "1954-11-01", "India"),
    ("Srinagar", 34.08, 74.80, "1947-10-25", "Jammu and Kashmir (princely state)", "1947-10-26",
     "Jammu and Kashmir (disputed, held by India)"),
    ("Muzaffarabad", 34.37, 73.47, "1947-10-25", "Jammu and Kashmir (princely state)", "1947-10-26",
     "Azad Jammu and Kashmir (disputed, held by Pakistan)"),
    ("Gilgit", 35.92, 74.31, "1947-11-15", "Gilgit and Baltistan (disputed)", "1947-11-16",
     "Gilgit and Baltistan (disputed, held by Pakistan)"),
    ("El Aaiún", 27.15, -13.20, "1976-02-26", "Spanish Sahara", "1976-02-27",
     "Western Sahara (disputed, held by Morocco and Mauritania)"),
    ("Dakhla", 23.70, -15.93, "1979-08-13", "Western Sahara (disputed, held by Morocco and Mauritania)",
     "1979-08-14", "Western Sahara (disputed, held by Morocco)"),
    ("Katzrin, Golan", 32.99, 35.69, "1967-06-09", "Syria", "1967-06-10", "Golan Heights (Syrian, held by Israel)"),
    ("Simferopol", 44.95, 34.10, "2014-03-17", "Ukraine", "2014-03-18", "Crimea (Ukrainian, held by Russia)"),
    ("Zanzibar", -6.16, 39.19, "1963-12-09", "Zanzibar (British protectorate)", "1964-10-29", "Tanzania"),
    ("St John's", 47.56, -52.71, "1949-03-30", "Newfoundland (British dominion)", "1949-03-31", "Canada"),
    ("Kowloon", 22.32, 114.17, "1997-06-30", "Hong Kong (British)", "1997-07-01", "People's Republic of China"),
    ("Macau", 22.19, 113.54, "1999-12-19", "Macau (Portuguese)", "1999-12-20", "People's Republic of China"),
    ("Aksai Chin", 35.20, 79.30, "1962-11-20", "Aksai Chin (disputed)", "1962-11-21",
     "Aksai Chin (disputed, held by China)"),
    ("Shaksgam valley", 36.00, 76.50, "1963-03-01", "Shaksgam valley (disputed)", "1963-03-02",
     "Shaksgam valley (disputed, held by China)"),
    ("El Arish, Sinai", 31.13, 33.80, "1967-06-09", "United Arab Republic", "1967-06-10",
     "Sinai (Egyptian, held by Israel)"),
    ("Sharm el-Sheikh", 27.91, 34.33, "1982-04-24", "Sinai (Egyptian, held by Israel)", "1982-04-25", "Egypt"),
    ("Jayapura", -2.53, 140.72, "1962-09-30", "Netherlands New Guinea (disputed, held by the Netherlands)",
     "1963-05-01", "Indonesia"),
    ("Naha, Okinawa", 26.21, 127.68, "1972-05-14", "Ryukyu Islands (US administration)", "1972-05-15", "Japan"),
    ("Kyrenia", 35.34, 33.32, "1974-08-15", "Cyprus", "1974-08-16", "Northern Cyprus (disputed, held by Turkey)"),
    ("Aden", 12.79, 45.03, "1967-11-29", "Aden (British colony and protectorates)", "1967-11-30",
     "People's Republic of Southern Yemen"),
]


@pytest.mark.parametrize("name, lat, lon, before, held_before, after, held_after", CHANGES, ids=[c[0] for c in CHANGES])
def test_a_place_that_changed_hands_has_the_polity_of_each_day(atlas, name, lat, lon, before, held_before, after,
                                                               held_after):
    assert polity_at(atlas, before, lat, lon) == held_before
    assert polity_at(atlas, after, lat, lon) == held_after


def test_a_disputed_area_says_who_held_it_that_day(atlas):
    assert place(atlas, "1965-09-06", 34.37, 73.47)["polity"]["held_by"] == ["PAK"]  # Muzaffarabad
    assert place(atlas, "1965-09-06", 34.08, 74.80)["polity"]["held_by"] == ["IND"]  # Srinagar
    assert place(atlas, "1980-01-01", 35.40, 77.10)["polity"]["held_by"] == []  # Siachen, held by neither
    assert place(atlas, "1990-01-01", 35.40, 77.10)["polity"]["held_by"] == ["IND"]
    assert "held_by" not in place(atlas, "1965-09-06", 31.55, 74.34)["polity"]  # Lahore: not disputed


# Capitals and large cities, many of them on a coast the 1:50m outline cuts off.
CITIES = {
    "Islamabad": (33.69, 73.05), "Karachi": (24.86, 67.01), "Lahore": (31.55, 74.34), "Quetta": (30.18, 66.99),
    "Peshawar": (34.01, 71.58), "New Delhi": (28.61, 77.21), "Mumbai": (18.94, 72.84), "Chennai": (13.08, 80.28),
    "Kolkata": (22.57, 88.36), "Dhaka": (23.81, 90.41), "Chittagong": (22.34, 91.83), "Colombo": (6.93, 79.85),
    "Male": (4.175, 73.51), "Kathmandu": (27.71, 85.32), "Thimphu": (27.47, 89.64), "Kabul": (34.53, 69.17),
    "Tehran": (35.69, 51.39), "Bandar Abbas": (27.18, 56.27), "Chabahar": (25.29, 60.64), "Zahedan": (29.50, 60.86),
    "Muscat": (23.59, 58.41), "Dubai": (25.27, 55.30), "Abu Dhabi": (24.45, 54.38), "Doha": (25.29, 51.53),
    "Manama": (26.23, 50.59), "Kuwait": (29.38, 47.99), "Riyadh": (24.71, 46.68), "Jeddah": (21.49, 39.19),
    "Sanaa": (15.37, 44.19), "Aden": (12.79, 45.03), "Baghdad": (33.31, 44.37), "Basra": (30.51, 47.81),
    "Damascus": (33.51, 36.28), "Beirut": (33.89, 35.50), "Amman": (31.95, 35.93), "Jerusalem": (31.78, 35.22),
    "Tel Aviv": (32.08, 34.78), "Gaza": (31.50, 34.47), "Ankara": (39.93, 32.86), "Istanbul": (41.01, 28.98),
    "Cairo": (30.04, 31.24), "Alexandria": (31.20, 29.92), "Nicosia": (35.17, 33.36), "Baku": (40.41, 49.87),
    "Tbilisi": (41.72, 44.79), "Yerevan": (40.18, 44.51), "Tashkent": (41.30, 69.24), "Ashgabat": (37.95, 58.38),
    "Dushanbe": (38.56, 68.79), "Bishkek": (42.87, 74.59), "Astana": (51.17, 71.45), "Almaty": (43.24, 76.89),
    "Beijing": (39.90, 116.41), "Shanghai": (31.23, 121.47), "Hong Kong": (22.28, 114.16), "Macau": (22.19, 113.54),
    "Urumqi": (43.83, 87.62), "Kashgar": (39.47, 75.99), "Lhasa": (29.65, 91.12), "Yangon": (16.84, 96.17),
    "Bangkok": (13.76, 100.50), "Singapore": (1.29, 103.85), "Kuala Lumpur": (3.14, 101.69), "Jakarta": (-6.21, 106.85),
    "Manila": (14.60, 120.98), "Hanoi": (21.03, 105.85), "Ho Chi Minh City": (10.78, 106.70), "Tokyo": (35.68, 139.76),
    "Seoul": (37.57, 126.98), "Moscow": (55.76, 37.62), "Saint Petersburg": (59.94, 30.31), "Kyiv": (50.45, 30.52),
    "Odesa": (46.48, 30.72), "Sevastopol": (44.62, 33.53), "Berlin": (52.52, 13.40), "London": (51.51, -0.13),
    "Paris": (48.86, 2.35), "Lisbon": (38.72, -9.14), "Stockholm": (59.33, 18.07), "Copenhagen": (55.68, 12.57),
    "Oslo": (59.91, 10.75), "Helsinki": (60.17, 24.94), "Rome": (41.90, 12.50), "Athens": (37.98, 23.73),
    "New York": (40.71, -74.00), "Washington": (38.90, -77.04), "Ottawa": (45.42, -75.70), "Havana": (23.11, -82.37),
    "Lagos": (6.45, 3.39), "Dakar": (14.69, -17.44), "Casablanca": (33.57, -7.59), "Algiers": (36.75, 3.06),
    "Tripoli": (32.89, 13.19), "Mogadishu": (2.05, 45.32), "Djibouti": (11.59, 43.15), "Nairobi": (-1.29, 36.82),
    "Dar es Salaam": (-6.79, 39.21), "Cape Town": (-33.92, 18.42), "Rio de Janeiro": (-22.91, -43.17),
    "Buenos Aires": (-34.60, -58.38), "Sydney": (-33.87, 151.21), "Panaji": (15.49, 73.83), "Gwadar": (25.12, 62.33),
}


@pytest.mark.parametrize("day", ["1947-08-14", "1965-09-06", "1971-12-16", "1991-12-26", "2024-01-18"])
def test_every_city_on_land_lies_in_a_polity(atlas, day):
    assert [name for name, (lat, lon) in CITIES.items() if polity_at(atlas, day, lat, lon) is None] == []


def test_a_point_at_sea_has_no_polity(atlas):
    for lat, lon in ((20.0, 65.0), (24.0, 66.0), (10.0, 88.0), (25.0, 53.0), (40.0, -40.0), (22.2, 114.3)):
        assert place(atlas, "1990-01-01", lat, lon)["polity"] is None, (lat, lon)


def _days(atlas):
    """Every first of a month on the timeline, and every day a polity begins or the day after it ends."""
    days = set()
    d = TIMELINE_START.replace(day=1)
    while d <= TIMELINE_END:
        if d >= TIMELINE_START:
            days.add(d)
        d = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    for p in atlas.polities:
        for iso, shift in ((p["start"], 0), (p["end"], 1)):
            if iso:
                day = D(iso) + dt.timedelta(days=shift)
                if TIMELINE_START <= day <= TIMELINE_END:
                    days.add(day)
    return sorted(days)


def test_on_every_day_each_unit_belongs_to_exactly_one_territory(atlas):
    codes = set(atlas.unit_names)
    for day in _days(atlas):
        claims = [u for t in atlas.territories(day) for u in t["units"]]
        assert sorted(claims) == sorted(codes), day


def test_a_units_polities_follow_each_other_without_a_missing_day(atlas):
    by_unit: dict[str, list] = {}
    for p in atlas.polities:
        for u in p["units"]:
            by_unit.setdefault(u, []).append((D(p["start"]), D(p["end"]) if p["end"] else None, p["id"]))
    gaps = []
    for unit, spans in by_unit.items():
        spans.sort()
        for (start, end, pid), (nxt, _, nid) in zip(spans, spans[1:]):
            if end is None or nxt != end + dt.timedelta(days=1):
                gaps.append(f"{unit}: {pid} ends {end}, {nid} starts {nxt}")
    assert gaps == []


def test_the_south_and_west_asian_grid_on_land_is_all_in_polities(atlas):
    """Every point of a 0.5-degree grid over South and West Asia that lies on a unit's land has a polity on
    each day the frontiers of the region changed."""
    from shapely import Point
    from shapely.geometry import shape

    units = [shape(f["geometry"]) for f in atlas.layer("countries")["features"]]
    on_land = [(lat / 2, lon / 2) for lat in range(10, 90) for lon in range(70, 200)
               if any(u.contains(Point(lon / 2, lat / 2)) for u in units)]
    assert len(on_land) > 3000
    for day in ("1947-08-14", "1947-10-26", "1947-11-16", "1958-09-08", "1971-12-16", "1984-04-13", "2019-10-31"):
        assert [p for p in on_land if polity_at(atlas, day, *p) is None] == [], day


def test_disputed_records_name_their_holders_among_the_units(atlas):
    records = [f["properties"] for f in json.loads((GEODATA / "polities.geojson").read_text("utf-8"))["features"]]
    disputed = [r for r in records if "held_by" in r]
    assert {r["id"] for r in disputed} >= {"JKI", "AJK", "GBT", "KAS", "AKC", "SKG", "GOL", "CRM", "SWB", "SAH"}
    for r in disputed:
        assert "disputed" in r["name"] or "held by" in r["name"], r["name"]
        assert set(r["held_by"]) <= set(atlas.unit_names), r
