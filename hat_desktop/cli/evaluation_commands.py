"""export evaluation (the report: managers, prescribers, inspectors if the clinic allows),
export evaluation-extract and export evaluation-linkage (managers only)."""

import argparse

from hat_desktop.cli.common import CommandContext, SubParsers, add_range_arguments, run_export


def _arguments(parser: argparse.ArgumentParser, output: str) -> None:
    parser.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    parser.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    parser.add_argument("--output", required=True, metavar=output)


def add_export(targets: SubParsers) -> None:
    p = targets.add_parser(
        "evaluation", help="the evaluation report: retention, attendance, doses, outcomes "
        "and costs, with charts, a table per measure and the definitions (PDF)")
    add_range_arguments(p, ("pdf",))
    p.set_defaults(handler=export_report)
    p = targets.add_parser(
        "evaluation-extract", help="the evaluator's pseudonymised CSV files and their data "
        "dictionary, in a new folder (managers only)")
    _arguments(p, "DIR")
    p.set_defaults(handler=export_extract)
    p = targets.add_parser(
        "evaluation-linkage", help="pseudonym, clinic number and NHS number of each patient "
        "of the extract, as a separate CSV file (managers only)")
    _arguments(p, "FILE")
    p.set_defaults(handler=export_linkage)


def export_extract(ctx: CommandContext) -> int:
    from hat_desktop.services import evaluation_extract

    return run_export(ctx, evaluation_extract.export_extract, "rows of episodes, reviews and "
                      "attendance")


def export_linkage(ctx: CommandContext) -> int:
    from hat_desktop.services import evaluation_extract

    return run_export(ctx, evaluation_extract.export_linkage, "patients' linkage rows")


def export_report(ctx: CommandContext) -> int:
    from hat_desktop.services import evaluation

    return run_export(ctx, evaluation.save_report, "patient(s)",
                      heading=f"{evaluation.EVALUATION_PDF.title}: ")
