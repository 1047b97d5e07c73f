"""A printed table whose cells wrap and never cut (rows grow to hold their text), with a
heading row repeated on each page: the holds list, the audit log, the attendance totals."""

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from hat_desktop.palette import state_colours
from hat_desktop.reports.page_flow import Draw
from hat_desktop.reports.pdf_common import (
    FONT_CONDENSED,
    FONT_CONDENSED_BOLD,
    HEAD_FILL,
    RULE,
    wrap_whole,
)


@dataclass(frozen=True)
class WrappedTable:
    """Columns (heading lines, width in points) from ``left``, text in ``size`` points."""

    columns: Sequence[tuple[tuple[str, ...], float]]
    left: float
    size: float = 8.0

    @property
    def leading(self) -> float:
        return self.size * 1.25

    @property
    def pad(self) -> float:
        return float(1.6 * mm)

    @property
    def width(self) -> float:
        return sum(w for _, w in self.columns)

    def header(self) -> tuple[float, Draw]:
        lines = max(len(title) for title, _ in self.columns)
        height = lines * self.leading + self.pad

        def draw(c: Canvas, y: float) -> None:
            c.setFillColor(HEAD_FILL)
            c.rect(self.left, y - height + self.leading, self.width, height, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.setFont(FONT_CONDENSED_BOLD, self.size)
            x = self.left
            for title, w in self.columns:
                for n, line in enumerate(title):
                    c.drawString(x + 1.5, y - n * self.leading, line)
                x += w

        return height, draw

    def row(self, values: Sequence[str], *, bold: bool = False,
            states: Sequence[tuple[int, str]] = ()) -> tuple[float, Draw]:
        """A row of ``values``, each wrapped whole in its column; ``states``: the (column,
        state) pairs whose cells are filled in the state's colours (palette)."""
        filled = dict(states)
        font = FONT_CONDENSED_BOLD if bold else FONT_CONDENSED
        cells = [wrap_whole(v, font, self.size, w - 3) if v else []
                 for v, (_, w) in zip(values, self.columns, strict=True)]
        height = max(1, *(len(c) for c in cells)) * self.leading + self.pad

        def draw(c: Canvas, y: float) -> None:
            x = self.left
            bottom = y - height + self.leading
            for i, (cell, (_, w)) in enumerate(zip(cells, self.columns, strict=True)):
                if i in filled:
                    back, fore = state_colours(filled[i])
                    c.setFillColor(colors.HexColor(back))
                    c.rect(x, bottom + 0.3, w - 1, height - 0.6, stroke=0, fill=1)
                    c.setFillColor(colors.HexColor(fore))
                c.setFont(font, self.size)
                for n, line in enumerate(cell):
                    c.drawString(x + 1.5, y - n * self.leading, line)
                c.setFillColor(colors.black)
                x += w
            c.setStrokeColor(RULE)
            c.line(self.left, bottom, self.left + self.width, bottom)

        return height, draw
