"""Writing a file that holds patient data or key material: the one way every writer does it.

A new file is written under a temporary name in the target's own folder: a file that
cannot already exist (``mkstemp``: O_CREAT | O_EXCL, mode 0600, readable by the clinic's
account only), so a file or a symbolic link planted under that name is never written
through. Once complete and on disk (fsync) it is renamed into place atomically: without
``replace``, by a hard link that fails when the target exists (a planted link at the
target is never followed, and an existing file is never overwritten); with ``replace``,
by a rename, which replaces a link itself and never what it points to.

While a temporary file exists a marker naming it is kept in the per-user state folder,
locked by the writing process. A writer that is killed leaves its marker unlocked (the
operating system drops the lock with the process), and remove_partial_files, run at the
next start, deletes the half-written file it names.
"""

import errno
import logging
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from hat_desktop.paths import APP_AUTHOR, APP_DIR_NAME
from hat_desktop.store.lock import try_lock

log = logging.getLogger(__name__)

PARTIAL_PREFIX = ".hat-partial-"
_MARKER_SUFFIX = ".partial"
_NO_HARD_LINKS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.ENOSYS,
                  errno.EMLINK}


def markers_dir() -> Path:
    """Where the markers of files being written are kept (the user's state folder)."""
    import platformdirs  # not before the login window (#14): nothing is written by then

    return Path(platformdirs.user_state_dir(APP_DIR_NAME, APP_AUTHOR)) / "partial-files"


class NewFile:
    """A file being written: ``file`` to write to, ``path`` its temporary name (for a
    writer that opens it itself, such as SQLite), ``put_in_place()`` once complete."""

    def __init__(self, target: Path, *, replace: bool) -> None:
        self.target = target
        self.replace = replace
        self._marker = _Marker()
        try:
            handle, name = tempfile.mkstemp(prefix=PARTIAL_PREFIX, dir=target.parent)
        except BaseException:
            self._marker.remove()
            raise
        self.path = Path(name)
        self.file: BinaryIO = os.fdopen(handle, "wb")
        self._marker.name(self.path)
        self.placed = False

    def put_in_place(self) -> Path:
        """Flush it to disk and give it its name: refused (FileExistsError) when the
        target exists and ``replace`` was not asked for (``target`` may then be changed
        and this called again)."""
        if not self.file.closed:
            self.file.flush()
            os.fsync(self.file.fileno())  # also what another writer (SQLite) put in it
            self.file.close()
        if self.replace:
            os.replace(self.path, self.target)
        else:
            _link_new(self.path, self.target)
        self.placed = True
        _sync_folder(self.target.parent)
        return self.target

    def discard(self) -> None:
        if not self.file.closed:
            self.file.close()
        if not self.placed:
            try:
                self.path.unlink(missing_ok=True)
            except OSError:
                log.warning("a partial file could not be removed; it goes at the next start")
                return
        self._marker.remove()


@contextmanager
def new_private_file(target: Path, *, replace: bool = False) -> Iterator[NewFile]:
    """Write ``target`` as a new private file (see the module's docstring); whatever
    happens before ``put_in_place()``, nothing is left behind."""
    new = NewFile(target, replace=replace)
    try:
        yield new
    finally:
        new.discard()


def write_private_file(target: Path, data: bytes, *, replace: bool = False) -> Path:
    """``data`` as the private file ``target``, in one step."""
    with new_private_file(target, replace=replace) as new:
        new.file.write(data)
        return new.put_in_place()


def _link_new(source: Path, target: Path) -> None:
    """Give ``source`` the name ``target`` only if nothing (no file, no link) has it."""
    try:
        os.link(source, target, follow_symlinks=False)
    except OSError as exc:
        if exc.errno not in _NO_HARD_LINKS:
            raise
        # A drive without hard links (FAT, some network shares): rename, refusing an
        # existing name (a check then a rename: the best such a drive allows).
        if os.path.lexists(target):
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target)) from None
        os.rename(source, target)
        return
    os.unlink(source)


def _sync_folder(folder: Path) -> None:
    """The new name on disk too (POSIX; Windows has no folder handles to flush)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class _Marker:
    """A small locked file naming one partial file, while it is being written."""

    def __init__(self) -> None:
        self._fh: BinaryIO | None = None
        self._path: Path | None = None
        try:
            folder = markers_dir()
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            handle, name = tempfile.mkstemp(suffix=_MARKER_SUFFIX, dir=folder)
            self._fh = os.fdopen(handle, "r+b")
            self._path = Path(name)
            if not try_lock(self._fh):  # a new file nobody else has opened yet
                raise OSError("marker lock")
        except OSError:
            log.warning("no marker for a partial file could be kept")
            self.remove()

    def name(self, partial: Path) -> None:
        if self._fh is not None:
            self._fh.write(os.fsencode(partial))
            self._fh.flush()

    def remove(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        if self._path is not None:
            self._path.unlink(missing_ok=True)
            self._path = None


def remove_partial_files() -> int:
    """Delete the half-written files of writers that were killed (their markers are no
    longer locked); returns how many. Files being written right now are left alone."""
    try:
        markers = sorted(markers_dir().glob("*" + _MARKER_SUFFIX))
    except OSError:
        return 0
    removed = 0
    for marker in markers:
        try:
            removed += _clear(marker)
        except OSError:
            log.warning("a partial-file marker could not be read")
    if removed:
        log.info("removed %d partial file(s) left by a writer that was stopped", removed)
    return removed


def _clear(marker: Path) -> int:
    with open(marker, "r+b") as fh:
        if not try_lock(fh):
            return 0  # its writer is still at work
        named = fh.read()
        if not named and time.time() - marker.stat().st_mtime < 60:
            return 0  # being set up this very moment
        gone = _remove_partial(Path(os.fsdecode(named))) if named else 0
    marker.unlink(missing_ok=True)
    return gone


def _remove_partial(partial: Path) -> int:
    """Remove a partial file we made: by its prefix, a plain file (never a link), ours."""
    if not partial.name.startswith(PARTIAL_PREFIX):
        return 0
    try:
        info = partial.lstat()
    except FileNotFoundError:
        return 0
    if partial.is_symlink() or not partial.is_file():
        return 0
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        return 0
    partial.unlink()
    for suffix in ("-journal", "-wal", "-shm"):  # SQLite's, beside a backup being written
        partial.with_name(partial.name + suffix).unlink(missing_ok=True)
    return 1
