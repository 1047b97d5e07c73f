"""Writing an export or a printout: only where the user chose, never over an existing
file, never into the register's own folder, always in the audit log."""

import errno
import io
import logging
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TextIO

from hat_desktop.domain.accounts import User
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.errors import InvalidInput, Refused
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.store import files
from hat_desktop.store.files import new_private_file, write_private_file

if TYPE_CHECKING:  # the login window imports this module, and loads no report code
    from hat_desktop.reports.csv_cells import Provenance

log = logging.getLogger(__name__)

# render(register, actor, first, last) -> (the file's contents, the rows or patients in it);
# it checks the actor's permission and the period itself.
Render = Callable[[OpenRegister, User, date, date], tuple[bytes, int]]
# progress(stage, done, total) -> keep going?
Progress = Callable[[str, int, int], bool]
# stream(register, actor, first, last, text file, progress) -> rows written: a file over any
# period, its rows written as they are made; it checks the actor's permission and the period
# itself, and raises Refused(STOPPED) when progress says stop.
Stream = Callable[[OpenRegister, User, date, date, TextIO, Progress], int]
STOPPED = "Stopped before the end: no file was written."


def keep_going(_stage: str, _done: int, _total: int) -> bool:
    return True


def provenance(reg: OpenRegister, first: date | None, last: date | None) -> "Provenance":
    """What every CSV row ends with: this clinic, now, the period, DEMO for a demo register."""
    from hat_desktop.reports.csv_cells import Provenance

    return Provenance(reg.settings.clinic_name, reg.now(), reg.tz, first, last, reg.demo)


def file_problem(target: Path, exc: OSError) -> str:
    """One sentence for a file that could not be written; a full disk says so."""
    if exc.errno == errno.ENOSPC:
        return (f"The disk holding {target.parent} is full: {target.name} was not written. "
                "Free some space on it, then try again.")
    return f"{target} could not be written ({exc.strerror or exc})."


def check_output(reg: OpenRegister, output: Path, *, overwrite: bool = False) -> Path:
    """Where an export may be written: a new file (unless ``overwrite``) in an existing
    folder outside the register's own, with a name that is valid text."""
    try:
        str(output).encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput("The file name is not valid text: choose a name made of ordinary "
                           "letters and digits.") from None
    named = Path(os.path.abspath(output.expanduser()))
    if not named.name or named.is_dir():
        raise InvalidInput(f"{named} is a folder: give a file name.")
    if not named.parent.is_dir():
        raise InvalidInput(f"The folder {named.parent} does not exist.")
    # The folder's real place; the file's own name is never followed (a link planted there
    # would send the export somewhere else).
    target = named.parent.resolve() / named.name
    if target.is_symlink():
        raise InvalidInput(f"{target} is a link to another file: choose a new file name.")
    if target.exists() and not overwrite:
        raise InvalidInput(f"{target} already exists: choose a new file name.")
    if target.is_relative_to(reg.data_dir):
        raise InvalidInput("Save exports outside the register's data folder.")
    return target


def write_export(reg: OpenRegister, actor: User, output: Path, data: bytes, *, what: str,
                 overwrite: bool = False, printed: bool = False, **details: Any) -> Path:
    """Write ``data`` and record who exported (or printed) what, where: the audit entry
    commits only once the file is in place, and a file is never left that the audit log
    does not know of (a failed audit entry stops before the write)."""
    target = check_output(reg, output, overwrite=overwrite)
    with reg.db.transaction():
        reg.audit(actor, AuditAction.PRINT if printed else AuditAction.EXPORT, what,
                  path=str(target), bytes=len(data), **details)
        try:
            write_private_file(target, data, replace=overwrite)
        except FileExistsError:
            raise InvalidInput(f"{target} already exists: choose a new file name.") from None
        except OSError as exc:
            raise Refused(file_problem(target, exc)) from None
    log.info("%s written (%d bytes)", what, len(data))
    return target


def export_rendered(reg: OpenRegister, actor: User, render: Render, first: date, last: date,
                    output: Path, *, what: str, fmt: str, printed: bool = False
                    ) -> tuple[Path, int]:
    """Render a report of the period and write it to ``output`` (never over an existing
    file); audited as an export (or a print) with its format, period and number of rows.
    Returns where it went and that number."""
    data, count = render(reg, actor, first, last)
    path = write_export(reg, actor, output, data, what=what, printed=printed, format=fmt,
                        first=first.isoformat(), last=last.isoformat(), rows=count)
    return path, count


def write_streamed(reg: OpenRegister, target: Path, write: Callable[[BinaryIO], int],
                   record: Callable[[int], None], *, replace: bool = False) -> int:
    """Write through a new private temporary file beside ``target`` (store.files), then put
    it in place in the same transaction as its audit entry (``record``, given what
    ``write`` returned): a failed or stopped export leaves nothing behind (a killed one,
    nothing after the next start), and no file is left that the audit log does not know
    of. Returns what ``write`` returned."""
    try:
        with new_private_file(target, replace=replace) as new:
            count = write(new.file)
            with reg.db.transaction():
                record(count)
                new.put_in_place()
    except FileExistsError:
        raise InvalidInput(f"{target} already exists: choose a new file name.") from None
    except OSError as exc:
        raise Refused(file_problem(target, exc)) from None
    return count


def export_streamed(reg: OpenRegister, actor: User, stream: Stream, first: date, last: date,
                    output: Path, *, what: str, fmt: str, progress: Progress | None = None
                    ) -> tuple[Path, int]:
    """Write a report of any period to ``output`` (never over an existing file) as its rows
    are made, with ``progress`` (which may stop it: nothing is then left); audited as an
    export with its format, period, size and number of rows."""
    target = check_output(reg, output)
    size = [0]

    def write(fh: BinaryIO) -> int:
        text = io.TextIOWrapper(fh, encoding="utf-8", newline="", write_through=False)
        count = stream(reg, actor, first, last, text, progress or keep_going)
        text.flush()
        size[0] = fh.tell()
        text.detach()
        return count

    def record(count: int) -> None:
        reg.audit(actor, AuditAction.EXPORT, what, path=str(target), bytes=size[0],
                  format=fmt, first=first.isoformat(), last=last.isoformat(), rows=count)

    count = write_streamed(reg, target, write, record)
    log.info("%s written as it was made (%d rows, %d bytes)", what, count, size[0])
    return target, count


def in_memory(stream: Stream) -> Render:
    """A streamed report's file as bytes, for a short period on the screen or in a test."""
    def render(reg: OpenRegister, actor: User, first: date, last: date) -> tuple[bytes, int]:
        out = io.StringIO(newline="")
        count = stream(reg, actor, first, last, out, keep_going)
        return out.getvalue().encode("utf-8"), count
    return render


def remove_partial_files() -> int:
    """Remove the half-written exports, print copies and recovery sheets of a run that was
    killed (at every start of the window and of each command)."""
    return files.remove_partial_files()
