"""Restoring a backup, and exporting the recovery key.

A backup is copied into the data folder, opened and verified there first; the
acting manager signs in against the backup; only then is the current register
moved aside (never overwritten) and the copy put in its place."""

import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hat_desktop.domain.accounts import User
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.errors import InvalidInput, PermissionDenied, Refused, RegisterUnavailable
from hat_desktop.domain.register_keys import KeyMode, format_recovery_key, parse_recovery_key
from hat_desktop.domain.roles import Action, allowed
from hat_desktop.services.backup import file_sha256
from hat_desktop.services.clock import Clock
from hat_desktop.services.exports import check_output, file_problem
from hat_desktop.services.open_register import OpenRegister, default_workstation
from hat_desktop.services.permissions import require
from hat_desktop.services.register_setup import open_register
from hat_desktop.store import keys
from hat_desktop.store import settings as settings_store
from hat_desktop.store.connection import (
    RegisterInfo,
    check_register_file,
    db_path,
    info_path,
    open_database,
    read_info,
    register_exists,
    write_info,
)
from hat_desktop.store.files import write_private_file
from hat_desktop.store.lock import RegisterLock
from hat_desktop.store.migrations import migrate
from hat_desktop.store.verify import verify

log = logging.getLogger(__name__)

# sign_in(clinic opened on the backup copy) -> the acting user, authenticated there
SignIn = Callable[[OpenRegister], User]


@dataclass(frozen=True)
class RestoreResult:
    register_id: str
    set_aside: Path | None
    entries_checked: int
    key_in_keyring: bool


def _key_for(data_dir: Path, recovery_key: str | None) -> tuple[str, str]:
    if recovery_key is not None:
        return parse_recovery_key(recovery_key), "The recovery key"
    if register_exists(data_dir):
        info = read_info(data_dir)
        if info.key_mode is KeyMode.KEYRING and keys.keyring_problem() is None:
            found = keys.load_from_keyring(info.register_id)
            if found is not None:
                return found, "The key of the current register"
    raise RegisterUnavailable("Give the recovery key from the register's recovery sheet "
                              "(--recovery-key-file) to open the backup.")


def restore(data_dir: Path, backup: Path, *, clock: Clock, sign_in: SignIn,
            recovery_key: str | None = None, lock: RegisterLock | None = None) -> RestoreResult:
    data_dir = data_dir.expanduser().resolve()
    backup = backup.expanduser().resolve()
    check_register_file(backup)
    own_lock = lock is None
    lock = lock or RegisterLock(data_dir)
    if own_lock:
        lock.acquire()
    try:
        return _restore(data_dir, backup, clock, sign_in, recovery_key)
    finally:
        if own_lock:
            lock.release()


def _restore(data_dir: Path, backup: Path, clock: Clock, sign_in: SignIn,
             recovery_key: str | None) -> RestoreResult:
    key, source = _key_for(data_dir, recovery_key)
    previous = read_info(data_dir) if info_path(data_dir).exists() else None
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    staging = data_dir / "register.db.restoring"
    for leftover in (staging, *(staging.with_name(staging.name + s)
                                for s in ("-wal", "-shm", "-journal"))):
        leftover.unlink(missing_ok=True)
    shutil.copyfile(backup, staging)
    with open(staging, "rb+") as fh:
        os.fsync(fh.fileno())
    try:
        try:
            copy = open_database(staging, key, key_source=source)
        except RegisterUnavailable:
            raise RegisterUnavailable(f"{source} does not open the backup {backup}: the key is "
                                      "wrong, or the file is damaged or not a HAT register.") \
                from None
        try:
            checked = verify(copy)
            if not checked.ok:
                raise RegisterUnavailable(f"The backup {backup} is damaged and was not restored: "
                                          + "; ".join(checked.problems[:3]))
            register_id = settings_store.register_id(copy)
            if not register_id:
                raise RegisterUnavailable(f"{backup} is not a HAT register backup.")
            migrate(copy)
            staged = OpenRegister(db=copy, clock=clock, data_dir=data_dir, register_id=register_id,
                                  workstation=default_workstation())
            actor = sign_in(staged)
            if not allowed(actor.role, Action.RESTORE):
                raise PermissionDenied("Only a manager can restore a backup.")
        finally:
            copy.close()
        _remove_beside(staging)
        set_aside = _set_aside(data_dir, clock)
        os.replace(staging, db_path(data_dir))
    except BaseException:
        staging.unlink(missing_ok=True)
        _remove_beside(staging)
        raise
    stored = keys.keyring_problem() is None
    if stored:
        keys.store_in_keyring(register_id, key)
    mode = KeyMode.KEYRING
    if not stored and previous is not None and previous.register_id == register_id:
        mode = previous.key_mode  # keep passphrase mode on a computer without a keyring
    write_info(data_dir, RegisterInfo(register_id, mode))
    reg = open_register(data_dir, clock=clock, recovery_key=None if stored else key)
    try:
        with reg.db.transaction():
            reg.audit(actor, AuditAction.RESTORE, str(backup), sha256=file_sha256(backup),
                      set_aside=str(set_aside) if set_aside else None,
                      entries=checked.entries_checked)
    finally:
        reg.close()
    log.info("register %s restored from a backup", register_id)
    return RestoreResult(register_id, set_aside, checked.entries_checked, stored)


def _remove_beside(staging: Path) -> None:
    """The journal (and any WAL files) SQLite left beside the staged copy."""
    for suffix in ("-wal", "-shm", "-journal"):
        staging.with_name(staging.name + suffix).unlink(missing_ok=True)


def _set_aside(data_dir: Path, clock: Clock) -> Path | None:
    """Move the current register (if any) into replaced-<time>/: never overwritten."""
    live = [p for p in (db_path(data_dir), info_path(data_dir)) if p.exists()]
    if not live:
        return None
    stamp = f"replaced-{clock.now():%Y%m%d-%H%M%S}"
    folder, n = data_dir / stamp, 1
    while True:  # a second restore in the same second gets its own folder
        try:
            folder.mkdir(mode=0o700)
            break
        except FileExistsError:
            n += 1
            folder = data_dir / f"{stamp}-{n}"
    base = db_path(data_dir)
    for path in (base, *(base.with_name(base.name + s) for s in ("-wal", "-shm", "-journal")),
                 info_path(data_dir)):
        if path.exists():
            os.replace(path, folder / path.name)
    return folder


def export_recovery_key(reg: OpenRegister, actor: User, output: Path) -> Path:
    """The recovery key as one line of text, the form --recovery-key-file reads."""
    manager = require(reg, actor, Action.EXPORT_RECOVERY_KEY)
    target = check_output(reg, output)
    text = format_recovery_key(reg.db.recovery_key()) + "\n"
    with reg.db.transaction():  # audited only once the file is in place
        reg.audit(manager, AuditAction.RECOVERY_KEY_EXPORTED, str(target))
        try:
            write_private_file(target, text.encode("ascii"))
        except FileExistsError:
            raise InvalidInput(f"{target} already exists: choose a new file name.") from None
        except OSError as exc:
            raise Refused(file_problem(target, exc)) from None
    log.warning("recovery key exported by user #%d", manager.id)
    return target
