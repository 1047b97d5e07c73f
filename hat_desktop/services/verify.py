"""Verify the register, and record that it was verified."""

import logging

from hat_desktop.domain.accounts import User
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.roles import Action
from hat_desktop.services.context import Clinic
from hat_desktop.services.permissions import require
from hat_desktop.store.verify import Progress, VerifyResult, verify

log = logging.getLogger(__name__)


def verify_register(clinic: Clinic, actor: User, progress: Progress | None = None) -> VerifyResult:
    require(clinic, actor, Action.VERIFY)
    result = verify(clinic.db, progress)
    if result.file_damaged:
        log.error("verify: register file damaged; nothing more written to it")
        return result
    with clinic.db.transaction():
        clinic.audit(actor, AuditAction.VERIFY, f"register:{clinic.register_id}",
                     ok=result.ok, problems=len(result.problems),
                     entries=result.entries_checked, cancelled=result.cancelled)
    log.info("verify: %d entries, %d problems", result.entries_checked, len(result.problems))
    return result
