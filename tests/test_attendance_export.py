"""export attendance: one row per patient x session x day, CSV columns exact."""

import csv
import io
import os
import subprocess
import sys
from datetime import timedelta

import pytest

from hat_desktop.domain.dosing import WithholdReason
from hat_desktop.domain.errors import InvalidInput
from hat_desktop.services import attendance_export, dosing, observation, schedule
from hat_desktop.store import audit
from hat_desktop.store import register as register_store
from tests.world import NORMAL_READING, PASSWORD, dose_request

HEADER = "date,session,clinic_number,state,mg_prescribed,mg_administered,register_entry"
LONG_NOTE = ("Vomiting twice in the waiting room and unsteady on standing; the prescriber "
             "was told by telephone and asked to see the patient tomorrow morning")
LONG_NAME = "Maximilian Alexander Fitzgerald-Montgomery-Worthington"


def _a_day_of_work(d, clock):
    """HAT-0001 dosed in session 1 (released after observation), withheld in session 2;
    HAT-0002 misses session 1. Tuesday is a closure day."""
    second, _ = d.add_patient("HAT-0002", LONG_NAME, dose_mg=120)
    schedule.add_closure(d.reg, d.manager, d.reg.today() + timedelta(days=1), "Bank holiday")
    dosing.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    dose = dosing.administer(d.reg, d.nurse, d.nurse2, d.patient.id,
                             dose_request(180, [(d.diam100.id, 2)], sedation_score=1,
                                          breath_alcohol=12))
    clock.advance(timedelta(minutes=25))
    observation.release(d.reg, d.nurse2, d.patient.id, NORMAL_READING, "Alert, walking steadily")
    clock.advance(timedelta(hours=6))  # 16:25, session 2
    dosing.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    dosing.withhold(d.reg, d.nurse, d.patient.id, WithholdReason.INTOXICATED, LONG_NOTE, 2, 0)
    clock.advance(timedelta(days=1, hours=3))  # Tuesday 19:25: the closure day is over
    return dose, second


def test_csv_rows_for_every_patient_session_and_day(world, clock, tmp_path):
    dose, _second = _a_day_of_work(world, clock)
    monday = world.reg.today() - timedelta(days=1)
    out = tmp_path / "attendance.csv"
    path, count = attendance_export.export(world.reg, world.manager, monday,
                                           world.reg.today(), "csv", out)
    text = out.read_text(encoding="utf-8")
    assert text.splitlines()[0].startswith(HEADER + ",")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert count == len(rows) == 6  # 2 patients x 2 sessions, and each on the closure day
    got = {(r["clinic_number"], r["date"], r["session"]): r for r in rows}
    given = got["HAT-0001", "2026-03-02", "1"]
    assert given["state"] == "dosed"
    assert (given["mg_prescribed"], given["mg_administered"], given["mg_wasted"]) == \
        ("180", "180", "20")
    assert given["time"] == "2026-03-02T10:00:00+00:00"  # ISO, with the offset
    entry = register_store.entry_by_id(world.reg.db, dose.entry_ids[0])
    # the entry by its section and number, as printed in the register; never its id
    assert given["register_entry"] == given["register_entries"] == f"DIAM100:{entry.number}"
    assert entry.details["patient_name"] == "Sam Patient"
    assert (given["staff_id"], given["staff"]) == (str(world.nurse.id), world.nurse.display)
    assert (given["witness_id"], given["witness"]) == (str(world.nurse2.id),
                                                       world.nurse2.display)
    assert (given["sedation_score"], given["breath_alcohol"], given["assessment_note"]) == \
        ("1", "12", "Alert, no concerns")
    assert given["observed_until"] == "2026-03-02T10:20:00+00:00"
    assert given["released_at"] == "2026-03-02T10:25:00+00:00"
    assert (given["released_by_id"], given["release_check"]) == (str(world.nurse2.id),
                                                                 "Alert, walking steadily")
    withheld = got["HAT-0001", "2026-03-02", "2"]
    assert withheld["state"] == "withheld" and withheld["register_entry"] == ""
    assert withheld["reason"] == f"Intoxicated (drugs or alcohol): {LONG_NOTE}"
    assert (withheld["sedation_score"], withheld["mg_wasted"]) == ("2", "")
    missed = got["HAT-0002", "2026-03-02", "1"]
    assert (missed["state"], missed["mg_prescribed"], missed["patient_name"]) == \
        ("missed", "120", LONG_NAME)
    closed = got["HAT-0002", "2026-03-03", ""]
    assert (closed["state"], closed["reason"]) == ("closed", "Clinic closed: Bank holiday")
    assert {(r["clinic"], r["period_from"], r["period_to"], r["demo"]) for r in rows} == {
        ("Teesside HAT Clinic", "2026-03-02", "2026-03-03", "")}
    assert audit.entries(world.reg.db, limit=1)[0].action == "export"


