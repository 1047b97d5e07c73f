"""export holds: the CSV's fixed first columns, ISO times in the clinic's zone, the
review columns empty while a hold is open; written only where asked, never over a
file, audited; and the same through the command line."""

import csv
import io
import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from hat_desktop.domain.attendance import HoldDecision, HoldReview
from hat_desktop.domain.attendance_summary import HoldRecord
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.errors import InvalidInput, PermissionDenied
from hat_desktop.domain.prescriptions import PrescriptionInput
from hat_desktop.domain.roles import Role
from hat_desktop.reports import holds_csv
from hat_desktop.reports.csv_cells import Provenance
from hat_desktop.services import attendance_reports, holds, users
from hat_desktop.store import audit
from tests.world import FIRST_END, MANAGER, PASSWORD

HEADER = "clinic_number,held_from,reviewed_at,reviewer,decision"
MONDAY = datetime(2026, 3, 2, tzinfo=UTC)


def _two_holds(d, clock):
    """HAT-0001 and HAT-0002 on hold from Wednesday 18:00; HAT-0001 reviewed Thursday
    12:00 (reduced dose), HAT-0002 still open."""
    d.add_patient("HAT-0002", "Robin Second")
    clock.set(MONDAY + timedelta(days=3, hours=12))
    today = d.reg.today()
    holds.review(d.reg, d.prescriber, d.patient.id, HoldDecision.REDUCED,
                 "=Away three days; re-titrate", PrescriptionInput(
                     (d.diam100.id,), 90, frozenset({1, 2}), today, FIRST_END,
                     change_reason="Re-titration"))


def _rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


def test_holds_csv_columns_and_values(world, clock, tmp_path):
    _two_holds(world, clock)
    out = tmp_path / "holds.csv"
    path, count = attendance_reports.export_holds(world.reg, world.manager, date(2026, 3, 1),
                                                  date(2026, 3, 5), out)
    data = out.read_bytes()
    assert path == out.resolve() and count == 2
    assert data.decode().splitlines()[0].startswith(HEADER + ",patient_name,days_without_dose,"
                                                    "notes")
    reviewed, still_open = _rows(data)
    assert reviewed == {
        "clinic_number": "HAT-0001", "held_from": "2026-03-04T18:00:00+00:00",
        "reviewed_at": "2026-03-05T12:00:00+00:00", "reviewer": "Dr Pat Prescriber",
        "decision": "reduced", "patient_name": "Sam Patient", "days_without_dose": "3",
        "notes": "'=Away three days; re-titrate",
        "dates_without_dose": "2026-03-02;2026-03-03;2026-03-04",
        "new_dose_mg": "90", "new_dose_from": "2026-03-05",  # the dose, never an internal id
        "opened_by_event": "", "new_dose": "90 mg per session", "kept_open_by": "",
        "reason": "missed_doses",
        "clinic": "Teesside HAT Clinic", "exported_at": "2026-03-05T12:00:00+00:00",
        "period_from": "2026-03-01", "period_to": "2026-03-05", "demo": ""}
    assert still_open["clinic_number"] == "HAT-0002"
    assert still_open["held_from"] == "2026-03-04T18:00:00+00:00"
    assert [still_open[k] for k in ("reviewed_at", "reviewer", "decision", "notes",
                                    "new_dose_mg", "new_dose_from", "new_dose")] == [""] * 7
    entry = audit.entries(world.reg.db, actions=[AuditAction.EXPORT.value])[0]
    assert entry.target == "holds" and entry.details["rows"] == 2
    assert entry.details["path"] == str(out.resolve())


def test_times_carry_the_clinic_offset_in_summer():
    held = datetime(2026, 6, 3, 17, 0, tzinfo=UTC)  # 18:00 BST
    review = HoldReview(1, 1, held, held + timedelta(hours=19), 5, "Dr Pat", HoldDecision.RESUME,
                        "Seen", None)
    stamp = Provenance("Summer Clinic", held, ZoneInfo("Europe/London"), date(2026, 6, 1),
                       date(2026, 6, 30), True)
    data = holds_csv.to_csv([HoldRecord("HAT-0009", "Summer Patient", held,
                                        (date(2026, 6, 1),), review)], stamp)
    row = _rows(data)[0]
    assert row["held_from"] == "2026-06-03T18:00:00+01:00"
    assert row["reviewed_at"] == "2026-06-04T13:00:00+01:00"
    assert (row["exported_at"], row["demo"]) == ("2026-06-03T18:00:00+01:00", "DEMO")


