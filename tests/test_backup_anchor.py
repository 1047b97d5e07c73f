"""`verify` compares the register with the newest backup. The register's own chains
cannot show their newest entries removed, or an older copy of the whole register put
back (a shorter chain is still a valid chain); a backup on another disk can. A restore
made on purpose is not mistaken for either."""

import shutil
from datetime import timedelta
from pathlib import Path

import pytest

from hat_desktop.services import auth, register, settings
from hat_desktop.services.backup import back_up
from hat_desktop.services.clock import ManualClock
from hat_desktop.services.restore import restore
from hat_desktop.services.verify import verify_register
from hat_desktop.store.connection import db_path
from tests.command_line import run_cli
from tests.raw_register import drop_triggers, raw_register
from tests.world import (
    PASSWORD,
    World,
    receipt,
)


@pytest.fixture
def usb(world, tmp_path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    settings.change(world.reg, world.manager, backup_folder=str(folder))
    return folder


def later(world: World, minutes: int = 10) -> None:
    clock = world.reg.clock
    assert isinstance(clock, ManualClock)
    clock.advance(timedelta(minutes=minutes))


def receive(world: World, reference: str) -> int:
    return register.receive(world.reg, world.pharmacist, world.nurse, world.diam100.id,
                            receipt(10, reference=reference)).id


def verify_cli(data_dir: Path):
    return run_cli(data_dir, "verify", user="manager", password=PASSWORD)


def test_verify_says_what_it_compared_and_leaves_the_backup_untouched(world, usb):
    made = back_up(world.reg, world.manager)
    before = (made.path.read_bytes(), made.path.stat().st_mtime_ns)
    later(world)
    receive(world, "INV-AFTER")  # newer than the backup: fine
    result = verify_register(world.reg, world.manager)
    assert result.ok, result.problems
    assert result.compared_with == made.path.name
    assert result.backup_note == (f"Compared with the backup of 02/03/2026 10:00 "
                                  f"({made.path.name}): every entry in it is still in the "
                                  "register.")
    assert (made.path.read_bytes(), made.path.stat().st_mtime_ns) == before
    assert list(usb.iterdir()) == [made.path]  # no -wal or -shm beside it


def test_the_newest_entry_removed_with_the_key_is_caught_through_the_backup(world, usb):
    newest = receive(world, "INV-NEWEST")
    later(world)
    back_up(world.reg, world.manager)
    data_dir = world.data_dir
    world.reg.close()
    with raw_register(data_dir) as conn:  # someone with the key, triggers dropped
        drop_triggers(conn, "register_entries")
        conn.execute("DELETE FROM register_entries WHERE id = ?", (newest,))
        conn.commit()

    out = verify_cli(data_dir)
    text = out.stdout + out.stderr
    assert out.returncode == 1, text
    assert (f"Register section DIAM100, entry {newest}: it is in the backup of 02/03/2026 "
            "10:10 but not in the register (entries were removed, or an older copy of the "
            "register was put back).") in text
    assert "The register is NOT intact: 1 problem(s) found." in text


def test_an_older_copy_of_the_register_put_back_is_caught(world, usb):
    old = back_up(world.reg, world.manager)
    later(world)
    lost = receive(world, "INV-LOST")
    later(world)
    back_up(world.reg, world.manager)
    data_dir = world.data_dir
    world.reg.close()
    for leftover in data_dir.glob("register.db-*"):
        leftover.unlink()
    shutil.copyfile(old.path, db_path(data_dir))  # yesterday's register, put back quietly

    out = verify_cli(data_dir)
    text = out.stdout + out.stderr
    assert out.returncode == 1, text
    assert f"Register section DIAM100, entry {lost}: it is in the backup of 02/03/2026 10:20" \
        in text
    assert "Audit log, entry" in text  # the audit log lost its newest entries too


def test_a_restore_made_on_purpose_is_not_mistaken_for_tampering(world, usb):
    older = back_up(world.reg, world.manager)
    later(world)
    receive(world, "INV-ABANDONED")
    later(world)
    back_up(world.reg, world.manager)  # holds an entry the restored register lacks
    data_dir, clock = world.data_dir, world.reg.clock
    world.reg.close()
    later(world)
    restore(data_dir, older.path, clock=clock,
            sign_in=lambda staged: auth.login(staged, "manager", PASSWORD))

    out = verify_cli(data_dir)
    assert out.returncode == 0, out.stdout + out.stderr
    assert f"Compared with the backup of 02/03/2026 10:00 ({older.path.name})" in out.stdout


def test_with_no_backup_verify_says_so_and_passes(world):
    result = verify_register(world.reg, world.manager)
    assert result.ok and result.compared_with is None
    assert result.backup_note == ("Not compared with a backup: no backup folder is set and "
                                  "no backup was made.")


def test_an_unplugged_backup_drive_is_a_note_not_a_fault(world, usb):
    back_up(world.reg, world.manager)
    shutil.rmtree(usb)
    result = verify_register(world.reg, world.manager)
    assert result.ok
    assert result.backup_note == (f"Not compared with a backup: the backup folder {usb} "
                                  "cannot be read (is the USB drive plugged in?).")
