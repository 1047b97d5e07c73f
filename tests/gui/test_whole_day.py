"""The whole demo day of issue 14 ("Done when"), walked at 1280×720 from the keyboard as
the nurses and the pharmacist would, each step's screen rendered to /tmp/hat-whole-day/
(to be looked at): two sessions, a withholding and a re-assessment, a lock and unlock with
a card scanned at the lock screen, an observation release due, a count at midday that
does not close the day, the close after the last session, the day summary saved as PDF.

With what issues 16–17 brought into the same day: a patient on two prescription lines (IV
diamorphine, oral methadone to take home) dosed in one go, topped up from the observation
queue (Ctrl+U) once the clinic's interval has passed, a post-dose reading that keeps him in
observation; a patient away in hospital (away, not missed, nothing due); an absence entered
by mistake withdrawn on the patient's page (his sessions are then missed); a drug screen;
and the day summary and the attendance record read back with all of it."""

import subprocess
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog

from hat_desktop.domain.absences import AbsenceReason
from hat_desktop.domain.patients import PatientDetails
from hat_desktop.services import absences, dosing, observation, patients, prescriptions
from hat_desktop.store import register as register_store
from tests.gui.conftest import when_dialog_opens
from tests.gui.dosing_screens import (
    CTRL,
    ENTER,
    TAB,
    KeyClock,
    administrations,
    cell,
    close_check_in,
    fill_dose,
    fill_top_up,
    flag,
    focused,
    open_release_check,
    open_today,
    press,
    sign_as,
    signed_by,
    start_dose,
    type_reading,
    type_text,
    wait_focus,
    when_named_dialog_opens,
)
from tests.gui.patient_screens import click, in_dialog, type_into
from tests.gui.stock_screens import count_and_sign_off, open_stock
from tests.gui.test_reports_page import FakeDesktop
from tests.gui.test_screens_and_contacts_gui import tab
from tests.world import NORMAL_READING, PASSWORD, dose_request, two_line_input

SHOTS = Path("/tmp/hat-whole-day")


def _shot(widget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def _dose(qtbot, window, number: str, name: str) -> None:
    page, v = start_dose(qtbot, window, number)
    fill_dose(qtbot, v, ampoules={"DIAM100": "2"})
    signed_by(qtbot, "nora")
    assert v.ui.stages.currentWidget() is v.ui.donePage
    _shot(v, name)
    close_check_in(qtbot, page)


def _patient(d, number: str, name: str, **rx) -> int:
    """A patient with a prescription from today (two lines if ``rx`` says how)."""
    if not rx:
        return d.add_patient(number, name)[0].id
    p = patients.create_patient(d.reg, d.nurse, PatientDetails(number, name,
                                                               date(1980, 1, 1), "1 High St"))
    prescriptions.prescribe(d.reg, d.prescriber, p.id, two_line_input(d, **rx))
    return p.id


def _select_observed(qtbot, page, number: str) -> None:
    """Click the patient's row in the observation queue."""
    m, table = page.observation_model, page.ui.observationTable
    row = next(r for r in range(m.rowCount()) if m.index(r, 0).data().startswith(number))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(m.index(row, 0)).center())


def _mixed_dose(qtbot, window, seen: list[str]) -> None:
    """HAT-0003's two lines at 09:35: 150 of his 200 mg IV (he asks for less: the rest may
    follow as a top-up), the 30 mg of methadone supplied to take home; one witness."""
    page, v = start_dose(qtbot, window, "HAT-0003")
    fill_dose(qtbot, v, ampoules={"DIAM100": "2"}, mg="150", site="Thigh, left")
    press(qtbot, TAB)
    assert focused() is v.ui.lessCombo
    type_text(qtbot, "P")  # the patient asked for less
    assert "Line 2: Methadone hydrochloride 30 mg oral, take-home" in \
        v.ui.prescriptionLabel.text()
    seen.extend(signed_by(qtbot, "nora"))
    assert v.ui.stages.currentWidget() is v.ui.donePage, v.ui.errorLabel.text()
    assert ("Given: 150 mg Diamorphine hydrochloride IV; 30 mg Methadone hydrochloride "
            "supplied to take home\nWasted: 50 mg") in v.ui.resultLabel.text()
    _shot(v, "07b_mixed_dosed")
    close_check_in(qtbot, page)


def _top_up(qtbot, window, page, seen: list[str]) -> None:
    """09:56: the queue offers the rest of HAT-0003's IV line; Ctrl+U, reassessed, signed."""
    page.refresh()
    _select_observed(qtbot, page, "HAT-0003")
    assert page.ui.topUpButton.isEnabled()
    _shot(window.view, "07c_top_up_offered")

    def give(dialog) -> None:
        seen.append(dialog.ui.allowanceLabel.text())
        fill_top_up(qtbot, dialog, 50)
        dialog.resize(1280, 720)
        _shot(dialog, "07d_top_up")
        seen.extend(signed_by(qtbot, "nora"))

    when_named_dialog_opens("TopUpDialog", give)
    press(qtbot, Qt.Key.Key_U, CTRL)


