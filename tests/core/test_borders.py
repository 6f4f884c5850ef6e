"""Borders by date: the polities of the bundled data and the split map units (no Qt)."""

import datetime as dt
import json

import pytest
import shapely
from shapely.geometry import shape

from viewer.core.paths import GEODATA

D = dt.date.fromisoformat


def holder(atlas, unit, day):
    t = atlas.territory_of(unit, D(day))
    return t["id"], t["name"]


@pytest.mark.parametrize("unit, before, first", [
    ("DEU", "1949-05-22", "1949-05-23"),   # the Federal Republic's Basic Law
    ("DDR", "1949-10-06", "1949-10-07"),   # the GDR
    ("DDR", "1990-10-02", "1990-10-03"),   # unification
    ("YMD", "1990-05-21", "1990-05-22"),   # Yemeni unification
    ("RVN", "1954-07-20", "1954-07-21"),   # the Geneva line
    ("RVN", "1976-07-01", "1976-07-02"),   # Vietnam reunified
    ("ISR", "1948-05-14", "1948-05-15"),   # end of the Mandate
    ("MYS", "1957-08-30", "1957-08-31"),   # Malaya independent
    ("MYS", "1963-09-15", "1963-09-16"),   # Malaysia
    ("SGP", "1965-08-08", "1965-08-09"),   # Singapore leaves Malaysia
    ("CYN", "1983-11-14", "1983-11-15"),   # the TRNC's declaration
    ("LKA", "1972-05-21", "1972-05-22"),   # Ceylon becomes Sri Lanka
    ("COD", "1971-10-26", "1971-10-27"),   # Zaire
    ("BGD", "1971-12-15", "1971-12-16"),   # Bangladesh
])
def test_the_holder_changes_on_the_day_of_the_change(atlas, unit, before, first):
    assert holder(atlas, unit, before) != holder(atlas, unit, first)


def test_divided_states_are_divided(atlas):
    day = "1970-01-01"
    assert holder(atlas, "DEU", day)[0] != holder(atlas, "DDR", day)[0]
    assert holder(atlas, "YEM", day)[0] != holder(atlas, "YMD", day)[0]
    assert holder(atlas, "VNM", day)[0] != holder(atlas, "RVN", day)[0]
    assert holder(atlas, "DDR", day)[1] == "German Democratic Republic (East Germany)"


def test_reunited_states_are_one_polity(atlas):
    day = "2000-01-01"
    assert {holder(atlas, u, day) for u in ("DEU", "DDR", "WBL", "SAA")} == {("DEU", "Germany")}
    assert {holder(atlas, u, day) for u in ("YEM", "YMD")} == {("YEM", "Republic of Yemen")}
    assert {holder(atlas, u, day)[0] for u in ("VNM", "RVN")} == {"VNM"}
    assert {holder(atlas, u, day) for u in ("MYS", "SBH", "SWK")} == {("MYS", "Malaysia")}


def test_no_israel_and_no_malaysia_in_1947(atlas):
    names = {t["name"] for t in atlas.territories(D("1947-08-14"))}
    assert "Israel" not in names and "Malaysia" not in names
    assert holder(atlas, "ISR", "1947-08-14") == holder(atlas, "PSX", "1947-08-14") == \
        ("PAL", "Mandatory Palestine (British)")
    assert "Malaysia" not in {t["name"] for t in atlas.territories(D("1963-09-15"))}


def test_singapore_is_in_malaysia_from_1963_to_1965(atlas):
    assert holder(atlas, "SGP", "1964-06-01") == ("MYS", "Malaysia")
    assert holder(atlas, "SGP", "1966-01-01") == ("SGP", "Singapore")


def test_the_siachen_glacier_is_disputed_and_held_by_india_from_1984(atlas):
    held = atlas.territory_of("KAS", D("2000-01-01"))
    assert held["held_by"] == ["IND"] and "Siachen" in held["name"]
    before = atlas.territory_of("KAS", D("1980-01-01"))
    assert before["held_by"] == [] and "neither" in before["name"]  # named as the disputed area it was


def test_colonies_carry_their_colonial_names_until_independence(atlas):
    assert holder(atlas, "GHA", "1957-03-05")[1] == "Gold Coast (British)"
    assert holder(atlas, "GHA", "1957-03-06") == ("GHA", "Ghana")
    assert holder(atlas, "NGA", "1960-09-30")[1] == "Nigeria (British)"
    assert holder(atlas, "DZA", "1962-07-02")[1] == "Algeria (French)"
    assert holder(atlas, "DZA", "1962-07-03") == ("DZA", "Algeria")  # recognised by France that day
    assert holder(atlas, "JAM", "1960-01-01")[1] == "West Indies Federation"


def test_every_polity_cites_a_source_and_never_quotes_a_reference(atlas):
    records = [f["properties"] for f in json.loads((GEODATA / "polities.geojson").read_text("utf-8"))["features"]]
    catalogue = {s["id"] for s in json.loads((GEODATA / "sources.json").read_text("utf-8"))}
    seeds = {"hassan-2019", "hashmi-swati-2024", "fr-etats-unis-pakistan", "iran-pakistan-ties-2025",
             "jamal-diplomat-2024"}
    for r in records:
        assert r["sources"], r["id"]
        assert not r["sources"][0].get("disagrees"), r["id"]
        for s in r["sources"]:
            assert s["source"] in catalogue | seeds, (r["id"], s["source"])
            assert "quote" not in s or s["source"] in seeds, (r["id"], s["source"])


def test_seed_quotes_of_polities_are_verbatim(seeds_dir):
    files = {"hassan-2019": "000_a73f359054e38845.txt", "hashmi-swati-2024": "001_7ba2075e9c676078.txt",
             "iran-pakistan-ties-2025": "003_cd74a3f0b40a0feb.txt"}
    records = [f["properties"] for f in json.loads((GEODATA / "polities.geojson").read_text("utf-8"))["features"]]
    quotes = [(s["source"], s["quote"]) for r in records for s in r["sources"] if "quote" in s]
    assert quotes
    for source, quote in quotes:
        assert quote in (seeds_dir / files[source]).read_text("utf-8"), (source, quote)


def test_split_units_keep_a_seamless_coverage(atlas):
    feats = atlas.layer("countries")["features"]
    geo = {f["properties"]["ADM0_A3"]: shape(f["geometry"]) for f in feats}
    assert shapely.coverage_is_valid(list(geo.values()))
    for a, b in (("DEU", "DDR"), ("DDR", "WBL"), ("DEU", "SAA"), ("YEM", "YMD"), ("VNM", "RVN"),
                 ("SWK", "SBH"), ("DDR", "POL"), ("RVN", "LAO"), ("YMD", "SAU"), ("SWK", "IDN")):
        assert shapely.intersection(geo[a].boundary, geo[b].boundary).length > 0, (a, b)
        assert shapely.intersection(geo[a], geo[b]).area < 1e-9, (a, b)


def test_germany_after_1990_is_drawn_as_one_shape(atlas):
    whole = atlas.polity_shape("DEU", D("2000-01-01"))
    assert whole.geom_type in ("Polygon", "MultiPolygon")
    assert shapely.get_num_interior_rings(max(shapely.get_parts(whole), key=lambda p: p.area)) == 0
