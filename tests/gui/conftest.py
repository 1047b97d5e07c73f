"""GUI test helpers: drive real widgets offscreen and read what the user would read.

The application object is set up once per session as the real app does (stylesheet,
icon); after each test every window it left is deleted, so the widgets of earlier tests
neither pile up nor slow the later ones down."""

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from hat_desktop.gui import form_dialog
from hat_desktop.gui.app import application


@pytest.fixture(scope="session", autouse=True)
def qapp_styled(qapp: QApplication) -> QApplication:
    """The application object set up as the real app does (stylesheet, icon), once."""
    return application()


def delete_top_level_widgets() -> None:
    """Delete every top-level widget (windows, dialogs, message boxes) and let Qt carry
    the deletions out. Not closed first: a close event runs the screen's own logic (on a
    register the test has closed by now), which may ask something in a modal dialog that
    nobody would answer."""
    for widget in QApplication.topLevelWidgets():
        if widget.parent() is None:  # a window of a window goes with it
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Each GUI test leaves no window behind. pytest-qt closes the widgets given to
    qtbot.addWidget and the fixtures close what they opened; what is left is deleted."""
    yield
    delete_top_level_widgets()
    # The sizes a user gave the dialogs last live as long as the app runs: a test is an app
    # run of its own (a check-in screen grown for two lines must not open the next test's
    # 1280x720 check-in at that height).
    form_dialog.forget_sizes()


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
