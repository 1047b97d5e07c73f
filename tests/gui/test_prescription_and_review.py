"""Prescriptions and hold reviews on the patient's page, and the attendance grid in the
palette's colours."""

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from hat_desktop.domain.episodes import EpisodeStart, ExitReason, ReferralSource
from hat_desktop.domain.errors import PermissionDenied, Refused
from hat_desktop.domain.missed_doses import SessionState
from hat_desktop.domain.patients import PatientDetails, PatientStatus
from hat_desktop.domain.prescriptions import PrescriptionInput
from hat_desktop.gui.attendance_grid import CODES, STATE_ROLE
from hat_desktop.palette import STATE_COLOURS
from hat_desktop.services import dosing, outcomes, patients, prescriptions
from tests.gui.patient_screens import (
    click,
    in_dialog,
    open_patients,
    part,
    retype,
    table_rows,
)
from tests.world import back_then, dose_request

MONDAY = datetime(2026, 3, 2, tzinfo=UTC)  # GMT: clinic time is UTC in these tests


def new_patient(d, number: str = "HAT-0007", name: str = "Robin Newcomer"):
    return patients.create_patient(d.reg, d.nurse, PatientDetails(
        number, name, date(1979, 11, 5), "8 Borough Road\nMiddlesbrough TS1 3AZ"))


def cell(page, day: date, session: int):
    model = page.detail.grid_model
    return model.index_of(day, session)


def test_a_prescriber_writes_a_prescription_and_changes_it(qtbot, world) -> None:
    d = world
    patient = new_patient(d)
    _window, page = open_patients(qtbot, d.reg, d.prescriber)
    page.open_patient(patient.id)
    ui = page.detail.ui
    assert ui.prescribeButton.isVisible() and ui.prescribeButton.text() == "&New prescription…"
    assert ui.versionDetail.text() == "No prescription has been written for this patient."
    failures: list[BaseException] = []
    seen: list[str] = []

    def write(dialog) -> None:
        assert dialog.windowTitle() == "New prescription — HAT-0007 Robin Newcomer"
        assert dialog.ui.introLabel.text() == \
            "Prescriber: Dr Pat Prescriber (Home Office licence HO-123456)."
        assert not part(dialog, "reasonEdit").isVisible()
        products = part(dialog, "sectionsList")
        assert [products.item(i).checkState() for i in range(products.count())] == \
            [Qt.CheckState.Checked] * 2  # every open section is diamorphine: both ticked
        assert part(dialog, "session1Check").text() == "Session 1 (08:30–11:00)"
        assert part(dialog, "session1Check").isChecked()
        assert part(dialog, "session2Check").isChecked()
        click(qtbot, dialog.ui.saveButton)
        seen.append(dialog.ui.errorLabel.text())  # no dose typed yet
        retype(qtbot, part(dialog, "doseSpin"), "150")
        retype(qtbot, part(dialog, "notesEdit"), "Titrated up from 120 mg over two weeks.")
        click(qtbot, dialog.ui.saveButton)

    in_dialog(write, failures)
    click(qtbot, ui.prescribeButton)
    assert not failures, failures
    assert seen == ["The dose per session cannot be zero."]
    assert table_rows(page.detail.versions_model, range(5)) == [
        ["v1 (current)", "150 mg", "1, 2", "—", "02/03/2026 – 31/05/2026"]]
    assert ui.prescribeButton.text() == "&Change prescription…"
    assert ui.prescriptionValue.text().startswith("Version 1: Diamorphine")

    def change(dialog) -> None:
        assert dialog.windowTitle() == "Change prescription — HAT-0007 Robin Newcomer"
        assert "This becomes version 2; version 1 stays in the record unchanged." in \
            dialog.ui.introLabel.text()
        assert part(dialog, "doseSpin").value() == 150 and part(dialog, "reasonEdit").isVisible()
        retype(qtbot, part(dialog, "doseSpin"), "120")
        part(dialog, "session2Check").setChecked(False)
        click(qtbot, dialog.ui.saveButton)
        seen.append(dialog.ui.errorLabel.text())  # no reason for the change yet
        qtbot.keyClicks(part(dialog, "reasonEdit"), "Drowsy after the evening dose; once a day.")
        click(qtbot, dialog.ui.saveButton)

    in_dialog(change, failures)
    click(qtbot, ui.prescribeButton)
    assert not failures, failures
    assert seen[1] == "Enter the reason for the change."
    rows = table_rows(page.detail.versions_model)
    assert [r[:3] for r in rows] == [["v2 (current)", "120 mg", "1"], ["v1", "150 mg", "1, 2"]]
    assert rows[0][5] == "Dr Pat Prescriber (HO-123456)"
    assert rows[0][6] == "Drowsy after the evening dose; once a day."
    assert rows[1][6] == "First prescription"
    assert ui.versionDetail.text().startswith("Version 2: Diamorphine")
    ui.versionsTable.selectRow(1)  # the old version is still there to read in full
    old = ui.versionDetail.text()
    assert old.startswith("Version 1: Diamorphine hydrochloride 150 mg per session (session 1, 2)")
    assert "Notes: Titrated up from 120 mg over two weeks." in old
    assert "Prescribed by Dr Pat Prescriber (Home Office licence HO-123456) on 02/03/2026 " \
        "10:00." in old
    assert [rx.dose_mg for rx in prescriptions.versions(d.reg, d.nurse, patient.id)] == \
        [150, 120]


