"""Printed register pages and the register screen on big sections (issue 3 item 8).

Builds three sections holding 1k, 10k and 100k entries: a few real entries through the
services (opening, receipts, a correction, a destruction), the bulk of administrations
written through the store's own append function in large transactions with the running
balance kept right, so the history takes seconds. Then times the printed PDF of each
whole section (rows/s), the CSV of the largest, and how long the register screen takes
to show the first rows of the 100k-entry section, offscreen. Prints figures; asserts
nothing. Targets: PDF >= 5,000 rows/s at 100k and roughly linear; screen < 0.5 s.

    scripts/with-keyring.sh .venv/bin/python bench/bench_register_pdf.py
"""

import os
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hat_desktop.domain.accounts import User  # noqa: E402
from hat_desktop.domain.register import EntryKind, SectionSpec  # noqa: E402
from hat_desktop.domain.roles import Role  # noqa: E402
from hat_desktop.services import register, register_export, users  # noqa: E402
from hat_desktop.services.clock import ManualClock  # noqa: E402
from hat_desktop.services.open_register import OpenRegister  # noqa: E402
from hat_desktop.services.register_setup import NewRegister, create_register  # noqa: E402
from hat_desktop.store import register as register_store  # noqa: E402

PASSWORD = "bench-password-1"
NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
SIZES = (1_000, 10_000, 100_000)
PATIENTS = [(f"HAT-{i:04d}", name, f"{10 + i} Linthorpe Road\nMiddlesbrough TS1 {i}QY")
            for i, name in enumerate(["Sam Patient", "Alexandra Bartholomew-Smith",
                                      "Kit Heldon", "Józef Wiśniewski", "Mary O'Neill",
                                      "Tomás Ó Briain", "Li Wei", "Dan Davies"], start=1)]


def fill(reg: OpenRegister, section_id: int, nurse: User, nurse2: User, count: int,
         first: datetime) -> None:
    """``count`` administrations from batch BULK1, with a receipt of 500 ampoules of it
    whenever it runs low; 5,000 entries per transaction; both running balances right."""
    balance = register_store.balance(reg.db, section_id)
    bulk = register_store.batch_balance(reg.db, section_id, "BULK1")
    step = timedelta(minutes=max(1, int(365 * 3 * 24 * 60 / max(count, 1))))
    at = first
    written = 0
    while written < count:
        with reg.db.transaction():
            for _ in range(min(5_000, count - written)):
                at += step
                if bulk < 2:
                    balance += 500
                    bulk += 500
                    register_store.append_entry(
                        reg.db, section_id=section_id, kind=EntryKind.RECEIPT,
                        occurred_at=at, recorded_at=at, quantity_in=500, quantity_out=0,
                        balance=balance, batch_balance=bulk, entered_by=nurse.id,
                        entered_by_name=nurse.display, witness_id=nurse2.id,
                        witness_name=nurse2.display, batch="BULK1",
                        expiry=date(2030, 1, 31), details={
                            "supplier_name": "Alliance Healthcare",
                            "supplier_address": "Unit 4, Stockton TS18 3TX",
                            "reference": f"INV-{written}"})
                    written += 1
                    continue
                number, name, address = PATIENTS[written % len(PATIENTS)]
                balance -= 2
                bulk -= 2
                register_store.append_entry(
                    reg.db, section_id=section_id, kind=EntryKind.ADMINISTRATION,
                    occurred_at=at, recorded_at=at, quantity_in=0, quantity_out=2,
                    balance=balance, batch_balance=bulk, entered_by=nurse.id,
                    entered_by_name=nurse.display, witness_id=nurse2.id,
                    witness_name=nurse2.display, batch="BULK1",
                    details={
                        "patient_name": name, "clinic_number": number,
                        "patient_address": address, "prescriber_name": "Dr Pat Prescriber",
                        "prescriber_licence": "HO-123456", "units_opened": 2,
                        "mg_administered": 180, "mg_wasted": 20,
                        "collected_by": "The patient, in person (supervised administration)",
                        "id_requested": True, "id_provided": True})
                written += 1


