"""Exports without Qt: sizes, scales, steps and frame dates; atomic files and frame folders; GIFs; the caption
and legend; the standalone HTML page; the command line's checks before anything is rendered."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PIL import Image

from viewer import export
from viewer.cli import main
from viewer.export import ExportError, Step


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def run_cli(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_sizes_scales_and_steps_are_read_strictly():
    assert export.parse_size("1920x1080") == (1920, 1080) == export.parse_size("1920×1080")
    assert export.parse_scale("2") == 2 == export.parse_scale("2x")
    assert export.parse_step("1y") == Step("y", 1) and export.parse_step("event") == Step("event")
    assert export.parse_step("5y") == Step("y", 5) and export.parse_step("month") == Step("m", 1)
    for bad in ("1920", "0x100", "100x99999", "axb", ""):
        with pytest.raises(ValueError):
            export.parse_size(bad)
    for bad in ("0", "5", "1.5", "x"):
        with pytest.raises(ValueError):
            export.parse_scale(bad)
    for bad in ("1w", "0y", "yearly", ""):
        with pytest.raises(ValueError):
            export.parse_step(bad)
    with pytest.raises(ValueError, match="megapixels"):
        export.check_output_size((3840, 2160), 4)


def test_frame_dates_for_each_step(atlas):
    yearly = export.frame_dates(atlas.first_day, atlas.last_day, Step("y"))
    assert len(yearly) == 79 and yearly[0] == dt.date(1947, 8, 14) and yearly[-1] == dt.date(2025, 8, 14)
    monthly = export.frame_dates(dt.date(2024, 1, 31), dt.date(2024, 5, 1), Step("m"))
    assert monthly == [dt.date(2024, 1, 31), dt.date(2024, 2, 29), dt.date(2024, 3, 31), dt.date(2024, 4, 30)]
    assert len(export.frame_dates(dt.date(2024, 1, 1), dt.date(2024, 1, 10), Step("d", 3))) == 4
    starts = [dt.date.fromisoformat(e["start"]) for e in atlas.events]
    events = export.frame_dates(dt.date(2024, 1, 1), dt.date(2024, 12, 31), Step("event"), starts)
    assert events == sorted({d for d in starts if d.year == 2024}) and dt.date(2024, 1, 16) in events
    with pytest.raises(ValueError, match="before it starts"):
        export.frame_dates(dt.date(2000, 1, 1), dt.date(1999, 1, 1), Step("y"))
    with pytest.raises(ValueError, match="frames"):
        export.frame_dates(atlas.first_day, atlas.last_day, Step("d"))


def test_atomic_output_leaves_nothing_behind_and_refuses_to_overwrite(tmp_path):
    target = tmp_path / "map.png"
    with pytest.raises(RuntimeError):
        with export.atomic_output(target) as tmp:
            tmp.write_bytes(b"half a file")
            raise RuntimeError("the encoder failed")
    assert leftovers(tmp_path) == []
    export.write_bytes(target, b"first")
    with pytest.raises(ExportError, match="already exists.*--force"):
        export.write_bytes(target, b"second")
    assert target.read_bytes() == b"first"
    export.write_bytes(target, b"second", force=True)
    assert target.read_bytes() == b"second" and leftovers(tmp_path) == ["map.png"]
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(ExportError, match=r"cannot write .*not-a-folder/map\.png: .*not a folder"):
        export.write_bytes(blocker / "map.png", b"x")
    with pytest.raises(ExportError, match="does not exist"):
        export.write_bytes(tmp_path / "missing" / "map.png", b"x")
    assert leftovers(tmp_path) == ["map.png", "not-a-folder"]


def test_frame_folder_appears_whole_or_not_at_all(tmp_path):
    days = [dt.date(2000, 1, 1), dt.date(2001, 1, 1)]
    folder = export.FrameFolder(tmp_path / "frames", days)
    staging = folder.open()
    (staging / folder.names[0]).write_bytes(b"png")
    folder.abort()
    assert leftovers(tmp_path) == []  # the folder this run made is gone too
    folder = export.FrameFolder(tmp_path / "frames", days)
    folder.open()
    for i in range(2):
        folder.path(i).write_bytes(b"png")
    assert [p.name for p in folder.commit()] == ["frame-0001-2000-01-01.png", "frame-0002-2001-01-01.png"]
    assert leftovers(tmp_path / "frames") == ["frame-0001-2000-01-01.png", "frame-0002-2001-01-01.png"]
    with pytest.raises(ExportError, match="already exists"):
        export.FrameFolder(tmp_path / "frames", days)
    export.FrameFolder(tmp_path / "frames", days, force=True)


def test_gif_has_one_frame_per_date_and_the_durations(tmp_path):
    frames = []
    for i, colour in enumerate(("#1d3461", "#d73027", "#91cf60", "#fdae61")):
        path = tmp_path / f"f{i}.png"
        Image.new("RGB", (64, 48), colour).save(path)
        frames.append(path)
    out = tmp_path / "a.gif"
    seen = []
    export.write_gif(frames, out, export.frame_durations(4, 300), progress=lambda d, t: seen.append(d))
    with Image.open(out) as gif:
        assert gif.n_frames == 4 and gif.size == (64, 48) and gif.info["loop"] == 0
        durations = []
        for k in range(gif.n_frames):
            gif.seek(k)
            durations.append(gif.info["duration"])
    assert durations == [300, 300, 300, 2000] and seen == [1, 2, 3, 4]
    with pytest.raises(export.ExportCancelled):
        export.write_gif(frames, tmp_path / "b.gif", [300] * 4, cancelled=lambda: True)
    assert not (tmp_path / "b.gif").exists() and not list(tmp_path.glob(".*"))


def test_caption_text_and_the_legend_of_the_day(atlas):
    assert export.caption_lines("2024-01-17") == ("Pakistan Diplomatic Atlas", "17 January 2024")
    assert export.caption_lines("1971-12-16", "  War   of 1971 ") == ("War of 1971", "16 December 1971")
    state = atlas.state("2024-01-17")
    sections = dict(export.legend_sections(state))
    labels = {e.label for rows in sections.values() for e in rows}
    assert {"Pakistan", "Hostile", "Strikes and raids", "Region of an event", "Disputed"} <= labels
    assert "Allied" in labels and not any("SEATO" in label for label in labels)  # only what the map shows that day
    labels_1965 = {e.label for _, rows in export.legend_sections(atlas.state("1965-09-06")) for e in rows}
    assert {"Southeast Asia Treaty Organization (SEATO)", "War"} <= labels_1965 and "Strikes and raids" not in labels_1965
    assert "Central Treaty Organization (CENTO; Baghdad Pact until 1959)" in labels_1965
    assert not {"SEATO", "CENTO", "RCD_ECO"} & labels_1965  # ids are never shown
    hostile = next(e for _, rows in export.legend_sections(state) for e in rows if e.label == "Hostile")
    assert hostile.pattern == "stripes" and hostile.ink  # not by colour alone
    hidden = {e.label for _, rows in export.legend_sections(state, ["disputed", "events.strike"]) for e in rows}
    assert "Disputed" not in hidden and "Strikes and raids" not in hidden and "Hostile" in hidden
    named = ["Jammu and Kashmir: Line of Control", "Shaksgam valley: boundary claimed by India (the other line)"]
    lines = [e for _, rows in export.legend_sections(state, disputed_lines=named) for e in rows]
    at = [e.label for e in lines].index("Disputed")
    assert (lines[at + 1].kind, lines[at + 1].label) == (
        "note", "Jammu and Kashmir: Line of Control; Shaksgam valley: boundary claimed by India")
    assert not [e for _, rows in export.legend_sections(state, ["disputed"], disputed_lines=["x"]) for e in rows
                if e.kind == "note"]  # the lines switched off: nothing said of them


def test_html_export_inlines_everything_and_holds_no_url(atlas):
    from viewer.export.html import build_html

    page = build_html(atlas, "2024-01-17", title="Strikes <b>2024</b>")
    assert "http://" not in page and "https://" not in page
    assert not re.search(r"<script[^>]*\bsrc=|<link[^>]*\bhref=", page)
    assert "qwebchannel.js" not in page.lower()
    assert "default-src &#x27;none&#x27;" in page and "connect-src &#x27;none&#x27;" in page
    assert "data:image/png;base64," in page  # Leaflet's images, inlined
    assert '"date":"2024-01-17"' in page and "Strikes \\u003cb\\u003e2024" in page
    assert "Map data: Natural Earth" in page
    timeline = build_html(atlas, "1971-12-16", timeline=True)
    assert "http://" not in timeline and "https://" not in timeline
    assert '"stops":[["1947-08-14"' in timeline and '["1971-12-16"' in timeline
    assert '"title":null' in build_html(atlas, "2024-01-17", caption=False)


@pytest.mark.skipif(export.mp4_available(), reason="imageio-ffmpeg is installed")
def test_mp4_without_the_encoder_says_how_to_get_it(capsys, tmp_path):
    code, out, err = run_cli(capsys, "export", "--from", "2000-01-01", "--to", "2001-01-01",
                             "--out", str(tmp_path / "a.mp4"))
    assert code == 2 and "pakatlas[video]" in err and err.count("\n") == 1
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("argv, words", [
    (["--date", "2024-01-17"], "--out"),
    (["--date", "2024-01-17", "--from", "2000-01-01", "--to", "2001-01-01", "--out", "x.gif"], "not both"),
    (["--from", "2000-01-01", "--out", "x.gif"], "both --from and --to"),
    (["--out", "x.png"], "--date"),
    (["--date", "2024-01-17", "--out", "x.txt"], ".png, .pdf or .html"),
    (["--date", "2024-01-17", "--out", "x.png", "--size", "12x"], "is not a size"),
    (["--date", "2024-01-17", "--out", "x.png", "--scale", "5"], "is not a scale"),
    (["--from", "2000-01-01", "--to", "2001-01-01", "--step", "2w", "--out", "x.gif"], "is not a step"),
    (["--date", "1947-08-13", "--out", "x.png"], "outside the timeline"),
    (["--date", "2024-01-17", "--out", "x.pdf", "--scale", "2"], "--scale cannot be used for pdf"),
    (["--date", "2024-01-17", "--out", "x.png", "--timeline"], "--timeline"),
    (["--date", "2024-01-17", "--out", "x.html", "--size", "800x600"], "--size cannot be used for html"),
    (["--from", "2000-01-01", "--to", "2001-01-01", "--out", "x.png"], "an animation goes to a folder"),
    (["--from", "2000-01-01", "--to", "2001-01-01", "--out", "x.avi"], "an animation goes to a .gif"),
    (["--from", "2001-01-01", "--to", "2000-01-01", "--out", "frames"], "before it starts"),
    (["--date", "2024-01-17", "--out", "x.png", "--size", "3840x2160", "--scale", "4"], "megapixels"),
    (["--date", "2024-01-17", "--out", "no/such/folder/x.png"], "does not exist"),
])
def test_export_bad_arguments_give_one_line_and_status_2(capsys, tmp_path, monkeypatch, argv, words):
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli(capsys, "export", *argv)
    assert code == 2 and out == "", err
    assert err.count("\n") == 1 and err.startswith("pakatlas: error: ") and words in err, err
    assert "Traceback" not in err and leftovers(tmp_path) == []


def test_every_export_says_how_to_cite_the_map_with_its_view_link(atlas):
    from viewer import version
    from viewer.core.viewlink import parse_link
    from viewer.export.html import build_html
    from viewer.export.legend import cite_as

    line = cite_as("1965-09-06", {"center": [30.5, 70.25], "zoom": 5}, ["events.visit"])
    assert line == f"Cite as: Pakistan Diplomatic Atlas {version()}, " \
                   "pakatlas:?date=1965-09-06&view=30.5,70.25,5&layers=-events.visit"
    link = parse_link(line.split(", ", 1)[1])  # the link opens the same view
    assert (link.date.isoformat(), link.view, link.hide) == ("1965-09-06", (30.5, 70.25, 5), ("events.visit",))
    assert cite_as("1965-09-06", lang="fr").startswith("Citer : Atlas diplomatique du Pakistan")
    page = build_html(atlas, "1965-09-06", lang="fr")
    assert f"Citer : Atlas diplomatique du Pakistan {version()}, pakatlas:?date=1965-09-06" in page
