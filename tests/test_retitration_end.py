"""A re-titration after a hold is a new, lower version with its own end date; the older
versions stay written. When it ends before them, the newest of them covering the next day
is in force again: a dose above the re-titration's, given with no review and no titration
to a patient re-titrated after days without a dose. Such a re-titration is refused, with the
version, the day and what to do; one that runs as long as every higher version (the
dialog's pre-filled end date, in the ordinary case), or is followed only by no more than
its own dose, lifts the hold. Built through the real services on a real register: the
patient has 180 mg in sessions 1 and 2 from Monday 2 March to 31 May 2026, never dosed: on
hold from Wednesday 18:00; the review is on Thursday 5 March."""

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from hat_desktop.domain.attendance import HoldDecision
from hat_desktop.domain.errors import Refused
from hat_desktop.domain.prescriptions import LineInput, PrescriptionInput, retitration_safe_end
from hat_desktop.services import attendance, dosing, holds, prescriptions
from hat_desktop.store import audit
from tests.world import FIRST_END, methadone, two_line_input

MONDAY = datetime(2026, 3, 2, tzinfo=UTC)  # GMT: clinic time is UTC in these tests
THURSDAY = MONDAY + timedelta(days=3, hours=9)
SEVEN_DAYS = date(2026, 3, 11)  # Thursday 5 March to Wednesday 11 March


def _version(d, mg: int, first: date, last: date, reason: str) -> None:
    """A version of ``mg`` mg in sessions 1 and 2 from ``first`` to ``last``, written now."""
    prescriptions.prescribe(d.reg, d.prescriber, d.patient.id, PrescriptionInput(
        (d.diam100.id, d.diam500.id), mg, frozenset({1, 2}), first, last,
        change_reason=reason))


def _retitration(d, mg: int, last: date) -> PrescriptionInput:
    return PrescriptionInput((d.diam100.id, d.diam500.id), mg, frozenset({1, 2}),
                             d.reg.today(), last, change_reason="Re-titration after a hold")


def _refused(d, new: PrescriptionInput) -> str:
    before = len(audit.entries(d.reg.db))
    count = len(prescriptions.versions(d.reg, d.nurse, d.patient.id))
    with pytest.raises(Refused) as refused:
        holds.review(d.reg, d.prescriber, d.patient.id, HoldDecision.REDUCED,
                     "Three days away: re-titrate.", new)
    assert len(prescriptions.versions(d.reg, d.nurse, d.patient.id)) == count
    assert len(audit.entries(d.reg.db)) == before  # nothing written
    assert attendance.assess_current(d.reg, [d.patient.id])[d.patient.id].open_hold
    return str(refused.value)


def _lifted(d, new: PrescriptionInput, mg: int) -> None:
    holds.review(d.reg, d.prescriber, d.patient.id, HoldDecision.REDUCED,
                 "Three days away: re-titrate.", new)
    card = dosing.card(d.reg, d.nurse, d.patient.id)
    assert card.can_dose and card.prescription is not None
    assert card.prescription.dose_mg == mg


def test_a_re_titration_shortened_to_seven_days_hands_back_the_dose_before_the_hold(
        world, clock):
    """120 mg for seven days: on Thursday 12 March version 1 (180 mg) is in force again."""
    d = world
    clock.set(THURSDAY)
    assert _refused(d, _retitration(d, 120, SEVEN_DAYS)) == (
        "When this re-titration ends on 11/03/2026, version 1 (180 mg per session) would be "
        "given from 12/03/2026, more than the re-titration's 120 mg, with no titration: let "
        "the re-titration run until 31/05/2026 (when version 1 ends), or re-titrate with a "
        "titration plan instead.")


def test_a_shortened_re_titration_after_a_raise_names_the_raise(world, clock):
    """A raise to 250 mg from Thursday (written on Monday) to 31 May: after seven days at
    120 mg it would be given."""
    d = world
    _version(d, 250, date(2026, 3, 5), FIRST_END, "Up from Thursday")
    clock.set(THURSDAY)
    assert _refused(d, _retitration(d, 120, SEVEN_DAYS)) == (
        "When this re-titration ends on 11/03/2026, version 2 (250 mg per session) would be "
        "given from 12/03/2026, more than the re-titration's 120 mg, with no titration: let "
        "the re-titration run until 31/05/2026 (when version 2 ends), or re-titrate with a "
        "titration plan instead.")


