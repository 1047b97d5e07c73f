"""The stock reconciliations over a date range, as CSV and as printed pages (A4
landscape): per day and section the register's expected balance, the count, the
difference and its status (matched, open, explained, unexplained), who counted and
witnessed, and how a discrepancy was resolved."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from hat_desktop.domain.reconciliation import ReconciliationRow
from hat_desktop.domain.times import format_date, format_local
from hat_desktop.palette import COUNT_COLOURS
from hat_desktop.reports.csv_cells import Provenance, csv_bytes, iso_local, safe_cell
from hat_desktop.reports.page_flow import Draw, PageFlow, draw_furniture
from hat_desktop.reports.pdf_common import (
    FONT,
    FONT_BOLD,
    FONT_CONDENSED,
    FONT_CONDENSED_BOLD,
    HEAD_FILL,
    RULE,
    fit_text,
    wrap_text,
    wrap_whole,
)

CSV_HEADER = ["date", "section", "expected", "counted", "difference", "status", "counted_by",
              "witness", "resolution", "counted_at", "counted_by_id", "batches",
              "resolved_by", "resolved_at", "written_after_the_count"]

WIDTH, HEIGHT = landscape(A4)
MARGIN = 15 * mm
TOP = HEIGHT - 36 * mm
BOTTOM = 18 * mm
LINE_H = 4.2 * mm
SIZE = 8.5
COLUMNS: list[tuple[str, float]] = [
    ("Date", 21), ("Section", 22), ("Expected", 17), ("Counted", 17), ("Difference", 19),
    ("Status", 23), ("Counted by", 38), ("Witness", 38),
]
RESOLUTION_W = WIDTH - 2 * MARGIN - sum(w for _, w in COLUMNS) * mm
STATUS_COLOURS = {"matched": COUNT_COLOURS["matched"], "open": COUNT_COLOURS["discrepancy"]}


def to_csv(rows: Sequence[ReconciliationRow], stamp: Provenance) -> bytes:
    tz = stamp.tz
    return csv_bytes(CSV_HEADER, [
        [r.day.isoformat(), r.section_code, r.expected, r.counted, r.difference, r.status,
         safe_cell(r.counted_by), safe_cell(r.witness), safe_cell(r.resolution),
         iso_local(r.counted_at, tz), r.counted_by_id or "", safe_cell(r.batches),
         safe_cell(r.resolved_by), iso_local(r.resolved_at, tz), safe_cell(r.late_entries)]
        for r in rows
    ], stamp)


def _header_row(c: Canvas, y: float) -> None:
    c.setFillColor(HEAD_FILL)
    c.rect(MARGIN, y - 1.8 * mm, WIDTH - 2 * MARGIN, 6 * mm, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont(FONT_BOLD, SIZE)
    x = MARGIN
    for title, w in COLUMNS:
        c.drawString(x + 1.5, y, title)
        x += w * mm
    c.drawString(x + 1.5, y, "Count, resolution, later entries")


def _details(r: ReconciliationRow, tz: ZoneInfo) -> list[str]:
    """The last column: the count's time and batches, the resolution and who made it when,
    and what was written into the day after the count."""
    said = []
    if r.counted_at is not None:
        said.append(f"Counted {format_local(r.counted_at, tz)}"
                    + (f" ({r.batches})" if r.batches else ""))
    if r.resolution:
        said.append(r.resolution + (f" Resolved by {r.resolved_by}" if r.resolved_by else "")
                    + (f" on {format_local(r.resolved_at, tz)}." if r.resolved_at else ""))
    if r.late_entries:
        said.append(f"WRITTEN INTO THIS DAY AFTER THE COUNT: {r.late_entries}")
    return [line for part in said
            for line in wrap_whole(part, FONT_CONDENSED, SIZE, RESOLUTION_W - 3)] or [""]


def _row(r: ReconciliationRow, tz: ZoneInfo) -> tuple[float, Draw]:
    resolution = _details(r, tz)
    height = len(resolution) * LINE_H + 1.8 * mm

    def draw(c: Canvas, y: float) -> None:
        values = [format_date(r.day), r.section_code, str(r.expected), str(r.counted),
                  f"{r.difference:+d}" if r.difference else "0", r.status, r.counted_by,
                  r.witness or "not signed off"]
        x = MARGIN
        for (title, w), value in zip(COLUMNS, values, strict=True):
            width = w * mm
            if title == "Status" and r.status in STATUS_COLOURS:
                back, fore = STATUS_COLOURS[r.status]
                c.setFillColor(colors.HexColor(back))
                c.rect(x + 0.5, y - 1.5 * mm, width - 1, LINE_H + 0.4 * mm, stroke=0, fill=1)
                c.setFillColor(colors.HexColor(fore))
            font = FONT_CONDENSED_BOLD if title in ("Difference", "Status") and r.difference \
                else FONT_CONDENSED
            c.setFont(font, SIZE)
            c.drawString(x + 1.5, y, fit_text(value, font, SIZE, width - 3))
            c.setFillColor(colors.black)
            x += width
        c.setFont(FONT_CONDENSED, SIZE)
        for i, line in enumerate(resolution):
            c.drawString(x + 1.5, y - i * LINE_H, line)
        c.setStrokeColor(RULE)
        bottom = y - height + 2.6 * mm
        c.line(MARGIN, bottom, WIDTH - MARGIN, bottom)

    return height, draw


def _totals(rows: Sequence[ReconciliationRow]) -> str:
    days = len({r.day for r in rows})
    status = Counter(r.status for r in rows)
    found = sum(status[s] for s in ("open", "explained", "unexplained"))
    return (f"{days} day(s) reconciled, {len(rows)} section count(s); {found} "
            f"discrepanc{'y' if found == 1 else 'ies'}: {status['open']} open, "
            f"{status['explained']} explained, {status['unexplained']} unexplained (reported "
            "to the CD Accountable Officer).")


def _text(text: str, font: str, size: float) -> tuple[float, Draw]:
    lines = wrap_text(text, font, size, WIDTH - 2 * MARGIN)

    def draw(c: Canvas, y: float) -> None:
        c.setFont(font, size)
        for i, line in enumerate(lines):
            c.drawString(MARGIN, y - i * size * 1.35, line)

    return len(lines) * size * 1.35 + 2 * mm, draw


def to_pdf(rows: Sequence[ReconciliationRow], *, clinic_name: str, first: date, last: date,
           printed_by: str, printed_at: datetime, tz: ZoneInfo, demo: bool) -> bytes:

    def furniture(c: Canvas, _page: int) -> None:
        draw_furniture(c, flow, margin=MARGIN,
                       title=f"{clinic_name} — stock reconciliations",
                       subtitle=f"{format_date(first)} to {format_date(last)} · per day and "
                       "section: the register's balance (expected), the physical count, the "
                       "difference and how it was resolved",
                       printed_by=printed_by, printed_at=printed_at, tz=tz)

    flow = PageFlow(landscape(A4), f"Stock reconciliations {first.isoformat()} to "
                    f"{last.isoformat()}", top=TOP, bottom=BOTTOM, demo=demo,
                    furniture=furniture)
    flow.add(*_text(_totals(rows), FONT, 10))
    if rows:
        header = (6 * mm, _header_row)
        flow.add(*header, keep_with_next=LINE_H * 2)
        for r in rows:
            flow.add(*_row(r, tz), header)
    else:
        flow.add(*_text("No day in this period was reconciled.", FONT_BOLD, 10))
    flow.finish()
    return flow.pdf
