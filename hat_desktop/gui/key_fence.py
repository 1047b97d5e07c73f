"""While a witness signs, nothing typed goes anywhere else. A witness who starts typing
before their dialog has the keyboard (the window system activates a new window a moment
after it is shown) used to type their password into the screen behind it, which showed
it. A KeyFence, set up before the dialog is shown, drops every key meant for another
window until the dialog closes, and says so once."""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

_KEYS = {QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride}


class KeyFence(QObject):
    """Drops the keys meant for any window but ``dialog``'s while it exists;
    ``dropped()`` is called at the first key dropped."""

    def __init__(self, dialog: QWidget, dropped: Callable[[], None]) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.dropped = dropped
        self.count = 0
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        dialog.destroyed.connect(lambda: app.removeEventFilter(self))

    def lift(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() not in _KEYS or not isinstance(watched, QWidget):
            return False
        if watched.window() is self.dialog:
            return False
        event.accept()  # a shortcut override accepted: no shortcut fires either
        if event.type() == QEvent.Type.KeyPress:
            self.count += 1
            if self.count == 1:
                self.dropped()
        return True
