"""The recovery sheet printed at set-up: the only copy of the key outside the keyring."""

from dataclasses import dataclass
from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from hat_desktop.reports.page_flow import Draw, PageFlow
from hat_desktop.reports.pdf_common import FONT, FONT_BOLD, FONT_MONO, wrap_text


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


LEFT = 20 * mm
WIDTH, HEIGHT = A4


def _line(text: str, font: str, size: float, height: float,
          colour: colors.Color = colors.black) -> tuple[float, Draw]:
    def draw(c: Canvas, y: float) -> None:
        c.setFont(font, size)
        c.setFillColor(colour)
        c.drawString(LEFT, y, text)
        c.setFillColor(colors.black)

    return height, draw


def _field(label: str, value: str) -> tuple[float, Draw]:
    def draw(c: Canvas, y: float) -> None:
        c.setFont(FONT_BOLD, 11)
        c.drawString(LEFT, y, label)
        c.setFont(FONT, 11)
        c.drawString(LEFT + 35 * mm, y, value)

    return 7 * mm, draw


def _key_box(recovery_key: str) -> tuple[float, Draw]:
    box_height = 26 * mm
    groups = recovery_key.split("-")

    def draw(c: Canvas, y: float) -> None:
        c.setStrokeColor(colors.black)
        c.setLineWidth(1.2)
        c.rect(LEFT, y - box_height, WIDTH - 2 * LEFT, box_height)
        c.setFont(FONT_MONO, 15)
        c.drawCentredString(WIDTH / 2, y - 11 * mm, "-".join(groups[:8]))
        c.drawCentredString(WIDTH / 2, y - 20 * mm, "-".join(groups[8:]))

    return box_height + 12 * mm, draw


def _instruction(number: int, paragraph: str) -> tuple[float, Draw]:
    lines = wrap_text(paragraph, FONT, 10, WIDTH - 2 * LEFT - 8 * mm)

    def draw(c: Canvas, y: float) -> None:
        c.setFont(FONT, 10)
        c.drawString(LEFT, y, f"{number}.")
        for i, line in enumerate(lines):
            c.drawString(LEFT + 8 * mm, y - i * 5.2 * mm, line)

    return len(lines) * 5.2 * mm + 3 * mm, draw


def render(sheet: RecoverySheet) -> bytes:
    flow = PageFlow(A4, "HAT Desktop recovery sheet", top=HEIGHT - 30 * mm, bottom=20 * mm,
                    demo=sheet.demo)
    flow.add(*_line("HAT Desktop — register recovery sheet", FONT_BOLD, 20, 9 * mm))
    flow.add(*_line("CONFIDENTIAL: this sheet unlocks the controlled-drugs register.", FONT, 10,
                    14 * mm, colors.Color(0.6, 0.0, 0.0)))
    for label, value in [
        ("Clinic", sheet.clinic_name),
        ("Register id", sheet.register_id),
        ("Created", sheet.created.strftime("%d/%m/%Y %H:%M %Z")),
        ("Key kept in", "a passphrase (and this sheet)" if sheet.passphrase_mode
         else "this computer's system keyring (and this sheet)"),
    ]:
        flow.add(*_field(label, value))
    flow.gap(8 * mm)
    flow.add(*_line("Recovery key", FONT_BOLD, 12, 4 * mm))
    flow.add(*_key_box(sheet.recovery_key))
    flow.add(*_line("What to do with this sheet", FONT_BOLD, 12, 7 * mm))
    for number, paragraph in enumerate(INSTRUCTIONS, start=1):
        flow.add(*_instruction(number, paragraph))
    flow.gap(10 * mm)
    flow.add(*_line("Printed and filed by (name, signature, date): "
                    "______________________________________", FONT, 10, 5 * mm))
    flow.finish()
    return flow.pdf
