"""A check for every witnessed or signed step (issue 12): a dose, a withholding, a manager's
override, a receipt, a return, a destruction, an opening balance, a correction, a
reconciliation sign-off, a discrepancy's resolution, a prescription, a hold review and a
new register. Each check applies the same rules with the same words as the write and
writes nothing; each write runs the same check inside its transaction. So whatever a
write refuses for a reason knowable before the witness signs, the check refused first —
including the day rules: a late entry without its reason (a dose on a closed day too)."""

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from hat_desktop.domain.attendance import HoldDecision
from hat_desktop.domain.dosing import WithholdReason
from hat_desktop.domain.errors import Refused
from hat_desktop.domain.prescriptions import PrescriptionInput
from hat_desktop.domain.register import EntryKind
from hat_desktop.services import (
    day_close,
    dosing,
    holds,
    prescriptions,
    reconciliation,
    register,
    register_setup,
)
from hat_desktop.store import register as register_store
from hat_desktop.store.connection import register_exists
from tests.raw_register import snapshot
from tests.world import FIRST_END, World, destruction, dose_request, new_register, receipt


def refused_alike(d: World, check: Callable[[], Any], write: Callable[[], Any]) -> str:
    """The check and the write refuse with the same words, and neither writes anything."""
    before = snapshot(d.reg.db)
    with pytest.raises(Refused) as by_check:
        check()
    assert snapshot(d.reg.db) == before, "a check wrote something"
    with pytest.raises(Refused) as by_write:
        write()
    assert snapshot(d.reg.db) == before, "a refused write wrote something"
    assert str(by_write.value) == str(by_check.value)
    return str(by_check.value)


def checked_then_written(d: World, check: Callable[[], Any], write: Callable[[], Any]
                         ) -> tuple[Any, Any]:
    before = snapshot(d.reg.db)
    checked = check()
    assert snapshot(d.reg.db) == before, "a check wrote something"
    return checked, write()


def count_of_the_day(d: World) -> int:
    """Today's count, matching the register: its reconciliation id."""
    counts = {(line.section_id, line.batch): next(
        (b.balance for b in register_store.batches(d.reg.db, line.section_id)
         if b.batch == line.batch), 0) for line in reconciliation.count_sheet(d.reg, d.pharmacist)}
    rec, _ = reconciliation.submit_count(d.reg, d.pharmacist, d.reg.today(), counts)
    return rec.id


# --- the register's entries ----------------------------------------------------------------------
def test_a_receipt_is_checked_as_it_will_be_written(world: World) -> None:
    d, sid = world, world.diam100.id

    def both(r: register.Receipt) -> str:
        return refused_alike(d, lambda: register.check_receipt(d.reg, d.pharmacist, sid, r),
                             lambda: register.receive(d.reg, d.pharmacist, d.nurse, sid, r))

    assert both(receipt("2.5")) == ("The quantity received must be a whole number, not a "
                                    "fraction.")
    assert both(receipt(10, expiry=None)) == "Enter the batch's expiry date."
    assert both(receipt(10, expiry=d.reg.today() - timedelta(days=1))).startswith(
        "Batch AB123 expired on 01/03/2026")
    yesterday = d.reg.now() - timedelta(days=1)
    assert both(receipt(10, occurred_at=yesterday)) == (
        "This entry is for 01/03/2026, before today: a late entry needs a reason, which is "
        "kept and printed.")
    draft, entry = checked_then_written(
        d, lambda: register.check_receipt(d.reg, d.pharmacist, sid, receipt(
            10, occurred_at=yesterday, late_reason="Delivered after the pharmacist left")),
        lambda: register.receive(d.reg, d.pharmacist, d.nurse, sid, receipt(
            10, occurred_at=yesterday, late_reason="Delivered after the pharmacist left")))
    assert (draft.kind, draft.balance, draft.batch, draft.late_reason) == (
        entry.kind, entry.balance, entry.batch, entry.late_reason) == (
        EntryKind.RECEIPT, 60, "AB123", "Delivered after the pharmacist left")


