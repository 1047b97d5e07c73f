"""Verify the register, and record that it was verified."""

import logging

from hat_desktop.domain.accounts import User
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.roles import Action
from hat_desktop.services import anchors
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import require
from hat_desktop.store.verify import Progress, VerifyResult, verify

log = logging.getLogger(__name__)


def verify_register(reg: OpenRegister, actor: User, progress: Progress | None = None
                    ) -> VerifyResult:
    """The register's own checks (encryption, structure, chains, seals, balances), then a
    comparison with every retained backup and the audit record of the backups made: what
    sees the newest entries removed, an older copy of the register put back, or a chain
    rewritten with the key (services.anchors)."""
    require(reg, actor, Action.VERIFY)
    result = verify(reg.db, progress)
    if result.file_damaged:
        log.error("verify: register file damaged; nothing more written to it")
        return result
    if not result.cancelled:
        anchors.compare_with_backups(reg, result)
    with reg.db.transaction():
        reg.audit(actor, AuditAction.VERIFY, f"register:{reg.register_id}",
                  ok=result.ok, problems=len(result.problems),
                  entries=result.entries_checked, cancelled=result.cancelled,
                  compared_with=result.compared_with, backups=result.backups_compared)
    log.info("verify: %d entries, %d problems", result.entries_checked, len(result.problems))
    return result
