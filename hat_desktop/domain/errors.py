"""Errors a user can cause, each carrying a message written for that user.

Anything that is not a HatError is a bug: it is logged with its traceback and
the user sees a short apology instead.
"""


class HatError(Exception):
    """Base of every error whose message may be shown to the user as is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class RegisterUnavailable(HatError):
    """The register cannot be opened (missing, wrong key, damaged). CLI exit 2."""


class RegisterDamaged(RegisterUnavailable):
    """The register file (or a backup copy) is damaged: only a backup brings it back."""


class WrongKey(RegisterUnavailable):
    """The key or passphrase given does not open the file (no page of it reads with it)."""


class StorageFailed(HatError):
    """The disk did not let the register be read or written; the transaction was rolled
    back, so nothing was written. CLI exit 1."""


class DiskFull(StorageFailed):
    """The disk holding the register (or the backup being written) is full."""


class StorageReadOnly(StorageFailed):
    """The file or its folder may not be written to."""


class StorageBusy(StorageFailed):
    """Another program holds the register's file lock for longer than we wait."""


class Refused(HatError):
    """An action was refused; nothing was written. CLI exit 1."""


class InvalidInput(Refused):
    """Input that does not make sense (empty, negative, malformed...)."""


class PermissionDenied(Refused):
    """The acting user's role does not allow the action."""


class SignedOut(PermissionDenied):
    """The acting user was deactivated or locked out after logging in: their session ends
    at their next action (the window returns to the login screen)."""


class ClockWrong(Refused):
    """The PC's clock is earlier than the register's newest entry: nothing is written
    until it is corrected."""


class AuthenticationFailed(Refused):
    """Wrong user name or password."""


class AccountLocked(Refused):
    """Too many failed attempts: the account is locked for a while."""


class DoseRefused(Refused):
    """A dose that must not be given."""
