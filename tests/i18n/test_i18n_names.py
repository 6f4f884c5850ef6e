"""Country and polity names and dates in French and Urdu, for the data of this repository."""

import datetime as dt
import json

import pytest
from babel import Locale

from viewer.core.paths import GEODATA
from viewer.export.legend import long_date
from viewer.i18n import catalogue, names


def features(name):
    return [f["properties"] for f in json.loads((GEODATA / name).read_text(encoding="utf-8"))["features"]]


def test_countries_take_their_cldr_names():
    assert names.country("IND", "fr") == "Inde"
    assert names.country("PAK", "ur") == "پاکستان"
    assert names.country("IRN", "ur") == "ایران"
    assert names.country("USA", "fr") == "États-Unis"
    assert names.country("KOS", "fr") == "Kosovo"  # a Natural Earth code, through unit_codes.json
    assert names.country("SDS", "fr") == "Soudan du Sud"


@pytest.mark.parametrize("lang", ["fr", "ur"])
def test_every_unit_of_the_map_has_a_name(lang):
    missing = []
    for unit in features("countries.geojson"):
        try:
            assert names.country(unit["ADM0_A3"], lang).strip()
        except KeyError:
            missing.append(unit["ADM0_A3"])
    assert missing == []


def test_unit_codes_are_cldr_territories_and_units_without_one_are_named_in_the_data():
    territories = Locale("en").territories
    units = catalogue.load("units.json")
    map_units = {u["ADM0_A3"] for u in features("countries.geojson")}
    for unit, code in catalogue.load("unit_codes.json").items():
        assert unit in map_units, unit
        if code is None:
            assert unit in units, f"{unit} has no ISO code and no name in units.json"
        else:
            assert code in territories, f"{unit} -> {code} is not a CLDR territory"
    for unit, entry in units.items():
        assert names.cldr_name(unit, "en") is None, f"{unit} has a CLDR name: units.json need not name it"
        assert entry["en"] == next(u["NAME"] for u in features("countries.geojson") if u["ADM0_A3"] == unit)


@pytest.mark.parametrize("lang", ["fr", "ur"])
def test_every_polity_without_a_cldr_name_is_translated(lang):
    missing = [f"{p['id']} {p['name']!r}" for p in features("polities.geojson")
               if names.needs_translation(p["id"], p["name"]) and names.polity(p["id"], p["name"], lang) is None]
    assert missing == []


def test_a_polity_keeps_the_name_it_had_and_a_modern_one_takes_cldrs():
    assert names.needs_translation("SUN", "Soviet Union")
    assert names.polity("LKA", "Ceylon", "fr") == "Ceylan"  # not CLDR's Sri Lanka
    assert names.polity("SUN", "Soviet Union", "ur") == "سوویت یونین"
    assert not names.needs_translation("PAK", "Pakistan")
    assert names.polity("PAK", "Pakistan", "ur") == "پاکستان"
    assert names.polity("XYZ", "Atlantis", "fr") is None  # nothing made up for a polity of one's own
    ceylon = {"id": "LKA", "name": "Ceylon", "units": ["LKA"]}
    assert names.territory(ceylon, "ur") == ("سیلون", "ur")
    assert names.territory({"id": "LKA", "name": "Sri Lanka", "units": ["LKA"]}, "fr") == ("Sri Lanka", "fr")
    assert names.territory({"id": "ZZZ", "name": "Atlantis", "units": ["ZZZ"]}, "fr") == ("Atlantis", "en")
    # a renamed record is not given the translation of its old name
    assert names.territory({"id": "LKA", "name": "Ceylon (Dominion)", "units": ["LKA", "MDV"]}, "fr")[1] == "en"


def test_units_shown_as_themselves_take_cldr_names_not_natural_earths_abbreviations():
    assert names.territory({"id": "SDS", "name": "South Sudan", "units": ["SDS"]}, "fr") == ("Soudan du Sud", "fr")
    assert names.territory({"id": "CYN", "name": "Northern Cyprus", "units": ["CYN"]}, "ur") == ("شمالی قبرص", "ur")


def test_dates_are_written_as_cldr_writes_them():
    assert names.format_date(dt.date(1965, 9, 6), "fr") == "6 septembre 1965"
    assert names.format_date("1971-12-16", "fr") == "16 décembre 1971"
    assert names.format_date("1947-08-14", "ur") == "14 اگست، 1947"
    assert "ستمبر" in names.format_date("1965-09-06", "ur")
    for day in ("1947-08-14", "1965-09-06", "2024-01-17", "2025-12-31"):
        assert names.format_date(day, "en") == long_date(day)  # English as the atlas always wrote it
    with pytest.raises(ValueError):
        names.format_date("1965-09-06", "de")