def test_returns_destructions_openings_and_corrections_are_checked_alike(world) -> None:
    d, sid = world, world.diam100.id
    back = register.Return(60, "D100A", "Alliance Healthcare", "Unit 4, Stockton", "Recalled")
    assert refused_alike(
        d, lambda: register.check_return(d.reg, d.pharmacist, sid, back),
        lambda: register.return_to_supplier(d.reg, d.pharmacist, d.nurse, sid, back),
    ) == ("This would take the balance of DIAM100 below zero: the register holds 50 "
          "ampoules, and 60 ampoules would leave.")
    gone = destruction(1, batch="NOPE1")
    assert refused_alike(
        d, lambda: register.check_destruction(d.reg, d.pharmacist, sid, gone),
        lambda: register.destroy(d.reg, d.pharmacist, sid, gone),
    ) == "There is no batch NOPE1 in section DIAM100."
    assert refused_alike(
        d, lambda: register.check_opening(d.reg, d.pharmacist, sid, 5),
        lambda: register.record_opening(d.reg, d.pharmacist, d.nurse, sid, 5),
    ).startswith("Section DIAM100 already has entries: an opening balance can only be")
    first = register_store.last_entry(d.reg.db, sid)
    assert first is not None
    assert refused_alike(
        d, lambda: register.check_correction(d.reg, d.pharmacist, first.id, "Mistyped",
                                             quantity_in=1, quantity_out=1),
        lambda: register.correct(d.reg, d.pharmacist, d.nurse, first.id, "Mistyped",
                                 quantity_in=1, quantity_out=1),
    ) == "A correction either adds to the balance or takes from it, not both."
    draft, fix = checked_then_written(
        d, lambda: register.check_correction(d.reg, d.pharmacist, first.id, "Mistyped",
                                             quantity_out=2),
        lambda: register.correct(d.reg, d.pharmacist, d.nurse, first.id, "Mistyped",
                                 quantity_out=2))
    assert draft.balance == fix.balance == 48 and draft.corrects == first


def test_a_correction_after_the_close_needs_the_late_reason_before_anyone_signs(world) -> None:
    d = world
    reconciliation.sign_off(d.reg, d.pharmacist, d.nurse, count_of_the_day(d))
    day_close.close_day(d.reg, d.pharmacist, d.reg.today(), confirmed=True)
    first, marker = (view.entry for view in register.entries(d.reg, d.pharmacist,
                                                             d.diam100.id))
    assert (first.kind, marker.kind) == (EntryKind.RECEIPT, EntryKind.STOCK_CHECK)
    assert refused_alike(
        d, lambda: register.check_correction(d.reg, d.pharmacist, first.id, "Typo"),
        lambda: register.correct(d.reg, d.pharmacist, d.nurse, first.id, "Typo"),
    ) == ("This entry is for a day that has already been closed: a late entry needs a "
          "reason, which is kept and printed.")


# --- dosing ------------------------------------------------------------------------------
def test_a_dose_is_checked_as_it_will_be_written(world: World) -> None:
    d, pid = world, world.patient.id
    dosing.check_in(d.reg, d.nurse, pid, identity_confirmed=True)

    def both(request: dosing.DoseRequest) -> str:
        return refused_alike(d, lambda: dosing.check_dose(d.reg, d.nurse, pid, request),
                             lambda: dosing.administer(d.reg, d.nurse, d.nurse2, pid, request))

    assert both(dose_request(200, [(d.diam100.id, 2)])) == (
        "Dose 200 mg is above the prescribed 180 mg for this session.")
    assert both(dose_request(180, [])) == "Enter the ampoules opened for this dose."
    assert both(dose_request(180, [(d.diam100.id, 3)])).startswith("Too many opened")
    assert both(dose_request(180, [(d.diam100.id, 2)], sedation_score=3)).startswith(
        "The assessment is at or above the withhold threshold")
    assert both(dose_request(180, [(d.diam100.id, 1), (d.diam100.id, 1)])) == (
        "The ampoules opened of DIAM100 are entered twice.")
    checked, result = checked_then_written(
        d, lambda: dosing.check_dose(d.reg, d.nurse, pid, dose_request(180, [(d.diam100.id, 2)])),
        lambda: dosing.administer(d.reg, d.nurse, d.nurse2, pid,
                                  dose_request(180, [(d.diam100.id, 2)])))
    assert (checked.plan.mg_administered, checked.plan.mg_wasted) == (
        result.mg_administered, result.mg_wasted) == (180, 20)
    assert [e.batch for e in checked.entries] == ["D100A"]
    written = register_store.entry_by_id(d.reg.db, result.entry_ids[0])
    assert written is not None and written.balance == checked.entries[0].balance == 48


