"""Today's board as staff read it: states through the session, missed the minute the
window closes, holds at the top, counts, who is still to attend; and the login banner."""

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hat_desktop.domain.dosing import WithholdReason
from hat_desktop.domain.prescriptions import PrescriptionInput
from hat_desktop.gui.app import Session
from hat_desktop.gui.board_model import PATIENT_ID_ROLE, STATE_ROLE
from hat_desktop.gui.page_context import PageContext, QtEvents
from hat_desktop.gui.today_page import TodayPage
from hat_desktop.palette import FLAG_COLOURS, STATE_COLOURS
from hat_desktop.services import dosing, prescriptions
from tests.gui.conftest import when_dialog_opens
from tests.gui.dosing_screens import (
    cell,
    flag,
    focused,
    open_today,
    patient_from_days_ago,
    press,
    row_of,
    type_reading,
    type_text,
    when_named_dialog_opens,
)
from tests.world import PASSWORD, dose_request


def standalone_page(qtbot, d, refresh_ms: int = 30_000) -> TodayPage:
    events = QtEvents(d.reg)
    page = TodayPage(PageContext(d.reg, d.nurse, events), None, refresh_ms=refresh_ms)
    qtbot.addWidget(page.view)
    page.view.resize(1100, 600)
    page.view.show()
    page.activate()
    return page


def still(page: TodayPage) -> list[str]:
    model = page.still_model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_board_follows_the_patient_from_due_to_dosed(qtbot, world, clock) -> None:
    d = world
    _window, page = open_today(qtbot, d)
    ui = page.ui
    assert ui.sessionLabel.text() == "Session 1 closes at 11:00"
    assert cell(page, "HAT-0001", 1) == "Due" and cell(page, "HAT-0001", 2) == "Due"
    assert "Due&nbsp;1" in ui.countsLabel.text()
    assert still(page) == ["HAT-0001 Sam Patient"]

    dosing.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    qtbot.waitUntil(lambda: cell(page, "HAT-0001", 1) == "Checked in")
    assert still(page) == ["HAT-0001 Sam Patient"]

    clock.advance(timedelta(minutes=5))
    dosing.administer(d.reg, d.nurse, d.nurse2, d.patient.id,
                      dose_request(180, [(d.diam100.id, 2)]))
    qtbot.waitUntil(lambda: cell(page, "HAT-0001", 1).startswith("In observation"))
    assert cell(page, "HAT-0001", 1) == "In observation · 180 mg at 10:05; observe until 10:25"
    assert still(page) == ["Nobody: everyone due has attended."]
    assert "In&nbsp;observation&nbsp;1" in ui.countsLabel.text()

    clock.advance(timedelta(minutes=21))
    ui.boardTable.setFocus()
    ui.boardTable.setCurrentIndex(page.model.index(row_of(page, "HAT-0001"), 0))

    def release(dialog) -> None:
        type_reading(qtbot, dialog)
        assert not dialog.ui.earlyEdit.isVisible()  # observation is over: no reason needed
        type_text(qtbot, "Alert, breathing normally")
        press(qtbot, Qt.Key.Key_Return)

    when_named_dialog_opens("ReleaseDialog", release)
    press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert cell(page, "HAT-0001", 1) == "Dosed · 180 mg at 10:05"
    background = page.model.index(row_of(page, "HAT-0001"), 2).data(Qt.ItemDataRole.BackgroundRole)
    assert background.color().name() == STATE_COLOURS["dosed"][0]


