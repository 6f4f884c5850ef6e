"""Tours and comparisons as exports, without Qt: the requests, the frames of a tour, its card and its page."""

import datetime as dt
import html
import re

import pytest

from viewer.core.paths import GEODATA
from viewer.core.tours import find_tour, vocabulary_of
from viewer.export import ExportRequest, InvalidRequest
from viewer.export.tour import TRANSITION_FRAMES, step_card_html, tour_data, tour_frames
from viewer.page.layers import known_ids


@pytest.fixture(scope="module")
def tour(atlas):
    return find_tour(GEODATA / "tours", "us-pakistan", vocabulary_of(atlas))


@pytest.mark.parametrize("name, kind", [("t.pdf", "pdf"), ("t.png", "png"), ("t.html", "html"), ("t.gif", "gif")])
def test_a_tour_request_takes_its_kind_from_the_file(tmp_path, name, kind):
    request = ExportRequest(tmp_path / name, tour="us-pakistan").validate()
    assert request.kind == kind and not request.animation


@pytest.mark.parametrize("changes, message", [
    ({"out": "t.zip"}, "--tour writes .pdf, .png, .html, .gif, .mp4 files"),
    ({"date": dt.date(1965, 9, 6)}, "--tour takes its dates from the tour's steps"),
    ({"timeline": True}, "--timeline cannot be used"),
    ({"tour_step": 2}, "--tour-step cannot be used for pdf"),
    ({"compare": dt.date(1965, 9, 6)}, "not both"),
])
def test_a_tour_request_refuses_what_does_not_fit(tmp_path, changes, message):
    fields = {"out": "t.pdf", "tour": "us-pakistan", **changes}
    fields["out"] = tmp_path / fields["out"]
    with pytest.raises(InvalidRequest, match=re.escape(message)):
        ExportRequest(**fields).validate()


def test_a_comparison_request(tmp_path):
    request = ExportRequest(tmp_path / "c.png", date=dt.date(1965, 9, 6), compare=dt.date(2024, 1, 17)).validate()
    assert request.kind == "png" and request.size == (720, 540)
    with pytest.raises(InvalidRequest, match="--compare D2 needs --date D1"):
        ExportRequest(tmp_path / "c.png", compare=dt.date(2024, 1, 17)).validate()
    with pytest.raises(InvalidRequest, match="outside"):
        ExportRequest(tmp_path / "c.pdf", date=dt.date(1965, 9, 6), compare=dt.date(2030, 1, 1)).validate()


def test_tour_frames_hold_each_step_and_move_between_steps(atlas, tour):
    frames = tour_frames(tour, known_ids(atlas))
    assert len(frames) == len(tour.steps) + (len(tour.steps) - 1) * TRANSITION_FRAMES
    holds = [f for f in frames if f.duration_ms >= 1000]
    assert [f.day for f in holds] == [s.date for s in tour.steps]
    assert [f.duration_ms for f in holds] == [round(s.hold * 1000) for s in tour.steps]
    between = frames[1:1 + TRANSITION_FRAMES]
    days = [f.day for f in between]
    assert days == sorted(days) and tour.steps[0].date < days[0] and days[-1] < tour.steps[1].date
    south = [f.bounds[0] for f in frames[:TRANSITION_FRAMES + 2]]
    assert south[0] == tour.steps[0].view[0] and south[-1] == tour.steps[1].view[0]
    assert all(min(south[0], south[-1]) <= s <= max(south[0], south[-1]) for s in south)


def test_step_card_escapes_and_cites_like_the_event_card(atlas, tour):
    card = step_card_html(tour, 0)
    assert f"Step 1 of {len(tour.steps)}" in card and "<ol><li><b>" in card
    first = atlas.event(tour.steps[0].events[0])
    card = step_card_html(tour, 0, events={first["id"]: first})
    assert f"<i>On the map:</i> {first['title']} ({first['start']})" in card
    rough = atlas.event("pakistan-recognizes-revolutionary-iran")  # 1979-02-12~: written as a historian does
    card = step_card_html(tour, 0, events={first["id"]: rough})
    assert f"<i>On the map:</i> {html.escape(rough['title'])} (c. 12 February 1979)" in card
    evil = tour.steps[0].__class__(**{**tour.steps[0].__dict__, "title": "<img src=x onerror=alert(1)>"})
    from dataclasses import replace

    card = step_card_html(replace(tour, steps=(evil,)), 0)
    assert "<img" not in card and "&lt;img src=x" in card


def test_the_tour_page_is_offline_and_carries_the_steps(atlas, tour):
    from viewer.export.html import build_html

    data = tour_data(tour, known_ids(atlas))
    assert [s["title"] for s in data["steps"]] == [s.title for s in tour.steps]
    assert all(src["kind"] in ("quote", "paraphrase", "citation") for s in data["steps"] for src in s["sources"])
    page = build_html(atlas, tour.steps[0].date, tour=data)
    assert "http://" not in page and "https://" not in page
    assert "atlas-tour-nav" in page and '"stops"' in page and "atlasStandalone" in page
    assert page.count('"narrative"') == len(tour.steps)


def test_a_steps_card_speaks_the_windows_language(tour):
    """The card's own words and the step's date are in the window's language; the tour's texts stay as written,
    and in Urdu they keep their left-to-right order."""
    from viewer.export.tour import step_card_html

    french = step_card_html(tour, 0, lacking=["x"], lang="fr")
    assert f"Étape 1 sur {len(tour.steps)}" in french and "Absent des données ouvertes" in french
    assert "<b>Sources</b>" in french and tour.steps[0].title in french and "step 1 of" not in french.lower()
    urdu = step_card_html(tour, 0, lang="ur")
    assert f"مرحلہ 1 از {len(tour.steps)}" in urdu and "ماخذ" in urdu and "<div dir='ltr'><h3>" in urdu
    assert "<div dir='ltr'>" not in step_card_html(tour, 0)

