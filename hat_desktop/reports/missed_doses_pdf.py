"""The missed-dose report for a date range, as printed pages (A4 portrait) and CSV.

Per patient: sessions due, dosed, withheld, missed and on hold, those away (custody,
hospital, dosed elsewhere: not due, not missed), the longest run of
days without a dose, and the holds that began in the period with their reviews."""

from collections.abc import Iterable, Sequence
from typing import TextIO
from zoneinfo import ZoneInfo

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from hat_desktop.domain.attendance_summary import HoldLine, MissedDoseReport, PatientMissedDoses
from hat_desktop.domain.times import format_date, format_local
from hat_desktop.reports.csv_cells import (
    Provenance,
    csv_bytes,
    iso_local,
    provenance_of,
    safe_cell,
    write_rows,
)
from hat_desktop.reports.page_flow import Draw, PageFlow, draw_furniture, nothing, text_lines
from hat_desktop.reports.pdf_common import (
    FONT,
    FONT_BOLD,
    wrap_text,
)
from hat_desktop.reports.wrapped_table import WrappedTable

CSV_HEADER = ["clinic_number", "patient_name", "sessions_due", "dosed", "withheld", "missed",
              "on_hold", "away", "longest_run_days", "longest_run_ended", "holds", "on_hold_now",
              "holds_from"]

WIDTH, HEIGHT = A4
MARGIN = 15 * mm
TOP = HEIGHT - 36 * mm
BOTTOM = 18 * mm
ROW_H = 6 * mm
# (heading, width in mm, state whose colours mark a non-zero count)
COLUMNS: list[tuple[str, float, str | None]] = [
    ("Clinic no.", 21, None), ("Patient", 42, None), ("Due", 11, None),
    ("Dosed", 13, None), ("Withheld", 16, "withheld"), ("Missed", 14, "missed"),
    ("On hold", 15, "on_hold"), ("Away", 13, "away"), ("Longest run", 35, None),
]
DEFINITIONS = (
    "A session is missed when its window closed with no dose and no recorded withholding; "
    "on hold when a hold was open. The longest run counts consecutive days without a dose "
    "that the patient could have attended (a session was due: missed, withheld or on hold), "
    "in full where it touches the period; a closure day, or a day with no session due, "
    "neither ends a run nor adds to it; a day away ends it. For the hold, every day without "
    "a dose counts, closure days included (tolerance falls all the same): after the "
    "clinic's hold threshold of consecutive days without a dose, dosing is refused until a "
    "prescriber records a review. Away: sessions during an absence (custody, hospital, "
    "dosed elsewhere), neither due nor missed and not counted in a run; on return after "
    "that many days without a dose, the prescriber reviews the patient before the first "
    "dose. Days suspended or discharged are like days away: not due and not counted in a "
    "run, but they count towards a hold; made active again after that many days without a "
    "dose, the patient is on hold until a prescriber records a review, before any dose."
)


def _cells(r: PatientMissedDoses, tz: ZoneInfo) -> list[object]:
    return [r.clinic_number, safe_cell(r.patient_name), r.sessions_due, r.dosed, r.withheld,
            r.missed, r.on_hold, r.away, r.longest_run,
            r.longest_run_end.isoformat() if r.longest_run_end else "", len(r.holds),
            "yes" if r.on_hold_now else "no",
            ";".join(iso_local(h.held_from, tz) for h in r.holds)]


def write_csv(out: TextIO, rows: Iterable[PatientMissedDoses], stamp: Provenance) -> int:
    """A line per patient, as the rows stream in; the number of patients."""
    return write_rows(out, CSV_HEADER, (_cells(r, stamp.tz) for r in rows), stamp)


def to_csv(report: MissedDoseReport) -> bytes:
    tz = report.heading.tz
    return csv_bytes(CSV_HEADER, (_cells(r, tz) for r in report.rows),
                     provenance_of(report.heading))


TABLE = WrappedTable([((title,), w * mm) for title, w, _ in COLUMNS], MARGIN, 8.5)


def _run_text(r: PatientMissedDoses) -> str:
    if not r.longest_run:
        return "–"
    days = "day" if r.longest_run == 1 else "days"
    ended = format_date(r.longest_run_end)[:5] if r.longest_run_end else ""
    return f"{r.longest_run} {days} (to {ended})"


