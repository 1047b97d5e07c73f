"""A prescription of several lines, or of different doses per session, after a hold and
after a change of dose: ``Prescription.dose_mg`` (the first line's largest dose) is not THE
dose. After a hold for days without a dose, no line's dose for any session may be higher
than before (a new drug, route or session counts as higher), and at least one is lower;
the dose-change notes of the board and the check-in card name every line and session that
changed. Built through the real services on a real register."""

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from hat_desktop.domain import titration as titration_rules
from hat_desktop.domain.attendance import HoldDecision
from hat_desktop.domain.errors import InvalidInput, Refused
from hat_desktop.domain.prescriptions import LineInput, PrescriptionInput
from hat_desktop.domain.titration import StepUnit, TitrationInput
from hat_desktop.gui.check_in_text import dose_change_text
from hat_desktop.services import attendance, dosing, holds, prescriptions, titration
from hat_desktop.services.dosing import LineDose
from hat_desktop.store import audit
from tests.world import FIRST_END, dose_request, methadone, two_line_input

MONDAY = datetime(2026, 3, 2, tzinfo=UTC)  # GMT: clinic time is UTC in these tests


def _lines(d, am: int, pm: int, oral: int, *more: LineInput) -> PrescriptionInput:
    """Injected diamorphine (``am`` in session 1, ``pm`` in session 2) and oral methadone
    (``oral`` mg in session 1), as the hold review's new version."""
    today = d.reg.today()
    return PrescriptionInput(
        (), 0, frozenset(), today, FIRST_END,
        change_reason="Re-titration after a hold", lines=(
            LineInput((d.diam100.id, d.diam500.id), ((1, am), (2, pm)), "iv"),
            LineInput((methadone(d).id,), ((1, oral),), "oral", take_home=True), *more))


def _held_on_two_lines(d, clock):
    """200/150 mg IV diamorphine and 30 mg oral methadone from Monday, never dosed: on hold
    from Wednesday 18:00; now Thursday 09:00."""
    prescriptions.prescribe(d.reg, d.prescriber, d.patient.id, two_line_input(
        d, change_reason="Night cover with oral methadone"))
    clock.set(MONDAY + timedelta(days=3, hours=9))
    assert attendance.assess_current(d.reg, [d.patient.id])[d.patient.id].open_hold


def _refused(d, new: PrescriptionInput) -> str:
    before = len(audit.entries(d.reg.db))
    with pytest.raises(Refused) as refused:
        holds.review(d.reg, d.prescriber, d.patient.id, HoldDecision.REDUCED,
                     "Three days away: re-titrate.", new)
    assert len(prescriptions.versions(d.reg, d.nurse, d.patient.id)) == 2  # nothing written
    assert len(audit.entries(d.reg.db)) == before
    assert attendance.assess_current(d.reg, [d.patient.id])[d.patient.id].open_hold
    return str(refused.value)


def test_a_re_titration_may_not_raise_the_second_line(world, clock):
    d = world
    _held_on_two_lines(d, clock)
    # the diamorphine lowered (so the version's first-line dose_mg is lower), methadone raised
    assert _refused(d, _lines(d, 100, 80, 40)) == (
        "A re-titration after a hold may not raise any dose: line 2 (Methadone "
        "hydrochloride, oral) in session 1: 40 mg, above the previous 30 mg. Lower it, or "
        "keep it as it was.")


def test_a_re_titration_may_not_raise_the_second_sessions_dose(world, clock):
    d = world
    _held_on_two_lines(d, clock)
    assert _refused(d, _lines(d, 100, 180, 20)) == (
        "A re-titration after a hold may not raise any dose: line 1 (Diamorphine "
        "hydrochloride, IV) in session 2: 180 mg, above the previous 150 mg. Lower it, or "
        "keep it as it was.")


def test_a_new_line_or_session_counts_as_higher(world, clock):
    d = world
    _held_on_two_lines(d, clock)
    evening = LineInput((methadone(d).id,), ((2, 10),), "oral", take_home=True)
    assert _refused(d, _lines(d, 100, 80, 20, evening)) == (
        "A re-titration after a hold may not raise any dose: line 3 (Methadone "
        "hydrochloride, oral) in session 2: 10 mg, not prescribed before. Lower it, or "
        "keep it as it was.")


