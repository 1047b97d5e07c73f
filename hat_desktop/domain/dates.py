"""A span of clinic days, from ``first`` to ``last`` inclusive: one value, one check and
one set of messages for every report, export and list that covers a period."""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from hat_desktop.domain.errors import InvalidInput
from hat_desktop.domain.times import format_date

# The days a register can hold: no HAT clinic kept one before 2000, and a clinic day's
# bounds must stay inside what a datetime can hold.
FIRST_DAY = date(2000, 1, 1)
LAST_DAY = date(2999, 12, 31)


@dataclass(frozen=True)
class DateRange:
    first: date
    last: date

    @classmethod
    def checked(cls, first: date, last: date, *, max_days: int | None = None,
                what: str = "This report",
                names: tuple[str, str] = ("start date", "end date")) -> "DateRange":
        """The range, or a refusal: the end before the start; a day outside what a register
        can hold; longer than ``max_days`` (``what`` names the report or export in that
        message). ``names``: the two fields as the user knows them ("--from date" and
        "--to date" on the command line)."""
        start, end = names
        if last < first:
            raise InvalidInput(f"The {end} is before the {start}.")
        for name, day in ((start, first), (end, last)):
            if not FIRST_DAY <= day <= LAST_DAY:
                raise InvalidInput(f"The {name} {format_date(day)} is outside the dates a "
                                   f"register holds ({format_date(FIRST_DAY)} to "
                                   f"{format_date(LAST_DAY)}).")
        span = cls(first, last)
        if max_days is not None and span.days > max_days:
            raise InvalidInput(f"{what}: at most {max_days} days at a time; choose a "
                               "shorter period.")
        return span

    @property
    def days(self) -> int:
        """How many clinic days the range covers."""
        return (self.last - self.first).days + 1

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first <= day <= self.last

    def each_day(self) -> Iterator[date]:
        day = self.first
        while day <= self.last:
            yield day
            day += timedelta(days=1)
