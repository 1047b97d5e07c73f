"""The missed-dose walk steps through a patient's prescription versions by the days they
start and end (prescriptions.CoveringVersions) instead of filtering every version on every
day: over random versions (overlapping, with gaps, written late, open-ended) and random
walks, the versions it gives for a day are the per-day filter's, in the same order, and
each session the engine assesses is under the version the per-day filter picks."""

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from hat_desktop.domain.missed_doses import Thresholds, assess
from hat_desktop.domain.prescriptions import CoveringVersions, Prescription, current_version
from tests.missed_dose_builders import MONDAY, calendar, history, local, prescription


def _filtered(versions: list[Prescription], day: date) -> list[Prescription]:
    """What the walk did on every day before."""
    return [rx for rx in versions if rx.covers(day)]


@st.composite
def versions(draw: st.DrawFn, least: int = 0) -> list[Prescription]:
    """Up to 8 versions within 60 days of MONDAY, in any order, some written after their
    first day (the engine must not use one before it was written), some open-ended (to
    date.max: no day after their end)."""
    found = []
    for number in range(1, draw(st.integers(least, 8)) + 1):
        start = MONDAY + timedelta(days=draw(st.integers(0, 60)))
        length = draw(st.none() | st.integers(0, 30))
        end = date.max if length is None else start + timedelta(days=length)
        written = local(start + timedelta(days=draw(st.integers(-3, 2))),
                        draw(st.sampled_from([7, 10, 12, 17, 23])))
        found.append(prescription(start, end=end, version=number, created=written,
                                  sessions=draw(st.sampled_from([(1,), (2,), (1, 2)]))))
    return draw(st.permutations(found))


@settings(max_examples=300, deadline=None)
@given(versions(), st.integers(-5, 100), st.lists(st.integers(-10, 110), max_size=40))
def test_the_versions_covering_a_day_are_the_per_day_filters(
        found: list[Prescription], begin: int, jumps: list[int]) -> None:
    covering = CoveringVersions(found)
    forward = [MONDAY + timedelta(days=begin + n) for n in range(70)]  # a walk, day by day
    anywhere = [MONDAY + timedelta(days=n) for n in jumps]  # and days in any order after it
    for day in forward + anywhere:
        assert covering.on(day) == _filtered(found, day), day


@settings(max_examples=150, deadline=None)
@given(versions(least=1), st.integers(0, 95))
def test_each_session_is_assessed_under_the_version_the_per_day_filter_picks(
        found: list[Prescription], walked: int) -> None:
    now = local(min(rx.start_date for rx in found) + timedelta(days=walked), 14)
    cal = calendar()
    result = assess(history(prescriptions=tuple(found)), cal, Thresholds(), now)
    assert result.days, "the walk covers the days from the first version to today"
    for day in result.days:
        for session in day.sessions:
            assert session.prescription == current_version(
                _filtered(found, day.day), day.day, session.ends), (day.day, session.window)
