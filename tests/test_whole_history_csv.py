"""The attendance, attendance-grid, missed-dose and holds CSVs over a whole history longer
than a year (the printed reports stop at 370 days): written as their rows are made, read
back; progress heard day by day; stopped half way, nothing is left and nothing audited.
(Big histories, their time and memory: bench/bench_year_reports.py --years.)"""

import csv
import io
from datetime import date, timedelta

import pytest

from hat_desktop.cli.common import progress_on_stderr
from hat_desktop.domain.attendance import HoldDecision
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.errors import InvalidInput, Refused
from hat_desktop.domain.prescriptions import PrescriptionInput
from hat_desktop.services import (
    attendance_export,
    attendance_reports,
    dosing,
    holds,
    report_catalogue,
)
from hat_desktop.services.exports import STOPPED
from hat_desktop.store import audit
from tests.world import START, dose_request

FIRST = date(2026, 3, 1)
LATER = START + timedelta(days=400, hours=2)  # Tuesday 6 April 2027, 12:00 UTC (13:00 BST)
LAST = LATER.date()


def _two_years_apart(w, clock) -> None:
    """A dose on the first day; no other until, 400 days later, a prescriber reviews the
    hold that opened after three days without one, and re-titrates."""
    dosing.check_in(w.reg, w.nurse, w.patient.id, identity_confirmed=True)
    dosing.administer(w.reg, w.nurse, w.nurse2, w.patient.id,
                      dose_request(180, [(w.diam500.id, 1)]))
    clock.set(LATER)
    holds.review(w.reg, w.prescriber, w.patient.id, HoldDecision.REDUCED,
                 "Back after a year away; re-titrate", PrescriptionInput(
                     (w.diam100.id,), 90, frozenset({1, 2}), LAST, LAST + timedelta(days=28),
                     change_reason="Re-titration"))


def _save(w, spec, out, heard=None):
    def progress(stage: str, done: int, total: int) -> bool:
        if heard is not None:
            heard.append((stage, done, total))
        return True
    path, count = report_catalogue.save(w.reg, w.manager, spec, FIRST, LAST, out,
                                        progress=progress)
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert count == len(rows)
    assert {(r["period_from"], r["period_to"]) for r in rows} == {
        (FIRST.isoformat(), LAST.isoformat())}
    return rows


def test_four_csvs_hold_a_history_longer_than_a_year(world, clock, tmp_path):
    _two_years_apart(world, clock)
    heard: list[tuple[str, int, int]] = []
    rows = _save(world, attendance_export.ATTENDANCE_CSV, tmp_path / "attendance.csv", heard)
    got = {(r["date"], r["session"]): r for r in rows}
    assert got["2026-03-02", "1"]["state"] == "dosed"
    assert got["2026-03-02", "1"]["mg_administered"] == "180"
    assert got["2026-03-05", "2"]["state"] == "missed"
    assert got["2026-03-06", "1"]["state"] == "on_hold"
    assert got["2027-04-06", "2"]["state"] == "due"  # the new prescription's first session
    assert got["2027-04-06", "2"]["mg_prescribed"] == "90"
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    days = (LAST - FIRST).days + 1
    assert heard[-1] == ("Writing the attendance record", days, days)
    assert [done for _s, done, _t in heard] == sorted(done for _s, done, _t in heard)

    grid = _save(world, attendance_reports.COHORT_GRID_CSV, tmp_path / "grid.csv")
    assert list(grid[0])[4:6] == ["2026-03-01 s1", "2026-03-01 s2"]
    assert list(grid[0])[-7:-5] == ["2027-04-06 s1", "2027-04-06 s2"]
    assert len(grid[0]) == 4 + 2 * days + 5
    assert (grid[0]["2026-03-02 s1"], grid[0]["2026-03-04 s2"], grid[0]["2027-04-06 s2"]) == (
        "dosed", "missed", "due")

    missed = _save(world, attendance_reports.MISSED_DOSES_CSV, tmp_path / "missed.csv")
    assert [(r["clinic_number"], r["dosed"], r["holds"], r["on_hold_now"]) for r in missed] == [
        ("HAT-0001", "1", "1", "no")]

    held = _save(world, attendance_reports.HOLDS_CSV, tmp_path / "holds.csv")
    assert [(r["held_from"], r["reviewed_at"], r["decision"], r["new_dose_mg"])
            for r in held] == [("2026-03-05T18:00:00+00:00", "2027-04-06T13:00:00+01:00",
                                "reduced", "90")]

    done = audit.entries(world.reg.db, actions=[AuditAction.EXPORT.value])
    assert [(e.target, e.details["rows"], e.details["bytes"]) for e in reversed(done)] == [
        (name, n, (tmp_path / f"{file}.csv").stat().st_size) for name, n, file in (
            ("attendance", len(rows), "attendance"), ("attendance-grid", 1, "grid"),
            ("missed-doses", 1, "missed"), ("holds", 1, "holds"))]
    for printed in (attendance_export.ATTENDANCE_PDF, attendance_reports.COHORT_GRID_PDF,
                    attendance_reports.MISSED_DOSES_PDF, attendance_reports.HOLDS_PDF):
        with pytest.raises(InvalidInput, match="at most 370 days at a time"):
            report_catalogue.save(world.reg, world.manager, printed, FIRST, LAST,
                                  tmp_path / "printed.pdf")


def _cancelled_at_once(calls: list[tuple[int, int]]):
    def progress(_stage: str, done: int, total: int) -> bool:
        calls.append((done, total))
        return False  # the user clicked Cancel as soon as the bar appeared
    return progress


def test_a_stopped_csv_leaves_no_file_and_no_audit_entry(world, clock, tmp_path):
    _two_years_apart(world, clock)
    folder = tmp_path / "out"
    folder.mkdir()
    for spec in (attendance_export.ATTENDANCE_CSV, attendance_reports.COHORT_GRID_CSV,
                 attendance_reports.MISSED_DOSES_CSV, attendance_reports.HOLDS_CSV):
        calls: list[tuple[int, int]] = []
        cancelled = _cancelled_at_once(calls)
        with pytest.raises(Refused) as stopped:
            report_catalogue.save(world.reg, world.manager, spec, FIRST, LAST,
                                  folder / "stopped.csv", progress=cancelled)
        assert stopped.value.message == STOPPED, spec.key
        assert len(calls) == 1 and calls[0][0] < calls[0][1], spec.key
    assert list(folder.iterdir()) == []  # not even a partial file
    assert audit.entries(world.reg.db, actions=[AuditAction.EXPORT.value]) == []


def test_the_command_line_says_how_far_a_long_export_has_gone(capsys):
    now = [0.0]
    progress = progress_on_stderr(clock=lambda: now[0])
    for t, done in ((0.2, 10), (1.1, 100), (1.5, 150), (2.3, 300), (2.4, 400)):
        now[0] = t
        assert progress("Writing the attendance record", done, 400)
    now[0] = 0.5
    quick = progress_on_stderr(clock=lambda: now[0])
    assert quick("Writing the holds", 4, 4)  # a short one says nothing
    assert capsys.readouterr().err.splitlines() == [
        "Writing the attendance record: 25%", "Writing the attendance record: 75%",
        "Writing the attendance record: 100%"]
