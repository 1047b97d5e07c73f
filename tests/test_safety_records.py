"""Post-dose readings, the release check on them, and adverse events through the services:
thresholds from the settings, a second person to release on (or after) a bad reading,
naloxone or a transfer putting the patient on hold until a prescriber's review, notes as
corrections, append-only tables, the audit log and verify."""

import csv
import io
from datetime import timedelta

import pytest

from hat_desktop.domain.attendance import HoldDecision
from hat_desktop.domain.attendance_summary import hold_days_text
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.errors import DoseRefused, InvalidInput, Refused
from hat_desktop.domain.missed_doses import FlagLevel
from hat_desktop.domain.safety import (
    AdverseKind,
    EventDraft,
    EventOutcome,
    ReadingInput,
    mg_text,
    naloxone_micrograms,
)
from hat_desktop.reports import holds_csv
from hat_desktop.services import (
    adverse_events,
    attendance,
    attendance_reports,
    dosing,
    exports,
    holds,
    observation,
    settings,
    verify,
)
from hat_desktop.store import audit
from tests.world import NORMAL_READING, dose_request

LOW = ReadingInput(91, 12, 1, "normal")


def _dosed(d, clock, minutes: int = 21) -> None:
    dosing.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    dosing.administer(d.reg, d.nurse, d.nurse2, d.patient.id,
                      dose_request(180, [(d.diam100.id, 2)]))
    clock.advance(timedelta(minutes=minutes))


def overdose(d, **kw) -> EventDraft:
    values = dict(kind=AdverseKind.OVERDOSE, occurred_at=d.reg.now() - timedelta(minutes=3),
                  outcome=EventOutcome.RECOVERED,
                  account="Unresponsive, breathing 4/min; came round after naloxone",
                  responders="Nina Nurse, Nora Nurse", naloxone_mg="0.8",
                  naloxone_route="im", naloxone_doses=2, naloxone_batch="NX-22",
                  oxygen=True, ambulance=True)
    values.update(kw)
    return EventDraft(**values)  # type: ignore[arg-type]


def test_a_low_reading_keeps_the_patient_until_a_second_person_confirms(world, clock):
    d = world
    _dosed(d, clock)
    with pytest.raises(Refused, match=r"stays in observation: SpO2 91 % \(below 94 %\)"):
        observation.release(d.reg, d.nurse, d.patient.id, LOW, "Drowsy")
    kept = observation.record_reading(d.reg, d.nurse, d.patient.id, LOW, "Drowsy")
    assert kept.beyond == ("SpO2 91 % (below 94 %)",)
    [queued] = observation.queue(d.reg, d.nurse)
    assert queued.staying and queued.last_reading.reading.spo2 == 91
    clock.advance(timedelta(minutes=10))
    checked = observation.check_release(d.reg, d.nurse, d.patient.id, NORMAL_READING)
    assert checked.beyond == () and checked.needs_confirmation  # settled, after a bad one
    assert "An earlier reading was beyond the thresholds (SpO2 91 %" in checked.refusal
    with pytest.raises(Refused, match="An earlier reading"):
        observation.release(d.reg, d.nurse, d.patient.id, NORMAL_READING, "Settled")
    with pytest.raises(Refused, match="witness"):
        observation.release(d.reg, d.nurse, d.patient.id, NORMAL_READING, "Settled",
                            confirmer=d.nurse)
    released = observation.release(d.reg, d.nurse, d.patient.id, NORMAL_READING, "Settled",
                                   confirmer=d.nurse2)
    assert released.witness_id == d.nurse2.id
    assert released.details["reading"] == "SpO2 98 %, RR 16/min, sedation 0, site: no problem"
    assert observation.queue(d.reg, d.nurse) == []
    [row] = audit.entries(d.reg.db, actions=[AuditAction.RELEASED_DESPITE_READING.value])
    assert row.details["confirmed_by"] == d.nurse2.username
    assert row.details["earlier_beyond"] is True
    assert verify.verify_register(d.reg, d.manager).ok


def test_releasing_on_a_bad_reading_needs_the_reason_and_the_second_person(world, clock):
    d = world
    _dosed(d, clock)
    slow = ReadingInput(96, 8, 2, "swelling")
    checked = observation.check_release(d.reg, d.nurse, d.patient.id, slow)
    assert checked.beyond == ("respiratory rate 8/min (below 10)",
                              "sedation score 2 (2 or more)")
    with pytest.raises(Refused, match="write in the note why"):
        observation.release(d.reg, d.nurse, d.patient.id, slow, confirmer=d.nurse2)
    released = observation.release(d.reg, d.nurse, d.patient.id, slow,
                                   "Known slow breather, sat with partner", confirmer=d.nurse2)
    assert released.details["beyond"] == list(checked.beyond)


