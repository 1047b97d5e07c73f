"""The one date-range value: every report, export and list over a period refuses the
same bad ranges with the same words, on screen, in services and on the command line."""

from datetime import date

import pytest

from hat_desktop.domain.dates import FIRST_DAY, LAST_DAY, DateRange
from hat_desktop.domain.errors import InvalidInput
from hat_desktop.services import attendance_export, audit_log, holds, reconciliation, register


def test_a_range_counts_and_walks_its_days() -> None:
    span = DateRange.checked(date(2026, 3, 30), date(2026, 4, 2))
    assert span.days == 4
    assert list(span.each_day()) == [date(2026, 3, 30), date(2026, 3, 31), date(2026, 4, 1),
                                     date(2026, 4, 2)]
    assert date(2026, 4, 1) in span and date(2026, 4, 3) not in span
    assert DateRange.checked(date(2026, 1, 1), date(2026, 1, 1)).days == 1


@pytest.mark.parametrize(("first", "last", "kwargs", "message"), [
    (date(2026, 3, 2), date(2026, 3, 1), {}, "The end date is before the start date."),
    (date(2026, 3, 2), date(2026, 3, 1), {"names": ("--from date", "--to date")},
     "The --to date is before the --from date."),
    (date(1999, 12, 31), date(2026, 1, 1), {},
     "The start date 31/12/1999 is outside the dates a register holds (01/01/2000 to "
     "31/12/2999)."),
    (date(2026, 1, 1), date(9999, 12, 31), {},
     "The end date 31/12/9999 is outside the dates a register holds (01/01/2000 to "
     "31/12/2999)."),
    (date(2026, 1, 1), date(2026, 2, 1), {"max_days": 31, "what": "The attendance grid"},
     "The attendance grid: at most 31 days at a time; choose a shorter period."),
])
def test_a_bad_range_is_refused_in_plain_words(first, last, kwargs, message) -> None:
    with pytest.raises(InvalidInput) as refused:
        DateRange.checked(first, last, **kwargs)
    assert str(refused.value) == message


def test_the_limits_themselves_are_accepted() -> None:
    assert DateRange.checked(FIRST_DAY, LAST_DAY, max_days=None).first == FIRST_DAY
    assert DateRange.checked(date(2026, 1, 1), date(2026, 1, 31), max_days=31).days == 31


def test_every_service_over_a_period_uses_it(reg, manager) -> None:
    """Backwards and out-of-range periods get the same words from each service (a day
    far in the future used to reach the clock arithmetic and fail as a fault)."""
    backwards = (date(2026, 3, 2), date(2026, 3, 1))
    far = (date(2026, 3, 1), date(9999, 12, 31))
    calls = [
        lambda f, t: audit_log.read(reg, manager, f, t),
        lambda f, t: holds.holds_between(reg, manager, f, t),
        lambda f, t: reconciliation.rows_between(reg, manager, f, t),
        lambda f, t: attendance_export.rows_between(reg, manager, f, t),
        lambda f, t: register.entries(reg, manager, 1, f, t),
    ]
    for call in calls:
        with pytest.raises(InvalidInput, match="^The end date is before the start date.$"):
            call(*backwards)
        with pytest.raises(InvalidInput, match="outside the dates a register holds"):
            call(*far)
