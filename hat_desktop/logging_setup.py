"""Logging to a rotating file in the data folder.

Log lines identify users by id and patients by clinic number only; names,
addresses, passwords and keys are never logged.
"""

import logging
import logging.handlers
from pathlib import Path

import platformdirs

from hat_desktop.paths import APP_AUTHOR, APP_DIR_NAME, log_dir

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_configured: Path | None = None


def configure(data_dir: Path | None, *, verbose: bool = False) -> Path | None:
    """Send log records to data_dir/logs/hat-desktop.log (or, while there is no
    data folder yet, the per-user log folder); returns that path.

    Nothing is ever logged to the terminal: a traceback must not reach a user.
    """
    global _configured
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    if data_dir is not None and data_dir.exists():
        target = log_dir(data_dir) / "hat-desktop.log"
    else:
        target = Path(platformdirs.user_log_dir(APP_DIR_NAME, APP_AUTHOR)) / "hat-desktop.log"
    if _configured == target:
        return target
    for handler in list(root.handlers):
        if isinstance(handler, _HatLogHandler):
            root.removeHandler(handler)
            handler.close()
    target.parent.mkdir(parents=True, exist_ok=True)
    handler = _HatLogHandler(target, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    _configured = target
    return target


class _HatLogHandler(logging.handlers.RotatingFileHandler):
    """The handler configure() installs: a second call replaces it, never another's."""


def current_log_file() -> Path | None:
    return _configured
