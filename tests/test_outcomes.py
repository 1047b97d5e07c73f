"""Treatment episodes and TOP-shaped outcome reviews (issue 18, items 1 and 2): the domain
rules (dates, ranges, retention, when a review is due) and the services on a real register
(append-only, chained, audited, the patient's status following the episode)."""

import dataclasses
from datetime import date, datetime, timedelta

import pytest

from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.episodes import (
    Episode,
    EpisodeExit,
    EpisodeStart,
    ExitInput,
    ExitReason,
    ReferralSource,
    retention,
)
from hat_desktop.domain.errors import InvalidInput, PermissionDenied, Refused
from hat_desktop.domain.outcome_reviews import (
    Housing,
    NotCompletedReason,
    OutcomeItems,
    ReviewInput,
    ReviewStage,
    add_months,
    due_review,
)
from hat_desktop.domain.patients import PatientStatus
from hat_desktop.domain.top import ITEMS, SOURCE
from hat_desktop.services import outcomes, patients
from hat_desktop.store import audit, ledger
from hat_desktop.store.outcomes import LEDGERS
from tests.world import START

TODAY = START.date()


def items(**changes: object) -> OutcomeItems:
    values: dict[str, object] = dict(
        opioid_days=20, crack_days=8, cocaine_days=0, alcohol_days=4, alcohol_units=6,
        benzodiazepine_days=2, other_drug_days=0, injecting_days=20, shared_equipment=True,
        shoplifting_days=10, drug_selling_days=3, other_theft_days=0, violence_days=1,
        psychological_health=6, physical_health=8, quality_of_life=5, work_days=0,
        education_days=0, housing=Housing.AT_RISK)
    values.update(changes)
    return OutcomeItems(**values)  # type: ignore[arg-type]


def episode(start: date, exit_on: date | None = None, reason: ExitReason = ExitReason.CUSTODY,
            number: int = 1) -> Episode:
    ended = EpisodeExit(exit_on, reason, "") if exit_on else None
    return Episode(number, 7, number, ReferralSource.SELF, start, start, start, ended)


def starting(day: date = TODAY, **changes: object) -> EpisodeStart:
    values: dict[str, object] = dict(referral_source=ReferralSource.DRUG_SERVICE,
                                     referral_date=day - timedelta(days=20),
                                     assessment_date=day - timedelta(days=7), start_date=day)
    values.update(changes)
    return EpisodeStart(**values)  # type: ignore[arg-type]


# --- domain ------------------------------------------------------------------------------------
def test_every_top_item_is_a_field_of_the_review_and_has_a_definition():
    assert [i.field for i in ITEMS] == [f.name for f in dataclasses.fields(OutcomeItems)]
    assert all(len(i.definition) > 10 for i in ITEMS)
    assert "Addiction 2008" in SOURCE


@pytest.mark.parametrize(("change", "words"), [
    (dict(opioid_days=29), "Days of street heroin or other illicit opioids must be a whole "
                           "number of days from 0 to 28"),
    (dict(crack_days=-1), "Days of crack must be a whole number of days from 0 to 28"),
    (dict(work_days=True), "Days in paid work must be a whole number"),
    (dict(quality_of_life=21), "Quality of life is a score from 0 (poor) to 20 (good)."),
    (dict(alcohol_units=250), "Units of alcohol on a typical drinking day must be a whole "
                              "number from 0 to 200."),
    (dict(alcohol_days=0, alcohol_units=4), "only recorded when there was at least one "
                                            "drinking day"),
    (dict(alcohol_days=3, alcohol_units=0), "Enter the units of alcohol"),
    (dict(injecting_days=0, shared_equipment=True), "only when there were injecting days"),
    (dict(housing="castle"), "Choose the housing situation."),
])
def test_answers_out_of_range_are_refused_in_words(change, words):
    with pytest.raises(InvalidInput, match=None) as refused:
        items(**change).checked()
    assert words in str(refused.value)


