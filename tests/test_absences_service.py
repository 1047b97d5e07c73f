"""Absences through the services on a real register: recorded with the reason and dates,
the refusal during them naming the absence, the return, and the prescriber's review before
the first dose after a gap at the hold threshold."""

import subprocess
from datetime import UTC, datetime, timedelta

import pytest

from hat_desktop.domain.absences import AbsenceReason
from hat_desktop.domain.attendance import HoldDecision
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.drug_screens import Frequency, ScreenSchedule
from hat_desktop.domain.episodes import EpisodeStart, ReferralSource
from hat_desktop.domain.errors import DoseRefused, InvalidInput, Refused
from hat_desktop.domain.missed_doses import FlagLevel, HoldReason, SessionState
from hat_desktop.domain.patients import PatientStatus
from hat_desktop.reports import missed_doses_pdf
from hat_desktop.services import (
    absences,
    attendance,
    attendance_export,
    attendance_reports,
    dosing,
    drug_screens,
    holds,
    outcomes,
    patients,
)
from hat_desktop.store import audit, seals
from tests.raw_register import snapshot
from tests.world import dose_request

MONDAY = datetime(2026, 3, 2, tzinfo=UTC)  # GMT: clinic time is UTC in these tests
CUSTODY = AbsenceReason.CUSTODY


def at(days: int, hh: int, mm: int = 0) -> datetime:
    return MONDAY + timedelta(days=days, hours=hh, minutes=mm)


def day(n: int):
    return at(n, 0).date()


def _dose(w) -> None:
    dosing.check_in(w.reg, w.nurse, w.patient.id, identity_confirmed=True)
    dosing.administer(w.reg, w.nurse, w.nurse2, w.patient.id,
                      dose_request(180, [(w.diam100.id, 2)]))


def _in_custody(w, clock):
    """Dosed Monday morning; on Tuesday at 09:00 the police ring: custody since Tuesday."""
    _dose(w)
    clock.set(at(1, 9))
    return absences.record_absence(w.reg, w.nurse, w.patient.id, CUSTODY, day(1), None,
                                   "Arrested Monday night")


def test_an_absence_is_recorded_audited_and_shown_on_the_board(world, clock):
    absence = _in_custody(world, clock)
    assert (absence.reason, absence.first_day, absence.last_day) == (CUSTODY, day(1), None)
    assert absence.recorded_by_name == "Nina Nurse"
    entry = audit.entries(world.reg.db, actions=[AuditAction.ABSENCE_RECORDED.value])[0]
    assert entry.target == "patient:HAT-0001" and entry.details["reason"] == "custody"
    board = attendance.board(world.reg, world.nurse)
    row = next(r for r in board.rows if r.patient.id == world.patient.id)
    assert row.flag.words == "Away: custody from 03/03/2026, open-ended"
    assert [(c.state.value, c.detail) for c in row.cells] == [("away", "custody")] * 2
    assert absences.for_patient(world.reg, world.inspector, world.patient.id) == [absence]


def test_dosing_is_refused_during_an_absence_with_the_absence_named(world, clock):
    _in_custody(world, clock)
    clock.set(at(3, 16))
    card = dosing.card(world.reg, world.nurse, world.patient.id)
    assert not card.can_dose and card.flag.level is FlagLevel.AWAY
    assert card.refusal == (
        "Away: Custody from 03/03/2026, open-ended: Arrested Monday night (recorded by Nina "
        "Nurse). No dose during an absence: when the patient is back, record the return on "
        "their page first.")
    before = snapshot(world.reg.db)
    with pytest.raises(DoseRefused, match="^Away: Custody from 03/03/2026"):
        dosing.check_in(world.reg, world.nurse, world.patient.id, identity_confirmed=True)
    assert snapshot(world.reg.db) == before


