"""What the window must know about a data folder before it opens the register, at no cost:
whether the folder holds a register, whether it opens with nothing asked of the user, and
the lock that keeps one HAT Desktop per register. Nothing here touches the keyring or the
database (nor imports them), so the login window can be on screen before the register
opens (issue 14; services/register_setup.py opens it)."""

from pathlib import Path

from hat_desktop.domain.register_keys import KeyMode
from hat_desktop.store.lock import RegisterLock as RegisterLock
from hat_desktop.store.register_info import read_info
from hat_desktop.store.register_info import register_exists as register_exists


def opens_unasked(data_dir: Path, passphrase: str | None) -> bool:
    """Whether the register in ``data_dir`` is opened without asking the user anything first:
    its key is kept in a keyring (should this computer's keyring not hold it, the recovery
    key is asked for once that is known), or its passphrase is already given (the demo).
    Raises RegisterUnavailable when the folder's register.json is missing or damaged."""
    return passphrase is not None or \
        read_info(data_dir.expanduser().resolve()).key_mode is KeyMode.KEYRING