def test_a_dose_on_a_closed_day_asks_for_the_late_reason_before_anything_is_signed(world
                                                                                   ) -> None:
    """A day closed early: a dose dated on it is a late entry. The card says so, and the
    check refuses a dose without the reason with the register's own words — before the
    witness signs (it used to be found only when the dose was written)."""
    d, pid = world, world.patient.id
    dosing.check_in(d.reg, d.nurse, pid, identity_confirmed=True)
    reconciliation.sign_off(d.reg, d.pharmacist, d.nurse, count_of_the_day(d))
    day_close.close_day(d.reg, d.pharmacist, d.reg.today(), confirmed=True)
    card = dosing.card(d.reg, d.nurse, pid)
    assert card.refusal is None and card.late_entry
    request = dose_request(180, [(d.diam100.id, 2)])
    assert refused_alike(d, lambda: dosing.check_dose(d.reg, d.nurse, pid, request),
                         lambda: dosing.administer(d.reg, d.nurse, d.nurse2, pid, request)
                         ) == ("This entry is for a day that has already been closed: a late "
                               "entry needs a reason, which is kept and printed.")
    late = dose_request(180, [(d.diam100.id, 2)], late_reason="Day closed by mistake at 10:00")
    checked, result = checked_then_written(
        d, lambda: dosing.check_dose(d.reg, d.nurse, pid, late),
        lambda: dosing.administer(d.reg, d.nurse, d.nurse2, pid, late))
    entry = register_store.entry_by_id(d.reg.db, result.entry_ids[0])
    assert entry is not None
    assert entry.late_reason == checked.entries[0].late_reason == (
        "Day closed by mistake at 10:00")


def test_a_withholding_and_an_override_are_checked_as_they_will_be_written(world) -> None:
    d, pid = world, world.patient.id
    dosing.check_in(d.reg, d.nurse, pid, identity_confirmed=True)
    assert refused_alike(
        d, lambda: dosing.check_withhold(d.reg, d.nurse, pid, None, "", 2, 0),
        lambda: dosing.withhold(d.reg, d.nurse, pid, None, "", 2, 0),
    ) == "Choose the reason for withholding the dose."
    assert refused_alike(
        d, lambda: dosing.check_withhold(d.reg, d.nurse, pid, WithholdReason.OTHER, "", 2, 0),
        lambda: dosing.withhold(d.reg, d.nurse, pid, WithholdReason.OTHER, "", 2, 0),
    ) == "Enter the note on why the dose is withheld."
    assert refused_alike(
        d, lambda: dosing.check_override(d.reg, d.nurse, "Bus late", 3),
        lambda: dosing.authorise_override(d.reg, d.nurse, d.manager, "Bus late", 3),
    ) == "There is no session 3 today."
    assert refused_alike(
        d, lambda: dosing.check_override(d.reg, d.nurse, "  ", 1),
        lambda: dosing.authorise_override(d.reg, d.nurse, d.manager, "  ", 1),
    ) == "Enter the reason for dosing outside the session window."
    assert dosing.check_override(d.reg, d.nurse, " Bus late ", 1) == "Bus late"