def test_episode_start_dates_must_be_in_order_and_not_ahead():
    with pytest.raises(InvalidInput, match="assessment date is before the referral"):
        starting(assessment_date=TODAY - timedelta(days=30)).checked(TODAY, None)
    with pytest.raises(InvalidInput, match="in the future"):
        starting(TODAY + timedelta(days=1)).checked(TODAY, None)
    with pytest.raises(InvalidInput, match="Enter the referral date"):
        starting(referral_date=None).checked(TODAY, None)
    with pytest.raises(Refused, match="already in treatment"):
        starting().checked(TODAY, episode(TODAY - timedelta(days=9)))
    with pytest.raises(InvalidInput, match="before the previous one ended"):
        starting(TODAY - timedelta(days=3)).checked(
            TODAY, episode(TODAY - timedelta(days=90), TODAY - timedelta(days=2)))


def test_an_exit_needs_an_open_episode_a_reason_and_a_note_for_other():
    open_one = episode(TODAY - timedelta(days=30))
    with pytest.raises(Refused, match="no open treatment episode"):
        ExitInput(TODAY, ExitReason.DIED).checked(TODAY, None)
    with pytest.raises(InvalidInput, match="Choose the reason"):
        ExitInput(TODAY, None).checked(TODAY, open_one)
    with pytest.raises(InvalidInput, match="Enter the note on why treatment ended"):
        ExitInput(TODAY, ExitReason.OTHER, "  ").checked(TODAY, open_one)
    with pytest.raises(InvalidInput, match="before the episode started"):
        ExitInput(TODAY - timedelta(days=31), ExitReason.DIED).checked(TODAY, open_one)
    assert ExitInput(TODAY, ExitReason.MOVED_AWAY).checked(TODAY, open_one).reason is \
        ExitReason.MOVED_AWAY


def test_retention_counts_only_episodes_old_enough_to_tell():
    d0 = date(2025, 1, 1)
    found = retention([
        episode(d0),  # still in treatment: retained
        episode(d0, d0 + timedelta(days=100)),  # left before 26 weeks
        episode(d0, d0 + timedelta(days=182), ExitReason.COMPLETED_TO_ORAL),  # on the day
        episode(date(2025, 6, 1)),  # too recent to tell at 26 weeks
    ], 182, as_of=date(2025, 7, 15))
    assert (found.eligible, found.retained) == (3, 2)
    assert found.text == "Retention at 182 days: 2 of 3 (67 %)"
    assert retention([], 365, d0).text.endswith("no episode started 365 days ago yet.")


def test_add_months_keeps_the_day_or_takes_the_months_last():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 15), 3) == date(2027, 2, 15)


def test_reviews_fall_due_at_the_start_then_every_interval():
    start = date(2026, 1, 10)
    ep = episode(start)
    assert due_review(ep, [], start, 3).title == "Start review"
    start_review = _review(ep, ReviewStage.START, start)
    assert due_review(ep, [start_review], date(2026, 4, 9), 3) is None
    due = due_review(ep, [start_review], date(2026, 4, 10), 3)
    assert due is not None and due.text == "3-month review due since 10/04/2026"
    early = _review(ep, ReviewStage.REVIEW, date(2026, 3, 30))  # within 14 days before
    assert due_review(ep, [start_review, early], date(2026, 5, 1), 3) is None
    later = due_review(ep, [start_review, early], date(2026, 7, 11), 3)
    assert later is not None and later.title == "6-month review"
    assert due_review(episode(start, date(2026, 2, 1)), [], date(2026, 5, 1), 3) is None


def _review(ep: Episode, stage: ReviewStage, day: date):
    from hat_desktop.domain.outcome_reviews import OutcomeReview
    return OutcomeReview(1, ep.patient_id, ep.id, stage, day, items(), None, "", "Nina")


