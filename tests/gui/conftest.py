"""GUI test helpers: drive real widgets offscreen and read what the user would read."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from hat_desktop.gui.app import application


@pytest.fixture(autouse=True)
def qapp_styled(qapp: QApplication) -> QApplication:
    """The application object set up as the real app does (stylesheet, icon)."""
    return application()


class MessageBoxes:
    """Every message box shown is recorded and answered at once (they are modal)."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []
        self.answer = QMessageBox.StandardButton.Yes

    @property
    def texts(self) -> list[str]:
        return [text for _title, text in self.shown]

    @property
    def last(self) -> str:
        assert self.shown, "no message box was shown"
        return self.shown[-1][1]


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    boxes = MessageBoxes()

    def exec_(self: QMessageBox) -> int:
        boxes.shown.append((self.windowTitle(), self.text()))
        return int(QMessageBox.StandardButton.Ok)

    def question(parent: QWidget | None, title: str, text: str, *args: object) -> object:
        boxes.shown.append((title, text))
        return boxes.answer

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return boxes


def when_dialog_opens(action: Callable[[QWidget], None], *, timeout_ms: int = 5000) -> None:
    """Run ``action(dialog)`` once a modal dialog is showing (its exec() blocks the test)."""
    waited = [0]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible():
            action(dialog)
            return
        waited[0] += 20
        if waited[0] > timeout_ms:
            raise AssertionError("no modal dialog opened")
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