def test_back_after_four_days_the_prescriber_reviews_before_the_first_dose(world, clock):
    absence = _in_custody(world, clock)
    clock.set(at(5, 9))  # Saturday: back; custody was Tuesday to Friday
    ended = absences.record_return(world.reg, world.nurse2, absence.id, day(4),
                                   "Released without charge")
    assert ended.last_day == day(4) and ended.end is not None
    assert ended.end.recorded_by_name == "Nora Nurse"
    a = attendance.assess_current(world.reg, [world.patient.id])[world.patient.id]
    assert a.open_hold is not None and a.open_hold.reason is HoldReason.AFTER_ABSENCE
    card = dosing.card(world.reg, world.nurse, world.patient.id)
    assert card.refusal is not None and card.refusal.startswith(
        "ON HOLD since 06/03/2026 18:00: back from custody (03/03/2026 to 06/03/2026), 4 days "
        "without a dose")
    assert "Only a prescriber can lift the hold" in card.refusal
    assert dosing.states_today(world.reg, world.nurse, world.patient.id) == {
        1: SessionState.ON_HOLD, 2: SessionState.ON_HOLD}
    with pytest.raises(DoseRefused, match="back from custody"):
        dosing.check_in(world.reg, world.nurse, world.patient.id, identity_confirmed=True)
    clock.set(at(5, 9, 30))
    holds.review(world.reg, world.prescriber, world.patient.id, HoldDecision.RESUME,
                 "Seen: four days in custody, no opioids; tolerance judged unchanged.")
    _dose(world)
    found = holds.holds_between(world.reg, world.manager, day(0), day(5))
    assert [(h.held_from, h.review.decision) for h in found] == [
        (at(4, 18), HoldDecision.RESUME)]


def test_a_short_hospital_stay_needs_no_review(world, clock):
    _dose(world)
    clock.set(at(1, 9))
    absences.record_absence(world.reg, world.manager, world.patient.id, AbsenceReason.HOSPITAL,
                            day(1), day(1), "Day surgery")
    clock.set(at(2, 9))
    card = dosing.card(world.reg, world.nurse, world.patient.id)
    assert card.can_dose and card.flag.level is FlagLevel.NONE


@pytest.mark.parametrize(("args", "error", "words"), [
    ((None, 1, None, ""), InvalidInput, "Choose the reason for the absence"),
    (("prison", 1, None, ""), InvalidInput, "Choose the reason for the absence"),
    ((AbsenceReason.OTHER, 1, None, "  "), InvalidInput, "note on the absence"),
    ((CUSTODY, None, None, ""), InvalidInput, "Give the first day of the absence."),
    ((CUSTODY, -61, None, ""), InvalidInput, "cannot begin more than 60 days ago"),
    ((CUSTODY, 32, None, ""), InvalidInput, "at most 30 days ahead"),
    ((CUSTODY, 3, 2, ""), InvalidInput, "The last day away (04/03/2026) is before the first "
                                        "(05/03/2026)."),
    ((CUSTODY, 1, 400, ""), InvalidInput, "at most a year long"),
    ((CUSTODY, 0, None, "\u202eevil"), InvalidInput, "note on the absence"),
])
def test_bad_absences_are_refused_in_one_sentence_and_write_nothing(world, clock, args, error,
                                                                    words):
    reason, first, last, note = args
    clock.set(at(1, 9))
    before = snapshot(world.reg.db)
    with pytest.raises(error) as refused:
        absences.record_absence(world.reg, world.nurse, world.patient.id, reason,
                                None if first is None else day(first),
                                None if last is None else day(last), note)
    assert words in str(refused.value)
    assert snapshot(world.reg.db) == before


def test_overlapping_absences_and_absences_over_a_dose_are_refused(world, clock):
    _dose(world)
    clock.set(at(2, 9))
    with pytest.raises(Refused, match="^HAT-0001 Sam Patient was given a dose on 02/03/2026: "
                                      "an absence cannot cover a day after its first"):
        absences.record_absence(world.reg, world.nurse, world.patient.id, CUSTODY,
                                day(-1), None, "")
    # From the day of the dose itself it may begin (arrested in the afternoon).
    with pytest.raises(Refused, match="has an absence on those days already"):
        absences.record_absence(world.reg, world.nurse, world.patient.id, CUSTODY, day(0),
                                day(0), "")
        absences.record_absence(world.reg, world.nurse, world.patient.id, CUSTODY, day(0),
                                day(0), "")
    first = absences.record_absence(world.reg, world.nurse, world.patient.id, CUSTODY, day(1),
                                    None, "")
    with pytest.raises(Refused, match=r"has an absence on those days already \(custody from "
                                      r"03/03/2026, open-ended\)"):
        absences.record_absence(world.reg, world.nurse, world.patient.id,
                                AbsenceReason.HOSPITAL, day(5), day(6), "")
    absences.record_return(world.reg, world.nurse, first.id, day(1), "")
    later = absences.record_absence(world.reg, world.nurse, world.patient.id,
                                    AbsenceReason.HOSPITAL, day(2), day(6), "Admitted")
    assert later.first_day == day(2)


