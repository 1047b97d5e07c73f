"""The patient card PDF: read back, and its Code 128 bars decoded from the PDF's own
drawing, as a scanner would read them."""

import io
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.graphics.barcode.code128 import _patterns as CODE128_WIDTHS

from hat_desktop.domain.errors import InvalidInput, PermissionDenied
from hat_desktop.domain.roles import Role
from hat_desktop.reports.patient_card import (
    BAR_HEIGHT,
    CARD_SIZE,
    PatientCard,
    card_barcode,
    render,
)
from hat_desktop.services import patient_cards, patients, users
from hat_desktop.store import audit

# reportlab's table is the standard Code 128 one written as letters: capitals are bars,
# small letters spaces, a = 1 module ... d = 4 modules ('BaBbBb' is 2 1 2 2 2 2).
PATTERNS = {"".join(str(ord(ch.lower()) - ord("a") + 1) for ch in letters): value
            for value, letters in CODE128_WIDTHS.items()}
START = {103: "A", 104: "B", 105: "C"}


def bars(pdf: bytes) -> list[tuple[float, float]]:
    """(x, width) of every filled rectangle as tall as a bar, left to right."""
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    content = ContentStream(page.get_contents(), page.pdf)
    found = []
    for operands, operator in content.operations:
        if operator == b"re":
            x, _y, w, h = (float(v) for v in operands)
            if abs(h - BAR_HEIGHT) < 0.01 and w > 0:
                found.append((x, w))
    return sorted(found)


def decode_code128(rects: list[tuple[float, float]]) -> str:
    """Turn drawn bars back into text: widths in modules, symbols, checksum, code sets."""
    module = min(w for _x, w in rects)
    widths: list[int] = []
    for i, (x, w) in enumerate(rects):
        widths.append(round(w / module))
        if i + 1 < len(rects):
            widths.append(round((rects[i + 1][0] - x - w) / module))
    assert len(widths) % 6 == 1, "a Code 128 symbol is 6-element characters and a 7-element stop"
    symbols = [PATTERNS["".join(map(str, widths[i:i + 6]))] for i in range(0, len(widths) - 7, 6)]
    assert PATTERNS["".join(map(str, widths[-7:]))] == 106, "no stop character"
    start, *data, check = symbols
    assert start in START, "no start character"
    assert (start + sum(i * v for i, v in enumerate(data, start=1))) % 103 == check, \
        "the checksum does not match"
    text, code = "", START[start]
    for v in data:
        if v == 99:
            code = "C"
        elif v == 100 and code != "B":
            code = "B"
        elif v == 101 and code != "A":
            code = "A"
        elif code == "C":
            text += f"{v:02d}"
        elif code == "B":
            text += chr(v + 32)
        else:
            text += chr(v + 32) if v < 64 else chr(v - 64)
    return text


def png(size: tuple[int, int] = (300, 400)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, "#4a7a8c").save(out, format="PNG")
    return out.getvalue()


@pytest.mark.parametrize("number", ["HAT-0001", "HAT-1234-X", "ABC", "HAT-00420"])
def test_the_barcode_encodes_exactly_the_clinic_number(number) -> None:
    assert card_barcode(number).value == number
    pdf = render(PatientCard("Teesside HAT Clinic", number, "Sam Patient", None))
    assert decode_code128(bars(pdf)) == number


def test_the_card_has_the_clinic_name_and_number_and_is_card_sized() -> None:
    pdf = render(PatientCard("Teesside HAT Clinic", "HAT-0042", "Zoë Ní Bhriain", png(),
                             demo=False))
    reader = PdfReader(io.BytesIO(pdf))
    page = reader.pages[0]
    assert len(reader.pages) == 1
    assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(CARD_SIZE)
    text = page.extract_text()
    assert "Teesside HAT Clinic" in text and "Zoë Ní Bhriain" in text and "HAT-0042" in text
    assert "DEMO" not in text
    images = page["/Resources"]["/XObject"]
    assert [images[name]["/Subtype"] for name in images] == ["/Image"]  # the photo


def test_the_service_prints_the_card_where_the_user_chose_and_audits_it(world, tmp_path) -> None:
    d = world
    patients.set_photo(d.reg, d.nurse, d.patient.id, png())
    target = patient_cards.print_card(d.reg, d.nurse, d.patient.id, tmp_path / "card.pdf")
    assert target == (tmp_path / "card.pdf").resolve()
    pdf = target.read_bytes()
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Sam Patient" in text and "HAT-0001" in text and "Teesside HAT Clinic" in text
    assert decode_code128(bars(pdf)) == "HAT-0001"
    last = audit.entries(d.reg.db, limit=1)[0]
    assert (last.action, last.target, last.username) == ("print", "patient_card:HAT-0001",
                                                          "nina")
    assert last.details["path"] == str(target)


def test_every_role_may_print_but_never_over_a_file_or_into_the_register_folder(
    world, tmp_path
) -> None:
    d = world
    inspector = world.make_user(Role.INSPECTOR, "ivy")
    patient_cards.print_card(d.reg, inspector, d.patient.id, tmp_path / "card.pdf")
    with pytest.raises(InvalidInput, match="already exists"):
        patient_cards.print_card(d.reg, d.nurse, d.patient.id, tmp_path / "card.pdf")
    with pytest.raises(InvalidInput, match="outside the register's data folder"):
        patient_cards.print_card(d.reg, d.nurse, d.patient.id,
                                 Path(d.reg.data_dir) / "card.pdf")


def test_a_demo_register_stamps_the_card(world, tmp_path) -> None:
    d = world
    d.reg.demo = True
    pdf = patient_cards.print_card(d.reg, d.nurse, d.patient.id,
                                   tmp_path / "card.pdf").read_bytes()
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "DEMO — not a legal register" in text
    assert decode_code128(bars(pdf)) == "HAT-0001"


def test_a_deactivated_user_cannot_print_a_card(world, tmp_path) -> None:
    d = world
    users.update_user(d.reg, d.manager, d.nurse.id, users.UserDetails(
        full_name="Nina Nurse", role=Role.NURSE), active=False)
    with pytest.raises(PermissionDenied):
        patient_cards.print_card(d.reg, d.nurse, d.patient.id, tmp_path / "card.pdf")
    assert not (tmp_path / "card.pdf").exists()
