"""The evaluation report (A4 portrait): the clinic and the period, the headline figures,
the dashboard's charts as vector graphics, a table per measure (n, start, latest,
change), the costs, and the definitions.

The pages are laid out with reportlab (page_flow) leaving a slot of the chart's size;
each chart is drawn by matplotlib as a one-page vector PDF and placed into its slot with
pdfium (pypdfium2, already used to print): nothing is rasterised, the charts' text stays
text, and no second PDF library is needed.
"""

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from hat_desktop.domain.evaluation import (
    DEFINITIONS,
    Evaluation,
    MeasureChange,
    cost_lines,
    headline,
    panel_lines,
)
from hat_desktop.domain.times import format_date, format_local
from hat_desktop.reports import evaluation_charts
from hat_desktop.reports.page_flow import Draw, PageFlow, nothing, text_lines
from hat_desktop.reports.pdf_common import (
    FONT,
    FONT_BOLD,
    FONT_CONDENSED,
    HEAD_FILL,
    RULE,
    fit_text,
    wrap_text,
)

WIDTH, HEIGHT = A4
MARGIN = 15 * mm
TOP = HEIGHT - 36 * mm
BOTTOM = 18 * mm
ROW_H = 5.6 * mm
TEXT_WIDTH = WIDTH - 2 * MARGIN
SUBJECT = ("Evaluation of heroin-assisted treatment: retention, attendance, doses, outcomes "
           "(TOP), costs, drug screens, adverse events and partner-agency contacts")
# (heading, width in mm) of the measures table
COLUMNS = (("Measure (past 28 days)", 104), ("n", 12), ("Start", 20), ("Latest", 20),
           ("Change", 24))


@dataclass
class _Slot:
    """Where chart ``chart`` (its page in the charts' PDF, from 0) goes: page (1-based),
    lower-left corner and size, in points."""

    chart: int
    page: int = 0
    x: float = 0.0
    y: float = 0.0
    width: float = 0.0


def _text(lines: list[str], font: str, size: float) -> tuple[float, Draw]:
    return text_lines(lines, font, size, MARGIN, 1.5 * mm)


def _paragraph(text: str, size: float = 9, font: str = FONT) -> tuple[float, Draw]:
    return _text(wrap_text(text, font, size, TEXT_WIDTH), font, size)


def _number(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:g}"


def _change(m: MeasureChange) -> str:
    if m.change is None:
        return "–"
    if m.change == 0:
        return "0"
    better = (m.change < 0) == m.lower_is_better
    return f"{m.change:+g} ({'better' if better else 'worse'})"


