"""The missed-dose report (PDF and CSV) and the cohort attendance grid (PDF), built from a
real register through the services and read back with pypdf."""

import csv
import io
import os
import stat
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.lib.rl_accel import fp_str

from hat_desktop.domain.attendance_summary import (
    CohortGrid,
    GridRow,
    Heading,
    HoldLine,
    MissedDoseReport,
    PatientMissedDoses,
    longest_run,
)
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.dosing import WithholdReason
from hat_desktop.domain.errors import InvalidInput
from hat_desktop.domain.missed_doses import DayAssessment, SessionAssessment, SessionState
from hat_desktop.domain.sessions import Window
from hat_desktop.palette import STATE_COLOURS
from hat_desktop.reports import cohort_grid_pdf, missed_doses_pdf
from hat_desktop.reports.csv_cells import PROVENANCE_COLUMNS
from hat_desktop.services import attendance_reports, dosing, report_catalogue, schedule
from hat_desktop.store import audit
from tests.world import PASSWORD, dose_request

MONDAY = datetime(2026, 3, 2, tzinfo=UTC)  # GMT: clinic time is UTC here
WEEK = (date(2026, 3, 2), date(2026, 3, 8))


def at(days: int, hh: int, mm: int = 0) -> datetime:
    return MONDAY + timedelta(days=days, hours=hh, minutes=mm)


def _dose(d, patient_id: int) -> None:
    dosing.check_in(d.reg, d.nurse, patient_id, identity_confirmed=True)
    dosing.administer(d.reg, d.nurse, d.nurse2, patient_id,
                      dose_request(180, [(d.diam100.id, 2)]))


def _week(d, clock):
    """HAT-0001: dosed Mon AM, withheld Mon PM, then away: on hold from Thu 18:00.
    HAT-0002 (prescribed Mon 10:00): dosed Mon PM and Wed AM, then away; Saturday is a
    closure day, which counts as a day without a dose: on hold from Sat midnight.
    The clock ends on the next Monday at 08:00."""
    second, _ = d.add_patient("HAT-0002", "Robin Second")
    schedule.add_closure(d.reg, d.manager, date(2026, 3, 7), "Staff training day")
    _dose(d, d.patient.id)
    clock.set(at(0, 16))
    dosing.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    dosing.withhold(d.reg, d.nurse, d.patient.id, WithholdReason.UNWELL, "Vomiting", 0, 0)
    _dose(d, second.id)
    clock.set(at(2, 9))
    _dose(d, second.id)
    clock.set(at(7, 8))
    return second


def _text(data: bytes) -> list[str]:
    """Each page's words, one space apart ("Page 2 of " and its total are separate pieces
    of text on the page)."""
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages]


def test_missed_dose_figures_per_patient(world, clock):
    _week(world, clock)
    report = attendance_reports.missed_dose_report(world.reg, world.nurse, *WEEK)
    first, second = report.rows
    assert (first.clinic_number, first.sessions_due, first.dosed, first.withheld, first.missed,
            first.on_hold, first.longest_run, first.longest_run_end, first.on_hold_now) == \
        ("HAT-0001", 12, 1, 1, 6, 4, 5, date(2026, 3, 8), True)  # Tue-Sun but Sat (closed)
    assert [h.held_from for h in first.holds] == [at(3, 18)]
    assert (second.sessions_due, second.dosed, second.withheld, second.missed, second.on_hold,
            second.longest_run) == (12, 2, 0, 8, 2, 3)  # Thu, Fri, Sun: Sat was closed
    assert [h.held_from for h in second.holds] == [at(5, 24)]  # Saturday's midnight
    assert second.holds[0].days == (date(2026, 3, 5), date(2026, 3, 6), date(2026, 3, 7))


def _day(n: int, *states: SessionState, dosed: bool = False) -> DayAssessment:
    day = date(2026, 3, 2) + timedelta(days=n)
    window = Window(1, time(8, 30), time(11))
    return DayAssessment(day, tuple(SessionAssessment(day, window, s, at(n, 8), at(n, 11), None)
                                    for s in states), True, dosed, not dosed)