def _reading_kept(qtbot, page) -> None:
    """10:05: a post-dose reading of HAT-0003 after the top-up, recorded, still observed."""
    page.view.window().activateWindow()
    qtbot.waitUntil(lambda: page.view.window().isActiveWindow())
    page.ui.observationTable.setFocus()
    _select_observed(qtbot, page, "HAT-0003")
    press(qtbot, ENTER)
    qtbot.waitUntil(lambda: page.check_in is not None)
    wait_focus(qtbot, page.check_in.ui.releaseButton)
    heading: list[str] = []

    def keep(dialog) -> None:
        heading.append(dialog.ui.headingLabel.text())
        type_reading(qtbot, dialog, "96", "13", "0")
        type_text(qtbot, "Comfortable")
        click(qtbot, dialog.ui.readingButton)  # the reading only: not released yet

    when_named_dialog_opens("ReleaseDialog", keep)
    press(qtbot, ENTER)
    assert heading == ["HAT-0003 Mo Mixed: 50 mg top-up at 09:56 (session 1)."]
    close_check_in(qtbot, page)
    m = page.observation_model
    assert [m.index(r, 2).data() for r in range(m.rowCount())
            if m.index(r, 0).data().startswith("HAT-0003")] == [
        "at 10:16\nlast 10:05: SpO2 96 %, RR 13"]


def _withdraw_and_screen(qtbot, window, wes: int, seen: list[str]) -> None:
    """11:30 on the patients' pages: Wes's absence (entered yesterday for the wrong man)
    withdrawn, witnessed; Sam's drug screen recorded."""
    page = window.go_to("Patients")
    page.open_patient(wes)
    ui = page.detail.ui
    assert ui.flagLabel.text().startswith("Away: Custody from 02/03/2026")
    failures: list[BaseException] = []

    def withdraw(dialog) -> None:
        type_into(qtbot, dialog.ui.noteEdit, "Entered for the wrong patient")
        when_named_dialog_opens("WitnessDialog", sign_as(qtbot, "nora", seen))
        click(qtbot, dialog.ui.saveButton)

    in_dialog(withdraw, failures)
    click(qtbot, ui.withdrawAbsenceButton)
    assert not failures, failures
    assert "WITHDRAWN, entered by mistake" in ui.absencesValue.text()
    qtbot.wait(1)  # the page lays the longer absence text out
    _shot(window.view, "08a_absence_withdrawn")
    page.open_patient(1)
    tab(qtbot, page.detail, "Drug screens")

    def record(dialog) -> None:
        r = dialog.ui
        r.resultsTable.setFocus()
        type_into(qtbot, r.resultsTable, "n")  # street heroin negative
        click(qtbot, r.restNegativeButton)
        click(qtbot, r.confirmButton)

    in_dialog(record, failures)
    click(qtbot, page.detail.screens.ui.recordScreenButton)
    assert not failures, failures
    assert page.detail.screens.model.index(0, 4).data() == "Negative"
    window.go_to("Today")