def _table_header(c: Canvas, y: float) -> None:
    c.setFillColor(HEAD_FILL)
    width = sum(w for _, w in COLUMNS) * mm
    c.rect(MARGIN, y - 1.8 * mm, width, ROW_H, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont(FONT_BOLD, 8.5)
    x = MARGIN
    for title, w in COLUMNS:
        c.drawString(x + 1.5, y, title)
        x += w * mm


def _table_row(values: list[str]) -> Draw:
    def draw(c: Canvas, y: float) -> None:
        x = MARGIN
        c.setFont(FONT_CONDENSED, 8.5)
        for (_, w), value in zip(COLUMNS, values, strict=True):
            c.drawString(x + 1.5, y, fit_text(value, FONT_CONDENSED, 8.5, w * mm - 3))
            x += w * mm
        c.setStrokeColor(RULE)
        c.line(MARGIN, y - 1.8 * mm, MARGIN + sum(w for _, w in COLUMNS) * mm, y - 1.8 * mm)

    return draw


def measure_rows(ev: Evaluation) -> list[list[str]]:
    """The table per measure as printed: measure, n, start, latest, change."""
    return [[m.label, str(m.n), _number(m.start), _number(m.latest), _change(m)]
            for m in ev.measures]


def contact_lines(ev: Evaluation) -> list[str]:
    """Contacts by agency kind, in words: 'Housing: 12 (referral 4, appointment kept 5, ...)'."""
    c = ev.contacts
    if c is None:
        return []
    lines = []
    for kind, total in c.by_kind.items():
        if not total:
            continue
        done = ", ".join(f"{action.label.lower()} {n}"
                         for (k, action), n in c.by_kind_and_action.items() if k is kind)
        lines.append(f"{kind.label}: {total} ({done})")
    return ["; ".join(lines) + "."] if lines else []


def _chart(flow: PageFlow, slots: list[_Slot], chart: int, width: float, height: float
           ) -> None:
    slot = _Slot(chart, width=width)

    def draw(_c: Canvas, y: float) -> None:
        slot.page, slot.x, slot.y = flow.page, MARGIN, y - height

    slots.append(slot)
    flow.add(height + 3 * mm, draw)


def _place_charts(document: bytes, charts: list[bytes], slots: list[_Slot]) -> bytes:
    """The finished pages with each chart drawn into its slot, as a form over the page.
    The pages are edited in place, so the fonts they share are written once: a copy of
    each page made into a form carried its own copy of every font, and the report doubled
    in size (the page's own content is regenerated: reportlab starts every page in a font
    of ours, not Helvetica, which a regenerated page would name but no longer hold).
    Each chart comes from its own file: a form made of a page takes every resource its
    page names, and the pages of one file of charts all named every chart's markers."""
    import io

    import pypdfium2 as pdfium

    out = pdfium.PdfDocument(document)
    drawn = [pdfium.PdfDocument(chart) for chart in charts]
    try:
        for index in range(len(out)):
            page = out[index]
            for slot in (s for s in slots if s.page == index + 1):
                chart = drawn[slot.chart]
                picture = chart.page_as_xobject(0, out).as_pageobject()
                scale = slot.width / chart[0].get_width()
                picture.transform(pdfium.PdfMatrix().scale(scale, scale)
                                  .translate(slot.x, slot.y))
                page.insert_obj(picture)
            page.gen_content()
        buffer = io.BytesIO()
        out.save(buffer)
        return buffer.getvalue()
    finally:
        for chart in drawn:
            chart.close()
        out.close()


def _furniture(c: Canvas, ev: Evaluation, tz: ZoneInfo, page: int, pages: int) -> None:
    """The heading and the foot (draw_furniture's, with the page count written out: the
    charts are placed into finished pages, so no page may depend on a shared form)."""
    c.setFont(FONT_BOLD, 15)
    c.drawString(MARGIN, HEIGHT - 20 * mm, fit_text(f"{ev.clinic} — evaluation report",
                                                    FONT_BOLD, 15, TEXT_WIDTH))
    c.setFont(FONT, 10)
    c.drawString(MARGIN, HEIGHT - 27 * mm, fit_text(
        f"{format_date(ev.first)} to {format_date(ev.last)} · retention, attendance, doses, "
        "outcomes (TOP), costs, screens, safety, agencies", FONT, 10, TEXT_WIDTH))
    c.setFont(FONT, 8)
    c.drawString(MARGIN, 9 * mm, f"Printed by {ev.made_by} at {format_local(ev.made_at, tz)}")
    c.drawRightString(WIDTH - MARGIN, 9 * mm, f"Page {page} of {pages}")


def _layout(ev: Evaluation, tz: ZoneInfo, pages: int, charts: list[tuple[str, float]]
            ) -> tuple[PageFlow, list[_Slot]]:
    flow = PageFlow(A4, f"{ev.clinic}: evaluation report {ev.first.isoformat()} to "
                    f"{ev.last.isoformat()}", top=TOP, bottom=BOTTOM, demo=ev.demo,
                    furniture=lambda c, page: _furniture(c, ev, tz, page, pages),
                    initial_font=FONT)
    flow.canvas.setAuthor(f"{ev.clinic} (printed by {ev.made_by})")
    flow.canvas.setSubject(SUBJECT)
    flow.add(*_text(["Summary"], FONT_BOLD, 12))
    for line in headline(ev):
        flow.add(*_paragraph(line))
    flow.add(3 * mm, nothing)
    flow.add(*_text(["Outcomes: Treatment Outcomes Profile, start and latest review"],
                    FONT_BOLD, 12))
    header = (ROW_H, _table_header)
    flow.add(*header)
    for values in measure_rows(ev):
        flow.add(ROW_H, _table_row(values), header)
    flow.add(3 * mm, nothing)
    flow.add(*_text(["Costs"], FONT_BOLD, 12))
    for line in cost_lines(ev):
        flow.add(*_paragraph(line))
    flow.add(3 * mm, nothing)
    flow.add(*_text(["Drug screens, adverse events and partner agencies"], FONT_BOLD, 12))
    for line in panel_lines(ev) + contact_lines(ev):
        flow.add(*_paragraph(line))
    slots: list[_Slot] = []
    for n, (title, height) in enumerate(charts):
        flow.add(*_text([title], FONT_BOLD, 11), keep_with_next=height)
        _chart(flow, slots, n, TEXT_WIDTH, height)
    flow.add(3 * mm, nothing)
    flow.add(*_text(["Definitions"], FONT_BOLD, 12))
    for name, text in DEFINITIONS:
        flow.add(*_paragraph(f"{name}: {text}", 8))
    flow.finish()
    return flow, slots


def to_pdf(ev: Evaluation, tz: ZoneInfo | None = None) -> bytes:
    zone = tz or ZoneInfo("Europe/London")
    figures = [(title, make(ev)) for _key, title, make in evaluation_charts.CHARTS]
    charts = [(title, TEXT_WIDTH * fig.get_figheight() / fig.get_figwidth())
              for title, fig in figures]
    drawn = [evaluation_charts.figures_pdf([fig]) for _, fig in figures]
    counted, _ = _layout(ev, zone, 0, charts)  # the same layout twice: the first counts pages
    flow, slots = _layout(ev, zone, counted.page, charts)
    return _place_charts(flow.pdf, drawn, slots)
