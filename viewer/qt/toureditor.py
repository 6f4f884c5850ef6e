"""The tour editor: a dock of the window where a tour is made (Tours › New tour, Tours › Edit the open tour).

The draft is a ``viewer.core.tourdraft.TourDraft``; every change goes through the editor's
``QUndoStack`` (Edit › Undo / Redo), as a command that changes the draft and knows how to change it
back. "Add this view as a step" captures what the window shows: the date, the map's box, the layers
switched off and on, and the event chosen in the panel (with its first catalogue source). The
step chosen in the list is shown on the map (date, view, layers, annotations) and edited in the
form below it: title, narrative (plain text; an empty line starts a paragraph; ``[[event-id]]``
links to an event), hold, sources (from the catalogue, or the tour's own references with the
catalogue's fields) and annotations (a labelled point, an arrow, a circle), the last two through the
dialogs of ``viewer.qt.tourdialogs``.

Every text the user types is shown as plain text (QLineEdit, QPlainTextEdit, plain-text labels and
list items); the card is built by ``viewer.export.tour.step_card_html``, which escapes it.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (QComboBox, QDialog, QDockWidget, QDoubleSpinBox, QFileDialog, QFormLayout, QGroupBox,
                               QHBoxLayout, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from viewer.core.annotations import MAX_ANNOTATIONS, Annotation, check_annotations, narrative_links
from viewer.core.sources import Document, bundled_catalogue
from viewer.core.tourdraft import TourDraft, capture_layers, new_step, slug, with_step_fields
from viewer.core.tourplay import hidden_layers
from viewer.core.tours import MAX_HOLD, MAX_STEPS, Tour, vocabulary_of
from viewer.export.tour import format_day, page_annotations, step_card_html
from viewer.i18n.languages import is_rtl
from viewer.page.layers import known_ids
from viewer.qt.safetext import isolate
from viewer.qt.tourdialogs import AnnotationDialog, ReferenceDialog, plain_label

_MERGE = 7020  # QUndoCommand id: typing in one field of one step is one undo step


class _Change(QUndoCommand):
    """One change of the draft: ``redo`` and ``undo`` are callables; ``key`` merges successive edits of a field."""

    def __init__(self, text: str, redo, undo, key=None):
        super().__init__(text)
        self._redo, self._undo, self.key = redo, undo, key

    def redo(self) -> None:
        self._redo()

    def undo(self) -> None:
        self._undo()

    def id(self) -> int:  # noqa: A003 (Qt name)
        return _MERGE if self.key is not None else -1

    def mergeWith(self, other) -> bool:  # noqa: N802 (Qt name)
        if isinstance(other, _Change) and other.key == self.key:
            self._redo = other._redo
            return True
        return False


class TourEditor(QDockWidget):
    """The dock that edits ``draft``. Signals ``saved(path, problems)``."""

    saved = Signal(object, list)

    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("tourEditor")
        self.setWindowTitle(self.tr("Tour editor"))
        self.window_ = window
        self.draft = TourDraft()
        self.stack = QUndoStack(self)
        self._busy = False  # the form is being filled from the draft: its signals are not the user's
        self._build()
        self._watch(self.draft)
        self.refresh()

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        body = QWidget(self)
        column = QVBoxLayout(body)
        head = QFormLayout()
        self.title_edit = QLineEdit(body)
        self.title_edit.setAccessibleName(self.tr("Tour title"))
        self.title_edit.setPlaceholderText(self.tr("The tour's title"))
        self.title_edit.editingFinished.connect(self._title_edited)
        head.addRow(self.tr("Tour title"), self.title_edit)
        self.file_label = plain_label("", body)
        head.addRow(self.tr("File"), self.file_label)
        column.addLayout(head)

        self.steps = QListWidget(body)
        self.steps.setAccessibleName(self.tr("Steps of the tour"))
        self.steps.currentRowChanged.connect(self._on_row)
        column.addWidget(self.steps, 1)
        self.add_button = QPushButton(self.tr("Add this view as a step"), body)
        self.add_button.clicked.connect(lambda: self.add_view())
        column.addWidget(self.add_button)
        row = QHBoxLayout()
        self.up_button = self._button(row, self.tr("Up"), lambda: self.move_current(-1))
        self.down_button = self._button(row, self.tr("Down"), lambda: self.move_current(1))
        self.delete_button = self._button(row, self.tr("Delete"), self.delete_current)
        column.addLayout(row)
        self.replace_view_button = QPushButton(self.tr("Use this view for the step"), body)
        self.replace_view_button.clicked.connect(lambda: self.add_view(replace=True))
        column.addWidget(self.replace_view_button)

        self.form = QGroupBox(self.tr("Step"), body)
        form = QFormLayout(self.form)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a narrow dock: labels above their fields
        self.step_title = QLineEdit(self.form)
        self.step_title.setAccessibleName(self.tr("Step title"))
        self.step_title.textEdited.connect(lambda text: self._edit_field("title", text))
        form.addRow(self.tr("Title"), self.step_title)
        self.when = plain_label("", self.form)
        form.addRow(self.tr("Date"), self.when)
        self.narrative = QPlainTextEdit(self.form)
        self.narrative.setAccessibleName(self.tr("Narrative"))
        self.narrative.setPlaceholderText(self.tr("In your own words. An empty line starts a paragraph; "
                                                  "[[event-id]] links to an event."))
        self.narrative.textChanged.connect(lambda: self._edit_field("narrative", self.narrative.toPlainText()))
        form.addRow(self.tr("Narrative"), self.narrative)
        self.hold = QDoubleSpinBox(self.form)
        self.hold.setRange(1, MAX_HOLD)
        self.hold.setSuffix(" s")
        self.hold.setAccessibleName(self.tr("Hold time"))
        self.hold.valueChanged.connect(lambda v: self._edit_field("hold", float(v)))
        form.addRow(self.tr("Hold"), self.hold)

        self.sources = QListWidget(self.form)
        self.sources.setAccessibleName(self.tr("Sources of the step"))
        self.sources.setMaximumHeight(90)
        form.addRow(self.tr("Sources"), self.sources)
        self.catalogue = QComboBox(self.form)
        self.catalogue.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.catalogue.setMinimumContentsLength(16)
        self.catalogue.setAccessibleName(self.tr("Source catalogue"))
        self.locator = QLineEdit(self.form)
        self.locator.setPlaceholderText(self.tr("Page, paragraph or section (optional)"))
        self.locator.setAccessibleName(self.tr("Locator"))
        form.addRow(self.tr("Catalogue"), self.catalogue)
        form.addRow(self.tr("Locator"), self.locator)
        row = QHBoxLayout()
        self._button(row, self.tr("Add source"), self.add_chosen_source)
        self._button(row, self.tr("Remove source"), self.remove_source)
        form.addRow(row)
        row = QHBoxLayout()
        self._button(row, self.tr("Own reference…"), self.add_reference_dialog)
        form.addRow(row)

        self.notes = QListWidget(self.form)
        self.notes.setAccessibleName(self.tr("Annotations of the step"))
        self.notes.setMaximumHeight(80)
        form.addRow(self.tr("Annotations"), self.notes)
        row = QHBoxLayout()
        self._button(row, self.tr("Point…"), lambda: self.annotation_dialog("point"))
        self._button(row, self.tr("Arrow…"), lambda: self.annotation_dialog("arrow"))
        self._button(row, self.tr("Circle…"), lambda: self.annotation_dialog("circle"))
        form.addRow(row)
        row = QHBoxLayout()
        self._button(row, self.tr("Remove"), self.remove_annotation)
        form.addRow(row)
        column.addWidget(self.form)
        self.problems = plain_label("", body)
        self.problems.setObjectName("tourEditorProblems")
        column.addWidget(self.problems)

        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("Tour editor"))
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the form fits the dock
        scroll.setWidget(body)
        self.setWidget(scroll)
        self._fill_catalogue()

    def _button(self, layout, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    def _fill_catalogue(self) -> None:
        self.catalogue.clear()
        documents = {**bundled_catalogue(), **{d.id: d for d in self.draft.references}}
        for doc in sorted(documents.values(), key=lambda d: d.title.lower()):
            self.catalogue.addItem(f"{doc.title} ({doc.id})", doc.id)

    # -- the draft ----------------------------------------------------------------------------

    def _watch(self, draft: TourDraft) -> None:
        draft.listen(lambda what, index: self.refresh(index if what in ("insert", "move", "replace") else None))

    def set_draft(self, draft: TourDraft) -> None:
        """Edit ``draft`` from now on (a new undo history)."""
        self.stack.clear()
        self.draft = draft
        self._watch(draft)
        self._fill_catalogue()
        self.problems.setText("")
        self.refresh(0 if draft.steps else None)
        self.show_step(0)

    def _push(self, text: str, redo, undo, key=None) -> None:
        self.stack.push(_Change(text, redo, undo, key))

    @property
    def row(self) -> int:
        return self.steps.currentRow()

    def refresh(self, select: int | None = None) -> None:
        """The list and the form from the draft; ``select`` a row (else the current one stays)."""
        self._busy = True
        try:
            d = self.draft
            if self.title_edit.text() != d.title:
                self.title_edit.setText(d.title)
            self.file_label.setText(str(d.path) if d.path else self.tr("not saved yet"))
            keep = self.row if select is None else select
            self.steps.clear()
            untitled = self.tr("(no title)")
            for n, step in enumerate(d.steps):
                rtl = is_rtl(self.window_.lang)  # the date and the tour's title keep their order in Urdu
                self.steps.addItem(f"{n + 1}. {isolate(step.date.isoformat(), rtl)}  {isolate(step.title, rtl) or untitled}")
            keep = min(keep, len(d.steps) - 1)
            if keep >= 0:
                self.steps.setCurrentRow(keep)
            self._fill_form()
        finally:
            self._busy = False

    def _fill_form(self) -> None:
        step = self.draft.steps[self.row] if 0 <= self.row < len(self.draft.steps) else None
        for widget in (self.form, self.up_button, self.down_button, self.delete_button, self.replace_view_button):
            widget.setEnabled(step is not None)
        self.add_button.setEnabled(len(self.draft.steps) < MAX_STEPS)
        if step is None:
            return
        if self.step_title.text() != step.title:
            self.step_title.setText(step.title)
        self.when.setText(format_day(step.date, self.window_.lang))
        if self.narrative.toPlainText() != step.narrative:
            self.narrative.setPlainText(step.narrative)
        if self.hold.value() != step.hold:
            self.hold.setValue(step.hold)
        catalogue = {**bundled_catalogue(), **{d.id: d for d in self.draft.references}}
        self.sources.clear()
        for entry in step.sources:
            doc = catalogue.get(entry["source"])
            text = doc.title if doc else entry["source"]
            self.sources.addItem(text + (f", {entry['locator']}" if entry.get("locator") else ""))
        self.notes.clear()
        names = {"point": self.tr("point"), "arrow": self.tr("arrow"), "circle": self.tr("circle")}
        for a in step.annotations:
            self.notes.addItem(f"{names[a.kind]}: {a.label}" if a.label else names[a.kind])

    def _on_row(self, row: int) -> None:
        if self._busy:
            return
        self._busy = True
        try:
            self._fill_form()
        finally:
            self._busy = False
        self.show_step(row)

    # -- editing (each through the undo stack) ------------------------------------------------------

    def _title_edited(self) -> None:
        title = self.title_edit.text().strip()
        if self._busy or title == self.draft.title:
            return
        old = self.draft.title
        self._push(self.tr("Rename the tour"), lambda: self.draft.set_meta(title=title),
                   lambda: self.draft.set_meta(title=old))

    def _edit_field(self, name: str, value) -> None:
        if self._busy or not 0 <= self.row < len(self.draft.steps):
            return
        n = self.row
        old = self.draft.steps[n]
        if getattr(old, name) == value:
            return
        new = with_step_fields(old, **{name: value})
        self._push(self.tr("Edit the step"), lambda: self.draft.replace(n, new), lambda: self.draft.replace(n, old),
                   key=(n, name))

    def _change_step(self, text: str, **changes) -> None:
        n = self.row
        if not 0 <= n < len(self.draft.steps):
            return
        old = self.draft.steps[n]
        new = with_step_fields(old, **changes)
        self._push(text, lambda: self.draft.replace(n, new), lambda: self.draft.replace(n, old))

    def add_view(self, replace: bool = False) -> None:
        """Add what the window shows as a step after the current one (or, with ``replace``, as the current
        step's date, view, layers and events, its words kept)."""
        w = self.window_
        if not replace and len(self.draft.steps) >= MAX_STEPS:
            return

        def got(text):
            try:
                v = json.loads(text)
                (s, west), (n, e) = v["bounds"]
                box = (max(-90.0, s), max(-180.0, west), min(90.0, n), min(180.0, e))
            except (TypeError, ValueError, KeyError):
                box = (5.0, 60.0, 38.0, 98.0)
            hide, show = capture_layers(w.map.hidden_layers(), known_ids(w.atlas))
            chosen = w.panel.selected_id()
            event = w.atlas.event(chosen) if chosen else None
            if replace:
                self._change_step(self.tr("Use this view for the step"), date=w.timeline.day, view=box, hide=hide,
                                  show=show, events=[chosen] if event else [])
                return
            catalogue = bundled_catalogue()
            sources = [{"source": s["source"]} for s in (event or {}).get("sources", ())
                       if s.get("source") in catalogue][:1]
            step = new_step(w.timeline.day, box, hide=hide, show=show, events=[chosen] if event else [],
                            title=event["title"] if event else format_day(w.timeline.day), sources=sources,
                            annotations=())
            at = self.row + 1 if self.row >= 0 else len(self.draft.steps)

            def undo():
                self.draft.remove(at)
                self.refresh(min(at, len(self.draft.steps) - 1))
            self._push(self.tr("Add a step"), lambda: self.draft.insert(at, step), undo)

        if w.map.ready:
            w.map.call("atlas.view", callback=got)
        else:
            got(None)

    def move_current(self, delta: int) -> None:
        n, to = self.row, self.row + delta
        if not (0 <= n < len(self.draft.steps) and 0 <= to < len(self.draft.steps)):
            return
        self._push(self.tr("Move the step"), lambda: self.draft.move(n, to), lambda: self.draft.move(to, n))

    def delete_current(self) -> None:
        n = self.row
        if not 0 <= n < len(self.draft.steps):
            return
        step = self.draft.steps[n]

        def redo():
            self.draft.remove(n)
            self.refresh(min(n, len(self.draft.steps) - 1))
        self._push(self.tr("Delete the step"), redo, lambda: self.draft.insert(n, step))

    def add_source(self, source_id: str, locator: str = "") -> None:
        n = self.row
        if not 0 <= n < len(self.draft.steps):
            return
        entry = {"source": source_id, **({"locator": locator.strip()} if locator.strip() else {})}
        self._change_step(self.tr("Add a source"), sources=[*self.draft.steps[n].sources, entry])

    def add_chosen_source(self) -> None:
        if self.catalogue.currentData():
            self.add_source(self.catalogue.currentData(), self.locator.text())
            self.locator.clear()

    def remove_source(self) -> None:
        n, i = self.row, self.sources.currentRow()
        if 0 <= n < len(self.draft.steps) and 0 <= i < len(self.draft.steps[n].sources):
            kept = [s for k, s in enumerate(self.draft.steps[n].sources) if k != i]
            self._change_step(self.tr("Remove a source"), sources=kept)

    def add_reference(self, document: Document, cite: bool = True) -> None:
        """Add a reference of the tour's own (and cite it in the current step)."""
        old = self.draft.references
        refs = (*old, document)
        self.stack.beginMacro(self.tr("Add a reference"))  # one undo step: the reference and its citation
        self._push(self.tr("Add a reference"), lambda: (self.draft.set_meta(references=refs), self._fill_catalogue()),
                   lambda: (self.draft.set_meta(references=old), self._fill_catalogue()))
        if cite:
            self.add_source(document.id)
        self.stack.endMacro()

    def add_reference_dialog(self) -> None:
        dialog = ReferenceDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.document is not None:
            self.add_reference(dialog.document)

    def add_annotation(self, annotation: Annotation) -> bool:
        """Add an annotation to the current step; False (nothing added) if it breaks a limit."""
        n = self.row
        _found, problems = check_annotations([annotation.as_toml()])
        if problems:
            return False
        if 0 <= n < len(self.draft.steps) and len(self.draft.steps[n].annotations) < MAX_ANNOTATIONS:
            self._change_step(self.tr("Add an annotation"), annotations=[*self.draft.steps[n].annotations, annotation])
            self.show_step(n)
            return True
        return False

    def annotation_dialog(self, kind: str) -> None:
        n = self.row
        if not 0 <= n < len(self.draft.steps):
            return
        s, w, nn, e = self.draft.steps[n].view
        dialog = AnnotationDialog(kind, ((s + nn) / 2, (w + e) / 2), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.annotation() is not None:
            self.add_annotation(dialog.annotation())

    def remove_annotation(self) -> None:
        n, i = self.row, self.notes.currentRow()
        if 0 <= n < len(self.draft.steps) and 0 <= i < len(self.draft.steps[n].annotations):
            kept = [a for k, a in enumerate(self.draft.steps[n].annotations) if k != i]
            self._change_step(self.tr("Remove an annotation"), annotations=kept)
            self.show_step(n)

    # -- showing and saving --------------------------------------------------------------------

    def as_tour(self) -> Tour:
        d = self.draft
        return Tour(d.id or slug(d.title), d.title or self.tr("Untitled tour"), d.language, tuple(d.steps),
                    d.path.name if d.path else "", tuple(d.references))

    def show_step(self, n: int) -> None:
        """Show step ``n`` on the map as the tour will: date, view, layers, its first event, annotations, card."""
        if not 0 <= n < len(self.draft.steps):
            return
        w, step = self.window_, self.draft.steps[n]
        w.map.set_hidden_layers(hidden_layers(step, w.map.hidden_layers(), known_ids(w.atlas)))
        w.set_day(step.date)
        w.map.select_event(step.events[0] if step.events else None)
        if w.map.ready:
            s, west, north, e = step.view
            w.map.call("atlas.fitView", [[s, west], [north, e]], False)
        w.map.set_annotations(page_annotations(step))
        named = [*step.events, *narrative_links(step.narrative)]
        events = {i: w.atlas.event(i) for i in named if w.atlas.event(i)}
        w.panel.pin_card(step_card_html(self.as_tour(), n, events=events, lang=w.lang))

    def save(self, path: Path | str | None = None, ask: bool = False) -> list | None:
        """Write the draft (a file dialog when it has no file yet, or ``ask``); its problems, or None if not saved."""
        d = self.draft
        if d.title and (d.id == "my-tour" or not d.id):
            d.id = slug(d.title)
        if path is None and (ask or d.path is None):
            start = str(d.path or Path.home() / f"{d.id or 'my-tour'}.toml")
            name, _chosen = QFileDialog.getSaveFileName(self, self.tr("Save the tour"), start,
                                                        self.tr("Tour (*.toml)"))
            if not name:
                return None
            path = Path(name) if name.endswith(".toml") else Path(name + ".toml")
        path = Path(path or d.path)
        try:
            problems = d.save(path, vocabulary_of(self.window_.atlas))
        except OSError as err:
            self.problems.setText(self.tr("Not saved: %1").replace("%1", str(err)))
            return None
        self.stack.setClean()
        self.file_label.setText(str(path))
        lines = [str(p) for p in problems[:8]]
        self.problems.setText("\n".join(lines) if lines else self.tr("Saved; no problems."))
        self.saved.emit(path, problems)
        return problems

