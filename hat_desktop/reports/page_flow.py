"""The one way every PDF is laid out: items of known height placed down the pages
(reportlab's canvas, not a platypus story), each page drawn as soon as the next item
does not fit on it, so the work and the memory grow linearly with the document.

A page gets its furniture (heading, foot, legend) when it starts; a table continued on a
new page gets its header row again; a page can keep room at its foot for footnotes; the
DEMO stamp goes over everything. "Page X of Y" needs Y before the last page exists: it
is a small PDF form, filled in once when the document is finished."""

import io
from collections.abc import Callable
from datetime import datetime
from typing import BinaryIO
from zoneinfo import ZoneInfo

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from hat_desktop.domain.times import format_local
from hat_desktop.reports.pdf_common import FONT, FONT_BOLD, draw_demo_stamp, fit_text, new_canvas

Draw = Callable[[Canvas, float], None]  # draw(canvas, y of the item's top baseline)
Furniture = Callable[[Canvas, int], None]  # furniture(canvas, page number), at its start
PageEnd = Callable[[Canvas, int, float], None]  # page_end(canvas, page, y below its items)
_EPSILON = 1e-6  # rows sized to fill a page exactly still fit it


def text_lines(lines: list[str], font: str, size: float, x: float, gap: float
               ) -> tuple[float, Draw]:
    """Lines of text one below the other from ``x`` (leading 1.35 × the size), and the
    height they take with ``gap`` below: an item for PageFlow.add."""
    leading = size * 1.35

    def draw(c: Canvas, y: float) -> None:
        c.setFont(font, size)
        for i, line in enumerate(lines):
            c.drawString(x, y - i * leading, line)

    return len(lines) * leading + gap, draw


def nothing(_c: Canvas, _y: float) -> None:
    """A gap."""


class PageFlow:
    """Add items in order with add() (and gap()); finish() closes the document."""

    def __init__(self, pagesize: tuple[float, float], title: str, *, top: float,
                 bottom: float, demo: bool, furniture: Furniture | None = None,
                 page_end: PageEnd | None = None, target: str | BinaryIO | None = None,
                 footnote_gap: float = 0.0, demo_words: bool = True,
                 initial_font: str | None = None) -> None:
        self.pagesize = pagesize
        self.top = top
        self.bottom = bottom
        self.demo = demo
        self.demo_words = demo_words
        self.furniture = furniture
        self.page_end = page_end
        self.footnote_gap = footnote_gap
        self._buffer = io.BytesIO() if target is None else None
        self.canvas = new_canvas(self._buffer if target is None else target, pagesize, title,
                                 initial_font)
        self.page = 0  # the page being filled (0: none started yet)
        self.y = top
        self.items = 0  # on the current page
        self.reserved = 0.0  # kept at the foot of the current page (footnotes)
        self._count_sizes: set[float] = set()

    # --- placing items --------------------------------------------------------------
    def add(self, height: float, draw: Draw, repeat_header: tuple[float, Draw] | None = None,
            *, keep_with_next: float = 0, reserve: float = 0) -> None:
        """Place ``draw`` below what is there; start a new page when it (and the
        ``keep_with_next`` points that must follow it, and the ``reserve`` it needs kept
        at the foot of its page) would run past the bottom. A new page repeats
        ``repeat_header`` above it."""
        if self.page == 0:
            self._start_page()
        elif self.items and not self._fits(height + keep_with_next, reserve):
            self._end_page()
            self._start_page()
            if repeat_header is not None:
                header_height, header = repeat_header
                self._place(header_height, header)
        self._place(height, draw)
        self.reserved += reserve

    def new_page(self) -> None:
        """End the page being filled (if anything is on it): what comes next starts a page."""
        if self.page and self.items:
            self._end_page()
            self._start_page()

    def gap(self, height: float) -> None:
        if self.items:
            self.y -= height

    def _fits(self, height: float, reserve: float) -> bool:
        foot = self.reserved + reserve
        if foot:
            foot += self.footnote_gap
        return self.y - height >= self.bottom + foot - _EPSILON

    def _place(self, height: float, draw: Draw) -> None:
        draw(self.canvas, self.y)
        self.y -= height
        self.items += 1

    # --- pages ----------------------------------------------------------------------
    def _start_page(self) -> None:
        self.page += 1
        self.y = self.top
        self.items = 0
        self.reserved = 0.0
        if self.furniture is not None:
            self.furniture(self.canvas, self.page)

    def _end_page(self) -> None:
        if self.page_end is not None:
            self.page_end(self.canvas, self.page, self.y)
        if self.demo:  # over the coloured cells, so it cannot hide under them
            draw_demo_stamp(self.canvas, *self.pagesize, words=self.demo_words)
        self.canvas.showPage()

    def page_number(self, c: Canvas, x: float, y: float, size: float, word: str = "Page"
                    ) -> None:
        """"Page X of Y" starting at (x, y): Y is filled in when the document is done."""
        label = f"{word} {self.page} of "
        c.setFont(FONT, size)
        c.drawString(x, y, label)
        c.saveState()
        c.translate(x + c.stringWidth(label, FONT, size), y)
        c.doForm(self._count_form(size))
        c.restoreState()
        self._count_sizes.add(size)

    @staticmethod
    def _count_form(size: float) -> str:
        return f"pageCount{size:g}".replace(".", "_")

    def finish(self) -> int:
        """Close the last page and the document; the number of pages."""
        if self.page == 0:
            self._start_page()
        self._end_page()
        c = self.canvas
        for size in sorted(self._count_sizes):
            c.beginForm(self._count_form(size))
            c.setFont(FONT, size)
            c.drawString(0, 0, str(self.page))
            c.endForm()
        c.save()
        return self.page

    @property
    def pdf(self) -> bytes:
        """The finished document, when it was made in memory (no ``target``)."""
        if self._buffer is None:
            raise RuntimeError("this document was written to its target")
        return self._buffer.getvalue()


def draw_furniture(canvas: Canvas, flow: PageFlow, *, title: str, subtitle: str,
                   printed_by: str, printed_at: datetime, tz: ZoneInfo, margin: float = 15 * mm,
                   subtitle_size: float = 10) -> None:
    """A report page's heading (the title, and what the report covers) and its foot (who
    printed it and when, and the page number)."""
    width, height = flow.pagesize
    canvas.setFont(FONT_BOLD, 15)
    canvas.drawString(margin, height - 20 * mm,
                      fit_text(title, FONT_BOLD, 15, width - 2 * margin))
    canvas.setFont(FONT, subtitle_size)
    canvas.drawString(margin, height - 27 * mm,
                      fit_text(subtitle, FONT, subtitle_size, width - 2 * margin))
    canvas.setFont(FONT, 8)
    canvas.drawString(margin, 9 * mm, f"Printed by {printed_by} at {format_local(printed_at, tz)}")
    flow.page_number(canvas, width - margin - 24 * mm, 9 * mm, 8)
