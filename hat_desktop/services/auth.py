"""Logging in, witnessing, unlocking the screen: every password check, with lockout.

A wrong password is counted, and the count is committed, before the refusal
is raised: five in a row lock the account for 15 minutes whether they were
typed at the login window, the witness dialog or the lock screen.
"""

import logging
from dataclasses import dataclass

from argon2 import Parameters, PasswordHasher, Type, profiles
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from hat_desktop.domain.accounts import (
    LOCKOUT_DURATION,
    LOCKOUT_THRESHOLD,
    User,
    after_failed_attempt,
    normalise_username,
    refuse_self_witness,
)
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.errors import AccountLocked, AuthenticationFailed, Refused
from hat_desktop.domain.roles import Action, allowed
from hat_desktop.domain.times import format_local
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.store import users as users_store

log = logging.getLogger(__name__)

# argon2id with RFC 9106's low-memory profile (3 passes over 64 MiB, 4 lanes): what every
# new or changed password is hashed with, and what older hashes are upgraded to at login.
PRODUCTION_HASHING: Parameters = profiles.RFC_9106_LOW_MEMORY
# A hash of a dummy password with those parameters, verified against when the user name is
# unknown so that both cases take as long. Written out (not made at import) because making
# it took a third of a second at every start of the app and of each command.
_PRODUCTION_DUMMY_HASH = ("$argon2id$v=19$m=65536,t=3,p=4$e/jfNJWrGiayGgoyGiDfsQ$"
                          "JJxM1A1Fv5Zxwv1uTWY+vEYz45i3UvfVROn/6oVhppE")


class _Hashing:
    """The argon2id hasher in use, and a hash of a dummy password made with the same
    parameters."""

    def __init__(self, parameters: Parameters, dummy_hash: str | None = None) -> None:
        self.parameters = parameters
        self.hasher = PasswordHasher.from_parameters(parameters)
        self.dummy_hash = dummy_hash or self.hasher.hash("not a real password, only for timing")


_hashing = _Hashing(PRODUCTION_HASHING, _PRODUCTION_DUMMY_HASH)

WRONG_CREDENTIALS = "The user name or password is not right."


def use_hashing(parameters: Parameters) -> None:
    """Hash (and upgrade older hashes to) argon2id with these parameters from now on, in
    this process. The application never calls it: it hashes with PRODUCTION_HASHING. A
    test suite may choose cheaper argon2id parameters, so that creating users and
    logging in do not dominate its running time."""
    if parameters.type is not Type.ID:
        raise ValueError("passwords are hashed with argon2id only")
    global _hashing
    _hashing = _Hashing(parameters,
                        _PRODUCTION_DUMMY_HASH if parameters == PRODUCTION_HASHING else None)


def hashing() -> Parameters:
    """The argon2id parameters new password hashes are made with."""
    return _hashing.parameters


def hash_password(password: str) -> str:
    return _hashing.hasher.hash(password)


def _password_matches(stored_hash: str, password: str) -> bool:
    try:
        return _hashing.hasher.verify(stored_hash, password)
    except VerifyMismatchError:
        return False
    except (VerificationError, InvalidHashError):
        log.error("a stored password hash could not be checked")
        return False


def secret_matches(stored_hash: str | None, secret: str) -> bool:
    """A secret (a witness PIN) against its argon2id hash; with no hash, a check against
    the dummy hash so that it takes as long and matches nothing."""
    if stored_hash is None:
        _password_matches(_hashing.dummy_hash, secret)
        return False
    return _password_matches(stored_hash, secret)


@dataclass(frozen=True)
class _Outcome:
    user: User | None
    error: Refused | None


def _locked_message(reg: OpenRegister, user: User) -> str:
    assert user.locked_until is not None
    until = format_local(user.locked_until, reg.tz)[-5:]
    return (
        f"This account is locked after {LOCKOUT_THRESHOLD} wrong passwords, until {until}. "
        "A manager can unlock it now."
    )


