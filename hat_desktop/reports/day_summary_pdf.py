"""The end-of-day summary as printed pages (A4 portrait): per register section the
day's opening balance, every movement in the section's unit (received, ampoules or ml
opened by administration with the mg given, waste in mg, destroyed, returned,
corrections in and out), the closing balance with opening + in − out = closing written
out, the counted figure and who signed the count off, and any entry written into the day
after its count; then the day's withheld and missed sessions and the expiry warnings as
at that day."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from hat_desktop.domain.anchors import ChainHead
from hat_desktop.domain.day_summary import DaySummary, SectionDay
from hat_desktop.palette import COUNT_COLOURS, expiry_colours
from hat_desktop.reports.chain_heads_block import add_chain_heads
from hat_desktop.reports.page_flow import Draw, PageFlow, draw_furniture
from hat_desktop.reports.pdf_common import (
    FONT,
    FONT_BOLD,
    HEAD_FILL,
    RULE,
    fit_text,
    wrap_text,
)

WIDTH, HEIGHT = A4
MARGIN = 15 * mm
TOP = HEIGHT - 38 * mm
BOTTOM = 18 * mm
ROW_H = 6 * mm
TEXT_W = WIDTH - 2 * MARGIN
LABEL_W = 48 * mm


def sign_off_text(s: DaySummary) -> str:
    if s.counted_by is None:
        return "The stock has not been counted for this day: the day is not reconciled."
    if s.witness is None:
        return f"Counted by {s.counted_by}; not yet signed off with a witness."
    return f"Counted by {s.counted_by}; signed off with the witness {s.witness}."


def figures(d: SectionDay) -> list[tuple[str, str]]:
    """(label, value) pairs in the order they are printed (and shown on screen): every
    movement in the section's unit, so opening + in − out = closing reads off the page."""
    q = d.section.quantity
    counted = q(d.counted) if d.counted is not None else "not counted"
    if d.counted is None:
        difference = "–"
    elif d.discrepancy is None:
        difference = "none"
    else:
        difference = f"{d.discrepancy:+d} ({q(abs(d.discrepancy))} "
        difference += "short)" if d.discrepancy < 0 else "over)"
    doses = f"{d.doses} dose{'' if d.doses == 1 else 's'}"
    if d.top_ups:
        doses += f" and {d.top_ups} top-up{'' if d.top_ups == 1 else 's'}"
    return [
        ("Opening balance", q(d.opening)),
        ("In: received", q(d.received)),
        ("In: corrections", q(d.corrections_in)),
        ("Out: administered", f"{q(d.administered)} opened for {doses} "
                              f"({d.mg_administered:,} mg given)"),
        *([("Out: supplied (take-home)", f"{q(d.supplied)} in {d.supplies} "
                                          f"suppl{'y' if d.supplies == 1 else 'ies'} "
                                          f"({d.mg_supplied:,} mg to take home)")]
          if d.supplies else []),
        ("Waste (denatured)", f"{d.mg_wasted:,} mg, the rest of what was opened"),
        ("Out: destroyed", q(d.destroyed)),
        ("Out: returned to supplier", q(d.returned)),
        ("Out: corrections", q(d.corrections_out)),
        ("Closing balance", q(d.closing)),
        ("Counted", counted + (f" (the register then held {q(d.expected_at_count)})"
                               if d.expected_at_count is not None
                               and d.expected_at_count != d.closing else "")),
        ("Difference at the count", difference),
    ]


