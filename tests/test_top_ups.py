"""Top-ups within a session (issue 16, item 2): after a line's injection and the clinic's
minimum interval of observation, a second injection of that line up to what is left of the
session's amount (or a titration plan's top-up allowance), reassessed and witnessed, with a
register entry of its own; refused, with the reason, when too soon, too much, after a bad
reading or an adverse event, after the release, or a second time. The observation starts
again from the top-up; the board, the attendance record and the register show both."""

import io
from csv import reader
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
import sqlcipher3

from hat_desktop.domain.attendance import AttendanceEvent, EventKind
from hat_desktop.domain.doses_given import dose_figure, line_given_in_session
from hat_desktop.domain.dosing import (
    LessReason,
    TopUpTiming,
    check_line_dose,
    top_up_refusal,
    top_up_room,
)
from hat_desktop.domain.errors import DoseRefused, InvalidInput, PermissionDenied, Refused
from hat_desktop.domain.evaluation_extract import ATTENDANCE
from hat_desktop.domain.prescriptions import PrescriptionLine, Route
from hat_desktop.domain.register import EntryKind
from hat_desktop.domain.register_text import entry_text
from hat_desktop.domain.safety import AdverseKind, EventDraft, EventOutcome, ReadingInput
from hat_desktop.domain.settings import DoseCeiling
from hat_desktop.reports import attendance_report, day_summary_pdf
from hat_desktop.services import (
    adverse_events,
    attendance,
    attendance_export,
    day_summary,
    dosing,
    evaluation_extract,
    observation,
    register,
    settings,
    titration,
    top_up_offers,
    top_ups,
)
from hat_desktop.services.attendance import dose_cell_text
from hat_desktop.services.exports import provenance
from hat_desktop.services.top_ups import TopUpRequest
from hat_desktop.store import attendance as attendance_store
from tests.raw_register import snapshot
from tests.test_titration import plan
from tests.world import NORMAL_READING, START, dose_request


def top_up_request(mg: int | str = 80, ampoules: int = 1, site: str = "Arm, right", **kw
                   ) -> TopUpRequest:
    values = dict(line=1, mg=mg, opened=[(0, ampoules)], site=site, sedation_score=0,
                  breath_alcohol=0, observation="Settled, asks for the rest")
    values.update(kw)
    return TopUpRequest(**values)  # type: ignore[arg-type]


def first_injection(d, mg: int = 100) -> None:
    """Checked in and injected ``mg`` of the 180 mg session dose (one 100 mg ampoule) at
    10:00, the patient asking for less: the rest may follow as a top-up."""
    dosing.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    dosing.administer(d.reg, d.nurse, d.nurse2, d.patient.id, dose_request(
        mg, [(d.diam100.id, 1)], less_reason=LessReason.PATIENT_REQUEST))


def request_for(d, mg: int | str = 80, **kw) -> TopUpRequest:
    r = top_up_request(mg, **kw)
    return TopUpRequest(r.line, r.mg, [(d.diam100.id, r.opened[0][1])], r.site,
                        r.sedation_score, r.breath_alcohol, r.observation)


