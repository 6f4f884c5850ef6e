"""Comparing two dates on the real data."""

import pytest

from viewer.core.diff import describe, diff


@pytest.fixture(scope="module")
def war_to_strikes(atlas):
    return diff(atlas, "1965-09-06", "2024-01-17")


def _relation(result, partner):
    return next((r for r in result["relations"] if r["partner"] == partner), None)


def test_1965_to_2024_iran_went_from_allied_to_hostile(war_to_strikes):
    assert war_to_strikes["from"] == "1965-09-06" and war_to_strikes["to"] == "2024-01-17"
    assert _relation(war_to_strikes, "IRN") == {"partner": "IRN", "name": "Iran", "from": "allied", "to": "hostile"}
    assert _relation(war_to_strikes, "CHN") is None  # allied on both dates: no difference


def test_the_soviet_union_is_named_as_it_was(war_to_strikes):
    russia = _relation(war_to_strikes, "RUS")
    assert russia["name"] == "Russia" and russia["name_from"] == "Soviet Union"


def test_pakistan_left_seato_and_cento_in_that_order(war_to_strikes):
    assert war_to_strikes["alliances"]["left"] == ["SEATO", "CENTO"]
    assert "MNNA" in war_to_strikes["alliances"]["joined"]


def test_bangladesh_appeared_and_the_soviet_union_is_gone(war_to_strikes):
    appeared = {t["id"]: t["name"] for t in war_to_strikes["territories"]["appeared"]}
    gone = {t["id"]: t["name"] for t in war_to_strikes["territories"]["gone"]}
    assert appeared["BGD"] == "Bangladesh"
    assert gone["SUN"] == "Soviet Union"
    assert "PAK" not in appeared and "PAK" not in gone  # Pakistan is on the map on both dates


def test_the_differences_in_words(war_to_strikes):
    lines = describe(war_to_strikes)
    assert "Iran: allied → hostile" in lines
    assert "Left SEATO, CENTO" in lines
    assert "Russia (Soviet Union on 1965-09-06): neutral → cooperative" in lines
    appeared = next(line for line in lines if line.endswith(" appeared"))
    assert "Bangladesh" in appeared
    assert f"{war_to_strikes['events_between']} events between the two dates" in lines


def test_events_between_counts_those_that_started_in_between(atlas):
    assert diff(atlas, "2024-01-16", "2024-01-16")["events_between"] == 0
    assert diff(atlas, "2024-01-15", "2024-01-16")["events_between"] >= 1  # Iran's strikes in Balochistan
    strikes = diff(atlas, "2024-01-15", "2024-01-18")["events_between"]
    assert strikes >= 2  # ... and Pakistan's counter-strikes two days later
    assert diff(atlas, "2024-01-18", "2024-01-15")["events_between"] == strikes
    whole = diff(atlas, "1947-08-14", "2025-12-31")["events_between"]
    assert whole == sum(e["start"] > "1947-08-14" for e in atlas.events)


def test_going_back_in_time_swaps_every_difference(atlas, war_to_strikes):
    back = diff(atlas, "2024-01-17", "1965-09-06")
    assert _relation(back, "IRN")["from"] == "hostile" and _relation(back, "IRN")["to"] == "allied"
    assert back["alliances"] == {"joined": ["CENTO", "SEATO"], "left": war_to_strikes["alliances"]["joined"][::-1]}
    assert back["territories"]["gone"] == war_to_strikes["territories"]["appeared"]
    assert back["events_between"] == war_to_strikes["events_between"]


class _TwoDays:
    """An atlas of two dates: Bangladesh is a partner only on the second, Pakistan joins and leaves nothing."""

    unit_names = {"BGD": "Bangladesh", "PAK": "Pakistan"}
    events = []

    def state(self, day):
        later = day.year > 1971
        relations = [{"partner": "BGD", "status": "cooperative"}] if later else []
        territories = [{"id": "PAK", "name": "Pakistan", "units": ["PAK"] if later else ["PAK", "BGD"]}]
        if later:
            territories.append({"id": "BGD", "name": "Bangladesh", "units": ["BGD"]})
        return {"relations": relations, "territories": territories}

    def territory_of(self, unit, day):
        return next(t for t in self.state(day)["territories"] if unit in t["units"])

    def alliances(self, day):
        return []

    def alliance_change_days(self):
        return []


def test_a_partner_with_no_relation_on_one_date():
    result = diff(_TwoDays(), "1965-09-06", "1980-01-01")
    assert result["relations"] == [{"partner": "BGD", "name": "Bangladesh", "from": None, "to": "cooperative"}]
    assert describe(result) == ["Bangladesh: no relation → cooperative", "Bangladesh appeared"]
    back = diff(_TwoDays(), "1980-01-01", "1965-09-06")
    assert describe(back) == ["Bangladesh: cooperative → no relation", "Bangladesh disappeared"]


def test_the_same_date_has_no_differences(atlas):
    result = diff(atlas, "1980-01-01", "1980-01-01")
    assert result["relations"] == [] and result["alliances"] == {"joined": [], "left": []}
    assert describe(result) == ["No differences between 1980-01-01 and 1980-01-01"]


@pytest.mark.parametrize("bad", ["1940-01-01", "2024-02-30", "yesterday"])
def test_a_bad_date_is_refused(atlas, bad):
    with pytest.raises(ValueError):
        diff(atlas, bad, "2024-01-17")
