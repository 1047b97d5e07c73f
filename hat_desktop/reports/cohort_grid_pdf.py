"""The cohort attendance grid: every patient against every day and session of any period,
cells coloured by state (palette.STATE_COLOURS) and labelled with the key's word or
letter, with a legend. A period of up to 5 weeks is one block; a longer one is a block per
calendar month, each starting a new page. One A4 landscape page holds a block for a cohort
of up to 32 patients: the picture a team meeting looks at. Names are never cut: a long
one takes two lines."""

from collections.abc import Iterable, Sequence
from datetime import date
from typing import TextIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from hat_desktop.domain.attendance_summary import CLOSED, CohortGrid, GridRow
from hat_desktop.domain.times import format_date
from hat_desktop.palette import FRAME, state_colours
from hat_desktop.reports.csv_cells import Provenance, safe_cell, write_rows
from hat_desktop.reports.page_flow import Draw, PageFlow, draw_furniture
from hat_desktop.reports.pdf_common import (
    FONT,
    FONT_BOLD,
    FONT_CONDENSED,
    FONT_CONDENSED_BOLD,
    RULE,
    wrap_whole,
)

WIDTH, HEIGHT = landscape(A4)
MARGIN = 10 * mm
GRID_TOP = HEIGHT - 31 * mm  # top of the column headings
HEADER_H = 10 * mm
LEGEND_H = 12 * mm
FOOTER_H = 12 * mm
MAX_ROW_H = 8 * mm
MIN_ROW_H = 4.2 * mm
SMALL = 6.5  # points: a name too long for one line wraps in this size
MISSED_W = 14 * mm
HOLD_TAG = "ON HOLD"

# state -> (word on a wide cell, letter on a narrow one, legend text)
LABELS: dict[str, tuple[str, str, str]] = {
    "dosed": ("dosed", "D", "Dosed"),
    "withheld": ("withheld", "W", "Withheld (counts as a day without a dose)"),
    "missed": ("missed", "M", "Missed"),
    "on_hold": ("on hold", "H", "On hold"),
    "away": ("away", "A", "Away (custody, hospital...): not missed"),
    "due": ("due", "·", "Due (window still open or to come)"),
    "not_due": ("–", "–", "Not due"),
    CLOSED: ("closed", "C", "Clinic closed"),
}


def write_csv(out: TextIO, days: Sequence[date], sessions: int, rows: Iterable[GridRow],
              stamp: Provenance) -> int:
    """One row per patient, as the rows stream in: the clinic number, name, sessions
    missed in the period, on hold now, then a column per day and session
    (``2026-03-02 s1``) holding the state's value (``dosed``, ``withheld``, ``missed``,
    ``on_hold``, ``due``, ``not_due``, ``closed``; empty: no such session, or a day still
    to come). Returns the number of patients."""
    header = ["clinic_number", "patient_name", "missed", "on_hold_now",
              *(f"{day.isoformat()} s{n}" for day in days for n in range(1, sessions + 1))]
    return write_rows(out, header, (
        [r.clinic_number, safe_cell(r.patient_name), r.missed,
         "yes" if r.on_hold_now else "no", *(state or "" for cells in r.cells
                                             for state in cells)]
        for r in rows), stamp)


