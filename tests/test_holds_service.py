"""Holds through the services on a real register: the refusal at check-in, the
prescriber's review (the only way a hold lifts), login alerts and the holds list."""

from datetime import UTC, datetime, timedelta

import pytest

from hat_desktop.domain.attendance import HoldDecision
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.episodes import EpisodeStart, ExitInput, ExitReason, ReferralSource
from hat_desktop.domain.errors import DoseRefused, InvalidInput, PermissionDenied, Refused
from hat_desktop.domain.missed_doses import FlagLevel, SessionState
from hat_desktop.domain.patients import PatientStatus
from hat_desktop.domain.prescriptions import PrescriptionInput
from hat_desktop.services import attendance, dosing, holds, outcomes, patients, prescriptions
from hat_desktop.store import audit
from tests.world import FIRST_END, dose_request

MONDAY = datetime(2026, 3, 2, tzinfo=UTC)  # GMT: clinic time is UTC in these tests


def at(days: int, hh: int, mm: int = 0) -> datetime:
    return MONDAY + timedelta(days=days, hours=hh, minutes=mm)


def _held(d, clock):
    """No dose Monday to Wednesday: on hold from Wednesday 18:00; now Thursday 09:00."""
    clock.set(at(3, 9))
    return d.patient


def _reduced(d, mg: int) -> PrescriptionInput:
    today = d.reg.today()
    return PrescriptionInput((d.diam100.id, d.diam500.id), mg, frozenset({1, 2}), today,
                             FIRST_END, change_reason="Re-titration after a hold")


def test_two_days_warn_and_the_third_day_holds(world, clock):
    clock.set(at(2, 16))  # Wednesday, session 2 open: two days without a dose so far
    card = dosing.card(world.reg, world.nurse, world.patient.id)
    assert card.flag.level is FlagLevel.WARNING and card.can_dose
    assert "check for loss of tolerance" in card.flag.message
    clock.set(at(2, 18))
    card = dosing.card(world.reg, world.nurse, world.patient.id)
    assert card.flag.level is FlagLevel.HOLD and not card.can_dose


def test_held_patient_is_refused_at_check_in_with_the_reason_and_who_may_lift_it(world, clock):
    patient = _held(world, clock)
    with pytest.raises(DoseRefused) as refused:
        dosing.check_in(world.reg, world.nurse, patient.id, identity_confirmed=True)
    message = str(refused.value)
    assert message.startswith("ON HOLD since 04/03/2026 18:00: 3 consecutive days without a "
                              "dose (02/03 missed, 03/03 missed, 04/03 missed).")
    assert "Only a prescriber can lift the hold" in message
    assert dosing.states_today(world.reg, world.nurse, patient.id) == {
        1: SessionState.ON_HOLD, 2: SessionState.ON_HOLD}


@pytest.mark.parametrize("who", ["nurse", "manager", "pharmacist"])
def test_only_a_prescriber_may_review(world, clock, who):
    patient = _held(world, clock)
    with pytest.raises(PermissionDenied, match="may not review a patient on hold"):
        holds.review(world.reg, getattr(world, who), patient.id, HoldDecision.RESUME, "Seen")
    assert attendance.assess_current(world.reg, [patient.id])[patient.id].open_hold is not None


def test_resume_review_lifts_the_hold_and_is_audited(world, clock):
    patient = _held(world, clock)
    clock.set(at(3, 9, 30))
    review = holds.review(world.reg, world.prescriber, patient.id, HoldDecision.RESUME,
                          "Seen in clinic; tolerance judged unchanged.")
    assert (review.decision, review.reviewer_name) == (HoldDecision.RESUME, "Dr Pat Prescriber")
    assert review.held_from == at(2, 18) and review.reviewed_at == at(3, 9, 30)
    entry = audit.entries(world.reg.db, actions=[AuditAction.HOLD_REVIEWED.value])[0]
    assert entry.target == "patient:HAT-0001" and entry.details["decision"] == "resume"
    assert entry.username == "drpat"
    dosing.check_in(world.reg, world.nurse, patient.id, identity_confirmed=True)
    result = dosing.administer(world.reg, world.nurse, world.nurse2, patient.id,
                               dose_request(180, [(world.diam100.id, 2)]))
    assert result.mg_administered == 180


