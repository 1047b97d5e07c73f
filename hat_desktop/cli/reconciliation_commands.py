"""export reconciliations."""


from hat_desktop.cli.common import CommandContext, SubParsers, add_range_arguments, run_export
from hat_desktop.services import reconciliation_export


def add_export(targets: SubParsers) -> None:
    p = targets.add_parser(
        "reconciliations",
        help="the end-of-day stock counts: per day and section expected, counted, difference, "
        "status (matched, explained, unexplained, open), who counted and witnessed")
    add_range_arguments(p, ("csv", "pdf"))
    p.set_defaults(handler=export_reconciliations)


def export_reconciliations(ctx: CommandContext) -> int:
    return run_export(ctx, lambda reg, actor, first, last, output: reconciliation_export.export(
        reg, actor, first, last, ctx.args.fmt, output), "reconciliation row(s)")
