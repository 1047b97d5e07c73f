"""The stock reconciliations of a date range written to a file (CSV or PDF): only where
the user chose, never over an existing file, always in the audit log."""

from datetime import date
from pathlib import Path

from hat_desktop.domain.accounts import User
from hat_desktop.domain.dates import DateRange
from hat_desktop.domain.errors import InvalidInput
from hat_desktop.domain.roles import Action
from hat_desktop.reports import reconciliation_report
from hat_desktop.services import reconciliation
from hat_desktop.services.exports import export_rendered, provenance
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import require
from hat_desktop.services.report_catalogue import ReportSpec

MAX_DAYS = 370
WHAT = "reconciliations"


def render(reg: OpenRegister, actor: User, first: date, last: date, fmt: str
           ) -> tuple[bytes, int]:
    """The file's contents and the number of rows (section counts) in it."""
    user = require(reg, actor, Action.EXPORT_REPORTS)
    if fmt not in ("csv", "pdf"):
        raise InvalidInput("The format is csv or pdf.")
    DateRange.checked(first, last, max_days=MAX_DAYS, what="An export of reconciliations")
    rows = reconciliation.rows_between(reg, user, first, last)
    if fmt == "csv":
        return reconciliation_report.to_csv(rows, provenance(reg, first, last)), len(rows)
    return reconciliation_report.to_pdf(
        rows, clinic_name=reg.settings.clinic_name, first=first, last=last,
        printed_by=user.display, printed_at=reg.now(), tz=reg.tz, demo=reg.demo,
    ), len(rows)


def export(reg: OpenRegister, actor: User, first: date, last: date, fmt: str, output: Path
           ) -> tuple[Path, int]:
    """Write the reconciliations as CSV or PDF where the user chose; audited."""
    return export_rendered(reg, actor, lambda c, a, f, t: render(c, a, f, t, fmt), first, last,
                           output, what=WHAT, fmt=fmt)


# For the Reports page's catalogue (services.report_catalogue): the same two files.
REPORTS: tuple[ReportSpec, ...] = (
    ReportSpec("reconciliations-pdf", "Stock reconciliations (PDF)",
               "Per day and register section: the expected balance, the physical count, the "
               "difference and its status (matched, open, explained, unexplained), who "
               "counted and witnessed, and how each discrepancy was resolved.",
               "pdf", WHAT, lambda c, a, f, t: render(c, a, f, t, "pdf"), MAX_DAYS),
    ReportSpec("reconciliations-csv", "Stock reconciliations (CSV)",
               "The same as a spreadsheet: date, section, expected, counted, difference, "
               "status, counted by, witness, resolution.",
               "csv", WHAT, lambda c, a, f, t: render(c, a, f, t, "csv"), MAX_DAYS),
)