def _check(reg: OpenRegister, username: str, password: str, *, context: str) -> _Outcome:
    """Check a password inside the caller's transaction; never raises a refusal."""
    failed_action = AuditAction.WITNESS_FAILED if context == "witness" else AuditAction.LOGIN_FAILED
    name = normalise_username(username)
    now = reg.now()
    user = users_store.by_username(reg.db, name) if name else None
    if user is None:
        _password_matches(_hashing.dummy_hash, password)
        # What was typed is not kept: it may be a password typed into the wrong box.
        reg.audit(None, failed_action, reason="unknown user", context=context)
        return _Outcome(None, AuthenticationFailed(WRONG_CREDENTIALS))
    if user.is_locked(now):
        reg.audit(user, failed_action, reason="account locked", context=context)
        return _Outcome(None, AccountLocked(_locked_message(reg, user)))
    # A lock that has run out starts the count again: one typo is not a new lock.
    failed_so_far = 0 if user.locked_until is not None else user.failed_attempts
    if not _password_matches(users_store.password_hash(reg.db, user.id), password):
        attempts, locked_until = after_failed_attempt(failed_so_far, now)
        users_store.set_failures(reg.db, user.id, attempts, locked_until)
        reg.audit(user, failed_action, reason="wrong password", attempts=attempts,
                  context=context)
        if locked_until is not None:
            reg.audit(user, AuditAction.LOCKOUT,
                      minutes=int(LOCKOUT_DURATION.total_seconds() // 60))
            log.warning("user #%d locked out after %d failed attempts", user.id, attempts)
            locked = users_store.by_id(reg.db, user.id)
            assert locked is not None
            return _Outcome(None, AccountLocked(_locked_message(reg, locked)))
        left = LOCKOUT_THRESHOLD - attempts
        hint = f" {left} more wrong {'try' if left == 1 else 'tries'} will lock the account."
        return _Outcome(None, AuthenticationFailed(WRONG_CREDENTIALS + (hint if left <= 2 else "")))
    if not user.active:
        reg.audit(user, failed_action, reason="account deactivated", context=context)
        return _Outcome(None, AuthenticationFailed(
            "This account has been deactivated. Ask a manager."))
    if user.failed_attempts or user.locked_until:
        users_store.set_failures(reg.db, user.id, 0, None)
    if _hashing.hasher.check_needs_rehash(users_store.password_hash(reg.db, user.id)):
        users_store.set_password_hash(reg.db, user.id, hash_password(password), now)
    fresh = users_store.by_id(reg.db, user.id)
    return _Outcome(fresh, None)


def _run(reg: OpenRegister, username: str, password: str, context: str) -> User:
    with reg.db.transaction():
        outcome = _check(reg, username, password, context=context)
        if outcome.user is not None and context == "login":
            reg.audit(outcome.user, AuditAction.LOGIN)
    if outcome.error is not None:
        raise outcome.error
    assert outcome.user is not None
    return outcome.user


def login(reg: OpenRegister, username: str, password: str) -> User:
    if not username.strip():
        raise AuthenticationFailed("Enter your user name.")
    if not password:
        raise AuthenticationFailed("Enter your password.")
    user = _run(reg, username, password, "login")
    log.info("user #%d logged in", user.id)
    return user


def logout(reg: OpenRegister, user: User) -> None:
    with reg.db.transaction():
        reg.audit(user, AuditAction.LOGOUT)


def authenticate_witness(reg: OpenRegister, actor: User, username: str, password: str) -> User:
    """The second member of staff countersigning ``actor``'s action."""
    if not username.strip():
        raise AuthenticationFailed("The witness must enter their user name.")
    refuse_self_witness(actor, username)
    if not password:
        raise AuthenticationFailed("The witness must enter their password.")
    witness = _run(reg, username, password, "witness")
    check_witness_role(witness)
    return witness


def check_witness_role(witness: User) -> None:
    """Whether the signer's role may witness (whatever they signed with)."""
    if not allowed(witness.role, Action.WITNESS):
        article = "An" if witness.role.value[0] in "aeiou" else "A"
        raise Refused(f"{article} {witness.role.value} cannot witness entries in the register.")


def confirm_password(reg: OpenRegister, user: User, password: str) -> User:
    """The logged-in user proves it is still them (counts towards lockout)."""
    if not password:
        raise AuthenticationFailed("Enter your password.")
    return _run(reg, user.username, password, "confirm")


def unlock_screen(reg: OpenRegister, user: User, password: str) -> User:
    """The locked screen's owner proves it is still them."""
    unlocked = confirm_password(reg, user, password)
    with reg.db.transaction():
        reg.audit(unlocked, AuditAction.SCREEN_UNLOCKED)
    return unlocked


def screen_locked(reg: OpenRegister, user: User) -> None:
    with reg.db.transaction():
        reg.audit(user, AuditAction.SCREEN_LOCKED)
