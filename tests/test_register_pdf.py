"""Printed register pages, read back from the PDF as an inspector would read them: the
headings and the drug on every page, the Regulation 19 details, corrections footnoted on
the page of the entry they correct, late-entry reasons, page X of Y, and the page code
(QR and text) that verify-page accepts, and refuses once the register changed under it."""

import io
import re
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from hat_desktop.domain.ledger import RowEncoder
from hat_desktop.reports import register_pdf
from hat_desktop.services import register_export
from hat_desktop.store import ledger
from hat_desktop.store import register as store
from tests.register_fixtures import History

TITLE = "Diamorphine hydrochloride 100 mg powder for solution for injection, ampoule"
HEADINGS = ["OBTAINED", "SUPPLIED (including by administration)", "No.", "Date", "Entry",
            "Name and address from whom obtained", "Qty obtained",
            "Name and address of person or firm supplied",
            "Authority to possess: prescriber, licence", "Qty supplied", "Collected by",
            "Proof of ID asked", "Proof of ID given", "Entered by / witness", "Balance"]
CODE = re.compile(r"HATREG1:[A-Z0-9]+:\d+:\d+:[0-9A-F]{64}")
FIRST, LAST = date(2026, 2, 1), date(2026, 3, 2)


def flat(text: str) -> str:
    return " ".join(text.split())


def printed(h: History, tmp_path: Path, name: str = "register.pdf", first: date = FIRST,
            last: date = LAST) -> list[str]:
    """Export the section's pages as the pharmacist; each page's text, whitespace joined."""
    path = register_export.export_register(h.reg, h.pharmacist, "DIAM100", first, last,
                                           "pdf", tmp_path / name)
    return [flat(page.extract_text()) for page in PdfReader(path).pages]


def span(page: str) -> tuple[int, int]:
    found = CODE.search(page)
    assert found is not None, "no page code printed on this page"
    _, _, first, last, _ = found.group().split(":")
    return int(first), int(last)


def page_of(pages: list[str], entry_id: int) -> int:
    return next(i for i, p in enumerate(pages) if span(p)[0] <= entry_id <= span(p)[1])


def test_every_page_carries_the_heading_the_columns_and_page_x_of_y(history, tmp_path):
    pages = printed(history, tmp_path)
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert page.startswith(TITLE)
        assert "Teesside HAT Clinic, 1 Albert Road, Middlesbrough TS1 1AA" in page
        assert "Section DIAM100 · quantities in ampoules of 100 mg" in page
        assert "entries dated 01/02/2026 to 02/03/2026" in page
        for heading in HEADINGS:
            assert heading in page, heading
        assert f"Page {number} of {len(pages)}" in page
        assert "Printed by Phil Pharmacist (pharmacist) at 02/03/2026 10:00" in page


def test_the_rows_carry_the_regulation_19_details_and_the_running_balance(history, tmp_path):
    h = history
    pages = printed(h, tmp_path)
    first = pages[0]
    assert ("Alliance Healthcare Unit 4, Preston Farm, Stockton-on-Tees TS18 3TX Inv. "
            "INV-0042; batch AB123, exp. 30/06/2027 300") in first
    assert "Balance brought forward: 0 ampoules" in first
    dose = h.entries[3]
    assert dose.balance == 318
    assert (f"{dose.id} 03/02/2026 09:15 Administered 180 mg, 20 wasted Sam Patient "
            "(HAT-0001) 12 Linthorpe Road, Middlesbrough TS1 3QY Dr Pat Prescriber HO "
            "licence HO-123456 2 Patient Yes No Nina Nurse (nurse) Witness: Nora Nurse "
            "(nurse) 318") in first
    assert "Józef Wiśniewski (HAT-0002)" in first
    last = pages[-1]
    assert "Destroyed: Damaged: ampoules cracked in the safe Batch AB123 5" in last
    assert ("Dr Ada Officer (CD Accountable Officer's witness, CDAO-2026-07), authorised "
            "witness") in last
    assert (f"{h.destruction.id} 02/03/2026 09:30 Destroyed" in last
            and f"authorised witness {h.destruction.balance}" in last)
    for later, page in zip(pages[1:], pages, strict=False):
        first_id = span(later)[0]
        entry = store.entry_by_id(h.reg.db, first_id)
        before = store.entry_by_id(h.reg.db, span(page)[1])
        assert entry is not None and before is not None
        assert f"Balance brought forward: {before.balance} ampoules" in later


def test_corrections_are_dated_footnotes_on_the_page_of_the_original(history, tmp_path):
    h = history
    pages = printed(h, tmp_path)
    note = ("Corrected 02/02/2026 09:20 by Phil Pharmacist (pharmacist), witnessed by Nina "
            f"Nurse (nurse) (entry {h.fix.id}, 180 ampoules taken off): Mistyped: 20 "
            "ampoules were received, not 200.")
    home = page_of(pages, h.mistyped.id)
    assert f"Note 1: No. {h.mistyped.id}" in pages[home] and note in pages[home]
    assert f"{h.fix.id} 02/02/2026 09:20 Correction of No. {h.mistyped.id}" in pages[home]

    later = ("witnessed by Nina Nurse (nurse) "
             f"(entry {h.later_fix.id}, 1 ampoule taken off): One ampoule was dropped")
    original, correction = page_of(pages, h.later_fixed.id), page_of(pages, h.later_fix.id)
    assert original < correction
    assert [i for i, p in enumerate(pages) if later in p] == [original]
    assert f"Correction of No. {h.later_fixed.id}" in pages[correction]
    assert f"{h.later_fixed.id} note" in pages[original]