def test_a_dose_redraws_its_own_row_only_and_the_row_grows_to_its_text(
        qtbot, world, clock) -> None:
    d = world
    _window, page = open_today(qtbot, d)
    table = page.ui.boardTable
    d.add_patient("HAT-0002", "Alex Other")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    table.setCurrentIndex(page.model.index(row_of(page, "HAT-0002"), 0))
    resets: list[bool] = []
    changed: list[tuple[int, int]] = []
    page.model.modelReset.connect(lambda: resets.append(True))
    page.model.dataChanged.connect(lambda a, b, *_: changed.append((a.row(), b.row())))
    page.refresh()  # the timer's refresh, nothing changed: the view is told nothing
    assert resets == [] and changed == []

    dosing.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    clock.advance(timedelta(minutes=5))
    dosing.administer(d.reg, d.nurse, d.nurse2, d.patient.id,
                      dose_request(180, [(d.diam100.id, 2)]))
    qtbot.waitUntil(lambda: cell(page, "HAT-0001", 1).startswith("In observation"))
    dosed = row_of(page, "HAT-0001")
    assert resets == [] and set(changed) == {(dosed, dosed)}
    assert page.model.index(dosed, 0).data(PATIENT_ID_ROLE) == d.patient.id
    assert page.model.patient_id(table.currentIndex().row()) != d.patient.id  # kept
    qtbot.waitUntil(lambda: table.rowHeight(dosed) == table.sizeHintForRow(dosed))
    assert table.rowHeight(dosed) > table.rowHeight(row_of(page, "HAT-0002"))  # it wraps


def test_session_turns_missed_the_minute_its_window_closes(qtbot, world, clock) -> None:
    d = world
    page = standalone_page(qtbot, d, refresh_ms=50)
    assert cell(page, "HAT-0001", 1) == "Due"
    close = datetime(2026, 3, 2, 11, 0, tzinfo=UTC)
    remaining = page.boundary_timer.remainingTime()
    assert page.boundary_timer.isActive() and abs(remaining - 3_600_050) < 2_000

    clock.set(close - timedelta(seconds=1))
    qtbot.wait(150)
    assert cell(page, "HAT-0001", 1) == "Due"
    clock.set(close)
    qtbot.waitUntil(lambda: cell(page, "HAT-0001", 1) == "Missed", timeout=2000)
    index = page.model.index(row_of(page, "HAT-0001"), 2)
    assert index.data(STATE_ROLE) == "missed"
    assert index.data(Qt.ItemDataRole.BackgroundRole).color().name() == STATE_COLOURS["missed"][0]
    assert page.ui.sessionLabel.text() == "No session open; next at 15:30 (session 2)"
    assert still(page) == ["HAT-0001 Sam Patient"]  # due in session 2
    assert page.ui.stillHeading.text() == "Still to &attend session 2 (opens 15:30)"


def test_held_patient_is_listed_first_and_shown_on_hold(qtbot, world, clock) -> None:
    d = world
    patient_from_days_ago(d, clock, 4, "HAT-0002", "Zoe Held")  # alphabetically after Sam
    page = standalone_page(qtbot, d)
    assert row_of(page, "HAT-0002") == 0 and row_of(page, "HAT-0001") == 1
    assert cell(page, "HAT-0002", 1) == "On hold" and cell(page, "HAT-0002", 2) == "On hold"
    assert flag(page, "HAT-0002") == "ON HOLD: needs a prescriber's review"
    flag_index = page.model.index(0, 1)
    assert flag_index.data(Qt.ItemDataRole.ToolTipRole).startswith("ON HOLD since 28/02/2026 18:00")
    assert flag_index.data(Qt.ItemDataRole.BackgroundRole).color().name() == FLAG_COLOURS["hold"][0]
    assert page.model.index(0, 2).data(Qt.ItemDataRole.BackgroundRole).color().name() == \
        STATE_COLOURS["on_hold"][0]
    assert "On&nbsp;hold&nbsp;1" in page.ui.countsLabel.text()
    assert still(page) == ["HAT-0001 Sam Patient"]


def test_dose_change_and_prescription_expiry_are_highlighted(qtbot, world, clock) -> None:
    d = world
    today = d.reg.today()
    prescriptions.prescribe(d.reg, d.prescriber, d.patient.id, PrescriptionInput(
        (d.diam100.id, d.diam500.id), 150, frozenset({1, 2}), today, today + timedelta(days=3),
        change_reason="Patient asked to reduce"))
    page = standalone_page(qtbot, d)
    assert cell(page, "HAT-0001", 1) == "Due\nDose changed 180 → 150 mg"
    assert cell(page, "HAT-0001", 2) == "Due"  # only the first session after the change
    assert page.model.index(0, 2).data(Qt.ItemDataRole.FontRole).bold()
    assert page.model.index(0, 0).data() == "HAT-0001 Sam Patient\nPrescription ends 05/03/2026"


