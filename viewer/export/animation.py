"""Frames assembled into an animated GIF (Pillow) or an MP4 (only where the optional ``imageio-ffmpeg``
is installed: ``pip install 'pakatlas[video]'``); both written atomically, both cancellable."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Callable, Sequence

from viewer import style
from viewer.export.files import ExportCancelled, ExportError, atomic_output
from viewer.export.options import DEFAULT_FRAME_MS, HOLD_LAST_MS

def frame_durations(count: int, frame_ms: int = DEFAULT_FRAME_MS, hold_last_ms: int = HOLD_LAST_MS) -> list[int]:
    """Each frame's time on screen: ``frame_ms``, the last one at least ``hold_last_ms``."""
    if count <= 0:
        return []
    return [frame_ms] * (count - 1) + [max(frame_ms, hold_last_ms)]


def _style_colours() -> list[tuple[int, int, int]]:
    """The map's and the caption's own colours: kept exact in a GIF's palette (thin hatching lines included)."""
    out: list[tuple[int, int, int]] = []
    for value in style.palette():
        text = str(value).lstrip("#")
        if re.fullmatch(r"[0-9a-fA-F]{6}", text):
            rgb = (int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16))
            if rgb not in out:
                out.append(rgb)
    return out


def _palette_from(frames: Sequence[Path], samples: int = 8):
    """One 256-colour palette for every frame (no flicker between frames): the style's own colours, and the
    rest chosen from a sample of the frames (antialiased edges, text)."""
    from PIL import Image

    k = min(samples, len(frames))
    picks = sorted({round(i * (len(frames) - 1) / max(1, k - 1)) for i in range(k)})
    tiles = []
    for i in picks:
        with Image.open(frames[i]) as im:
            tile = im.convert("RGB")
            tile.thumbnail((max(64, tile.width // 2), max(64, tile.height // 2)))
            tiles.append(tile)
    mosaic = Image.new("RGB", (max(t.width for t in tiles), sum(t.height for t in tiles)))
    y = 0
    for tile in tiles:
        mosaic.paste(tile, (0, y))
        y += tile.height
    known = _style_colours()
    adaptive = mosaic.quantize(colors=256 - len(known), method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    chosen = (adaptive.getpalette() or [])[:3 * (256 - len(known))]
    flat = [c for rgb in known for c in rgb] + chosen
    palette = Image.new("P", (1, 1))
    palette.putpalette(flat + [0] * (768 - len(flat)))
    return palette


Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def write_gif(frames: Sequence[Path], out: Path | str, durations: Sequence[int], *, force: bool = False,
              progress: Progress | None = None, cancelled: Cancelled | None = None) -> Path:
    """An animated GIF of PNG frames, looping, with one palette for all frames.

    Frames identical to the one before are merged into it (their times added),
    as Pillow does; with a caption every frame differs by its date.
    """
    from PIL import Image

    if not frames:
        raise ExportError(f"cannot write {out}: there are no frames")
    palette = _palette_from(frames)
    total = len(frames)

    def quantized():
        for i, frame in enumerate(frames):
            if cancelled and cancelled():
                raise ExportCancelled()
            with Image.open(frame) as im:
                q = im.convert("RGB").quantize(palette=palette, dither=Image.Dither.NONE)
            if progress:
                progress(i + 1, total)
            yield q

    with atomic_output(out, force) as tmp:
        images = quantized()
        first = next(images)
        first.save(tmp, format="GIF", save_all=True, append_images=images, duration=list(durations), loop=0,
                   optimize=False, disposal=1)
    return Path(out)


def mp4_available() -> bool:
    """True when the optional imageio-ffmpeg (``pakatlas[video]``) is installed and has an ffmpeg."""
    try:
        import imageio_ffmpeg

        return bool(imageio_ffmpeg.get_ffmpeg_exe())
    except Exception:  # not installed, or no ffmpeg binary for this platform
        return False


MP4_MISSING = "MP4 needs the optional imageio-ffmpeg package: pip install 'pakatlas[video]' (or export a .gif)"


def write_mp4(frames: Sequence[Path], out: Path | str, durations: Sequence[int], *, force: bool = False,
              progress: Progress | None = None, cancelled: Cancelled | None = None) -> Path:
    """An H.264 MP4 of PNG frames (even-sized; each frame shown for its duration)."""
    if not mp4_available():
        raise ExportError(MP4_MISSING)
    import imageio_ffmpeg
    from PIL import Image

    if not frames:
        raise ExportError(f"cannot write {out}: there are no frames")
    base = max(1, min(durations))
    fps = 1000.0 / base
    with Image.open(frames[0]) as im:
        width, height = im.width - im.width % 2, im.height - im.height % 2
    with atomic_output(out, force) as tmp:
        writer = imageio_ffmpeg.write_frames(str(tmp), (width, height), fps=fps, codec="libx264",
                                             pix_fmt_in="rgb24", pix_fmt_out="yuv420p", quality=7,
                                             macro_block_size=1, ffmpeg_log_level="error",
                                             output_params=["-movflags", "+faststart"])
        writer.send(None)
        try:
            for i, frame in enumerate(frames):
                if cancelled and cancelled():
                    raise ExportCancelled()
                with Image.open(frame) as im:
                    data = im.convert("RGB").crop((0, 0, width, height)).tobytes()
                for _ in range(max(1, round(durations[i] / base))):
                    writer.send(data)
                if progress:
                    progress(i + 1, len(frames))
        finally:
            writer.close()
    return Path(out)
