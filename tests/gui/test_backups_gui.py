"""Backups and restore as a manager uses them: the Admin page's Backups group, the
status bar's backup age, the daily and closing backups, and a restore through the GUI."""

import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from hat_desktop.domain.roles import Role
from hat_desktop.gui.app import Session
from hat_desktop.gui.main_window import MainWindow
from hat_desktop.gui.restore_dialog import RestoreDialog
from hat_desktop.services import settings as settings_service
from hat_desktop.services import users
from hat_desktop.services.backup import BackupKind, back_up, file_sha256
from hat_desktop.services.register_setup import create_register
from hat_desktop.store import audit
from hat_desktop.store import users as users_store
from hat_desktop.store.keys import KeyMode
from hat_desktop.store.lock import RegisterLock
from hat_desktop.store.verify import verify
from tests.gui.conftest import when_dialog_opens
from tests.world import MANAGER, PASSWORD, new_register

LEFT = Qt.MouseButton.LeftButton
ROLLBACK = "Disk fault on the register PC: back to Monday's copy (CDAO informed)"


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder.resolve()


def open_window(qtbot, reg, user) -> MainWindow:
    window = MainWindow(reg, user)
    qtbot.addWidget(window.view)
    window.show()
    QApplication.processEvents()  # the check for a due daily backup made at login
    return window


def backups_of(folder: Path, kind: BackupKind) -> list[Path]:
    return sorted(folder.glob(f"hat-register-*-{kind.value}.db"))


def choose_folder(monkeypatch, folder: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *args, **kwargs: str(folder)))


def test_manager_chooses_the_folder_and_backs_up_now(
    qtbot, reg, manager, usb, monkeypatch, message_boxes
) -> None:
    window = open_window(qtbot, reg, manager)
    backups = window.go_to("Admin").backups
    panel = backups.ui
    assert backups.view.title() == "Backups"
    assert panel.folderEdit.text() == "" and panel.keepSpin.value() == 14

    choose_folder(monkeypatch, usb)
    qtbot.mouseClick(panel.browseButton, LEFT)
    assert panel.folderEdit.text() == str(usb)
    assert message_boxes.last == f"Backups will go to {usb}; the newest 14 daily copies are kept."
    assert settings_service.current(reg).backup_folder == str(usb)

    qtbot.mouseClick(panel.backUpNowButton, LEFT)
    [copy] = backups_of(usb, BackupKind.MANUAL)
    text = message_boxes.last
    assert text.startswith("The backup was written and verified (")
    assert f"Where: {copy}\n" in text
    assert f"SHA-256 checksum: {file_sha256(copy)}\n" in text
    assert "Size: " in text and " KB\n" in text
    opened = reg.db.open_copy(copy)
    try:
        assert verify(opened).ok
    finally:
        opened.close()
    logged = audit.entries(reg.db, actions=["backup"], limit=1)[0]
    assert logged.target == str(copy) and logged.details["sha256"] == file_sha256(copy)
    assert panel.lastBackupLabel.text() == "Last good backup: 0 h ago"
    assert window.backups.label.text() == "Last good backup: 0 h ago"
    window.close()


def test_unsaved_folder_is_saved_before_backing_up_and_keep_is_checked(
    qtbot, reg, manager, usb, message_boxes
) -> None:
    window = open_window(qtbot, reg, manager)
    panel = window.go_to("Admin").backups.ui
    qtbot.keyClicks(panel.folderEdit, str(usb))
    panel.keepSpin.setValue(30)
    qtbot.mouseClick(panel.backUpNowButton, LEFT)
    assert settings_service.current(reg).backup_keep == 30
    assert len(backups_of(usb, BackupKind.MANUAL)) == 1
    assert message_boxes.last.startswith("The backup was written and verified")
    window.close()


def test_status_bar_shows_the_age_and_turns_to_a_warning_after_24_hours(
    qtbot, reg, manager, usb, clock
) -> None:
    window = open_window(qtbot, reg, manager)
    label = window.backups.label
    assert label.text() == "No backup yet" and label.objectName() == "statusBackupWarning"

    back_up(reg, manager, usb)
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


