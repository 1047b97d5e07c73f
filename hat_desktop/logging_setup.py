"""Logging to a rotating file in the data folder.

Log lines identify users by id and patients by clinic number only; names,
addresses, passwords and keys are never logged. Even so the log file is private to the
clinic's account (0600, in a 0700 folder) and never written through a link planted in
its place. A log that cannot be written never stops the program nor reaches the
terminal: logging then goes nowhere.
"""

import io
import logging
import logging.handlers
import os
from pathlib import Path

import platformdirs

from hat_desktop.paths import APP_AUTHOR, APP_DIR_NAME, log_dir

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
        handler = _PrivateLog(
            target, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
        _log_file = target
    except OSError:  # an unwritable or missing log folder: no log, never a traceback
        handler = _NoLog()
        _log_file = None
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    _configured = target
    return target


class _HatLogHandler(logging.handlers.RotatingFileHandler):
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
    """A rotating log file created 0600, never opened through a symbolic link."""

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
