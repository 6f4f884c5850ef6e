"""Writing export files so that a failed or cancelled export leaves nothing behind.

A file is written to a hidden temporary file beside its target and renamed over it only when
complete (``atomic_output``); never over an existing file unless asked (``force``). Numbered PNG
frames go to a hidden folder inside their target folder and are moved into place only when all
are written (``FrameFolder``). Errors are ``ExportError``s whose one-line message names the file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import secrets
import shutil
from pathlib import Path
from typing import Iterator, Sequence


class ExportError(Exception):
    """An export that could not be made; the message is one line and names the file."""


class ExportCancelled(ExportError):
    """The user cancelled an export; nothing was left behind."""

    def __init__(self, message: str = "cancelled"):
        super().__init__(message)


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


