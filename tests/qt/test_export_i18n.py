"""Exports in Urdu and French from the command line: a mirrored caption on the image, the frames of an animation
captioned in the language."""

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PIL import Image  # noqa: E402

from viewer.cli import main  # noqa: E402


def white_box_at(image: Image.Image, x: int, y: int) -> bool:
    """The caption's near-white panel covers (x, y): no map colour is that white."""
    return all(channel >= 248 for channel in image.convert("RGB").getpixel((x, y)))


@pytest.mark.parametrize("lang", ["en", "ur"])
def test_png_caption_sits_at_the_start_of_the_reading_direction(capsys, qapp, tmp_path, lang):
    out = tmp_path / f"war-{lang}.png"
    code = main(["export", "--date", "1965-09-06", "--out", str(out), "--lang", lang])
    assert code == 0, capsys.readouterr().err
    image = Image.open(out)
    width = image.size[0]
    left, right = white_box_at(image, 16, 15), white_box_at(image, width - 16, 15)  # the box, above its text
    assert left != right  # the title and date in one top corner
    # the start of the reading direction, unless that corner is busier: in 1965 the United Kingdom's edge
    # marker is top left, so the title goes top right, where it hides nothing
    from viewer.export.placement import Busy, Rect
    plain = tmp_path / "plain.png"
    assert main(["export", "--date", "1965-09-06", "--out", str(plain), "--no-caption"]) == 0
    import numpy as np
    busy = Busy(np.asarray(Image.open(plain).convert("RGB")))
    start, end = busy.hidden(Rect(12, 12, 300, 60)), busy.hidden(Rect(width - 312, 12, 300, 60))
    if abs(start - end) < 0.005:
        assert (left, right) == ((True, False) if lang == "en" else (False, True))
    else:
        assert (left, right) == ((True, False) if start < end else (False, True))


def test_animation_frames_in_french(capsys, qapp, tmp_path):
    folder = tmp_path / "frames"
    code = main(["export", "--from", "1965-01-01", "--to", "1967-01-01", "--step", "1y", "--out", str(folder),
                 "--lang", "fr", "--size", "640x360"])
    assert code == 0, capsys.readouterr().err
    frames = sorted(folder.glob("frame-*.png"))
    assert len(frames) == 3
    assert all(white_box_at(Image.open(f), 14, 14) or white_box_at(Image.open(f), 626, 14) for f in frames)  # captioned
    english = tmp_path / "frames-en"
    assert main(["export", "--from", "1965-01-01", "--to", "1965-01-01", "--out", str(english), "--lang", "en",
                 "--size", "640x360"]) == 0
    box = (0, 0, 640, 60)  # the title and date
    french_box = Image.open(frames[0]).convert("RGB").crop(box)
    english_box = Image.open(next(english.glob("frame-*.png"))).convert("RGB").crop(box)
    assert french_box.tobytes() != english_box.tobytes()  # "1 janvier 1965", not "1 January 1965"
