"""The demo clinic: built through the services, it verifies, and it shows what a new
user should find (a hold waiting for review, doses, reconciled days, DEMO)."""

import csv
import io
import subprocess
import sys
from datetime import UTC, date, datetime, time, timedelta

import pytest

from hat_desktop.domain.absences import AbsenceReason
from hat_desktop.domain.attendance import EventKind
from hat_desktop.domain.episodes import ExitReason
from hat_desktop.domain.missed_doses import FlagLevel
from hat_desktop.domain.outcome_reviews import ReviewStage
from hat_desktop.domain.safety import AdverseKind
from hat_desktop.services import (
    adverse_events,
    agency_contacts,
    attendance,
    auth,
    drug_screens,
    outcomes,
    patients,
    prescriptions,
    reconciliation,
    register,
    register_export,
    report_catalogue,
    safety_report,
    titration,
    verify,
)
from hat_desktop.services.clock import ManualClock
from hat_desktop.services.demo import DEMO_PASSWORD, DEMO_USERS, build_demo
from hat_desktop.services.register_setup import open_register
from hat_desktop.store import attendance as attendance_store
from tests.demo_template import DEMO_DAYS, DEMO_NOW, DEMO_PATIENTS, DemoTemplate

NOW = datetime(2026, 3, 20, 14, 0, tzinfo=UTC)  # a Friday afternoon, between sessions


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory, demo_template: DemoTemplate):
    """A copy of the run's demo clinic (tests/demo_template.py: 30 days, 15 patients)."""
    assert (DEMO_DAYS, DEMO_PATIENTS, DEMO_NOW) == (30, 15, NOW)
    # 10 of the 15 in treatment during the demo (four left before it, one leaves during it)
    result = demo_template
    assert result.doses > 500 and result.discrepancies >= 2 and result.holds >= 1
    return demo_template.copy_to(tmp_path_factory.mktemp("demo") / "data")


@pytest.fixture
def demo(demo_dir):
    reg = open_register(demo_dir, clock=ManualClock(NOW))
    yield reg
    reg.close()


def test_demo_verifies_and_every_user_logs_in(demo):
    for name, _full, role in DEMO_USERS:
        assert auth.login(demo, name, DEMO_PASSWORD).role is role
    manager = auth.login(demo, "demo-manager", DEMO_PASSWORD)
    result = verify.verify_register(demo, manager)
    assert result.ok, result.problems
    assert demo.demo


def test_demo_has_a_held_patient_a_reconciled_history_and_stock(demo):
    nurse = auth.login(demo, "demo-nurse", DEMO_PASSWORD)
    board = attendance.board(demo, nurse)
    # Of the 15, four left before the demo's days (a death, custody, two to oral treatment)
    # and one moves on to oral treatment during them.
    assert len(board.rows) == 10
    assert board.rows[0].flag.level is FlagLevel.HOLD  # held patients first
    sections = {s.section.code: s for s in register.list_sections(demo, nurse)}
    assert set(sections) == {"DIAM100", "DIAM500", "METH1"}
    assert all(s.balance > 0 for s in sections.values())
    rows = reconciliation.rows_between(demo, nurse, NOW.date().replace(day=1), NOW.date())
    assert {r.status for r in rows} >= {"matched"}
    assert reconciliation.overdue_days(demo) == []


def test_demo_has_a_patient_back_from_four_days_in_custody_waiting_for_review(demo):
    nurse = auth.login(demo, "demo-nurse", DEMO_PASSWORD)
    board = attendance.board(demo, nurse)
    back = [r for r in board.rows if r.flag.level is FlagLevel.HOLD and r.flag.absence]
    assert len(back) == 1
    row = back[0]
    absence = row.flag.absence
    assert absence is not None and absence.reason is AbsenceReason.CUSTODY
    assert (absence.first_day, absence.last_day) == (date(2026, 3, 16), date(2026, 3, 19))
    assert row.flag.words == "ON HOLD: back from custody, needs a prescriber's review"
    assert {c.state.value for c in row.cells} == {"on_hold"}
    days = {d.day: d for d in attendance.assess_full(demo, [row.patient.id])[
        row.patient.id].days}
    assert {s.state.value for n in range(16, 20) for s in days[date(2026, 3, n)].sessions} \
        == {"away"}


