"""Facts from the source texts, checked through the public API."""

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from shapely.geometry import Point

from viewer.core.dates import TIMELINE_END, TIMELINE_START

GEODATA = Path(__file__).resolve().parents[2] / "geodata"
DATASET = ("events", "relations", "alliances", "polities")


def records(name):
    return [f["properties"] for f in json.loads((GEODATA / f"{name}.geojson").read_text("utf-8"))["features"]]


def normalise(text):
    return re.sub(r"\s+", " ", text.replace("**", "")).strip()


def on(atlas, day, *, category=None, region=None, words=""):
    """Events on the map that day matching a category, region and words in title/place/summary."""
    return [e for e in atlas.state(day)["events"]
            if (category is None or e["category"] == category) and (region is None or e["region"] == region)
            and words.lower() in f"{e['title']} {e['place']} {e['summary']}".lower()]


def status(atlas, partner, day):
    return {r["partner"]: r["status"] for r in atlas.state(day)["relations"]}[partner]


def members(atlas, alliance, day):
    return next((a["members"] for a in atlas.state(day)["alliances"] if a["id"] == alliance), None)


def units(atlas, polity, day):
    return sorted(next(t["units"] for t in atlas.state(day)["territories"] if t["id"] == polity))


# -- sources -------------------------------------------------------------------

@pytest.mark.parametrize("name", ["polities"])
def test_every_seed_quote_of_the_polities_is_verbatim(name, seeds_dir):
    """Polities still cite seeds by file name (events, relations and alliances: tests/core/test_content.py)."""
    texts = {p.name: normalise(p.read_text("utf-8")) for p in seeds_dir.glob("0*.txt")}
    for record in records(name):
        for source in record["sources"]:
            if source["source"] in texts or source["source"].endswith(".txt"):
                assert source["source"] in texts, f"{name}: unknown seed {source['source']}"
                assert normalise(source["quote"]) in texts[source["source"]], (name, record.get("id"), source["quote"])


def test_every_seed_is_cited(atlas):
    cited = {s["source"] for e in atlas.events for s in e["sources"]}
    assert {"hassan-2019", "hashmi-swati-2024", "fr-etats-unis-pakistan", "iran-pakistan-ties-2025",
            "jamal-diplomat-2024"} <= cited


def test_the_bundled_data_is_clean_and_large_enough(atlas):
    assert atlas.problems == []
    assert len(atlas.events) >= 60
    decades = {int(e["start"][:3]) * 10 for e in atlas.events}
    assert decades >= {1940, 1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020}


@pytest.mark.parametrize("partner", ["USA", "IRN", "IND", "AFG", "CHN", "RUS"])
def test_relation_periods_cover_the_timeline_without_gaps(atlas, partner):
    periods = atlas.relation_periods(partner)
    assert periods[0][0] == TIMELINE_START and periods[-1][1] == TIMELINE_END
    for (_, end, _), (start, _, _) in zip(periods, periods[1:]):
        assert start == end + dt.timedelta(days=1)


# -- relations -----------------------------------------------------------------

@pytest.mark.parametrize("partner, day, expected", [
    ("USA", "1955-06-01", "allied"),          # SEATO and the Baghdad Pact
    ("USA", "1995-06-01", "sanctions"),       # Pressler embargo from 1990
    ("USA", "1986-06-01", "allied"),          # Soviet-Afghan war
    ("IRN", "1950-03-15", "cooperative"),     # the Shah's state visit era
    ("IRN", "2024-01-17", "hostile"),         # strikes and counter-strikes
    ("IND", "1965-09-06", "hostile"),
    ("IND", "1971-12-10", "hostile"),
])
def test_relation_status_on_dates(atlas, partner, day, expected):
    assert status(atlas, partner, day) == expected


def test_iran_relations_recover_after_january_2024(atlas):
    assert status(atlas, "IRN", "2024-06-01") in ("cooperative", "allied", "neutral")


# -- alliances -----------------------------------------------------------------

def test_seato_members_in_1960_and_pakistan_gone_by_1975(atlas):
    assert set(members(atlas, "SEATO", "1960-01-01")) == {"USA", "GBR", "FRA", "AUS", "NZL", "PHL", "THA", "PAK"}
    assert "PAK" not in (members(atlas, "SEATO", "1975-01-01") or [])
    assert members(atlas, "SEATO", "1978-01-01") is None


def test_cento_from_the_baghdad_pact_to_1979(atlas):
    assert set(members(atlas, "CENTO", "1956-01-01")) == {"IRQ", "TUR", "GBR", "PAK", "IRN"}
    assert "IRQ" not in members(atlas, "CENTO", "1960-01-01")
    assert members(atlas, "CENTO", "1980-01-01") is None


