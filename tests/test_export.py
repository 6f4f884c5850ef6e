"""Exports: PNG (size, scale, caption), PDF, standalone HTML, GIF/MP4 animations, from the window and headless."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat

from viewer import export
from viewer.cli import main
from viewer.export import ExportError, Step

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402

from viewer.qt.snapshot import AnimationExport, Renderer, RenderJob, save_png  # noqa: E402

LOAD_TIMEOUT = 60_000
RENDER_TIMEOUT = 30_000
SMALL = (400, 300)


# -- helpers ---------------------------------------------------------------------------


def to_pil(image: QImage) -> Image.Image:
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    return Image.frombuffer("RGB", (rgb.width(), rgb.height()), bytes(rgb.constBits()), "raw", "RGB",
                            rgb.bytesPerLine(), 1).copy()


def mean_difference(a: Image.Image, b: Image.Image) -> float:
    return sum(ImageStat.Stat(ImageChops.difference(a.convert("RGB"), b.convert("RGB"))).mean) / 3


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def run_cli(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def renderer(qapp, atlas):
    r = Renderer(atlas)
    yield r
    r.close(now=True)


def render(qtbot, renderer, job: RenderJob, pdf: bool = False):
    with qtbot.waitCallback(timeout=RENDER_TIMEOUT) as callback:
        (renderer.print_pdf if pdf else renderer.render)(job, callback)
    result, error = callback.args
    assert error is None, error
    return result


# -- arguments and dates (no Qt) ----------------------------------------------------------------


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
    assert {"Pakistan", "Hostile", "Strike, raid", "Region of an event", "Disputed"} <= labels
    assert "Allied" in labels and "SEATO" not in labels  # only what the map shows that day
    labels_1965 = {e.label for _, rows in export.legend_sections(atlas.state("1965-09-06")) for e in rows}
    assert {"SEATO", "CENTO", "War"} <= labels_1965 and "Strike, raid" not in labels_1965
    hidden = {e.label for _, rows in export.legend_sections(state, ["Disputed boundaries"]) for e in rows}
    assert "Disputed" not in hidden


# -- standalone HTML -----------------------------------------------------------------------------


def test_html_export_inlines_everything_and_holds_no_url(atlas):
    from viewer.export_html import build_html

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


class _NoNetwork:
    """A profile interceptor that lets through only the page's own file."""

    def __new__(cls, allowed: str):
        from PySide6.QtWebEngineCore import QWebEngineUrlRequestInterceptor

        class Guard(QWebEngineUrlRequestInterceptor):
            def __init__(self):
                super().__init__()
                self.requested, self.blocked = [], []

            def interceptRequest(self, info):  # noqa: N802
                url = info.requestUrl().toString()
                self.requested.append(url)
                if url != allowed and not url.startswith("data:"):
                    self.blocked.append(url)
                    info.block(True)

        return Guard()


def test_html_export_renders_its_map_offline(qtbot, atlas, tmp_path):
    from PySide6.QtCore import QUrl
    from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
    from PySide6.QtWebEngineWidgets import QWebEngineView

    from viewer.export_html import build_html

    path = tmp_path / "atlas.html"
    export.write_bytes(path, build_html(atlas, "2024-01-17", timeline=True).encode("utf-8"))
    url = QUrl.fromLocalFile(str(path))
    profile = QWebEngineProfile()
    guard = _NoNetwork(url.toString())
    profile.setUrlRequestInterceptor(guard)
    page = QWebEnginePage(profile)
    view = QWebEngineView()
    view.setPage(page)
    view.resize(900, 600)
    try:
        with qtbot.waitSignal(page.loadFinished, timeout=LOAD_TIMEOUT) as loaded:
            view.show()
            page.load(url)
        assert loaded.args == [True]

        def js(script):
            with qtbot.waitCallback(timeout=RENDER_TIMEOUT) as callback:
                page.runJavaScript(script, 0, callback)
            return callback.args[0]

        shown = json.loads(js("JSON.stringify(window.atlas && window.atlas.ready ? atlas.shownState() : null)"))
        assert shown is not None, "the page's map did not start"
        assert shown["date"] == "2024-01-17" and shown["units"]["IRN"]["status"] == "hostile"
        assert "PK.BA" in shown["regions"] and "iran-strikes-panjgur" in shown["events"]
        assert js("document.querySelectorAll('.leaflet-pane canvas, .leaflet-marker-icon').length") > 3
        # the slider moves the map through the embedded timeline
        js("(function(){var s=document.querySelector('.atlas-export-bar input');s.value='0';"
           "s.dispatchEvent(new Event('input'));})()")
        shown = json.loads(js("JSON.stringify(atlas.shownState())"))
        assert shown["date"] == "1947-08-14" and shown["units"]["BGD"]["territory"] == "PAK"
        assert guard.blocked == [] and guard.requested == [url.toString()]
    finally:
        view.close()
        view.deleteLater()
        from PySide6.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        del page, profile


