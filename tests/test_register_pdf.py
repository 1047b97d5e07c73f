"""Printed register pages, read back from the PDF as an inspector would read them: the
headings and the drug on every page, the Regulation 19 / Schedule 6 details printed whole,
each entry numbered in its section, the section's fixed pages (page n holds the same entries
in every print), corrections and stock checks in a band across the columns and as dated
footnotes on the page of the entry they correct, late-entry reasons, the period's totals, and
the page code (QR and text) that verify-page accepts, calls superseded once the page was
corrected or reprinted, and refuses once the register changed under it."""

import io
import re
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from hat_desktop.domain.ledger import RowEncoder
from hat_desktop.domain.patients import PatientDetails
from hat_desktop.domain.register import PRESETS
from hat_desktop.domain.register_pages import ENTRIES_PER_PAGE, PageVerdict
from hat_desktop.domain.register_text import one_line
from hat_desktop.domain.roles import Role
from hat_desktop.reports import register_pdf
from hat_desktop.services import register, register_export, users
from hat_desktop.store import ledger
from hat_desktop.store import register as store
from tests.register_fixtures import History, administer, receipt

TITLE = "Diamorphine hydrochloride 100 mg powder for solution for injection, ampoule"
HEADINGS = ["OBTAINED", "SUPPLIED (including by administration)", "No.", "Date", "Entry",
            "Name and address from whom obtained", "Qty obtained",
            "Name and address of person or firm supplied",
            "Authority to possess: prescriber's name, address, licence", "Qty supplied",
            "Collected by", "Proof of ID asked", "Proof of ID given", "Entered by / witness",
            "Balance"]
CODE = re.compile(r"HATREG2:[A-Z0-9]+:\d+:\d+:\d+:\d+:[0-9A-F]{64}")
FIRST, LAST = date(2026, 2, 1), date(2026, 3, 2)
PRESCRIBER = ("Dr Pat Prescriber Teesside HAT Clinic, 1 Albert Road, Middlesbrough TS1 1AA "
              "Home Office licence HO-123456")


def flat(text: str) -> str:
    return " ".join(text.split())


def printed(h: History, tmp_path: Path, name: str = "register.pdf", first: date = FIRST,
            last: date = LAST) -> list[str]:
    """Export the section's pages as the pharmacist; each sheet's text, whitespace joined."""
    path = register_export.export_register(h.reg, h.pharmacist, "DIAM100", first, last,
                                           "pdf", tmp_path / name)
    return [flat(page.extract_text()) for page in PdfReader(path).pages]


def code_of(page: str) -> list[str]:
    found = CODE.search(page)
    assert found is not None, "no page code printed on this sheet"
    return found.group().split(":")


def span(page: str) -> tuple[int, int]:
    """The first and last entry numbers on a sheet, from its page code."""
    parts = code_of(page)
    return int(parts[3]), int(parts[4])


def page_of(pages: list[str], number: int) -> int:
    return next(i for i, p in enumerate(pages) if span(p)[0] <= number <= span(p)[1])


def test_every_page_carries_the_heading_the_columns_and_its_page_of_the_section(history,
                                                                                tmp_path):
    pages = printed(history, tmp_path)
    assert len(pages) == 7  # 65 entries, 10 to a page of the section
    for number, page in enumerate(pages, start=1):
        assert page.startswith(TITLE)
        assert "Teesside HAT Clinic, 1 Albert Road, Middlesbrough TS1 1AA" in page
        first = (number - 1) * ENTRIES_PER_PAGE + 1
        assert (f"Section DIAM100 · quantities in ampoules of 100 mg · Page {number} of the "
                f"section (entries No. {first} to {first + 9})") in page
        assert "Printed for the entries dated 01/02/2026 to 02/03/2026" in page
        for heading in HEADINGS:
            assert heading in page, heading
        assert f"This print: sheet {number} of {len(pages)}" in page
        assert ("Printed by Phil Pharmacist (pharmacist) at 02/03/2026 10:00 from Teesside "
                "HAT Clinic's HAT Desktop register") in page  # its last word kept
        assert code_of(page)[2] == str(number)


