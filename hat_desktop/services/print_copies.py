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
from typing import IO

from hat_desktop.domain.errors import Refused
from hat_desktop.store.lock import try_lock

log = logging.getLogger(__name__)
PREFIX = "hat-print-"
IN_USE = ".in-use"  # locked by the run that made the folder, for as long as it runs

_folders: list[Path] = []
_locks: list[IO[bytes]] = []


def new_folder() -> Path:
    """A new private folder for one printed copy, removed when HAT Desktop closes."""
    try:
        folder = Path(tempfile.mkdtemp(prefix=PREFIX))
    except OSError as exc:
        raise Refused("No private temporary folder could be made for printing "
                      f"({exc.strerror or exc}).") from None
    _folders.append(folder)
    try:
        fh = open(folder / IN_USE, "wb")  # noqa: SIM115 - held, locked, while the run lives
    except OSError:  # the copy can still be printed; only another run's clean-up may take it
        log.warning("a print folder's in-use mark could not be written")
        return folder
    if try_lock(fh):
        _locks.append(fh)
    else:
        fh.close()
    return folder


@atexit.register
def remove_all() -> None:
    """Remove this run's print copies (at exit, and when the application quits)."""
    while _locks:
        _locks.pop().close()  # closing the file drops its lock
    while _folders:
        shutil.rmtree(_folders.pop(), ignore_errors=True)


def remove_leftovers() -> int:
    """Remove print folders an earlier run left behind (it was killed, or the power
    failed); this user's only, never this run's nor one that another running HAT
    Desktop still holds. Returns how many were removed."""
    removed = 0
    mine = set(_folders)
    for folder in Path(tempfile.gettempdir()).glob(PREFIX + "*"):
        try:
            if (folder in mine or folder.is_symlink() or not folder.is_dir()
                    or (hasattr(os, "getuid") and folder.stat().st_uid != os.getuid())):
                continue
            if _held_by_a_running_program(folder):
                continue
        except OSError:
            continue
        shutil.rmtree(folder, ignore_errors=True)
        removed += not folder.exists()
    if removed:
        log.info("removed %d print folder(s) left by an earlier run", removed)
    return removed


def _held_by_a_running_program(folder: Path) -> bool:
    try:
        fh = open(folder / IN_USE, "rb")  # noqa: SIM115 - closed below
    except FileNotFoundError:  # an older run's folder, or one killed before marking it
        return False
    with fh:
        return not try_lock(fh)  # closing the file drops the lock just taken
