"""The register's entry kinds and refusals, through the services, on a real register."""

from datetime import date, timedelta

import pytest
import sqlcipher3
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hat_desktop.domain.errors import InvalidInput, PermissionDenied, Refused
from hat_desktop.domain.register import PRESETS, EntryKind
from hat_desktop.domain.roles import Role
from hat_desktop.services import register, verify
from hat_desktop.store import register as store

TODAY = date(2026, 3, 2)


@pytest.fixture
def staff(make_user):
    return {
        "pharmacist": make_user(Role.PHARMACIST, "phil", "Phil Pharmacist"),
        "nurse": make_user(Role.NURSE, "nina", "Nina Nurse"),
        "inspector": make_user(Role.INSPECTOR, "ian", "Ian Inspector"),
    }


@pytest.fixture
def diam(reg, manager):
    return register.create_section(reg, manager, PRESETS[0])


def receipt(quantity=20, **kw):
    values = dict(quantity=quantity, supplier_name="Alliance Healthcare",
                  supplier_address="Unit 4, Stockton TS18 3TX", batch="AB123",
                  expiry=TODAY + timedelta(days=300), reference="INV-0042")
    values.update(kw)
    return register.Receipt(**values)


def test_receipt_then_correction_keeps_original_and_fixes_balance(reg, staff, diam):
    ph, nurse = staff["pharmacist"], staff["nurse"]
    entry = register.receive(reg, ph, nurse, diam.id, receipt(quantity=200))
    assert (entry.kind, entry.quantity_in, entry.balance) == (EntryKind.RECEIPT, 200, 200)
    assert entry.details["supplier_name"] == "Alliance Healthcare"
    assert entry.witness_name == "Nina Nurse (nurse)"
    original = reg.db.one("SELECT * FROM register_entries WHERE id = ?", (entry.id,))
    fix = register.correct(reg, ph, nurse, entry.id, "Mistyped: 20 ampoules were received.",
                           quantity_out=180)
    assert fix.corrects_entry_id == entry.id and fix.balance == 20
    assert tuple(reg.db.one("SELECT * FROM register_entries WHERE id = ?",
                            (entry.id,))) == tuple(original)
    views = register.entries(reg, ph, diam.id)
    assert [v.entry.id for v in views][:1] == [entry.id]
    assert views[0].corrections[0].details["reason"].startswith("Mistyped")
    assert verify.verify_register(reg, ph).ok


@pytest.mark.parametrize(
    ("quantity", "message"),
    [
        (0, "cannot be zero"),
        (-5, "cannot be negative"),
        ("2.5", "not a fraction"),
        ("ten", "digits only"),
        (10_000_000, "not believable"),
        (2.0, "whole number"),
    ],
)
def test_bad_quantities_are_refused_and_nothing_written(reg, staff, diam, quantity, message):
    with pytest.raises(InvalidInput, match=message):
        register.receive(reg, staff["pharmacist"], staff["nurse"], diam.id,
                         receipt(quantity=quantity))
    assert store.entry_count(reg.db, diam.id) == 0


def test_refusals(reg, clock, staff, diam, manager):
    ph, nurse = staff["pharmacist"], staff["nurse"]
    with pytest.raises(InvalidInput, match="supplier's name"):
        register.receive(reg, ph, nurse, diam.id, receipt(supplier_name=" "))
    with pytest.raises(Refused, match="witness your own"):
        register.receive(reg, ph, ph, diam.id, receipt())
    with pytest.raises(InvalidInput, match="in the future"):
        register.receive(reg, ph, nurse, diam.id,
                         receipt(occurred_at=clock.now() + timedelta(days=1)))
    with pytest.raises(InvalidInput, match="late entry needs a reason"):
        register.receive(reg, ph, nurse, diam.id,
                         receipt(occurred_at=clock.now() - timedelta(days=2)))
    with pytest.raises(PermissionDenied, match=r"nurse\) may not record stock"):
        register.receive(reg, nurse, ph, diam.id, receipt())
    with pytest.raises(PermissionDenied):
        register.receive(reg, staff["inspector"], ph, diam.id, receipt())
    entry = register.receive(reg, ph, nurse, diam.id, receipt(quantity=5))
    with pytest.raises(Refused, match="below zero"):
        register.destroy(reg, ph, diam.id, register.Destruction(
            6, "", "Damaged", "Dee Witness", "CD Accountable Officer", "AO-1",
            method="Denaturing kit"))
    with pytest.raises(InvalidInput, match="authorised witness"):
        register.destroy(reg, ph, diam.id, register.Destruction(1, "AB123", "Damaged", "", "",
                                                                "", method="Kit"))
    fix = register.correct(reg, ph, nurse, entry.id, "Wrong invoice number noted")
    with pytest.raises(Refused, match="cannot itself be corrected"):
        register.correct(reg, ph, nurse, fix.id, "again")
    with pytest.raises(Refused, match="opening balance can only be"):
        register.record_opening(reg, ph, nurse, diam.id, 3)
    other = register.create_section(reg, manager, PRESETS[1])
    register.close_section(reg, manager, other.id, "No longer stocked")
    with pytest.raises(Refused, match="closed to new entries"):
        register.receive(reg, ph, nurse, other.id, receipt(batch="ZZ1"))
    assert store.entry_count(reg.db, diam.id) == 2
    assert verify.verify_register(reg, ph).ok