def test_demo_has_a_patient_in_titration_this_week(demo):
    nurse = auth.login(demo, "demo-nurse", DEMO_PASSWORD)
    plans = [plan for p in patients.search(demo, nurse, "").matches
             if (plan := titration.in_force(demo, p.id)) is not None]
    assert len(plans) == 1
    today = demo.today()
    assert plans[0].card_text(today, 2).startswith("Titration day 3 of 5: ")
    assert "+ top-up up to" in plans[0].card_text(today, 2)
    # The top-ups given after observation, each a register entry of its own (#16.2).
    given = [e for e in attendance_store.events_between(demo.db, plans[0].start_date, today,
                                                        [plans[0].patient_id])
             if e.is_top_up]
    assert len(given) >= 2 and all(e.witness_id and e.entry_ids for e in given)


def test_demo_has_an_overdose_reversed_with_naloxone_and_two_low_readings_that_settled(demo):
    nurse = auth.login(demo, "demo-nurse", DEMO_PASSWORD)
    report = safety_report.report(demo, nurse, date(2026, 2, 18), NOW.date())
    (line,) = report.events
    event = line.event
    assert event.facts.kind is AdverseKind.OVERDOSE and event.facts.naloxone is not None
    assert event.facts.naloxone.doses == 2 and event.facts.dose_event_id is not None
    assert event.facts.occurred_at.date() == date(2026, 3, 19) and line.notes == 1
    held = [r for r in attendance.board(demo, nurse).rows if r.flag.after_event]
    assert [r.patient.clinic_number for r in held] == [line.clinic_number]
    assert held[0].flag.words == "ON HOLD after an adverse event: needs a prescriber's review"
    assert adverse_events.held_after_event_count(demo, nurse) == 1
    # Two low SpO2 readings that settled (released on a second reading, two people agreeing)
    # and the overdose's reading.
    low = [r.reading for r in report.beyond]
    assert sorted(r.reading.spo2 for r in low) == [82, 91, 91]
    settled = [r for r in low if r.reading.spo2 == 91]
    released = observation_releases(demo, settled)
    assert all(e.witness_id is not None and e.details["beyond"] is None for e in released)


def observation_releases(reg, readings):
    from hat_desktop.store import attendance as attendance_store
    found = []
    for r in readings:
        dose = attendance_store.event_by_id(reg.db, r.dose_event_id)
        found += [e for e in attendance_store.events_between(reg.db, dose.day, dose.day,
                                                             [r.patient_id])
                  if e.kind.value == "released" and e.session == dose.session]
    assert len(found) == len(readings)
    return found