# -- images --------------------------------------------------------------------------------------


def test_image_has_the_asked_size_and_scale_shows_the_same_area(qtbot, renderer, atlas):
    state = atlas.state("2024-01-17")
    one = render(qtbot, renderer, RenderJob(state, SMALL, 1, caption=False))
    two = render(qtbot, renderer, RenderJob(state, SMALL, 2, caption=False))
    assert (one.width(), one.height()) == SMALL
    assert (two.width(), two.height()) == (SMALL[0] * 2, SMALL[1] * 2)
    a, b = to_pil(one), to_pil(two).resize(SMALL, Image.Resampling.LANCZOS)
    assert mean_difference(a, b) < 4  # the same map area, twice the pixels
    other = render(qtbot, renderer, RenderJob(state, (300, 300), 1, caption=False))
    assert (other.width(), other.height()) == (300, 300)


def test_image_is_not_blank_and_differs_between_two_dates(qtbot, renderer, atlas):
    a = to_pil(render(qtbot, renderer, RenderJob(atlas.state("1965-09-06"), SMALL, caption=False)))
    b = to_pil(render(qtbot, renderer, RenderJob(atlas.state("2024-01-17"), SMALL, caption=False)))
    for image in (a, b):
        assert len(image.getcolors(maxcolors=1 << 20)) > 50
        assert max(ImageStat.Stat(image).stddev) > 20
    assert mean_difference(a, b) > 5
    # Iran: allied green in 1965, hostile red in 2024 (a point inside Iran at the default view)
    assert a.getpixel((144, 132))[1] > a.getpixel((144, 132))[0]
    assert b.getpixel((144, 132))[0] > 150 > b.getpixel((144, 132))[1]


def yellow_pixels(image: Image.Image) -> int:
    """Pixels of the yellow hatching that marks a region of the day's events."""
    import numpy as np

    rgb = np.asarray(image.convert("RGB")).astype(int)
    return int(((rgb[..., 0] > 220) & (rgb[..., 1] > 190) & (rgb[..., 2] < 90)).sum())


def test_regions_of_the_day_show_over_their_country(qtbot, renderer, atlas):
    quiet = next(d for d in ("1950-06-01", "1948-06-01", "1990-06-01", "1957-06-01") if not atlas.state(d)["regions"])
    assert atlas.state("2024-01-17")["regions"] and atlas.state("1965-09-06")["regions"]
    counts = {day: yellow_pixels(to_pil(render(qtbot, renderer, RenderJob(atlas.state(day), SMALL, caption=False))))
              for day in (quiet, "1965-09-06", "2024-01-17")}
    assert counts[quiet] < 20  # nothing hatched
    assert counts["1965-09-06"] > 80 and counts["2024-01-17"] > 80, counts  # Punjab; Balochistan


