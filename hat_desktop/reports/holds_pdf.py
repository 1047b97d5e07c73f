"""Holds as printed pages (A4 landscape): every hold that began in the period, the days
without a dose that opened it, and the prescriber's review (who, when, the decision, a
reduced dose and the notes) or that it is still open; the counts at the end."""

from collections.abc import Sequence

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from hat_desktop.domain.attendance_summary import Heading, HoldRecord, hold_days_text
from hat_desktop.domain.times import format_date, format_local
from hat_desktop.reports.page_flow import Draw, PageFlow, draw_furniture, nothing, text_lines
from hat_desktop.reports.pdf_common import FONT, FONT_BOLD, wrap_text
from hat_desktop.reports.wrapped_table import WrappedTable

WIDTH, HEIGHT = landscape(A4)
MARGIN = 12 * mm
TOP = HEIGHT - 36 * mm
BOTTOM = 16 * mm
_COLUMNS = [(("Patient",), 48), (("On hold from",), 28), (("Days without a dose",), 46),
            (("Reviewed",), 28), (("Prescriber",), 36), (("Decision",), 40)]
_FIXED = sum(w for _, w in _COLUMNS) * mm
TABLE = WrappedTable([*((t, w * mm) for t, w in _COLUMNS),
                      (("New dose and notes",), WIDTH - 2 * MARGIN - _FIXED)], MARGIN, 8)
OPEN = "open"
NOTE = ("A hold opens when a patient reaches the clinic's threshold of consecutive days "
        "without a dose, on return from an absence that long, or when an adverse event "
        "(naloxone given, a hospital transfer) is recorded; dosing is refused until a "
        "prescriber records a review. Open holds are still waiting for that review.")


def _values(h: HoldRecord, heading: Heading) -> list[str]:
    tz = heading.tz
    days = hold_days_text(h.days, h.event)
    r = h.review
    kept = "\n".join(f"{format_local(k.reviewed_at, tz)} {k.reviewer_name}: "
                     f"{k.decision.label}, the hold kept open" + (f": {k.notes}" if k.notes
                                                                   else "")
                     for k in h.kept)  # a suspension or discharge at a review
    if r is None:
        return [f"{h.clinic_number}\n{h.patient_name}", format_local(h.held_from, tz),
                days, "", "", "Still open: dosing refused until a "
                "prescriber's review", kept]
    dose = (f"{h.new_dose} from {format_date(h.new_dose_from)}"
            if h.new_dose and h.new_dose_from is not None else "")
    notes = "\n".join(t for t in (kept, dose, r.notes) if t)
    return [f"{h.clinic_number}\n{h.patient_name}", format_local(h.held_from, tz),
            days, format_local(r.reviewed_at, tz), r.reviewer_name,
            r.decision.label, notes]


def _text(lines: list[str], font: str, size: float) -> tuple[float, Draw]:
    return text_lines(lines, font, size, MARGIN, 1 * mm)


def to_pdf(holds: Sequence[HoldRecord], heading: Heading) -> bytes:
    h = heading

    def furniture(c: Canvas, _page: int) -> None:
        draw_furniture(c, flow, margin=MARGIN, title=f"{h.clinic_name} — holds",
                       subtitle=f"{format_date(h.first)} to {format_date(h.last)}: every hold "
                       "that began in the period, with its review",
                       printed_by=h.made_by, printed_at=h.made_at, tz=h.tz)

    flow = PageFlow(landscape(A4), f"Holds {h.first.isoformat()} to {h.last.isoformat()}",
                    top=TOP, bottom=BOTTOM, demo=h.demo, furniture=furniture)
    if holds:
        header = TABLE.header()
        flow.add(*header)
        for hold in holds:
            states = [(5, "on_hold")] if hold.review is None else []
            flow.add(*TABLE.row(_values(hold, h), states=states), header)
    flow.add(4 * mm, nothing)
    still_open = sum(1 for hold in holds if hold.review is None)
    flow.add(*_text([f"Holds that began in the period: {len(holds)}; reviewed: "
                     f"{len(holds) - still_open}; still open: {still_open}."], FONT_BOLD, 10))
    flow.add(*_text(wrap_text(NOTE, FONT, 8, WIDTH - 2 * MARGIN), FONT, 8))
    flow.finish()
    return flow.pdf
