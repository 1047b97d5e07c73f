"""A PC clock far ahead of the register's newest entry, confirmed by a manager.

When the app starts with the clock more than a day after the newest entry
(domain.clock_sanity), ``check_clock`` holds every write on the open register until a
manager confirms the date with their password. Checking that password writes nothing (a
failed attempt is counted here, in memory, not in the register: anything written would
be dated in the possibly wrong future). On confirmation a backup is taken first — the
register as it was before anything is dated at the new time — then the confirmation is
audited, and writes go ahead."""

import logging
from dataclasses import dataclass
from pathlib import Path

from hat_desktop.domain.accounts import LOCKOUT_THRESHOLD, User, normalise_username
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.clock_sanity import ClockProblem, clock_ahead
from hat_desktop.domain.errors import AuthenticationFailed, PermissionDenied, Refused
from hat_desktop.domain.roles import Action, allowed
from hat_desktop.domain.times import to_db
from hat_desktop.services import auth
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.store import audit as audit_store
from hat_desktop.store import users as users_store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ClockConfirmed:
    manager: User
    backup: Path | None  # the copy taken before anything was written; None: no folder set
    backup_problem: str | None


def check_clock(reg: OpenRegister) -> ClockProblem | None:
    """Whether the clock is far ahead of the newest entry (no write). If it is, every write
    on ``reg`` is refused until confirm_clock."""
    problem = clock_ahead(reg.now(), audit_store.newest_time(reg.db))
    reg.clock_unconfirmed = problem
    if problem is not None:
        log.warning("the PC's clock is more than a day ahead of the newest entry")
    return problem


def _manager(reg: OpenRegister, username: str, password: str) -> User:
    """The manager whose password this is; nothing written."""
    if not username.strip() or not password:
        raise AuthenticationFailed("Enter your user name and password.")
    tries = reg.clock_confirm_failures
    if tries >= LOCKOUT_THRESHOLD:
        raise Refused(f"{LOCKOUT_THRESHOLD} wrong passwords: correct the PC's date and time, or "
                      "restart HAT Desktop and ask a manager to confirm the date.")
    name = normalise_username(username)
    user = users_store.by_username(reg.db, name) if name else None
    stored = users_store.password_hash(reg.db, user.id) if user else None
    if user is None or not auth.secret_matches(stored, password):
        reg.clock_confirm_failures = tries + 1
        raise AuthenticationFailed(auth.WRONG_CREDENTIALS)
    if not user.active or user.is_locked(reg.now()):
        raise AuthenticationFailed("This account is deactivated or locked. Ask a manager.")
    if not allowed(user.role, Action.CHANGE_SETTINGS):
        raise PermissionDenied("Only a manager can confirm the PC's date: ask one to log in, or "
                               "correct the PC's date and time.")
    return user


def confirm_clock(reg: OpenRegister, username: str, password: str) -> ClockConfirmed:
    """A manager confirms that the date is right: back up, audit, let writes through."""
    problem = reg.clock_unconfirmed
    manager = _manager(reg, username, password)
    if problem is None:
        return ClockConfirmed(manager, None, None)
    reg.clock_confirm_failures = 0
    reg.clock_unconfirmed = None
    path, trouble = None, None
    if reg.settings.backup_folder:
        # imported here: the login window (which imports this module) comes up without the
        # backup and verify machinery (bench/bench_startup.py)
        from hat_desktop.services.backup import BackupKind, back_up

        try:  # the register as it was, before anything is dated at the new time
            path = back_up(reg, manager, kind=BackupKind.DAILY).path
        except Refused as exc:
            trouble = exc.message
    try:
        with reg.db.transaction():
            reg.audit(manager, AuditAction.CLOCK_CONFIRMED, "clock", clock=to_db(problem.now),
                      newest=to_db(problem.newest), backup=str(path) if path else None)
    except BaseException:
        reg.clock_unconfirmed = problem
        raise
    log.warning("a manager confirmed a clock more than a day ahead of the newest entry")
    return ClockConfirmed(manager, path, trouble)
