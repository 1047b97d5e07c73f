"""Backups as the screens run them: the work handed to a worker thread, and the
words the user reads about the outcome."""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.domain.errors import HatError
from hat_desktop.gui.background import run_with_progress
from hat_desktop.gui.messages import show_error, show_info
from hat_desktop.services.backup import BackupKind, BackupResult, back_up
from hat_desktop.services.open_register import OpenRegister

Progress = Callable[[str, int, int], bool]
UNTOUCHED = "The live register was not touched."


@dataclass(frozen=True)
class BackupOutcome:
    """A written and verified backup, or the refusal in the user's words."""

    result: BackupResult | None = None
    problem: str | None = None


def backup_work(actor: User, kind: BackupKind) -> Callable[[OpenRegister, Progress], BackupOutcome]:
    """The work for run_with_progress (or a quiet worker): a refusal is an outcome,
    so the screen can say it in its own words."""

    def work(reg: OpenRegister, progress: Progress) -> BackupOutcome:
        try:
            return BackupOutcome(result=back_up(reg, actor, kind=kind, progress=progress))
        except HatError as exc:
            return BackupOutcome(problem=str(exc))

    return work


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(size, 1) / 1024:.0f} KB"
    if size < 1024 * 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{size / (1024 * 1024 * 1024):.2f} GB"


def success_text(result: BackupResult) -> str:
    return (f"The backup was written and verified ({result.entries_checked} entries "
            f"checked).\n\nWhere: {result.path}\nSize: {size_text(result.size)}\n"
            f"SHA-256 checksum: {result.sha256}\n\nThe checksum is also in the audit log.")


def failure_text(problem: str) -> str:
    """The refusal (which names the folder and the reason), always ending with the
    promise that the live register was not touched."""
    text = problem.strip()
    return text if UNTOUCHED in text else f"{text} {UNTOUCHED}"


def back_up_now(parent: QWidget, reg: OpenRegister, actor: User) -> bool:
    """A manual backup with progress, then what happened in plain words; True if made."""
    outcome = run_with_progress(parent, "Backing up the register…", reg,
                                backup_work(actor, BackupKind.MANUAL), cancellable=False)
    if outcome is None:
        return False
    if outcome.problem:
        show_error(parent, failure_text(outcome.problem), "Backup not made")
        return False
    assert outcome.result is not None
    show_info(parent, success_text(outcome.result), "Backup made")
    return True