def test_a_failing_backup_says_where_and_why_and_leaves_the_register_alone(
    qtbot, reg, manager, usb, message_boxes
) -> None:
    settings_service.change(reg, manager, backup_folder=str(usb))
    before = [u.username for u in users.list_users(reg, manager)]
    usb.rmdir()  # the USB drive was taken out
    window = open_window(qtbot, reg, manager)
    panel = window.go_to("Admin").backups.ui
    qtbot.mouseClick(panel.backUpNowButton, LEFT)
    assert message_boxes.shown[-1] == (
        "Backup not made",
        f"The backup folder {usb} is not there (is the USB drive plugged in?). "
        "The live register was not touched.",
    )
    assert not usb.exists()
    assert verify(reg.db).ok
    assert [u.username for u in users.list_users(reg, manager)] == before
    assert audit.entries(reg.db, actions=["backup"], limit=1) == []
    assert window.backups.label.text() == "No backup yet"
    window.close()


def test_a_pharmacist_never_sees_the_admin_page_but_the_status_bar_warns(
    qtbot, reg, make_user
) -> None:
    window = open_window(qtbot, reg, make_user(Role.PHARMACIST, "phil"))
    assert "Admin" not in window.titles
    assert window.backups.label.text() == "No backup yet" and window.backups.warning
    window.close()


@pytest.mark.parametrize("how", ["quit", "window closed"])
def test_closing_the_app_writes_a_closing_backup(
    qtbot, reg, manager, usb, clock, how
) -> None:
    settings_service.change(reg, manager, backup_folder=str(usb))
    back_up(reg, manager)  # so no daily backup is due
    clock.advance(timedelta(hours=2))
    window = open_window(qtbot, reg, manager)
    with qtbot.waitSignal(window.quit_requested, timeout=10_000):
        if how == "quit":
            window.ui.actionQuit.trigger()
        else:
            window.view.close()
    [copy] = backups_of(usb, BackupKind.ON_CLOSE)
    assert copy.name.endswith("-20260302-120000Z-close.db")
    assert audit.entries(reg.db, actions=["backup"], limit=1)[0].details["kind"] == "close"


def test_logging_out_makes_no_closing_backup(qtbot, reg, manager, usb) -> None:
    settings_service.change(reg, manager, backup_folder=str(usb))
    back_up(reg, manager)
    window = open_window(qtbot, reg, manager)
    with qtbot.waitSignal(window.logged_out, timeout=5000):
        window.logout()
    assert backups_of(usb, BackupKind.ON_CLOSE) == []


def test_a_failing_closing_backup_is_shown_and_the_app_still_quits(
    qtbot, reg, manager, usb, message_boxes
) -> None:
    settings_service.change(reg, manager, backup_folder=str(usb))
    back_up(reg, manager)
    shutil.rmtree(usb)
    window = open_window(qtbot, reg, manager)
    with qtbot.waitSignal(window.quit_requested, timeout=10_000):
        window.ui.actionQuit.trigger()
    assert message_boxes.shown[-1] == (
        "Backup not made",
        f"The closing backup was not made. The backup folder {usb} is not there (is the USB "
        "drive plugged in?). The live register was not touched.\n\nHAT Desktop will close now.",
    )
    assert not window.view.isVisible()


def test_daily_backup_at_login_and_when_a_day_has_passed_even_while_locked(
    qtbot, reg, manager, usb, clock
) -> None:
    settings_service.change(reg, manager, backup_folder=str(usb))
    window = open_window(qtbot, reg, manager)  # logging in: a daily backup is due
    qtbot.waitUntil(lambda: len(backups_of(usb, BackupKind.DAILY)) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: not window.backups.daily_running, timeout=10_000)
    assert window.backups.label.text() == "Last good backup: 0 h ago"
    assert window.ui.statusbar.currentMessage() == "Daily backup made and verified."

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
    qtbot, reg, manager, usb, message_boxes
) -> None:
    settings_service.change(reg, manager, backup_folder=str(usb))
    usb.rmdir()
    window = open_window(qtbot, reg, manager)
    qtbot.waitUntil(lambda: window.ui.statusbar.currentMessage().startswith("Daily"),
                    timeout=10_000)
    qtbot.waitUntil(lambda: not window.backups.daily_running, timeout=10_000)
    assert window.ui.statusbar.currentMessage() == (
        f"Daily backup not made: The backup folder {usb} is not there (is the USB drive "
        "plugged in?). The live register was not touched.")
    assert message_boxes.shown == []
    assert window.backups.warning
    window.close()