def test_a_pending_raise_that_runs_longer_than_the_pre_filled_end_is_refused(world, clock):
    """A raise to 250 mg from Thursday to 20 June, written on Monday: the re-titration
    ends on 31 May (the end of the version the patient was on, as the dialog fills it in);
    on 1 June the raise is in force again."""
    d = world
    _version(d, 250, date(2026, 3, 5), date(2026, 6, 20), "Up from Thursday")
    clock.set(THURSDAY)
    assert _refused(d, _retitration(d, 120, FIRST_END)) == (
        "When this re-titration ends on 31/05/2026, version 2 (250 mg per session) would be "
        "given from 01/06/2026, more than the re-titration's 120 mg, with no titration: let "
        "the re-titration run until 20/06/2026 (when version 2 ends), or re-titrate with a "
        "titration plan instead.")


def test_the_remedy_runs_to_the_last_day_a_higher_version_would_be_in_force(world, clock):
    """Version 2 (250 mg, from Thursday to 20 June) gives way on 1 April to version 3
    (150 mg to 30 June), both above 120 mg: the re-titration must run until 30 June; the
    first version back is named."""
    d = world
    _version(d, 250, date(2026, 3, 5), date(2026, 6, 20), "Up from Thursday")
    _version(d, 150, date(2026, 4, 1), date(2026, 6, 30), "Down in April")
    clock.set(THURSDAY)
    assert _refused(d, _retitration(d, 120, SEVEN_DAYS)) == (
        "When this re-titration ends on 11/03/2026, version 2 (250 mg per session) would be "
        "given from 12/03/2026, more than the re-titration's 120 mg, with no titration: let "
        "the re-titration run until 30/06/2026 (when version 3 ends), or re-titrate with a "
        "titration plan instead.")


def test_the_remedy_stops_where_a_version_no_higher_takes_over(world, clock):
    """Version 2 (250 mg, Thursday to 20 June), version 3 (120 mg, 1 May to 30 June) and
    version 4 (150 mg, Thursday to 11 March): after seven days at 120 mg version 2 is given
    until 30 April, then version 3, no higher."""
    d = world
    _version(d, 250, date(2026, 3, 5), date(2026, 6, 20), "Up from Thursday")
    _version(d, 120, date(2026, 5, 1), date(2026, 6, 30), "Down in May")
    _version(d, 150, date(2026, 3, 5), SEVEN_DAYS, "Down for a week")
    clock.set(THURSDAY)
    assert _refused(d, _retitration(d, 120, SEVEN_DAYS)) == (
        "When this re-titration ends on 11/03/2026, version 2 (250 mg per session) would be "
        "given from 12/03/2026, more than the re-titration's 120 mg, with no titration: let "
        "the re-titration run until 30/04/2026 (the last day version 2 would be given), or "
        "re-titrate with a titration plan instead.")


def test_a_raise_beyond_a_year_leaves_the_titration_plan(world, clock):
    """A raise to 250 mg from 1 June 2026 to 31 May 2027, written on Monday: a
    re-titration from Thursday 5 March runs at most a year, until 4 March 2027."""
    d = world
    _version(d, 250, date(2026, 6, 1), date(2027, 5, 31), "Up in June")
    clock.set(THURSDAY)
    assert _refused(d, _retitration(d, 120, FIRST_END)) == (
        "When this re-titration ends on 31/05/2026, version 2 (250 mg per session) would be "
        "given from 01/06/2026, more than the re-titration's 120 mg, with no titration, and "
        "a re-titration runs for at most a year: re-titrate with a titration plan instead.")


def test_the_ordinary_re_titration_to_the_pre_filled_end_lifts_the_hold(world, clock):
    d = world
    clock.set(THURSDAY)
    _lifted(d, _retitration(d, 120, FIRST_END), 120)


def test_a_re_titration_to_the_end_of_every_other_version_lifts_the_hold(world, clock):
    """The raise to 20 June and a re-titration to 20 June (or later): nothing comes back."""
    d = world
    _version(d, 250, date(2026, 3, 5), date(2026, 6, 20), "Up from Thursday")
    clock.set(THURSDAY)
    _lifted(d, _retitration(d, 120, date(2026, 6, 20)), 120)


