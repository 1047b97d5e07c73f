"""Issue 17 on screen, typed and clicked as a nurse and a prescriber would: the release check
refused on a low reading, then released on a second, normal reading confirmed by a second
person; an overdose recorded from the observation queue with naloxone and an ambulance,
the patient on hold on the board and on the lock screen, and the prescriber's review; the
safety report saved from the Reports page and read back from its PDF with the right rate."""

import subprocess
from datetime import timedelta

from PySide6.QtCore import QDate, Qt

from hat_desktop.gui.check_in_text import flag_text
from hat_desktop.gui.page_context import PageContext, QtEvents
from hat_desktop.gui.reports_page import ReportsPage
from hat_desktop.services import adverse_events, dosing, observation
from hat_desktop.store import attendance as attendance_store
from tests.gui.dosing_screens import (
    ENTER,
    TAB,
    open_today,
    press,
    sign_as,
    type_text,
    wait_focus,
    when_named_dialog_opens,
)
from tests.gui.patient_screens import click, in_dialog, open_patients, part, type_into
from tests.gui.test_reports_page import FakeDesktop
from tests.test_safety_records import overdose
from tests.world import dose_request

SHOTS = "/tmp/i17-shots"


def _dose(d, patient_id: int) -> None:
    dosing.check_in(d.reg, d.nurse, patient_id, identity_confirmed=True)
    dosing.administer(d.reg, d.nurse, d.nurse2, patient_id,
                      dose_request(180, [(d.diam100.id, 2)]))


def _open_release(qtbot, page) -> None:
    page.view.window().activateWindow()
    qtbot.waitUntil(lambda: page.view.window().isActiveWindow())
    page.ui.observationTable.setFocus()
    page.ui.observationTable.setCurrentIndex(page.observation_model.index(0, 0))
    press(qtbot, ENTER)
    qtbot.waitUntil(lambda: page.check_in is not None)
    wait_focus(qtbot, page.check_in.ui.releaseButton)


def _type_reading(qtbot, dialog, spo2: str, rate: str, sedation: str, note: str) -> None:
    ui = dialog.ui
    wait_focus(qtbot, ui.spo2Edit)
    for text in (spo2, rate, sedation):
        type_text(qtbot, text)
        press(qtbot, ENTER)  # Enter moves on, as a scanner or a fast typist expects
    assert ui.siteCombo.hasFocus() and ui.siteCombo.currentText() == "No problem"
    press(qtbot, TAB)
    type_text(qtbot, note)


def test_a_low_reading_is_refused_then_released_on_a_normal_one_with_a_second_person(
        qtbot, world, clock) -> None:
    d = world
    _dose(d, d.patient.id)
    clock.advance(timedelta(minutes=22))
    window, page = open_today(qtbot, d)
    _open_release(qtbot, page)
    said: list[str] = []

    def low(dialog) -> None:
        _type_reading(qtbot, dialog, "91", "12", "1", "Drowsy")
        press(qtbot, ENTER)  # Enter in the note: release
        said.append(dialog.ui.errorLabel.text())
        assert dialog.ui.confirmButton.isVisible()
        assert dialog.ui.readingButton.hasFocus()  # the safe choice is where the focus is
        dialog.grab().save(f"{SHOTS}-release-refused.png")
        press(qtbot, ENTER)  # Keep in observation

    when_named_dialog_opens("ReleaseDialog", low)
    press(qtbot, ENTER)
    assert said == ["HAT-0001 Sam Patient stays in observation: SpO2 91 % (below 94 %). Take "
                    "another reading later, or record an adverse event; to release on this "
                    "reading a second member of staff must confirm, with the reason in the "
                    "note."]
    ui = page.check_in.ui
    assert ui.doneHeading.text() == "Still in observation"
    wait_focus(qtbot, ui.closeButton)
    press(qtbot, ENTER)  # close the check-in screen
    qtbot.waitUntil(lambda: page.check_in is None)
    m = page.observation_model
    assert m.index(0, 2).data() == "DUE since 10:20\nlast 10:22: SpO2 91 %, RR 12 — STAYS"
    assert m.index(0, 2).data(Qt.ItemDataRole.ToolTipRole).endswith(
        "beyond the limits: SpO2 91 % (below 94 %). Take another reading, or record an event.")
    window.view.resize(1280, 720)
    window.view.grab().save(f"{SHOTS}-queue.png")

    clock.advance(timedelta(minutes=10))  # 10:32: settled
    page.refresh()
    _open_release(qtbot, page)
    signed: list[str] = []

    def normal(dialog) -> None:
        assert dialog.ui.lastReadingLabel.text() == (
            "Last reading at 10:22: SpO2 91 %, RR 12/min, sedation 1, site: no problem; "
            "beyond the limits: SpO2 91 % (below 94 %).")
        when_named_dialog_opens("WitnessDialog", sign_as(qtbot, "nora", signed))
        _type_reading(qtbot, dialog, "97", "14", "0", "Settled, talking, walked out")
        press(qtbot, ENTER)

    when_named_dialog_opens("ReleaseDialog", normal)
    press(qtbot, ENTER)
    assert signed[0].startswith("Release of HAT-0001 Sam Patient on the reading SpO2 97 %, "
                                "RR 14/min, sedation 0, site: no problem. An earlier reading "
                                "was beyond the thresholds (SpO2 91 % (below 94 %))")
    assert page.check_in.ui.doneHeading.text() == "Released"
    assert observation.queue(d.reg, d.nurse) == []
    released = [e for e in attendance_store.events_between(
        d.reg.db, d.reg.today(), d.reg.today()) if e.kind.value == "released"]
    assert released[0].witness_id == d.nurse2.id
    window.close()