def test_the_heading_never_shows_a_date_after_the_day_of_printing(history, tmp_path):
    pages = printed(history, tmp_path, last=date(2026, 12, 31))
    assert all("entries dated 01/02/2026 to 02/03/2026" in p for p in pages)
    assert not any("31/12/2026" in p for p in pages)


def test_the_rows_carry_the_schedule_6_details_and_the_running_balance(history, tmp_path):
    h = history
    pages = printed(h, tmp_path)
    first = pages[0]
    assert ("1 02/02/2026 09:00 Received Alliance Healthcare Unit 4, Preston Farm, "
            "Stockton-on-Tees TS18 3TX Invoice INV-0042; batch AB123, expiry 30/06/2027 300"
            ) in first
    assert "Balance brought forward: 0 ampoules" in first
    dose = h.entries[3]
    assert dose.balance == 318 and dose.number == 4
    assert ("4 03/02/2026 09:15 Administered 180 mg given, 20 mg wasted Sam Patient "
            "(HAT-0001) 12 Linthorpe Road, Middlesbrough TS1 3QY " + PRESCRIBER +
            " 2 Patient Yes No Nina Nurse (nurse) Witness: Nora Nurse (nurse) 318") in first
    assert "Józef Wiśniewski (HAT-0002)" in first
    assert ",," not in "".join(pages)
    last = pages[-1]
    assert ("Destroyed: Damaged: ampoules cracked in the safe Method: Denatured in a DOOP "
            "denaturing kit, then sent for incineration Batch AB123 5") in last
    assert ("Dr Ada Officer (CD Accountable Officer's witness, CDAO-2026-07), authorised "
            "witness") in last
    for later, page in zip(pages[1:], pages, strict=False):
        before = h.entries[span(page)[1] - 1]
        assert f"Balance brought forward: {before.balance} ampoules" in later


def test_entries_are_numbered_one_after_another_in_their_section(history, tmp_path):
    """The No. column counts 1, 2, 3… in the section, with no gap, whatever other sections
    were written in between; the internal ids do not appear."""
    h = history
    other = register.create_section(h.reg, h.manager, PRESETS[1])
    h.clock.set(datetime(2026, 3, 2, 10, 20, tzinfo=UTC))
    register.receive(h.reg, h.pharmacist, h.nurse, other.id, receipt(10, batch="X500"))
    added = administer(h, 7, h.clock.now())
    assert added.number == 66 and added.id != 66
    pages = printed(h, tmp_path)
    spans = [span(p) for p in pages]
    assert spans[0][0] == 1 and spans[-1][1] == 66
    for (_, last), (first, _) in zip(spans, spans[1:], strict=False):
        assert first == last + 1
    assert f"{added.id} 02/03/2026" not in pages[-1]
    assert "66 02/03/2026 10:20 Administered" in pages[-1]


def test_corrections_are_a_band_and_dated_footnotes_on_the_page_of_the_original(history,
                                                                                 tmp_path):
    h = history
    pages = printed(h, tmp_path)
    note = ("Corrected 02/02/2026 09:20 by Phil Pharmacist (pharmacist), witnessed by Nina "
            f"Nurse (nurse) (entry No. {h.fix.number}, 180 ampoules taken off): Mistyped: 20 "
            "ampoules were received, not 200.")
    home = page_of(pages, h.mistyped.number)
    assert f"Note 1: No. {h.mistyped.number}" in pages[home] and note in pages[home]
    # the correction's own row: its words across the columns, no quantity under SUPPLIED
    assert (f"{h.fix.number} 02/02/2026 09:20 Correction of No. {h.mistyped.number} "
            f"Correction of entry No. {h.mistyped.number}: 180 ampoules taken off the balance. "
            "Reason: Mistyped: 20 ampoules were received, not 200. Phil Pharmacist "
            "(pharmacist) Witness: Nina Nurse (nurse) 320") in pages[home]

    later = ("witnessed by Nina Nurse (nurse) "
             f"(entry No. {h.later_fix.number}, 1 ampoule taken off): One ampoule was dropped")
    original = page_of(pages, h.later_fixed.number)
    correction = page_of(pages, h.later_fix.number)
    assert original < correction
    assert [i for i, p in enumerate(pages) if later in p] == [original]
    assert f"Correction of No. {h.later_fixed.number}" in pages[correction]
    assert f"{h.later_fixed.number} note" in pages[original]


