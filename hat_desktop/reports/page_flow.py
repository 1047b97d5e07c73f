"""Laying items of known height down A4 pages, page by page (reportlab's canvas, not a
platypus story): a table continued on a new page gets its header row again."""

import io
from collections.abc import Callable

from reportlab.pdfgen.canvas import Canvas

from hat_desktop.reports.pdf_common import draw_demo_stamp, new_canvas

Draw = Callable[[Canvas, float], None]  # draw(canvas, y of the item's top baseline)
Furniture = Callable[[Canvas, int, int], None]  # furniture(canvas, page, pages)


def nothing(_c: Canvas, _y: float) -> None:
    """A gap."""


class PageFlow:
    def __init__(self, top: float, bottom: float) -> None:
        self.top = top
        self.bottom = bottom
        self.pages: list[list[tuple[float, Draw]]] = [[]]
        self.y = top

    def add(self, height: float, draw: Draw, repeat_header: tuple[float, Draw] | None = None,
            *, keep_with_next: float = 0) -> None:
        """Place ``draw`` below what is there; start a new page when it (and the
        ``keep_with_next`` points that must follow it) would run past the bottom."""
        if self.y - height - keep_with_next < self.bottom and self.pages[-1]:
            self.pages.append([])
            self.y = self.top
            if repeat_header is not None:
                header_height, header = repeat_header
                self.pages[-1].append((self.y, header))
                self.y -= header_height
        self.pages[-1].append((self.y, draw))
        self.y -= height

    def gap(self, height: float) -> None:
        if self.pages[-1]:
            self.y -= height

    def render(self, pagesize: tuple[float, float], title: str, furniture: Furniture, *,
               demo: bool) -> bytes:
        """The PDF: on each page its furniture, then its items, then (for the demo clinic)
        the DEMO stamp."""
        buffer = io.BytesIO()
        c = new_canvas(buffer, pagesize, title)
        for number, items in enumerate(self.pages, start=1):
            furniture(c, number, len(self.pages))
            for y, draw in items:
                draw(c, y)
            if demo:  # over the coloured cells, so it cannot hide under them
                draw_demo_stamp(c, *pagesize)
            c.showPage()
        c.save()
        return buffer.getvalue()