def test_the_same_doses_are_no_re_titration(world, clock):
    d = world
    _held_on_two_lines(d, clock)
    assert _refused(d, _lines(d, 200, 150, 30)) == (
        "A re-titration after a hold must lower at least one dose: every dose is as in "
        "version 2 (Diamorphine 200/150 mg IV + Methadone 30 mg oral, take-home).")


def test_every_dose_lower_or_the_same_lifts_the_hold(world, clock):
    d = world
    _held_on_two_lines(d, clock)
    review = holds.review(d.reg, d.prescriber, d.patient.id, HoldDecision.REDUCED,
                          "Three days away: re-titrate the diamorphine.", _lines(d, 100, 80, 30))
    newest = prescriptions.versions(d.reg, d.nurse, d.patient.id)[-1]
    assert review.prescription_id == newest.id and newest.version == 3
    assert [line.doses for line in newest.lines] == [((1, 100), (2, 80)), ((1, 30),)]
    assert attendance.assess_current(d.reg, [d.patient.id])[d.patient.id].open_hold is None
    [record] = holds.holds_between(d.reg, d.manager, MONDAY.date(), d.reg.today())
    assert record.new_dose == "Diamorphine 100/80 mg IV + Methadone 30 mg oral, take-home"
    assert record.new_dose_mg is None  # no one figure is the dose of two lines


def test_a_change_to_the_second_line_or_session_is_noted_on_the_board_and_the_card(
        world, clock):
    """Version 2 -> 3 keeps the morning diamorphine at 200 mg (the version's first-line
    dose_mg), lowers the afternoon's and raises the methadone: both are named."""
    d, pid = world, world.patient.id
    prescriptions.prescribe(d.reg, d.prescriber, pid, two_line_input(
        d, change_reason="Night cover with oral methadone"))
    dosing.check_in(d.reg, d.nurse, pid, identity_confirmed=True)
    dosing.administer(d.reg, d.nurse, d.nurse2, pid, dose_request(0, [], lines=(
        LineDose(1, 200, [(d.diam500.id, 1)], "Thigh, left"), LineDose(2, 30))))
    clock.advance(timedelta(hours=6))  # 16:00, session 2
    prescriptions.prescribe(d.reg, d.prescriber, pid, two_line_input(
        d, pm=120, oral_mg=40, change_reason="Afternoon lower, more at night"))
    words = "Diamorphine IV session 2: 150 → 120 mg; Methadone oral session 1: 30 → 40 mg"
    row = next(r for r in attendance.board(d.reg, d.nurse).rows if r.patient.id == pid)
    assert [c.dose_change for c in row.cells] == ["", f"dose changed {words}"]
    card = dosing.card(d.reg, d.nurse, pid)
    assert card.changed_from is not None and card.changed_from.version == 2
    assert dose_change_text(card) == (
        f"DOSE CHANGED {words} in prescription version 3 (Afternoon lower, more at night): "
        "this is the first dose at the new dose.")