# --- reconciliation ----------------------------------------------------------------------
def test_a_sign_off_is_checked_and_a_late_one_gets_its_reason(world, clock) -> None:
    """A count of an overdue day signed off after today's own count closed today: its
    stock-check markers are late entries, and say why (they used to be refused, after the
    witness had signed)."""
    d = world
    clock.advance(timedelta(days=1))  # Tuesday: Monday was never counted
    monday = d.reg.today() - timedelta(days=1)
    counts = {(line.section_id, line.batch): next(
        (b.balance for b in register_store.batches(d.reg.db, line.section_id)
         if b.batch == line.batch), 0) for line in reconciliation.count_sheet(d.reg, d.pharmacist)}
    late, _ = reconciliation.submit_count(d.reg, d.pharmacist, monday, counts)
    reconciliation.sign_off(d.reg, d.pharmacist, d.nurse, count_of_the_day(d))
    day_close.close_day(d.reg, d.pharmacist, d.reg.today(), confirmed=True)
    checked, signed = checked_then_written(
        d, lambda: reconciliation.check_sign_off(d.reg, d.pharmacist, late.id),
        lambda: reconciliation.sign_off(d.reg, d.pharmacist, d.nurse, late.id))
    assert signed.signed
    marker = register_store.last_entry(d.reg.db, d.diam100.id)
    assert marker is not None and marker.kind is EntryKind.STOCK_CHECK
    assert marker.late_reason == checked.markers[0].late_reason == (
        "Stock check of 02/03/2026, signed off after the register for 03/03/2026 was closed.")
    assert refused_alike(
        d, lambda: reconciliation.check_sign_off(d.reg, d.pharmacist, late.id),
        lambda: reconciliation.sign_off(d.reg, d.pharmacist, d.nurse, late.id),
    ) == "The count of 02/03/2026 is already signed off."


def test_a_discrepancy_resolution_is_checked_as_it_will_be_written(world) -> None:
    d = world
    dosing.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    dose = dosing.administer(d.reg, d.nurse, d.nurse2, d.patient.id,
                             dose_request(180, [(d.diam100.id, 2)]))
    entry_id = dose.entry_ids[0]
    counts = {(line.section_id, line.batch): next(
        (b.balance for b in register_store.batches(d.reg.db, line.section_id)
         if b.batch == line.batch), 0) - (line.batch == "D100A")
        for line in reconciliation.count_sheet(d.reg, d.pharmacist)}
    rec, (found,) = reconciliation.submit_count(d.reg, d.pharmacist, d.reg.today(), counts)
    reconciliation.sign_off(d.reg, d.pharmacist, d.nurse, rec.id)
    day_close.close_day(d.reg, d.pharmacist, d.reg.today(), confirmed=True)
    assert refused_alike(
        d, lambda: reconciliation.check_resolve_explained(
            d.reg, d.pharmacist, found.id, "Broken ampoule", None, quantity_out=1),
        lambda: reconciliation.resolve_explained(
            d.reg, d.pharmacist, d.nurse, found.id, "Broken ampoule", None, quantity_out=1),
    ) == "Choose the entry at fault in section DIAM100."
    assert refused_alike(
        d, lambda: reconciliation.check_resolve_explained(
            d.reg, d.pharmacist, found.id, "", entry_id, quantity_out=1),
        lambda: reconciliation.resolve_explained(
            d.reg, d.pharmacist, d.nurse, found.id, "", entry_id, quantity_out=1),
    ) == "Enter the explanation of the discrepancy."
    checked, resolved = checked_then_written(
        d, lambda: reconciliation.check_resolve_explained(
            d.reg, d.pharmacist, found.id, "Broken ampoule", entry_id, quantity_out=1),
        lambda: reconciliation.resolve_explained(
            d.reg, d.pharmacist, d.nurse, found.id, "Broken ampoule", entry_id,
            quantity_out=1))
    fix = register_store.entry_by_id(d.reg.db, resolved.correction_entry_id)
    assert fix is not None and checked.correction is not None
    assert (fix.balance, fix.late_reason) == (checked.correction.balance,
                                              checked.correction.late_reason)
    assert fix.late_reason == "Correction after the stock count of 02/03/2026"
    assert refused_alike(
        d, lambda: reconciliation.check_resolve_unexplained(
            d.reg, d.pharmacist, found.id, "Searched", "Dr Ada", d.reg.today(), "R-1"),
        lambda: reconciliation.resolve_unexplained(
            d.reg, d.pharmacist, found.id, "Searched", "Dr Ada", d.reg.today(), "R-1"),
    ).endswith("is already resolved (explained).")


