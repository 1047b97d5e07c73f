"""export holds, export missed-doses and export attendance-grid."""

from typing import TYPE_CHECKING

from hat_desktop.cli.common import (
    CommandContext,
    SubParsers,
    add_range_arguments,
    progress_on_stderr,
    run_export,
)

if TYPE_CHECKING:
    from hat_desktop.services.report_catalogue import ReportSpec


def add_export(targets: SubParsers) -> None:
    p = targets.add_parser("holds", help="every hold that began in the period, reviewed or "
                           "still open (CSV or PDF)")
    add_range_arguments(p, ("csv", "pdf"))
    p.set_defaults(handler=export_holds)
    p = targets.add_parser("missed-doses", help="per patient: sessions due, dosed, withheld, "
                           "missed, on hold, longest run without a dose, holds")
    add_range_arguments(p, ("csv", "pdf"))
    p.set_defaults(handler=export_missed_doses)
    p = targets.add_parser("attendance-grid", help="every patient against every day and "
                           "session, coloured by state (PDF), or as a table (CSV)")
    add_range_arguments(p, ("pdf", "csv"))
    p.set_defaults(handler=export_attendance_grid)


def _save(ctx: CommandContext, spec: "ReportSpec", noun: str) -> int:
    from hat_desktop.services import report_catalogue

    return run_export(ctx, lambda reg, actor, first, last, output: report_catalogue.save(
        reg, actor, spec, first, last, output, progress=progress_on_stderr()), noun,
        heading=f"{spec.title}: ")


def export_holds(ctx: CommandContext) -> int:
    from hat_desktop.services import attendance_reports

    spec = (attendance_reports.HOLDS_PDF if ctx.args.fmt == "pdf"
            else attendance_reports.HOLDS_CSV)
    return _save(ctx, spec, "hold(s)")


def export_missed_doses(ctx: CommandContext) -> int:
    from hat_desktop.services import attendance_reports

    spec = (attendance_reports.MISSED_DOSES_PDF if ctx.args.fmt == "pdf"
            else attendance_reports.MISSED_DOSES_CSV)
    return _save(ctx, spec, "patient(s)")


def export_attendance_grid(ctx: CommandContext) -> int:
    from hat_desktop.services import attendance_reports

    spec = (attendance_reports.COHORT_GRID_PDF if ctx.args.fmt == "pdf"
            else attendance_reports.COHORT_GRID_CSV)
    return _save(ctx, spec, "patient(s)")
