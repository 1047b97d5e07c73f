"""The end-of-day summary as printed pages (A4 portrait): per register section the
day's opening balance, receipts, doses (count and mg), waste, destruction, returns,
corrections, the closing balance, the counted figure and who signed the count off;
then the day's withheld and missed sessions and the expiry warnings."""

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
LABEL_W = 40 * mm
PAIR_W = TEXT_W / 2


def sign_off_text(s: DaySummary) -> str:
    if s.counted_by is None:
        return "The stock has not been counted for this day: the day is not reconciled."
    if s.witness is None:
        return f"Counted by {s.counted_by}; not yet signed off with a witness."
    return f"Counted by {s.counted_by}; signed off with the witness {s.witness}."


def figures(d: SectionDay) -> list[tuple[str, str]]:
    """(label, value) pairs in the order they are printed (and shown on screen)."""
    q = d.section.quantity
    counted = q(d.counted) if d.counted is not None else "not counted"
    if d.counted is None:
        difference = "–"
    elif d.discrepancy is None:
        difference = "none"
    else:
        difference = f"{d.discrepancy:+d} ({q(abs(d.discrepancy))} "
        difference += "short)" if d.discrepancy < 0 else "over)"
    return [
        ("Opening balance", q(d.opening)),
        ("Received", q(d.received)),
        ("Doses administered", f"{d.doses} ({d.mg_administered} mg)"),
        ("Waste (denatured)", f"{d.mg_wasted} mg"),
        ("Destroyed", q(d.destroyed)),
        ("Returned to supplier", q(d.returned)),
        ("Corrections (net)", f"{d.corrections:+d}" if d.corrections else "none"),
        ("Closing balance", q(d.closing)),
        ("Counted", counted),
        ("Difference", difference),
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


def _pair_row(pairs: list[tuple[str, str]], d: SectionDay) -> Draw:
    def draw(c: Canvas, y: float) -> None:
        for column, (label, value) in enumerate(pairs):
            x = MARGIN + column * PAIR_W
            bad = label == "Difference" and d.discrepancy is not None
            good = label == "Difference" and d.counted is not None and d.discrepancy is None
            if bad or good:
                back, fore = COUNT_COLOURS["discrepancy" if bad else "matched"]
                c.setFillColor(colors.HexColor(back))
                c.rect(x + LABEL_W - 1, y - 1.7 * mm, PAIR_W - LABEL_W - 2, ROW_H - 0.4 * mm,
                       stroke=0, fill=1)
            c.setFillColor(colors.Color(0.3, 0.35, 0.4))
            c.setFont(FONT, 9)
            c.drawString(x + 2, y, label)
            c.setFillColor(colors.HexColor(COUNT_COLOURS["discrepancy"][1]) if bad
                           else colors.black)
            c.setFont(FONT_BOLD, 9.5)
            c.drawString(x + LABEL_W, y, fit_text(value, FONT_BOLD, 9.5, PAIR_W - LABEL_W - 4))
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
    flow.gap(2 * mm)
    if not s.sections:
        flow.add(*_paragraph("The register has no open section."))
    for d in s.sections:
        heading = _section_heading(d)
        pairs = figures(d)
        block = 5 * ROW_H
        flow.add(*heading, keep_with_next=block)
        for row in range(0, len(pairs), 2):
            flow.add(ROW_H, _pair_row(pairs[row:row + 2], d))
        flow.gap(4 * mm)
    _list(flow, "Withheld sessions", s.withheld, "None: no dose was withheld.")
    _list(flow, "Missed sessions", s.missed, "None: every session due was attended.")
    _list(flow, "Expiry warnings", s.expiry_warnings, "None: no batch expires within 30 days.",
          {"EXPIRED": expiry_colours("expired")[0], "expires": expiry_colours("soon")[1]})
    if anchor is not None:
        add_chain_heads(flow, *anchor, left=MARGIN, width=TEXT_W)
    flow.finish()
    return flow.pdf
