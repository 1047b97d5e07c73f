"""One HAT Desktop per register: an OS file lock in the data folder.

The operating system releases the lock when the holding process ends, however it
ends (a crash, a power cut, `kill -9`), so a stale lock never blocks the clinic.
"""

import json
import os
import sys
from pathlib import Path
from typing import IO

from hat_desktop.domain.errors import RegisterUnavailable

LOCK_FILE = ".hat-desktop.lock"


class RegisterLock:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_FILE
        self._fh: IO[str] | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Read and written in place (not "a+": appending would put the holder after the last
        # one's): the file is never emptied first, as emptying a file costs the file system a
        # journal commit (3-30 ms on ext4) before the login window (#14).
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o666)
        fh = open(fd, "r+", encoding="utf-8")  # noqa: SIM115 - held while open
        try:
            _lock(fh)
        except OSError:
            fh.seek(0)
            holder = _describe(fh.read())
            fh.close()
            raise RegisterUnavailable(
                f"HAT Desktop is already open on this register{holder}: use that window, or "
                "close it and try again."
            ) from None
        try:  # who holds it, for the refusal's sentence (a full disk leaves it unsaid)
            fh.seek(0)
            fh.write(json.dumps({"pid": os.getpid(), "host": _hostname()}))
            fh.truncate()  # what an earlier holder wrote beyond it
            fh.flush()
        except OSError:
            pass
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            try:
                _unlock(self._fh)
                self._fh.close()
            except OSError:  # the holder's details could not be written (a full disk)
                pass
            self._fh = None

    @property
    def held(self) -> bool:
        return self._fh is not None

    def __enter__(self) -> "RegisterLock":
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def try_lock(fh: IO[str] | IO[bytes]) -> bool:
    """Take an exclusive OS lock on an open file without waiting: False when another
    process holds it (the lock goes with that process, however it ends)."""
    try:
        _lock(fh)
    except OSError:
        return False
    return True


def _hostname() -> str:
    """This computer's name (socket.gethostname, without loading the socket module where
    the system gives it: the lock is taken before the login window, #14)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket  # pragma: no cover - Windows

    return socket.gethostname()


def _describe(text: str) -> str:
    try:
        info = json.loads(text)
        return f" (on {info['host']}, process {int(info['pid'])})"
    except (ValueError, KeyError, TypeError):
        return ""


if sys.platform == "win32":  # pragma: no cover - exercised on the clinic's Windows PCs
    import msvcrt

    def _lock(fh: IO[str] | IO[bytes]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(fh: IO[str] | IO[bytes]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fh: IO[str] | IO[bytes]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fh: IO[str] | IO[bytes]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
