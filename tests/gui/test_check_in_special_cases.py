"""The check-in screen off the routine path: a patient on hold, a dose outside the
window with a manager's override, the release check, the photo, a patient who left, and
a card scanned while another patient's check-in is open."""

from datetime import timedelta

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLineEdit

from hat_desktop.gui.scan_guard import ScanGuard
from hat_desktop.services import dosing, patients
from hat_desktop.store import attendance as attendance_store
from tests.gui.conftest import when_dialog_opens
from tests.gui.dosing_screens import (
    ENTER,
    KeyClock,
    cell,
    dose_given,
    fill_dose,
    focused,
    open_today,
    patient_from_days_ago,
    press,
    refused_before_the_witness,
    scan,
    scan_to,
    sign_as,
    signed_by,
    start_dose,
    type_reading,
    type_text,
    wait_focus,
    when_named_dialog_opens,
)


def test_held_patient_is_refused_at_check_in_with_the_reason(qtbot, world, clock) -> None:
    d = world
    patient_from_days_ago(d, clock, 4, "HAT-0002", "Zoe Held")
    window, _ = open_today(qtbot, d)
    page, ui = scan_to(qtbot, window, "HAT-0002", "closeButton")
    assert ui.refusalLabel.isVisible()
    assert ui.refusalLabel.text() == (
        "Cannot be dosed now: ON HOLD since 28/02/2026 18:00: 3 consecutive days without a dose "
        "(26/02 missed, 27/02 missed, 28/02 missed). Dosing is refused until a prescriber "
        "records a review. Only a "
        "prescriber can lift the hold, by recording a review on the patient's page.")
    assert ui.flagLabel.text() == "ON HOLD: 4 consecutive days without a dose."
    assert not ui.identityButton.isVisible() and not ui.overrideButton.isVisible()
    press(qtbot, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)  # nothing to confirm
    assert not ui.doseArea.isVisible()
    events = attendance_store.events_between(d.reg.db, d.reg.today(), d.reg.today())
    assert events == []
    press(qtbot, ENTER)  # Close
    assert page.check_in is None


def test_manager_override_outside_the_session_window(qtbot, world, clock) -> None:
    d = world
    clock.set(clock.now() + timedelta(hours=2))  # 12:00: between the sessions
    window, _ = open_today(qtbot, d)
    page, ui = scan_to(qtbot, window, "HAT-0001", "overrideButton")
    assert ui.refusalLabel.text().startswith("Cannot be dosed now: No session window is open now")

    errors: list[str] = []
    seen: list[str] = []

    def authorise(dialog) -> None:
        wait_focus(qtbot, dialog.ui.reasonEdit)
        assert dialog.ui.sessionCombo.currentText() == "Session 1 (08:30–11:00)"
        # no reason yet: refused before the manager is asked to sign
        refused_before_the_witness(qtbot, ENTER, Qt.KeyboardModifier.NoModifier)
        errors.append(dialog.ui.errorLabel.text())
        type_text(qtbot, "Delayed by a hospital appointment")
        when_named_dialog_opens("WitnessDialog", sign_as(qtbot, "manager", seen))
        press(qtbot, ENTER)

    when_named_dialog_opens("OverrideDialog", authorise)
    press(qtbot, ENTER)  # Manager override…
    assert seen[0] == ("A manager signs to authorise a dose outside the session window for "
                       "HAT-0001 Sam Patient, counted in session 1: Delayed by a hospital "
                       "appointment")
    assert errors == ["Enter the reason for dosing outside the session window."]
    assert ui.sessionLabel.text() == ("Session 1 (08:30–11:00), outside its window: authorised "
                                      "by Morag Manager (Delayed by a hospital appointment)")
    wait_focus(qtbot, ui.identityButton)
    press(qtbot, ENTER)
    fill_dose(qtbot, page.check_in.view, ampoules={"DIAM500": "1"})
    signed_by(qtbot, "nora")
    assert ui.stages.currentWidget() is ui.donePage
    event = [e for e in attendance_store.events_between(d.reg.db, d.reg.today(),
                                                        d.reg.today())
             if e.kind.value == "dosed"][0]
    assert event.session == 1 and event.details["override_by"] == "Morag Manager (manager)"


