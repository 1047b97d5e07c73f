"""Check-in round trip and board refresh on a big register (issue 4 item 9, issue 16).

Builds 20 patients x 5 years of twice-daily doses (bulk-written through the store's
own append functions so the history takes seconds, not hours), then gives everyone a
prescription of two lines (injectable diamorphine and oral methadone taken home, in
each session) and measures the service round trip a nurse triggers — find the patient
by clinic number, check in, record the witnessed two-line dose (the injection with its
site and the take-home supply: two register entries in two sections, one witness) — and
the today board refresh. Then pads the ledger to 1M entries and measures again. Prints
figures; asserts nothing. Targets: round trip p95 < 50 ms; board refresh < 100 ms.
Options: --years, --patients and --ledger (a smaller register: --years 1 --ledger 300000).
It also prints the cost of listing the methadone section's batches (read twice for each
line of every dose) along the index as the store does it now, against the GROUP BY over
every receipt it used before schema 16.
"""

import argparse
import statistics
import tempfile
import time
from datetime import date, timedelta
from datetime import time as dtime
from pathlib import Path
from zoneinfo import ZoneInfo

from hat_desktop.domain.attendance import EventKind
from hat_desktop.domain.patients import PatientDetails
from hat_desktop.domain.prescriptions import LineInput, PrescriptionInput
from hat_desktop.domain.register import PRESETS, EntryKind
from hat_desktop.domain.roles import Role
from hat_desktop.domain.times import local_to_utc
from hat_desktop.services import attendance, dosing, patients, prescriptions, register, users
from hat_desktop.services.clock import ManualClock
from hat_desktop.services.dosing import DoseRequest, LineDose
from hat_desktop.services.register_setup import NewRegister, create_register
from hat_desktop.store import attendance as attendance_store
from hat_desktop.store import register as register_store

PASSWORD = "bench-password-1"


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def build(tmp: Path, years: int, patient_count: int):
    today = date(2026, 3, 2)
    first = today - timedelta(days=365 * years)
    clock = ManualClock(local_to_utc(first, dtime(7, 0), ZoneInfo("Europe/London")))
    spec = NewRegister("Bench Clinic", "manager", "Bench Manager", PASSWORD)
    reg, manager, _ = create_register(tmp / "data", spec, tmp / "sheet.pdf", clock=clock)
    tz = reg.tz
    nurse = users.create_user(reg, manager, "nurse1", PASSWORD,
                              users.UserDetails("N One", Role.NURSE))
    nurse2 = users.create_user(reg, manager, "nurse2", PASSWORD,
                               users.UserDetails("N Two", Role.NURSE))
    ph = users.create_user(reg, manager, "pharm", PASSWORD,
                           users.UserDetails("P Harm", Role.PHARMACIST, gphc_number="2012345"))
    doc = users.create_user(reg, manager, "doc", PASSWORD, users.UserDetails(
        "Dr Doc", Role.PRESCRIBER, home_office_licence="HO-1", professional_registration="GMC 1",
        address="1 Clinic Road, Middlesbrough TS1 1AA"))
    d100 = register.create_section(reg, manager, PRESETS[0])
    meth = register.create_section(reg, manager, PRESETS[2])
    people = [patients.create_patient(reg, nurse, PatientDetails(
        f"HAT-{i:04d}", f"Patient {i}", date(1980, 1, 1), "1 Road")) for i in range(patient_count)]
    rx_ids = {}
    t0 = time.perf_counter()
    day = first
    balance = register_store.balance(reg.db, d100.id)
    batch, batch_left = None, 0
    while day < today:
        clock.set(local_to_utc(day, dtime(7, 0), tz))
        if (day - first).days % 360 == 0:
            for p in people:
                rx = prescriptions.prescribe(reg, doc, p.id, PrescriptionInput(
                    (d100.id,), 180, frozenset({1, 2}), day, day + timedelta(days=364),
                    change_reason="Yearly renewal" if p.id in rx_ids else ""))
                rx_ids[p.id] = rx.id
        if batch_left < 100:
            batch = f"B{day:%y%m%d}"
            register.receive(reg, ph, nurse, d100.id, register.Receipt(
                10_000, "Supplier", "Address", batch, day + timedelta(days=2000)))
            balance = register_store.balance(reg.db, d100.id)
            batch_left = register_store.batch_balance(reg.db, d100.id, batch)
        with reg.db.transaction():
            for session, hour in ((1, 9), (2, 16)):
                at = local_to_utc(day, dtime(hour, 0), tz)
                for p in people:
                    balance -= 2
                    batch_left -= 2
                    entry = register_store.append_entry(
                        reg.db, section_id=d100.id, kind=EntryKind.ADMINISTRATION,
                        occurred_at=at, recorded_at=at, quantity_in=0, quantity_out=2,
                        balance=balance, batch_balance=batch_left, entered_by=nurse.id,
                        entered_by_name=nurse.display, witness_id=nurse2.id,
                        witness_name=nurse2.display, batch=batch,
                        details={"patient_id": p.id, "mg_administered": 180, "mg_wasted": 20})
                    attendance_store.add_event(
                        reg.db, patient_id=p.id, day=day, session=session,
                        kind=EventKind.DOSED, at=at, by_user=nurse.id, witness_id=nurse2.id,
                        prescription_id=rx_ids[p.id], mg_administered=180, mg_wasted=20,
                        entry_ids=(entry,))
        day += timedelta(days=1)
    clock.set(local_to_utc(today, dtime(7, 0), tz))
    register.receive(reg, ph, nurse, d100.id, register.Receipt(
        10_000, "Supplier", "Address", "BTODAY", today + timedelta(days=2000)))
    register.receive(reg, ph, nurse, meth.id, register.Receipt(
        10_000, "Supplier", "Address", "MTODAY", today + timedelta(days=2000)))
    for p in people:  # from today: the mixed regimen, two lines due in every session
        prescriptions.prescribe(reg, doc, p.id, PrescriptionInput(
            (), 0, frozenset(), today, today + timedelta(days=90),
            change_reason="Night cover with oral methadone", lines=(
                LineInput((d100.id,), ((1, 180), (2, 180)), "iv"),
                LineInput((meth.id,), ((1, 15), (2, 15)), "oral", take_home=True))))
    print(f"history: {patient_count} patients x {years} years built in "
          f"{time.perf_counter() - t0:.1f} s")
    return reg, clock, people, (nurse, nurse2, manager), d100, meth, today


