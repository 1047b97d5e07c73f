"""The recovery sheet printed at set-up: the only copy of the key outside the keyring."""

import io
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from hat_desktop.reports.pdf_common import (
    FONT,
    FONT_BOLD,
    FONT_MONO,
    draw_demo_stamp,
    new_canvas,
    wrap_text,
)


@dataclass(frozen=True)
class RecoverySheet:
    clinic_name: str
    register_id: str
    recovery_key: str  # formatted, 16 groups of 4
    created: datetime  # in the clinic's zone
    passphrase_mode: bool = False
    demo: bool = False


INSTRUCTIONS = [
    "Keep this sheet in the clinic's controlled-drugs safe or another locked place, "
    "away from the computer and away from the backup drives. Anyone who holds this key "
    "and a copy of the register file can read the whole register.",
    "You need this key when the register must be opened on another computer (a new or "
    "re-installed PC), or when this computer's keyring has lost its copy of the key.",
    "To open the register or a backup with it: type the key into a text file (the "
    "dashes may be left in), then run  hat-desktop --data-dir FOLDER --recovery-key-file "
    "KEYFILE verify  or  hat-desktop restore --from BACKUP --recovery-key-file KEYFILE. "
    "Delete the text file afterwards. HAT Desktop then stores the key in that computer's "
    "keyring.",
    "Never photograph this sheet, e-mail it or store it on the computer.",
]


def render(sheet: RecoverySheet) -> bytes:
    buffer = io.BytesIO()
    width, height = A4
    c = new_canvas(buffer, A4, "HAT Desktop recovery sheet")
    if sheet.demo:
        draw_demo_stamp(c, width, height)
    left = 20 * mm
    y = height - 30 * mm
    c.setFont(FONT_BOLD, 20)
    c.drawString(left, y, "HAT Desktop — register recovery sheet")
    y -= 9 * mm
    c.setFont(FONT, 10)
    c.setFillColor(colors.Color(0.6, 0.0, 0.0))
    c.drawString(left, y, "CONFIDENTIAL: this sheet unlocks the controlled-drugs register.")
    c.setFillColor(colors.black)
    y -= 14 * mm
    rows = [
        ("Clinic", sheet.clinic_name),
        ("Register id", sheet.register_id),
        ("Created", sheet.created.strftime("%d/%m/%Y %H:%M %Z")),
        ("Key kept in", "a passphrase (and this sheet)" if sheet.passphrase_mode
         else "this computer's system keyring (and this sheet)"),
    ]
    for label, value in rows:
        c.setFont(FONT_BOLD, 11)
        c.drawString(left, y, label)
        c.setFont(FONT, 11)
        c.drawString(left + 35 * mm, y, value)
        y -= 7 * mm
    y -= 8 * mm
    c.setFont(FONT_BOLD, 12)
    c.drawString(left, y, "Recovery key")
    y -= 4 * mm
    box_height = 26 * mm
    c.setStrokeColor(colors.black)
    c.setLineWidth(1.2)
    c.rect(left, y - box_height, width - 2 * left, box_height)
    groups = sheet.recovery_key.split("-")
    c.setFont(FONT_MONO, 15)
    c.drawCentredString(width / 2, y - 11 * mm, "-".join(groups[:8]))
    c.drawCentredString(width / 2, y - 20 * mm, "-".join(groups[8:]))
    y -= box_height + 12 * mm
    c.setFont(FONT_BOLD, 12)
    c.drawString(left, y, "What to do with this sheet")
    y -= 7 * mm
    for number, paragraph in enumerate(INSTRUCTIONS, start=1):
        lines = wrap_text(paragraph, FONT, 10, width - 2 * left - 8 * mm)
        c.setFont(FONT, 10)
        c.drawString(left, y, f"{number}.")
        for line in lines:
            c.drawString(left + 8 * mm, y, line)
            y -= 5.2 * mm
        y -= 3 * mm
    y -= 10 * mm
    c.setFont(FONT, 10)
    c.drawString(left, y, "Printed and filed by (name, signature, date): "
                 "______________________________________")
    c.showPage()
    c.save()
    return buffer.getvalue()
