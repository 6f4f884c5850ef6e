"""Rendering off screen: PNG (size, scale, caption), PDF, the standalone page in a browser, animations, and the
command line's exports (pytest-qt, offscreen)."""

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

from viewer import export, style
from viewer.cli import main
from viewer.export import ExportError, Step

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PySide6.QtGui import QImage  # noqa: E402

from viewer.qt.render.renderer import Renderer, RenderJob, save_png  # noqa: E402
from viewer.qt.render.runner import AnimationExport  # noqa: E402

LOAD_TIMEOUT = 60_000
RENDER_TIMEOUT = 30_000
SMALL = (400, 300)


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

    from viewer.export.html import build_html

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

        def js(script, page=page):
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


def test_image_has_the_asked_size_and_scale_shows_the_same_area(qtbot, renderer, atlas):
    state = atlas.state("2024-01-17")
    one = render(qtbot, renderer, RenderJob(state, SMALL, 1, caption=False))
    two = render(qtbot, renderer, RenderJob(state, SMALL, 2, caption=False))
    assert (one.width(), one.height()) == SMALL
    assert (two.width(), two.height()) == (SMALL[0] * 2, SMALL[1] * 2)
    # the same map area, twice the pixels: compared at half size, where the names' and patterns' fine
    # detail (drawn anew at each scale) averages out and a shifted or rescaled map would not
    half = (SMALL[0] // 2, SMALL[1] // 2)
    a, b = (to_pil(img).resize(half, Image.Resampling.LANCZOS) for img in (one, two))
    assert mean_difference(a, b) < 4
    other = render(qtbot, renderer, RenderJob(state, (300, 300), 1, caption=False))
    assert (other.width(), other.height()) == (300, 300)


def test_image_is_not_blank_and_differs_between_two_dates(qtbot, renderer, atlas):
    a = to_pil(render(qtbot, renderer, RenderJob(atlas.state("1965-09-06"), SMALL, caption=False)))
    b = to_pil(render(qtbot, renderer, RenderJob(atlas.state("2024-01-17"), SMALL, caption=False)))
    for image in (a, b):
        assert len(image.getcolors(maxcolors=1 << 20)) > 50
        assert max(ImageStat.Stat(image).stddev) > 20
    assert mean_difference(a, b) > 5
    # Iran: allied in 1965, hostile in 2024 (the share of each colour around a point inside Iran at the default
    # view, whatever name or stripe is drawn there)
    def share(image, colour: str) -> float:
        rgb = tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))
        pixels = image.convert("RGB").crop((124, 112, 164, 152)).getcolors(1 << 16)
        near = sum(n for n, p in pixels if max(abs(c - d) for c, d in zip(p, rgb)) < 16)
        return near / sum(n for n, _ in pixels)

    allied, hostile = style.STATUS_COLOURS["allied"], style.STATUS_COLOURS["hostile"]
    assert share(a, allied) > 0.2 > share(a, hostile)
    assert share(b, hostile) > 0.1 > share(b, allied)  # striped: half its pixels are the stripes


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
    render(qtbot, renderer, RenderJob(state, SMALL, caption=False, hidden_layers=("units",)))
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


def test_an_animations_progress_is_said_in_the_windows_language(qtbot, renderer, atlas, tmp_path):
    from viewer.qt import language

    days = export.frame_dates(dt.date(2020, 1, 1), dt.date(2022, 6, 1), Step("y"))
    job = AnimationExport(renderer, atlas, days, tmp_path / "a.gif", "gif", size=(160, 90),
                          frames_dir=tmp_path / "frames", frame_ms=250)
    texts = []
    job.progress.connect(lambda done, total, text: texts.append(text))
    language.install("fr")
    try:
        with qtbot.waitSignal(job.finished, timeout=60_000):
            job.start()
    finally:
        language.install("en")
    assert "image 2/3 2021-01-01" in texts and texts[-1] == "terminé"
    assert not any(text.startswith(("frame", "writing", "done")) for text in texts)


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


