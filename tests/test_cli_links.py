"""`pakatlas --date D --view V --layers L` and `pakatlas open URI` open the window there (no Qt needed to check)."""

import datetime as dt

import pytest

import viewer.qt.app
from viewer.cli import main
from viewer.core.viewlink import ViewLink, command_line, format_link


@pytest.fixture
def opened(monkeypatch):
    calls = []
    monkeypatch.setattr(viewer.qt.app, "run_app", lambda **kw: calls.append(kw) or 0)
    monkeypatch.setattr(viewer.qt.app, "display_problem", lambda: None)  # as if a display were there
    return calls


def test_options_open_the_window_on_the_view(opened):
    assert main(["--date", "1965-09-06", "--view", "33.7,73.1,7", "--layers=-events.visit,alliance.SEATO"]) == 0
    link = opened[0]["link"]
    assert opened[0]["start_date"] == dt.date(1965, 9, 6)
    assert link == ViewLink(dt.date(1965, 9, 6), (33.7, 73.1, 7), ("events.visit",), ("alliance.SEATO",))


def test_open_takes_the_link_the_window_copies(opened):
    link = ViewLink(dt.date(2024, 1, 17), "iran-pakistan-border", ("regions",), ())
    assert main(["open", format_link(link)]) == 0
    assert opened[0]["link"] == link and opened[0]["start_date"] == link.date
    # the copied command line means the same
    words = command_line(link).split()[1:]
    assert main(words) == 0 and opened[1]["link"] == link


def test_a_bad_link_is_one_line_and_status_2(opened, capsys):
    assert main(["open", "pakatlas:?date=2024-01-17&view=atlantis"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "view: 'atlantis'" in err and opened == []
    assert main(["--view", "91,0,3"]) == 2 and "latitude 91 is outside" in capsys.readouterr().err


def test_open_a_tour_file_opens_the_window_on_it(opened, tmp_path, capsys):
    from viewer.core.paths import GEODATA

    tour = GEODATA / "tours" / "iran-pakistan.toml"
    assert main(["open", str(tour)]) == 0
    assert opened[0]["tour_file"] == tour and opened[0]["link"].date is None
    assert main(["open", str(tmp_path / "missing.toml")]) == 2
    assert "missing.toml is not a file" in capsys.readouterr().err and len(opened) == 1


def test_a_link_carries_how_past_events_show(opened, capsys):
    """``past`` and ``past-layers``: the link of a fading map, or of treaties kept, brings back that map."""
    link = ViewLink(dt.date(1972, 1, 1), None, (), (), "fade:730", "events.treaty=cumulative")
    uri = format_link(link)
    assert uri == "pakatlas:?date=1972-01-01&past=fade:730&past-layers=events.treaty%3Dcumulative"
    assert main(["open", uri]) == 0 and opened[0]["link"] == link
    assert main(command_line(link).split()[1:]) == 0 and opened[1]["link"] == link
    assert main(["open", "pakatlas:?past=sometimes"]) == 2
    assert "past: 'sometimes' is not a display mode" in capsys.readouterr().err
    assert main(["--past-layers", "borders=instant"]) == 2
    assert "past-layers: 'borders' is not a layer" in capsys.readouterr().err


def test_an_exports_cite_as_line_brings_back_its_past_events(capsys, tmp_path):
    from viewer.core.viewlink import parse_link

    out = tmp_path / "map.html"
    assert main(["export", "--date", "1972-01-01", "--mode", "fade", "--fade-days", "730", "--out", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    uri = "pakatlas:?date=1972-01-01&past=fade:730"
    assert uri in page.replace("\\/", "/").replace("\\u0026", "&")  # as script_json escapes it
    assert parse_link(uri).past == "fade:730"
    plain = tmp_path / "plain.html"
    assert main(["export", "--date", "1972-01-01", "--out", str(plain)]) == 0
    assert "past=" not in plain.read_text(encoding="utf-8")  # the default needs no word