def test_a_closure_day_alone_is_no_run_and_never_ends_one():
    """Issue 15.11: a closure day between two doses counted as "longest run: 1 day" for
    most patients. Runs count days the patient could have attended."""
    m, w, h = SessionState.MISSED, SessionState.WITHHELD, SessionState.ON_HOLD
    dosed = SessionState.DOSED
    closed = [_day(0, dosed, dosed, dosed=True), _day(1), _day(2, dosed, dosed=True)]
    assert longest_run(closed, date(2026, 3, 2), date(2026, 3, 4)) == (0, None)
    through = [_day(0, m), _day(1), _day(2, w), _day(3, h), _day(4, dosed, dosed=True)]
    assert longest_run(through, date(2026, 3, 2), date(2026, 3, 6)) == (3, date(2026, 3, 5))
    not_due = [_day(0, SessionState.NOT_DUE), _day(1, m)]  # suspended, then missed
    assert longest_run(not_due, date(2026, 3, 2), date(2026, 3, 3)) == (1, date(2026, 3, 3))


def test_missed_dose_csv(world, clock):
    _week(world, clock)
    data, count = attendance_reports.MISSED_DOSES_CSV.render(world.reg, world.nurse, *WEEK)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
    assert count == 2 and rows[0] == [*missed_doses_pdf.CSV_HEADER, *PROVENANCE_COLUMNS]
    stamp = ["Teesside HAT Clinic", world.reg.now().isoformat(timespec="seconds"),
             "2026-03-02", "2026-03-08", ""]
    assert rows[1] == ["HAT-0001", "Sam Patient", "12", "1", "1", "6", "4", "0", "5",
                       "2026-03-08", "1", "yes", "2026-03-05T18:00:00+00:00", *stamp]
    assert rows[2] == ["HAT-0002", "Robin Second", "12", "2", "0", "8", "2", "0", "3",
                       "2026-03-08", "1", "yes", "2026-03-08T00:00:00+00:00", *stamp]


def test_missed_dose_pdf_reads_back(world, clock):
    _week(world, clock)
    data, _ = attendance_reports.MISSED_DOSES_PDF.render(world.reg, world.manager, *WEEK)
    (page,) = _text(data)
    for part in ["Teesside HAT Clinic — missed-dose report", "02/03/2026 to 08/03/2026",
                 "HAT-0001", "Sam Patient (ON HOLD)", "5 days (to 08/03)", "Robin Second",
                 "Holds that began in this period: 2",
                 "on hold from 05/03/2026 18:00 after 3 consecutive days without a dose "
                 "(03/03, 04/03, 05/03)", "Still open", "Page 1 of 1",
                 "Printed by Morag Manager (manager) at 09/03/2026 08:00"]:
        assert part in " ".join(page.split()), part
    assert "DEMO" not in page
    world.reg.demo = True
    data, _ = attendance_reports.MISSED_DOSES_PDF.render(world.reg, world.manager, *WEEK)
    assert "DEMO — not a legal register" in _text(data)[0]


def _heading(first: date, last: date) -> Heading:
    return Heading("Teesside HAT Clinic", first, last, at(7, 8), "Morag Manager (manager)",
                   ZoneInfo("Europe/London"), False)


def test_long_missed_dose_report_runs_over_pages_with_headers():
    hold = HoldLine(at(2, 18), (date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 4)), None)
    row = PatientMissedDoses("HAT-0000", "Pat Many", "Active", 60, 58, 1, 1, 0, 0, 1,
                             date(2026, 3, 8), (hold,), False)
    rows = tuple(replace(row, clinic_number=f"HAT-{i:04d}") for i in range(90))
    rows += (replace(row, clinic_number="HAT-0090", on_hold_now=True,
                     patient_name="Maximilian Bartholomew Fitzgerald-Montgomery"),)
    pages = _text(missed_doses_pdf.to_pdf(MissedDoseReport(_heading(*WEEK), rows)))
    assert len(pages) >= 4
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "missed-dose report" in page
    assert "Clinic no." in pages[1] and "HAT-0089" in "".join(pages)
    whole = " ".join(pages).replace("- ", "-")
    assert "Maximilian Bartholomew Fitzgerald-Montgomery (ON HOLD)" in whole  # never cut
    assert "All patients" in "".join(pages) and "5460" in "".join(pages)
    assert "Holds that began in this period (continued)" in pages[-1]


