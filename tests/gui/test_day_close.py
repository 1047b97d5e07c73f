"""Counting the stock does not close the day (issue 14.1), walked as the pharmacist and
the nurse would: a count at 10:00 signed off with a witness leaves the day open and the
next dose goes through; Close the day… before the last session asks first and names the
sessions still to come; after the last session, with everyone released, it is offered.
A dose on a day closed early asks for the late-entry reason in the check-in screen,
before the witness is asked to sign."""


from datetime import timedelta

from PySide6.QtCore import Qt

from hat_desktop.services import day_close, observation, reconciliation
from hat_desktop.store import register as register_store
from tests.gui.dosing_screens import (
    administrations,
    dose_given,
    fill_dose,
    focused,
    open_today,
    press,
    refused_before_the_witness,
    signed_by,
    start_dose,
    type_text,
)
from tests.gui.stock_screens import count_and_sign_off, open_stock
from tests.test_checks_before_signing import count_of_the_day
from tests.world import NORMAL_READING

LEFT = Qt.MouseButton.LeftButton


def test_a_count_at_ten_leaves_the_day_open_and_closing_early_asks(qtbot, world, clock,
                                                                   message_boxes) -> None:
    d = world
    window, page = open_stock(qtbot, d)
    ui = page.ui
    assert ui.reconcileButton.text() == "&Count the stock…"
    assert ui.dayStateLabel.text().startswith("The day stays open. Count the stock of "
                                              "02/03/2026 first")
    signed = count_and_sign_off(qtbot, page, d, "nina")
    assert signed.endswith("A stock-check marker is in every section. Today stays open: dosing "
                           "goes on; close the day on the Stock page after the last session "
                           "(Close the day…).")
    assert not register_store.day_closed(d.reg.db, d.reg.today())
    assert ui.resultLabel.text().endswith("The day stays open: close it after the last "
                                          "session (Close the day…).")
    assert ui.dayStateLabel.text() == (
        "The day stays open. Still to end: session 1 (08:30–11:00) and session 2 "
        "(15:30–18:00). Close it after the last session, when everyone has been released.")
    # Close the day… now: a confirmation that names the sessions; No keeps it open.
    message_boxes.answer = message_boxes.answer.No
    qtbot.mouseClick(ui.closeDayButton, LEFT)
    assert message_boxes.shown[-1][0] == "Close the day early?"
    assert "Still to end: session 1 (08:30–11:00) and session 2 (15:30–18:00)." \
        in message_boxes.last
    assert not register_store.day_closed(d.reg.db, d.reg.today())
    assert ui.resultLabel.text() == "02/03/2026 stays open."
    # The next dose goes through as usual: no late-entry reason, nothing refused.
    clock.advance(timedelta(minutes=5))
    dose = dose_given(d)
    assert register_store.entry_by_id(d.reg.db, dose.entry_ids[0]).late_reason is None
    # 18:30: everyone released, every session over — the close is offered, no warning.
    clock.set(clock.now().replace(hour=18, minute=30))
    observation.release(d.reg, d.nurse, d.patient.id, NORMAL_READING, "Alert, left")
    page.refresh()
    assert ui.dayStateLabel.text().startswith("The day stays open. 1 register entry was "
                                              "made after the stock count")
    window.close()


def test_after_the_last_session_the_close_is_offered(qtbot, world, clock,
                                                     message_boxes) -> None:
    d = world
    clock.set(clock.now().replace(hour=18, minute=10))
    reconciliation.sign_off(d.reg, d.pharmacist, d.nurse, count_of_the_day(d))
    window, page = open_stock(qtbot, d)
    ui = page.ui
    assert ui.dayStateLabel.text() == ("Every session is over and nobody is in observation: "
                                       "close the day now (Close the day…).")
    assert ui.closeDayButton.isDefault()
    window.view.activateWindow()
    qtbot.waitUntil(window.view.isActiveWindow)
    ui.closeDayButton.setFocus()
    press(qtbot, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier
          | Qt.KeyboardModifier.ShiftModifier)
    assert message_boxes.shown[-1] == ("Close the day", "Close 02/03/2026? After the close, "
                                       "an entry dated today is a late entry with a reason.")
    assert register_store.day_closed(d.reg.db, d.reg.today())
    assert ui.resultLabel.text() == "02/03/2026 is closed."
    assert ui.dayStateLabel.text() == ("02/03/2026 is closed: an entry dated today is a late "
                                       "entry with a reason.")
    window.close()


def test_a_dose_on_a_closed_day_asks_the_nurse_for_the_reason_before_the_witness(
        qtbot, world) -> None:
    d = world
    reconciliation.sign_off(d.reg, d.pharmacist, d.nurse, count_of_the_day(d))
    day_close.close_day(d.reg, d.pharmacist, d.reg.today(), confirmed=True)
    window, _ = open_today(qtbot, d)
    page, v = start_dose(qtbot, window)
    ui = v.ui
    assert not ui.refusalLabel.isVisible()
    assert ("The register for 02/03/2026 is closed already: a dose is a late entry — give "
            "the late-entry reason with the dose.") in ui.notesLabel.text()
    fill_dose(qtbot, v, ampoules={"DIAM100": "2"})
    assert ui.lateReasonEdit.isVisible()
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is ui.lateReasonEdit
    refused_before_the_witness(qtbot)  # no reason yet
    assert ui.errorLabel.text() == ("This entry is for a day that has already been closed: a "
                                    "late entry needs a reason, which is kept and printed.")
    assert administrations(d, d.diam100) == []
    ui.lateReasonEdit.setFocus()
    type_text(qtbot, "Day closed by mistake at 10:00")
    signed_by(qtbot, "nora")
    assert ui.stages.currentWidget() is ui.donePage
    [entry] = administrations(d, d.diam100)
    assert entry.entry.late_reason == "Day closed by mistake at 10:00"
    assert entry.entry.witness_name == "Nora Nurse (nurse)"
