"""Laying items of known height down A4 pages, page by page (reportlab's canvas, not a
platypus story): a table continued on a new page gets its header row again."""

from collections.abc import Callable

from reportlab.pdfgen.canvas import Canvas

Draw = Callable[[Canvas, float], None]  # draw(canvas, y of the item's top baseline)


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
