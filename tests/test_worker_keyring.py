"""The keyring of a pytest-xdist worker (tests/worker_keyring.py) goes with the worker,
even one that crashed: no private D-Bus session or gnome-keyring is left running."""

import os
import subprocess
import sys
import time
from pathlib import Path

from tests import worker_keyring

ROOT = Path(__file__).resolve().parent.parent

KILLED_WORKER = """
import os, signal, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from tests import worker_keyring
import time
own = worker_keyring.start(Path(sys.argv[2]))
for _ in range(100):  # until gnome-keyring has its name on the bus
    if own.daemon_pid() is not None:
        break
    time.sleep(0.05)
print(own.bus.pid, own.daemon_pid(), flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def _gone(pids: list[int], seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not any(worker_keyring._running(pid) for pid in pids):
            return True
        time.sleep(0.1)
    return False


def test_a_killed_worker_leaves_no_bus_or_keyring_behind(tmp_path):
    out = subprocess.run([sys.executable, "-c", KILLED_WORKER, str(ROOT), str(tmp_path / "k")],
                         capture_output=True, text=True, timeout=60, check=False)
    pids = [int(word) for word in out.stdout.split() if word.isdigit()]
    assert len(pids) == 2, out.stderr  # the bus, and gnome-keyring on it
    try:
        assert _gone(pids), "the killed worker's D-Bus session or gnome-keyring still runs"
    finally:
        for pid in pids:  # started by this test: never left behind, whatever it found
            if worker_keyring._running(pid):
                os.kill(pid, 15)