def test_a_late_entry_prints_when_it_was_made_and_why(history, tmp_path):
    h = history
    pages = printed(h, tmp_path)
    page = pages[page_of(pages, h.late.number)]
    assert ("Late entry, made 07/02/2026 11:15: Register PC down during the session; "
            "entered from the paper back-up sheet.") in page


def test_a_dose_under_a_managers_override_is_marked_and_footnoted(history, tmp_path):
    h = history
    with h.reg.db.transaction():
        given = register.write_draft(h.reg, h.nurse, register.administration_draft(
            h.reg, h.section, 1, "AB123", {
                "patient_name": "Sam Patient", "clinic_number": "HAT-0001",
                "patient_address": "12 Linthorpe Road", "prescriber_name": "Dr Pat Prescriber",
                "prescriber_licence": "HO-123456", "mg_administered": 90, "mg_wasted": 10,
                "id_requested": True, "id_provided": True,
                "override_reason": "Bus strike: arrived after the window closed",
                "override_by": "Morag Manager (manager)"}), h.nurse2)
    pages = printed(h, tmp_path)
    page = pages[page_of(pages, given.number)]
    assert f"{given.number} note 1 override 02/03/2026 10:00" in page
    assert (f"Note 1: No. {given.number} Given outside the session window under a manager's "
            "override authorised by Morag Manager (manager): Bus strike: arrived after the "
            "window closed") in page


def test_the_totals_of_the_period_are_the_sums_of_its_rows(history, tmp_path):
    h = history
    pages = printed(h, tmp_path)
    rows = h.entries
    received = sum(e.quantity_in for e in rows if e.kind.value == "receipt")
    administered = sum(e.quantity_out for e in rows if e.kind.value == "administration")
    mg_given = sum(e.details["mg_administered"] for e in rows
                   if e.kind.value == "administration")
    mg_wasted = sum(e.details["mg_wasted"] for e in rows if e.kind.value == "administration")
    taken_off = sum(e.quantity_out for e in rows if e.kind.value == "correction")
    out = administered + 5 + taken_off
    assert (received, administered, taken_off) == (500, 120, 181)
    last = pages[-1]
    assert ("Totals for the entries dated 01/02/2026 to 02/03/2026 (No. 1 to No. 65, 65 "
            "entries)") in last
    assert (f"In: received {received} ampoules; corrections adding back 0 ampoules Out: "
            f"administered {administered} ampoules ({mg_given:,} mg given, {mg_wasted:,} mg "
            "wasted from opened ampoules); destroyed 5 ampoules; returned to supplier 0 "
            f"ampoules; corrections taking off {taken_off} ampoules") in last
    assert (f"Balance before the period 0 ampoules + in {received} ampoules − out {out} "
            f"ampoules = closing balance {rows[-1].balance} ampoules") in last
    assert received - out == rows[-1].balance
    assert not any("Totals for" in p for p in pages[:-1])