def test_regions_stay_on_top_when_the_countries_are_switched_off_and_on(qtbot, renderer, atlas):
    state = atlas.state("2024-01-17")
    render(qtbot, renderer, RenderJob(state, SMALL, caption=False, hidden_layers=("Countries",)))
    again = to_pil(render(qtbot, renderer, RenderJob(state, SMALL, caption=False)))
    assert yellow_pixels(again) > 80  # Balochistan's hatching, over Pakistan once more


def test_caption_appears_when_asked_and_not_otherwise(qtbot, renderer, atlas):
    state = atlas.state("2011-05-02")
    plain_q = render(qtbot, renderer, RenderJob(state, SMALL, 2, caption=False))
    assert renderer.last_caption_boxes == []
    captioned_q = render(qtbot, renderer, RenderJob(state, SMALL, 2, caption=True, title="Abbottabad"))
    boxes = renderer.last_caption_boxes
    assert len(boxes) == 3  # title and date, attribution, legend
    plain, captioned = to_pil(plain_q), to_pil(captioned_q)
    diff = ImageChops.difference(plain, captioned).convert("L").point(lambda v: 255 if v > 8 else 0)
    union = Image.new("L", plain.size, 0)
    for box in boxes:
        union.paste(255, (box.left(), box.top(), box.right() + 1, box.bottom() + 1))
        region = (box.left(), box.top(), box.right(), box.bottom())
        assert ImageStat.Stat(diff.crop(region)).mean[0] > 20, f"nothing painted in {region}"
    outside = ImageChops.subtract(diff, union)
    assert outside.getbbox() is None, "the caption changed the map outside its boxes"

    def panel_and_text(image: Image.Image, box) -> tuple[float, int]:
        crop = image.crop((box.left() + 4, box.top() + 4, box.right() - 4, box.bottom() - 4))
        pixels = list(crop.get_flattened_data() if hasattr(crop, "get_flattened_data") else crop.getdata())
        white = sum(1 for p in pixels if min(p) >= 248) / len(pixels)
        dark = sum(1 for p in pixels if max(p) < 90)
        return white, dark

    title_box = boxes[0]
    white, dark = panel_and_text(captioned, title_box)
    assert white > 0.4 and dark > 200  # a light panel with text on it
    white, dark = panel_and_text(plain, title_box)
    assert white < 0.05  # the map alone: no panel, and the page's own date box is hidden too


def test_pdf_is_one_page_of_the_image_aspect(qtbot, atlas, tmp_path):
    r = Renderer(atlas, vector=True)
    try:
        data = render(qtbot, r, RenderJob(atlas.state("1965-09-06"), (800, 450), caption=True), pdf=True)
    finally:
        r.close(now=True)
    assert data.startswith(b"%PDF")
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
    assert len(boxes) == 1 and len(re.findall(rb"/Type\s*/Page\b", data)) == 1  # one page
    width, height = (float(v) for v in boxes[0])
    assert abs(width - 600) < 1 and abs(height - 337.5) < 1  # 800x450 CSS pixels at 0.75 pt each
    pdf = pytest.importorskip("PySide6.QtPdf")
    path = export.write_bytes(tmp_path / "map.pdf", data)
    document = pdf.QPdfDocument()
    document.load(str(path))
    assert document.pageCount() == 1
    from PySide6.QtCore import QSize

    page = to_pil(document.render(0, QSize(800, 450)))
    assert len(page.getcolors(maxcolors=1 << 20)) > 50 and max(ImageStat.Stat(page).stddev) > 20
    document.close()


# -- animations ----------------------------------------------------------------------------------


