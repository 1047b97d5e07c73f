"""What every PDF shares: fonts that print any name, the DEMO stamp, and the one way
text is wrapped and cut to fit."""

import io
from functools import cache

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from hat_desktop.paths import asset

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_CONDENSED = "DejaVuSansCondensed"
FONT_CONDENSED_BOLD = "DejaVuSansCondensed-Bold"
FONT_MONO = "DejaVuSansMono"

DEMO_TEXT = "DEMO — not a legal register"
# The chrome of every printed table: the heading row's fill, the rules between rows.
HEAD_FILL = colors.Color(0.89, 0.93, 0.96)
RULE = colors.Color(0.84, 0.86, 0.89)


@cache
def register_fonts() -> None:
    """DejaVu (shipped in resources/fonts) prints names in any European script,
    which reportlab's built-in Helvetica cannot."""
    for name in (FONT, FONT_BOLD, FONT_CONDENSED, FONT_CONDENSED_BOLD, FONT_MONO):
        pdfmetrics.registerFont(TTFont(name, str(asset("resources", "fonts", f"{name}.ttf"))))


def new_canvas(target: object, pagesize: tuple[float, float], title: str,
               initial_font: str | None = None) -> Canvas:
    """``initial_font``: the font each page starts in (reportlab's default, Helvetica,
    named at the top of every page even where nothing is written in it)."""
    register_fonts()
    canvas = Canvas(target, pagesize=pagesize, pageCompression=1,
                    initialFontName=initial_font)
    canvas.setTitle(title)
    canvas.setAuthor("HAT Desktop")
    canvas.setCreator("HAT Desktop")
    return canvas


def sample_pdf() -> bytes:
    """A one-line PDF with names in several scripts, in the shipped fonts (self-test)."""
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, A4, "self-test")
    canvas.setFont(FONT, 12)
    canvas.drawString(72, 720, "Zoë Ó Briain — Łukasz")
    canvas.save()
    return buffer.getvalue()


def draw_demo_stamp(canvas: Canvas, width: float, height: float, *, words: bool = True
                    ) -> None:
    """A large diagonal DEMO watermark, sized to the page, and (with ``words``) a line at
    the top of the page saying what it means."""
    small = width < A4[0]  # a patient card
    size = 110 * min(1.0, width / A4[0])
    canvas.saveState()
    canvas.setFillColor(colors.Color(0.85, 0.1, 0.1, alpha=0.18 if small else 0.13))
    canvas.setFont(FONT_BOLD, size)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(20 if small else 30)
    canvas.drawCentredString(0, -size * 0.36, "DEMO")
    canvas.restoreState()
    if not words:
        return
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


def wrap_text(text: str, font: str, size: float, width: float, max_lines: int | None = None
              ) -> list[str]:
    """``text`` word-wrapped into lines no wider than ``width`` points: each of its lines
    (paragraphs) starts a new line, each word is measured once, a word wider than a line
    is cut with an ellipsis. With ``max_lines``, the last line allowed carries on with as
    much of the rest as fits and ends in an ellipsis: a cut always shows."""
    if "\n" not in text and stringWidth(text, font, size) <= width:
        return [text]  # the common case, at once
    space = stringWidth(" ", font, size)
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line: list[str] = []
        used = 0.0
        for word in paragraph.split():
            w = stringWidth(word, font, size)
            if line and used + space + w > width:
                lines.append(" ".join(line))
                line, used = [word], w
            else:
                used += (space if line else 0) + w
                line.append(word)
        lines.append(" ".join(line))
    if max_lines is not None and len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1:])
        lines = [*lines[:max_lines - 1], fit_text(rest + " …", font, size, width)]
    return [fit_text(line, font, size, width) for line in lines]


def wrap_whole(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` word-wrapped like wrap_text, but never cut: what the law requires printed
    (names, addresses, quantities) is printed whole however many lines it takes; a word
    wider than a line (a long reference) is broken across lines."""
    lines: list[str] = []
    for line in wrap_text(_break_long_words(text, font, size, width), font, size, width):
        lines.append(line)
    return lines


def _break_long_words(text: str, font: str, size: float, width: float) -> str:
    """Every word wider than ``width`` split into pieces that fit, on lines of their own."""
    if stringWidth(text, font, size) <= width:
        return text
    out: list[str] = []
    for paragraph in text.splitlines() or [""]:
        words: list[str] = []
        for word in paragraph.split(" "):
            while stringWidth(word, font, size) > width and len(word) > 1:
                cut = len(word) - 1
                while cut > 1 and stringWidth(word[:cut], font, size) > width:
                    cut -= 1
                hyphen = word.rfind("-", 0, cut)  # a double-barrelled name breaks after
                if hyphen > 0:  # its hyphen, as a person would write it
                    cut = hyphen + 1
                words.append(word[:cut])
                word = word[cut:]
            words.append(word)
        out.append(" ".join(words))
    return "\n".join(out)