def test_a_titration_plans_target_is_the_lines_largest_dose_named_as_such(world):
    """The plan's target is the diamorphine line's maintenance dose (200 mg, its largest
    session dose; the afternoon stays at or under its own 150 mg), and the refusal says
    so rather than calling 200 mg 'the prescription's dose'; the daily ceiling is checked
    against what a day can reach with each session at or under its own dose."""
    d = world
    prescriptions.prescribe(d.reg, d.prescriber, d.patient.id, two_line_input(
        d, change_reason="Night cover with oral methadone"))
    plan = TitrationInput(d.diam100.id, d.reg.today(), 60, 40, StepUnit.DAY, 150, 350, 0, 3,
                          "", "")
    with pytest.raises(InvalidInput) as refused:
        titration.check_plan(d.reg, d.prescriber, d.patient.id, plan)
    assert str(refused.value) == (
        "The target must be the prescription's largest dose of Diamorphine hydrochloride, "
        "200 mg a session (200 mg (session 1), 150 mg (session 2); each session stays at or "
        "under its own), which applies when the plan ends: change the prescription first "
        "for another maintenance dose.")
    # 200 mg, under the line's daily 350 mg: the afternoon never goes above its own 150 mg,
    # so a day reaches 350 mg, not 2 x 200 (which refused every plan on such a line)
    checked = titration.check_plan(d.reg, d.prescriber, d.patient.id,
                                   replace(plan, target_mg=200))
    assert checked.doses[-1] == (200, 200)  # the schedule; each session capped when given
    # With top-ups of 40 mg: the morning reaches 200 mg, the afternoon its own 150 mg at most
    # (never towards the 200 mg target), so a day reaches 350 mg: over a ceiling of 340 mg.
    titration.check_plan(d.reg, d.prescriber, d.patient.id,
                         replace(plan, target_mg=200, top_up_mg=40))
    with pytest.raises(InvalidInput, match="reaches 350 mg with its top-ups, above the daily "
                                           "ceiling of 340 mg"):
        titration.check_plan(d.reg, d.prescriber, d.patient.id,
                             replace(plan, target_mg=200, top_up_mg=40, ceiling_mg=340))


def test_a_titration_top_up_never_takes_a_session_above_its_own_dose(world, clock):
    """Under a plan to 200 mg on a 200/150 mg line with top-ups of 40 mg: the afternoon is
    topped up to its own 150 mg at most — the card offers no more, and the dose allowed
    (the session's amount, which the dose and top-up checks hold to) is no more."""
    d = world
    prescriptions.prescribe(d.reg, d.prescriber, d.patient.id, two_line_input(
        d, change_reason="Night cover with oral methadone"))
    titration.write_plan(d.reg, d.prescriber, d.patient.id, TitrationInput(
        d.diam100.id, d.reg.today(), 60, 40, StepUnit.DAY, 200, 350, 40, 3, "", ""))
    rx = prescriptions.versions(d.reg, d.nurse, d.patient.id)[-1]
    plan = titration.in_force(d.reg, d.patient.id)
    assert plan is not None
    expected = {  # day of the plan -> (session 1's most, session 2's most), top-ups included
        3: (180, 150),  # 140 mg each; the afternoon's top-up only to its own 150 mg
        4: (200, 150),  # 180 mg, and the afternoon's 150 mg with no top-up at all
        5: (200, 150)}
    for number, most in expected.items():
        day = plan.start_date + timedelta(days=number - 1)
        reached = tuple(
            titration_rules.effective(rx, plan, day, s).lines[0].session_amount(s)
            for s in (1, 2))
        assert reached == most, f"day {number}: {reached}"
    clock.set(MONDAY + timedelta(days=3, hours=16))  # day 4, session 2
    card = dosing.card(d.reg, d.nurse, d.patient.id)
    assert card.notes[0].startswith("Titration day 4 of 5: 150 mg (plan version 1"), card.notes
    clock.set(MONDAY + timedelta(days=2, hours=16))  # day 3, session 2
    card = dosing.card(d.reg, d.nurse, d.patient.id)
    assert card.notes[0].startswith("Titration day 3 of 5: 140 mg + top-up up to 10 mg"), \
        card.notes


def _widened(d, clock, new_iv: dict, new_oral: dict, new_am: int = 100, new_pm: int = 80,
             **before) -> str:
    """Held on two lines (``before``: the doses, or more of the injectable line, or
    take_home), then a review lowering the diamorphine to ``new_am``/``new_pm`` mg and the
    methadone to 20 mg, with ``new_iv`` / ``new_oral`` more of each new line: the refusal's
    words (nothing written)."""
    prescriptions.prescribe(d.reg, d.prescriber, d.patient.id, two_line_input(
        d, change_reason="Night cover with oral methadone", **before))
    clock.set(MONDAY + timedelta(days=3, hours=9))
    assert attendance.assess_current(d.reg, [d.patient.id])[d.patient.id].open_hold
    today = d.reg.today()
    return _refused(d, PrescriptionInput(
        (), 0, frozenset(), today, FIRST_END,
        change_reason="Re-titration after a hold", lines=(
            LineInput((d.diam100.id, d.diam500.id), ((1, new_am), (2, new_pm)), "iv",
                      **new_iv),
            LineInput((methadone(d).id,), ((1, 20),), "oral", **new_oral))))


