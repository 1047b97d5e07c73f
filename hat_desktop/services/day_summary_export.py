"""The end-of-day summary printed or saved: only where the user chose (or a private
temporary copy for the PDF viewer), never over an existing file, and always in the
audit trail with the day and its figures."""

import logging
from datetime import date
from pathlib import Path
from typing import Any

from hat_desktop.domain.accounts import User
from hat_desktop.domain.day_summary import DaySummary
from hat_desktop.domain.errors import InvalidInput
from hat_desktop.domain.roles import Action
from hat_desktop.domain.times import format_date
from hat_desktop.reports import day_summary_pdf
from hat_desktop.services import anchors, print_copies
from hat_desktop.services.day_summary import summary
from hat_desktop.services.exports import write_export
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import require
from hat_desktop.services.report_catalogue import ReportSpec

log = logging.getLogger(__name__)
WHAT = "day-summary"

def file_name(day: date) -> str:
    return f"{WHAT}-{day.isoformat()}.pdf"


def audit_figures(s: DaySummary) -> dict[str, Any]:
    """What the audit trail keeps of a printed or saved summary."""
    return {
        "day": s.day.isoformat(),
        "counted_by": s.counted_by,
        "witness": s.witness,
        "sections": {
            d.section.code: {
                "opening": d.opening, "received": d.received, "doses": d.doses,
                "top_ups": d.top_ups,
                "administered": d.administered, "supplied": d.supplied,
                "mg_supplied": d.mg_supplied,
                "mg_administered": d.mg_administered, "mg_wasted": d.mg_wasted,
                "destroyed": d.destroyed, "returned": d.returned,
                "corrections": d.corrections, "corrections_in": d.corrections_in,
                "corrections_out": d.corrections_out, "closing": d.closing,
                "counted": d.counted, "late_entries": len(d.late),
            }
            for d in s.sections
        },
        "withheld": len(s.withheld),
        "lines_withheld": len(s.lines_withheld),
        "reassessed": len(s.reassessed),
        "withholdings_in_error": len(s.in_error),
        "missed": len(s.missed),
    }


def _render(reg: OpenRegister, actor: User, day: date) -> tuple[bytes, DaySummary]:
    user = require(reg, actor, Action.EXPORT_REPORTS)
    if day > reg.today():
        raise InvalidInput(f"{format_date(day)} is in the future: there is no summary yet.")
    s = summary(reg, user, day)
    data = day_summary_pdf.to_pdf(s, printed_by=user.display, printed_at=reg.now(),
                                  tz=reg.tz, anchor=anchors.chain_heads(reg))
    return data, s


def save(reg: OpenRegister, actor: User, day: date, output: Path) -> Path:
    """Write the day's summary to ``output`` (refused if it exists); audited as an export."""
    data, s = _render(reg, actor, day)
    return write_export(reg, actor, output, data, what=WHAT, format="pdf",
                        **audit_figures(s))


def print_copy(reg: OpenRegister, actor: User, day: date) -> Path:
    """The summary in a private temporary folder (only this user can read it) for the
    system's PDF viewer to print; removed when HAT Desktop closes. Audited as a print."""
    data, s = _render(reg, actor, day)
    path = write_export(reg, actor, print_copies.new_folder() / file_name(day), data,
                        what=WHAT, printed=True, format="pdf", **audit_figures(s))
    log.info("print copy of the day summary written to a private temporary folder")
    return path


def _report(reg: OpenRegister, actor: User, first: date, _last: date) -> tuple[bytes, int]:
    data, s = _render(reg, actor, first)
    return data, len(s.sections)


# For the Reports page (services.report_catalogue): the summary of one clinic day.
REPORT = ReportSpec(
    "day-summary-pdf", "End-of-day summary (PDF)",
    "One clinic day: every section's opening and closing balance with what came in and "
    "went out, the count and its sign-off, discrepancies, withheld and missed sessions, "
    "expiry warnings. Choose the day in From (To follows it).",
    "pdf", WHAT, _report, 1, one_day=True)