def test_cohort_grid_cells(world, clock):
    _week(world, clock)
    grid = attendance_reports.cohort_grid(world.reg, world.nurse, *WEEK)
    assert grid.days[0] == WEEK[0] and len(grid.days) == 7 and grid.sessions == 2
    assert grid.closures == {date(2026, 3, 7)}
    first, second = grid.rows
    assert first.cells == (("dosed", "withheld"), ("missed", "missed"), ("missed", "missed"),
                           ("missed", "missed"), ("on_hold", "on_hold"), ("closed", "closed"),
                           ("on_hold", "on_hold"))
    assert (first.missed, first.on_hold_now) == (6, True)
    assert second.cells[0] == ("missed", "dosed") and second.cells[2] == ("dosed", "missed")
    clock.set(at(3, 12))  # Thursday noon: the days still to come have no state yet
    grid = attendance_reports.cohort_grid(world.reg, world.nurse, *WEEK)
    assert grid.rows[0].cells[3] == ("missed", "due")
    assert grid.rows[0].cells[4:] == ((None, None), ("closed", "closed"), (None, None))


def _fills(data: bytes) -> bytes:
    return b"".join(p.get_contents().get_data() for p in PdfReader(io.BytesIO(data)).pages)


def test_weekly_grid_prints_on_one_page_coloured_by_state(world, clock):
    _week(world, clock)
    data, count = attendance_reports.COHORT_GRID_PDF.render(world.reg, world.manager, *WEEK)
    (page,) = _text(data)
    assert count == 2
    for part in ["Teesside HAT Clinic — attendance grid", "02/03/2026 to 08/03/2026",
                 "Sam Patient", "Robin Second", "ON HOLD", "Key:", "Dosed", "Missed",
                 "On hold", "Clinic closed", "Mon 02/03", "Sat 07/03", "closed", "Page 1 of 1"]:
        assert part in page, part
    stream = _fills(data)
    for state in ("dosed", "withheld", "missed", "on_hold", "not_due"):
        back = fp_str(*colors.HexColor(STATE_COLOURS[state][0]).rgb()).encode()
        assert back + b" rg" in stream, state


def test_monthly_grid_is_one_page_and_a_longer_one_a_month_a_page(world, clock):
    _week(world, clock)
    data, _ = attendance_reports.COHORT_GRID_PDF.render(world.reg, world.manager,
                                                        date(2026, 3, 1), date(2026, 3, 31))
    assert len(_text(data)) == 1
    data, _ = attendance_reports.COHORT_GRID_PDF.render(world.reg, world.manager,
                                                        date(2026, 1, 20), date(2026, 4, 1))
    pages = _text(data)
    assert len(pages) == 4  # 20-31 January, February, March, 1 April
    assert "20/01/2026 to 31/01/2026, part of 20/01/2026 to 01/04/2026" in pages[0]
    assert "01/03/2026 to 31/03/2026, part of 20/01/2026 to 01/04/2026" in pages[2]
    assert "Page 3 of 4" in pages[2] and "Sam Patient" in pages[2]
    with pytest.raises(InvalidInput, match="at most 370 days"):
        attendance_reports.cohort_grid(world.reg, world.manager, date(2026, 3, 1),
                                       date(2027, 3, 6))


def test_fortnight_grid_prints_the_key_letters_and_whole_names():
    """Issue 15.11: at 14 days the cells said "dosed" across their neighbours, and names
    beside the ON HOLD badge were cut."""
    days = tuple(WEEK[0] + timedelta(days=i) for i in range(14))
    long_name = "Maximilian Bartholomew Fitzgerald-Montgomery"
    rows = (GridRow("HAT-0001", long_name, tuple(("dosed", "missed") for _ in days), 14, True),
            GridRow("HAT-0002", "Robin Second", tuple(("dosed", "dosed") for _ in days), 0,
                    False))
    grid = CohortGrid(_heading(days[0], days[-1]), days, 2, frozenset(), date(2026, 3, 20),
                      rows)
    data = cohort_grid_pdf.to_pdf(grid)
    raw = subprocess.run(["pdftotext", "-raw", "-", "-"], input=data, capture_output=True,
                         check=True).stdout.decode()
    words = " ".join(raw.split()).replace("- ", "-")
    assert long_name in words and "ON HOLD" in words and "…" not in words
    cells = [w for w in raw.split() if w in ("dosed", "missed", "D", "M")]
    assert cells.count("D") >= 28 + 14 and cells.count("M") >= 14  # letters, as in the key
    assert "dosed" not in cells  # (the legend's own line says "sessions missed")


