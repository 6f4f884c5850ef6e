"""Guided tours: the bundled tours are valid, and a broken tour names every problem."""

import datetime as dt
import textwrap

import pytest

from viewer.core.paths import GEODATA
from viewer.core.problems import DataError
from viewer.core.tours import (VIEWS, Vocabulary, catalogue_ids, check_tour_file, check_tours, find_tour, list_tours,
                               parse_view, vocabulary_of)

TOURS = GEODATA / "tours"


@pytest.fixture(scope="module")
def vocabulary(atlas):
    return vocabulary_of(atlas)


def test_the_source_catalogue_is_there(vocabulary):
    assert vocabulary.source_ids is not None, "no geodata/sources.json: tour sources cannot be checked"
    for seed in ("hassan-2019", "hashmi-swati-2024", "fr-etats-unis-pakistan", "iran-pakistan-ties-2025",
                 "jamal-diplomat-2024"):
        assert seed in vocabulary.source_ids


@pytest.mark.parametrize("name", ["us-pakistan", "iran-pakistan"])
def test_bundled_tour_is_valid(name, vocabulary):
    tour, problems = check_tour_file(TOURS / f"{name}.toml", vocabulary)
    assert [str(p) for p in problems] == []  # no warnings either: every highlighted event is on the map
    assert tour.id == name and tour.language == "en"
    assert len(tour.steps) >= 10
    days = [s.date for s in tour.steps]
    assert days == sorted(days), "a tour goes forward in time"
    for step in tour.steps:
        assert step.events, f"{step.title}: highlights no event"
        assert step.hold > 0 and step.narrative and step.sources


def test_the_us_tour_covers_what_the_issue_asks(vocabulary):
    tour = find_tour(TOURS, "us-pakistan", vocabulary)
    highlighted = {e for s in tour.steps for e in s.events}
    for event in ("us-pakistan-relations-established", "pakistan-joins-baghdad-pact", "us-arms-embargo-1965",
                  "kissinger-secret-trip", "creation-of-bangladesh", "soviet-afghan-war", "pressler-sanctions-1990",
                  "pakistan-nuclear-tests-1998", "september-11-attacks", "abbottabad-raid", "salala-incident",
                  "khan-trump-meeting"):
        assert event in highlighted
    years = {s.date.year for s in tour.steps}
    assert min(years) == 1947 and max(years) >= 2019


def test_the_iran_tour_covers_what_the_issue_asks(vocabulary):
    tour = find_tour(TOURS, "iran-pakistan", vocabulary)
    highlighted = {e for s in tour.steps for e in s.events}
    for event in ("iran-recognizes-pakistan", "iran-joins-baghdad-pact", "iran-support-1965-war",
                  "indo-pakistani-war-1971", "iranian-revolution", "mazar-iranian-diplomats-killed",
                  "iran-strikes-panjgur", "pakistan-strikes-saravan", "amirabdollahian-visit-islamabad"):
        assert event in highlighted
    assert max(s.date for s in tour.steps).year == 2025
    strikes = next(s for s in tour.steps if "iran-strikes-panjgur" in s.events)
    assert strikes.view_name == "iran-pakistan-border"


def test_a_step_whose_source_disagrees_names_it_after_the_supporting_one(vocabulary):
    tour = find_tour(TOURS, "us-pakistan", vocabulary)
    reset = next(s for s in tour.steps if "khan-trump-meeting" in s.events)
    assert reset.date == dt.date(2019, 7, 22)
    assert not reset.sources[0].get("disagrees")
    assert {"source": "fr-etats-unis-pakistan", "locator": "para. 6", "disagrees": True} in reset.sources


def test_list_tours_is_what_pakatlas_tours_prints(vocabulary):
    listed = list_tours(TOURS, vocabulary)
    assert [t["id"] for t in listed] == ["iran-pakistan", "us-pakistan"]
    us = listed[1]
    assert us["title"] == "Pakistan and the United States, 1947–2025" and us["language"] == "en"
    assert us["steps"] == len(find_tour(TOURS, "us-pakistan", vocabulary).steps)


BROKEN = """\
id = "broken-tour"
title = "A tour with mistakes"
language = "en"

[[steps]]
date = 1965-09-06
view = "south-asia"
events = ["indo-pakistani-war-1965"]
title = "A good step"
narrative = "Nothing wrong here."
sources = ["hassan-2019"]
hold = 10

[[steps]]
date = 1940-01-01
view = "atlantis"
hide = ["events.parade", "alliance.WARSAW"]
events = ["no-such-event"]
title = "Everything wrong"
narrative = 'He said "this" and more.'
sources = ["hassan-2019", { source = "no-such-source" }]
hold = 0
colour = "red"

[[steps]]
date = "2024-02-30"
view = [40.0, 70.0, 30.0, 80.0]
title = "A bad day and an upside-down box"
sources = [{ source = "fr-etats-unis-pakistan", disagrees = true }]
hold = 10
"""


