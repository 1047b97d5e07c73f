"""Writing an export or a printout: only where the user chose, never over an existing
file, never into the register's own folder, always in the audit log."""

import logging
from pathlib import Path
from typing import Any

from hat_desktop.domain.accounts import User
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.errors import InvalidInput, Refused
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.store.connection import write_file_atomically

log = logging.getLogger(__name__)


def check_output(reg: OpenRegister, output: Path, *, overwrite: bool = False) -> Path:
    """Where an export may be written: a new file (unless ``overwrite``) in an existing
    folder outside the register's own, with a name that is valid text."""
    try:
        str(output).encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput("The file name is not valid text: choose a name made of ordinary "
                           "letters and digits.") from None
    target = output.expanduser().resolve()
    if target.is_dir():
        raise InvalidInput(f"{target} is a folder: give a file name.")
    if target.exists() and not overwrite:
        raise InvalidInput(f"{target} already exists: choose a new file name.")
    if not target.parent.is_dir():
        raise InvalidInput(f"The folder {target.parent} does not exist.")
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
            write_file_atomically(target, data)
        except OSError as exc:
            raise Refused(f"{target} could not be written ({exc.strerror or exc}).") from None
    log.info("%s written (%d bytes)", what, len(data))
    return target
