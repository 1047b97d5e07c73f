"""The register as a CSV file and as a print copy, through the services: the exact header,
the values of each kind of entry, refusals that write nothing, and the audit log."""

import csv
import io
import stat
from datetime import UTC, date, datetime

import pytest

from hat_desktop.domain.errors import InvalidInput
from hat_desktop.domain.roles import Role
from hat_desktop.services import register, register_export
from hat_desktop.store import audit
from tests.register_fixtures import administer

FIRST, LAST = date(2026, 2, 1), date(2026, 3, 2)
FIXED = ["number", "kind", "occurred_at", "quantity_in", "quantity_out", "balance",
         "corrects_number"]



@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def read(path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def export(h, out, name="register.csv", actor=None, **kw):
    return register_export.export_register(h.reg, actor or h.inspector, "DIAM100",
                                           kw.pop("first", FIRST), kw.pop("last", LAST),
                                           kw.pop("fmt", "csv"), out / name, **kw)


def test_the_header_starts_with_the_fixed_columns_then_the_details(history, out):
    path = export(history, out)
    header = path.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header[:7] == FIXED
    for name in ("recorded_at", "late_reason", "batch", "expiry", "supplier_name",
                 "supplier_address", "reference", "patient_name", "patient_address",
                 "prescriber_name", "prescriber_licence", "mg_administered", "mg_wasted",
                 "id_requested", "id_provided", "authorised_witness_name", "entered_by",
                 "witness", "chain_hash"):
        assert name in header[7:], name


def test_each_kind_of_entry_has_its_values(history, out):
    h = history
    rows = {int(r["number"]): r for r in read(export(h, out))}
    assert len(rows) == len(h.entries) == 65
    assert sorted(rows) == list(range(1, 66))  # the section's numbers, with no gap
    first = rows[h.receipt.number]
    assert [first[c] for c in FIXED] == [str(h.receipt.number), "receipt",
                                         "2026-02-02T09:00:00+00:00", "300", "0", "300", ""]
    assert (first["supplier_name"], first["supplier_address"], first["reference"],
            first["batch"], first["expiry"]) == (
        "Alliance Healthcare", "Unit 4, Preston Farm, Stockton-on-Tees TS18 3TX", "INV-0042",
        "AB123", "2027-06-30")
    assert first["entered_by"] == "Phil Pharmacist (pharmacist)"
    assert first["entered_by_id"] == str(h.pharmacist.id)
    assert (first["section"], first["drug"], first["strength"], first["form"], first["unit"],
            first["mg_per_unit"]) == ("DIAM100", "Diamorphine hydrochloride", "100 mg",
                                      "powder for solution for injection", "ampoule", "100")
    assert first["witness"] == "Nina Nurse (nurse)"
    assert first["chain_hash"] == h.receipt.hash

    fix = rows[h.fix.number]
    assert [fix[c] for c in FIXED[1:]] == ["correction", "2026-02-02T09:20:00+00:00", "0",
                                           "180", "320", str(h.mistyped.number)]
    assert fix["reason"] == "Mistyped: 20 ampoules were received, not 200."
    assert rows[h.mistyped.number]["corrected_by_numbers"] == str(h.fix.number)

    dose = rows[h.late.number]
    assert (dose["kind"], dose["quantity_out"], dose["patient_name"], dose["mg_administered"],
            dose["mg_wasted"], dose["prescriber_licence"], dose["id_requested"],
            dose["id_provided"]) == ("administration", "2", "Józef Wiśniewski", "180", "20",
                                     "HO-123456", "yes", "yes")
    assert dose["late_reason"].startswith("Register PC down during the session")
    assert dose["recorded_at"] == "2026-02-07T11:15:00+00:00"
    assert dose["prescriber_address"] == "Teesside HAT Clinic, 1 Albert Road, Middlesbrough TS1 1AA"

    gone = rows[h.destruction.number]
    assert gone["method"] == "Denatured in a DOOP denaturing kit, then sent for incineration"
    assert (gone["kind"], gone["quantity_out"], gone["authorised_witness_name"],
            gone["authorised_witness_reference"], gone["reason"]) == (
        "destruction", "5", "Dr Ada Officer", "CDAO-2026-07",
        "Damaged: ampoules cracked in the safe")
    for row in rows.values():
        assert int(row["quantity_in"]) >= 0 and int(row["quantity_out"]) >= 0
        assert row["kind"] in {"opening", "receipt", "administration", "destruction",
                               "return", "correction", "stock_check"}


def test_times_carry_the_clinic_offset_in_summer(history, out):
    h = history
    h.clock.set(datetime(2026, 4, 1, 9, 30, tzinfo=UTC))  # 10:30 British Summer Time
    entry = administer(h, 1, h.clock.now())
    rows = read(export(h, out, last=date(2026, 4, 1)))
    summer = next(r for r in rows if int(r["number"]) == entry.number)
    assert summer["occurred_at"] == "2026-04-01T10:30:00+01:00"


def test_a_date_range_keeps_only_entries_dated_in_it(history, out):
    rows = read(export(history, out, first=date(2026, 2, 3), last=date(2026, 2, 3)))
    assert [r["occurred_at"][:10] for r in rows] == ["2026-02-03"] * 3


def test_corrections_reach_their_entry_across_chunks(history, out, monkeypatch):
    monkeypatch.setattr(register_export, "CHUNK", 4)
    rows = {int(r["number"]): r for r in read(export(history, out))}
    assert len(rows) == 65
    assert (rows[history.later_fixed.number]["corrected_by_numbers"]
            == str(history.later_fix.number))


@pytest.mark.parametrize(("change", "message"), [
    ({"fmt": "xlsx"}, "The format 'xlsx' is not one of pdf or csv."),
    ({"first": date(2026, 3, 2), "last": date(2026, 3, 1)},
     "The end date is before the start date."),
])
def test_bad_requests_are_refused_and_write_nothing(history, out, change, message):
    before = len(audit.entries(history.reg.db, limit=1000))
    with pytest.raises(InvalidInput) as refused:
        export(history, out, **change)
    assert str(refused.value) == message
    assert list(out.iterdir()) == []
    assert len(audit.entries(history.reg.db, limit=1000)) == before


def test_an_unknown_section_or_a_file_inside_the_data_folder_is_refused(history, out):
    with pytest.raises(InvalidInput, match="There is no register section with the code 'X1'"):
        register_export.export_register(history.reg, history.inspector, "X1", FIRST, LAST,
                                        "csv", out / "x.csv")
    with pytest.raises(InvalidInput, match="outside the register's data folder"):
        register_export.export_register(history.reg, history.inspector, "DIAM100", FIRST,
                                        LAST, "csv", history.reg.data_dir / "x.csv")
    assert not (history.reg.data_dir / "x.csv").exists()


def test_an_existing_file_is_refused_unless_overwrite_is_asked(history, out):
    target = out / "register.csv"
    target.write_text("keep me", encoding="utf-8")
    with pytest.raises(InvalidInput, match="already exists: choose a new file name"):
        export(history, out)
    assert target.read_text(encoding="utf-8") == "keep me"
    export(history, out, overwrite=True)
    assert read(target)[0]["kind"] == "receipt"
    assert [p.name for p in out.iterdir()] == ["register.csv"]  # no temporary left


def test_every_role_may_export_and_each_export_is_logged(history, out):
    for number, role in enumerate(Role):
        user = history.make_user(role, f"exporter{number}")
        export(history, out, name=f"{role.value}.pdf", actor=user, fmt="pdf")
        logged = audit.entries(history.reg.db, limit=1)[0]
        assert (logged.action, logged.username, logged.target) == (
            "export", user.username, "register:DIAM100")
        assert logged.details == {
            "section": "DIAM100", "first": "2026-02-01", "last": "2026-03-02",
            "format": "pdf", "rows": 65, "pages": logged.details["pages"],
            "path": str((out / f"{role.value}.pdf").resolve()),
            "first_page": 1, "last_page": 7, "head": 65}  # pages of 10 entries
        assert logged.details["pages"] >= 3


def test_a_print_copy_is_private_and_logged_as_a_print(history):
    path = register_export.print_register(history.reg, history.nurse, "DIAM100", FIRST,
                                          LAST)
    assert path.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert not path.is_relative_to(history.reg.data_dir)
    logged = audit.entries(history.reg.db, limit=1)[0]
    assert (logged.action, logged.username, logged.target) == ("print", "nina",
                                                               "register:DIAM100")
    assert logged.details["rows"] == 65


def test_a_stopped_export_leaves_no_file(history, out, monkeypatch):
    monkeypatch.setattr(register_export, "CHUNK", 10)
    seen: list[int] = []

    def progress(stage: str, done: int, total: int) -> bool:
        seen.append(done)
        return done < 20

    with pytest.raises(register_export.Refused, match="no file was written"):
        export(history, out, fmt="pdf", progress=progress)
    assert seen == [10, 20] and list(out.iterdir()) == []


@pytest.mark.parametrize("fmt", ["csv", "pdf"])
def test_no_file_is_left_that_the_audit_log_does_not_know_of(history, out, fmt):
    """The audit entry and the file stand or fall together: with the audit log refusing
    new entries (a fault injected with raw SQL), the export fails and leaves no file."""
    db = history.reg.db
    before = db.scalar("SELECT count(*) FROM audit_log")
    db.execute("CREATE TEMP TRIGGER refuse_audit BEFORE INSERT ON main.audit_log "
               "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END")
    try:
        with pytest.raises(Exception, match="disk trouble"):
            export(history, out, fmt=fmt)
    finally:
        db.execute("DROP TRIGGER temp.refuse_audit")
    assert list(out.iterdir()) == []
    assert db.scalar("SELECT count(*) FROM audit_log") == before
    assert export(history, out, fmt=fmt).exists()  # and once the log works, it exports


def test_sections_stay_listed_with_their_balance(history):
    listed = register.list_sections(history.reg, history.inspector)
    assert [(s.section.code, s.balance) for s in listed] == [
        ("DIAM100", history.destruction.balance)]


def test_pages_of_a_date_range_are_the_entries_dated_in_it_in_register_order(history):
    """Reading from the first entry in range along the register's order (no sort) gives
    exactly the entries dated in the range, a late entry dated long before included."""
    h = history
    h.clock.set(datetime(2026, 3, 2, 10, 30, tzinfo=UTC))
    backdated = administer(h, 3, datetime(2026, 2, 4, 16, 0, tzinfo=UTC),
                           late_reason="Found on the paper back-up sheet during the audit.")
    everything = register.entries(h.reg, h.inspector, h.section.id, limit=1000)
    assert everything[-1].entry.id == backdated.id
    for first, last in [(date(2026, 2, 4), date(2026, 2, 4)), (date(2026, 2, 1), LAST),
                        (date(2026, 2, 10), date(2026, 2, 12)), (date(2026, 3, 1), LAST),
                        (date(2025, 1, 1), date(2025, 12, 31))]:
        expected = [v.entry.id for v in everything
                    if first <= v.entry.occurred_at.astimezone(h.reg.tz).date() <= last]
        paged = []
        while True:
            page = register.entries(h.reg, h.inspector, h.section.id, first, last,
                                    offset=len(paged), limit=7)
            paged += [v.entry.id for v in page]
            if len(page) < 7:
                break
        assert paged == expected, (first, last)
        assert register.count_entries(h.reg, h.inspector, h.section.id, first,
                                      last) == len(expected)
        streamed = [e.id for e, _, inside in register_export._rows(
            h.reg, h.section, first, last, None, "") if inside]
        assert streamed == expected