def _write(folder, name, text):
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_a_broken_tour_names_file_step_and_field_of_each_problem(tmp_path, vocabulary):
    tour, problems = check_tour_file(_write(tmp_path, "broken.toml", BROKEN), vocabulary)
    assert tour is None
    shown = [str(p) for p in problems]
    step2 = "broken.toml, step 2 ('Everything wrong')"
    step3 = "broken.toml, step 3 ('A bad day and an upside-down box')"
    expected = [
        (step2, "colour", "is not a step field"),
        (step2, "date", "1940-01-01 is outside the timeline"),
        (step2, "view", "unknown view 'atlantis'"),
        (step2, "narrative", "holds quotation marks"),
        (step2, "sources[1].source", "unknown source id 'no-such-source'"),
        (step2, "hold", "0 is not a hold time"),
        (step2, "events[0]", "unknown event id 'no-such-event'"),
        (step2, "hide[0]", "unknown event category 'parade'"),
        (step2, "hide[1]", "unknown alliance 'WARSAW'"),
        (step3, "date", "not a real calendar date"),
        (step3, "view", "south 40 and north 30"),
        (step3, "narrative", "is missing"),
        (step3, "sources[0].disagrees", "the first source disagrees"),
    ]
    for where, field, message in expected:
        assert any(s.startswith(f"{where}, field '{field}': ") and message in s for s in shown), (field, shown)
    assert len(problems) == len(expected)
    assert not any("step 1" in s for s in shown)


def test_a_highlighted_event_that_is_not_on_the_map_is_a_warning(tmp_path, vocabulary):
    text = BROKEN.split("[[steps]]")[0] + """
[[steps]]
date = 2024-01-16
view = "iran-pakistan-border"
events = ["us-pakistan-relations-established"]
title = "Wrong event"
narrative = "The event of 1947 is long gone from the map in 2024."
sources = ["jamal-diplomat-2024"]
hold = 5
"""
    tour, problems = check_tour_file(_write(tmp_path, "late.toml", text), vocabulary)
    assert tour is not None and len(problems) == 1
    assert not problems[0].is_error
    assert str(problems[0]).startswith("late.toml, step 1 ('Wrong event'), field 'events[0]': warning: event "
                                       "'us-pakistan-relations-established' is not on the map on 2024-01-16")


def test_a_file_that_is_not_toml_says_where(tmp_path):
    path = _write(tmp_path, "bad.toml", 'id = "x"\ntitle = "unterminated\n')
    tour, problems = check_tour_file(path)
    assert tour is None and len(problems) == 1
    assert str(problems[0]).startswith("bad.toml: is not valid TOML") and "line 2" in str(problems[0])


def test_missing_top_level_fields_and_steps(tmp_path):
    tour, problems = check_tour_file(_write(tmp_path, "empty.toml", 'id = "Not Kebab"\n'))
    assert tour is None
    shown = [str(p) for p in problems]
    assert "empty.toml, field 'id': 'Not Kebab' is not a kebab-case id" in shown[0]
    assert any(s.startswith("empty.toml, field 'title': is missing") for s in shown)
    assert any(s.startswith("empty.toml, field 'language': is missing") for s in shown)
    assert any(s.startswith("empty.toml, field 'steps': is missing") for s in shown)


def test_two_tours_with_one_id(tmp_path):
    good = BROKEN.split("[[steps]]")
    text = good[0] + "[[steps]]" + good[1]
    _write(tmp_path, "a.toml", text)
    _write(tmp_path, "b.toml", text)
    tours, problems = check_tours(tmp_path, Vocabulary())
    assert len(tours) == 1
    assert [str(p) for p in problems] == ["b.toml, field 'id': duplicate tour id 'broken-tour' (already in a.toml) "
                                          "(expected an id no other tour has)"]


def test_find_tour_reports_unknown_and_broken_tours(tmp_path):
    _write(tmp_path, "broken-tour.toml", BROKEN)
    with pytest.raises(DataError) as err:
        find_tour(tmp_path, "broken-tour", Vocabulary())
    assert "broken.toml" not in str(err.value) and "broken-tour.toml, step 2" in str(err.value)
    with pytest.raises(KeyError, match="no tour 'nothing'"):
        find_tour(tmp_path, "nothing", Vocabulary())


def test_views_parse():
    assert parse_view("south-asia") == (VIEWS["south-asia"], "south-asia")
    assert parse_view([24.5, 58, 31, 67.5]) == ((24.5, 58.0, 31.0, 67.5), None)
    for bad in ([1, 2, 3], [10, 200, 20, 210], [0, 10, 5, True], "Atlantis", 5):
        with pytest.raises(ValueError):
            parse_view(bad)
    for south, west, north, east in VIEWS.values():
        assert -90 <= south < north <= 90 and -180 <= west < east <= 180


def test_catalogue_ids_are_those_of_the_folders_catalogue(tmp_path):
    import json

    assert catalogue_ids(tmp_path) is None
    doc = {"title": "T", "author": None, "publisher": None, "date": None, "language": "en", "kind": "reference"}
    (tmp_path / "sources.json").write_text(json.dumps([{"id": "a", **doc}, {"id": "b", **doc}]), encoding="utf-8")
    assert catalogue_ids(tmp_path) == {"a", "b"}
