"""Drug screens (issue 17, item 3): the rules of a screen (a result for every substance on
the clinic's panel, refused/spoiled/missed without results, no future or old samples), the
schedule and what is due, the share negative for street heroin that the safety report and
the evaluation use, and the services on a real register (append-only, sealed, audited)."""

from datetime import date, datetime, timedelta

import pytest

from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.dates import DateRange
from hat_desktop.domain.drug_screens import (
    DEFAULT_PANEL,
    STREET_HEROIN,
    Frequency,
    NegativeShare,
    Sample,
    Screen,
    ScreenInput,
    ScreenKind,
    ScreenOutcome,
    ScreenSchedule,
    SubstanceResult,
    checked_panel,
    due_screen,
    full_panel,
    negative_shares,
)
from hat_desktop.domain.errors import InvalidInput, PermissionDenied
from hat_desktop.domain.times import clinic_day
from hat_desktop.services import drug_screens
from hat_desktop.store import audit
from hat_desktop.store.verify import verify
from tests.world import START

N, P, X = SubstanceResult.NEGATIVE, SubstanceResult.POSITIVE, SubstanceResult.NOT_TESTED
PANEL = full_panel(DEFAULT_PANEL)
MONDAY = START.date()  # 2026-03-02


def results(heroin: SubstanceResult = N, **positive: SubstanceResult
            ) -> tuple[tuple[str, SubstanceResult | None], ...]:
    return tuple((name, heroin if name == STREET_HEROIN else positive.get(name, N))
                 for name in PANEL)


def sample_screen(at: datetime = START, heroin: SubstanceResult = N) -> ScreenInput:
    return ScreenInput(at, Sample.URINE, ScreenKind.SCHEDULED, True, ScreenOutcome.TESTED,
                       results(heroin))


def screen(patient: int, day: date, heroin: SubstanceResult | None,
           outcome: ScreenOutcome = ScreenOutcome.TESTED) -> Screen:
    found = () if outcome is not ScreenOutcome.TESTED else tuple(
        (n, heroin if n == STREET_HEROIN else N) for n in PANEL)
    return Screen(0, patient, START, day, Sample.URINE, ScreenKind.SCHEDULED, True, outcome,
                  found, "", "Nurse")  # type: ignore[arg-type]


# --- the rules ----------------------------------------------------------------------------
def test_a_tested_screen_needs_a_result_for_every_substance_on_the_panel(reg):
    tz = reg.tz
    missing = ScreenInput(START, Sample.URINE, ScreenKind.RANDOM, False, ScreenOutcome.TESTED,
                          results()[:-1])
    with pytest.raises(InvalidInput, match="Give a result for every substance on the panel "
                       r"\(or 'not tested'\): Other has none."):
        missing.checked(START, tz, PANEL)
    none_tested = ScreenInput(START, Sample.URINE, ScreenKind.RANDOM, False,
                              ScreenOutcome.TESTED, tuple((n, X) for n in PANEL))
    with pytest.raises(InvalidInput, match="Every substance is marked 'not tested'"):
        none_tested.checked(START, tz, PANEL)
    stranger = ScreenInput(START, Sample.URINE, ScreenKind.RANDOM, False, ScreenOutcome.TESTED,
                           (*results(), ("Ketamine", N)))
    with pytest.raises(InvalidInput, match="Ketamine is not on the clinic's panel."):
        stranger.checked(START, tz, PANEL)
    good = sample_screen().checked(START, tz, PANEL)
    assert [name for name, _ in good.results] == list(PANEL)


def test_refused_spoiled_and_missed_screens_have_no_results():
    for outcome in (ScreenOutcome.REFUSED, ScreenOutcome.SPOILED, ScreenOutcome.MISSED):
        bad = ScreenInput(START, Sample.ORAL_FLUID, ScreenKind.SCHEDULED, False, outcome,
                          results())
        with pytest.raises(InvalidInput, match="has no results: clear them"):
            bad.checked(START, START.tzinfo, PANEL)  # type: ignore[arg-type]
        cleared = ScreenInput(START, Sample.ORAL_FLUID, ScreenKind.SCHEDULED, False, outcome,
                              tuple((n, None) for n in PANEL))
        assert cleared.checked(START, START.tzinfo, PANEL).results == ()  # type: ignore[arg-type]


def test_a_sample_in_the_future_or_older_than_two_weeks_is_refused(reg):
    with pytest.raises(InvalidInput, match="in the future"):
        sample_screen(START + timedelta(hours=1)).checked(START, reg.tz, PANEL)
    with pytest.raises(InvalidInput, match="within 14 days"):
        sample_screen(START - timedelta(days=15)).checked(START, reg.tz, PANEL)
    with pytest.raises(InvalidInput, match="Enter when the sample was taken."):
        ScreenInput(None, Sample.URINE, ScreenKind.RANDOM, True,
                    ScreenOutcome.REFUSED).checked(START, reg.tz, PANEL)


