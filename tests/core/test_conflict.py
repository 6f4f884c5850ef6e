"""UCDP GED and ACLED CSV files read as atlas events (viewer/core/conflict.py)."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from benchmarks.clustered import COLUMNS as GED_COLUMNS  # GED's columns in the order UCDP publishes them
from viewer.core import conflict, schema
from viewer.core.formats import read_user_file

ACLED_COLUMNS = (
    "event_id_cnty event_date year time_precision disorder_type event_type sub_event_type actor1 assoc_actor_1 "
    "inter1 actor2 assoc_actor_2 inter2 interaction civilian_targeting iso region country admin1 admin2 admin3 "
    "location latitude longitude geo_precision source source_scale notes fatalities tags timestamp"
).split()


def ged_row(**cells) -> dict:
    row = {c: "" for c in GED_COLUMNS}
    row.update({
        "id": "101", "relid": "PAK-2009-1-123-4", "year": "2009", "type_of_violence": "1",
        "conflict_name": "Pakistan: Government", "dyad_name": "Government of Pakistan - TTP",
        "side_a": "Government of Pakistan", "side_b": "TTP", "where_prec": "1",
        "where_coordinates": "Mingora town", "adm_1": "Khyber Pakhtunkhwa province", "adm_2": "Swat district",
        "latitude": "34.775", "longitude": "72.36", "country": "Pakistan", "date_prec": "1",
        "date_start": "2009-05-08 00:00:00.000", "date_end": "2009-05-08 00:00:00.000",
        "best": "12", "low": "10", "high": "15",
    })
    row.update({k: str(v) for k, v in cells.items()})
    return row


def acled_row(**cells) -> dict:
    row = {c: "" for c in ACLED_COLUMNS}
    row.update({
        "event_id_cnty": "PAK98765", "event_date": "16 January 2024", "year": "2024", "time_precision": "1",
        "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
        "actor1": "Military Forces of Iran (1989-)", "actor2": "Jaish al-Adl", "country": "Pakistan",
        "admin1": "Balochistan", "admin2": "Panjgur", "location": "Panjgur", "latitude": "26.9644",
        "longitude": "64.0903", "geo_precision": "1", "notes": "Iranian strike reported near Panjgur.",
        "fatalities": "2",
    })
    row.update({k: str(v) for k, v in cells.items()})
    return row


def write_csv(path, columns, rows) -> None:
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.DictWriter(stream, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)


def events_of(path):
    tables, problems = read_user_file(path)
    return [f.properties for t in tables for f in t.records], tables, problems


def assert_valid_event(props: dict) -> None:
    """Every field but sources passes the atlas's own checks (the source entry format is checked elsewhere)."""
    for field in schema.EVENT:
        if field.name == "sources":
            continue
        value = props.get(field.name)
        if value is None:
            assert not field.required, field.name
        else:
            field.check(value)


def test_recognised_by_columns():
    assert conflict.detect(GED_COLUMNS) == "ucdp-ged"
    assert conflict.detect([c.upper() for c in ACLED_COLUMNS]) == "acled"
    assert conflict.detect(["id", "start", "title", "category", "actors"]) is None


def test_ged_file_loads_with_deaths_and_precision(tmp_path):
    path = tmp_path / "ged241-pakistan.csv"
    write_csv(path, GED_COLUMNS, [
        ged_row(),
        ged_row(id="102", type_of_violence="3", dyad_name="TTP - Civilians", side_a="TTP", side_b="Civilians",
                where_prec="4", adm_1="Balochistan province", date_prec="4", date_start="2012-03-01",
                date_end="2012-03-31", best="3", low="3", high="3"),
        ged_row(id="103", side_a="Government of United States of America", side_b="TTP",
                dyad_name="Government of United States of America - TTP", adm_1="Federally Administered Tribal Areas",
                where_prec="2", date_prec="2"),
    ])
    events, tables, problems = events_of(path)
    assert not [p for p in problems if p.is_error]
    assert [t.kind for t in tables] == ["events"]
    first, second, third = events
    assert first["id"] == "ged-101" and first["start"] == "2009-05-08" and first["end"] is None
    assert first["category"] == "war" and first["actors"] == ["PAK"]
    assert first["deaths"] == {"best": 12, "low": 10, "high": 15}
    assert (first["date_precision"], first["place_precision"]) == ("day", "exact")
    assert first["region"] == "PK.NW" and first["place"] == "Mingora town"
    assert first["sources"] == [{"source": "ucdp-ged", "locator": "GED id 101"}]
    assert tables[0].records[0].geometry == {"type": "Point", "coordinates": [72.36, 34.775]}
    assert second["category"] == "incident" and second["end"] == "2012-03-31"
    assert (second["date_precision"], second["place_precision"]) == ("month", "adm1")
    assert second["region"] == "PK.BA"
    assert third["actors"] == ["PAK", "USA"] and third["region"] == "PK.TA"
    assert (third["date_precision"], third["place_precision"]) == ("week", "near")
    for props in events:
        assert_valid_event(props)


