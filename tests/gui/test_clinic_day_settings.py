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
