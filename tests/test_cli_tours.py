"""`pakatlas tours` and `pakatlas diff`: JSON on stdout, one-line errors with exit status 2."""

import json
import shutil

import pytest

from viewer.cli import main
from viewer.core.paths import GEODATA


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_tours_json_lists_the_bundled_tours(capsys):
    code, out, err = run(capsys, "tours", "--json")
    assert code == 0 and err == ""
    tours = {t["id"]: t for t in json.loads(out)}
    assert set(tours) == {"us-pakistan", "iran-pakistan"}
    for tour in tours.values():
        assert set(tour) == {"id", "title", "language", "steps"}
        assert tour["language"] == "en" and tour["steps"] >= 10


def test_tours_without_json_is_one_line_per_tour(capsys):
    code, out, _ = run(capsys, "tours")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert lines[1].startswith("us-pakistan\t") and lines[1].endswith("Pakistan and the United States, 1947–2025")


def test_a_broken_tour_is_left_out_and_its_problems_go_to_stderr(capsys, tmp_path):
    shutil.copy(GEODATA / "tours" / "iran-pakistan.toml", tmp_path)
    (tmp_path / "bad.toml").write_text('id = "bad"\ntitle = "Bad"\nlanguage = "en"\n', encoding="utf-8")
    code, out, err = run(capsys, "tours", "--json", "--folder", str(tmp_path))
    assert code == 0
    assert [t["id"] for t in json.loads(out)] == ["iran-pakistan"]
    assert err == "pakatlas: bad.toml, field 'steps': is missing (expected one or more [[steps]] tables)\n"


def test_diff_prints_the_differences_as_json(capsys):
    code, out, err = run(capsys, "diff", "--from", "1965-09-06", "--to", "2024-01-17")
    assert code == 0, err
    result = json.loads(out)
    assert set(result) == {"from", "to", "relations", "alliances", "territories", "events_between"}
    iran = next(r for r in result["relations"] if r["partner"] == "IRN")
    assert (iran["from"], iran["to"]) == ("allied", "hostile")
    assert result["alliances"]["left"] == ["SEATO", "CENTO"]
    assert "BGD" in {t["id"] for t in result["territories"]["appeared"]}


def test_diff_text_says_it_in_words(capsys):
    code, out, _ = run(capsys, "diff", "--from", "1965-09-06", "--to", "2024-01-17", "--text")
    assert code == 0
    assert "Iran: allied → hostile\n" in out and "Left SEATO, CENTO\n" in out


@pytest.mark.parametrize("argv, words", [
    (["diff", "--from", "1965-09-31", "--to", "2024-01-17"], "argument --from: '1965-09-31' is not a real calendar date"),
    (["diff", "--from", "1965-09-06", "--to", "2030-01-01"], "argument --to: 2030-01-01 is outside the timeline"),
    (["diff", "--from", "1965-09-06"], "the following arguments are required: --to"),
    (["tours", "--folder", "/nonexistent/tours"], "/nonexistent/tours is not a folder"),
])
def test_bad_arguments_give_one_line_and_status_2(capsys, argv, words):
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("pakatlas: error: ") and words in err


def test_diff_text_speaks_the_language_asked(capsys):
    code, out, _ = run(capsys, "diff", "--from", "1965-09-06", "--to", "2024-01-17", "--text", "--lang", "fr")
    assert code == 0
    assert "Iran : Allié → Hostile" in out and "allied" not in out
