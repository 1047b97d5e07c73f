"""Backups as the clinic sees them: the status bar's backup age, the daily backup and
the backup made when HAT Desktop closes."""

import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from hat_desktop.domain.roles import Role
from hat_desktop.gui.main_window import MainWindow
from hat_desktop.services import settings as settings_service
from hat_desktop.services.backup import BackupKind, back_up
from hat_desktop.store import audit


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder.resolve()


def open_window(qtbot, clinic, user) -> MainWindow:
    window = MainWindow(clinic, user)
    qtbot.addWidget(window.view)
    window.show()
    QApplication.processEvents()  # the check for a due daily backup made at login
    return window


def backups_of(folder: Path, kind: BackupKind) -> list[Path]:
    return sorted(folder.glob(f"hat-register-*-{kind.value}.db"))


def test_status_bar_shows_the_age_and_turns_to_a_warning_after_24_hours(
    qtbot, clinic, manager, usb, clock
) -> None:
    window = open_window(qtbot, clinic, manager)
    label = window.backups.label
    assert label.text() == "No backup yet" and label.objectName() == "statusBackupWarning"

    back_up(clinic, manager, usb)
    qtbot.waitUntil(lambda: label.text() == "Last good backup: 0 h ago")
    assert label.objectName() == "statusBackup"
    normal = label.palette().color(QPalette.ColorRole.WindowText).name()

    clock.advance(timedelta(hours=3))
    window._clock_timer.timeout.emit()  # the status timer's tick
    assert label.text() == "Last good backup: 3 h ago" and not window.backups.warning

    clock.advance(timedelta(hours=21, minutes=1))
    window._clock_timer.timeout.emit()
    assert label.text() == "Last good backup: 24 h ago" and window.backups.warning
    assert label.objectName() == "statusBackupWarning"
    warning = label.palette().color(QPalette.ColorRole.WindowText).name()
    assert warning == "#9b1c1c" != normal
    window.close()


def test_a_pharmacist_never_sees_the_admin_page_but_the_status_bar_warns(
    qtbot, clinic, make_user
) -> None:
    window = open_window(qtbot, clinic, make_user(Role.PHARMACIST, "phil"))
    assert all(page.title != "Admin" for page in window.pages)
    assert window.backups.label.text() == "No backup yet" and window.backups.warning
    window.close()


@pytest.mark.parametrize("how", ["quit", "window closed"])
def test_closing_the_app_writes_a_closing_backup(
    qtbot, clinic, manager, usb, clock, how
) -> None:
    settings_service.change(clinic, manager, backup_folder=str(usb))
    back_up(clinic, manager)  # so no daily backup is due
    clock.advance(timedelta(hours=2))
    window = open_window(qtbot, clinic, manager)
    with qtbot.waitSignal(window.quit_requested, timeout=10_000):
        if how == "quit":
            window.view.actionQuit.trigger()
        else:
            window.view.close()
    [copy] = backups_of(usb, BackupKind.ON_CLOSE)
    assert copy.name.endswith("-20260302-120000-close.db")
    assert audit.entries(clinic.db, actions=["backup"], limit=1)[0].details["kind"] == "close"


def test_logging_out_makes_no_closing_backup(qtbot, clinic, manager, usb) -> None:
    settings_service.change(clinic, manager, backup_folder=str(usb))
    back_up(clinic, manager)
    window = open_window(qtbot, clinic, manager)
    with qtbot.waitSignal(window.logged_out, timeout=5000):
        window.logout()
    assert backups_of(usb, BackupKind.ON_CLOSE) == []


def test_a_failing_closing_backup_is_shown_and_the_app_still_quits(
    qtbot, clinic, manager, usb, message_boxes
) -> None:
    settings_service.change(clinic, manager, backup_folder=str(usb))
    back_up(clinic, manager)
    shutil.rmtree(usb)
    window = open_window(qtbot, clinic, manager)
    with qtbot.waitSignal(window.quit_requested, timeout=10_000):
        window.view.actionQuit.trigger()
    assert message_boxes.shown[-1] == (
        "Backup not made",
        f"The closing backup was not made. The backup folder {usb} is not there (is the USB "
        "drive plugged in?). The live register was not touched.\n\nHAT Desktop will close now.",
    )
    assert not window.view.isVisible()


def test_daily_backup_at_login_and_when_a_day_has_passed_even_while_locked(
    qtbot, clinic, manager, usb, clock
) -> None:
    settings_service.change(clinic, manager, backup_folder=str(usb))
    window = open_window(qtbot, clinic, manager)  # logging in: a daily backup is due
    qtbot.waitUntil(lambda: len(backups_of(usb, BackupKind.DAILY)) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: not window.backups.daily_running, timeout=10_000)
    assert window.backups.label.text() == "Last good backup: 0 h ago"
    assert window.view.statusbar.currentMessage() == "Daily backup made and verified."

    clock.advance(timedelta(hours=5))
    window.backups.check_daily()  # the hourly check: not due yet
    assert not window.backups.daily_running

    clock.advance(timedelta(hours=20))
    window.lock()
    window.backups.check_daily()
    qtbot.waitUntil(lambda: len(backups_of(usb, BackupKind.DAILY)) == 2, timeout=10_000)
    qtbot.waitUntil(lambda: not window.backups.daily_running, timeout=10_000)
    assert window.locked
    assert window.backups.label.text() == "Last good backup: 0 h ago"
    window.close()


def test_a_failing_daily_backup_is_a_note_in_the_status_bar(
    qtbot, clinic, manager, usb, message_boxes
) -> None:
    settings_service.change(clinic, manager, backup_folder=str(usb))
    usb.rmdir()
    window = open_window(qtbot, clinic, manager)
    qtbot.waitUntil(lambda: window.view.statusbar.currentMessage().startswith("Daily"),
                    timeout=10_000)
    qtbot.waitUntil(lambda: not window.backups.daily_running, timeout=10_000)
    assert window.view.statusbar.currentMessage() == (
        f"Daily backup not made: The backup folder {usb} is not there (is the USB drive "
        "plugged in?). The live register was not touched.")
    assert message_boxes.shown == []
    assert window.backups.warning
    window.close()
