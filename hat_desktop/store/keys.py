"""Register keys: generation, the OS keyring, passphrase derivation, recovery keys.

The database is always opened with a raw 256-bit key (64 hex digits), so no
passphrase or key is ever put into SQL text by this module's callers except as
validated hex. Where the key comes from:

- keyring mode: a random key, kept in the OS keyring under service
  ``hat-desktop`` and user name = the register's id;
- passphrase mode: derived from the passphrase exactly as SQLCipher 4 derives
  it (PBKDF2-HMAC-SHA512, 256,000 iterations, the file's 16-byte salt), so the
  file is an ordinary passphrase-keyed SQLCipher database.

The recovery key printed on the recovery sheet is the raw key itself.
"""

import hashlib
import logging
import secrets
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import keyring
import keyring.errors
from keyring.backends import fail

from hat_desktop.domain.errors import InvalidInput, RegisterUnavailable
from hat_desktop.domain.register_keys import RAW_KEY, check_raw_key, parse_recovery_key
from hat_desktop.domain.register_keys import KeyMode as KeyMode  # the tests' old names
from hat_desktop.domain.register_keys import format_recovery_key as format_recovery_key
from hat_desktop.domain.register_keys import validate_passphrase as validate_passphrase

log = logging.getLogger(__name__)

KEYRING_SERVICE = "hat-desktop"
SALT_BYTES = 16
KDF_ITERATIONS = 256_000  # SQLCipher 4 default

# The keyring is another program (GNOME Keyring, Windows Credential Manager, macOS
# Keychain), and each backend fails in its own exception classes. gnome-keyring, while
# another client uses it at the same moment, now and then answers that its default
# collection does not exist, or drops a reply; a moment later it answers. So a keyring call
# that fails is made once more after RETRY_AFTER seconds, except when the user has just
# been asked and said no: the keyring locked (an unlock prompt dismissed), or a prompt to
# create a keyring dismissed (Secret Service: InitError from secretstorage's
# PromptDismissedException, named here so that no other platform needs secretstorage), or
# the call took QUICK_FAILURE seconds or more to fail (a keyring that does not answer:
# D-Bus waits 25 s for a reply, and a second wait would double the frozen screen).
RETRY_AFTER = 0.25
QUICK_FAILURE = 2.0
_T = TypeVar("_T")


def _said_no(exc: BaseException) -> bool:
    """Whether ``exc`` (or what caused it) is a prompt the user dismissed."""
    seen: BaseException | None = exc
    for _ in range(8):  # a chain is short; never loop on one that refers back to itself
        if seen is None:
            return False
        if (isinstance(seen, keyring.errors.KeyringLocked)
                or type(seen).__name__ == "PromptDismissedException"):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _keyring_call(action: Callable[[], _T], what: str) -> _T:
    started = time.monotonic()
    try:
        return action()
    except Exception as exc:  # noqa: BLE001 - any backend's failure may be for a moment
        if _said_no(exc) or time.monotonic() - started >= QUICK_FAILURE:
            raise
        log.warning("%s failed (%s); trying once more", what, type(exc).__name__)
    time.sleep(RETRY_AFTER)
    return action()


def new_raw_key() -> str:
    return secrets.token_hex(32)


def new_salt() -> bytes:
    return secrets.token_bytes(SALT_BYTES)


def derive_passphrase_key(passphrase: str, salt: bytes) -> str:
    if len(salt) != SALT_BYTES:
        raise ValueError("salt must be 16 bytes")
    return hashlib.pbkdf2_hmac(
        "sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, dklen=32
    ).hex()


def read_recovery_key_file(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RegisterUnavailable(
            f"The recovery key file {path} cannot be read ({exc.strerror or exc})."
        ) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput(f"The recovery key file {path} is not a text file.") from None
    try:
        return parse_recovery_key(text)
    except InvalidInput:
        raise InvalidInput(
            f"The file {path} does not hold a recovery key (64 letters and digits, 0-9 and A-F)."
        ) from None


def keyring_problem() -> str | None:
    """Why the OS keyring cannot hold the register key, or None when it can."""
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - any backend failure means "no usable keyring"
        log.exception("keyring backend lookup failed")
        return "The system keyring could not be reached."
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return (
            "This computer has no usable system keyring (such as Windows Credential "
            "Manager, macOS Keychain or a Secret Service like GNOME Keyring)."
        )
    return None


def store_in_keyring(register_id: str, key: str) -> None:
    check_raw_key(key)
    try:
        _keyring_call(lambda: keyring.set_password(KEYRING_SERVICE, register_id, key),
                      "storing the register key in the keyring")
    except Exception as exc:  # noqa: BLE001 - each backend fails in its own classes
        log.error("storing the register key in the keyring failed: %s", type(exc).__name__)
        raise RegisterUnavailable(
            "The register key could not be saved in this computer's keyring "
            f"({type(exc).__name__}). Nothing was changed."
        ) from None


def load_from_keyring(register_id: str) -> str | None:
    try:
        key = _keyring_call(lambda: keyring.get_password(KEYRING_SERVICE, register_id),
                            "reading the register key from the keyring")
    except Exception as exc:  # noqa: BLE001 - each backend fails in its own classes
        log.error("reading the register key from the keyring failed: %s", type(exc).__name__)
        raise RegisterUnavailable(
            "This computer's keyring could not be read, so the register cannot be opened "
            f"({type(exc).__name__}). Unlock the keyring, or use the recovery key."
        ) from None
    if key is None:
        return None
    if not RAW_KEY.fullmatch(key):
        raise RegisterUnavailable(
            "The entry for this register in the keyring is not a register key. "
            "Open the register with its recovery key instead."
        )
    return key


def delete_from_keyring(register_id: str) -> None:
    """Best effort: only a register that is gone (a create undone, a demo closed) has its
    key removed, and a key left behind opens nothing."""
    def delete() -> None:
        try:
            keyring.delete_password(KEYRING_SERVICE, register_id)
        except keyring.errors.PasswordDeleteError:
            pass  # nothing there

    try:
        _keyring_call(delete, "removing a register key from the keyring")
    except Exception as exc:  # noqa: BLE001 - each backend fails in its own classes
        log.warning("a register key could not be removed from the keyring (%s)",
                    type(exc).__name__)
