"""Private temporary copies of printed documents, for the system's PDF viewer to print.

A printed page carries patient names and addresses, so each copy goes in its own
folder that only this user can read (``mkdtemp`` makes it mode 0700), named
``hat-print-*`` in the system's temporary folder. The folders are removed when HAT
Desktop closes; folders a killed or crashed run left behind are removed the next time
HAT Desktop starts (remove_leftovers)."""

import atexit
import logging
import os
import shutil
import tempfile
from pathlib import Path

from hat_desktop.domain.errors import Refused

log = logging.getLogger(__name__)
PREFIX = "hat-print-"

_folders: list[Path] = []


def new_folder() -> Path:
    """A new private folder for one printed copy, removed when HAT Desktop closes."""
    try:
        folder = Path(tempfile.mkdtemp(prefix=PREFIX))
    except OSError as exc:
        raise Refused("No private temporary folder could be made for printing "
                      f"({exc.strerror or exc}).") from None
    _folders.append(folder)
    return folder


@atexit.register
def remove_all() -> None:
    """Remove this run's print copies (at exit, and when the application quits)."""
    while _folders:
        shutil.rmtree(_folders.pop(), ignore_errors=True)


def remove_leftovers() -> int:
    """Remove print folders an earlier run left behind (it was killed, or the power
    failed); this user's only, never this run's. Returns how many were removed."""
    removed = 0
    mine = set(_folders)
    for folder in Path(tempfile.gettempdir()).glob(PREFIX + "*"):
        try:
            if (folder in mine or folder.is_symlink() or not folder.is_dir()
                    or (hasattr(os, "getuid") and folder.stat().st_uid != os.getuid())):
                continue
        except OSError:
            continue
        shutil.rmtree(folder, ignore_errors=True)
        removed += not folder.exists()
    if removed:
        log.info("removed %d print folder(s) left by an earlier run", removed)
    return removed
