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
