"""The one base of the form dialogs (gui/form_dialog.FormDialog) as a user meets it: what a
dialog returns when it is saved or cancelled, that a closed dialog is gone (a day's dialogs do
not pile up under the page), that a dialog never opens larger than the screen and keeps the
size the user gave it; and that no dialog is run by hand beside the base. (Whether each form
fits a 1280×720 screen at all is for the small-screen tests.)"""

import ast
from pathlib import Path

import shiboken6
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialog, QWidget

import hat_desktop.gui
from hat_desktop.gui.audit_log_dialog import AuditLogDialog
from hat_desktop.gui.form_dialog import screen_room
from hat_desktop.gui.patient_dialog import PatientDialog
from hat_desktop.services import patients
from tests.gui.conftest import when_dialog_opens
from tests.world import World

LEFT = Qt.MouseButton.LeftButton


def page(qtbot) -> QWidget:
    """A window for the dialogs to open over, as a page of the main window would be."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    return parent


def test_saved_returns_what_was_saved_cancelled_returns_none_and_the_view_is_gone(
        qtbot, world: World) -> None:
    d = world
    parent = page(qtbot)
    before = [p.id for p in patients.search(d.reg, d.nurse, "").matches]

    dialog = PatientDialog(d.reg, d.nurse, None, parent)
    view = dialog.view
    seen: list[str] = []

    def cancel(shown: QWidget) -> None:
        seen.append(shown.windowTitle())
        qtbot.keyClicks(dialog.ui.fullNameEdit, "Never Saved")
        qtbot.mouseClick(dialog.ui.cancelButton, LEFT)

    when_dialog_opens(cancel)
    assert dialog.exec() is None
    assert seen == ["New patient"]
    qtbot.waitUntil(lambda: not shiboken6.isValid(view))
    assert dialog.parent() is None  # nothing of it is left under the page
    assert [p.id for p in patients.search(d.reg, d.nurse, "").matches] == before

    dialog = PatientDialog(d.reg, d.nurse, None, parent)
    view = dialog.view

    def save(_shown: QWidget) -> None:
        ui = dialog.ui
        qtbot.keyClicks(ui.clinicNumberEdit, "HAT-0077")
        qtbot.keyClicks(ui.fullNameEdit, "Ada Example")
        qtbot.keyClicks(ui.birthEdit, "01/05/1980")
        qtbot.keyClicks(ui.addressEdit, "4 Corporation Road")
        qtbot.mouseClick(ui.saveButton, LEFT)

    when_dialog_opens(save)
    saved = dialog.exec()
    assert saved is not None and saved.full_name == "Ada Example"
    assert saved.id not in before
    qtbot.waitUntil(lambda: not shiboken6.isValid(view))
    assert parent.findChildren(QDialog) == []


def test_a_dialog_opens_within_the_screen_and_keeps_the_size_the_user_gave_it(
        qtbot, world: World) -> None:
    d = world
    parent = page(qtbot)
    room = screen_room(parent)
    sizes: list[QSize] = []
    least: list[QSize] = []

    def note_then(resize_to: QSize | None):
        def act(shown: QWidget) -> None:
            sizes.append(shown.size())
            least.append(shown.minimumSizeHint())
            if resize_to is not None:
                shown.resize(resize_to)
            shown.close()
        return act

    # The audit log's form asks for 1000×620; the offscreen test screen is 800 wide: it is
    # cut down to the screen (never below what its contents need).
    when_dialog_opens(note_then(None))
    AuditLogDialog(d.reg, d.manager, parent).exec()
    assert sizes[0] == QSize(1000, 620).boundedTo(room).expandedTo(least[0])
    assert sizes[0].width() < 1000

    # The patient form (520×520) opens at its own size, then as the user left it, and never
    # larger than the screen however large it was made.
    when_dialog_opens(note_then(QSize(600, 450)))
    PatientDialog(d.reg, d.nurse, None, parent).exec()
    when_dialog_opens(note_then(QSize(room.width() + 400, room.height() + 400)))
    PatientDialog(d.reg, d.nurse, None, parent).exec()
    when_dialog_opens(note_then(None))
    PatientDialog(d.reg, d.nurse, None, parent).exec()
    assert sizes[1:] == [QSize(520, 520), QSize(600, 450), room]


def dialogs_run_by_hand(source: str) -> list[str]:
    """Where a module builds a DialogView or shows a view itself instead of through
    FormDialog (which would bring back a copy of exec, sizing and deletion)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        call = node.func
        if isinstance(call, ast.Name) and call.id == "DialogView":
            found.append(f"line {node.lineno}: DialogView(...)")
        elif (isinstance(call, ast.Attribute) and call.attr in ("exec", "open")
              and isinstance(call.value, ast.Attribute) and call.value.attr == "view"):
            found.append(f"line {node.lineno}: view.{call.attr}()")
    return found


def test_every_form_dialog_goes_through_the_base() -> None:
    by_hand = """
class OldStyle(QObject):
    def __init__(self, parent):
        self.view = DialogView(Ui_X(), parent)

    def exec(self):
        return self.saved if self.view.exec() == QDialog.DialogCode.Accepted else None
"""
    assert dialogs_run_by_hand(by_hand) == ["line 4: DialogView(...)", "line 7: view.exec()"]
    gui = Path(hat_desktop.gui.__file__).parent
    found = {path.name: dialogs_run_by_hand(path.read_text(encoding="utf-8"))
             for path in sorted(gui.glob("*.py")) if path.name != "form_dialog.py"}
    assert {name: where for name, where in found.items() if where} == {}