def test_reduced_review_writes_a_lower_prescription(world, clock):
    patient = _held(world, clock)
    review = holds.review(world.reg, world.prescriber, patient.id, HoldDecision.REDUCED,
                          "Three days away: re-titrate from 90 mg.", _reduced(world, 90))
    versions = prescriptions.versions(world.reg, world.nurse, patient.id)
    assert [v.dose_mg for v in versions] == [180, 90]
    assert review.prescription_id == versions[-1].id
    card = dosing.card(world.reg, world.nurse, patient.id)
    assert card.can_dose and card.prescription.dose_mg == 90


def test_reduced_review_with_a_higher_dose_is_refused_and_writes_nothing(world, clock):
    patient = _held(world, clock)
    before = len(audit.entries(world.reg.db))
    with pytest.raises(Refused, match="must be lower than the previous 180 mg"):
        holds.review(world.reg, world.prescriber, patient.id, HoldDecision.REDUCED,
                     "Re-titrate", _reduced(world, 200))
    assert len(prescriptions.versions(world.reg, world.nurse, patient.id)) == 1
    assert len(audit.entries(world.reg.db)) == before
    assert attendance.assess_current(world.reg, [patient.id])[patient.id].open_hold is not None


def test_suspend_review_suspends_and_leaves_the_hold_open(world, clock):
    """A suspension at the hold review is no decision on the dose: the hold stays open (and
    is still there to review) until a review resumes or re-titrates."""
    patient = _held(world, clock)
    held = attendance.assess_current(world.reg, [patient.id])[patient.id].open_hold
    holds.review(world.reg, world.prescriber, patient.id, HoldDecision.SUSPEND,
                 "Admitted to hospital.")
    assert patients.get(world.reg, world.nurse, patient.id).status is PatientStatus.SUSPENDED
    still = attendance.assess_current(world.reg, [patient.id])[patient.id].open_hold
    assert held is not None and still is not None and still.held_from == held.held_from
    with pytest.raises(DoseRefused, match="is suspended"):
        dosing.check_in(world.reg, world.nurse, patient.id, identity_confirmed=True)


def test_review_without_a_hold_is_refused(world, clock):
    with pytest.raises(Refused, match="is not on hold: there is nothing to review"):
        holds.review(world.reg, world.prescriber, world.patient.id, HoldDecision.RESUME, "Fine")


def test_session_on_hold_before_a_later_review_stays_on_hold(world, clock):
    """Thursday session 1 closed while on hold; the review came at 12:00. The board and
    the next morning's alerts must still say 'on hold' for it, not 'missed'."""
    patient = _held(world, clock)
    clock.set(at(3, 12))
    holds.review(world.reg, world.prescriber, patient.id, HoldDecision.RESUME, "Seen at noon")
    thursday = world.reg.today()
    current = attendance.assess_current(world.reg, [patient.id])[patient.id]
    full = attendance.assess_full(world.reg, [patient.id])[patient.id]
    assert full.session(thursday, 1).state is SessionState.ON_HOLD
    assert current.session(thursday, 1).state is SessionState.ON_HOLD
    clock.set(at(4, 8))
    alerts = attendance.login_alerts(world.reg, world.nurse)
    assert alerts == ["Missed yesterday (05/03/2026): HAT-0001 Sam Patient (session 2)."]


def test_login_alerts_list_yesterdays_missed_sessions_and_holds(world, clock):
    second, _ = world.add_patient("HAT-0002", "Robin Second", sessions=frozenset({2}))
    dosing.check_in(world.reg, world.nurse, world.patient.id, identity_confirmed=True)
    dosing.administer(world.reg, world.nurse, world.nurse2, world.patient.id,
                      dose_request(180, [(world.diam100.id, 2)]))
    clock.set(at(1, 8))
    assert attendance.login_alerts(world.reg, world.nurse) == [
        "Missed yesterday (02/03/2026): HAT-0002 Robin Second (session 2); "
        "HAT-0001 Sam Patient (session 2)."]
    clock.set(at(3, 8))
    alerts = attendance.login_alerts(world.reg, world.nurse)
    assert alerts[-1] == ("On hold until a prescriber reviews them: HAT-0002 Robin Second.")
    assert "HAT-0001 Sam Patient (session 1); HAT-0001 Sam Patient (session 2)" in alerts[0]