# --- restore -------------------------------------------------------------------------


def when_window_opens(name: str, action, qtbot) -> None:
    """Run ``action(window)`` once a visible top-level window called ``name`` shows."""

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == name and widget.isVisible():
                action(widget)
                return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def log_in(qtbot, username: str = MANAGER):
    def act(dialog: QWidget) -> None:
        qtbot.keyClicks(dialog.ui.userEdit, username)
        qtbot.keyClicks(dialog.ui.passwordEdit, PASSWORD)
        qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)

    return act


@pytest.fixture
def session(qtbot, reg, data_dir):
    lock = RegisterLock(data_dir)
    lock.acquire()
    running = Session(reg, QApplication.instance(), lock=lock)
    when_dialog_opens(log_in(qtbot))
    assert running.start()
    yield running
    if running.window is not None:
        running.window.close()
    running.reg.close()
    lock.release()


def ask_for_restore(qtbot, monkeypatch, session, backup: Path, password: str,
                    reason: str = "") -> list[str]:
    """Open the restore dialog from the Admin page, choose ``backup``, sign in, type the
    ``reason`` (if any), confirm."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(backup), "")))
    seen: list[str] = []

    def fill(dialog: QWidget) -> None:
        seen.append(dialog.ui.explainLabel.text())
        assert not dialog.ui.recoveryKeyEdit.isVisible()  # the key is in this keyring
        assert dialog.ui.userEdit.text() == MANAGER
        qtbot.mouseClick(dialog.ui.browseButton, LEFT)
        assert dialog.ui.fileEdit.text() == str(backup)
        qtbot.keyClicks(dialog.ui.passwordEdit, password)
        qtbot.keyClicks(dialog.ui.reasonEdit, reason)
        qtbot.mouseClick(dialog.ui.restoreButton, LEFT)

    panel = session.window.go_to("Admin").backups.ui
    when_dialog_opens(fill)
    qtbot.mouseClick(panel.restoreButton, LEFT)
    return seen


def test_restore_through_the_gui_brings_back_the_earlier_register(
    qtbot, reg, manager, make_user, usb, data_dir, clock, monkeypatch, message_boxes, session
) -> None:
    backup = back_up(reg, manager, usb).path
    make_user(Role.NURSE, "late")  # created after the backup
    clock.advance(timedelta(minutes=5))
    old_window = session.window
    when_window_opens("LoginDialog", log_in(qtbot), qtbot)
    seen = ask_for_restore(qtbot, monkeypatch, session, backup, PASSWORD, ROLLBACK)
    assert "kept, never overwritten or deleted" in seen[0]
    qtbot.waitUntil(lambda: session.window is not None and session.window is not old_window,
                    timeout=20_000)

    title, question = message_boxes.shown[-2]
    assert title == "Restore this backup?"
    assert question.startswith(f"Restore the register from this backup?\n\n{backup}\n\n")
    assert "It is not overwritten or deleted." in question
    replaced = data_dir / "replaced-20260302-100500"
    title, told = message_boxes.shown[-1]
    assert title == "Backup restored"
    assert told.startswith(f"The register was restored from {backup} (")
    assert f"The register it replaced is kept in {replaced}." in told
    assert "It was rolled back to the backup; the restore and your reason are in" in told
    assert (replaced / "register.db").exists() and (replaced / "register.json").exists()

    assert not old_window.view.isVisible()
    new = session.window
    names = [u.username for u in users.list_users(session.reg, new.user)]
    assert names == [MANAGER]  # "late" was created after the backup
    assert session.reg is not reg and session.lock is not None and session.lock.held
    restored = audit.entries(session.reg.db, actions=["restore"], limit=1)[0]
    assert restored.target == str(backup) and restored.details["reason"] == ROLLBACK
    assert verify(session.reg.db).ok


def test_a_rollback_with_no_reason_asks_for_it_then_restores(
    qtbot, reg, manager, make_user, usb, data_dir, clock, monkeypatch, message_boxes, session
) -> None:
    backup = back_up(reg, manager, usb).path
    make_user(Role.NURSE, "late")  # a record made after the backup
    clock.advance(timedelta(minutes=5))
    old_window = session.window
    asked: list[str] = []

    def give_reason(dialog: QWidget) -> None:  # the dialog, opened again
        ui = dialog.ui
        asked.append(ui.errorLabel.text())
        assert ui.fileEdit.text() == str(backup) and ui.userEdit.text() == MANAGER
        assert ui.passwordEdit.text() == "" and dialog.focusWidget() is ui.reasonEdit
        qtbot.keyClicks(ui.reasonEdit, ROLLBACK)
        qtbot.keyClicks(ui.passwordEdit, PASSWORD)
        qtbot.mouseClick(ui.restoreButton, LEFT)

    def reopened(widget: QWidget) -> None:
        """The restore dialog shown again with the reason asked for (not the first one)."""
        dialog = QApplication.activeModalWidget()
        if getattr(dialog, "ui", None) is not None and hasattr(dialog.ui, "reasonEdit") \
                and dialog.ui.errorLabel.isVisible():
            give_reason(dialog)
        else:
            when_window_opens("RestoreDialog", reopened, qtbot)

    ask_for_restore(qtbot, monkeypatch, session, backup, PASSWORD)
    when_window_opens("RestoreDialog", reopened, qtbot)
    when_window_opens("LoginDialog", log_in(qtbot), qtbot)
    qtbot.waitUntil(lambda: session.window is not None and session.window is not old_window,
                    timeout=30_000)
    assert asked == [
        "This backup is older than the register in use: restoring it rolls the register back, "
        "leaving out 1 record (register entries, doses and other clinical records) made since. "
        "Type the reason for rolling it back; nothing was changed. Type your password again."]
    assert message_boxes.shown[-1][0] == "Backup restored"
    row = audit.entries(session.reg.db, actions=["restore"], limit=1)[0]
    assert row.details["reason"] == ROLLBACK and row.details["records_rolled_back"] == 1


def test_a_wrong_password_counts_towards_the_lockout_of_the_register_in_use(
    qtbot, reg, manager, make_user, usb, data_dir, monkeypatch, message_boxes, session
) -> None:
    backup = back_up(reg, manager, usb).path
    make_user(Role.NURSE, "late")
    window = session.window
    ask_for_restore(qtbot, monkeypatch, session, backup, "not the password")
    qtbot.waitUntil(lambda: message_boxes.shown[-1][0] == "Backup not restored", timeout=20_000)
    assert message_boxes.last == (
        "The backup was not restored. The user name or password is not right.\n\n"
        "The register in use is unchanged and still open.")
    assert session.window is window and window.view.isVisible()
    assert session.reg is reg
    assert "late" in [u.username for u in users.list_users(reg, manager)]
    assert not list(data_dir.glob("replaced-*"))
    assert not (data_dir / "register.db.restoring").exists()
    counted = users_store.by_username(reg.db, MANAGER)
    assert counted is not None and counted.failed_attempts == 1
    assert audit.entries(reg.db, actions=["login_failed"], limit=1)[0].details["reason"] == \
        "wrong password"


def test_a_damaged_backup_is_refused_and_the_register_stays_open(
    qtbot, reg, manager, usb, tmp_path, monkeypatch, message_boxes, session
) -> None:
    good = back_up(reg, manager, usb).path
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(good.read_bytes()[:-100])
    window = session.window
    ask_for_restore(qtbot, monkeypatch, session, damaged, PASSWORD)
    qtbot.waitUntil(lambda: message_boxes.shown[-1][0] == "Backup not restored", timeout=20_000)
    assert message_boxes.last == (
        f"The backup was not restored. The register file {damaged} is damaged: it has been "
        "cut short (truncated).\n\nThe register in use is unchanged and still open.")
    assert session.window is window and session.reg is reg and verify(reg.db).ok


def test_if_the_swap_fails_after_closing_the_app_says_so_and_reopens_the_register(
    qtbot, reg, manager, make_user, usb, data_dir, monkeypatch, message_boxes, session
) -> None:
    backup = back_up(reg, manager, usb).path
    make_user(Role.NURSE, "late")
    old_window = session.window

    def no_room(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("hat_desktop.services.restore._set_aside", no_room)
    when_window_opens("LoginDialog", log_in(qtbot), qtbot)
    ask_for_restore(qtbot, monkeypatch, session, backup, PASSWORD, ROLLBACK)
    qtbot.waitUntil(lambda: session.window is not None and session.window is not old_window,
                    timeout=20_000)
    title, told = message_boxes.shown[-1]
    assert title == "Restore not finished"
    assert told.startswith("The restore did not finish. Sorry, HAT Desktop met an unexpected")
    assert f"it is in a “replaced-…” folder in {data_dir}." in told
    assert "late" in [u.username for u in users.list_users(session.reg, session.window.user)]
    assert not (data_dir / "register.db.restoring").exists()


def test_restore_dialog_says_what_is_missing_and_asks_for_the_recovery_key(
    qtbot, tmp_path, clock, message_boxes
) -> None:
    spec = new_register(key_mode=KeyMode.PASSPHRASE, passphrase="a long register passphrase")
    reg, manager, _key = create_register(tmp_path / "pdata", spec, tmp_path / "sheet.pdf",
                                         clock=clock)
    try:
        dialog = RestoreDialog(reg, manager)
        v = dialog.view
        ui = dialog.ui
        qtbot.addWidget(v)
        v.show()
        assert ui.recoveryKeyEdit.isVisible()  # a passphrase register: no key in the keyring
        qtbot.mouseClick(ui.restoreButton, LEFT)
        assert ui.errorLabel.text() == "Choose the backup file to restore (a .db file)."
        assert ui.errorLabel.isVisible()
        qtbot.keyClicks(ui.fileEdit, str(tmp_path / "backup.db"))
        assert not ui.errorLabel.isVisible()  # the field corrected: the old error goes
        qtbot.mouseClick(ui.restoreButton, LEFT)
        assert ui.errorLabel.isVisible()
        assert ui.errorLabel.text() == "Enter your password."
        qtbot.keyClicks(ui.passwordEdit, PASSWORD)
        qtbot.mouseClick(ui.restoreButton, LEFT)
        assert ui.errorLabel.text() == "Type the recovery key from the register's recovery sheet."
        qtbot.keyClicks(ui.recoveryKeyEdit, "ABCD-" * 16)
        message_boxes.answer = QMessageBox.StandardButton.No
        qtbot.mouseClick(ui.restoreButton, LEFT)
        assert message_boxes.shown[-1][0] == "Restore this backup?"
        assert dialog.request is None and v.isVisible()  # not confirmed: nothing happens
        message_boxes.answer = QMessageBox.StandardButton.Yes
        qtbot.mouseClick(ui.restoreButton, LEFT)
        assert dialog.request is not None and dialog.request.recovery_key == "ABCD-" * 16
    finally:
        reg.close()


def test_a_pharmacist_backs_up_from_the_tools_menu(qtbot, reg, manager, make_user, tmp_path,
                                                   message_boxes):
    """Pharmacists may back up (the role table says so) but do not see the Admin page."""
    from hat_desktop.domain.roles import Role
    from hat_desktop.gui.main_window import MainWindow
    from hat_desktop.services import settings as settings_service

    folder = tmp_path / "usb"
    folder.mkdir()
    settings_service.change(reg, manager, backup_folder=str(folder))
    nurse = make_user(Role.NURSE, "nina")
    pharmacist = make_user(Role.PHARMACIST, "phil")
    seen_by_nurse = MainWindow(reg, nurse)
    qtbot.addWidget(seen_by_nurse.view)
    assert not seen_by_nurse.ui.actionBackup.isVisible()
    seen_by_nurse.close()
    window = MainWindow(reg, pharmacist)
    qtbot.addWidget(window.view)
    assert window.ui.actionBackup.isVisible()
    window.ui.actionBackup.trigger()
    qtbot.waitUntil(lambda: bool(message_boxes.shown), timeout=30_000)
    assert message_boxes.shown[-1][0] == "Backup made", message_boxes.last
    assert len(list(folder.glob("hat-register-*-manual.db"))) == 1
    window.close()
