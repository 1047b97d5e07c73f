"""Printed register pages: one section, a date range, A4 landscape, like a paper CD register.

Pages are the section's own, as in a bound book: page n always holds the same entries
(domain.register_pages), whatever period is printed, so a reprint of page 17 is page 17.
Every sheet carries the clinic, the drug, strength and form, the Regulation 19 headings
(obtained and supplied on one page, running balance last), the section's page number,
each entry with its number in the section and every required detail whole (rows grow;
a row taller than a sheet continues on the next with its number repeated); corrections
and stock checks in a band across the columns, and as dated footnotes on the page of the
entry they correct; late-entry reasons; a dose given under a manager's override, marked
and footnoted; the period's totals and closing balance after its last entry; who printed
it and when, "Sheet X of Y of this print", and a QR code (with the same code in small
type) that `hat-desktop verify-page` checks against the register.

Sheets are laid out and drawn one at a time as the entries stream in, so the work grows
linearly with the register. The sheet count is not known until the end: each sheet
shows it through a small PDF form that is filled in once, after the last sheet.
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
from hat_desktop.domain.register_pages import ENTRIES_PER_PAGE, page_of
from hat_desktop.domain.register_text import (
    COLUMNS,
    OBTAINED,
    SUPPLIED,
    correction_note,
    entry_text,
    late_note,
    one_line,
    totals_lines,
)
from hat_desktop.domain.register_totals import PeriodTotals
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
    wrap_whole,
)

WIDTH, HEIGHT = landscape(A4)
MARGIN = 10 * mm
TABLE_WIDTH = WIDTH - 2 * MARGIN
QR_SIZE = 28 * mm  # 37 modules at 75 dpi are 3 pixels each: a poor scan still reads
QR_TOP = HEIGHT - 4 * mm
HEAD_TOP = HEIGHT - 34 * mm  # top of the column headings
BODY_TOP = HEAD_TOP - 12.5 * mm
FOOTER_Y = 9 * mm
CODE_Y = 5 * mm
BOTTOM = 16 * mm  # the lowest a row or footnote may reach
SIZE, LEADING, PAD = 7.0, 7.7, 2.0
NOTE_SIZE, NOTE_LEADING = 6.6, 7.8
NOTE_INDENT = 24 * mm
FOOTNOTE_GAP = 3 * mm
QR_ECC_M = 2  # zint's option_1 for error correction level M (15% of the code may be lost)
_BITS = [bytes((value >> bit) & 1 for bit in range(8)) for value in range(256)]
_DARK_RUNS = re.compile(rb"\x01+")
RIGHT_ALIGNED = {"quantity_in", "quantity_out", "balance"}
GRID = colors.Color(0.72, 0.76, 0.80)
OUTSIDE = colors.Color(0.45, 0.45, 0.45)  # rows on the pages but dated outside the period
BAND_FILL = colors.Color(0.95, 0.96, 0.97)
LATE_FILL, LATE_COLOUR = (colors.HexColor(c) for c in NOTE_COLOURS)

_widths = [w * mm * TABLE_WIDTH / (sum(c[2] for c in COLUMNS) * mm) for _, _, w in COLUMNS]
_lefts = [MARGIN + sum(_widths[:i]) for i in range(len(COLUMNS))]
_keys = [key for key, _, _ in COLUMNS]
_left_x: list[str] = [str(fp_str(left + PAD)) for left in _lefts]
HEAD_BAND = 3.6 * mm  # the OBTAINED / SUPPLIED band above the headings
_GROUP_EDGES = {MARGIN, MARGIN + TABLE_WIDTH, _lefts[_keys.index(OBTAINED[0])],
                _lefts[_keys.index(SUPPLIED[0])], _lefts[_keys.index(SUPPLIED[-1]) + 1]}
# a correction or stock check: its words across the OBTAINED and SUPPLIED columns
_BAND_FIRST, _BAND_LAST = _keys.index(OBTAINED[0]), _keys.index(SUPPLIED[-1])
_BAND_LEFT = _lefts[_BAND_FIRST]
_BAND_WIDTH = _lefts[_BAND_LAST] + _widths[_BAND_LAST] - _BAND_LEFT
_IN_BAND = set(range(_BAND_FIRST, _BAND_LAST + 1))
# the most lines one row may take on a sheet before it continues on the next
_SHEET_LINES = int((BODY_TOP - BOTTOM - 2 * PAD) // LEADING)


@dataclass(frozen=True)
class RegisterHeading:
    clinic_name: str
    clinic_address: str
    section: Section
    first: date  # the period printed (never after the day of printing)
    last: date
    tz: ZoneInfo
    printed_by: str
    printed_at: datetime
    demo: bool = False
    head: int = 0  # the section's last entry number when printed (in each page code)


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
        self._wrapped: dict[tuple[str, str, float], list[str]] = {}

    def wrap(self, text: str, font: str, width: float) -> list[str]:
        """``text`` on as many lines of ``width`` as it needs: never cut."""
        key = (text, font, width)
        found = self._wrapped.get(key)
        if found is None:
            found = self._wrapped[key] = wrap_whole(text, font, SIZE, width)
        return found


@dataclass
class _Row:
    entry: Entry
    cells: list[list[str]]
    band: list[str]  # a correction's or stock check's words, across the columns
    late: list[str]
    notes: list[list[str]]  # wrapped footnotes: the override, then each correction
    height: float
    notes_height: float
    outside: bool  # on the pages printed but dated outside the period


def _lines(row: _Row) -> int:
    return max(1, len(row.band), *(len(c) for c in row.cells))


def _layout(entry: Entry, corrections: Sequence[Entry], h: RegisterHeading,
            measure: _Measure, outside: bool) -> list[_Row]:
    """One entry as rows of the table: one row, or (if it is taller than a sheet) a row
    on each sheet it takes, the entry's number repeated on each. Nothing is cut."""
    text = entry_text(entry, h.section, h.tz)
    cells = []
    for col, (key, width) in enumerate(zip(_keys, _widths, strict=True)):
        lines: list[str] = []
        if not (text.band and col in _IN_BAND):
            for line in text.cell(key):
                lines.extend(measure.wrap(line, FONT_CONDENSED, width - 2 * PAD))
        cells.append(lines)
    band = [line for part in text.band
            for line in measure.wrap(part, FONT_CONDENSED, _BAND_WIDTH - 2 * PAD)]
    late = (wrap_whole(late_note(entry, h.tz), FONT_CONDENSED, SIZE,
                       TABLE_WIDTH - _widths[0] - 4) if entry.late_reason else [])
    said = ([text.override] if text.override else []) + [
        correction_note(c, h.section, h.tz) for c in corrections]
    notes = [wrap_whole(n, FONT, NOTE_SIZE, TABLE_WIDTH - NOTE_INDENT) for n in said]
    if notes:
        cells[0] = [*cells[0], "note"]  # numbered when the row is placed on its sheet
    if text.override:
        cells[0] = [*cells[0], "override"]
    notes_height = sum(len(n) * NOTE_LEADING + 1.2 for n in notes)
    room = int((BODY_TOP - BOTTOM - 2 * PAD - notes_height - FOOTNOTE_GAP) // LEADING)
    rows: list[_Row] = []
    total = max(1, len(band), *(len(c) for c in cells))
    step = max(4, min(_SHEET_LINES, room) - len(late))
    for start in range(0, total, step):
        piece = [c[start:start + step] for c in cells]
        if start:
            piece[0] = [text.number, "continued"]
        last = start + step >= total
        extra = late if last else []
        row = _Row(entry, piece, band[start:start + step], extra, notes if not start else [],
                   0.0, notes_height if not start else 0.0, outside)
        row.height = (_lines(row) + len(extra)) * LEADING + 2 * PAD
        rows.append(row)
    return rows


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
    """One printed sheet: a page of the section, or a continuation of one."""

    number: int  # the section's page number
    sheet: int  # 1, or 2, 3… where the page continues
    text: PDFTextObject
    rows: list[_Row] = field(default_factory=list)
    notes: list[tuple[int, list[str]]] = field(default_factory=list)  # (entry No., lines)
    notes_height: float = 0.0
    cells: list[tuple[float, float, bool]] = field(default_factory=list)  # (top, bottom, band)
    fills: list[tuple[float, float, float, float, colors.Color]] = field(default_factory=list)


class RegisterPdf:
    """Feed entries in register order with add(); finish() writes the document and
    returns each sheet's code (None for a sheet with no entry).

    Each entry goes on its section's page (``page_of`` its number): a new page of the
    section starts a new sheet, and a page whose rows run past the foot of a sheet
    continues on the next, headed with the same page number."""

    def __init__(self, heading: RegisterHeading, target: str | BinaryIO) -> None:
        self.h = heading
        s = heading.section
        self.flow = PageFlow(
            (WIDTH, HEIGHT), f"Controlled drugs register — {s.code} — "
            f"{heading.first.isoformat()} to {heading.last.isoformat()}",
            top=BODY_TOP, bottom=BOTTOM, demo=heading.demo, target=target,
            footnote_gap=FOOTNOTE_GAP, furniture=self._start_page, page_end=self._finish_page)
        self.c = self.flow.canvas
        self.codes: list[str | None] = []
        self.measure = _Measure()
        self.totals = PeriodTotals()
        self._right_x: dict[tuple[int, str, bool], str] = {}
        self._encoded: dict[tuple[object, ...], tuple[str, int]] = {}
        self.c.beginForm("furniture")  # the same on every page: drawn once, shown on each
        self._furniture()
        self.c.endForm()
        self.book_page = 0  # the section's page the next row belongs to
        self.page = _Page(0, 0, _RememberingText(self.c, self._encoded))

    def _start_page(self, _c: Canvas, _number: int) -> None:
        text = _RememberingText(self.c, self._encoded)
        text.setFont(FONT_CONDENSED, SIZE)
        sheet = self.page.sheet + 1 if self.page.number == self.book_page else 1
        self.page = _Page(self.book_page, sheet, text)

    def add(self, entry: Entry, corrections: Sequence[Entry], in_period: bool = True) -> None:
        """The next entry, in register order; ``in_period``: dated in the period printed
        (the others on its pages print in grey and stay out of the totals)."""
        self.totals.add(entry, in_period)
        page = page_of(entry.number)
        if page != self.book_page:
            self.book_page = page
            self.flow.new_page()
        for row in _layout(entry, corrections, self.h, self.measure, not in_period):
            self.flow.add(row.height, self._drawer(row), reserve=row.notes_height)

    def _drawer(self, row: _Row) -> Callable[[Canvas, float], None]:
        """Draws ``row`` on the sheet being filled when the flow places it."""
        def draw(_c: Canvas, y: float) -> None:
            self._draw_row(self.page, row, y)
        return draw

    def _draw_row(self, p: _Page, row: _Row, y: float) -> None:
        t = p.text
        if row.notes:
            first = len(p.notes) + 1
            marks = ", ".join(str(first + i) for i in range(len(row.notes)))
            at = row.cells[0].index("note")
            row.cells[0][at] = f"note {marks}"
            for lines in row.notes:
                p.notes.append((row.entry.number, lines))
            p.notes_height += row.notes_height
        if row.outside:
            t.setFillColor(OUTSIDE)
        baseline = y - PAD - SIZE + 0.6
        ys = [fp_str(baseline - i * LEADING) for i in range(_lines(row) + len(row.late))]
        for col, (key, lines) in enumerate(zip(_keys, row.cells, strict=True)):
            bold = key == "balance"
            if bold:
                t.setFont(FONT_CONDENSED_BOLD, SIZE)
            for i, line in enumerate(lines):
                t.place(self._x(col, key, line, bold), ys[i], line)
            if bold:
                t.setFont(FONT_CONDENSED, SIZE)
            if col == _BAND_FIRST:  # the band, where its columns are (and read in order)
                for i, line in enumerate(row.band):
                    t.place(fp_str(_BAND_LEFT + PAD), ys[i], line)
        bottom = y - row.height
        if row.band:
            p.fills.append((_BAND_LEFT, bottom, _BAND_WIDTH, row.height, BAND_FILL))
        if row.late:
            t.setFillColor(LATE_COLOUR)
            first_line = _lines(row)
            p.fills.append((_lefts[1] + 0.4, bottom + PAD * 0.6, TABLE_WIDTH - _widths[0] - 0.8,
                            len(row.late) * LEADING, LATE_FILL))
            for i, line in enumerate(row.late):
                t.place(_left_x[1], ys[first_line + i], line)
        t.setFillColor(colors.black)
        p.cells.append((y, bottom, bool(row.band)))
        p.rows.append(row)

    def _x(self, col: int, key: str, line: str, bold: bool) -> str:
        if key not in RIGHT_ALIGNED:
            return _left_x[col]
        x: str | None = self._right_x.get((col, line, bold))
        if x is None:
            x = self._right_x[(col, line, bold)] = str(fp_str(
                _lefts[col] + _widths[col] - PAD - stringWidth(
                    line, FONT_CONDENSED_BOLD if bold else FONT_CONDENSED, SIZE)))
        return x

    def _add_totals(self) -> None:
        """The period's totals and closing balance, after its last entry."""
        h = self.h
        lines = [line for part in totals_lines(self.totals, h.section, h.first, h.last)
                 for line in wrap_whole(part, FONT_CONDENSED_BOLD, SIZE + 0.5,
                                        TABLE_WIDTH - 4 * PAD)]
        height = len(lines) * (LEADING + 0.6) + 3 * PAD

        def draw(_c: Canvas, y: float) -> None:
            p, t = self.page, self.page.text
            p.fills.append((MARGIN, y - height + PAD, TABLE_WIDTH, height - PAD, HEAD_FILL))
            t.setFont(FONT_CONDENSED_BOLD, SIZE + 0.5)
            for i, line in enumerate(lines):
                t.place(fp_str(MARGIN + 2 * PAD), fp_str(y - 2 * PAD - SIZE - i * (LEADING + 0.6)),
                        line)
            t.setFont(FONT_CONDENSED, SIZE)

        self.flow.add(height, draw)

    # --- page furniture -------------------------------------------------------------
    def _finish_page(self, _c: Canvas, _number: int, bottom: float) -> None:
        c, p = self.c, self.page
        c.doForm("furniture")
        for x, y, w, height, fill in p.fills:
            c.setFillColor(fill)
            c.rect(x, y, w, height, stroke=0, fill=1)
        c.setFillColor(colors.black)
        self._heading(p)
        self._grid(p)
        c.drawText(p.text)
        self._footnotes(p)
        code = None
        if p.rows:
            last = p.rows[-1].entry
            code = PageCode(self.h.section.code, p.rows[0].entry.number, last.number,
                            last.hash, p.number, max(self.h.head, last.number)).text
            draw_qr(c, code, WIDTH - MARGIN - QR_SIZE, QR_TOP - QR_SIZE, QR_SIZE)
        self._footer(code)
        self.codes.append(code)

    def _furniture(self) -> None:
        """What every page carries unchanged: drawn once into a form shown on each page."""
        c, h, s = self.c, self.h, self.h.section
        room = WIDTH - 2 * MARGIN - QR_SIZE - 6 * mm
        size = 13.0
        while size > 8 and stringWidth(s.title, FONT_BOLD, size) > room:
            size -= 0.5
        for i, line in enumerate(wrap_whole(s.title, FONT_BOLD, size, room)):
            c.setFont(FONT_BOLD, size)
            c.drawString(MARGIN, HEIGHT - 12 * mm - i * size, line)
        c.setFont(FONT, 8.5)
        place = h.clinic_name + (f", {one_line(h.clinic_address)}" if h.clinic_address else "")
        c.drawString(MARGIN, HEIGHT - 17.5 * mm, fit_text(
            f"Controlled drugs register (Misuse of Drugs Regulations 2001, Schedule 2) · {place}",
            FONT, 8.5, room))
        c.setFont(FONT, 7.5)
        foot = wrap_whole(f"Printed by {h.printed_by} at {format_local(h.printed_at, h.tz)} "
                          f"from {h.clinic_name}'s HAT Desktop register", FONT, 7.5,
                          TABLE_WIDTH - 50 * mm)
        for i, line in enumerate(foot):
            c.drawString(MARGIN, FOOTER_Y + (len(foot) - 1 - i) * 9, line)
        self._column_heads()

    def _heading(self, p: _Page) -> None:
        c, h, s = self.c, self.h, self.h.section
        units = (f"{s.unit} ({s.mg_per_unit} mg per {s.unit})" if s.unit in ("ml", "mg", "g")
                 else f"{s.unit}s of {s.mg_per_unit} mg")
        room = WIDTH - 2 * MARGIN - QR_SIZE - 6 * mm
        where = ""
        if p.number:
            first = (p.number - 1) * ENTRIES_PER_PAGE + 1
            where = (f" · Page {p.number} of the section (entries No. {first} to "
                     f"{first + ENTRIES_PER_PAGE - 1})"
                     + (f", continued: sheet {p.sheet} of this page" if p.sheet > 1 else ""))
        c.setFont(FONT_BOLD, 8.5)
        c.drawString(MARGIN, HEIGHT - 22.5 * mm, fit_text(
            f"Section {s.code} · quantities in {units}{where}", FONT_BOLD, 8.5, room))
        forward = ""
        if p.rows:
            e = p.rows[0].entry
            forward = (" · Balance brought forward: "
                       f"{s.quantity(e.balance - e.quantity_in + e.quantity_out)}")
        grey = " · rows in grey: dated outside that period" if any(
            r.outside for r in p.rows) else ""
        closed = " · This section is closed to new entries." if s.closed else ""
        c.setFont(FONT, 8.5)
        c.drawString(MARGIN, HEIGHT - 27.5 * mm, fit_text(
            f"Printed for the entries dated {format_date(h.first)} to {format_date(h.last)}"
            f"{forward}{grey}{closed}", FONT, 8.5, room))

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
            lines = wrap_whole(title, FONT_CONDENSED_BOLD, 6.8, width - 2)
            top = HEAD_TOP - band - 2.6 * mm
            for i, line in enumerate(lines):
                if key in RIGHT_ALIGNED:
                    c.drawRightString(left + width - 1, top - i * 7.4, line)
                else:
                    c.drawString(left + 1.5, top - i * 7.4, line)

    def _grid(self, p: _Page) -> None:
        c = self.c
        path = c.beginPath()
        for x in [*_lefts, MARGIN + TABLE_WIDTH]:  # the heading's rules
            path.moveTo(x, HEAD_TOP if x in _GROUP_EDGES else HEAD_TOP - HEAD_BAND)
            path.lineTo(x, BODY_TOP)
        for top, bottom, band in p.cells:  # each row's: none inside a band
            path.moveTo(MARGIN, bottom)
            path.lineTo(MARGIN + TABLE_WIDTH, bottom)
            for col, x in enumerate([*_lefts, MARGIN + TABLE_WIDTH]):
                if band and col - 1 in _IN_BAND and col in _IN_BAND:
                    continue
                path.moveTo(x, top)
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
        for number, (entry_number, lines) in enumerate(p.notes, start=1):
            c.setFont(FONT_BOLD, NOTE_SIZE)
            c.drawString(MARGIN, y - NOTE_SIZE, f"Note {number}: No. {entry_number}")
            c.setFont(FONT, NOTE_SIZE)
            for i, line in enumerate(lines):
                c.drawString(MARGIN + NOTE_INDENT, y - NOTE_SIZE - i * NOTE_LEADING, line)
            y -= len(lines) * NOTE_LEADING + 1.2

    def _footer(self, code: str | None) -> None:
        c = self.c
        self.flow.page_number(c, WIDTH - MARGIN - 40 * mm, FOOTER_Y, 7.5,
                              word="This print: sheet")
        if code is not None:
            c.setFont(FONT_MONO, 5.5)
            c.drawRightString(WIDTH - MARGIN, CODE_Y,
                              f"Page code (hat-desktop verify-page): {code}")

    def finish(self, empty_message: str) -> list[str | None]:
        if self.totals.entries:
            self._add_totals()
        if self.flow.page == 0:
            def say_empty(_c: Canvas, _y: float) -> None:
                t = self.page.text
                t.setFont(FONT, 10)
                t.setTextOrigin(MARGIN + PAD, BODY_TOP - 8 * mm)
                t.textOut(empty_message)

            self.flow.add(0, say_empty)
        self.flow.finish()
        return self.codes


def render(heading: RegisterHeading,
           rows: Iterable[tuple[Entry, Sequence[Entry]] | tuple[Entry, Sequence[Entry], bool]],
           target: str | BinaryIO, on_row: Callable[[int], None] | None = None
           ) -> list[str | None]:
    """Draw every entry of ``rows`` (with the corrections attached to each, and whether it
    is dated in the period: True if not said) to ``target``; the code printed on each
    sheet, in order. ``on_row(count)`` is called as rows are drawn (it may raise to stop)."""
    pdf = RegisterPdf(heading, target)
    count = 0
    for row in rows:
        pdf.add(row[0], row[1], row[2] if len(row) > 2 else True)
        count += 1
        if on_row is not None and count % 500 == 0:
            on_row(count)
    s = heading.section
    return pdf.finish(f"No entries in section {s.code} are dated between "
                      f"{format_date(heading.first)} and {format_date(heading.last)}.")
