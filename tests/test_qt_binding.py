"""The Qt binding keeps Python's reference counts right. PySide6 6.12.0 on Python 3.11
returned None from every void method without taking a reference to it: after a few
thousand such calls (a busy clinic day makes far more) Python aborted with "Fatal Python
error: none_dealloc". Run in a fresh interpreter, which such an abort cannot take down with
the test session."""

import os
import subprocess
import sys

CALLS = 100_000
PROGRAM = f"""
import sys
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
timer, thing = QTimer(), QObject()
before = sys.getrefcount(None)
for _ in range({CALLS}):
    app.processEvents()
    timer.stop()
    thing.setObjectName("x")
print(sys.getrefcount(None) - before)
"""


def test_a_hundred_thousand_void_qt_calls_leave_none_alone():
    out = subprocess.run([sys.executable, "-c", PROGRAM], capture_output=True, text=True,
                         timeout=300, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr[-2000:]
    assert abs(int(out.stdout.strip())) < 100, out.stdout
