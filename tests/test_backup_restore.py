"""Backups and restore (issue 7): a backup restores on a fresh data folder with an empty
keyring using only the recovery key, with identical entries and chain heads; restore keeps
the current register aside and never overwrites it; a damaged backup is refused and the
live register is untouched; a failed backup says where and why; daily pruning keeps
backup_keep copies; a second app on the same register is refused while the first lives."""

import os
import signal
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import keyring
import pytest

from hat_desktop.domain.errors import Refused, RegisterUnavailable
from hat_desktop.services import auth, backup, dosing, register, settings
from hat_desktop.services.backup import BackupKind, back_up, file_sha256
from hat_desktop.services.clock import ManualClock
from hat_desktop.services.register_setup import open_register
from hat_desktop.services.restore import restore
from hat_desktop.store import audit as audit_store
from hat_desktop.store.connection import PAGE_SIZE, db_path, info_path
from hat_desktop.store.keys import KEYRING_SERVICE
from hat_desktop.store.lock import RegisterLock
from tests.command_line import ROOT, assert_clear_refusal, run_cli
from tests.raw_register import keyring_key as raw_key
from tests.raw_register import raw_connect, register_id, snapshot
from tests.world import (
    PASSWORD,
    START,
    World,
    build_world,
    dose_request,
    receipt,
)


@pytest.fixture
def world(world: World) -> World:
    """The clinic with a dose given."""
    dosing.check_in(world.reg, world.nurse, world.patient.id, identity_confirmed=True)
    dosing.administer(world.reg, world.nurse, world.nurse2, world.patient.id,
                      dose_request(180, [(world.diam100.id, 2)]))
    return world


def cli(data_dir: Path, *args: str, **kw):
    return run_cli(data_dir, *args, user="manager", password=PASSWORD, **kw)


def rows(conn, table: str) -> list[tuple]:
    return [tuple(r) for r in conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()]


def heads(conn) -> dict[int, str]:
    """The last hash of each section's chain."""
    return {section: digest for section, digest in conn.execute(
        "SELECT section_id, hash FROM register_entries e WHERE seq = (SELECT max(seq) FROM "
        "register_entries WHERE section_id = e.section_id)").fetchall()}


def files_of(data_dir: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in (db_path(data_dir), info_path(data_dir))}


def records_of(folder: Path, key: str) -> dict[str, tuple[int, str]]:
    """Every table of the register in ``folder`` but those the front door's sign-in
    writes to before the register is set aside (its login: the audit log, the user's row
    and that row's seal)."""
    conn = raw_connect(db_path(folder), key)
    try:
        return {name: seen for name, seen in snapshot(conn).items()
                if name not in ("audit_log", "users", "record_seals")}
    finally:
        conn.close()


def listed(data_dir: Path) -> list[str]:
    """The data folder's files, but the log folder and the lock file any command makes."""
    return sorted(p.name for p in data_dir.iterdir() if p.name not in ("logs", ".hat-desktop.lock"))


def cli_backup(data_dir: Path, folder: Path) -> Path:
    out = cli(data_dir, "backup", "--to", str(folder))
    assert out.returncode == 0, out.stdout + out.stderr
    path = Path(out.stdout.strip().splitlines()[-1])  # the last line is the backup's path
    assert path.parent == folder.resolve() and path.is_file()
    return path


