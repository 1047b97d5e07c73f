"""Re-assessment (issue 14.10): a withheld patient may be re-assessed later in the same
window and dosed; both assessments are kept; a dose still ends the session."""

from datetime import timedelta

import pytest

from hat_desktop.domain.attendance import EventKind
from hat_desktop.domain.dosing import WithholdReason
from hat_desktop.domain.errors import DoseRefused, InvalidInput, Refused
from hat_desktop.services import dosing, verify
from hat_desktop.store import attendance as attendance_store
from hat_desktop.store import audit
from tests.world import dose_request


def test_a_withheld_patient_is_re_assessed_in_the_same_window(world, clock):
    d, pid = world, world.patient.id
    dosing.check_in(d.reg, d.nurse, pid, identity_confirmed=True)
    dosing.withhold(d.reg, d.nurse, pid, WithholdReason.INTOXICATED, "", 2, 40,
                    "Drowsy; come back in half an hour")
    clock.advance(timedelta(minutes=35))
    card = dosing.card(d.reg, d.nurse, pid)
    assert card.refusal is None
    assert ("Re-assessment: the dose was withheld at 10:00 — Intoxicated (drugs or alcohol); "
            "that assessment is kept, this one is recorded beside it.") in card.notes
    dosing.check_in(d.reg, d.nurse, pid, identity_confirmed=True)
    dosing.administer(d.reg, d.nurse, d.nurse2, pid, dose_request(180, [(d.diam100.id, 2)]))
    events = attendance_store.events_between(d.reg.db, d.reg.today(), d.reg.today(), [pid])
    kinds = [e.kind for e in events]
    assert kinds.count(EventKind.WITHHELD) == 1 and kinds.count(EventKind.DOSED) == 1
    withheld = next(e for e in events if e.kind is EventKind.WITHHELD)
    dosed = next(e for e in events if e.kind is EventKind.DOSED)
    assert withheld.details["sedation_score"] == 2 and dosed.details["sedation_score"] == 0
    refusal = dosing.card(d.reg, d.nurse, pid).refusal
    assert refusal is not None and refusal.endswith("one dose per session.")
    with pytest.raises(DoseRefused):
        dosing.check_dose(d.reg, d.nurse, pid, dose_request(180, [(d.diam100.id, 2)]))


# --- a withholding recorded in error: a witnessed note, never an erasure ---------------------
def test_a_mistaken_withholding_is_corrected_by_a_witnessed_note_and_the_patient_dosed(
        world, clock):
    d, pid = world, world.patient.id
    dosing.check_in(d.reg, d.nurse, pid, identity_confirmed=True)
    wrong = dosing.withhold(d.reg, d.nurse, pid, WithholdReason.UNWELL, "", 0, 0)
    assert dosing.card(d.reg, d.nurse, pid).withheld == wrong
    clock.advance(timedelta(minutes=3))
    note = "Pressed Withhold instead of Record dose: the patient was well"
    with pytest.raises(Refused, match="witnessed by a second member of staff"):
        dosing.correct_withholding(d.reg, d.nurse, None, wrong.id, note)
    with pytest.raises(InvalidInput, match="Enter the note on why the withholding was recorded"):
        dosing.check_correct_withholding(d.reg, d.nurse, wrong.id, "  ")
    fix = dosing.correct_withholding(d.reg, d.nurse, d.nurse2, wrong.id, note)
    assert fix.event_id == wrong.id and fix.witness_name == "Nora Nurse (nurse)"
    with pytest.raises(Refused, match="corrected already"):
        dosing.check_correct_withholding(d.reg, d.nurse, wrong.id, note)
    card = dosing.card(d.reg, d.nurse, pid)
    assert card.withheld is None and card.refusal is None
    assert any(n.startswith("The withholding at 10:00 was recorded in error (corrected by "
                            "Nina Nurse (nurse), witnessed by Nora Nurse (nurse): Pressed")
               for n in card.notes), card.notes
    assert not any(n.startswith("Re-assessment") for n in card.notes)
    # Never erased: the withholding is still there; the dose follows in the same window.
    dosing.check_in(d.reg, d.nurse, pid, identity_confirmed=True)
    dosing.administer(d.reg, d.nurse, d.nurse2, pid, dose_request(180, [(d.diam100.id, 2)]))
    kinds = [e.kind for e in attendance_store.events_between(d.reg.db, d.reg.today(),
                                                             d.reg.today(), [pid])]
    assert kinds.count(EventKind.WITHHELD) == 1 and kinds.count(EventKind.DOSED) == 1
    assert audit.entries(d.reg.db, actions=["withholding_corrected"])[0].details["withholding"] \
        == wrong.id
    assert verify.verify_register(d.reg, d.manager).ok


def test_a_corrected_withholding_with_no_dose_is_a_missed_session(world, clock):
    d, pid = world, world.patient.id
    dosing.check_in(d.reg, d.nurse, pid, identity_confirmed=True)
    wrong = dosing.withhold(d.reg, d.nurse, pid, WithholdReason.UNWELL, "", 0, 0)
    day = d.reg.today()
    assert attendance_store.outcomes(d.reg.db, [pid], day, day)[pid]  # withheld: an outcome
    dosing.correct_withholding(d.reg, d.nurse, d.nurse2, wrong.id, "Wrong patient chosen")
    assert attendance_store.outcomes(d.reg.db, [pid], day, day)[pid] == {}
