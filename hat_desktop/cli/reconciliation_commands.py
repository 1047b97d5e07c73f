"""export reconciliations, export day-summary."""


from hat_desktop.cli.common import (
    CommandContext,
    SubParsers,
    add_format_argument,
    add_range_arguments,
    output_path,
    run_export,
    say,
)
from hat_desktop.domain.times import parse_iso_date


def add_export(targets: SubParsers) -> None:
    p = targets.add_parser(
        "reconciliations",
        help="the end-of-day stock counts: per day and section expected, counted, difference, "
        "status (matched, explained, unexplained, open), who counted and witnessed")
    add_range_arguments(p, ("csv", "pdf"))
    p.set_defaults(handler=export_reconciliations)

    p = targets.add_parser(
        "day-summary",
        help="the end-of-day summary of one clinic day (PDF): every movement of each section, "
        "opening + in − out = closing, the count and its sign-off, late entries, withheld and "
        "missed sessions, expiry as at that day")
    p.add_argument("--date", dest="day", required=True, metavar="YYYY-MM-DD")
    add_format_argument(p, ("pdf",))
    p.add_argument("--output", required=True, metavar="FILE")
    p.set_defaults(handler=export_day_summary)


def export_reconciliations(ctx: CommandContext) -> int:
    from hat_desktop.services import reconciliation_export

    return run_export(ctx, lambda reg, actor, first, last, output: reconciliation_export.export(
        reg, actor, first, last, ctx.args.fmt, output), "reconciliation row(s)")


def export_day_summary(ctx: CommandContext) -> int:
    from hat_desktop.services import day_summary_export

    day = parse_iso_date(ctx.args.day, "date given with --date")
    output = output_path(ctx.args)
    reg = ctx.reg()
    actor = ctx.acting_user()
    path = day_summary_export.save(reg, actor, day, output)
    say(str(path))
    return 0