def test_the_panel_keeps_street_heroin_first_and_each_substance_once():
    assert checked_panel([" Ketamine ", "", "Pregabalin"]) == ("Ketamine", "Pregabalin")
    with pytest.raises(InvalidInput, match="KETAMINE is on the panel twice"):
        checked_panel(["Ketamine", "KETAMINE"])
    with pytest.raises(InvalidInput, match="is on the panel twice"):
        checked_panel([STREET_HEROIN])
    with pytest.raises(InvalidInput, match="at least one substance"):
        checked_panel(["", "  "])
    with pytest.raises(InvalidInput, match="at most 20"):
        checked_panel([f"Drug {n}" for n in range(20)])
    with pytest.raises(InvalidInput, match="cannot be printed"):
        checked_panel(["Keta\u202emine"])


# --- the share negative for street heroin -------------------------------------------------
def test_the_share_counts_each_screen_once_per_patient_and_per_week():
    week2 = MONDAY + timedelta(days=7)
    found = negative_shares([
        screen(1, MONDAY, N), screen(1, week2, N), screen(2, MONDAY + timedelta(days=3), P),
        screen(2, week2 + timedelta(days=6), None, ScreenOutcome.REFUSED),
        screen(3, week2 + timedelta(days=7), P),  # after the period: not counted
        screen(3, MONDAY - timedelta(days=1), P),  # before it
    ], DateRange(MONDAY, week2 + timedelta(days=6)))
    assert found.overall == NegativeShare(tested=3, negative=2, not_obtained=1)
    assert found.overall.share == pytest.approx(2 / 3)
    assert found.overall.share_missing_as_positive == pytest.approx(2 / 4)
    assert found.per_patient == {1: NegativeShare(2, 2, 0), 2: NegativeShare(1, 0, 1)}
    assert found.per_week == {MONDAY: NegativeShare(2, 1, 0), week2: NegativeShare(1, 1, 1)}
    assert found.per_patient_week[(2, week2)] == NegativeShare(0, 0, 1)
    assert found.per_patient_week[(2, week2)].share is None
    assert negative_shares([], DateRange(MONDAY, MONDAY)).overall.share is None


def test_street_heroin_not_tested_is_not_obtained():
    s = screen(1, MONDAY, X)
    assert s.street_heroin is None
    assert NegativeShare().plus(s) == NegativeShare(0, 0, 1)


# --- the schedule -------------------------------------------------------------------------
def test_a_weekly_screen_is_due_from_its_day_until_a_screen_is_recorded_that_week():
    thursday = ScreenSchedule(Frequency.WEEKLY, 3, MONDAY)
    secret = b"s" * 32
    assert due_screen(1, thursday, [], MONDAY + timedelta(days=2), secret) is None
    due = due_screen(1, thursday, [], MONDAY + timedelta(days=5), secret)
    assert due is not None and due.due_on == MONDAY + timedelta(days=3)
    assert due.text == "Drug screen due (weekly, since Thursday 05/03/2026)"
    done = [screen(1, MONDAY + timedelta(days=4), None, ScreenOutcome.MISSED)]
    assert due_screen(1, thursday, done, MONDAY + timedelta(days=5), secret) is None
    # next week it is due again
    assert due_screen(1, thursday, done, MONDAY + timedelta(days=10), secret) is not None
    assert due_screen(1, None, [], MONDAY, secret) is None


def test_a_random_screen_falls_on_one_day_a_week_the_same_each_time_asked():
    plan = ScreenSchedule(Frequency.RANDOM, None, MONDAY)
    secret = b"k" * 32
    days = [plan.due_day(1, MONDAY + timedelta(weeks=w), secret) for w in range(30)]
    assert all(d is not None and d.weekday() == (d - MONDAY).days % 7 for d in days)
    assert len({d.weekday() for d in days if d}) >= 4  # not always the same weekday
    assert days == [plan.due_day(1, MONDAY + timedelta(weeks=w), secret) for w in range(30)]
    assert days != [plan.due_day(1, MONDAY + timedelta(weeks=w), b"x" * 32) for w in range(30)]


def test_a_schedule_starts_today_or_later(reg):
    with pytest.raises(InvalidInput, match="starts today or later"):
        ScreenSchedule(Frequency.RANDOM, None, MONDAY - timedelta(days=1)).checked(MONDAY)
    with pytest.raises(InvalidInput, match="Choose the day of the week"):
        ScreenSchedule(Frequency.WEEKLY, None, MONDAY).checked(MONDAY)
    assert ScreenSchedule(Frequency.RANDOM, 2, MONDAY).checked(MONDAY).weekday is None


