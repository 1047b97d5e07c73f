"""A full disk, a read-only folder, a register held by another program: SQLite's answers
become sentences in the user's words (store/driver_errors.py, the one place that does it),
nothing is written, and the register works again once the cause is gone.

The full disk is real: a 3 MB tmpfs filled to its last byte, so the write fails with
ENOSPC inside SQLite (mounting needs root, which CI has). SQLite's own limit on the file's
size (max_page_count) gives the same SQLITE_FULL anywhere."""

import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3

from hat_desktop import cli
from hat_desktop.domain.accounts import User
from hat_desktop.domain.errors import (
    DiskFull,
    Refused,
    RegisterDamaged,
    RegisterUnavailable,
    StorageBusy,
)
from hat_desktop.domain.roles import Role
from hat_desktop.services import exports, users
from hat_desktop.services.backup import back_up
from hat_desktop.services.clock import ManualClock
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.register_setup import create_register, open_register
from hat_desktop.store import audit as audit_store
from hat_desktop.store import driver_errors
from hat_desktop.store.connection import db_path
from hat_desktop.store.verify import verify
from tests.world import MANAGER, PASSWORD, START, new_register


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 3 MB file system, so that the disk really fills."""
    where = tmp_path / "disk"
    where.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m,mode=0700", "tmpfs",
                           str(where)], capture_output=True, text=True, check=False)
    if done.returncode:
        pytest.skip(f"no small disk can be mounted here ({done.stderr.strip()}); CI can")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=True)


def fill(disk: Path) -> Path:
    """Fill ``disk`` to its last byte; deleting the file returned frees it again."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            try:
                os.write(fd, b"\0" * 4096)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
                return filler
    finally:
        os.close(fd)


def nurse(n: int) -> tuple[str, str, users.UserDetails]:
    return f"nurse{n}", PASSWORD, users.UserDetails(full_name=f"Nurse Number {n}",
                                                    role=Role.NURSE)


def add_nurses(reg: OpenRegister, manager: User, limit: int = 400) -> None:
    """Add nurse0, nurse1... (until one is refused, in these tests)."""
    for n in range(limit):
        users.create_user(reg, manager, *nurse(n))


def names(reg: OpenRegister, manager: User) -> list[str]:
    return [u.username for u in users.list_users(reg, manager)]


def full_disk_message(path: Path) -> str:
    return f"The disk holding {path} is full: nothing was written. Free some space on it, " \
        "then try again."


def test_a_full_disk_under_the_register_refuses_the_write_and_loses_nothing(
        small_disk, sheet_path, clock):
    reg, manager, _key = create_register(small_disk / "data", new_register(), sheet_path,
                                         clock=clock, workstation="test-pc")
    try:
        filler = fill(small_disk)
        with pytest.raises(DiskFull) as caught:
            add_nurses(reg, manager)
        assert str(caught.value) == full_disk_message(db_path(reg.data_dir))
        refused = len(names(reg, manager)) - 1  # the manager, then nurse0..nurse{n-1}
        assert names(reg, manager) == [MANAGER, *(f"nurse{n}" for n in range(refused))]
        assert not reg.db.in_transaction

        filler.unlink()  # space again: the same write goes through, nothing was stuck
        users.create_user(reg, manager, *nurse(refused))
        assert names(reg, manager)[-1] == f"nurse{refused}"
    finally:
        reg.close()
    reopened = open_register(small_disk / "data", clock=clock)
    try:
        assert verify(reopened.db).ok
    finally:
        reopened.close()


def test_sqlites_own_size_limit_is_reported_as_a_full_disk(reg, manager):
    """The same SQLITE_FULL without a small disk: the file may not grow past its pages."""
    pages = reg.db.scalar("PRAGMA page_count")
    reg.db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFull) as caught:
        add_nurses(reg, manager)
    assert str(caught.value) == full_disk_message(db_path(reg.data_dir))
    assert not reg.db.in_transaction
    count = len(names(reg, manager))
    reg.db.execute(f"PRAGMA max_page_count = {pages * 10}")
    users.create_user(reg, manager, *nurse(999))
    assert len(names(reg, manager)) == count + 1
    assert verify(reg.db).ok


def test_a_backup_to_a_full_usb_drive_says_so_and_leaves_nothing(reg, manager, small_disk):
    fill(small_disk)
    with pytest.raises(Refused) as caught:
        back_up(reg, manager, small_disk)
    message = str(caught.value)
    assert message.startswith(f"The backup to {small_disk} failed. The disk holding "
                              f"{small_disk}/"), message
    assert "is full: nothing was written. Free some space on it, then try again. The live "\
        "register was not touched." in message
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]
    failed = audit_store.entries(reg.db, actions=["backup_failed"], limit=1)
    assert failed and "is full" in failed[0].details["reason"]


