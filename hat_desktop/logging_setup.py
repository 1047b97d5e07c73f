"""Logging to a rotating file in the data folder.

Log lines identify users by id and patients by clinic number only; names,
addresses, passwords and keys are never logged. Even so the log file is private to the
clinic's account (0600, in a 0700 folder) and never written through a link planted in
its place. A log that cannot be written never stops the program nor reaches the
terminal: logging then goes nowhere.

The log is set up before the login window, so this module loads only what that needs:
logging.handlers (with its socket, pickle and queue modules) is not imported, its
RotatingFileHandler's rotation is done here in a few lines, and platformdirs is loaded only
when there is no data folder to log into (issue 14, bench/bench_startup.py).
"""

import io
import logging
import os
from pathlib import Path

from hat_desktop.paths import APP_AUTHOR, APP_DIR_NAME, log_dir

MAX_BYTES = 2_000_000  # a log file is this long at most; then it is rotated
BACKUPS = 5  # hat-desktop.log.1 (the newest) ... hat-desktop.log.5 are kept

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_configured: Path | None = None
_log_file: Path | None = None


def configure(data_dir: Path | None, *, verbose: bool = False) -> Path | None:
    """Send log records to data_dir/logs/hat-desktop.log (or, while there is no
    data folder yet, the per-user log folder); returns that path.

    Nothing is ever logged to the terminal: a traceback must not reach a user.
    """
    global _configured, _log_file
    logging.raiseExceptions = False  # a failing log write is never printed to the terminal
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    if data_dir is not None and data_dir.exists():
        target = log_dir(data_dir) / "hat-desktop.log"
    else:
        import platformdirs

        target = Path(platformdirs.user_log_dir(APP_DIR_NAME, APP_AUTHOR)) / "hat-desktop.log"
    if _configured == target:
        return target
    for old in list(root.handlers):
        if isinstance(old, (_HatLogHandler, _NoLog)):
            root.removeHandler(old)
            old.close()
    handler: logging.Handler
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handler = _PrivateLog(target)
        _log_file = target
    except OSError:  # an unwritable or missing log folder: no log, never a traceback
        handler = _NoLog()
        _log_file = None
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    _configured = target
    return target


class _HatLogHandler(logging.FileHandler):
    """The handler configure() installs: a second call replaces it, never another's."""


def stop() -> None:
    """Remove what configure() installed (tests that run the command line in-process)."""
    global _configured, _log_file
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, (_HatLogHandler, _NoLog)):
            root.removeHandler(handler)
            handler.close()
    _configured = _log_file = None


def current_log_file() -> Path | None:
    """The log file being written, if there is one (messages point the user to it)."""
    return _log_file


class _NoLog(logging.NullHandler):
    """What configure() installs when the log folder cannot be written."""


class _PrivateLog(_HatLogHandler):
    """A log file created 0600, never opened through a symbolic link, rotated as
    logging.handlers.RotatingFileHandler(maxBytes=MAX_BYTES, backupCount=BACKUPS) does: a
    line that would take it to MAX_BYTES first moves hat-desktop.log to hat-desktop.log.1
    (.1 to .2 and so on; the oldest beyond BACKUPS goes)."""

    def __init__(self, target: Path) -> None:
        super().__init__(target, encoding="utf-8")

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full(record):
                self._rotate()
        except Exception:  # noqa: BLE001 - as logging does: a log problem never stops the program
            self.handleError(record)
            return
        super().emit(record)

    def _full(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False  # never rotate a device or a pipe
        self.stream.seek(0, os.SEEK_END)  # Windows reports the position otherwise
        return self.stream.tell() + len(self.format(record)) + 1 >= MAX_BYTES

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        base = self.baseFilename
        for n in range(BACKUPS - 1, 0, -1):
            if os.path.exists(f"{base}.{n}"):
                os.replace(f"{base}.{n}", f"{base}.{n + 1}")
        if os.path.exists(base):
            os.replace(base, f"{base}.1")
        self.stream = self._open()

    def _open(self) -> io.TextIOWrapper:
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(self.baseFilename, flags, 0o600)
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, 0o600)  # a log made by an earlier version stays private too
            return open(fd, "a", encoding=self.encoding, errors=self.errors)  # noqa: SIM115
        except BaseException:
            os.close(fd)
            raise

    def close(self) -> None:
        """Closing never fails the program: lines a full disk could not take are lost."""
        try:
            super().close()
        except OSError:
            self.stream = None