def test_acled_file_loads_with_fatalities_and_precision(tmp_path):
    path = tmp_path / "acled-export.csv"
    write_csv(path, ACLED_COLUMNS, [
        acled_row(),
        acled_row(event_id_cnty="PAK98766", event_date="2024-01-18", event_type="Battles",
                  sub_event_type="Armed clash", actor1="Military Forces of Pakistan (2018-)", actor2="BLA",
                  time_precision="2", geo_precision="3", fatalities="0", admin1="Sindh"),
        acled_row(event_id_cnty="IRN5555", country="Iran", admin1="Sistan and Baluchestan",
                  actor1="Military Forces of Pakistan (2018-)", actor2="", location="Saravan", time_precision="3",
                  sub_event_type="Shelling/artillery/missile attack"),
        acled_row(event_id_cnty="PAK98767", event_type="Strategic developments", sub_event_type="Agreement"),
    ])
    events, _, problems = events_of(path)
    assert not [p for p in problems if p.is_error]
    strike, clash, counter, agreement = events
    assert strike["id"] == "acled-PAK98765" and strike["start"] == "2024-01-16"
    assert strike["category"] == "strike" and strike["actors"] == ["PAK", "IRN"]
    assert strike["deaths"] == {"best": 2, "low": None, "high": None}
    assert (strike["date_precision"], strike["place_precision"]) == ("day", "exact")
    assert strike["region"] == "PK.BA" and strike["place"] == "Panjgur"
    assert strike["sources"] == [{"source": "acled", "locator": "event_id_cnty PAK98765"}]
    assert "Iranian strike reported near Panjgur." in strike["summary"]
    assert clash["category"] == "war" and clash["deaths"]["best"] == 0 and clash["region"] == "PK.SD"
    assert (clash["date_precision"], clash["place_precision"]) == ("week", "region")
    assert counter["actors"] == ["IRN", "PAK"] and counter["region"] == "IR.SB" and counter["category"] == "strike"
    assert counter["date_precision"] == "month"
    assert agreement["category"] == "diplomacy"
    for props in events:
        assert_valid_event(props)


def test_bad_rows_are_reported_with_line_and_column_and_good_rows_load(tmp_path):
    path = tmp_path / "ged.csv"
    write_csv(path, GED_COLUMNS, [
        ged_row(id="1"),
        ged_row(id="2", date_start="2009-02-30"),
        ged_row(id="3", best="many"),
        ged_row(id="4", latitude="134.5"),
        ged_row(id="5", where_prec="9"),
        ged_row(id="6", country="Atlantis"),
        ged_row(id="7", date_end="2009-05-01"),
        ged_row(id="8", best="20"),  # above high
        ged_row(id="9"),
    ])
    events, _, problems = events_of(path)
    assert [e["id"] for e in events] == ["ged-1", "ged-9"]
    found = {(p.record, p.field): p for p in problems}
    assert set(found) == {
        ("record 2 ('ged-2') on line 3", "date_start"), ("record 3 ('ged-3') on line 4", "best"),
        ("record 4 ('ged-4') on line 5", "latitude"), ("record 5 ('ged-5') on line 6", "where_prec"),
        ("record 6 ('ged-6') on line 7", "country"), ("record 7 ('ged-7') on line 8", "date_end"),
        ("record 8 ('ged-8') on line 9", "best"),
    }
    assert all(p.file == str(path) and p.is_error for p in problems)
    assert "not a real calendar date" in found[("record 2 ('ged-2') on line 3", "date_start")].message
    text = str(found[("record 5 ('ged-5') on line 6", "where_prec")])
    assert text.startswith(f"{path}, record 5 ('ged-5') on line 6, field 'where_prec': '9' is not a known code")
    assert "expected one of 1, 2, 3, 4, 5, 6, 7" in text
    assert "Atlantis" in found[("record 6 ('ged-6') on line 7", "country")].message


