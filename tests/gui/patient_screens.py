"""Helpers for the Patients page tests: the main window on the Patients page, dialogs
filled in safely (a failed check inside a modal dialog must not leave it open), and
reading what the screen says."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.gui.main_window import MainWindow
from hat_desktop.gui.patients_page import PatientsPage
from hat_desktop.services.open_register import OpenRegister
from tests.gui.conftest import when_dialog_opens

LEFT = Qt.MouseButton.LeftButton


def open_patients(qtbot, reg: OpenRegister, user: User) -> tuple[MainWindow, PatientsPage]:
    window = MainWindow(reg, user)
    qtbot.addWidget(window.view)
    window.show()
    page = window.go_to("Patients")
    assert isinstance(page, PatientsPage)
    return window, page


def open_patient_page(qtbot, reg: OpenRegister, user: User, patient_id: int
                      ) -> tuple[MainWindow, PatientsPage, Any]:
    """The main window on the Patients page, one patient's page open: (window, page, the
    patient page's ui)."""
    window, page = open_patients(qtbot, reg, user)
    page.open_patient(patient_id)
    return window, page, page.detail.ui


def in_dialog(action: Callable[[QWidget], None], failures: list[BaseException]) -> None:
    """Run ``action`` on the next modal dialog; whatever happens, the dialog closes, and
    a failed check is kept in ``failures`` for the test to raise."""

    def guarded(dialog: QWidget) -> None:
        try:
            action(dialog)
        except BaseException as exc:  # noqa: BLE001 - re-raised by the test
            failures.append(exc)
        finally:
            if dialog.isVisible():
                dialog.reject()

    when_dialog_opens(guarded)


def through_dialog(qtbot, button: QWidget, action: Callable[[QWidget], None]) -> None:
    """Click ``button`` and run ``action`` on the modal dialog it opens; the dialog closes
    whatever happens, and a check that failed inside it fails the test here."""
    failures: list[BaseException] = []
    in_dialog(action, failures)
    click(qtbot, button)
    assert not failures, failures


def part(dialog: QWidget, name: str) -> QWidget:
    """A widget of a dialog by its object name, also inside a sub-form it embeds."""
    found = dialog.findChild(QWidget, name)
    assert found is not None, f"no widget called {name}"
    return found


def click(qtbot, button: QWidget) -> None:
    qtbot.mouseClick(button, LEFT)


def type_into(qtbot, widget: QWidget, text: str) -> None:
    """Type ``text`` key by key, letters outside ASCII too (QTest's keyClicks takes only
    ASCII: a keyboard layout types 'ë' as one key event carrying that text)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     ch))


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Pick an entry of a drop-down list with the arrow keys, as a keyboard user does."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{text!r} is not in the list")


def retype(qtbot, widget: QWidget, text: str) -> None:
    """Select what a field holds and type over it, as a user would."""
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def table_rows(model, columns: range | None = None) -> list[list[str]]:
    cols = columns or range(model.columnCount())
    return [[model.index(r, c).data() for c in cols] for r in range(model.rowCount())]
