"""Encrypted backups: written to a chosen folder, opened and verified after writing,
their checksum kept in the audit log; the live register is never touched."""

import hashlib
import logging
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path

from hat_desktop.domain.accounts import User
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.errors import HatError, InvalidInput, Refused
from hat_desktop.domain.roles import Action
from hat_desktop.services.events import Change
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import require
from hat_desktop.store import audit as audit_store
from hat_desktop.store import settings as settings_store
from hat_desktop.store.backup import export_copy
from hat_desktop.store.files import NewFile, new_private_file
from hat_desktop.store.verify import VerifyResult, verify

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], bool]
STALE_AFTER = timedelta(hours=24)


class BackupKind(StrEnum):
    MANUAL = "manual"
    DAILY = "daily"
    ON_CLOSE = "close"


@dataclass(frozen=True)
class BackupResult:
    path: Path
    sha256: str
    size: int
    entries_checked: int


STAMP = "%Y%m%d-%H%M%S"  # when a backup was made, in its file name


def _name(reg: OpenRegister, kind: BackupKind, n: int = 1) -> str:
    """The backup's file name: when it was made in UTC (``Z``), so that the hour repeated
    when the clocks go back in October names no two backups alike, and a number from the
    second backup of one kind in the same second on (``-2``, ``-3``...)."""
    stamp = reg.now().astimezone(UTC).strftime(STAMP)
    number = f"-{n}" if n > 1 else ""
    return f"hat-register-{reg.register_id[:8]}-{stamp}Z{number}-{kind.value}.db"


def _pattern(reg: OpenRegister, kind: BackupKind | None = None) -> re.Pattern[str]:
    """File names _name gives this register's backups (of ``kind``, or of any kind):
    group 1 the stamp, group 2 ``Z`` (UTC; without it, clinic time: backups made before
    the names were in UTC), group 3 the number, if any."""
    kinds = kind.value if kind else "|".join(k.value for k in BackupKind)
    return re.compile(rf"hat-register-{reg.register_id[:8]}-(\d{{8}}-\d{{6}})(Z?)"
                      rf"(?:-(\d{{1,4}}))?-(?:{kinds})\.db")


def _made(reg: OpenRegister, match: re.Match[str]) -> tuple[datetime, int]:
    """When the backup a name matched by _pattern was made, and its number (to order
    two made in one second)."""
    made = datetime.strptime(match.group(1), STAMP).replace(
        tzinfo=UTC if match.group(2) else reg.tz)
    return made, int(match.group(3) or 1)


def made_at(reg: OpenRegister, name: str) -> datetime | None:
    """When the backup of this register named ``name`` was made (None: not one)."""
    match = _pattern(reg).fullmatch(name)
    return _made(reg, match)[0] if match else None


def _backups(reg: OpenRegister, folder: Path, kind: BackupKind | None = None
             ) -> dict[Path, datetime]:
    """This register's backups in ``folder`` (of ``kind``), oldest first, with when each
    was made."""
    pattern = _pattern(reg, kind)
    found = {p: _made(reg, m) for p in folder.iterdir() if (m := pattern.fullmatch(p.name))}
    return {p: found[p][0] for p in sorted(found, key=lambda p: found[p])}


def _folder(reg: OpenRegister, folder: Path | None) -> Path:
    chosen = folder or (Path(reg.settings.backup_folder) if reg.settings.backup_folder
                        else None)
    if chosen is None:
        raise InvalidInput("No backup folder is set: choose one on the Admin page (a USB drive "
                           "or a network share).")
    chosen = chosen.expanduser().resolve()
    if not chosen.is_dir():
        raise Refused(f"The backup folder {chosen} is not there (is the USB drive plugged in?).")
    if chosen == reg.data_dir or chosen.is_relative_to(reg.data_dir):
        raise InvalidInput("Backups must go outside the register's own folder (to another "
                           "disk), or a dead disk loses both.")
    if not os.access(chosen, os.W_OK):
        raise Refused(f"HAT Desktop cannot write to the backup folder {chosen}.")
    return chosen


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def back_up(reg: OpenRegister, actor: User, folder: Path | None = None, *,
            kind: BackupKind = BackupKind.MANUAL, progress: Progress | None = None
            ) -> BackupResult:
    """Write, reopen and verify an encrypted copy. A daily or closing backup is the
    clinic's own routine and runs for whoever is logged in; a manual one needs the role."""
    if kind is BackupKind.MANUAL:
        require(reg, actor, Action.BACKUP)
    target_dir = _folder(reg, folder)
    report = progress or (lambda *_: True)
    try:
        with new_private_file(target_dir / _name(reg, kind)) as new:
            checked = _write_copy(reg, new.path, report)
            final = _put_in_place(reg, new, kind)
        report("Recording the backup", 2, 3)
    except Refused:
        raise
    except (OSError, HatError) as exc:  # the disk: full, removed, read-only...
        log.error("backup to %s failed: %s", target_dir, type(exc).__name__)
        reason = exc.message if isinstance(exc, HatError) else (exc.strerror or str(exc))
        with reg.db.transaction():
            reg.audit(actor, AuditAction.BACKUP_FAILED, str(target_dir), kind=kind.value,
                      reason=reason)
        said = f". {reason}" if isinstance(exc, HatError) else f": {reason}."
        raise Refused(f"The backup to {target_dir} failed{said} The live register was not "
                      "touched.") from None
    digest = file_sha256(final)
    size = final.stat().st_size
    with reg.db.transaction():
        reg.audit(actor, AuditAction.BACKUP, str(final), kind=kind.value, sha256=digest,
                  size=size, entries=checked.entries_checked)
        reg.publish_after_commit(Change.BACKUP)
    _prune(reg, target_dir, kind)
    report("Done", 3, 3)
    log.info("backup written (%s, %d bytes)", kind.value, size)
    return BackupResult(final, digest, size, checked.entries_checked)