def test_the_return_is_checked_and_recorded_once(world, clock):
    absence = _in_custody(world, clock)
    clock.set(at(4, 9))
    for last, words in ((day(0), "is before the absence began (03/03/2026)"),
                        (day(5), "cannot be after today (06/03/2026)"),
                        (None, "Give the last day away.")):
        with pytest.raises(InvalidInput, match=words.replace("(", r"\(").replace(")", r"\)")):
            absences.record_return(world.reg, world.nurse, absence.id, last, "")
    absences.record_return(world.reg, world.nurse, absence.id, day(3), "")
    with pytest.raises(Refused, match="was recorded already"):
        absences.record_return(world.reg, world.nurse, absence.id, day(3), "")
    with pytest.raises(InvalidInput, match="That absence does not exist."):
        absences.record_return(world.reg, world.nurse, 9999, day(3), "")


def test_a_discharged_patient_gets_no_absence(world, clock):
    patients.set_status(world.reg, world.prescriber, world.patient.id,
                        PatientStatus.DISCHARGED, "Moved away")
    with pytest.raises(Refused, match="has been discharged: an absence is not recorded"):
        absences.record_absence(world.reg, world.nurse, world.patient.id, CUSTODY, day(0),
                                None, "")


def test_absences_are_append_only_and_sealed(world, clock):
    absence = _in_custody(world, clock)
    clock.set(at(5, 9))
    absences.record_return(world.reg, world.nurse, absence.id, day(4), "")
    for sql in ("UPDATE absences SET reason = 'hospital'", "DELETE FROM absences",
                "UPDATE absence_ends SET last_day = '2026-03-04'", "DELETE FROM absence_ends",
                "INSERT OR REPLACE INTO absence_ends SELECT * FROM absence_ends"):
        with pytest.raises(Exception, match="never|replace"):
            world.reg.db.execute(sql)
    problems: list[str] = []
    assert seals.check(world.reg.db, problems) > 0 and problems == []
    sealed = world.reg.db.all("SELECT table_name FROM record_seals WHERE table_name IN "
                              "('absences', 'absence_ends') ORDER BY seq")
    assert [r[0] for r in sealed] == ["absences", "absence_ends"]


def test_reports_show_the_days_away_not_missed(world, clock):
    absence = _in_custody(world, clock)
    clock.set(at(5, 9))
    absences.record_return(world.reg, world.nurse, absence.id, day(4), "")
    clock.set(at(6, 9))
    report = attendance_reports.missed_dose_report(world.reg, world.manager, day(0), day(5))
    row = report.rows[0]
    assert (row.dosed, row.missed, row.away, row.on_hold) == (1, 1, 8, 2)
    assert row.longest_run == 1  # Saturday, on hold; the four days away are no run
    assert row.holds[0].after_absence == "back from custody (03/03/2026 to 06/03/2026)"
    text = " ".join(subprocess.run(["pdftotext", "-", "-"], input=missed_doses_pdf.to_pdf(report),
                                   capture_output=True, check=True).stdout.decode().split())
    assert ("on hold from 06/03/2026 18:00 back from custody (03/03/2026 to 06/03/2026), 4 days "
            "without a dose (03/03, 04/03, 05/03, 06/03).") in text
    assert "Away" in text
    csv_rows = missed_doses_pdf.to_csv(report).decode("utf-8").splitlines()
    assert csv_rows[0].split(",")[7] == "away" and csv_rows[1].split(",")[7] == "8"
    rows = attendance_export.rows_between(world.reg, world.manager, day(1), day(1))
    assert [(r.state, r.reason) for r in rows] == [("away", "away: custody: Arrested Monday "
                                                   "night")] * 2
    grid = attendance_reports.cohort_grid(world.reg, world.manager, day(0), day(6))
    assert grid.rows[0].cells[2] == ("away", "away") and grid.rows[0].missed == 1