def test_acled_bad_rows(tmp_path):
    path = tmp_path / "acled.csv"
    write_csv(path, ACLED_COLUMNS, [
        acled_row(event_id_cnty="PAK1", event_type="Parades"),
        acled_row(event_id_cnty="PAK2", fatalities="-1"),
        acled_row(event_id_cnty="PAK3", event_date="01/16/2024"),
        acled_row(event_id_cnty="PAK4"),
    ])
    events, _, problems = events_of(path)
    assert [e["id"] for e in events] == ["acled-PAK4"]
    assert [(p.record, p.field) for p in problems] == [
        ("record 1 ('acled-PAK1') on line 2", "event_type"),
        ("record 2 ('acled-PAK2') on line 3", "fatalities"),
        ("record 3 ('acled-PAK3') on line 4", "event_date"),
    ]


def test_a_missing_required_column_is_reported_once_for_the_file(tmp_path):
    path = tmp_path / "ged.csv"
    columns = [c for c in GED_COLUMNS if c != "latitude"]
    write_csv(path, columns, [{c: v for c, v in ged_row().items() if c != "latitude"}])
    events, _, problems = events_of(path)
    assert events == []
    assert [(p.record, p.field) for p in problems] == [("", "latitude")]
    assert "UCDP GED" in problems[0].message


def test_quoted_cells_spanning_lines_keep_the_line_numbers_right(tmp_path):
    path = tmp_path / "acled.csv"
    write_csv(path, ACLED_COLUMNS, [acled_row(event_id_cnty="PAK1", notes="first line\nsecond line"),
                                    acled_row(event_id_cnty="PAK2", latitude="north")])
    _, _, problems = events_of(path)
    assert [p.record for p in problems] == ["record 2 ('acled-PAK2') on line 4"]


def test_region_only_within_the_events_country():
    assert conflict.region_id("PAK", "Punjab province") == "PK.PB"
    assert conflict.region_id("IND", "Punjab") == "IN.PB"
    assert conflict.region_id("PAK", "Sistan and Baluchestan") is None
    assert conflict.region_id("PAK", "Somewhere new") is None


def test_country_names_of_both_datasets():
    assert conflict.country_code("Myanmar (Burma)") == "MMR"
    assert conflict.country_code("Russia (Soviet Union)") == "RUS"
    assert conflict.country_code("Afghanistan") == "AFG"
    assert conflict.country_code("France") == "FRA"  # from countries.geojson
    assert conflict.country_code("Atlantis") is None


@pytest.mark.parametrize("value, expected", [
    ({"best": 3, "low": 2, "high": 4}, {"best": 3, "low": 2, "high": 4}),
    ('{"best": 3}', {"best": 3, "low": None, "high": None}),
    ("7", {"best": 7, "low": None, "high": None}),
])
def test_schema_deaths_accepts(value, expected):
    assert schema.deaths(value) == expected


@pytest.mark.parametrize("value", [{"best": -1}, {"best": 3, "high": 2}, {"low": 1}, "many", {"best": 1.5}])
def test_schema_deaths_refuses(value):
    with pytest.raises(ValueError):
        schema.deaths(value)


def test_day_formats():
    assert conflict._day("2024-01-16", "c", "") == dt.date(2024, 1, 16)
    assert conflict._day("2024-01-16 00:00:00.000", "c", "") == dt.date(2024, 1, 16)
    assert conflict._day("16 January 2024", "c", "") == dt.date(2024, 1, 16)
    assert conflict._day("6-Jan-2024", "c", "") == dt.date(2024, 1, 6)
    with pytest.raises(conflict.BadCell):
        conflict._day("16/01/2024", "c", "")
