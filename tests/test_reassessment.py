"""Re-assessment (issue 14.10): a withheld patient may be re-assessed later in the same
window and dosed; both assessments are kept; a dose still ends the session."""

from datetime import timedelta

import pytest

from hat_desktop.domain.attendance import EventKind
from hat_desktop.domain.dosing import WithholdReason
from hat_desktop.domain.errors import DoseRefused
from hat_desktop.services import dosing
from hat_desktop.store import attendance as attendance_store
from tests.world import dose_request


def test_a_withheld_patient_is_re_assessed_in_the_same_window(world, clock):
    d, pid = world, world.patient.id
    dosing.check_in(d.reg, d.nurse, pid, identity_confirmed=True)
    dosing.withhold(d.reg, d.nurse, pid, WithholdReason.INTOXICATED, "", 2, 40,
                    "Drowsy; come back in half an hour")
    clock.advance(timedelta(minutes=35))
    card = dosing.card(d.reg, d.nurse, pid)
    assert card.refusal is None
    assert ("Re-assessment: the dose was withheld at 10:00 (Intoxicated (drugs or alcohol)); "
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