def test_a_nurse_has_no_prescribe_button_and_the_service_refuses_anyway(qtbot, world) -> None:
    d = world
    _window, page = open_patients(qtbot, d.reg, d.nurse)
    page.open_patient(d.patient.id)
    ui = page.detail.ui
    assert not ui.prescribeButton.isVisible()
    assert ui.prescribeNote.text() == "Only a prescriber can write or change a prescription."
    assert table_rows(page.detail.versions_model, range(2)) == [["v1 (current)", "180 mg"]]
    today = d.reg.today()
    with pytest.raises(PermissionDenied, match=r"Your role \(nurse\) may not write or change "
                       "prescriptions."):
        prescriptions.prescribe(d.reg, d.nurse, d.patient.id, PrescriptionInput(
            (d.diam100.id,), 90, frozenset({1}), today, today + timedelta(days=7),
            change_reason="Trying"))


def test_a_held_patient_is_reviewed_with_a_reduced_dose_and_the_hold_lifts(
    qtbot, world, clock
) -> None:
    d = world
    clock.set(MONDAY - timedelta(days=4) + timedelta(hours=9))  # Thursday 26/02 09:00
    with back_then(d.reg):
        held, _rx = d.add_patient("HAT-0005", "Kit Heldon")
    clock.set(MONDAY + timedelta(hours=10))  # four days on, never dosed
    _window, page = open_patients(qtbot, d.reg, d.nurse)
    flags = {r[0]: r[4] for r in table_rows(page.model)}
    assert flags["HAT-0005"] == "ON HOLD: needs a prescriber's review"
    page.open_patient(held.id)
    ui = page.detail.ui
    assert ui.flagLabel.text().startswith("ON HOLD since 28/02/2026 18:00: 3 consecutive days")
    assert ui.statusChip.text() == "ON HOLD"  # never "Active" beside the hold banner
    assert not ui.reviewHoldButton.isVisible()  # a nurse cannot lift a hold

    window, page = open_patients(qtbot, d.reg, d.prescriber)
    page.open_patient(held.id)
    ui = page.detail.ui
    assert ui.flagLabel.isVisible() and ui.reviewHoldButton.isVisible()
    today = d.reg.today()
    assert page.detail.grid_model.data(cell(page, today, 1), STATE_ROLE) == "on_hold"
    failures: list[BaseException] = []
    seen: list[str] = []

    def review(dialog) -> None:
        assert dialog.ui.holdLabel.text().startswith("ON HOLD since 28/02/2026 18:00")
        assert not part(dialog, "fieldsArea").isVisible()
        click(qtbot, dialog.ui.saveButton)
        seen.append(dialog.ui.errorLabel.text())  # no decision yet
        dialog.ui.decisionCombo.setCurrentIndex(
            dialog.ui.decisionCombo.findText("Resume at a reduced re-titration dose"))
        assert part(dialog, "fieldsArea").isVisible() and part(dialog, "doseSpin").value() == 180
        qtbot.keyClicks(part(dialog, "notesEdit"), "Four days away; tolerance likely lower.")
        click(qtbot, dialog.ui.saveButton)
        seen.append(dialog.ui.errorLabel.text())  # the same dose is not a reduction
        assert dialog.ui.errorLabel.isVisible()
        retype(qtbot, part(dialog, "doseSpin"), "90")
        # the dose box is built after the form: typing in it still clears the old error
        assert not dialog.ui.errorLabel.isVisible()
        click(qtbot, dialog.ui.saveButton)

    in_dialog(review, failures)
    click(qtbot, ui.reviewHoldButton)
    assert not failures, failures
    assert seen == ["Choose the decision of the review.",
                    "A re-titration dose must be lower than the previous 180 mg."]
    assert not ui.flagLabel.isVisible() and not ui.reviewHoldButton.isVisible()
    assert ui.statusChip.text() == "Active"
    rows = table_rows(page.detail.versions_model)
    assert [r[:2] for r in rows] == [["v2 (current)", "90 mg"], ["v1", "180 mg"]]
    assert rows[0][6] == "Reduced re-titration dose after a hold review (days without a dose)."
    assert page.detail.grid_model.data(cell(page, today, 1), STATE_ROLE) == "due"
    card = dosing.card(d.reg, d.nurse, held.id)
    assert card.can_dose and card.prescription is not None and card.prescription.dose_mg == 90
    window.close()


