"""`pakatlas check` checks tours too: a folder's tours/ or .toml files, naming file, step and field."""

import shutil

from viewer.cli import main
from viewer.core.paths import GEODATA
from viewer.core.validate import check_paths

BAD = '''id = "bad"
title = "Bad"
language = "en"

[[steps]]
date = 1940-01-01
view = "nowhere"
events = ["no-such-event"]
title = "First"
narrative = "Words."
sources = ["nobody"]
hold = 5
'''


def test_bundled_tours_check_clean():
    assert check_paths([GEODATA / "tours"]) == []


def test_a_bad_tour_file_names_file_step_and_field(tmp_path, capsys):
    path = tmp_path / "bad.toml"
    path.write_text(BAD, encoding="utf-8")
    problems = check_paths([path])
    fields = {p.field for p in problems}
    assert fields == {"date", "view", "events[0]", "sources[0].source"}
    assert all(p.file == str(path) and p.record == "step 1 ('First')" for p in problems)
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}, step 1 ('First'), field 'view': unknown view 'nowhere'" in out


def test_a_data_folder_with_tours_checks_them(tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(GEODATA, folder)
    (folder / "tours" / "bad.toml").write_text(BAD, encoding="utf-8")
    problems = [p for p in check_paths([folder]) if p.file.endswith(".toml")]
    assert problems and all(p.file == str(folder / "tours" / "bad.toml") for p in problems)
    (folder / "tours" / "copy.toml").write_text((GEODATA / "tours" / "iran-pakistan.toml").read_text(), "utf-8")
    problems = check_paths([folder / "tours"])
    assert any("duplicate tour id 'iran-pakistan'" in p.message for p in problems)