def test_gif_animation_has_a_frame_per_date(qtbot, renderer, atlas, tmp_path):
    days = export.frame_dates(dt.date(2020, 1, 1), dt.date(2024, 6, 1), Step("y"))
    job = AnimationExport(renderer, atlas, days, tmp_path / "a.gif", "gif", size=(320, 180),
                          frames_dir=tmp_path / "frames", frame_ms=250)
    texts = []
    job.progress.connect(lambda done, total, text: texts.append(text))
    with qtbot.waitSignal(job.finished, timeout=60_000) as finished:
        job.start()
    assert finished.args == [True, str(tmp_path / "a.gif")]
    assert "frame 3/5 2022-01-01" in texts
    with Image.open(tmp_path / "a.gif") as gif:
        assert gif.n_frames == 5 and gif.size == (320, 180)
        first = gif.convert("RGB")
    assert leftovers(tmp_path) == ["a.gif", "frames"]
    assert leftovers(tmp_path / "frames") == [export.frame_name(i + 1, d) for i, d in enumerate(days)]
    with Image.open(tmp_path / "frames" / export.frame_name(1, days[0])) as png:
        assert png.size == (320, 180)
        assert mean_difference(first, png) < 6  # the GIF's first frame is the first PNG, quantised


def test_cancelled_animation_leaves_nothing(qtbot, renderer, atlas, tmp_path):
    days = export.frame_dates(dt.date(1950, 1, 1), dt.date(2020, 1, 1), Step("y"))
    job = AnimationExport(renderer, atlas, days, tmp_path / "a.gif", "gif", size=(320, 180),
                          frames_dir=tmp_path / "frames")
    job.progress.connect(lambda done, _t, _x: job.cancel() if done == 2 else None)
    with qtbot.waitSignal(job.finished, timeout=60_000) as finished:
        job.start()
    assert finished.args == [False, "cancelled"]
    assert leftovers(tmp_path) == []


