"""Printed register pages: one section, a date range, A4 landscape, like a paper CD register.

Every page carries the clinic, the drug, strength and form, the Regulation 19 headings
(obtained and supplied on one page, running balance last), corrections as dated
footnotes on the page of the entry they correct, late-entry reasons, "Page X of Y",
who printed it and when, and a QR code (with the same code in small type) that
`hat-desktop verify-page` checks against the register.

Pages are laid out and drawn one at a time as the entries stream in, so the work grows
linearly with the register. The total page count is not known until the end: each
page shows it through a small PDF form that is filled in once, after the last page.
"""

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import BinaryIO
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from zint import Symbol, Symbology

from hat_desktop.domain.register import Entry, Section
from hat_desktop.domain.register_text import (
    COLUMNS,
    OBTAINED,
    SUPPLIED,
    correction_note,
    entry_text,
    late_note,
    one_line,
)
from hat_desktop.domain.times import format_date, format_local
from hat_desktop.palette import NOTE_COLOURS
from hat_desktop.reports.page_code import PageCode
from hat_desktop.reports.page_flow import PageFlow
from hat_desktop.reports.pdf_common import (
    FONT,
    FONT_BOLD,
    FONT_CONDENSED,
    FONT_CONDENSED_BOLD,
    FONT_MONO,
    HEAD_FILL,
    fit_text,
    wrap_text,
)

WIDTH, HEIGHT = landscape(A4)
MARGIN = 10 * mm
TABLE_WIDTH = WIDTH - 2 * MARGIN
HEAD_TOP = HEIGHT - 30 * mm  # top of the column headings
BODY_TOP = HEAD_TOP - 12.5 * mm
FOOTER_Y = 8.5 * mm
BOTTOM = 15 * mm  # the lowest a row or footnote may reach
SIZE, LEADING, PAD = 7.0, 7.7, 2.0
NOTE_SIZE, NOTE_LEADING = 6.6, 7.8
NOTE_INDENT = 24 * mm
MAX_LINES = 6  # lines in one cell
QR_SIZE = 21 * mm
QR_ECC_M = 2  # zint's option_1 for error correction level M (15% of the code may be lost)
_BITS = [bytes((value >> bit) & 1 for bit in range(8)) for value in range(256)]
_DARK_RUNS = re.compile(rb"\x01+")
RIGHT_ALIGNED = {"quantity_in", "quantity_out", "balance"}
GRID = colors.Color(0.72, 0.76, 0.80)
LATE_FILL, LATE_COLOUR = (colors.HexColor(c) for c in NOTE_COLOURS)

_widths = [w * mm * TABLE_WIDTH / (sum(c[2] for c in COLUMNS) * mm) for _, _, w in COLUMNS]
_lefts = [MARGIN + sum(_widths[:i]) for i in range(len(COLUMNS))]
_keys = [key for key, _, _ in COLUMNS]
_left_x = [fp_str(left + PAD) for left in _lefts]
HEAD_BAND = 3.6 * mm  # the OBTAINED / SUPPLIED band above the headings
_GROUP_EDGES = {MARGIN, MARGIN + TABLE_WIDTH, _lefts[_keys.index(OBTAINED[0])],
                _lefts[_keys.index(SUPPLIED[0])], _lefts[_keys.index(SUPPLIED[-1]) + 1]}


@dataclass(frozen=True)
class RegisterHeading:
    clinic_name: str
    clinic_address: str
    section: Section
    first: date
    last: date
    tz: ZoneInfo
    printed_by: str
    printed_at: datetime
    demo: bool = False


