"""The attendance record as CSV and as printed pages (A4 landscape)."""

import csv
import io
from collections.abc import Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from hat_desktop.domain.attendance_summary import AttendanceRow
from hat_desktop.domain.times import format_date
from hat_desktop.palette import state_colours
from hat_desktop.reports.page_flow import Draw, PageFlow, draw_furniture
from hat_desktop.reports.pdf_common import (
    FONT_BOLD,
    FONT_CONDENSED,
    HEAD_FILL,
    RULE,
    fit_text,
)

HEADER = ["date", "session", "clinic_number", "state", "mg_prescribed", "mg_administered",
          "register_entry_id", "time", "patient_name", "staff", "witness", "reason",
          "register_entry_ids", "line", "route", "site", "take_home"]


def _blank(value: object) -> str:
    return "" if value is None else str(value)


def to_csv(rows: Sequence[AttendanceRow]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    for r in rows:
        writer.writerow([r.day.isoformat(), r.session, r.clinic_number, r.state,
                         _blank(r.mg_prescribed), _blank(r.mg_administered),
                         _blank(r.register_entry_id), r.iso_time, r.patient_name, r.staff,
                         r.witness, r.reason, r.register_entry_ids, _blank(r.line), r.route,
                         r.site, "" if r.take_home is None else ("yes" if r.take_home
                                                                  else "no")])
    return out.getvalue().encode("utf-8")


# (heading, width in mm; 0: the rest of the width)
_COLUMNS = [("Date", 19), ("Sess.", 9), ("Clinic no.", 19), ("Patient", 36), ("State", 22),
            ("Presc. mg", 17), ("Given mg", 16), ("Time", 25), ("Staff", 30), ("Witness", 30),
            ("Reason", 0), ("Reg. entry", 17)]
_ROW_H = 5.2 * mm
WIDTH, HEIGHT = landscape(A4)
MARGIN = 12 * mm
TOP = HEIGHT - 36 * mm
BOTTOM = 16 * mm
_FIXED = sum(w for _, w in _COLUMNS) * mm
WIDTHS = [(w * mm if w else WIDTH - 2 * MARGIN - _FIXED) for _, w in _COLUMNS]


def _header_row(c: Canvas, y: float) -> None:
    c.setFillColor(HEAD_FILL)
    c.rect(MARGIN, y - 1.5 * mm, sum(WIDTHS), _ROW_H, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont(FONT_BOLD, 8)
    x = MARGIN
    for (title, _), w in zip(_COLUMNS, WIDTHS, strict=True):
        c.drawString(x + 1, y, title)
        x += w


def _row(r: AttendanceRow) -> Draw:
    def draw(c: Canvas, y: float) -> None:
        values = [format_date(r.day), str(r.session), r.clinic_number, r.patient_name,
                  r.state.replace("_", " "), _blank(r.mg_prescribed), _blank(r.mg_administered),
                  r.time, r.staff, r.witness, r.reason, r.register_entry_ids]
        c.setFont(FONT_CONDENSED, 8)
        x = MARGIN
        for i, (value, w) in enumerate(zip(values, WIDTHS, strict=True)):
            if i == 4:
                back, fore = state_colours(r.state)
                c.setFillColor(colors.HexColor(back))
                c.rect(x, y - 1.3 * mm, w - 1, _ROW_H - 0.4 * mm, stroke=0, fill=1)
                c.setFillColor(colors.HexColor(fore))
            c.drawString(x + 1, y, fit_text(value, FONT_CONDENSED, 8, w - 2))
            c.setFillColor(colors.black)
            x += w
        c.setStrokeColor(RULE)
        c.line(MARGIN, y - 1.5 * mm, MARGIN + sum(WIDTHS), y - 1.5 * mm)

    return draw


def to_pdf(rows: Sequence[AttendanceRow], clinic_name: str, first: date, last: date, *,
           demo: bool, tz: ZoneInfo, printed_by: str, printed_at: datetime) -> bytes:
    def furniture(c: Canvas, _page: int) -> None:
        draw_furniture(c, flow, margin=MARGIN, title=f"{clinic_name} — attendance record",
                       subtitle=f"{format_date(first)} to {format_date(last)}: every patient, "
                       "session and day (dosed, withheld, missed, on hold, not due, due)",
                       printed_by=printed_by, printed_at=printed_at, tz=tz)

    flow = PageFlow(landscape(A4), "Attendance record", top=TOP, bottom=BOTTOM, demo=demo,
                    furniture=furniture)
    header = (_ROW_H, _header_row)
    flow.add(*header)
    for r in rows:
        flow.add(_ROW_H, _row(r), header)
    flow.finish()
    return flow.pdf