def test_attendance_grid_shows_dosed_missed_and_on_hold_in_the_palette_colours(
    qtbot, world, clock
) -> None:
    d = world
    dosing.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    dosing.administer(d.reg, d.nurse, d.nurse2, d.patient.id,
                      dose_request(180, [(d.diam100.id, 2)]))
    clock.set(MONDAY + timedelta(days=4, hours=9))  # Friday 09:00: on hold since Thursday 18:00
    _window, page = open_patients(qtbot, d.reg, d.nurse)
    page.open_patient(d.patient.id)
    model = page.detail.grid_model
    ui = page.detail.ui
    assert (model.rowCount(), model.columnCount()) == (8, 14)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Mon\n1"
    assert model.headerData(7, Qt.Orientation.Vertical) == "w/c 02/03"
    monday = MONDAY.date()
    expected = {
        (monday, 1): SessionState.DOSED,
        (monday, 2): SessionState.MISSED,
        (monday + timedelta(days=3), 2): SessionState.MISSED,
        (monday + timedelta(days=4), 1): SessionState.ON_HOLD,
        (monday + timedelta(days=4), 2): SessionState.ON_HOLD,
        (monday - timedelta(days=1), 1): SessionState.NOT_DUE,  # before the prescription
    }
    for (day, session), state in expected.items():
        index = model.index_of(day, session)
        background, foreground = STATE_COLOURS[state.value]
        assert index.data(STATE_ROLE) == state.value
        assert index.data(Qt.ItemDataRole.BackgroundRole).color().name() == background
        assert index.data(Qt.ItemDataRole.ForegroundRole).color().name() == foreground
        assert index.data() == CODES[state]
    assert model.index_of(monday, 1).data(Qt.ItemDataRole.ToolTipRole) == \
        "Mon 02/03/2026, Session 1 (08:30–11:00): Dosed"
    assert model.index_of(monday + timedelta(days=4), 2).data(Qt.ItemDataRole.ToolTipRole) == \
        "Fri 06/03/2026, Session 2 (15:30–18:00): On hold"
    saturday = model.index_of(monday + timedelta(days=5), 1)
    assert saturday.data(STATE_ROLE) == "" and saturday.data() == ""
    assert saturday.data(Qt.ItemDataRole.ToolTipRole) == "Sat 07/03/2026: still to come"
    legend = {state: ui.attendanceTab.findChild(type(ui.flagLabel), f"legend_{state}")
              for state in ("dosed", "missed", "on_hold", "withheld")}
    assert legend["missed"].text().strip() == "M  Missed"
    assert STATE_COLOURS["on_hold"][0] in legend["on_hold"].styleSheet()


def test_a_discharged_patient_cannot_be_prescribed_for_in_the_services_words(qtbot,
                                                                              world) -> None:
    d = world
    patients.set_status(d.reg, d.manager, d.patient.id, PatientStatus.DISCHARGED, "Moved away")
    _window, page = open_patients(qtbot, d.reg, d.prescriber)
    page.open_patient(d.patient.id)
    ui = page.detail.ui
    said = "HAT-0001 Sam Patient has been discharged: reactivate them first."
    assert not ui.prescribeButton.isEnabled() and ui.prescribeNote.text() == said
    today = d.reg.today()
    with pytest.raises(Refused, match=said):
        prescriptions.prescribe(d.reg, d.prescriber, d.patient.id, PrescriptionInput(
            (d.diam100.id,), 90, frozenset({1}), today, today + timedelta(days=7)))


