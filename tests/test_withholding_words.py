"""A withholding in a sentence reads the same wherever it is shown — the check-in's notes,
the end-of-day summary, the attendance record (CSV and PDF) — and reads well with any
reason: 'withheld at 10:00 — Intoxicated (drugs or alcohol)', never the reason's own
brackets inside another pair ('(Intoxicated (drugs or alcohol))'). Real services on a real
register; the PDFs read back with pdftotext."""

import csv
import io
import subprocess
from datetime import UTC, datetime, timedelta

from hat_desktop.domain.dosing import WithholdReason
from hat_desktop.services import attendance_export, day_summary_export, dosing
from tests.world import dose_request

DRUNK = "Intoxicated (drugs or alcohol)"


def _day(d, clock):
    """Monday 02/03/2026, session 1: HAT-0001 withheld at 10:00 (intoxicated, slurred),
    re-assessed and dosed at 10:35; HAT-0002 withheld at 10:05 (intoxicated) in error;
    HAT-0003 withheld at 10:10 (intoxicated), re-assessed at 10:40 and withheld again
    (unwell). The card's note read before the re-assessment; then 19:00."""
    pid = d.patient.id
    wrong, _ = d.add_patient("HAT-0002", "Erin Error")
    twice, _ = d.add_patient("HAT-0003", "Tom Twice")
    dosing.check_in(d.reg, d.nurse, pid, identity_confirmed=True)
    dosing.withhold(d.reg, d.nurse, pid, WithholdReason.INTOXICATED, "Slurred speech", 2, 40)
    clock.advance(timedelta(minutes=5))
    dosing.check_in(d.reg, d.nurse, wrong.id, identity_confirmed=True)
    mistake = dosing.withhold(d.reg, d.nurse, wrong.id, WithholdReason.INTOXICATED, "", 0, 0)
    dosing.correct_withholding(d.reg, d.nurse, d.nurse2, mistake.id, "Wrong patient chosen")
    clock.advance(timedelta(minutes=5))
    dosing.check_in(d.reg, d.nurse, twice.id, identity_confirmed=True)
    dosing.withhold(d.reg, d.nurse, twice.id, WithholdReason.INTOXICATED, "", 2, 0)
    clock.advance(timedelta(minutes=25))  # 10:35
    notes = dosing.card(d.reg, d.nurse, pid).notes
    dosing.check_in(d.reg, d.nurse, pid, identity_confirmed=True)
    dosing.administer(d.reg, d.nurse, d.nurse2, pid, dose_request(180, [(d.diam100.id, 2)]))
    clock.advance(timedelta(minutes=5))  # 10:40
    dosing.check_in(d.reg, d.nurse, twice.id, identity_confirmed=True)
    dosing.withhold(d.reg, d.nurse, twice.id, WithholdReason.UNWELL, "", 3, 0)
    clock.set(datetime(2026, 3, 2, 19, 0, tzinfo=UTC))
    return notes


def _pdf_words(path) -> str:
    text = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return " ".join(text.split())


def test_a_withholding_reads_the_same_everywhere_with_no_brackets_in_brackets(
        world, clock, tmp_path):
    d = world
    notes = _day(d, clock)
    assert (f"Re-assessment: the dose was withheld at 10:00 — {DRUNK}; that assessment is "
            "kept, this one is recorded beside it.") in notes
    summary = tmp_path / "summary.pdf"
    day_summary_export.save(d.reg, d.pharmacist, d.reg.today(), summary)
    words = _pdf_words(summary)
    for said in (
            f"HAT-0001 Sam Patient, session 1: withheld at 10:00 — {DRUNK}; re-assessed and "
            "dosed at 10:35",
            f"HAT-0002 Erin Error, session 1: withheld at 10:05 — {DRUNK}; recorded in error",
            "HAT-0003 Tom Twice, session 1: Unwell; re-assessed after it was withheld at "
            f"10:10 — {DRUNK}"):
        assert said in words, said
    record = tmp_path / "attendance.csv"
    attendance_export.export(d.reg, d.manager, d.reg.today(), d.reg.today(), "csv", record)
    rows = {r["clinic_number"]: r for r in csv.DictReader(io.StringIO(
        record.read_text(encoding="utf-8"))) if r["session"] == "1"}
    assert rows["HAT-0001"]["reason"] == (
        f"Re-assessed after the dose was withheld at 10:00 — {DRUNK}: Slurred speech")
    assert rows["HAT-0003"]["reason"].endswith(
        f"Re-assessed after the dose was withheld at 10:10 — {DRUNK}")
    printed = tmp_path / "attendance.pdf"
    attendance_export.export(d.reg, d.manager, d.reg.today(), d.reg.today(), "pdf", printed)
    record_words = _pdf_words(printed)
    assert f"withheld at 10:00 — {DRUNK}: Slurred speech" in record_words
    for text in (" ".join(notes), words, record.read_text(encoding="utf-8"), record_words):
        assert "))" not in text and "((" not in text