def _section_heading(d: SectionDay) -> tuple[float, Draw]:
    lines = wrap_text(f"{d.section.code} — {d.section.title}", FONT_BOLD, 10.5, TEXT_W - 4)

    def draw(c: Canvas, y: float) -> None:
        height = len(lines) * 5 * mm + 2 * mm
        c.setFillColor(HEAD_FILL)
        c.rect(MARGIN, y - height + 4.2 * mm, TEXT_W, height, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont(FONT_BOLD, 10.5)
        for i, line in enumerate(lines):
            c.drawString(MARGIN + 2, y - i * 5 * mm, line)

    return len(lines) * 5 * mm + 2.5 * mm, draw


def _figure_row(label: str, value: str, d: SectionDay) -> Draw:
    def draw(c: Canvas, y: float) -> None:
        bad = label.startswith("Difference") and d.discrepancy is not None
        good = label.startswith("Difference") and d.counted is not None \
            and d.discrepancy is None
        if bad or good:
            back, _fore = COUNT_COLOURS["discrepancy" if bad else "matched"]
            c.setFillColor(colors.HexColor(back))
            c.rect(MARGIN + LABEL_W - 1, y - 1.7 * mm, TEXT_W - LABEL_W, ROW_H - 0.4 * mm,
                   stroke=0, fill=1)
        c.setFillColor(colors.Color(0.3, 0.35, 0.4))
        c.setFont(FONT, 9)
        c.drawString(MARGIN + 2, y, label)
        c.setFillColor(colors.HexColor(COUNT_COLOURS["discrepancy"][1]) if bad
                       else colors.black)
        c.setFont(FONT_BOLD, 9.5)
        c.drawString(MARGIN + LABEL_W, y, fit_text(value, FONT_BOLD, 9.5, TEXT_W - LABEL_W - 4))
        c.setFillColor(colors.black)
        c.setStrokeColor(RULE)
        c.line(MARGIN, y - 1.8 * mm, MARGIN + TEXT_W, y - 1.8 * mm)

    return draw


def _paragraph(text: str, font: str = FONT, size: float = 9.5, indent: float = 0,
               colour: str | None = None) -> tuple[float, Draw]:
    lines = wrap_text(text, font, size, TEXT_W - indent)
    leading = size * 1.35

    def draw(c: Canvas, y: float) -> None:
        c.setFont(font, size)
        c.setFillColor(colors.HexColor(colour) if colour else colors.black)
        for i, line in enumerate(lines):
            c.drawString(MARGIN + indent, y - i * leading, line)
        c.setFillColor(colors.black)

    return len(lines) * leading + 1 * mm, draw


def _section_block(flow: PageFlow, d: SectionDay) -> None:
    """A section's figures, the arithmetic that closes them, and anything written into the
    day after its count."""
    flow.add(*_section_heading(d), keep_with_next=4 * ROW_H)
    for label, value in figures(d):
        flow.add(ROW_H, _figure_row(label, value, d))
    flow.gap(1 * mm)
    flow.add(*_paragraph(d.balance_line(), FONT_BOLD, 9.5))
    if d.late:
        flow.add(*_paragraph(
            f"Written into this day after its stock count ({len(d.late)}): the count matched "
            "the register as it then stood, not the figures above.", FONT_BOLD, 9.5,
            colour=COUNT_COLOURS["discrepancy"][1]))
        for line in d.late:
            flow.add(*_paragraph(f"• {line}", indent=3 * mm,
                                 colour=COUNT_COLOURS["discrepancy"][1]))
    flow.gap(4 * mm)


def _list(flow: PageFlow, heading: str, items: tuple[str, ...], empty: str,
          colour_of: dict[str, str] | None = None) -> None:
    title = _paragraph(f"{heading} ({len(items)})" if items else heading, FONT_BOLD, 11)
    flow.add(*title, keep_with_next=ROW_H)
    continued = _paragraph(f"{heading} (continued)", FONT_BOLD, 11)
    if not items:
        flow.add(*_paragraph(empty, indent=3 * mm))
    for item in items:
        colour = next((c for key, c in (colour_of or {}).items() if key in item), None)
        flow.add(*_paragraph(f"• {item}", indent=3 * mm, colour=colour), continued)
    flow.gap(3 * mm)


def _furniture(c: Canvas, flow: PageFlow, s: DaySummary, printed_by: str,
               printed_at: datetime, tz: ZoneInfo) -> None:
    draw_furniture(c, flow, margin=MARGIN,
                   title=f"{s.clinic_name} — end-of-day summary",
                   subtitle=s.day.strftime("%A %d/%m/%Y") + " · controlled-drugs stock and its "
                   "count, withheld and missed sessions", subtitle_size=10.5,
                   printed_by=printed_by, printed_at=printed_at, tz=tz)
    c.setStrokeColor(colors.Color(0.11, 0.31, 0.45))
    c.line(MARGIN, HEIGHT - 30 * mm, WIDTH - MARGIN, HEIGHT - 30 * mm)


def to_pdf(s: DaySummary, *, printed_by: str, printed_at: datetime, tz: ZoneInfo,
           anchor: tuple[str, tuple[ChainHead, ...]] | None = None) -> bytes:
    """``anchor``: the chain-head code and heads to print at the end (chain_heads_block)."""
    flow = PageFlow(
        A4, f"End-of-day summary {s.day.isoformat()}", top=TOP, bottom=BOTTOM, demo=s.demo,
        furniture=lambda c, _page: _furniture(c, flow, s, printed_by, printed_at, tz))
    flow.add(*_paragraph(sign_off_text(s), FONT_BOLD, 10.5))
    if s.late_entries:
        flow.add(*_paragraph("Entries were written into this day after it was counted: see "
                             "each section below.", FONT_BOLD, 10.5,
                             colour=COUNT_COLOURS["discrepancy"][1]))
    flow.gap(2 * mm)
    if not s.sections:
        flow.add(*_paragraph("The register has no open section."))
    for d in s.sections:
        _section_block(flow, d)
    _list(flow, "Take-home supplies", s.take_home, "None: nothing was supplied to take home.")
    _list(flow, "Withheld sessions", s.withheld, "None: no session was withheld.")
    if s.lines_withheld:
        _list(flow, "Lines withheld within a dose", s.lines_withheld, "")
    if s.reassessed:
        _list(flow, "Withheld, then re-assessed and dosed", s.reassessed, "")
    if s.in_error:
        _list(flow, "Withholdings recorded in error and corrected", s.in_error, "")
    _list(flow, "Missed sessions", s.missed, "None: every session due was attended.")
    _list(flow, "Adverse events", s.events, "None: no adverse event was recorded.")
    _list(flow, "Expiry warnings", s.expiry_warnings,
          "None: on that day no batch held had expired or expired within 30 days.",
          {"EXPIRED": expiry_colours("expired")[0], "expires": expiry_colours("soon")[1]})
    if anchor is not None:
        add_chain_heads(flow, *anchor, left=MARGIN, width=TEXT_W)
    flow.finish()
    return flow.pdf