def test_page_n_holds_the_same_entries_in_every_print(history, tmp_path):
    """Two prints with later entries written in between, the second for a shorter period:
    each page of the section holds the same entries, under the same page number and code;
    entries of a page dated outside the period are printed too, in grey, out of the
    totals."""
    h = history
    before = printed(h, tmp_path, "before.pdf")
    for n in range(8):
        h.clock.set(datetime(2026, 3, 2, 10, 5 + n, tzinfo=UTC))
        administer(h, n, h.clock.now())
    after = printed(h, tmp_path, "after.pdf", first=date(2026, 2, 10))
    by_page = {int(code_of(p)[2]): p for p in after}
    assert min(by_page) > 1  # the earlier pages are outside the period
    for page in before:
        number = int(code_of(page)[2])
        if number in by_page and number < 7:  # page, first, last and hash all the same
            again = code_of(by_page[number])
            assert again[2:5] == code_of(page)[2:5] and again[6] == code_of(page)[6]
            assert rows_of(by_page[number]) == rows_of(page)
    assert span(by_page[7]) == (61, 70)  # page 7 filled up with the later entries
    assert span(before[-1]) == (61, 65)
    first_page = min(by_page)
    assert "rows in grey: dated outside that period" in by_page[first_page]
    assert "Totals for the entries dated 10/02/2026 to 02/03/2026" in after[-1]


def rows_of(page: str) -> str:
    """A sheet's rows and footnotes: from its first entry number to its foot."""
    start = page.index(f" {span(page)[0]} ", page.index("Balance brought forward"))
    return page[start:page.index("This print")]


def test_a_row_taller_than_a_sheet_continues_with_its_number_repeated(history):
    h = history
    entry = h.entries[3]
    long_address = "\n".join(f"Line {n} of a very long address in Middlesbrough"
                             for n in range(120))
    tall = type(entry)(**{**entry.__dict__, "details": {**entry.details,
                                                        "patient_address": long_address}})
    heading = register_export._heading(h.reg, h.pharmacist, h.section, FIRST, LAST)
    buffer = io.BytesIO()
    register_pdf.render(heading, [(tall, [])], buffer)
    texts = [flat(p.extract_text()) for p in PdfReader(io.BytesIO(buffer.getvalue())).pages]
    assert len(texts) >= 2
    assert "4 continued" in texts[1] and "continued: sheet 2 of this page" in texts[1]
    whole = " ".join(texts)
    words = iter(whole.split())  # every word of the address, in order, across the sheets
    assert all(word in words for word in one_line(long_address).split())
    assert "…" not in whole


def test_the_longest_details_the_forms_accept_print_whole(history, tmp_path):
    """Supplier, patient and prescriber at the longest the forms accept, addresses typed on
    several lines: every word on the page, in order, nothing cut, no doubled commas."""
    h = history
    supplier = ("Northern Pharmaceutical Wholesale Distribution and Specialist Controlled "
                "Drugs Logistics Services Limited Partnership of Teesside")[:120]
    supplier_address = _address("Warehouse", 300)
    patient_name = ("Maria-Magdalena Anastasia Konstantinopoulou-Wiśniewska "
                    "Fitzgerald-Montgomery O'Sullivan")[:100]
    patient_address = _address("Flat", 300)
    prescriber_address = _address("Consulting Room", 300)
    assert len(supplier) == 120 and len(patient_address) == 300
    PatientDetails("HAT-0099", patient_name, date(1980, 1, 1), patient_address).checked(
        date(2026, 3, 2))  # the patient form accepts them
    users.UserDetails("Dr " + "Prescriber " * 8, Role.PRESCRIBER, "H" * 40, "GMC 1234567",
                      address=prescriber_address).checked()
    h.clock.set(datetime(2026, 3, 2, 10, 25, tzinfo=UTC))
    got = register.receive(h.reg, h.pharmacist, h.nurse, h.section.id, receipt(
        10, supplier_name=supplier, supplier_address=supplier_address,
        reference="R" * 60, batch="B" * 40))
    with h.reg.db.transaction():
        dose = register.write_draft(h.reg, h.nurse, register.administration_draft(
            h.reg, h.section, 1, "AB123", {
                "patient_name": patient_name, "clinic_number": "HAT-0099",
                "patient_address": patient_address,
                "prescriber_name": ("Dr " + "Prescriber " * 8).strip(),
                "prescriber_address": prescriber_address, "prescriber_licence": "H" * 40,
                "mg_administered": 90, "mg_wasted": 10, "id_requested": True,
                "id_provided": True}), h.nurse2)
    pages = printed(h, tmp_path)
    text = " ".join(pages)
    for value in (supplier, one_line(supplier_address), patient_name,
                  one_line(patient_address), one_line(prescriber_address)):
        assert flat(value) in text, value
    assert "…" not in text and ",," not in text
    assert "HomeOfficelicence" + "H" * 40 in "".join(pages[page_of(pages, dose.number)].split())
    assert "R" * 60 in "".join(pages[page_of(pages, got.number)].split())  # broken, not cut


