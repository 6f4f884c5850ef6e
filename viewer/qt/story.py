"""The window's story features, installed by ``install(window)``: the Tours menu and tour bar, View ›
Compare dates, Edit › Copy link to this view, File › Export tour…, and opening the window on a link.

Tours › Open a tour file… (or a ``.toml`` dropped on the window, or ``pakatlas open FILE.toml``) plays a
tour someone made (``open_tour_file``): its problems, if it cannot be read, go to the error banner, one
line each; events and layers the data lacks are said on their steps. Tours › New tour, Edit the open
tour, Add this view as a step, Save the tour and Save the tour as… work on the editor's draft
(``viewer.qt.toureditor``); Edit › Undo and Redo follow its undo stack.

``Story.apply_link(link)`` moves the window to a ``viewer.core.viewlink.ViewLink``: its date, its view
(a region or box fitted, or a centre and zoom) and its layers (hidden: those hidden now, less the
link's shown ones, plus its hidden ones). ``Story.link(then)`` gives the link of what the window shows.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from viewer.core.paths import GEODATA
from viewer.core.tourplay import expand
from viewer.core.tourdraft import TourDraft
from viewer.core.tourfile import open_tour
from viewer.core.tours import TOURS_DIR, check_tours, vocabulary_of
from viewer.core.modes import Display, parse_layer_displays
from viewer.core.viewlink import MAX_ZOOM, ViewLink, command_line, format_link, pixel_decimals
from viewer.export.legend import past_of
from viewer.export.request import ExportRequest
from viewer.page.layers import known_ids
from viewer.qt.tourbar import REDUCED_MOTION_SETTING, TourPlayer, reduced_motion

log = logging.getLogger(__name__)

TOUR_FORMATS = QT_TRANSLATE_NOOP("Story", "PDF, a page per step (*.pdf);;Web page (*.html);;Animated GIF (*.gif);;"
                                 "MP4 video (*.mp4)")


def bundled_tours(atlas) -> list:
    """The valid bundled tours for this data (their problems go to the log)."""
    tours, problems = check_tours(GEODATA / TOURS_DIR, vocabulary_of(atlas))
    for problem in problems:
        log.warning("tour: %s", problem)
    return sorted(tours, key=lambda t: t.title)


class Story(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.compare_window = None
        self.player = TourPlayer(window, bundled_tours(window.atlas))
        self.tour_path: Path | None = None  # the file of the tour open now, when it came from one
        self._editor = None
        self._menus()
        self.player.changed.connect(self._update_actions)
        self._update_actions()

    # -- menus -------------------------------------------------------------------------------

    def _menus(self) -> None:
        """Edit (before View), the View menu's new entries, Tours (before Help) and File › Export the tour."""
        w = self.window
        bar = w.menuBar()
        menus = w.menus  # the window's menus by English name, whatever the language
        edit = QMenu(self.tr("&Edit"), bar)
        bar.insertMenu(menus["View"].menuAction(), edit)
        tours = QMenu(self.tr("&Tours"), bar)
        bar.insertMenu(menus["Help"].menuAction(), tours)
        view = menus["View"]
        view.addSeparator()
        self.copy_link_action = self._add(edit, QT_TRANSLATE_NOOP("Story", "Copy &link to this view"), "Ctrl+Shift+C",
                                          self.copy_link)
        self.compare_action = self._add(view, QT_TRANSLATE_NOOP("Story", "&Compare dates…"), "Ctrl+D",
                                        self.open_compare)
        self.motion_action = self._add(view, QT_TRANSLATE_NOOP("Story", "&Reduce motion (jump, do not fly)"), None,
                                       self._set_motion)
        self.motion_action.setCheckable(True)
        self.motion_action.setChecked(reduced_motion(w.settings))
        self.tour_actions = {}
        for tour in self.player.tours.values():
            steps = self.tr("%n step(s)", "", len(tour.steps))
            action = QAction(f"{tour.title} ({steps})", w)
            action.triggered.connect(lambda _=False, t=tour.id: self.player.open(t))
            tours.addAction(action)
            self.tour_actions[tour.id] = action
        tours.addSeparator()
        self.open_tour_action = self._add(tours, QT_TRANSLATE_NOOP("Story", "&Open a tour file…"), "Ctrl+Shift+O",
                                          lambda: self.open_tour_file())
        self.close_tour_action = self._add(tours, QT_TRANSLATE_NOOP("Story", "&Close the tour"), None, self.player.close)
        tours.addSeparator()
        self.new_tour_action = self._add(tours, QT_TRANSLATE_NOOP("Story", "&New tour"), "Ctrl+Shift+N", self.new_tour)
        self.edit_tour_action = self._add(tours, QT_TRANSLATE_NOOP("Story", "&Edit the open tour"), None,
                                          self.edit_open_tour)
        self.add_step_action = self._add(tours, QT_TRANSLATE_NOOP("Story", "&Add this view as a step"), "Ctrl+Shift+A",
                                         lambda: self.editor().add_view())
        self.play_draft_action = self._add(tours, QT_TRANSLATE_NOOP("Story", "&Play the tour being made"), None,
                                           self.play_draft)
        self.save_tour_action = self._add(tours, QT_TRANSLATE_NOOP("Story", "&Save the tour"), "Ctrl+Shift+S",
                                          lambda: self.editor().save())
        self.save_tour_as_action = self._add(tours, QT_TRANSLATE_NOOP("Story", "Save the tour &as…"), None,
                                             lambda: self.editor().save(ask=True))
        self.undo_action = self._add(edit, QT_TRANSLATE_NOOP("Story", "&Undo"), "Ctrl+Z", lambda: self.editor().stack.undo())
        self.redo_action = self._add(edit, QT_TRANSLATE_NOOP("Story", "&Redo"), "Ctrl+Shift+Z",
                                     lambda: self.editor().stack.redo())
        self.export_tour_action = QAction(self.tr("Export the &tour…"), w)
        self.export_tour_action.triggered.connect(self.export_tour)
        exports = [a for a in w.exports.actions if a in menus["File"].actions()]
        actions = menus["File"].actions()
        last = actions.index(exports[-1]) if exports else -1
        before = actions[last + 1] if 0 <= last < len(actions) - 1 else None
        menus["File"].insertAction(before, self.export_tour_action)  # after the other exports
        w.actions_by_name["Export the tour…"] = self.export_tour_action

    def _add(self, menu, text: str, key, slot) -> QAction:
        """An action of ``menu``, its text translated; ``actions_by_name`` keeps it by its English text."""
        action = QAction(self.tr(text), self.window)
        if key:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        menu.addAction(action)
        self.window.actions_by_name[text.replace("&", "")] = action
        return action

    def _update_actions(self) -> None:
        open_ = self.player.tour is not None
        self.close_tour_action.setEnabled(open_)
        self.export_tour_action.setEnabled(open_)
        self.edit_tour_action.setEnabled(open_)
        editing = self._editor is not None
        stack = self._editor.stack if editing else None
        for action in (self.add_step_action, self.save_tour_action, self.save_tour_as_action):
            action.setEnabled(editing)
        self.play_draft_action.setEnabled(editing and bool(self._editor.draft.steps))
        self.undo_action.setEnabled(bool(stack and stack.canUndo()))
        self.redo_action.setEnabled(bool(stack and stack.canRedo()))

    # -- tours from files, and the editor ------------------------------------------------------

    def open_tour_file(self, path: Path | str | None = None, play: bool = True):
        """Play the tour in a file (a file dialog unless ``path``); its problems, if it cannot be played, go
        to the error banner and the window keeps what it shows. Returns the tour, or None."""
        w = self.window
        if path is None:
            name, _ = QFileDialog.getOpenFileName(w, self.tr("Open a tour file"), str(Path.home()),
                                                  self.tr("Tour (*.toml)"))
            if not name:
                return None
            path = name
        path = Path(path)
        tour, problems, lacking = open_tour(path, vocabulary_of(w.atlas))
        if tour is None:
            errors = [str(p) for p in problems if p.is_error]
            more = len(errors) - 5
            w.show_error(self.tr("The tour was not opened:") + "\n" + "\n".join(errors[:5])
                         + ("\n" + self.tr("…and %n more problem(s).", "", more) if more > 0 else ""))
            return None
        self.tour_path = path
        self.player.open(tour, play=play, lacking=lacking)
        w.statusBar().showMessage(self.tr("Tour: %1").replace("%1", path.name), 8000)
        return tour

    def editor(self):
        """The tour editor's dock (made, docked and shown on first use)."""
        from viewer.qt.toureditor import TourEditor

        if self._editor is None:
            self._editor = TourEditor(self.window)
            self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self._editor)
            width = max(280, min(420, self.window.width() * 3 // 10))  # the map keeps most of the window
            self.window.resizeDocks([self._editor], [width], Qt.Orientation.Horizontal)
            # the map is narrower once the dock is laid out: fit the step edited again then (unless a tour plays)
            QTimer.singleShot(400, self._refit)
            self._editor.stack.indexChanged.connect(self._on_undo_index)
            self._editor.saved.connect(self._on_saved)
        self._editor.show()
        self._editor.raise_()
        self._update_actions()
        return self._editor

    @Slot()
    def _refit(self) -> None:
        if self._editor is not None and self.player.tour is None and self._editor.stack.count() == 0:
            self._editor.show_step(self._editor.row)  # only before any edit: never under the user's hands

    @Slot(int)
    def _on_undo_index(self, _index: int) -> None:
        self._update_actions()

    def _may_drop_draft(self) -> bool:
        """True unless the draft has changes not saved and the user keeps them."""
        if self._editor is None or self._editor.stack.isClean():
            return True
        answer = QMessageBox.question(self.window, self.tr("Tour editor"),
                                      self.tr("The tour being made has changes that are not saved. Drop them?"))
        return answer == QMessageBox.StandardButton.Yes

    def new_tour(self) -> None:
        """Tours › New tour: an empty draft in the editor."""
        if not self._may_drop_draft():
            return
        self.player.close()
        self.editor().set_draft(TourDraft(title=self.tr("My tour")))
        self._update_actions()

    def edit_open_tour(self) -> None:
        """Tours › Edit the open tour: the tour playing now, as a draft (saved to its file if it has one)."""
        tour = self.player.tour
        if tour is None or not self._may_drop_draft():
            return
        path = self.tour_path if self.tour_path is not None and self.tour_path.name == tour.file else None
        self.player.close()
        self.editor().set_draft(TourDraft.from_tour(tour, path))
        self._update_actions()

    def play_draft(self) -> None:
        """Play the tour being made from its first step, as it will play once saved."""
        if self._editor is not None and self._editor.draft.steps:
            self.player.open(self._editor.as_tour(), play=True)

    def _on_saved(self, path, problems) -> None:
        errors = sum(p.is_error for p in problems)
        self.window.statusBar().showMessage(
            self.tr("Saved %1: %n problem(s)", "", len(problems)).replace("%1", str(path)), 10000)
        if not errors:
            self.tour_path = Path(path)

    def _set_motion(self, on: bool) -> None:
        self.window.settings.setValue(REDUCED_MOTION_SETTING, bool(on))

    # -- links -------------------------------------------------------------------------------

    def apply_link(self, link: ViewLink) -> None:
        """Show the link's date, view and layers (what it leaves out stays as it is)."""
        w = self.window
        if link.past is not None or link.past_layers is not None:
            w.set_display(Display.parse(link.past) if link.past is not None else w.display,
                          parse_layer_displays(link.past_layers) if link.past_layers is not None else None)
        if link.date is not None:
            w.set_day(link.date)
        if link.hide or link.show:
            known = known_ids(w.atlas)
            shown = set(expand(link.show, known))
            hidden = [layer for layer in w.map.hidden_layers() if layer not in shown]
            hidden += [layer for layer in expand(link.hide, known) if layer not in hidden]
            w.map.set_hidden_layers(hidden)
        if link.view is not None:
            if w.map.ready:
                self._apply_view(link)
            else:
                def once():
                    w.map.pageReady.disconnect(once)
                    self._apply_view(link)
                w.map.pageReady.connect(once)

    def _apply_view(self, link: ViewLink) -> None:
        box = link.bounds
        if box is not None:
            s, w_, n, e = box
            self.window.map.call("atlas.fitView", [[s, w_], [n, e]], False)
        else:
            lat, lon, zoom = link.view
            self.window.map.call("atlas.setView", [lat, lon], zoom)

    def link(self, then) -> None:
        """Call ``then(ViewLink)``: the window's date, the map's centre and zoom, the layers hidden."""
        w = self.window
        hide = tuple(w.map.hidden_layers())

        def got(text):
            view = None
            try:
                v = json.loads(text)
                zoom = min(MAX_ZOOM, max(0, round(v["zoom"])))
                decimals = pixel_decimals(zoom)  # no more precision than the screen shows
                view = (round(v["center"][0], decimals), round(v["center"][1], decimals), zoom)
            except (TypeError, ValueError, KeyError, IndexError):
                pass
            past, past_layers = past_of(w.atlas.display_of(w.timeline.day))
            then(ViewLink(w.timeline.day, view, hide, (), past, past_layers))

        if w.map.ready:
            w.map.call("atlas.view", callback=got)
        else:
            got(None)

    def copy_link(self) -> None:
        """Put the command line and the pakatlas: link of this view on the clipboard."""
        def copy(link: ViewLink) -> None:
            text = command_line(link) + "\n" + format_link(link) + "\n"
            QGuiApplication.clipboard().setText(text)
            self.window.statusBar().showMessage(self.tr("Copied: %1").replace("%1", format_link(link)), 8000)
        self.link(copy)

    # -- compare and export ---------------------------------------------------------------------

    def open_compare(self, first: dt.date | None = None, second: dt.date | None = None):
        """View › Compare dates: the window's date beside the timeline's last day (or the dates given)."""
        from viewer.qt.compare import CompareWindow

        w = self.window
        if self.compare_window is not None:
            self.compare_window.close()
            self.compare_window.deleteLater()
        first = first or w.timeline.day
        second = second or (w.atlas.last_day if first != w.atlas.last_day else w.atlas.first_day)
        self.compare_window = CompareWindow(w.atlas, first, second, w, lang=w.lang, high_contrast=w.high_contrast)
        self.compare_window.show()
        if w.map.ready:
            def got(text):
                try:
                    v = json.loads(text)
                except (TypeError, ValueError):
                    return
                if self.compare_window is not None:
                    self.compare_window._start_view = {"center": v["center"], "zoom": v["zoom"]}
                    for n, m in enumerate(self.compare_window.maps):
                        if m.ready:
                            self.compare_window._on_ready(n)
            w.map.call("atlas.view", callback=got)
        return self.compare_window

    def export_tour(self, path: Path | str | None = None, force: bool = False):
        """File › Export the tour…: the open tour as PDF, HTML, GIF or MP4 (a file dialog unless ``path``)."""
        tour = self.player.tour
        if tour is None:
            return None
        if path is None:
            name, chosen = QFileDialog.getSaveFileName(self.window, self.tr("Export the tour"), str(Path.home() / f"{tour.id}.pdf"),
                                                       self.tr(TOUR_FORMATS))
            if not name:
                return None
            path = Path(name)
            if not path.suffix:
                path = path.with_suffix("." + chosen.split("*.")[-1].rstrip(")"))
            force = True  # the file dialog asked before replacing
        request = ExportRequest(Path(path), tour=tour.id, force=force)
        return self.window.exports.run(request, tour=tour)


def install(window) -> Story:
    window.story = Story(window)
    return window.story
