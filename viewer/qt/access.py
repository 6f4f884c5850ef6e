"""Accessibility of the window: names for assistive technology, the timeline's announcements, focus and
high contrast.

- ``unnamed_controls(root)``: every interactive widget (one that takes the keyboard focus or is a button,
  field, list or slider) that assistive technology would find without a name (``QAccessible``'s
  interface of the widget has an empty ``Name``): what the tests walk the window with.
- ``TimelineVoice``: the timeline is a ``QSlider`` (its ``QAccessible`` interface has the value
  interface: value, minimum and maximum, in days since the first day), named "Timeline"; when the date
  changes it tells assistive technology the new value (``QAccessibleValueChangeEvent``) at once and,
  once the date rests, announces the date and the day's summary (``QAccessibleAnnouncementEvent``),
  and keeps them as the slider's description. While the timeline plays or is dragged only the value
  changes are sent: a screen reader is not flooded.
- ``apply_contrast(app, on)``: the high-contrast palette (``viewer.style.HIGH_CONTRAST_WINDOW``) and a
  thick, bright focus ring; ``system_prefers_contrast()`` reads the system's preference (Qt 6.10+).
- ``FOCUS_STYLE``: a visible focus ring on every control the window's style draws none for.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import (QAccessible, QAccessibleAnnouncementEvent, QAccessibleValueChangeEvent, QColor,
                           QGuiApplication, QPalette)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QApplication,
                               QComboBox, QLineEdit, QScrollBar, QTextEdit, QWidget)

from viewer import style

ANNOUNCE_AFTER_MS = 500
"""How long the date must rest before it is announced."""
INTERACTIVE = (QAbstractButton, QAbstractSlider, QAbstractSpinBox, QComboBox, QLineEdit, QAbstractItemView, QTextEdit)


def post(event) -> None:
    """Send an accessibility event (one place, so that tests can listen)."""
    QAccessible.updateAccessibility(event)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def is_interactive(widget: QWidget) -> bool:
    if isinstance(widget, INTERACTIVE):
        return True
    return widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus and widget.isEnabled()


def interactive_widgets(root: QWidget) -> list[QWidget]:
    """The interactive widgets under ``root`` that are shown (a combo box's own line edit and the parts of
    composite widgets that Qt names for them, such as a spin box's line edit, are left out)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not is_interactive(widget):
            continue
        parent = widget.parentWidget()
        if isinstance(widget, QLineEdit) and isinstance(parent, (QComboBox, QAbstractSpinBox)):
            continue  # the field inside a combo box or date field: the outer control carries the name
        if isinstance(widget, QScrollBar):
            continue  # a scroll area's own bar: the list or text it scrolls carries the name
        if _inside_web_view(widget):
            continue  # the web view's drawing surface: the view carries the name, the page its own labels
        found.append(widget)
    return found


def _inside_web_view(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent.inherits("QWebEngineView"):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_controls(root: QWidget) -> list[str]:
    """One line per interactive widget under ``root`` without an accessible name (empty: all named)."""
    return [f"{type(w).__name__} {w.objectName() or '(no object name)'} in {type(w.parentWidget()).__name__}"
            for w in interactive_widgets(root) if not accessible_name(w).strip()]


def name(widget: QWidget, text: str, description: str = "") -> None:
    """Give a control its accessible name (and description), and the same as tooltip if it has none."""
    widget.setAccessibleName(text)
    if description:
        widget.setAccessibleDescription(description)
    if not widget.toolTip():
        widget.setToolTip(description or text)


class TimelineVoice(QObject):
    """Tells assistive technology the timeline's value at once and, once the date rests, its date and summary."""

    def __init__(self, slider: QAbstractSlider, parent: QObject | None = None):
        super().__init__(parent or slider)
        self.slider = slider
        self.last_announcement = ""
        self._text = ""
        self._timer = QTimer(self, singleShot=True, interval=ANNOUNCE_AFTER_MS)
        self._timer.timeout.connect(self._announce)

    def day_changed(self, date_text: str, summary: str) -> None:
        """The slider shows a new date (``date_text``, already in the window's language) and its summary."""
        post(QAccessibleValueChangeEvent(self.slider, self.slider.value()))
        self._text = f"{date_text}. {summary}" if summary else date_text
        self.slider.setAccessibleDescription(self._text)
        self._timer.start()

    def _announce(self) -> None:
        if self._text and self._text != self.last_announcement:
            self.last_announcement = self._text
            post(QAccessibleAnnouncementEvent(self.slider, self._text))


def system_prefers_contrast() -> bool:
    """True if the system asks for high contrast (Qt 6.10+: ``QStyleHints.accessibility().contrastPreference``)."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return False
    try:
        return accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast
    except AttributeError:
        return False


def focus_style(high_contrast: bool) -> str:
    """A style sheet that draws a visible focus ring on the controls the style draws a faint one for."""
    colour = style.HIGH_CONTRAST_FOCUS_RING if high_contrast else style.FOCUS_RING
    width = 3 if high_contrast else 2
    # the style's own focus frame of fields and lists is clear enough in the usual palette; an icon button's
    # is not, and in high contrast every ring is drawn thick and bright
    selectors = ("QToolButton:focus, QPushButton:focus" if not high_contrast else
                 "QToolButton:focus, QPushButton:focus, QComboBox:focus, QDateEdit:focus, QLineEdit:focus, "
                 "QListView:focus, QTableView:focus, QTextBrowser:focus, QCheckBox:focus")
    sheet = f"{selectors} {{ border: {width}px solid {colour}; border-radius: 3px; }}"
    if high_contrast:  # the style's dark media icons stay visible on a light button
        sheet += (" QToolButton { background-color: #e6e6e6; border: 1px solid #ffffff; border-radius: 3px; }"
                  f" QToolButton:focus {{ border: {width}px solid {colour}; }}")
    return sheet


_default_palette: QPalette | None = None


def chosen_contrast(settings, asked: bool | None = None) -> bool:
    """High contrast as asked, else as saved (``high_contrast`` in the settings), else as the system prefers."""
    if asked is not None:
        return bool(asked)
    saved = settings.value("high_contrast", None)
    return system_prefers_contrast() if saved is None else str(saved).lower() == "true"


def apply_contrast(app: QApplication, on: bool) -> None:
    """The high-contrast palette and focus ring for the whole application (or the usual ones back)."""
    global _default_palette
    if _default_palette is None:
        _default_palette = QPalette(app.palette())
    if on:
        palette = QPalette(_default_palette)
        for role, colour in style.HIGH_CONTRAST_WINDOW.items():
            for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
                palette.setColor(group, getattr(QPalette.ColorRole, role), QColor(colour))
        palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#9e9e9e"))
        palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#9e9e9e"))
        app.setPalette(palette)
    else:
        app.setPalette(_default_palette)
    app.setStyleSheet(focus_style(on))