def test_a_top_up_after_the_interval_brings_the_session_to_its_dose(world, clock):
    d = world
    first_injection(d)
    clock.advance(timedelta(minutes=10))
    before = snapshot(d.reg.db)
    with pytest.raises(DoseRefused) as early:
        top_ups.check_top_up(d.reg, d.nurse, d.patient.id, request_for(d))
    assert str(early.value) == (
        "Too soon for a top-up: the injection was at 10:00 and the clinic's minimum interval "
        "is 20 minutes of observation, so a top-up may be given from 10:20.")
    [offer] = top_ups.offers(d.reg, d.nurse, d.patient.id)
    assert (offer.given_mg, offer.amount_mg, offer.room_mg, offer.available) == (
        100, 180, 80, False)
    [queued] = observation.queue(d.reg, d.nurse)
    assert queued.top_up == offer and not queued.top_up_now

    clock.advance(timedelta(minutes=10))  # 10:20
    with pytest.raises(DoseRefused, match=r"would make 190 mg in this session, above the "
                       r"session's 180 mg of Diamorphine hydrochloride \(100 mg given "
                       r"already\): at most 80 mg more\."):
        top_ups.check_top_up(d.reg, d.nurse, d.patient.id, request_for(d, 90))
    with pytest.raises(DoseRefused, match=r"reassessment is at or above the withhold "
                       r"threshold \(sedation score 2"):
        top_ups.check_top_up(d.reg, d.nurse, d.patient.id, request_for(d, sedation_score=2))
    with pytest.raises(Refused, match="must be witnessed"):
        top_ups.top_up(d.reg, d.nurse, None, d.patient.id, request_for(d))
    assert snapshot(d.reg.db) == before  # nothing refused wrote anything
    assert observation.queue(d.reg, d.nurse)[0].top_up_now

    result = top_ups.top_up(d.reg, d.nurse, d.nurse2, d.patient.id, request_for(d))
    assert (result.mg_administered, result.mg_wasted) == (80, 20)
    assert result.event.top_up_line == 1 and result.event.witness_id == d.nurse2.id
    doses = [e for e in register.entries(d.reg, d.manager, d.diam100.id)
             if e.entry.kind is EntryKind.ADMINISTRATION]
    assert [(e.entry.details["mg_administered"], e.entry.details["site"],
             bool(e.entry.details.get("top_up"))) for e in doses] == [
        (100, "Arm, left", False), (80, "Arm, right", True)]
    assert entry_text(doses[1].entry, d.diam100, d.reg.tz).entry[:2] == [
        "Administered (top-up)", "80 mg given, 20 mg wasted"]

    # The observation starts again from the top-up: one row in the queue, due at 10:40.
    [queued] = observation.queue(d.reg, d.nurse)
    assert queued.topped_up and queued.top_up is None
    assert queued.due_at == START + timedelta(minutes=40)
    with pytest.raises(Refused, match="Observation runs until 10:40"):
        observation.check_release(d.reg, d.nurse, d.patient.id, NORMAL_READING)
    cell = attendance.board(d.reg, d.nurse).rows[0].cells[0]
    assert cell.detail == "180 mg: 100 at 10:00 + top-up 80 at 10:20; observe until 10:40"
    card = dosing.card(d.reg, d.nurse, d.patient.id)
    assert card.given_today_mg == 180 and card.observe_until == START + timedelta(minutes=40)
    with pytest.raises(DoseRefused, match="topped up at 10:20 already: one top-up of a line"):
        top_ups.check_top_up(d.reg, d.nurse, d.patient.id, request_for(d, 10))

    clock.advance(timedelta(minutes=20))
    observation.release(d.reg, d.nurse, d.patient.id, NORMAL_READING, "Alert")
    rows = [r for r in attendance_export.rows_between(d.reg, d.manager, d.reg.today(),
                                                      d.reg.today())
            if r.session == 1 and r.clinic_number == "HAT-0001"]
    assert [(r.mg_administered, r.top_up, r.session_total_mg, r.site, r.witness)
            for r in rows] == [(100, False, 180, "Arm, left", "Nora Nurse (nurse)"),
                               (80, True, 180, "Arm, right", "Nora Nurse (nurse)")]
    assert rows[1].register_entries == (f"DIAM100:{doses[1].entry.number}",)
    assert rows[1].observed_until == START + timedelta(minutes=40)
    csv = attendance_report.to_csv(rows, provenance(d.reg, d.reg.today(), d.reg.today()))
    table = list(reader(io.StringIO(csv.decode("utf-8-sig"))))
    header = next(r for r in table if "top_up" in r)
    data = [dict(zip(header, r, strict=False)) for r in table[table.index(header) + 1:]]
    assert [(r["mg_administered"], r["top_up"], r["session_total_mg"]) for r in data] == [
        ("100", "", "180"), ("80", "yes", "180")]
    per, _everyone = attendance_report.totals(rows)
    assert (per[0].states["dosed"], per[0].mg_given, per[0].mg_prescribed) == (
        1, {"Diamorphine hydrochloride": 180}, {"Diamorphine hydrochloride": 180})
    extract, _ = evaluation_extract.files(d.reg, d.manager, d.reg.today(), d.reg.today())
    rows_out = list(reader(io.StringIO(extract[ATTENDANCE.name].decode("utf-8-sig"))))
    assert [(r[2], r[5], r[6]) for r in rows_out[1:] if r[2] == "1"] == [
        ("1", "100", "0"), ("1", "80", "20")]  # the pseudonymised extract: each its own waste
    day = day_summary.summary(d.reg, d.manager, d.reg.today()).sections[0]
    assert (day.section.code, day.doses, day.top_ups, day.mg_administered, day.mg_wasted) == (
        "DIAM100", 1, 1, 180, 20)  # the end-of-day summary counts both injections
    assert ("Out: administered", "2 ampoules opened for 1 dose and 1 top-up (180 mg given)"
            ) in day_summary_pdf.figures(day)
    assert attendance_store.outcomes(d.reg.db, [d.patient.id], d.reg.today(),
                                     d.reg.today())[d.patient.id][(d.reg.today(), 1)].mg == 180


