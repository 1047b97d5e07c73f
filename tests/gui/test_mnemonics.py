"""Alt+letter shortcuts (mnemonics) are unique in every window: a clash turns typing into
menu commands. Once, Alt+F on the Patients page opened the File menu instead of the
search field, and the name typed next ("owen") logged the nurse out."""

import re
from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QMenuBar, QWidget

from hat_desktop.domain.roles import Role
from hat_desktop.gui.form_dialog import DialogView
from hat_desktop.gui.main_window import MainWindow
from tests.gui.test_small_screens import dialog_forms

ROOT = Path(__file__).resolve().parents[2]


def letter(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).upper() if found else None


def clashes(window: QWidget) -> dict[str, list[str]]:
    """Mnemonic letters used more than once by what is on screen in ``window``."""
    used: dict[str, list[str]] = defaultdict(list)
    for bar in window.findChildren(QMenuBar):
        for action in bar.actions():
            if action.isVisible() and (key := letter(action.text())):
                used[key].append(f"menu {action.text()}")
    widgets: list[QWidget] = [*window.findChildren(QAbstractButton),
                              *window.findChildren(QLabel), *window.findChildren(QGroupBox)]
    for w in widgets:
        if not w.isVisibleTo(window) or (isinstance(w, QLabel) and w.buddy() is None):
            continue
        text = w.title() if isinstance(w, QGroupBox) else w.text()  # type: ignore[union-attr]
        if key := letter(text):
            used[key].append(text)
    return {key: texts for key, texts in used.items() if len(texts) > 1}


@pytest.mark.parametrize("role", list(Role))
def test_no_two_alt_keys_alike_on_any_page(qtbot, world, role) -> None:
    window = MainWindow(world.reg, world.by_role(role), idle_ms=3_600_000)
    qtbot.addWidget(window.view)
    window.show()
    for title in window.titles:
        window.go_to(title)
        QApplication.processEvents()
        assert clashes(window.view) == {}, title
    patients = window.go_to("Patients")
    patients.open_patient(world.patient.id)  # type: ignore[attr-defined]
    QApplication.processEvents()
    assert clashes(window.view) == {}, "a patient's page"


@pytest.mark.parametrize("form", dialog_forms())
def test_no_two_alt_keys_alike_in_a_dialog(qtbot, form) -> None:
    module = __import__(f"hat_desktop.gui.forms.ui_{form}", fromlist=["x"])
    ui = next(getattr(module, n) for n in dir(module) if n.startswith("Ui_"))()
    view = DialogView(ui)
    qtbot.addWidget(view)
    view.show()
    assert clashes(view) == {}


def test_typing_a_name_after_alt_i_searches_and_never_opens_a_menu(qtbot, world) -> None:
    window = MainWindow(world.reg, world.nurse, idle_ms=3_600_000)
    qtbot.addWidget(window.view)
    window.show()
    window.view.activateWindow()
    qtbot.waitUntil(window.view.isActiveWindow)
    page = window.go_to("Patients")
    logged_out: list[bool] = []
    window.logged_out.connect(lambda: logged_out.append(True))
    qtbot.keyClick(QApplication.focusWidget() or window.view, Qt.Key.Key_I,
                   Qt.KeyboardModifier.AltModifier)
    search = page.ui.searchEdit  # type: ignore[attr-defined]
    assert QApplication.focusWidget() is search
    qtbot.keyClicks(search, "owen")
    assert search.text() == "owen"
    assert QApplication.activePopupWidget() is None and not logged_out
    assert window.view.isVisible()