def test_nothing_falls_due_while_away_and_it_is_due_again_on_return(world, clock):
    """Drug screens, outcome reviews and yesterday's missed sessions all follow the one rule
    (domain.absences.away_on): while away none is due; back the same week, they are."""
    w = world
    outcomes.start_episode(w.reg, w.nurse, w.patient.id, EpisodeStart(
        ReferralSource.DRUG_SERVICE, day(0) - timedelta(days=20), day(0) - timedelta(days=7),
        day(0)))
    drug_screens.set_schedule(w.reg, w.nurse, w.patient.id,
                              ScreenSchedule(Frequency.WEEKLY, 1, day(0)))  # Tuesdays
    _dose(w)  # Monday morning
    clock.set(at(1, 8))  # Tuesday, before the police ring: the screen and the review are due

    def due() -> tuple[list[str], list[str], object, object]:
        return ([line.patient.clinic_number for line in drug_screens.due_screens(w.reg, w.nurse)],
                [line.patient.clinic_number for line in outcomes.due_reviews(w.reg, w.nurse)],
                drug_screens.screen_record(w.reg, w.nurse, w.patient.id).due,
                outcomes.treatment(w.reg, w.nurse, w.patient.id).due)

    screens, reviews, screen_due, review_due = due()
    assert screens == reviews == ["HAT-0001"] and screen_due and review_due
    clock.set(at(1, 9))  # the police ring: in custody since Tuesday
    absence = absences.record_absence(w.reg, w.nurse, w.patient.id, CUSTODY, day(1), None, "")
    assert due() == ([], [], None, None)
    clock.set(at(2, 9))  # Wednesday, still away: Tuesday's sessions are not "missed"
    assert due() == ([], [], None, None)
    assert not any("Missed yesterday" in line for line in attendance.login_alerts(w.reg, w.nurse))
    absences.record_return(w.reg, w.nurse, absence.id, day(1), "Released on Tuesday night")
    screens, reviews, screen_due, review_due = due()
    assert screens == reviews == ["HAT-0001"]
    assert screen_due.due_on == day(1) and review_due.title == "Start review"


def test_an_absence_entered_by_mistake_is_withdrawn_witnessed_and_its_days_count_again(
        world, clock):
    w = world
    absence = _in_custody(w, clock)  # dosed Monday; "custody" from Tuesday: a mistake
    clock.set(at(4, 9))  # Friday: the patient was never in custody
    a = attendance.assess_current(w.reg, [w.patient.id])[w.patient.id]
    assert a.flag.level is FlagLevel.AWAY and a.open_hold is None
    before = snapshot(w.reg.db)
    with pytest.raises(InvalidInput, match="note on why the absence was entered by mistake"):
        absences.check_withdrawal(w.reg, w.nurse, absence.id, "  ")
    with pytest.raises(Refused, match="must be witnessed"):
        absences.withdraw_absence(w.reg, w.nurse, None, absence.id, "Wrong patient")
    with pytest.raises(Refused, match="yourself|own"):
        absences.withdraw_absence(w.reg, w.nurse, w.nurse, absence.id, "Wrong patient")
    assert snapshot(w.reg.db) == before
    withdrawn = absences.withdraw_absence(w.reg, w.nurse, w.nurse2, absence.id,
                                          "Entered for the wrong patient")
    assert withdrawn.withdrawal is not None and not withdrawn.in_force
    assert withdrawn.summary.endswith("— WITHDRAWN, entered by mistake: Entered for the wrong "
                                      "patient (Nina Nurse, witnessed by Nora Nurse)")
    # Never erased: the absence is still on record, on the patient's page too.
    assert [x.id for x in absences.for_patient(w.reg, w.nurse, w.patient.id)] == [absence.id]
    assert patients.record(w.reg, w.nurse, w.patient.id, day(0)).open_absence is None
    # Its days count as any others: Tuesday to Thursday missed, and the hold is back.
    a = attendance.assess_current(w.reg, [w.patient.id])[w.patient.id]
    assert a.session(day(1), 1).state is SessionState.MISSED
    assert a.open_hold is not None and a.open_hold.reason is HoldReason.MISSED_DOSES
    assert a.open_hold.days == (day(1), day(2), day(3))
    with pytest.raises(DoseRefused, match="ON HOLD"):
        dosing.check_in(w.reg, w.nurse, w.patient.id, identity_confirmed=True)
    with pytest.raises(Refused, match="withdrawn already"):
        absences.check_withdrawal(w.reg, w.manager, absence.id, "Again")
    [entry] = audit.entries(w.reg.db, actions=[AuditAction.ABSENCE_WITHDRAWN.value])
    assert entry.details["absence"] == absence.id and entry.details["witness"] == "nora"
    for sql in ("UPDATE absence_withdrawals SET note = 'x'", "DELETE FROM absence_withdrawals",
                "INSERT OR REPLACE INTO absence_withdrawals SELECT * FROM absence_withdrawals"):
        with pytest.raises(Exception, match="never|replace"):
            w.reg.db.execute(sql)
    problems: list[str] = []
    assert seals.check(w.reg.db, problems) > 0 and problems == []
    # The right absence can now be recorded over the same days.
    absences.check_absence(w.reg, w.nurse, w.patient.id, AbsenceReason.HOSPITAL, day(1), day(1),
                           "")
