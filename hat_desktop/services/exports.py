"""Writing an export or a printout: only where the user chose, never over an existing
file, never into the register's own folder, always in the audit log."""

import errno
import logging
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hat_desktop.domain.accounts import User
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.errors import InvalidInput, Refused
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.store import files
from hat_desktop.store.files import write_private_file

if TYPE_CHECKING:  # the login window imports this module, and loads no report code
    from hat_desktop.reports.csv_cells import Provenance

log = logging.getLogger(__name__)

# render(register, actor, first, last) -> (the file's contents, the rows or patients in it);
# it checks the actor's permission and the period itself.
Render = Callable[[OpenRegister, User, date, date], tuple[bytes, int]]


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


def remove_partial_files() -> int:
    """Remove the half-written exports, print copies and recovery sheets of a run that was
    killed (at every start of the window and of each command)."""
    return files.remove_partial_files()