def test_the_command_line_says_the_disk_is_full_with_exit_1(registered, small_disk, data_dir,
                                                           monkeypatch, capsys):
    registered[0].close()
    fill(small_disk)
    monkeypatch.setenv("HAT_USER", MANAGER)
    monkeypatch.setenv("HAT_PASSWORD", PASSWORD)
    code = cli.main(["--data-dir", str(data_dir), "backup", "--to", str(small_disk)])
    out = capsys.readouterr()
    assert code == 1, out.err
    assert "is full: nothing was written" in out.err and "Traceback" not in out.err
    assert len(out.err.strip().splitlines()) == 1


def test_a_register_on_a_read_only_disk_is_refused_naming_the_folder(small_disk, sheet_path,
                                                                      clock):
    data = small_disk / "data"
    reg, _manager, _key = create_register(data, new_register(), sheet_path, clock=clock,
                                          workstation="test-pc")
    reg.close()
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    with pytest.raises(RegisterUnavailable) as caught:
        open_register(data, clock=clock).close()
    assert str(caught.value) == (f"The file {db_path(data)} cannot be opened: its folder "
                                 f"{data} is read-only, and HAT Desktop must be able to write "
                                 "there.")


def test_a_register_held_by_another_program_is_busy_and_nothing_is_written(reg, manager):
    other = sqlcipher3.connect(str(db_path(reg.data_dir)), isolation_level=None)
    other.execute(f"PRAGMA key = \"x'{reg.db.recovery_key()}'\"")
    reg.db.execute("PRAGMA busy_timeout = 200")  # the app waits 5 s; the test need not
    before = names(reg, manager)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StorageBusy) as caught:
            users.create_user(reg, manager, *nurse(1))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert str(caught.value) == (f"The register {db_path(reg.data_dir)} is busy: another "
                                 "program is using it. Nothing was written; try again in a "
                                 "moment.")
    assert names(reg, manager) == before
    users.create_user(reg, manager, *nurse(1))
    assert names(reg, manager) == [*before, "nurse1"]


def test_an_export_to_a_full_disk_says_so_and_nothing_is_audited(reg, manager, small_disk):
    fill(small_disk)
    before = reg.db.scalar("SELECT count(*) FROM audit_log")
    with pytest.raises(Refused) as refused:
        exports.write_export(reg, manager, small_disk / "holds.csv", b"a,b\n" * 5000,
                             what="holds")
    assert str(refused.value) == (f"The disk holding {small_disk} is full: holds.csv was not "
                                  "written. Free some space on it, then try again.")
    assert reg.db.scalar("SELECT count(*) FROM audit_log") == before
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]


def test_on_a_full_disk_the_register_says_the_disk_is_full_never_a_traceback(
        templates, small_disk, tmp_path):
    """Opening needs a little room (SQLite's shared-memory file): on a full disk, verify, a
    backup and an export say the disk is full, not that the key is wrong, and print no
    traceback; once there is room again the register is intact."""
    from tests.command_line import assert_clear_refusal, assert_one_clear_sentence, run_main

    data = templates.clinic.copy_to(small_disk / "data")
    filler = fill(small_disk)
    as_manager = {"HAT_USER": MANAGER, "HAT_PASSWORD": PASSWORD}
    (tmp_path / "usb").mkdir()
    said = full_disk_message(db_path(data))
    for args in (["verify"], ["backup", "--to", str(tmp_path / "usb")],
                 ["export", "holds", "--from", "2026-03-01", "--to", "2026-03-31", "--format",
                  "csv", "--output", str(tmp_path / "holds.csv")]):
        out = run_main(data, *args, env=as_manager)
        message = assert_clear_refusal(out, codes=(1,))
        assert_one_clear_sentence(message)
        assert message == said, (args, message)
    reopened = open_register(data, clock=ManualClock(START))  # reading needs no room
    try:
        with pytest.raises(DiskFull, match="is full"):
            users.create_user(reopened, users_store_manager(reopened), *nurse(1))
    finally:
        reopened.close()
    filler.unlink()
    out = run_main(data, "verify", env=as_manager)
    assert out.returncode == 0 and "NOT intact" not in out.stdout, out.stdout


def users_store_manager(reg: OpenRegister) -> User:
    from hat_desktop.store import users as users_store

    found = users_store.by_username(reg.db, MANAGER)
    assert found is not None
    return found


def test_only_a_missing_index_the_app_makes_is_reported_as_damage(tmp_path):
    """"no such index" for an index the migrations make means it was removed from the file
    (damage, named, what to do); for one they never make, it is the program's own fault,
    passed on as such (logged as a fault, never blamed on the clinic)."""
    conn = sqlcipher3.connect(":memory:")
    conn.execute("CREATE TABLE t (x)")
    errors = {}
    for index in ("register_entries_inflows", "register_entries_inflow"):  # the app's; a typo
        with pytest.raises(sqlcipher3.DatabaseError) as raised:
            conn.execute(f"SELECT x FROM t INDEXED BY {index}")
        errors[index] = driver_errors.translate(raised.value, tmp_path / "register.db")
    conn.close()
    damage = errors["register_entries_inflows"]
    assert isinstance(damage, RegisterDamaged)
    assert "its index register_entries_inflows, part of its structure, is missing" in str(damage)
    assert errors["register_entries_inflow"] is None
