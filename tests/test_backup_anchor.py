"""`verify` compares the register with every retained backup (issue 13, item 3). The
register's own chains cannot show their newest entries removed, an older copy of the whole
register put back (a shorter chain is still a valid chain), or a chain rewritten with the
key and every hash recomputed; a backup on another disk, the audit record of the backups
made, and the chain heads printed on the day summary can. A restore made on purpose is not
mistaken for any of them."""

import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from hat_desktop.domain.anchors import parse_anchor
from hat_desktop.services import anchors, auth, day_summary_export, register, settings
from hat_desktop.services.backup import BackupKind, back_up
from hat_desktop.services.clock import ManualClock
from hat_desktop.services.register_setup import open_register
from hat_desktop.services.restore import restore
from hat_desktop.services.verify import verify_register
from hat_desktop.store import audit
from hat_desktop.store import users as users_store
from hat_desktop.store.connection import db_path
from hat_desktop.store.verify import verify
from tests.command_line import run_cli
from tests.raw_register import drop_triggers, raw_register, reseal
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
            sign_in=lambda staged: auth.login(staged, "manager", PASSWORD),
            reason="The receipt INV-ABANDONED was booked in error")

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


# --- issue 13: every retained backup, the audit record of backups, the printed chain heads ----
def test_verify_compares_every_backup_and_its_last_line_says_so(world, usb):
    back_up(world.reg, world.manager)
    later(world)
    receive(world, "INV-2")
    later(world)
    back_up(world.reg, world.manager)
    later(world)
    third = back_up(world.reg, world.manager)
    result = verify_register(world.reg, world.manager)
    assert result.ok, result.problems
    assert result.backups_compared == 3
    assert result.verdict == ("The register is intact; it matches 3 backups, the newest "
                              f"02/03/2026 10:30 ({third.path.name}).")


def test_an_older_register_put_back_then_one_more_backup_is_still_caught(world, usb):
    """The rollback of the issue: register.db copied aside (no key needed), entries made and
    backed up, the old file put back, and one more backup taken: the newest backup then
    agrees with the rolled-back register, but the one before it does not."""
    data_dir, clock = world.data_dir, world.reg.clock
    back_up(world.reg, world.manager)
    saved = db_path(data_dir).read_bytes()  # between transactions: a consistent file
    later(world)
    lost = receive(world, "INV-LOST")
    later(world)
    back_up(world.reg, world.manager)
    world.reg.close()
    db_path(data_dir).write_bytes(saved)
    reg = open_register(data_dir, clock=clock)
    try:
        later(world)
        back_up(reg, users_store.by_username(reg.db, "manager"))
    finally:
        reg.close()

    out = verify_cli(data_dir)
    text = out.stdout + out.stderr
    assert out.returncode == 1, text
    assert (f"Register section DIAM100, entry {lost}: it is in the backup of 02/03/2026 10:20 "
            "but not in the register") in text
    assert out.stdout.strip().splitlines()[-1].startswith("The register is NOT intact")


def test_a_backup_the_audit_log_records_that_is_gone_is_reported(world, usb):
    gone = back_up(world.reg, world.manager)
    later(world)
    back_up(world.reg, world.manager)
    gone.path.unlink()
    result = verify_register(world.reg, world.manager)
    assert not result.ok
    assert result.problems == [
        f"The backup {gone.path.name} (made 02/03/2026 10:00) is missing from {usb}: the "
        "audit log records that it was made and never removed (HAT Desktop records every "
        "backup it removes)."]


def test_a_backup_replaced_by_another_file_is_reported(world, usb):
    first = back_up(world.reg, world.manager)
    later(world)
    receive(world, "INV-2")
    later(world)
    second = back_up(world.reg, world.manager)
    shutil.copyfile(first.path, second.path)  # the newer backup quietly swapped for the older
    result = verify_register(world.reg, world.manager)
    assert (f"The backup {second.path.name} (made 02/03/2026 10:20) is not the file HAT "
            "Desktop wrote: its checksum differs from the one in the audit log.") \
        in result.problems