def test_a_whole_clinic_day_at_1280x720(qtbot, world, clock, message_boxes, monkeypatch,
                                        tmp_path) -> None:
    d = world
    lee = _patient(d, "HAT-0002", "Lee Later")
    mo = _patient(d, "HAT-0003", "Mo Mixed", am=200, pm=150)  # + 30 mg methadone, take-home
    ali, wes = _patient(d, "HAT-0004", "Ali Away"), _patient(d, "HAT-0005", "Wes Wrong")
    monday = d.reg.today()
    absences.record_absence(d.reg, d.nurse, ali, AbsenceReason.HOSPITAL, monday, None,
                            "Admitted with pneumonia")
    absences.record_absence(d.reg, d.nurse, wes, AbsenceReason.CUSTODY, monday, None,
                            "Police rang")  # about another patient, it turns out
    clock.advance(timedelta(days=1))  # the next morning: the prescriptions written
    clock.set(clock.now().replace(hour=8, minute=40))
    window, page = open_today(qtbot, d)
    window.view.resize(1280, 720)
    _shot(window.view, "01_today_0840")
    # Away in hospital: not missed, nothing due, no flag of a missed dose.
    assert (cell(page, "HAT-0004", 1), flag(page, "HAT-0004")) == (
        "Away: hospital", "Away: hospital from 02/03/2026, open-ended")
    # Session 1: Sam dosed; Lee withheld (sedation 2: the default is to withhold).
    _dose(qtbot, window, "HAT-0001", "02_sam_dosed")
    page_, v = start_dose(qtbot, window, "HAT-0002")
    type_text(qtbot, "2")
    assert v.ui.withholdRadio.isChecked()
    for key, text in ((TAB, "0"), (TAB, ""), (TAB, ""), (TAB, "Drowsy: back at 09:30"),
                      (TAB, "")):
        press(qtbot, key)
        type_text(qtbot, text) if text else None
    assert focused() is v.ui.withholdButton
    press(qtbot, ENTER)
    assert v.ui.doneHeading.text() == "Dose withheld"
    _shot(v, "03_lee_withheld")
    close_check_in(qtbot, page)
    # The screen locked; a card scanned at it is not a password; the nurse unlocks.
    press(qtbot, Qt.Key.Key_L, CTRL)
    assert window.locked
    lock = window.lock_screen
    wait_focus(qtbot, lock.ui.passwordEdit)
    lock.scans.clock = KeyClock(0.004)
    type_text(qtbot, "HAT-0002")
    press(qtbot, ENTER)
    assert lock.ui.noticeLabel.text().startswith("A card was scanned.")
    _shot(window.view, "04_locked_card_scanned")
    lock.scans.clock = KeyClock(0.2)
    type_text(qtbot, PASSWORD)
    press(qtbot, ENTER)
    assert not window.locked
    # 09:01: Sam's release check is due — first in the queue, amber, in the title.
    clock.set(clock.now().replace(hour=9, minute=1))
    window._tick()
    page.refresh()
    assert page.observation_model.index(0, 2).data() == "DUE since 09:00"
    assert window.view.windowTitle().endswith("1 release check due")
    _shot(window.view, "05_release_due")
    ui = open_release_check(qtbot, page)

    def release(dialog) -> None:
        type_reading(qtbot, dialog)
        type_text(qtbot, "Alert, SpO2 97 %")
        press(qtbot, ENTER)

    when_named_dialog_opens("ReleaseDialog", release)
    press(qtbot, ENTER)
    assert ui.doneHeading.text() == "Released"
    _shot(page.check_in.view, "06_released")
    close_check_in(qtbot, page)
    # 09:30: Lee comes back and is re-assessed, then dosed.
    clock.set(clock.now().replace(hour=9, minute=30))
    _dose(qtbot, window, "HAT-0002", "07_lee_reassessed_and_dosed")
    # 09:35: Mo's two lines in one go; at 09:56 the rest of his IV line as a top-up.
    seen: list[str] = []
    clock.set(clock.now().replace(hour=9, minute=35))
    _mixed_dose(qtbot, window, seen)
    assert "150 mg given (site: Thigh, left), 50 mg wasted" in seen[0]
    assert "Line 2: 30 mg Methadone hydrochloride supplied to take home" in seen[0]
    clock.set(clock.now().replace(hour=9, minute=56))
    _top_up(qtbot, window, page, seen)
    assert seen[-2] == ("Line 1: Diamorphine hydrochloride (IV): 150 mg given at 09:35 of the "
                        "session's 200 mg; up to 50 mg more, from 09:55.")
    assert "1 × 100 mg ampoule (DIAM100) opened (100 mg), 50 mg given, 50 mg wasted" in seen[-1]
    assert cell(page, "HAT-0003", 1) == ("In observation · 200 mg: 150 at 09:35 + top-up 50 at "
                                         "09:56; observe until 10:16")
    clock.set(clock.now().replace(hour=10, minute=5))
    _reading_kept(qtbot, page)
    _shot(window.view, "07e_reading_kept")
    clock.set(clock.now().replace(hour=10, minute=20))
    observation.release(d.reg, d.nurse, mo, NORMAL_READING, "Alert")
    # 11:30: Wes's absence withdrawn (his morning is missed after all); Sam's drug screen.
    clock.set(clock.now().replace(hour=11, minute=30))
    _withdraw_and_screen(qtbot, window, wes, seen)
    assert cell(page, "HAT-0005", 1) == "Missed"
    # 12:00: the pharmacist counts the stock; the day stays open.
    clock.set(clock.now().replace(hour=12, minute=0))
    observation.release(d.reg, d.nurse, lee, NORMAL_READING, "Alert")  # due at 09:50
    ph_window, stock = open_stock(qtbot, d)
    ph_window.view.resize(1280, 720)
    count_and_sign_off(qtbot, stock, d, "nina", lambda dialog: _shot(dialog, "08_midday_count"))
    assert not register_store.day_closed(d.reg.db, d.reg.today())
    _shot(ph_window.view, "09_stock_day_open")
    # Session 2 (16:00): Sam dosed again — nothing refused, no late entry.
    clock.set(clock.now().replace(hour=16, minute=0))
    window.view.activateWindow()  # back at the dosing-room window
    qtbot.waitUntil(window.view.isActiveWindow)
    _dose(qtbot, window, "HAT-0001", "10_session2_sam_dosed")
    dosing.check_in(d.reg, d.nurse, mo, identity_confirmed=True)  # Mo: his 150 mg IV
    dosing.administer(d.reg, d.nurse, d.nurse2, mo, dose_request(150, [(d.diam100.id, 2)]))
    assert [e.entry.late_reason for e in administrations(d, d.diam100)] == [None] * 6
    # 18:30: released; the close after the last session.
    clock.set(clock.now().replace(hour=18, minute=30))
    for pid in (d.patient.id, mo):
        observation.release(d.reg, d.nurse, pid, NORMAL_READING, "Alert")
    stock.refresh()
    stock.ui.closeDayButton.click()  # one entry came after the count: it asks first
    assert message_boxes.shown[-1][0] == "Close the day early?"
    assert register_store.day_closed(d.reg.db, d.reg.today())
    _shot(ph_window.view, "11_day_closed")
    # The day summary saved as PDF from the window.
    target = tmp_path / "day-summary.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kw: (str(target), "PDF (*.pdf)")))

    def save(dialog) -> None:
        try:
            dialog.ui.saveButton.click()
        finally:
            dialog.reject()

    when_dialog_opens(save)
    stock.ui.summaryButton.click()
    assert target.exists()
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Teesside HAT Clinic" in text
    summary = " ".join(text.split())
    for part in ("11 ampoules opened for 5 doses and 1 top-up (890 mg given) "
                 "Waste (denatured) 210 mg",
                 "30 ml in 1 supply (30 mg to take home)",
                 "• HAT-0003 Mo Mixed, session 1: 30 mg Methadone hydrochloride (METH1 No. 2), "
                 "collected by the patient, in person",
                 # Lee's withholding was followed by a re-assessment and a dose: a dosed
                 # session (as the attendance record counts it), its withholding kept
                 "Withheld sessions None: no session was withheld. Withheld, then re-assessed "
                 "and dosed (1) • HAT-0002 Lee Later, session 1: withheld at 08:40 — "
                 "Intoxicated (drugs or alcohol); re-assessed and dosed at 09:30",
                 "Missed sessions (3) • HAT-0002 Lee Later, session 2 • HAT-0005 Wes Wrong, "
                 "session 1 • HAT-0005 Wes Wrong, session 2 Adverse events"):
        assert part in summary, part
    assert "HAT-0004" not in summary  # away: neither missed nor withheld
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(target),
                    str(SHOTS / "12_day_summary")], check=True)
    _attendance_read_back(qtbot, window, monkeypatch, tmp_path)
    window.close()
    ph_window.close()


