"""The safety report (#17.4): the figures through the service, the PDF read back, the CSV,
`hat-desktop export safety` run as a child process, the day summary's events, the audit
log; and the property: events per 1,000 injections equal the count over the dose count,
for random histories."""

import csv
import io
import subprocess
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hat_desktop.domain.attendance import EventKind
from hat_desktop.domain.drug_screens import (
    Sample,
    ScreenInput,
    ScreenKind,
    ScreenOutcome,
    SubstanceResult,
)
from hat_desktop.domain.errors import InvalidInput, PermissionDenied
from hat_desktop.domain.safety import AdverseKind, EventOutcome, ReadingInput, figures
from hat_desktop.services import (
    adverse_events,
    day_summary,
    dosing,
    drug_screens,
    observation,
    report_catalogue,
    safety_report,
)
from hat_desktop.services.clock import ManualClock
from hat_desktop.store import attendance as attendance_store
from hat_desktop.store import audit
from tests.command_line import run_cli
from tests.test_drug_screens import sample_screen
from tests.test_safety_records import overdose
from tests.world import NORMAL_READING, PASSWORD, START, dose_request

DAY = START.date()


def pdf_text(data: bytes) -> str:
    out = subprocess.run(["pdftotext", "-layout", "-", "-"], input=data, capture_output=True,
                         check=True)
    return " ".join(out.stdout.decode("utf-8").split())


def _morning(d, clock):
    """Two patients dosed; one settles after a low reading; the other overdoses and is
    given naloxone, and later falls in the waiting room."""
    other, _ = d.add_patient("HAT-0002", "Olly Other")
    for p in (d.patient, other):
        dosing.check_in(d.reg, d.nurse, p.id, identity_confirmed=True)
        dosing.administer(d.reg, d.nurse, d.nurse2, p.id, dose_request(180, [(d.diam100.id, 2)]))
    clock.advance(timedelta(minutes=21))
    observation.record_reading(d.reg, d.nurse, d.patient.id, ReadingInput(91, 12, 1))
    clock.advance(timedelta(minutes=10))
    observation.release(d.reg, d.nurse, d.patient.id, NORMAL_READING, "Settled",
                        confirmer=d.nurse2)
    od = adverse_events.record_event(d.reg, d.nurse, d.nurse2, other.id, overdose(d))
    adverse_events.add_note(d.reg, d.nurse2, od.id, "Batch was NX-23")
    adverse_events.record_event(d.reg, d.nurse, d.nurse2, other.id, overdose(
        d, kind=AdverseKind.FALL, naloxone_mg="", naloxone_route=None, naloxone_doses=0,
        naloxone_batch="", oxygen=False, ambulance=False, account="Tripped on a chair leg"))
    return other


def test_the_figures_count_the_periods_events_readings_and_injections(world, clock):
    d = world
    _morning(d, clock)
    found = safety_report.report(d.reg, d.inspector, DAY, DAY)
    f = found.figures
    assert (f.injections, f.events, f.per_thousand) == (2, 2, 1000.0)
    assert dict(f.by_kind)[AdverseKind.OVERDOSE] == 1 and f.overdoses_per_thousand == 500.0
    assert (f.naloxone_events, f.naloxone_doses, f.naloxone_micrograms) == (1, 2, 800)
    assert (f.ambulances, f.transfers, f.holds, f.readings, f.readings_beyond) == (1, 0, 1, 2, 1)
    assert [line.notes for line in found.events] == [1, 0]
    # the evaluation's figures (readings counted in SQL) are the report's, to the reading
    assert safety_report.figures_between(d.reg, d.manager, DAY, DAY) == f
    assert found.thresholds == ("SpO2 below 94 %, respiratory rate below 10/min, sedation 2 or "
                                "more")
    tomorrow = safety_report.report(d.reg, d.inspector, DAY + timedelta(days=1),
                                    DAY + timedelta(days=1))
    assert tomorrow.figures.events == 0 and tomorrow.figures.per_thousand is None
    assert safety_report.figures_between(d.reg, d.manager, DAY + timedelta(days=1),
                                         DAY + timedelta(days=1)) == tomorrow.figures