def test_export_refusals_write_nothing(world, clock, tmp_path):
    _two_holds(world, clock)
    out = tmp_path / "holds.csv"
    out.write_text("keep me")
    first, last = date(2026, 3, 1), date(2026, 3, 5)
    with pytest.raises(InvalidInput, match="already exists"):
        attendance_reports.export_holds(world.reg, world.manager, first, last, out)
    assert out.read_text() == "keep me"
    with pytest.raises(InvalidInput, match="outside the register's data folder"):
        attendance_reports.export_holds(world.reg, world.manager, first, last,
                                        world.reg.data_dir / "holds.csv")
    with pytest.raises(InvalidInput, match="end date is before the start date"):
        attendance_reports.export_holds(world.reg, world.manager, last, first, tmp_path / "b.csv")
    leaver = world.make_user(Role.NURSE, "lee", "Lee Leaver")
    users.update_user(world.reg, world.manager, leaver.id, users.UserDetails(
        "Lee Leaver", Role.NURSE), active=False)
    with pytest.raises(PermissionDenied, match="deactivated, so you are signed out"):
        attendance_reports.export_holds(world.reg, leaver, first, last, tmp_path / "c.csv")
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".csv") == ["holds.csv"]
    assert not audit.entries(world.reg.db, actions=[AuditAction.EXPORT.value])


def _cli(data_dir, *args, user=MANAGER, password=PASSWORD):
    env = {**os.environ, "HAT_USER": user, "HAT_PASSWORD": password}
    return subprocess.run([sys.executable, "-m", "hat_desktop", "--data-dir", str(data_dir),
                           "export", "holds", *args], capture_output=True, text=True, env=env,
                          timeout=120)