def _address(word: str, length: int) -> str:
    """A multi-line address of ``length`` characters, some lines ending in a comma."""
    text, n = "", 1
    while len(text) < length:
        text += f"{n} {word} Street North,\n" if n % 2 else f"Middlesbrough TS{n} 1AA\n"
        n += 1
    return text[:length - 8].rstrip(",\n ") + "\nTS1 1AA"


def test_each_page_code_verifies_until_the_register_changes_under_it(history, tmp_path):
    h = history
    pages = printed(h, tmp_path)
    codes = [CODE.search(p).group() for p in pages]  # type: ignore[union-attr]
    spans = [span(p) for p in pages]
    assert spans[0][0] == h.receipt.number == 1 and spans[-1][1] == h.destruction.number
    for (_, last), (first, _) in zip(spans, spans[1:], strict=False):
        assert first == last + 1  # every entry printed once, in register order
    for code in codes:
        verdict, message = register_export.verify_page(h.reg, h.inspector, code)
        assert verdict is PageVerdict.MATCHES, message
        assert message.startswith("This page matches the register: entries No.")

    victim = spans[1][0] + 2  # an entry on page 2: its quantity changed behind the app's back
    db = h.reg.db
    db.execute("DROP TRIGGER register_entries_no_update")
    db.execute("UPDATE register_entries SET quantity_out = 1 WHERE seq = ?", (victim,))
    verdict, message = register_export.verify_page(h.reg, h.inspector, codes[1])
    assert verdict is PageVerdict.DAMAGED
    assert message == (f"This page does not match the register: entry No. {victim} was "
                       "altered after it was written.")
    assert register_export.verify_page(h.reg, h.inspector, codes[0])[0] is PageVerdict.MATCHES

    rechain(db, h.section.id, h.entries[victim - 1].id)  # hashes recomputed with the key
    for code in codes[1:]:
        verdict, message = register_export.verify_page(h.reg, h.inspector, code)
        assert verdict is PageVerdict.DAMAGED
        assert "the chain hash after the last one differs" in message
    assert register_export.verify_page(h.reg, h.inspector, codes[0])[0] is PageVerdict.MATCHES
    checks = h.reg.db.scalar("SELECT count(*) FROM audit_log WHERE action = 'verify'")
    assert checks == len(codes) + 2 + len(codes)