def test_no_top_up_after_a_bad_reading_nor_once_the_window_closed(world, clock):
    d = world
    first_injection(d)
    clock.advance(timedelta(minutes=25))
    observation.record_reading(d.reg, d.nurse, d.patient.id, ReadingInput(91, 12, 1), "Drowsy")
    with pytest.raises(DoseRefused, match=r"reading was beyond the thresholds \(10:25: SpO2 91"):
        top_ups.check_top_up(d.reg, d.nurse, d.patient.id, request_for(d))
    assert observation.queue(d.reg, d.nurse)[0].top_up is None  # not offered
    clock.advance(timedelta(minutes=40))  # 11:05: the session's window has closed
    with pytest.raises(Refused, match="No session window is open now: a top-up is given "
                       "within the session of the injection it follows."):
        top_ups.check_top_up(d.reg, d.nurse, d.patient.id, request_for(d))


def test_no_top_up_after_an_adverse_event(world, clock):
    d = world
    first_injection(d)
    clock.advance(timedelta(minutes=5))
    adverse_events.record_event(d.reg, d.nurse, d.nurse2, d.patient.id, EventDraft(
        AdverseKind.INJECTION_SITE, clock.now(), EventOutcome.RECOVERED,
        "Swelling at the site", "Nina Nurse"))
    # Before the interval has passed too, nothing is offered "from 10:20" (the queue and
    # the check-in card did, until the event's refusal came into view at 10:20).
    assert observation.queue(d.reg, d.nurse)[0].top_up is None
    assert top_up_offers.shown(dosing.card(d.reg, d.nurse, d.patient.id).top_ups) is None
    clock.advance(timedelta(minutes=16))
    with pytest.raises(DoseRefused, match=r"An adverse event was recorded after the dose "
                       r"\(Injection-site problem, 10:05, E-\d+\): no top-up"):
        top_ups.check_top_up(d.reg, d.nurse, d.patient.id, request_for(d))


def test_no_top_up_once_released_nor_before_a_dose(world, clock):
    d = world
    with pytest.raises(Refused, match="has had no injection in this session"):
        top_ups.check_top_up(d.reg, d.nurse, d.patient.id, request_for(d))
    first_injection(d)
    clock.advance(timedelta(minutes=21))
    observation.release(d.reg, d.nurse, d.patient.id, NORMAL_READING, "Alert")
    with pytest.raises(DoseRefused, match="released from observation at 10:21"):
        top_ups.check_top_up(d.reg, d.nurse, d.patient.id, request_for(d))
    with pytest.raises(PermissionDenied, match="may not give a top-up within a session"):
        top_ups.check_top_up(d.reg, d.manager, d.patient.id, request_for(d))


def test_the_clinics_interval_is_a_managers_setting(world, clock):
    d = world
    settings.change(d.reg, d.manager, top_up_minutes=30)
    first_injection(d)
    clock.advance(timedelta(minutes=25))
    with pytest.raises(DoseRefused, match="minimum interval is 30 minutes of observation, so a "
                       "top-up may be given from 10:30"):
        top_ups.check_top_up(d.reg, d.nurse, d.patient.id, request_for(d))
    with pytest.raises(Exception, match="at least 5 and at most 120 minutes"):
        settings.change(d.reg, d.manager, top_up_minutes=2)
    clock.advance(timedelta(minutes=5))  # 10:30: typed badly, refused in the user's words
    before = snapshot(d.reg.db)
    for request, refused, words in (
            (request_for(d, "8O"), InvalidInput, "top-up of Diamorphine hydrochloride \\(IV\\)"),
            (request_for(d, site="Groin, left"), DoseRefused, "groin .* needs the prescriber"),
            (request_for(d, site="Nose"), InvalidInput, "Nose is not on the clinic's list"),
            (request_for(d, ampoules=0), InvalidInput, "Enter the ampoules opened"),
            (request_for(d, sedation_score="x"), InvalidInput, "sedation score"),
            (top_up_request(line=2), InvalidInput, "Choose the line to top up")):
        with pytest.raises(refused, match=words):
            top_ups.check_top_up(d.reg, d.nurse, d.patient.id, request)
    assert snapshot(d.reg.db) == before