def _pdf_lines(path):
    """The text as drawn (each cell's lines in turn), and its words joined: a name broken
    after its hyphen at a line's end reads whole again."""
    text = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return text, " ".join(text.split()).replace("- ", "-")


def test_pdf_reads_back_whole_with_closures_and_totals(world, clock, tmp_path):
    _a_day_of_work(world, clock)
    monday = world.reg.today() - timedelta(days=1)
    out = tmp_path / "attendance.pdf"
    attendance_export.export(world.reg, world.manager, monday, world.reg.today(), "pdf", out)
    layout, words = _pdf_lines(out)
    assert "attendance record" in words and "Page 1 of 1" in words
    for whole in (LONG_NOTE, LONG_NAME, "Intoxicated (drugs or alcohol)"):
        assert whole in words  # wrapped, never cut
    assert "…" not in words
    assert "Tuesday 03/03/2026: Clinic closed: Bank holiday — no sessions; 2 patients on a " \
        "prescription, none counted as missed." in words
    assert "Sedation 1 Breath alcohol 12 Alert, no concerns" in words
    assert (f"Observed until 10:20; released 10:25 by {world.nurse2.display}, user "
            f"{world.nurse2.id}: Alert, walking steadily") in words
    assert f"Witness: {world.nurse2.display}, user {world.nurse2.id}" in words
    # Totals: per patient and for everyone, equal to the rows above
    totals = [line.split() for line in layout.splitlines()
              if line.startswith(("HAT-0001 Sam Patient 2", "All patients"))]
    sam = next(t for t in totals if t[0] == "HAT-0001")
    # sessions due, dosed, withheld, missed, on hold, away, not due, closed days,
    # mg prescribed, given, wasted
    assert sam[-11:] == ["2", "1", "1", "0", "0", "0", "0", "1", "360", "180", "20"]
    everyone = next(t for t in totals if t[0] == "All")
    assert everyone[-11:] == ["4", "1", "1", "2", "0", "0", "0", "1", "600", "180", "20"]
    with pytest.raises(InvalidInput, match="already exists"):
        attendance_export.export(world.reg, world.manager, monday, world.reg.today(), "pdf",
                                 out)
    with pytest.raises(InvalidInput, match="before the start"):
        attendance_export.rows_between(world.reg, world.manager, world.reg.today(),
                                       world.reg.today() - timedelta(days=1))


def test_cli_export_attendance_as_inspector(world, clock, tmp_path):

    _a_day_of_work(world, clock)
    world.reg.close()
    out = tmp_path / "a.csv"
    env = {**os.environ, "HAT_USER": "ian", "HAT_PASSWORD": PASSWORD}
    day = "2026-03-02"
    result = subprocess.run([sys.executable, "-m", "hat_desktop", "--data-dir",
                             str(world.reg.data_dir), "export", "attendance", "--from", day,
                             "--to", day, "--format", "csv", "--output", str(out)],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == str(out)
    assert out.read_text().startswith(HEADER)
    bad = subprocess.run([sys.executable, "-m", "hat_desktop", "--data-dir",
                          str(world.reg.data_dir), "export", "attendance", "--from", "2026-13-01",
                          "--to", day, "--format", "csv", "--output", str(tmp_path / "b.csv")],
                         capture_output=True, text=True, env=env, timeout=120)
    assert bad.returncode == 1 and "YYYY-MM-DD" in bad.stderr and not (tmp_path / "b.csv").exists()


def test_a_dose_outside_the_window_shows_its_prescribed_dose_and_authority(world, clock):
    """Issue 15.11: "Presc. mg" was blank for a dose given under a manager's override."""
    clock.advance(timedelta(hours=2))  # 12:00: between sessions
    override = dosing.authorise_override(world.reg, world.nurse, world.manager,
                                         "Bus broke down", 1)
    dosing.check_in(world.reg, world.nurse, world.patient.id, identity_confirmed=True,
                    override=override)
    dosing.administer(world.reg, world.nurse, world.nurse2, world.patient.id,
                      dose_request(180, [(world.diam500.id, 1)]), override=override)
    (row,) = [r for r in attendance_export.rows_between(world.reg, world.manager,
                                                        world.reg.today(), world.reg.today())
              if r.session == 1]
    assert (row.state, row.mg_prescribed, row.mg_administered, row.mg_wasted) == \
        ("dosed", 180, 180, 320)
    assert row.reason == ("Outside the session window: Bus broke down (authorised by "
                          f"{world.manager.display})")
