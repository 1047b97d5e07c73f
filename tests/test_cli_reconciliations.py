"""`hat-desktop export reconciliations` run as a child process against a real register:
the CSV's columns and statuses (matched, explained, unexplained, open), the PDF read back,
refusals (an existing file, a wrong password, a wrong format) and the audit log."""

import csv
import io
import os
import subprocess
import sys
from datetime import timedelta

from pypdf import PdfReader

from hat_desktop.services import dosing, reconciliation
from hat_desktop.services.register_setup import open_register
from hat_desktop.store import audit
from hat_desktop.store import register as register_store
from tests.world import PASSWORD, dose_request

HEADER = ("date,section,expected,counted,difference,status,counted_by,witness,resolution,"
          "counted_at,counted_by_id,batches,resolved_by,resolved_at,written_after_the_count,"
          "clinic,exported_at,period_from,period_to,demo")


def _count(d, **off_by: int):
    """Count today's stock, ``off_by`` ampoules off in the named sections; sign off."""
    counts = {}
    for line in reconciliation.count_sheet(d.reg, d.pharmacist):
        stock = next(b for b in register_store.batches(d.reg.db, line.section_id)
                     if b.batch == line.batch)
        counts[(line.section_id, line.batch)] = stock.balance + off_by.get(line.section_code, 0)
    rec, found = reconciliation.submit_count(d.reg, d.pharmacist, d.reg.today(), counts)
    reconciliation.sign_off(d.reg, d.pharmacist, d.nurse, rec.id)
    return found


def _three_days(d, clock) -> None:
    """Monday: one short in DIAM100, explained. Tuesday: one over in DIAM500, reported.
    Wednesday: two short in DIAM100, still open."""
    dosing.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    dose = dosing.administer(d.reg, d.nurse, d.nurse2, d.patient.id,
                             dose_request(180, [(d.diam100.id, 2)]))
    (monday,) = _count(d, DIAM100=-1)
    clock.advance(timedelta(days=1))
    reconciliation.resolve_explained(d.reg, d.pharmacist, d.nurse, monday.id,
                                     "Three ampoules opened, two recorded", dose.entry_ids[0],
                                     quantity_out=1)
    (tuesday,) = _count(d, DIAM500=1)
    reconciliation.resolve_unexplained(d.reg, d.pharmacist, tuesday.id, "Searched every page",
                                       "Dr Ada Officer", d.reg.today(), "CDAO-2026-7")
    clock.advance(timedelta(days=1))
    _count(d, DIAM100=-2)


def _cli(data_dir, *args, user="phil", password=PASSWORD):
    env = {**os.environ, "HAT_USER": user, "HAT_PASSWORD": password}
    return subprocess.run([sys.executable, "-m", "hat_desktop", "--data-dir", str(data_dir),
                           "export", "reconciliations", *args], capture_output=True, text=True,
                          env=env, stdin=subprocess.DEVNULL, timeout=120)


RANGE = ["--from", "2026-03-01", "--to", "2026-03-31"]


