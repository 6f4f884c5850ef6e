"""pakatlas in French and Urdu: --lang on every command, the system's language by default, names and exports."""

import json
import re

import pytest

from viewer.cli import build_parser, main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def english_system(monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


def names(state):
    return {t["id"]: t["name"] for t in state["territories"]}


def test_state_names_in_french_and_urdu_with_ids_unchanged(capsys):
    _, english, _ = run(capsys, "state", "--date", "1965-09-06")
    code, french, err = run(capsys, "state", "--date", "1965-09-06", "--lang", "fr")
    assert code == 0, err
    en, fr = json.loads(english), json.loads(french)
    assert names(fr)["IND"] == "Inde" and names(en)["IND"] == "India"
    assert [t["id"] for t in fr["territories"]] == [t["id"] for t in en["territories"]]
    assert [r["status"] for r in fr["relations"]] == [r["status"] for r in en["relations"]]
    code, urdu, _ = run(capsys, "--lang", "ur", "state", "--date", "1965-09-06")  # before the command too
    assert code == 0 and names(json.loads(urdu))["PAK"] == "پاکستان"
    assert json.loads(urdu)["lang"] == "ur"


def test_events_titles_in_urdu(capsys):
    code, out, _ = run(capsys, "events", "--lang", "ur")
    events = {e["id"]: e for e in json.loads(out)}
    assert code == 0
    assert events["indo-pakistani-war-1965"]["title"] == "1965 کی پاک بھارت جنگ"
    assert all(e["title_lang"] == "ur" for e in events.values())


def test_place_names_the_polity_in_the_language(capsys):
    code, out, _ = run(capsys, "place", "--date", "1972-01-01", "--lat", "23.8", "--lon", "90.4", "--lang", "fr")
    assert code == 0 and json.loads(out)["polity"]["name"] == "Bangladesh"
    code, out, _ = run(capsys, "place", "--date", "1965-09-06", "--lat", "23.8", "--lon", "90.4", "--lang", "ur")
    assert json.loads(out)["polity"] == {"id": "PAK", "name": "پاکستان", "name_lang": "ur"}


@pytest.mark.parametrize("argv", [["state", "--date", "1965-09-06", "--lang", "de"], ["--lang", "xx", "events"],
                                  ["check", "geodata", "--lang", "klingon"]])
def test_an_unknown_language_is_one_line_and_exit_2(capsys, argv):
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "unknown language" in err and "en, fr, ur" in err


def test_every_command_takes_lang():
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices
    for name, command in commands.items():
        assert any("--lang" in action.option_strings for action in command._actions), name


def test_the_system_language_is_the_default(capsys, monkeypatch):
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    _, out, _ = run(capsys, "state", "--date", "1965-09-06")
    assert names(json.loads(out))["IND"] == "Inde"
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")  # a language the atlas does not speak: English
    _, out, _ = run(capsys, "state", "--date", "1965-09-06")
    assert names(json.loads(out))["IND"] == "India"


def test_html_export_in_urdu_carries_lang_dir_and_urdu_words(capsys, tmp_path):
    out_file = tmp_path / "war-ur.html"
    code, out, err = run(capsys, "export", "--date", "1965-09-06", "--out", str(out_file), "--lang", "ur")
    assert code == 0, err
    page = out_file.read_text(encoding="utf-8")
    assert re.search(r'<html lang="ur" dir="rtl"', page)
    assert "<title>پاکستان کا سفارتی اطلس" in page and "6 ستمبر، 1965" in page
    assert "Noto Naskh Arabic" in page and "data:font/ttf;base64," in page  # the Urdu font travels with it
    assert not re.search(r"https?://", page)


def test_html_export_in_french(capsys, tmp_path):
    out_file = tmp_path / "war-fr.html"
    code, _, err = run(capsys, "export", "--date", "1965-09-06", "--out", str(out_file), "--lang", "fr", "--timeline")
    assert code == 0, err
    page = out_file.read_text(encoding="utf-8")
    assert '<html lang="fr" dir="ltr"' in page and "Atlas diplomatique du Pakistan" in page
    assert "Lecture \\/ pause" in page or "Lecture / pause" in page
    assert "rtl.css" not in page and "Noto Naskh Arabic" not in page  # no Urdu font in a French page


def test_a_range_is_given_in_the_language_asked(capsys):
    assert main(["state", "--from", "1965-01-01", "--to", "1965-12-31", "--lang", "fr"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["lang"] == "fr"
    war = {e["id"]: e for e in shown["events"]}["indo-pakistani-war-1965"]
    assert war["title"] == "Guerre indo-pakistanaise de 1965"
    cento = next(m for m in shown["memberships"] if m["alliance"] == "CENTO")
    assert cento["name"].startswith("Organisation du traité central") and cento["name_lang"] == "fr"