def test_cli_export_holds(world, clock, tmp_path):
    _two_holds(world, clock)
    world.reg.close()
    out = tmp_path / "holds.csv"
    args = ["--from", "2026-03-01", "--to", "2026-03-05", "--format", "csv", "--output"]
    result = _cli(world.reg.data_dir, *args, str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["Holds (CSV): 2 hold(s) written to:", str(out)]
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith(HEADER + ",")
    assert lines[1].startswith("HAT-0001,2026-03-04T18:00:00+00:00,2026-03-05T12:00:00+00:00,"
                               "Dr Pat Prescriber,reduced,Sam Patient,3,")
    assert lines[2].startswith("HAT-0002,2026-03-04T18:00:00+00:00,,,,Robin Second,3,")
    again = _cli(world.reg.data_dir, *args, str(out))
    assert again.returncode == 1 and "already exists: choose a new file name" in again.stderr
    assert "Traceback" not in again.stderr
    backwards = _cli(world.reg.data_dir, "--from", "2026-03-05", "--to", "2026-03-01",
                     "--format", "csv", "--output", str(tmp_path / "x.csv"))
    assert backwards.returncode == 1 and "before the --from date" in backwards.stderr
    wrong = _cli(world.reg.data_dir, *args, str(tmp_path / "y.csv"), password="wrong-password")
    assert wrong.returncode == 1 and not (tmp_path / "y.csv").exists()
    odd = _cli(world.reg.data_dir, "--from", "2026-03-01", "--to", "2026-03-05", "--format",
               "xlsx", "--output", str(tmp_path / "z.xlsx"))
    assert odd.returncode == 2 and "invalid choice: 'xlsx'" in odd.stderr


def test_holds_pdf_reads_back_with_the_reviews_and_the_new_dose(world, clock, tmp_path):
    _two_holds(world, clock)
    out = tmp_path / "holds.pdf"
    path, count = attendance_reports.export_holds(world.reg, world.manager, date(2026, 3, 1),
                                                  date(2026, 3, 5), out, "pdf")
    assert count == 2
    text = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    words = " ".join(text.split())
    for part in ("Teesside HAT Clinic — holds", "01/03/2026 to 05/03/2026",
                 "HAT-0001 Sam Patient 04/03/2026 18:00 3: 02/03/2026, 03/03/2026, 04/03/2026 "
                 "05/03/2026 12:00 Dr Pat Prescriber Resume at a reduced re-titration dose "
                 "90 mg per session from 05/03/2026 =Away three days; re-titrate",
                 "HAT-0002 Robin Second 04/03/2026 18:00 3:",
                 "Still open: dosing refused until a prescriber's review",
                 "Holds that began in the period: 2; reviewed: 1; still open: 1.",
                 "Page 1 of 1"):
        assert part in words, part
    entry = audit.entries(world.reg.db, actions=[AuditAction.EXPORT.value])[0]
    assert (entry.target, entry.details["format"]) == ("holds", "pdf")
    world.reg.close()
    cli = _cli(world.reg.data_dir, "--from", "2026-03-01", "--to", "2026-03-05", "--format",
               "pdf", "--output", str(tmp_path / "cli.pdf"))
    assert cli.returncode == 0, cli.stderr
    assert cli.stdout.splitlines() == ["Holds (PDF): 2 hold(s) written to:",
                                       str(tmp_path / "cli.pdf")]
    assert (tmp_path / "cli.pdf").read_bytes().startswith(b"%PDF")


def test_the_reason_column_names_what_opened_each_hold(world, clock, tmp_path):
    """Four patients on one register, each on hold for its own reason, built through the
    services: HAT-0001 back from custody, HAT-0002 never came (missed doses), HAT-0003
    discharged and re-admitted three weeks later, HAT-0004 given naloxone after an
    overdose. The CSV read back gives each its HoldReason code, in the last column."""
    from hat_desktop.domain.absences import AbsenceReason
    from hat_desktop.domain.patients import PatientStatus
    from hat_desktop.services import absences, adverse_events, dosing, patients
    from tests.test_safety_records import overdose
    from tests.world import dose_request

    d = world

    def dose(patient_id: int) -> None:
        dosing.check_in(d.reg, d.nurse, patient_id, identity_confirmed=True)
        dosing.administer(d.reg, d.nurse, d.nurse2, patient_id,
                          dose_request(180, [(d.diam100.id, 2)]))

    d.add_patient("HAT-0002", "Robin Second")
    third, _ = d.add_patient("HAT-0003", "Terry Third")
    fourth, _ = d.add_patient("HAT-0004", "Fran Fourth")
    for p in (d.patient.id, third.id, fourth.id):  # Monday 10:00
        dose(p)
    clock.advance(timedelta(minutes=5))
    [given] = adverse_events.doses_to_link(d.reg, d.nurse, fourth.id)
    adverse_events.record_event(d.reg, d.nurse, d.nurse2, fourth.id,
                                overdose(d, dose_event_id=given.id))
    clock.set(MONDAY + timedelta(days=1, hours=9))  # Tuesday: custody; a discharge
    away = absences.record_absence(d.reg, d.nurse, d.patient.id, AbsenceReason.CUSTODY,
                                   date(2026, 3, 3), None, "Arrested Monday night")
    patients.set_status(d.reg, d.manager, third.id, PatientStatus.DISCHARGED, "Moved.")
    clock.set(MONDAY + timedelta(days=5, hours=9))  # Saturday: back from custody
    absences.record_return(d.reg, d.nurse2, away.id, date(2026, 3, 6), "Released")
    clock.set(MONDAY + timedelta(days=22, hours=10))  # three weeks on: re-admitted
    patients.set_status(d.reg, d.manager, third.id, PatientStatus.ACTIVE, "Re-admitted.")
    out = tmp_path / "holds.csv"
    _path, count = attendance_reports.export_holds(d.reg, d.manager, MONDAY.date(),
                                                   d.reg.today(), out)
    lines = out.read_bytes().decode("utf-8").splitlines()
    assert lines[0].split(",")[:15] == holds_csv.HEADER[:14] + ["reason"]  # after kept_open_by
    rows = _rows(out.read_bytes())
    assert count == len(rows) == 4
    assert {r["clinic_number"]: r["reason"] for r in rows} == {
        "HAT-0001": "after_absence", "HAT-0002": "missed_doses", "HAT-0003": "reactivated",
        "HAT-0004": "adverse_event"}
    reactivated = next(r for r in rows if r["reason"] == "reactivated")
    assert reactivated["held_from"] == "2026-03-24T10:00:00+00:00"
    assert next(r for r in rows if r["reason"] == "adverse_event")["opened_by_event"]