def _write_copy(reg: OpenRegister, partial: Path, report: Progress) -> VerifyResult:
    """The encrypted copy written into ``partial`` (a new, empty, private file), then
    opened and verified; its SQLite side files removed again."""
    report("Writing the encrypted copy", 0, 3)
    export_copy(reg.db, partial)
    report("Opening and verifying the copy", 1, 3)
    copy = reg.db.open_copy(partial)
    try:
        copied_id = settings_store.register_id(copy)
        checked = verify(copy)
    finally:
        copy.close()
    for leftover in (partial.with_name(partial.name + "-wal"),
                     partial.with_name(partial.name + "-shm"),
                     partial.with_name(partial.name + "-journal")):
        leftover.unlink(missing_ok=True)
    if copied_id != reg.register_id or not checked.ok:
        raise Refused("The backup copy did not verify: "
                      + ("; ".join(checked.problems[:3]) or "it is not this register")
                      + ". The live register was not touched.")
    return checked


def _put_in_place(reg: OpenRegister, new: NewFile, kind: BackupKind) -> Path:
    """Give the verified copy its name: never over an existing backup (another made in
    the same second gets the next number)."""
    for n in range(1, 1000):
        new.target = new.target.with_name(_name(reg, kind, n))
        try:
            return new.put_in_place()
        except FileExistsError:
            continue
    raise Refused(f"The backup folder {new.target.parent} already holds 999 backups made in "
                  "this second; nothing was replaced.")


def _prune(reg: OpenRegister, folder: Path, kind: BackupKind) -> None:
    """Keep the newest ``backup_keep`` copies of each automatic kind; manual ones stay."""
    if kind is BackupKind.MANUAL:
        return
    copies = list(_backups(reg, folder, kind))
    for old in copies[: -reg.settings.backup_keep]:
        try:
            old.unlink()
            log.info("old %s backup removed", kind.value)
        except OSError:
            log.warning("could not remove an old backup")
            continue
        with reg.db.transaction():  # verify reports a backup gone without this record
            reg.audit(None, AuditAction.BACKUP_PRUNED, str(old), kind=kind.value)


@dataclass(frozen=True)
class Anchor:
    """The backup verify compares the register with."""
    path: Path
    made: datetime


def anchor_backup(reg: OpenRegister) -> Anchor | str:
    """The newest backup of this register in the backup folder (or, with none set, the
    folder the last backup went to), or why there is none. After a restore, only the
    backup restored and those made since count: backups of the abandoned register (made
    between the two) hold entries the restored one rightly lacks."""
    if reg.settings.backup_folder:
        folder = Path(reg.settings.backup_folder).expanduser()
    else:  # where the last backup went (backup --to)
        last = audit_store.entries(reg.db, actions=[AuditAction.BACKUP.value], limit=1)
        if not last or not last[0].target:
            return "no backup folder is set and no backup was made"
        folder = Path(last[0].target).parent
    try:
        found = _backups(reg, folder)
    except OSError:
        return f"the backup folder {folder} cannot be read (is the USB drive plugged in?)"
    restores = audit_store.entries(reg.db, actions=[AuditAction.RESTORE.value], limit=1)
    if restores:
        restored_from = Path(restores[0].target or "").name
        found = {p: made for p, made in found.items()
                 if made >= restores[0].at or p.name == restored_from}
    if not found:
        return f"there is no backup of this register in {folder}"
    newest = list(found)[-1]
    return Anchor(newest, found[newest])


def last_good_backup(reg: OpenRegister) -> datetime | None:
    found = audit_store.entries(reg.db, actions=[AuditAction.BACKUP.value], limit=1)
    return found[0].at if found else None


def backup_due(reg: OpenRegister) -> bool:
    """A daily backup is due when a folder is set and the last good one is a day old."""
    if not reg.settings.backup_folder:
        return False
    last = last_good_backup(reg)
    return last is None or reg.now() - last >= STALE_AFTER


def backup_age_text(reg: OpenRegister) -> tuple[str, bool]:
    """The status bar's text, and whether it is a warning."""
    last = last_good_backup(reg)
    if last is None:
        return "No backup yet", True
    age = reg.now() - last
    hours = int(age.total_seconds() // 3600)
    text = (f"Last good backup: {hours} h ago" if hours < 48
            else f"Last good backup: {age.days} days ago")
    return text, age >= STALE_AFTER