def _row(r: PatientMissedDoses | None, totals: Sequence[int] = ()) -> tuple[float, Draw]:
    """A patient's row (a long name wraps, never cut; "(ON HOLD)" follows it), or with
    ``r`` None the totals; a non-zero withheld, missed, on hold or away count is filled in
    its state's colours."""
    if r is None:
        values = ["", "All patients", *[str(t) for t in totals], ""]
    else:
        name = r.patient_name + (" (ON HOLD)" if r.on_hold_now else "")
        values = [r.clinic_number, name, str(r.sessions_due), str(r.dosed), str(r.withheld),
                  str(r.missed), str(r.on_hold), str(r.away), _run_text(r)]
    states = [(i, state) for i, ((_, _, state), value) in enumerate(zip(COLUMNS, values,
                                                                         strict=True))
              if state is not None and value not in ("", "0")]
    return TABLE.row(values, bold=r is None, states=states)


def _text(lines: list[str], font: str, size: float, indent: float = 0) -> tuple[float, Draw]:
    return text_lines(lines, font, size, MARGIN + indent, 1.5 * mm)


def _hold_paragraph(r: PatientMissedDoses, h: HoldLine, report: MissedDoseReport) -> list[str]:
    tz = report.heading.tz
    dates = ", ".join(format_date(d)[:5] for d in h.days)
    text = (f"{r.clinic_number} {r.patient_name}: on hold from {format_local(h.held_from, tz)} "
            f"{h.cause}" + (f" ({dates})." if dates else "."))
    for kept in h.kept:  # a suspension or discharge at a review: the hold stayed open
        text += (f" Reviewed {format_local(kept.reviewed_at, tz)} by {kept.reviewer_name}: "
                 f"{kept.decision.label}, the hold kept open.")
        if kept.notes:
            text += f" Notes: {kept.notes}"
    if h.review is None:
        text += " Still open: dosing is refused until a prescriber records a review."
    else:
        text += (f" Reviewed {format_local(h.review.reviewed_at, tz)} by "
                 f"{h.review.reviewer_name}: {h.review.decision.label}.")
        if h.review.notes:
            text += f" Notes: {h.review.notes}"
    return wrap_text(text, FONT, 9, WIDTH - 2 * MARGIN - 4 * mm)


def _furniture(c: Canvas, flow: PageFlow, report: MissedDoseReport) -> None:
    h = report.heading
    draw_furniture(c, flow, margin=MARGIN,
                   title=f"{h.clinic_name} — missed-dose report",
                   subtitle=f"{format_date(h.first)} to {format_date(h.last)} · per patient: "
                   "sessions, days without a dose, holds",
                   printed_by=h.made_by, printed_at=h.made_at, tz=h.tz)


def to_pdf(report: MissedDoseReport) -> bytes:
    h = report.heading
    flow = PageFlow(A4, f"Missed-dose report {h.first.isoformat()} to {h.last.isoformat()}",
                    top=TOP, bottom=BOTTOM, demo=h.demo,
                    furniture=lambda c, _page: _furniture(c, flow, report))
    if report.rows:
        header = TABLE.header()
        flow.add(*header)
        for r in report.rows:
            flow.add(*_row(r), header)
        totals = [sum(getattr(r, f) for r in report.rows)
                  for f in ("sessions_due", "dosed", "withheld", "missed", "on_hold", "away")]
        flow.add(*_row(None, totals), header)
    else:
        flow.add(*_text(["No patient had a session due in this period."], FONT, 10))
    flow.add(4 * mm, nothing)
    holds = [(r, hold) for r in report.rows for hold in r.holds]
    flow.add(*_text([f"Holds that began in this period: {len(holds) or 'none'}"], FONT_BOLD,
                    11))
    continued = (ROW_H, _text(["Holds that began in this period (continued)"], FONT_BOLD, 11)[1])
    for r, hold in sorted(holds, key=lambda rh: rh[1].held_from):
        flow.add(*_text(_hold_paragraph(r, hold, report), FONT, 9, indent=2 * mm),
                 repeat_header=continued)
    flow.add(3 * mm, nothing)
    flow.add(*_text(wrap_text(DEFINITIONS, FONT, 8, WIDTH - 2 * MARGIN), FONT, 8))
    flow.finish()
    return flow.pdf