def test_an_overdose_from_the_queue_holds_the_patient_until_the_prescribers_review(
        qtbot, world, clock, message_boxes) -> None:
    d = world
    _dose(d, d.patient.id)
    clock.advance(timedelta(minutes=12))
    window, page = open_today(qtbot, d)
    page.ui.observationTable.setFocus()
    page.ui.observationTable.setCurrentIndex(page.observation_model.index(0, 0))
    signed: list[str] = []
    failures: list[BaseException] = []

    def event(dialog) -> None:
        ui = dialog.ui
        assert ui.doseCombo.currentText() == "02/03 10:00 — 180 mg (session 1)"
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findText(
            "Opioid overdose / respiratory depression"))
        type_into(qtbot, ui.naloxoneEdit, "0.8")
        ui.routeCombo.setCurrentIndex(ui.routeCombo.findText("Intramuscular (IM)"))
        ui.dosesSpin.setValue(2)
        type_into(qtbot, ui.batchEdit, "NX-22")
        assert ui.holdLabel.text().startswith("Naloxone or a hospital transfer puts the "
                                              "patient ON HOLD")
        for check in (ui.oxygenCheck, ui.ambulanceCheck):
            check.setFocus()
            qtbot.keyClick(check, Qt.Key.Key_Space)
        assert ui.oxygenCheck.isChecked() and ui.ambulanceCheck.isChecked()
        type_into(qtbot, ui.respondersEdit, "Nina Nurse, Nora Nurse")
        type_into(qtbot, ui.accountEdit, "Unresponsive at 10:10, breathing 4/min, SpO2 80 %.")
        click(qtbot, ui.recordButton)
        signed.append(ui.errorLabel.text())  # no outcome yet
        ui.outcomeCombo.setCurrentIndex(ui.outcomeCombo.findText("Recovered in the clinic"))
        dialog.grab().save(f"{SHOTS}-event.png")
        when_named_dialog_opens("WitnessDialog", sign_as(qtbot, "nora", signed))
        click(qtbot, ui.recordButton)

    in_dialog(event, failures)
    click(qtbot, page.ui.eventButton)
    assert not failures, failures
    assert signed[0] == "Choose the outcome of the event."
    assert signed[1].endswith("recovered in the clinic. The patient goes ON HOLD until a "
                              "prescriber's review.")
    assert "naloxone 0.8 mg intramuscular in 2 doses (batch NX-22); oxygen; ambulance called" \
        in signed[1]
    assert message_boxes.last.startswith("Event E-1 recorded for HAT-0001 Sam Patient. The "
                                         "patient is ON HOLD")
    page.refresh()
    row = page.model.row_of(d.patient.id)
    flag = page.model.index(row, 1).data()
    assert flag == "ON HOLD after an adverse event: needs a prescriber's review"
    # the check-in's flag says why too (it said "ON HOLD: 0 consecutive days without a dose")
    assert flag_text(dosing.card(d.reg, d.nurse, d.patient.id)) == (
        "ON HOLD after an adverse event: needs a prescriber's review.")
    window.view.resize(1280, 720)
    window.view.grab().save(f"{SHOTS}-board.png")
    window.ui.actionLock.trigger()
    window._tick()
    assert window.lock_screen.ui.dueLabel.text() == (
        "No release check is due.\n1 patient is on hold after an adverse event, awaiting a "
        "prescriber's review.")
    window.close()

    # The prescriber reads the event on the patient's page and reviews the hold.
    window, patients_page = open_patients(qtbot, d.reg, d.prescriber)
    patients_page.open_patient(d.patient.id)
    ui = patients_page.detail.ui
    assert ui.flagLabel.text().startswith("ON HOLD since 02/03/2026 10:12 after an adverse "
                                          "event: opioid overdose (E-1; naloxone given)")
    tabs = ui.detailTabs
    assert tabs.tabText(tabs.indexOf(ui.eventsTab)) == "Events (1)"
    text = patients_page.detail.events_model.index(0, 0).data()
    assert text.startswith("E-1 — 02/03/2026 10:12: Opioid overdose / respiratory depression:")
    assert "witnessed by Nora Nurse" in text
    tabs.setCurrentWidget(ui.eventsTab)
    window.view.resize(1280, 720)
    window.view.grab().save(f"{SHOTS}-patient-events.png")

    def review(dialog) -> None:
        dialog.ui.decisionCombo.setCurrentIndex(
            dialog.ui.decisionCombo.findText("Resume the same dose"))
        type_into(qtbot, part(dialog, "notesEdit"), "Seen after the overdose: same dose, "
                  "observe 30 minutes.")
        click(qtbot, dialog.ui.saveButton)

    in_dialog(review, failures)
    click(qtbot, ui.reviewHoldButton)
    assert not failures, failures
    assert not ui.flagLabel.isVisible()
    clock.advance(timedelta(hours=6))  # session 2
    assert dosing.card(d.reg, d.nurse, d.patient.id).can_dose
    window.close()