def test_the_pdf_reads_back_with_the_rate_and_each_event(world, clock):
    d = world
    _morning(d, clock)
    data, count = safety_report.render(d.reg, d.manager, DAY, DAY, "pdf")
    text = pdf_text(data)
    assert count == 2
    assert "Teesside HAT Clinic — safety report" in text
    assert ("Supervised injections: 2. Adverse events: 2 (1000.00 per 1,000 injections); "
            "opioid overdoses 500.00 per 1,000 injections.") in text
    assert "Naloxone given at 1 event(s): 2 dose(s), 0.8 mg in all." in text
    assert "Post-dose readings: 2, of which 1 beyond the thresholds" in text
    assert "E-1" in text and "HAT-0002 Olly Other" in text and "1 note(s) added since" in text
    assert "RR 12/min, sedation 1, site: no problem; beyond the limits: SpO2 91 %" in text
    assert "kept in observation" in text


def test_the_csv_is_one_table_a_spreadsheet_filters(world, clock):
    d = world
    _morning(d, clock)
    data, _ = safety_report.render(d.reg, d.manager, DAY, DAY, "csv")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
    assert rows[0] == ["section", "item", "value", "detail", "clinic", "exported_at",
                       "period_from", "period_to", "demo"]
    assert {(r[4], r[7], r[8]) for r in rows[1:]} == {("Teesside HAT Clinic", "2026-03-02", "")}
    found = {(r[0], r[1]): r[2] for r in rows[1:]}
    assert found["summary", "events_per_1000_injections"] == "1000.00"
    assert found["by_kind", "fall"] == "1" and found["naloxone", "total_mg"] == "0.8"
    assert [r[1] for r in rows if r[0] == "event"] == ["E-1", "E-2"]
    assert [r[1] for r in rows if r[0] == "reading_beyond"] == ["HAT-0001"]


def test_a_wrong_period_or_format_is_refused_in_words(world):
    d = world
    with pytest.raises(InvalidInput, match="csv or pdf"):
        safety_report.render(d.reg, d.manager, DAY, DAY, "xlsx")
    with pytest.raises(InvalidInput):
        safety_report.report(d.reg, d.manager, DAY, DAY - timedelta(days=1))
    with pytest.raises(InvalidInput):
        safety_report.report(d.reg, d.manager, DAY - timedelta(days=400), DAY)


def test_it_is_on_the_reports_page_and_saving_it_is_audited(world, clock, tmp_path):
    d = world
    _morning(d, clock)
    spec = next(s for s in report_catalogue.all_reports() if s.key == "safety-pdf")
    path, count = report_catalogue.save(d.reg, d.pharmacist, spec, DAY, DAY,
                                        tmp_path / "safety.pdf")
    assert count == 2 and "1000.00 per 1,000 injections" in pdf_text(path.read_bytes())
    done = audit.entries(d.reg.db, actions=["export"], limit=1)[0]
    assert done.target == "safety-report" and done.details["format"] == "pdf"


def test_the_day_summary_lists_the_days_events(world, clock):
    d = world
    _morning(d, clock)
    s = day_summary.summary(d.reg, d.pharmacist, DAY)
    assert len(s.events) == 2
    assert s.events[0].startswith("E-1 ") and "HAT-0002 Olly Other: Opioid overdose" in s.events[0]
    assert s.events[0].endswith("; ON HOLD for a prescriber's review")


def test_cli_exports_the_safety_report(world, clock, tmp_path):
    d = world
    _morning(d, clock)
    data_dir = d.reg.data_dir
    d.reg.close()
    out = tmp_path / "safety.csv"
    result = run_cli(data_dir, "export", "safety", "--from", "2026-03-01", "--to", "2026-03-31",
                     "--format", "csv", "--output", str(out), user="ian", password=PASSWORD)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["2 adverse event(s) written to:", str(out)]
    assert "summary,events_per_1000_injections,1000.00," in out.read_text(encoding="utf-8")
    pdf = tmp_path / "safety.pdf"
    result = run_cli(data_dir, "export", "safety", "--from", "2026-03-01", "--to", "2026-03-31",
                     "--format", "pdf", "--output", str(pdf), user="ian", password=PASSWORD)
    assert result.returncode == 0, result.stderr
    assert "Adverse events: 2 (1000.00 per 1,000 injections)" in pdf_text(pdf.read_bytes())
    refused = run_cli(data_dir, "export", "safety", "--from", "2026-03-31", "--to",
                      "2026-03-01", "--format", "pdf", "--output", str(tmp_path / "x.pdf"),
                      user="ian", password=PASSWORD)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_only_reports_roles_read_it(world):
    d = world
    for user in (d.inspector, d.nurse, d.prescriber):
        safety_report.report(d.reg, user, DAY, DAY)  # every role may export reports
    with pytest.raises(PermissionDenied):
        adverse_events.record_event(d.reg, d.inspector, d.nurse, d.patient.id, overdose(d))