class _RememberingText(PDFTextObject):  # type: ignore[misc] # reportlab has no type hints
    """reportlab's text object, remembering how each string was encoded for the page.

    Encoding a string for an embedded TrueType font walks it character by character in
    Python; a register repeats the same names, addresses and words thousands of times,
    so each (font, size, subset, text) is encoded once per document and reused. Every
    cell is placed with setTextOrigin, so textOut need not track the cursor."""

    _curSubset: int  # noqa: N815 - reportlab's attribute

    def __init__(self, canvas: Canvas, memo: dict[tuple[object, ...], tuple[str, int]]
                 ) -> None:
        super().__init__(canvas)
        self._memo = memo

    def _formatText(self, text: str) -> str:  # noqa: N802 - reportlab's name
        key = (self._fontname, self._fontsize, self._leading, self._curSubset, text)
        found = self._memo.get(key)
        if found is None:
            found = (super()._formatText(text), self._curSubset)
            self._memo[key] = found
        self._curSubset = found[1]
        return found[0]

    def textOut(self, text: str) -> None:  # noqa: N802 - reportlab's name
        self._code.append(self._formatText(text))

    def place(self, x: str, y: str, text: str) -> None:
        """``text`` at (x, y), both already formatted as PDF numbers."""
        self._code.append(f"1 0 0 1 {x} {y} Tm {self._formatText(text)}")


class _Measure:
    """Widths and wrapped lines, remembered for the document (cells repeat a lot)."""

    def __init__(self) -> None:
        self._wrapped: dict[tuple[str, str, float, int], list[str]] = {}
        self._widths: dict[tuple[str, str], float] = {}

    def wrap(self, text: str, font: str, width: float, max_lines: int = MAX_LINES,
             size: float = SIZE) -> list[str]:
        key = (text, font, width, max_lines)
        found = self._wrapped.get(key)
        if found is None:
            found = self._wrapped[key] = wrap_text(text, font, size, width, max_lines)
        return found

    def width(self, text: str, font: str) -> float:
        key = (text, font)
        found = self._widths.get(key)
        if found is None:
            found = self._widths[key] = stringWidth(text, font, SIZE)
        return found


@dataclass
class _Row:
    entry: Entry
    cells: list[list[str]]
    late: list[str]
    notes: list[list[str]]  # wrapped footnotes, one per correction
    height: float
    notes_height: float


def _layout(entry: Entry, corrections: Sequence[Entry], h: RegisterHeading,
            measure: _Measure) -> _Row:
    text = entry_text(entry, h.section, h.tz)
    cells = []
    for key, width in zip(_keys, _widths, strict=True):
        lines: list[str] = []
        for line in text.cell(key):
            lines.extend(measure.wrap(line, FONT_CONDENSED, width - 2 * PAD))
        if len(lines) > MAX_LINES:  # never silently: the cut shows
            lines = wrap_text("\n".join(lines), FONT_CONDENSED, SIZE, width - 2 * PAD,
                              MAX_LINES)
        cells.append(lines)
    late = (wrap_text(late_note(entry, h.tz), FONT_CONDENSED, SIZE,
                      TABLE_WIDTH - _widths[0] - 4, max_lines=3) if entry.late_reason else [])
    notes = [wrap_text(correction_note(c, h.section, h.tz), FONT, NOTE_SIZE,
                       TABLE_WIDTH - NOTE_INDENT, max_lines=4) for c in corrections]
    if notes:
        cells[0] = [*cells[0], "note"]  # numbered when the row is placed on its page
    count = max(1, *(len(c) for c in cells)) + len(late)
    height = count * LEADING + 2 * PAD
    notes_height = sum(len(n) * NOTE_LEADING + 1.2 for n in notes)
    return _Row(entry, cells, late, notes, height, notes_height)


def qr_modules(text: str) -> list[bytes]:
    """The QR code of ``text`` (level M, no quiet zone): a row of 0/1 bytes for each
    row of modules. Encoded by zint, a C barcode library: a page code takes 0.2 ms,
    against 1.3 ms with reportlab's pure-Python encoder (a third of a register's
    printing time went on its QR codes)."""
    symbol = Symbol()
    symbol.symbology = Symbology.QRCODE
    symbol.option_1 = QR_ECC_M
    symbol.encode(text)
    size = symbol.rows
    matrix = symbol.encoded_data  # one row of bits per row of modules, first module lowest
    packed = matrix.tobytes()
    stride, used = matrix.nbytes // len(matrix), (size + 7) // 8
    return [b"".join([_BITS[byte] for byte in packed[r * stride:r * stride + used]])[:size]
            for r in range(size)]