def test_after_the_first_dose_at_the_new_dose_the_change_is_no_longer_highlighted(
        qtbot, world, clock) -> None:
    """Not that day, and not the next: the first dose at the new dose was given."""
    d = world
    today = d.reg.today()
    prescriptions.prescribe(d.reg, d.prescriber, d.patient.id, PrescriptionInput(
        (d.diam100.id, d.diam500.id), 150, frozenset({1, 2}), today, today + timedelta(days=3),
        change_reason="Patient asked to reduce"))
    dosing.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    dosing.administer(d.reg, d.nurse, d.nurse2, d.patient.id,
                      dose_request(150, [(d.diam100.id, 2)]))
    clock.advance(timedelta(days=1))
    page = standalone_page(qtbot, d)
    assert cell(page, "HAT-0001", 1) == "Due"
    font = page.model.index(0, 2).data(Qt.ItemDataRole.FontRole)
    assert font is None or not font.bold()


def test_withheld_and_note_flags_on_the_board(qtbot, world, clock) -> None:
    d = world
    patient_from_days_ago(d, clock, 1, "HAT-0003", "Yan Yesterday")
    dosing.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    dosing.withhold(d.reg, d.nurse, d.patient.id, WithholdReason.UNWELL, "Vomiting", 0, 0)
    page = standalone_page(qtbot, d)
    assert cell(page, "HAT-0001", 1) == "Withheld · at 10:00"
    assert flag(page, "HAT-0003") == "Note: no dose yesterday"
    assert cell(page, "HAT-0003", 1) == "Due"


