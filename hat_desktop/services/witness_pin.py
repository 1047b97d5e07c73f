"""Signing as witness with a staff badge and a personal witness PIN — when the clinic
allows it (a setting): the badge (scanned: it types the user name and Enter) names the
witness, a PIN of 6 or more digits proves it is them. A routine witnessed dose then
takes a handful of keys instead of a user name and a long password.

The PIN is the witness's own, set by themselves after typing their password; it is kept
as an argon2id hash, has its own count of wrong tries (five lock the PIN — not the
account — for 15 minutes; the password still works), and every change, wrong try and
lock is in the audit log."""

import logging

from hat_desktop.domain.accounts import (
    LOCKOUT_DURATION,
    LOCKOUT_THRESHOLD,
    User,
    after_failed_attempt,
    check_witness_pin,
    normalise_username,
    refuse_self_witness,
)
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.errors import AccountLocked, AuthenticationFailed, Refused
from hat_desktop.domain.roles import Action
from hat_desktop.domain.times import format_local
from hat_desktop.services import auth
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import require
from hat_desktop.store import users as users_store
from hat_desktop.store import witness_pins as pin_store

log = logging.getLogger(__name__)

WRONG_BADGE_OR_PIN = "The badge or the PIN is not right."
NOT_ALLOWED = ("This clinic signs as witness with a user name and password only (a manager "
               "can allow badges and PINs in Sessions and thresholds).")


def has_pin(reg: OpenRegister, actor: User) -> bool:
    """Whether ``actor`` has set a witness PIN (for their own menu)."""
    return pin_store.get(reg.db, actor.id) is not None


def set_pin(reg: OpenRegister, actor: User, password: str, pin: str) -> None:
    """The user sets (or replaces) their own witness PIN, after typing their password
    (a wrong password counts towards the account's lockout, as everywhere)."""
    require(reg, actor, Action.WITNESS)
    digits = check_witness_pin(pin)
    user = auth.confirm_password(reg, actor, password)
    with reg.db.transaction():
        replaced = pin_store.get(reg.db, user.id) is not None
        pin_store.put(reg.db, user.id, auth.hash_password(digits), now=reg.now())
        reg.audit(user, AuditAction.WITNESS_PIN_SET, f"user:{user.id}", replaced=replaced)
    log.info("user #%d set a witness PIN", user.id)


def _locked_message(reg: OpenRegister, until_text: str) -> str:
    return (f"This witness PIN is locked after {LOCKOUT_THRESHOLD} wrong tries, until "
            f"{until_text}: sign with the user name and password instead.")


def _check(reg: OpenRegister, badge: str, pin: str) -> tuple[User | None, Refused | None]:
    """Inside the caller's transaction; the witness, or the refusal to raise after the
    count of wrong tries is committed."""
    name = normalise_username(badge)
    user = users_store.by_username(reg.db, name)
    stored = pin_store.get(reg.db, user.id) if user is not None else None
    if user is None or stored is None:
        auth.secret_matches(None, pin)  # as long as a real check: no hint which it was
        reg.audit(user, AuditAction.WITNESS_FAILED, typed_username=None if user else name[:64],
                  reason="no witness PIN" if user else "unknown badge", context="pin")
        if user is not None:
            return None, AuthenticationFailed(
                f"{user.full_name} has no witness PIN yet: sign with the user name and "
                "password (a PIN is set from File → Set my witness PIN…).")
        return None, AuthenticationFailed(WRONG_BADGE_OR_PIN)
    now = reg.now()
    if user.is_locked(now):
        return None, AccountLocked("This account is locked: sign with another witness.")
    if stored.locked_until is not None and now < stored.locked_until:
        reg.audit(user, AuditAction.WITNESS_FAILED, reason="PIN locked", context="pin")
        return None, AccountLocked(_locked_message(reg, format_local(stored.locked_until,
                                                                     reg.tz)[-5:]))
    so_far = 0 if stored.locked_until is not None else stored.failed_attempts
    if not auth.secret_matches(stored.pin_hash, pin):
        attempts, locked_until = after_failed_attempt(so_far, now)
        pin_store.set_failures(reg.db, user.id, attempts, locked_until)
        reg.audit(user, AuditAction.WITNESS_FAILED, reason="wrong PIN", attempts=attempts,
                  context="pin")
        if locked_until is not None:
            reg.audit(user, AuditAction.WITNESS_PIN_LOCKED,
                      minutes=int(LOCKOUT_DURATION.total_seconds() // 60))
            return None, AccountLocked(_locked_message(
                reg, format_local(locked_until, reg.tz)[-5:]))
        return None, AuthenticationFailed(WRONG_BADGE_OR_PIN)
    if not user.active:
        return None, AuthenticationFailed("This account has been deactivated. Ask a manager.")
    if stored.failed_attempts or stored.locked_until:
        pin_store.set_failures(reg.db, user.id, 0, None)
    return user, None


def authenticate(reg: OpenRegister, actor: User, badge: str, pin: str) -> User:
    """The witness named by the badge, proved by their PIN."""
    if not reg.settings.witness_pin:
        raise Refused(NOT_ALLOWED)
    if not badge.strip():
        raise AuthenticationFailed("Scan the witness's staff badge.")
    refuse_self_witness(actor, badge, "badge and PIN")
    if not pin:
        raise AuthenticationFailed("Type the witness PIN.")
    with reg.db.transaction():
        witness, refusal = _check(reg, badge, pin)
    if refusal is not None:
        raise refusal
    assert witness is not None
    auth.check_witness_role(witness)
    return witness