# --- the property --------------------------------------------------------------------------
@settings(max_examples=200, deadline=None)
@given(st.integers(0, 5000), st.lists(st.sampled_from(list(AdverseKind)), max_size=40))
def test_the_rate_is_the_count_over_the_doses_for_any_figures(injections, kinds):
    from hat_desktop.domain.safety import AdverseEvent, EventFacts
    events = [AdverseEvent(i, 1, START, 1, 2, EventFacts(
        k, START, EventOutcome.RECOVERED, "x", "y", None, None, False, False, False, False,
        False)) for i, k in enumerate(kinds)]
    f = figures(events, [], injections)
    if injections == 0:
        assert f.per_thousand is None
    else:
        assert f.per_thousand == pytest.approx(len(kinds) * 1000 / injections)
        assert f.overdoses_per_thousand == pytest.approx(
            kinds.count(AdverseKind.OVERDOSE) * 1000 / injections)


@settings(max_examples=12, deadline=None, suppress_health_check=[
    HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, 6), st.booleans(), st.integers(0, 2)), min_size=1,
                max_size=8))
def test_events_per_thousand_injections_for_random_histories(world, days):
    """Random days: whether the patient was dosed and how many events were recorded, in a
    real register; the report's rate is the count over the doses."""
    d = world
    # The next morning after what is written: never back in time on a register.
    base = max(START, d.reg.now()).replace(hour=9, minute=0) + timedelta(days=1)
    clock: ManualClock = d.reg.clock  # type: ignore[assignment]
    seen_days = set()
    for offset, dosed, n_events in sorted(days):
        day_start = base + timedelta(days=offset)
        if offset in seen_days or day_start < clock.now():
            continue
        seen_days.add(offset)
        clock.set(day_start)
        if dosed:
            with d.reg.db.transaction():  # a dose's attendance record (the register's entry
                attendance_store.add_event(  # is not what the rate counts)
                    d.reg.db, patient_id=d.patient.id, day=d.reg.today(), session=1,
                    kind=EventKind.DOSED, at=clock.now(), by_user=d.nurse.id,
                    witness_id=d.nurse2.id, mg_administered=180, mg_wasted=0)
        for _ in range(n_events):
            clock.advance(timedelta(minutes=5))
            adverse_events.record_event(d.reg, d.nurse, d.nurse2, d.patient.id, overdose(
                d, kind=AdverseKind.FALL, naloxone_mg="", naloxone_route=None,
                naloxone_doses=0, naloxone_batch=""))
    first, last = base.date(), (base + timedelta(days=6)).date()
    f = safety_report.report(d.reg, d.manager, first, last).figures
    doses = sum(1 for e in attendance_store.events_between(d.reg.db, first, last)
                if e.kind is EventKind.DOSED)
    events = len(adverse_events.events_between(d.reg, *_bounds(d, first, last)))
    assert (f.injections, f.events) == (doses, events)
    assert f.per_thousand == (None if doses == 0 else pytest.approx(events * 1000 / doses))


def _bounds(d, first, last):
    from hat_desktop.domain.times import day_bounds
    return day_bounds(first, d.reg.tz)[0], day_bounds(last, d.reg.tz)[1]


def test_the_report_gives_the_share_of_screens_negative_for_street_heroin(world, clock):
    """The screens section comes from the drug-screens service (one rule): one patient
    negative, the other positive and then refusing, so half of those tested."""
    d = world
    other = _morning(d, clock)
    drug_screens.record_screen(d.reg, d.nurse, d.patient.id, sample_screen(START))
    drug_screens.record_screen(d.reg, d.nurse, other.id,
                               sample_screen(START, SubstanceResult.POSITIVE))
    drug_screens.record_screen(d.reg, d.nurse, other.id, ScreenInput(
        START, Sample.URINE, ScreenKind.RANDOM, True, ScreenOutcome.REFUSED))
    text = pdf_text(safety_report.render(d.reg, d.manager, DAY, DAY, "pdf")[0])
    assert "Urine and oral-fluid screens negative for street heroin" in text
    assert "All screens in the period 50 % (1 of 2 tested)" in text
    assert "HAT-0002 Olly Other 0 % (0 of 1 tested)" in text
    data, _ = safety_report.render(d.reg, d.manager, DAY, DAY, "csv")
    rows = [r for r in csv.reader(io.StringIO(data.decode("utf-8")))
            if r[0] == "screens_negative_street_heroin"]
    assert rows[0][1:3] == ["All screens in the period", "50 % (1 of 2 tested)"]
    assert "1 not obtained" in rows[0][3]
    assert len(rows) == 1 + 1 + 2  # the period, its one week, each patient