def test_f2_and_ctrl_k_go_to_the_scan_field_from_anywhere(qtbot, world) -> None:
    d = world
    window, page = open_today(qtbot, d)
    window.go_to("Patients")
    window.ui.navList.setFocus()
    press(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page is page
    assert focused() is page.ui.scanEdit
    page.ui.boardTable.setFocus()
    press(qtbot, Qt.Key.Key_F2)
    assert focused() is page.ui.scanEdit


def test_enter_or_double_click_on_a_board_row_opens_the_check_in_screen(qtbot, world) -> None:
    d = world
    _window, page = open_today(qtbot, d)
    page.ui.boardTable.setFocus()
    page.ui.boardTable.setCurrentIndex(page.model.index(0, 0))
    press(qtbot, Qt.Key.Key_Return)
    assert page.check_in is not None
    assert page.check_in.ui.patientName.text() == "Sam Patient"
    page.check_in.view.reject()
    qtbot.waitUntil(lambda: page.check_in is None)
    table = page.ui.boardTable
    rect = table.visualRect(page.model.index(0, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.check_in is not None  # a double-click opens it too
    page.check_in.view.reject()
    qtbot.waitUntil(lambda: page.check_in is None)


def test_unknown_clinic_number_is_said_on_the_page(qtbot, world) -> None:
    d = world
    _window, page = open_today(qtbot, d)
    page.ui.scanEdit.setFocus()
    type_text(qtbot, "HAT-9999")
    press(qtbot, Qt.Key.Key_Return)
    assert page.check_in is None
    assert page.ui.errorLabel.text() == ("A card was scanned that is not a patient's (or the "
                                         "clinic number was mistyped): nobody was found.")
    assert page.ui.scanEdit.text() == ""  # never left on screen: it may have been a password


def test_extra_alerts_have_their_place_on_the_board(qtbot, world) -> None:
    page = standalone_page(qtbot, world)
    assert not page.ui.boardAlerts.isVisible()
    page.set_extra_alerts(["Discrepancy DIAM100: 1 ampoule short, open since 01/03/2026."])
    assert page.ui.boardAlerts.isVisible()
    assert page.ui.boardAlerts.text().startswith("Discrepancy DIAM100")


def test_login_banner_lists_yesterdays_missed_sessions_and_holds(qtbot, world, clock) -> None:
    d = world
    patient_from_days_ago(d, clock, 4, "HAT-0002", "Zoe Held")
    patient_from_days_ago(d, clock, 1, "HAT-0003", "Yan Yesterday")
    session = Session(d.reg, QApplication.instance())

    def log_in(dialog) -> None:
        qtbot.keyClicks(dialog.ui.userEdit, "nina")
        qtbot.keyClicks(dialog.ui.passwordEdit, PASSWORD)
        qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)

    when_dialog_opens(log_in)
    assert session.start()
    window = session.window
    assert window is not None
    qtbot.addWidget(window.view)
    banner = window.ui.alertBanner
    assert banner.isVisible()
    assert banner.text() == (
        "Missed yesterday (01/03/2026): HAT-0003 Yan Yesterday (session 1); "
        "HAT-0003 Yan Yesterday (session 2).\n"
        "On hold until a prescriber reviews them: HAT-0002 Zoe Held.")
    window.close()


def test_board_is_brought_up_to_date_when_the_screen_is_unlocked(qtbot, world, clock) -> None:
    d = world
    window, page = open_today(qtbot, d)
    assert cell(page, "HAT-0001", 1) == "Due"
    window.lock()
    clock.set(datetime(2026, 3, 2, 11, 5, tzinfo=UTC))
    page.timer.timeout.emit()  # ignored while the board is hidden behind the lock screen
    assert cell(page, "HAT-0001", 1) == "Due"
    window.lock_screen.ui.passwordEdit.setText(PASSWORD)
    window.lock_screen.ui.unlockButton.click()
    assert not window.locked
    qtbot.waitUntil(lambda: cell(page, "HAT-0001", 1) == "Missed", timeout=2000)
    window.close()


def test_the_scan_box_takes_the_number_without_its_prefix(qtbot, world, clock) -> None:
    """A card that will not scan: the nurse types 0001 (or 1) for HAT-0001; two
    patients whose numbers end alike must be told apart by the whole number."""
    d = world
    window, page = open_today(qtbot, d)
    for typed in ("0001", "1"):
        qtbot.keyClicks(page.ui.scanEdit, typed)
        qtbot.keyClick(page.ui.scanEdit, Qt.Key.Key_Return)
        assert page.check_in is not None
        assert page.check_in.ui.patientName.text() == "Sam Patient"
        page.check_in.view.reject()
        qtbot.waitUntil(lambda: page.check_in is None)
    patient_from_days_ago(d, clock, 1, "TEES-0001", "Tess Other")
    qtbot.keyClicks(page.ui.scanEdit, "0001")
    qtbot.keyClick(page.ui.scanEdit, Qt.Key.Key_Return)
    assert page.ui.errorLabel.text() == ("More than one clinic number ends in 0001: type the "
                                         "whole number (e.g. HAT-0007).")
    assert page.check_in is None


def test_an_inspector_reads_the_board_but_cannot_check_anyone_in(qtbot, world) -> None:
    """#14.8: an inspector sees no scan box and no Check-in or Release button, and Enter or a
    double-click on a board row opens nothing (it used to open a check-in screen on which
    "Identity confirmed" silently did nothing)."""
    d = world
    events = QtEvents(d.reg)
    page = TodayPage(PageContext(d.reg, d.inspector, events), None)
    qtbot.addWidget(page.view)
    page.view.resize(1100, 600)
    page.view.show()
    page.activate()
    ui = page.ui
    assert page.model.rowCount() >= 1  # the board itself is there to read
    for widget in (ui.scanEdit, ui.scanLabel, ui.checkInButton, ui.releaseButton):
        assert not widget.isVisible(), widget.objectName()
    assert not page.action_check_in.isEnabled() and not page.action_release.isEnabled()
    ui.boardTable.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(ui.boardTable, Qt.Key.Key_Return)
    rect = ui.boardTable.visualRect(page.model.index(0, 2))
    qtbot.mouseDClick(ui.boardTable.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page.release_selected()
    assert page.check_in is None
    assert not [w for w in QApplication.topLevelWidgets()
                if w.isVisible() and w.windowTitle().startswith(("Check in", "Release"))]
    # A nurse's page, built the same way, has them: the test sees what it claims to.
    nurse_page = standalone_page(qtbot, d)
    assert nurse_page.ui.scanEdit.isVisible() and nurse_page.ui.checkInButton.isVisible()
