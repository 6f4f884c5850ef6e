"""File › Export: snapshot (PNG), PDF, HTML and animation, from the window.

``ExportActions(window)`` runs the window's exports. It needs only what the window shows now:
the window gives it ``shown_now()`` (a ``Shown``: the atlas, the date, the hidden layers and
the map's size) and ``map_view(size, then)`` (the map's centre and zoom, or the same area fitted
to another size); the window puts the four menu actions (``ExportActions.MENU``) in its File
menu itself. Each action asks for its options in a small dialog, then for a file name, builds an
``ExportRequest`` (validated as the command line validates it) and runs it with an
``ExportRunner``, off screen at the chosen size, independent of the window. Errors are shown in a
message box naming the file and the reason.

Animations run frame by frame on the event loop with a progress dialog that can cancel them;
the window stays usable meanwhile. The methods ``export_image``, ``export_html`` and
``export_animation`` do the same without dialogs (``finished(kind, ok, message)`` reports the end).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLineEdit, QMessageBox, QProgressDialog, QSpinBox, QWidget)

from viewer.export import options
from viewer.export.animation import MP4_MISSING, mp4_available
from viewer.core.citations import documents_cited, write as write_citations
from viewer.core.sources import bundled_catalogue
from viewer.export.files import ExportError, write_bytes
from viewer.export.legend import caption_lines
from viewer.export.request import ExportRequest, InvalidRequest
from viewer.qt.safetext import message

log = logging.getLogger(__name__)

STEPS = ((QT_TRANSLATE_NOOP("ExportDialog", "Year"), "1y"), (QT_TRANSLATE_NOOP("ExportDialog", "Month"), "1m"),
         (QT_TRANSLATE_NOOP("ExportDialog", "Day"), "1d"), (QT_TRANSLATE_NOOP("ExportDialog", "Each event"), "event"))


@dataclass(frozen=True)
class Shown:
    """What the window shows now: all an export of "the map as the window shows it" needs."""

    atlas: object
    day: dt.date
    hidden_layers: tuple[str, ...]  # layer ids
    map_size: tuple[int, int]


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
        self.setWindowTitle({"png": self.tr("Export snapshot"), "pdf": self.tr("Export PDF"),
                             "html": self.tr("Export HTML"), "animation": self.tr("Export animation")}[kind])
        form = QFormLayout(self)
        if kind == "animation":
            self.start = QDateEdit(_date(first), self)
            self.end = QDateEdit(_date(last), self)
            for edit in (self.start, self.end):
                edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # ISO dates, never reversed in Urdu
                edit.setDisplayFormat("yyyy-MM-dd")
                edit.setCalendarPopup(True)
                edit.setDateRange(_date(first), _date(last))
            form.addRow(self.tr("From"), self.start)
            form.addRow(self.tr("To"), self.end)
            self.step = QComboBox(self)
            for label, value in STEPS:
                self.step.addItem(self.tr(label), value)
            form.addRow(self.tr("Step"), self.step)
            self.frame_ms = QSpinBox(self)
            self.frame_ms.setRange(20, 60_000)
            self.frame_ms.setSingleStep(50)
            self.frame_ms.setValue(options.DEFAULT_FRAME_MS)
            self.frame_ms.setSuffix(" ms")
            form.addRow(self.tr("Each frame"), self.frame_ms)
            self.duration = QSpinBox(self)  # or the whole animation's time: each frame's worked out from it
            self.duration.setRange(0, 3600)
            self.duration.setSpecialValueText(self.tr("as each frame says"))
            self.duration.setSuffix(" s")
            self.duration.setAccessibleName(self.tr("Whole animation, in seconds"))
            self.duration.valueChanged.connect(lambda v: self.frame_ms.setEnabled(v == 0))
            form.addRow(self.tr("Whole animation"), self.duration)
            self.format = QComboBox(self)
            self.format.addItem(self.tr("Animated GIF"), "gif")
            self.format.addItem(self.tr("MP4 video"), "mp4")
            self.format.addItem(self.tr("PNG frames (a folder)"), "frames")
            if not mp4_available():
                item = self.format.model().item(1)
                item.setEnabled(False)
                item.setToolTip(MP4_MISSING)
            form.addRow(self.tr("Format"), self.format)
            self.keep_frames = QCheckBox(self.tr("Also keep the PNG frames in a folder"), self)
            form.addRow("", self.keep_frames)
            self.format.currentIndexChanged.connect(
                lambda: self.keep_frames.setEnabled(self.format.currentData() != "frames"))
        if kind != "html":
            self.size = QComboBox(self)
            presets = [window_size]
            for preset in ((options.DEFAULT_ANIMATION_SIZE,) if kind == "animation" else ()) + options.SIZE_PRESETS:
                if preset not in presets:
                    presets.append(preset)
            for w, h in presets:
                self.size.addItem(self.tr("%1 × %2 (the window's map)").replace("%1", str(w)).replace("%2", str(h))
                                  if (w, h) == window_size else f"{w} × {h}", (w, h))
            self.size.addItem(self.tr("Custom…"), None)
            if kind == "animation":
                self.size.setCurrentIndex(presets.index(options.DEFAULT_ANIMATION_SIZE))
            self.width_box, self.height_box = QSpinBox(self), QSpinBox(self)
            for box, value in ((self.width_box, window_size[0]), (self.height_box, window_size[1])):
                box.setRange(options.MIN_SIDE, options.MAX_SIDE)
                box.setValue(value)
                box.setEnabled(False)
            custom = QHBoxLayout()
            custom.addWidget(self.width_box)
            custom.addWidget(self.height_box)
            self.size.currentIndexChanged.connect(self._size_changed)
            form.addRow(self.tr("Size"), self.size)
            form.addRow("", custom)
        if kind in ("png", "animation"):
            self.scale = QComboBox(self)
            for n in (1, 2, 4):
                self.scale.addItem(self.tr("%1× (print)").replace("%1", str(n)) if n == 4 else f"{n}×", n)
            form.addRow(self.tr("Scale"), self.scale)
        if kind == "html":
            self.timeline = QCheckBox(self.tr("The whole timeline, with a slider in the page"), self)
            form.addRow("", self.timeline)
        else:
            self.caption = QCheckBox(self.tr("Date, title, legend and data attribution on the image"), self)
            self.caption.setChecked(True)
            form.addRow(self.tr("Caption"), self.caption)
        self.title = QLineEdit(caption_lines(day, None, getattr(parent, "lang", "en"))[0], self)
        form.addRow(self.tr("Title"), self.title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _size_changed(self) -> None:
        custom = self.size.currentData() is None
        self.width_box.setEnabled(custom)
        self.height_box.setEnabled(custom)

    def options(self) -> dict:
        """What the dialog holds, as keyword arguments of the ExportActions method (fields of an ExportRequest)."""
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
                       step=options.parse_step(self.step.currentData()),
                       frame_ms=None if self.duration.value() else self.frame_ms.value(),
                       duration_s=float(self.duration.value()) or None,
                       kind=self.format.currentData(),
                       keep_frames=self.keep_frames.isChecked() and self.format.currentData() != "frames")
        return out


class ExportActions(QObject):
    """Runs the window's exports. ``finished(kind, ok, message)``: the path written, or why not.

    ``window`` is the dialogs' parent and gives ``shown_now()``, ``map_view(size, then)`` and
    ``statusBar()``; nothing else of it is used.
    """

    finished = Signal(str, bool, str)
    MENU = ((QT_TRANSLATE_NOOP("ExportActions", "Export &snapshot…"), "Ctrl+E", "snapshot"),
            (QT_TRANSLATE_NOOP("ExportActions", "Export &PDF…"), None, "pdf"),
            (QT_TRANSLATE_NOOP("ExportActions", "Export &HTML…"), None, "html"),
            (QT_TRANSLATE_NOOP("ExportActions", "Export &animation…"), None, "animation"),
            (QT_TRANSLATE_NOOP("ExportActions", "Export &citations of the map…"), None, "citations"))
    """(text, shortcut, method) of the File menu's export actions (the text translated in context ExportActions)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.actions: list[QAction] = []  # the window's export actions: off while an animation runs
        self.animation_job = None  # the ExportRunner of the animation running, if any
        self.progress_dialog: QProgressDialog | None = None
        self._renderers: dict[bool, object] = {}
        self._closing = False
        window.installEventFilter(self)

    # -- the off-screen renderers (made on first use, deleted with the window) ---------

    def renderer(self, vector: bool = False):
        from viewer.qt.render.renderer import Renderer

        atlas = self.window.shown_now().atlas
        current = self._renderers.get(vector)
        if current is not None and current.atlas is not atlas and not current.busy:
            current.close()  # the window's data changed: a page of the new data
            current = None
        if current is None:
            current = self._renderers[vector] = Renderer(atlas, self.window, vector=vector, lang=self._lang())
        return current

    def _lang(self) -> str:
        """The window's language: the exports' captions, legends and pages are in it."""
        return getattr(self.window, "lang", "en")

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

    def window_map_size(self) -> tuple[int, int]:
        w, h = self.window.shown_now().map_size
        return (min(max(w, options.MIN_SIDE), options.MAX_SIDE), min(max(h, options.MIN_SIDE), options.MAX_SIDE))

    # -- the exports, without dialogs -----------------------------------------------------

    def export_image(self, path: Path | str, kind: str = "png", *, size: tuple[int, int] | None = None,
                     scale: int = 1, caption: bool = True, title: str | None = None, force: bool = False):
        """The window's date and view as a PNG (or, ``kind="pdf"``, a PDF page); ``finished`` tells the end."""
        shown = self.window.shown_now()
        request = ExportRequest(Path(path), kind=kind, date=shown.day, size=tuple(size or self.window_map_size()),
                                scale=None if kind == "pdf" else scale, caption=caption, title=title, force=force,
                                hidden_layers=shown.hidden_layers)
        return self.run(request)

    def export_html(self, path: Path | str, *, timeline: bool = False, title: str | None = None,
                    force: bool = False):
        """A standalone page of the window's date and view (with ``timeline``, a slider over every month)."""
        shown = self.window.shown_now()
        request = ExportRequest(Path(path), kind="html", date=shown.day, timeline=timeline, title=title,
                                force=force, hidden_layers=shown.hidden_layers)
        return self.run(request)

    def export_animation(self, path: Path | str, kind: str = "gif", *, start: dt.date, end: dt.date,
                         step: options.Step, size: tuple[int, int] = options.DEFAULT_ANIMATION_SIZE, scale: int = 1,
                         caption: bool = True, title: str | None = None, frame_ms: int | None = options.DEFAULT_FRAME_MS,
                         frames_dir: Path | str | None = None, force: bool = False, duration_s: float | None = None):
        """Frames from ``start`` to ``end`` by ``step`` (the window's view and layers), with a progress dialog."""
        shown = self.window.shown_now()
        request = ExportRequest(Path(path), kind=kind, start=start, end=end, step=step, size=tuple(size), scale=scale,
                                caption=caption, title=title,
                                frame_ms=None if duration_s or kind == "frames" else frame_ms,
                                duration_s=None if kind == "frames" else duration_s, frames_dir=Path(frames_dir) if frames_dir else None, force=force,
                                hidden_layers=shown.hidden_layers)
        return self.run(request)

    def run(self, request: ExportRequest, tour=None):
        """Validate and run a request in the background, at the window's view; returns its ExportRunner, or None.
        ``tour`` is the ``Tour`` of a tour's export (``request.tour``)."""
        from viewer.qt.render.runner import ExportRunner

        what = "animation" if request.animation else request.kind
        path = Path(request.out)
        self._closing = False
        if what == "animation" and self.animation_job is not None and not self.animation_job.done:
            self._failed(what, path, "another animation is being exported")
            return None
        try:
            request = request.replace(lang=self._lang()).validate()
            runner = ExportRunner(request, self.window.shown_now().atlas, self.renderer, parent=self, tour=tour)
        except (InvalidRequest, ExportError) as err:
            self._failed(what, path, str(err))
            return None
        dialog = self._progress_dialog(runner, path) if what == "animation" else self._busy_dialog(runner, path)

        def ended(ok: bool, message: str) -> None:
            cancelled = not ok and message == "cancelled"
            if what == "animation":
                for action in self.actions:
                    action.setEnabled(True)
                self.progress_dialog = None
            self._close(dialog)
            if ok or cancelled:
                self._done(what, ok, message)
            else:
                self._failed(what, path, message)

        runner.finished.connect(ended)

        def begin(view: dict | None) -> None:
            runner.set_view(view)
            runner.start()

        self.window.map_view(self.window_map_size() if request.kind == "html" else request.size, begin)
        return runner

    def _busy_dialog(self, runner, path: Path) -> QProgressDialog:
        dialog = QProgressDialog(self.tr("Exporting %1…").replace("%1", path.name), self.tr("Cancel"), 0, 0,
                                 self.window)
        dialog.setWindowTitle(self.tr("Export"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.canceled.connect(runner.cancel)
        return dialog

    def _progress_dialog(self, runner, path: Path) -> QProgressDialog:
        self.animation_job = runner
        dialog = QProgressDialog(self.tr("Exporting %n frame(s)…", "", len(runner.days)), self.tr("Cancel"), 0,
                                 runner.total, self.window)
        dialog.setWindowTitle(self.tr("Export animation"))
        dialog.setWindowModality(Qt.WindowModality.NonModal)  # the window stays usable
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        self.progress_dialog = dialog
        dialog.canceled.connect(runner.cancel)

        def progress(done: int, total: int, text: str) -> None:
            if dialog.wasCanceled():  # however it was cancelled (button, Escape, closed)
                runner.cancel()
                return
            dialog.setValue(min(done, total))
            dialog.setLabelText(text)

        runner.progress.connect(progress)
        for action in self.actions:
            action.setEnabled(False)
        return dialog

    # -- the menu actions: a dialog, a file name, then the export ---------------------------

    def _dialog(self, kind: str) -> dict | None:
        shown = self.window.shown_now()
        dialog = ExportDialog(self.window, kind, self.window_map_size(), shown.day, shown.atlas.first_day,
                              shown.atlas.last_day)
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
        return f"pakistan-atlas-{self.window.shown_now().day.isoformat()}{suffix}"

    def snapshot(self) -> None:
        options = self._dialog("png")
        path = options and self._ask_file(self.tr("Export snapshot"), self._suggested(".png"),
                                                self.tr("PNG image (*.png)"), ".png")
        if path:
            self.export_image(path, "png", force=True, **options)  # the file dialog asked before replacing

    def pdf(self) -> None:
        options = self._dialog("pdf")
        path = options and self._ask_file(self.tr("Export PDF"), self._suggested(".pdf"),
                                                self.tr("PDF document (*.pdf)"), ".pdf")
        if path:
            options.pop("scale", None)
            self.export_image(path, "pdf", force=True, **options)

    def html(self) -> None:
        options = self._dialog("html")
        path = options and self._ask_file(self.tr("Export HTML"), self._suggested(".html"),
                                                self.tr("Web page (*.html)"), ".html")
        if path:
            self.export_html(path, force=True, **options)

    def animation(self) -> None:
        options = self._dialog("animation")
        if not options:
            return
        kind, keep = options.pop("kind"), options.pop("keep_frames")
        frames_dir = None
        if kind == "frames":
            folder = QFileDialog.getExistingDirectory(self.window, self.tr("Folder for the PNG frames"), str(Path.home()))
            if not folder:
                return
            path = Path(folder)
        else:
            suffix = "." + kind
            label = self.tr("Animated GIF (*.gif)") if kind == "gif" else self.tr("MP4 video (*.mp4)")
            path = self._ask_file(self.tr("Export animation"), f"pakistan-atlas{suffix}", label, suffix)
            if not path:
                return
            if keep:
                folder = QFileDialog.getExistingDirectory(self.window, self.tr("Folder for the PNG frames"),
                                                          str(path.parent))
                if not folder:
                    return
                frames_dir = Path(folder)
        force = kind != "frames"  # the file dialog asked before replacing the file
        folder = path if kind == "frames" else frames_dir
        if folder is not None and any(Path(folder).glob("frame-*.png")):
            answer = message(self.window, QMessageBox.Icon.Question, self.tr("Export animation"),
                             self.tr("%1 already holds frames. Replace those of the same names?").replace("%1", str(folder)),
                             QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
            force = True
        self.export_animation(path, kind, frames_dir=frames_dir, force=force, **options)

    CITATION_FORMATS = {".bib": "bibtex", ".ris": "ris", ".json": "csl-json"}

    def export_citations(self, path: Path | str, *, force: bool = False) -> Path:
        """Write the documents behind the map of the day shown (its events, relations, alliances and
        borders) for a reference manager, in the format of the file's suffix (.bib, .ris, .json: CSL-JSON);
        whole or not at all."""
        path = Path(path)
        fmt = self.CITATION_FORMATS.get(path.suffix.lower())
        if fmt is None:
            raise ExportError(f"{path.name}: a citations file ends in .bib, .ris or .json")
        shown = self.window.shown_now()
        documents = documents_cited(shown.atlas.records_on(shown.day), bundled_catalogue())
        return write_bytes(path, write_citations(documents, fmt).encode("utf-8"), force=force)

    def citations(self) -> None:
        filters = ";;".join((self.tr("BibTeX (*.bib)"), self.tr("RIS (*.ris)"), self.tr("CSL-JSON (*.json)")))
        name, chosen = QFileDialog.getSaveFileName(self.window, self.tr("Export citations of the map"),
                                                   str(Path.home() / self._suggested("-sources.bib")), filters)
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in self.CITATION_FORMATS:
            path = path.with_name(path.name + (".ris" if "ris" in chosen else ".json" if "json" in chosen.lower() else ".bib"))
        try:
            written = self.export_citations(path, force=True)  # the file dialog asked before replacing
        except ExportError as err:
            self._failed("citations", path, str(err))
            return
        self._done("citations", True, str(written))

    # -- reporting ----------------------------------------------------------------------------

    @staticmethod
    def _close(dialog: QProgressDialog) -> None:
        dialog.close()
        dialog.deleteLater()

    def _done(self, kind: str, ok: bool, message: str) -> None:
        if ok:
            self.window.statusBar().showMessage(self.tr("Exported %1").replace("%1", message), 8000)
        elif message == "cancelled":
            self.window.statusBar().showMessage(self.tr("Export cancelled; nothing was written"), 8000)
        self.finished.emit(kind, ok, message)

    def _failed(self, kind: str, path: Path, reason: str) -> None:
        log.warning("export to %s failed: %s", path, reason)
        text = reason if str(path) in reason else f"{path}: {reason}"
        if self._closing:  # the window is going: no dialog
            self.finished.emit(kind, False, text)
            return
        message(self.window, QMessageBox.Icon.Warning, self.tr("Export failed"),
                self.tr("Could not export the map.") + "\n\n" + text)
        self.finished.emit(kind, False, text)
