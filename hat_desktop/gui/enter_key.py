"""Return/Enter in the dosing dialogs: in a field it moves on to the next field (as a
scanner or a fast typist expects); on a button it presses that button. A dialog's
default button is never pressed from a field by accident."""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterMovesOn(QObject):
    """Installed on a dialog. ``last_field(widget)`` may handle Enter in a field itself
    (e.g. the last field of a small dialog submits it) by returning True."""

    def __init__(self, dialog: QWidget,
                 last_field: Callable[[QWidget], bool] | None = None) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.last_field = last_field
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is not self.dialog or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() not in ENTER_KEYS or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        focus = QApplication.focusWidget()
        if focus is None or focus.window() is not self.dialog:
            return False
        if isinstance(focus, QPushButton):
            if focus.isEnabled():
                focus.click()
            return True
        if self.last_field is not None and self.last_field(focus):
            return True
        self.dialog.focusNextChild()
        return True