# --- the round trip -------------------------------------------------------------------------
def test_backup_restores_on_a_new_machine_with_only_the_recovery_key(world, tmp_path):
    data = world.data_dir
    world.reg.close()
    key_file = tmp_path / "recovery-key.txt"
    out = cli(data, "recovery-key", "--output", str(key_file))
    assert out.returncode == 0, out.stdout + out.stderr
    lines = key_file.read_text(encoding="ascii").splitlines()
    assert len(lines) == 1 and lines[0] == world.recovery_key
    usb = tmp_path / "usb"
    usb.mkdir()
    backup_file = cli_backup(data, usb)

    key = keyring.get_password(KEYRING_SERVICE, register_id(data))
    with raw_connect(backup_file, key) as conn:
        backed_up = {t: rows(conn, t) for t in ("register_entries", "audit_log")}
        backed_up_heads = heads(conn)
    with raw_connect(db_path(data), key) as conn:
        live_entries = rows(conn, "register_entries")
        live_audit = rows(conn, "audit_log")
    assert backed_up["register_entries"] == live_entries
    assert len(backed_up_heads) == 2 and len(live_entries) >= 3
    assert live_audit[: len(backed_up["audit_log"])] == backed_up["audit_log"]

    # The new machine: a fresh folder, and no key for this register in its keyring.
    keyring.delete_password(KEYRING_SERVICE, register_id(data))
    assert keyring.get_password(KEYRING_SERVICE, register_id(data)) is None
    fresh = tmp_path / "new-pc" / "data"
    refused = cli(fresh, "restore", "--from", str(backup_file))
    assert "recovery key" in assert_clear_refusal(refused, (2,))
    assert not db_path(fresh).exists()

    out = cli(fresh, "restore", "--from", str(backup_file), recovery_key_file=key_file)
    assert out.returncode == 0, out.stdout + out.stderr
    assert f"restored into {fresh}" in out.stdout and "keyring" in out.stdout
    assert keyring.get_password(KEYRING_SERVICE, register_id(data)) == key
    assert register_id(fresh) == register_id(data)
    out = cli(fresh, "verify")
    assert out.returncode == 0 and "The register is intact" in out.stdout, out.stdout + out.stderr

    with raw_connect(db_path(fresh), key) as conn:
        assert rows(conn, "register_entries") == backed_up["register_entries"]
        restored_audit = rows(conn, "audit_log")
        assert heads(conn) == backed_up_heads
    assert restored_audit[: len(backed_up["audit_log"])] == backed_up["audit_log"]
    assert restored_audit[len(backed_up["audit_log"]) - 1][-1] == backed_up["audit_log"][-1][-1]
    assert "restore" in {r[6] for r in restored_audit[len(backed_up["audit_log"]):]}


