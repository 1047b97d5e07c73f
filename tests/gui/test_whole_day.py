"""The whole demo day of issue 14 ("Done when"), walked at 1280×720 from the keyboard as
the nurses and the pharmacist would, each step's screen rendered to /tmp/hat-whole-day/
(to be looked at): two sessions, a withholding and a re-assessment, a lock and unlock with
a card scanned at the lock screen, an observation release due, a count at midday that
does not close the day, the close after the last session, the day summary saved as PDF."""

import subprocess
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from hat_desktop.services import observation
from hat_desktop.store import register as register_store
from tests.gui.conftest import when_dialog_opens
from tests.gui.dosing_screens import (
    CTRL,
    ENTER,
    TAB,
    KeyClock,
    administrations,
    close_check_in,
    fill_dose,
    focused,
    open_release_check,
    open_today,
    press,
    signed_by,
    start_dose,
    type_reading,
    type_text,
    wait_focus,
    when_named_dialog_opens,
)
from tests.gui.stock_screens import count_and_sign_off, open_stock
from tests.world import NORMAL_READING, PASSWORD

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


def test_a_whole_clinic_day_at_1280x720(qtbot, world, clock, message_boxes, monkeypatch,
                                        tmp_path) -> None:
    d = world
    d.add_patient("HAT-0002", "Lee Later")
    clock.advance(timedelta(days=1))  # the next morning: both prescriptions written
    clock.set(clock.now().replace(hour=8, minute=40))
    window, page = open_today(qtbot, d)
    window.view.resize(1280, 720)
    _shot(window.view, "01_today_0840")
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
    # 12:00: the pharmacist counts the stock; the day stays open.
    clock.set(clock.now().replace(hour=12, minute=0))
    observation.release(d.reg, d.nurse, page.board.rows[0].patient.id, NORMAL_READING,
                        "Alert")  # Lee, 09:50
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
    assert [e.entry.late_reason for e in administrations(d, d.diam100)] == [None, None, None]
    # 18:30: released; the close after the last session.
    clock.set(clock.now().replace(hour=18, minute=30))
    observation.release(d.reg, d.nurse, d.patient.id, NORMAL_READING, "Alert")
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
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(target),
                    str(SHOTS / "12_day_summary")], check=True)
    window.close()
    ph_window.close()
