"""One writer (issue 13, item 9): while HAT Desktop is open on a register — here a real
second process holding the register's lock, as the window does — every command that
writes (backup, restore, the exports with their audit entries, recovery-key, demo, init)
is refused in one sentence and writes nothing; verify may read beside it. Once the
window is closed the same command works."""

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from hat_desktop.services.backup import back_up
from tests.command_line import ROOT, assert_clear_refusal, assert_one_clear_sentence, run_main
from tests.world import MANAGER, PASSWORD, World

HOLDER = """
import sys, time
from pathlib import Path
from hat_desktop.store.lock import RegisterLock
lock = RegisterLock(Path(sys.argv[1]))
lock.acquire()
print("LOCKED", flush=True)
time.sleep(120)
"""
AS_MANAGER = {"HAT_USER": MANAGER, "HAT_PASSWORD": PASSWORD}


def hold(data_dir: Path) -> subprocess.Popen[str]:
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(data_dir)], cwd=ROOT,
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "LOCKED"
    return holder


@pytest.fixture
def window_open(world: World) -> Iterator[subprocess.Popen[str]]:
    holder = hold(world.data_dir)
    try:
        yield holder
    finally:
        holder.kill()
        holder.wait()


def commands(tmp: Path, backup: Path) -> dict[str, list[str]]:
    out = tmp / "out"
    return {
        "backup": ["backup", "--to", str(tmp / "usb")],
        "restore": ["restore", "--from", str(backup)],
        "recovery-key": ["recovery-key", "--output", str(out / "key.txt")],
        "export register": ["export", "register", "--section", "DIAM100", "--from",
                            "2026-03-01", "--to", "2026-03-31", "--format", "csv",
                            "--output", str(out / "register.csv")],
        "export attendance": ["export", "attendance", "--from", "2026-03-01", "--to",
                              "2026-03-31", "--format", "csv", "--output",
                              str(out / "attendance.csv")],
        "export holds": ["export", "holds", "--from", "2026-03-01", "--to", "2026-03-31",
                         "--format", "csv", "--output", str(out / "holds.csv")],
        "demo": ["demo", "--days", "2", "--patients", "2"],
        "init": ["init", "--clinic-name", "Second", "--admin", "boss", "--recovery-sheet",
                 str(out / "sheet.pdf")],
    }


def test_every_writing_command_is_refused_while_the_window_is_open(world, tmp_path,
                                                                   window_open):
    (tmp_path / "usb").mkdir()
    (tmp_path / "out").mkdir()
    backup = back_up(world.reg, world.manager, tmp_path / "usb").path
    before = world.reg.db.scalar("SELECT count(*) FROM audit_log")
    usb_before = sorted((tmp_path / "usb").iterdir())
    for name, args in commands(tmp_path, backup).items():
        out = run_main(world.data_dir, *args, env=AS_MANAGER)
        message = assert_clear_refusal(out, codes=(2,))
        assert_one_clear_sentence(message)
        assert message.startswith("HAT Desktop is already open on this register (on "), (
            name, message)
        assert f"process {window_open.pid}): use that window, or close it and try again." \
            in message, (name, message)
    assert world.reg.db.scalar("SELECT count(*) FROM audit_log") == before
    assert list((tmp_path / "out").iterdir()) == []
    assert sorted((tmp_path / "usb").iterdir()) == usb_before


def test_verify_reads_beside_the_open_window(world, window_open):
    out = run_main(world.data_dir, "verify", env=AS_MANAGER)
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.startswith("Checked ") and "NOT intact" not in out.stdout


def test_the_command_works_once_the_window_is_closed(world, tmp_path):
    (tmp_path / "usb").mkdir()
    holder = hold(world.data_dir)
    refused = run_main(world.data_dir, "backup", "--to", str(tmp_path / "usb"), env=AS_MANAGER)
    assert refused.returncode == 2
    holder.kill()
    holder.wait()
    done = run_main(world.data_dir, "backup", "--to", str(tmp_path / "usb"), env=AS_MANAGER)
    assert done.returncode == 0, done.stdout + done.stderr
    assert len(list((tmp_path / "usb").iterdir())) == 1


def test_a_running_command_keeps_the_window_out(world, tmp_path):
    """The lock works both ways: while a command holds it, the window's own attempt (the
    same RegisterLock the app takes at start) is refused."""
    from hat_desktop.cli.common import CommandContext
    from hat_desktop.store.lock import RegisterLock

    ctx = CommandContext(args=None, data_dir=world.data_dir)  # type: ignore[arg-type]
    ctx.hold_register()
    try:
        probe = subprocess.run(
            [sys.executable, "-c", HOLDER.replace('print("LOCKED", flush=True)', ""),
             str(world.data_dir)], cwd=ROOT, capture_output=True, text=True, timeout=60)
        assert probe.returncode != 0 and "already open on this register" in probe.stderr
    finally:
        ctx.close()
    lock = RegisterLock(world.data_dir)
    lock.acquire()
    lock.release()


def test_the_lock_names_the_run_that_holds_it_after_a_longer_earlier_holder(tmp_path):
    """The lock file is rewritten in place, not emptied first (emptying a file cost the login
    window 3-30 ms, #14): what an earlier holder wrote beyond the new holder's line is cut,
    and the refusal names the run that holds it now."""
    import json
    import os
    import socket

    from hat_desktop.domain.errors import RegisterUnavailable
    from hat_desktop.store.lock import LOCK_FILE, RegisterLock

    (tmp_path / LOCK_FILE).write_text(json.dumps({"pid": 4_000_000, "host": "h" * 300}))
    lock = RegisterLock(tmp_path)
    lock.acquire()
    try:
        holder = {"pid": os.getpid(), "host": socket.gethostname()}
        assert json.loads((tmp_path / LOCK_FILE).read_text()) == holder
        with pytest.raises(RegisterUnavailable) as refused:
            RegisterLock(tmp_path).acquire()
        assert f"(on {holder['host']}, process {holder['pid']})" in str(refused.value)
    finally:
        lock.release()
    again = RegisterLock(tmp_path)  # released: the next run takes it
    again.acquire()
    again.release()
