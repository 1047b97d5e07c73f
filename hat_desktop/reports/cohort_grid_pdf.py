"""The cohort attendance grid: every patient against every day and session of a week or
a month, cells coloured by state (palette.STATE_COLOURS) and labelled, with a legend.
One A4 landscape page for a cohort of up to 32 patients: the picture a team meeting
looks at."""

from datetime import date

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from hat_desktop.domain.attendance_summary import CLOSED, CohortGrid, GridRow
from hat_desktop.domain.times import format_date
from hat_desktop.palette import FRAME, state_colours
from hat_desktop.reports.page_flow import Draw, PageFlow, draw_furniture
from hat_desktop.reports.pdf_common import (
    FONT,
    FONT_BOLD,
    FONT_CONDENSED,
    FONT_CONDENSED_BOLD,
    RULE,
    fit_text,
)

WIDTH, HEIGHT = landscape(A4)
MARGIN = 10 * mm
GRID_TOP = HEIGHT - 31 * mm  # top of the column headings
HEADER_H = 10 * mm
LEGEND_H = 12 * mm
FOOTER_H = 12 * mm
MAX_ROW_H = 8 * mm
MIN_ROW_H = 4.2 * mm
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
    text = word if stringWidth(word, FONT_CONDENSED, size) <= w - 1.5 else letter
    if stringWidth(text, FONT_CONDENSED_BOLD, size) <= w - 0.6:
        c.setFillColor(colors.HexColor(fore))
        c.setFont(FONT_CONDENSED_BOLD, size)
        c.drawCentredString(x + w / 2, y + h / 2 - size * 0.35, text)
    c.setFillColor(colors.black)


def _row(c: Canvas, grid: CohortGrid, row: GridRow, y: float, h: float, name_w: float,
         day_w: float) -> None:
    size = min(8.5, h / mm * 1.7)
    c.setFont(FONT_CONDENSED_BOLD, size)
    c.drawString(MARGIN + 1, y + h / 2 - size * 0.35, row.clinic_number)
    number_w = stringWidth(row.clinic_number + "  ", FONT_CONDENSED_BOLD, size)
    tag_size = min(6.5, size)
    tag_w = stringWidth(HOLD_TAG, FONT_CONDENSED_BOLD, tag_size) + 2.4 * mm \
        if row.on_hold_now else 0
    c.setFont(FONT_CONDENSED, size)
    c.drawString(MARGIN + 1 + number_w, y + h / 2 - size * 0.35,
                 fit_text(row.patient_name, FONT_CONDENSED, size, name_w - number_w - tag_w - 3))
    if row.on_hold_now:
        back, fore = state_colours("on_hold")
        c.setFillColor(colors.HexColor(back))
        c.roundRect(MARGIN + name_w - tag_w - 1, y + 0.9, tag_w, h - 1.8, 1.5, stroke=0, fill=1)
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


def _legend(c: Canvas, grid: CohortGrid, y: float) -> None:
    x = MARGIN
    c.setFont(FONT_BOLD, 8)
    c.drawString(x, y + 1.2 * mm, "Key:")
    x += 11 * mm
    for state in ("dosed", "withheld", "missed", "on_hold", "away", "due", "not_due", CLOSED):
        word, letter, text = LABELS[state]
        back, fore = state_colours(state)
        c.setFillColor(colors.HexColor(back))
        c.setStrokeColor(colors.Color(0.6, 0.63, 0.66))
        c.rect(x, y, 7 * mm, 4.5 * mm, stroke=1, fill=1)
        c.setFillColor(colors.HexColor(fore))
        c.setFont(FONT_CONDENSED_BOLD, 7)
        c.drawCentredString(x + 3.5 * mm, y + 1.3 * mm, letter)
        c.setFillColor(colors.black)
        c.setFont(FONT, 7.5)
        c.drawString(x + 8.5 * mm, y + 1.3 * mm, text)
        x += 8.5 * mm + stringWidth(text, FONT, 7.5) + 5 * mm
    c.setFont(FONT, 7)
    sessions = "session" if grid.sessions == 1 else f"{grid.sessions} sessions"
    c.drawString(MARGIN, y - 4.5 * mm,
                 f"Each day is split into its {sessions}, in order. Missed: sessions missed "
                 "in the period. ON HOLD: on hold now, dosing refused until a prescriber's "
                 "review.")


def to_pdf(grid: CohortGrid) -> bytes:
    h = grid.heading
    per_page = rows_per_page(len(grid.rows))
    name_w = (62 if len(grid.days) <= 10 else 46) * mm
    day_w = (WIDTH - 2 * MARGIN - name_w - MISSED_W) / max(len(grid.days), 1)
    bottom = MARGIN + FOOTER_H + LEGEND_H
    row_h = max(MIN_ROW_H, min(MAX_ROW_H, (GRID_TOP - HEADER_H - bottom) / max(per_page, 1)))

    def furniture(c: Canvas, _page: int) -> None:
        draw_furniture(c, flow, margin=MARGIN, title=f"{h.clinic_name} — attendance grid",
                       subtitle=f"{format_date(h.first)} to {format_date(h.last)} · "
                       f"{len(grid.rows)} patient(s) · every session of every day",
                       printed_by=h.made_by, printed_at=h.made_at, tz=h.tz)
        _legend(c, grid, MARGIN + FOOTER_H + 3 * mm)

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

    def row_at(index: int, row: GridRow) -> Draw:
        def draw(c: Canvas, y: float) -> None:
            if index % per_page % 2:
                c.setFillColor(colors.Color(0.96, 0.97, 0.98))
                c.rect(MARGIN, y - row_h, name_w, row_h, stroke=0, fill=1)
                c.setFillColor(colors.black)
            _row(c, grid, row, y - row_h, row_h, name_w, day_w)

        return draw

    def today_frame(c: Canvas, _page: int, y: float) -> None:
        if grid.today in grid.days:
            tx = MARGIN + name_w + grid.days.index(grid.today) * day_w
            c.setStrokeColor(colors.HexColor(FRAME))
            c.setLineWidth(1.2)
            c.rect(tx, y, day_w, GRID_TOP - y - 1 * mm, stroke=1, fill=0)
            c.setLineWidth(1)

    flow = PageFlow(landscape(A4), f"Attendance grid {h.first.isoformat()} to "
                    f"{h.last.isoformat()}", top=GRID_TOP, bottom=bottom, demo=h.demo,
                    furniture=furniture, page_end=today_frame)
    header = (HEADER_H, headings)
    flow.add(*header)
    for index, row in enumerate(grid.rows):
        flow.add(row_h, row_at(index, row), header)
    if not grid.rows:
        flow.add(0, lambda c, y: _say(c, y - 8 * mm,
                                            "No patient had a prescription in this period."))
    flow.finish()
    return flow.pdf


def _say(c: Canvas, y: float, text: str) -> None:
    c.setFont(FONT, 10)
    c.drawString(MARGIN, y, text)
