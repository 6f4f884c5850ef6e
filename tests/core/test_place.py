"""`place`: which polity held a point on a date, and its admin-1 regions (no Qt)."""

import math

import pytest

from viewer.core.place import place

BERLIN_PANKOW = (52.5693, 13.4017)
BERLIN_CHARLOTTENBURG = (52.5209, 13.2957)
BONN = (50.7374, 7.0982)
DHAKA = (23.8103, 90.4125)
JERUSALEM_WEST = (31.7767, 35.19)
TEL_AVIV = (32.0853, 34.7818)
KUALA_LUMPUR = (3.1390, 101.6869)
KOTA_KINABALU = (5.95, 116.10)  # inland of the 1:50m coast
HANOI = (21.0278, 105.8342)
SAIGON = (10.7769, 106.7009)
ADEN = (12.83, 45.00)  # Sheikh Othman, inland of the 1:50m coast
SANAA = (15.3694, 44.1910)
QUETTA = (30.1798, 66.9750)
ARABIAN_SEA = (15.0, 65.0)


def polity(atlas, day, point):
    found = place(atlas, day, *point)["polity"]
    return found and found["id"], found and found["name"]


@pytest.mark.parametrize("day, point, expected_id, expected_name", [
    ("1947-08-14", BERLIN_PANKOW, "DEU", "Germany (Allied occupation)"),
    ("1950-01-01", BERLIN_PANKOW, "DDR", "German Democratic Republic (East Germany)"),
    ("1949-09-01", BERLIN_PANKOW, "DDR", "Germany (Soviet occupation zone)"),
    ("1960-06-01", BERLIN_CHARLOTTENBURG, "WBL", "West Berlin (US, British and French sectors)"),
    ("1960-06-01", BONN, "DEU", "Federal Republic of Germany (West Germany)"),
    ("1995-01-01", BERLIN_PANKOW, "DEU", "Germany"),
    ("1965-06-01", DHAKA, "PAK", "Pakistan"),
    ("1972-01-01", DHAKA, "BGD", "Bangladesh"),
    ("1947-08-14", JERUSALEM_WEST, "PAL", "Mandatory Palestine (British)"),
    ("1948-05-15", TEL_AVIV, "ISR", "Israel"),
    ("1960-01-01", KUALA_LUMPUR, "MYS", "Federation of Malaya"),
    ("1960-01-01", KOTA_KINABALU, "SBH", "North Borneo (British colony)"),
    ("1964-01-01", KOTA_KINABALU, "MYS", "Malaysia"),
    ("1960-01-01", HANOI, "VNM", "Democratic Republic of Vietnam (North Vietnam)"),
    ("1960-01-01", SAIGON, "RVN", "Republic of Vietnam (South Vietnam)"),
    ("1980-01-01", SAIGON, "VNM", "Socialist Republic of Vietnam"),
    ("1980-01-01", ADEN, "YMD", "People's Democratic Republic of Yemen (South Yemen)"),
    ("1980-01-01", SANAA, "YEM", "Yemen Arab Republic (North Yemen)"),
    ("1991-01-01", ADEN, "YEM", "Republic of Yemen"),
])
def test_the_polity_of_the_day_holds_the_point(atlas, day, point, expected_id, expected_name):
    assert polity(atlas, day, point) == (expected_id, expected_name)


def test_quetta_lies_in_pakistan_and_in_balochistan(atlas):
    found = place(atlas, "2024-01-16", *QUETTA)
    assert found["polity"] == {"id": "PAK", "name": "Pakistan"}
    assert [r["id"] for r in found["regions"]] == ["PK.BA"]
    assert found["regions"][0]["name"]


def test_the_answer_repeats_the_question(atlas):
    found = place(atlas, "2024-01-16", "30.1798", 66.975)
    assert (found["date"], found["lat"], found["lon"]) == ("2024-01-16", 30.1798, 66.975)


def test_at_sea_there_is_no_polity_and_no_region(atlas):
    found = place(atlas, "1990-01-01", *ARABIAN_SEA)
    assert found["polity"] is None
    assert found["regions"] == []


@pytest.mark.parametrize("lat, lon, says", [
    (91, 0, "latitude 91 is outside -90 to 90 degrees"),
    (0, -180.5, "longitude -180.5 is outside -180 to 180 degrees"),
    (math.nan, 0, "latitude nan is outside"),
    ("north", 0, "latitude 'north' is not a number"),
    (None, 0, "latitude None is not a number"),
    (True, 0, "latitude True is not a number"),
])
def test_bad_coordinates_say_what_is_wrong(atlas, lat, lon, says):
    with pytest.raises(ValueError, match=says.replace("(", r"\(")):
        place(atlas, "2000-01-01", lat, lon)


@pytest.mark.parametrize("day, says", [
    ("1947-08-13", "outside the timeline"),
    ("2000-02-30", "not a real calendar date"),
    ("yesterday", "is not a date"),
])
def test_bad_dates_say_what_is_wrong(atlas, day, says):
    with pytest.raises(ValueError, match=says):
        place(atlas, day, *QUETTA)


def test_the_place_command_prints_json_and_exits_2_on_bad_input(capsys):
    import json

    from viewer.cli import main

    assert main(["place", "--date", "1971-12-20", "--lat", "23.81", "--lon", "90.41"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out) == {"date": "1971-12-20", "lat": 23.81, "lon": 90.41,
                               "polity": {"id": "BGD", "name": "Bangladesh"}, "regions": []}
    for argv, says in ((["--lat", "95", "--lon", "65"], "latitude 95 is outside -90 to 90 degrees"),
                       (["--lat", "x", "--lon", "65"], "latitude 'x' is not a number")):
        assert main(["place", "--date", "2000-01-01", *argv]) == 2
        out, err = capsys.readouterr()
        assert out == "" and err.count("\n") == 1 and says in err
    assert main(["place", "--date", "1900-01-01", "--lat", "1", "--lon", "1"]) == 2
    assert "outside the timeline" in capsys.readouterr().err
