"""Witnessing never shows a secret, and a routine witnessed dose is quick (issue 14.6):
keys typed while the witness dialog is opening go nowhere else; a failed signature puts
the focus on the password field, cleared; with the clinic's setting a witness scans
their staff badge and types their PIN, and a routine dose takes 15 keystrokes after the
patient's card is scanned, the injection site the rotation offers included — counted key
by key (tests/gui/dosing_screens.routine_dose_by_keys; bench/bench_keystrokes.py prints it)."""

from PySide6.QtCore import Qt

from hat_desktop.gui.witness_dialog import WitnessDialog
from hat_desktop.services import settings, witness_pin
from tests.gui.conftest import when_dialog_opens
from tests.gui.dosing_screens import (
    ENTER,
    WITNESS_PIN,
    administrations,
    focused,
    morning_dose_given,
    open_today,
    press,
    routine_dose_by_keys,
    start_dose,
    type_text,
    wait_focus,
)
from tests.world import PASSWORD

PIN = WITNESS_PIN


def test_a_routine_witnessed_dose_takes_15_keystrokes_after_the_card_is_scanned(
        qtbot, world, clock):
    d = world
    morning_dose_given(d, clock, site="Hand, right")
    window, _ = open_today(qtbot, d)
    typed, seen = routine_dose_by_keys(qtbot, window)
    # the site rotation offers the other hand (#16.6), shown on the screen and to the witness
    assert seen["site"] == "Hand, left"
    assert seen["hint"] == ("Injection site offered: Hand, left, the other side from last "
                            "time (Hand, right). Change it (Alt+J) if the patient uses "
                            "another site.")
    assert "180 mg given (site: Hand, left), 20 mg wasted" in seen["summary"]
    assert seen["badge"] == ("nora", "Witness &PIN", True)
    assert seen["done"]
    entry = administrations(d, d.diam100)[-1].entry
    assert entry.witness_name == "Nora Nurse (nurse)"
    assert (entry.details["mg_administered"], entry.details["site"]) == (180, "Hand, left")
    assert entry.details["session"] == 2
    # the patient's card, then 8 keys for the nurse and 7 for the witness (their badge
    # scanned): 15, with the injection site recorded (bench/bench_keystrokes.py prints it)
    assert typed.counts == {"nurse": 8, "witness": 7, "scanner": 9 + 5}  # HAT-0001⏎ nora⏎


def test_keys_typed_before_the_witness_dialog_is_ready_go_nowhere(qtbot, world) -> None:
    d = world
    window, _ = open_today(qtbot, d)
    page, v = start_dose(qtbot, window)
    ui = v.ui
    ui.observationEdit.setFocus()
    dialog = WitnessDialog(d.reg, d.nurse, "180 mg for HAT-0001", v)  # made, not shown yet
    qtbot.keyClicks(ui.observationEdit, PASSWORD)  # the witness types their password early
    qtbot.keyClick(ui.observationEdit, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.page("Today").ui.scanEdit, PASSWORD)
    assert ui.observationEdit.text() == ""
    assert window.page("Today").ui.scanEdit.text() == ""
    assert administrations(d, d.diam100) == []
    assert dialog.ui.errorLabel.text() == ("Keys typed before this window was ready were not "
                                           "used: type them here.")
    dialog.view.reject()
    dialog.view.deleteLater()
    qtbot.keyClicks(ui.observationEdit, "Alert")  # the fence goes with the dialog
    assert ui.observationEdit.text() == "Alert"


def test_after_a_failed_signature_the_focus_is_on_the_password_cleared(qtbot, world) -> None:
    d = world
    window, _ = open_today(qtbot, d)
    seen = {}

    def sign_wrong_then_right(dialog) -> None:
        wait_focus(qtbot, dialog.ui.userEdit)
        type_text(qtbot, "nora")
        press(qtbot, ENTER)
        type_text(qtbot, "wrong-password")
        press(qtbot, ENTER)
        seen["after"] = (dialog.ui.errorLabel.text(), focused() is dialog.ui.passwordEdit,
                         dialog.ui.passwordEdit.text(), dialog.ui.userEdit.text())
        type_text(qtbot, PASSWORD)
        press(qtbot, ENTER)

    when_dialog_opens(sign_wrong_then_right)
    witness = WitnessDialog(d.reg, d.nurse, "A test entry", window.view).exec()
    assert seen["after"] == ("The user name or password is not right.", True, "", "nora")
    assert witness is not None and witness.id == d.nurse2.id


def test_a_nurse_sets_her_witness_pin_from_the_file_menu(qtbot, world, message_boxes) -> None:
    d = world
    settings.change(d.reg, d.manager, witness_pin=True)
    d.reg.forget_settings()
    window, _ = open_today(qtbot, d, d.nurse2)
    assert window.ui.actionWitnessPin.isVisible()
    seen = {}

    def set_pin(dialog) -> None:
        ui = dialog.ui
        seen["title"] = dialog.windowTitle()
        qtbot.keyClicks(ui.currentEdit, PASSWORD)
        qtbot.keyClicks(ui.newEdit, "123456")
        qtbot.keyClicks(ui.confirmEdit, "123456")
        ui.okButton.click()
        seen["easy"] = ui.errorLabel.text()
        for edit in (ui.newEdit, ui.confirmEdit):
            edit.clear()
            qtbot.keyClicks(edit, PIN)
        ui.okButton.click()

    when_dialog_opens(set_pin)
    window.ui.actionWitnessPin.trigger()
    assert seen["title"] == "Witness PIN"
    assert seen["easy"].startswith("That PIN is too easy to guess")
    assert message_boxes.last == "Your witness PIN was set."
    assert witness_pin.authenticate(d.reg, d.nurse, "nora", PIN).id == d.nurse2.id
    inspector, _ = open_today(qtbot, d, d.inspector)
    assert not inspector.ui.actionWitnessPin.isVisible()
