"""Printed copies hold patient data: each in a private folder, gone when HAT Desktop
closes, and what a killed run left behind is removed at the next start."""

import os
import subprocess
import sys
import tempfile

import pytest

from hat_desktop.services import print_copies


@pytest.fixture
def temp_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    yield tmp_path
    print_copies.remove_all()


def test_each_copy_gets_a_private_folder_removed_at_close(temp_dir):
    folder = print_copies.new_folder()
    (folder / "register.pdf").write_bytes(b"%PDF- Sam Patient")
    assert folder.parent == temp_dir and folder.name.startswith("hat-print-")
    assert folder.stat().st_mode & 0o077 == 0
    print_copies.remove_all()
    assert not folder.exists()


def test_the_next_start_removes_what_a_killed_run_left_and_nothing_else(temp_dir):
    left = temp_dir / "hat-print-k1llEd"
    left.mkdir(mode=0o700)
    (left / "day-summary-2026-03-02.pdf").write_bytes(b"%PDF- Sam Patient")
    current = print_copies.new_folder()  # this run's copy, perhaps open in the viewer
    (current / "card.pdf").write_bytes(b"%PDF-")
    other = temp_dir / "hat-export-notes"  # not a print folder
    other.mkdir()
    stray = temp_dir / "hat-print-file"  # a file, not a folder
    stray.write_bytes(b"x")

    assert print_copies.remove_leftovers() == 1
    assert not left.exists()
    assert current.exists() and other.exists() and stray.exists()


def test_a_copy_another_running_program_is_printing_is_kept_until_that_program_ends(temp_dir):
    """Two HAT Desktops (the demo beside the real register): the one starting must not
    remove the print copy the other is still printing; once that one is killed, it may."""
    child = subprocess.Popen(
        [sys.executable, "-c", "from hat_desktop.services import print_copies as p\n"
         "f = p.new_folder(); (f / 'register.pdf').write_bytes(b'%PDF-')\n"
         "print(f, flush=True); input()"],
        env={**os.environ, "TMPDIR": str(temp_dir)}, stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, text=True)
    try:
        theirs = temp_dir / os.path.basename(child.stdout.readline().strip())
        assert (theirs / "register.pdf").exists()
        assert print_copies.remove_leftovers() == 0
        assert (theirs / "register.pdf").exists()
    finally:
        child.kill()  # killed: no clean-up of its own
        child.wait()
    assert theirs.exists()
    assert print_copies.remove_leftovers() == 1
    assert not theirs.exists()


@pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt",
                    reason="symbolic links need privileges on Windows")
def test_a_link_named_like_a_print_folder_is_not_followed(temp_dir, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    (elsewhere / "keep.txt").write_text("keep")
    (temp_dir / "hat-print-link").symlink_to(elsewhere, target_is_directory=True)
    assert print_copies.remove_leftovers() == 0
    assert (elsewhere / "keep.txt").exists()
