"""The princely states of 1947-1948 drawn apart from India and Pakistan until they joined one (no Qt)."""

import datetime as dt
import json

import pytest

from viewer.core.paths import GEODATA
from viewer.core.place import place

HYDERABAD = (17.385, 78.487)
KALAT = (29.03, 66.59)
JUNAGADH = (21.52, 70.46)
BAHAWALPUR = (29.40, 71.68)
KHAIRPUR = (27.53, 68.76)
QUETTA = (30.18, 67.00)  # leased to the British: never in Kalat's outline
SHOLAPUR = (17.67, 75.91)  # Bombay Presidency, west of Hyderabad
SUKKUR = (27.70, 68.86)  # Sind, north of Khairpur
BELA = (26.23, 66.31)
CHITRAL = (35.85, 71.79)
DIR = (35.20, 71.88)
MINGORA = (34.77, 72.36)  # Swat, east of Dir
DAGGAR = (34.51, 72.48)  # Buner, in Swat
ABBOTTABAD = (34.15, 73.21)  # Hazara, east of the Indus: never in Swat
KARACHI = (24.86, 67.00)  # Sind, east of Las Bela


def polity(atlas, day, point):
    found = place(atlas, day, *point)["polity"]
    return found and (found["id"], found["name"], found.get("held_by"))


@pytest.mark.parametrize("day, point, expected", [
    ("1947-08-14", HYDERABAD, ("HYD", "Hyderabad (princely state)", None)),
    ("1948-01-01", HYDERABAD, ("HYD", "Hyderabad (princely state)", None)),
    ("1948-09-17", HYDERABAD, ("HYD", "Hyderabad (princely state)", None)),
    ("1948-09-18", HYDERABAD, ("IND", "India", None)),
    ("1948-10-01", HYDERABAD, ("IND", "India", None)),
    ("1947-12-01", KALAT, ("KLT", "Kalat (princely state)", None)),
    ("1948-03-26", KALAT, ("KLT", "Kalat (princely state)", None)),
    ("1948-03-27", KALAT, ("PAK", "Pakistan", None)),
    ("1948-06-01", KALAT, ("PAK", "Pakistan", None)),
    ("1947-08-20", JUNAGADH, ("JUN", "Junagadh (princely state)", None)),
    ("1947-10-01", JUNAGADH, ("JUN", "Junagadh (disputed, acceded to Pakistan)", [])),
    ("1947-12-01", JUNAGADH, ("JUN", "Junagadh (disputed, held by India)", ["IND"])),
    ("1948-03-01", JUNAGADH, ("IND", "India", None)),
    ("1947-09-01", BAHAWALPUR, ("BWP", "Bahawalpur (princely state)", None)),
    ("1947-10-03", BAHAWALPUR, ("PAK", "Pakistan", None)),
    ("1947-09-01", KHAIRPUR, ("KHP", "Khairpur (princely state)", None)),
    ("1948-01-01", KHAIRPUR, ("PAK", "Pakistan", None)),
    ("1947-09-01", QUETTA, ("PAK", "Pakistan", None)),
    ("1948-01-01", SHOLAPUR, ("IND", "India", None)),
    ("1947-09-01", SUKKUR, ("PAK", "Pakistan", None)),
    ("1948-03-16", BELA, ("LSB", "Las Bela (princely state)", None)),
    ("1948-03-17", BELA, ("PAK", "Pakistan", None)),
    ("1947-11-05", CHITRAL, ("CTL", "Chitral (princely state)", None)),
    ("1947-11-06", CHITRAL, ("PAK", "Pakistan", None)),
    ("1947-11-07", DIR, ("DIR", "Dir (princely state)", None)),
    ("1947-11-08", DIR, ("PAK", "Pakistan", None)),
    ("1947-09-01", MINGORA, ("SWT", "Swat (princely state)", None)),
    ("1947-11-23", MINGORA, ("SWT", "Swat (princely state)", None)),
    ("1947-11-24", MINGORA, ("PAK", "Pakistan", None)),
    ("1947-10-01", DAGGAR, ("SWT", "Swat (princely state)", None)),
    ("1948-01-01", DAGGAR, ("PAK", "Pakistan", None)),
    ("1947-09-01", ABBOTTABAD, ("PAK", "Pakistan", None)),
    ("1947-09-01", KARACHI, ("PAK", "Pakistan", None)),
])
def test_the_state_holds_its_capital_until_it_joins(atlas, day, point, expected):
    assert polity(atlas, day, point) == expected


@pytest.mark.parametrize("unit, last, first, joined", [
    ("HYD", "1948-09-17", "1948-09-18", "IND"),
    ("JUN", "1948-02-19", "1948-02-20", "IND"),
    ("KLT", "1948-03-26", "1948-03-27", "PAK"),
    ("BWP", "1947-10-02", "1947-10-03", "PAK"),
    ("KHP", "1947-10-02", "1947-10-03", "PAK"),
    ("LSB", "1948-03-16", "1948-03-17", "PAK"),
    ("CTL", "1947-11-05", "1947-11-06", "PAK"),
    ("DIR", "1947-11-07", "1947-11-08", "PAK"),
    ("SWT", "1947-11-23", "1947-11-24", "PAK"),
])
def test_the_unit_joins_india_or_pakistan_the_next_day(atlas, unit, last, first, joined):
    assert atlas.territory_of(unit, dt.date.fromisoformat(last))["id"] == unit
    assert atlas.territory_of(unit, dt.date.fromisoformat(first))["id"] == joined


@pytest.mark.parametrize("unit", ["HYD", "JUN", "KLT", "LSB", "BWP", "KHP", "CTL", "DIR", "SWT"])
def test_each_note_says_how_the_outline_was_drawn(atlas, unit):
    assert atlas.territory_of(unit, dt.date(1947, 8, 14))["id"] == unit
    features = json.loads((GEODATA / "polities.geojson").read_text(encoding="utf-8"))["features"]
    record = next(f["properties"] for f in features
                  if f["properties"]["id"] == unit and f["properties"]["start"] == "1947-08-14")
    assert "hand-digitised" in record["note"] and "km" in record["note"]
    catalogue = {s["id"] for s in json.loads((GEODATA / "sources.json").read_text(encoding="utf-8"))}
    assert record["sources"] and all(s["source"] in catalogue for s in record["sources"])