def test_a_version_no_higher_than_the_re_titration_may_follow_it(world, clock):
    """Version 2 (120 mg from 12 March to 31 May) and version 3 (150 mg, Thursday to 11
    March), written on Monday: after seven days at 120 mg the newest version covering the
    day is version 2, no higher: nothing jumps."""
    d = world
    _version(d, 120, date(2026, 3, 12), FIRST_END, "Down after a week")
    _version(d, 150, date(2026, 3, 5), SEVEN_DAYS, "Down for a week")
    clock.set(THURSDAY)
    _lifted(d, _retitration(d, 120, SEVEN_DAYS), 120)


def _two_lines(d, am: int, pm: int, oral: int, last: date) -> PrescriptionInput:
    return PrescriptionInput(
        (), 0, frozenset(), d.reg.today(), last, change_reason="Re-titration after a hold",
        lines=(LineInput((d.diam100.id, d.diam500.id), ((1, am), (2, pm)), "iv"),
               LineInput((methadone(d).id,), ((1, oral),), "oral", take_home=True)))


def test_a_shortened_re_titration_of_two_lines_names_what_would_be_more(world, clock):
    """200/150 mg IV diamorphine and 30 mg oral methadone from Monday to 31 May; the
    re-titration lowers the diamorphine only, for seven days."""
    d = world
    prescriptions.prescribe(d.reg, d.prescriber, d.patient.id, two_line_input(
        d, change_reason="Night cover with oral methadone"))
    clock.set(THURSDAY)
    assert _refused(d, _two_lines(d, 100, 80, 30, SEVEN_DAYS)) == (
        "When this re-titration ends on 11/03/2026, version 2 (Diamorphine 200/150 mg IV + "
        "Methadone 30 mg oral, take-home) would be given from 12/03/2026, more than the "
        "re-titration gives (line 1 (Diamorphine hydrochloride, IV) in session 1: 200 mg, "
        "above the previous 100 mg; line 1 (Diamorphine hydrochloride, IV) in session 2: "
        "150 mg, above the previous 80 mg), with no titration: let the re-titration run "
        "until 31/05/2026 (when version 2 ends), or re-titrate with a titration plan "
        "instead.")


def test_a_re_titration_of_two_lines_to_the_end_lifts_the_hold(world, clock):
    d = world
    prescriptions.prescribe(d.reg, d.prescriber, d.patient.id, two_line_input(
        d, change_reason="Night cover with oral methadone"))
    clock.set(THURSDAY)
    holds.review(d.reg, d.prescriber, d.patient.id, HoldDecision.REDUCED,
                 "Three days away: re-titrate.", _two_lines(d, 100, 80, 30, FIRST_END))
    assert dosing.card(d.reg, d.nurse, d.patient.id).can_dose


def _safe_end(d, mg: int) -> date | None:
    """The end the rule asks of a re-titration of ``mg`` mg in sessions 1 and 2 from today,
    read from the versions as written."""
    versions = prescriptions.versions(d.reg, d.nurse, d.patient.id)
    first = min(versions, key=lambda v: v.version)  # 180 mg in sessions 1 and 2
    lines = tuple(replace(line, doses=tuple((s, mg) for s, _ in line.doses))
                  for line in first.as_lines())
    return retitration_safe_end(versions, lines, d.reg.today())


def test_the_end_asked_of_a_re_titration_is_the_last_day_a_higher_version_is_in_force(
        world, clock):
    """Version 2 (250 mg, Thursday to 20 June) then version 3 (150 mg, 1 April to 30
    June): at 120 mg the re-titration runs until 30 June; at the 180 mg before the hold,
    until 31 March (version 3, newer, is no higher from 1 April); at 250 mg nothing is
    higher."""
    d = world
    _version(d, 250, date(2026, 3, 5), date(2026, 6, 20), "Up from Thursday")
    _version(d, 150, date(2026, 4, 1), date(2026, 6, 30), "Down in April")
    clock.set(THURSDAY)
    assert [_safe_end(d, mg) for mg in (120, 180, 250)] == [
        date(2026, 6, 30), date(2026, 3, 31), None]


def test_no_end_is_asked_of_a_re_titration_past_a_year(world, clock):
    """The raise from 1 June 2026 to 31 May 2027: no re-titration may run that long (a
    titration plan instead), and none of the dose before the hold needs to in the ordinary
    case."""
    d = world
    clock.set(THURSDAY)
    assert _safe_end(d, 180) is None
    _version(d, 250, date(2026, 6, 1), date(2027, 5, 31), "Up in June")
    assert _safe_end(d, 180) is None
    assert _safe_end(d, 120) is None
