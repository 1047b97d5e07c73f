"""The patient's card: a credit-card-sized page (85.6 × 54 mm, ID-1) with the clinic's
name, the patient's photo and name, and the clinic number in large type and as a
Code 128 barcode, which a card scanner types back as the clinic number (plus Enter)."""

import io
import logging
from dataclasses import dataclass

from PIL import Image, UnidentifiedImageError
from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from hat_desktop.reports.page_flow import PageFlow
from hat_desktop.reports.pdf_common import (
    DEMO_TEXT,
    FONT,
    FONT_BOLD,
    FONT_CONDENSED,
    FONT_CONDENSED_BOLD,
    fit_text,
    wrap_text,
)

log = logging.getLogger(__name__)

CARD_SIZE = (85.6 * mm, 54.0 * mm)
BAR_WIDTH = 0.33 * mm  # one module: wide enough for any handheld scanner at 300 dpi
BAR_HEIGHT = 9.0 * mm
QUIET_ZONE = 10 * BAR_WIDTH  # the blank margin a scanner needs either side
BAND = colors.HexColor("#1d4f73")
DEMO_RED = colors.Color(0.75, 0.05, 0.05)


@dataclass(frozen=True)
class PatientCard:
    clinic_name: str
    clinic_number: str
    full_name: str
    photo: bytes | None  # PNG as stored in the register
    demo: bool = False


def card_barcode(clinic_number: str) -> Code128:
    """The Code 128 symbol of the clinic number, without printed text (the number is
    printed in large type above it)."""
    return Code128(clinic_number, barWidth=BAR_WIDTH, barHeight=BAR_HEIGHT, humanReadable=False,
                   quiet=True, lquiet=QUIET_ZONE, rquiet=QUIET_ZONE)


def render(card: PatientCard) -> bytes:
    width, height = CARD_SIZE
    flow = PageFlow(CARD_SIZE, f"Patient card {card.clinic_number}", top=height, bottom=0,
                    demo=card.demo, demo_words=False)  # the band says the words
    flow.add(height, lambda c, _y: _card(c, card))
    flow.finish()
    return flow.pdf


def _card(c: Canvas, card: PatientCard) -> None:
    width, height = CARD_SIZE
    _band(c, card.clinic_name, width, height, card.demo)
    photo_box = (4 * mm, 14.5 * mm, 20.25 * mm, 27 * mm)  # x, y, w, h: a 3 by 4 portrait
    _photo(c, card.photo, *photo_box)
    left = photo_box[0] + photo_box[2] + 3.5 * mm
    text_width = width - left - 3.5 * mm
    c.setFillColor(colors.black)
    y = height - 14 * mm
    for line in wrap_text(card.full_name, FONT_CONDENSED_BOLD, 10.5, text_width, max_lines=2):
        c.setFont(FONT_CONDENSED_BOLD, 10.5)
        c.drawString(left, y, line)
        y -= 4.4 * mm
    c.setFont(FONT, 6.5)
    c.setFillColor(colors.HexColor("#455a64"))
    c.drawString(left, 28.5 * mm, "Clinic number")
    c.setFillColor(colors.black)
    size = _number_size(card.clinic_number, text_width)
    c.setFont(FONT_BOLD, size)
    c.drawString(left, 22.5 * mm, card.clinic_number)
    barcode = card_barcode(card.clinic_number)
    x = (width - barcode.width) / 2
    barcode.drawOn(c, max(x, 0), 3.2 * mm)


def _band(c: Canvas, clinic_name: str, width: float, height: float, demo: bool) -> None:
    band_height = 8 * mm
    c.setFillColor(BAND)
    c.rect(0, height - band_height, width, band_height, stroke=0, fill=1)
    room = width - 8 * mm
    if demo:  # the words of the DEMO stamp, in a red label at the right of the band
        label = stringWidth(DEMO_TEXT, FONT_BOLD, 5.5) + 3 * mm
        c.setFillColor(DEMO_RED)
        c.roundRect(width - 2.5 * mm - label, height - 6.2 * mm, label, 4.4 * mm, 1 * mm,
                    stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(FONT_BOLD, 5.5)
        c.drawCentredString(width - 2.5 * mm - label / 2, height - 4.65 * mm, DEMO_TEXT)
        room -= label + 1.5 * mm
    c.setFillColor(colors.white)
    c.setFont(FONT_CONDENSED_BOLD, 9)
    c.drawString(4 * mm, height - 5.4 * mm, fit_text(clinic_name, FONT_CONDENSED_BOLD, 9, room))


def _photo(c: Canvas, data: bytes | None, x: float, y: float, w: float, h: float) -> None:
    c.setStrokeColor(colors.HexColor("#90a4ae"))
    c.setLineWidth(0.6)
    picture = _picture(data)
    if picture is None:
        c.setFillColor(colors.HexColor("#eceff1"))
        c.rect(x, y, w, h, stroke=1, fill=1)
        c.setFillColor(colors.HexColor("#546e7a"))
        c.setFont(FONT_CONDENSED, 6.5)
        c.drawCentredString(x + w / 2, y + h / 2 + 1 * mm, "No photo")
        c.drawCentredString(x + w / 2, y + h / 2 - 2 * mm, "on file")
        return
    c.drawImage(picture, x, y, w, h, preserveAspectRatio=True, anchor="c")
    c.rect(x, y, w, h, stroke=1, fill=0)


def _picture(data: bytes | None) -> ImageReader | None:
    """The stored photo, or None when there is none or it cannot be read (the card
    then says so rather than failing)."""
    if not data:
        return None
    try:
        with Image.open(io.BytesIO(data)) as img:
            img.load()
            return ImageReader(img.convert("RGB"))
    except (UnidentifiedImageError, OSError, ValueError):
        log.warning("the stored photo could not be read for a patient card")
        return None


def _number_size(number: str, width: float) -> float:
    """The largest bold type (up to 17 pt) that fits the clinic number in ``width``."""
    size = 17.0
    while size > 8 and stringWidth(number, FONT_BOLD, size) > width:
        size -= 0.5
    return size
