"""A manager sets session windows, closure days and thresholds through the dialog."""

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, QTime

from hat_desktop.gui.clinic_day_settings import ClinicDaySettings
from hat_desktop.services import schedule

LEFT = Qt.MouseButton.LeftButton


def test_sessions_closures_and_thresholds(qtbot, reg, manager, message_boxes):
    dialog = ClinicDaySettings(reg, manager)
    v = dialog.view
    ui = dialog.ui
    qtbot.addWidget(v)
    assert ui.session1Check.isChecked() and ui.session2Check.isChecked()
    assert not ui.session3Check.isChecked() and not ui.start3Edit.isEnabled()
    assert ui.start1Edit.time() == QTime(8, 30) and ui.end2Edit.time() == QTime(18, 0)

    # A third, overlapping window is refused in plain words and nothing is saved.
    ui.session3Check.setChecked(True)
    ui.start3Edit.setTime(QTime(17, 0))
    ui.end3Edit.setTime(QTime(19, 0))
    qtbot.mouseClick(ui.saveSessionsButton, LEFT)
    assert ui.errorLabel.text() == "Session 3 starts before session 2 ends."
    tomorrow = reg.today() + timedelta(days=1)
    assert len(schedule.windows_on(reg, tomorrow)) == 2

    ui.start3Edit.setTime(QTime(19, 0))
    ui.end3Edit.setTime(QTime(20, 30))
    qtbot.mouseClick(ui.saveSessionsButton, LEFT)
    assert "19:00–20:30" in message_boxes.last
    assert len(schedule.windows_on(reg, tomorrow)) == 3
    assert len(schedule.windows_on(reg, reg.today())) == 2  # today keeps its times

    # Closure days: only today or later; added and removed through the list.
    ui.closureDateEdit.setDate(QDate(2026, 3, 10))
    qtbot.mouseClick(ui.addClosureButton, LEFT)
    assert ui.errorLabel.text() == "Enter the reason for the closure."
    qtbot.keyClicks(ui.closureReasonEdit, "Staff training")
    qtbot.mouseClick(ui.addClosureButton, LEFT)
    assert [ui.closuresList.item(i).text() for i in range(ui.closuresList.count())] == [
        "10/03/2026 — Staff training"]
    assert schedule.windows_on(reg, date(2026, 3, 10)) == ()
    ui.closuresList.setCurrentRow(0)
    qtbot.mouseClick(ui.removeClosureButton, LEFT)
    assert ui.closuresList.count() == 0

    # Thresholds: the hold must come after the warning.
    ui.warningSpin.setValue(3)
    ui.holdSpin.setValue(3)
    qtbot.mouseClick(ui.saveThresholdsButton, LEFT)
    assert "later than the warning" in ui.errorLabel.text()
    assert reg.settings.hold_days == 3 and reg.settings.warning_days == 2
    ui.holdSpin.setValue(4)
    ui.observationSpin.setValue(30)
    assert ui.topUpSpin.value() == 20  # the least observation before a top-up (#16.2)
    ui.topUpSpin.setFocus()
    ui.topUpSpin.selectAll()
    qtbot.keyClicks(ui.topUpSpin, "25")
    assert ui.reviewIntervalSpin.value() == 3
    ui.reviewIntervalSpin.setValue(6)
    # The release check's limits (issue 17): SpO2 94 %, breathing 10/min, sedation 2.
    assert (ui.releaseSpo2Spin.value(), ui.releaseRateSpin.value(),
            ui.releaseSedationSpin.value()) == (94, 10, 2)
    ui.releaseSpo2Spin.setFocus()
    ui.releaseSpo2Spin.selectAll()
    qtbot.keyClicks(ui.releaseSpo2Spin, "92")
    qtbot.mouseClick(ui.saveThresholdsButton, LEFT)
    assert message_boxes.last == "The thresholds were saved."
    assert (reg.settings.warning_days, reg.settings.hold_days,
            reg.settings.observation_minutes, reg.settings.review_interval_months) == (3, 4, 30, 6)
    assert reg.settings.release_thresholds.spo2_below == 92
    assert reg.settings.top_up_minutes == 25


def test_the_admin_page_opens_it(qtbot, reg, manager):
    from hat_desktop.gui.main_window import MainWindow
    from tests.gui.conftest import when_dialog_opens

    window = MainWindow(reg, manager)
    qtbot.addWidget(window.view)
    admin = window.go_to("Admin").ui
    seen: list[str] = []

    def look(dialog) -> None:
        seen.append(dialog.windowTitle())
        dialog.accept()

    when_dialog_opens(look)
    qtbot.mouseClick(admin.clinicDayButton, LEFT)
    assert seen == ["Sessions, closures and thresholds"]
    window.close()


def test_a_manager_sets_the_dose_ceilings_and_adds_an_injection_site(
        qtbot, reg, manager, message_boxes, tmp_path):
    """Issue 16.4 and 16.6: ceilings per drug and the clinic's list of sites, typed."""
    from PySide6.QtWidgets import QApplication, QLineEdit

    dialog = ClinicDaySettings(reg, manager)
    v = dialog.view
    ui = dialog.ui
    qtbot.addWidget(v)
    v.resize(1280, 720)
    v.show()
    v.activateWindow()
    qtbot.waitUntil(v.isActiveWindow)
    table = ui.ceilingsTable
    assert [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())] == [
        ["Diamorphine hydrochloride", "500", "1000"], ["Methadone hydrochloride", "", "150"]]
    assert ui.sitesEdit.toPlainText().splitlines()[0] == "Arm, left"

    def type_cell(row: int, column: int, text: str) -> None:
        table.setFocus()
        table.setCurrentCell(row, column)
        qtbot.keyClick(table, Qt.Key.Key_F2)  # edit the cell, as from the keyboard
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit)
        editor.selectAll()
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is table)  # the editor closed

    qtbot.mouseClick(ui.addCeilingButton, LEFT)
    assert table.rowCount() == 3 and table.currentRow() == 2
    type_cell(2, 0, "Morphine sulfate")
    type_cell(2, 2, "two hundred")
    assert [table.item(2, c).text() for c in range(3)] == ["Morphine sulfate", "", "two hundred"]
    qtbot.mouseClick(ui.saveCeilingsButton, LEFT)
    assert ui.errorLabel.text() == ("The ceiling per day of Morphine sulfate is a whole "
                                    "number of mg between 1 and 3000.")
    assert reg.settings.ceiling("Morphine sulfate") is None  # nothing saved
    type_cell(2, 2, "200")
    type_cell(0, 1, "400")
    ui.sitesEdit.moveCursor(ui.sitesEdit.textCursor().MoveOperation.End)
    qtbot.keyClick(ui.sitesEdit, Qt.Key.Key_Return)
    qtbot.keyClicks(ui.sitesEdit, "Calf, left")
    v.grab().save(str(tmp_path / "ceilings.png"))
    ui.ceilingsGroup.grab().save("/tmp/i16-ceilings.png")
    qtbot.mouseClick(ui.saveCeilingsButton, LEFT)
    assert "ceilings and injection sites were saved" in message_boxes.last
    reg.forget_settings()
    assert reg.settings.ceiling("diamorphine hydrochloride").per_injection_mg == 400
    assert reg.settings.ceiling("Morphine sulfate").per_day_mg == 200
    assert reg.settings.injection_sites[-1] == "Calf, left"
