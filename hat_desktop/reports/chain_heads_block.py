"""The chain-head block of the end-of-day summary: every hash chain's newest entry, its
number and the first digits of its hash, as text and as a QR code, so that the signed
paper copy anchors the register as it was (domain.anchors; checked by
`hat-desktop verify-anchor "<code>"`)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from hat_desktop.domain.anchors import ChainHead
from hat_desktop.reports.page_flow import PageFlow
from hat_desktop.reports.pdf_common import FONT, FONT_BOLD
from hat_desktop.reports.register_pdf import draw_qr

QR_SIZE = 30 * mm
FONT_SIZE = 8.5
LEADING = FONT_SIZE * 1.35
CODE_SIZE = 7


def _first_up(text: str) -> str:
    return text[:1].upper() + text[1:]


def _code_lines(code: str, width: float) -> list[str]:
    """The code broken after a "|" wherever the next part would not fit (it has no spaces,
    and must be printed whole to be typed back)."""
    lines = [""]
    for part in code.split("|"):
        piece = part if not lines[-1] else f"|{part}"
        if lines[-1] and stringWidth(lines[-1] + piece, FONT, CODE_SIZE) > width:
            lines.append("|" + part)
        else:
            lines[-1] += piece
    return lines


def add_chain_heads(flow: PageFlow, code: str, heads: tuple[ChainHead, ...], *, left: float,
                    width: float) -> None:
    """The block, kept on one page: heading, one line per chain, the code, and its QR."""
    text_w = width - QR_SIZE - 5 * mm
    lines = [f"{_first_up(h.describe())}: entry No. {h.seq}, {h.short}" for h in heads
             if h.seq > 0]
    lines += ["", "Check this page against the register later with", "hat-desktop "
              "verify-anchor \"<code>\" (the code is in the QR; it is also printed here):"]
    code_lines = _code_lines(code, text_w)
    height = max(QR_SIZE, (len(lines) + 1) * LEADING + len(code_lines) * 9) + 4 * mm

    def draw(c: Canvas, y: float) -> None:
        c.setFont(FONT_BOLD, 10.5)
        c.drawString(left, y, "Register anchor: the head of every chain when this was printed")
        c.setFont(FONT, FONT_SIZE)
        row = y - LEADING * 1.2
        for line in lines:
            c.drawString(left, row, line)
            row -= LEADING
        c.setFont(FONT, CODE_SIZE)
        for line in code_lines:
            c.drawString(left, row, line)
            row -= 9
        draw_qr(c, code, left + width - QR_SIZE, y - QR_SIZE, QR_SIZE)

    flow.gap(3 * mm)
    flow.add(height, draw)
