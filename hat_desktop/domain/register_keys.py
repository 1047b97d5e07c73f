"""How a register's key is kept and written down, as values and rules (no keyring, no
file): the key mode, the passphrase rule, and the recovery key's printed form.

The register is always opened with a raw 256-bit key (64 lower-case hex digits); the
recovery key printed on the recovery sheet is that key, in 16 groups of four."""

import re
from enum import StrEnum

from hat_desktop.domain.errors import InvalidInput

RAW_KEY = re.compile(r"[0-9a-f]{64}")
MIN_PASSPHRASE = 12


class KeyMode(StrEnum):
    KEYRING = "keyring"  # a random key, kept in the computer's system keyring
    PASSPHRASE = "passphrase"  # derived from a passphrase typed when the app starts


def check_raw_key(key: str) -> str:
    if not RAW_KEY.fullmatch(key):
        # Never echo the value: it may be a real key with a typo.
        raise ValueError("a raw key must be 64 lower-case hexadecimal digits")
    return key


def validate_passphrase(passphrase: str) -> str:
    if len(passphrase) < MIN_PASSPHRASE:
        raise InvalidInput(f"The register passphrase must be at least {MIN_PASSPHRASE} "
                           "characters long.")
    if any(ord(ch) < 32 for ch in passphrase):
        raise InvalidInput("The register passphrase must not contain control characters.")
    return passphrase


def format_recovery_key(key: str) -> str:
    """64 hex digits as 16 groups of 4, upper case: easy to read aloud and type."""
    key = check_raw_key(key).upper()
    return "-".join(key[i : i + 4] for i in range(0, 64, 4))


def parse_recovery_key(text: str) -> str:
    cleaned = re.sub(r"[\s-]", "", text).lower()
    if not RAW_KEY.fullmatch(cleaned):
        raise InvalidInput(
            "That is not a recovery key: a recovery key is 64 letters and digits "
            "(0-9, A-F), usually written in groups of four."
        )
    return cleaned