# --- services ----------------------------------------------------------------------------------
def test_a_whole_episode_start_review_exit_and_readmission(world, clock):
    reg, nurse, pid = world.reg, world.nurse, world.patient.id
    first = outcomes.start_episode(reg, nurse, pid, starting())
    assert first.number == 1 and first.is_open
    assert outcomes.treatment(reg, nurse, pid).due.title == "Start review"
    outcomes.record_review(reg, nurse, pid, ReviewInput(ReviewStage.START, TODAY, items()))
    assert outcomes.treatment(reg, nurse, pid).due is None
    with pytest.raises(Refused, match="A start review is already recorded"):
        outcomes.record_review(reg, nurse, pid, ReviewInput(ReviewStage.START, TODAY, items()))

    clock.set(datetime.combine(add_months(TODAY, 3), START.timetz()))
    record = outcomes.treatment(reg, nurse, pid)
    assert record.due is not None and record.due.title == "3-month review"
    assert [line.text for line in outcomes.due_reviews(reg, nurse)] == [
        f"HAT-0001 Sam Patient: 3-month review due since {add_months(TODAY, 3):%d/%m/%Y}"]
    outcomes.record_review(reg, world.prescriber, pid, ReviewInput(
        ReviewStage.REVIEW, reg.today(), None, NotCompletedReason.DECLINED))
    assert outcomes.due_reviews(reg, nurse) == []

    ended = outcomes.end_episode(reg, nurse, pid, ExitInput(
        reg.today(), ExitReason.COMPLETED_TO_ORAL, "Oral methadone at the community service"))
    assert ended.exit is not None and ended.exit.reason is ExitReason.COMPLETED_TO_ORAL
    assert patients.get(reg, nurse, pid).status is PatientStatus.DISCHARGED
    outcomes.record_review(reg, nurse, pid, ReviewInput(
        ReviewStage.EXIT, reg.today(), items(opioid_days=2, injecting_days=0,
                                             shared_equipment=False)))
    with pytest.raises(Refused, match="no open treatment episode"):
        outcomes.end_episode(reg, nurse, pid, ExitInput(reg.today(), ExitReason.DIED))

    second = outcomes.start_episode(reg, world.manager, pid, starting(reg.today()))
    assert second.number == 2
    assert patients.get(reg, nurse, pid).status is PatientStatus.ACTIVE
    stages = [(r.stage, r.completed) for r in outcomes.reviews(reg, nurse, pid)]
    assert stages == [(ReviewStage.START, True), (ReviewStage.REVIEW, False),
                      (ReviewStage.EXIT, True)]
    actions = [e.action for e in audit.entries(reg.db, actions=[
        AuditAction.EPISODE_STARTED, AuditAction.EPISODE_ENDED, AuditAction.OUTCOME_REVIEW])]
    assert actions.count(AuditAction.EPISODE_STARTED) == 2
    assert actions.count(AuditAction.OUTCOME_REVIEW) == 3
    for table in LEDGERS:  # every row chained, no break
        assert all(broken is None for _n, broken in ledger.walk_chain(reg.db, table))


def test_outcome_records_cannot_be_changed_or_deleted(world):
    reg, nurse, pid = world.reg, world.nurse, world.patient.id
    outcomes.start_episode(reg, nurse, pid, starting())
    outcomes.record_review(reg, nurse, pid, ReviewInput(ReviewStage.START, TODAY, items()))
    for sql in ("UPDATE treatment_episodes SET start_date = '2020-01-01'",
                "DELETE FROM treatment_episodes", "UPDATE outcome_reviews SET opioid_days = 0",
                "DELETE FROM outcome_reviews"):
        with pytest.raises(Exception, match="can only be added to"):
            with reg.db.transaction():
                reg.db.execute(sql)


def test_an_exit_review_needs_the_exit_and_a_review_needs_an_episode(world):
    reg, nurse, pid = world.reg, world.nurse, world.patient.id
    with pytest.raises(Refused, match="no treatment episode: start one"):
        outcomes.record_review(reg, nurse, pid, ReviewInput(ReviewStage.START, TODAY, items()))
    outcomes.start_episode(reg, nurse, pid, starting())
    with pytest.raises(Refused, match="Record the end of treatment"):
        outcomes.record_review(reg, nurse, pid, ReviewInput(ReviewStage.EXIT, TODAY, items()))
    with pytest.raises(InvalidInput, match="Fill in the answers, or say why"):
        outcomes.record_review(reg, nurse, pid, ReviewInput(ReviewStage.START, TODAY, None))
    with pytest.raises(InvalidInput, match="Enter the note on why the review was not"):
        outcomes.record_review(reg, nurse, pid, ReviewInput(
            ReviewStage.START, TODAY, None, NotCompletedReason.OTHER))
    assert outcomes.reviews(reg, nurse, pid) == []