def build(tmp: Path) -> tuple[OpenRegister, User, dict[int, str]]:
    clock = ManualClock(NOW - timedelta(days=365 * 3 + 2))
    reg, manager, _ = create_register(
        tmp / "data", NewRegister("Bench HAT Clinic", "manager", "Bench Manager", PASSWORD,
                                  clinic_address="1 Albert Road\nMiddlesbrough TS1 1AA"),
        tmp / "sheet.pdf", clock=clock)
    ph = users.create_user(reg, manager, "phil", PASSWORD, users.UserDetails(
        "Phil Pharmacist", Role.PHARMACIST, gphc_number="2012345"))
    nurse = users.create_user(reg, manager, "nina", PASSWORD,
                              users.UserDetails("Nina Nurse", Role.NURSE))
    nurse2 = users.create_user(reg, manager, "nora", PASSWORD,
                               users.UserDetails("Nora Nurse", Role.NURSE))
    codes = {}
    for size in SIZES:
        code = f"BENCH{size // 1000}K"
        section = register.create_section(reg, manager, SectionSpec(
            code, "Diamorphine hydrochloride", f"{size // 1000} mg test",
            "powder for solution for injection", "ampoule", 100))
        codes[size] = code
        register.record_opening(reg, ph, nurse, section.id, 40)
        receipt = register.receive(reg, ph, nurse, section.id, register.Receipt(
            200, "Alliance Healthcare", "Unit 4, Stockton TS18 3TX", "AB123",
            date(2029, 12, 31), "INV-0042"))
        register.correct(reg, ph, nurse, receipt.id, "Mistyped: 20 ampoules were received.",
                         quantity_out=180)
        fill(reg, section.id, nurse, nurse2, size - 4, clock.now())
        clock.set(NOW)
        register.destroy(reg, ph, section.id, register.Destruction(
            1, "AB123", "Ampoule cracked", "Dr Ada Officer", "CD inspector", "CDAO-2026-1"))
        clock.set(NOW - timedelta(days=365 * 3 + 2))
    clock.set(NOW)
    return reg, ph, codes


def time_pdfs(reg: OpenRegister, actor: User, codes: dict[int, str], out: Path) -> None:
    first, last = (NOW - timedelta(days=365 * 4)).date(), NOW.date()
    for size in SIZES:
        target = out / f"register-{size}.pdf"
        start, cpu = time.perf_counter(), time.process_time()
        register_export.export_register(reg, actor, codes[size], first, last, "pdf", target)
        took, used = time.perf_counter() - start, time.process_time() - cpu
        mb = target.stat().st_size / 1e6
        print(f"PDF {size:>7,} entries: {took:6.2f} s  {size / took:7,.0f} rows/s "
              f"(CPU {used:6.2f} s, {size / used:7,.0f} rows/s of CPU time; {mb:.1f} MB)   "
              "[target >= 5,000 rows/s at 100k]", flush=True)
    start = time.perf_counter()
    register_export.export_register(reg, actor, codes[SIZES[-1]], first, last, "csv",
                                    out / "register.csv")
    took = time.perf_counter() - start
    print(f"CSV {SIZES[-1]:>7,} entries: {took:6.2f} s  {SIZES[-1] / took:7,.0f} rows/s",
          flush=True)


def time_screen(reg: OpenRegister, actor: User, code: str) -> None:
    from PySide6.QtWidgets import QApplication

    from hat_desktop.gui.page_context import PageContext, QtEvents
    from hat_desktop.gui.register_page import RegisterPage

    app = QApplication.instance() or QApplication([])
    for label, whole in (("this month", False), ("whole register", True)):
        start, cpu = time.perf_counter(), time.process_time()
        events = QtEvents(reg)
        page = RegisterPage(PageContext(reg, actor, events), None)
        page.view.resize(1400, 800)
        page.view.show()
        page.activate()
        page.choose_section(code)
        if whole:
            page.show_whole_register()
        app.processEvents()
        rows = page.model.rowCount()
        took, used = time.perf_counter() - start, time.process_time() - cpu
        total = page.model.total
        print(f"register screen, {total:,} of 100,000 entries in range ({label}): first "
              f"{rows} rows shown in {took:.3f} s (CPU {used:.3f} s)   [target < 0.5 s]",
              flush=True)
        page.view.close()
        events.detach()


def main() -> None:
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs "
          "(wall-clock figures stretch with other work on the machine; CPU time does not)",
          flush=True)
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        start = time.perf_counter()
        reg, actor, codes = build(tmp)
        print(f"built {sum(SIZES):,} entries in {time.perf_counter() - start:.1f} s",
              flush=True)
        out = tmp / "out"
        out.mkdir()
        time_pdfs(reg, actor, codes, out)
        time_screen(reg, actor, codes[SIZES[-1]])
        reg.close()
    print(f"load average after: {os.getloadavg()[0]:.1f}", flush=True)


if __name__ == "__main__":
    main()
