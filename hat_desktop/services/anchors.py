"""Anchors outside the register file: every retained backup, the audit record of the
backups made, and the chain heads printed on the end-of-day summary.

A key holder can rewrite a whole chain consistently, and anyone can put an older copy of
``register.db`` back: the file alone shows neither. A backup on another disk still holds
what the register held when it was made, so every retained backup must be a prefix of the
register (unless a restore recorded in the register explains it); the audit log says which
backups were made and which HAT Desktop removed, so one that has gone is reported; and the
chain heads printed on the signed day summary pin every chain as it was that day.
"""

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from hat_desktop.domain.accounts import User
from hat_desktop.domain.anchors import ChainHead, anchor_text, parse_anchor
from hat_desktop.domain.audit import AuditAction, AuditEntry
from hat_desktop.domain.errors import HatError, InvalidInput
from hat_desktop.domain.roles import Action
from hat_desktop.domain.times import format_local
from hat_desktop.services import backup
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import require
from hat_desktop.store import anchors as anchors_store
from hat_desktop.store import audit as audit_store
from hat_desktop.store.verify import VerifyResult, compare_with_copy

log = logging.getLogger(__name__)
EVERY = 1_000_000  # audit entries read when looking for backups: all of them


@dataclass(frozen=True)
class _Backup:
    path: Path
    made: datetime
    sha256: str | None  # as the audit log recorded it when it was made


def _folder(reg: OpenRegister, recorded: list[AuditEntry]) -> Path | None:
    if reg.settings.backup_folder:
        return Path(reg.settings.backup_folder).expanduser()
    targets = [e.target for e in recorded if e.target]
    return Path(targets[0]).parent if targets else None  # where the last one went


def _made(reg: OpenRegister, name: str) -> datetime | None:
    return backup.made_at(reg, name)


def _candidates(reg: OpenRegister, folder: Path | None, recorded: list[AuditEntry]
                ) -> tuple[dict[str, _Backup], list[str]]:
    """Every backup the register should be compared with, by file name: those in the
    folder and those the audit log records as made and never removed; and notes on what
    could not be looked at."""
    notes: list[str] = []
    found: dict[str, _Backup] = {}
    pruned = {Path(e.target or "").name for e in audit_store.entries(
        reg.db, actions=[AuditAction.BACKUP_PRUNED.value], limit=EVERY)}
    for entry in reversed(recorded):  # oldest first: a name made twice keeps the newest
        path = Path(entry.target or "")
        made = _made(reg, path.name)
        if made is not None and path.name not in pruned:
            found[path.name] = _Backup(path, made, str(entry.details.get("sha256") or "")
                                       or None)
    if folder is not None:
        try:
            for path in folder.iterdir():
                made = _made(reg, path.name)
                if made is not None and path.name not in found:
                    found[path.name] = _Backup(path, made, None)
        except OSError:
            notes.append(f"the backup folder {folder} cannot be read (is the USB drive "
                         "plugged in?)")
    return found, notes


def compare_with_backups(reg: OpenRegister, result: VerifyResult) -> None:
    """Compare the register with every retained backup (see the module doc); fills the
    result's problems, backup_note and verdict."""
    recorded = audit_store.entries(reg.db, actions=[AuditAction.BACKUP.value], limit=EVERY)
    folder = _folder(reg, recorded)
    if folder is None and not recorded:
        _conclude(reg, result, [], ["no backup folder is set and no backup was made"])
        return
    found, notes = _candidates(reg, folder, recorded)
    problems_before = len(result.problems)
    restores = audit_store.entries(reg.db, actions=[AuditAction.RESTORE.value], limit=1)
    explained = 0
    compared: list[_Backup] = []
    for name, made in sorted(found.items(), key=lambda item: item[1].made):
        if restores and made.made < restores[0].at and \
                name != Path(restores[0].target or "").name:
            explained += 1  # made before the restore: the abandoned register's
            continue
        if _compare_one(reg, made, result, notes):
            compared.append(made)
    if explained:
        notes.append(f"{explained} backup{'s' if explained > 1 else ''} made before the "
                     f"restore of {format_local(restores[0].at, reg.tz)} "
                     f"{'were' if explained > 1 else 'was'} not compared: that restore "
                     "explains what they hold")
    if not compared and not found and folder is not None:
        notes.append(f"there is no backup of this register in {folder}")
    _conclude(reg, result, compared, list(dict.fromkeys(notes)),  # each note once
              len(result.problems) > problems_before)


