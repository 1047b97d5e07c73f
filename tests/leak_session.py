"""A session of clinic work for the leak test (tests/test_leaks.py), run in its own process
with TMPDIR pointing at a fresh folder:

    python -m tests.leak_session DATA_DIR EXPORTS_DIR BACKUP_DIR SHEET

Creates a register with logging to its data folder (as the app does), registers a
patient with a distinctive name, address and photo, doses them, searches for them,
exports and prints reports (exports into EXPORTS_DIR, the folder the user chose; a print
copy into the private temporary folder), verifies and backs up. Before closing it prints
PAUSED and waits for a line on stdin, so the parent can search the data folder while the
journal file exists.
"""

import io
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PIL import Image

from hat_desktop.domain.errors import DoseRefused
from hat_desktop.domain.patients import PatientDetails
from hat_desktop.domain.prescriptions import PrescriptionInput
from hat_desktop.logging_setup import configure
from hat_desktop.services import (
    attendance,
    attendance_export,
    attendance_reports,
    dosing,
    observation,
    patient_cards,
    patients,
    prescriptions,
    report_catalogue,
    verify,
)
from hat_desktop.services.backup import back_up
from hat_desktop.services.clock import ManualClock
from hat_desktop.store.lock import RegisterLock
from tests.world import NORMAL_READING, build_world, dose_request

NAME = "Zebedee Quillfeather-Marchbanks"
ADDRESS = "17 Quillfeather Mews\nMarchbanks-on-Tees TS9 9ZZ"
NUMBER = "HAT-0042"


def photo() -> bytes:
    img = Image.new("RGB", (200, 240), (180, 140, 120))
    for x in range(60, 140):
        for y in range(60, 160):
            img.putpixel((x, y), (90, 60, 40))
    out = io.BytesIO()
    img.save(out, format="JPEG")
    return out.getvalue()


def main() -> None:
    data_dir, exports, backups, sheet = (Path(a) for a in sys.argv[1:5])
    clock = ManualClock(datetime(2026, 3, 2, 10, 0, tzinfo=UTC))
    w = build_world(data_dir, clock, sheet)
    configure(data_dir)  # from here on, logging goes where the app's does
    lock = RegisterLock(data_dir)  # held while open, as the window holds it
    lock.acquire()
    c = w.reg
    p = patients.create_patient(c, w.nurse, PatientDetails(
        NUMBER, NAME, date(1979, 11, 5), ADDRESS, "943 476 5919", "Needle phobia"))
    patients.set_photo(c, w.nurse, p.id, photo())
    prescriptions.prescribe(c, w.prescriber, p.id, PrescriptionInput(
        (w.diam100.id, w.diam500.id), 180, frozenset({1, 2}), c.today(),
        c.today() + timedelta(days=60), None, "Titrated over two weeks"))
    assert patients.search(c, w.nurse, "Quillfeather").matches[0].id == p.id
    card = dosing.find(c, w.nurse, NUMBER)
    assert card.patient.full_name == NAME
    dosing.check_in(c, w.nurse, p.id, identity_confirmed=True)
    dosing.administer(c, w.nurse, w.nurse2, p.id, dose_request(180, [(w.diam100.id, 2)]))
    try:
        dosing.administer(c, w.nurse, w.nurse2, p.id, dose_request(180, [(w.diam100.id, 2)]))
        raise AssertionError("a second dose in the session was accepted")
    except DoseRefused as refused:
        assert NAME in str(refused)  # shown on screen; must not reach a log
    clock.advance(timedelta(minutes=25))
    observation.release(c, w.nurse, p.id, NORMAL_READING, "Alert, walking steadily")
    clock.advance(timedelta(hours=6))  # session 2
    dosing.check_in(c, w.nurse, p.id, identity_confirmed=True)
    dosing.withhold(c, w.nurse, p.id, "intoxicated", "Smelled of alcohol", 1, 40)
    patients.update_patient(c, w.nurse, p.id, PatientDetails(
        NUMBER, NAME, date(1979, 11, 5), ADDRESS, "943 476 5919",
        "Needle phobia; prefers left arm"))
    attendance.board(c, w.nurse)

    day = c.today()
    attendance_export.export(c, w.manager, day, day, "csv", exports / "attendance.csv")
    attendance_export.export(c, w.manager, day, day, "pdf", exports / "attendance.pdf")
    report_catalogue.save(c, w.manager, attendance_reports.MISSED_DOSES_PDF, day, day,
                          exports / "missed-doses.pdf")
    patient_cards.print_card(c, w.nurse, p.id, exports / "card.pdf")
    printed = report_catalogue.print_copy(c, w.manager, attendance_reports.COHORT_GRID_PDF,
                                          day, day)
    assert printed.exists()
    assert verify.verify_register(c, w.manager).ok
    back_up(c, w.manager, backups)
    print("PAUSED", flush=True)
    sys.stdin.readline()
    c.close()
    lock.release()
    print("DONE", flush=True)


if __name__ == "__main__":
    main()
