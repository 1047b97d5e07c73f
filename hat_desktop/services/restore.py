"""Restoring a backup, and exporting the recovery key.

A backup is copied into the data folder, opened and verified there first. The acting
manager then signs in through the front door: against the register in use, whose
lockout and deactivations apply (only when that register does not open at all — the
reason to restore — against the backup, and the audit row says so). A backup older than
the register in use (records or backups made since) rolls the register back: that needs
a typed reason. Only then is the current register moved aside (never overwritten), the
copy put in its place, and the restore audited in the restored register."""

import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from hat_desktop.domain.accounts import User
from hat_desktop.domain.anchors import AUDIT
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.errors import (
    HatError,
    InvalidInput,
    PermissionDenied,
    Refused,
    RegisterUnavailable,
)
from hat_desktop.domain.register_keys import KeyMode, format_recovery_key, parse_recovery_key
from hat_desktop.domain.roles import Action, allowed
from hat_desktop.domain.text import clean_text
from hat_desktop.domain.times import format_local
from hat_desktop.services.backup import file_sha256
from hat_desktop.services.clock import Clock
from hat_desktop.services.exports import check_output, file_problem
from hat_desktop.services.open_register import OpenRegister, default_workstation
from hat_desktop.services.permissions import require
from hat_desktop.services.register_setup import open_register
from hat_desktop.store import anchors as anchors_store
from hat_desktop.store import audit as audit_store
from hat_desktop.store import keys
from hat_desktop.store import settings as settings_store
from hat_desktop.store import users as users_store
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

# sign_in(the register to sign in against) -> the acting user, authenticated there: the
# register in use, or the backup copy when the register in use does not open
SignIn = Callable[[OpenRegister], User]
REASON_FIELD = "reason for rolling the register back"
EVERY = 1_000_000  # audit entries read when looking for later backups: all of them


class RollbackNeedsReason(Refused):
    """The backup is older than the register in use: restoring it needs a typed reason."""


@dataclass(frozen=True)
class Rollback:
    """What restoring the backup takes out of the register in use."""

    records: int  # register entries and clinical records made since the backup
    later_backups: int  # backups made since (other than the one being restored)
    newest_backup: datetime | None
    other_register: bool  # the backup is of another register altogether

    def text(self, tz: ZoneInfo) -> str:
        if self.other_register:
            return ("This backup is of another register: the register in use, with "
                    f"{self.records} records, would be set aside and replaced by it.")
        parts = []
        if self.records:
            parts.append(f"{self.records} record{'s' if self.records != 1 else ''} "
                         "(register entries, doses and other clinical records) made since")
        if self.later_backups and self.newest_backup is not None:
            parts.append(f"{self.later_backups} later backup"
                         f"{'s' if self.later_backups != 1 else ''}, the newest made "
                         f"{format_local(self.newest_backup, tz)}")
        return ("This backup is older than the register in use: restoring it rolls the "
                "register back, leaving out " + " and ".join(parts) + ".")


@dataclass(frozen=True)
class RestoreResult:
    register_id: str
    set_aside: Path | None
    entries_checked: int
    key_in_keyring: bool
    signed_in_against_backup: bool = False  # the register in use did not open
    rollback: Rollback | None = None


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
            recovery_key: str | None = None, lock: RegisterLock | None = None,
            reason: str | None = None,
            before_replace: Callable[[], None] | None = None) -> RestoreResult:
    """Put ``backup`` in place of the register in ``data_dir`` (see the module doc).
    ``before_replace`` runs once the manager has signed in and every check has passed,
    just before the register in use is moved aside (the GUI closes it there)."""
    data_dir = data_dir.expanduser().resolve()
    backup = backup.expanduser().resolve()
    check_register_file(backup)
    own_lock = lock is None
    lock = lock or RegisterLock(data_dir)
    if own_lock:
        lock.acquire()
    try:
        return _restore(data_dir, backup, clock, sign_in, recovery_key, reason,
                        before_replace or (lambda: None))
    finally:
        if own_lock:
            lock.release()


@dataclass(frozen=True)
class _Approved:
    actor: User
    against_backup: bool
    rollback: Rollback | None
    reason: str | None