def draw_qr(c: Canvas, text: str, x: float, y: float, size: float) -> None:
    """The QR code as one filled path, a rectangle for each run of dark modules, drawn
    in module units (whole numbers, quick to write) scaled onto the page."""
    modules = qr_modules(text)
    count = len(modules)
    runs = []
    for r, row in enumerate(modules):
        bottom = count - 1 - r
        for run in _DARK_RUNS.finditer(row):
            start, end = run.span()
            runs.append(f"{start} {bottom} {end - start} 1.02 re")
    c.saveState()
    c.transform(size / count, 0, 0, size / count, x, y)
    c.addLiteral("\n".join(runs) + "\nf")
    c.restoreState()


@dataclass
class _Page:
    number: int
    text: PDFTextObject
    rows: list[_Row] = field(default_factory=list)
    notes: list[tuple[int, list[str]]] = field(default_factory=list)  # (entry id, lines)
    notes_height: float = 0.0
    rules: list[float] = field(default_factory=list)
    bands: list[tuple[float, float]] = field(default_factory=list)  # late notes: (y, height)


class RegisterPdf:
    """Feed entries in register order with add(); finish() writes the document and
    returns each page's code (None for a page with no entry). Pages are laid out by the
    one page flow: this class fills each page's rows and, when the flow ends the page,
    draws what depends on them (the grid, the footnotes, the page code)."""

    def __init__(self, heading: RegisterHeading, target: str | BinaryIO) -> None:
        self.h = heading
        s = heading.section
        self.flow = PageFlow(
            (WIDTH, HEIGHT), f"Controlled drugs register — {s.code} — "
            f"{heading.first.isoformat()} to {heading.last.isoformat()}",
            top=BODY_TOP, bottom=BOTTOM, demo=heading.demo, target=target,
            footnote_gap=3 * mm, furniture=self._start_page, page_end=self._finish_page)
        self.c = self.flow.canvas
        self.codes: list[str | None] = []
        self.measure = _Measure()
        self._right_x: dict[tuple[int, str], str] = {}
        self._encoded: dict[tuple[object, ...], tuple[str, int]] = {}
        self.c.beginForm("furniture")  # the same on every page: drawn once, shown on each
        self._furniture()
        self.c.endForm()
        self.page = _Page(0, _RememberingText(self.c, self._encoded))

    def _start_page(self, _c: Canvas, number: int) -> None:
        text = _RememberingText(self.c, self._encoded)
        text.setFont(FONT_CONDENSED, SIZE)
        self.page = _Page(number, text)

    def add(self, entry: Entry, corrections: Sequence[Entry]) -> None:
        row = _layout(entry, corrections, self.h, self.measure)
        self.flow.add(row.height, lambda _c, y: self._draw_row(self.page, row, y),
                      reserve=row.notes_height)

    def _draw_row(self, p: _Page, row: _Row, y: float) -> None:
        t = p.text
        if row.notes:
            first = len(p.notes) + 1
            marks = ", ".join(str(first + i) for i in range(len(row.notes)))
            row.cells[0][-1] = f"note {marks}"
            for lines in row.notes:
                p.notes.append((row.entry.id, lines))
            p.notes_height += row.notes_height
        baseline = y - PAD - SIZE + 0.6
        ys = [fp_str(baseline - i * LEADING) for i in range(MAX_LINES + 4)]
        xs = self._right_x
        for col, (key, lines) in enumerate(zip(_keys, row.cells, strict=True)):
            if not lines:
                continue
            if key == "balance":
                t.setFont(FONT_CONDENSED_BOLD, SIZE)
            right = key in RIGHT_ALIGNED
            for i, line in enumerate(lines):
                if right:
                    x = xs.get((col, line))
                    if x is None:
                        x = xs[(col, line)] = fp_str(
                            _lefts[col] + _widths[col] - PAD - stringWidth(
                                line, FONT_CONDENSED_BOLD if key == "balance" else
                                FONT_CONDENSED, SIZE))
                else:
                    x = _left_x[col]
                t.place(x, ys[i], line)
            if key == "balance":
                t.setFont(FONT_CONDENSED, SIZE)
        if row.late:
            t.setFillColor(LATE_COLOUR)
            first = max(1, *(len(c) for c in row.cells))
            p.bands.append((y - row.height + PAD * 0.6, len(row.late) * LEADING))
            for i, line in enumerate(row.late):
                t.place(_left_x[1], ys[first + i], line)
            t.setFillColor(colors.black)
        p.rules.append(y - row.height)
        p.rows.append(row)

    # --- page furniture -------------------------------------------------------------
    def _finish_page(self, _c: Canvas, _number: int, bottom: float) -> None:
        c, p = self.c, self.page
        c.doForm("furniture")
        self._heading(p)
        self._grid(p, bottom)
        if p.bands:  # a late entry's reason runs across the columns, on a tinted band
            c.setFillColor(LATE_FILL)
            for y, height in p.bands:
                c.rect(_lefts[1] + 0.4, y, TABLE_WIDTH - _widths[0] - 0.8, height, stroke=0,
                       fill=1)
            c.setFillColor(colors.black)
        c.drawText(p.text)
        self._footnotes(p)
        code = None
        if p.rows:
            last = p.rows[-1].entry
            code = PageCode(self.h.section.code, p.rows[0].entry.id, last.id, last.hash).text
            draw_qr(c, code, WIDTH - MARGIN - QR_SIZE, HEIGHT - 6 * mm - QR_SIZE, QR_SIZE)
        self._footer(code)
        self.codes.append(code)

    def _furniture(self) -> None:
        """What every page carries unchanged: drawn once into a form shown on each page."""
        c, h, s = self.c, self.h, self.h.section
        room = WIDTH - 2 * MARGIN - QR_SIZE - 6 * mm
        c.setFont(FONT_BOLD, 13)
        c.drawString(MARGIN, HEIGHT - 12 * mm, fit_text(s.title, FONT_BOLD, 13, room))
        c.setFont(FONT, 8.5)
        place = h.clinic_name + (f", {one_line(h.clinic_address)}" if h.clinic_address else "")
        c.drawString(MARGIN, HEIGHT - 17.5 * mm, fit_text(
            f"Controlled drugs register (Misuse of Drugs Regulations 2001, Schedule 2) · {place}",
            FONT, 8.5, room))
        if s.closed:
            c.setFont(FONT_BOLD, 8.5)
            c.drawString(MARGIN, HEIGHT - 27 * mm, "This section is closed to new entries.")
        c.setFont(FONT, 7.5)
        c.drawString(MARGIN, FOOTER_Y, fit_text(
            f"Printed by {h.printed_by} at {format_local(h.printed_at, h.tz)} from "
            f"{h.clinic_name}'s HAT Desktop register", FONT, 7.5, 150 * mm))
        self._column_heads()

    def _heading(self, p: _Page) -> None:
        c, h, s = self.c, self.h, self.h.section
        forward = ""
        if p.rows:
            e = p.rows[0].entry
            forward = (" · Balance brought forward: "
                       f"{s.quantity(e.balance - e.quantity_in + e.quantity_out)}")
        units = (f"{s.unit} ({s.mg_per_unit} mg per {s.unit})" if s.unit in ("ml", "mg", "g")
                 else f"{s.unit}s of {s.mg_per_unit} mg")
        c.setFont(FONT, 8.5)
        c.drawString(MARGIN, HEIGHT - 22.5 * mm, fit_text(
            f"Section {s.code} · quantities in {units} · entries dated {format_date(h.first)} "
            f"to {format_date(h.last)}{forward}", FONT, 8.5,
            WIDTH - 2 * MARGIN - QR_SIZE - 6 * mm))

    def _column_heads(self) -> None:
        c = self.c
        band = HEAD_BAND
        c.setFillColor(HEAD_FILL)
        c.rect(MARGIN, BODY_TOP, TABLE_WIDTH, HEAD_TOP - BODY_TOP, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont(FONT_CONDENSED_BOLD, 6.8)
        for group, keys in (("OBTAINED", OBTAINED), ("SUPPLIED (including by administration)",
                                                     SUPPLIED)):
            first, last = _keys.index(keys[0]), _keys.index(keys[-1])
            left, right = _lefts[first], _lefts[last] + _widths[last]
            c.drawCentredString((left + right) / 2, HEAD_TOP - band + 1.1 * mm, group)
            c.setStrokeColor(GRID)
            c.line(left + 1, HEAD_TOP - band, right - 1, HEAD_TOP - band)
        for (key, title, _), left, width in zip(COLUMNS, _lefts, _widths, strict=True):
            lines = wrap_text(title, FONT_CONDENSED_BOLD, 6.8, width - 2, max_lines=3)
            top = HEAD_TOP - band - 2.6 * mm
            for i, line in enumerate(lines):
                if key in RIGHT_ALIGNED:
                    c.drawRightString(left + width - 1, top - i * 7.4, line)
                else:
                    c.drawString(left + 1.5, top - i * 7.4, line)

    def _grid(self, p: _Page, bottom: float) -> None:
        c = self.c
        path = c.beginPath()
        for y in p.rules:
            path.moveTo(MARGIN, y)
            path.lineTo(MARGIN + TABLE_WIDTH, y)
        for x in [*_lefts, MARGIN + TABLE_WIDTH]:
            path.moveTo(x, HEAD_TOP if x in _GROUP_EDGES else HEAD_TOP - HEAD_BAND)
            path.lineTo(x, bottom)
        path.moveTo(MARGIN, HEAD_TOP)
        path.lineTo(MARGIN + TABLE_WIDTH, HEAD_TOP)
        path.moveTo(MARGIN, BODY_TOP)
        path.lineTo(MARGIN + TABLE_WIDTH, BODY_TOP)
        c.setStrokeColor(GRID)
        c.setLineWidth(0.4)
        c.drawPath(path, stroke=1, fill=0)
        c.setStrokeColor(colors.black)

    def _footnotes(self, p: _Page) -> None:
        if not p.notes:
            return
        c = self.c
        y = BOTTOM + p.notes_height
        c.setStrokeColor(GRID)
        c.line(MARGIN, y + 2 * mm, MARGIN + 60 * mm, y + 2 * mm)
        c.setFillColor(colors.black)
        for number, (entry_id, lines) in enumerate(p.notes, start=1):
            c.setFont(FONT_BOLD, NOTE_SIZE)
            c.drawString(MARGIN, y - NOTE_SIZE, fit_text(f"Note {number}: No. {entry_id}",
                                                         FONT_BOLD, NOTE_SIZE, NOTE_INDENT - 2))
            c.setFont(FONT, NOTE_SIZE)
            for i, line in enumerate(lines):
                c.drawString(MARGIN + NOTE_INDENT, y - NOTE_SIZE - i * NOTE_LEADING, line)
            y -= len(lines) * NOTE_LEADING + 1.2

    def _footer(self, code: str | None) -> None:
        c = self.c
        self.flow.page_number(c, WIDTH - MARGIN - 32 * mm, FOOTER_Y, 7.5)
        if code is not None:
            c.setFont(FONT_MONO, 5.5)
            c.drawRightString(WIDTH - MARGIN, FOOTER_Y - 3.6 * mm,
                              f"Page code (hat-desktop verify-page): {code}")

    def finish(self, empty_message: str) -> list[str | None]:
        if self.flow.page == 0:
            def say_empty(_c: Canvas, _y: float) -> None:
                t = self.page.text
                t.setFont(FONT, 10)
                t.setTextOrigin(MARGIN + PAD, BODY_TOP - 8 * mm)
                t.textOut(empty_message)

            self.flow.add(0, say_empty)
        self.flow.finish()
        return self.codes


def render(heading: RegisterHeading, rows: Iterable[tuple[Entry, Sequence[Entry]]],
           target: str | BinaryIO, on_row: Callable[[int], None] | None = None
           ) -> list[str | None]:
    """Draw every entry of ``rows`` (with the corrections attached to each) to ``target``;
    the code printed on each page, in page order. ``on_row(count)`` is called as rows
    are drawn (it may raise to stop)."""
    pdf = RegisterPdf(heading, target)
    count = 0
    for entry, corrections in rows:
        pdf.add(entry, corrections)
        count += 1
        if on_row is not None and count % 500 == 0:
            on_row(count)
    s = heading.section
    return pdf.finish(f"No entries in section {s.code} are dated between "
                      f"{format_date(heading.first)} and {format_date(heading.last)}.")
