"""export attendance."""


from hat_desktop.cli.common import (
    CommandContext,
    SubParsers,
    add_range_arguments,
    progress_on_stderr,
    run_export,
)


def add_export(targets: SubParsers) -> None:
    p = targets.add_parser("attendance", help="one row per patient, session and day")
    add_range_arguments(p, ("csv", "pdf"))
    p.set_defaults(handler=export_attendance)


def export_attendance(ctx: CommandContext) -> int:
    from hat_desktop.services import attendance_export

    return run_export(ctx, lambda reg, actor, first, last, output: attendance_export.export(
        reg, actor, first, last, ctx.args.fmt, output, progress=progress_on_stderr()),
        "attendance rows")