def test_cli_exports_reconciliations_as_csv(world, clock, tmp_path):
    _three_days(world, clock)
    data_dir = world.reg.data_dir
    world.reg.close()
    out = tmp_path / "recs.csv"
    result = _cli(data_dir, *RANGE, "--format", "csv", "--output", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["6 reconciliation row(s) written to:", str(out)]
    text = out.read_text(encoding="utf-8")
    assert text.splitlines()[0] == HEADER
    rows = list(csv.reader(io.StringIO(text)))[1:]
    assert [r[:6] for r in rows] == [
        ["2026-03-02", "DIAM100", "48", "47", "-1", "explained"],
        ["2026-03-02", "DIAM500", "20", "20", "0", "matched"],
        ["2026-03-03", "DIAM100", "47", "47", "0", "matched"],
        ["2026-03-03", "DIAM500", "20", "21", "1", "unexplained"],
        ["2026-03-04", "DIAM100", "47", "45", "-2", "open"],
        ["2026-03-04", "DIAM500", "20", "20", "0", "matched"],
    ]
    assert {r[6] for r in rows} == {"Phil Pharmacist (pharmacist)"}
    assert {r[7] for r in rows} == {"Nina Nurse (nurse)"}
    assert rows[0][8].startswith("Three ampoules opened, two recorded (correction: entry No. ")
    assert rows[0][9].endswith("+00:00") and rows[0][10] == str(world.pharmacist.id)
    assert rows[0][11].startswith("D100A: counted 47, register 48")
    assert rows[0][12] == "Phil Pharmacist (pharmacist)" and rows[0][13].endswith("+00:00")
    assert "Reported to Dr Ada Officer on 03/03/2026, ref. CDAO-2026-7" in rows[3][8]
    assert rows[4][8] == "" and rows[1][8] == ""
    reg = open_register(data_dir, clock=clock)
    try:
        done = audit.entries(reg.db, actions=["export"], limit=1)[0]
    finally:
        reg.close()
    assert done.username == "phil" and done.target == "reconciliations"
    assert done.details["rows"] == 6 and done.details["path"] == str(out)


def test_cli_exports_a_pdf_and_refuses_what_it_must(world, clock, tmp_path):

    _three_days(world, clock)
    data_dir = world.reg.data_dir
    world.reg.close()
    pdf = tmp_path / "recs.pdf"
    result = _cli(data_dir, *RANGE, "--format", "pdf", "--output", str(pdf), user="ian")
    assert result.returncode == 0, result.stderr
    text = " ".join("\n".join(p.extract_text() for p in PdfReader(
        io.BytesIO(pdf.read_bytes())).pages).split())
    assert "Teesside HAT Clinic — stock reconciliations" in text
    assert "01/03/2026 to 31/03/2026" in text
    assert "3 day(s) reconciled, 6 section count(s); 3 discrepancies: 1 open, 1 explained, " \
           "1 unexplained" in text
    assert "04/03/2026 DIAM100 47 45 -2 open" in text
    assert "03/03/2026 DIAM500 20 21 +1 unexplained" in text
    assert "Printed by Ian Inspector (inspector)" in text
    before = pdf.read_bytes()
    again = _cli(data_dir, *RANGE, "--format", "pdf", "--output", str(pdf))
    assert again.returncode == 1 and "already exists: choose a new file name" in again.stderr
    assert pdf.read_bytes() == before
    wrong = _cli(data_dir, *RANGE, "--format", "csv", "--output", str(tmp_path / "w.csv"),
                 password="not-the-password")
    assert wrong.returncode == 1 and not (tmp_path / "w.csv").exists()
    odd = _cli(data_dir, *RANGE, "--format", "xlsx", "--output", str(tmp_path / "w.xlsx"))
    assert odd.returncode == 2 and "invalid choice: 'xlsx'" in odd.stderr
    backwards = _cli(data_dir, "--from", "2026-03-31", "--to", "2026-03-01", "--format", "csv",
                     "--output", str(tmp_path / "b.csv"))
    assert backwards.returncode == 1 and "before the --from date" in backwards.stderr
    for r in (again, wrong, odd, backwards):
        assert "Traceback" not in r.stderr


def test_the_report_catalogue_specs_save_and_print_the_same_report(world, clock, tmp_path):
    from hat_desktop.services import report_catalogue
    from hat_desktop.services.reconciliation_export import REPORTS

    _three_days(world, clock)
    pdf_spec, csv_spec = REPORTS
    first, last = world.reg.today() - timedelta(days=2), world.reg.today()
    path, rows = report_catalogue.save(world.reg, world.nurse, csv_spec, first, last,
                                       tmp_path / csv_spec.file_name(first, last))
    assert rows == 6 and path.read_text(encoding="utf-8").splitlines()[0] == HEADER
    copy = report_catalogue.print_copy(world.reg, world.nurse, pdf_spec, first, last)
    text = " ".join(PdfReader(copy).pages[0].extract_text().split())
    assert "02/03/2026 to 04/03/2026" in text and "04/03/2026 DIAM100 47 45 -2 open" in text
    printed = audit.entries(world.reg.db, actions=["print"], limit=1)[0]
    assert printed.target == "reconciliations" and printed.details["rows"] == 6