def test_a_re_titration_may_not_raise_the_most_per_injection_or_the_daily_maximum(
        world, clock):
    """Every dose lower, yet 200 mg in one injection where 150 mg was the most, and 600 mg
    a day where 350 mg was: after days without a dose, a bigger bolus or a higher ceiling
    for a titration plan's top-ups is the overdose the hold guards against."""
    assert _widened(world, clock, {"max_per_injection_mg": 200, "daily_max_mg": 600},
                    {"take_home": True}, max_per_injection_mg=150, daily_max_mg=350) == (
        "A re-titration after a hold may not widen what may be given: line 1 (Diamorphine "
        "hydrochloride, IV) in sessions 1, 2: most per injection 200 mg, above the previous "
        "150 mg; "
        "the daily maximum of Diamorphine hydrochloride: 600 mg, above the previous 350 mg. "
        "Keep each as it was, or lower it.")


def test_a_re_titration_may_not_drop_a_written_maximum_for_a_higher_one(world, clock):
    """400 mg a session given as injections of at most 150 mg, at most 500 mg a day; the
    review lowers the doses to 300 mg and strikes both maximums out: what is left is the
    whole 300 mg in one injection and the doses added up, 600 mg a day."""
    assert _widened(world, clock, {}, {"take_home": True}, 300, 300, am=400, pm=400,
                    max_per_injection_mg=150, daily_max_mg=500) == (
        "A re-titration after a hold may not widen what may be given: line 1 (Diamorphine "
        "hydrochloride, IV) in sessions 1, 2: most per injection 300 mg (none written: the "
        "session's dose), above the previous 150 mg; the daily maximum of Diamorphine "
        "hydrochloride: 600 mg (none written: its doses added up), above the previous 500 "
        "mg. Keep each as it was, or lower it.")


def test_a_supervised_dose_may_not_become_take_home(world, clock):
    assert _widened(world, clock, {}, {"take_home": True}, take_home=False) == (
        "A re-titration after a hold may not widen what may be given: line 2 (Methadone "
        "hydrochloride, oral) in session 1: 20 mg taken home, supervised before. Keep "
        "each as it was, or lower it.")


def test_lower_maximums_a_kept_take_home_and_a_groin_permission_lift_the_hold(world, clock):
    """Each maximum lower, the methadone still taken home (as before), and the groin
    permitted: the groin is where an injection goes, not how much, so it is the
    prescriber's call at a hold review as at any change."""
    d = world
    _held_on_two_lines(d, clock)
    today = d.reg.today()
    holds.review(d.reg, d.prescriber, d.patient.id, HoldDecision.REDUCED,
                 "Three days away; arm veins gone.", PrescriptionInput(
                     (), 0, frozenset(), today, FIRST_END,
                     change_reason="Re-titration after a hold", lines=(
                         LineInput((d.diam100.id, d.diam500.id), ((1, 100), (2, 80)), "iv",
                                   max_per_injection_mg=100, groin_allowed=True,
                                   daily_max_mg=180),
                         LineInput((methadone(d).id,), ((1, 20),), "oral", take_home=True))))
    newest = prescriptions.versions(d.reg, d.nurse, d.patient.id)[-1]
    iv, oral = newest.lines
    assert (iv.max_per_injection_mg, iv.groin_allowed, iv.daily_max_mg) == (100, True, 180)
    assert oral.take_home and oral.doses == ((1, 20),)
    assert attendance.assess_current(d.reg, [d.patient.id])[d.patient.id].open_hold is None