def test_the_hold_banner_goes_at_once_when_a_prescriber_lifts_the_hold(qtbot, world, clock
                                                                       ) -> None:
    from PySide6.QtWidgets import QApplication

    from hat_desktop.domain.attendance import HoldDecision
    from hat_desktop.gui.app import Session
    from hat_desktop.services import holds
    from tests.gui.conftest import when_dialog_opens
    from tests.world import PASSWORD

    d = world
    clock.set(MONDAY - timedelta(days=4) + timedelta(hours=9))
    with back_then(d.reg):
        held, _rx = d.add_patient("HAT-0005", "Kit Heldon")
    clock.set(MONDAY + timedelta(hours=10))
    session = Session(d.reg, QApplication.instance())

    def log_in(dialog) -> None:
        qtbot.keyClicks(dialog.ui.userEdit, "drpat")
        qtbot.keyClicks(dialog.ui.passwordEdit, PASSWORD)
        qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)

    when_dialog_opens(log_in)
    assert session.start() and session.window is not None
    window = session.window
    qtbot.addWidget(window.view)
    assert "HAT-0005" in window.ui.alertBanner.text() and "hold" in window.ui.alertBanner.text()
    holds.review(d.reg, d.prescriber, held.id, HoldDecision.RESUME, "Back from a family visit")
    qtbot.waitUntil(lambda: "HAT-0005" not in window.ui.alertBanner.text(), timeout=2000)
    window.close()


def test_a_hold_review_that_discharges_a_patient_in_treatment_records_the_exit(
    qtbot, world, clock
) -> None:
    """The review's Discharge asks for the end of the episode (reason, date, note) as the
    status buttons' discharge does, and records both in one step."""
    d = world
    clock.set(MONDAY - timedelta(days=4) + timedelta(hours=9))
    with back_then(d.reg):
        held, _rx = d.add_patient("HAT-0005", "Kit Heldon")
        outcomes.start_episode(d.reg, d.nurse, held.id, EpisodeStart(
            ReferralSource.GP, MONDAY.date() - timedelta(days=30), None,
            MONDAY.date() - timedelta(days=4)))
    clock.set(MONDAY + timedelta(hours=10))  # four days on, never dosed: on hold
    window, page = open_patients(qtbot, d.reg, d.prescriber)
    page.open_patient(held.id)
    ui = page.detail.ui
    failures: list[BaseException] = []
    seen: list[object] = []

    def review(dialog) -> None:
        exit_area = part(dialog, "exitArea")
        assert not exit_area.isVisible()
        dialog.ui.decisionCombo.setCurrentIndex(dialog.ui.decisionCombo.findText("Discharge"))
        seen.append(exit_area.isVisible())
        qtbot.keyClicks(part(dialog, "notesEdit"), "Not seen since Thursday; moved to Leeds.")
        click(qtbot, dialog.ui.saveButton)
        seen.append(dialog.ui.errorLabel.text())  # no reason yet: nothing written
        combo = dialog.ui.exitReasonCombo
        combo.setCurrentIndex(combo.findData(ExitReason.MOVED_AWAY.value))
        dialog.grab().save("/tmp/hat-hold-review-discharge.png")  # for a person to look at
        click(qtbot, dialog.ui.saveButton)

    in_dialog(review, failures)
    click(qtbot, ui.reviewHoldButton)
    assert not failures, failures
    assert seen == [True, "Choose the reason treatment ended."]
    # the hold stays open for a re-admission, and its review on the page with it
    assert ui.statusChip.text() == "Discharged" and ui.reviewHoldButton.isVisible()
    (episode,) = outcomes.episodes(d.reg, d.prescriber, held.id)
    assert episode.exit is not None and episode.exit.reason is ExitReason.MOVED_AWAY
    assert page.detail.treatment.ui.currentLabel.text().startswith(
        "Not in treatment: episode 1 ended on 02/03/2026")
    window.close()
