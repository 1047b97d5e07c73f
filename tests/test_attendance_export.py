"""export attendance: one row per patient x session x day, CSV columns exact."""

import csv
import io
import os
import subprocess
import sys
from datetime import timedelta

import pytest
from pypdf import PdfReader

from hat_desktop.domain.dosing import WithholdReason
from hat_desktop.domain.errors import InvalidInput
from hat_desktop.services import attendance_export, dosing
from hat_desktop.store import audit
from hat_desktop.store import register as register_store
from tests.world import PASSWORD, dose_request

HEADER = "date,session,clinic_number,state,mg_prescribed,mg_administered,register_entry_id"


def _a_day_of_work(d, clock):
    """HAT-0001 dosed in session 1, withheld in session 2; HAT-0002 misses session 1."""
    second, _ = d.add_patient("HAT-0002", "Robin Second", dose_mg=120)
    dosing.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    dose = dosing.administer(d.reg, d.nurse, d.nurse2, d.patient.id,
                             dose_request(180, [(d.diam100.id, 2)]))
    clock.advance(timedelta(hours=6))  # 16:00, session 2
    dosing.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    dosing.withhold(d.reg, d.nurse, d.patient.id, WithholdReason.UNWELL, "Vomiting", 0, 0)
    clock.advance(timedelta(hours=3))  # 19:00: both sessions over
    return dose, second


def test_csv_rows_for_every_patient_session_and_day(world, clock, tmp_path):
    dose, _second = _a_day_of_work(world, clock)
    out = tmp_path / "attendance.csv"
    path, count = attendance_export.export(world.reg, world.manager, world.reg.today(),
                                           world.reg.today(), "csv", out)
    text = out.read_text(encoding="utf-8")
    assert text.splitlines()[0].startswith(HEADER + ",")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert count == len(rows) == 4
    got = {(r["clinic_number"], r["session"]): r for r in rows}
    assert got["HAT-0001", "1"]["state"] == "dosed"
    assert got["HAT-0001", "1"]["mg_administered"] == "180"
    assert got["HAT-0001", "1"]["time"] == "2026-03-02T10:00:00+00:00"  # ISO, with the offset
    assert int(got["HAT-0001", "1"]["register_entry_id"]) == dose.entry_ids[0]
    entry = register_store.entry_by_id(world.reg.db, dose.entry_ids[0])
    assert entry.details["patient_name"] == "Sam Patient"
    assert got["HAT-0001", "2"]["state"] == "withheld"
    assert got["HAT-0001", "2"]["register_entry_id"] == ""
    assert got["HAT-0001", "2"]["reason"] == "Unwell: Vomiting"
    assert got["HAT-0002", "1"]["state"] == "missed"
    assert got["HAT-0002", "1"]["mg_prescribed"] == "120"
    assert audit.entries(world.reg.db, limit=1)[0].action == "export"


def test_pdf_reads_back_and_refusals(world, clock, tmp_path):
    _a_day_of_work(world, clock)
    out = tmp_path / "attendance.pdf"
    attendance_export.export(world.reg, world.manager, world.reg.today(), world.reg.today(),
                             "pdf", out)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert "attendance record" in text and "Robin Second" in text and "missed" in text
    assert "Page 1 of 1" in text
    with pytest.raises(InvalidInput, match="already exists"):
        attendance_export.export(world.reg, world.manager, world.reg.today(), world.reg.today(),
                                 "pdf", out)
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
