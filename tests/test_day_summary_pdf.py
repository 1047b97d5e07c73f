"""The end-of-day summary PDF, made from a real register and read back with pypdf:
each section's figures, the count and its sign-off, withheld and missed sessions,
expiry warnings; saved only where chosen, and the figures kept in the audit trail."""

import io
import re
from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader

from hat_desktop.domain.dosing import WithholdReason
from hat_desktop.domain.errors import InvalidInput, PermissionDenied
from hat_desktop.services import (
    day_summary_export,
    dosing,
    reconciliation,
    reconciliation_export,
    register,
)
from hat_desktop.store import audit
from hat_desktop.store import register as register_store
from tests.command_line import assert_clear_refusal, run_cli, run_main
from tests.world import PASSWORD, dose_request


def _text(path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return "\n".join(page.extract_text() for page in reader.pages)


def _section(text: str, code: str) -> str:
    """The text of one section's block: from its heading to the next one."""
    start = text.index(f"{code} — ")
    following = [m.start() for m in re.finditer(r"DIAM\d+ — ", text) if m.start() > start]
    end = following[0] if following else text.index("Withheld sessions")
    return " ".join(text[start:end].split())


def _a_day(d, clock):
    """A day with a receipt, a dose with waste, a withheld dose, a missed patient, a batch
    expiring soon, a miscount, and the count signed off with a witness."""
    register.receive(d.reg, d.pharmacist, d.nurse, d.diam500.id, register.Receipt(
        3, "Alliance Healthcare", "Unit 4, Stockton TS18 3TX", "SOON7",
        d.reg.today() + timedelta(days=12), "INV-2"))
    wendy, _ = d.add_patient("HAT-0002", "Wendy Withheld")
    d.add_patient("HAT-0003", "Mo Missed")
    dosing.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    dosing.administer(d.reg, d.nurse, d.nurse2, d.patient.id,
                      dose_request(180, [(d.diam100.id, 2)]))
    dosing.check_in(d.reg, d.nurse, wendy.id, identity_confirmed=True)
    dosing.withhold(d.reg, d.nurse, wendy.id, WithholdReason.INTOXICATED, "Slurred speech",
                    2, 0)
    clock.set(datetime(2026, 3, 2, 19, 0, tzinfo=UTC))  # both sessions are over
    sheet = reconciliation.count_sheet(d.reg, d.pharmacist)
    counts = {}
    for line in sheet:
        stock = next(b for b in register_store.batches(d.reg.db, line.section_id)
                     if b.batch == line.batch)
        counts[(line.section_id, line.batch)] = stock.balance - (line.section_code == "DIAM100")
    rec, found = reconciliation.submit_count(d.reg, d.pharmacist, d.reg.today(), counts)
    reconciliation.sign_off(d.reg, d.pharmacist, d.nurse2, rec.id)
    return found


def test_summary_pdf_carries_each_sections_figures(world, clock, tmp_path):
    d = world
    _a_day(d, clock)
    out = tmp_path / "summary.pdf"
    day_summary_export.save(d.reg, d.pharmacist, d.reg.today(), out)
    text = _text(out)
    flat = " ".join(text.split())
    assert "Teesside HAT Clinic — end-of-day summary" in flat
    assert "Monday 02/03/2026" in flat
    assert ("Counted by Phil Pharmacist (pharmacist); signed off with the witness "
            "Nora Nurse (nurse).") in flat
    d100 = _section(text, "DIAM100")
    assert "Diamorphine hydrochloride 100 mg powder for solution for injection" in d100
    for figure in ("Opening balance 0 ampoules", "In: received 50 ampoules",
                   "In: corrections 0 ampoules",
                   "Out: administered 2 ampoules opened for 1 dose (180 mg given)",
                   "Waste (denatured) 20 mg, the rest of what was opened",
                   "Out: destroyed 0 ampoules", "Out: returned to supplier 0 ampoules",
                   "Out: corrections 0 ampoules", "Closing balance 48 ampoules",
                   "Counted 47 ampoules", "Difference at the count -1 (1 ampoule short)",
                   "Opening 0 ampoules + in 50 ampoules − out 2 ampoules = closing 48 "
                   "ampoules"):
        assert figure in d100, figure
    d500 = _section(text, "DIAM500")
    for figure in ("Opening balance 0 ampoules", "In: received 23 ampoules",
                   "Out: administered 0 ampoules opened for 0 doses (0 mg given)",
                   "Waste (denatured) 0 mg", "Closing balance 23 ampoules",
                   "Counted 23 ampoules", "Difference at the count none",
                   "Opening 0 ampoules + in 23 ampoules − out 0 ampoules = closing 23"):
        assert figure in d500, figure
    assert "written into this day after" not in flat
    assert "HAT-0002 Wendy Withheld, session 1: Intoxicated (drugs or alcohol)" in flat
    assert "HAT-0003 Mo Missed, session 1" in flat and "HAT-0003 Mo Missed, session 2" in flat
    assert "Batch SOON7 expires on 14/03/2026." in flat
    assert "DEMO" not in flat


def test_the_summary_is_in_the_audit_trail_with_its_figures(world, clock, tmp_path):
    d = world
    _a_day(d, clock)
    copy = day_summary_export.print_copy(d.reg, d.nurse, d.reg.today())
    assert copy.exists() and oct(copy.parent.stat().st_mode & 0o777) == "0o700"
    printed = audit.entries(d.reg.db, actions=["print"], limit=1)[0]
    assert printed.target == "day-summary" and printed.username == "nina"
    assert printed.details["day"] == "2026-03-02"
    assert printed.details["sections"]["DIAM100"] == {
        "opening": 0, "received": 50, "doses": 1, "administered": 2, "mg_administered": 180,
        "supplied": 0, "mg_supplied": 0, "top_ups": 0,
        "mg_wasted": 20, "destroyed": 0, "returned": 0, "corrections": 0, "corrections_in": 0,
        "corrections_out": 0, "closing": 48, "counted": 47, "late_entries": 0}
    assert printed.details["witness"] == "Nora Nurse (nurse)"
    out = tmp_path / "saved.pdf"
    day_summary_export.save(d.reg, d.manager, d.reg.today(), out)
    saved = audit.entries(d.reg.db, actions=["export"], limit=1)[0]
    assert saved.details["path"] == str(out) and saved.details["sections"]["DIAM500"][
        "closing"] == 23
    with pytest.raises(InvalidInput, match="already exists"):
        day_summary_export.save(d.reg, d.manager, d.reg.today(), out)


def test_a_day_not_yet_counted_says_so_and_the_future_is_refused(world, tmp_path):
    d = world
    out = tmp_path / "s.pdf"
    day_summary_export.save(d.reg, d.nurse, d.reg.today(), out)
    flat = " ".join(_text(out).split())
    assert "The stock has not been counted for this day" in flat
    assert "Counted not counted" in flat
    with pytest.raises(InvalidInput, match="in the future"):
        day_summary_export.save(d.reg, d.nurse, d.reg.today() + timedelta(days=1),
                                tmp_path / "later.pdf")
    assert not (tmp_path / "later.pdf").exists()


def test_demo_summary_is_stamped(world, tmp_path):
    d = world
    d.reg.demo = True
    out = tmp_path / "demo.pdf"
    day_summary_export.save(d.reg, d.nurse, d.reg.today(), out)
    assert "DEMO — not a legal register" in _text(out)


def test_a_deactivated_user_cannot_print_it(world, tmp_path):
    from hat_desktop.services import users

    d = world
    users.update_user(d.reg, d.manager, d.nurse2.id, users.UserDetails(
        d.nurse2.full_name, d.nurse2.role), active=False)
    with pytest.raises(PermissionDenied):
        day_summary_export.print_copy(d.reg, d.nurse2, d.reg.today())


def test_an_entry_written_into_a_counted_day_is_flagged_and_the_day_still_balances(
        world, clock, tmp_path):
    """A receipt found the next morning and entered into the day already counted: the
    day's opening stays, its closing takes the receipt in, and the summary says the count
    matched the register as it then stood, naming the late entry."""
    d = world
    _a_day(d, clock)
    day = d.reg.today()
    clock.set(datetime(2026, 3, 3, 9, 0, tzinfo=UTC))
    late = register.receive(d.reg, d.pharmacist, d.nurse, d.diam500.id, register.Receipt(
        5, "Alliance Healthcare", "Unit 4, Stockton TS18 3TX", "LATE1",
        day + timedelta(days=300), "INV-9", occurred_at=datetime(2026, 3, 2, 18, 0, tzinfo=UTC),
        late_reason="Delivery note found in the safe the next morning"))
    out = tmp_path / "late.pdf"
    day_summary_export.save(d.reg, d.pharmacist, day, out)
    text = _text(out)
    flat = " ".join(text.split())
    assert "Entries were written into this day after it was counted" in flat
    d500 = _section(text, "DIAM500")
    for figure in ("Opening balance 0 ampoules", "In: received 28 ampoules",
                   "Closing balance 28 ampoules",
                   "Counted 23 ampoules (the register then held 23 ampoules)",
                   "Difference at the count none",
                   "Opening 0 ampoules + in 28 ampoules − out 0 ampoules = closing 28",
                   "Written into this day after its stock count (1)",
                   f"DIAM500 No. {late.number}, received, 5 ampoules in, written 03/03/2026 "
                   "09:00 by Phil Pharmacist (pharmacist): Delivery note found in the safe the "
                   "next morning"):
        assert figure in d500, figure
    assert "Written into this day" not in _section(text, "DIAM100")
    rows = {r.section_code: r for r in reconciliation.rows_between(d.reg, d.pharmacist, day,
                                                                    day)}
    assert rows["DIAM500"].late_entries.startswith(f"DIAM500 No. {late.number}, received, 5 "
                                                   "ampoules in, written 03/03/2026 09:00")
    assert rows["DIAM100"].late_entries == ""
    assert rows["DIAM100"].batches == "D100A: counted 47, register 48"
    report = tmp_path / "reconciliations.pdf"
    reconciliation_export.export(d.reg, d.pharmacist, day, day, "pdf", report)
    assert (f"WRITTEN INTO THIS DAY AFTER THE COUNT: DIAM500 No. {late.number}"
            in " ".join(_text(report).split()))
    following = tmp_path / "next.pdf"
    day_summary_export.save(d.reg, d.pharmacist, day + timedelta(days=1), following)
    assert "Opening balance 28 ampoules" in _section(_text(following), "DIAM500")


def test_expiry_warnings_are_those_of_the_stock_held_that_day(world, clock, tmp_path):
    d = world
    _a_day(d, clock)
    before = tmp_path / "before.pdf"
    day_summary_export.save(d.reg, d.pharmacist, d.reg.today() - timedelta(days=1), before)
    assert "None: on that day no batch held had expired" in " ".join(_text(before).split())
    clock.set(datetime(2026, 3, 20, 19, 0, tzinfo=UTC))  # SOON7 expired on 14/03
    later = tmp_path / "later.pdf"
    day_summary_export.save(d.reg, d.pharmacist, date(2026, 3, 20), later)
    assert "Batch SOON7 EXPIRED on 14/03/2026" in " ".join(_text(later).split())
    register.destroy(d.reg, d.pharmacist, d.diam500.id, register.Destruction(
        3, "SOON7", "Expired", "Dee Witness", "CD Accountable Officer", "AO-1",
        method="Denaturing kit"))
    again = tmp_path / "again.pdf"
    day_summary_export.save(d.reg, d.pharmacist, date(2026, 3, 2), again)
    assert "Batch SOON7 expires on 14/03/2026." in " ".join(_text(again).split())


def test_the_command_line_exports_a_days_summary(world, clock, tmp_path):
    d = world
    _a_day(d, clock)
    d.reg.close()
    out = tmp_path / "summary.pdf"
    done = run_cli(d.data_dir, "export", "day-summary", "--date", "2026-03-02", "--format",
                   "pdf", "--output", str(out), user="phil", password=PASSWORD)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(out.resolve())
    assert "Closing balance 48 ampoules" in " ".join(_text(out).split())
    bad = run_cli(d.data_dir, "export", "day-summary", "--date", "2026-02-30", "--format",
                  "pdf", "--output", str(tmp_path / "bad.pdf"), user="phil", password=PASSWORD)
    message = assert_clear_refusal(bad)
    assert message == "The date given with --date must be a date written as YYYY-MM-DD."
    assert not (tmp_path / "bad.pdf").exists()


def test_a_pdf_only_export_needs_no_format_and_refuses_another(world, clock, tmp_path):
    """The day summary is a PDF only: --format may be left out (or name pdf); another
    format is refused by name and nothing is written."""
    d = world
    _a_day(d, clock)
    d.reg.close()
    out = tmp_path / "summary.pdf"
    login = {"HAT_USER": "phil", "HAT_PASSWORD": PASSWORD}
    done = run_main(d.data_dir, "export", "day-summary", "--date", "2026-03-02", "--output",
                    str(out), env=login)
    assert done.returncode == 0, done.stderr
    assert "Closing balance 48 ampoules" in " ".join(_text(out).split())
    csv = tmp_path / "summary.csv"
    bad = run_main(d.data_dir, "export", "day-summary", "--date", "2026-03-02", "--format",
                   "csv", "--output", str(csv), env=login)
    assert bad.returncode == 2
    assert "argument --format: invalid choice: 'csv' (choose from 'pdf')" in bad.stderr
    named = run_main(d.data_dir, "export", "day-summary", "--date", "2026-03-02", "--output",
                     str(csv), env=login)  # a PDF named as a CSV file: refused, not written
    assert named.returncode == 1
    assert named.stderr.strip() == (
        "The --output file summary.csv is named as CSV, but this export is written as PDF: "
        "name it summary.pdf, or give --format csv if this export has it.")
    assert not csv.exists()
    week = tmp_path / "week.pdf"
    other = run_main(d.data_dir, "export", "attendance", "--from", "2026-03-02", "--to",
                     "2026-03-02", "--format", "csv", "--output", str(week), env=login)
    assert other.returncode == 1 and "is named as PDF, but this export is written as CSV" \
        in other.stderr
    assert not week.exists()
