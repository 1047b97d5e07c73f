"""sections, export register, verify-page and verify-anchor."""

import sys
from typing import TYPE_CHECKING

from hat_desktop.cli.common import (
    CommandContext,
    SubParsers,
    add_range_arguments,
    export_range,
    output_path,
    say,
)
from hat_desktop.domain.register_pages import PageVerdict

if TYPE_CHECKING:
    from hat_desktop.services.register import SectionSummary

# verify-page's exit status: 0 as printed and current, 4 as printed but superseded (corrected
# or reprinted since), 1 not what the register holds (or not a page code)
VERIFY_PAGE_STATUS = {PageVerdict.MATCHES: 0, PageVerdict.SUPERSEDED: 4,
                      PageVerdict.DAMAGED: 1, PageVerdict.NOT_A_PAGE: 1}


def add(sub: SubParsers) -> None:
    p = sub.add_parser("sections", help="list the register's sections and their balances")
    p.add_argument("--format", dest="fmt", choices=("table", "csv"), default="table",
                   help="csv: code,name,unit,balance, one line per section (default: a table)")
    p.set_defaults(handler=sections, reads_only=True)

    p = sub.add_parser("verify-page", help="check a printed register page against the "
                       "register, by the code under its QR code")
    p.add_argument("code", metavar="CODE",
                   help='the page code, e.g. "HATREG2:DIAM100:3:21:30:112:3F2A…" (quote it); '
                   "exit 0 current, 4 superseded, 1 does not match")
    p.set_defaults(handler=verify_page, reads_only=True)

    p = sub.add_parser("verify-anchor", help="check the chain-head code printed on an "
                       "end-of-day summary against the register")
    p.add_argument("code", metavar="CODE",
                   help='the code under the summary\'s QR code, e.g. "HATHEADS1|…" (quote it)')
    p.set_defaults(handler=verify_anchor)


def add_export(targets: SubParsers) -> None:
    p = targets.add_parser("register", help="printed register pages (PDF) or every entry "
                           "(CSV) of one section for a date range")
    p.add_argument("--section", required=True, metavar="CODE", help="e.g. DIAM100")
    add_range_arguments(p, ("pdf", "csv"))  # as services/register_export.py takes them
    p.add_argument("--overwrite", action="store_true",
                   help="replace FILE if it already exists (refused otherwise)")
    p.set_defaults(handler=export_register)


def _name(summary: "SectionSummary") -> str:
    s = summary.section
    return f"{s.drug} {s.strength} {s.form}"


def sections(ctx: CommandContext) -> int:
    from hat_desktop.services import register, register_export

    reg = ctx.reg()
    actor = ctx.acting_user()
    if ctx.args.fmt == "csv":
        sys.stdout.write(register_export.sections_csv(reg, actor).decode("utf-8"))
        return 0
    found = register.list_sections(reg, actor)
    if not found:
        say("The register has no sections yet: a manager creates them on the Register page.")
        return 0
    table = [("Code", "Drug, strength and form", "Unit", "Balance", "Entries", "")]
    table += [(s.section.code, _name(s), s.section.unit, str(s.balance), str(s.entries),
               "closed" if s.section.closed else "") for s in found]
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    for row in table:
        cells = [cell.rjust(w) if i in (3, 4) else cell.ljust(w)
                 for i, (cell, w) in enumerate(zip(row, widths, strict=True))]
        say("  ".join(cells).rstrip())
    return 0


def export_register(ctx: CommandContext) -> int:
    from hat_desktop.services import register_export

    args = ctx.args
    first, last = export_range(args)
    output = output_path(args)
    reg = ctx.reg()
    actor = ctx.acting_user()
    path = register_export.export_register(reg, actor, args.section, first, last, args.fmt,
                                           output, overwrite=args.overwrite)
    say(str(path))
    return 0


def verify_page(ctx: CommandContext) -> int:
    from hat_desktop.services import register_export

    reg = ctx.reg()
    actor = ctx.acting_user()
    verdict, message = register_export.verify_page(reg, actor, ctx.args.code)
    say(message)
    return VERIFY_PAGE_STATUS[verdict]


def verify_anchor(ctx: CommandContext) -> int:
    from hat_desktop.services import anchors

    reg = ctx.reg()
    actor = ctx.acting_user()
    ok, message = anchors.verify_anchor(reg, actor, ctx.args.code)
    say(message)
    return 0 if ok else 1
