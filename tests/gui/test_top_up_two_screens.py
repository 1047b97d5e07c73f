"""A top-up offered on two screens at once — the observation queue on the Today page and the
patient's check-in screen — is given once: given from the queue, the check-in screen then
offers no second one, shows the session's new figures, and its Top-up… (Ctrl+U) says why and
opens nothing; the register holds the first injection and one top-up entry. (Given from the
check-in screen, the queue offers none after: tests/gui/test_top_up_gui.py.)

The check-in screen is window-modal, so on a real desktop a nurse cannot reach the queue
behind it: the first test gives the top-up from the queue and then opens the check-in. The
second stands in for a check-in screen left showing an offer while the top-up is recorded
elsewhere (were the screen ever made non-modal): QTest delivers clicks to the queue behind
the modal screen, which the window system would not, and the stale screen must still refuse
with the reason and show the session as it now is."""

from datetime import timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from hat_desktop.domain.dosing import LessReason
from hat_desktop.services import dosing
from tests.gui.dosing_screens import (
    CTRL,
    administrations,
    cell,
    fill_top_up,
    open_today,
    press,
    scan,
    signed_by,
    wait_focus,
    when_named_dialog_opens,
)
from tests.world import dose_request

OFFER = ("In post-dose observation: the release check is due (since 10:20). Record it with "
         "the Release check… button.\nLine 1: Diamorphine hydrochloride (IV): top-up ≤ 80 mg now — "
         "Top-up… (Ctrl+U).")
AFTER = "In post-dose observation: the release check is due at 10:40. Record it with " \
        "the Release check… button."
ALREADY = "This line was topped up at 10:20 already: one top-up of a line in a session."
BOARD_AFTER = ("In observation · 180 mg: 100 at 10:00 + top-up 80 at 10:20; observe until "
               "10:40")


def injected_100_of_180(d, clock) -> None:
    """The world's patient injected 100 of the session's 180 mg at 10:00 (asking for less);
    the clock at 10:20, when the clinic's 20-minute interval has passed."""
    dosing.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    dosing.administer(d.reg, d.nurse, d.nurse2, d.patient.id, dose_request(
        100, [(d.diam100.id, 1)], less_reason=LessReason.PATIENT_REQUEST))
    clock.advance(timedelta(minutes=20))


def select_in_queue(qtbot, today) -> None:
    """A click on the patient's row of the observation queue."""
    m, table = today.observation_model, today.ui.observationTable
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(m.index(0, 0)).center())
    assert m.index(0, 0).data() == "HAT-0001\nSam Patient"


def give_top_up_from_queue(qtbot, today, press_it) -> list[str]:
    """The queue's Top-up: the screen opens on the 80 mg left, reassessed, one 100 mg
    ampoule, signed by Nora. ``press_it`` opens it (Ctrl+U, or a click on the button).
    Returns what the top-up screen and the witness were shown."""
    shown: list[str] = []

    def give(dialog) -> None:
        shown.append(dialog.ui.allowanceLabel.text())
        fill_top_up(qtbot, dialog, 80)
        shown.extend(signed_by(qtbot, "nora"))

    when_named_dialog_opens("TopUpDialog", give)
    press_it()
    return shown


def top_up_not_reopened(qtbot) -> list[str]:
    """Ctrl+U on the check-in screen: the top-up screen must not open. Returns the titles
    of any top-up screen that did (closed at once, so that the test cannot hang)."""
    opened: list[str] = []

    def watch() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == "TopUpDialog" and widget.isVisible():
                opened.append(widget.windowTitle())
                widget.reject()

    timer = QTimer()
    timer.timeout.connect(watch)
    timer.start(20)
    press(qtbot, Qt.Key.Key_U, CTRL)
    qtbot.wait(100)
    timer.stop()
    return opened


def register_as_given(d) -> list[tuple[int, bool | None, str]]:
    return [(e.entry.details["mg_administered"], e.entry.details.get("top_up"),
             e.entry.details["site"]) for e in administrations(d, d.diam100)]