def test_the_thresholds_are_the_clinics_settings(world, clock):
    d = world
    settings.change(d.reg, d.manager, release_spo2_below=90)
    _dosed(d, clock)
    assert not observation.check_release(d.reg, d.nurse, d.patient.id, LOW).beyond
    with pytest.raises(InvalidInput, match="between 85 and 99"):
        settings.change(d.reg, d.manager, release_spo2_below=100)


@pytest.mark.parametrize(("typed", "message"), [
    (ReadingInput("", 12, 0), "Enter the oxygen saturation"),
    (ReadingInput("101", 12, 0), "oxygen saturation"),
    (ReadingInput("97.5", 12, 0), "not a fraction"),
    (ReadingInput("97", "٣", 0), "respiratory rate"),
    (ReadingInput("97", 12, 4), "sedation score"),
    (ReadingInput("97", 12, 0, "gangrene"), "state of the injection site"),
])
def test_a_mistyped_reading_is_refused_in_words(world, clock, typed, message):
    d = world
    _dosed(d, clock)
    with pytest.raises(InvalidInput, match=message):
        observation.record_reading(d.reg, d.nurse, d.patient.id, typed)


def test_an_overdose_with_naloxone_holds_the_patient_until_the_prescribers_review(world,
                                                                                   clock):
    d = world
    _dosed(d, clock, minutes=5)
    [dose] = adverse_events.doses_to_link(d.reg, d.nurse, d.patient.id)
    event = adverse_events.record_event(d.reg, d.nurse, d.nurse2, d.patient.id,
                                        overdose(d, dose_event_id=dose.id))
    assert event.number == f"E-{event.id}" and event.witness_name == "Nora Nurse"
    assert event.facts.naloxone.micrograms == 800
    assert event.summary == ("Opioid overdose / respiratory depression: naloxone 0.8 mg "
                             "intramuscular in 2 doses (batch NX-22); oxygen; ambulance "
                             "called; recovered in the clinic")
    flag = attendance.assess_current(d.reg, [d.patient.id])[d.patient.id].flag
    assert flag.level is FlagLevel.HOLD and flag.after_event
    assert flag.words == "ON HOLD after an adverse event: needs a prescriber's review"
    assert f"opioid overdose ({event.number}; naloxone given)" in flag.message
    assert adverse_events.held_after_event_count(d.reg, d.nurse) == 1
    board = attendance.board(d.reg, d.nurse)
    assert board.rows[0].cells[1].state.value == "on_hold"
    clock.advance(timedelta(hours=6))  # session 2: refused
    with pytest.raises(DoseRefused, match="after an adverse event"):
        dosing.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    holds.review(d.reg, d.prescriber, d.patient.id, HoldDecision.RESUME,
                 "Seen: dose unchanged, observe 30 minutes")
    assert adverse_events.held_after_event_count(d.reg, d.nurse) == 0
    dosing.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    [row] = audit.entries(d.reg.db, actions=[AuditAction.ADVERSE_EVENT.value])
    assert row.details["on_hold"] is True and row.details["kind"] == "overdose"
    # The reports that count a hold's days without a dose name the event instead of "0".
    today = d.reg.today()
    opened = f"opioid overdose ({event.number}; naloxone given)"
    [held] = holds.holds_between(d.reg, d.manager, today, today)
    assert held.days == () and held.event == opened
    [csv_row] = csv.DictReader(io.StringIO(holds_csv.to_csv(
        [held], exports.provenance(d.reg, today, today)).decode()))
    assert (csv_row["days_without_dose"], csv_row["opened_by_event"]) == ("", opened)
    report = attendance_reports.missed_dose_report(d.reg, d.manager, today, today)
    [line] = [h for r in report.rows for h in r.holds]
    assert line.cause == f"opened by an adverse event: {opened}"
    assert hold_days_text(held.days, held.event) == \
        f"none counted: opened by an adverse event, {opened}"
    assert verify.verify_register(d.reg, d.manager).ok


def test_a_fall_without_naloxone_or_transfer_does_not_hold(world, clock):
    d = world
    adverse_events.record_event(d.reg, d.nurse, d.nurse2, d.patient.id, overdose(
        d, kind=AdverseKind.FALL, naloxone_mg="", naloxone_route=None, naloxone_doses=0,
        naloxone_batch="", account="Slipped on the wet floor"))
    flag = attendance.assess_current(d.reg, [d.patient.id])[d.patient.id].flag
    assert flag.level is FlagLevel.NONE


