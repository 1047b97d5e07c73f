"""End-of-day reconciliation through the services on a real register."""

from datetime import timedelta

import pytest

from hat_desktop.domain.errors import InvalidInput, PermissionDenied, Refused
from hat_desktop.domain.register import EntryKind
from hat_desktop.services import day_close, dosing, reconciliation, register, verify
from hat_desktop.services.day_summary import summary
from hat_desktop.services.stock import overview
from hat_desktop.store import register as register_store
from tests.world import dose_request


def _counts(d, **overrides):
    sheet = reconciliation.count_sheet(d.reg, d.pharmacist)
    counts = {}
    for line in sheet:
        batch = next(b for b in register_store.batches(d.reg.db, line.section_id)
                     if b.batch == line.batch)
        counts[(line.section_id, line.batch)] = overrides.get(line.section_code, batch.balance)
    return counts


def test_count_sheet_is_blind(world):
    sheet = reconciliation.count_sheet(world.reg, world.pharmacist)
    assert {(line.section_code, line.batch) for line in sheet} == {("DIAM100", "D100A"),
                                                                   ("DIAM500", "D500A")}
    assert not any(hasattr(line, "expected") for line in sheet)


def test_match_signs_off_writes_markers_and_the_close_is_separate(world, clock):
    d = world
    rec, found = reconciliation.submit_count(d.reg, d.pharmacist, d.reg.today(), _counts(d))
    assert found == [] and {line.difference for line in rec.lines} == {0}
    with pytest.raises(Refused, match="witness your own"):
        reconciliation.sign_off(d.reg, d.pharmacist, d.pharmacist, rec.id)
    signed = reconciliation.sign_off(d.reg, d.pharmacist, d.nurse, rec.id)
    assert signed.signed and signed.witness_name == "Nina Nurse (nurse)"
    for section in (d.diam100, d.diam500):
        last = register_store.last_entry(d.reg.db, section.id)
        assert last.kind is EntryKind.STOCK_CHECK and last.details["difference"] == 0
    assert not register_store.day_closed(d.reg.db, d.reg.today())  # a count closes nothing
    day_close.close_day(d.reg, d.pharmacist, d.reg.today(), confirmed=True)
    assert register_store.day_closed(d.reg.db, d.reg.today())
    # An entry dated on the closed day is now a late entry and needs a reason.
    with pytest.raises(InvalidInput, match="already been closed"):
        register.destroy(d.reg, d.pharmacist, d.diam100.id, register.Destruction(
            1, "D100A", "Dropped", "Dee Witness", "AO", "AO-1", method="Denaturing kit"))
    with pytest.raises(Refused, match="already been counted"):
        reconciliation.submit_count(d.reg, d.pharmacist, d.reg.today(), _counts(d))
    assert verify.verify_register(d.reg, d.manager).ok


def test_miscount_is_a_discrepancy_that_must_be_resolved(world):
    d = world
    dosing.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    dose = dosing.administer(d.reg, d.nurse, d.nurse2, d.patient.id,
                             dose_request(180, [(d.diam100.id, 2)]))
    # The nurse actually opened 3 ampoules: the count is one short.
    rec, found = reconciliation.submit_count(d.reg, d.pharmacist, d.reg.today(),
                                             _counts(d, DIAM100=47))
    assert len(found) == 1 and found[0].section_code == "DIAM100"
    assert (found[0].expected, found[0].counted, found[0].difference) == (48, 47, -1)
    reconciliation.sign_off(d.reg, d.pharmacist, d.nurse, rec.id)
    assert reconciliation.alerts(d.reg, d.nurse)[0].startswith("Open stock discrepancies: "
                                                               "DIAM100")
    inv = reconciliation.investigate(d.reg, d.pharmacist, found[0].id)
    assert dose.entry_ids[0] in [e.id for e in inv.day_entries]
    with pytest.raises(PermissionDenied):
        reconciliation.resolve_explained(d.reg, d.nurse, d.nurse2, found[0].id, "x",
                                         dose.entry_ids[0], quantity_out=1)
    fixed = reconciliation.resolve_explained(
        d.reg, d.pharmacist, d.nurse, found[0].id,
        "Three ampoules opened for the dose, two recorded", dose.entry_ids[0], quantity_out=1)
    assert fixed.status.value == "explained" and fixed.correction_entry_id
    assert register_store.balance(d.reg.db, d.diam100.id) == 47
    with pytest.raises(Refused, match="already resolved"):
        reconciliation.resolve_unexplained(d.reg, d.pharmacist, found[0].id, "x", "AO",
                                           d.reg.today(), "R1")
    assert reconciliation.alerts(d.reg, d.nurse) == []
    assert verify.verify_register(d.reg, d.manager).ok
    rows = reconciliation.rows_between(d.reg, d.manager, d.reg.today(), d.reg.today())
    assert [(r.section_code, r.status) for r in rows] == [("DIAM100", "explained"),
                                                          ("DIAM500", "matched")]


def test_unexplained_needs_the_report_details(world):
    d = world
    rec, found = reconciliation.submit_count(d.reg, d.pharmacist, d.reg.today(),
                                             _counts(d, DIAM500=18))
    with pytest.raises(InvalidInput, match="Accountable Officer"):
        reconciliation.resolve_unexplained(d.reg, d.pharmacist, found[0].id,
                                           "Searched all pages", "", d.reg.today(), "R1")
    done = reconciliation.resolve_unexplained(d.reg, d.pharmacist, found[0].id,
                                              "Searched all pages", "Dr Ada Officer",
                                              d.reg.today(), "CDAO-2026-014")
    assert done.status.value == "unexplained" and done.report_reference == "CDAO-2026-014"


def test_count_refusals(world):
    d = world
    counts = _counts(d)
    first = next(iter(counts))
    with pytest.raises(InvalidInput, match="Enter the count for"):
        reconciliation.submit_count(d.reg, d.pharmacist, d.reg.today(),
                                    {k: v for k, v in counts.items() if k != first})
    with pytest.raises(InvalidInput, match="cannot be negative"):
        reconciliation.submit_count(d.reg, d.pharmacist, d.reg.today(),
                                    {**counts, first: "-1"})
    with pytest.raises(PermissionDenied):
        reconciliation.submit_count(d.reg, d.nurse, d.reg.today(), counts)
    with pytest.raises(InvalidInput, match="future"):
        reconciliation.submit_count(d.reg, d.pharmacist,
                                    d.reg.today() + timedelta(days=1), counts)


def test_overdue_banner_and_expired_batch(world, clock):
    d = world
    clock.advance(timedelta(days=1))
    assert reconciliation.alerts(d.reg, d.nurse) == ["Reconciliation overdue for 02/03/2026."]
    register.receive(d.reg, d.pharmacist, d.nurse, d.diam500.id, register.Receipt(
        2, "Alliance", "Stockton", "OLD1", d.reg.today() + timedelta(days=3)))
    clock.advance(timedelta(days=5))
    stock = {s.section.code: s for s in overview(d.reg, d.nurse)}
    assert any("OLD1 EXPIRED" in w for w in stock["DIAM500"].warnings)
    assert stock["DIAM500"].balance == 22  # expired stock stays in the balance
    assert len(stock["DIAM500"].history) == 30
    s = summary(d.reg, d.pharmacist, d.reg.today())
    assert {x.section.code for x in s.sections} == {"DIAM100", "DIAM500"}