def rows_per_page(count: int) -> int:
    space = GRID_TOP - HEADER_H - (MARGIN + FOOTER_H + LEGEND_H)
    return max(1, min(count, int(space // MIN_ROW_H))) if count else 1


def _day_heading(c: Canvas, day: date, x: float, w: float, y: float, closed: bool,
                 today: bool) -> None:
    wide = w >= 18 * mm
    c.setFillColor(colors.HexColor(FRAME) if today else colors.black)
    if wide:
        c.setFont(FONT_BOLD, 8.5)
        c.drawCentredString(x + w / 2, y + 5 * mm, day.strftime("%a %d/%m"))
    else:
        c.setFont(FONT_CONDENSED_BOLD, 6.5)
        c.drawCentredString(x + w / 2, y + 5.5 * mm, day.strftime("%a")[:2])
        c.drawCentredString(x + w / 2, y + 2.8 * mm, day.strftime("%d"))
    if closed:
        c.setFont(FONT_CONDENSED, 6)
        c.setFillColor(colors.HexColor(state_colours(CLOSED)[1]))
        c.drawCentredString(x + w / 2, y + 0.6 * mm, "closed" if wide else "cl.")
    c.setFillColor(colors.black)


def _cell(c: Canvas, state: str | None, x: float, y: float, w: float, h: float) -> None:
    if state is None:  # a day still to come, or no such session that day
        c.setStrokeColor(RULE)
        c.rect(x + 0.3, y + 0.3, w - 0.6, h - 0.6, stroke=1, fill=0)
        return
    back, fore = state_colours(state)
    c.setFillColor(colors.HexColor(back))
    c.setStrokeColor(colors.Color(0.7, 0.73, 0.76))
    c.rect(x + 0.3, y + 0.3, w - 0.6, h - 0.6, stroke=1, fill=1)
    word, letter, _ = LABELS.get(state, (state, "?", state))
    size = min(7.0, h / mm * 1.6)
    text = word if stringWidth(word, FONT_CONDENSED_BOLD, size) <= w - 2 * mm else letter
    if stringWidth(text, FONT_CONDENSED_BOLD, size) <= w - 0.6:
        c.setFillColor(colors.HexColor(fore))
        c.setFont(FONT_CONDENSED_BOLD, size)
        c.drawCentredString(x + w / 2, y + h / 2 - size * 0.35, text)
    c.setFillColor(colors.black)


def name_lines(row: GridRow, size: float, name_w: float) -> list[str]:
    """The patient's name in the room beside the clinic number and any ON HOLD tag: one
    line, or two in a smaller size, never cut."""
    room = name_w - stringWidth(row.clinic_number + "  ", FONT_CONDENSED_BOLD, size) - 3
    if row.on_hold_now:
        room -= stringWidth(HOLD_TAG, FONT_CONDENSED_BOLD, min(6.5, size)) + 2.4 * mm
    return wrap_whole(row.patient_name, FONT_CONDENSED, size, room)


def _row(c: Canvas, grid: CohortGrid, row: GridRow, y: float, h: float, name_w: float,
         day_w: float) -> None:
    size = min(8.5, h / mm * 1.7)
    c.setFont(FONT_CONDENSED_BOLD, size)
    c.drawString(MARGIN + 1, y + h / 2 - size * 0.35, row.clinic_number)
    number_w = stringWidth(row.clinic_number + "  ", FONT_CONDENSED_BOLD, size)
    tag_size = min(6.5, size)
    tag_w = stringWidth(HOLD_TAG, FONT_CONDENSED_BOLD, tag_size) + 2.4 * mm \
        if row.on_hold_now else 0
    lines = name_lines(row, size, name_w)
    if len(lines) > 1:
        lines = name_lines(row, SMALL, name_w)
        c.setFont(FONT_CONDENSED, SMALL)
        top = y + h / 2 + (len(lines) - 1) * SMALL * 0.55 - SMALL * 0.35
        for n, line in enumerate(lines):
            c.drawString(MARGIN + 1 + number_w, top - n * SMALL * 1.1, line)
    else:
        c.setFont(FONT_CONDENSED, size)
        c.drawString(MARGIN + 1 + number_w, y + h / 2 - size * 0.35, lines[0])
    if row.on_hold_now:
        back, fore = state_colours("on_hold")
        c.setFillColor(colors.HexColor(back))
        c.roundRect(MARGIN + name_w - tag_w - 1, y + h / 2 - 1.9 * mm, tag_w, 3.8 * mm, 1.5,
                    stroke=0, fill=1)
        c.setFillColor(colors.HexColor(fore))
        c.setFont(FONT_CONDENSED_BOLD, tag_size)
        c.drawCentredString(MARGIN + name_w - tag_w / 2 - 1, y + h / 2 - tag_size * 0.35,
                            HOLD_TAG)
        c.setFillColor(colors.black)
    sub_w = day_w / max(grid.sessions, 1)
    x = MARGIN + name_w
    for day_cells in row.cells:
        for i, state in enumerate(day_cells):
            _cell(c, state, x + i * sub_w, y, sub_w, h)
        x += day_w
    c.setFont(FONT_CONDENSED_BOLD if row.missed else FONT_CONDENSED, size)
    c.drawRightString(x + MISSED_W - 2, y + h / 2 - size * 0.35, str(row.missed))


LEGEND_ORDER = ("dosed", "withheld", "missed", "on_hold", "away", "due", "not_due", CLOSED)


def _legend(c: Canvas, grid: CohortGrid, y: float) -> None:
    """The key in one line: its text in a smaller size when the page is too narrow for it,
    never running off the page."""
    texts = [LABELS[state][2] for state in LEGEND_ORDER]
    room = WIDTH - 2 * MARGIN - 11 * mm - len(texts) * 13.5 * mm
    size = max(5.5, min(7.5, 7.5 * room / sum(stringWidth(t, FONT, 7.5) for t in texts)))
    x = MARGIN
    c.setFont(FONT_BOLD, 8)
    c.drawString(x, y + 1.2 * mm, "Key:")
    x += 11 * mm
    for state, text in zip(LEGEND_ORDER, texts, strict=True):
        letter = LABELS[state][1]
        back, fore = state_colours(state)
        c.setFillColor(colors.HexColor(back))
        c.setStrokeColor(colors.Color(0.6, 0.63, 0.66))
        c.rect(x, y, 7 * mm, 4.5 * mm, stroke=1, fill=1)
        c.setFillColor(colors.HexColor(fore))
        c.setFont(FONT_CONDENSED_BOLD, 7)
        c.drawCentredString(x + 3.5 * mm, y + 1.3 * mm, letter)
        c.setFillColor(colors.black)
        c.setFont(FONT, size)
        c.drawString(x + 8.5 * mm, y + 1.3 * mm, text)
        x += 8.5 * mm + stringWidth(text, FONT, size) + 5 * mm
    c.setFont(FONT, 7)
    sessions = "session" if grid.sessions == 1 else f"{grid.sessions} sessions"
    c.drawString(MARGIN, y - 4.5 * mm,
                 f"Each day is split into its {sessions}, in order. Missed: sessions missed "
                 "in the period. ON HOLD: on hold now, dosing refused until a prescriber's "
                 "review.")


def blocks(days: tuple[date, ...]) -> list[tuple[date, ...]]:
    """The period as printed: one block up to 5 weeks, else one per calendar month."""
    if len(days) <= 35:
        return [days]
    months: dict[tuple[int, int], list[date]] = {}
    for day in days:
        months.setdefault((day.year, day.month), []).append(day)
    return [tuple(found) for found in months.values()]


def _block_grid(grid: CohortGrid, days: tuple[date, ...]) -> CohortGrid:
    """The part of ``grid`` for ``days`` (a slice of its days), rows and cells alike."""
    start = grid.days.index(days[0])
    end = start + len(days)
    rows = tuple(GridRow(r.clinic_number, r.patient_name, r.cells[start:end],
                         sum(1 for cells in r.cells[start:end] for s in cells if s == "missed"),
                         r.on_hold_now) for r in grid.rows)
    return CohortGrid(grid.heading, days, grid.sessions,
                      frozenset(d for d in grid.closures if d in days), grid.today, rows)


def to_pdf(grid: CohortGrid) -> bytes:
    h = grid.heading
    per_page = rows_per_page(len(grid.rows))
    bottom = MARGIN + FOOTER_H + LEGEND_H
    row_h = max(MIN_ROW_H, min(MAX_ROW_H, (GRID_TOP - HEADER_H - bottom) / max(per_page, 1)))
    parts = blocks(grid.days)
    # The block on the page being filled (its frame for today at the page's end) and the
    # block the next page starts with (its heading).
    shown = [_block_grid(grid, parts[0])]
    coming = [shown[0]]

    def furniture(c: Canvas, _page: int) -> None:
        shown[0] = coming[0]
        part = shown[0]
        span = (f"{format_date(part.days[0])} to {format_date(part.days[-1])}, part of "
                f"{format_date(h.first)} to {format_date(h.last)}") if len(parts) > 1 else \
            f"{format_date(h.first)} to {format_date(h.last)}"
        draw_furniture(c, flow, margin=MARGIN, title=f"{h.clinic_name} — attendance grid",
                       subtitle=f"{span} · {len(grid.rows)} patient(s) · every session of "
                       "every day",
                       printed_by=h.made_by, printed_at=h.made_at, tz=h.tz)
        _legend(c, grid, MARGIN + FOOTER_H + 3 * mm)

    def today_frame(c: Canvas, _page: int, y: float) -> None:
        part = shown[0]
        if part.today in part.days:
            name_w, day_w = _widths(part)
            tx = MARGIN + name_w + part.days.index(part.today) * day_w
            c.setStrokeColor(colors.HexColor(FRAME))
            c.setLineWidth(1.2)
            c.rect(tx, y, day_w, GRID_TOP - y - 1 * mm, stroke=1, fill=0)
            c.setLineWidth(1)

    flow = PageFlow(landscape(A4), f"Attendance grid {h.first.isoformat()} to "
                    f"{h.last.isoformat()}", top=GRID_TOP, bottom=bottom, demo=h.demo,
                    furniture=furniture, page_end=today_frame)
    for number, days in enumerate(parts):
        part = _block_grid(grid, days)
        coming[0] = part
        if number:
            flow.new_page()
        _add_block(flow, part, per_page, row_h)
    if not grid.rows:
        flow.add(0, lambda c, y: _say(c, y - 8 * mm,
                                      "No patient had a prescription in this period."))
    flow.finish()
    return flow.pdf


def _widths(grid: CohortGrid) -> tuple[float, float]:
    name_w = (62 if len(grid.days) <= 10 else 46) * mm
    return name_w, (WIDTH - 2 * MARGIN - name_w - MISSED_W) / max(len(grid.days), 1)


def _add_block(flow: PageFlow, grid: CohortGrid, per_page: int, row_h: float) -> None:
    name_w, day_w = _widths(grid)

    def headings(c: Canvas, y: float) -> None:
        top = y - HEADER_H
        c.setFont(FONT_BOLD, 8.5)
        c.drawString(MARGIN + 1, top + 2.8 * mm, "Patient")
        x = MARGIN + name_w
        for day in grid.days:
            _day_heading(c, day, x, day_w, top, day in grid.closures, day == grid.today)
            x += day_w
        c.setFont(FONT_BOLD, 8.5)
        c.drawRightString(x + MISSED_W - 2, top + 2.8 * mm, "Missed")

    def row_at(index: int, row: GridRow, height: float) -> Draw:
        def draw(c: Canvas, y: float) -> None:
            if index % per_page % 2:
                c.setFillColor(colors.Color(0.96, 0.97, 0.98))
                c.rect(MARGIN, y - height, name_w, height, stroke=0, fill=1)
                c.setFillColor(colors.black)
            _row(c, grid, row, y - height, height, name_w, day_w)

        return draw

    header = (HEADER_H, headings)
    flow.add(*header)
    size = min(8.5, row_h / mm * 1.7)
    for index, row in enumerate(grid.rows):
        height = row_h
        if len(name_lines(row, size, name_w)) > 1:  # a long name on lines of its own
            height = max(row_h, len(name_lines(row, SMALL, name_w)) * SMALL * 1.1 + 1.2 * mm)
        flow.add(height, row_at(index, row, height), header)


def _say(c: Canvas, y: float, text: str) -> None:
    c.setFont(FONT, 10)
    c.drawString(MARGIN, y, text)