@pytest.mark.skipif(not export.mp4_available(), reason="imageio-ffmpeg is not installed (pakatlas[video])")
def test_mp4_animation(qtbot, renderer, atlas, tmp_path):
    days = export.frame_dates(dt.date(2020, 1, 1), dt.date(2022, 1, 1), Step("y"))
    job = AnimationExport(renderer, atlas, days, tmp_path / "a.mp4", "mp4", size=(320, 180))
    with qtbot.waitSignal(job.finished, timeout=60_000) as finished:
        job.start()
    assert finished.args[0], finished.args
    data = (tmp_path / "a.mp4").read_bytes()
    assert data[4:8] == b"ftyp" and len(data) > 1000 and leftovers(tmp_path) == ["a.mp4"]


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
                          cwd=Path(__file__).resolve().parents[2])
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


@pytest.mark.parametrize("lang", ["en", "ur"])
def test_the_legend_and_title_go_where_they_hide_the_least_of_the_map(qtbot, renderer, atlas, lang):
    """The Urdu picture of 17 January 2024 once had its legend over eastern India: now the caption's boxes
    are in the corners that cover the fewest coloured places, markers and names."""
    import numpy as np

    from viewer import style
    from viewer.export.placement import Busy, Rect

    state = atlas.state("2024-01-17")
    size = (1280, 720)
    plain = np.asarray(to_pil(render(qtbot, renderer, RenderJob(state, size, caption=False, lang=lang))).convert("RGB"))
    render(qtbot, renderer, RenderJob(state, size, caption=True, lang=lang))
    title, attribution, legend = renderer.last_caption_boxes
    strained = tuple(int(style.STATUS_COLOURS["strained"][i:i + 2], 16) for i in (1, 3, 5))
    india = np.all(np.abs(plain.astype(int) - strained) < 12, axis=-1)  # India, Afghanistan, the US marker
    under = india[legend.top():legend.bottom(), legend.left():legend.right()].sum()
    assert under < 0.05 * india.sum(), f"the legend hides {under} of {india.sum()} pixels of strained partners"
    busy = Busy(plain)
    hidden = busy.hidden(Rect(legend.left(), legend.top(), legend.width(), legend.height()))
    w, h = legend.width(), legend.height()
    for x, y in ((12, 720 - 12 - h), (1280 - 12 - w, 720 - 12 - h)):  # the bottom corners, as laid out
        if not Rect(x, y, w, h).intersects(Rect(attribution.left(), attribution.top(), attribution.width(),
                                                attribution.height())):
            assert hidden <= busy.hidden(Rect(x, y, w, h)) + 0.005
    assert not Rect(title.left(), title.top(), title.width(), title.height()).intersects(
        Rect(legend.left(), legend.top(), legend.width(), legend.height()))


def test_an_animation_asked_for_by_its_whole_time_plays_that_long(capsys, tmp_path):
    out = tmp_path / "decade.gif"
    code, _out, err = run_cli(capsys, "export", "--from", "1965-01-01", "--to", "1975-01-01", "--step", "1y",
                              "--size", "320x180", "--duration", "5", "--out", str(out))
    assert code == 0, err
    gif, total, frames = Image.open(out), 0, 0
    while True:
        total += gif.info.get("duration", 0)
        frames += 1
        try:
            gif.seek(gif.tell() + 1)
        except EOFError:
            break
    assert frames == 11 and abs(total - 5000) <= 20 * frames


def test_the_caption_names_the_disputed_lines_the_map_shows_that_day(qtbot, renderer, atlas):
    job = RenderJob(atlas.state("1965-09-06"), (1280, 720))
    render(qtbot, renderer, job)
    assert "Jammu and Kashmir: ceasefire line" in job.disputed_lines
    assert "Jammu and Kashmir: Line of Control" not in job.disputed_lines
    later = RenderJob(atlas.state("1990-06-01"), (1280, 720), view={"bounds": [[-30, -80], [-20, -70]]})  # Chile
    render(qtbot, renderer, later)
    assert later.disputed_lines == ()  # none in view there
