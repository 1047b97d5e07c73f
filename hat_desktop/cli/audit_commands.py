"""export audit."""


from hat_desktop.cli.common import (
    CommandContext,
    SubParsers,
    add_range_arguments,
    progress_on_stderr,
    run_export,
)


def add_export(targets: SubParsers) -> None:
    p = targets.add_parser("audit", help="the audit log: who did what, when and where (CSV "
                           "or PDF)")
    add_range_arguments(p, ("csv", "pdf"))
    p.set_defaults(handler=export_audit)


def export_audit(ctx: CommandContext) -> int:
    from hat_desktop.services import audit_log

    return run_export(ctx, lambda reg, actor, first, last, output: audit_log.export(
        reg, actor, first, last, ctx.args.fmt, output, progress=progress_on_stderr()),
        "audit log entries")