def test_failing_animation_leaves_nothing_and_says_why(qtbot, renderer, atlas, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    days = export.frame_dates(dt.date(2000, 1, 1), dt.date(2003, 1, 1), Step("y"))
    job = AnimationExport(renderer, atlas, days, folder / "a.gif", "gif", size=(200, 150))
    job.progress.connect(lambda done, _t, _x: folder.exists() and done == 1 and folder.rmdir())
    with qtbot.waitSignal(job.finished, timeout=60_000) as finished:
        job.start()
    ok, message = finished.args
    assert not ok and str(folder / "a.gif") in message and "does not exist" in message
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(export.mp4_available(), reason="imageio-ffmpeg is installed")
def test_mp4_without_the_encoder_says_how_to_get_it(capsys, tmp_path):
    code, out, err = run_cli(capsys, "export", "--from", "2000-01-01", "--to", "2001-01-01",
                             "--out", str(tmp_path / "a.mp4"))
    assert code == 2 and "pakatlas[video]" in err and err.count("\n") == 1
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(not export.mp4_available(), reason="imageio-ffmpeg is not installed (pakatlas[video])")
def test_mp4_animation(qtbot, renderer, atlas, tmp_path):
    days = export.frame_dates(dt.date(2020, 1, 1), dt.date(2022, 1, 1), Step("y"))
    job = AnimationExport(renderer, atlas, days, tmp_path / "a.mp4", "mp4", size=(320, 180))
    with qtbot.waitSignal(job.finished, timeout=60_000) as finished:
        job.start()
    assert finished.args[0], finished.args
    data = (tmp_path / "a.mp4").read_bytes()
    assert data[4:8] == b"ftyp" and len(data) > 1000 and leftovers(tmp_path) == ["a.mp4"]


# -- the command line ----------------------------------------------------------------------------


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


def test_export_refuses_to_overwrite_without_force(capsys, qapp, tmp_path):
    target = tmp_path / "map.png"
    target.write_bytes(b"keep me")
    code, _, err = run_cli(capsys, "export", "--date", "2024-01-17", "--out", str(target), "--size", "400x300")
    assert code == 2 and "already exists" in err and "--force" in err and err.count("\n") == 1
    assert target.read_bytes() == b"keep me"
    code, out, err = run_cli(capsys, "export", "--date", "2024-01-17", "--out", str(target), "--size", "400x300",
                             "--scale", "2", "--force")
    assert code == 0, err
    assert out.strip() == str(target) and "rendering 2024-01-17 at 400x300 x2" in err
    with Image.open(target) as image:
        assert image.size == (800, 600)
    assert leftovers(tmp_path) == ["map.png"]
    code, out, err = run_cli(capsys, "export", "--date", "2024-01-17", "--out", str(target / "x.png"))
    assert code == 2 and out == "" and err.count("\n") == 1
    assert f"cannot write {target / 'x.png'}: {target} is not a folder" in err
    assert leftovers(tmp_path) == ["map.png"]


def test_export_cli_writes_html_and_animation(capsys, qapp, tmp_path):
    code, out, err = run_cli(capsys, "export", "--date", "1971-12-16", "--out", str(tmp_path / "a.html"),
                             "--timeline")
    assert code == 0, err
    page = (tmp_path / "a.html").read_text(encoding="utf-8")
    assert "http://" not in page and "https://" not in page and '"stops"' in page
    code, out, err = run_cli(capsys, "export", "--from", "2024-01-01", "--to", "2024-12-31", "--step", "event",
                             "--out", str(tmp_path / "frames"), "--size", "200x150", "--no-caption")
    assert code == 0, err
    frames = leftovers(tmp_path / "frames")
    assert frames and all(re.fullmatch(r"frame-\d{4}-2024-\d\d-\d\d\.png", f) for f in frames)
    assert f"frame {len(frames)}/{len(frames)} " in err and "frame-0001-2024-01-16.png" in frames


def test_headless_export_needs_no_display(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "map.png"
    done = subprocess.run([sys.executable, "-m", "viewer", "export", "--date", "2024-01-17", "--out", str(out),
                           "--size", "320x240"], capture_output=True, text=True, timeout=180, env=env,
                          cwd=Path(__file__).resolve().parents[1])
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(out)
    with Image.open(out) as image:
        assert image.size == (320, 240)
    assert "Traceback" not in done.stderr and "rendering 2024-01-17" in done.stderr


def test_save_png_failure_names_the_file_and_leaves_nothing(qtbot, renderer, atlas, tmp_path):
    image = render(qtbot, renderer, RenderJob(atlas.state("2001-09-12"), (200, 150), caption=False))
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(ExportError, match=r"file/map\.png"):
        save_png(image, blocker / "map.png")
    if hasattr(os, "geteuid") and os.geteuid() != 0:  # root may write anywhere
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o555)
        with pytest.raises(ExportError, match="not writable|Permission denied"):
            save_png(image, locked / "map.png")
        assert leftovers(locked) == []
    assert leftovers(tmp_path) == ["file"]


# -- the window ----------------------------------------------------------------------------------


@pytest.fixture
def window(open_window, atlas):
    return open_window(atlas, dt.date(2024, 1, 17), size=(900, 640))


def test_file_menu_has_the_exports_before_quit(window):
    file_menu = window.menuBar().actions()[0].menu()
    names = [a.text().replace("&", "") for a in file_menu.actions() if not a.isSeparator()]
    assert names[-5:] == ["Export snapshot…", "Export PDF…", "Export HTML…", "Export animation…", "Quit"]
    assert window.actions_by_name["Export snapshot…"].shortcut().toString() == "Ctrl+E"


def test_snapshot_from_the_window_at_a_chosen_size_and_scale(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialog, QFileDialog

    from viewer.qt.export_dialogs import ExportDialog

    def accept(dialog):
        dialog.size.setCurrentIndex(dialog.size.count() - 1)  # Custom…
        dialog.width_box.setValue(400)
        dialog.height_box.setValue(300)
        dialog.scale.setCurrentIndex(1)  # 2×
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", accept)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "shot"), ""))
    with qtbot.waitSignal(window.exports.finished, timeout=RENDER_TIMEOUT) as finished:
        window.actions_by_name["Export snapshot…"].trigger()
    assert finished.args == ["png", True, str(tmp_path / "shot.png")]
    with Image.open(tmp_path / "shot.png") as image:
        assert image.size == (800, 600)
        assert max(ImageStat.Stat(image.convert("RGB")).stddev) > 20
    # at the window's own size: the map exactly as the window shows it, independent of the window
    with qtbot.waitSignal(window.exports.finished, timeout=RENDER_TIMEOUT) as finished:
        window.exports.export_image(tmp_path / "window.png", caption=False)
    assert finished.args[1], finished.args
    with Image.open(tmp_path / "window.png") as image:
        assert image.size == (window.map.width(), window.map.height())
    assert window.exports.renderer().view.isVisible() and not window.exports.renderer().view.isActiveWindow()


def test_window_animation_can_be_cancelled_and_the_window_stays_responsive(qtbot, window, tmp_path):
    ticks = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(dt.datetime.now()))
    timer.start()
    job = window.exports.export_animation(tmp_path / "a.gif", "gif", start=dt.date(1950, 1, 1),
                                          end=dt.date(2020, 1, 1), step=Step("y"), size=(320, 180))
    assert job is not None and window.exports.progress_dialog is not None
    assert not window.actions_by_name["Export snapshot…"].isEnabled()
    qtbot.waitUntil(lambda: job._index >= 3, timeout=RENDER_TIMEOUT)
    with qtbot.waitSignal(window.exports.finished, timeout=RENDER_TIMEOUT) as finished:
        from PySide6.QtWidgets import QPushButton

        button = window.exports.progress_dialog.findChild(QPushButton)
        assert button is not None and button.text() == "Cancel"
        button.click()
    timer.stop()
    assert finished.args == ["animation", False, "cancelled"]
    assert leftovers(tmp_path) == []
    gaps = [(b - a).total_seconds() for a, b in zip(ticks, ticks[1:])]
    assert len(ticks) > 10 and max(gaps) < 0.5, max(gaps)
    assert window.actions_by_name["Export snapshot…"].isEnabled()


def test_closing_the_window_stops_its_animation_quietly(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(f"a dialog while closing: {a}"))
    job = window.exports.export_animation(tmp_path / "a.gif", "gif", start=dt.date(1950, 1, 1),
                                          end=dt.date(2020, 1, 1), step=Step("y"), size=(320, 180),
                                          frames_dir=tmp_path / "frames")
    qtbot.waitUntil(lambda: job._index >= 2, timeout=RENDER_TIMEOUT)
    with qtbot.waitSignal(window.exports.finished, timeout=RENDER_TIMEOUT) as finished:
        window.close()
    assert finished.args == ["animation", False, "cancelled"]
    assert leftovers(tmp_path) == []


def test_window_export_error_names_the_file_and_the_reason(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    with qtbot.waitSignal(window.exports.finished, timeout=RENDER_TIMEOUT) as finished:
        window.exports.export_image(blocker / "map.png")
    assert finished.args[:2] == ["png", False]
    assert len(shown) == 1 and str(blocker / "map.png") in shown[0] and "not a folder" in shown[0]
    with qtbot.waitSignal(window.exports.finished, timeout=RENDER_TIMEOUT):
        window.exports.export_html(blocker / "map.html")
    assert str(blocker / "map.html") in shown[1]
    assert leftovers(tmp_path) == ["not-a-folder"]


def test_window_html_export_keeps_the_date_view_and_layers(qtbot, window, tmp_path):
    window.map.set_hidden_layers(["Disputed boundaries"])
    with qtbot.waitSignal(window.exports.finished, timeout=RENDER_TIMEOUT) as finished:
        window.exports.export_html(tmp_path / "map.html", title="January 2024")
    assert finished.args == ["html", True, str(tmp_path / "map.html")]
    page = (tmp_path / "map.html").read_text(encoding="utf-8")
    assert '"date":"2024-01-17"' in page and '"hidden":["Disputed boundaries"]' in page
    assert '"view":{"center":[' in page and "https://" not in page