def test_holds_between_returns_reviewed_and_open_holds(world, clock):
    world.add_patient("HAT-0002", "Robin Second")
    clock.set(at(3, 12))
    holds.review(world.reg, world.prescriber, world.patient.id, HoldDecision.RESUME, "Seen")
    clock.set(at(4, 9))
    found = holds.holds_between(world.reg, world.manager, at(0, 0).date(), at(4, 0).date())
    assert [(r.clinic_number, r.held_from) for r in found] == [
        ("HAT-0001", at(2, 18)), ("HAT-0002", at(2, 18))]
    reviewed, still_open = found
    assert reviewed.review is not None and reviewed.review.reviewed_at == at(3, 12)
    assert reviewed.review.reviewer_name == "Dr Pat Prescriber"
    assert reviewed.days == tuple(at(i, 0).date() for i in range(3))
    assert still_open.review is None and still_open.patient_name == "Robin Second"
    assert holds.holds_between(world.reg, world.manager, at(3, 0).date(), at(4, 0).date()) == []


def test_a_dose_on_the_review_day_does_not_turn_the_held_morning_into_a_miss(world, clock):
    """Hold open overnight, reviewed at 12:00, dosed at 16:00: the morning session stays
    'on hold' (the scan must not start on that dose day)."""
    from hat_desktop.domain.attendance import HoldDecision
    from hat_desktop.domain.missed_doses import SessionState
    from hat_desktop.services import attendance, dosing, holds
    from tests.world import dose_request

    d = world
    clock.advance(timedelta(days=3, hours=2))  # Thursday 12:00; Mon-Wed without a dose
    holds.review(d.reg, d.prescriber, d.patient.id, HoldDecision.RESUME, "Seen, well.")
    clock.advance(timedelta(hours=4))  # 16:00, session 2
    dosing.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    dosing.administer(d.reg, d.nurse, d.nurse2, d.patient.id,
                      dose_request(180, [(d.diam500.id, 1)]))
    today = d.reg.today()
    fast = attendance.assess_current(d.reg, [d.patient.id])[d.patient.id]
    full = attendance.assess_full(d.reg, [d.patient.id])[d.patient.id]
    states = {s.window.number: s.state for a in (fast,) for day in a.days if day.day == today
              for s in day.sessions}
    assert states == {1: SessionState.ON_HOLD, 2: SessionState.DOSED}
    assert [(s.window.number, s.state) for day in full.days if day.day == today
            for s in day.sessions] == sorted(states.items())


def test_a_discharge_review_of_a_patient_in_treatment_records_the_episode_exit(world, clock):
    """The hold review's discharge follows the status buttons' rule: a patient in a treatment
    episode is discharged by recording its end (date and coded reason), in the same step."""
    patient = _held(world, clock)
    reg, prescriber = world.reg, world.prescriber
    today = reg.today()
    outcomes.start_episode(reg, world.nurse, patient.id, EpisodeStart(
        ReferralSource.GP, today - timedelta(days=40), None, today - timedelta(days=30)))
    before = len(audit.entries(reg.db))
    with pytest.raises(Refused, match="record the end of treatment, with its date and reason"):
        holds.review(reg, prescriber, patient.id, HoldDecision.DISCHARGE, "Not seen for days.")
    with pytest.raises(InvalidInput, match="Choose the reason treatment ended"):
        holds.check_review(reg, prescriber, patient.id, HoldDecision.DISCHARGE, "Gone.",
                           ended=ExitInput(today, None))
    with pytest.raises(InvalidInput, match="Only a discharge records the end of treatment"):
        holds.review(reg, prescriber, patient.id, HoldDecision.RESUME, "Seen.",
                     ended=ExitInput(today, ExitReason.MOVED_AWAY))
    with pytest.raises(InvalidInput, match="is in the future"):
        holds.review(reg, prescriber, patient.id, HoldDecision.DISCHARGE, "Gone.",
                     ended=ExitInput(today + timedelta(days=1), ExitReason.MOVED_AWAY))
    assert len(audit.entries(reg.db)) == before  # nothing written
    holds.review(reg, prescriber, patient.id, HoldDecision.DISCHARGE, "Moved to Leeds.",
                 ended=ExitInput(today - timedelta(days=2), ExitReason.MOVED_AWAY))
    assert patients.get(reg, world.nurse, patient.id).status is PatientStatus.DISCHARGED
    (episode,) = outcomes.episodes(reg, prescriber, patient.id)
    assert episode.exit is not None and episode.exit.reason is ExitReason.MOVED_AWAY
    assert episode.exit.exit_date == today - timedelta(days=2)
    # the hold waits for a re-admission: no dose before a prescriber reviews it then
    assert attendance.assess_current(reg, [patient.id])[patient.id].open_hold is not None
    actions = [e.action for e in audit.entries(reg.db)]
    assert actions.count(AuditAction.EPISODE_ENDED) == actions.count(
        AuditAction.HOLD_REVIEWED) == 1