def test_demo_command_refuses_an_existing_register(demo_dir):
    out = subprocess.run([sys.executable, "-m", "hat_desktop", "--data-dir", str(demo_dir),
                          "demo", "--days", "2"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 1
    assert "never overwrites" in out.stderr and "Traceback" not in out.stderr


def test_demo_has_episodes_reviews_an_exit_to_oral_treatment_and_reviews_due(demo):
    nurse = auth.login(demo, "demo-nurse", DEMO_PASSWORD)
    everyone = patients.search(demo, nurse, "", include_discharged=True).matches
    records = {p.clinic_number: outcomes.treatment(demo, nurse, p.id) for p in everyone}
    assert all(r.episodes for r in records.values())
    exits = sorted(e.exit.reason for r in records.values() for e in r.episodes if e.exit)
    assert exits == sorted([ExitReason.DIED, ExitReason.CUSTODY, ExitReason.CUSTODY,
                            *[ExitReason.COMPLETED_TO_ORAL] * 3])
    starts = [e.start_date for r in records.values() for e in r.episodes]
    assert (NOW.date() - min(starts)).days > 600  # two years of a cohort
    assert any(len(r.episodes) == 2 for r in records.values())  # re-admitted
    stages = {rv.stage for r in records.values() for rv in r.reviews}
    assert stages == set(ReviewStage)
    assert any(not rv.completed for r in records.values() for rv in r.reviews)
    due = outcomes.due_reviews(demo, nurse)
    assert due and all(line.due.stage is ReviewStage.REVIEW for line in due)


def test_every_csv_of_the_demo_says_demo_on_every_row(demo):
    """Issue 15.13: no CSV said where it came from; a demo's rows could pass for real ones."""
    manager = auth.login(demo, "demo-manager", DEMO_PASSWORD)
    first, last = NOW.date().replace(day=1), NOW.date()
    files = {spec.key: spec.render(demo, manager, first, last)[0]
             for spec in report_catalogue.all_reports() if spec.fmt == "csv"}
    files["sections"] = register_export.sections_csv(demo, manager)
    assert {"attendance-csv", "holds-csv", "missed-doses-csv", "attendance-grid-csv",
            "reconciliations-csv", "audit-log-csv"} <= set(files)
    clinic = demo.settings.clinic_name
    for key, data in files.items():
        rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
        assert rows, key
        assert {(r["clinic"], r["demo"]) for r in rows} == {(clinic, "DEMO")}, key
        period = ("", "") if key == "sections" else (first.isoformat(), last.isoformat())
        assert {(r["period_from"], r["period_to"]) for r in rows} == {period}, key
        assert {r["exported_at"] for r in rows} == {"2026-03-20T14:00:00+00:00"}, key
def test_demo_has_weekly_screens_with_falling_street_heroin_and_agency_contacts(demo):
    nurse = auth.login(demo, "demo-nurse", DEMO_PASSWORD)
    first, today = NOW.date() - timedelta(days=30), NOW.date()
    found = drug_screens.street_heroin_negative_share(demo, nurse, first, today)
    weeks = list(found.per_week.values())
    assert len([w for w in weeks if w.tested >= 5]) >= 4

    def pooled(part: list) -> float:
        return sum(w.negative for w in part) / sum(w.tested for w in part)
    # ever more screens negative (10 of the cohort in treatment during the demo's days)
    assert pooled(weeks[-2:]) > pooled(weeks[:2]) + 0.2, weeks
    assert found.overall.not_obtained > 0  # the odd refused, spoiled or missed screen
    assert len(found.per_patient) >= 10
    assert drug_screens.due_screens(demo, nurse)  # today's left for the board
    counts = agency_contacts.contacts_by_kind(demo, nurse, first - timedelta(days=90), today)
    assert counts.total >= 30 and counts.patients >= 10
    assert sum(1 for n in counts.by_kind.values() if n) >= 6
    today_at_clinic = agency_contacts.appointments_today(demo, nurse)
    assert [line.appointment.contact.at for line in today_at_clinic] == [time(10, 30),
                                                                         time(14, 0)]


def test_demo_patients_take_methadone_home_and_one_has_a_smaller_afternoon_dose(demo):
    """Issue 16: most on injectable diamorphine plus oral methadone to take home; one with
    different morning and afternoon doses; the take-home supplies are in METH1."""
    from hat_desktop.domain.register import EntryKind
    from hat_desktop.services import prescriptions

    nurse = auth.login(demo, "demo-nurse", DEMO_PASSWORD)
    found = [prescriptions.versions(demo, nurse, p.id)
             for p in patients.search(demo, nurse, "", include_discharged=True).matches]
    current = [versions[-1] for versions in found if versions]  # four left before the demo
    mixed = [rx for rx in current if any(ln.take_home for ln in rx.lines)]
    assert len(mixed) > len(current) // 2
    assert any(rx.lines[0].dose_for(1) != rx.lines[0].dose_for(2) for rx in current)
    meth = register.section_by_code(demo, "METH1")
    supplies = [e.entry for e in register.entries(demo, nurse, meth.id)
                if e.entry.kind is EntryKind.ADMINISTRATION]
    assert supplies and all(e.details.get("take_home") for e in supplies)
    diam = register.section_by_code(demo, "DIAM500")
    assert any(e.entry.details.get("site") for e in register.entries(demo, nurse, diam.id))


@pytest.mark.parametrize(("days", "patient_count", "seed"), [(1, 1, 2), (4, 3, 5), (96, 1, 5)])
def test_demo_builds_and_verifies_whatever_its_length_patients_and_seed(tmp_path, days,
                                                                         patient_count, seed):
    """Small demos over odd lengths: one day, a few days with the plan's holds and
    overdose, and long enough for the first prescriptions to be renewed (a demo longer
    than a prescription once stopped dosing at its end, and days=200, 15 patients, seed 5
    raised "The end date is before the start date": a dose change after its end)."""
    result = build_demo(tmp_path / "data", days=days, patient_count=patient_count, seed=seed,
                        now=NOW, history_days=0)
    reg = open_register(result.data_dir, clock=ManualClock(NOW))
    try:
        manager = auth.login(reg, "demo-manager", DEMO_PASSWORD)
        checked = verify.verify_register(reg, manager)
        assert checked.ok, checked.problems
        assert result.doses > 0
        if days > 90:  # still dosing after the first prescription is renewed
            recent = attendance_store.events_between(reg.db, NOW.date() - timedelta(days=3),
                                                     NOW.date())
            assert any(e.mg_administered for e in recent), "no dose in the last days"
    finally:
        reg.close()


def test_the_bulk_history_before_the_demo_verifies_and_keeps_the_dosing_rules(tmp_path):
    """A short bulk history (the full demo writes two years of it) for five patients:
    the register verifies; every dose of the history falls inside one of the patient's
    episodes, under the prescription in force that day and never above it (nor above the
    day's maximum), never after two whole days without a dose; each was checked in,
    witnessed and released, with its register entries; every evening was closed."""
    history = 60
    result = build_demo(tmp_path / "data", days=1, patient_count=5, seed=3, now=NOW,
                        history_days=history)
    reg = open_register(result.data_dir, clock=ManualClock(NOW))
    try:
        manager = auth.login(reg, "demo-manager", DEMO_PASSWORD)
        checked = verify.verify_register(reg, manager)
        assert checked.ok, checked.problems
        first = NOW.date() - timedelta(days=1)
        start = first - timedelta(days=history)
        events = attendance_store.events_between(reg.db, start, first - timedelta(days=1))
        doses = [e for e in events if e.kind is EventKind.DOSED]
        assert len(doses) > 60 * 2 * 3  # most of five patients' sessions over 60 days
        assert {e.day for e in doses} == {start + timedelta(days=n) for n in range(history)}
        by_patient: dict[int, list] = {}
        for e in doses:
            by_patient.setdefault(e.patient_id, []).append(e)
        for pid, given in by_patient.items():
            spans = [(ep.start_date, ep.exit.exit_date if ep.exit else date.max)
                     for ep in outcomes.episodes(reg, manager, pid)]
            versions = prescriptions.versions(reg, manager, pid)
            days = sorted({e.day for e in given})
            # never two whole days without a dose and a dose after (the third is a hold):
            # from the last dose, or from the first day the patient's prescription ran
            started = min(v.start_date for v in versions)
            days = [max(started, start) - timedelta(days=1), *days]
            assert all(b - a <= timedelta(days=3) for a, b in zip(days, days[1:], strict=False))
            for e in given:
                assert any(a <= e.day < b for a, b in spans), (pid, e.day)
                rx = next(v for v in versions if v.id == e.prescription_id)
                assert rx.covers(e.day)
                line = rx.lines[0]
                assert e.mg_administered == line.dose_for(e.session)
                assert sum(d.mg_administered or 0 for d in given if d.day == e.day) \
                    <= rx.daily_limit_for(line.drug)
                assert e.entry_ids and e.witness_id is not None
        kinds = {(e.patient_id, e.day, e.session, e.kind) for e in events}
        for e in doses:
            assert (e.patient_id, e.day, e.session, EventKind.CHECKED_IN) in kinds
            assert (e.patient_id, e.day, e.session, EventKind.RELEASED) in kinds
        assert reconciliation.overdue_days(reg, limit=history + 5) == []
    finally:
        reg.close()