def test_a_top_up_from_the_queue_is_not_offered_again_on_the_check_in(qtbot, world, clock
                                                                        ) -> None:
    d = world
    injected_100_of_180(d, clock)
    window, today = open_today(qtbot, d)
    select_in_queue(qtbot, today)
    assert today.observation_model.index(0, 2).data() == "DUE since 10:20\ntop-up ≤ 80 mg now"
    shown = give_top_up_from_queue(qtbot, today, lambda: press(qtbot, Qt.Key.Key_U, CTRL))
    assert shown[0] == ("Line 1: Diamorphine hydrochloride (IV): 100 mg given at 10:00 of "
                        "the session's 180 mg; up to 80 mg more, from 10:20.")
    assert "The session's total: 180 mg of 180 mg." in shown[1]
    qtbot.waitUntil(window.view.isActiveWindow)
    # The queue: observed again from the top-up, nothing more to offer.
    assert today.observation_model.index(0, 1).data() == "10:20\ntop-up"
    assert today.observation_model.index(0, 2).data() == "at 10:40"
    assert not today.ui.topUpButton.isEnabled()
    assert cell(today, "HAT-0001", 1) == BOARD_AFTER

    # The card scanned: the check-in screen offers no second top-up and shows both doses.
    page = scan(qtbot, window, "HAT-0001")
    c = page.check_in.ui
    wait_focus(qtbot, c.releaseButton)
    assert c.sessionLabel.text() == AFTER
    assert not c.topUpButton.isVisible() and not c.actionTopUp.isEnabled()
    recent = c.recentLabel.text()
    assert "02/03/2026 10:20: 80 mg top-up (session 1)" in recent
    assert "02/03/2026 10:00: 100 mg (session 1)" in recent
    assert top_up_not_reopened(qtbot) == []
    assert register_as_given(d) == [(100, None, "Arm, left"), (80, True, "Arm, right")]
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.check_in is None)
    window.close()


def test_a_check_in_screen_left_offering_a_top_up_given_meanwhile_refuses_it(
        qtbot, world, clock) -> None:
    d = world
    injected_100_of_180(d, clock)
    window, today = open_today(qtbot, d)
    page = scan(qtbot, window, "HAT-0001")
    check_in = page.check_in
    c = check_in.ui
    wait_focus(qtbot, c.releaseButton)
    assert c.sessionLabel.text() == OFFER and c.topUpButton.isVisible()
    assert QApplication.activeModalWidget() is check_in.view  # the queue is behind it

    # Meanwhile the top-up is given from the queue (reached past the modal screen).
    select_in_queue(qtbot, today)
    assert today.ui.topUpButton.isEnabled()
    give_top_up_from_queue(qtbot, today,
                           lambda: qtbot.mouseClick(today.ui.topUpButton,
                                                    Qt.MouseButton.LeftButton))
    assert register_as_given(d) == [(100, None, "Arm, left"), (80, True, "Arm, right")]
    assert cell(today, "HAT-0001", 1) == BOARD_AFTER
    assert c.sessionLabel.text() == OFFER  # not told: this screen still offers it

    # Ctrl+U on the stale screen: read again, refused in words, nothing opened, nothing
    # written; the screen now shows the session as it is.
    check_in.view.activateWindow()
    qtbot.waitUntil(check_in.view.isActiveWindow)
    wait_focus(qtbot, c.releaseButton)
    assert top_up_not_reopened(qtbot) == []
    assert c.errorLabel.isVisible() and c.errorLabel.text() == ALREADY
    assert c.sessionLabel.text() == AFTER
    assert not c.topUpButton.isVisible()
    assert "02/03/2026 10:20: 80 mg top-up (session 1)" in c.recentLabel.text()
    assert register_as_given(d) == [(100, None, "Arm, left"), (80, True, "Arm, right")]
    # The release check that follows is timed from the one top-up.
    heading: list[str] = []
    when_named_dialog_opens("ReleaseDialog", lambda dialog: heading.append(
        dialog.ui.headingLabel.text()))
    press(qtbot, Qt.Key.Key_Return)
    assert heading == ["HAT-0001 Sam Patient: 80 mg top-up at 10:20 (session 1)."]
    window.close()
