"""What every PDF shares: fonts that print any name, the DEMO stamp, page furniture."""

from functools import cache

from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

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