def _restore(data_dir: Path, backup: Path, clock: Clock, sign_in: SignIn,
             recovery_key: str | None, reason: str | None,
             before_replace: Callable[[], None]) -> RestoreResult:
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
            approved = _approve(data_dir, staged, key, sign_in, file_sha256(backup), reason)
        finally:
            copy.close()
        _remove_beside(staging)
        before_replace()
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
        _audit_restore(reg, approved, backup, set_aside, checked.entries_checked)
    finally:
        reg.close()
    log.info("register %s restored from a backup", register_id)
    return RestoreResult(register_id, set_aside, checked.entries_checked, stored,
                         approved.against_backup, approved.rollback)


def _approve(data_dir: Path, staged: OpenRegister, key: str, sign_in: SignIn, backup_sha: str,
             reason: str | None) -> _Approved:
    """The manager signed in (against the register in use when it opens), and the reason
    when the restore rolls that register back. Nothing is replaced yet."""
    live = _open_live(data_dir, staged.clock, key)
    try:
        against = live or staged
        actor = sign_in(against)
        if not allowed(actor.role, Action.RESTORE):
            raise PermissionDenied("Only a manager can restore a backup.")
        actor = require(against, actor, Action.RESTORE)
        rollback = _rollback(live, staged, backup_sha) if live is not None else None
        tz = against.tz
    finally:
        if live is not None:
            live.close()
    typed = clean_text(reason, REASON_FIELD, max_length=500, required=False)
    if rollback is not None and not typed:
        raise RollbackNeedsReason(rollback.text(tz) + " Type the reason for rolling it back; "
                                  "nothing was changed.")
    return _Approved(actor, live is None, rollback, typed or None)


def _open_live(data_dir: Path, clock: Clock, key: str) -> OpenRegister | None:
    """The register in use, opened to sign in against; None when there is none, or when it
    does not open with its keyring key or the key given (damaged, lost key)."""
    if not register_exists(data_dir):
        return None
    try:
        info = read_info(data_dir)
        check_register_file(db_path(data_dir))
    except HatError:
        log.warning("restore: the register in use cannot be read; signing in against the backup")
        return None
    candidates: list[str] = []
    if info.key_mode is KeyMode.KEYRING and keys.keyring_problem() is None:
        found = keys.load_from_keyring(info.register_id)
        if found is not None:
            candidates.append(found)
    candidates += [key] if key not in candidates else []
    for candidate in candidates:
        try:
            db = open_database(db_path(data_dir), candidate, key_source="the key")
        except HatError:
            continue
        try:
            if settings_store.register_id(db) == info.register_id:
                migrate(db)
                return OpenRegister(db=db, clock=clock, data_dir=data_dir,
                                    register_id=info.register_id,
                                    workstation=default_workstation())
        except HatError:
            pass
        db.close()
    log.warning("restore: the register in use does not open; signing in against the backup")
    return None


def _rollback(live: OpenRegister, staged: OpenRegister, backup_sha: str) -> Rollback | None:
    """What the register in use holds that the backup does not (None: nothing)."""
    live_heads = {h.chain: h.seq for h in anchors_store.chain_heads(live.db) if h.chain != AUDIT}
    if live.register_id != staged.register_id:
        return Rollback(sum(live_heads.values()), 0, None, True)
    kept = {h.chain: h.seq for h in anchors_store.chain_heads(staged.db)}
    records = sum(max(0, seq - kept.get(chain, 0)) for chain, seq in live_heads.items())
    since = audit_store.newest_time(staged.db)
    later = [e for e in audit_store.entries(live.db, actions=[AuditAction.BACKUP.value],
                                            since=since, limit=EVERY)
             if e.details.get("sha256") != backup_sha and (since is None or e.at > since)]
    if not records and not later:
        return None
    return Rollback(records, len(later), max((e.at for e in later), default=None), False)


def _audit_restore(reg: OpenRegister, approved: _Approved, backup: Path, set_aside: Path | None,
                   entries: int) -> None:
    """The restore, in the restored register (so the record survives the rollback); the
    manager named as they are in it, when they are."""
    actor = approved.actor
    here = users_store.by_username(reg.db, actor.username)
    rollback = approved.rollback
    with reg.db.transaction():
        reg.audit(here, AuditAction.RESTORE, str(backup),
                  typed_username=None if here else actor.username,
                  sha256=file_sha256(backup), set_aside=str(set_aside) if set_aside else None,
                  entries=entries,
                  signed_in_against="the backup (the register in use did not open)"
                  if approved.against_backup else "the register in use",
                  reason=approved.reason,
                  records_rolled_back=rollback.records if rollback else 0,
                  later_backups_rolled_back=rollback.later_backups if rollback else 0,
                  other_register=rollback.other_register if rollback else False)


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