def test_a_transfer_holds_too_and_a_later_event_while_held_opens_no_second_hold(world, clock):
    d = world
    adverse_events.record_event(d.reg, d.nurse, d.nurse2, d.patient.id, overdose(
        d, kind=AdverseKind.SEIZURE, naloxone_mg="", naloxone_route=None, naloxone_doses=0,
        naloxone_batch="", transfer=True, outcome=EventOutcome.TRANSFERRED))
    clock.advance(timedelta(minutes=30))
    adverse_events.record_event(d.reg, d.nurse, d.nurse2, d.patient.id, overdose(d))
    a = attendance.assess_current(d.reg, [d.patient.id])[d.patient.id]
    assert len(a.holds) == 1 and "seizure" in a.flag.message
    holds.review(d.reg, d.prescriber, d.patient.id, HoldDecision.RESUME, "Back from A&E")
    assert attendance.assess_current(d.reg, [d.patient.id])[d.patient.id].open_hold is None


@pytest.mark.parametrize(("changes", "message"), [
    ({"kind": None}, "kind of event"),
    ({"outcome": "fine"}, "outcome"),
    ({"account": "  "}, "account of what happened"),
    ({"naloxone_batch": ""}, "batch"),
    ({"naloxone_route": None}, "route"),
    ({"naloxone_doses": 0}, "how many doses"),
    ({"naloxone_mg": "0.4.1"}, "in mg"),
    ({"naloxone_mg": "25"}, "between 0.001 and 20 mg"),
    ({"outcome": EventOutcome.TRANSFERRED}, "tick the hospital transfer"),
])
def test_a_wrong_event_record_is_refused_in_words_and_nothing_written(world, changes,
                                                                      message):
    d = world
    with pytest.raises(InvalidInput, match=message):
        adverse_events.record_event(d.reg, d.nurse, d.nurse2, d.patient.id,
                                    overdose(d, **changes))
    assert adverse_events.patient_events(d.reg, d.nurse, d.patient.id) == []


def test_the_events_time_and_linked_dose_are_checked(world, clock):
    d = world
    other, _ = d.add_patient("HAT-0002", "Olly Other")
    dosing.check_in(d.reg, d.nurse, other.id, identity_confirmed=True)
    dose = dosing.administer(d.reg, d.nurse, d.nurse2, other.id,
                             dose_request(180, [(d.diam100.id, 2)])).event
    with pytest.raises(InvalidInput, match="not one of this patient's doses"):
        adverse_events.check_event(d.reg, d.nurse, d.patient.id,
                                   overdose(d, dose_event_id=dose.id))
    with pytest.raises(InvalidInput, match="in the future"):
        adverse_events.check_event(d.reg, d.nurse, d.patient.id,
                                   overdose(d, occurred_at=d.reg.now() + timedelta(hours=1)))
    with pytest.raises(InvalidInput, match="before the linked dose"):
        adverse_events.check_event(d.reg, d.nurse, other.id, overdose(
            d, dose_event_id=dose.id, occurred_at=dose.at - timedelta(minutes=5)))
    with pytest.raises(InvalidInput, match="more than 7 days ago"):
        adverse_events.check_event(d.reg, d.nurse, d.patient.id,
                                   overdose(d, occurred_at=d.reg.now() - timedelta(days=8)))
    with pytest.raises(Refused, match="witness"):
        adverse_events.record_event(d.reg, d.nurse, d.nurse, d.patient.id, overdose(d))


def test_events_are_append_only_and_corrected_by_notes(world):
    d = world
    event = adverse_events.record_event(d.reg, d.nurse, d.nurse2, d.patient.id, overdose(d))
    note = adverse_events.add_note(d.reg, d.nurse2, event.id, "Naloxone batch was NX-23")
    [record] = adverse_events.patient_events(d.reg, d.nurse, d.patient.id)
    assert record.notes == (note,) and note.by_name == "Nora Nurse"
    for sql in ("UPDATE adverse_events SET naloxone_batch = 'NX-23'",
                "DELETE FROM adverse_event_notes",
                "DELETE FROM adverse_events"):
        with pytest.raises(Exception, match="only be added to"):
            with d.reg.db.transaction():
                d.reg.db.execute(sql)
    assert audit.entries(d.reg.db, actions=[AuditAction.ADVERSE_EVENT_NOTE.value])


def test_naloxone_is_kept_in_whole_micrograms():
    assert [naloxone_micrograms(t) for t in ("0.4", "2", "1,8", "0.04")] == [400, 2000, 1800, 40]
    assert [mg_text(m) for m in (400, 2000, 1800, 40)] == ["0.4 mg", "2 mg", "1.8 mg",
                                                           "0.04 mg"]