def test_a_nurse_cannot_authorise_an_override(qtbot, world, clock) -> None:
    d = world
    clock.set(clock.now() + timedelta(hours=2))
    window, _ = open_today(qtbot, d)
    page, ui = scan_to(qtbot, window, "HAT-0001", "overrideButton")
    errors: list[str] = []

    def try_authorise(dialog) -> None:
        wait_focus(qtbot, dialog.ui.reasonEdit)
        type_text(qtbot, "Running late")
        when_named_dialog_opens("WitnessDialog", sign_as(qtbot, "nora", []))
        press(qtbot, ENTER)
        errors.append(dialog.ui.errorLabel.text())
        dialog.reject()

    when_named_dialog_opens("OverrideDialog", try_authorise)
    press(qtbot, ENTER)
    assert errors == ["Only a manager can authorise a dose outside the session window."]
    assert page.check_in.override is None and not ui.identityButton.isVisible()


def test_release_check_from_the_check_in_screen_needs_a_reason_when_early(qtbot, world,
                                                                          clock) -> None:
    d = world
    dose_given(d, [(d.diam500.id, 1)])
    clock.advance(timedelta(minutes=12))
    window, _ = open_today(qtbot, d)
    page, ui = scan_to(qtbot, window, "HAT-0001", "releaseButton")
    v = page.check_in.view
    assert not ui.refusalLabel.isVisible()  # here for the release check, not a red refusal
    assert ui.sessionLabel.text() == ("In post-dose observation: the release check is due at "
                                      "10:20. Record it with the Release check… button.")
    messages: list[str] = []

    def release_early(dialog) -> None:
        type_reading(qtbot, dialog)
        messages.append(dialog.ui.observationLabel.text())
        type_text(qtbot, "Alert, breathing normally")
        press(qtbot, ENTER)
        assert focused() is dialog.ui.earlyEdit
        press(qtbot, ENTER)  # no reason
        messages.append(dialog.ui.errorLabel.text())
        type_text(qtbot, "Collecting a child from school")
        press(qtbot, ENTER)

    when_named_dialog_opens("ReleaseDialog", release_early)
    press(qtbot, ENTER)
    assert messages[0].startswith("Observation runs until 10:20 (20 minutes after the dose;")
    assert messages[1] == ("Observation runs until 10:20 (20 minutes after the dose); give a "
                           "reason to end it early.")
    assert not ui.releaseButton.isVisible()
    assert ui.stages.currentWidget() is ui.donePage and ui.doneHeading.text() == "Released"
    assert ui.resultLabel.text() == ("HAT-0001 Sam Patient: the release check was recorded at "
                                     "10:12; the post-dose observation is over.")
    assert not ui.refusalLabel.isVisible()
    released = [e for e in attendance_store.events_between(d.reg.db, d.reg.today(),
                                                           d.reg.today())
                if e.kind.value == "released"]
    assert released[0].details["early_reason"] == "Collecting a child from school"
    v.reject()
    qtbot.waitUntil(lambda: page.check_in is None)
    assert cell(page, "HAT-0001", 1) == "Dosed · 180 mg at 10:00"


