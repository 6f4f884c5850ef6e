"""Display modes on the command line: instant, window N, cumulative, fade."""

import json

from viewer.cli import main


def ids(capsys, *args):
    assert main(["state", "--date", "1966-06-01", *args]) == 0
    return {e["id"]: e for e in json.loads(capsys.readouterr().out)["events"]}


def test_each_mode_lists_the_past_events_it_promises(capsys):
    instant = ids(capsys, "--mode", "instant")
    window = ids(capsys)  # the default: a year after each event's end
    short = ids(capsys, "--mode", "window", "--window", "30")
    cumulative = ids(capsys, "--mode", "cumulative")
    assert "tashkent-declaration" not in instant  # 10 January 1966, a one-day event
    assert "tashkent-declaration" in window and "tashkent-declaration" not in short
    assert "pakistan-independence" in cumulative and "pakistan-independence" not in window
    assert set(instant) <= set(short) <= set(window) <= set(cumulative)


def test_fade_gives_older_events_less_opacity_and_drops_those_faded_out(capsys):
    faded = ids(capsys, "--mode", "fade", "--fade-days", "400")
    assert 0 < faded["indo-pakistani-war-1965"]["opacity"] < faded["tashkent-declaration"]["opacity"] < 1
    assert "pakistan-independence" not in faded
    assert all(0 < e["opacity"] <= 1 for e in faded.values())


def test_an_unknown_mode_is_refused(capsys):
    assert main(["state", "--date", "1966-06-01", "--mode", "sometimes"]) == 2
    assert "--mode" in capsys.readouterr().err


# -- the display as the atlas keeps it: the window, the CLI and the exports ask the same atlas ----------

import datetime as dt  # noqa: E402

import pytest  # noqa: E402

from viewer.core.atlas import Atlas  # noqa: E402
from viewer.core.modes import Display  # noqa: E402
from viewer.export.legend import legend_sections  # noqa: E402


@pytest.fixture(scope="module")
def atlas():
    return Atlas.load()


def test_a_display_is_written_and_read_back_and_a_wrong_one_is_named():
    for text in ("instant", "window:30", "cumulative", "fade:400", "window:0"):
        assert Display.parse(text).text() == text
    assert Display.parse("fade") == Display("fade")
    for bad, words in (("sometimes", "not a display mode"), ("instant:3", "only window and fade"),
                       ("window:-3", "only window and fade"), ("window:99999", "from 0 to")):
        with pytest.raises(ValueError, match=words):
            Display.parse(bad)


def test_a_range_is_the_map_of_its_last_day_with_the_window_between(atlas):
    """Everything active from D1 to D2 (state --from --to, on the day alone) is what the map of D2 shows
    with the window of D2 - D1 days: the timeline's second handle and --since are that window."""
    first, last = dt.date(1965, 1, 1), dt.date(1965, 12, 31)
    atlas.set_display(Display("instant"))
    active = {e["id"] for e in atlas.state_range(first, last)["events"]}
    atlas.set_display(Display.for_range(first, last))
    try:
        shown = atlas.state(last)
        assert {e["id"] for e in shown["events"]} == active
        assert "indo-pakistani-war-1965" in active and "tashkent-declaration" not in active
        assert shown["display"]["since"] == "1965-01-01"
    finally:
        atlas.set_display(Display())


def test_changing_the_display_changes_the_day_and_comes_back(atlas):
    day = dt.date(1966, 6, 1)
    before = [e["id"] for e in atlas.state(day)["events"]]
    atlas.set_display(Display("instant"))
    assert "tashkent-declaration" not in {e["id"] for e in atlas.state(day)["events"]}
    atlas.set_display(Display("fade", fade_days=400))
    assert all("opacity" in e for e in atlas.state(day)["events"])
    atlas.set_display(Display())
    assert [e["id"] for e in atlas.state(day)["events"]] == before


def test_the_legend_says_how_long_past_events_stay(atlas):
    def recent_row(display, lang="en"):
        atlas.set_display(display)
        try:
            rows = [entry for _title, entries in legend_sections(atlas.state(dt.date(1966, 6, 1)), lang=lang)
                    for entry in entries if entry.faded]
        finally:
            atlas.set_display(Display())
        return rows[0].label if rows else None

    assert recent_row(Display()) == "Past year"
    assert recent_row(Display("window", window=200)) == "Ended since 13 November 1965"
    assert recent_row(Display("window", window=200), "fr") == "Terminés depuis le 13 novembre 1965"
    assert recent_row(Display("cumulative")) == "Ended earlier"
    assert recent_row(Display("fade")) == "Ended earlier, fading"
    assert recent_row(Display("instant")) is None  # nothing past on the map, no row


def test_export_takes_the_display_and_refuses_a_range_without_its_day(capsys, tmp_path):
    out = tmp_path / "map.html"
    assert main(["export", "--date", "1966-06-01", "--since", "1966-05-01", "--mode", "fade", "--out", str(out)]) == 2
    assert "--since" in capsys.readouterr().err
    assert main(["export", "--from", "1965-01-01", "--to", "1965-03-01", "--since", "1964-01-01",
                 "--out", str(tmp_path / "a.gif")]) == 2
    assert "--since goes with --date" in capsys.readouterr().err
    assert main(["export", "--date", "1966-06-01", "--since", "1966-07-01", "--out", str(out)]) == 2
    assert "before it begins" in capsys.readouterr().err
    assert not out.exists()


def test_an_html_export_shows_the_range_it_was_asked_for(capsys, tmp_path):
    out = tmp_path / "1965.html"
    assert main(["export", "--date", "1965-12-31", "--since", "1965-01-01", "--out", str(out)]) == 0, \
        capsys.readouterr().err
    page = out.read_text(encoding="utf-8")
    assert '"legend":{"recent":"Ended since 1 January 1965"}' in page  # the legend's words of the range
    plain = tmp_path / "plain.html"
    assert main(["export", "--date", "1965-12-31", "--mode", "instant", "--out", str(plain)]) == 0
    assert '"legend":{"recent":"Past year"}' in plain.read_text(encoding="utf-8")  # nothing past: the row hides


def test_a_layer_keeps_past_events_its_own_way(capsys):
    """Treaties so far, everything else on the day only: a historian's map of the treaties in force."""
    own = ids(capsys, "--mode", "instant", "--layer-mode", "events.treaty=cumulative")
    assert "sino-pakistan-boundary-agreement" in own and "tashkent-declaration" in own  # treaties of 1963, 1966
    assert all(e["category"] == "treaty" for e in own.values() if e["recent"])
    plain = ids(capsys, "--mode", "instant")
    assert set(plain) <= set(own) and "sino-pakistan-boundary-agreement" not in plain
    assert main(["state", "--date", "1966-06-01", "--layer-mode", "events.treaty=fade:100"]) == 0
    state = json.loads(capsys.readouterr().out)
    assert state["display"]["layers"] == {"events.treaty": "fade:100"}
    assert "tashkent-declaration" not in {e["id"] for e in state["events"]}  # faded out after 100 days
    for bad, words in (("borders=instant", "not a layer with past events"), ("events.treaty", "LAYER=MODE"),
                       ("events.treaty=soon", "not a display mode")):
        assert main(["state", "--date", "1966-06-01", "--layer-mode", bad]) == 2
        assert words in capsys.readouterr().err