# --- prescriptions and holds -------------------------------------------------------------
def test_a_prescription_and_a_hold_review_are_checked_as_they_will_be_written(world, clock):
    d, pid = world, world.patient.id
    today = d.reg.today()
    backdated = PrescriptionInput((d.diam100.id,), 150, frozenset({1, 2}),
                                  today - timedelta(days=1), today + timedelta(days=30),
                                  change_reason="Lower")
    assert refused_alike(
        d, lambda: prescriptions.check_prescription(d.reg, d.prescriber, pid, backdated),
        lambda: prescriptions.prescribe(d.reg, d.prescriber, pid, backdated),
    ) == "A prescription cannot start before today: prescriptions are never back-dated."
    assert refused_alike(
        d, lambda: holds.check_review(d.reg, d.prescriber, pid, HoldDecision.RESUME, "Well"),
        lambda: holds.review(d.reg, d.prescriber, pid, HoldDecision.RESUME, "Well"),
    ) == "HAT-0001 Sam Patient is not on hold: there is nothing to review."
    clock.advance(timedelta(days=4))  # no dose since: on hold
    assert refused_alike(
        d, lambda: holds.check_review(d.reg, d.prescriber, pid, None, "Well"),
        lambda: holds.review(d.reg, d.prescriber, pid, None, "Well"),
    ) == "Choose the decision of the review."
    same = PrescriptionInput((d.diam100.id, d.diam500.id), 180, frozenset({1, 2}),
                             d.reg.today(), FIRST_END,
                             change_reason="Re-titration")
    assert refused_alike(
        d, lambda: holds.check_review(d.reg, d.prescriber, pid, HoldDecision.REDUCED, "Seen",
                                      same),
        lambda: holds.review(d.reg, d.prescriber, pid, HoldDecision.REDUCED, "Seen", same),
    ) == "A re-titration dose must be lower than the previous 180 mg."
    lower = PrescriptionInput((d.diam100.id, d.diam500.id), 120, frozenset({1, 2}),
                              d.reg.today(), FIRST_END,
                              change_reason="Re-titration")
    checked, written = checked_then_written(
        d, lambda: holds.check_review(d.reg, d.prescriber, pid, HoldDecision.REDUCED, "Seen",
                                      lower),
        lambda: holds.review(d.reg, d.prescriber, pid, HoldDecision.REDUCED, "Seen", lower))
    assert checked.prescription is not None and checked.prescription.previous is not None
    assert written.prescription_id is not None
    assert prescriptions.versions(d.reg, d.prescriber, pid)[-1].dose_mg == 120


# --- a new register ------------------------------------------------------------------------
def test_a_new_register_is_checked_whole_before_anything_is_created(tmp_path: Path) -> None:
    data = tmp_path / "data"
    sheet = tmp_path / "sheet.pdf"
    for spec, where, message in (
        (new_register(clinic_name=""), sheet, "Enter the clinic name."),
        (new_register(timezone="Mars/Olympus"), sheet,
         "'Mars/Olympus' is not a time zone this computer knows."),
        (new_register(admin_password="short"), sheet,
         "The password must be at least 10 characters long."),
        (new_register(), None, "Choose where to save the recovery sheet."),
        (new_register(), data / "sheet.pdf",
         "Save the recovery sheet outside the register's data folder: it must not be kept "
         "next to the register it unlocks."),
        (new_register(key_mode=register_setup.KeyMode.PASSPHRASE, passphrase="too short"),
         sheet, "The register passphrase must be at least 12 characters long."),
    ):
        with pytest.raises(Refused) as by_check:
            register_setup.check_new_register(data, spec, where)
        assert str(by_check.value) == message
        assert not data.exists() and not sheet.exists()
    checked = register_setup.check_new_register(data, new_register(), sheet)
    assert checked.settings.clinic_name == "Teesside HAT Clinic"
    assert not data.exists() and not sheet.exists()
    assert not register_exists(data)
