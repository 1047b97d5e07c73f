"""A card scanned while a patient's check-in screen is open must not land in that
screen: its digits would become a dose field's value, its Enter would press the focused
button (confirm identity, record the dose). A scanner types far faster than a person;
a burst that looks like a clinic number and ends in Enter is undone and reported."""

import re
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QSpinBox, QWidget

SCANNER_GAP_S = 0.03  # a scanner sends keys a few ms apart; people are far slower
CLINIC_NUMBER = re.compile(r"[A-Z0-9][A-Z0-9-]{3,19}")
STAFF_BADGE = re.compile(r"[A-Z0-9][A-Z0-9._-]{1,31}")  # a badge types the user name
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _snapshot(widget: QWidget | None) -> Callable[[], None]:
    """How to put the focused field back as it was before the burst."""
    if isinstance(widget, QSpinBox):
        value = widget.value()
        return lambda: widget.setValue(value)
    if isinstance(widget, QLineEdit):
        text = widget.text()
        return lambda: widget.setText(text)
    if isinstance(widget, QComboBox):
        index = widget.currentIndex()
        return lambda: widget.setCurrentIndex(index)
    return lambda: None


class ScanGuard(QObject):
    """Watches the key presses meant for ``window`` (or its ``area``); ``scanned(text)``
    is called when a scan is caught (the field it hit is restored and its Enter never
    arrives)."""

    def __init__(self, window: QWidget, scanned: Callable[[str], None],
                 clock: Callable[[], float] = time.monotonic, *,
                 area: QWidget | None = None, pattern: re.Pattern[str] = CLINIC_NUMBER
                 ) -> None:
        super().__init__(window)
        self.window = window
        self.area = area  # only keys meant for this part of the window (None: all of it)
        self.pattern = pattern  # what a scan reads (upper case): a clinic number, a badge
        self.scanned = scanned
        self.clock = clock
        self._typed = ""
        self._last = 0.0
        self._restore: Callable[[], None] = lambda: None
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        window.destroyed.connect(lambda: app.removeEventFilter(self))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        if watched is not QApplication.focusWidget() or watched.window() is not self.window:
            return False  # another window, or the same key passed on to a parent widget
        if self.area is not None and not self.area.isAncestorOf(watched):
            return False
        assert isinstance(event, QKeyEvent)
        now = self.clock()
        fast = bool(self._typed) and now - self._last <= SCANNER_GAP_S
        if event.key() in ENTER_KEYS:
            caught = fast and self.pattern.fullmatch(self._typed.upper()) is not None
            typed, self._typed = self._typed, ""
            if caught:
                self._restore()
                self.scanned(typed.upper())
            return caught
        text = event.text()
        if not text or not text.isprintable() or event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            self._typed = ""
            return False
        if not fast:  # the start of a burst: remember the field as it is now
            self._typed = ""
            self._restore = _snapshot(QApplication.focusWidget())
        self._typed += text
        self._last = now
        return False