def test_backups_removed_by_pruning_are_recorded_and_not_missing(world, usb):
    settings.change(world.reg, world.manager, backup_keep=2)
    for _ in range(4):
        later(world, 60 * 25)
        back_up(world.reg, world.manager, kind=BackupKind.DAILY)
    assert len(list(usb.iterdir())) == 2
    pruned = audit.entries(world.reg.db, actions=["backup_pruned"])
    assert len(pruned) == 2
    result = verify_register(world.reg, world.manager)
    assert result.ok, result.problems
    assert result.backups_compared == 2


def test_a_chain_rewritten_with_the_key_is_caught_by_backups_and_printed_heads(world, usb):
    """A consistent rewrite: the prescribed dose doubled with the key, its seal and every
    seal after it recomputed. The file alone verifies; the backup made before, and the chain
    heads printed before, do not agree with it."""
    back_up(world.reg, world.manager)
    code, heads = anchors.chain_heads(world.reg)
    chains = [h.chain for h in heads]
    assert chains[:3] == ["DIAM100", "DIAM500", "AUDIT"] and chains[-1] == "RECORDS", chains
    data_dir, clock, rx = world.data_dir, world.reg.clock, world.rx.id
    world.reg.close()
    with raw_register(data_dir) as conn:
        drop_triggers(conn, "prescriptions")
        conn.execute("UPDATE prescriptions SET dose_mg = dose_mg * 2 WHERE id = ?", (rx,))
        rewritten = reseal(conn, "prescriptions", rx)
    reg = open_register(data_dir, clock=clock)
    try:
        assert verify(reg.db).ok  # what the file alone cannot reveal
        ok, message = anchors.verify_anchor(reg, users_store.by_username(reg.db, "manager"),
                                            code)
    finally:
        reg.close()
    assert not ok
    assert message == (f"This code does NOT match the register: entry No. {heads[-1].seq} of "
                       "the chain of clinical records is not the one printed (the chain was "
                       "rewritten).")
    out = verify_cli(data_dir)
    text = out.stdout + out.stderr
    assert out.returncode == 1, text
    assert ("The chain of clinical records, entry" in text
            and "it differs from the backup of 02/03/2026 10:00" in text), text
    assert rewritten <= heads[-1].seq


def test_the_day_summary_prints_the_chain_heads_and_verify_anchor_checks_them(world, tmp_path):
    path = day_summary_export.save(world.reg, world.pharmacist, world.reg.today(),
                                   tmp_path / "summary.pdf")
    data_dir = world.data_dir
    world.reg.close()
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Register anchor: the head of every chain when this was printed" in text
    assert "Register section DIAM100: entry No. 1," in text
    png = tmp_path / "page"
    last = str(len(PdfReader(path).pages))  # the block ends the summary
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-f", last, "-l", last, "-singlefile",
                    str(path), str(png)], check=True)
    read = subprocess.run(["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable",
                           f"{png}.png"], capture_output=True, text=True, check=True)
    code = read.stdout.strip()
    assert code.startswith("HATHEADS1|"), code
    out = run_cli(data_dir, "verify-anchor", code, user="manager", password=PASSWORD)
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.startswith("This code matches the register: all "), out.stdout
    assert "chains hold the entries printed, with the same hashes" in out.stdout

    printed = next(h.seq for h in parse_anchor(code).heads if h.chain == "AUDIT")
    with raw_register(data_dir) as conn:  # the audit log cut back to before the printed head
        drop_triggers(conn, "audit_log")
        conn.execute("DELETE FROM audit_log WHERE seq >= ?", (printed,))
    out = run_cli(data_dir, "verify-anchor", code, user="manager", password=PASSWORD)
    assert out.returncode == 1, out.stdout + out.stderr
    assert out.stdout.startswith("This code does NOT match the register: ") and \
        "the audit log" in out.stdout, out.stdout


def test_a_code_that_is_not_a_chain_head_code_is_refused_in_words(world):
    ok, message = anchors.verify_anchor(world.reg, world.manager, "HATREG1:DIAM100:1:2:ab")
    assert not ok
    assert message.startswith("This is not a chain-head code from a HAT Desktop day summary")