def _attendance_read_back(qtbot, window, monkeypatch, tmp_path) -> None:
    """The day's attendance record saved from the Reports page, read back."""
    page = window.go_to("Reports")
    FakeDesktop(monkeypatch, tmp_path / "attendance.pdf")
    page.choose("attendance-pdf")
    day = window.reg.today()
    page.ui.fromDateEdit.setDate(QDate(day.year, day.month, day.day))
    page.ui.toDateEdit.setDate(QDate(day.year, day.month, day.day))
    click(qtbot, page.ui.saveButton)
    text = subprocess.run(["pdftotext", "-raw", str(tmp_path / "attendance.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    words = " ".join(text.split())
    for part in (
            # Mo's two lines, the top-up its own row, each with the session's total
            "HAT-0003 Mo Mixed dosed 200 150 50 Sedation 0 Breath alcohol 0 09:35",
            "(IV, Thigh, left); session total 200 mg Patient asked for less DIAM100 No. 4",
            "HAT-0003 Mo Mixed dosed 200 50 50 Sedation 0 Breath alcohol 0 Settled, asks for "
            "the rest 09:56",
            "(IV, Arm, right) top-up; session total 200 mg Top-up after observation DIAM100 No. 5",
            # the methadone given in full: no other line's reason for less on its row
            "Line 2: Methadone hydrochloride (oral, taken home) METH1 No. 2 03/03/2026 1 HAT-0004",
            "HAT-0004 Ali Away away 180 away: hospital: Admitted with pneumonia",
            "HAT-0005 Wes Wrong missed 180",
            # the totals: the session counted once, mg per drug
            "HAT-0003 Mo Mixed 2 2 0 0 0 0 0 0 350 Diamorphine hydrochloride; 30 Methadone",
            "HAT-0004 Ali Away 0 0 0 0 0 2 0 0 0 0 0",
            "HAT-0005 Wes Wrong 2 0 0 2 0 0 0 0 360",
            "All patients 8 5 0 3 0 2 0 0 1430 Diamorphine hydrochloride; 30 Methadone "
            "hydrochloride 890 Diamorphine hydrochloride; 30 Methadone hydrochloride 210 "
            "Diamorphine hydrochloride; 0 Methadone hydrochloride"):  # no word broken
        assert part in words, part