def test_a_late_entry_prints_when_it_was_made_and_why(history, tmp_path):
    h = history
    pages = printed(h, tmp_path)
    page = pages[page_of(pages, h.late.id)]
    assert ("Late entry, made 07/02/2026 11:15: Register PC down during the session; "
            "entered from the paper back-up sheet.") in page


def test_each_page_code_verifies_until_the_register_changes_under_it(history, tmp_path):
    h = history
    pages = printed(h, tmp_path)
    codes = [CODE.search(p).group() for p in pages]  # type: ignore[union-attr]
    spans = [span(p) for p in pages]
    assert spans[0][0] == h.receipt.id and spans[-1][1] == h.destruction.id
    for (_, last), (first, _) in zip(spans, spans[1:], strict=False):
        assert first == last + 1  # every entry printed once, in register order
    for code in codes:
        ok, message = register_export.verify_page(h.reg, h.inspector, code)
        assert ok, message
        assert message.startswith("This page matches the register: entries No.")

    victim = spans[1][0] + 2  # an entry on page 2: its quantity changed behind the app's back
    db = h.reg.db
    db.execute("DROP TRIGGER register_entries_no_update")
    db.execute("UPDATE register_entries SET quantity_out = 1 WHERE id = ?", (victim,))
    ok, message = register_export.verify_page(h.reg, h.inspector, codes[1])
    assert not ok
    assert message == (f"This page does not match the register: entry No. {victim} was "
                       "altered after it was written.")
    assert register_export.verify_page(h.reg, h.inspector, codes[0])[0]

    rechain(db, h.section.id, victim)  # hashes recomputed with the key in hand
    for code in codes[1:]:
        ok, message = register_export.verify_page(h.reg, h.inspector, code)
        assert not ok and "the chain hash after the last one differs" in message
    assert register_export.verify_page(h.reg, h.inspector, codes[0])[0]
    checks = h.reg.db.scalar("SELECT count(*) FROM audit_log WHERE action = 'verify'")
    assert checks == len(codes) + 2 + len(codes)


def rechain(db, section_id: int, from_id: int) -> None:
    """Rewrite every hash from ``from_id`` on so the chain is consistent again."""
    columns = ledger.hashed_columns(db, store.REGISTER_ENTRIES)
    encoder = RowEncoder(columns)
    start = db.scalar("SELECT seq FROM register_entries WHERE id = ?", (from_id,))
    previous = db.scalar("SELECT hash FROM register_entries WHERE section_id = ? AND seq = ?",
                         (section_id, start - 1))
    rows = db.all(f"SELECT {', '.join(columns)} FROM register_entries WHERE section_id = ? "
                  "AND seq >= ? ORDER BY seq", (section_id, start))
    for row in rows:
        values = tuple(row)
        digest = encoder.chain_hash(previous, values)
        db.execute("UPDATE register_entries SET prev_hash = ?, hash = ? WHERE id = ?",
                   (previous, digest, values[columns.index("id")]))
        previous = digest


def test_the_renderer_returns_the_codes_it_prints(history, tmp_path):
    h = history
    rows = register_export._rows(h.reg, h.section, FIRST, LAST, None, "")
    heading = register_export._heading(h.reg, h.pharmacist, h.section, FIRST, LAST)
    buffer = io.BytesIO()
    codes = register_pdf.render(heading, rows, buffer)
    texts = [flat(p.extract_text()) for p in PdfReader(io.BytesIO(buffer.getvalue())).pages]
    assert codes == [CODE.search(t).group() for t in texts]  # type: ignore[union-attr]
    modules = register_pdf.qr_modules(codes[0])
    assert len(modules) == len(modules[0]) >= 21  # a real QR symbol, square


def test_a_scanner_reads_each_page_code_from_the_printed_page(history, tmp_path):
    """The page rendered as a 150 dpi image (as a phone or scanner sees paper) and read by
    zbar, an independent QR decoder: it gives back the code printed under the QR."""
    path = register_export.export_register(history.reg, history.pharmacist, "DIAM100",
                                           FIRST, LAST, "pdf", tmp_path / "register.pdf")
    texts = [flat(p.extract_text()) for p in PdfReader(path).pages]
    for number in (1, len(texts)):
        png = tmp_path / f"page-{number}"
        subprocess.run(["pdftoppm", "-png", "-r", "150", "-f", str(number), "-l", str(number),
                        "-singlefile", str(path), str(png)], check=True)
        read = subprocess.run(["zbarimg", "--quiet", "--raw", "-Sdisable",
                               "-Sqrcode.enable", f"{png}.png"],
                              capture_output=True, text=True, check=True)
        printed_code = CODE.search(texts[number - 1])
        assert printed_code is not None and read.stdout.strip() == printed_code.group()


def test_a_demo_register_stamps_every_page(history, tmp_path):
    history.reg.demo = True
    pages = printed(history, tmp_path)
    assert all("DEMO — not a legal register" in p for p in pages)


def test_a_period_without_entries_prints_one_page_that_says_so(history, tmp_path):
    pages = printed(history, tmp_path, first=date(2025, 1, 1), last=date(2025, 1, 31))
    assert len(pages) == 1
    assert ("No entries in section DIAM100 are dated between 01/01/2025 and 31/01/2025."
            in pages[0])
    assert "Page 1 of 1" in pages[0] and TITLE in pages[0]
    assert CODE.search(pages[0]) is None


@pytest.mark.parametrize("text", ["", "hello", "HATREG1:DIAM100:5", "HATREG1:DIAM100:9:3:" +
                                  "A" * 64])
def test_verify_page_refuses_what_is_not_a_page_code(history, text):
    ok, message = register_export.verify_page(history.reg, history.inspector, text)
    assert not ok and message.endswith(".")
    assert "HATREG1" in message or "mistyped" in message
