"""export reconciliations."""

import argparse
from pathlib import Path

from hat_desktop.cli.common import CommandContext, add_range_arguments, export_range, say
from hat_desktop.services import reconciliation_export


def add_export(targets: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = targets.add_parser(
        "reconciliations",
        help="the end-of-day stock counts: per day and section expected, counted, difference, "
        "status (matched, explained, unexplained, open), who counted and witnessed")
    add_range_arguments(p, ("csv", "pdf"))
    p.set_defaults(handler=export_reconciliations)


def export_reconciliations(ctx: CommandContext) -> int:
    first, last = export_range(ctx.args)
    clinic = ctx.clinic()
    actor = ctx.acting_user()
    path, count = reconciliation_export.export(clinic, actor, first, last, ctx.args.fmt,
                                               Path(ctx.args.output))
    say(f"{count} reconciliation row(s) written to:")
    say(str(path))
    return 0