def test_late_entry_keeps_its_reason_and_destruction_names_the_authorised_witness(
    reg, clock, staff, diam
):
    ph, nurse = staff["pharmacist"], staff["nurse"]
    late = register.receive(reg, ph, nurse, diam.id, receipt(
        occurred_at=clock.now() - timedelta(days=1), late_reason="Delivery after closing"))
    assert late.late_reason == "Delivery after closing"
    gone = register.destroy(reg, ph, diam.id, register.Destruction(
        2, "AB123", "Expired", "Dee Witness", "Police CD Liaison Officer", "CDLO-77",
        method="Denatured in a DOOP kit"))
    assert gone.balance == 18 and gone.batch == "AB123"
    assert gone.details["authorised_witness_name"] == "Dee Witness"
    assert gone.witness_id is None


def test_entries_cannot_be_updated_or_deleted_with_raw_sql(reg, staff, diam):
    entry = register.receive(reg, staff["pharmacist"], staff["nurse"], diam.id, receipt())
    with pytest.raises(sqlcipher3.IntegrityError, match="only be added to"):
        reg.db.execute("UPDATE register_entries SET quantity_in = 2 WHERE id = ?", (entry.id,))
    with pytest.raises(sqlcipher3.IntegrityError, match="only be added to"):
        reg.db.execute("DELETE FROM register_entries WHERE id = ?", (entry.id,))
    with pytest.raises(sqlcipher3.IntegrityError, match="never deleted"):
        reg.db.execute("DELETE FROM register_sections")


OPS = st.lists(
    st.tuples(st.sampled_from(["receive", "destroy", "return", "correct_in", "correct_out"]),
              st.integers(min_value=1, max_value=60)),
    min_size=1, max_size=25,
)


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=OPS)
def test_balance_never_negative_and_equals_the_sum_of_entries(reg, staff, manager, ops):
    ph, nurse = staff["pharmacist"], staff["nurse"]
    section = next((s for s in store.sections(reg.db) if s.code == "METH1"), None) \
        or register.create_section(reg, manager, PRESETS[2])
    for op, qty in ops:
        before = store.balance(reg.db, section.id)
        try:
            if op == "receive":
                register.receive(reg, ph, nurse, section.id, receipt(quantity=qty, batch="M1"))
            elif op == "destroy":
                register.destroy(reg, ph, section.id, register.Destruction(
                    qty, "M1", "Spilt", "Dee Witness", "AO", "AO-1", method="Kit"))
            elif op == "return":
                register.return_to_supplier(reg, ph, nurse, section.id, register.Return(
                    qty, "M1", "Alliance", "Stockton", "Recalled"))
            else:
                last = store.last_entry(reg.db, section.id)
                if last is None or last.kind is EntryKind.CORRECTION:
                    continue
                kw = {"quantity_in": qty} if op == "correct_in" else {"quantity_out": qty}
                register.correct(reg, ph, nurse, last.id, "property test", **kw)
        except Refused:
            assert store.balance(reg.db, section.id) == before
    rows = store.entries_in_range(reg.db, section.id)
    assert all(e.balance >= 0 for e in rows)
    assert store.balance(reg.db, section.id) == sum(e.quantity_in - e.quantity_out
                                                    for e in rows)
    assert verify.verify_register(reg, ph).ok


def test_batches_are_found_along_the_index_as_the_entries_add_up(reg, staff, diam):
    """store.batches skips from batch to batch along the inflows index (no GROUP BY over
    the section): the same batches, expiries and balances as adding up every entry, the
    stock without a batch (an opening) included, in batch order."""
    ph, nurse = staff["pharmacist"], staff["nurse"]
    register.record_opening(reg, ph, nurse, diam.id, 7, note="From the paper register")
    for batch, days, qty in (("ZZ9", 400, 5), ("AB1", 300, 20), ("M-2", 200, 3),
                             ("AB1", 300, 4)):
        register.receive(reg, ph, nurse, diam.id, receipt(qty, batch=batch,
                                                          expiry=TODAY + timedelta(days=days)))
    register.destroy(reg, ph, diam.id, register.Destruction(
        3, "M-2", "Broken ampoules", "Dee Witness", "AO", "AO-1", method="Kit"))
    expiry: dict[str | None, date | None] = {}
    held: dict[str | None, int] = {}
    for e in store.entries_in_range(reg.db, diam.id):
        held[e.batch] = held.get(e.batch, 0) + e.quantity_in - e.quantity_out
        if e.kind in (EntryKind.OPENING, EntryKind.RECEIPT):
            expiry[e.batch] = max((d for d in (expiry.get(e.batch), e.expiry) if d),
                                  default=None)
    expected = {batch: [expiry[batch], held[batch]] for batch in held}
    found = store.batches(reg.db, diam.id)
    assert [(b.batch, b.expiry, b.balance) for b in found] == [
        (None, None, 7), ("AB1", TODAY + timedelta(days=300), 24),
        ("M-2", TODAY + timedelta(days=200), 0), ("ZZ9", TODAY + timedelta(days=400), 5)]
    assert {b.batch: [b.expiry, b.balance] for b in found} == expected
    plan = " ".join(str(r[3]) for r in reg.db.all(
        "EXPLAIN QUERY PLAN SELECT min(batch) FROM register_entries INDEXED BY "
        f"register_entries_inflows WHERE {store._INFLOWS} AND batch > ?2", (diam.id, "AB1")))
    assert "USING INDEX register_entries_inflows" in plan and "SCAN" not in plan
