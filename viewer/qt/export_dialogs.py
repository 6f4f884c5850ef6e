"""File › Export: snapshot (PNG), PDF, HTML and animation, from the window.

``install_export_actions(window)`` adds the four actions to the window's File
menu (before Quit) and returns the ``ExportActions`` object that runs them
(also kept as ``window.exports``). Each action asks for its options in a small
dialog, then for a file name, and exports the map as the window shows it — its
date, its view (centre and zoom, or the same area at another size) and its
hidden layers — but renders off screen at the chosen size, independent of the
window. Errors are shown in a message box naming the file and the reason.

Animations run frame by frame on the event loop with a progress dialog that
can cancel them; the window stays usable meanwhile. The methods
``export_image``, ``export_html`` and ``export_animation`` do the same
without dialogs (``finished(kind, ok, message)`` reports the end).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLineEdit, QMessageBox, QProgressDialog, QSpinBox, QWidget)

from viewer import export
from viewer.export import ExportError
from viewer.qt.safetext import message

log = logging.getLogger(__name__)

STEPS = (("Year", "1y"), ("Month", "1m"), ("Day", "1d"), ("Each event", "event"))


def install_export_actions(window) -> "ExportActions":
    """Add File › Export snapshot… (Ctrl+E), Export PDF…, Export HTML…, Export animation… before Quit."""
    exports = ExportActions(window)
    window.exports = exports
    file_menu = window.menuBar().actions()[0].menu()
    quit_action = file_menu.actions()[-1] if file_menu.actions() else None
    specs = (("Export &snapshot…", "Ctrl+E", exports.snapshot), ("Export &PDF…", None, exports.pdf),
             ("Export &HTML…", None, exports.html), ("Export &animation…", None, exports.animation))
    for text, key, slot in specs:
        action = QAction(text, window)
        if key:
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        file_menu.insertAction(quit_action, action)
        exports.actions.append(action)
        if hasattr(window, "actions_by_name"):
            window.actions_by_name[text.replace("&", "")] = action
    file_menu.insertSeparator(quit_action)
    return exports


def _date(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(qdate: QDate) -> dt.date:
    return dt.date(qdate.year(), qdate.month(), qdate.day())


class ExportDialog(QDialog):
    """The options of one export: size, scale, caption and title; the range and step of an animation."""

    def __init__(self, parent: QWidget, kind: str, window_size: tuple[int, int], day: dt.date,
                 first: dt.date, last: dt.date):
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle({"png": "Export snapshot", "pdf": "Export PDF", "html": "Export HTML",
                             "animation": "Export animation"}[kind])
        form = QFormLayout(self)
        if kind == "animation":
            self.start = QDateEdit(_date(first), self)
            self.end = QDateEdit(_date(last), self)
            for edit in (self.start, self.end):
                edit.setDisplayFormat("yyyy-MM-dd")
                edit.setCalendarPopup(True)
                edit.setDateRange(_date(first), _date(last))
            form.addRow("From", self.start)
            form.addRow("To", self.end)
            self.step = QComboBox(self)
            for label, value in STEPS:
                self.step.addItem(label, value)
            form.addRow("Step", self.step)
            self.frame_ms = QSpinBox(self)
            self.frame_ms.setRange(20, 60_000)
            self.frame_ms.setSingleStep(50)
            self.frame_ms.setValue(export.DEFAULT_FRAME_MS)
            self.frame_ms.setSuffix(" ms")
            form.addRow("Each frame", self.frame_ms)
            self.format = QComboBox(self)
            self.format.addItem("Animated GIF", "gif")
            self.format.addItem("MP4 video", "mp4")
            self.format.addItem("PNG frames (a folder)", "frames")
            if not export.mp4_available():
                item = self.format.model().item(1)
                item.setEnabled(False)
                item.setToolTip(export.MP4_MISSING)
            form.addRow("Format", self.format)
            self.keep_frames = QCheckBox("Also keep the PNG frames in a folder", self)
            form.addRow("", self.keep_frames)
            self.format.currentIndexChanged.connect(
                lambda: self.keep_frames.setEnabled(self.format.currentData() != "frames"))
        if kind != "html":
            self.size = QComboBox(self)
            presets = [window_size]
            for preset in ((export.DEFAULT_ANIMATION_SIZE,) if kind == "animation" else ()) + export.SIZE_PRESETS:
                if preset not in presets:
                    presets.append(preset)
            for w, h in presets:
                self.size.addItem(f"{w} × {h}" + (" (the window's map)" if (w, h) == window_size else ""), (w, h))
            self.size.addItem("Custom…", None)
            if kind == "animation":
                self.size.setCurrentIndex(presets.index(export.DEFAULT_ANIMATION_SIZE))
            self.width_box, self.height_box = QSpinBox(self), QSpinBox(self)
            for box, value in ((self.width_box, window_size[0]), (self.height_box, window_size[1])):
                box.setRange(export.MIN_SIDE, export.MAX_SIDE)
                box.setValue(value)
                box.setEnabled(False)
            custom = QHBoxLayout()
            custom.addWidget(self.width_box)
            custom.addWidget(self.height_box)
            self.size.currentIndexChanged.connect(self._size_changed)
            form.addRow("Size", self.size)
            form.addRow("", custom)
        if kind in ("png", "animation"):
            self.scale = QComboBox(self)
            for n in (1, 2, 4):
                self.scale.addItem(f"{n}×" + (" (print)" if n == 4 else ""), n)
            form.addRow("Scale", self.scale)
        if kind == "html":
            self.timeline = QCheckBox("The whole timeline, with a slider in the page", self)
            form.addRow("", self.timeline)
        else:
            self.caption = QCheckBox("Date, title, legend and data attribution on the image", self)
            self.caption.setChecked(True)
            form.addRow("Caption", self.caption)
        self.title = QLineEdit(export.DEFAULT_TITLE, self)
        form.addRow("Title", self.title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _size_changed(self) -> None:
        custom = self.size.currentData() is None
        self.width_box.setEnabled(custom)
        self.height_box.setEnabled(custom)

    def options(self) -> dict:
        """What the dialog holds, as keyword arguments of the ExportActions method."""
        out: dict = {"title": self.title.text()}
        if self.kind != "html":
            out["size"] = self.size.currentData() or (self.width_box.value(), self.height_box.value())
            out["caption"] = self.caption.isChecked()
        else:
            out["timeline"] = self.timeline.isChecked()
        if self.kind in ("png", "animation"):
            out["scale"] = self.scale.currentData()
        if self.kind == "animation":
            out.update(start=_day(self.start.date()), end=_day(self.end.date()),
                       step=export.parse_step(self.step.currentData()), frame_ms=self.frame_ms.value(),
                       kind=self.format.currentData(),
                       keep_frames=self.keep_frames.isChecked() and self.format.currentData() != "frames")
        return out


class ExportActions(QObject):
    """Runs the window's exports. ``finished(kind, ok, message)``: the path written, or why not."""

    finished = Signal(str, bool, str)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.actions: list[QAction] = []
        self.animation_job = None
        self.progress_dialog: QProgressDialog | None = None
        self._renderers: dict[bool, object] = {}
        self._closing = False
        window.installEventFilter(self)

    # -- the off-screen renderers (made on first use, deleted with the window) ---------

    def renderer(self, vector: bool = False):
        from viewer.qt.snapshot import Renderer

        current = self._renderers.get(vector)
        if current is not None and current.atlas is not self.window.atlas and not current.busy:
            current.close()  # the window's data changed: a page of the new data
            current = None
        if current is None:
            current = self._renderers[vector] = Renderer(self.window.atlas, self.window, vector=vector)
        return current

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API)
        if obj is self.window and event.type() == QEvent.Type.Close:
            self.shutdown()
        return False

    def shutdown(self) -> None:
        """Cancel a running animation and drop the renderers (the window is closing)."""
        self._closing = True
        if self.animation_job is not None and not self.animation_job.done:
            self.animation_job.cancel()
        for renderer in self._renderers.values():
            renderer.close()
        self._renderers.clear()

    # -- what the window shows -------------------------------------------------------

    def window_map_size(self) -> tuple[int, int]:
        size = self.window.map.size()
        return (min(max(size.width(), export.MIN_SIDE), export.MAX_SIDE),
                min(max(size.height(), export.MIN_SIDE), export.MAX_SIDE))

    def _with_view(self, size: tuple[int, int], then) -> None:
        """Call ``then(view)``: the window's map view for an image of ``size`` (None if the map is not up)."""
        if not self.window.map.ready:
            then(None)
            return

        def got(text):
            try:
                v = json.loads(text)
            except (TypeError, ValueError):
                then(None)
                return
            if [round(x) for x in v["size"]] == list(size):
                then({"center": v["center"], "zoom": v["zoom"]})
            else:  # another size: the same area, fitted
                then({"bounds": v["bounds"]})

        self.window.map.run_js(
            "(function(){var m=atlas.map(),c=m.getCenter(),b=m.getBounds(),s=m.getSize();"
            "return JSON.stringify({center:[c.lat,c.lng],zoom:m.getZoom(),size:[s.x,s.y],"
            "bounds:[[b.getSouth(),b.getWest()],[b.getNorth(),b.getEast()]]});})()", got)

    def _state(self) -> dict:
        return self.window.atlas.state(self.window.timeline.day)

    # -- the exports, without dialogs -----------------------------------------------------

    def export_image(self, path: Path | str, kind: str = "png", *, size: tuple[int, int] | None = None,
                     scale: int = 1, caption: bool = True, title: str | None = None, force: bool = False) -> None:
        """The window's date and view as a PNG (or, ``kind="pdf"``, a PDF page); ``finished`` tells the end."""
        from viewer.qt.snapshot import RenderJob, save_png

        path = Path(path)
        self._closing = False
        size = tuple(size or self.window_map_size())
        try:
            export.check_output_size(size, scale)
            export.check_target(path, force)
        except (ValueError, ExportError) as err:
            self._failed(kind, path, str(err))
            return
        state = self._state()
        hidden = tuple(self.window.map.hidden_layers())
        busy = self._busy_dialog(f"Exporting {path.name}…")

        def rendered(result, error):
            cancelled = busy.wasCanceled()
            self._close(busy)
            if cancelled:
                self._done(kind, False, "cancelled")
                return
            if error:
                self._failed(kind, path, error)
                return
            try:
                if kind == "pdf":
                    export.write_bytes(path, result, force)
                else:
                    save_png(result, path, force)
            except ExportError as err:
                self._failed(kind, path, str(err))
                return
            self._done(kind, True, str(path))

        def start(view):
            job = RenderJob(state, size, scale, caption, title, view, hidden)
            renderer = self.renderer(vector=(kind == "pdf"))
            (renderer.print_pdf if kind == "pdf" else renderer.render)(job, rendered)

        self._with_view(size, start)

    def export_html(self, path: Path | str, *, timeline: bool = False, title: str | None = None,
                    force: bool = False) -> None:
        """A standalone page of the window's date and view (with ``timeline``, a slider over every month)."""
        from viewer.export_html import build_html

        path = Path(path)
        self._closing = False
        try:
            export.check_target(path, force)
        except ExportError as err:
            self._failed("html", path, str(err))
            return
        hidden = self.window.map.hidden_layers()
        day = self.window.timeline.day

        def start(view):
            busy = self._busy_dialog(f"Exporting {path.name}…")
            try:
                page = build_html(self.window.atlas, day, title=title, timeline=timeline,
                                  view=view if view and "center" in view else None, hidden_layers=hidden)
                export.write_bytes(path, page.encode("utf-8"), force)
            except (ExportError, ValueError, OSError) as err:
                self._close(busy)
                self._failed("html", path, str(err))
                return
            self._close(busy)
            self._done("html", True, str(path))

        self._with_view(self.window_map_size(), start)

    def export_animation(self, path: Path | str, kind: str = "gif", *, start: dt.date, end: dt.date,
                         step: export.Step, size: tuple[int, int] = export.DEFAULT_ANIMATION_SIZE, scale: int = 1,
                         caption: bool = True, title: str | None = None, frame_ms: int = export.DEFAULT_FRAME_MS,
                         frames_dir: Path | str | None = None, force: bool = False):
        """Frames from ``start`` to ``end`` by ``step`` (the window's view and layers), with a progress dialog."""
        from viewer.qt.snapshot import AnimationExport

        path = Path(path)
        self._closing = False
        if self.animation_job is not None and not self.animation_job.done:
            self._failed("animation", path, "another animation is being exported")
            return None
        atlas = self.window.atlas
        try:
            export.check_output_size(size, scale)
            days = export.frame_dates(start, end, step, (dt.date.fromisoformat(e["start"]) for e in atlas.events))
            job = AnimationExport(self.renderer(), atlas, days, path, kind, size=size, scale=scale, caption=caption,
                                  title=title, hidden_layers=self.window.map.hidden_layers(), frame_ms=frame_ms,
                                  frames_dir=frames_dir, force=force, parent=self)
        except (ValueError, ExportError) as err:
            self._failed("animation", path, str(err))
            return None
        self.animation_job = job
        dialog = QProgressDialog(f"Exporting {len(days)} frames…", "Cancel", 0, job.total, self.window)
        dialog.setWindowTitle("Export animation")
        dialog.setWindowModality(Qt.WindowModality.NonModal)  # the window stays usable
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        self.progress_dialog = dialog
        dialog.canceled.connect(job.cancel)

        def progress(done: int, total: int, text: str) -> None:
            if dialog.wasCanceled():  # however it was cancelled (button, Escape, closed)
                job.cancel()
                return
            dialog.setValue(min(done, total))
            dialog.setLabelText(text)

        job.progress.connect(progress)
        for action in self.actions:
            action.setEnabled(False)

        def ended(ok: bool, message: str):
            for action in self.actions:
                action.setEnabled(True)
            self._close(dialog)
            self.progress_dialog = None
            if ok:
                self._done("animation", True, message)
            elif message == "cancelled":
                self._done("animation", False, message)
            else:
                self._failed("animation", path, message)

        job.finished.connect(ended)

        def begin(view):
            job.view = view
            job.start()

        self._with_view(tuple(size), begin)
        return job

    # -- the menu actions: a dialog, a file name, then the export ---------------------------

    def _dialog(self, kind: str) -> dict | None:
        atlas = self.window.atlas
        dialog = ExportDialog(self.window, kind, self.window_map_size(), self.window.timeline.day,
                              atlas.first_day, atlas.last_day)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.options()

    def _ask_file(self, caption: str, suggested: str, filter_: str, suffix: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.window, caption, str(Path.home() / suggested), filter_)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def _suggested(self, suffix: str) -> str:
        return f"pakistan-atlas-{self.window.timeline.day.isoformat()}{suffix}"

    def snapshot(self) -> None:
        options = self._dialog("png")
        path = options and self._ask_file("Export snapshot", self._suggested(".png"), "PNG image (*.png)", ".png")
        if path:
            self.export_image(path, "png", force=True, **options)  # the file dialog asked before replacing

    def pdf(self) -> None:
        options = self._dialog("pdf")
        path = options and self._ask_file("Export PDF", self._suggested(".pdf"), "PDF document (*.pdf)", ".pdf")
        if path:
            options.pop("scale", None)
            self.export_image(path, "pdf", force=True, **options)

    def html(self) -> None:
        options = self._dialog("html")
        path = options and self._ask_file("Export HTML", self._suggested(".html"), "Web page (*.html)", ".html")
        if path:
            self.export_html(path, force=True, **options)

    def animation(self) -> None:
        options = self._dialog("animation")
        if not options:
            return
        kind, keep = options.pop("kind"), options.pop("keep_frames")
        frames_dir = None
        if kind == "frames":
            folder = QFileDialog.getExistingDirectory(self.window, "Folder for the PNG frames", str(Path.home()))
            if not folder:
                return
            path = Path(folder)
        else:
            suffix = "." + kind
            label = "Animated GIF (*.gif)" if kind == "gif" else "MP4 video (*.mp4)"
            path = self._ask_file("Export animation", f"pakistan-atlas{suffix}", label, suffix)
            if not path:
                return
            if keep:
                folder = QFileDialog.getExistingDirectory(self.window, "Folder for the PNG frames", str(path.parent))
                if not folder:
                    return
                frames_dir = Path(folder)
        force = kind != "frames"  # the file dialog asked before replacing the file
        folder = path if kind == "frames" else frames_dir
        if folder is not None and any(Path(folder).glob("frame-*.png")):
            answer = message(self.window, QMessageBox.Icon.Question, "Export animation",
                             f"{folder} already holds frames. Replace those of the same names?",
                             QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
            force = True
        self.export_animation(path, kind, frames_dir=frames_dir, force=force, **options)

    # -- reporting ----------------------------------------------------------------------------

    def _busy_dialog(self, text: str) -> QProgressDialog:
        dialog = QProgressDialog(text, "Cancel", 0, 0, self.window)
        dialog.setWindowTitle("Export")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        return dialog

    @staticmethod
    def _close(dialog: QProgressDialog) -> None:
        dialog.close()
        dialog.deleteLater()

    def _done(self, kind: str, ok: bool, message: str) -> None:
        if ok:
            self.window.statusBar().showMessage(f"Exported {message}", 8000)
        elif message == "cancelled":
            self.window.statusBar().showMessage("Export cancelled; nothing was written", 8000)
        self.finished.emit(kind, ok, message)

    def _failed(self, kind: str, path: Path, reason: str) -> None:
        log.warning("export to %s failed: %s", path, reason)
        text = reason if str(path) in reason else f"{path}: {reason}"
        if self._closing:  # the window is going: no dialog
            self.finished.emit(kind, False, text)
            return
        message(self.window, QMessageBox.Icon.Warning, "Export failed", f"Could not export the map.\n\n{text}")
        self.finished.emit(kind, False, text)
