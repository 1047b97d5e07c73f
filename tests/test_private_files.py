"""Every file that holds patient data or key material is private (0600), written through a
new temporary file that cannot already exist and renamed into place: a planted file or
link (the old ``<output>.tmp``, or a link at the output itself) is never written through,
a killed writer's half-written file is removed at the next start (issue 13, item 7).

One row per writer of files: exports and print copies (exports.write_export), register
pages (register_export), the recovery sheet, the recovery key, backups, the register's
own register.json and the log file."""

import os
import stat
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from hat_desktop import logging_setup
from hat_desktop.domain.errors import HatError
from hat_desktop.services import (
    attendance_reports,
    exports,
    register_export,
    report_catalogue,
    restore,
)
from hat_desktop.services.backup import back_up
from hat_desktop.services.register_setup import create_register
from hat_desktop.store import files
from hat_desktop.store.connection import info_path, read_info, write_info
from tests.command_line import ROOT
from tests.world import START, World, new_register

DAY = START.date()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def _export(w: World, out: Path) -> Path:
    return exports.write_export(w.reg, w.manager, out, b"Sam Patient,12 Linthorpe Road\n",
                                what="holds")


def _register_pdf(w: World, out: Path) -> Path:
    return register_export.export_register(w.reg, w.inspector, "DIAM100", DAY, DAY, "pdf", out)


def _register_csv(w: World, out: Path) -> Path:
    return register_export.export_register(w.reg, w.inspector, "DIAM100", DAY, DAY, "csv", out)


def _recovery_key(w: World, out: Path) -> Path:
    return restore.export_recovery_key(w.reg, w.manager, out)


def _recovery_sheet(w: World, out: Path) -> Path:
    reg, _manager, _key = create_register(out.parent / f"register-{out.stem}", new_register(),
                                          out,
                                          clock=w.reg.clock)
    reg.close()
    return out


WRITERS: dict[str, Callable[[World, Path], Path]] = {
    "export": _export,
    "register pages (PDF)": _register_pdf,
    "register entries (CSV)": _register_csv,
    "recovery key": _recovery_key,
    "recovery sheet": _recovery_sheet,
}


@pytest.mark.parametrize("writer", list(WRITERS))
def test_every_writer_makes_a_private_file_and_never_writes_through_a_planted_link(
        world, tmp_path, writer):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "written.out"
    victim = tmp_path / "victim.txt"
    victim.write_text("the clinic's other file\n")
    # The old attack: a link named <output>.tmp next to the output.
    (out_dir / "written.out.tmp").symlink_to(victim)
    os.umask(0o022)  # a usual umask: files would be 0644 if nothing made them private
    written = WRITERS[writer](world, out)
    assert written == out and out.is_file() and not out.is_symlink()
    assert _mode(out) == 0o600, oct(_mode(out))
    assert victim.read_text() == "the clinic's other file\n"
    assert sorted(p.name for p in out_dir.iterdir() if not p.name.startswith("register-")) == [
        "written.out", "written.out.tmp"]
    # A link planted at the output's own name is refused, not followed.
    linked = out_dir / "linked.out"
    linked.symlink_to(tmp_path / "not-there-yet.txt")
    with pytest.raises(HatError, match="is a link to another file"):
        WRITERS[writer](world, linked)
    assert not (tmp_path / "not-there-yet.txt").exists()


def test_print_copies_are_private(world):
    spec = attendance_reports.MISSED_DOSES_PDF
    path = report_catalogue.print_copy(world.reg, world.manager, spec, DAY, DAY)
    assert _mode(path) == 0o600 and _mode(path.parent) == 0o700


