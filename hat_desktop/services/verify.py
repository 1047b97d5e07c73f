"""Verify the register, and record that it was verified."""

import logging

from hat_desktop.domain.accounts import User
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.errors import HatError
from hat_desktop.domain.roles import Action
from hat_desktop.domain.times import format_local
from hat_desktop.services import backup
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import require
from hat_desktop.store.verify import Progress, VerifyResult, compare_with_copy, verify

log = logging.getLogger(__name__)


def verify_register(reg: OpenRegister, actor: User, progress: Progress | None = None
                    ) -> VerifyResult:
    """The register's own checks (encryption, structure, chains, balances), then a
    comparison with the newest backup: the one check that sees the newest entries
    removed or an older copy of the register put back."""
    require(reg, actor, Action.VERIFY)
    result = verify(reg.db, progress)
    if result.file_damaged:
        log.error("verify: register file damaged; nothing more written to it")
        return result
    if not result.cancelled:
        _compare_with_backup(reg, result)
    with reg.db.transaction():
        reg.audit(actor, AuditAction.VERIFY, f"register:{reg.register_id}",
                  ok=result.ok, problems=len(result.problems),
                  entries=result.entries_checked, cancelled=result.cancelled,
                  compared_with=result.compared_with)
    log.info("verify: %d entries, %d problems", result.entries_checked, len(result.problems))
    return result


def _compare_with_backup(reg: OpenRegister, result: VerifyResult) -> None:
    anchor = backup.anchor_backup(reg)
    if isinstance(anchor, str):
        result.backup_note = f"Not compared with a backup: {anchor}."
        return
    name = f"the backup of {format_local(anchor.made, reg.tz)}"
    try:
        copy = reg.db.read_copy(anchor.path)
        try:
            differences = compare_with_copy(reg.db, copy, name)
        finally:
            copy.close()
    except (HatError, OSError) as exc:
        log.warning("verify: the newest backup could not be read (%s)", type(exc).__name__)
        result.backup_note = (f"Not compared with a backup: {anchor.path.name} could not be "
                              "read.")
        return
    result.problems.extend(differences)
    result.compared_with = anchor.path.name
    result.backup_note = (f"Compared with {name} ({anchor.path.name}): "
                          + ("every entry in it is still in the register." if not differences
                             else "the register does not contain it."))
