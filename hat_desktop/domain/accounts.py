"""User accounts: value type, user-name and password rules, lockout."""

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta

from hat_desktop.domain.errors import InvalidInput, Refused
from hat_desktop.domain.roles import Role

PASSWORD_MIN_LENGTH = 10
PASSWORD_MAX_LENGTH = 256
LOCKOUT_THRESHOLD = 5
LOCKOUT_DURATION = timedelta(minutes=15)
SELF_WITNESS = ("You cannot witness your own entry: a second member of staff must sign with "
                "their own {how}.")
_USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,31}")


@dataclass(frozen=True)
class User:
    id: int
    username: str
    full_name: str
    role: Role
    active: bool
    home_office_licence: str | None = None
    professional_registration: str | None = None
    gphc_number: str | None = None
    address: str | None = None  # a prescriber's professional address, printed in the register
    failed_attempts: int = 0
    locked_until: datetime | None = None

    def is_locked(self, now: datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until

    @property
    def display(self) -> str:
        """How the user is named on screen and in print: "Jo Bloggs (nurse)"."""
        return f"{self.full_name} ({self.role.value})"


def normalise_username(raw: str) -> str:
    """User names are case-insensitive: stored and compared in lower case (and full-width
    letters typed as their ordinary ones)."""
    return unicodedata.normalize("NFKC", raw).strip().lower()


def validate_username(raw: str) -> str:
    name = normalise_username(raw)
    if not name:
        raise InvalidInput("Enter a user name.")
    if not _USERNAME.fullmatch(name):
        raise InvalidInput(
            "A user name is 2 to 32 characters: letters, digits, dots, dashes or "
            "underscores, starting with a letter or digit."
        )
    return name


def validate_password(password: str, username: str) -> str:
    if len(password) < PASSWORD_MIN_LENGTH:
        raise InvalidInput(f"The password must be at least {PASSWORD_MIN_LENGTH} characters long.")
    if len(password) > PASSWORD_MAX_LENGTH:
        raise InvalidInput(f"The password must be at most {PASSWORD_MAX_LENGTH} characters long.")
    if password.strip() != password:
        raise InvalidInput("The password must not start or end with a space.")
    if username and username.lower() in password.lower():
        raise InvalidInput("The password must not contain the user name.")
    return password


def check_typed_twice(first: str, second: str, what: str = "passwords") -> None:
    """A secret typed twice (a new password, a passphrase) must be the same both times."""
    if first != second:
        raise InvalidInput(f"The two {what} are not the same.")


WITNESS_PIN_MIN_DIGITS = 6
WITNESS_PIN_MAX_DIGITS = 12


def check_witness_pin(pin: str) -> str:
    """A personal witness PIN: 6 to 12 digits, not one digit repeated nor a run."""
    if not pin.isascii() or not pin.isdigit():
        raise InvalidInput("A witness PIN is digits only.")
    if not WITNESS_PIN_MIN_DIGITS <= len(pin) <= WITNESS_PIN_MAX_DIGITS:
        raise InvalidInput(f"A witness PIN has {WITNESS_PIN_MIN_DIGITS} to "
                           f"{WITNESS_PIN_MAX_DIGITS} digits.")
    steps = {(int(b) - int(a)) % 10 for a, b in zip(pin, pin[1:], strict=False)}
    if len(steps) == 1 and steps <= {0, 1, 9}:
        raise InvalidInput("That PIN is too easy to guess (one digit repeated, or a run such "
                           "as 123456): choose another.")
    return pin


def after_failed_attempt(failed_attempts: int, now: datetime) -> tuple[int, datetime | None]:
    """The account's counter and lock after one more wrong password."""
    attempts = failed_attempts + 1
    if attempts >= LOCKOUT_THRESHOLD:
        return attempts, now + LOCKOUT_DURATION
    return attempts, None


def refuse_self_witness(actor: User, typed_name: str, how: str = "user name and password"
                        ) -> None:
    """The one rule for every way of signing: nobody witnesses their own entry."""
    if normalise_username(typed_name) == actor.username:
        raise Refused(SELF_WITNESS.format(how=how))