def test_the_safety_report_saved_from_the_reports_page_reads_back_with_the_rate(
        qtbot, world, clock, monkeypatch, tmp_path) -> None:
    d = world
    other, _ = d.add_patient("HAT-0002", "Olly Other")
    for p in (d.patient, other):
        _dose(d, p.id)
    clock.advance(timedelta(minutes=10))
    adverse_events.record_event(d.reg, d.nurse, d.nurse2, other.id, overdose(d))
    page = ReportsPage(PageContext(d.reg, d.prescriber, QtEvents(d.reg)))
    qtbot.addWidget(page.view)
    page.view.show()
    page.activate()
    desktop = FakeDesktop(monkeypatch, tmp_path / "safety")
    page.choose("safety-pdf")
    ui = page.ui
    assert "per 1,000 supervised injections" in ui.descriptionLabel.text()
    ui.fromDateEdit.setDate(QDate(2026, 3, 1))
    ui.toDateEdit.setDate(QDate(2026, 3, 2))
    click(qtbot, ui.saveButton)
    assert desktop.asked[0].endswith("safety-report-2026-03-01-to-2026-03-02.pdf")
    saved = tmp_path / "safety.pdf"
    text = " ".join(subprocess.run(["pdftotext", str(saved), "-"], capture_output=True,
                                   check=True, text=True).stdout.split())
    assert ("Supervised injections: 2. Adverse events: 1 (500.00 per 1,000 injections); "
            "opioid overdoses 500.00 per 1,000 injections.") in text
    assert "Naloxone given at 1 event(s): 2 dose(s), 0.8 mg in all." in text
    assert ui.resultLabel.text().startswith("Saved Safety report (PDF)")
    subprocess.run(["pdftoppm", "-r", "80", "-png", "-singlefile", str(saved),
                    f"{SHOTS}-safety-report"], check=True)
