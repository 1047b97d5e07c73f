"""export audit."""

import argparse
from pathlib import Path

from hat_desktop.cli.common import CommandContext, add_range_arguments, export_range, say
from hat_desktop.services import audit_log


def add_export(targets: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = targets.add_parser("audit", help="the audit log: who did what, when and where (CSV)")
    add_range_arguments(p, ("csv",))
    p.set_defaults(handler=export_audit)


def export_audit(ctx: CommandContext) -> int:
    first, last = export_range(ctx.args)
    clinic = ctx.clinic()
    actor = ctx.acting_user()
    path, count = audit_log.export_csv(clinic, actor, first, last, Path(ctx.args.output))
    say(f"{count} audit log entries written to:")
    say(str(path))
    return 0
