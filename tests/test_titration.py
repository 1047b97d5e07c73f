"""Titration plans: the schedule from the starting dose to the target, checked by the
prescriber's rules, versioned, applied to each day's dose at check-in, with the interval
between doses; stopped only as a new version."""

from datetime import UTC, date, datetime, timedelta

import pytest

from hat_desktop.domain.absences import AbsenceReason
from hat_desktop.domain.attendance import HoldDecision
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.errors import DoseRefused, InvalidInput, PermissionDenied, Refused
from hat_desktop.domain.prescriptions import PrescriptionInput
from hat_desktop.domain.titration import StepUnit, TitrationInput, schedule
from hat_desktop.services import absences, dosing, holds, titration
from hat_desktop.store import audit
from tests.raw_register import snapshot
from tests.world import dose_request

MONDAY = datetime(2026, 3, 2, tzinfo=UTC)  # GMT: clinic time is UTC in these tests


def at(days: int, hh: int, mm: int = 0) -> datetime:
    return MONDAY + timedelta(days=days, hours=hh, minutes=mm)


def plan(d, **kw) -> TitrationInput:
    values = dict(section_id=d.diam100.id, start_date=d.reg.today(), start_mg=60, step_mg=40,
                  step_unit=StepUnit.DAY, target_mg=180, ceiling_mg=360, top_up_mg=0,
                  min_hours_between=3, notes="", change_reason="")
    values.update(kw)
    return TitrationInput(**values)  # type: ignore[arg-type]


def test_the_schedule_steps_by_day_or_by_session_up_to_the_target():
    assert schedule(60, 40, StepUnit.DAY, 180, 2) == ((60, 60), (100, 100), (140, 140),
                                                        (180, 180))
    assert schedule(30, 30, StepUnit.SESSION, 120, 2) == ((30, 60), (90, 120))
    assert schedule(30, 50, StepUnit.SESSION, 120, 2) == ((30, 80), (120, 120))
    assert schedule(50, 100, StepUnit.DAY, 120, 1) == ((50,), (120,))


def test_a_plan_sets_each_days_dose_and_the_card_says_which_day(world, clock):
    d = world
    written = titration.write_plan(d.reg, d.prescriber, d.patient.id, plan(d, top_up_mg=40))
    assert (written.version, written.days, written.doses[2]) == (1, 4, (140, 140))
    assert written.summary == ("From 60 mg, up 40 mg each day to 180 mg (4 days from "
                               "02/03/2026); at most 360 mg a day; a top-up of up to 40 mg after "
                               "observation; doses at least 3 hours apart")
    entry = audit.entries(d.reg.db, actions=[AuditAction.TITRATION_PLAN.value])[0]
    assert entry.username == "drpat" and entry.details["days"] == 4
    card = dosing.card(d.reg, d.nurse, d.patient.id)
    assert card.notes[0] == ("Titration day 1 of 4: 60 mg + top-up up to 40 mg (plan version 1, "
                             "Dr Pat Prescriber).")
    assert card.prescription is not None and card.prescription.dose_mg == 60
    dosing.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    with pytest.raises(DoseRefused, match="above the prescribed 60 mg"):
        dosing.check_dose(d.reg, d.nurse, d.patient.id, dose_request(100, [(d.diam100.id, 1)]))
    dosing.administer(d.reg, d.nurse, d.nurse2, d.patient.id,
                      dose_request(60, [(d.diam100.id, 1)]))
    clock.set(at(2, 9))  # day 3
    card = dosing.card(d.reg, d.nurse, d.patient.id)
    assert card.notes[0].startswith("Titration day 3 of 4: 140 mg")
    clock.set(at(4, 9))  # after the plan: the prescription's dose again
    card = dosing.card(d.reg, d.nurse, d.patient.id)
    assert card.prescription.dose_mg == 180 and not any("Titration" in n for n in card.notes)


def test_doses_closer_than_the_plans_interval_are_refused(world, clock):
    d = world
    titration.write_plan(d.reg, d.prescriber, d.patient.id, plan(d, min_hours_between=6))
    dosing.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    dosing.administer(d.reg, d.nurse, d.nurse2, d.patient.id,
                      dose_request(60, [(d.diam100.id, 1)]))  # 10:00
    clock.set(at(0, 15, 45))
    card = dosing.card(d.reg, d.nurse, d.patient.id)
    assert card.refusal == ("Titration plan: doses at least 6 hours apart. The last was at "
                            "10:00, so the next may be given from 16:00.")
    clock.set(at(0, 16))
    assert dosing.card(d.reg, d.nurse, d.patient.id).can_dose