def test_a_titration_plan_allows_its_top_up_and_the_hours_rule_does_not_block_it(world, clock):
    d = world
    titration.write_plan(d.reg, d.prescriber, d.patient.id, plan(d, top_up_mg=40))
    dosing.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    dosing.administer(d.reg, d.nurse, d.nurse2, d.patient.id,
                      dose_request(60, [(d.diam100.id, 1)]))  # day 1: 60 mg + up to 40 mg
    clock.advance(timedelta(minutes=20))
    [offer] = top_ups.offers(d.reg, d.nurse, d.patient.id)
    assert (offer.given_mg, offer.amount_mg, offer.available) == (60, 100, True)
    with pytest.raises(DoseRefused, match="above the session's 100 mg"):
        top_ups.check_top_up(d.reg, d.nurse, d.patient.id, request_for(d, 50))
    done = top_ups.top_up(d.reg, d.nurse, d.nurse2, d.patient.id, request_for(d, 40))
    assert done.event.kind is EventKind.DOSED and done.mg_wasted == 60
    with pytest.raises(sqlcipher3.IntegrityError):  # the database allows one top-up a line
        with d.reg.db.transaction():
            attendance_store.add_event(
                d.reg.db, patient_id=d.patient.id, day=d.reg.today(), session=1,
                kind=EventKind.DOSED, at=clock.now(), by_user=d.nurse.id, top_up_line=1)


# --- the rules themselves (domain) --------------------------------------------------------------
LINE = PrescriptionLine(1, "Diamorphine hydrochloride", (1,), Route.IV, ((1, 300),),
                        max_per_injection_mg=150, daily_max_mg=500)
CEILING = DoseCeiling("Diamorphine hydrochloride", 120, 400)


@pytest.mark.parametrize("mg, given_today, ceiling, message", [
    (160, 100, None, r"Dose 160 mg is above the most per injection on the prescription "
                     r"\(150 mg\)"),
    (130, 100, CEILING, r"above the clinic's ceiling of 120 mg per injection"),
    (150, 400, None, r"would make 550 mg today, above the daily maximum of 500 mg"),
    (110, 300, CEILING, r"would make 410 mg of Diamorphine hydrochloride today, above the "
                        r"clinic's ceiling of 400 mg per day"),
    (10, 100, None, r"A top-up of 10 mg is a tenth or less of the 200 mg left"),
])
def test_a_top_up_meets_every_limit_of_a_dose(mg, given_today, ceiling, message):
    with pytest.raises(DoseRefused, match=message):
        check_line_dose(LINE, 1, mg, given_today_mg=given_today, daily_limit_mg=500,
                        ceiling=ceiling, less_reason=None, given_in_session_mg=100)
    assert check_line_dose(LINE, 1, 100, given_today_mg=100, daily_limit_mg=500,
                           ceiling=CEILING, less_reason=None, given_in_session_mg=100) is None


def test_when_a_top_up_may_follow():
    tz = START.tzinfo
    assert tz is not None
    timing = TopUpTiming(START, None, None, "", "")
    assert "from 10:20" in str(top_up_refusal(timing, START + timedelta(minutes=19), 20, tz))
    assert top_up_refusal(timing, START + timedelta(minutes=20), 20, tz) is None
    assert top_up_room(LINE, 1, 220) == 80
    with pytest.raises(DoseRefused, match="Nothing is left of this session's 300 mg of "
                       "Diamorphine hydrochloride: 300 mg was given already. No top-up."):
        top_up_room(LINE, 1, 300)


