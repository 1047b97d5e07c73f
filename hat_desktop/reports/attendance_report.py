"""The attendance record as CSV and as printed pages (A4 landscape)."""

import csv
import io
from collections.abc import Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm

from hat_desktop.domain.attendance_summary import AttendanceRow
from hat_desktop.domain.times import format_date, format_local
from hat_desktop.palette import state_colours
from hat_desktop.reports.pdf_common import (
    FONT,
    FONT_BOLD,
    FONT_CONDENSED,
    draw_demo_stamp,
    fit_text,
    new_canvas,
)

HEADER = ["date", "session", "clinic_number", "state", "mg_prescribed", "mg_administered",
          "register_entry_id", "time", "patient_name", "staff", "witness", "reason",
          "register_entry_ids"]


def _blank(value: object) -> str:
    return "" if value is None else str(value)


def to_csv(rows: Sequence[AttendanceRow]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    for r in rows:
        writer.writerow([r.day.isoformat(), r.session, r.clinic_number, r.state,
                         _blank(r.mg_prescribed), _blank(r.mg_administered),
                         _blank(r.register_entry_id), r.time, r.patient_name, r.staff, r.witness,
                         r.reason, r.register_entry_ids])
    return out.getvalue().encode("utf-8")


# (heading, width in mm)
_COLUMNS = [("Date", 19), ("Sess.", 9), ("Clinic no.", 19), ("Patient", 36), ("State", 22),
            ("Presc. mg", 17), ("Given mg", 16), ("Time", 25), ("Staff", 30), ("Witness", 30),
            ("Reason", 0), ("Reg. entry", 17)]
_ROW_H = 5.2 * mm


def to_pdf(rows: Sequence[AttendanceRow], clinic_name: str, first: date, last: date, *, demo: bool,
           tz: ZoneInfo, printed_by: str, printed_at: datetime) -> bytes:
    width, height = landscape(A4)
    margin = 12 * mm
    fixed = sum(w for _, w in _COLUMNS) * mm
    widths = [(w * mm if w else width - 2 * margin - fixed) for _, w in _COLUMNS]
    top = height - 34 * mm
    per_page = int((top - 18 * mm) // _ROW_H)
    pages = max(1, -(-len(rows) // per_page))
    buffer = io.BytesIO()
    c = new_canvas(buffer, landscape(A4), "Attendance record")
    footer = f"Printed by {printed_by} at {format_local(printed_at, tz)}"
    for page in range(pages):
        if demo:
            draw_demo_stamp(c, width, height)
        c.setFont(FONT_BOLD, 14)
        c.drawString(margin, height - 18 * mm, f"{clinic_name} — attendance record")
        c.setFont(FONT, 10)
        c.drawString(margin, height - 24 * mm,
                     f"{format_date(first)} to {format_date(last)}: every patient, session and "
                     "day (dosed, withheld, missed, on hold, not due, due)")
        y = top
        x = margin
        c.setFillColor(colors.Color(0.89, 0.93, 0.96))
        c.rect(margin, y - 1.5 * mm, sum(widths), _ROW_H, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont(FONT_BOLD, 8)
        for (title, _), w in zip(_COLUMNS, widths, strict=True):
            c.drawString(x + 1, y, title)
            x += w
        y -= _ROW_H
        c.setFont(FONT_CONDENSED, 8)
        for r in rows[page * per_page:(page + 1) * per_page]:
            values = [format_date(r.day), str(r.session), r.clinic_number, r.patient_name,
                      r.state.replace("_", " "), _blank(r.mg_prescribed),
                      _blank(r.mg_administered), r.time, r.staff, r.witness, r.reason,
                      r.register_entry_ids]
            x = margin
            for i, (value, w) in enumerate(zip(values, widths, strict=True)):
                if i == 4:
                    back, fore = state_colours(r.state)
                    c.setFillColor(colors.HexColor(back))
                    c.rect(x, y - 1.3 * mm, w - 1, _ROW_H - 0.4 * mm, stroke=0, fill=1)
                    c.setFillColor(colors.HexColor(fore))
                c.drawString(x + 1, y, fit_text(value, FONT_CONDENSED, 8, w - 2))
                c.setFillColor(colors.black)
                x += w
            c.setStrokeColor(colors.Color(0.85, 0.87, 0.9))
            c.line(margin, y - 1.5 * mm, margin + sum(widths), y - 1.5 * mm)
            y -= _ROW_H
        c.setFont(FONT, 8)
        c.drawString(margin, 8 * mm, footer)
        c.drawRightString(width - margin, 8 * mm, f"Page {page + 1} of {pages}")
        c.showPage()
    c.save()
    return buffer.getvalue()