def test_patient_photo_is_shown_when_on_file(qtbot, world) -> None:
    d = world
    image = QImage(120, 160, QImage.Format.Format_RGB32)
    image.fill(QColor("#88aacc"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    patients.set_photo(d.reg, d.nurse, d.patient.id, bytes(data))
    window, _ = open_today(qtbot, d)
    page = scan(qtbot, window, "HAT-0001")
    ui = page.check_in.ui
    assert not ui.photoLabel.pixmap().isNull()
    assert ui.photoLabel.accessibleName() == "Photo of Sam Patient"
    assert ui.photoLabel.text() == ""


def test_patient_who_left_has_the_check_in_cancelled(qtbot, world) -> None:
    d = world
    window, _ = open_today(qtbot, d)
    page, v = start_dose(qtbot, window)
    ui = v.ui

    def give_reason(dialog) -> None:
        edit = dialog.findChild(QLineEdit)
        qtbot.keyClicks(edit, "Left before the dose, will return at 15:30")
        qtbot.keyClick(edit, ENTER)

    when_dialog_opens(give_reason)
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    press(qtbot, Qt.Key.Key_X, ctrl_shift)  # Patient left: cancel the check-in
    wait_focus(qtbot, ui.identityButton)
    assert not ui.doseArea.isVisible()
    v.reject()
    qtbot.waitUntil(lambda: page.check_in is None)
    assert cell(page, "HAT-0001", 1) == "Due"


def test_a_card_scanned_into_an_open_check_in_changes_nothing(qtbot, world, clock) -> None:
    d = world
    d.add_patient("HAT-0002", "Zoe Next")
    window, _ = open_today(qtbot, d)
    page = scan(qtbot, window, "HAT-0001")
    v = page.check_in.view
    ui = page.check_in.ui
    v.findChild(ScanGuard).clock = KeyClock(0.004)  # every key at scanner speed
    wait_focus(qtbot, ui.identityButton)
    type_text(qtbot, "HAT-0002")  # the next patient's card, at scanner speed
    press(qtbot, ENTER)
    assert ui.errorLabel.text() == (
        "A card was scanned while the check-in of HAT-0001 Sam Patient is open: "
        "nothing was changed here. Finish or close this check-in (Esc), then scan again.")
    assert not ui.doseArea.isVisible()  # the scan's Enter did not confirm the identity
    assert attendance_store.events_between(d.reg.db, d.reg.today(),
                                           d.reg.today()) == []
    press(qtbot, ENTER)  # a person pressing Enter still confirms it
    assert ui.doseArea.isVisible()
    fill_dose(qtbot, v, ampoules={"DIAM100": "2"})
    for _ in range(3):  # back past the site and the 500 mg ampoules
        press(qtbot, Qt.Key.Key_Backtab)
    assert focused().objectName() == "openedDIAM100"
    type_text(qtbot, "0003")  # digits of a scanned card would have made it 3 ampoules
    press(qtbot, ENTER)
    assert page.check_in.spins[0][1].value() == 2
    assert ui.errorLabel.text().startswith("A card was scanned")
    assert "0003" not in ui.errorLabel.text()  # never echoed: it may have been a password


def test_a_withholding_recorded_in_error_is_corrected_with_a_witness_then_dosed(
        qtbot, world, clock) -> None:
    from hat_desktop.domain.dosing import WithholdReason

    d = world
    dosing.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    wrong = dosing.withhold(d.reg, d.nurse, d.patient.id, WithholdReason.UNWELL, "", 0, 0)
    clock.advance(timedelta(minutes=2))
    window, _ = open_today(qtbot, d)
    page = scan(qtbot, window, "HAT-0001")
    ui = page.check_in.ui
    assert ui.correctWithholdingButton.isVisible()
    assert "Re-assessment: the dose was withheld at 10:00" in ui.notesLabel.text()
    asked: list[str] = []

    def give_note(dialog) -> None:
        asked.append(dialog.labelText())
        edit = dialog.findChild(QLineEdit)
        qtbot.keyClicks(edit, "Pressed Withhold instead of Record dose")
        qtbot.keyClick(edit, ENTER)

    seen: list[str] = []
    when_dialog_opens(give_note)
    when_named_dialog_opens("WitnessDialog", sign_as(qtbot, "nora", seen))
    qtbot.mouseClick(ui.correctWithholdingButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ui.correctWithholdingButton.isVisible(), timeout=10_000)
    assert asked == ["Why was the withholding at 10:00 recorded in error? It is kept, with "
                     "this note, witnessed."]
    assert seen[0] == ("HAT-0001 Sam Patient: the withholding at 10:00 was recorded in error — "
                       "Pressed Withhold instead of Record dose")
    notes = ui.notesLabel.text()
    assert ("The withholding at 10:00 was recorded in error (corrected by Nina Nurse (nurse), "
            "witnessed by Nora Nurse (nurse): Pressed Withhold instead of Record dose); it is "
            "kept, marked as an error.") in notes
    assert "Re-assessment" not in notes
    assert attendance_store.event_by_id(d.reg.db, wrong.id) == wrong  # never erased
    # The patient is dosed in the same window.
    wait_focus(qtbot, ui.identityButton)
    press(qtbot, ENTER)
    assert focused() is ui.sedationCombo
    fill_dose(qtbot, page.check_in.view, ampoules={"DIAM100": "2"}, mg="180")
    signed_by(qtbot, "nora")  # record the dose
    qtbot.waitUntil(lambda: ui.doneHeading.text() == "Dose recorded", timeout=10_000)
    assert ui.errorLabel.text() == "" or not ui.errorLabel.isVisible()
    window.close()