def test_major_non_nato_ally_from_2004_with_the_seed_claim_kept(atlas):
    assert "PAK" not in (members(atlas, "MNNA", "2003-06-01") or [])
    assert "PAK" in members(atlas, "MNNA", "2005-01-01")
    pakistan = next(m for m in records("alliances") if m["alliance"] == "MNNA" and m["member"] == "PAK")
    assert any("2002" in s.get("quote", "") and s["source"] == "fr-etats-unis-pakistan" and s.get("disagrees")
               for s in pakistan["sources"])
    assert "2002" in pakistan["note"] and "2004" in pakistan["note"]


# -- borders -------------------------------------------------------------------

def test_east_pakistan_until_16_december_1971(atlas):
    # Gwadar from 8 September 1958; the princely states (BWP, CTL, DIR, KHP, KLT, LSB, SWT) from 1947-1948
    states = ["BWP", "CTL", "DIR", "KHP", "KLT", "LSB", "SWT"]
    assert units(atlas, "PAK", "1965-09-06") == sorted(["BGD", "GWD", "PAK", *states])
    assert units(atlas, "PAK", "1971-12-15") == sorted(["BGD", "GWD", "PAK", *states])
    assert units(atlas, "PAK", "1971-12-16") == sorted(["GWD", "PAK", *states])
    assert units(atlas, "BGD", "1971-12-16") == ["BGD"]
    dhaka = Point(90.41, 23.81)
    assert atlas.polity_shape("PAK", dt.date(1965, 9, 6)).contains(dhaka)
    assert not atlas.polity_shape("PAK", dt.date(1975, 1, 1)).contains(dhaka)


def test_soviet_union_until_25_december_1991(atlas):
    assert len(units(atlas, "SUN", "1991-06-01")) == 16  # the fifteen republics, Crimea drawn apart
    assert "EST" not in units(atlas, "SUN", "1991-12-25")  # the Baltic states left in September 1991
    assert "SUN" not in {t["id"] for t in atlas.state("1991-12-26")["territories"]}
    assert units(atlas, "RUS", "1991-12-26") == ["RUS"]
    assert atlas.territory_of("RUS", dt.date(1980, 1, 1))["name"] == "Soviet Union"


def test_every_unit_is_on_the_map_once_each_day(atlas):
    for day in ("1947-08-14", "1965-09-06", "1991-06-01", "2025-12-31"):
        covered = [u for t in atlas.state(day)["territories"] for u in t["units"]]
        assert sorted(covered) == sorted(atlas.unit_names)


# -- events --------------------------------------------------------------------

def test_relations_with_the_united_states_on_20_october_1947(atlas):
    found = on(atlas, "1947-10-20", category="diplomacy")
    event = next(e for e in found if e["start"] == "1947-10-20" and "USA" in e["actors"])
    assert {s["source"] for s in event["sources"]} >= {"hassan-2019", "fr-etats-unis-pakistan"}


def test_iran_first_to_recognise_pakistan(atlas):
    event = next(e for e in on(atlas, "1947-08-22") if e["start"] == "1947-08-22")
    assert "IRN" in event["actors"]
    assert any("August 22, 1947" in s.get("quote", "") for s in event["sources"])


def test_iranian_strikes_in_balochistan_on_16_january_2024(atlas):
    state = atlas.state("2024-01-16")
    strike = next(e for e in on(atlas, "2024-01-16", category="strike", region="PK.BA") if e["start"] == "2024-01-16")
    assert "IRN" in strike["actors"] and not strike["recent"]
    assert any(s["source"] == "jamal-diplomat-2024" and "January 16" in s.get("quote", "") for s in strike["sources"])
    assert strike["id"] in next(r["events"] for r in state["regions"] if r["id"] == "PK.BA")


def test_pakistani_counter_strikes_in_sistan_and_baluchestan(atlas):
    strike = next(e for e in on(atlas, "2024-01-18", category="strike", region="IR.SB") if e["start"] == "2024-01-18")
    assert "PAK" in strike["actors"]
    assert any(s["source"] == "jamal-diplomat-2024" and "Two days after" in s.get("quote", "") for s in strike["sources"])
    regions = {r["id"] for r in atlas.state("2024-01-18")["regions"]}
    assert {"PK.BA", "IR.SB"} <= regions


def test_events_stay_a_year_as_recent_then_leave(atlas):
    strike = next(e for e in on(atlas, "2024-01-16", category="strike", region="PK.BA"))
    later = next(e for e in atlas.state("2024-06-01")["events"] if e["id"] == strike["id"])
    assert later["recent"] is True
    assert strike["id"] not in {e["id"] for e in atlas.state("2025-06-01")["events"]}


@pytest.mark.parametrize("day, words", [("2011-05-02", "Abbottabad"), ("2011-11-26", "Salala"),
                                        ("2011-01-27", "Lahore")])
def test_incidents_of_2011(atlas, day, words):
    assert any(e["start"] == day for e in on(atlas, day, words=words))


def test_soviet_afghan_war_is_in_progress_in_1985(atlas):
    war = [e for e in on(atlas, "1985-06-01", words="Afghan") if e["end"] and not e["recent"]]
    assert war and war[0]["start"] == "1979-12-24"
