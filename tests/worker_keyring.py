"""A keyring of its own for each pytest-xdist worker.

gnome-keyring (42.1, as Debian and Ubuntu ship it) is not safe with several clients at
once: with two processes storing and reading keys at the same moment, the default
collection now and then vanishes for a call ("Item does not exist!", or keyring's
InitError after a create-collection prompt nobody can answer), and with four the daemon
aborts and D-Bus starts a new one with the login keyring locked. The suite's two workers
did exactly that: one CI run in many lost a key read. So each worker starts its own
private D-Bus session and gnome-keyring (unlocked, its keyring file in a folder of its
own) before any test runs, and stops both when it ends; the processes a test starts
inherit the worker's session. A worker that crashes (killed, it runs no clean-up) takes
them with it: the bus is told to end when the worker does, and gnome-keyring ends with
its bus. Run without workers, the suite uses the keyring that scripts/run-tests.sh
started.
"""

import os
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

PASSWORD = b"hat-test-keyring"


@dataclass
class WorkerKeyring:
    bus: subprocess.Popen[bytes]
    address: str

    def daemon_pid(self) -> int | None:
        """The gnome-keyring daemon on this session bus (it forks away from its starter)."""
        found = subprocess.run(
            ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
             "/org/freedesktop/DBus", "org.freedesktop.DBus.GetConnectionUnixProcessID",
             "string:org.freedesktop.secrets"],
            capture_output=True, text=True, check=False,
            env={**os.environ, "DBUS_SESSION_BUS_ADDRESS": self.address})
        for word in found.stdout.split():
            if word.isdigit():
                return int(word)
        return None

    def stop(self) -> None:
        pid = self.daemon_pid()
        if pid is not None:
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            for _ in range(25):  # until it has written its last and gone
                if not _running(pid):
                    break
                time.sleep(0.1)
        self.bus.terminate()
        self.bus.wait(timeout=10)


def _running(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status


def start(folder: Path) -> WorkerKeyring:
    """A private session bus and an unlocked gnome-keyring on it, keeping its keyring in
    ``folder``; this process (and what it starts) uses them from now on."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    # setpriv (util-linux, on every Debian) has the bus sent SIGTERM when the worker ends,
    # however it ends; not a preexec_fn, which may deadlock in a process with threads.
    bus = subprocess.Popen(
        ["setpriv", "--pdeathsig", "TERM", "--",
         "dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert bus.stdout is not None
    address = bus.stdout.readline().decode().strip()
    if not address:
        bus.kill()
        raise RuntimeError("dbus-daemon did not start a session bus for the test worker")
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address,
           "XDG_DATA_HOME": str(folder), "XDG_RUNTIME_DIR": str(folder)}
    subprocess.run(["gnome-keyring-daemon", "--unlock", "--components=secrets"],
                   input=PASSWORD, env=env, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=True, timeout=30)
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = address
    return WorkerKeyring(bus, address)