def test_two_injections_may_not_become_one_bigger_one(world, clock):
    """100 mg twice in a session (two lines of injectable diamorphine, no most per injection
    written) merged into one line of 150 mg: less in the session, yet 150 mg in one
    injection where 100 mg was the most. Each session's sum is lower, so the dose rule
    alone lets the bigger bolus through."""
    d = world
    today = d.reg.today()
    iv = LineInput((d.diam100.id, d.diam500.id), ((1, 100), (2, 100)), "iv")
    prescriptions.prescribe(d.reg, d.prescriber, d.patient.id, PrescriptionInput(
        (), 0, frozenset(), today, today + timedelta(days=90),
        change_reason="Split into two injections", lines=(iv, iv)))
    clock.set(MONDAY + timedelta(days=3, hours=9))
    assert attendance.assess_current(d.reg, [d.patient.id])[d.patient.id].open_hold
    today = d.reg.today()
    assert _refused(d, PrescriptionInput(
        (), 0, frozenset(), today, FIRST_END,
        change_reason="Re-titration after a hold", lines=(
            LineInput((d.diam100.id, d.diam500.id), ((1, 150), (2, 150)), "iv"),))) == (
        "A re-titration after a hold may not widen what may be given: line 1 (Diamorphine "
        "hydrochloride, IV) in sessions 1, 2: most per injection 150 mg (none written: the "
        "session's dose), above the previous 100 mg (none written: the session's dose). "
        "Keep each as it was, or lower it.")


def test_a_re_titration_is_lower_than_the_dose_in_force_not_only_the_newest(world, clock):
    """180 mg in force; a version of 250 mg written to start next week (the newest); on
    hold meanwhile. A "reduced" re-titration of 200 mg from today is lower than the newest
    version but raises the 180 mg the patient was on, the dose "Resume the same dose"
    would give: refused."""
    d = world
    today = d.reg.today()
    prescriptions.prescribe(d.reg, d.prescriber, d.patient.id, PrescriptionInput(
        (d.diam100.id, d.diam500.id), 250, frozenset({1, 2}), today + timedelta(days=7),
        today + timedelta(days=90), change_reason="Up from next week"))
    clock.set(MONDAY + timedelta(days=3, hours=9))
    assert attendance.assess_current(d.reg, [d.patient.id])[d.patient.id].open_hold
    today = d.reg.today()
    assert _refused(d, PrescriptionInput(
        (d.diam100.id, d.diam500.id), 200, frozenset({1, 2}), today,
        FIRST_END, change_reason="Re-titration after a hold")) == (
        "A re-titration dose must be lower than the previous 180 mg.")


def test_a_lower_dose_in_a_new_session_is_refused_for_the_session_not_the_dose(world, clock):
    """180 mg in session 1; the review types 150 mg in sessions 1 and 2. Refused for the
    new session: the refusal must say so, not ask for less than 180 mg when 150 mg is."""
    d = world
    today = d.reg.today()
    prescriptions.prescribe(d.reg, d.prescriber, d.patient.id, PrescriptionInput(
        (d.diam100.id, d.diam500.id), 180, frozenset({1}), today, today + timedelta(days=90),
        change_reason="Mornings only"))
    clock.set(MONDAY + timedelta(days=3, hours=9))
    assert attendance.assess_current(d.reg, [d.patient.id])[d.patient.id].open_hold
    today = d.reg.today()
    assert _refused(d, PrescriptionInput(
        (d.diam100.id, d.diam500.id), 150, frozenset({1, 2}), today,
        FIRST_END, change_reason="Re-titration after a hold")) == (
        "A re-titration after a hold may not raise any dose: line 1 (Diamorphine "
        "hydrochloride, IV) in session 2: 150 mg, not prescribed before. Lower it, or keep "
        "it as it was.")