def test_backups_are_private(world, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    os.umask(0o022)
    result = back_up(world.reg, world.manager, folder)
    assert _mode(result.path) == 0o600
    assert [p.name for p in folder.iterdir()] == [result.path.name]


def test_the_register_info_file_is_replaced_never_written_through_a_link(world, tmp_path):
    info = info_path(world.data_dir)
    victim = tmp_path / "victim.json"
    victim.write_text("{}")
    (world.data_dir / "register.json.tmp").symlink_to(victim)
    write_info(world.data_dir, read_info(world.data_dir))
    assert _mode(info) == 0o600 and victim.read_text() == "{}"


def test_the_log_file_is_private_and_a_planted_link_is_not_followed(tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    try:
        target = logging_setup.configure(data_dir)
        assert target is not None
        import logging

        logging.getLogger("test").info("one line")
        assert _mode(target) == 0o600 and _mode(target.parent) == 0o700
        other = tmp_path / "other"
        other.mkdir()
        victim = tmp_path / "victim.log"
        victim.write_text("")
        (other / "logs").mkdir(mode=0o700)
        (other / "logs" / "hat-desktop.log").symlink_to(victim)
        logging_setup.configure(other)  # the link is refused: no log rather than a leak
        logging.getLogger("test").info("not into the victim")
        assert victim.read_text() == ""
    finally:
        logging_setup.configure(None)


def test_the_log_file_is_rotated_at_its_size_and_every_file_stays_private(tmp_path,
                                                                          monkeypatch):
    """A line that would take the log past its size first moves hat-desktop.log to .1 (.1 to
    .2 and so on); BACKUPS old files are kept, each 0600, and no line is lost or repeated
    between them (the rotation is logging_setup's own since #14)."""
    import logging

    monkeypatch.setattr(logging_setup, "MAX_BYTES", 400)
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    try:
        target = logging_setup.configure(data_dir)
        assert target is not None
        for n in range(40):
            logging.getLogger("test").info("line %03d %s", n, "x" * 60)
    finally:
        logging_setup.configure(None)
    kept = [target, *(target.with_name(f"{target.name}.{n}")
                      for n in range(1, logging_setup.BACKUPS + 1))]
    assert sorted(target.parent.iterdir()) == sorted(kept)
    numbers = []
    for path in reversed(kept):  # oldest first
        assert _mode(path) == 0o600 and 0 < path.stat().st_size < 400
        numbers += [int(line.split("line ")[1][:3]) for line in path.read_text().splitlines()]
    assert numbers == list(range(numbers[0], 40))


def test_a_killed_writers_partial_file_is_removed_at_the_next_start(tmp_path, monkeypatch):
    """A writer killed mid-export (SIGKILL: nothing of it runs again) leaves a hidden
    partial file with patient data; the next start (of the window or of any command)
    removes it, and leaves a file another running writer is still writing."""
    # Markers of its own: a command started by a test running beside this one would
    # otherwise clear the killed writer's file before this test looks at it.
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    out = tmp_path / "out"
    out.mkdir()
    child = textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from hat_desktop.store.files import new_private_file
        with new_private_file(Path({str(out / 'holds.csv')!r})) as new:
            new.file.write(b"Sam Patient, 12 Linthorpe Road\\n")
            new.file.flush()
            print("READY", flush=True)
            time.sleep(60)
    """)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def start() -> subprocess.Popen[str]:
        proc = subprocess.Popen([sys.executable, "-c", child], stdout=subprocess.PIPE,
                                text=True, env=env, cwd=ROOT)
        assert proc.stdout is not None and proc.stdout.readline().strip() == "READY"
        return proc

    killed, running = start(), start()
    try:
        killed.kill()
        killed.wait()
        partials = sorted(p.name for p in out.iterdir())
        assert len(partials) == 2 and all(p.startswith(".hat-partial-") for p in partials)
        done = subprocess.run([sys.executable, "-m", "hat_desktop", "--data-dir",
                               str(tmp_path / "no-register"), "sections"],
                              capture_output=True, text=True, env=env, cwd=ROOT, check=False)
        assert done.returncode == 2 and "Traceback" not in done.stderr
        left = sorted(p.name for p in out.iterdir())
        assert len(left) == 1 and left[0] in partials  # the running writer's, untouched
    finally:
        running.kill()
        running.wait()
    assert files.remove_partial_files() == 1
    assert list(out.iterdir()) == []


def test_a_failed_login_records_the_typed_name_only_when_it_is_a_user(world):
    from hat_desktop.services import auth
    from hat_desktop.store import audit

    for typed in ("correct-horse-battery", "nina"):
        with pytest.raises(HatError):
            auth.login(world.reg, typed, "wrong password!")
    unknown, known = audit.entries(world.reg.db, actions=["login_failed"], limit=2)[::-1]
    assert unknown.username is None and "correct-horse" not in str(unknown.details)
    assert known.username == "nina"