def test_an_old_page_after_a_correction_is_superseded_and_says_why(history, tmp_path):
    """Corrections of entries on a page after it was printed, the balance they change, and a
    newer print of the page: the old page is superseded (not damaged), in one sentence; the
    new print of the same page matches."""
    h = history
    old = printed(h, tmp_path, "old.pdf")
    first_code, last_code = code_of(old[0]), code_of(old[-1])
    h.clock.set(datetime(2026, 3, 2, 10, 30, tzinfo=UTC))
    register.correct(h.reg, h.pharmacist, h.nurse, h.entries[5].id,
                     "Counted again: one ampoule fewer was opened.", quantity_in=1)
    register.correct(h.reg, h.pharmacist, h.nurse, h.destruction.id,
                     "Six were destroyed, not five.", quantity_out=1)
    verdict, message = register_export.verify_page(h.reg, h.inspector, ":".join(first_code))
    assert verdict is PageVerdict.SUPERSEDED
    assert message == (
        "This page matches the register as it was printed (entries No. 1 to 10 of section "
        "DIAM100), but it is superseded: entry No. 6 on it was corrected afterwards (entry "
        "No. 66 on page 7, 02/03/2026 10:30, 1 ampoule added back to the balance); the "
        f"balance it shows after No. 10, {h.entries[9].balance}, is "
        f"{h.entries[9].balance + 1} once corrected.")
    verdict, message = register_export.verify_page(h.reg, h.inspector, ":".join(last_code))
    assert verdict is PageVerdict.SUPERSEDED
    assert f"the balance it shows after No. 65, {h.destruction.balance}, is " \
        f"{h.destruction.balance - 1} once corrected" in message
    h.clock.set(datetime(2026, 3, 2, 10, 40, tzinfo=UTC))
    new = printed(h, tmp_path, "new.pdf")
    verdict, message = register_export.verify_page(h.reg, h.inspector, ":".join(first_code))
    assert verdict is PageVerdict.SUPERSEDED
    assert message.endswith("; a newer print of page 1 was made on 02/03/2026 10:40.")
    assert "\n" not in message and message.endswith(".")  # one sentence
    assert re.search(r"Note \d: No\. 6 Corrected 02/03/2026 10:30", new[0])
    assert register_export.verify_page(h.reg, h.inspector, ":".join(code_of(new[0])))[0] \
        is PageVerdict.MATCHES
    unrelated = code_of(old[2])  # page 3: nothing on it corrected, reprinted unchanged
    verdict, message = register_export.verify_page(h.reg, h.inspector, ":".join(unrelated))
    assert verdict is PageVerdict.SUPERSEDED and "a newer print of page 3" in message


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
    """The page rendered as a 150 dpi and as a 75 dpi image (as a phone or a poor scanner
    sees paper) and read by zbar, an independent QR decoder: it gives back the code printed
    under the QR."""
    path = register_export.export_register(history.reg, history.pharmacist, "DIAM100",
                                           FIRST, LAST, "pdf", tmp_path / "register.pdf")
    texts = [flat(p.extract_text()) for p in PdfReader(path).pages]
    for number, dpi in ((1, 150), (len(texts), 75)):  # 75 dpi: a poor office scan
        png = tmp_path / f"page-{number}"
        subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(number), "-l",
                        str(number), "-singlefile", str(path), str(png)], check=True)
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
    assert "This print: sheet 1 of 1" in pages[0] and TITLE in pages[0]
    assert CODE.search(pages[0]) is None and "Totals" not in pages[0]


@pytest.mark.parametrize("text", ["", "hello", "HATREG2:DIAM100:5", "HATREG1:DIAM100:9:3:" +
                                  "A" * 64, "HATREG2:DIAM100:1:9:3:20:" + "A" * 64])
def test_verify_page_refuses_what_is_not_a_page_code(history, text):
    verdict, message = register_export.verify_page(history.reg, history.inspector, text)
    assert verdict is PageVerdict.NOT_A_PAGE and message.endswith(".")
    assert "HATREG2" in message or "mistyped" in message


def test_a_page_printed_before_numbers_per_section_still_verifies(history):
    """An older page's code (HATREG1, register-wide ids) is still checked."""
    h = history
    last = h.entries[9]
    old = f"HATREG1:DIAM100:{h.entries[0].id}:{last.id}:{last.hash.upper()}"
    verdict, message = register_export.verify_page(h.reg, h.inspector, old)
    assert verdict is PageVerdict.MATCHES
    assert message.startswith("This page matches the register: entries No. 1 to 10")
