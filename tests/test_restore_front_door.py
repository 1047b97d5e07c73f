"""Restore through the front door (issue 13, item 5): the manager signs in against the
register in use, not the backup, so its deactivations and lockout apply and wrong
passwords count; a backup older than the register in use rolls it back and needs a typed
reason; the restore, with that reason, is audited in the restored register."""

from datetime import timedelta
from pathlib import Path

import pytest

from hat_desktop.domain.errors import AccountLocked, AuthenticationFailed, InvalidInput
from hat_desktop.domain.roles import Role
from hat_desktop.services import auth, register, users
from hat_desktop.services.backup import back_up
from hat_desktop.services.register_setup import open_register
from hat_desktop.services.restore import RollbackNeedsReason, restore
from hat_desktop.store import audit as audit_store
from hat_desktop.store import users as users_store
from hat_desktop.store.connection import db_path, info_path
from tests.command_line import assert_clear_refusal, run_cli
from tests.world import PASSWORD, World, receipt, user_details

NEW_PASSWORD = "a-fresh-passphrase-2026"


def files_of(data_dir: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in (db_path(data_dir), info_path(data_dir))}


def set_aside(data_dir: Path) -> list[Path]:
    return [p for p in data_dir.iterdir() if p.name.startswith(("replaced-", "register.db."))]


def backup_of(world: World, tmp_path: Path) -> Path:
    usb = tmp_path / "usb"
    usb.mkdir(exist_ok=True)
    return back_up(world.reg, world.manager, usb).path


def as_user(name: str, password: str):
    return lambda against: auth.login(against, name, password)


def test_a_deactivated_manager_cannot_restore_with_their_old_password(world, tmp_path):
    mary = world.make_user(Role.MANAGER, "mary", "Mary Manager")
    copy = backup_of(world, tmp_path)  # in the backup Mary is an active manager, PASSWORD
    users.reset_password(world.reg, world.manager, mary.id, NEW_PASSWORD)
    users.update_user(world.reg, world.manager, mary.id,
                      user_details(Role.MANAGER, "Mary Manager"), active=False)
    data = world.data_dir
    world.reg.close()
    before = files_of(data)

    old = assert_clear_refusal(run_cli(data, "restore", "--from", str(copy), user="mary",
                                       password=PASSWORD), (1,))
    assert "user name or password is not right" in old
    current = assert_clear_refusal(run_cli(data, "restore", "--from", str(copy), user="mary",
                                           password=NEW_PASSWORD), (1,))
    assert "This account has been deactivated. Ask a manager." in current
    assert info_path(data).read_bytes() == before[info_path(data).name]
    assert not set_aside(data)
    live = open_register(data, clock=world.clock)
    try:  # both attempts are in the register in use's audit log, the wrong password counted
        failed = audit_store.entries(live.db, actions=["login_failed"], limit=2)
        assert [e.details["reason"] for e in failed] == ["account deactivated", "wrong password"]
        assert users_store.by_username(live.db, "mary").failed_attempts == 1
    finally:
        live.close()


def test_five_wrong_passwords_through_restore_lock_the_account_in_use(world, tmp_path):
    copy = backup_of(world, tmp_path)
    data = world.data_dir
    world.reg.close()
    before = files_of(data)
    for attempt in range(1, 6):
        with pytest.raises((AuthenticationFailed, AccountLocked)) as refused:
            restore(data, copy, clock=world.clock, sign_in=as_user("manager", "not-it"))
        if attempt == 5:
            assert refused.type is AccountLocked
            assert "locked after 5 wrong passwords" in str(refused.value)
    with pytest.raises(AccountLocked, match="This account is locked"):
        restore(data, copy, clock=world.clock, sign_in=as_user("manager", PASSWORD))
    assert files_of(data)["register.db"] != before["register.db"]  # it counted each try...
    assert not set_aside(data)  # ...and was never replaced
    live = open_register(data, clock=world.clock)
    try:
        locked = users_store.by_username(live.db, "manager")
        assert locked is not None and locked.is_locked(world.clock.now())
        with pytest.raises(AccountLocked):  # the front door is locked too
            auth.login(live, "manager", PASSWORD)
    finally:
        live.close()


def test_rolling_back_to_an_older_backup_needs_a_typed_reason_and_is_audited(world, tmp_path):
    old = backup_of(world, tmp_path)
    world.clock.advance(timedelta(minutes=30))
    register.receive(world.reg, world.pharmacist, world.nurse, world.diam500.id,
                     receipt(4, batch="D500A", reference="AFTER-BACKUP"))
    later = backup_of(world, tmp_path)
    data = world.data_dir
    world.reg.close()
    before = files_of(data)
    world.clock.advance(timedelta(minutes=5))

    for reason in (None, "", "   "):
        with pytest.raises(RollbackNeedsReason) as refused:
            restore(data, old, clock=world.clock, sign_in=as_user("manager", PASSWORD),
                    reason=reason)
        text = str(refused.value)
        assert text.startswith("This backup is older than the register in use: restoring "
                               "it rolls the register back, leaving out ")
        assert "1 later backup, the newest made" in text
        assert "Type the reason for rolling it back; nothing was changed." in text
    with pytest.raises(InvalidInput, match="invisible"):
        restore(data, old, clock=world.clock, sign_in=as_user("manager", PASSWORD),
                reason="\u200b\u200b")
    assert not set_aside(data)
    assert {k: v for k, v in files_of(data).items() if k != "register.db"} == \
        {k: v for k, v in before.items() if k != "register.db"}

    reason = "Register PC's disk was replaced; rolling back on the CDAO's advice"
    result = restore(data, old, clock=world.clock, sign_in=as_user("manager", PASSWORD),
                     reason=reason)
    assert result.rollback is not None and result.rollback.later_backups == 1
    assert result.rollback.records >= 1 and not result.signed_in_against_backup
    restored = open_register(data, clock=world.clock)
    try:
        row = audit_store.entries(restored.db, actions=["restore"], limit=1)[0]
        assert row.target == str(old) and row.username == "manager"
        assert row.details["reason"] == reason
        assert row.details["signed_in_against"] == "the register in use"
        assert row.details["later_backups_rolled_back"] == 1
        assert "AFTER-BACKUP" not in str(restored.db.all("SELECT * FROM register_entries"))
    finally:
        restored.close()
    assert later.exists()  # the later backup is untouched


def test_the_newest_backup_restores_without_a_reason(world, tmp_path):
    copy = backup_of(world, tmp_path)
    data = world.data_dir
    world.reg.close()
    result = restore(data, copy, clock=world.clock, sign_in=as_user("manager", PASSWORD))
    assert result.rollback is None and result.set_aside is not None


def test_the_command_line_asks_for_reason_and_takes_it(world, tmp_path):
    old = backup_of(world, tmp_path)
    world.clock.advance(timedelta(minutes=30))
    register.receive(world.reg, world.pharmacist, world.nurse, world.diam500.id,
                     receipt(4, batch="D500A", reference="AFTER-BACKUP"))
    data = world.data_dir
    world.reg.close()
    cmd = ("restore", "--from", str(old))
    text = assert_clear_refusal(run_cli(data, *cmd, user="manager", password=PASSWORD), (1,))
    assert "rolls the register back" in text
    assert 'Give the reason with --reason "…" for rolling it back' in text
    assert not set_aside(data)
    out = run_cli(data, *cmd, "--reason", "Disk replaced", user="manager", password=PASSWORD)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "restored into" in out.stdout
