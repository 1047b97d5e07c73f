"""export attendance."""

import argparse
from pathlib import Path

from hat_desktop.cli.common import CommandContext, add_range_arguments, export_range, say
from hat_desktop.services import attendance_export


def add_export(targets: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = targets.add_parser("attendance", help="one row per patient, session and day")
    add_range_arguments(p, ("csv", "pdf"))
    p.set_defaults(handler=export_attendance)


def export_attendance(ctx: CommandContext) -> int:
    first, last = export_range(ctx.args)
    clinic = ctx.clinic()
    actor = ctx.acting_user()
    path, count = attendance_export.export(clinic, actor, first, last, ctx.args.fmt,
                                           Path(ctx.args.output))
    say(f"{count} attendance rows written to:")
    say(str(path))
    return 0