# --- the services on a real register ------------------------------------------------------
def test_a_nurse_records_screens_shown_newest_first_sealed_and_audited(world):
    d = world
    first = drug_screens.record_screen(d.reg, d.nurse, d.patient.id, sample_screen(heroin=P))
    assert first.summary == f"Positive: {STREET_HEROIN}"
    assert first.day == clinic_day(START, d.reg.tz)
    d.clock.set(START + timedelta(days=7))
    drug_screens.record_screen(d.reg, d.nurse, d.patient.id, ScreenInput(
        START + timedelta(days=7), Sample.ORAL_FLUID, ScreenKind.RANDOM, False,
        ScreenOutcome.SPOILED, (), "Sample too cold"))
    record = drug_screens.screen_record(d.reg, d.inspector, d.patient.id)
    assert [s.summary for s in record.screens] == ["Spoiled sample (not valid)",
                                                   f"Positive: {STREET_HEROIN}"]
    assert record.screens[0].note == "Sample too cold"
    assert record.panel == PANEL
    actions = [e.action for e in audit.entries(d.reg.db)]
    assert actions.count(AuditAction.DRUG_SCREEN) == 2
    assert verify(d.reg.db).ok
    with pytest.raises(Exception, match="can only be added to, never changed"):
        d.reg.db.execute("UPDATE drug_screen_results SET result = 'negative'")


def test_only_nurses_and_prescribers_record_screens(world):
    d = world
    for user in (d.pharmacist, d.manager, d.inspector):
        with pytest.raises(PermissionDenied, match="may not record drug screens"):
            drug_screens.record_screen(d.reg, user, d.patient.id, sample_screen())
    assert drug_screens.screen_record(d.reg, d.nurse, d.patient.id).screens == ()


def test_the_clinic_changes_its_panel_and_old_screens_keep_theirs(world):
    d = world
    drug_screens.record_screen(d.reg, d.nurse, d.patient.id, sample_screen())
    drug_screens.change_panel(d.reg, d.manager, ["Cocaine/crack", "Ketamine"])
    assert drug_screens.panel(d.reg) == (STREET_HEROIN, "Cocaine/crack", "Ketamine")
    with pytest.raises(InvalidInput, match="Morphine/opiates is not on the clinic's panel"):
        drug_screens.record_screen(d.reg, d.nurse, d.patient.id, sample_screen())
    old = drug_screens.screen_record(d.reg, d.nurse, d.patient.id).screens[0]
    assert len(old.results) == len(PANEL)
    with pytest.raises(PermissionDenied):
        drug_screens.change_panel(d.reg, d.nurse, ["Ketamine"])


def test_a_scheduled_screen_is_due_on_the_board_until_recorded(world):
    d = world
    drug_screens.set_schedule(d.reg, d.prescriber, d.patient.id,
                              ScreenSchedule(Frequency.WEEKLY, 0, MONDAY))
    due = drug_screens.due_screens(d.reg, d.nurse)
    assert [line.text for line in due] == ["HAT-0001 Sam Patient (weekly, since Mon 02/03)"]
    drug_screens.record_screen(d.reg, d.nurse, d.patient.id, sample_screen())
    assert drug_screens.due_screens(d.reg, d.nurse) == []
    record = drug_screens.screen_record(d.reg, d.nurse, d.patient.id)
    assert record.schedule is not None and record.due is None
    assert record.schedule.text == "Weekly, every Monday, from 02/03/2026"
    drug_screens.set_schedule(d.reg, d.prescriber, d.patient.id,
                              ScreenSchedule(Frequency.NONE, None, MONDAY))
    assert drug_screens.screen_record(d.reg, d.nurse, d.patient.id).schedule is None


def test_the_share_function_reads_the_register(world):
    d = world
    other, _ = d.add_patient("HAT-0002", "Alex Other")
    for week, (mine, theirs) in enumerate([(P, P), (P, N), (N, N)]):
        at = START + timedelta(weeks=week)
        d.clock.set(at)
        drug_screens.record_screen(d.reg, d.nurse, d.patient.id, sample_screen(at, mine))
        drug_screens.record_screen(d.reg, d.nurse, other.id, sample_screen(at, theirs))
    found = drug_screens.street_heroin_negative_share(d.reg, d.inspector, MONDAY,
                                                      MONDAY + timedelta(days=20))
    assert [s.share for s in found.per_week.values()] == [0.0, 0.5, 1.0]
    assert found.per_patient[d.patient.id] == NegativeShare(3, 1, 0)
    assert found.per_patient[other.id] == NegativeShare(3, 2, 0)
    with pytest.raises(InvalidInput, match="end date is before the start date"):
        drug_screens.street_heroin_negative_share(d.reg, d.nurse, MONDAY,
                                                  MONDAY - timedelta(days=1))
