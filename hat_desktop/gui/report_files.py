"""A report of the catalogue (services.report_catalogue) saved where the user chose, or
made ready for the printer, off the GUI thread behind gui.background's progress dialog: a
streamed CSV (any period, a whole history) shows how far it has gone and may be cancelled
(nothing is then written). The Reports page and the audit log window use it alike."""

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.gui.background import run_with_progress
from hat_desktop.services import report_catalogue
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.report_catalogue import ReportSpec


def save_report(parent: QWidget | None, reg: OpenRegister, user: User, spec: ReportSpec,
                first: date, last: date, target: Path) -> tuple[Path, int] | None:
    """``spec`` of the period written to ``target``: where it went and its rows, or None
    (refused, failed or cancelled: the user was told)."""
    result = run_with_progress(
        parent, f"Writing the {spec.title}…", reg,
        lambda own, progress: report_catalogue.save(own, user, spec, first, last, target,
                                                    progress=progress),
        cancellable=spec.stream is not None)
    if result is None:
        return None
    path, count = result
    return Path(path), int(count)


def print_copy(parent: QWidget | None, reg: OpenRegister, user: User, spec: ReportSpec,
               first: date, last: date) -> Path | None:
    """``spec`` of the period as a PDF ready for the printer, or None (the user was told)."""
    path = run_with_progress(
        parent, f"Preparing the {spec.title} for printing…", reg,
        lambda own, _progress: report_catalogue.print_copy(own, user, spec, first, last),
        cancellable=False)
    return Path(path) if path is not None else None
