"""What every PDF shares: fonts that print any name, the DEMO stamp, page furniture."""

from datetime import datetime
from functools import cache
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from hat_desktop.domain.times import format_local
from hat_desktop.paths import asset

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_CONDENSED = "DejaVuSansCondensed"
FONT_CONDENSED_BOLD = "DejaVuSansCondensed-Bold"
FONT_MONO = "DejaVuSansMono"

DEMO_TEXT = "DEMO — not a legal register"


@cache
def register_fonts() -> None:
    """DejaVu (shipped in resources/fonts) prints names in any European script,
    which reportlab's built-in Helvetica cannot."""
    for name in (FONT, FONT_BOLD, FONT_CONDENSED, FONT_CONDENSED_BOLD, FONT_MONO):
        pdfmetrics.registerFont(TTFont(name, str(asset("resources", "fonts", f"{name}.ttf"))))


def new_canvas(target: object, pagesize: tuple[float, float], title: str) -> Canvas:
    register_fonts()
    canvas = Canvas(target, pagesize=pagesize, pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor("HAT Desktop")
    canvas.setCreator("HAT Desktop")
    return canvas


def draw_demo_stamp(canvas: Canvas, width: float, height: float) -> None:
    """A large diagonal DEMO watermark and a line at the top of the page."""
    canvas.saveState()
    canvas.setFillColor(colors.Color(0.85, 0.1, 0.1, alpha=0.13))
    canvas.setFont(FONT_BOLD, 110)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(30)
    canvas.drawCentredString(0, -40, "DEMO")
    canvas.restoreState()
    canvas.saveState()
    canvas.setFillColor(colors.Color(0.75, 0.05, 0.05))
    canvas.setFont(FONT_BOLD, 9)
    canvas.drawCentredString(width / 2, height - 14, DEMO_TEXT)
    canvas.restoreState()


def draw_furniture(canvas: Canvas, width: float, height: float, margin: float, page: int,
                   pages: int, *, title: str, subtitle: str, printed_by: str,
                   printed_at: datetime, tz: ZoneInfo, subtitle_size: float = 10) -> None:
    """A report page's heading (the title, and what the report covers) and its foot (who
    printed it and when, and the page number)."""
    canvas.setFont(FONT_BOLD, 15)
    canvas.drawString(margin, height - 20 * mm,
                      fit_text(title, FONT_BOLD, 15, width - 2 * margin))
    canvas.setFont(FONT, subtitle_size)
    canvas.drawString(margin, height - 27 * mm,
                      fit_text(subtitle, FONT, subtitle_size, width - 2 * margin))
    canvas.setFont(FONT, 8)
    canvas.drawString(margin, 9 * mm, f"Printed by {printed_by} at {format_local(printed_at, tz)}")
    canvas.drawRightString(width - margin, 9 * mm, f"Page {page} of {pages}")


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis so it fits ``width`` points."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def wrap_text(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap into lines no wider than ``width`` points."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}".strip()
            if pdfmetrics.stringWidth(candidate, font, size) <= width or not line:
                line = candidate
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return [fit_text(line, font, size, width) for line in lines]
