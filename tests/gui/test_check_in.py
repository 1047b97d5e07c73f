"""The check-in and dosing screen, driven from the keyboard as a nurse with a card
scanner would: scan, confirm identity, assess, dose, witness."""

import pytest
from PySide6.QtCore import Qt

from hat_desktop.services import register
from hat_desktop.store import attendance as attendance_store
from tests.gui.dosing_screens import (
    ENTER,
    TAB,
    NoWitnessAsked,
    administrations,
    cell,
    fill_dose,
    focused,
    open_today,
    press,
    scan,
    sign_as,
    start_dose,
    tab_through,
    type_text,
    wait_focus,
    when_named_dialog_opens,
)


def test_routine_dose_by_keyboard_only(qtbot, world) -> None:
    d = world
    window, _ = open_today(qtbot, d)
    page = scan(qtbot, window, "hat-0001")
    dialog = page.check_in
    assert dialog is not None
    ui = dialog.ui
    assert ui.patientName.text() == "Sam Patient"
    assert "Clinic number HAT-0001" in ui.detailsLabel.text()
    assert ui.photoLabel.text().startswith("No photo on file")
    assert "Line 1: Diamorphine hydrochloride 180 mg IV, supervised" in ui.prescriptionLabel.text()
    wait_focus(qtbot, ui.identityButton)

    press(qtbot, ENTER)  # identity confirmed against the photo: one keystroke to the dose
    assert ui.doseArea.isVisible() and focused() is ui.sedationCombo
    type_text(qtbot, "0")
    press(qtbot, TAB)
    type_text(qtbot, "0")
    press(qtbot, TAB)
    type_text(qtbot, "Alert, chatting")
    assert ui.doseRadio.isChecked()
    press(qtbot, TAB)  # the choice (Alt+G / Alt+W) is no Tab stop: straight to the dose
    assert focused().accessibleName() == "100 mg ampoules opened (DIAM100)"
    type_text(qtbot, "2")
    press(qtbot, TAB)
    press(qtbot, TAB)
    assert focused() is ui.siteCombo  # a first injection: no site offered, none chosen
    assert ui.siteCombo.currentText() == "" and not ui.siteHintLabel.isVisible()
    type_text(qtbot, "Forearm, r")  # the site, found as it is typed (#16.6)
    assert ui.siteCombo.currentText() == "Forearm, right"
    press(qtbot, TAB)
    assert focused() is ui.mgSpin and ui.mgSpin.value() == 180
    assert ui.wasteLabel.text() == "Wasted: 20 mg (200 mg opened − 180 mg given)"
    press(qtbot, TAB)
    assert focused() is ui.recordDoseButton
    seen: list[str] = []
    when_named_dialog_opens("WitnessDialog", sign_as(qtbot, "nora", seen))
    press(qtbot, ENTER)

    assert seen and "180 mg given (site: Forearm, right), 20 mg wasted" in seen[0]
    assert ui.stages.currentWidget() is ui.donePage
    entries = administrations(d, d.diam100)
    assert len(entries) == 1
    entry = entries[0].entry
    assert entry.quantity_out == 2 and entry.details["mg_administered"] == 180
    assert entry.witness_name == "Nora Nurse (nurse)"
    assert (entry.details["route"], entry.details["site"]) == ("IV", "Forearm, right")
    text = ui.resultLabel.text()
    assert "Given: 180 mg" in text and "Wasted: 20 mg" in text
    # the entry's number in its section, as on the Register page and on paper (#14.11)
    assert entry.number == 2 and entry.id != entry.number
    assert f"Register entry: No. {entry.number} in DIAM100" in text
    assert "Observe until 10:20" in text
    wait_focus(qtbot, ui.closeButton)
    press(qtbot, ENTER)
    assert page.check_in is None
    wait_focus(qtbot, page.ui.scanEdit)
    assert cell(page, "HAT-0001", 1).startswith("In observation · 180 mg at 10:00")