@pytest.mark.parametrize(("kw", "words"), [
    (dict(section_id=None), "Choose the product the plan is for."),
    (dict(start_date=None), "Give the first day of the plan."),
    (dict(start_date=date(2026, 3, 1)), "cannot start before today"),
    (dict(step_unit=None), "each day or each session"),
    (dict(start_mg="sixty"), "starting dose must be a whole number"),
    (dict(step_mg=0), "step cannot be zero"),
    (dict(target_mg=160), "The target must be the prescription's dose of 180 mg"),
    (dict(start_mg=200), "must be above the starting dose"),
    (dict(ceiling_mg=300, top_up_mg=40),
     "reaches 360 mg with its top-ups, above the daily ceiling of 300 mg"),
    (dict(ceiling_mg=400), "above the prescription's daily maximum of 360 mg"),
    (dict(step_mg=5), "takes more than 14 days to reach the target"),
    (dict(min_hours_between=13), "hours between doses"),
    (dict(notes="\u202e"), "notes"),
])
def test_bad_plans_are_refused_in_one_sentence_and_write_nothing(world, kw, words):
    d = world
    before = snapshot(d.reg.db)
    with pytest.raises(InvalidInput) as refused:
        titration.write_plan(d.reg, d.prescriber, d.patient.id, plan(d, **kw))
    assert words in str(refused.value)
    assert snapshot(d.reg.db) == before


def test_only_a_prescriber_writes_or_stops_a_plan_and_a_change_needs_a_reason(world, clock):
    d = world
    for who in (d.nurse, d.manager, d.pharmacist, d.inspector):
        with pytest.raises(PermissionDenied):
            titration.write_plan(d.reg, who, d.patient.id, plan(d))
    titration.write_plan(d.reg, d.prescriber, d.patient.id, plan(d))
    with pytest.raises(InvalidInput, match="reason for the change"):
        titration.write_plan(d.reg, d.prescriber, d.patient.id, plan(d, step_mg=60))
    changed = titration.write_plan(d.reg, d.prescriber, d.patient.id,
                                   plan(d, step_mg=60, change_reason="Tolerating well"))
    assert changed.version == 2 and changed.days == 3
    with pytest.raises(PermissionDenied):
        titration.stop_plan(d.reg, d.nurse, d.patient.id, "Stop")
    stopped = titration.stop_plan(d.reg, d.prescriber, d.patient.id, "Sedated after the dose")
    assert stopped.stopped and stopped.version == 3
    assert [p.version for p in titration.versions(d.reg, d.inspector, d.patient.id)] == [3, 2, 1]
    assert titration.in_force(d.reg, d.patient.id) is None
    assert dosing.card(d.reg, d.nurse, d.patient.id).prescription.dose_mg == 180
    with pytest.raises(Refused, match="no titration plan running"):
        titration.stop_plan(d.reg, d.prescriber, d.patient.id, "Again")


def test_plans_are_append_only(world):
    d = world
    titration.write_plan(d.reg, d.prescriber, d.patient.id, plan(d))
    for sql in ("UPDATE titration_plans SET target_mg = 500", "DELETE FROM titration_plans",
                "INSERT OR REPLACE INTO titration_plans SELECT * FROM titration_plans"):
        with pytest.raises(Exception, match="never|replace"):
            d.reg.db.execute(sql)


def test_the_review_after_an_absence_re_titrates_from_a_plan(world, clock):
    d = world
    dosing.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    dosing.administer(d.reg, d.nurse, d.nurse2, d.patient.id,
                      dose_request(180, [(d.diam100.id, 2)]))
    clock.set(at(1, 9))
    absence = absences.record_absence(d.reg, d.nurse, d.patient.id, AbsenceReason.HOSPITAL,
                                      d.reg.today(), None, "Pneumonia")
    clock.set(at(6, 9))
    absences.record_return(d.reg, d.nurse, absence.id, at(5, 0).date(), "Discharged")
    with pytest.raises(InvalidInput, match="either with a lower prescription or with a plan"):
        holds.review(d.reg, d.prescriber, d.patient.id, HoldDecision.REDUCED, "Re-titrate",
                     PrescriptionInput((d.diam100.id,), 90, frozenset({1, 2}), d.reg.today(),
                                       d.reg.today() + timedelta(days=30),
                                       change_reason="Lower"), plan(d))
    with pytest.raises(InvalidInput, match="Only a reduced-dose decision"):
        holds.review(d.reg, d.prescriber, d.patient.id, HoldDecision.RESUME, "Fine", None,
                     plan(d))
    review = holds.review(d.reg, d.prescriber, d.patient.id, HoldDecision.REDUCED,
                          "Five days in hospital: re-titrate over four days.", None, plan(d))
    written = titration.in_force(d.reg, d.patient.id)
    assert written is not None and written.hold_review_id == review.id
    card = dosing.card(d.reg, d.nurse, d.patient.id)
    assert card.can_dose and card.prescription.dose_mg == 60
    assert card.notes[0].startswith("Titration day 1 of 4: 60 mg")