def test_a_re_titration_starts_the_day_of_the_review(world, clock):
    """A "reduced" review whose new prescription starts next week lifted the hold at once,
    and until next week the card offered the dose before the hold (180 mg): the full dose,
    after days without one, under a decision that says reduced. Refused, nothing written."""
    d = world
    clock.set(MONDAY + timedelta(days=3, hours=9))
    assert attendance.assess_current(d.reg, [d.patient.id])[d.patient.id].open_hold
    today = d.reg.today()
    before = len(audit.entries(d.reg.db))
    with pytest.raises(InvalidInput) as refused:
        holds.review(d.reg, d.prescriber, d.patient.id, HoldDecision.REDUCED, "Re-titrate",
                     PrescriptionInput((d.diam100.id, d.diam500.id), 100, frozenset({1, 2}),
                                       today + timedelta(days=7), FIRST_END,
                                       change_reason="Re-titration after a hold"))
    assert str(refused.value) == (
        "A re-titration after a hold must start today, the day of the review: until a later "
        "start the dose before the hold would be given. Set its start date to today.")
    assert len(prescriptions.versions(d.reg, d.nurse, d.patient.id)) == 1
    assert len(audit.entries(d.reg.db)) == before
    assert attendance.assess_current(d.reg, [d.patient.id])[d.patient.id].open_hold


def test_a_re_titration_plan_starts_the_day_of_the_review(world, clock):
    """The same for a titration plan: one starting next week left the 180 mg dose in force
    meanwhile."""
    d = world
    clock.set(MONDAY + timedelta(days=3, hours=9))
    today = d.reg.today()
    plan = TitrationInput(d.diam100.id, today + timedelta(days=7), 60, 40, StepUnit.DAY, 180,
                          360, 0, 3)
    with pytest.raises(InvalidInput) as refused:
        holds.review(d.reg, d.prescriber, d.patient.id, HoldDecision.REDUCED, "Re-titrate",
                     None, plan)
    assert str(refused.value) == (
        "A re-titration after a hold must start today, the day of the review: until a later "
        "start the dose before the hold would be given. Set its start date to today.")
    assert titration.in_force(d.reg, d.patient.id) is None
    assert attendance.assess_current(d.reg, [d.patient.id])[d.patient.id].open_hold


def test_stopping_a_session_or_a_line_is_no_lower_dose(world, clock):
    """After days without a dose each injection still given is the risk: dropping the
    afternoon, or the methadone line, while the morning stays at 200 mg is refused; lowering
    the morning too is a re-titration."""
    d = world
    _held_on_two_lines(d, clock)
    today = d.reg.today()
    morning_only = PrescriptionInput(
        (), 0, frozenset(), today, FIRST_END,
        change_reason="Re-titration after a hold", lines=(
            LineInput((d.diam100.id, d.diam500.id), ((1, 200),), "iv"),
            LineInput((methadone(d).id,), ((1, 30),), "oral", take_home=True)))
    expected = ("A re-titration after a hold must lower a dose that is still given: stopping "
                "a session's or a line's dose leaves the others as big as in version 2 (")
    assert _refused(d, morning_only).startswith(expected)
    no_methadone = PrescriptionInput(
        (), 0, frozenset(), today, FIRST_END,
        change_reason="Re-titration after a hold", lines=(
            LineInput((d.diam100.id, d.diam500.id), ((1, 200), (2, 150)), "iv"),))
    assert _refused(d, no_methadone).startswith(expected)
    lower = PrescriptionInput(
        (), 0, frozenset(), today, FIRST_END,
        change_reason="Re-titration after a hold", lines=(
            LineInput((d.diam100.id, d.diam500.id), ((1, 120),), "iv"),))
    holds.review(d.reg, d.prescriber, d.patient.id, HoldDecision.REDUCED,
                 "Three days away: re-titrate.", lower)
    assert attendance.assess_current(d.reg, [d.patient.id])[d.patient.id].open_hold is None