@pytest.mark.parametrize("who", ["pharmacist", "inspector"])
def test_only_nurses_prescribers_and_managers_record_outcomes(world, who):
    actor = getattr(world, who)
    with pytest.raises(PermissionDenied, match="may not record treatment episodes"):
        outcomes.start_episode(world.reg, actor, world.patient.id, starting())
    assert outcomes.episodes(world.reg, actor, world.patient.id) == []


# --- attacks: with the key in hand and the triggers dropped -------------------------------------
def _recorded_then_closed(w) -> None:
    reg, nurse, pid = w.reg, w.nurse, w.patient.id
    outcomes.start_episode(reg, nurse, pid, starting())
    outcomes.record_review(reg, nurse, pid, ReviewInput(ReviewStage.START, TODAY, items()))
    outcomes.end_episode(reg, nurse, pid, ExitInput(TODAY, ExitReason.DIED, ""))
    outcomes.record_review(reg, nurse, pid, ReviewInput(
        ReviewStage.EXIT, TODAY, None, NotCompletedReason.OTHER, "Died in hospital"))
    reg.close()


@pytest.mark.parametrize(("table", "sql", "words"), [
    ("episode_exits", "UPDATE episode_exits SET reason = 'moved_away'",
     "Record of treatment exits, entry 1: its content does not match its hash"),
    ("outcome_reviews", "UPDATE outcome_reviews SET opioid_days = 0 WHERE id = 1",
     "Record of outcome reviews, entry 1: its content does not match its hash"),
    ("outcome_reviews", "DELETE FROM outcome_reviews WHERE id = 1",
     "The record of outcome reviews has no entry 1"),
    ("treatment_episodes", "UPDATE treatment_episodes SET start_date = '2025-01-01'",
     "Record of treatment episodes, entry 1: its content does not match its hash"),
])
def test_an_altered_or_removed_outcome_record_is_named_by_verify(world, table, sql, words):
    from tests.command_line import run_cli
    from tests.raw_register import drop_triggers, raw_register
    from tests.world import PASSWORD

    _recorded_then_closed(world)
    with raw_register(world.data_dir) as conn:
        drop_triggers(conn, table)
        conn.execute(sql)
        assert conn.total_changes == 1
    out = run_cli(world.data_dir, "verify", user="manager", password=PASSWORD)
    text = out.stdout + out.stderr
    assert out.returncode == 1 and "Traceback" not in text, text
    assert words in text, text


def test_the_newest_review_removed_is_caught_against_the_backup(world, tmp_path):
    """Removing the newest row leaves no gap in its own chain: the backup shows it (as
    for every chain; README, Security model)."""
    from hat_desktop.services import backup
    from tests.command_line import run_cli
    from tests.raw_register import drop_triggers, raw_register
    from tests.world import PASSWORD

    reg, nurse, pid = world.reg, world.nurse, world.patient.id
    outcomes.start_episode(reg, nurse, pid, starting())
    outcomes.record_review(reg, nurse, pid, ReviewInput(ReviewStage.START, TODAY, items()))
    (tmp_path / "backups").mkdir()
    backup.back_up(reg, world.manager, tmp_path / "backups")
    reg.close()
    with raw_register(world.data_dir) as conn:
        drop_triggers(conn, "outcome_reviews")
        conn.execute("DELETE FROM outcome_reviews")
    out = run_cli(world.data_dir, "verify", user="manager", password=PASSWORD)
    text = out.stdout + out.stderr
    assert out.returncode == 1, text
    assert "Record of outcome reviews, entry 1: it is in" in text, text