def test_tab_order_of_the_check_in_screen(qtbot, world) -> None:
    d = world
    window, _ = open_today(qtbot, d)
    page = scan(qtbot, window, "HAT-0001")
    v = page.check_in.view
    ui = page.check_in.ui
    wait_focus(qtbot, ui.identityButton)
    assert tab_through(qtbot, 3) == ["eventButton", "closeButton", "identityButton"]
    press(qtbot, Qt.Key.Key_Space)  # space confirms identity as well as Enter
    assert focused() is ui.sedationCombo
    assert tab_through(qtbot, 11) == [
        "alcoholEdit", "observationEdit", "openedDIAM100", "openedDIAM500", "siteCombo",
        "mgSpin", "recordDoseButton", "cancelCheckInButton", "eventButton", "closeButton",
        "sedationCombo",
    ]
    press(qtbot, Qt.Key.Key_Backtab)
    assert focused() is ui.closeButton
    # the withhold path: the unchosen radio button is never a stop, the withhold fields are
    ui.sedationCombo.setFocus()
    press(qtbot, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # the mnemonic "&Withhold"
    qtbot.waitUntil(ui.withholdRadio.isChecked)
    assert focused() is ui.sedationCombo  # the choice is made; the focus stays put
    assert tab_through(qtbot, 8) == ["alcoholEdit", "observationEdit", "withholdReasonCombo",
                                     "withholdNoteEdit", "withholdButton",
                                     "cancelCheckInButton", "eventButton", "closeButton"]
    # every input has an accessible name and a label that points at it
    for widget in (ui.sedationCombo, ui.alcoholEdit, ui.observationEdit, ui.siteCombo,
                   ui.mgSpin, ui.lessCombo,
                   ui.despiteEdit, ui.lateReasonEdit, ui.withholdReasonCombo, ui.withholdNoteEdit,
                   *(spin for _s, spin in page.check_in.spins)):
        assert widget.accessibleName()
        assert any(label.buddy() is widget for label in v.findChildren(type(ui.mgLabel)))


def test_withheld_dose_by_keyboard(qtbot, world) -> None:
    d = world
    window, _ = open_today(qtbot, d)
    page, v = start_dose(qtbot, window)
    ui = v.ui
    type_text(qtbot, "2")  # frequently drowsy: at the threshold, the default is to withhold
    assert ui.withholdRadio.isChecked() and ui.withholdGroup.isVisible()
    assert not ui.doseGroup.isVisible()
    assert ui.thresholdLabel.text().startswith(
        "At or above the withhold threshold: sedation score 2 (withhold at 2 or more).")
    assert ui.withholdReasonCombo.currentText() == "Intoxicated (drugs or alcohol)"
    press(qtbot, TAB)
    type_text(qtbot, "0")
    press(qtbot, TAB)
    type_text(qtbot, "Nodding off mid-sentence")
    press(qtbot, TAB)
    assert focused() is ui.withholdReasonCombo  # the choice itself is no Tab stop
    press(qtbot, TAB)
    assert focused() is ui.withholdNoteEdit
    type_text(qtbot, "Pinned pupils; asked to come back at 15:30")
    press(qtbot, TAB)
    assert focused() is ui.withholdButton
    press(qtbot, ENTER)
    assert ui.stages.currentWidget() is ui.donePage
    assert ui.resultLabel.text().startswith(
        "Dose withheld for HAT-0001 Sam Patient in session 1: Intoxicated (drugs or alcohol).")
    assert "not as a missed session" in ui.resultLabel.text()
    assert administrations(d, d.diam100) == [] and administrations(d, d.diam500) == []
    events = attendance_store.events_between(d.reg.db, d.reg.today(), d.reg.today())
    withheld = [e for e in events if e.kind.value == "withheld"]
    assert len(withheld) == 1 and withheld[0].details["sedation_score"] == 2
    assert withheld[0].details["note"] == "Pinned pupils; asked to come back at 15:30"
    press(qtbot, ENTER)  # Close
    assert cell(page, "HAT-0001", 1) == "Withheld · at 10:00"


@pytest.mark.parametrize(
    ("ampoules", "mg", "message"),
    [
        ({"DIAM500": "1"}, "200", "Dose 200 mg is above the prescribed 180 mg for this session."),
        ({"DIAM500": "4"}, "1800", "Dose 1800 mg is ten times or more the prescribed 180 mg: "
                                   "check for a misplaced digit."),
        ({"DIAM100": "1"}, "18", "Dose 18 mg is a tenth or less of the prescribed 180 mg: "
                                 "check for a misplaced digit."),
        ({"DIAM100": "2"}, "150", "Dose 150 mg is below the prescribed 180 mg: choose the "
                                  "reason (patient asked for less, or clinical decision)."),
        ({"DIAM100": "1"}, None, "The 100 mg opened cannot give 180 mg: open more, or correct "
                                 "the dose."),
        ({"DIAM100": "3"}, None, "Too many opened: 300 mg opened for a 180 mg dose; one fewer "
                                 "would hold it. Correct the ampoules opened."),
        ({}, None, "Enter the ampoules opened for this dose."),
    ],
)
def test_refused_dose_shows_the_reason_and_writes_nothing(qtbot, world, ampoules, mg,
                                                          message) -> None:
    d = world
    window, _ = open_today(qtbot, d)
    page, v = start_dose(qtbot, window)
    ui = v.ui
    fill_dose(qtbot, v, ampoules=ampoules, mg=mg)
    watch = NoWitnessAsked()
    press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # record the dose
    watch.timer.stop()
    assert ui.errorLabel.isVisible() and ui.errorLabel.text() == message
    assert watch.opened == []  # refused before a colleague is asked to sign
    assert ui.stages.currentWidget() is ui.cardPage
    assert administrations(d, d.diam100) == [] and administrations(d, d.diam500) == []
    v.reject()
    qtbot.waitUntil(lambda: page.check_in is None)
    assert cell(page, "HAT-0001", 1) == "Checked in"


def test_lower_dose_with_a_reason_is_given(qtbot, world) -> None:
    d = world
    window, _ = open_today(qtbot, d)
    _page, v = start_dose(qtbot, window)
    ui = v.ui
    fill_dose(qtbot, v, ampoules={"DIAM100": "2"}, mg="150")
    assert ui.wasteLabel.text() == "Wasted: 50 mg (200 mg opened − 150 mg given)"
    press(qtbot, TAB)
    assert focused() is ui.lessCombo
    type_text(qtbot, "P")  # Patient asked for less
    assert ui.lessCombo.currentText() == "Patient asked for less"
    seen: list[str] = []
    when_named_dialog_opens("WitnessDialog", sign_as(qtbot, "nora", seen))
    press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert "Given: 150 mg" in ui.resultLabel.text() and "Wasted: 50 mg" in ui.resultLabel.text()
    event = [e for e in attendance_store.events_between(d.reg.db, d.reg.today(),
                                                        d.reg.today())
             if e.kind.value == "dosed"][0]
    assert event.details["less_reason"] == "Patient asked for less"


def test_dosing_above_the_threshold_needs_an_explicit_reason(qtbot, world) -> None:
    d = world
    window, _ = open_today(qtbot, d)
    _page, v = start_dose(qtbot, window)
    ui = v.ui
    ui.alcoholEdit.setFocus()
    type_text(qtbot, "30")  # breath alcohol above 22: withhold is preselected
    assert ui.withholdRadio.isChecked()
    press(qtbot, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # "Give the dose" all the same
    qtbot.waitUntil(ui.doseRadio.isChecked)
    assert ui.despiteEdit.isVisible()
    ui.sedationCombo.setFocus()
    fill_dose(qtbot, v, ampoules={"DIAM500": "1"}, alcohol="")
    watch = NoWitnessAsked()
    press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    watch.timer.stop()
    assert watch.opened == []
    assert ui.errorLabel.text() == (
        "The assessment is at or above the withhold threshold (breath alcohol 30 µg/100 ml "
        "(withhold at 22 or more)): withhold the dose, or record why it is still given.")
    press(qtbot, TAB)
    assert focused() is ui.despiteEdit
    type_text(qtbot, "Reading from mouthwash; re-test 0 after 15 min, doctor agreed")
    seen: list[str] = []
    when_named_dialog_opens("WitnessDialog", sign_as(qtbot, "nora", seen))
    press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert ui.stages.currentWidget() is ui.donePage
    event = [e for e in attendance_store.events_between(d.reg.db, d.reg.today(),
                                                        d.reg.today())
             if e.kind.value == "dosed"][0]
    assert event.details["assessment_override"].startswith("Reading from mouthwash")
    assert event.details["breath_alcohol"] == 30


def test_not_enough_stock_is_refused_before_anyone_signs(qtbot, world) -> None:
    """The stock is known before the witness signs: the service's check refuses first
    (this used to be found only after the signature)."""
    d = world
    register.destroy(d.reg, d.pharmacist, d.diam100.id, register.Destruction(
        50, "D100A", "Damaged in a flood", "Ann Officer", "CDAO", "CDAO-77",
        method="Denaturing kit"))
    window, _ = open_today(qtbot, d)
    _page, v = start_dose(qtbot, window)
    ui = v.ui
    fill_dose(qtbot, v, ampoules={"DIAM100": "2"})
    watch = NoWitnessAsked()
    press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    watch.timer.stop()
    assert watch.opened == []
    assert ui.errorLabel.text() == ("Not enough usable stock in DIAM100: 2 ampoules needed, "
                                    "0 ampoules in date.")
    assert ui.stages.currentWidget() is ui.cardPage
    assert administrations(d, d.diam100) == []


def test_witness_cannot_be_the_nurse_giving_the_dose(qtbot, world) -> None:
    d = world
    window, _ = open_today(qtbot, d)
    _page, v = start_dose(qtbot, window)
    ui = v.ui
    fill_dose(qtbot, v, ampoules={"DIAM500": "1"})
    seen: list[str] = []
    when_named_dialog_opens("WitnessDialog", sign_as(qtbot, "nina", seen))
    press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert seen[-1].startswith("You cannot witness your own entry")
    assert ui.errorLabel.text() == "Nothing was recorded: the dose needs a witness's signature."
    assert administrations(d, d.diam500) == []


def test_escape_asks_before_discarding_a_typed_assessment(qtbot, world, message_boxes) -> None:
    from PySide6.QtWidgets import QMessageBox

    window, _ = open_today(qtbot, world)
    page, v = start_dose(qtbot, window)
    type_text(qtbot, "1")  # the sedation score
    press(qtbot, TAB)
    type_text(qtbot, "12")  # breath alcohol
    message_boxes.answer = QMessageBox.StandardButton.No
    press(qtbot, Qt.Key.Key_Escape)
    assert message_boxes.shown[-1] == (
        "Discard the assessment?", "Close the check-in of HAT-0001 Sam Patient and discard the "
        "assessment typed? Nothing of it has been recorded.")
    assert v.isVisible() and v.ui.alcoholEdit.text() == "12"  # kept: typing goes on
    qtbot.mouseClick(v.ui.closeButton, Qt.MouseButton.LeftButton)  # Close asks the same
    assert len(message_boxes.shown) == 2 and v.isVisible()
    message_boxes.answer = QMessageBox.StandardButton.Yes
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.check_in is None)
    assert len(message_boxes.shown) == 3
    window.close()


def test_escape_with_nothing_typed_closes_at_once(qtbot, world, message_boxes) -> None:
    window, _ = open_today(qtbot, world)
    page, v = start_dose(qtbot, window)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.check_in is None)
    assert message_boxes.shown == []
    window.close()