def test_the_board_cell_gives_the_sessions_total_and_each_injection():
    def dose(mg: int, minute: int, line: int | None = None, *given: tuple[str, int]
             ) -> AttendanceEvent:
        lines = [{"line": n, "drug": drug, "mg": given_mg}
                 for n, (drug, given_mg) in enumerate(given, start=line or 1)]
        return AttendanceEvent(1, 1, START.date(), 1, EventKind.DOSED,
                               START + timedelta(minutes=minute), 1, mg_administered=mg,
                               top_up_line=line, details={"lines": lines} if lines else {})

    meth = "Methadone hydrochloride"
    tz = ZoneInfo("Europe/London")
    assert dose_cell_text([dose(180, 0)], tz) == "180 mg at 10:00"
    assert dose_cell_text([dose(140, 0), dose(40, 25, 1)], tz) == (
        "180 mg: 140 at 10:00 + top-up 40 at 10:25")
    # a top-up of a line of another drug is named with its mg, kept out of the first
    # drug's total (its record's mg_administered, the prescription's drug, is 0)
    im_meth = dose(0, 25, 2, (meth, 20))
    assert dose_cell_text([dose(140, 0), im_meth], tz) == (
        "140 mg at 10:00 + top-up 20 mg Methadone hydrochloride at 10:25")
    assert dose_cell_text([dose(140, 0), dose(40, 21, 1), im_meth], tz) == (
        "180 mg: 140 at 10:00 + top-up 40 at 10:21 + top-up 20 mg Methadone hydrochloride "
        "at 10:25")
    assert dose_figure(im_meth) == "20 mg Methadone hydrochloride"
    assert line_given_in_session([dose(140, 0, None, ("D", 140), (meth, 40)), im_meth],
                                 2) == 60


def test_no_top_up_once_the_day_was_closed_early(world, clock):
    """The pharmacist may close the day early (confirmed) with the patient in observation.
    The top-up was still offered, then refused asking for a late entry's reason the top-up
    screen has no place for: now it is not offered, and refused in one sentence."""
    from hat_desktop.services import day_close, reconciliation
    from tests.test_checks_before_signing import count_of_the_day

    d = world
    first_injection(d)
    reconciliation.sign_off(d.reg, d.pharmacist, d.nurse, count_of_the_day(d))
    day_close.close_day(d.reg, d.pharmacist, d.reg.today(), confirmed=True)
    clock.advance(timedelta(minutes=25))
    said = "The register for 02/03/2026 has been closed: no top-up after the day's close."
    [offer] = top_ups.offers(d.reg, d.nurse, d.patient.id)
    assert (offer.available, offer.refusal) == (False, said)
    before = snapshot(d.reg.db)
    with pytest.raises(DoseRefused) as refused:
        top_ups.top_up(d.reg, d.nurse, d.nurse2, d.patient.id, request_for(d))
    assert str(refused.value) == said
    assert snapshot(d.reg.db) == before


def test_the_reconciliation_screens_name_a_top_up_and_a_take_home_supply(world, clock):
    """The entries of the day as the pharmacist picks the one at fault (gui.entry_rows): a
    top-up said '80 mg given, 20 mg wasted' like a second dose of the session, a take-home
    supply '30 mg given, 0 mg wasted'."""
    from hat_desktop.gui.entry_rows import entry_details
    from hat_desktop.services import prescriptions
    from hat_desktop.services.dosing import DoseRequest, LineDose
    from tests.world import methadone, two_line_input

    d = world
    first_injection(d)
    clock.advance(timedelta(minutes=25))
    top_ups.top_up(d.reg, d.nurse, d.nurse2, d.patient.id, request_for(d))
    other, _ = d.add_patient("HAT-0002", "Mo Mixed")
    prescriptions.prescribe(d.reg, d.prescriber, other.id,
                            two_line_input(d, change_reason="Night cover"))
    dosing.check_in(d.reg, d.nurse, other.id, identity_confirmed=True)
    dosing.administer(d.reg, d.nurse, d.nurse2, other.id, DoseRequest((), 200, 0, 0, lines=(
        LineDose(1, 200, [(d.diam100.id, 2)], "Arm, left"), LineDose(2, 30))))
    shown = [entry_details(e.entry, d.reg.tz) for s in (d.diam100, methadone(d))
             for e in register.entries(d.reg, d.manager, s.id)
             if e.entry.kind is EntryKind.ADMINISTRATION]
    assert shown == ["Sam Patient: 100 mg given, 0 mg wasted · batch D100A",
                     "Sam Patient: 80 mg given (top-up), 20 mg wasted · batch D100A",
                     "Mo Mixed: 200 mg given, 0 mg wasted · batch D100A",
                     "Mo Mixed: 30 mg supplied to take home · batch M1A"]
