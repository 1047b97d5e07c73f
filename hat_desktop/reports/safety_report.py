"""The safety report for a period, as CSV and as printed pages (A4 portrait): adverse
events per 1,000 supervised injections, by kind, naloxone use, ambulances and transfers,
post-dose readings beyond the clinic's thresholds, and each event and each such reading.

The CSV is one table of four columns (section, item, value, detail), then the provenance
columns every CSV ends with: the summary figures first, then one row per event and per
reading beyond the thresholds, so a spreadsheet filters it by section."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from hat_desktop.domain.safety import SafetyReport, mg_text, rate_text
from hat_desktop.domain.times import format_date, format_local
from hat_desktop.reports.csv_cells import Provenance, csv_bytes, iso_local, safe_cell
from hat_desktop.reports.page_flow import Draw, PageFlow, draw_furniture
from hat_desktop.reports.pdf_common import (
    FONT,
    FONT_BOLD,
    FONT_CONDENSED,
    FONT_CONDENSED_BOLD,
    HEAD_FILL,
    RULE,
    wrap_whole,
)

CSV_HEADER = ["section", "item", "value", "detail"]
WIDTH, HEIGHT = A4
MARGIN = 15 * mm
TOP = HEIGHT - 36 * mm
BOTTOM = 18 * mm
LINE_H = 4.0 * mm
SIZE = 8.5


# --- CSV ------------------------------------------------------------------------------------
def to_csv(report: SafetyReport, stamp: Provenance) -> bytes:
    tz = stamp.tz
    f = report.figures
    rows: list[list[object]] = [
        ["period", "from", report.first.isoformat(), ""],
        ["period", "to", report.last.isoformat(), ""],
        ["summary", "injections", f.injections, "supervised doses given"],
        ["summary", "events", f.events, ""],
        ["summary", "events_per_1000_injections",
         "" if f.per_thousand is None else f"{f.per_thousand:.2f}", ""],
        ["summary", "overdoses_per_1000_injections",
         "" if f.overdoses_per_thousand is None else f"{f.overdoses_per_thousand:.2f}", ""],
    ]
    rows += [["by_kind", kind.value, count, kind.label] for kind, count in f.by_kind]
    rows += [
        ["naloxone", "events_with_naloxone", f.naloxone_events, ""],
        ["naloxone", "doses_given", f.naloxone_doses, ""],
        ["naloxone", "total_mg", mg_text(f.naloxone_micrograms).removesuffix(" mg"), ""],
        ["response", "ambulances_called", f.ambulances, ""],
        ["response", "hospital_transfers", f.transfers, ""],
        ["response", "holds_for_prescriber_review", f.holds, ""],
        ["readings", "taken", f.readings, "post-dose readings"],
        ["readings", "beyond_thresholds", f.readings_beyond, report.thresholds],
    ]
    for line in report.events:
        e = line.event
        rows.append(["event", e.number, iso_local(e.facts.occurred_at, tz), safe_cell(
            f"{line.clinic_number} {line.patient_name}: {e.summary}"
            + (f"; ON HOLD ({e.hold_reason})" if e.hold_reason else "")
            + (f"; {line.notes} note(s)" if line.notes else ""))])
    for r in report.beyond:
        rows.append(["reading_beyond", r.clinic_number, iso_local(r.reading.at, tz),
                     safe_cell(r.reading.summary + ("; released with a second person's "
                                                    "confirmation" if r.reading.released
                                                    else "; kept in observation"))])
    for s in report.screens:
        rows.append(["screens_negative_street_heroin", s.label, s.share_text, s.detail])
    return csv_bytes(CSV_HEADER, rows, stamp)


# --- PDF ------------------------------------------------------------------------------------
def _text(text: str, font: str = FONT, size: float = 10) -> tuple[float, Draw]:
    lines = [line for part in text.split("\n")
             for line in wrap_whole(part, font, size, WIDTH - 2 * MARGIN)]

    def draw(c: Canvas, y: float) -> None:
        c.setFont(font, size)
        for i, line in enumerate(lines):
            c.drawString(MARGIN, y - i * size * 1.35, line)

    return len(lines) * size * 1.35 + 2 * mm, draw


Columns = Sequence[tuple[str, float]]  # title, width in mm (the last takes the rest)


def _widths(columns: Columns) -> list[float]:
    fixed = [w * mm for _, w in columns[:-1]]
    return [*fixed, WIDTH - 2 * MARGIN - sum(fixed)]


def _header(columns: Columns) -> tuple[float, Draw]:
    def draw(c: Canvas, y: float) -> None:
        c.setFillColorRGB(HEAD_FILL.red, HEAD_FILL.green, HEAD_FILL.blue)
        c.rect(MARGIN, y - 1.8 * mm, WIDTH - 2 * MARGIN, 6 * mm, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(FONT_CONDENSED_BOLD, SIZE)
        x = MARGIN
        for (title, _), w in zip(columns, _widths(columns), strict=True):
            c.drawString(x + 1.5, y, title)
            x += w
    return 6 * mm, draw


def _row(columns: Columns, values: Sequence[str]) -> tuple[float, Draw]:
    cells = [wrap_whole(v, FONT_CONDENSED, SIZE, w - 3) or [""]
             for v, w in zip(values, _widths(columns), strict=True)]
    height = max(len(lines) for lines in cells) * LINE_H + 1.8 * mm

    def draw(c: Canvas, y: float) -> None:
        c.setFont(FONT_CONDENSED, SIZE)
        x = MARGIN
        for lines, w in zip(cells, _widths(columns), strict=True):
            for i, line in enumerate(lines):
                c.drawString(x + 1.5, y - i * LINE_H, line)
            x += w
        c.setStrokeColor(RULE)
        bottom = y - height + 2.6 * mm
        c.line(MARGIN, bottom, WIDTH - MARGIN, bottom)

    return height, draw


def _table(flow: PageFlow, columns: Columns, rows: Sequence[Sequence[str]]) -> None:
    header = _header(columns)
    flow.add(*header, keep_with_next=LINE_H * 2)
    for values in rows:
        flow.add(*_row(columns, values), header)


def _summary(report: SafetyReport) -> str:
    f = report.figures
    kinds = "; ".join(f"{kind.label}: {count}" for kind, count in f.by_kind if count) or "none"
    return (f"Supervised injections: {f.injections}. Adverse events: {f.events} "
            f"({rate_text(f.per_thousand)}); opioid overdoses "
            f"{rate_text(f.overdoses_per_thousand)}."
            f"\nBy kind: {kinds}."
            f"\nNaloxone given at {f.naloxone_events} event(s): {f.naloxone_doses} dose(s), "
            f"{mg_text(f.naloxone_micrograms)} in all. Ambulance called {f.ambulances} time(s); "
            f"taken to hospital {f.transfers} time(s); {f.holds} hold(s) for a prescriber's "
            "review."
            f"\nPost-dose readings: {f.readings}, of which {f.readings_beyond} beyond the "
            f"thresholds ({report.thresholds}).")


EVENT_COLUMNS = (("No.", 13), ("When", 24), ("Patient", 34), ("What happened and was done",
                                                                0))
READING_COLUMNS = (("When", 24), ("Patient", 34), ("Reading", 0))
SCREEN_COLUMNS = (("Patient or week", 60), ("Negative for street heroin", 40), ("Screens", 0))


def to_pdf(report: SafetyReport, *, clinic_name: str, printed_by: str, printed_at: datetime,
           tz: ZoneInfo, demo: bool) -> bytes:
    first, last = report.first, report.last

    def furniture(c: Canvas, _page: int) -> None:
        draw_furniture(c, flow, margin=MARGIN, title=f"{clinic_name} — safety report",
                       subtitle=f"{format_date(first)} to {format_date(last)} · adverse "
                       "events, naloxone, transfers, post-dose readings",
                       printed_by=printed_by, printed_at=printed_at, tz=tz)

    flow = PageFlow(A4, f"Safety report {first.isoformat()} to {last.isoformat()}", top=TOP,
                    bottom=BOTTOM, demo=demo, furniture=furniture)
    flow.add(*_text(_summary(report)))
    flow.add(*_text("Adverse events", FONT_BOLD, 11))
    if report.events:
        _table(flow, EVENT_COLUMNS, [
            [line.event.number, format_local(line.event.facts.occurred_at, tz),
             f"{line.clinic_number} {line.patient_name}",
             line.event.summary + "."
             + (f" ON HOLD for a prescriber's review: {line.event.hold_reason}."
                if line.event.hold_reason else "")
             + f" Responders: {line.event.facts.responders}."
             + (f" {line.notes} note(s) added since." if line.notes else "")]
            for line in report.events])
    else:
        flow.add(*_text("No adverse event in this period."))
    flow.gap(3 * mm)
    flow.add(*_text("Post-dose readings beyond the thresholds", FONT_BOLD, 11))
    if report.beyond:
        _table(flow, READING_COLUMNS, [
            [format_local(r.reading.at, tz), f"{r.clinic_number} {r.patient_name}",
             r.reading.summary + ("; released with a second person's confirmation."
                                  if r.reading.released else "; kept in observation.")]
            for r in report.beyond])
    else:
        flow.add(*_text("No reading beyond the thresholds in this period."))
    if report.screens:
        flow.gap(3 * mm)
        flow.add(*_text("Urine and oral-fluid screens negative for street heroin", FONT_BOLD, 11))
        _table(flow, SCREEN_COLUMNS, [[s.label, s.share_text, s.detail] for s in report.screens])
    flow.finish()
    return flow.pdf
