"""Reports a user can save or print over a date range, described once so the Reports
page and the command line offer the same ones. Saving writes only where the user
chose, never over an existing file (services.exports); printing writes a private
temporary PDF for the system viewer. Both are in the audit log."""

import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from hat_desktop.domain.accounts import User
from hat_desktop.domain.dates import DateRange
from hat_desktop.domain.errors import InvalidInput
from hat_desktop.domain.roles import Action, allowed
from hat_desktop.services import print_copies
from hat_desktop.services.exports import (
    Progress,
    Render,
    Stream,
    export_rendered,
    export_streamed,
    in_memory,
)
from hat_desktop.services.open_register import OpenRegister

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReportSpec:
    key: str  # "missed-doses-pdf": unique, stable
    title: str  # what the Reports page lists
    description: str
    fmt: str  # "pdf" or "csv"
    what: str  # the audit log's target, and the start of the file name
    render: Render
    max_days: int | None = 370  # None: any period (the file streams)
    one_day: bool = False  # a report of one clinic day (the period's first day)
    action: Action = Action.EXPORT_REPORTS  # who may make it (the render checks it too)
    # A file of any period, written as its rows are made, with progress (render then gives
    # the same file in memory).
    stream: Stream | None = None

    def allowed_for(self, user: User) -> bool:
        """Whether ``user``'s role may make this report (the Reports page lists only
        those; the service refuses the others all the same)."""
        return allowed(user.role, self.action)

    def check_range(self, first: date, last: date) -> None:
        """Refuse a period this report cannot cover, before any work is done."""
        if self.one_day and first != last:
            raise InvalidInput(f"{self.title} is for one day: choose the same day in From "
                               "and To.")
        DateRange.checked(first, last, max_days=self.max_days, what=self.title)

    @property
    def printable(self) -> bool:
        return self.fmt == "pdf"

    def check_printable(self) -> None:
        """Refuse to print a CSV, before any work (or a printer) is asked for."""
        if not self.printable:
            raise InvalidInput(f"{self.title} is a CSV file for a spreadsheet: save it "
                               "instead of printing it.")

    def file_name(self, first: date, last: date) -> str:
        if self.one_day:
            return f"{self.what}-{first.isoformat()}.{self.fmt}"
        return f"{self.what}-{first.isoformat()}-to-{last.isoformat()}.{self.fmt}"


def streamed(key: str, title: str, description: str, what: str, stream: Stream, *,
             action: Action = Action.EXPORT_REPORTS) -> ReportSpec:
    """A CSV of any period — a clinic's whole history — written as its rows are made."""
    return ReportSpec(key, title, description, "csv", what, in_memory(stream), max_days=None,
                      action=action, stream=stream)


def all_reports() -> tuple[ReportSpec, ...]:
    """Every report over a period that the window offers (the Reports page) and the
    command line can write, in the order the Reports page lists them. The register's
    pages are per section: the Register page prints and saves them."""
    from hat_desktop.services import (  # they describe their reports with ReportSpec
        attendance_export,
        attendance_reports,
        audit_log,
        day_summary_export,
        reconciliation_export,
        safety_report,
    )
    return (*attendance_reports.REPORTS, *attendance_export.REPORTS,
            *reconciliation_export.REPORTS, day_summary_export.REPORT, *audit_log.REPORTS,
            *safety_report.REPORTS)


def save(reg: OpenRegister, actor: User, spec: ReportSpec, first: date, last: date,
         output: Path, *, progress: Progress | None = None) -> tuple[Path, int]:
    """Write the report to ``output`` (refused if it exists); audited as an export. A
    streamed report hears ``progress``, which may stop it (nothing is then written)."""
    spec.check_range(first, last)
    if spec.stream is not None:
        return export_streamed(reg, actor, spec.stream, first, last, output, what=spec.what,
                               fmt=spec.fmt, progress=progress)
    return export_rendered(reg, actor, spec.render, first, last, output, what=spec.what,
                           fmt=spec.fmt)


def print_copy(reg: OpenRegister, actor: User, spec: ReportSpec, first: date, last: date
               ) -> Path:
    """A PDF in a private temporary folder (only this user can read it), for the
    system's PDF viewer to print; removed when HAT Desktop closes. Audited as a print."""
    spec.check_printable()
    spec.check_range(first, last)
    folder = print_copies.new_folder()
    path, _count = export_rendered(reg, actor, spec.render, first, last,
                                   folder / spec.file_name(first, last), what=spec.what,
                                   fmt=spec.fmt, printed=True)
    log.info("print copy of %s written to a private temporary folder", spec.what)
    return path