def _held_on_split_sessions(d, clock, afternoon_most: int | None) -> None:
    """Injectable diamorphine on two lines: 200 mg in session 1 given as injections of at
    most 100 mg, and 150 mg in session 2 (at most ``afternoon_most`` mg per injection, or
    none written: its whole 150 mg in one); never dosed, on hold; now Thursday 09:00."""
    today = d.reg.today()
    prescriptions.prescribe(d.reg, d.prescriber, d.patient.id, PrescriptionInput(
        (), 0, frozenset(), today, today + timedelta(days=90),
        change_reason="Mornings as two injections", lines=(
            LineInput((d.diam100.id, d.diam500.id), ((1, 200),), "iv",
                      max_per_injection_mg=100),
            LineInput((d.diam100.id, d.diam500.id), ((2, 150),), "iv",
                      max_per_injection_mg=afternoon_most))))
    clock.set(MONDAY + timedelta(days=3, hours=9))
    assert attendance.assess_current(d.reg, [d.patient.id])[d.patient.id].open_hold


def _one_line(d, am: int, pm: int, most: int | None) -> PrescriptionInput:
    today = d.reg.today()
    return PrescriptionInput(
        (), 0, frozenset(), today, FIRST_END,
        change_reason="Re-titration after a hold", lines=(
            LineInput((d.diam100.id, d.diam500.id), ((1, am), (2, pm)), "iv",
                      max_per_injection_mg=most),))


@pytest.mark.parametrize("afternoon_most", [150, None], ids=["written", "none-written"])
def test_a_sessions_most_per_injection_may_not_rise_to_another_sessions(
        world, clock, afternoon_most):
    """The morning capped at 100 mg per injection, the afternoon allowing 150 mg: both
    lines merged into one of 180/120 mg at most 150 mg per injection lowers every dose and
    keeps the drug's largest injection at 150 mg, yet the morning may now be given as one
    150 mg injection where 100 mg was its most. Compared per session: refused, naming it."""
    d = world
    _held_on_split_sessions(d, clock, afternoon_most)
    assert _refused(d, _one_line(d, 180, 120, 150)) == (
        "A re-titration after a hold may not widen what may be given: line 1 (Diamorphine "
        "hydrochloride, IV) in session 1: most per injection 150 mg, above the previous "
        "100 mg. Keep each as it was, or lower it.")


def test_a_sessions_most_per_injection_may_not_be_struck_out(world, clock):
    """The same merge with no most per injection written: the morning's 180 mg may be one
    injection, where 100 mg was its most."""
    d = world
    _held_on_split_sessions(d, clock, None)
    assert _refused(d, _one_line(d, 180, 120, None)) == (
        "A re-titration after a hold may not widen what may be given: line 1 (Diamorphine "
        "hydrochloride, IV) in session 1: most per injection 180 mg (none written: the "
        "session's dose), above the previous 100 mg. Keep each as it was, or lower it.")


def test_each_sessions_most_per_injection_kept_lifts_the_hold(world, clock):
    """Merged into one line of 180/100 mg at most 100 mg per injection: no session's most
    per injection rises (the afternoon's 150 mg dose, one injection, is now 100 mg)."""
    d = world
    _held_on_split_sessions(d, clock, None)
    holds.review(d.reg, d.prescriber, d.patient.id, HoldDecision.REDUCED,
                 "Three days away: re-titrate.", _one_line(d, 180, 100, 100))
    assert attendance.assess_current(d.reg, [d.patient.id])[d.patient.id].open_hold is None


def test_a_most_per_injection_written_above_a_sessions_dose_is_held_to_that_dose(
        world, clock):
    """200/150 mg, none written: each session's most in one injection was its dose. The
    review writes at most 180 mg per injection on 180/120 mg: above the afternoon's 150 mg
    as written, but an injection there is held to its 120 mg dose, so nothing widens."""
    d = world
    _held_on_two_lines(d, clock)
    today = d.reg.today()
    holds.review(d.reg, d.prescriber, d.patient.id, HoldDecision.REDUCED, "Re-titrate.",
                 PrescriptionInput((), 0, frozenset(), today, FIRST_END,
                                   change_reason="Re-titration after a hold", lines=(
                                       LineInput((d.diam100.id, d.diam500.id),
                                                 ((1, 180), (2, 120)), "iv",
                                                 max_per_injection_mg=180),
                                       LineInput((methadone(d).id,), ((1, 30),), "oral",
                                                 take_home=True))))
    assert attendance.assess_current(d.reg, [d.patient.id])[d.patient.id].open_hold is None
