"""export safety: the safety report of a period (adverse events, naloxone, transfers,
post-dose readings beyond the thresholds)."""

from hat_desktop.cli.common import CommandContext, SubParsers, add_range_arguments, run_export


def add_export(targets: SubParsers) -> None:
    p = targets.add_parser(
        "safety",
        help="the safety report: adverse events per 1,000 supervised injections, by kind, "
        "naloxone given, ambulances and hospital transfers, post-dose readings beyond the "
        "clinic's thresholds")
    add_range_arguments(p, ("pdf", "csv"))
    p.set_defaults(handler=export_safety)


def export_safety(ctx: CommandContext) -> int:
    from hat_desktop.services import safety_report

    return run_export(ctx, lambda reg, actor, first, last, output: safety_report.export(
        reg, actor, first, last, ctx.args.fmt, output), "adverse event(s)")