def test_the_backup_checksum_is_in_the_audit_log_and_the_copy_opens_with_the_recovery_key(
        world, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    result = back_up(world.reg, world.manager, usb)
    assert result.sha256 == file_sha256(result.path)
    logged = audit_store.entries(world.reg.db, actions=["backup"], limit=1)[0]
    assert logged.details["sha256"] == result.sha256 and logged.target == str(result.path)
    raw = world.recovery_key.replace("-", "").lower()
    with raw_connect(result.path, raw) as conn:
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
        assert rows(conn, "register_entries") == rows(world.reg.db, "register_entries")


# --- restore never overwrites --------------------------------------------------------------
def test_restore_keeps_the_current_register_aside(world, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    result = back_up(world.reg, world.manager, usb)
    register.receive(world.reg, world.pharmacist, world.nurse, world.diam500.id,
                     receipt(4, batch="D500A", reference="AFTER-BACKUP"))
    data = world.data_dir
    key = world.reg.db.recovery_key()
    world.reg.close()
    before, info = records_of(data, key), info_path(data).read_bytes()

    out = cli(data, "restore", "--from", str(result.path), "--reason", "Test of a rollback")
    assert out.returncode == 0, out.stdout + out.stderr
    aside = [p for p in data.iterdir() if p.name.startswith("replaced-")]
    assert len(aside) == 1 and f"kept in {aside[0]}" in out.stdout
    assert records_of(aside[0], key) == before  # the replaced register, all of it kept
    assert (aside[0] / info_path(data).name).read_bytes() == info
    restored = open_register(data, clock=ManualClock(START))
    try:
        assert "AFTER-BACKUP" not in str(rows(restored.db, "register_entries"))
    finally:
        restored.close()


def test_two_restores_in_the_same_second_keep_both_earlier_registers(world, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    result = back_up(world.reg, world.manager, usb)
    data = world.data_dir
    world.reg.close()
    clock = ManualClock(START + timedelta(hours=1))

    def sign_in(staged):
        return auth.login(staged, "manager", PASSWORD)

    key = raw_key(data)
    first = records_of(data, key)
    one = restore(data, result.path, clock=clock, sign_in=sign_in)
    second = records_of(data, key)
    two = restore(data, result.path, clock=clock, sign_in=sign_in)
    assert one.set_aside != two.set_aside
    assert records_of(one.set_aside, key) == first
    assert records_of(two.set_aside, key) == second


@pytest.mark.parametrize("damage", ["flipped_byte", "truncated", "not_a_register",
                                    "another_register"])
def test_a_damaged_backup_is_refused_and_the_live_register_is_untouched(world, tmp_path,
                                                                        damage):
    usb = tmp_path / "usb"
    usb.mkdir()
    bad = back_up(world.reg, world.manager, usb).path
    data = world.data_dir
    world.reg.close()
    if damage == "flipped_byte":
        raw = bytearray(bad.read_bytes())
        raw[(len(raw) // PAGE_SIZE // 2) * PAGE_SIZE + 1500] ^= 0x04
        bad.write_bytes(bytes(raw))
    elif damage == "truncated":
        bad.write_bytes(bad.read_bytes()[:-1234])
    elif damage == "not_a_register":
        bad.write_bytes(os.urandom(8 * PAGE_SIZE))
    else:
        other = build_world(tmp_path / "other", ManualClock(START), tmp_path / "other.pdf")
        bad = back_up(other.reg, other.manager, usb).path
        other.reg.close()
    before = files_of(data)
    listing = listed(data)

    text = assert_clear_refusal(cli(data, "restore", "--from", str(bad)))
    assert str(bad) in text
    assert any(word in text for word in ("damaged", "does not open", "truncated")), text
    assert files_of(data) == before
    assert listed(data) == listing  # nothing set aside, no leftovers


# --- a backup that cannot be written ------------------------------------------------------------
def test_a_backup_to_a_missing_folder_says_where_and_why_and_touches_nothing(world, tmp_path):
    missing = tmp_path / "usb-not-plugged-in"
    before = snapshot(world.reg.db)
    with pytest.raises(Refused, match="is not there") as refused:
        back_up(world.reg, world.manager, missing)
    assert str(missing) in str(refused.value)
    assert snapshot(world.reg.db) == before
    assert not missing.exists()

    data = world.data_dir
    world.reg.close()
    text = assert_clear_refusal(cli(data, "backup", "--to", str(missing)), (1,))
    assert str(missing) in text and "is not there" in text
    assert not missing.exists()


def test_a_backup_that_fails_while_writing_says_why_and_leaves_no_partial_copy(
        world, tmp_path, monkeypatch):
    usb = tmp_path / "usb"
    usb.mkdir()
    entries = snapshot(world.reg.db)["register_entries"]

    def disk_full(db, target):
        target.write_bytes(b"half a copy")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "export_copy", disk_full)
    with pytest.raises(Refused) as refused:
        back_up(world.reg, world.manager, usb)
    message = str(refused.value)
    assert str(usb) in message and "No space left on device" in message
    assert "not touched" in message
    assert list(usb.iterdir()) == []
    assert snapshot(world.reg.db)["register_entries"] == entries
    failed = audit_store.entries(world.reg.db, actions=["backup_failed"], limit=1)
    assert failed and failed[0].details["reason"] == "No space left on device"


def test_daily_backups_are_pruned_to_backup_keep(world, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    clock = world.reg.clock
    settings.change(world.reg, world.manager, backup_keep=3, backup_folder=str(usb))
    manual = back_up(world.reg, world.manager, usb)
    closing = back_up(world.reg, world.nurse, kind=BackupKind.ON_CLOSE)
    daily = []
    for _ in range(6):
        clock.advance(timedelta(days=1))
        daily.append(back_up(world.reg, world.nurse, kind=BackupKind.DAILY).path)
    kept = sorted(p for p in usb.iterdir())
    assert kept == sorted([manual.path, closing.path, *daily[-3:]])
    assert all(not p.exists() for p in daily[:-3])


# --- one app per register --------------------------------------------------------------------
HOLDER = """
import sys, time
from pathlib import Path
from hat_desktop.store.lock import RegisterLock
lock = RegisterLock(Path(sys.argv[1]))
lock.acquire()
print("LOCKED", flush=True)
time.sleep(120)
"""


def test_a_second_app_is_refused_until_the_first_is_killed(world, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    copy = back_up(world.reg, world.manager, usb).path
    data = world.data_dir
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(data)], cwd=ROOT,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "LOCKED"
        with pytest.raises(RegisterUnavailable, match="already open on this register") as no:
            RegisterLock(data).acquire()
        assert f"process {holder.pid}" in str(no.value)
        before = files_of(data)
        with pytest.raises(RegisterUnavailable, match="already open"):
            restore(data, copy, clock=world.reg.clock,
                    sign_in=lambda staged: auth.login(staged, "manager", PASSWORD))
        assert files_of(data) == before
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(timeout=30)
        holder.stdout.close()
    lock = RegisterLock(data)
    lock.acquire()  # the dead holder's lock went with it
    assert lock.held
    lock.release()


def test_restore_refuses_a_user_who_is_not_a_manager(world, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    copy = back_up(world.reg, world.manager, usb).path
    data = world.data_dir
    world.reg.close()
    before = files_of(data)
    key = raw_key(data)
    records = records_of(data, key)
    out = run_cli(data, "restore", "--from", str(copy), user="phil", password=PASSWORD)
    assert "Only a manager" in assert_clear_refusal(out, (1,))
    assert records_of(data, key) == records  # phil's sign-in is audited, nothing else
    assert info_path(data).read_bytes() == before[info_path(data).name]
    assert not [p for p in data.iterdir() if p.name.startswith(("replaced-", "register.db."))]
