"""Every way in, hardened like data files: tours and tour folders, conflict files read into columns,
GeoParquet, settings and links. Each case was once a hang, a traceback, unbounded memory or a message
that did not say what was wrong; none needs Qt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.test_conflict import GED_COLUMNS, ged_row, write_csv
from viewer.cli import main
from viewer.core import fileio
from viewer.core.columnar import load_conflict_csv
from viewer.core.formats import read_user_file
from viewer.core.tours import MAX_TOUR_BYTES, check_tour_file, check_tours
from viewer.core.tourtoml import MAX_NESTING, nesting_depth, read_toml
from viewer.core.viewlink import parse_link, parse_view_text
from viewer.page.layers import MAX_SAVED_LAYERS, from_setting

REPO = Path(__file__).resolve().parents[2]
GOOD_TOUR = (REPO / "geodata" / "tours" / "us-pakistan.toml").read_text(encoding="utf-8")


def run_cli(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def run_bounded(*argv, seconds: float = 30, memory_mb: int = 600) -> subprocess.CompletedProcess:
    """``pakatlas ARGV`` in a child that may not take more than ``seconds`` nor ``memory_mb`` of memory:
    a hang or an unbounded read fails the test instead of the machine."""
    def limit():
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory_mb * 2**20, memory_mb * 2**20))

    return subprocess.run([sys.executable, "-m", "viewer", *map(str, argv)], capture_output=True, text=True,
                          timeout=seconds, cwd=REPO, preexec_fn=limit if sys.platform.startswith("linux") else None,
                          env={**os.environ, "PYTHONPATH": str(REPO)})


# -- tour files and tour folders ------------------------------------------------------------------

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_tour_folder_with_a_fifo_and_a_link_to_dev_zero_is_checked_in_a_moment(tmp_path):
    folder = tmp_path / "tours"
    folder.mkdir()
    (folder / "good.toml").write_text(GOOD_TOUR, encoding="utf-8")
    os.mkfifo(folder / "pipe.toml")
    (folder / "zero.toml").symlink_to("/dev/zero")
    for argv in (("tours", "--folder", folder), ("check", folder)):
        done = run_bounded(*argv)
        assert "Traceback" not in done.stderr
        said = done.stdout + done.stderr
        assert "pipe.toml: is not a regular file" in said and "zero.toml: is not a regular file" in said, said
    tours, problems = check_tours(folder)
    assert [t.id for t in tours] == ["us-pakistan"]
    assert sorted(p.file for p in problems) == ["pipe.toml", "zero.toml"]


def test_a_huge_sparse_tour_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "big.toml"
    with path.open("wb") as stream:
        stream.truncate(300 * 2**20)  # 300 MB of nothing, on no disk
    done = run_bounded("check", path, memory_mb=400)
    assert done.returncode == 1 and "larger than the 2 MB" in done.stderr + done.stdout
    data, problems = read_toml(path, path.name, MAX_TOUR_BYTES)
    assert data is None and "larger than" in problems[0].message and MAX_TOUR_BYTES == 2 * 2**20


@pytest.mark.parametrize("nested", ["[" * 100_000 + "]" * 100_000, "{a=" * 50_000 + "1" + "}" * 50_000])
def test_a_tour_nested_too_deep_is_one_problem_naming_the_file(tmp_path, nested):
    path = tmp_path / "deep.toml"
    path.write_text(f'id = "deep"\ntitle = "t"\nsteps = {nested}\n', encoding="utf-8")
    tour, problems = check_tour_file(path)
    assert tour is None and len(problems) == 1
    assert problems[0].file == "deep.toml" and f"more than {MAX_NESTING} deep" in problems[0].message


def test_nesting_is_counted_outside_strings_and_comments():
    assert nesting_depth('a = "[[[[[[" # {{{{{{\nb = [[1], [2]]\n') == 2
    assert nesting_depth("t = '''\n[[[[\n'''\nu = {x = [1]}\n") == 2
    assert nesting_depth("[[steps]]\ndate = 1965-09-06\n") == 2
    assert nesting_depth('s = "a \\" ["\nv = [1]\n') == 1


def test_problems_of_one_tour_file_stop_at_the_documented_cap(tmp_path, monkeypatch):
    from viewer.core import fileio as limits

    monkeypatch.setattr(limits, "MAX_PROBLEMS_PER_FILE", 5)
    steps = "".join(f'\n[[steps]]\ndate = "1965-09-06"\ntitle = "s{n}"\nview = [20, 60, 30, 70]\nevents = ["nope{n}"]\n'
                    for n in range(40))
    path = tmp_path / "many.toml"
    path.write_text('id = "many"\ntitle = "t"\n' + steps, encoding="utf-8")
    _tour, problems = check_tour_file(path)
    assert len(problems) == 6 and "more problems than the atlas lists" in problems[-1].message


# -- conflict files read into columns ----------------------------------------------------------------

@pytest.mark.parametrize("deaths", ["3000000000", "1e30"])
def test_absurd_deaths_are_a_problem_in_the_columnar_store_as_in_a_small_file(tmp_path, deaths):
    path = tmp_path / "ged.csv"
    write_csv(path, GED_COLUMNS, [ged_row(id="1", best=deaths, high=deaths), ged_row(id="2")])
    store, problems = load_conflict_csv(path)
    _rows, expected = read_user_file(path)
    assert [str(p) for p in problems] == [str(p) for p in expected]
    assert [(p.record, p.field) for p in problems] == [("record 1 ('ged-1') on line 2", "best")]
    assert "more deaths than one event can have" in problems[0].message and store.ids == ["2"]


def test_a_date_outside_the_timeline_is_named_by_the_files_own_column(tmp_path, capsys):
    path = tmp_path / "ged.csv"
    write_csv(path, GED_COLUMNS, [ged_row(id="1", date_start="9999-12-31", date_end="9999-12-31"), ged_row(id="2")])
    code, out, err = run_cli(capsys, "check", path)
    assert code == 1 and "field 'date_start': is outside the timeline" in out + err
    assert "field 'start'" not in out + err


# -- GeoParquet ------------------------------------------------------------------------------

def _parquet(path: Path, rows: int = 0, bad_row: int | None = None) -> Path:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    from shapely import to_wkb
    from shapely.geometry import Point

    geo = {"version": "1.0.0", "primary_column": "geometry",
           "columns": {"geometry": {"encoding": "WKB", "geometry_types": ["Point"]}}}
    if rows:
        table = pa.table({"id": pa.nulls(rows, pa.string()), "geometry": pa.nulls(rows, pa.binary())})
    else:
        ids = ["a", "b", "c"]
        wkb = [to_wkb(Point(70 + i, 30)) for i in range(3)]
        if bad_row is not None:
            wkb[bad_row] = b"\x01\x02\x03"
        table = pa.table({"id": ids, "title": ["A", "B", "C"], "category": ["visit"] * 3,
                          "start": ["1965-09-06"] * 3, "actors": ['["PAK"]'] * 3, "source": ["jamal-diplomat-2024"] * 3,
                          "locator": ["p. 1"] * 3, "geometry": pa.array(wkb, type=pa.binary())})
    pq.write_table(table.replace_schema_metadata({b"geo": json.dumps(geo).encode()}), path)
    return path


def test_a_small_geoparquet_of_millions_of_empty_rows_is_refused_from_its_footer(tmp_path):
    path = _parquet(tmp_path / "events.parquet", rows=3_000_000)
    done = run_bounded("check", path, memory_mb=900, seconds=60)
    assert done.returncode == 1 and "holds 3,000,000 rows, more than the 500,000" in done.stdout + done.stderr


def test_one_bad_geometry_in_geoparquet_names_its_record_and_the_rest_load(tmp_path, capsys):
    path = _parquet(tmp_path / "events.parquet", bad_row=1)
    code, out, err = run_cli(capsys, "check", path)
    lines = [line for line in (out + err).splitlines() if "record" in line]
    assert code == 1 and len(lines) == 1 and "record 2 ('b'), field 'geometry': cannot be read: it is not WKB" in lines[0]
    tables, _problems = read_user_file(path)
    raw = [r for t in tables for r in t.records]
    assert [r.properties["id"] for r in raw] == ["a", "b", "c"] and [bool(r.issues) for r in raw] == [False, True, False]


# -- settings and links ----------------------------------------------------------------------

def test_a_settings_value_of_millions_of_hidden_layers_is_dropped_before_it_is_split():
    ids, why = from_setting(",".join(["events.visit"] * 10_000_000))
    assert ids == [] and "characters long" in why
    ids, why = from_setting(",".join(f"events.x{n}" for n in range(MAX_SAVED_LAYERS + 1)))
    assert ids == [] and f"more than {MAX_SAVED_LAYERS} layers" in why
    assert from_setting("disputed,events.visit,disputed") == (["disputed", "events.visit"], None)
    assert from_setting(None) == ([], None) and from_setting(42)[1].startswith("is not text")


@pytest.mark.parametrize("zoom", ["²", "9" * 5000, "٣"])
def test_a_bad_zoom_in_a_link_names_the_view_and_the_zoom(zoom):
    with pytest.raises(ValueError) as err:
        parse_view_text(f"30,70,{zoom}")
    assert str(err.value).startswith("view: zoom ") and "is not a whole number from 0 to 18" in str(err.value)
    assert len(str(err.value)) < 200
    with pytest.raises(ValueError, match="^view: zoom "):
        parse_link(f"pakatlas:?view=30,70,{zoom}")


def test_a_tour_step_past_the_tours_end_is_refused_before_rendering(capsys, tmp_path):
    code, out, err = run_cli(capsys, "export", "--tour", "us-pakistan", "--tour-step", "99999",
                             "--out", tmp_path / "x.png")
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert "--tour-step 99999" in err and "from 1 to 16" in err
    assert not (tmp_path / "x.png").exists()


def test_a_file_name_holding_a_line_break_is_printed_on_one_line(capsys, tmp_path):
    out_path = tmp_path / "a\nb.html"
    code, out, err = run_cli(capsys, "export", "--date", "1965-09-06", "--out", out_path)
    assert code == 0 and out.count("\n") == 1 and "a\\x0ab.html" in out
    code, out, err = run_cli(capsys, "export", "--date", "1965-09-06", "--out", out_path)  # exists: refused
    assert code != 0 and len(err.strip().splitlines()) == 1


def test_a_file_opened_after_it_became_a_fifo_is_refused_without_blocking(tmp_path, monkeypatch):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this system")
    pipe = tmp_path / "pipe.geojson"
    os.mkfifo(pipe)
    monkeypatch.setattr(fileio, "check_size", lambda *a, **k: [])  # as if it had been a file when looked at
    raw, problems = fileio.read_limited(pipe, "pipe.geojson")
    assert raw is None and "is not a regular file" in problems[0].message
