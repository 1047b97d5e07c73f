"""A long GUI session, then quit (issue 14.15): once, after a long session, quitting
printed "Fatal Python error: none_dealloc" and aborted. The cause was the Qt binding
(tests/test_qt_binding.py: PySide6 6.12.0 returned None without a reference); this drives
the whole window for many rounds — every page, the check-in card, backups on the
background thread — quits through File > Quit (the closing backup) and checks that the
process ends cleanly, in a fresh interpreter that such an abort cannot take down with
the test session."""

import os
import subprocess
import sys

from hat_desktop.services.backup import BackupKind
from tests.command_line import ROOT

ROUNDS = 15


def test_a_long_session_quits_cleanly_with_its_closing_backup(tmp_path):
    backups = tmp_path / "usb"
    backups.mkdir()
    out = subprocess.run(
        [sys.executable, "-m", "tests.long_session", str(tmp_path / "data"),
         str(tmp_path / "sheet.pdf"), str(backups), str(ROUNDS)],
        capture_output=True, text=True, timeout=600, cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert "none_dealloc" not in out.stderr and "Fatal Python error" not in out.stderr, \
        out.stderr[-3000:]
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.strip().endswith("DONE")
    assert list(backups.glob(f"*-{BackupKind.ON_CLOSE.value}.db"))  # quit the user's way
    assert len(list(backups.glob(f"*-{BackupKind.MANUAL.value}.db"))) >= 2
