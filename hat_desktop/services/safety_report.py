"""The safety report of a period (PDF or CSV): adverse events per 1,000 supervised
injections, by kind, naloxone use, ambulances and transfers, post-dose readings beyond the
clinic's thresholds. On the Reports page (the catalogue) and as
``hat-desktop export safety --from D --to D --format pdf|csv --output FILE``; written only
where the user chose, never over an existing file, always in the audit log."""

from datetime import date
from pathlib import Path

from hat_desktop.domain.accounts import User
from hat_desktop.domain.dates import DateRange
from hat_desktop.domain.errors import InvalidInput
from hat_desktop.domain.roles import Action
from hat_desktop.domain.safety import (
    AdverseEvent,
    EventLine,
    ObservationReading,
    ReadingLine,
    SafetyFigures,
    SafetyReport,
    counted_figures,
    figures,
    screen_lines,
    thresholds_text,
)
from hat_desktop.domain.times import day_bounds
from hat_desktop.reports import safety_report as safety_pdf
from hat_desktop.services import drug_screens
from hat_desktop.services.exports import export_rendered, provenance
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import require
from hat_desktop.services.report_catalogue import ReportSpec
from hat_desktop.store import patients as patient_store
from hat_desktop.store import safety as safety_store

MAX_DAYS = 370
WHAT = "safety-report"


def _records(reg: OpenRegister, first: date, last: date
             ) -> tuple[list[AdverseEvent], list[ObservationReading], int]:
    """The period's events, post-dose readings and injections (doses given)."""
    start, end = day_bounds(first, reg.tz)[0], day_bounds(last, reg.tz)[1]
    return (safety_store.events_between(reg.db, start, end),
            safety_store.readings_between(reg.db, start, end),
            safety_store.injection_count(reg.db, first, last))


def report(reg: OpenRegister, actor: User, first: date, last: date) -> SafetyReport:
    """The period's figures, events and readings beyond the thresholds."""
    require(reg, actor, Action.EXPORT_REPORTS)
    DateRange.checked(first, last, max_days=MAX_DAYS, what="A safety report")
    events, readings, injections = _records(reg, first, last)
    people = {p.id: p for p in patient_store.all_patients(reg.db)}
    notes = safety_store.notes_of(reg.db, [e.id for e in events])
    return SafetyReport(
        first, last, figures(events, readings, injections),
        thresholds_text(reg.settings.release_thresholds),
        tuple(EventLine(e, people[e.patient_id].clinic_number,
                        people[e.patient_id].full_name, len(notes[e.id])) for e in events),
        tuple(ReadingLine(r, people[r.patient_id].clinic_number,
                          people[r.patient_id].full_name) for r in readings if r.beyond),
        screen_lines(drug_screens.street_heroin_negative_share(reg, actor, first, last),
                     people))


def figures_between(reg: OpenRegister, actor: User, first: date, last: date
                    ) -> SafetyFigures:
    """The safety report's figures (events per 1,000 injections, by kind...) for any period,
    however long (the evaluation's): the same counting as the report's."""
    require(reg, actor, Action.EXPORT_REPORTS)
    DateRange.checked(first, last)
    start, end = day_bounds(first, reg.tz)[0], day_bounds(last, reg.tz)[1]
    return counted_figures(safety_store.events_between(reg.db, start, end),
                           safety_store.reading_counts(reg.db, start, end),
                           safety_store.injection_count(reg.db, first, last))


def render(reg: OpenRegister, actor: User, first: date, last: date, fmt: str
           ) -> tuple[bytes, int]:
    """The file's contents and the number of events in it."""
    user = require(reg, actor, Action.EXPORT_REPORTS)
    if fmt not in ("csv", "pdf"):
        raise InvalidInput("The format is csv or pdf.")
    found = report(reg, user, first, last)
    if fmt == "csv":
        return safety_pdf.to_csv(found, provenance(reg, first, last)), len(found.events)
    return safety_pdf.to_pdf(found, clinic_name=reg.settings.clinic_name,
                             printed_by=user.display, printed_at=reg.now(), tz=reg.tz,
                             demo=reg.demo), len(found.events)


def export(reg: OpenRegister, actor: User, first: date, last: date, fmt: str, output: Path
           ) -> tuple[Path, int]:
    """Write the safety report as CSV or PDF where the user chose; audited."""
    return export_rendered(reg, actor, lambda c, a, f, t: render(c, a, f, t, fmt), first, last,
                           output, what=WHAT, fmt=fmt)


# For the Reports page (services.report_catalogue): the same two files.
REPORTS: tuple[ReportSpec, ...] = (
    ReportSpec("safety-pdf", "Safety report (PDF)",
               "Adverse events per 1,000 supervised injections, by kind; naloxone given, "
               "ambulances and hospital transfers; post-dose readings beyond the clinic's "
               "thresholds; each event and each such reading.",
               "pdf", WHAT, lambda c, a, f, t: render(c, a, f, t, "pdf"), MAX_DAYS),
    ReportSpec("safety-csv", "Safety report (CSV)",
               "The same as a spreadsheet: one row per figure, event and reading beyond the "
               "thresholds (section, item, value, detail).",
               "csv", WHAT, lambda c, a, f, t: render(c, a, f, t, "csv"), MAX_DAYS),
)