def measure(
    reg, clock, people, staff, d100, today, days: int
) -> tuple[list[float], list[float]]:
    nurse, nurse2, manager = staff
    tz = reg.tz
    trips, boards = [], []
    for offset in range(days):
        day = today + timedelta(days=offset)
        for hour in (9, 16):
            clock.set(local_to_utc(day, dtime(hour, 0), tz))
            for n, p in enumerate(people):
                clock.advance(timedelta(seconds=30))
                t0 = time.perf_counter()
                card = dosing.find(reg, nurse, p.clinic_number)
                dosing.check_in(reg, nurse, card.patient.id, identity_confirmed=True)
                dosing.administer(reg, nurse, nurse2, card.patient.id, DoseRequest(
                    (), 0, 0, 0, lines=(
                        LineDose(1, 180, [(d100.id, 2)], "Arm, left"),
                        LineDose(2, 15, collected_by="The patient, in person"))))
                trips.append(time.perf_counter() - t0)
                if n % 5 == 0:
                    t0 = time.perf_counter()
                    attendance.board(reg, nurse)
                    boards.append(time.perf_counter() - t0)
    return trips, boards


def pad(reg, meth, target: int) -> None:
    """Fill the ledger to ``target`` entries (methadone stock movements)."""
    have = int(reg.db.scalar("SELECT count(*) FROM register_entries")) + int(
        reg.db.scalar("SELECT count(*) FROM audit_log"))
    balance = register_store.balance(reg.db, meth.id)
    at = reg.now() - timedelta(days=1)
    t0 = time.perf_counter()
    while have < target:
        with reg.db.transaction():
            for _ in range(min(20_000, target - have)):
                balance += 5
                register_store.append_entry(
                    reg.db, section_id=meth.id, kind=EntryKind.RECEIPT, occurred_at=at,
                    recorded_at=at, quantity_in=5, quantity_out=0, balance=balance,
                    batch_balance=balance, entered_by=1, entered_by_name="Bench", batch="M1",
                    details={"n": have})
                have += 1
    print(f"ledger padded to {have:,} entries in {time.perf_counter() - t0:.1f} s")


# How store/register.batches read a section's batches before schema 16 (a GROUP BY over
# every receipt of the section), kept here only to print what the index walk saves.
GROUPED = """SELECT batch, max(expiry) FROM register_entries
             WHERE section_id = ? AND kind IN ('opening', 'receipt') GROUP BY batch"""


def batch_lists(reg, section, label: str, runs: int = 5) -> None:
    """The list of a section's batches (read twice for each line of a dose): as the store
    reads it now, along the inflows index, and as it was read before (grouped)."""
    walked, grouped = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        register_store.batches(reg.db, section.id)
        walked.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        reg.db.all(GROUPED, (section.id,))
        grouped.append((time.perf_counter() - t0) * 1000)
    print(f"{label}: {section.code} batch list, median of {runs}: "
          f"{statistics.median(walked):.2f} ms along the index (now) vs "
          f"{statistics.median(grouped):.1f} ms grouped over every receipt (before schema 16)")


def report(label: str, trips: list[float], boards: list[float]) -> None:
    ms = [t * 1000 for t in trips]
    bs = [t * 1000 for t in boards]
    print(f"{label}: check-in round trip (find + check in + witnessed two-line dose: "
          f"injection + take-home) over {len(ms)} doses: "
          f"p50 {statistics.median(ms):.1f} ms, p95 {pct(ms, 0.95):.1f} ms   [target p95 < 50 ms]")
    print(f"{label}: today board refresh ({len(bs)} runs): p50 {statistics.median(bs):.1f} ms, "
          f"p95 {pct(bs, 0.95):.1f} ms   [target < 100 ms]")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--patients", type=int, default=20)
    parser.add_argument("--ledger", type=int, default=1_000_000)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="hat-bench-"))
    reg, clock, people, staff, d100, meth, today = build(tmp, args.years, args.patients)
    count = reg.db.scalar("SELECT count(*) FROM register_entries")
    trips, boards = measure(reg, clock, people, staff, d100, today, 3)
    label = f"{args.patients} patients x {args.years} years ({count:,} register entries)"
    report(label, trips, boards)
    batch_lists(reg, meth, label)
    pad(reg, meth, args.ledger)
    trips, boards = measure(reg, clock, people, staff, d100, today + timedelta(days=3), 3)
    report(f"at {args.ledger:,} ledger entries", trips, boards)
    batch_lists(reg, meth, f"at {args.ledger:,} ledger entries")
    reg.close()


if __name__ == "__main__":
    main()