def _compare_one(reg: OpenRegister, made: _Backup, result: VerifyResult,
                 notes: list[str]) -> bool:
    """One backup: there, the file that was written, a prefix of the register."""
    when = format_local(made.made, reg.tz)
    if not made.path.exists():
        if made.path.parent.is_dir():
            result.problems.append(
                f"The backup {made.path.name} (made {when}) is missing from "
                f"{made.path.parent}: the audit log records that it was made and never "
                "removed (HAT Desktop records every backup it removes).")
        else:
            notes.append(f"the backup folder {made.path.parent} cannot be read (is the USB "
                         "drive plugged in?)")
        return False
    try:
        if made.sha256 is not None and backup.file_sha256(made.path) != made.sha256:
            result.problems.append(
                f"The backup {made.path.name} (made {when}) is not the file HAT Desktop "
                "wrote: its checksum differs from the one in the audit log.")
            return False
        copy = reg.db.read_copy(made.path)
        try:
            result.problems.extend(compare_with_copy(reg.db, copy, f"the backup of {when}"))
        finally:
            copy.close()
    except (HatError, OSError) as exc:
        log.warning("verify: a backup could not be read (%s)", type(exc).__name__)
        notes.append(f"{made.path.name} could not be read")
        return False
    return True


def _conclude(reg: OpenRegister, result: VerifyResult, compared: list[_Backup],
              notes: list[str], differences: bool = False) -> None:
    result.backups_compared = len(compared)
    if not compared:
        result.backup_note = f"Not compared with a backup: {'; '.join(notes)}."
        result.verdict_basis = ("it was compared with no backup, so an older copy put back, "
                                "or its newest entries removed, would not show")
        return
    newest = compared[-1]
    result.compared_with = newest.path.name
    when = format_local(newest.made, reg.tz)
    count = len(compared)
    lead = (f"Compared with the backup of {when} ({newest.path.name})" if count == 1
            else f"Compared with {count} backups, the newest of {when} ({newest.path.name})")
    found = (": the register does not contain everything they hold." if differences
             else f": every entry in {'it' if count == 1 else 'each'} is still in the register.")
    result.backup_note = lead + found + (f" Not compared: {'; '.join(notes)}." if notes else "")
    result.verdict_basis = (f"it matches {count} backup{'s' if count > 1 else ''}, the newest "
                            f"{when} ({newest.path.name})")


# --- the chain heads printed on the day summary -----------------------------------------------
def chain_heads(reg: OpenRegister) -> tuple[str, tuple[ChainHead, ...]]:
    """The code (QR text) pinning every chain as it is now, and the heads it lists."""
    heads = anchors_store.chain_heads(reg.db)
    return anchor_text(reg.register_id, heads), heads


def verify_anchor(reg: OpenRegister, actor: User, text: str) -> tuple[bool, str]:
    """Whether the register still holds every chain head a printed code lists, with the
    same hash: (matches?, what was found, in words). Audited."""
    require(reg, actor, Action.VERIFY)
    try:
        code = parse_anchor(text)
    except InvalidInput as exc:
        return False, str(exc)
    if not reg.register_id.startswith(code.register_prefix):
        ok, message = False, "This code is not from this register (its register id differs)."
    else:
        ok, message = _judge_heads(reg, code.heads)
    with reg.db.transaction():
        reg.audit(actor, AuditAction.VERIFY, "anchor", heads=len(code.heads), matches=ok)
    return ok, message


def _judge_heads(reg: OpenRegister, heads: tuple[ChainHead, ...]) -> tuple[bool, str]:
    wrong = []
    for head in heads:
        stored = anchors_store.stored_hash(reg.db, head.chain, head.seq)
        if stored is None:
            wrong.append(f"{head.describe()} has no entry No. {head.seq} (entries were removed, "
                         "or an older copy of the register was put back)")
        elif not stored.startswith(head.digest):
            wrong.append(f"entry No. {head.seq} of {head.describe()} is not the one printed "
                         "(the chain was rewritten)")
    if wrong:
        return False, "This code does NOT match the register: " + "; ".join(wrong) + "."
    return True, (f"This code matches the register: all {len(heads)} chains hold the entries "
                  "printed, with the same hashes, so nothing up to them was changed or "
                  "removed since.")