def test_grid_csv_reads_back_as_the_grid(world, clock):
    _week(world, clock)
    grid = attendance_reports.cohort_grid(world.reg, world.nurse, *WEEK)
    data, count = attendance_reports.COHORT_GRID_CSV.render(world.reg, world.nurse, *WEEK)
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
    assert count == len(rows) == 2
    for row, line in zip(grid.rows, rows, strict=True):
        assert (line["clinic_number"], line["patient_name"], line["missed"]) == \
            (row.clinic_number, row.patient_name, str(row.missed))
        for day, cells in zip(grid.days, row.cells, strict=True):
            for n, state in enumerate(cells, start=1):
                assert line[f"{day.isoformat()} s{n}"] == (state or "")
    assert rows[0]["2026-03-07 s1"] == "closed" and rows[0]["on_hold_now"] == "yes"
    assert (rows[0]["clinic"], rows[0]["period_from"], rows[0]["period_to"]) == \
        ("Teesside HAT Clinic", "2026-03-02", "2026-03-08")


@pytest.mark.parametrize(("patients", "pages"), [(20, 1), (32, 1), (45, 2)])
def test_grid_pages_by_cohort_size(patients, pages):
    days = tuple(WEEK[0] + timedelta(days=i) for i in range(7))
    row = GridRow("HAT-0000", "Pat Cohort", tuple(("dosed", "missed") for _ in days), 7, False)
    grid = CohortGrid(_heading(*WEEK), days, 2, frozenset(), date(2026, 3, 9),
                      tuple(replace(row, clinic_number=f"HAT-{i:04d}") for i in range(patients)))
    texts = _text(cohort_grid_pdf.to_pdf(grid))
    assert len(texts) == pages
    assert f"Page {pages} of {pages}" in texts[-1]
    assert f"HAT-{patients - 1:04d}" in texts[-1]


def test_save_and_print_are_audited(world, clock, tmp_path):
    _week(world, clock)
    spec = attendance_reports.COHORT_GRID_PDF
    out = tmp_path / spec.file_name(*WEEK)
    path, _ = report_catalogue.save(world.reg, world.nurse, spec, *WEEK, out)
    assert path.name == "attendance-grid-2026-03-02-to-2026-03-08.pdf"
    with pytest.raises(InvalidInput, match="already exists"):
        report_catalogue.save(world.reg, world.nurse, spec, *WEEK, out)
    printed = report_catalogue.print_copy(world.reg, world.nurse, spec, *WEEK)
    assert len(_text(printed.read_bytes())) == 1
    assert stat.S_IMODE(printed.parent.stat().st_mode) == 0o700
    actions = [(e.action, e.target, e.username) for e in audit.entries(
        world.reg.db, actions=[AuditAction.EXPORT.value, AuditAction.PRINT.value])]
    assert actions == [("print", "attendance-grid", "nina"), ("export", "attendance-grid", "nina")]
    with pytest.raises(InvalidInput, match="save it instead of printing it"):
        report_catalogue.print_copy(world.reg, world.nurse, attendance_reports.HOLDS_CSV, *WEEK)


def test_cli_exports_the_missed_dose_report_and_the_grid(world, clock, tmp_path):
    _week(world, clock)
    world.reg.close()
    env = {**os.environ, "HAT_USER": "nina", "HAT_PASSWORD": PASSWORD}

    def export(target: str, fmt: str, out: Path, last: str = "2026-03-08"):
        return subprocess.run(
            [sys.executable, "-m", "hat_desktop", "--data-dir", str(world.reg.data_dir),
             "export", target, "--from", "2026-03-02", "--to", last, "--format", fmt,
             "--output", str(out)], capture_output=True, text=True, env=env, timeout=120)

    pdf, grid, table = tmp_path / "m.pdf", tmp_path / "g.pdf", tmp_path / "m.csv"
    for target, fmt, out in (("missed-doses", "pdf", pdf), ("attendance-grid", "pdf", grid),
                             ("missed-doses", "csv", table)):
        result = export(target, fmt, out)
        assert result.returncode == 0, result.stderr
        assert result.stdout.splitlines()[-1] == str(out)
    assert "Sam Patient (ON HOLD)" in _text(pdf.read_bytes())[0]
    assert len(_text(grid.read_bytes())) == 1
    assert table.read_text("utf-8").startswith(",".join(missed_doses_pdf.CSV_HEADER) + ",clinic,")
    too_long = export("attendance-grid", "pdf", tmp_path / "long.pdf", last="2027-04-30")
    assert too_long.returncode == 1 and "at most 370 days" in too_long.stderr
    assert not (tmp_path / "long.pdf").exists()
