"""Where the window's data comes from: the bundled files, a folder, or the user's own files, kept live.

Loading runs on a worker thread so a large file never freezes the window. Files are
watched: when one changes on disk the data is loaded again; a version with errors is
refused and the last good data stays, with the reason reported.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer, Signal

from viewer.core.atlas import Atlas
from viewer.core.problems import DataError

RELOAD_DELAY_MS = 200
"""Editors write files in bursts; wait this long after the last change before loading."""


class DataSource(QObject):
    """Loads the atlas (strictly: data with errors is never half-used) and reloads it when files change."""

    loaded = Signal(object)  # Atlas
    failed = Signal(str)  # why the data could not be used; the previous data stays
    busy = Signal(bool)
    _finished = Signal(object)  # (Atlas | None, message), from the worker thread

    def __init__(self, data_dir: Path | None = None, files: list[Path] | None = None, replace: bool = False,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.files = list(files or [])
        self.replace = replace
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="atlas-load")
        self._running = False
        self._again = False
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._changed)
        self.watcher.directoryChanged.connect(self._changed)
        self._debounce = QTimer(self, singleShot=True, interval=RELOAD_DELAY_MS)
        self._debounce.timeout.connect(self.reload)
        self._finished.connect(self._on_finished)
        self._stamps: dict[Path, tuple[int, int] | None] = {}

    @property
    def sources(self) -> list[Path]:
        """Every file and folder the current data comes from, beyond the bundled files."""
        return ([self.data_dir] if self.data_dir else []) + self.files

    def open(self, paths: list[Path], replace: bool = False) -> None:
        """Use these files (or one folder) on top of the bundled data, or instead of it."""
        folders = [p for p in paths if p.is_dir()]
        self.data_dir = folders[0] if folders else None
        self.files = [p for p in paths if not p.is_dir()]
        self.replace = replace
        self.reload()

    def reset(self) -> None:
        """Back to the bundled data."""
        self.data_dir, self.files, self.replace = None, [], False
        self.reload()

    def reload(self) -> None:
        if self._running:
            self._again = True
            return
        self._running = True
        self.busy.emit(True)
        job = self._executor.submit(self._load, self.data_dir, list(self.files), self.replace)
        job.add_done_callback(lambda done: self._finished.emit(done.result()))

    @staticmethod
    def _load(data_dir, files, replace):
        try:
            return Atlas.load(data_dir, extra_files=files, replace=replace, strict=True), ""
        except DataError as err:
            shown = "\n".join(str(p) for p in err.problems[:8])
            more = len(err.problems) - 8
            return None, shown + ("\n" + QCoreApplication.translate(  # %n filled in here, as displaymenu.py says why
                "DataSource", "… and %n more (run pakatlas check for the full list)").replace("%n", str(more))
                if more > 0 else "")
        except Exception as err:  # the window must survive whatever a file holds
            return None, QCoreApplication.translate("DataSource", "Could not load the data: %1").replace("%1", str(err))

    def _on_finished(self, result) -> None:
        atlas, message = result
        self._running = False
        self.busy.emit(False)
        self._watch()
        if atlas is not None:
            self.loaded.emit(atlas)
        else:
            self.failed.emit(message)
        if self._again:
            self._again = False
            self.reload()

    def _watch(self) -> None:
        """Watch each source file and its folder (editors often save by replacing the file)."""
        old = self.watcher.files() + self.watcher.directories()
        if old:
            self.watcher.removePaths(old)
        paths = {str(p) for p in self.sources if p.exists()} | {str(p.parent) for p in self.files if p.parent.exists()}
        if paths:
            self.watcher.addPaths(sorted(paths))
        self._stamps = {p: _stamp(p) for p in self.files}

    def _changed(self, _path: str) -> None:
        # A folder signal for an unrelated file is ignored; a source file that changed reloads.
        if self.data_dir is not None or any(_stamp(p) != s for p, s in self._stamps.items()):
            self._debounce.start()

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
        return info.st_mtime_ns, info.st_size
    except OSError:
        return None
